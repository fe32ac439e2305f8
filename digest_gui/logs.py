"""The log file: a rotating file in the user's log folder, with secrets taken out.

Set up once at start by the window (ui/app.py, right after its first frame) and by the
command's subcommands (cli.main). Every
line says when, how bad, which logger and which thread. Nothing that reaches the file
holds the model API key: Authorization headers, Bearer tokens, "sk-..." keys and every
value given to register_secret are replaced before a line is written, tracebacks included.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from digest_gui.core.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILE = "digest-gui.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
REDACTED = "[redacted]"
# Logs at DEBUG when set (as it makes the command line show tracebacks).
DEBUG_VARIABLE = "DIGEST_GUI_DEBUG"

# Shapes of secrets, whoever logs them: a header value, a bearer token, an OpenAI-style key,
# an api_key=... pair. Each keeps its name and loses its value.
_PATTERNS = [
    LazyPattern(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(?:bearer\s+|basic\s+)?[^\s\"',;]+"),
    LazyPattern(r"(?i)(bearer\s+)[^\s\"',;]+"),
    LazyPattern(r"(?i)(api[_-]?key[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&]+"),
    LazyPattern(r"()\bsk-[A-Za-z0-9_\-]{6,}"),
]
# Shorter values are not taken out: they would blank common words of every line.
MIN_SECRET_LENGTH = 4

_lock = threading.Lock()
_secrets: set[str] = set()
_handler: RotatingFileHandler | None = None


def register_secret(value: str) -> None:
    """Never write value to the log (the model API key, once read)."""
    value = value.strip()
    if len(value) >= MIN_SECRET_LENGTH:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """Text with every secret it holds replaced by [redacted]."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)  # a longer key first: it may hold a shorter
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda match: match.group(1) + REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Takes secrets out of a record's message and traceback before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _RedactingFormatter(logging.Formatter):
    """The last guard: the finished line is redacted again (a handler's own additions)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _EarlyRecords(logging.Handler):
    """What is logged before the file opens (the window opens it after its first frame)."""

    LIMIT = 1000  # a start-up logs a handful; a flood before the file opens is cut

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)


_early: _EarlyRecords | None = None


def _our_level() -> int:
    return logging.DEBUG if os.environ.get(DEBUG_VARIABLE) else logging.INFO


def hold_early_records() -> None:
    """Keep what is logged from now on until setup_logging opens the file, which then gets it."""
    global _early
    with _lock:
        if _early is not None or _handler is not None:
            return
        _early = _EarlyRecords()
    logging.getLogger("digest_gui").setLevel(_our_level())
    logging.getLogger().addHandler(_early)


def _replay_early_records(handler: logging.Handler) -> None:
    global _early
    with _lock:
        early, _early = _early, None
    if early is not None:
        logging.getLogger().removeHandler(early)
        for record in early.records:
            if record.levelno >= handler.level:
                handler.handle(record)


def setup_logging(folder: Path) -> Path:
    """Log to a rotating file in folder (made if missing); return the file. Calling again is harmless."""
    global _handler
    path = Path(folder) / LOG_FILE
    root = logging.getLogger()
    with _lock:
        if _handler is not None and _handler.baseFilename == os.path.abspath(path):
            return path
    shutdown_logging()  # another folder (a test's): the old file is let go of
    path.parent.mkdir(parents=True, exist_ok=True)
    # Imported here: logging.handlers loads socket, pickle and queue (15 ms), which the
    # window's first frame need not wait for (run_window sets logging up after it).
    from logging.handlers import RotatingFileHandler

    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(_RedactingFormatter(LINE_FORMAT))
    handler.addFilter(RedactingFilter())
    handler.setLevel(_our_level())
    # Our loggers say INFO and up; other libraries keep the root's level (warnings).
    logging.getLogger("digest_gui").setLevel(_our_level())
    root.addHandler(handler)
    with _lock:
        _handler = handler
    _replay_early_records(handler)
    return path


def log_file() -> Path | None:
    """The file the log goes to, or None before setup_logging."""
    with _lock:
        return Path(_handler.baseFilename) if _handler is not None else None


def shutdown_logging() -> None:
    """Close the log file (tests, before their folder goes)."""
    global _handler
    with _lock:
        handler, _handler = _handler, None
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def start_logging() -> Path | None:
    """At start (window and command line): log to the user's log folder, then move old folders.

    Returns the log file, or None when the folder cannot be written (the app runs without).
    """
    from digest_gui.paths import migrate_user_folders, user_log_dir

    try:
        path: Path | None = setup_logging(user_log_dir())
    except OSError as error:
        logging.getLogger(__name__).warning("cannot write the log file: %s", error)
        path = None
    migrate_user_folders()  # after: what it moves, or cannot, is logged
    return path
