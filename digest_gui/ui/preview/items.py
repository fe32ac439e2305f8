"""The pieces the virtual preview stacks: items, their safe documents and height estimates.

The preview is a column of items: the summary heading with the table's header, one item
per table row, the details heading, one item per footnote entry. Each item gets its own
small QTextDocument only once it is on screen; until then its height is estimated from
the length of its paper's text (estimates.py).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
)

from digest_gui.core.formats.exporters import theme_css
from digest_gui.core.formats.github import math_source, parse_math_src
from digest_gui.core.formats.math_svg import FONT_PX
from digest_gui.core.formats.render_github import head_html, render_paper
from digest_gui.core.model import ExportSettings, Paper
from digest_gui.paths import DEFAULT_THEME, PREVIEW_QT_CSS, resource_path
from digest_gui.ui.preview.math_images import math_formula
from digest_gui.ui.preview.table_columns import CELL_PADDING_X, Extent, number_extent, row_cells, text_extent
from digest_gui.ui.widgets.fonts import CJK_FAMILIES

HEAD = "head"  # the summary heading and the table's header row
ROW = "row"  # one paper's row of the summary table
DETAILS = "details"  # the details heading and the rule that opens the footnotes
ENTRY = "entry"  # one paper's footnote entry
EMPTY = "empty"  # the message shown when there is no paper to show

# Every row of the summary table is its own one-row table, so fixed column widths (one
# set for the whole table, see table_columns.py) are what make the rows line up.
CELL_PADDING = (6.0, CELL_PADDING_X)  # vertical, horizontal, as GitHub pads table cells
HEADING_RULE_GAP = 9.0  # GitHub's h1 padding-bottom, 0.3em
HEADING_SPACE = 24.0  # GitHub's h1 margin-top; also the rule and margin below a heading
ENTRY_GAP = 16.0  # space above each footnote entry

BODY_PX = 16.0  # themes/default.css's body font size

# The body font of themes/default.css. Qt sizes headings relative to the document's default
# font and ignores their CSS font-size, so the default font must be the body's.
BODY_FONT_FAMILIES = [*CJK_FAMILIES, "sans-serif"]

if TYPE_CHECKING:  # only named in annotations
    from PySide6.QtGui import QTextBlock, QTextFragment


def _formula_source(format: QTextFormat) -> str | None:
    """The source of a formula image (`math:` name) as typed, or None for another image."""
    parsed = parse_math_src(format.toImageFormat().name())
    return math_source(*parsed) if parsed is not None else None


def _formula_box(format: QTextFormat) -> tuple[QImage, QSizeF, float, QSizeF] | None:
    """(image, box size, image top in the box, image size) of a typeset formula, or None.

    The formula is scaled to the surrounding text (it is typeset at the body size) and
    padded above or below so that, centred as the <img> asks, its baseline sits on the
    text's: Qt centres an object at half the x-height above the baseline.
    """
    found = math_formula(format.toImageFormat().name())
    if found is None:
        return None
    image, ascent = found
    font = format.toCharFormat().font()
    pixels = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    scale = pixels / FONT_PX if pixels > 0 else 1.0
    size = image.deviceIndependentSize() * scale
    ascent *= scale
    pad = 2 * ascent - QFontMetricsF(font).xHeight() / 2 - size.height()  # > 0: below, < 0: above
    box = QSizeF(size.width(), size.height() + abs(pad))
    return image, box, max(0.0, -pad), size


class _ImagePlaceholder(QPyTextObject):
    """Stands in for Qt's image handler, which reads local image files by itself.

    Formulas (`math:` images, see core/formats/github.py) are drawn typeset once
    math_images.py has them, and as their source until then (or for good when they cannot
    be typeset); every other image is an empty box.
    """

    SIZE = QSizeF(16, 16)

    def intrinsicSize(self, doc: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        source = _formula_source(format)
        if source is None:
            return self.SIZE
        box = _formula_box(format)
        if box is not None:
            return box[1]
        metrics = QFontMetricsF(format.toCharFormat().font())
        return QSizeF(metrics.horizontalAdvance(source), metrics.height())

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, position: int, format: QTextFormat
    ) -> None:
        source = _formula_source(format)
        if source is not None:
            box = _formula_box(format)
            if box is not None:
                image, _, top, size = box
                painter.drawImage(QRectF(QRectF(rect).topLeft() + QPointF(0, top), size), image)
            else:
                painter.save()
                painter.setFont(format.toCharFormat().font())
                painter.drawText(
                    QRectF(rect), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, source
                )
                painter.restore()
            return
        painter.save()
        painter.setPen(QColor("#d1d9e0"))
        painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()


class SafeTextDocument(QTextDocument):
    """A QTextDocument that never loads anything: no file, no qrc, no network.

    A digest is untrusted text. QTextDocument's default loadResource reads local files
    (and QTextBrowser's follows relative paths), and Qt's image handler loads an image
    file itself when loadResource gives nothing; this document overrides both, so
    images show as empty boxes and style sheets and backgrounds are never fetched.
    """

    def __init__(self, css: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)  # the preview never edits; undo history is memory
        self.setDocumentMargin(0)
        self.setDefaultFont(body_font())
        self._image_handler = _ImagePlaceholder(self)
        self.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, self._image_handler)
        if css:
            self.setDefaultStyleSheet(css)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


@cache
def body_font() -> QFont:
    """The document font of the preview: the default theme's body font."""
    font = QFont()
    font.setFamilies(BODY_FONT_FAMILIES)
    font.setPixelSize(int(BODY_PX))
    return font


@cache
def preview_css() -> str:
    """The stylesheet of the preview: the HTML export's default theme."""
    return theme_css(DEFAULT_THEME, "light")  # Qt reads no media queries


@cache
def qt_css() -> str:
    """The stylesheet for Qt's rich text: the shared sheet and the Qt adjustments after it."""
    return preview_css() + "\n" + resource_path(*PREVIEW_QT_CSS).read_text(encoding="utf-8")


@dataclass(slots=True, eq=False)
class Grid:
    """Where an item's table is, for drawing its lines: top edge and column edges."""

    top: float
    bottom: float
    columns: tuple[float, ...]


def _cells_key(paper: Paper) -> tuple[object, ...]:
    """What a paper's table row cells are measured from (table_columns.ROW_FIELDS)."""
    return (paper.title_en, paper.summary_zh, paper.legacy_listing)


@dataclass(slots=True, eq=False)
class Item:
    """One stacked piece of the preview; compared by identity."""

    kind: str
    row: int = -1  # the paper's row for ROW and ENTRY items
    paper: Paper | None = None
    html: str | None = None  # None: not computed yet, or out of date
    doc: SafeTextDocument | None = None
    # The hash of the HTML the height was measured for: kept when the document and the
    # HTML are dropped (at 2,300 papers the HTML of every item paged past was 10 MB).
    doc_hash: int | None = None
    doc_key: object = None  # the width (and a table's column widths) it was laid out for
    height: float = 0.0
    grid: Grid | None = None
    rules: tuple[float, ...] = ()  # where lines go under headings
    inset: float = 0.0  # space above the document, part of the item's height
    metrics: tuple[float, ...] | None = None  # text widths in em, for estimates
    # A table row's title and summary cells' widths (table_columns.py) and the texts they
    # were measured for; the number's is looked up by row, so renumbered rows keep theirs.
    cells: tuple[Extent, ...] = ()
    cells_key: tuple[object, ...] = ()

    def cells_measured(self) -> bool:
        """Whether cell_extents() has the widths of the paper's current text."""
        return self.paper is not None and self.cells_key == _cells_key(self.paper)

    def cell_extents(self) -> tuple[Extent, ...]:
        """How wide each cell of this table row must be and would like to be."""
        paper = self.paper
        if paper is None:
            return ()
        key = _cells_key(paper)
        if key != self.cells_key:
            _, title, summary = row_cells(paper, self.row + 1)
            self.cells = (text_extent(title), text_extent(summary))
            self.cells_key = key
        return (number_extent(self.row + 1), *self.cells)

    def exact_at(self, key: object) -> bool:
        """Whether `height` is measured (not estimated) for the current HTML at the layout
        `key` (see ItemColumn.layout_key)."""
        return self.html is not None and hash(self.html) == self.doc_hash and self.doc_key == key


def item_html(item: Item, settings: ExportSettings, empty_text: str = "") -> str:
    """The HTML the item's document shows, cut from the export's rendering."""
    if item.kind in (ROW, ENTRY):
        assert item.paper is not None
        rendered = render_paper(item.paper, item.row + 1, settings)
        if item.kind == ROW:
            return f"<table>\n<tbody>\n{rendered.row_html}</tbody>\n</table>\n"
        return f'<div class="footnote">\n<ol start="{item.row + 1}">\n{rendered.entry_html}</ol>\n</div>\n'
    head = head_html(settings)
    if item.kind == HEAD:
        return head.summary_heading + head.table_open + head.table_close
    if item.kind == DETAILS:
        return head.details_heading + '<div class="footnote">\n<hr />\n</div>\n'
    return f'<p class="placeholder">{html.escape(empty_text)}</p>\n'


def block_fragments(doc: QTextDocument) -> Iterator[tuple[QTextBlock, list[QTextFragment]]]:
    """Each block of the document with its text fragments, in order."""
    block = doc.begin()
    while block.isValid():
        found = []
        iterator = block.begin()
        while not iterator.atEnd():
            found.append(iterator.fragment())
            iterator += 1
        yield block, found
        block = block.next()


def plain_text(doc: QTextDocument) -> str:
    """The document's text, each formula as its source (Qt gives U+FFFC for any image)."""
    parts = []
    for _block, found in block_fragments(doc):
        for fragment in found:
            char_format = fragment.charFormat()
            source = _formula_source(char_format) if char_format.isImageFormat() else None
            parts.append(source * len(fragment.text()) if source is not None else fragment.text())
        parts.append("\n")
    return "".join(parts).rstrip("\n")


def build_document(item: Item, css: str, width: float, columns: tuple[float, ...] = ()) -> SafeTextDocument:
    """A laid-out document of the item's HTML at `width`, its table's columns `columns` wide."""
    doc = SafeTextDocument(css)
    # Qt applies the sheet's body rule only to a document with a <body>.
    doc.setHtml(f"<body>{item.html or ''}</body>")
    # The page background is the view's; a document painting white would hide the
    # table's stripes.
    frame_format = doc.rootFrame().frameFormat()
    frame_format.clearBackground()
    if item.kind == DETAILS:
        # Qt drops the top margin of a document's first block; the heading needs its
        # distance from the table above.
        frame_format.setTopMargin(HEADING_SPACE)
    doc.rootFrame().setFrameFormat(frame_format)
    table = _first_table(doc)
    if table is not None:
        # Qt does not keep a heading's bottom margin before a table either.
        _format_table(table, top_margin=HEADING_SPACE if item.kind == HEAD else 0.0)
    lay_out(doc, width, columns)
    return doc


def lay_out(doc: QTextDocument, width: float, columns: tuple[float, ...] = ()) -> None:
    """Lay the document out again at `width`, its table (if any) with `columns`' widths.

    A table wider than `width` (its words do not fit otherwise) widens the document: the
    view scrolls it sideways.
    """
    table = _first_table(doc)
    if table is not None and len(columns) == table.columns():
        table_format = table.format()
        table_format.setWidth(QTextLength(QTextLength.Type.FixedLength, sum(columns)))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.FixedLength, column) for column in columns]
        )
        table.setFormat(table_format)
        width = max(width, sum(columns))
    doc.setTextWidth(width)


