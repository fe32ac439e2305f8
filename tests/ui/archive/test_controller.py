"""The window archives what it saves, imports and exports, in the background; a damaged or
locked archive is told once and the editor goes on without it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from digest_gui.core.archive.indexing import source_key
from digest_gui.core.archive.store import archive_path
from digest_gui.core.identifiers import ArxivId
from digest_gui.ui import workers
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.document.paper_model import COLUMN_TITLE_EN
from tests.ui.archive.conftest import archived_paths


def test_saving_a_project_archives_it_in_the_background(window, qtbot, answers, tmp_path):
    target = tmp_path / "today.digest"
    answers.save_path = str(target)
    with qtbot.waitSignal(window.archive.controller.indexed, timeout=10000) as indexed:
        assert window.files.save_as()
    assert indexed.args == [str(target)]
    assert archived_paths() == [source_key(target)]
    assert not window.archive.notice.isVisible()


def test_an_exported_digest_is_archived_and_an_html_page_is_not(window, qtbot, answers, tmp_path):
    window.export_gate.accept_current()  # the example digest's warnings
    answers.save_path = str(tmp_path / "page.html")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export("html")
    answers.save_path = str(tmp_path / "2026-03-02.md")
    with qtbot.waitSignal(window.archive.controller.indexed, timeout=10000):
        assert window.files.export("md")
    assert archived_paths() == [source_key(tmp_path / "2026-03-02.md")]


def test_a_damaged_archive_is_told_once_and_rebuilt_on_request(window, qtbot, answers, tmp_path):
    first = tmp_path / "first.digest"
    answers.save_path = str(first)
    with qtbot.waitSignal(window.archive.controller.indexed, timeout=10000):
        window.files.save_as()
    archive_path().write_bytes(b"\x00not a database\x00" * 512)
    for suffix in ("-wal", "-shm"):
        archive_path().with_name(archive_path().name + suffix).unlink(missing_ok=True)
    notice = window.archive.notice
    with qtbot.waitSignal(window.archive.controller.problem_changed, timeout=10000):
        window.files.save()
    assert notice.isVisible()
    assert "cannot be read" in notice.label.text() and "damaged" in notice.label.text()
    assert notice.buttons["rebuild"].isVisible() and not notice.buttons["retry"].isVisible()
    assert window.archive.memory_panel.found is None  # nothing else asks the archive now
    # The editor goes on: saving works, and the notice does not come back once dismissed.
    qtbot.mouseClick(notice.buttons["dismiss"], Qt.MouseButton.LeftButton)
    assert window.files.save()
    workers.drain()
    assert not notice.isVisible()
    assert window.archive.controller.index(str(first)) is None  # nothing is asked of it now
    # File → Rebuild Archive: made again from its sources (the saved project).
    with qtbot.waitSignal(window.archive.controller.problem_changed, timeout=10000) as cleared:
        window.action_registry["rebuildArchive"].trigger()
    assert cleared.args == [None]
    assert not notice.isVisible()
    assert archived_paths() == [source_key(first)]
    assert "Archive rebuilt" in window.statusBar().currentMessage()


def test_a_locked_archive_offers_to_try_again(window, qtbot, answers, tmp_path):
    answers.save_path = str(tmp_path / "a.digest")
    with qtbot.waitSignal(window.archive.controller.indexed, timeout=10000):
        window.files.save_as()
    window.archive.controller.timeout = 0.05
    holder = sqlite3.connect(archive_path(), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.project.set_field(0, "title_zh", "改过的标题")
        with qtbot.waitSignal(window.archive.controller.problem_changed, timeout=10000):
            window.files.save()
    finally:
        holder.rollback()
        holder.close()
    notice = window.archive.notice
    assert "in use by another program" in notice.label.text()
    assert notice.buttons["retry"].isVisible() and not notice.buttons["rebuild"].isVisible()
    qtbot.mouseClick(notice.buttons["retry"], Qt.MouseButton.LeftButton)
    assert window.archive.controller.available()
    with qtbot.waitSignal(window.archive.controller.indexed, timeout=10000):
        window.files.save()


def test_papers_of_earlier_digests_are_marked_in_the_list_and_open_that_digest(
    window, qtbot, answers, reference_archived
):
    window.project.new()
    window.project.add_ids([ArxivId("2403.18296"), ArxivId("2501.00001")])
    proxy = window.list_pane.proxy
    qtbot.waitUntil(lambda: window.archive.controller.covered("2403.18296") != [], timeout=10000)
    marked = proxy.index(0, COLUMN_TITLE_EN)
    assert marked.data(Qt.ItemDataRole.DecorationRole) is not None
    tooltip = marked.data(Qt.ItemDataRole.ToolTipRole)
    assert "Covered before: 2026-03-01 (2026-03-01.md)" in tooltip
    assert proxy.index(1, COLUMN_TITLE_EN).data(Qt.ItemDataRole.DecorationRole) is None
    # Right-click → Open Earlier Digest opens the archived digest at that paper.
    window.list_pane.select_row(0)
    menu = window.list_pane.context_menu
    menu.aboutToShow.emit()
    assert window.archive.open_earlier_action.isVisible()
    answers.save_changes = Choice.DISCARD
    window.archive.open_earlier_action.trigger()
    assert window.project.model.rowCount() == 23
    assert window.list_pane.current_row() == 1
    # The digest open now is the archived one: its own papers are not "covered before".
    window.archive.controller.refresh_covered()
    workers.drain()
    assert window.archive.controller.covered("2403.18296") == []


def test_a_digest_opened_from_the_archive_marks_none_of_its_own_papers(window, qtbot, reference_archived):
    assert window.files.open_now(str(reference_archived))
    workers.drain()
    QApplication.processEvents()
    workers.drain()
    assert all(window.archive.controller.covered(paper.id) == [] for paper in window.project.digest.papers)
    assert window.list_pane.proxy.index(0, COLUMN_TITLE_EN).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_click_on_the_covered_mark_opens_the_earlier_digest_and_elsewhere_does_not(
    window, qtbot, answers, reference_archived
):
    window.show()
    window.project.new()
    window.project.add_ids([ArxivId("2403.18296"), ArxivId("2501.00001")])
    qtbot.waitUntil(lambda: window.archive.controller.covered("2403.18296") != [], timeout=10000)
    view = window.list_pane.view
    answers.save_changes = Choice.DISCARD
    # On the title's text, beside the mark: the row is selected, nothing else happens.
    rect = view.visualRect(window.list_pane.proxy.index(0, COLUMN_TITLE_EN))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(rect.width() // 4, 0)
    )
    QApplication.processEvents()
    assert window.project.model.rowCount() == 2
    # On the mark: the archived digest opens at that paper.
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 12, rect.center().y())
    )
    qtbot.waitUntil(lambda: window.project.model.rowCount() == 23)
    assert window.list_pane.current_row() == 1
