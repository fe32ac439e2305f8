"""Starting the window: the application object, what to open first, and screenshots."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from digest_gui import APP_NAME, version
from digest_gui.core.errors import DigestError
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.paths import APP_ICON, EXAMPLE_DIGEST, resource_path
from digest_gui.ui import dialogs
from digest_gui.ui import settings as settings_store
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.document.project import DiskState, Project
from digest_gui.ui.i18n import apply_language

if TYPE_CHECKING:
    from digest_gui.ui.main_window import MainWindow

# The reverse-DNS id shared by setDesktopFileName, the desktop file and the metainfo.
APP_ID = "io.github.digestgui.DigestGui"

log = logging.getLogger(__name__)


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
    return app


def load_example(project: Project) -> None:
    """Show the bundled example digest as an untitled, unmodified project."""
    text = resource_path(*EXAMPLE_DIGEST).read_text(encoding="utf-8")
    digest = import_markdown(text, title=QCoreApplication.translate("app", "Example digest")).digest
    project.new(digest)


def offer_recovery(project: Project, autosave: Autosave, parent: QWidget) -> bool:
    """Offer what a crash left behind; True when something was restored."""
    store = autosave.store
    for recovery in store.orphans():
        name = Path(recovery.original_path).name if recovery.original_path else (recovery.title or "Untitled")
        when = datetime.fromtimestamp(recovery.written_at).strftime("%Y-%m-%d %H:%M:%S")
        choice = dialogs.ask_restore(parent, name, when)
        if choice == Choice.DISCARD:
            store.remove(recovery)
            continue
        if choice != Choice.RESTORE:
            continue
        try:
            digest = recovery.load()
        except DigestError as error:
            dialogs.show_error(parent, QCoreApplication.translate("app", "Cannot restore"), str(error))
            continue
        original = Path(recovery.original_path) if recovery.original_path else None
        disk = None
        if original is not None and original.is_file():
            disk = DiskState.of(original)
        elif original is not None:
            original = None  # the file is gone; save the restored work under a new name
        project.restore(digest, original, disk)
        store.remove(recovery)
        autosave.write_now()
        return True
    return False


def open_initial(window: MainWindow, file: str | None, *, interactive: bool) -> None:
    """Open the file given, else restore a crash, else the last project, else the example."""
    if file:
        window.open_path(file)  # a file that cannot be opened says why and leaves an empty project
        return
    if interactive and offer_recovery(window.project, window.autosave, window):
        return
    for recent in window.settings.recent_files[:1]:
        if Path(recent).is_file() and window.files.open_now(recent):
            return
    load_example(window.project)


def install_exception_hook(window: MainWindow) -> None:
    """Log unexpected errors and show one readable line instead of dying silently."""
    log_dir = settings_store.data_dir() / "logs"

    def hook(kind, value, tb) -> None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            with open(log_dir / "digest-gui.log", "a", encoding="utf-8") as stream:
                stream.write(f"--- {datetime.now().isoformat()} {APP_NAME} {version()}\n")
                stream.writelines(traceback.format_exception(kind, value, tb))
            window.autosave.write_now()
        except Exception:
            pass
        QMessageBox.critical(
            window,
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate("app", "%1. Your unsaved work is kept; details are in %2.")
            .replace("%1", f"{kind.__name__}: {value}")
            .replace("%2", str(log_dir / "digest-gui.log")),
        )

    sys.excepthook = hook


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
    from digest_gui.ui.main_window import MainWindow

    started = time.perf_counter()
    dimensions = _parse_size(size)
    app = create_application()
    settings = settings_store.load()
    apply_language(app, settings.language)
    window = MainWindow(settings)
    if screenshot:
        # The given file, else the example digest as a first start shows it.
        if file:
            window.open_path(file)
        else:
            load_example(window.project)
    else:
        install_exception_hook(window)
        window.show()
        open_initial(window, file, interactive=True)
    if dimensions:
        window.resize(*dimensions)
    if screenshot:
        return _screenshot(app, window, screenshot, started)
    window.raise_()
    opener = _FileOpenFilter(window, app)
    app.installEventFilter(opener)
    return app.exec()


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
