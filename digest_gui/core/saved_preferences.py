"""The preferences the window saves that the command line uses too, read without Qt.

The window keeps its settings in `<config>/settings.ini`, written by Qt's QSettings in its
INI format (ui/settings.py). `digest-gui draft` drafts with the model chosen there and
`digest-gui check` counts summaries against the same limit, so that the command line and
the window agree: both turn the file's values into SavedPreferences with `preferences_from`,
the one place that knows their keys, defaults and ranges (the command line reads the file
with `read_saved_preferences`, the window takes what QSettings read). Environment
variables still override the model (LlmSettings.with_environment).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digest_gui.paths import user_config_dir

if TYPE_CHECKING:
    from digest_gui.core.drafting.llm import LlmSettings

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"


@dataclass(frozen=True, slots=True)
class SavedPreferences:
    """The model and the summary limit as the window saved them (defaults where unset)."""

    llm_base_url: str = ""
    llm_model: str = ""
    llm_temperature: float = 0.3
    llm_timeout: float = 60.0  # s per request
    llm_parallel: int = 2  # requests at once
    llm_system_prompt: str = ""  # "" uses the built-in prompt
    llm_user_prompt: str = ""
    summary_limit: int = 80  # characters of the Chinese one-line summary


DEFAULTS = SavedPreferences()


def settings_path() -> Path:
    """The window's settings file."""
    return user_config_dir() / SETTINGS_FILE


def _number(values: Mapping[str, str], key: str, default, kind, low, high):
    """A number clamped to [low, high]; the default when missing or unreadable."""
    try:
        return min(high, max(low, kind(values[key])))
    except (KeyError, TypeError, ValueError):
        return default


# Where each preference is in settings.ini ("group/key"), and for a number its type and
# the range it is clamped to (text is taken as it is).
_KEYS: tuple[tuple[str, str, tuple[type, float, float] | None], ...] = (
    ("llm_base_url", "llm/base_url", None),
    ("llm_model", "llm/model", None),
    ("llm_temperature", "llm/temperature", (float, 0.0, 2.0)),
    ("llm_timeout", "llm/timeout", (float, 5.0, 600.0)),
    ("llm_parallel", "llm/parallel", (int, 1, 8)),
    ("llm_system_prompt", "llm/system_prompt", None),
    ("llm_user_prompt", "llm/user_prompt", None),
    ("summary_limit", "quality/summary_limit", (int, 0, 1000)),
)
# The keys of settings.ini that SavedPreferences holds.
KEYS = tuple(key for _, key, _ in _KEYS)


def read_saved_preferences(path: Path | None = None) -> SavedPreferences:
    """The saved model and summary limit; the defaults for a missing or unreadable file."""
    return preferences_from(read_ini(path or settings_path()))


def preferences_from(values: Mapping[str, str]) -> SavedPreferences:
    """The preferences of the settings file's values by "group/key" (the window reads them
    through QSettings, the command line through read_ini), checked and clamped."""
    found: dict[str, Any] = {}
    for name, key, number in _KEYS:
        default = getattr(DEFAULTS, name)
        if number is None:
            found[name] = values.get(key, default)
        else:
            kind, low, high = number
            found[name] = _number(values, key, default, kind, low, high)
    return SavedPreferences(**found)


def llm_settings(preferences: Any) -> LlmSettings:
    """The model settings of saved preferences, or of the window's Settings (which names
    them alike), without the environment's overrides."""
    from digest_gui.core.drafting.llm import LlmSettings

    return LlmSettings(
        base_url=preferences.llm_base_url,
        model=preferences.llm_model,
        temperature=preferences.llm_temperature,
        timeout=preferences.llm_timeout,
        parallel=preferences.llm_parallel,
        summary_limit=preferences.summary_limit,
        system_prompt=preferences.llm_system_prompt,
        user_prompt=preferences.llm_user_prompt,
    )


# ------------------------------------------------------------------ QSettings' INI format


