"""The window at common screen sizes: every pane gets room, nothing is cut off."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication

from digest_gui.ui.window_layout import SCREEN_SHARE, SPLITTER_SHARES, default_pane_widths, fit_to_screen
from tests.conftest import FIXTURES
from tests.ui.preview.test_table_columns import split_words

SIZES = [(1024, 640), (1280, 720), (1920, 1080)]


def test_default_widths_follow_the_shares():
    widths = default_pane_widths(1000)
    assert abs(sum(widths) - 1000) <= len(widths)
    for width, share in zip(widths, SPLITTER_SHARES, strict=True):
        assert abs(width - 1000 * share / sum(SPLITTER_SHARES)) <= 1
    assert widths[1] > widths[2] > widths[0]  # editor, preview, list


def test_a_first_start_on_a_small_screen_opens_a_window_that_fits_it(qtbot, answers, english):
    """The first size (1400x860) on a smaller screen, as run_window starts it: the window
    takes most of the screen's room, whole, and each pane has its room in it."""
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.main_window import MainWindow

    settings = settings_store.load()
    window = MainWindow(settings, deferred=True)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()  # the offscreen screen: 800x800
    assert window.width() > room.width()  # as a first start on a small laptop screen would be

    fit_to_screen(window, window.splitter, settings)
    window.show()
    qtbot.waitExposed(window)

    least = window.minimumSizeHint()  # the panes' minimums: narrower it cannot be
    assert window.width() == max(int(room.width() * SCREEN_SHARE), least.width()) <= room.width()
    assert window.height() == max(int(room.height() * SCREEN_SHARE), least.height()) <= room.height()
    # Every pane has its room (at this small size the minimums decide more than the shares).
    for index in range(window.splitter.count()):
        pane = window.splitter.widget(index)
        assert pane.width() >= pane.minimumSizeHint().width(), (index, window.splitter.sizes())


def test_a_window_that_fits_keeps_its_size_and_panes(window):
    window.resize(780, 500)  # within the offscreen screen's 800x800
    window.splitter.setSizes([100, 400, 200])
    before = window.splitter.sizes()

    fit_to_screen(window, window.splitter, window.settings)

    assert (window.width(), window.height()) == (780, 500)
    assert window.splitter.sizes() == before


@pytest.fixture
def long_title_window(window, tmp_path):
    path = tmp_path / "long-title.digest"
    shutil.copy(FIXTURES / "long-title.digest", path)
    assert window.open_path(str(path), offer_recovery=False)
    window.list_pane.select_row(0)
    return window


def settle(window, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_each_pane_has_at_least_its_minimum(long_title_window, width, height):
    window = long_title_window
    settle(window, width, height)
    splitter = window.splitter
    for index in range(splitter.count()):
        pane = splitter.widget(index)
        assert pane.width() >= pane.minimumSizeHint().width(), (index, splitter.sizes())
    # The editor's form fits across its pane: never cut off at the right.
    scroll = window.editor._stack.currentWidget()
    assert scroll.widget().width() <= scroll.viewport().width()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_what_the_window_shows_is_whole(qtbot, long_title_window, width, height):
    window = long_title_window
    settle(window, width, height)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.fields["title_en"].toPlainText().startswith("Adversarial Nibbler"))
    title = editor.fields["title_en"]
    assert title.verticalScrollBar().maximum() == 0  # every line of the long title shows
    # The preview's switch shows its whole text ("Live preview", not "Live prev").
    combo = window.preview._format_combo
    assert combo.width() >= combo.sizeHint().width()
    # The preview's table keeps its words whole; from 1280 pixels on it fits the preview
    # without sideways scrolling (at 1024 it does with the fonts of the screenshots).
    window.preview.set_mode("digest")
    view = window.preview.view()
    for document in view.visible_documents():
        assert split_words(document) == []
    if width >= 1280:
        assert view.horizontalScrollBar().maximum() == 0
