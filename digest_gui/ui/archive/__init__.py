"""The archive in the window: background indexing, folder import, search, covered-before
marks, the translation-memory panel and the ranked listing (core/archive/ does the work)."""