def read_ini(path: Path) -> dict[str, str]:
    """The string values of a QSettings INI file as {"group/key": value} ({} if unreadable).

    Lists and Qt's typed values (@ByteArray(...), @Variant(...)) are left out: the
    preferences read here are single strings and numbers.
    """
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        if path.exists():
            log.warning("cannot read the settings %s: %s", path, error)
        return {}
    values: dict[str, str] = {}
    group = ""
    for line in _logical_lines(text):
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            group = _unescape_key(stripped[1:-1].strip())
            group = "" if group == "General" else group
            continue
        key, equals, raw = line.partition("=")
        if not equals:
            continue
        value = _unescape_value(raw)
        if value is None:
            continue
        name = _unescape_key(key.strip())
        values[f"{group}/{name}" if group else name] = value
    return values


def _logical_lines(text: str) -> list[str]:
    """Lines, a backslash at the end of one continuing it on the next (as QSettings reads)."""
    lines: list[str] = []
    pending = ""
    for line in text.splitlines():
        if line.endswith("\\") and not line.endswith("\\\\"):
            pending += line[:-1]
            continue
        lines.append(pending + line)
        pending = ""
    if pending:
        lines.append(pending)
    return lines


def _unescape_key(key: str) -> str:
    """QSettings writes "%2F" or "%U4E2D" for characters a key cannot hold as they are."""
    out = []
    i = 0
    while i < len(key):
        if key[i] == "%" and key[i + 1 : i + 2] == "U" and len(key) >= i + 6:
            try:
                out.append(chr(int(key[i + 2 : i + 6], 16)))
                i += 6
                continue
            except ValueError:
                pass
        elif key[i] == "%" and len(key) >= i + 3:
            try:
                out.append(chr(int(key[i + 1 : i + 3], 16)))
                i += 3
                continue
            except ValueError:
                pass
        out.append(key[i])
        i += 1
    return "".join(out)


_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "?": "?",
    "'": "'",
    "\\": "\\",
}
_HEX = "0123456789abcdefABCDEF"


def _joined(chars: list[str], quoted: bool, kept: int) -> str:
    """The characters of a value; an unquoted one loses its trailing spaces (not escaped ones)."""
    text = "".join(chars)
    if quoted:
        return text
    head = "".join(chars[:kept])
    return head + text[len(head) :].rstrip(" \t")


def _unescape_value(raw: str) -> str | None:
    """One value as QSettings reads it: quotes, escapes, an unquoted comma makes a list."""
    parts: list[str] = []
    current: list[str] = []
    quoted = in_quotes = False
    kept = 0  # what an escape wrote is kept, trailing spaces before it included
    i = 0
    raw = raw.lstrip(" \t")
    while i < len(raw):
        char = raw[i]
        if char == "\\" and i + 1 < len(raw):
            code = raw[i + 1]
            i += 2
            if code in _ESCAPES:
                current.append(_ESCAPES[code])
            elif code == "x":
                end = i
                while end < len(raw) and raw[end] in _HEX:
                    end += 1
                if end > i:
                    current.append(chr(int(raw[i:end], 16)))
                i = end
            elif code in "01234567":
                end = i
                while end < len(raw) and raw[end] in "01234567":
                    end += 1
                current.append(chr(int(code + raw[i:end], 8)))
                i = end
            kept = len(current)
            continue
        if char == '"':
            quoted = True
            in_quotes = not in_quotes
        elif char == "," and not in_quotes:
            parts.append(_joined(current, quoted, kept))
            current, quoted, kept = [], False, 0
            i += 1
            while i < len(raw) and raw[i] in " \t":
                i += 1
            continue
        else:
            current.append(char)
        i += 1
    if parts:
        return None  # a list, which no preference read here is
    value = _joined(current, quoted, kept)
    if value.startswith("@"):
        # "@@..." is a string starting with "@"; "@Type(...)" a value of a Qt type.
        return value[1:] if value.startswith("@@") else None
    return value
