"""The archive: every digest and project the user wrote, in one SQLite file, for search,
covered-before marks, the translation memory and the ranked listing (no Qt)."""
