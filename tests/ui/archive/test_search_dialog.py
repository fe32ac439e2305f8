"""Search Archive (Ctrl+Shift+F): typed Chinese finds substrings, results grouped by digest with
the match highlighted as plain text, Return opens the digest at the paper."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from digest_gui.core.archive.indexing import index_digest
from digest_gui.core.archive.store import open_archive
from digest_gui.core.model import Digest, Paper
from digest_gui.ui.archive.search_dialog import SNIPPET_ROLE, SPANS_ROLE
from tests.ui.conftest import commit_text


def open_search(window, qtbot):
    QTest.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.archive.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.query.hasFocus)
    return dialog


def results_of(dialog) -> list[tuple[str, list[str]]]:
    """(heading, [highlighted texts of each paper]) as the dialog shows them."""
    shown = []
    for number in range(dialog.results.topLevelItemCount()):
        heading = dialog.results.topLevelItem(number)
        marks = []
        for child in range(heading.childCount()):
            item = heading.child(child)
            snippet = item.data(0, SNIPPET_ROLE)
            marks.append("|".join(snippet[start:end] for start, end in item.data(0, SPANS_ROLE)))
        shown.append((heading.text(0), marks))
    return shown


def test_chinese_typed_into_the_search_finds_substrings_grouped_by_digest(window, qtbot, reference_archived):
    dialog = open_search(window, qtbot)
    commit_text(dialog.query, "神经网络")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0, timeout=10000)
    ((heading, marks),) = results_of(dialog)
    assert heading == "2026-03-01 · 2026-03-01.md"
    assert marks and set(marks) == {"神经网络"}
    assert dialog.state.text().endswith("papers in 1 digests")


def test_return_opens_the_digest_at_the_paper(window, qtbot, reference_archived):
    window.project.new()
    dialog = open_search(window, qtbot)
    QTest.keyClicks(dialog.query, "GeNet")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=10000)
    assert dialog.results.currentItem().data(0, SNIPPET_ROLE).startswith("[^2] 2403.18296")
    QTest.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.project.model.rowCount() == 23, timeout=10000)
    assert window.list_pane.current_row() == 1
    assert window.project.digest.papers[1].id == "2403.18296"


def test_markup_in_archived_text_is_shown_as_written(window, qtbot):
    paper = Paper(id="2401.00001", title_en="<b>Bold</b> & <img src=x> claims", title_zh="粗体")
    with open_archive() as archive:
        index_digest(archive, Digest(title="<i>odd</i>", papers=[paper]), "/tmp/odd.md", b"odd")
    dialog = open_search(window, qtbot)
    QTest.keyClicks(dialog.query, "claims")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=10000)
    heading = dialog.results.topLevelItem(0)
    assert heading.text(0).endswith("<i>odd</i>")
    assert heading.child(0).data(0, SNIPPET_ROLE) == "[^1] 2401.00001  <b>Bold</b> & <img src=x> claims"


def test_nothing_found_says_so(window, qtbot, reference_archived):
    dialog = open_search(window, qtbot)
    QTest.keyClicks(dialog.query, "zzzzqqq")
    qtbot.waitUntil(lambda: dialog.state.text() == "Nothing found", timeout=10000)
    assert dialog.results.topLevelItemCount() == 0
