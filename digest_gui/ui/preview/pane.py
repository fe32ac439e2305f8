"""The live Markdown preview pane: a mode switch above the virtual preview view.

A format switch beside it shows instead what an export writes, as its target shows it
(format_view.py): the themed page, WeChat's or Zhihu's rich text, or a text format's text.
It is rendered when chosen and again shortly after the digest changes.

The preview renders the very Markdown the export writes as GitHub does (cmark-gfm and
GitHub's math, see core/formats/render_github.py; Export HTML keeps Python-Markdown) and
shows it either for the selected paper only or for the whole digest, scrolled to the
selected paper. It never loads anything by itself; a clicked http(s) link opens in the
system browser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.formats.exporters import exporters
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview.items import SafeTextDocument, preview_css
from digest_gui.ui.preview.view import DIGEST_MODE, MODES, PAPER_MODE, PreviewView
from digest_gui.ui.widgets.fitting_combo import FittingComboBox

if TYPE_CHECKING:
    from digest_gui.ui.preview.format_render import FormatRenderer
    from digest_gui.ui.preview.format_view import FormatView

__all__ = ["PreviewPane", "PreviewView", "SafeTextDocument"]

PREVIEW_FORMAT = ""  # the format switch's first entry: the live Markdown preview
FORMAT_DELAY_MS = 400  # after a change, before an export format is shown again


class PreviewPane(QWidget):
    """The rendered digest with a switch between the selected paper and the whole digest."""

    mode_changed = Signal(str)
    format_shown = Signal(str)  # an export format's output is on screen (after it was rendered)

    def __init__(self, model: PaperModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        # Patched by tests; the only way a link leaves the application.
        self.open_external_url = QDesktopServices.openUrl

        self._paper_button = QToolButton(self)
        self._digest_button = QToolButton(self)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        for button, mode in ((self._paper_button, PAPER_MODE), (self._digest_button, DIGEST_MODE)):
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setProperty("preview_mode", mode)
            self._buttons.addButton(button)
        self._buttons.buttonClicked.connect(self._on_buttons_button_clicked)

        self._view = PreviewView(model, self)
        self._view.external_link_activated.connect(self._on_view_external_link_activated)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        # An export format's view and its renderer are made at the first switch to one:
        # a start shows the live preview.
        self._format_view: FormatView | None = None
        self._renderer: FormatRenderer | None = None

        # Whole where there is room, narrow when the pane is: the combo must not widen the
        # preview's minimum width.
        self._format_combo = FittingComboBox(self, minimum_characters=4)
        self._format_combo.setObjectName("previewFormat")
        self._format_combo.addItem("", PREVIEW_FORMAT)
        for exporter in exporters():
            self._format_combo.addItem(exporter.label, exporter.name)
        self._format_combo.currentIndexChanged.connect(self._on_format_combo_current_index_changed)
        self._format_timer = QTimer(self)
        self._format_timer.setSingleShot(True)
        self._format_timer.setInterval(FORMAT_DELAY_MS)
        self._format_timer.timeout.connect(self._show_format)
        for signal in (
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.modelReset,
            model.export_changed,
        ):
            signal.connect(self._on_model_changed)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self._paper_button)
        bar.addWidget(self._digest_button)
        bar.addStretch(1)
        bar.addWidget(self._format_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)
        self._sync_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the pane in the current interface language (the view has its own)."""
        self._paper_button.setText(self.tr("Selected paper"))
        self._paper_button.setToolTip(self.tr("Preview the selected paper only"))
        self._digest_button.setText(self.tr("Whole digest"))
        self._digest_button.setToolTip(self.tr("Preview the whole digest, scrolled to the selected paper"))
        self._format_combo.setItemText(0, self.tr("Live preview"))
        self._format_combo.updateGeometry()  # its preferred width follows its texts
        self._format_combo.setToolTip(self.tr("Show the digest as an export format's target shows it"))

    # ------------------------------------------------------------------ public

    def view(self) -> PreviewView:
        return self._view

    def mode(self) -> str:
        return self._view.mode()

    def set_mode(self, mode: str) -> None:
        """Show the selected paper only ("paper") or the whole digest ("digest")."""
        if mode not in MODES:
            raise ValueError(f"unknown preview mode {mode!r}")
        self.set_format(PREVIEW_FORMAT)  # Ctrl+1 and Ctrl+2 always show the live preview
        if mode == self._view.mode():
            return
        self._view.set_mode(mode)
        self._sync_buttons()
        self.mode_changed.emit(mode)

    def format(self) -> str:
        """The export format shown, or PREVIEW_FORMAT for the live preview."""
        return str(self._format_combo.currentData())

    def set_format(self, name: str) -> None:
        """Show an export format's output (a registered name), or the live preview ("")."""
        index = self._format_combo.findData(name)
        if index < 0:
            raise ValueError(f"unknown export format {name!r}")
        self._format_combo.setCurrentIndex(index)

    def format_view(self) -> FormatView:
        """The view of an export format's output, made at its first use."""
        if self._format_view is None:
            from digest_gui.ui.preview.format_render import FormatRenderer
            from digest_gui.ui.preview.format_view import FormatView

            self._format_view = FormatView(self)
            self._format_view.external_link_activated.connect(self._on_view_external_link_activated)
            self._stack.addWidget(self._format_view)
            self._renderer = FormatRenderer(self)
            self._renderer.rendered.connect(self._on_renderer_rendered)
            self._renderer.failed.connect(self._on_renderer_failed)
        return self._format_view

    def set_current_row(self, row: int) -> None:
        """The selected paper (-1 for none): shown in paper mode, scrolled to in digest mode."""
        self._view.set_current_row(row)

    def current_row(self) -> int:
        return self._view.current_row()

    def css(self) -> str:
        """The stylesheet of the HTML export (the preview adds Qt adjustments to it)."""
        return preview_css()

    def html(self) -> str:
        """The whole digest as a standalone HTML page: what "Export HTML" writes."""
        # Imported here: Python-Markdown is not needed for the first frame.
        from digest_gui.core.formats.render_html import digest_html

        return digest_html(self._model.digest, self.css())

    def rendered_text(self) -> str:
        """The plain text of what the preview shows on screen."""
        return self._view.rendered_text()

    def visible_rows(self) -> list[int]:
        """Rows of the papers with a table row or entry on screen."""
        return self._view.visible_rows()

    # ------------------------------------------------------------------ slots

    def _on_format_combo_current_index_changed(self, _index: int) -> None:
        self._format_timer.stop()
        if self.format() == PREVIEW_FORMAT:
            if self._renderer is not None:
                self._renderer.cancel()  # what it would show is not wanted now
            self._stack.setCurrentWidget(self._view)
            return
        self._show_format()
        self._stack.setCurrentWidget(self.format_view())

    def _on_model_changed(self, *_args: object) -> None:
        if self.format() != PREVIEW_FORMAT:
            self._format_timer.start()

    def _show_format(self) -> None:
        name = self.format()
        self.format_view()  # and its renderer
        assert self._renderer is not None
        if name == PREVIEW_FORMAT:
            self._renderer.cancel()
            return
        # On a worker, from a copy: the user types on while it renders.
        self._renderer.request(name, self._model.digest.copy())

    def _on_renderer_rendered(self, name: str, text: str) -> None:
        if name != self.format():
            return  # the switch moved on meanwhile
        view = self.format_view()
        scroll = view.verticalScrollBar().value()
        if text.lstrip().startswith(("<!DOCTYPE html", "<html")):
            view.show_page(text)
        else:
            view.show_text(text)
        view.verticalScrollBar().setValue(scroll)
        self.format_shown.emit(name)

    def _on_renderer_failed(self, name: str, line: str) -> None:
        if name == self.format():
            self.format_view().show_text(self.tr("This format cannot be shown: %1").replace("%1", line))
            self.format_shown.emit(name)

    def _on_buttons_button_clicked(self, button: QToolButton) -> None:
        self.set_mode(button.property("preview_mode"))

    def _on_view_external_link_activated(self, url: QUrl) -> None:
        self.open_external_url(url)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _sync_buttons(self) -> None:
        mode = self._view.mode()
        self._paper_button.setChecked(mode == PAPER_MODE)
        self._digest_button.setChecked(mode == DIGEST_MODE)
