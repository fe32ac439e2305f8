"""File commands: new, open, save, import, export; and asking before work is lost."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from digest_gui.core.errors import DigestError
from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.formats.exporters import Exporter, ExportOptions, get_exporter
from digest_gui.core.formats.project_file import EXTENSION
from digest_gui.core.storage.atomic_file import atomic_write_text
from digest_gui.core.storage.recovery import Recovery
from digest_gui.ui import dialogs
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.document.project import DiskState, Project
from digest_gui.ui.quality.watcher import QualityWatcher
from digest_gui.ui.settings import Settings

DIGEST_SUFFIXES = (".md", ".markdown")

log = logging.getLogger(__name__)


class FileActions(QObject):
    """Carries out the File menu on a project, asking the user where needed."""

    message = Signal(str)  # one line for the status bar
    recent_changed = Signal()

    def __init__(
        self,
        project: Project,
        settings: Settings,
        autosave: Autosave,
        window: QWidget,
        quality: QualityWatcher | None = None,
    ) -> None:
        super().__init__(window)
        self.project = project
        self.settings = settings
        self.autosave = autosave
        self.window = window
        # The quality checks: exports ask before they go out with warnings.
        self.quality = quality

    # ------------------------------------------------------------------ helpers

    def folder(self) -> str:
        """Where file dialogs start: the project's folder, else the last one used."""
        return self._folder()

    def _folder(self) -> str:
        if self.project.path is not None:
            return str(self.project.path.parent)
        return self.settings.last_folder or str(Path.home())

    def _remember(self, path: Path) -> None:
        self.settings.last_folder = str(path.parent)
        self.settings.add_recent(str(path))
        self.recent_changed.emit()

    def _error(self, title: str, error: Exception) -> None:
        dialogs.show_error(self.window, title, str(error))

    def maybe_save(self) -> bool:
        """Before the project goes away: True when it may (saved, discarded or unmodified)."""
        if not self.project.is_modified():
            return True
        choice = dialogs.ask_save_changes(self.window, self.project.display_name())
        if choice == Choice.SAVE:
            return self.save()
        if choice == Choice.DISCARD:
            self.autosave.discard()
            return True
        return False

    # ------------------------------------------------------------------ opening

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.autosave.discard()
        self.project.new()
        self.message.emit(self.tr("New project"))
        return True

    def open(self, path: str | None = None) -> bool:
        """Open a project, or import a digest; ask for the file when path is None."""
        if path is None:
            path = dialogs.ask_open_path(self.window, self._folder())
            if not path:
                return False
        if not self.maybe_save():
            return False
        return self.open_now(path)

    def open_now(self, path: str, *, offer_recovery: bool = True) -> bool:
        """Open path without asking about the current project (it was asked or is clean).

        Changes a crash left for that project are offered whichever way it was opened
        (command line, File → Open, the recent list, a drop), unless offer_recovery is False.
        """
        target = Path(path)
        if target.suffix.lower() in DIGEST_SUFFIXES:
            return self._import_now(target)
        try:
            self.autosave.discard()
            self.project.open(target)
        except DigestError as error:
            self._error(self.tr("Cannot open the project"), error)
            return False
        self._remember(self.project.path or target)
        self.message.emit(
            self.tr("Opened %1 (%n paper(s))", "", self.project.model.rowCount()).replace("%1", target.name)
        )
        if offer_recovery and self.project.path is not None:
            self.offer_recovery(str(self.project.path))
        return True

    # ------------------------------------------------------------------ recovery

    def offer_recovery(self, original_path: str | None = None) -> bool | None:
        """Offer what a crash left behind (for original_path, else every project).

        True when something was restored, False when something was offered and declined,
        None when there was nothing to offer. A recovery file goes only on Restore or Discard.
        """
        store = self.autosave.store
        own = store.file_for(self.autosave.key)
        offered: bool | None = None
        for recovery in store.orphans(original_path):
            if recovery.file == own:
                continue  # this window's own file for the project it just opened
            offered = False
            log.info("offering the recovery file %s", recovery.file.name)
            choice = dialogs.ask_restore(self.window, self._recovery_name(recovery), _when(recovery))
            if choice == Choice.DISCARD:
                store.remove(recovery)
            elif choice == Choice.RESTORE and self._restore(recovery):
                return True
        return offered

    def _recovery_name(self, recovery: Recovery) -> str:
        if recovery.original_path:
            return Path(recovery.original_path).name
        return recovery.title or self.tr("Untitled")

    def _restore(self, recovery: Recovery) -> bool:
        try:
            digest = recovery.load()
        except DigestError as error:
            self._error(self.tr("Cannot restore"), error)
            return False
        original = Path(recovery.original_path) if recovery.original_path else None
        disk = None
        if original is not None and original.is_file():
            # The file the changes were made on, not the file as it is now: when another
            # program saved it since, saving the restored work asks ("changed on disk").
            disk = DiskState(*recovery.base) if recovery.base is not None else DiskState.of(original)
        elif original is not None:
            original = None  # the file is gone; save the restored work under a new name
        self.project.restore(digest, original, disk)
        self.autosave.write_now()  # the work is safe under this window's key before the old file goes
        self.autosave.store.remove(recovery)
        if self.project.changed_on_disk():
            self.message.emit(
                self.tr("%1 was changed on disk after these changes; saving will ask first").replace(
                    "%1", self.project.display_name()
                )
            )
        return True

    def import_digest(self, path: str | None = None) -> bool:
        if path is None:
            path = dialogs.ask_import_path(self.window, self._folder())
            if not path:
                return False
        if not self.maybe_save():
            return False
        return self._import_now(Path(path))

    def _import_now(self, path: Path) -> bool:
        try:
            self.autosave.discard()
            warnings = self.project.import_digest(path)
        except DigestError as error:
            self._error(self.tr("Cannot import the digest"), error)
            return False
        self.settings.last_folder = str(path.parent)
        text = self.tr("Imported %1 (%n paper(s))", "", self.project.model.rowCount()).replace(
            "%1", path.name
        )
        if warnings:
            dialogs.show_info(self.window, self.tr("Imported with remarks"), "\n".join(warnings))
        self.message.emit(text)
        return True

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        if self.project.path is None:
            return self.save_as()
        if self.project.changed_on_disk():
            choice = dialogs.ask_changed_on_disk(self.window, self.project.display_name())
            if choice == Choice.SAVE_AS:
                return self.save_as()
            if choice == Choice.RELOAD:
                return self._reload()
            if choice != Choice.OVERWRITE:
                return False
        return self._save_to(self.project.path)

    def save_as(self) -> bool:
        if self.project.path is not None:
            suggested = str(self.project.path)
        else:
            name = self.project.digest.title or self.tr("digest")
            suggested = str(Path(self._folder()) / f"{name}{EXTENSION}")
        path = dialogs.ask_save_path(
            self.window,
            self.tr("Save Project As"),
            suggested,
            self.tr("digest-gui projects (*.digest);;JSON (*.json)"),
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(EXTENSION)
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        try:
            self.project.save(path)
        except DigestError as error:
            self._error(self.tr("Cannot save the project"), error)
            return False
        self.autosave.write_now()
        self._remember(self.project.path or path)
        self.message.emit(self.tr("Saved %1").replace("%1", str(self.project.path)))
        return True

    def _reload(self) -> bool:
        try:
            self.project.reload()
        except DigestError as error:
            self._error(self.tr("Cannot reload the project"), error)
            return False
        self.message.emit(self.tr("Reloaded %1 from disk").replace("%1", self.project.display_name()))
        return False  # nothing was saved

    # ------------------------------------------------------------------ exporting

    def _export_name(self, suffix: str) -> str:
        stem = self.project.path.stem if self.project.path else (self.project.digest.title or "digest")
        stem = stem.removesuffix(".digest")
        return str(Path(self._folder()) / f"{stem}{suffix}")

    def warning_count(self) -> int:
        """How many quality issues the digest has now (empty fields included)."""
        if self.quality is None:
            return 0
        self.quality.flush()
        return len(self.quality.issues())

    def _export_allowed(self) -> bool:
        # Every issue counts, an empty Chinese field too: it is a hole in what is published.
        # The user may go on (warn, do not block); Cancel leaves everything as it was.
        count = self.warning_count()
        return not count or dialogs.ask_export_with_warnings(self.window, count)

    def export_markdown(self) -> bool:
        return self.export("md")

    def export_html(self) -> bool:
        return self.export("html")

    def export(self, format_name: str, options: ExportOptions | None = None) -> bool:
        """File → Export in a registered format: ask where, then write the digest."""
        exporter = get_exporter(format_name)
        if not self._export_allowed():
            return False
        title, file_filter = self._export_texts(exporter)
        path = dialogs.ask_save_path(self.window, title, self._export_name(exporter.extension), file_filter)
        if not path:
            return False
        # Rendering is cached per paper; a first HTML export of hundreds of papers takes a moment.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text = exporter.write(self.project.digest, options or ExportOptions())
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self._write(Path(path), text, self.tr("Cannot export"))

    def _export_texts(self, exporter: Exporter) -> tuple[str, str]:
        """The save dialog's title and file filter, translated for the formats we know."""
        known = {
            "md": (self.tr("Export Markdown"), self.tr("Markdown (*.md)")),
            "html": (self.tr("Export HTML"), self.tr("Web page (*.html)")),
        }
        fallback = (
            self.tr("Export %1").replace("%1", exporter.label),
            f"{exporter.label} (*{exporter.extension})",
        )
        return known.get(exporter.name, fallback)

    def _write(self, path: Path, text: str, title: str) -> bool:
        try:
            atomic_write_text(path, text)
        except OSError as error:
            self._error(title, DigestError(f"{path}: {error.strerror or error}"))
            return False
        self.message.emit(self.tr("Exported %1").replace("%1", str(path)))
        return True

    def copy_markdown(self) -> None:
        # Copying does not ask (it overwrites nothing and is undone by copying again); the
        # status bar says how many quality warnings went with it.
        QGuiApplication.clipboard().setText(export_markdown(self.project.digest))
        text = self.tr("Copied the digest (%n paper(s)) as Markdown", "", self.project.model.rowCount())
        count = self.warning_count()
        if count:
            text += " · " + self.tr("%n quality warning(s) remain (F6 lists them)", "", count)
        self.message.emit(text)


def _when(recovery: Recovery) -> str:
    return datetime.fromtimestamp(recovery.written_at).strftime("%Y-%m-%d %H:%M:%S")
