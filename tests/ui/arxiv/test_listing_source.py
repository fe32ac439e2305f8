"""The listing dialog fetches through the source it is given (arXiv RSS unless told)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool

from digest_gui.core.sources.listing_sources import ArxivRssSource
from digest_gui.ui.arxiv.listing_dialog import ListingDialog
from tests.core.sources.test_listing_sources import Shelf


def test_the_dialog_uses_the_arxiv_source_by_default(qtbot):
    dialog = ListingDialog((), "cs.LG")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.source, ArxivRssSource)


def test_the_dialog_fetches_from_a_second_source(qtbot):
    dialog = ListingDialog({"2401.00002"}, "robots vision", source=Shelf())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_fetching(), timeout=10000)
    QThreadPool.globalInstance().waitForDone(10000)
    assert dialog.model.rowCount() == 2, dialog.message.text()
    assert dialog.categories_text() == "robots, vision"
    dialog.categories_edit.setText("cs.LG")
    dialog.fetch()
    assert dialog.message.text() == "topics are words" and dialog.message_is_error


def test_a_bad_category_is_worded_in_the_interface_language(qtbot, english):
    from PySide6.QtWidgets import QApplication

    from digest_gui.ui.i18n import apply_language

    dialog = ListingDialog((), "cs/CV")
    qtbot.addWidget(dialog)
    dialog.fetch()
    assert dialog.message.text() == "“cs/CV” is not an arXiv category (like cs.LG, math.OC or hep-th)"
    apply_language(QApplication.instance(), "zh_CN")
    dialog.fetch()
    assert dialog.message.text() == "“cs/CV”不是 arXiv 分类（如 cs.LG、math.OC 或 hep-th）"
