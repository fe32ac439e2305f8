"""Search Archive (Ctrl+Shift+F): every archived digest, in either language, as you type.

Results are grouped by digest, newest first; each paper shows a snippet with the match
highlighted. The snippet is plain text painted with highlight ranges (a QTextLayout), never
HTML made from the data. Return (or a double click) opens the digest at the paper.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.archive.search import DigestHits, SearchHit, search
from digest_gui.ui.archive.controller import ArchiveController

# The item data the delegate paints from: the snippet and its highlight spans.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
SPANS_ROLE = Qt.ItemDataRole.UserRole + 2
TARGET_ROLE = Qt.ItemDataRole.UserRole + 3  # (path, position) of a paper
# Wait for a pause in typing before asking the archive.
TYPING_PAUSE_MS = 250
HIGHLIGHT = "#ffe08a"


class SnippetDelegate(QStyledItemDelegate):
    """Paints a row's plain text with its match ranges highlighted."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if snippet is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        self.initStyleOption(option, index)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        layout = QTextLayout(snippet, option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        ranges = []
        for start, end in index.data(SPANS_ROLE) or ():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if not selected:  # a selected row shows the match in bold on the selection colour
                fmt.setBackground(QColor(HIGHLIGHT))
                fmt.setForeground(QColor("#202020"))
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, end - start, fmt
            ranges.append(item)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1_000_000)
        layout.endLayout()
        rect: QRect = option.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setClipRect(rect)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        top = rect.top() + (rect.height() - round(line.height())) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class ArchiveSearchDialog(QDialog):
    """A search box over the archive and its results; open_requested(path, position) on Return."""

    open_requested = Signal(str, int)

    def __init__(self, archive: ArchiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveSearchDialog")
        self.archive = archive
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("archiveQuery")
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.results = QTreeWidget(self)
        self.results.setObjectName("archiveResults")
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        layout.addWidget(self.results, 1)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self._asked = 0
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search Archive"))
        self.query.setPlaceholderText(self.tr("Search every archived digest, in English or Chinese"))

    def run_search(self) -> None:
        """Ask the archive for the query's matches now."""
        self._timer.stop()
        text = self.query.text().strip()
        self._asked += 1
        asked = self._asked
        if not text:
            self.results.clear()
            self.state.setText("")
            return
        if not self.archive.available():
            self.state.setText(self.tr("The archive cannot be used; see the notice in the window."))
            return
        self.state.setText(self.tr("Searching…"))
        self.archive.ask(
            lambda archive, _cancel, _report: search(archive, text), lambda groups: self._show(asked, groups)
        )

    def _show(self, asked: int, groups: list[DigestHits]) -> None:
        if asked != self._asked:
            return  # an answer to an earlier query
        self.results.clear()
        papers = 0
        for group in groups:
            # A digest named by its day (2026-03-01.md) shows its file name rather than the day twice.
            title = group.title if group.title != group.day else Path(group.path).name
            heading = QTreeWidgetItem(self.results, [f"{group.day} · {title}"])
            heading.setToolTip(0, group.path)
            heading.setData(0, TARGET_ROLE, (group.path, group.hits[0].position if group.hits else 0))
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for hit in group.hits:
                self._hit_item(heading, group, hit)
                papers += 1
            heading.setExpanded(True)
        text = self.tr("%1 papers in %2 digests").replace("%1", str(papers)).replace("%2", str(len(groups)))
        self.state.setText(text if groups else self.tr("Nothing found"))
        first = self.results.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.results.setCurrentItem(child)

    def _hit_item(self, heading: QTreeWidgetItem, group: DigestHits, hit: SearchHit) -> None:
        label = f"[^{hit.position + 1}] {hit.arxiv_id}  "
        item = QTreeWidgetItem(heading, [label + hit.snippet])
        item.setData(0, SNIPPET_ROLE, label + hit.snippet)
        item.setData(0, SPANS_ROLE, [(start + len(label), end + len(label)) for start, end in hit.spans])
        item.setData(0, TARGET_ROLE, (group.path, hit.position))
        item.setToolTip(0, "\n".join(filter(None, (hit.title_en, hit.title_zh))))

    def _on_query_return_pressed(self) -> None:
        if self._timer.isActive() or self.results.topLevelItemCount() == 0:
            self.run_search()
            return
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _on_results_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.open_requested.emit(target[0], int(target[1]))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the search box goes to the results, as in a browser's find.
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.query.hasFocus():
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return
        super().keyPressEvent(event)
