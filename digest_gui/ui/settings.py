"""Preferences and window state, with every default in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from digest_gui.core.saved_preferences import DEFAULTS, SETTINGS_FILE, preferences_from
from digest_gui.core.saved_preferences import KEYS as PREFERENCE_KEYS
from digest_gui.paths import user_config_dir, user_data_dir

PREVIEW_MODES = ("paper", "digest")
LANGUAGES = ("system", "en", "zh_CN")
MAX_RECENT = 10
# Bumped when a key changes meaning; `load` migrates older files.
SETTINGS_VERSION = 1

Number = TypeVar("Number", int, float)


def config_dir() -> Path:
    """The folder of the settings file (under XDG_CONFIG_HOME on Linux)."""
    return user_config_dir()


def data_dir() -> Path:
    """The folder for the recovery files the app keeps for the user."""
    return user_data_dir()


@dataclass
class Settings:
    """What the user chose, and how they left the window."""

    preview_mode: str = "digest"
    language: str = "system"
    # arXiv endpoints ("" = the default; DIGEST_GUI_ARXIV_API / _RSS override both) and
    # the spacing of requests, which arXiv's API terms set at 3 seconds.
    arxiv_api: str = ""
    arxiv_rss: str = ""
    request_interval: float = 3.0
    # The categories of the last listing import, as typed there ("cs.LG, cs.CV").
    listing_categories: str = "cs.LG"
    # The listing ranked by the archive, and its keyword rules (comma-separated words).
    listing_rank: bool = False
    rank_include: str = ""
    rank_exclude: str = ""
    rank_highlight: str = ""
    # The model that drafts translations: any OpenAI-compatible Chat Completions server.
    # The API key is not here: it lives in the system keyring (core/secrets.py).
    # DIGEST_GUI_LLM_BASE_URL / _MODEL override the first two.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_temperature: float = DEFAULTS.llm_temperature
    llm_timeout: float = DEFAULTS.llm_timeout  # s per request
    llm_parallel: int = DEFAULTS.llm_parallel  # requests at once
    # The prompt templates; "" uses the built-in ones (core/llm.py default_prompts).
    llm_system_prompt: str = ""
    llm_user_prompt: str = ""
    # The longest Chinese one-line summary (characters) before the quality checks warn.
    summary_limit: int = DEFAULTS.summary_limit
    # File → Publish…: the folder last published into, and the days of items its feed keeps.
    publish_folder: str = ""
    feed_keep_days: int = 7
    recent_files: list[str] = field(default_factory=list)
    last_folder: str = ""
    # Window state (opaque Qt blobs).
    geometry: QByteArray = field(default_factory=QByteArray)
    window_state: QByteArray = field(default_factory=QByteArray)
    splitter: QByteArray = field(default_factory=QByteArray)

    def add_recent(self, path: str) -> None:
        """Put path first in the recent files."""
        self.recent_files = [path, *[p for p in self.recent_files if p != path]][:MAX_RECENT]


def _store() -> QSettings:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def _number(
    store: QSettings, key: str, default: Number, kind: Callable[[Any], Number], low: Number, high: Number
) -> Number:
    """A number from the store, clamped to [low, high]; the default when unreadable."""
    try:
        return min(high, max(low, kind(store.value(key, default))))
    except (TypeError, ValueError):
        return default


def load() -> Settings:
    """Read the settings file; anything missing or unreadable takes its default."""
    store = _store()
    settings = Settings()
    mode = store.value("preview/mode", settings.preview_mode)
    settings.preview_mode = mode if mode in PREVIEW_MODES else settings.preview_mode
    language = store.value("ui/language", settings.language)
    settings.language = language if language in LANGUAGES else settings.language
    recent = store.value("files/recent", [])
    if isinstance(recent, str):  # QSettings returns a lone item as a string
        recent = [recent]
    elif not isinstance(recent, list):
        recent = []
    settings.recent_files = [str(p) for p in recent if p][:MAX_RECENT]
    settings.last_folder = str(store.value("files/last_folder", "") or "")
    settings.listing_categories = str(store.value("listing/categories", "") or settings.listing_categories)
    settings.listing_rank = str(store.value("listing/rank", "false")).lower() == "true"
    settings.rank_include = str(store.value("listing/include", "") or "")
    settings.rank_exclude = str(store.value("listing/exclude", "") or "")
    settings.rank_highlight = str(store.value("listing/highlight", "") or "")
    settings.arxiv_api = str(store.value("arxiv/api", "") or "")
    settings.arxiv_rss = str(store.value("arxiv/rss", "") or "")
    settings.request_interval = _number(store, "arxiv/interval", 3.0, float, 0.0, float("inf"))
    # What the command line uses too (the model, the summary limit): checked the one Qt-free
    # way, from the values QSettings has read (not the file a second time).
    saved = preferences_from(
        {
            key: str(value)
            for key in PREFERENCE_KEYS
            if isinstance(value := store.value(key), str | int | float)
        }
    )
    settings.llm_base_url = saved.llm_base_url
    settings.llm_model = saved.llm_model
    settings.llm_temperature = saved.llm_temperature
    settings.llm_timeout = saved.llm_timeout
    settings.llm_parallel = saved.llm_parallel
    settings.llm_system_prompt = saved.llm_system_prompt
    settings.llm_user_prompt = saved.llm_user_prompt
    settings.summary_limit = saved.summary_limit
    settings.publish_folder = str(store.value("publish/folder", "") or "")
    settings.feed_keep_days = _number(store, "publish/keep_days", 7, int, 1, 366)
    for key, name in (
        ("window/geometry", "geometry"),
        ("window/state", "window_state"),
        ("window/splitter", "splitter"),
    ):
        value = store.value(key)
        if isinstance(value, QByteArray):
            setattr(settings, name, value)
    return settings


def save_recent(settings: Settings) -> None:
    """Write only the recent files and the last folder (as they change: a crash keeps them)."""
    store = _store()
    store.setValue("files/recent", list(settings.recent_files))
    store.setValue("files/last_folder", settings.last_folder)
    store.sync()


def save(settings: Settings) -> None:
    """Write the settings file."""
    store = _store()
    store.setValue("version", SETTINGS_VERSION)
    store.setValue("preview/mode", settings.preview_mode)
    store.setValue("ui/language", settings.language)
    store.setValue("files/recent", list(settings.recent_files))
    store.setValue("files/last_folder", settings.last_folder)
    store.setValue("listing/categories", settings.listing_categories)
    store.setValue("listing/rank", settings.listing_rank)
    store.setValue("listing/include", settings.rank_include)
    store.setValue("listing/exclude", settings.rank_exclude)
    store.setValue("listing/highlight", settings.rank_highlight)
    store.setValue("arxiv/api", settings.arxiv_api)
    store.setValue("arxiv/rss", settings.arxiv_rss)
    store.setValue("arxiv/interval", settings.request_interval)
    store.setValue("llm/base_url", settings.llm_base_url)
    store.setValue("llm/model", settings.llm_model)
    store.setValue("llm/temperature", settings.llm_temperature)
    store.setValue("llm/timeout", settings.llm_timeout)
    store.setValue("llm/parallel", settings.llm_parallel)
    store.setValue("llm/system_prompt", settings.llm_system_prompt)
    store.setValue("llm/user_prompt", settings.llm_user_prompt)
    store.setValue("quality/summary_limit", settings.summary_limit)
    store.setValue("publish/folder", settings.publish_folder)
    store.setValue("publish/keep_days", settings.feed_keep_days)
    store.setValue("window/geometry", settings.geometry)
    store.setValue("window/state", settings.window_state)
    store.setValue("window/splitter", settings.splitter)
    store.sync()
