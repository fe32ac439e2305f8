"""The window: widgets, item models and workers that edit the core model."""
