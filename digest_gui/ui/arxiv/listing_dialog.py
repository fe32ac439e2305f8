"""File → Import from arXiv Listing: pick papers from today's announcements.

The feeds are fetched in the background (listing_fetch.py), so the window never waits
for the network; the answer of a fetch the user cancelled or replaced is dropped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.errors import DigestError
from digest_gui.core.failures import failure_of
from digest_gui.core.model import Paper
from digest_gui.core.sources.listing import (
    LISTING_TYPES,
    ListingItem,
    ListingSettings,
    listing_paper,
)
from digest_gui.core.sources.listing_sources import ListingSource, get_listing_source
from digest_gui.ui.arxiv.listing_fetch import ListingFetch
from digest_gui.ui.arxiv.listing_model import (
    COLUMN_AUTHORS,
    COLUMN_CATEGORIES,
    COLUMN_CHECK,
    COLUMN_ID,
    COLUMN_TITLE,
    COLUMN_TYPE,
    ItemRole,
    ListingFilter,
    ListingModel,
)
from digest_gui.ui.failures import failure_text
from digest_gui.ui.widgets.plain_text import plain_label

# Readable on light and dark backgrounds alike.
ERROR_COLOR = "#d9453c"


def abstract_html(item: ListingItem) -> str:
    """The listing item as the abstract pane shows it; everything from the feed is escaped."""
    meta = " · ".join(
        part for part in (item.versioned_id, item.announce_type, ", ".join(item.categories)) if part
    )
    return (
        f"<p><b>{html.escape(item.title)}</b><br>"
        f"<span>{html.escape(', '.join(item.authors))}</span><br>"
        f"<small>{html.escape(meta)}</small></p>"
        f"<p>{html.escape(item.abstract)}</p>"
    )


class ListingDialog(QDialog):
    """Today's announcements of some categories; the ticked ones are added to the digest."""

    def __init__(
        self,
        existing_ids: Iterable[str] = (),
        categories: str = "cs.LG",
        settings: ListingSettings | None = None,
        parent: QWidget | None = None,
        source: ListingSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listingDialog")
        self.settings = settings or ListingSettings()
        self.source = source or get_listing_source()
        self.model = ListingModel(existing_ids, self)
        self.proxy = ListingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.fetcher = ListingFetch(self.source, self.settings, self)
        self._fetched = ""  # the categories of the listing shown
        self.message_is_error = False

        self.categories_edit = QLineEdit(categories, self)
        self.categories_edit.setObjectName("listingCategories")
        self.categories_label = QLabel(self)
        self.categories_label.setBuddy(self.categories_edit)
        self.fetch_button = QPushButton(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no steps to count: a busy indicator
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = plain_label(QLabel(self))  # arXiv's errors, as written
        self.message.setObjectName("listingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        # As tall as the Cancel button beside it, so the table does not jump when a fetch starts.
        self.message.setMinimumHeight(self.cancel_button.sizeHint().height())
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("listingFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.type_boxes = {name: QCheckBox(name, self) for name in LISTING_TYPES}
        for box in self.type_boxes.values():
            box.setChecked(True)
        self.table = QTableView(self)
        self.table.setObjectName("listingTable")
        self.abstract_view = QTextBrowser(self)
        self.abstract_view.setObjectName("listingAbstract")
        self.abstract_view.setOpenLinks(False)
        self.select_all_button = QPushButton(self)
        self.select_none_button = QPushButton(self)
        self.shown_label = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Return in the categories box fetches; it must not press Add or Close.
        for button in (self.fetch_button, self.cancel_button, self.add_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        self._build_table()
        self._build_layout()
        self._connect()
        self.retranslate()
        # Says where listings come from: a mirror set in the environment shows here.
        hint = self.tr("Fetch shows today's announcements from %1").replace("%1", self.settings.rss_url)
        self._show_message(hint)
        self.resize(1100, 720)

    # ------------------------------------------------------------------ building

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column, mode in (
            (COLUMN_CHECK, QHeaderView.ResizeMode.ResizeToContents),
            (COLUMN_ID, QHeaderView.ResizeMode.ResizeToContents),
            (COLUMN_TITLE, QHeaderView.ResizeMode.Stretch),
            (COLUMN_AUTHORS, QHeaderView.ResizeMode.Interactive),
            (COLUMN_CATEGORIES, QHeaderView.ResizeMode.Interactive),
            (COLUMN_TYPE, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(COLUMN_AUTHORS, 220)
        header.resizeSection(COLUMN_CATEGORIES, 150)
        table.installEventFilter(self)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.categories_label)
        top.addWidget(self.categories_edit, 1)
        top.addWidget(self.fetch_button)
        status = QHBoxLayout()
        status.addWidget(self.busy)
        status.addWidget(self.message, 1)
        status.addWidget(self.cancel_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        for box in self.type_boxes.values():
            filters.addWidget(box)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.abstract_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.select_all_button)
        ticks.addWidget(self.select_none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.shown_label)
        layout = QVBoxLayout(self)
        for row in (top, status, filters):
            layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.fetch_button.clicked.connect(self._on_fetch_button_clicked)
        self.categories_edit.returnPressed.connect(self._on_fetch_button_clicked)
        self.cancel_button.clicked.connect(self.cancel_fetch)
        self.fetcher.loaded.connect(self._on_fetcher_loaded)
        self.fetcher.failed.connect(self._on_fetcher_failed)
        self.fetcher.busy_changed.connect(self._on_fetcher_busy_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        for box in self.type_boxes.values():
            box.toggled.connect(self._on_type_box_toggled)
        self.select_all_button.clicked.connect(lambda: self._tick_shown(True))
        self.select_none_button.clicked.connect(lambda: self._tick_shown(False))
        self.model.checked_changed.connect(self._on_model_checked_changed)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_counts)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from arXiv Listing"))
        self.categories_label.setText(self.tr("&Categories:"))
        self.categories_edit.setPlaceholderText(self.tr("e.g. cs.LG, cs.CV"))
        self.categories_edit.setToolTip(self.tr("arXiv categories, separated by commas or spaces"))
        self.fetch_button.setText(self.tr("&Fetch Today's Listing"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, author, abstract or arXiv id"))
        tips = {
            "new": self.tr("First announcements of papers in these categories"),
            "cross": self.tr("New papers of other categories, cross-listed here"),
            "replace": self.tr("New versions of papers of these categories"),
            "replace-cross": self.tr("New versions of cross-listed papers"),
        }
        for name, box in self.type_boxes.items():
            box.setToolTip(tips[name])
        self.select_all_button.setText(self.tr("Select &All"))
        self.select_none_button.setText(self.tr("Select &None"))
        self.select_all_button.setToolTip(self.tr("Tick every paper shown"))
        self.select_none_button.setToolTip(self.tr("Untick every paper shown"))
        self._update_add_button()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ fetching

    def categories_text(self) -> str:
        """The categories as typed, tidied when they are valid (to remember for next time)."""
        try:
            return ", ".join(self.source.parse_categories(self.categories_edit.text()))
        except DigestError:
            return self.categories_edit.text().strip()

    def is_fetching(self) -> bool:
        return self.fetcher.is_busy()

    def fetch(self) -> None:
        """Fetch the listings of the categories typed, in the background."""
        try:
            categories = self.source.parse_categories(self.categories_edit.text())
        except DigestError as error:
            self._show_message(failure_text(failure_of(error)), error=True)
            return
        self.fetcher.start(categories)
        self._fetched = ", ".join(categories)
        self._show_message(self.tr("Fetching the listings of %1…").replace("%1", self._fetched))

    def cancel_fetch(self) -> None:
        """Stop waiting for the fetch under way; its answer is dropped if it still comes."""
        if self.fetcher.stop():
            self._show_message(self.tr("Cancelled."))

    def _on_fetcher_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.fetch_button.setEnabled(not busy)

    def _on_fetch_button_clicked(self) -> None:
        if not self.is_fetching():
            self.fetch()

    def _on_fetcher_loaded(self, items: list[ListingItem]) -> None:
        self.model.set_items(items)
        if items:
            text = self.tr("%n announcement(s) in %1", "", len(items)).replace("%1", self._fetched)
            self._show_message(text)
            self._select_first_row()
            self.table.setFocus()
        else:
            self._show_message(
                self.tr("No announcements today: arXiv announces nothing on weekends and holidays.")
            )

    def _on_fetcher_failed(self, message: str) -> None:
        self._show_message(message, error=True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        # One line (a core error is one line already); the colour says it went wrong.
        self.message_is_error = error
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setText(text.splitlines()[0] if text else "")

    # ------------------------------------------------------------------ ticking and filtering

    def _tick_shown(self, checked: bool) -> None:
        self.model.set_checked(self.proxy.source_rows(), checked)

    def _toggle_row(self, source_row: int) -> None:
        self.model.set_checked([source_row], not self.model.is_checked(source_row))

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()

    def _on_type_box_toggled(self, _checked: bool) -> None:
        self.proxy.set_types(name for name, box in self.type_boxes.items() if box.isChecked())
        self._update_counts()

    def _on_model_checked_changed(self, _count: int) -> None:
        self._update_add_button()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != COLUMN_CHECK:  # a click on the box itself has ticked it already
            self._toggle_row(self.proxy.mapToSource(index).row())

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(ItemRole) if current.isValid() else None
        self.abstract_view.setHtml(abstract_html(item) if item is not None else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Space ticks the current paper whichever of its cells is current.
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            current = self.table.currentIndex()
            if event.key() == Qt.Key.Key_Space and current.isValid():
                self._toggle_row(self.proxy.mapToSource(current).row())
                return True
        return super().eventFilter(watched, event)

    def _select_first_row(self) -> None:
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, COLUMN_TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_counts(self, *_args) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.shown_label.setText(
            self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        )
        counts = {name: 0 for name in LISTING_TYPES}
        for item in self.model.items:
            if item.announce_type in counts:
                counts[item.announce_type] += 1
        for name, box in self.type_boxes.items():
            box.setText(f"{name} ({counts[name]})" if total else name)

    def _update_add_button(self) -> None:
        count = len(self.model.checked_items())
        self.add_button.setText(self.tr("&Add (%n)", "", count))
        self.add_button.setEnabled(count > 0)

    # ------------------------------------------------------------------ result

    def selected_papers(self) -> list[Paper]:
        """The ticked papers, in the listing's order, ready for Project.add_papers."""
        return [
            listing_paper(item) for item in self.model.checked_items() if item.id not in self.model.existing
        ]

    def done(self, result: int) -> None:
        # Closing while a fetch runs: let the worker stop at its next wait, drop its answer.
        self.fetcher.stop()
        super().done(result)
