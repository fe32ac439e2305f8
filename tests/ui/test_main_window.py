"""The main window as a user uses it: edit, drop, undo, save, close."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.digest_format import english_abstract_line, export_markdown
from digest_gui.core.formats.project_file import load_project
from digest_gui.ui import workers
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.papers.drops import read_mime
from tests.conftest import FIXTURES
from tests.fake_listing import rss_url, start_feeds, stop_feeds
from tests.ui.conftest import commit_text


def _links(*urls: str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(url) for url in urls])
    mime.setText("\n".join(urls))
    return mime


def test_first_start_shows_the_example_digest_unmodified(window):
    assert window.project.model.rowCount() == 23
    assert not window.project.is_modified()
    assert window.list_pane.current_row() == 0
    assert window.editor.fields["title_en"].toPlainText().startswith("Efficient Heatmap")
    assert "reference" not in window.windowTitle() or "Example" in window.windowTitle()


def test_typing_in_the_editor_reaches_the_preview_and_the_title_bar(window, qtbot):
    field = window.editor.fields["summary_zh"]
    field.setFocus()
    field.selectAll()
    commit_text(field, "全新的一句话总结")
    assert window.project.digest.papers[0].summary_zh == "全新的一句话总结"
    qtbot.waitUntil(lambda: "全新的一句话总结" in window.preview.rendered_text())
    assert window.isWindowModified()


def test_undo_from_the_window_restores_typing_delete_and_reorder(window, qtbot):
    ids = [paper.id for paper in window.project.digest.papers]
    field = window.editor.fields["title_zh"]
    field.setFocus()
    commit_text(field, "加")
    window.list_pane.select_row(3)
    window.action_registry["moveUp"].trigger()
    assert window.project.digest.papers[2].id == ids[3]
    window.list_pane.select_row(5)
    window.action_registry["deletePapers"].trigger()
    assert len(window.project.digest.papers) == 22
    for _ in range(3):
        window.action_registry["undo"].trigger()
    assert [paper.id for paper in window.project.digest.papers] == ids
    assert window.project.digest.papers[0].title_zh == "在混乱场景中高效的基于热图引导的六自由度抓取检测"
    assert not window.isWindowModified()


def test_dropped_links_become_papers_in_order_skipping_duplicates(window):
    mime = _links(
        "https://arxiv.org/abs/2501.00001",
        "https://arxiv.org/abs/2403.18546",  # already in the digest
        "https://arxiv.org/pdf/2501.00002v2",
    )
    window.add_content(read_mime(mime), 1)
    ids = [paper.id for paper in window.project.digest.papers]
    assert ids[1:3] == ["2501.00001", "2501.00002"]
    assert len(ids) == 25
    assert "skipped 1" in window.statusBar().currentMessage()
    assert "2403.18546" in window.statusBar().currentMessage()
    assert window.list_pane.current_row() == 1


def test_pasted_links_are_added_at_the_end_whatever_paper_is_current(window):
    window.list_pane.select_row(4)
    QGuiApplication.clipboard().setText("see arXiv:2501.00003 and https://huggingface.co/papers/2501.00004")
    window.action_registry["pasteLinks"].trigger()
    ids = [paper.id for paper in window.project.digest.papers]
    assert ids[-2:] == ["2501.00003", "2501.00004"]
    assert window.list_pane.current_row() == len(ids) - 2


def test_a_dropped_project_opens_and_a_dropped_digest_imports(window, tmp_path, answers):
    project = tmp_path / "mine.digest"
    window.project.save(project)
    window.project.set_field(0, "title_zh", "未保存")
    answers.save_changes = Choice.DISCARD
    window.add_content(read_mime(_links(QUrl.fromLocalFile(str(project)).toString())), None)
    assert window.project.path == project
    assert window.project.digest.papers[0].title_zh != "未保存"
    window.add_content(
        read_mime(_links(QUrl.fromLocalFile(str(FIXTURES / "reference-digest.md")).toString())), None
    )
    assert window.project.path is None
    assert window.project.is_modified()  # an import is new, unsaved work


def test_save_then_reopen_gives_the_same_project(window, tmp_path, answers):
    window.project.set_field(2, "abstract_zh", "新的翻译。")
    answers.save_path = str(tmp_path / "today")
    assert window.files.save()
    saved = tmp_path / "today.digest"
    assert saved.exists()
    assert not window.isWindowModified()
    assert "today.digest" in window.windowTitle()
    assert load_project(saved) == window.project.digest
    assert window.settings.recent_files[0] == str(saved)


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, answers):
    window.project.set_field(0, "title_zh", "还没保存")
    answers.save_changes = Choice.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert answers.asked == ["save_changes"]
    assert window.project.digest.papers[0].title_zh == "还没保存"


def test_closing_with_save_writes_the_file(window, tmp_path, answers):
    window.project.save(tmp_path / "p.digest")
    window.project.set_field(0, "title_zh", "保存后关闭")
    answers.save_changes = Choice.SAVE
    assert window.close()
    assert load_project(tmp_path / "p.digest").papers[0].title_zh == "保存后关闭"


def test_outside_change_is_detected_before_saving(window, tmp_path, answers):
    path = tmp_path / "shared.digest"
    window.project.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["papers"][1]["summary_zh"] = "同事改的"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window.project.set_field(0, "summary_zh", "我改的")
    answers.changed_on_disk = Choice.CANCEL
    assert not window.files.save()
    assert answers.asked == ["changed_on_disk"]
    assert load_project(path).papers[1].summary_zh == "同事改的"  # not overwritten
    answers.changed_on_disk = Choice.RELOAD
    window.files.save()
    assert window.project.digest.papers[1].summary_zh == "同事改的"
    assert not window.project.is_modified()


def test_export_markdown_html_and_clipboard(window, tmp_path, answers, reference_text, qtbot):
    window.export_gate.accept_current()  # the example digest's warnings
    answers.save_path = str(tmp_path / "out.md")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export_markdown()
    assert (tmp_path / "out.md").read_text(encoding="utf-8") == reference_text
    answers.save_path = str(tmp_path / "out.html")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export_html()
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and 'id="fn:23"' in page
    window.files.copy_markdown()
    assert QGuiApplication.clipboard().text() == export_markdown(window.project.digest)


def test_ctrl_down_moves_to_the_next_paper(window):
    window.action_registry["nextPaper"].trigger()
    assert window.list_pane.current_row() == 1
    assert window.editor.current_row() == 1
    window.action_registry["previousPaper"].trigger()
    assert window.list_pane.current_row() == 0


def test_preview_modes_are_switchable_and_remembered(window):
    window.action_registry["previewPaper"].trigger()
    assert window.preview.mode() == "paper"
    assert window.settings.preview_mode == "paper"
    window.action_registry["previewDigest"].trigger()
    assert (
        window.action_registry["previewDigest"].isChecked()
        and not window.action_registry["previewPaper"].isChecked()
    )


def test_a_file_that_cannot_be_opened_says_why(window, tmp_path, answers):
    broken = tmp_path / "broken.digest"
    # (A newer format version used to be the example here; it now opens read-only: issue 10.)
    broken.write_text('{"format": "digest-gui-project", "version": 1, "papers": [', encoding="utf-8")
    assert not window.open_path(str(broken))
    assert len(answers.errors) == 1
    assert "JSON" in answers.errors[0] and "\n" not in answers.errors[0]
    assert window.project.model.rowCount() == 23  # what was open stays open
    QApplication.processEvents()


def test_window_layout_is_remembered(window, qtbot, answers):
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.main_window import MainWindow

    window.splitter.setSizes([200, 700, 500])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(settings_store.load())
    qtbot.addWidget(again)
    again.show()
    # The offscreen screen may be smaller than the window was, so compare proportions.
    restored = again.splitter.sizes()
    for old, new in zip(sizes, restored, strict=True):
        assert abs(old / sum(sizes) - new / sum(restored)) < 0.03
    assert again.preview.mode() == window.preview.mode()


def test_import_from_listing_adds_the_ticked_papers(window, qtbot, monkeypatch):
    server = start_feeds()
    try:
        monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", rss_url(server))
        window.settings.request_interval = 0.01
        window.list_pane.select_row(1)
        window.action_registry["importListing"].trigger()
        dialog = window.listing_dialog
        assert dialog.isVisible() and dialog.categories_edit.text() == "cs.LG"
        dialog.categories_edit.setText("cs.lg cs.CV")
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 23, timeout=10000)
        # 2403.18546 is the example digest's first paper: listed, but not tickable.
        rows = {item.id: row for row, item in enumerate(dialog.model.items)}
        assert dialog.model.is_existing(rows["2403.18546"])
        dialog.model.set_checked([rows["2403.18546"], rows["2403.17991"], rows["2403.17893"]], True)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert window.listing_dialog is None
        papers = window.project.digest.papers
        # At the end, whichever paper was current.
        assert [(p.id, p.announce_type) for p in papers[-2:]] == [
            ("2403.17991", "new"),
            ("2403.17893", "new"),
        ]
        assert window.list_pane.current_row() == len(papers) - 2
        assert "Added 2 papers" in window.statusBar().currentMessage()
        assert window.settings.listing_categories == "cs.LG, cs.CV"
        assert english_abstract_line(papers[-1], 1000).startswith(
            "arXiv:2403.17893v1 Announce Type: new  Abstract: "
        )
        window.project.undo_stack.undo()  # one step
        assert len(window.project.digest.papers) == 23
    finally:
        workers.drain(10000)
        stop_feeds(server)


# ---------------------------------------------------------------- a real start, in two steps


def _started(qtbot, path: str):
    """A window as run_window starts it: built for its first frame, completed after it."""
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application
    from digest_gui.ui.first_frame import FirstPaint
    from digest_gui.ui.main_window import MainWindow

    create_application()
    window = MainWindow(settings_store.load(), deferred=True)
    qtbot.addWidget(window)
    first = FirstPaint(window.preview.view().viewport())
    first.then(window.complete)
    window.show()
    assert window.open_path(path)
    return window


def test_a_real_start_shows_the_digest_first_then_menus_and_checks(qtbot, answers, english, tmp_path):
    digest = tmp_path / "2026-03-01.md"
    digest.write_bytes((FIXTURES / "reference-digest.md").read_bytes())
    window = _started(qtbot, str(digest))
    # Its first frame: the digest in the list, the editor and the preview, and the menu
    # bar's titles (so that nothing moves when the menus fill), before anything else.
    assert not window.is_complete()
    assert window.project.model.rowCount() == 23 and window.list_pane.current_row() == 0
    assert window.editor.fields["title_en"].toPlainText().startswith("Efficient Heatmap")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Paper", "&View", "&Help"]
    assert not any(action.menu().actions() for action in window.menuBar().actions())

    qtbot.waitUntil(window.is_complete)
    # The same menus, filled; the checks counted; the shortcuts answer.
    assert [action.text() for action in window.menuBar().actions()] == titles
    assert all(action.menu().actions() for action in window.menuBar().actions())
    qtbot.waitUntil(lambda: "warning" in window._counts.text())
    # (An imported digest's papers are reviewed: Ctrl+U marks one as needing review again.)
    window.editor.fields["title_zh"].setFocus()
    qtbot.keyClick(window.editor.fields["title_zh"], Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.project.digest.papers[0].status.value == "needs-review"
    # The digest opened before the archive existed is archived all the same.
    from tests.ui.archive.conftest import archived_paths

    qtbot.waitUntil(lambda: archived_paths() != [], timeout=10000)
    from digest_gui.core.archive.indexing import source_key

    assert archived_paths() == [source_key(digest)]
    answers.save_changes = Choice.DISCARD
    window.close()


def test_docks_left_open_come_back_after_the_first_frame(window, qtbot, answers, tmp_path):
    project = tmp_path / "p.digest"
    answers.save_path = str(project)
    assert window.files.save_as()
    window.action_registry["qualityChecks"].trigger()
    assert window.quality_panel.isVisible()
    window.close()

    again = _started(qtbot, str(project))
    assert not again.is_complete()
    qtbot.waitUntil(again.is_complete)
    qtbot.waitUntil(again.quality_panel.isVisible)
    assert not again.archive.memory_panel.isVisible()
    again.close()


def test_closing_before_the_first_frame_closes_as_usual(qtbot, answers, english, tmp_path):
    project = tmp_path / "p.digest"
    project.write_bytes((FIXTURES / "project-v1.digest").read_bytes())
    window = _started(qtbot, str(project))
    assert not window.is_complete()
    window.close()  # nothing changed: no question, and what closing shuts down exists
    assert window.is_complete() and not window.isVisible()


def test_links_dropped_before_the_first_frame_become_papers(qtbot, answers, english, tmp_path):
    project = tmp_path / "p.digest"
    project.write_bytes((FIXTURES / "project-v1.digest").read_bytes())
    window = _started(qtbot, str(project))
    before = window.project.model.rowCount()
    assert not window.is_complete()
    window.add_content(read_mime(_links("https://arxiv.org/abs/2501.01234")), None)
    assert window.project.model.rowCount() == before + 1
    assert window.project.digest.papers[-1].id == "2501.01234"
    window.fetcher.cancel()
    window.fetcher.wait()
    answers.save_changes = Choice.DISCARD
    window.close()
