"""The main window: wires the paper list, the editor and the preview to one project."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QWidget

# Only what the first frame shows is imported here; complete() imports the rest.
from digest_gui import APP_NAME
from digest_gui.core.storage.backups import BackupStore
from digest_gui.core.storage.instances import ProjectLocks
from digest_gui.core.storage.recovery import RecoveryStore
from digest_gui.ui.collector import freeze_long_lived
from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.document.export_jobs import ExportJobs
from digest_gui.ui.document.file_actions import FileActions
from digest_gui.ui.document.instances import InstanceGuard
from digest_gui.ui.document.project import Project
from digest_gui.ui.document.resume_position import PositionStore, ResumePosition
from digest_gui.ui.editor.paper_editor import PaperEditor
from digest_gui.ui.menu_bar import menu_bar_titles
from digest_gui.ui.papers.drops import DropContent, read_mime
from digest_gui.ui.papers.icons import PaperDecorations
from digest_gui.ui.papers.list_pane import PaperListPane
from digest_gui.ui.preview.pane import PreviewPane
from digest_gui.ui.settings import Settings, data_dir
from digest_gui.ui.settings import save as save_settings
from digest_gui.ui.widgets.status_messenger import StatusMessenger
from digest_gui.ui.window_layout import central_panes, restore_docks, restore_window_state, store_window_state

if TYPE_CHECKING:
    from digest_gui.ui.arxiv.listing_dialog import ListingDialog


# What complete() imports that takes longest (30-40 ms each): the archive (SQLite, search,
# the translation memory) and drafting (the model client and its prompts). A real start
# imports them ahead of complete(), each in an event-loop turn of its own (ui/app.py).
HEAVY_LATER = ("digest_gui.ui.archive.actions", "digest_gui.ui.drafts.actions")


class MainWindow(QMainWindow):
    """One window, one project: list | editor | preview."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        """Build the window; with `deferred`, only what its first frame shows (see `complete`)."""
        super().__init__(parent)
        self.settings = settings
        self._complete = False
        self._archivable: list[str] = []  # opened or saved before the archive was built
        self.status = StatusMessenger(self.statusBar())
        self.project = Project(self)
        self.autosave = Autosave(self.project, RecoveryStore(data_dir() / "recovery"), self)
        self.instances = InstanceGuard(self.project, ProjectLocks(data_dir() / "locks"), self)
        self.decorations = PaperDecorations()  # fetch and draft states come with complete()
        self.list_pane = PaperListPane(self.project, self, self.decorations)
        self.editor = PaperEditor(self.project, self)
        self.preview = PreviewPane(self.project.model, self)
        self.files = FileActions(
            self.project,
            settings,
            self.autosave,
            self,
            instances=self.instances,
            backups=BackupStore(data_dir() / "backups"),
            exports=ExportJobs(self.status, self),
        )

        # complete() adds the notices above the panes and the find bar under them.
        self.splitter, self._column = central_panes(self, (self.list_pane, self.editor, self.preview))
        self.setAcceptDrops(True)
        # The menu bar's titles now, so that the panes do not move down when its menus come.
        self._menus = menu_bar_titles(self, self.menuBar())

        self._connect_panes()  # before the resume's: it comes back after the list's first row
        # Reopening a project comes back to the paper, field and preview scroll left there.
        self.resume = ResumePosition(
            self.project,
            self.editor,
            self.preview.view(),
            self.list_pane.select_row,
            PositionStore(data_dir()),
            self,
        )
        self.list_pane.current_row_changed.connect(self.resume.row_changed)
        self._update_title()
        restore_window_state(self, self.splitter, self.settings)
        self.preview.set_mode(self.settings.preview_mode)
        if not deferred:
            self.complete()

    def is_complete(self) -> bool:
        """Whether complete() has built the window's menus, checks, docks and controllers."""
        return self._complete

    def complete(self) -> None:
        """Build what the first frame does not show: menus and their actions, the quality
        checks, drafting, the archive, find, the docks. A real start calls it after the
        first frame is painted (ui/app.py); a window built without `deferred` at once."""
        if self._complete:
            return
        from digest_gui.ui.archive.actions import ArchiveActions
        from digest_gui.ui.arxiv.fetch import FetchController, make_fetcher
        from digest_gui.ui.arxiv.fetch_status import FetchStatus
        from digest_gui.ui.arxiv.listing_actions import ListingActions
        from digest_gui.ui.document.autosave_notice import AutosaveNotice
        from digest_gui.ui.document.publishing import PublishActions
        from digest_gui.ui.drafts.actions import DraftActions
        from digest_gui.ui.editor.field_marks import FieldMarks
        from digest_gui.ui.editor.link_drops import LinkDrops
        from digest_gui.ui.find.bar import FindBar
        from digest_gui.ui.find.controller import FindController
        from digest_gui.ui.glossary.actions import GlossaryActions
        from digest_gui.ui.papers.adding import PaperAdder
        from digest_gui.ui.papers.context_menu import PaperContextMenu
        from digest_gui.ui.papers.deletion import DeletionFeedback
        from digest_gui.ui.papers.filter_feedback import FilterFeedback
        from digest_gui.ui.quality.counts_label import CountsLabel
        from digest_gui.ui.quality.export_notice import ExportGate, ExportNotice
        from digest_gui.ui.quality.panel import QualityPanel
        from digest_gui.ui.quality.watcher import QualityWatcher
        from digest_gui.ui.review.actions import ReviewActions
        from digest_gui.ui.widgets.undo_notice import UndoNotice
        from digest_gui.ui.window_handlers import LANGUAGES, window_handlers

        self._complete = True
        self.instances.listen()  # other instances can ask this window to come forward
        settings = self.settings
        self.fetcher = FetchController(self.project, lambda: make_fetcher(self.settings), self)
        self.decorations.fetch_state = self.fetcher.state
        self.fetch_status = FetchStatus(self.fetcher, self.project, self.status, self)  # its progress
        self.drafts = DraftActions(self.project, settings, self.status, self)  # with its progress
        self.drafter = self.drafts.controller
        self.decorations.draft_state = self.drafter.state
        self.undo_notice = UndoNotice(self)  # "Deleted 'Title…'  Undo"
        self.status.add_widget(self.undo_notice)
        self.deletions = DeletionFeedback(self.project, self.status, self.undo_notice)
        self.quality = QualityWatcher(self.project.model, settings.summary_limit, self)
        self._counts = CountsLabel(self.quality, self._filter_shown, self)
        self.status.add_permanent(self._counts)
        # The shown paper's problems and glossary terms, marked in the editor's fields.
        self.field_marks = FieldMarks(
            self.editor.fields, self.editor.counts, self.project, self.quality, self.editor.current_row, self
        )
        central = self.centralWidget()
        self.export_notice = ExportNotice(central)
        self.export_gate = ExportGate(self.quality, self.export_notice, self)
        self.files.quality = self.quality
        self.files.export_gate = self.export_gate
        self.quality_panel = QualityPanel(self.quality, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.quality_panel)
        self.quality_panel.hide()
        self.listing = ListingActions(self.project, settings, self.status, self)
        self.adding = PaperAdder(self.project, self.status, self.files.open, self.fetcher.fetch, self)
        self.adding.take_paste_keys(self.list_pane.view)  # Ctrl+V on the list adds papers
        self.link_drops = LinkDrops(self)  # links dropped on a field add papers
        for field in self.editor.fields.values():
            self.link_drops.watch(field)
        self.glossary = GlossaryActions(self.project, self.status, self.files.folder, self)
        self.review = ReviewActions(
            self.project,
            self.status,
            self.list_pane.current_row,
            self.list_pane.shown_rows,
            self.list_pane.select_row,
            self,
        )
        self.publisher = PublishActions(
            self.project, settings, self.status, self.files.folder, self, self.export_gate.allows
        )
        self.archive = ArchiveActions(
            self.project,
            settings,
            self.status,
            self.files.folder,
            self.files.open,
            self.list_pane.select_row,
            self,
        )
        self.listing.dialog_opened.connect(self.archive.attach_listing)
        self.archive.attach_paper_list(self.list_pane)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.archive.memory_panel)
        self.archive.memory_panel.hide()
        # Crash protection's notice reads whether autosave failed when it is made.
        self.autosave_notice = AutosaveNotice(self.autosave, self.centralWidget())
        self._column.insertWidget(0, self.autosave_notice)
        self._column.insertWidget(1, self.export_notice)
        self._column.insertWidget(2, self.archive.notice)
        self.find_bar = FindBar(central)  # Edit → Find and Replace (Ctrl+H), under the panes
        self._column.addWidget(self.find_bar)

        provided = {
            "undo": self.project.undo_stack.createUndoAction(self),
            "redo": self.project.undo_stack.createRedoAction(self),
            "qualityChecks": self.quality_panel.toggleViewAction(),
            "translationMemory": self.archive.memory_panel.toggleViewAction(),
        }
        self.finder = FindController(
            self.project,
            self.find_bar,
            self.editor,
            self.preview.view(),
            self.list_pane.select_row,
            self.status,
            self,
        )
        from digest_gui.ui.actions import ActionRegistry

        self.action_registry = ActionRegistry(
            self, self.menuBar(), window_handlers(self), provided, menus=self._menus
        )
        self.paper_menu = PaperContextMenu(self.list_pane, self.action_registry, self.status)
        self.filter_feedback = FilterFeedback(self.list_pane, self.editor.placeholder, self)
        self.filter_feedback.changed.connect(self._update_counts)
        self._rebuild_recent()
        self._connect()
        self.retranslate()
        for key in LANGUAGES:
            self.action_registry[f"language_{key}"].setChecked(key == self.settings.language)
        restore_docks(self, settings)  # now that they exist
        # What happened before: the project opened, the paper shown, files to index.
        self._sync_preview_actions(self.preview.mode())
        self._sync_export_actions()
        # The editor and the preview already show the paper (and the preview's scroll, which
        # reopening restored, must stay): only what this step added follows it.
        self.editor.fetch_notice.refresh()
        self._sync_row_extras(self.list_pane.current_row())
        for path in self._archivable:
            self.archive.controller.index(path)
        self._archivable.clear()

    # ------------------------------------------------------------------ actions

    def retranslate(self) -> None:
        """The window's own texts in the current interface language (the actions retranslate themselves)."""
        self.files.exports.retranslate()
        self._update_title()
        if self._complete:
            self.autosave_notice.retranslate()
            self.fetch_status.retranslate()
            self.drafts.retranslate()
            self.export_gate.retranslate()
            self.archive.retranslate()
            self._update_counts()

    # ------------------------------------------------------------------ wiring

    def _connect_panes(self) -> None:
        """What the first frame needs: the list drives the editor and the preview."""
        self.list_pane.current_row_changed.connect(self._on_list_current_row_changed)
        self.list_pane.content_dropped.connect(self.add_content)
        self.project.modified_changed.connect(self._update_title)
        self.project.path_changed.connect(self._update_title)
        self.project.replaced.connect(self._on_project_replaced)
        self.project.model.focus_requested.connect(self._show_field)
        self.files.message.connect(lambda text: self.status.show(text, 8000))
        self.files.archivable.connect(self._on_files_archivable)
        self.instances.raise_requested.connect(self._on_instances_raise_requested)
        self.preview.mode_changed.connect(self._on_preview_mode_changed)

    def _connect(self) -> None:
        """The rest, once complete() has built it."""
        # What complete() added follows the current paper, the project and the preview's mode
        # (connected after the panes' own handlers, so they run after them).
        self.list_pane.current_row_changed.connect(self._sync_row_extras)
        self.project.replaced.connect(self._update_counts)
        self.project.replaced.connect(self._sync_export_actions)
        self.project.model.export_changed.connect(self._sync_export_actions)
        self.preview.mode_changed.connect(self._sync_preview_actions)
        self.editor.fetch_notice.fetch_state = self.fetcher.state
        self.editor.fetch_notice.retry_requested.connect(lambda row: self.fetcher.fetch_rows([row]))
        self.fetcher.states_changed.connect(lambda _ids: self.editor.fetch_notice.refresh())
        # Counts follow the quality checks: at once when papers come or go, after a pause in typing.
        self.quality.changed.connect(self._update_counts)
        self.quality_panel.issue_activated.connect(self._show_field)
        self.quality_panel.fix_requested.connect(self._on_quality_panel_fix_requested)
        self.export_gate.show_problems.connect(self.quality_panel.show_problems)
        self.files.recent_changed.connect(self._rebuild_recent)
        self.drafts.preferences_changed.connect(self.apply_preferences)
        self.editor.draft_requested.connect(self._on_editor_draft_requested)
        self.listing.papers_added.connect(self.list_pane.select_row)
        self.adding.papers_added.connect(self.list_pane.select_row)
        self.link_drops.content_dropped.connect(lambda content: self.add_content(content, None))
        self.list_pane.current_row_changed.connect(self.finder.refresh_marks)  # after the editor's

    def _on_files_archivable(self, path: str) -> None:
        if self._complete:
            self.archive.controller.index(path)
        else:
            self._archivable.append(path)

    def _on_list_current_row_changed(self, row: int) -> None:
        self.editor.set_row(row)
        self.preview.set_current_row(row)

    def _sync_row_extras(self, row: int) -> None:
        """What complete() added follows the current paper: its marks, memory, Delete."""
        self.field_marks.refresh()
        self.archive.current_row_changed(row)
        self.action_registry["deletePapers"].setEnabled(row >= 0)

    def _show_field(self, row: int, field: str) -> None:
        """Select the paper and put the cursor in its field (focus_field passes over a
        field the editor does not show, and "")."""
        self.list_pane.select_row(row)
        self.editor.focus_field(field)

    def _on_quality_panel_fix_requested(self, row: int, field: str, kind: str) -> None:
        from digest_gui.core.quality.registry import fixed_text

        if not 0 <= row < len(self.project.digest.papers):
            return
        paper = self.project.model.paper(row).copy()
        fixed = fixed_text(kind, getattr(paper, field))
        if fixed is not None:  # its own undo step: never merged with the typing before it
            setattr(paper, field, fixed)
            self.project.replace_paper(row, paper, self.tr("Fix for GitHub"))

    def _on_project_replaced(self) -> None:
        self.list_pane.select_row(0 if self.project.model.rowCount() else -1)
        # Once the window has settled on the new project: its objects live as long as it.
        QTimer.singleShot(0, freeze_long_lived)

    def _sync_export_actions(self, *_args) -> None:
        self.action_registry["githubMath"].setChecked(self.project.digest.export.github_math)

    def _on_preview_mode_changed(self, mode: str) -> None:
        self.settings.preview_mode = mode

    def _sync_preview_actions(self, mode: str) -> None:
        self.action_registry["previewPaper"].setChecked(mode == "paper")
        self.action_registry["previewDigest"].setChecked(mode == "digest")

    # ------------------------------------------------------------------ arXiv, preferences, drafts

    @property
    def listing_dialog(self) -> ListingDialog | None:
        """The open ListingDialog, or None."""
        return self.listing.dialog

    def apply_preferences(self) -> None:
        """Save the settings the Preferences changed and use them from now on."""
        save_settings(self.settings)
        self.fetcher.reset_fetcher()
        self.quality.set_summary_limit(self.settings.summary_limit)

    def _on_editor_draft_requested(self, row: int) -> None:
        self.drafts.draft_rows([row])

    # ------------------------------------------------------------------ adding papers

    def add_content(self, content: DropContent, row: int | None) -> None:
        """What was dropped or pasted: files open or import, ids become papers at row (None: the end)."""
        self.complete()  # a drop before the first frame was painted: what adds papers exists
        self.adding.add_content(content, row)

    def paste_links(self) -> None:
        """Add the papers whose links or ids are on the clipboard, at the end of the digest."""
        self.adding.paste_clipboard()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        content = read_mime(event.mimeData())
        event.acceptProposedAction()
        # Let the drop's event finish before a file dialog or message box can open.
        QTimer.singleShot(0, lambda: self.add_content(content, None))

    # ------------------------------------------------------------------ display

    def _update_title(self, *_args) -> None:
        name = self.project.display_name()
        if self.project.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        # A read-only view (another window edits it, or a newer version wrote it): no typing.
        for field in self.editor.fields.values():
            field.setReadOnly(bool(self.project.read_only))
        self.setWindowModified(self.project.is_modified())

    def _update_counts(self, *_args) -> None:
        self._counts.update_counts()

    def _filter_shown(self) -> int | None:
        """How many papers the list's filter shows; None while no filter is on."""
        return self.filter_feedback.shown() if self.filter_feedback.active() else None

    def _rebuild_recent(self) -> None:
        menu = self.action_registry.menu("recent")
        menu.clear()
        for path in self.settings.recent_files:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.files.open(p))
        menu.setEnabled(bool(self.settings.recent_files))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "files"):
            self.retranslate()
            self.editor.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state

    def store_state(self) -> None:
        """Write geometry, splitters and preferences to the settings file."""
        self.settings.preview_mode = self.preview.mode()
        store_window_state(self, self.splitter, self.settings)
        save_settings(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.complete()  # closed before its first frame: what closing shuts down exists
        if not self.files.maybe_save():
            event.ignore()
            return
        self.fetcher.cancel()
        self.fetch_status.shut_down()
        self.fetcher.wait(5000)
        self.drafts.shut_down()
        self.listing.close_dialog()
        self.archive.shut_down()
        self.autosave.discard()
        self.instances.release()
        self.resume.flush()
        self.store_state()
        event.accept()

    def _on_instances_raise_requested(self) -> None:
        # Another instance was asked to open the project this window edits.
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_path(self, path: str, *, offer_recovery: bool = True) -> bool:
        """Open a project or import a digest given on the command line or by the desktop."""
        return self.files.open_now(str(Path(path)), offer_recovery=offer_recovery)
