"""Height estimates for the preview's items that have no document yet.

An item off screen is as tall as its paper's text suggests: the number of lines each
paragraph takes at the page's width, counted from the text's length with Latin letters
half an em wide and CJK characters a whole one. The lengths are measured once per item
(`Item.metrics`); a new width or new table columns only divide them again, in one pass
over all items, so that 46,000 items (23,000 papers) are estimated in a few tens of
milliseconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from digest_gui.core.model import ExportSettings
from digest_gui.ui.preview.items import (
    BODY_PX,
    CELL_PADDING,
    DETAILS,
    EMPTY,
    ENTRY,
    ENTRY_GAP,
    HEAD,
    ROW,
    Item,
)

# Typographic guesses (see themes/default.css), fitted so that the reference digest's rows
# and entries estimate within 7% of their rendered heights.
_BODY_LINE = 24.0
_NOTE_PX, _NOTE_LINE = 13.0, 18.5
_LATIN_EM, _CJK_EM = 0.5, 1.0
_LIST_INDENT = 40.0
_PARAGRAPH_GAP = 8.0
_ROW_SHARE = 0.43  # of the width, for each of the title and summary before the columns are known
# The headings' and the empty message's heights: one item each, laid out as soon as shown.
_FIXED = {HEAD: 130.0, DETAILS: 110.0, EMPTY: 40.0}


def _em(text: str) -> float:
    """The width of one line of text, in em, roughly: CJK characters are square."""
    if text.isascii():  # most English fields: no encoding needed to know there is no CJK
        return len(text) * _LATIN_EM
    wide = (len(text.encode("utf-8")) - len(text)) // 2  # 3-byte UTF-8 is mostly CJK
    return (len(text) - wide) * _LATIN_EM + wide * _CJK_EM


def _metrics(item: Item, settings: ExportSettings) -> tuple[float, ...]:
    """The one-line widths (em) of the item's paragraphs: what its height grows with."""
    paper = item.paper
    if paper is None:
        return ()
    if item.kind == ROW:
        return (_em(paper.title_en), _em(paper.summary_zh))
    abstract = paper.abstract_en
    limit = settings.abstract_limit
    if limit and len(abstract) > limit:
        abstract = abstract[:limit]
    return (
        _em(paper.title_zh),
        _em(paper.title_en),
        _em(paper.url),
        _em(paper.summary_zh),
        _em(paper.abstract_zh),
        _em(abstract) + 8,  # the "arXiv:… Announce Type:" prefix
    )


def estimate_heights(
    items: Iterable[Item], width: float, settings: ExportSettings, columns: tuple[float, ...] = ()
) -> None:
    """Set each item's height to a guess at `width` (a table row's: in `columns`)."""
    shares = columns[1:3] if len(columns) >= 3 else (_ROW_SHARE * width, _ROW_SHARE * width)
    # Ems per line: of the title and summary cells, and of an entry's paragraphs.
    title_line, summary_line = (
        max(1.0, max(40.0, share - 2 * CELL_PADDING[1]) / BODY_PX) for share in shares
    )
    note_line = max(1.0, max(40.0, width - _LIST_INDENT) / _NOTE_PX)
    row_extra = _BODY_LINE + 2 * CELL_PADDING[0]
    for item in items:
        kind = item.kind
        metrics = item.metrics
        if metrics is None and kind in (ROW, ENTRY):
            metrics = item.metrics = _metrics(item, settings)
        if kind == ENTRY and metrics:
            lines = sum([int(em / note_line) for em in metrics]) + len(metrics)
            item.height = lines * _NOTE_LINE + len(metrics) * _PARAGRAPH_GAP + 8 + ENTRY_GAP
        elif kind == ROW and metrics:
            title, summary = metrics
            lines = max(int(title / title_line), int(summary / summary_line))
            item.height = lines * _BODY_LINE + row_extra
        else:
            item.height = _FIXED.get(kind, _FIXED[EMPTY])


def typical_heights(items: Iterable[Item]) -> dict[str, float]:
    """The mean height of each kind of item among `items` (any other kind: the overall mean)."""
    heights: dict[str, list[float]] = {}
    for item in items:
        heights.setdefault(item.kind, []).append(item.height)
    every = [height for kind in heights.values() for height in kind]
    overall = sum(every) / len(every) if every else _FIXED[EMPTY]
    typical: defaultdict[str, float] = defaultdict(lambda: overall)
    typical.update((kind, sum(values) / len(values)) for kind, values in heights.items())
    return typical


def estimate_height(
    item: Item, width: float, settings: ExportSettings, columns: tuple[float, ...] = ()
) -> float:
    """A guess at one item's height at `width` (a row's: in `columns`), before its document exists."""
    estimate_heights((item,), width, settings, columns)
    return item.height
