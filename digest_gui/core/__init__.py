"""The Qt-free core of digest-gui: the model, its file formats and arXiv identifiers."""
