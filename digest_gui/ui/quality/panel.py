"""View → Quality Checks: the digest's quality issues in a dock; a click goes to the field.

The list follows the QualityWatcher (watcher.py), so it changes as the user types; while
the dock is hidden it is not rebuilt. Each issue is a kind and its arguments; messages.py
words it in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.quality.checks import QualityIssue
from digest_gui.core.quality.registry import fix_for
from digest_gui.ui.papers.icons import MISSING_COLOR, PaperDecorations
from digest_gui.ui.quality.messages import issue_text, problems_text
from digest_gui.ui.quality.watcher import QualityWatcher
from digest_gui.ui.widgets.plain_text import plain_tooltip

IssueRole = Qt.ItemDataRole.UserRole + 1  # (row, field) of an item
WARNING_COLOR = "#d98200"


class _IssueList(QListWidget):
    def sizeHint(self) -> QSize:
        # A strip under the panes, not half the window; the user can drag it taller.
        return QSize(400, 110)


class QualityPanel(QDockWidget):
    """A list of the quality issues; emits issue_activated(row, field) on a click or Return,
    and fix_requested(row, field, kind) when the Fix button is pressed on a fixable issue."""

    issue_activated = Signal(int, str)
    fix_requested = Signal(int, str, str)

    def __init__(self, watcher: QualityWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityPanel")
        self.watcher = watcher
        self._icons = PaperDecorations()
        self._stale = True
        self._shown: list[QualityIssue] | None = None  # what the list holds
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.show_empty = QCheckBox(body)
        self.show_empty.toggled.connect(self.refresh)
        self.list = _IssueList(body)
        self.list.setObjectName("qualityList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        # One click rewrites the field (undoable) where the check knows how (GitHub's math).
        self.fix_button = QPushButton(body)
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.fix_button)
        top.addWidget(self.show_empty)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        watcher.changed.connect(self._on_watcher_changed)
        self.retranslate()

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quality Checks"))
        self.show_empty.setText(self.tr("Empty fields"))
        self.show_empty.setToolTip(self.tr("List the empty Chinese fields too"))
        self.fix_button.setText(self.tr("Fix for GitHub"))
        self.fix_button.setToolTip(
            self.tr(
                "Rewrite the selected field so that GitHub shows it as typed: formulas as $`…`$ (undoable)"
            )
        )
        self.toggleViewAction().setText(self.tr("&Quality Checks"))
        self._stale = True
        self._shown = None  # the texts change
        self.refresh()

    # ------------------------------------------------------------------ list

    def shown_issues(self) -> list[QualityIssue]:
        issues = self.watcher.issues()
        if self.show_empty.isChecked():
            return issues
        return [issue for issue in issues if issue.kind != "empty"]

    def refresh(self) -> None:
        """Rebuild the list (at once when shown, else when next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        issues = self.shown_issues()
        self._refresh_summary()
        if issues == self._shown:
            return  # a draft or an edit that changed no issue shown: nothing to rebuild
        self._shown = issues
        current = self.list.currentItem()
        keep = current.data(IssueRole) if current is not None else None
        scroll = self.list.verticalScrollBar().value()
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        warning = self._icons.icon("mdi6.alert-outline", WARNING_COLOR)
        empty = self._icons.icon("mdi6.circle", MISSING_COLOR, 0.65)
        papers = self.watcher.model.digest.papers
        for issue in issues:
            item = QListWidgetItem(empty if issue.kind == "empty" else warning, issue_text(issue))
            item.setData(IssueRole, (issue.row, issue.field, issue.kind))
            if 0 <= issue.row < len(papers):
                item.setToolTip(plain_tooltip(papers[issue.row].title_en or papers[issue.row].versioned_id))
            self.list.addItem(item)
            if keep is not None and (issue.row, issue.field, issue.kind) == keep:
                self.list.setCurrentItem(item)
        self.list.verticalScrollBar().setValue(scroll)
        self.list.setUpdatesEnabled(True)

    def _refresh_summary(self) -> None:
        counts = self.watcher.counts()
        if self.watcher.busy():
            text = self.tr("Checking…")
        elif counts.problems:
            text = problems_text(counts)
        else:
            text = self.tr("No problems found.")
        self.summary.setText(text)

    def show_problems(self) -> None:
        """Show the panel with its list focused, from the export notice."""
        self.show()
        self.raise_()
        self.refresh()
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _on_watcher_changed(self) -> None:
        self.refresh()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        row, field, _kind = item.data(IssueRole)
        self.issue_activated.emit(row, field)

    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self.fix_button.setEnabled(current is not None and fix_for(current.data(IssueRole)[2]) is not None)

    def _on_fix_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            row, field, kind = item.data(IssueRole)
            if fix_for(kind) is not None:
                self.fix_requested.emit(row, field, kind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
