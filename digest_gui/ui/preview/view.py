"""The virtual preview: a scroll area that stacks the digest's items and renders only
what is on screen.

Rendering a whole 2,300-paper digest into one QTextBrowser takes seconds and editing a
paragraph of it tens of milliseconds, so the view keeps one small document per item
(see preview_items.py), built when the item scrolls into view, in a column that keeps
the scroll position anchored on an item (see preview_layout.py).

Updates are lazy: an edit marks the paper's items out of date, a structural change
marks the item list out of date, and a zero-delay timer then rebuilds what is visible,
so a burst of edits renders once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QWidget

from digest_gui.ui.collector import freeze_long_lived
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview.items import ENTRY, ROW, plain_text, qt_css
from digest_gui.ui.preview.layout import DIGEST_MODE, MODES, PAPER_MODE, ItemColumn
from digest_gui.ui.preview.links import LinkClicks, link_in_document, link_target
from digest_gui.ui.preview.math_images import typesetter
from digest_gui.ui.preview.painting import (
    TEXT,
    Highlighter,
    highlighted_texts,
    page_padding,
    paint_page,
)
from digest_gui.ui.preview.table_columns import ROW_FIELDS


class PreviewView(QAbstractScrollArea):
    """The rendered digest, one lazily built document per table row and entry."""

    # A http(s) link was clicked; the pane decides how to open it.
    external_link_activated = Signal(QUrl)

    def __init__(self, model: PaperModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made in Python: the first time Python is handed a QWidget that C++
        # made, PySide builds every QtWidgets class to find its type (about 45 classes with
        # their enums, some 6 ms before the first frame).
        viewport = QWidget(self)
        viewport.setObjectName("qt_scrollarea_viewport")  # as Qt names its own
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self.setViewport(viewport)
        self._model = model
        self._column = ItemColumn(qt_css())
        self._mode = DIGEST_MODE
        self._current = QPersistentModelIndex()
        self._structure_dirty = True
        self._reset_pending = True
        self._syncing_scrollbar = False
        # Hover, press and release on links (a tooltip, the hand cursor, following).
        self._link_clicks = LinkClicks(self)
        self._empty_text = ""  # shown in paper mode without a selected paper
        # Find's marks: spans of a text to highlight (ui/find/), or None.
        self._highlight: Highlighter | None = None
        # The page is light whatever the desktop theme, like the published page.
        self._page_palette = QPalette(self.palette())
        self._page_palette.setColor(QPalette.ColorRole.Text, TEXT)
        self._page_palette.setColor(QPalette.ColorRole.WindowText, TEXT)

        # Zero delay: runs once the current burst of model signals is over.
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(0)
        self._update_timer.timeout.connect(self._on_update_timer_timeout)
        # Does the work left for after the first frame (ItemColumn.idle_step: measuring the
        # table's rows, estimating heights), a chunk per turn of the event loop, started by
        # a paint.
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(0)
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Only a table too narrow for its words scrolls sideways, as GitHub's does.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Always there: a scroll bar that appears once the first items are laid out would
        # narrow the page and make every height be estimated again (23,000 papers: 46,000
        # items) before the first frame.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(48)

        model.field_changed.connect(self._on_model_field_changed)
        # A replaced digest comes with modelReset (below); reacting to digest_replaced too
        # rebuilt every item a second time (0.3 s at 23,000 papers).
        model.export_changed.connect(self._on_model_reset)
        typesetter().ready.connect(self._on_typesetter_ready)
        model.modelReset.connect(self._on_model_reset)
        model.rowsInserted.connect(self._on_model_rows_changed)
        model.rowsRemoved.connect(self._on_model_rows_changed)
        model.rowsMoved.connect(self._on_model_rows_changed)
        model.layoutChanged.connect(self._on_model_rows_changed)
        # Marked stale before the change, too: another view reacting to rowsInserted (the
        # list selecting the new paper) may ask this one about rows before its own slot ran.
        model.rowsAboutToBeInserted.connect(self._on_model_rows_changed)
        model.rowsAboutToBeRemoved.connect(self._on_model_rows_changed)
        model.layoutAboutToBeChanged.connect(self._on_model_rows_changed)
        model.modelAboutToBeReset.connect(self._on_model_reset)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the view in the current interface language; the rendered digest
        is the digest's own text and stays as it is."""
        self._empty_text = self.tr("Select a paper to preview it.")
        # Painting settles the column, which renders the message again if it changed.
        self.viewport().update()

    # ------------------------------------------------------------------ public

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Show the selected paper only ("paper") or the whole digest ("digest")."""
        if mode not in MODES:
            raise ValueError(f"unknown preview mode {mode!r}")
        if mode == self._mode:
            return
        self._mode = mode
        self._structure_dirty = True
        self._reset_pending = True
        self._settle()
        row = self.current_row()
        if mode == DIGEST_MODE and row >= 0:
            self._scroll_to_item(self._item_index(ENTRY, row))
        self.viewport().update()

    def current_row(self) -> int:
        """The selected paper's row, or -1."""
        return self._current.row() if self._current.isValid() else -1

    def set_current_row(self, row: int) -> None:
        """Select the paper shown in paper mode and scrolled to in digest mode."""
        valid = 0 <= row < self._model.rowCount()
        self._current = QPersistentModelIndex(self._model.index(row, 0) if valid else QModelIndex())
        if self._mode == PAPER_MODE:
            self._structure_dirty = True
            self._reset_pending = True
            self._settle()
        elif valid:
            self._settle()
            index = self._item_index(ENTRY, row)
            if not self._is_shown(index):
                self._scroll_to_item(index)
        self.viewport().update()

    def rendered_text(self) -> str:
        """The plain text of the items on screen, top to bottom."""
        self._settle()
        return "\n".join(plain_text(item.doc) for _, item in self._column.visible() if item.doc is not None)

    def visible_documents(self) -> list[QTextDocument]:
        """The laid-out documents of the items on screen, top to bottom."""
        self._settle()
        return [item.doc for _, item in self._column.visible() if item.doc is not None]

    def visible_items(self) -> list[tuple[str, int]]:
        """(kind, row) of each item on screen; row is -1 for headings."""
        self._settle()
        return [(item.kind, item.row) for _, item in self._column.visible()]

    def visible_rows(self) -> list[int]:
        """Rows of the papers with a table row or entry on screen, ascending."""
        return sorted({row for kind, row in self.visible_items() if kind in (ROW, ENTRY)})

    def update_pending(self) -> bool:
        """Whether model changes wait for the coalescing timer to be shown."""
        return self._update_timer.isActive()

    def idle_work_done(self) -> bool:
        """Whether the table is measured from every row and each height estimated from its
        own text (see ItemColumn.idle_step)."""
        self._settle()
        return not self._column.idle_pending()

    def document_count(self) -> int:
        """How many items hold a rendered document (the rest are estimates)."""
        return self._column.document_count()

    def activate_link(self, href: str) -> None:
        """Follow a clicked link: footnotes scroll here, http(s) opens outside, the rest nothing."""
        target = link_target(href)
        if isinstance(target, QUrl):
            self.external_link_activated.emit(target)
        elif target is not None:
            index = self._item_index(*target)
            if index >= 0:
                self._scroll_to_item(index)

    def link_position(self, href: str) -> QPoint | None:
        """Where on the viewport the first visible link to `href` is, or None."""
        self._settle()
        for top, item in self._column.visible():
            found = link_in_document(item.doc, href) if item.doc is not None else None
            if found is not None:
                x = found.x() + self._left() - self._shift(item)
                return QPoint(round(x), round(top + item.inset + found.y()))
        return None

    def scroll_anchor(self) -> tuple[str, int, float]:
        """Where the view is scrolled: (kind, row) of the item at the top edge and the offset into it."""
        self._settle()
        index, offset = self._column.anchor()
        if not 0 <= index < len(self._column.items):
            return "", -1, 0.0
        item = self._column.items[index]
        return item.kind, item.row, offset

    def set_scroll_anchor(self, kind: str, row: int, offset: float) -> None:
        """Scroll back to a scroll_anchor(); nothing when that item is not shown any more."""
        self._flush_structure()
        for index, item in enumerate(self._column.items):
            if item.kind == kind and item.row == row:
                self._column.set_anchor(index, offset)
                self._refresh()
                return

    def set_highlight(self, highlighter: Highlighter | None) -> None:
        """Highlight the spans `highlighter(text)` gives in each paragraph shown (None: no marks)."""
        self._highlight = highlighter
        self.viewport().update()

    def highlighted_texts(self) -> list[str]:
        """The texts highlighted on screen now, top to bottom (what a user sees marked)."""
        self._settle()
        if self._highlight is None:
            return []
        return [
            text
            for _, item in self._column.visible()
            if item.doc is not None
            for text in highlighted_texts(item.doc, self._highlight)
        ]

    def scroll_to_end(self) -> None:
        self._column.stick_to_end = True
        self._column.set_scroll_position(math.inf)
        self._refresh()

    # ------------------------------------------------------------------ model signals

    def _on_model_field_changed(self, row: int, name: str) -> None:
        self._flush_structure()
        paper = self._model.paper(row)
        if not name or name in ROW_FIELDS:  # "": a paper replaced whole
            # Only what the summary table shows moves its columns; measuring every row
            # again on each keystroke in an abstract cost 20 ms at 23,000 papers.
            self._column.invalidate_table()
        for index in (self._item_index(ROW, row), self._item_index(ENTRY, row)):
            if index >= 0:
                item = self._column.items[index]
                item.paper = paper  # a replaced paper is a new object
                item.html = None
                item.metrics = None
        self._update_timer.start()

    def _on_model_rows_changed(self, *args) -> None:
        self._structure_dirty = True
        self._update_timer.start()

    def _on_model_reset(self) -> None:
        self._structure_dirty = True
        self._reset_pending = True
        self._update_timer.start()

    def _on_typesetter_ready(self, names: list[str]) -> None:
        # Formulas shown as their source are typeset now: lay out again what shows them.
        targets = [f'src="{name}"' for name in names]
        stale = False
        for item in self._column.items:
            if item.doc is not None and item.html and any(target in item.html for target in targets):
                item.doc_hash = None
                stale = True
        if stale:
            self._update_timer.start()

    def _on_update_timer_timeout(self) -> None:
        self._refresh()

    def _on_idle_timer_timeout(self) -> None:
        if self._column.idle_step(self._model.digest.export):
            self._refresh()  # new heights or columns: the scroll bar and the rows on screen
        if self._column.idle_pending():
            self._idle_timer.start()
        else:  # every item's layout exists and lives with the digest: out of later collections
            freeze_long_lived()

    # ------------------------------------------------------------------ items and geometry

    def _flush_structure(self) -> None:
        """Rebuild the item list after a structural change, reusing items of kept papers."""
        if not self._structure_dirty:
            return
        self._structure_dirty = False
        reset, self._reset_pending = self._reset_pending, False
        self._column.rebuild(
            self._model.papers, self._model.digest.export, self._mode, self.current_row(), reset
        )

    def _item_index(self, kind: str, row: int) -> int:
        """Index of the item of `kind` for paper `row`, or -1."""
        self._flush_structure()
        return self._column.index_of(kind, row, self._mode, self._model.rowCount())

    def _left(self) -> int:
        """The page's left margin."""
        return page_padding(self.viewport().width())

    def _content_width(self) -> float:
        return float(max(100, self.viewport().width() - 2 * self._left()))

    def _shift(self, item) -> float:
        """How far an item is scrolled sideways: only the table scrolls."""
        return float(self.horizontalScrollBar().value()) if item.grid is not None else 0.0

    def _is_shown(self, index: int) -> bool:
        """Whether the item is on screen enough not to need scrolling to."""
        if index < 0:
            return False
        height = self.viewport().height()
        top = self._column.item_top(index)
        bottom = top + self._column.items[index].height
        return top >= 0 and (bottom <= height or top < height / 3)

    def _scroll_to_item(self, index: int) -> None:
        if index >= 0:
            self._column.scroll_to_item(index)
            self._refresh()

    def _settle(self) -> None:
        """Bring the item list, the on-screen documents and the scroll bar up to date."""
        self._flush_structure()
        self._column.settle(
            self._content_width(),
            self.viewport().height(),
            self._model.digest.export,
            self._empty_text,
        )
        self._sync_scrollbar()

    def _sync_scrollbar(self) -> None:
        bar = self.verticalScrollBar()
        viewport_height = self.viewport().height()
        self._syncing_scrollbar = True
        try:
            bar.setRange(0, max(0, round(self._column.total_height() - viewport_height)))
            bar.setPageStep(max(1, viewport_height - 40))
            bar.setValue(round(self._column.scroll_position()))
            sideways = self.horizontalScrollBar()
            overflow = max(0, math.ceil(self._column.table_width() - self._column.width))
            sideways.setRange(0, overflow)
            sideways.setPageStep(max(1, round(self._column.width)))
            sideways.setSingleStep(24)
        finally:
            self._syncing_scrollbar = False

    def _refresh(self) -> None:
        self._settle()
        self.viewport().update()

    # ------------------------------------------------------------------ Qt events

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if self._syncing_scrollbar:
            return
        if dx and not dy:
            self.viewport().update()
            return
        bar = self.verticalScrollBar()
        self._column.stick_to_end = bar.value() >= bar.maximum() > 0
        self._column.set_scroll_position(float(bar.value()))
        self._refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._settle()
        painter = QPainter(self.viewport())
        paint_page(
            painter,
            QRectF(event.rect()),
            self._column.visible(),
            self._column.width,
            self._page_palette,
            left=self._left(),
            shift=self._shift,
            highlight=self._highlight,
            selected=self.current_row() if self._mode == DIGEST_MODE else -1,
        )
        painter.end()
        if self._column.idle_pending() and not self._idle_timer.isActive():
            self._idle_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {
            Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
            Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
            Qt.Key.Key_Up: QAbstractSlider.SliderAction.SliderSingleStepSub,
            Qt.Key.Key_Down: QAbstractSlider.SliderAction.SliderSingleStepAdd,
            Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
        }
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_End:
            self.scroll_to_end()
        elif key in actions:
            self.verticalScrollBar().triggerAction(actions[key])
        else:
            super().keyPressEvent(event)

    def href_at(self, position: QPointF) -> str:
        """The address of the link at a point of the viewport, or ""."""
        self._settle()
        for top, item in self._column.visible():
            if top <= position.y() < top + item.height:
                if item.doc is None:
                    return ""
                x = position.x() - self._left() + self._shift(item)
                point = QPointF(x, position.y() - top - item.inset)
                return item.doc.documentLayout().anchorAt(point)
        return ""
