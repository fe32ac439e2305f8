"""A paper's title or an error's text shows as written wherever the window shows it, never as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from digest_gui.core.sources.listing import ListingItem
from digest_gui.ui import dialogs
from digest_gui.ui.arxiv.listing_model import COLUMN_TITLE, ListingModel
from digest_gui.ui.document.paper_model import COLUMN_TITLE_EN, COLUMN_TITLE_ZH
from digest_gui.ui.widgets.notice_bar import NoticeBar
from digest_gui.ui.widgets.plain_text import plain_tooltip

HOSTILE = '<img src="/tmp/x.png"><b>bold</b>'


def _rendered(tip: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(tip)
    return document


def test_plain_tooltip_shows_markup_as_written(qapp):
    tip = plain_tooltip(HOSTILE)
    document = _rendered(tip)
    assert document.toPlainText() == HOSTILE
    assert "<img" not in document.toHtml()  # no image element: nothing is loaded
    assert plain_tooltip("Reviewed") == "Reviewed"  # plain text stays as it was
    assert _rendered(plain_tooltip("a <b>\n  c")).toPlainText() == "a <b>\n  c"


def test_paper_list_tooltips_show_a_title_as_written(window):
    window.project.set_field(0, "title_en", HOSTILE)
    window.project.set_field(0, "title_zh", HOSTILE)
    model = window.list_pane.proxy  # the list's own model, which adds the tooltips
    for column in (COLUMN_TITLE_EN, COLUMN_TITLE_ZH):
        tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert HOSTILE in _rendered(tip).toPlainText()
        assert "<img" not in _rendered(tip).toHtml()


def test_listing_tooltips_show_a_title_as_written(qapp):
    model = ListingModel()
    model.set_items([ListingItem(id="2403.18546", title=HOSTILE)])
    tip = model.index(0, COLUMN_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip).toPlainText() == HOSTILE


def test_quality_panel_tooltip_shows_a_title_as_written(window, qtbot):
    window.project.set_field(7, "title_en", HOSTILE)  # the example's paper [^8] has a warning
    window.action_registry["qualityChecks"].trigger()
    qtbot.waitUntil(window.quality_panel.isVisible)
    qtbot.waitUntil(lambda: not window.quality.busy())
    panel = window.quality_panel
    tips = [panel.list.item(i).toolTip() for i in range(panel.list.count())]
    assert any(_rendered(tip).toPlainText() == HOSTILE for tip in tips)


def test_notice_bar_shows_an_error_text_as_written(qapp):
    bar = NoticeBar("test", "error", ())
    bar.set_text(f"The draft failed: {HOSTILE}")
    assert bar.label.textFormat() == Qt.TextFormat.PlainText
    assert bar.label.text() == f"The draft failed: {HOSTILE}"


def test_the_editor_draft_error_notice_is_plain(window):
    bars = window.editor.findChildren(NoticeBar)
    assert bars and all(bar.label.textFormat() == Qt.TextFormat.PlainText for bar in bars)


def test_error_labels_of_the_dialogs_are_plain(window, qtbot):
    from digest_gui.ui.arxiv.listing_dialog import ListingDialog
    from digest_gui.ui.drafts.model_settings import ModelSettingsPage
    from digest_gui.ui.glossary.dialog import GlossaryDialog

    listing = ListingDialog(parent=window)
    glossary = GlossaryDialog([], "", window)
    for dialog in (listing, glossary):
        qtbot.addWidget(dialog)
        assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    page = ModelSettingsPage(window.settings, window)
    qtbot.addWidget(page)
    assert page.test_result.textFormat() == Qt.TextFormat.PlainText


def _inspect_box_later(seen: list[list[tuple[str, Qt.TextFormat]]]) -> None:
    """Once a message box is up, record its labels (text, format) and close it."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(
            [(label.text(), label.textFormat()) for label in box.findChildren(QLabel) if label.text()]
        )
        box.reject()

    QTimer.singleShot(0, look)


@pytest.mark.parametrize(
    "ask",
    [
        lambda: dialogs.show_error(None, "Cannot open", f"{HOSTILE}: not a project"),
        lambda: dialogs.show_info(None, "Imported", HOSTILE),
        lambda: dialogs.show_critical(None, "Something went wrong", HOSTILE),
        lambda: dialogs.ask_save_changes(None, HOSTILE),
        lambda: dialogs.ask_changed_on_disk(None, HOSTILE),
        lambda: dialogs.ask_restore(None, HOSTILE, HOSTILE),
    ],
)
def test_message_boxes_show_names_and_errors_as_written(qapp, ask):
    seen: list[list[tuple[str, Qt.TextFormat]]] = []
    _inspect_box_later(seen)
    ask()
    (labels,) = seen
    quoting = [(text, text_format) for text, text_format in labels if HOSTILE in text]
    assert quoting, labels
    assert all(text_format == Qt.TextFormat.PlainText for _, text_format in quoting)
