"""Where the application's files are: the bundled resources and the user's folders.

Every file the application reads from resources/ is named here, once: the packaging
tests check that a wheel carries each of them. The user's folders (config, data, cache,
logs) come from platformdirs here only, all with appauthor=False, so that on Windows
they share one tree; migrate_user_folders moves what older versions kept elsewhere.
"""

from __future__ import annotations

import logging
import os
import shutil
from functools import cache
from pathlib import Path

import platformdirs

from digest_gui import APP_NAME

log = logging.getLogger(__name__)

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


# ---------------------------------------------------------------------- the user's folders
# Not cached: the environment (XDG_*, a test's temporary home) decides on every call.


def user_config_dir() -> Path:
    """The folder of the settings file (under XDG_CONFIG_HOME on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    """The folder of what the app keeps for the user (recovery files)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """The folder of what can be made again (arXiv metadata, drawn icons)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """The folder of the log files (Help → Open Log Folder shows it)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def legacy_moves() -> list[tuple[Path, Path]]:
    """(old, new) folders of older versions that now live elsewhere; equal pairs are skipped."""
    # The arXiv cache used platformdirs' default appauthor, which on Windows is another
    # tree (%LOCALAPPDATA%\digest-gui\digest-gui\Cache); elsewhere the two are the same.
    old_cache = Path(platformdirs.user_cache_dir(APP_NAME))
    return [
        (old_cache / "arxiv", user_cache_dir() / "arxiv"),
        # The exception hook wrote to the data folder; its file is kept beside today's logs.
        (user_data_dir() / "logs", user_log_dir() / "older"),
    ]


def move_user_folder(old: Path, new: Path) -> bool:
    """Move old to new when new does not exist yet; True when moved. Never loses old's files."""
    if old == new or not old.is_dir() or new.exists():
        return False
    # Moved under a temporary name first: a move across drives copies, and a copy cut
    # short must not look like a finished folder at the next start.
    moving = new.with_name(f".{new.name}.moving-{os.getpid()}")
    try:
        new.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(old), str(moving))
        os.replace(moving, new)
    except OSError as error:
        log.warning("cannot move %s to %s (left where it was): %s", old, new, error)
        if moving.exists() and old.exists():
            shutil.rmtree(moving, ignore_errors=True)  # a partial copy; the original is intact
        return False
    log.info("moved %s to %s", old, new)
    return True


def migrate_user_folders(moves: list[tuple[Path, Path]] | None = None) -> list[Path]:
    """Move folders of older versions into today's places (once; at start); return those moved."""
    return [new for old, new in (legacy_moves() if moves is None else moves) if move_user_folder(old, new)]
