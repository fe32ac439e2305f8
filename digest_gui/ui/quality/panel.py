"""View → Quality Checks: the digest's quality issues in a dock; a click goes to the field.

The list follows the QualityWatcher (quality_watch.py), so it changes as the user types;
while the dock is hidden it is not rebuilt. The details of each issue come from the core
checks (core/quality.py), which speak English; the field and the kind are translated.
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
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.quality.checks import QualityIssue
from digest_gui.ui.papers.icons import MISSING_COLOR, PaperDecorations
from digest_gui.ui.quality.watcher import QualityWatcher

IssueRole = Qt.ItemDataRole.UserRole + 1  # (row, field) of an item
WARNING_COLOR = "#d98200"


class _IssueList(QListWidget):
    def sizeHint(self) -> QSize:
        # A strip under the panes, not half the window; the user can drag it taller.
        return QSize(400, 110)


class QualityPanel(QDockWidget):
    """A list of the quality issues; emits issue_activated(row, field) on a click or Return."""

    issue_activated = Signal(int, str)

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
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
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
        self.toggleViewAction().setText(self.tr("&Quality Checks"))
        self._stale = True
        self._shown = None  # the texts change
        self.refresh()

    def field_label(self, name: str) -> str:
        labels = {
            "title_en": self.tr("English title"),
            "title_zh": self.tr("Chinese title"),
            "summary_zh": self.tr("Summary"),
            "abstract_en": self.tr("English abstract"),
            "abstract_zh": self.tr("Chinese abstract"),
            "id": self.tr("arXiv id"),
        }
        return labels.get(name, name)

    def kind_label(self, kind: str) -> str:
        labels = {
            "empty": self.tr("empty"),
            "summary_too_long": self.tr("too long"),
            "glossary": self.tr("glossary term"),
            "numbers": self.tr("numbers missing"),
            "untranslated": self.tr("English left"),
            "math": self.tr("unpaired $"),
            "duplicate": self.tr("duplicate"),
        }
        return labels.get(kind, kind)

    def issue_text(self, issue: QualityIssue) -> str:
        """ "[^3] Chinese abstract: numbers missing — the Chinese abstract lacks 92% …"."""
        what = self.tr("%1: %2").replace("%1", self.field_label(issue.field))
        head = f"[^{issue.row + 1}] " + what.replace("%2", self.kind_label(issue.kind))
        if issue.kind == "empty":
            return head
        return f"{head} — {self.detail(issue)}"

    def detail(self, issue: QualityIssue) -> str:
        """The issue's details in the interface language (the core words them in English)."""
        templates = {
            "summary_too_long": self.tr("%1 characters; the limit is %2"),
            "glossary": self.tr("“%1” should read “%2”"),
            "numbers": self.tr("lacks %1 of the English abstract"),
            "untranslated": self.tr("%1 English words in a row: “%2”"),
            "math": self.tr("an unpaired $ (math is written between two $)"),
            "duplicate": self.tr("the same paper as %1 (%2)"),
        }
        template = templates.get(issue.kind)
        if template is None or template.count("%") > len(issue.args):
            return issue.message
        for number, value in enumerate(issue.args, 1):
            template = template.replace(f"%{number}", value)
        return template

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
            item = QListWidgetItem(empty if issue.kind == "empty" else warning, self.issue_text(issue))
            item.setData(IssueRole, (issue.row, issue.field, issue.kind))
            if 0 <= issue.row < len(papers):
                item.setToolTip(papers[issue.row].title_en or papers[issue.row].versioned_id)
            self.list.addItem(item)
            if keep is not None and (issue.row, issue.field, issue.kind) == keep:
                self.list.setCurrentItem(item)
        self.list.verticalScrollBar().setValue(scroll)
        self.list.setUpdatesEnabled(True)

    def _refresh_summary(self) -> None:
        counts = self.watcher.counts()
        if self.watcher.busy():
            text = self.tr("Checking…")
        elif counts.warnings or counts.empty:
            text = self.tr("%n warning(s)", "", counts.warnings) + " · "
            text += self.tr("%n paper(s) with empty fields", "", counts.empty)
        else:
            text = self.tr("No problems found.")
        self.summary.setText(text)

    def _on_watcher_changed(self) -> None:
        self.refresh()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        row, field, _kind = item.data(IssueRole)
        self.issue_activated.emit(row, field)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
