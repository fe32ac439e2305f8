"""The archive's part of the window: what it indexes, its menu actions, its notice and panel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from digest_gui.core.archive.memory import Recall, offers_for
from digest_gui.core.model import Paper
from digest_gui.ui.archive import import_dialog
from digest_gui.ui.archive.controller import ArchiveController
from digest_gui.ui.archive.memory_panel import MemoryPanel
from digest_gui.ui.archive.notice import ArchiveNotice
from digest_gui.ui.archive.search_dialog import ArchiveSearchDialog
from digest_gui.ui.document.paper_model import COLUMN_TITLE_EN
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.icons import COVERED_COLOR, COVERED_ICON
from digest_gui.ui.papers.list_pane import PaperListPane
from digest_gui.ui.settings import Settings
from digest_gui.ui.widgets.status_messenger import StatusMessenger

if TYPE_CHECKING:
    from digest_gui.ui.arxiv.listing_dialog import ListingDialog


class ArchiveActions(QObject):
    """Import Folder into Archive, Search Archive, the Translation Memory panel and the notice.

    Gets what it uses: the project, the status bar, the folder to start dialogs in, and how
    to open a file and select a row (the window's file actions and paper list).
    """

    def __init__(
        self,
        project: Project,
        settings: Settings,
        status: StatusMessenger,
        folder: Callable[[], str],
        open_file: Callable[[str], bool],
        select_row: Callable[[int], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.project = project
        self.settings = settings
        self.status = status
        self.folder = folder
        self.open_file = open_file
        self.select_row = select_row
        self.window = window
        self.controller = ArchiveController(project, self)
        self.notice = ArchiveNotice(self.controller, status, window)
        self.memory_panel = MemoryPanel(project, self.controller, window)
        self.search_dialog: ArchiveSearchDialog | None = None
        self.import_dialog: import_dialog.ArchiveImportDialog | None = None
        self.listing_ranker: QObject | None = None  # the open listing dialog's (a child of it)
        self.paper_list: PaperListPane | None = None
        self.open_earlier_action: QAction | None = None
        project.replaced.connect(self.controller.refresh_covered)
        project.model.rowsInserted.connect(self._on_papers_added)

    def retranslate(self) -> None:
        if self.open_earlier_action is not None:
            self.open_earlier_action.setText(self.tr("Open &Earlier Digest"))
        self.notice.retranslate()
        self.memory_panel.retranslate()
        if self.search_dialog is not None:
            self.search_dialog.retranslate()

    def _on_papers_added(self, _parent: object, first: int, last: int) -> None:
        self.controller.refresh_covered()
        papers = [paper.copy() for paper in self.project.digest.papers[first : last + 1]]
        exclude = self.controller.own_sources()
        self.controller.ask(
            lambda archive, _cancel, _report: offers_for(archive, papers, exclude),
            self._on_offers,
            "archive-offers",
        )

    def _on_offers(self, offers: dict[str, Recall]) -> None:
        earlier = sum(offer.exact is not None for offer in offers.values())
        if earlier:
            text = self.tr(
                "%n of the papers added were translated before: View → Translation Memory (F7) shows "
                "the earlier Chinese, Ctrl+Shift+M accepts it",
                "",
                earlier,
            )
            self.status.show(text, 15000)

    def import_folder(self) -> None:
        """File → Import Folder into Archive…: ask for the folder, then follow the import."""
        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.raise_()  # one import at a time
            self.import_dialog.activateWindow()
            return
        folder = import_dialog.ask_archive_folder(self.window, self.folder())
        if not folder:
            return
        self.import_dialog = import_dialog.ArchiveImportDialog(self.controller, folder, self.window)
        self.import_dialog.show()

    def search(self) -> None:
        """Edit → Search Archive…: the one search window, raised with its text selected."""
        if self.search_dialog is None:
            self.search_dialog = ArchiveSearchDialog(self.controller, self.window)
            self.search_dialog.open_requested.connect(self.open_at)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()

    def open_at(self, path: str, position: int) -> None:
        """Open an archived digest or project (unless it is the open one) and select its paper."""
        if path not in self.controller.own_sources() and not self.open_file(path):
            return
        if 0 <= position < len(self.project.digest.papers):
            self.select_row(position)

    def attach_listing(self, dialog: ListingDialog) -> None:
        """Give an opened listing dialog its archive row (rank, rules, covered-before marks)."""
        from digest_gui.ui.archive.listing_rank import ListingRanker

        self.listing_ranker = ListingRanker(dialog, self.controller, self.settings)

    def attach_paper_list(self, pane: PaperListPane) -> None:
        """Covered-before marks in the paper list, and Open Earlier Digest in its menu."""
        self.paper_list = pane
        pane.decorations.covered = self.covered_lines
        self.controller.covered_changed.connect(pane.view.viewport().update)
        pane.context_menu.addSeparator()
        self.open_earlier_action = pane.context_menu.addAction(
            pane.decorations.icon(COVERED_ICON, COVERED_COLOR), ""
        )
        self.open_earlier_action.triggered.connect(self.open_earlier)
        pane.context_menu.aboutToShow.connect(self._on_paper_menu_about_to_show)
        # A click on the mark itself opens the digest too (the row is selected first).
        pane.view.viewport().installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pane = self.paper_list
        # The event's type first: the viewport's other events (its destruction among them)
        # pass without touching the list.
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and pane is not None
            and watched is pane.view.viewport()
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self._on_covered_mark(event.position().toPoint())
        ):
            QTimer.singleShot(0, self.open_earlier)  # after the click has selected the row
        return False

    def _on_covered_mark(self, point: QPoint) -> bool:
        """Whether point (in the list's viewport) is on a paper's covered-before mark."""
        pane = self.paper_list
        if pane is None:
            return False
        view = pane.view
        index = view.indexAt(point)
        if not index.isValid() or index.column() != COLUMN_TITLE_EN:
            return False
        if index.data(Qt.ItemDataRole.DecorationRole) is None:
            return False
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.decorationSize = view.iconSize() if view.iconSize().isValid() else QSize(16, 16)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.icon = index.data(Qt.ItemDataRole.DecorationRole)
        mark = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, option, view)
        if not mark.contains(point):
            return False
        paper = self.project.model.paper_at(pane.proxy.mapToSource(index).row())
        return paper is not None and bool(self.controller.covered(paper.id))

    def covered_lines(self, paper: Paper) -> list[str]:
        """The tooltip lines of a paper of the open project that appeared in earlier digests."""
        seen = self.controller.covered(paper.id) if paper.id else []
        lines = [
            self.tr("Covered before: %1 (%2)").replace("%1", item.day).replace("%2", Path(item.path).name)
            for item in seen[:5]
        ]
        if len(seen) > 5:
            lines.append(self.tr("and %1 more").replace("%1", str(len(seen) - 5)))
        if lines:
            lines.append(self.tr("Click the mark (or right-click → Open Earlier Digest) to open it"))
        return lines

    def open_earlier(self) -> None:
        """Open the newest earlier digest of the current paper, at that paper."""
        if self.paper_list is None:
            return
        row = self.paper_list.current_row()
        if not 0 <= row < len(self.project.digest.papers):
            return
        seen = self.controller.covered(self.project.digest.papers[row].id)
        if seen:
            self.open_at(seen[0].path, seen[0].position)

    def _on_paper_menu_about_to_show(self) -> None:
        row = self.paper_list.current_row() if self.paper_list is not None else -1
        papers = self.project.digest.papers
        covered = 0 <= row < len(papers) and bool(self.controller.covered(papers[row].id))
        if self.open_earlier_action is not None:
            self.open_earlier_action.setVisible(covered)

    def current_row_changed(self, row: int) -> None:
        self.memory_panel.set_row(row)

    def shut_down(self) -> None:
        """Stop a folder import on quit (what it imported stays)."""
        if self.import_dialog is not None:
            self.import_dialog.task.cancel()
