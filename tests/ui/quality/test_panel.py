"""The quality checks in the window: the counts, the panel, and exports that ask first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from digest_gui.core.model import GlossaryEntry
from digest_gui.ui.quality import watcher as quality_watch
from digest_gui.ui.quality.panel import IssueRole
from tests.ui.conftest import commit_text

# The example digest: five summaries over 80 characters, nothing else.
START = "23 papers · 23 reviewed · 0 drafted · 0 empty · 5 warnings"
LONG = "这是一句专门写得很长的中文总结，用来超过八十个字符的长度限制，从而触发质量检查的警告。" * 2


def panel_texts(window) -> list[str]:
    panel = window.quality_panel.list
    return [panel.item(index).text() for index in range(panel.count())]


def show_panel(window, qtbot):
    window.action_registry["qualityChecks"].trigger()
    qtbot.waitUntil(window.quality_panel.isVisible)
    qtbot.waitUntil(lambda: not window.quality.busy())


def test_the_counts_and_the_panel_show_the_example_digests_warnings(window, qtbot):
    qtbot.waitUntil(lambda: window._counts.text() == START)
    assert not window.quality_panel.isVisible()  # hidden until asked for
    show_panel(window, qtbot)
    texts = panel_texts(window)
    assert len(texts) == 5
    assert texts[0] == "[^8] Summary: too long — 81 characters; the limit is 80"
    assert window.quality_panel.summary.text() == "5 warnings · 0 papers with empty fields"


def test_counts_and_panel_follow_typing_checking_only_the_edited_paper(window, qtbot, monkeypatch):
    show_panel(window, qtbot)
    calls = []
    real = quality_watch.check_paper
    monkeypatch.setattr(quality_watch, "check_paper", lambda *args: calls.append(args[0]) or real(*args))
    window.list_pane.select_row(0)
    field = window.editor.fields["summary_zh"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    commit_text(field, LONG)
    qtbot.waitUntil(lambda: window._counts.text().endswith("6 warnings"))
    assert any(text.startswith("[^1] Summary: too long") for text in panel_texts(window))
    assert calls == [window.project.model.paper(0)]  # one paper checked, not 23
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # emptied: an empty field is counted, not a warning
    qtbot.waitUntil(lambda: window._counts.text().endswith("1 empty · 5 warnings"))
    window.quality_panel.show_empty.setChecked(True)
    assert "[^1] Summary: empty" in panel_texts(window)


def test_clicking_an_issue_goes_to_the_paper_and_focuses_the_field(window, qtbot):
    show_panel(window, qtbot)
    window.activateWindow()
    panel = window.quality_panel.list
    item = next(panel.item(i) for i in range(panel.count()) if panel.item(i).text().startswith("[^18]"))
    assert item.data(IssueRole)[:2] == (17, "summary_zh")
    rect = panel.visualItemRect(item)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.list_pane.current_row() == 17
    assert window.editor.current_row() == 17
    qtbot.waitUntil(window.editor.fields["summary_zh"].hasFocus)


def test_moving_and_deleting_papers_renumbers_the_issues_at_once(window, qtbot):
    show_panel(window, qtbot)
    window.project.remove([0])
    assert window._counts.text() == "22 papers · 22 reviewed · 0 drafted · 0 empty · 5 warnings"
    assert panel_texts(window)[0].startswith("[^7] Summary: too long")
    window.project.remove([6])
    assert window._counts.text().startswith("21 papers") and window._counts.text().endswith("4 warnings")
    window.action_registry["undo"].trigger()
    assert window._counts.text().endswith("5 warnings")


def test_a_new_glossary_checks_every_paper_and_undo_takes_it_back(window, qtbot):
    qtbot.waitUntil(lambda: window._counts.text() == START)
    # "framework" occurs in English text of the example; this Chinese is nowhere.
    window.project.set_glossary([GlossaryEntry("framework", "不存在的译名")])
    qtbot.waitUntil(lambda: "glossary" in " ".join(i.kind for i in window.quality.issues()))
    assert not window._counts.text().endswith(" 5 warnings")
    window.action_registry["undo"].trigger()
    qtbot.waitUntil(lambda: window._counts.text() == START)


def test_a_smaller_summary_limit_from_the_preferences_warns_more(window, qtbot):
    qtbot.waitUntil(lambda: window._counts.text() == START)
    window.settings.summary_limit = 40
    window.apply_preferences()
    qtbot.waitUntil(lambda: not window.quality.busy())
    qtbot.waitUntil(lambda: window.quality.counts().warnings > 5)


def test_export_with_warnings_asks_and_cancel_writes_nothing(window, answers, tmp_path, qtbot):
    answers.export_with_warnings = False
    answers.save_path = str(tmp_path / "out.md")
    assert not window.files.export_markdown()
    assert not window.files.export_html()
    assert answers.asked == ["export_with_warnings", "export_with_warnings"]  # before the file dialog
    assert list(tmp_path.iterdir()) == []
    answers.export_with_warnings = True
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export_markdown()
    assert (tmp_path / "out.md").is_file()


def test_export_without_warnings_does_not_ask(window, answers, tmp_path, qtbot):
    for row in (7, 11, 17, 19, 21):
        window.project.set_field(row, "summary_zh", "一句简短的总结。")
    answers.save_path = str(tmp_path / "out.html")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export_html()  # flushes the checks first: no stale warning
    assert answers.asked == ["save_path"]


def test_copying_tells_about_warnings_without_asking(window, answers):
    window.files.copy_markdown()
    assert "export_with_warnings" not in answers.asked
    assert "5 quality warnings remain" in window.statusBar().currentMessage()
