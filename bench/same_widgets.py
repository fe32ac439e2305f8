"""digest-gui's first frame rebuilt from plain PySide6 widgets, with none of the app's code:
what a window of this shape costs beyond the floor, so that the start-up benchmarks can
tell Qt's share of a start from the app's own.

Usage: python same_widgets.py PAGE.html MARK PROJECT [exit]. It reads the project file's
papers with json and shows, as the app's first frame does: a menu bar of five menus; the
paper list (a filter line and a four-column table through a Python model, a status icon in
each row); the editor (the first paper's six fields, English beside Chinese, in plain-text
editors, with their labels and four status buttons); the preview (PAGE.html in a
QTextBrowser, as the floor shows it, under its own bar); a status bar. At the end of the
first paint pass that drew the preview it writes MARK as bench_startup.FLOOR does (time,
resident MiB, CPU seconds), and with "exit" it then ends (bench_instructions.py).

The app paints its preview itself and draws only what is on screen; the QTextBrowser here
lays out the whole page, as the floor's does. The Qt namespace, QFont, QIcon and QPainter
are named, as any window of this shape names them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
FIELDS = (
    ("English", ("title_en", "summary_en", "abstract_en")),
    ("中文", ("title_zh", "summary_zh", "abstract_zh")),
)


class PaperModel(QAbstractTableModel):
    def __init__(self, papers: list[dict[str, Any]], icon: QIcon) -> None:
        super().__init__()
        self.papers = papers
        self.icon = icon

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (an index, as Qt's default)
        return 0 if parent.isValid() else len(self.papers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        paper = self.papers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = (str(index.row() + 1), None, paper.get("title_en", ""), paper.get("title_zh", ""))
            return cells[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return self.icon
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("#", "", "English", "中文")[section]
        return None


def status_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1a7f37"))
    painter.drawEllipse(1, 1, 14, 14)
    painter.end()
    return QIcon(pixmap)


def paper_list(papers: list[dict[str, Any]]) -> QWidget:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.addWidget(QLineEdit(placeholderText="Filter (Ctrl+F)"))
    table = QTableView()
    table.setModel(PaperModel(papers, status_icon()))
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.resizeColumnsToContents()
    table.selectRow(0)
    layout.addWidget(table)
    return pane


def editor(paper: dict[str, Any]) -> QWidget:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    top = QHBoxLayout()
    top.addWidget(QLabel(str(paper.get("id", ""))))
    top.addStretch()
    for status in ("New", "Fetched", "Drafted", "Reviewed"):
        top.addWidget(QToolButton(text=status, checkable=True))
    layout.addLayout(top)
    fields = QWidget()
    grid = QGridLayout(fields)
    bold = QFont()
    bold.setBold(True)
    for column, (language, keys) in enumerate(FIELDS):
        heading = QLabel(language)
        heading.setFont(bold)
        grid.addWidget(heading, 0, column)
        for row, key in enumerate(keys):
            grid.addWidget(QLabel(key), 1 + 2 * row, column, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(QPlainTextEdit(str(paper.get(key, ""))), 2 + 2 * row, column)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(fields)
    layout.addWidget(scroll)
    return pane


def preview(page: Path) -> tuple[QWidget, QTextBrowser]:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    bar = QHBoxLayout()
    bar.addWidget(QLabel("Selected paper"))
    bar.addWidget(QToolButton(text="Whole digest"))
    bar.addStretch()
    mode = QComboBox()
    mode.addItems(["Live preview", "Markdown"])
    bar.addWidget(mode)
    layout.addLayout(bar)
    browser = QTextBrowser()
    browser.setHtml(page.read_text(encoding="utf-8"))
    layout.addWidget(browser)
    return pane, browser


class FirstFrame(QObject):
    """Writes the mark at the end of the first paint pass that drew the preview."""

    def __init__(self, mark: Path, exit_then: bool) -> None:
        super().__init__()
        self.mark = mark
        self.exit_then = exit_then
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.write)
        return False

    def write(self) -> None:
        status = Path("/proc/self/status").read_text().splitlines()
        rss = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))
        self.mark.write_text(f"{time.time():.6f}\n{rss:.1f}\n{time.process_time():.6f}\n")
        if self.exit_then:
            os._exit(0)


def main() -> int:
    page, mark, project = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    papers = json.loads(project.read_text(encoding="utf-8"))["papers"]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    for title in ("&File", "&Edit", "&Paper", "&View", "&Help"):
        menu = window.menuBar().addMenu(title)
        for number in range(8):
            menu.addAction(f"{title.strip('&')} {number}")
    right, browser = preview(page)
    splitter = QSplitter()
    for pane in (paper_list(papers), editor(papers[0]), right):
        splitter.addWidget(pane)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage(f"Opened {project.name} ({len(papers)} papers)")
    window.statusBar().addPermanentWidget(QLabel(f"{len(papers)} papers"))
    window.resize(1400, 860)
    first = FirstFrame(mark, sys.argv[4:] == ["exit"])
    browser.viewport().installEventFilter(first)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
