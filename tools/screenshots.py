"""Take the README's screenshots: the window at common sizes, in English and Chinese.

    python tools/screenshots.py [OUT_DIR]    (default: docs/screenshots; the headline
                                             picture goes beside it, docs/screenshot.png)

Each picture comes from `digest-gui --screenshot` in a fresh process with private user
folders (the user's settings are neither read nor changed), showing
tests/fixtures/long-title.digest, whose first paper has a three-line title. The
language is chosen through the locale (the app follows the system by default); "150%"
is the system text at 150% as X11 desktops apply it (Xft.dpi 144, which Qt reads like
QT_FONT_DPI=144: the whole window scales). Pictures are saved with a 256-colour palette
to keep them small.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "tests" / "fixtures" / "long-title.digest"

# (file name, size, language, extra environment, project: None for the example digest)
SHOTS = (
    ("window-en-1024x640.png", "1024x640", "en", {}, PROJECT),
    ("window-zh-1024x640.png", "1024x640", "zh", {}, PROJECT),
    ("window-en-1280x720.png", "1280x720", "en", {}, PROJECT),
    ("window-zh-1280x720.png", "1280x720", "zh", {}, PROJECT),
    ("window-en-1920x1080.png", "1920x1080", "en", {}, PROJECT),
    ("window-zh-1920x1080.png", "1920x1080", "zh", {}, PROJECT),
    ("window-en-1280x720-font150.png", "1280x720", "en", {"QT_FONT_DPI": "144"}, PROJECT),
    ("window-zh-1280x720-font150.png", "1280x720", "zh", {"QT_FONT_DPI": "144"}, PROJECT),
)
# The README's first picture (docs/screenshot.png, also the AppStream screenshot): the
# example digest as the first start shows it.
HEADLINE = ("screenshot.png", "1400x860", "en", {}, None)
LOCALES = {"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}


def take(
    out: Path, size: str, language: str, extra: dict[str, str], project: Path | None, home: Path
) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG=LOCALES[language],
        LC_ALL=LOCALES[language],
        LANGUAGE="",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        **extra,
    )
    command = [sys.executable, "-m", "digest_gui", "--screenshot", str(out), "--size", size]
    if project is not None:
        command.append(str(project))
    subprocess.run(command, env=env, check=True, capture_output=True)


def shrink(path: Path) -> None:
    """Save the picture again with a 256-colour palette (a third of the size or less)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Indexed8, flags)
    if not image.save(str(path), "PNG", 0):
        raise SystemExit(f"{path}: cannot save")


def main() -> None:
    docs = ROOT / "docs"
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else docs / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = [(out_dir / name, *rest) for name, *rest in SHOTS]
    shots.append((out_dir.parent / HEADLINE[0], *HEADLINE[1:]))
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["screenshots", "-platform", "offscreen"])  # for QImage only
    with tempfile.TemporaryDirectory() as home:
        for path, size, language, extra, project in shots:
            take(path, size, language, extra, project, Path(home))
            shrink(path)
            print(f"{path}: {path.stat().st_size // 1024} KB")
    del app


if __name__ == "__main__":
    main()
