"""How the preview draws an item: its document, GitHub's table stripes and grid lines.

The colours are GitHub's light theme, so the preview reads as the published page does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

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

from digest_gui.ui.preview.items import ENTRY, HEAD, ROW, Item

PADDING_X = 32  # the page's side margins
NARROW_PADDING_X = 16  # ...on a narrow page, as GitHub narrows its own below 768 px
NARROW_PAGE = 768

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#1f2328")
GRID = QColor("#d1d9e0")
STRIPE = QColor("#f6f8fa")
ACCENT = QColor("#0969da")
MATCH = QColor("#fff0a0")  # find's matches, as in the editor's fields

# Spans (start, end) to highlight in one paragraph's text (Python string indices).
Highlighter = Callable[[str], list[tuple[int, int]]]


def page_padding(viewport_width: int) -> int:
    """The page's side margin in a viewport this wide."""
    return PADDING_X if viewport_width >= NARROW_PAGE else NARROW_PADDING_X


def fill_rect(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """painter.fillRect(rect, color), called as eraseRect with `color` as the background
    (Qt's eraseRect is fillRect with the background brush: the same pixels, as tests/ui/
    preview/test_painting.py checks). fillRect's own overloads include a gradient preset,
    and choosing among them makes PySide build QGradient's enums (about 3 ms, before the
    first frame)."""
    painter.save()
    painter.setBackground(color)
    painter.eraseRect(rect)
    painter.restore()


def paint_page(
    painter: QPainter,
    rect: QRectF,
    shown: Iterable[tuple[float, Item]],
    width: float,
    palette: QPalette,
    *,
    left: int,
    shift: Callable[[Item], float],
    highlight: Highlighter | None,
    selected: int,
) -> None:
    """Draw the part `rect` of the page: its background, the `shown` items (with their
    tops) whose document is built, and a marker beside the `selected` paper's row and entry."""
    fill_rect(painter, rect, BACKGROUND)
    for top, item in shown:
        y = round(top)
        if item.doc is not None:
            paint_item(
                painter, item, y, rect, width, palette, left=left, shift=shift(item), highlight=highlight
            )
        if item.row == selected and item.kind in (ROW, ENTRY):
            # Where the selected paper is, in the whole digest.
            marker = QRectF(max(2, left - 14), y + item.inset, 4, item.height - item.inset)
            fill_rect(painter, marker, ACCENT)


def paint_item(
    painter: QPainter,
    item: Item,
    y: int,
    clip: QRectF,
    width: float,
    palette: QPalette,
    *,
    left: int = PADDING_X,
    shift: float = 0.0,
    highlight: Highlighter | None = None,
) -> None:
    """Draw one item whose document is built, its top at y, in a column `width` wide
    starting at `left`; a table wider than the column is drawn scrolled by `shift`.

    With highlight, the spans it finds in each paragraph are marked (find's matches).
    """
    doc = item.doc
    if doc is None:  # the view paints only items whose document is built
        return
    painter.save()
    y += round(item.inset)
    painter.translate(left, y)
    height = item.height - item.inset
    clip = clip.translated(-left, -y)
    grid = item.grid
    if grid is None:
        _draw_document(painter, item, clip.intersected(QRectF(0, 0, width, height)), palette, highlight)
    else:
        # The table scrolls inside the column (GitHub's overflow: auto); a heading above
        # it, in the same document, stays.
        table_width = max(width, grid.columns[-1])
        above = QRectF(0, 0, table_width, grid.top)
        table = QRectF(0, grid.top, width, height - grid.top)
        if not above.isEmpty():
            _draw_document(painter, item, clip.intersected(above), palette, highlight)
        painter.save()
        painter.setClipRect(table)
        painter.translate(-shift, 0)
        if item.kind == ROW and item.row % 2 == 1:
            # GitHub stripes every second row.
            fill_rect(painter, QRectF(0, 0, grid.columns[-1], height), STRIPE)
        shown = table.translated(shift, 0)
        _draw_document(painter, item, clip.translated(shift, 0).intersected(shown), palette, highlight)
        painter.setPen(QPen(GRID, 1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        _paint_grid(painter, item, height)
        painter.restore()
    if item.rules:
        painter.setPen(QPen(GRID, 1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for rule in item.rules:
        painter.drawLine(QPointF(0, round(rule) + 0.5), QPointF(width - 1, round(rule) + 0.5))
    painter.restore()


def _draw_document(
    painter: QPainter, item: Item, clip: QRectF, palette: QPalette, highlight: Highlighter | None = None
) -> None:
    assert item.doc is not None
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette = palette
    if highlight is not None:
        context.selections = highlight_selections(item.doc, highlight)
    item.doc.documentLayout().draw(painter, context)


def _paint_grid(painter: QPainter, item: Item, height: float) -> None:
    # Each row is its own table; drawing the lines here (top line in the header,
    # bottom line in every row) makes the stack read as one table with single lines.
    grid = item.grid
    assert grid is not None
    right = round(grid.columns[-1]) - 1
    bottom = height - 0.5
    if item.kind == HEAD:
        painter.drawLine(QPointF(0, grid.top + 0.5), QPointF(right, grid.top + 0.5))
    painter.drawLine(QPointF(0, bottom), QPointF(right, bottom))
    for x in grid.columns:
        x = min(round(x), right) + 0.5
        painter.drawLine(QPointF(x, grid.top), QPointF(x, height))


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
