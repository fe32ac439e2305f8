"""Data files of digest-gui (installed as the package digest_gui.resources)."""
