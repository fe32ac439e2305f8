"""The main window: wires the paper list, the editor and the preview to one project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QToolButton,
    QWidget,
)

from digest_gui import APP_NAME
from digest_gui.core.identifiers import ArxivId
from digest_gui.core.storage.recovery import RecoveryStore
from digest_gui.ui import dialogs
from digest_gui.ui.arxiv.fetch import FetchController, make_fetcher
from digest_gui.ui.arxiv.listing_actions import ListingActions
from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.document.file_actions import FileActions
from digest_gui.ui.document.project import Project
from digest_gui.ui.drafts.actions import DraftActions
from digest_gui.ui.editor.paper_editor import PaperEditor
from digest_gui.ui.papers.drops import DropContent, read_mime
from digest_gui.ui.papers.list_pane import PaperListPane
from digest_gui.ui.preview.pane import PreviewPane
from digest_gui.ui.quality.panel import QualityPanel
from digest_gui.ui.quality.watcher import QualityWatcher
from digest_gui.ui.settings import Settings, data_dir
from digest_gui.ui.settings import save as save_settings


class MainWindow(QMainWindow):
    """One window, one project: list | editor | preview."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.project = Project(self)
        self.autosave = Autosave(self.project, RecoveryStore(data_dir() / "recovery"), self)
        self.list_pane = PaperListPane(self.project, self)
        self.editor = PaperEditor(self.project, self)
        self.preview = PreviewPane(self.project.model, self)
        self.files = FileActions(self.project, settings, self.autosave, self)
        self.fetcher = FetchController(self.project, lambda: make_fetcher(self.settings), self)
        self.list_pane.decorations.fetch_state = self.fetcher.state
        self.quality = QualityWatcher(self.project.model, settings.summary_limit, self)
        self.files.quality = self.quality
        self.quality_panel = QualityPanel(self.quality, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.quality_panel)
        self.quality_panel.hide()
        self.listing = ListingActions(self)  # File → Import from arXiv Listing

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.list_pane, self.editor, self.preview):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self._counts = QLabel(self)
        self.fetch_progress = QProgressBar(self)
        self.fetch_progress.setMaximumWidth(220)
        self.fetch_cancel = QToolButton(self)
        self.fetch_cancel.clicked.connect(self.fetcher.cancel)
        for widget in (self.fetch_progress, self.fetch_cancel):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)
        self.drafts = DraftActions(self)  # Paper → Draft…, with its own progress in the status bar
        self.drafter = self.drafts.controller
        self.statusBar().addPermanentWidget(self._counts)

        self._build_actions()
        self._build_menus()
        self._connect()
        self.retranslate()
        self._restore_state()

    # ------------------------------------------------------------------ actions

    def _action(self, name: str, slot, shortcut=None, *, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.act_new = self._action("new", self.files.new, keys.New)
        self.act_open = self._action("open", lambda: self.files.open(), keys.Open)
        self.act_save = self._action("save", self.files.save, keys.Save)
        self.act_save_as = self._action("saveAs", self.files.save_as, keys.SaveAs)
        self.act_import = self._action("import", lambda: self.files.import_digest(), "Ctrl+I")
        self.act_export_md = self._action("exportMarkdown", self.files.export_markdown, "Ctrl+E")
        self.act_export_html = self._action("exportHtml", self.files.export_html, "Ctrl+Shift+E")
        self.act_copy_md = self._action("copyMarkdown", self.files.copy_markdown, "Ctrl+Shift+C")
        self.act_quit = self._action("quit", self.close, keys.Quit)
        self.act_undo = self.project.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(keys.Undo)
        self.act_redo = self.project.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts(keys.Redo)
        self.addActions([self.act_undo, self.act_redo])
        self.act_paste_links = self._action("pasteLinks", self.paste_links, "Ctrl+Shift+V")
        self.act_delete = self._action("deletePapers", self._on_delete, None)
        self.act_filter = self._action("filter", self.list_pane.focus_filter, keys.Find)
        self.act_next = self._action("nextPaper", lambda: self.list_pane.select_relative(1), "Ctrl+Down")
        self.act_previous = self._action(
            "previousPaper", lambda: self.list_pane.select_relative(-1), "Ctrl+Up"
        )
        self.act_move_up = self._action("moveUp", lambda: self._move(-1), "Ctrl+Shift+Up")
        self.act_move_down = self._action("moveDown", lambda: self._move(1), "Ctrl+Shift+Down")
        self.act_reviewed = self._action(
            "markReviewed", self.editor.toggle_reviewed, ["Ctrl+Return", "Ctrl+Enter"]
        )
        self.act_mode_paper = self._action(
            "previewPaper", lambda: self.preview.set_mode("paper"), "Ctrl+1", checkable=True
        )
        self.act_mode_digest = self._action(
            "previewDigest", lambda: self.preview.set_mode("digest"), "Ctrl+2", checkable=True
        )
        self.act_lang = {
            code: self._action(
                f"language_{code}", lambda _c=False, c=code: self._set_language(c), checkable=True
            )
            for code in ("system", "en", "zh_CN")
        }
        self.act_about = self._action("about", self._about)
        self.act_fetch = self._action("fetchSelected", self._on_fetch_selected, "F5")
        self.act_fetch_missing = self._action("fetchMissing", self.fetcher.fetch_missing, "Shift+F5")
        self.act_listing = self._action("importListing", self.listing.open_dialog, "Ctrl+L")
        self.act_glossary = self._action("glossary", self._on_glossary, "Ctrl+Shift+G")
        self.act_quality = self.quality_panel.toggleViewAction()
        self.act_quality.setShortcut(QKeySequence("F6"))
        self.addAction(self.act_quality)
        self.act_preferences = self._action(
            "preferences", self._on_preferences, QKeySequence.StandardKey.Preferences
        )
        # Actions the list pane also offers on its own; shortcuts live here, once.
        for action in (self.act_move_up, self.act_move_down, self.act_paste_links):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        for action in (self.act_new, self.act_open):
            self.menu_file.addAction(action)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        for action in (self.act_save, self.act_save_as):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        for action in (self.act_import, self.act_listing):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        for action in (self.act_export_md, self.act_export_html, self.act_copy_md):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)

        self.menu_edit = bar.addMenu("")
        for action in (self.act_undo, self.act_redo):
            self.menu_edit.addAction(action)
        self.menu_edit.addSeparator()
        for action in (self.act_paste_links, self.act_delete, self.act_filter):
            self.menu_edit.addAction(action)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_preferences)

        self.menu_paper = bar.addMenu("")
        for action in (
            self.act_reviewed,
            self.act_next,
            self.act_previous,
            self.act_move_up,
            self.act_move_down,
        ):
            self.menu_paper.addAction(action)
        self.menu_paper.addSeparator()
        self.menu_paper.addAction(self.act_fetch)
        self.menu_paper.addAction(self.act_fetch_missing)
        self.menu_paper.addSeparator()
        self.menu_paper.addAction(self.drafts.act_draft)
        self.menu_paper.addAction(self.drafts.act_draft_missing)
        self.menu_paper.addAction(self.act_glossary)

        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_mode_paper)
        self.menu_view.addAction(self.act_mode_digest)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_quality)
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        for action in self.act_lang.values():
            self.menu_language.addAction(action)

        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)
        self._rebuild_recent()

    def retranslate(self) -> None:
        """Every text of the window in the current interface language."""
        texts = {
            self.act_new: self.tr("&New"),
            self.act_open: self.tr("&Open…"),
            self.act_save: self.tr("&Save"),
            self.act_save_as: self.tr("Save &As…"),
            self.act_import: self.tr("&Import Digest Markdown…"),
            self.act_export_md: self.tr("&Export Markdown…"),
            self.act_export_html: self.tr("Export &HTML…"),
            self.act_copy_md: self.tr("&Copy Markdown"),
            self.act_quit: self.tr("&Quit"),
            self.act_paste_links: self.tr("&Paste arXiv Links"),
            self.act_delete: self.tr("&Delete Papers"),
            self.act_filter: self.tr("&Filter Papers"),
            self.act_reviewed: self.tr("Mark &Reviewed"),
            self.act_next: self.tr("&Next Paper"),
            self.act_previous: self.tr("&Previous Paper"),
            self.act_move_up: self.tr("Move &Up"),
            self.act_move_down: self.tr("Move Do&wn"),
            self.act_mode_paper: self.tr("Preview &Selected Paper"),
            self.act_mode_digest: self.tr("Preview &Whole Digest"),
            self.act_about: self.tr("&About digest-gui"),
            self.act_fetch: self.tr("&Fetch from arXiv"),
            self.act_fetch_missing: self.tr("Fetch All &Missing or Failed"),
            self.act_listing: self.tr("Import from arXiv &Listing…"),
            self.act_preferences: self.tr("Pre&ferences…"),
            self.act_glossary: self.tr("&Glossary…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.act_lang["system"].setText(self.tr("System Language"))
        self.act_lang["en"].setText("English")
        self.act_lang["zh_CN"].setText("简体中文")
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_paper.setTitle(self.tr("&Paper"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.fetch_cancel.setText(self.tr("Cancel"))
        self.fetch_progress.setFormat(self.tr("Fetching %v of %m"))
        self.drafts.retranslate()
        self._update_title()
        self._update_counts()

    # ------------------------------------------------------------------ wiring

    def _connect(self) -> None:
        self.list_pane.current_row_changed.connect(self._on_list_current_row_changed)
        self.list_pane.content_dropped.connect(self._on_list_content_dropped)
        self.project.modified_changed.connect(self._update_title)
        self.project.path_changed.connect(self._update_title)
        self.project.replaced.connect(self._on_project_replaced)
        # Counts follow the quality checks: at once when papers come or go, after a pause in typing.
        self.quality.changed.connect(self._update_counts)
        self.quality_panel.issue_activated.connect(self._on_quality_panel_issue_activated)
        self.project.model.focus_requested.connect(self._on_model_focus_requested)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.files.recent_changed.connect(self._rebuild_recent)
        self.preview.mode_changed.connect(self._on_preview_mode_changed)
        self.fetcher.progress.connect(self._on_fetcher_progress)
        self.fetcher.states_changed.connect(self._on_fetcher_states_changed)
        self.fetcher.finished.connect(self._on_fetcher_finished)
        self.fetcher.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._on_preview_mode_changed(self.preview.mode())

    def _on_list_current_row_changed(self, row: int) -> None:
        self.editor.set_row(row)
        self.preview.set_current_row(row)
        self.act_delete.setEnabled(row >= 0)

    def _on_model_focus_requested(self, row: int, field: str) -> None:
        self.list_pane.select_row(row)
        if field:
            self.editor.focus_field(field)

    def _on_quality_panel_issue_activated(self, row: int, field: str) -> None:
        self.list_pane.select_row(row)
        if field in self.editor.fields:
            self.editor.focus_field(field)

    def _on_project_replaced(self) -> None:
        self.list_pane.select_row(0 if self.project.model.rowCount() else -1)
        self._update_counts()

    def _on_preview_mode_changed(self, mode: str) -> None:
        self.act_mode_paper.setChecked(mode == "paper")
        self.act_mode_digest.setChecked(mode == "digest")
        self.settings.preview_mode = mode

    # ------------------------------------------------------------------ arXiv

    def _on_fetch_selected(self) -> None:
        self.fetcher.fetch_rows(self.list_pane.selected_rows())

    def _on_fetcher_progress(self, done: int, total: int) -> None:
        busy = done < total
        self.fetch_progress.setMaximum(max(total, 1))
        self.fetch_progress.setValue(done)
        self.fetch_progress.setVisible(busy)
        self.fetch_cancel.setVisible(busy)

    def _on_fetcher_states_changed(self, ids: list[str]) -> None:
        wanted = set(ids)
        rows = [row for row, paper in enumerate(self.project.digest.papers) if paper.id in wanted]
        if rows:
            self.project.model.refresh_rows(min(rows), max(rows))

    def _on_fetcher_finished(self, fetched: int, failed: int) -> None:
        self.fetch_progress.hide()
        self.fetch_cancel.hide()
        text = self.tr("Fetched %n paper(s) from arXiv", "", fetched)
        if failed:
            text += "; " + self.tr("%n failed (see the red marks in the list; F5 tries again)", "", failed)
        self.statusBar().showMessage(text, 15000)

    @property
    def listing_dialog(self):
        """The open ListingDialog, or None."""
        return self.listing.dialog

    def _on_preferences(self) -> None:
        if dialogs.edit_preferences(self, self.settings):
            self.apply_preferences()

    def apply_preferences(self) -> None:
        """Save the settings the Preferences changed and use them from now on."""
        save_settings(self.settings)
        self.fetcher.reset_fetcher()
        self.quality.set_summary_limit(self.settings.summary_limit)

    def _on_glossary(self) -> None:
        """Paper → Glossary: the dialog's entries become the project's, as one undoable step."""
        entries = dialogs.edit_glossary(self, list(self.project.digest.glossary), self.files.folder())
        if entries is not None and self.project.set_glossary(entries):
            self.statusBar().showMessage(self.tr("The glossary has %n term(s)", "", len(entries)), 8000)

    def _on_delete(self) -> None:
        self.project.remove(self.list_pane.selected_rows())

    def _move(self, step: int) -> None:
        self.project.move_by(self.list_pane.selected_rows(), step)

    # ------------------------------------------------------------------ adding papers

    def add_content(self, content: DropContent, row: int | None) -> None:
        """What was dropped or pasted: files open or import, ids become papers at row."""
        if content.projects or content.digests:
            first = (content.projects or content.digests)[0]
            self.files.open(str(first))
            return
        if not content.ids:
            self.statusBar().showMessage(self.tr("No arXiv links or ids found in what was dropped"), 8000)
            return
        result = self.project.add_ids(content.ids, row)
        parts = []
        if result.added:
            parts.append(self.tr("Added %n paper(s)", "", result.added))
        if result.duplicates:
            parts.append(
                self.tr("skipped %n already in the digest: ", "", len(result.duplicates))
                + ", ".join(result.duplicates[:5])
                + ("…" if len(result.duplicates) > 5 else "")
            )
        self.statusBar().showMessage("; ".join(parts), 10000)
        if result.added:
            self.list_pane.select_row(result.first_row)
            added = self.project.digest.papers[result.first_row : result.first_row + result.added]
            self.fetcher.fetch([ArxivId(paper.id, paper.version) for paper in added])

    def _on_list_content_dropped(self, content: DropContent, row: int) -> None:
        self.add_content(content, row)

    def paste_links(self) -> None:
        """Add the papers whose links or ids are on the clipboard, after the current one."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        current = self.list_pane.current_row()
        self.add_content(read_mime(mime), current + 1 if current >= 0 else None)

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
        self.setWindowTitle(f"{self.project.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.project.is_modified())

    def _update_counts(self, *_args) -> None:
        """ "23 papers · 18 reviewed · 3 drafted · 2 empty · 4 warnings"."""
        counts = self.quality.counts()
        parts = (
            self.tr("%n paper(s)", "", counts.papers),
            self.tr("%n reviewed", "", counts.reviewed),
            self.tr("%n drafted", "", counts.drafted),
            self.tr("%n empty", "", counts.empty),
            self.tr("%n warning(s)", "", counts.warnings),
        )
        self._counts.setText(" · ".join(parts))
        self._counts.setToolTip(
            self.tr("Empty: papers with an empty Chinese field. View → Quality Checks (F6).")
        )

    def _rebuild_recent(self) -> None:
        self.menu_recent.clear()
        for path in self.settings.recent_files:
            action = self.menu_recent.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.files.open(p))
        self.menu_recent.setEnabled(bool(self.settings.recent_files))

    def _set_language(self, code: str) -> None:
        for key, action in self.act_lang.items():
            action.setChecked(key == code)
        if code != self.settings.language:
            self.settings.language = code
            save_settings(self.settings)
            from digest_gui.ui.i18n import apply_language

            apply_language(QApplication.instance(), code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.editor.retranslate()
        super().changeEvent(event)

    def _about(self) -> None:
        from digest_gui.ui.about import about_text

        dialogs.show_info(self, self.tr("About digest-gui"), about_text())

    # ------------------------------------------------------------------ state

    def _restore_state(self) -> None:
        settings = self.settings
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1400, 860)
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        if not settings.splitter.isEmpty():
            self.splitter.restoreState(settings.splitter)
        else:
            self.splitter.setSizes([330, 600, 470])
        self.preview.set_mode(settings.preview_mode)
        for key, action in self.act_lang.items():
            action.setChecked(key == settings.language)

    def store_state(self) -> None:
        """Write geometry, splitters and preferences to the settings file."""
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter = self.splitter.saveState()
        self.settings.preview_mode = self.preview.mode()
        save_settings(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.fetcher.cancel()
        self.fetcher.wait(5000)
        self.drafts.shut_down()
        self.listing.close_dialog()
        self.autosave.discard()
        self.store_state()
        event.accept()

    def open_path(self, path: str) -> bool:
        """Open a project or import a digest given on the command line or by the desktop."""
        return self.files.open_now(str(Path(path)))
