"""File commands: new, open, save, import, export; and asking before work is lost."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from digest_gui.core.control_chars import clean_digest
from digest_gui.core.errors import DigestError, NotWritableError, ProjectTooNewError
from digest_gui.core.file_names import default_stem
from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.formats.exporters import Exporter, ExportOptions, get_exporter, theme_css
from digest_gui.core.formats.project_file import EXTENSION
from digest_gui.core.storage.atomic_file import atomic_write_text, real_target, remove_stale_temporaries
from digest_gui.core.storage.backups import BackupStore
from digest_gui.paths import DEFAULT_THEME
from digest_gui.ui import dialogs
from digest_gui.ui import settings as settings_store
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.document.export_jobs import ExportJobs
from digest_gui.ui.document.instances import InstanceGuard
from digest_gui.ui.document.project import Project, is_not_writable
from digest_gui.ui.document.safeguards import OpenSafeguards
from digest_gui.ui.settings import Settings
from digest_gui.ui.widgets.clipboard import copy_rich_text

if TYPE_CHECKING:  # built after the window's first frame, and given then
    from digest_gui.core.quality.counts import QualityCounts
    from digest_gui.ui.quality.export_notice import ExportGate
    from digest_gui.ui.quality.watcher import QualityWatcher

DIGEST_SUFFIXES = (".md", ".markdown")

log = logging.getLogger(__name__)


class FileActions(QObject):
    """Carries out the File menu on a project, asking the user where needed."""

    message = Signal(str)  # one line for the status bar
    recent_changed = Signal()
    exported = Signal(str)  # the path an export was written to
    copied = Signal(str)  # the format put on the clipboard: "wechat", "zhihu"
    # A digest or project file was saved, exported or imported: the archive takes it.
    archivable = Signal(str)

    def __init__(
        self,
        project: Project,
        settings: Settings,
        autosave: Autosave,
        window: QWidget,
        quality: QualityWatcher | None = None,
        instances: InstanceGuard | None = None,
        backups: BackupStore | None = None,
        *,
        exports: ExportJobs,
        export_gate: ExportGate | None = None,
    ) -> None:
        super().__init__(window)
        # Where exports are rendered: on a worker, with progress and Cancel in the status bar.
        self.exports = exports
        self.project = project
        self.settings = settings
        self.autosave = autosave
        self.window = window
        # The quality checks, and the notice exports show before they go out with problems.
        self.quality = quality
        self.export_gate = export_gate
        # Earlier saved versions (None: none are kept).
        self.backups = backups
        # Recovery, backups and other instances: what opening a project may have to ask.
        self.safeguards = OpenSafeguards(project, autosave, window, instances, backups)
        self.safeguards.message.connect(self.message)
        # Upkeep held back by hold_upkeep (None: done at once).
        self._held_upkeep: list[Callable[[], object]] | None = None

    # ------------------------------------------------------------------ upkeep

    def hold_upkeep(self) -> None:
        """Hold an opening's file upkeep until release_upkeep: the recent files' write (a
        synced file, two fdatasyncs that a spinning disk takes tens of milliseconds over)
        and clearing what killed writes left in the project's folder (a listing of it).
        A start opens its project before its first frame; neither changes what it shows."""
        if self._held_upkeep is None:
            self._held_upkeep = []

    def release_upkeep(self) -> None:
        """Do the upkeep held since hold_upkeep, and from now on at once."""
        held, self._held_upkeep = self._held_upkeep, None
        for work in held or ():
            work()

    def _upkeep(self, work: Callable[[], object]) -> None:
        if self._held_upkeep is None:
            work()
        elif work not in self._held_upkeep:  # the recent files are written once, as they are then
            self._held_upkeep.append(work)

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
        self._upkeep(self._write_recent)
        self.recent_changed.emit()

    def _write_recent(self) -> None:
        try:
            settings_store.save_recent(self.settings)  # now, not only at a clean quit
        except OSError as error:
            log.warning("cannot write the recent files: %s", error)

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
        read_only = self.safeguards.ask_if_in_use(target)
        if read_only is None:
            return False
        try:
            self.autosave.discard()
            self.project.open(target, read_only=read_only)
        except ProjectTooNewError as error:
            return self._open_newer(target, error)
        except DigestError as error:
            if not self.safeguards.offer_backups(target, error):
                return False
            self._remember(real_target(target))
            return True
        self._opened(target)
        if offer_recovery and self.project.path is not None and not read_only:
            self.offer_recovery(str(self.project.path))
        return True

    def _opened(self, target: Path) -> None:
        if self.project.path is not None:
            # What killed writes left beside it.
            self._upkeep(partial(remove_stale_temporaries, self.project.path))
        self._remember(self.project.path or target)
        self.message.emit(
            self.tr("Opened %1 (%n paper(s))", "", self.project.model.rowCount()).replace("%1", target.name)
        )

    def _open_newer(self, target: Path, error: ProjectTooNewError) -> bool:
        # Shown, never written over: fields this build does not know would be lost.
        try:
            self.project.open(target, read_only=self.tr("written by a newer digest-gui"))
        except DigestError as second:
            self._error(self.tr("Cannot open the project"), second)
            return False
        self._opened(target)
        dialogs.show_info(
            self.window,
            self.tr("Opened read-only"),
            str(error)
            + "\n\n"
            + self.tr(
                "It is open read-only so that nothing in it is lost. Save As keeps a copy in this "
                "version's format."
            ),
        )
        return True

    def offer_recovery(self, original_path: str | None = None) -> bool | None:
        """Offer what a crash left behind (see OpenSafeguards.offer_recovery)."""
        return self.safeguards.offer_recovery(original_path)

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
        self.archivable.emit(str(path))
        return True

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        if self.project.path is None or self.project.read_only:
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
            suggested = str(Path(self._folder()) / f"{default_stem(self.project.digest)}{EXTENSION}")
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
        target = real_target(path)
        if not self._replace_allowed(target):
            return False
        self._keep_backup(target)
        try:
            self.project.save(path)
        except NotWritableError as error:
            # A read-only folder or disk: the work is still open; offer another place.
            if dialogs.ask_save_elsewhere(self.window, str(error)):
                return self.save_as()
            return False
        except DigestError as error:
            self._error(self.tr("Cannot save the project"), error)
            return False
        self.autosave.write_now()
        self._remember(self.project.path or path)
        self.message.emit(self.tr("Saved %1").replace("%1", str(self.project.path)))
        self.archivable.emit(str(self.project.path or path))
        return True

    def _replace_allowed(self, target: Path) -> bool:
        """A read-only file was protected by someone: replace it only when the user says so."""
        try:
            mode = target.stat().st_mode
        except OSError:
            return True  # a new file, or one we cannot see: the write itself will tell
        if mode & 0o222:
            return True
        return dialogs.ask_replace_read_only(self.window, str(target))

    def _keep_backup(self, target: Path) -> None:
        if self.backups is None or target != self.project.path:
            return  # only a file this project was read from is worth keeping (not a stranger's)
        try:
            self.backups.keep_copy(target)
        except OSError as error:
            log.warning("cannot keep a backup of %s: %s", target, error)

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
        # The project's own name once it has one, else the name Save As would offer.
        stem = self.project.path.stem if self.project.path else default_stem(self.project.digest)
        stem = stem.removesuffix(".digest")
        return str(Path(self._folder()) / f"{stem}{suffix}")

    def problems(self) -> QualityCounts | None:
        """The quality counts now (the last keystrokes checked), or None without checks."""
        if self.quality is None:
            return None
        self.quality.flush()
        return self.quality.counts()

    def _export_allowed(self, proceed: Callable[[], object], what: str) -> bool:
        # Every problem counts, an empty Chinese field too: it is a hole in what is published.
        # The gate warns without blocking (a notice bar) and runs proceed on Export Anyway.
        return self.export_gate is None or self.export_gate.allows(proceed, what)

    def export_markdown(self) -> bool:
        return self.export("md")

    def export_html(self) -> bool:
        return self.export("html")

    def export(self, format_name: str, options: ExportOptions | None = None, checked: bool = False) -> bool:
        """File → Export in a registered format: ask where, then write the digest.

        With quality problems left (and not checked), the export notice asks first and this
        returns False; its Export Anyway exports then.
        """
        exporter = get_exporter(format_name)
        if not self.exports.available():
            return False
        title, file_filter = self._export_texts(exporter)
        if not checked and not self._export_allowed(
            lambda: self.export(format_name, options, checked=True), title
        ):
            return False

        def ask(suggested: str = self._export_name(exporter.extension)) -> str:
            return dialogs.ask_save_path(self.window, title, suggested, file_filter)

        path = ask()
        if not path:
            return False
        # Rendered on a worker from a copy taken now (the user may type on); the file is
        # written here, where replacing it or choosing another folder can be asked.
        digest, chosen = self.project.digest.copy(), options or ExportOptions()
        task = self.exports.start(
            self.tr("Exporting %1").replace("%1", exporter.label),
            lambda: exporter.write(digest, chosen),
            lambda text: self._write(Path(path), text, self.tr("Cannot export"), ask),
        )
        return task is not None

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

    def _write(self, path: Path, text: str, title: str, ask_again: Callable[[], str]) -> bool:
        while True:
            if not self._replace_allowed(real_target(path)):
                return False
            try:
                atomic_write_text(path, text)
            except OSError as error:
                message = f"{path}: {error.strerror or error}"
                if not is_not_writable(error):
                    self._error(title, DigestError(message))
                    return False
                if not dialogs.ask_save_elsewhere(self.window, message):
                    return False
                again = ask_again()
                if not again:
                    return False
                path = Path(again)
                continue
            self.message.emit(self.tr("Exported %1").replace("%1", str(path)))
            self.exported.emit(str(path))
            self.archivable.emit(str(path))  # the archive keeps Markdown digests only
            return True

    def copy_markdown(self) -> None:
        # Copying does not ask (it overwrites nothing and is undone by copying again); the
        # status bar says how many quality warnings went with it.
        QGuiApplication.clipboard().setText(export_markdown(self.project.digest))
        self._copied(
            self.tr("Copied the digest (%n paper(s)) as Markdown", "", self.project.model.rowCount())
        )

    def copy_rich_text(self, platform: str) -> bool:
        """Edit → Copy As → WeChat / Zhihu: inline-styled HTML, with the Markdown as plain text.

        Rendered on a worker (seconds for thousands of papers); the clipboard is filled
        when it is done. False if another export is still running."""
        digest = self.project.digest.copy()
        count = len(digest.papers)

        def render() -> tuple[str, str]:
            # Imported here: css_inline and the HTML renderer cost start-up time.
            from digest_gui.core.formats.rich_text import rich_text_fragment

            fragment = rich_text_fragment(clean_digest(digest), theme_css(DEFAULT_THEME, "light"), platform)
            return fragment, export_markdown(digest)

        def done(texts: tuple[str, str]) -> None:
            copy_rich_text(*texts)
            if platform == "wechat":
                self._copied(self.tr("Copied the digest (%n paper(s)) for WeChat", "", count))
            else:
                self._copied(self.tr("Copied the digest (%n paper(s)) for Zhihu", "", count))
            self.copied.emit(platform)

        label = self.tr("Copying for WeChat") if platform == "wechat" else self.tr("Copying for Zhihu")
        return self.exports.start(label, render, done) is not None

    def _copied(self, text: str) -> None:
        counts = self.problems()
        if counts is not None and counts.problems:
            from digest_gui.ui.quality.messages import problems_text

            text += " · " + self.tr("left: %1 (F6 lists them)").replace("%1", problems_text(counts))
        self.message.emit(text)
