"""Status icons: drawn by qtawesome once, then read back from PNG files at later starts."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QColor

from digest_gui.ui.widgets.icon_cache import SIZES, cache_dir, font_icon
from tests.conftest import REPO


def test_icons_are_drawn_once_and_cached_as_png(qapp):
    icon = font_icon("mdi6.check-circle", QColor("#2e8b3e"))
    assert [icon.pixmap(size).width() for size in SIZES] == list(SIZES)
    files = sorted(cache_dir().glob("*.png"))
    assert len(files) == len(SIZES)
    again = font_icon("mdi6.check-circle", QColor("#2e8b3e"))
    assert again.pixmap(16).toImage() == icon.pixmap(16).toImage()
    assert sorted(cache_dir().glob("*.png")) == files


def test_a_damaged_cache_file_is_drawn_again(qapp):
    font_icon("mdi6.alert-circle", QColor("#d32f2f"))
    for file in cache_dir().glob("*.png"):
        file.write_bytes(b"not a png")
    icon = font_icon("mdi6.alert-circle", QColor("#d32f2f"))
    assert not icon.pixmap(24).isNull()
    assert all(file.read_bytes().startswith(b"\x89PNG") for file in cache_dir().glob("*.png"))


def test_a_cached_icon_needs_no_qtawesome(qapp, private_user_folders):
    font_icon("mdi6.file-outline", QColor("#000000"))
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QColor\n"
        "app = QApplication([])\n"
        "from digest_gui.ui.widgets.icon_cache import font_icon\n"
        "icon = font_icon('mdi6.file-outline', QColor('#000000'))\n"
        "print(not icon.pixmap(16).isNull(), 'qtawesome' in sys.modules)\n"
    )
    import os

    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["True", "False"], result.stderr
