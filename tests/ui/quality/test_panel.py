"""The quality checks in the window: the counts, the panel, and exports that ask first."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from digest_gui.core.model import GlossaryEntry
from digest_gui.ui.quality import watcher as quality_watch
from digest_gui.ui.quality.panel import IssueRole
from tests.ui.conftest import commit_text

# The example digest: five summaries over 80 characters, and [^20]'s "50％" in its summary
# and abstract, which its English (cut short in the file) lacks.
WARNINGS = 7
START = "23 papers · 23 reviewed · 0 drafted · 7 warnings · 0 empty fields"
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
    assert len(texts) == WARNINGS
    assert texts[0] == "[^8] Summary: too long — 81 characters; the limit is 80"
    assert "[^20] Summary: numbers added — has 50％, which the English lacks" in texts
    assert window.quality_panel.summary.text() == "7 warnings · 0 empty fields"


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
    qtbot.waitUntil(lambda: window._counts.text().endswith("8 warnings · 0 empty fields"))
    assert any(text.startswith("[^1] Summary: too long") for text in panel_texts(window))
    assert calls == [window.project.model.paper(0)]  # one paper checked, not 23
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # emptied: an empty field is counted, not a warning
    qtbot.waitUntil(lambda: window._counts.text().endswith("7 warnings · 1 empty field"))
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
    assert window._counts.text() == "22 papers · 22 reviewed · 0 drafted · 7 warnings · 0 empty fields"
    assert panel_texts(window)[0].startswith("[^7] Summary: too long")
    window.project.remove([6])
    assert window._counts.text().startswith("21 papers")
    assert window._counts.text().endswith("6 warnings · 0 empty fields")
    window.action_registry["undo"].trigger()
    assert window._counts.text().endswith("7 warnings · 0 empty fields")


def test_a_new_glossary_checks_every_paper_and_undo_takes_it_back(window, qtbot):
    qtbot.waitUntil(lambda: window._counts.text() == START)
    # "framework" occurs in English text of the example; this Chinese is nowhere.
    window.project.set_glossary([GlossaryEntry("framework", "不存在的译名")])
    qtbot.waitUntil(lambda: "glossary" in " ".join(i.kind for i in window.quality.issues()))
    assert window._counts.text() != START
    window.action_registry["undo"].trigger()
    qtbot.waitUntil(lambda: window._counts.text() == START)


def test_a_smaller_summary_limit_from_the_preferences_warns_more(window, qtbot):
    qtbot.waitUntil(lambda: window._counts.text() == START)
    window.settings.summary_limit = 40
    window.apply_preferences()
    qtbot.waitUntil(lambda: not window.quality.busy())
    qtbot.waitUntil(lambda: window.quality.counts().warnings > WARNINGS)


def test_export_with_problems_shows_a_notice_once_not_a_dialog(window, answers, tmp_path, qtbot):
    answers.save_path = str(tmp_path / "out.md")
    notice = window.export_notice
    assert not window.files.export_markdown()  # held back, nothing asked, nothing written
    assert notice.isVisible() and answers.asked == [] and list(tmp_path.iterdir()) == []
    assert notice.label.text().startswith(f"The quality checks found {WARNINGS} warnings. Export Markdown")
    assert "Export Markdown anyway" in notice.label.text()
    # The window stays usable: typing goes on while the notice is shown.
    window.list_pane.select_row(0)
    qtbot.mouseClick(notice.buttons["show"], Qt.MouseButton.LeftButton)
    assert window.quality_panel.isVisible()
    assert len(panel_texts(window)) == WARNINGS and window.quality_panel.list.hasFocus()
    with qtbot.waitSignal(window.files.exported):
        qtbot.mouseClick(notice.buttons["anyway"], Qt.MouseButton.LeftButton)
    assert (tmp_path / "out.md").is_file() and not notice.isVisible()
    assert answers.asked == ["save_path"]
    # The same problems: no second warning, for HTML and Publish alike.
    answers.save_path = str(tmp_path / "out.html")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export_html()
    assert not notice.isVisible()
    # A new problem: warned again, and closing the notice exports nothing.
    window.project.set_field(0, "summary_zh", "")
    assert not window.files.export_html()
    assert notice.isVisible() and f"found {WARNINGS} warnings · 1 empty field." in notice.label.text()
    qtbot.mouseClick(notice.buttons["close"], Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and answers.asked == ["save_path", "save_path"]


def test_export_without_problems_shows_no_notice(window, answers, tmp_path, qtbot):
    for row in (7, 11, 17, 19, 21):
        window.project.set_field(row, "summary_zh", "一句简短的总结。")
    for name in ("summary_zh", "abstract_zh"):  # [^20]'s English is cut short before "50%"
        text = window.project.digest.papers[19].__getattribute__(name)
        window.project.set_field(19, name, re.sub("约?50％以上", "大幅", text))
    answers.save_path = str(tmp_path / "out.html")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export_html()  # flushes the checks first: no stale warning
    assert answers.asked == ["save_path"] and not window.export_notice.isVisible()


def test_copying_tells_about_warnings_without_asking(window, answers):
    window.files.copy_markdown()
    assert not window.export_notice.isVisible()
    assert (
        f"left: {WARNINGS} warnings · 0 empty fields (F6 lists them)" in window.statusBar().currentMessage()
    )


def test_the_status_bar_counts_papers_that_need_review(window, qtbot):
    window.list_pane.select_row(3)
    window.action_registry["markNeedsReview"].trigger()
    qtbot.waitUntil(
        lambda: (
            window._counts.text()
            == "23 papers · 22 reviewed · 1 to review · 0 drafted · 7 warnings · 0 empty fields"
        )
    )
