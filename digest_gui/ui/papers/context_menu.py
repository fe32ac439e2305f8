"""The paper list's context menu in the window: what a user does to the papers at hand.

The list pane builds the menu's editing part (copy links, marks, moves, delete); the window
adds here what needs the window's actions and the outside world: fetch again and draft
(the rows of ui/actions.py's table, so the menu shows their keys), a review mark that can
be taken back, the paper on arXiv or its PDF in the browser, and its id on the clipboard.
Each acts on every selected paper.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent, QDesktopServices, QGuiApplication

from digest_gui.core.identifiers import pdf_url
from digest_gui.core.model import Paper, Status
from digest_gui.ui.actions import ActionRegistry
from digest_gui.ui.papers.filter import paper_link
from digest_gui.ui.papers.icons import STATUS_ICONS
from digest_gui.ui.papers.list_pane import PaperListPane
from digest_gui.ui.widgets.status_messenger import StatusMessenger

# More pages than this at once are a slip of the hand (a whole digest selected).
MAX_PAGES = 10


class PaperContextMenu(QObject):
    """Adds the window's entries to the list pane's context menu and carries them out."""

    def __init__(self, pane: PaperListPane, registry: ActionRegistry, status: StatusMessenger) -> None:
        super().__init__(pane)
        self.pane = pane
        self.project = pane.project
        self.status = status
        menu = self.menu = pane.context_menu
        icon = pane.decorations.icon

        def action(name: str, icon_name: str, slot) -> QAction:
            item = QAction(icon(icon_name), "", menu)
            item.setObjectName(name)
            item.triggered.connect(lambda _checked=False: slot())
            return item

        self.fetch_action = registry["fetchSelected"]
        self.draft_action = registry["draftSelected"]
        self.open_abs_action = action("openOnArxiv", "mdi6.open-in-new", self.open_abstract_pages)
        self.open_pdf_action = action("openPdf", "mdi6.file-pdf-box", self.open_pdfs)
        self.copy_ids_action = action("copyIds", "mdi6.identifier", self.copy_ids)
        self.needs_review_action = action(
            "contextNeedsReview", STATUS_ICONS[Status.NEEDS_REVIEW], self.mark_needs_review
        )

        first = menu.actions()[0]
        menu.insertActions(first, [self.fetch_action, self.draft_action])
        menu.insertSeparator(first)
        menu.insertActions(first, [self.open_abs_action, self.open_pdf_action])
        menu.insertSeparator(first)
        self._insert_after(pane.copy_links_action, self.copy_ids_action)
        self._insert_after(pane.mark_actions[Status.REVIEWED], self.needs_review_action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        # The Menu key opens it at the current paper, not wherever the mouse happens to be.
        pane.view.installEventFilter(self)
        self.retranslate()

    def _insert_after(self, anchor: QAction, action: QAction) -> None:
        actions = self.menu.actions()
        index = actions.index(anchor) + 1
        if index < len(actions):
            self.menu.insertAction(actions[index], action)
        else:
            self.menu.addAction(action)

    def retranslate(self) -> None:
        """The texts of the entries added here (the table's actions translate themselves)."""
        self.open_abs_action.setText(self.tr("Open on &arXiv"))
        self.open_pdf_action.setText(self.tr("Open &PDF"))
        self.copy_ids_action.setText(self.tr("Copy arXiv &Ids"))
        self.needs_review_action.setText(self.tr("Mark as Needs Re&view"))
        self.needs_review_action.setToolTip(self.tr("The selected papers need another look"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.pane.view
            and event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self.popup_at_current()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ the selection

    def papers(self) -> list[Paper]:
        return [self.project.model.paper(row) for row in self.pane.selected_rows()]

    def popup_at_current(self) -> None:
        """Open the menu at the current row (the Menu key), else at the list's corner."""
        view = self.pane.view
        index = view.currentIndex()
        if index.isValid():
            view.scrollTo(index)  # a current paper scrolled out of sight comes back first
        rect = view.visualRect(index) if index.isValid() else None
        spot = QPoint(rect.left() + 24, rect.bottom()) if rect is not None else QPoint(8, 8)
        self.menu.popup(view.viewport().mapToGlobal(spot))

    def _on_menu_about_to_show(self) -> None:
        # Worded as it opens: the interface language may have changed since (no filter on
        # the pane for its LanguageChange: one on a widget's own parent crashed its teardown).
        self.retranslate()
        papers = self.papers()
        # Fetch and Draft are the window's actions (F5, Ctrl+D): they do nothing without a
        # selection and keep their enabled state, which the window's menus share.
        self.open_abs_action.setEnabled(bool(papers))
        self.open_pdf_action.setEnabled(any(paper.id for paper in papers))
        self.copy_ids_action.setEnabled(any(paper.id for paper in papers))
        self.needs_review_action.setEnabled(any(paper.status != Status.NEEDS_REVIEW for paper in papers))

    # ------------------------------------------------------------------ commands

    def open_abstract_pages(self) -> None:
        self._open([paper_link(paper) for paper in self.papers()])

    def open_pdfs(self) -> None:
        self._open([pdf_url(paper.id, paper.version) for paper in self.papers() if paper.id])

    def _open(self, links: list[str]) -> None:
        for link in links[:MAX_PAGES]:
            QDesktopServices.openUrl(QUrl(link))
        if len(links) > MAX_PAGES:
            text = self.tr("Opened the first %1 of %2 pages").replace("%1", str(MAX_PAGES))
            self.status.show(text.replace("%2", str(len(links))), 8000)

    def copy_ids(self) -> None:
        """Put the selected papers' arXiv ids (with their versions) on the clipboard, one a line."""
        ids = [paper.versioned_id for paper in self.papers() if paper.id]
        if ids:
            QGuiApplication.clipboard().setText("\n".join(ids))
            self.status.show(
                self.tr("Copied %1").replace("%1", ", ".join(ids[:3]) + ("…" if len(ids) > 3 else ""))
            )

    def mark_needs_review(self) -> None:
        """Mark every selected paper as needing review (as Paper → Mark as Needs Review does
        for the current one), as one undo step."""
        self.project.set_status(self.pane.selected_rows(), Status.NEEDS_REVIEW)
