"""Status icons: drawn by qtawesome once, then read back from PNG files at later starts; the
first frame's icons ship drawn (resources/icons/drawn)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QColor

from digest_gui.ui.widgets.icon_cache import SIZES, cache_dir, font_icon
from tests.conftest import REPO


def test_icons_are_drawn_once_and_cached_as_png(qapp):
    icon = font_icon("mdi6.history", QColor("#1e6fd9"))  # not one drawn ahead
    assert [icon.pixmap(size).width() for size in SIZES] == list(SIZES)
    files = sorted(cache_dir().glob("*.png"))
    assert len(files) == len(SIZES)
    again = font_icon("mdi6.history", QColor("#1e6fd9"))
    assert again.pixmap(16).toImage() == icon.pixmap(16).toImage()
    assert sorted(cache_dir().glob("*.png")) == files


def test_a_damaged_cache_file_is_drawn_again(qapp):
    font_icon("mdi6.timer-sand", QColor("#1e6fd9"))
    for file in cache_dir().glob("*.png"):
        file.write_bytes(b"not a png")
    icon = font_icon("mdi6.timer-sand", QColor("#1e6fd9"))
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


def test_the_first_frames_icons_ship_drawn_as_qtawesome_draws_them(qapp):
    import qtawesome

    sys.path.insert(0, str(REPO / "tools"))
    from make_icons import first_frame_icons

    for name, color, scale in first_frame_icons():
        shipped = font_icon(name, QColor(color), scale)
        drawn = qtawesome.icon(name, color=QColor(color), scale_factor=scale)
        for size in SIZES:
            ours, theirs = shipped.pixmap(size).toImage(), drawn.pixmap(size, size).toImage()
            assert ours.size() == theirs.size(), (name, size)
            # The same picture (a newer qtawesome or FreeType may move an edge pixel's alpha).
            differences = [
                abs(ours.pixelColor(x, y).alpha() - theirs.pixelColor(x, y).alpha())
                for y in range(0, size, 2)
                for x in range(0, size, 2)
            ]
            assert max(differences) <= 48 and sum(differences) / len(differences) < 4, (name, color, size)
    assert list(cache_dir().glob("*.png")) == []  # read from the package, not drawn again
