"""The widths of the preview's summary table columns, as a browser's automatic table layout
gives them.

Every row of the table is its own small document (see items.py), so the columns cannot be
left to each document: they are computed once for the whole table from its text, as
CSS's automatic table layout does and GitHub's page shows it:

- each column is at least as wide as its widest unbreakable piece of text (its
  min-content width: a word, or a CJK character with the punctuation that may not start
  or end a line) and at most as wide as its longest cell on one line (max-content);
- a table whose cells all fit on one line is only as wide as they need
  (GitHub's `width: max-content`);
- otherwise the room beyond the minimums is shared in proportion to what each column
  would take beyond its minimum, so long titles get more room than the numbers;
- a table whose minimums do not fit is wider than the page and scrolls sideways
  (GitHub's `overflow: auto`); a word is never broken inside.

Widths are measured from the papers' text with the preview's font, cached per text, so
a 2,000-paper digest costs a few milliseconds after its first measure.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol, TypeVar

from PySide6.QtGui import QFont, QFontMetricsF

from digest_gui.core.formats.digest_format import table_title
from digest_gui.core.model import Paper

CELL_PADDING_X = 13.0  # GitHub's td padding, left and right
# Measured text and Qt's layout can differ by rounding and by kerning at a run's ends; a
# little slack keeps a column from ever being a hair narrower than its widest word.
SLACK = 3.0

# Pieces a line may not be broken inside. Latin-script words break at spaces and after
# a hyphen followed by a letter ("Red-" "Teaming"); CJK text breaks between characters,
# except that closing punctuation stays with the character before it and opening
# punctuation with the one after it (as UAX #14 and browsers do).
_OPENING = r"（【「『《〈“‘〔［｛"
_CLOSING = r"，。、；：！？）】」』》〉”’〕］｝…—・"
# The pieces are found in the text written with every CJK character as 一 (itself one), so
# that the pattern below holds no class of the CJK ranges: re's compiler visits each code
# point of such a class (about 2 ms each, and this module is loaded before the first
# frame). The characters are rewritten by str.translate with a table filled as each is
# first met, not by a pattern of the ranges (3 ms to compile). The katakana middle dot is
# both a CJK character and closing punctuation, so it keeps itself: 一 would lose the
# second role.
_CJK_RANGES = (
    (0x2E80, 0x2FFF),
    (0x3040, 0x30FA),
    (0x30FC, 0x30FF),
    (0x3100, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
)
_BOTH = "\u30fb"
_AS_CJK = "\u4e00"
_TABLE_LIMIT = 65536


class _CjkAsOne(dict[int, int]):
    """str.translate's table: a CJK character's code point to 一's, any other to itself."""

    def __missing__(self, code: int) -> int:
        value = ord(_AS_CJK) if any(low <= code <= high for low, high in _CJK_RANGES) else code
        if len(self) < _TABLE_LIMIT:  # a digest uses a few thousand; a hostile file, any number
            self[code] = value
        return value


_CJK_AS_ONE = _CjkAsOne()
_PIECE = re.compile(
    rf"[{_OPENING}]*[{_AS_CJK}{_BOTH}][{_CLOSING}]*"  # one CJK character and its punctuation
    rf"|[^\s{_AS_CJK}{_BOTH}{_OPENING}{_CLOSING}-]*-+(?=[A-Za-z])"  # a word up to a hyphen before a letter
    rf"|[^\s{_AS_CJK}{_BOTH}]+"  # any other run without spaces
)


def pieces(text: str) -> list[str]:
    """The pieces of `text` a line may not be broken inside, in order."""
    written = text if text.isascii() else text.translate(_CJK_AS_ONE)
    return [text[match.start() : match.end()] for match in _PIECE.finditer(written)]


@dataclass(frozen=True, slots=True)
class Extent:
    """How wide a column (or a cell) must be (minimum) and would like to be (maximum)."""

    minimum: float
    maximum: float


@cache
def _metrics(font_key: str) -> QFontMetricsF:
    from digest_gui.ui.preview.items import body_font  # items imports this module

    font = QFont(body_font())
    if font_key == "bold":
        font.setWeight(QFont.Weight.DemiBold)  # GitHub's th is 600
    return QFontMetricsF(font)


@cache
def _space_width(font_key: str) -> float:
    return _metrics(font_key).horizontalAdvance(" ")


@lru_cache(maxsize=65536)
def _piece_width(piece: str, font_key: str) -> float:
    return _metrics(font_key).horizontalAdvance(piece)