def table_grid(doc: QTextDocument, columns: tuple[float, ...]) -> Grid | None:
    """The table's top and bottom and its column edges in the laid-out document, or None."""
    table = _first_table(doc)
    if table is None:
        return None
    layout = doc.documentLayout()
    first_block = table.cellAt(0, 0).firstCursorPosition().block()
    top = layout.blockBoundingRect(first_block).top() - CELL_PADDING[0]
    # The table ends below its lowest cell (the block Qt keeps after a table reports
    # no useful position).
    bottom = top
    last_row = table.rows() - 1
    for column in range(table.columns()):
        block = table.cellAt(last_row, column).lastCursorPosition().block()
        bottom = max(bottom, layout.blockBoundingRect(block).bottom() + CELL_PADDING[0])
    edges = [0.0]
    for column_width in columns:
        edges.append(edges[-1] + column_width)
    return Grid(top=max(0.0, top), bottom=bottom, columns=tuple(edges))


def heading_rules(doc: QTextDocument) -> tuple[float, ...]:
    """Where the lines under top-level headings go (GitHub underlines h1), top to bottom."""
    layout = doc.documentLayout()
    rules = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            rules.append(layout.blockBoundingRect(block).bottom() + HEADING_RULE_GAP)
        block = block.next()
    return tuple(rules)


def _first_table(doc: QTextDocument) -> QTextTable | None:
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            return frame
    return None


def _format_table(table: QTextTable, top_margin: float) -> None:
    # The view draws the grid; the document only places the cells, at fixed widths.
    table_format = table.format()
    table_format.setBorder(0)
    table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    table_format.setBorderCollapse(False)
    table_format.setCellSpacing(0)
    table_format.setCellPadding(0)
    table_format.setMargin(0)
    table_format.setTopMargin(top_margin)
    table.setFormat(table_format)
    vertical, horizontal = CELL_PADDING
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            cell_format = cell.format().toTableCellFormat()
            cell_format.setTopPadding(vertical)
            cell_format.setBottomPadding(vertical)
            cell_format.setLeftPadding(horizontal)
            cell_format.setRightPadding(horizontal)
            cell_format.setBorder(0)
            cell_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
            cell.setFormat(cell_format)
