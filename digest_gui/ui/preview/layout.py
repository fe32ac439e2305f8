"""The column of items the virtual preview stacks, and where the viewport is in it.

Off-screen items have estimated heights; only items on screen get a document and an
exact height. The scroll position is kept as (anchor item, offset into it) rather
than as pixels, so when an item above the viewport changes height, what is on screen
stays put. Nothing here is a widget: the view tells the column its size and asks it
what to paint.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import OrderedDict
from itertools import accumulate

from digest_gui.core.model import ExportSettings, Paper
from digest_gui.ui.preview.estimates import estimate_heights, typical_heights
from digest_gui.ui.preview.items import (
    DETAILS,
    EMPTY,
    ENTRY,
    ENTRY_GAP,
    HEAD,
    ROW,
    Extent,
    Item,
    build_document,
    heading_rules,
    item_html,
    lay_out,
    table_grid,
)
from digest_gui.ui.preview.table_columns import column_widths, likely_widest, table_extents

PAPER_MODE = "paper"
DIGEST_MODE = "digest"
MODES = (PAPER_MODE, DIGEST_MODE)

PADDING_TOP = 8
PADDING_BOTTOM = 32
# Documents kept for items scrolled away; the rest keep only a height. A laid-out paper
# costs about 140 KB of Qt's memory: 256 of them were a third of the window's growth
# after paging through 2,300 papers (issue 15), and a few screens back is where a user
# scrolls to again.
MAX_DOCUMENTS = 64
# A table with more rows than this whose text is not measured yet is sized from a sample
# first (likely_widest) and measured whole in idle time, MEASURE_CHUNK rows at a time:
# measuring the 23,000 rows of a digest took 0.6 s before its first frame.
EXACT_ROWS = 300
MEASURE_CHUNK = 400
# Likewise, more new items than this are given the typical height of a sample of them and
# estimated ESTIMATE_CHUNK at a time after the first frame (estimate_more).
EXACT_ESTIMATES = 2000
ESTIMATE_SAMPLE = 200
ESTIMATE_CHUNK = 4000


class ItemColumn:
    """The preview's items top to bottom, their heights and the scroll anchor."""

    def __init__(self, css: str) -> None:
        self.css = css
        self.items: list[Item] = []
        self.width = -1.0  # the width the items' heights belong to
        self.columns: tuple[float, ...] = ()  # the summary table's column widths
        self._table_dirty = True  # the table's text changed: its columns are measured again
        self._extents: tuple[Extent, ...] = ()
        self._unmeasured: list[Item] = []  # table rows measured later (measure_table_more)
        self._unestimated: list[Item] = []  # items estimated later (estimate_more)
        self.viewport_height = 0
        self.stick_to_end = False  # keep the end in view while heights settle
        self._tops: list[float] = [0.0]  # item tops from the first item's top; one more than items
        self._tops_dirty = True
        self._anchor = 0  # the item at the viewport's top edge...
        self._offset = 0.0  # ...and how far into it the edge is (negative: above it)
        self._documents: OrderedDict[Item, None] = OrderedDict()  # items holding a document, LRU
        self._empty_text = ""  # the message the EMPTY item's HTML was made with

    # ------------------------------------------------------------------ items

    def rebuild(
        self, papers: list[Paper], settings: ExportSettings, mode: str, current_row: int, reset: bool
    ) -> None:
        """Make the items for `papers`, reusing the items of papers already shown.

        A reused item whose paper moved gets a new number, so its HTML is recomputed
        when it is next on screen; its height stays as a close estimate meanwhile.
        """
        old_items = self.items
        anchor_item = old_items[self._anchor] if 0 <= self._anchor < len(old_items) else None
        position = self.scroll_position() if old_items else 0.0
        by_paper = {}
        if not reset:
            by_paper = {(item.kind, id(item.paper)): item for item in old_items if item.paper is not None}
        fixed = {item.kind: item for item in old_items if item.paper is None}

        fresh: list[Item] = []

        def take(kind: str, row: int) -> Item:
            paper = papers[row]
            item = by_paper.pop((kind, id(paper)), None)
            if item is None:
                item = Item(kind, row, paper)
                fresh.append(item)  # estimated below, once the table's columns are known
            elif item.row != row:
                item.row = row
                item.html = None
            return item

        def heading(kind: str) -> Item:
            item = fixed.get(kind) or Item(kind)
            item.html = None  # the export settings may have changed; recomputing is cheap
            if item.doc_key is None:
                fresh.append(item)
            return item

        if mode == DIGEST_MODE and not by_paper:
            # Nothing to reuse (a digest opened): every item is new.
            rows = [Item(ROW, row, paper) for row, paper in enumerate(papers)]
            entries = [Item(ENTRY, row, paper) for row, paper in enumerate(papers)]
            fresh.extend(rows)
            fresh.extend(entries)
            items = [heading(HEAD), *rows, heading(DETAILS), *entries]
        elif mode == DIGEST_MODE:
            items = [heading(HEAD)]
            items.extend(take(ROW, row) for row in range(len(papers)))
            items.append(heading(DETAILS))
            items.extend(take(ENTRY, row) for row in range(len(papers)))
        elif current_row >= 0:
            items = [heading(HEAD), take(ROW, current_row), heading(DETAILS), take(ENTRY, current_row)]
        else:
            items = [heading(EMPTY)]
        self.items = items
        self._table_dirty = True
        if self.width > 0:
            # The columns for the new rows now, so that each new item is estimated once,
            # not once here and again when settle() finds the columns changed.
            self._measure_table(settings)
        kept = set(map(id, items))
        if self._unestimated:
            self._unestimated = [item for item in self._unestimated if id(item) in kept]
        self._estimate_fresh(fresh, settings)
        for item in [item for item in self._documents if id(item) not in kept]:
            self._drop_document(item)
        self._tops_dirty = True
        if reset:
            self._anchor, self._offset = 0, -PADDING_TOP
            self.stick_to_end = False
        elif anchor_item is not None and any(item is anchor_item for item in items):
            self._anchor = next(index for index, item in enumerate(items) if item is anchor_item)
        else:
            self.set_scroll_position(position)

    def index_of(self, kind: str, row: int, mode: str, count: int) -> int:
        """Index of the item of `kind` for paper `row` of `count`, or -1."""
        if not 0 <= row < count:
            return -1
        if mode == DIGEST_MODE:
            return 1 + row if kind == ROW else 2 + count + row
        for index, item in enumerate(self.items):
            if item.kind == kind and item.row == row:
                return index
        return -1

    def document_count(self) -> int:
        return len(self._documents)

    def invalidate_table(self) -> None:
        """A paper's text changed: measure the table's columns again when next settled."""
        self._table_dirty = True

    def table_width(self) -> float:
        """How wide the summary table is laid out (wider than `width` when it scrolls)."""
        return sum(self.columns)

    def layout_key(self, item: Item) -> object:
        """What an item's layout depends on: the width, and a table's column widths."""
        return (self.width, self.columns) if item.kind in (HEAD, ROW) else self.width

    def idle_pending(self) -> bool:
        """Whether work was left for after the first frame (idle_step)."""
        return bool(self._unmeasured or self._unestimated)

    def idle_step(self, settings: ExportSettings) -> bool:
        """Do a chunk of the work left for later, the table's rows first (their columns
        go into the rows' estimates); returns whether heights or columns changed."""
        if self._unmeasured:
            return self.measure_table_more(settings)
        return self.estimate_more(settings)

    def estimate_more(self, settings: ExportSettings, count: int = ESTIMATE_CHUNK) -> bool:
        """Estimate `count` more of the items given a typical height; returns whether any was."""
        chunk = self._unestimated[-count:]
        del self._unestimated[-count:]
        key = self.layout_key
        estimate_heights(
            [item for item in chunk if not item.exact_at(key(item))], self.width, settings, self.columns
        )
        self._tops_dirty = True
        return bool(chunk)

    def _estimate_fresh(self, fresh: list[Item], settings: ExportSettings) -> None:
        """Estimate new items: all of them when they are few, else a sample now and the
        rest, given the sample's typical height meanwhile, by estimate_more."""
        papers = [item for item in fresh if item.paper is not None]
        if len(papers) <= EXACT_ESTIMATES:
            estimate_heights(fresh, self.width, settings, self.columns)
            return
        sample = papers[:: len(papers) // ESTIMATE_SAMPLE]
        estimate_heights(
            [*sample, *(item for item in fresh if item.paper is None)], self.width, settings, self.columns
        )
        typical = typical_heights(sample)
        later = [item for item in papers if item.metrics is None]
        for item in later:
            item.height = typical[item.kind]
        self._unestimated.extend(later)

    def measure_table_more(self, settings: ExportSettings, count: int = MEASURE_CHUNK) -> bool:
        """Measure `count` more of the table rows left for later; with the last, the columns
        become exact. Returns whether the columns (and so heights) changed."""
        chunk = self._unmeasured[-count:]
        del self._unmeasured[-count:]
        # The chunk's widths join those of the rows measured so far (the maximum of each
        # column's), so that the last chunk does not go over all the rows again.
        measured = table_extents(settings.table_header, (item.cell_extents() for item in chunk))
        self._extents = tuple(
            Extent(max(old.minimum, new.minimum), max(old.maximum, new.maximum))
            for old, new in zip(self._extents, measured, strict=True)
        )
        if self._unmeasured or not chunk or self.width <= 0 or not self._measure_table(settings):
            return False
        self._estimate_all(settings, ROW)
        return True

    def _measure_table(self, settings: ExportSettings) -> bool:
        """Measure the table's columns for the current width; returns whether they changed.

        Rows whose text was never measured are measured now when they are few; when there
        are many, the columns come from the rows measured before and a sample likely to
        hold each column's widest cell, and the rest are left to measure_table_more.
        """
        if self._table_dirty:
            self._table_dirty = False
            rows = [item for item in self.items if item.kind == ROW]
            measured: list[Item] = []
            unmeasured: list[Item] = []
            for item in rows:  # never measured (a digest just opened), or its text changed
                (measured if item.cells_measured() else unmeasured).append(item)
            self._unmeasured = unmeasured if len(unmeasured) > EXACT_ROWS else []
            if self._unmeasured:
                rows = measured + likely_widest(unmeasured)
            self._extents = table_extents(settings.table_header, (item.cell_extents() for item in rows))
        columns = column_widths(self._extents, self.width)
        changed = columns != self.columns
        self.columns = columns
        return changed

    def _estimate_all(self, settings: ExportSettings, kind: str = "") -> None:
        """Estimate again the height of every item (of `kind`) not laid out at the current
        width and columns (but those estimate_more is still to do)."""
        key = self.layout_key
        later = set(map(id, self._unestimated))
        items = self.items if not kind else (item for item in self.items if item.kind == kind)
        estimate_heights(
            (item for item in items if not item.exact_at(key(item)) and id(item) not in later),
            self.width,
            settings,
            self.columns,
        )
        self._tops_dirty = True

    def _prepare(self, item: Item, settings: ExportSettings, empty_text: str) -> bool:
        """Give an on-screen item an up-to-date document at the current width.

        Returns whether its height changed.
        """
        if item.html is None:
            item.html = item_html(item, settings, empty_text)
        key = self.layout_key(item)
        if item.exact_at(key) and item.doc is not None:
            # Also where an edit that left this item's HTML alone ends (the table row
            # when the abstract changed): the document is kept.
            self._documents.move_to_end(item)
            return False
        columns = self.columns if item.kind in (HEAD, ROW) else ()
        if item.doc is not None and item.doc_hash == hash(item.html):
            lay_out(item.doc, self.width, columns)
        else:
            item.doc = build_document(item, self.css, self.width, columns)
            item.doc_hash = hash(item.html)
        item.doc_key = key
        height: float = math.ceil(item.doc.size().height())
        item.rules = heading_rules(item.doc) if item.kind in (HEAD, DETAILS) else ()
        # Entries are spaced above rather than below, so one scrolled to the top edge
        # shows breathing room and no sliver of the entry before it.
        item.inset = ENTRY_GAP if item.kind == ENTRY else 0.0
        height += item.inset
        if item.kind in (HEAD, ROW):
            item.grid = table_grid(item.doc, self.columns)
            if item.grid is not None:
                # Rows stack without the empty block Qt keeps after a table, plus the
                # grid's bottom line.
                height = math.ceil(item.grid.bottom) + 1
        self._documents[item] = None
        self._documents.move_to_end(item)
        changed = height != item.height
        item.height = height
        return changed

    def _drop_document(self, item: Item) -> None:
        self._documents.pop(item, None)
        item.doc = None  # doc_hash and doc_key stay: the height is still exact for them
        item.html = None  # made again (from the render cache) when it is next on screen

    # ------------------------------------------------------------------ geometry

    def _ensure_tops(self) -> None:
        if self._tops_dirty:
            self._tops = [0.0, *accumulate(item.height for item in self.items)]
            self._tops_dirty = False

    def total_height(self) -> float:
        self._ensure_tops()
        return PADDING_TOP + self._tops[-1] + PADDING_BOTTOM

    def scroll_position(self) -> float:
        """The viewport's top edge in content coordinates."""
        self._ensure_tops()
        anchor = max(0, min(self._anchor, len(self.items) - 1))
        return PADDING_TOP + self._tops[anchor] + self._offset

    def set_scroll_position(self, position: float) -> None:
        """Scroll to `position` (clamped), anchoring on the item at the top edge."""
        self._ensure_tops()
        position = max(0.0, min(position, self.total_height() - self.viewport_height))
        index = bisect_right(self._tops, position - PADDING_TOP) - 1
        self._anchor = max(0, min(index, len(self.items) - 1))
        self._offset = position - PADDING_TOP - self._tops[self._anchor]

    def scroll_to_item(self, index: int) -> None:
        """Put the item's top at the viewport's top edge (as far as the end allows)."""
        self.stick_to_end = False
        self._anchor, self._offset = index, 0.0

    def anchor(self) -> tuple[int, float]:
        """The item at the viewport's top edge and how far into it the edge is."""
        return self._anchor, self._offset

    def set_anchor(self, index: int, offset: float) -> None:
        """Put the viewport's top edge `offset` into item `index` (clamped when settled)."""
        self.stick_to_end = False
        self._anchor = max(0, min(index, len(self.items) - 1))
        self._offset = offset

    def item_top(self, index: int) -> float:
        """The item's top edge relative to the viewport's."""
        self._ensure_tops()
        return PADDING_TOP + self._tops[index] - self.scroll_position()

    def _first_shown(self, prepare=None) -> tuple[int, float]:
        """The first item on screen and its top, walking up from the anchor when the
        viewport's top edge is above it; `prepare` is called on the items walked over."""
        index, top = self._anchor, -self._offset
        while top > 0 and index > 0:
            index -= 1
            if prepare is not None and prepare(self.items[index]):
                self._tops_dirty = True
            top -= self.items[index].height
        return index, top

    def visible(self) -> list[tuple[float, Item]]:
        """(top relative to the viewport, item) of each item on screen."""
        if not self.items:
            return []
        shown = []
        index, top = self._first_shown()
        for item in self.items[index:]:
            if top >= self.viewport_height:
                break
            if top + item.height > 0:
                shown.append((top, item))
            top += item.height
        return shown

    # ------------------------------------------------------------------ settling

    def settle(self, width: float, viewport_height: int, settings: ExportSettings, empty_text: str) -> None:
        """Render the items on screen at `width` and clamp the scroll position.

        Only items on screen are rendered. Rendering can only turn estimates into exact
        heights below the anchor, which never moves what is on screen; near the end the
        position is clamped and a few passes settle it.
        """
        self.viewport_height = viewport_height
        if empty_text != self._empty_text:
            # The interface language changed: the message is made again when shown.
            self._empty_text = empty_text
            for item in self.items:
                if item.kind == EMPTY:
                    item.html = None
        resized = width != self.width
        self.width = width
        if resized:
            self._measure_table(settings)
            self._estimate_all(settings)
        elif self._measure_table(settings):
            self._estimate_all(settings, ROW)  # only the table's rows depend on its columns

        def prepare(item: Item) -> bool:
            return self._prepare(item, settings, empty_text)

        for _ in range(8):
            index, top = self._first_shown(prepare)
            for item in self.items[index:]:
                if top >= viewport_height:
                    break
                if prepare(item):
                    self._tops_dirty = True
                top += item.height
            limit = max(0.0, self.total_height() - viewport_height)
            position = self.scroll_position()
            target = limit if self.stick_to_end else min(max(position, 0.0), limit)
            if abs(target - position) < 0.5:
                break
            self.set_scroll_position(target)
        while len(self._documents) > MAX_DOCUMENTS:
            self._drop_document(next(iter(self._documents)))