@lru_cache(maxsize=16384)
def text_extent(text: str, font_key: str = "body") -> Extent:
    """The min-content and max-content widths of a cell holding `text`, padding included."""
    return _measure(text, font_key)


@lru_cache(maxsize=65536)
def number_extent(number: int) -> Extent:
    """The extent of a row's number cell (cached apart: 23,000 numbers would crowd out the texts)."""
    return _measure(str(number), "body")


def _measure(text: str, font_key: str) -> Extent:
    widths = [_piece_width(piece, font_key) for piece in pieces(text)]
    widest = max(widths, default=0.0)
    # The line's width as the sum of its unbreakable pieces (cached: words and CJK
    # characters recur across papers) and the spaces between them: shaping each whole
    # line took a second for the table of 23,000 papers on opening.
    whole = sum(widths) + _space_width(font_key) * (len(text.split()) - 1 if text.strip() else 0)
    padding = 2 * CELL_PADDING_X + SLACK
    return Extent(widest + padding, max(widest, whole) + padding)


# The paper fields row_cells reads: only a change to one of them moves the columns.
ROW_FIELDS = frozenset({"title_en", "summary_zh", "legacy_listing"})


def row_cells(paper: Paper, number: int) -> tuple[str, str, str]:
    """The text of a paper's table row as the reader sees it: number, title, summary."""
    return str(number), table_title(paper), paper.summary_zh


# A table sized before all its rows are measured (preview/layout.py) is sized from these:
# the rows a first screen shows, and per column those with the longest text.
SAMPLE_FIRST = 60
SAMPLE_LONGEST = 24


class _HasPaper(Protocol):
    paper: Paper | None


RowT = TypeVar("RowT", bound=_HasPaper)


def likely_widest(rows: Sequence[RowT]) -> list[RowT]:
    """A few of the table's `rows` likely to hold its widest cells: the first ones (on
    screen first), the last (the longest number) and those with the longest title or
    summary, by their length in characters (a cheap stand-in for their width)."""
    picked = {id(row): row for row in rows[:SAMPLE_FIRST]}
    if rows:
        picked[id(rows[-1])] = rows[-1]

    def title(row: RowT) -> int:
        return len(row.paper.title_en) if row.paper is not None else 0

    def summary(row: RowT) -> int:
        return len(row.paper.summary_zh) if row.paper is not None else 0

    for length in (title, summary):
        picked.update((id(row), row) for row in heapq.nlargest(SAMPLE_LONGEST, rows, key=length))
    return list(picked.values())


def table_extents(header: Sequence[str], rows: Iterable[Sequence[Extent]]) -> tuple[Extent, ...]:
    """Each column's extent over the header (bold) and every row's cells."""
    minimums = [text_extent(text, "bold").minimum for text in header]
    maximums = [text_extent(text, "bold").maximum for text in header]
    columns = len(minimums)
    for cells in rows:
        for column, cell in enumerate(cells[:columns]):
            if cell.minimum > minimums[column]:
                minimums[column] = cell.minimum
            if cell.maximum > maximums[column]:
                maximums[column] = cell.maximum
    return tuple(Extent(low, high) for low, high in zip(minimums, maximums, strict=True))


def column_widths(extents: Sequence[Extent], available: float) -> tuple[float, ...]:
    """Whole-pixel column widths for a table on a page `available` wide (see the module)."""
    if not extents:
        return ()
    least = sum(extent.minimum for extent in extents)
    most = sum(extent.maximum for extent in extents)
    if most <= available:
        widths = [extent.maximum for extent in extents]
    elif least >= available or most <= least:
        widths = [extent.minimum for extent in extents]
    else:
        share = (available - least) / (most - least)
        widths = [extent.minimum + (extent.maximum - extent.minimum) * share for extent in extents]
    # Whole pixels: never below a minimum (rounded up), and within the page when the
    # minimums are: what rounding up adds is taken back from the columns with room to spare.
    floors = [math.ceil(extent.minimum) for extent in extents]
    rounded = [max(floor, math.floor(width)) for floor, width in zip(floors, widths, strict=True)]
    excess = sum(rounded) - math.floor(available)
    if sum(floors) <= available:
        for index in sorted(range(len(rounded)), key=lambda i: floors[i] - rounded[i]):
            if excess <= 0:
                break
            taken = min(excess, rounded[index] - floors[index])
            rounded[index] -= taken
            excess -= taken
    return tuple(float(width) for width in rounded)
