"""The window: widgets, item models and workers that edit the core model."""

from digest_gui.ui.qt_imports import speed_up_pyside_imports

# Before any of the window's modules import PySide6 (qt_imports.py says why).
speed_up_pyside_imports()
