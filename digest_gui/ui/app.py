"""Starting the window: the application object, what to open first, and screenshots."""

from __future__ import annotations

import logging
import sys
import threading
import time
from functools import partial
from importlib import import_module
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from digest_gui import APP_NAME, code_cache, version
from digest_gui.core.errors import DigestError
from digest_gui.logs import LOG_FILE, hold_early_records, start_logging
from digest_gui.logs import log_file as current_log_file
from digest_gui.paths import APP_ICON, EXAMPLE_DIGEST, resource_path, user_log_dir
from digest_gui.ui import dialogs, workers
from digest_gui.ui import settings as settings_store
from digest_gui.ui.collector import collect_on_gui_thread
from digest_gui.ui.document.project import Project
from digest_gui.ui.first_frame import FirstPaint, in_turns, watch_first_frame
from digest_gui.ui.i18n import apply_language
from digest_gui.ui.window_layout import fit_to_screen

if TYPE_CHECKING:
    from digest_gui.ui.main_window import MainWindow

# The reverse-DNS id shared by setDesktopFileName, the desktop file and the metainfo.
APP_ID = "io.github.digestgui.DigestGui"

log = logging.getLogger(__name__)

SWITCH_INTERVAL_S = 0.0001


def create_application() -> QApplication:
    """The QApplication, or the one that exists (tests make their own)."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else APP_NAME])
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("digest-gui")
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = resource_path(*APP_ICON)
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    collect_on_gui_thread(app)  # a Qt object freed on a worker thread would crash the process
    # A worker thread (autosave serialising 23,000 papers, an export) keeps the interpreter
    # lock until the window's thread has waited 5 ms for it (Python's default), and every
    # Python call made while a keystroke is painted waits again: 60-90 ms stalls at 23,000
    # papers. After 0.1 ms the worker takes longer (0.6 -> 1 s there); the window does not.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    return app


def load_example(project: Project) -> None:
    """Show the bundled example digest as an untitled, unmodified project."""
    from digest_gui.core.formats.digest_format import import_markdown

    text = resource_path(*EXAMPLE_DIGEST).read_text(encoding="utf-8")
    digest = import_markdown(text, title=QCoreApplication.translate("app", "Example digest")).digest
    project.new(digest)


def open_initial(window: MainWindow, file: str | None, *, interactive: bool) -> None:
    """Open the file given, else restore a crash, else the last project, else the example."""
    if file:
        window.open_path(file)  # a file that cannot be opened says why and leaves an empty project
        return
    offered = window.files.offer_recovery() if interactive else None
    if offered:
        return
    for recent in window.settings.recent_files[:1]:
        # Not asked twice in one start: "Later" just now keeps the file for the next time.
        if Path(recent).is_file() and window.files.open_now(recent, offer_recovery=offered is None):
            return
    load_example(window.project)


class ExceptionReporter(QObject):
    """Logs unexpected errors with their traceback and shows one readable line.

    Installed as sys.excepthook and threading.excepthook. An error on another thread is
    logged there and shown by the GUI thread (the reported signal arrives queued).
    """

    reported = Signal(str)  # the one line to show

    def __init__(self, window: MainWindow, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.log_file = log_file
        self.reported.connect(self._on_self_reported)

    def install(self) -> None:
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception

    def on_exception(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        _ensure_logging()
        log.critical("unexpected error", exc_info=(kind, value, tb))
        self.reported.emit(_one_line(kind, value))

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        thread = args.thread.name if args.thread is not None else "?"
        _ensure_logging()
        log.critical(
            "unexpected error in thread %s",
            thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self.reported.emit(_one_line(args.exc_type, args.exc_value))

    def _on_self_reported(self, line: str) -> None:
        try:
            self.window.autosave.write_now()
        except Exception:
            log.exception("cannot write the recovery file after an error")
        # The error's text is shown as written: an exception can quote a paper's title.
        dialogs.show_critical(
            self.window,
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate("app", "%1. Your unsaved work is kept; details are in %2.")
            .replace("%1", line)
            .replace("%2", str(self.log_file)),
        )


def _ensure_logging() -> None:
    """Start the log file now if the window has not yet (an error before its first frame)."""
    if current_log_file() is None:
        start_logging()


def _one_line(kind: type[BaseException], value: BaseException) -> str:
    text = f"{kind.__name__}: {value}"
    return text.splitlines()[0] if text.strip() else kind.__name__


def install_exception_hook(window: MainWindow, log_file: Path | None = None) -> ExceptionReporter:
    """Log unexpected errors (any thread) and show one readable line instead of dying silently."""
    reporter = ExceptionReporter(window, log_file or user_log_dir() / LOG_FILE, window)
    reporter.install()
    return reporter


def _start_logging() -> None:
    """The log file, and the version it notes (reading it costs ~15 ms), after the first frame."""
    start_logging()
    log.info("%s %s started", APP_NAME, version())


def _parse_size(size: str | None) -> tuple[int, int] | None:
    if not size:
        return None
    try:
        width, height = (int(part) for part in size.lower().split("x"))
    except ValueError:
        raise DigestError(f"--size should look like 1400x860, not {size!r}") from None
    return width, height


def run_window(file: str | None = None, *, screenshot: str | None = None, size: str | None = None) -> int:
    """Start the window (and the event loop); return the exit status."""
    from digest_gui.ui.main_window import HEAVY_LATER, MainWindow

    started = time.perf_counter()
    dimensions = _parse_size(size)
    app = create_application()
    settings = settings_store.load()
    apply_language(app, settings.language)
    # A real start builds what its first frame shows, the rest after it; a screenshot all.
    window = MainWindow(settings, deferred=not screenshot)
    if screenshot:
        # The given file, else the example digest as a first start shows it.
        if file:
            window.open_path(file, offer_recovery=False)  # a screenshot never asks
        else:
            load_example(window.project)
    else:
        install_exception_hook(window)
        first = FirstPaint(window.preview.view().viewport())
        watch_first_frame(first)
        # The log file and the move of old folders need not delay the first frame: they
        # come after it, and what is logged before then is written to the file then. An
        # error before then still reaches the file: the hook opens it first.
        hold_early_records()
        first.then(_start_logging)
        # Opening's file upkeep (the recent files' synced write, a look for leftovers of
        # killed writes) waits for the first frame too.
        window.files.hold_upkeep()
        first.then(window.files.release_upkeep)
        # complete() imports and builds the rest, about 0.1 s. Its two heaviest imports come
        # first, each in a turn of the event loop of its own: the window answers between
        # them instead of freezing for their sum.
        first.then(
            lambda: in_turns(
                [
                    *(partial(import_module, name) for name in HEAVY_LATER),
                    window.complete,
                    window.project.settle,
                    code_cache.save,  # what this start compiled, for the next
                ]
            )
        )
        # The opened file's sha256 is worked out after the first frame, in the last turn.
        window.project.hash_later = True
        fit_to_screen(window, window.splitter, settings)
        window.show()
        open_initial(window, file, interactive=True)
        if window.files.safeguards.switched_away:
            # Started to open a project another window edits, and the user went there.
            window.autosave.discard()
            window.hide()
            return 0
    if dimensions:
        window.resize(*dimensions)
    if screenshot:
        return _screenshot(app, window, screenshot, started)
    window.raise_()
    if sys.platform == "darwin":
        # Only macOS sends FileOpen. A filter on the application sees every event of every
        # object as a Python call (and makes PySide6 wrap each object it names), so it is
        # installed only where it has something to catch.
        app.installEventFilter(_FileOpenFilter(window, app))
    status = app.exec()
    # Closing cancelled what was running; whatever still runs is cancelled now. Requests
    # end at a cancel without waiting for their sockets, so this is quick; a task that
    # still runs after the wait (a blocked keyring) is logged, not waited for.
    workers.cancel_all()
    if not workers.drain(1500):
        log.warning("quitting with tasks still running: %s", [task.name for task in workers.active_tasks()])
    return status


class _FileOpenFilter(QObject):
    """macOS sends a double-clicked project to the running app as a FileOpen event."""

    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self.window.files.open(path)
            return True
        return super().eventFilter(watched, event)


def _screenshot(app: QApplication, window: MainWindow, out: str, started: float) -> int:
    window.show()
    # Let the list, the editor and the preview lay out and draw once.
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    if image.isNull() or not image.save(out, "PNG"):
        raise DigestError(f"{out}: cannot save the screenshot")
    log.info("screenshot after %.3f s", time.perf_counter() - started)
    print(
        f"{out}: {image.width()}x{image.height()} after {time.perf_counter() - started:.2f} s",
        file=sys.stderr,
    )
    # The screenshot run must not leave a recovery file or change the user's settings,
    # so the window is hidden rather than closed (closing stores the window state).
    window.autosave.discard()
    window.hide()
    return 0
