"""How the preview draws an item: its document, GitHub's table stripes and grid lines.

The colours are GitHub's light theme, so the preview reads as the published page does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from digest_gui.ui.preview.items import HEAD, ROW, Item

PADDING_X = 32  # the page's side margins

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#1f2328")
GRID = QColor("#d1d9e0")
STRIPE = QColor("#f6f8fa")
ACCENT = QColor("#0969da")
MATCH = QColor("#fff0a0")  # find's matches, as in the editor's fields

# Spans (start, end) to highlight in one paragraph's text (Python string indices).
Highlighter = Callable[[str], list[tuple[int, int]]]


def paint_item(
    painter: QPainter,
    item: Item,
    y: int,
    clip: QRectF,
    width: float,
    palette: QPalette,
    highlight: Highlighter | None = None,
) -> None:
    """Draw one item whose document is built, its top at y, in a column `width` wide.

    With highlight, the spans it finds in each paragraph are marked (find's matches).
    """
    doc = item.doc
    if doc is None:  # the view paints only items whose document is built
        return
    painter.save()
    y += round(item.inset)
    painter.translate(PADDING_X, y)
    bounds = QRectF(0, 0, width, item.height - item.inset)
    if item.kind == ROW and item.row % 2 == 1:
        painter.fillRect(bounds, STRIPE)  # GitHub stripes every second row
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip.translated(-PADDING_X, -y).intersected(bounds)
    context.palette = palette
    if highlight is not None:
        context.selections = highlight_selections(doc, highlight)
    doc.documentLayout().draw(painter, context)
    if item.grid is not None or item.rules:
        painter.setPen(QPen(GRID, 1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    right = width - 1
    for rule in item.rules:
        painter.drawLine(QPointF(0, round(rule) + 0.5), QPointF(right, round(rule) + 0.5))
    if item.grid is not None:
        _paint_grid(painter, item, width)
    painter.restore()


def _paint_grid(painter: QPainter, item: Item, width: float) -> None:
    # Each row is its own table; drawing the lines here (top line in the header,
    # bottom line in every row) makes the stack read as one table with single lines.
    grid = item.grid
    assert grid is not None
    bottom = item.height - 0.5
    if item.kind == HEAD:
        painter.drawLine(QPointF(0, grid.top + 0.5), QPointF(width - 1, grid.top + 0.5))
    painter.drawLine(QPointF(0, bottom), QPointF(width - 1, bottom))
    for x in grid.columns:
        x = min(round(x), round(width) - 1) + 0.5
        painter.drawLine(QPointF(x, grid.top), QPointF(x, item.height))


def _highlight_spans(doc: QTextDocument, highlight: Highlighter) -> Iterator[tuple[int, int, str]]:
    """(document position, end, text) of each highlighted span, paragraph by paragraph."""
    block = doc.begin()
    while block.isValid():
        # Formulas are images (U+FFFC) here; a search never matches inside one.
        text = block.text()
        if text.strip():
            for start, end in highlight(text):
                if end > start:
                    yield (
                        block.position() + _utf16(text, start),
                        block.position() + _utf16(text, end),
                        text[start:end],
                    )
        block = block.next()


def _utf16(text: str, index: int) -> int:
    return index if text.isascii() else len(text[:index].encode("utf-16-le")) // 2


def highlight_selections(
    doc: QTextDocument, highlight: Highlighter
) -> list[QAbstractTextDocumentLayout.Selection]:
    """The document's highlighted spans as selections its layout paints."""
    selections = []
    char_format = QTextCharFormat()
    char_format.setBackground(MATCH)
    char_format.setForeground(TEXT)
    for start, end, _text in _highlight_spans(doc, highlight):
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QAbstractTextDocumentLayout.Selection()
        selection.cursor = cursor
        selection.format = char_format
        selections.append(selection)
    return selections


def highlighted_texts(doc: QTextDocument, highlight: Highlighter) -> list[str]:
    """The texts of the document's highlighted spans, in order."""
    return [text for _start, _end, text in _highlight_spans(doc, highlight)]
