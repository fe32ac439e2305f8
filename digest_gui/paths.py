"""Where the application's bundled files are, in a checkout, installed, or frozen.

Every file the application reads from resources/ is named here, once: the packaging
tests check that a wheel carries each of them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import platformdirs

from digest_gui import APP_NAME

# The files under resources/ the running application reads.
EXAMPLE_DIGEST = ("examples", "reference-digest.md")
PREVIEW_QT_CSS = ("preview", "preview-qt.css")
APP_ICON = ("icons", "digest-gui.svg")
# The default prompts of machine drafts (the settings may replace them).
SYSTEM_PROMPT = ("prompts", "system.txt")
USER_PROMPT = ("prompts", "user.txt")
LANGUAGES = ("en", "zh_CN")
# Stylesheets of the HTML export (and the preview): resources/themes/NAME.css.
THEMES_FOLDER = "themes"
DEFAULT_THEME = "default"


def theme(name: str) -> tuple[str, str]:
    """The stylesheet of an HTML theme, as path parts under resources/."""
    return (THEMES_FOLDER, f"{name}.css")


def translation(language: str) -> tuple[str, str]:
    """The compiled translation of the interface (built from the committed .ts)."""
    return ("translations", f"digest_gui_{language}.qm")


def required_resources() -> list[tuple[str, ...]]:
    """Every resource the application loads, as path parts under resources/."""
    return [
        EXAMPLE_DIGEST,
        theme(DEFAULT_THEME),
        PREVIEW_QT_CSS,
        APP_ICON,
        SYSTEM_PROMPT,
        USER_PROMPT,
        *(translation(code) for code in LANGUAGES),
    ]


@cache
def resources_dir() -> Path:
    """The folder holding resources/ (icons, stylesheets, translations, the example digest)."""
    import digest_gui.resources as package

    return Path(package.__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. resource_path(*EXAMPLE_DIGEST)."""
    return resources_dir().joinpath(*parts)


def user_log_dir() -> Path:
    """The folder of the application's log files (Help → Open Log Folder shows it)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
