"""Drafting the Chinese side in the window, against a local stand-in for an OpenAI-compatible server."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from digest_gui.core.drafting.drafts import draft_failure
from digest_gui.core.failures import Failure
from digest_gui.core.model import Paper
from digest_gui.ui import settings as settings_store
from tests.fake_openai import CHINESE, WITH_SUMMARY_EN, FakeOpenAI, english, error, slow

KEY = "sk-test-0123456789abcdef"


@pytest.fixture
def fake(monkeypatch) -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    server.start()
    monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", server.url)
    monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "test-model")
    monkeypatch.setenv("DIGEST_GUI_LLM_API_KEY", KEY)
    yield server
    server.stop()


def english_paper(number: int, title: str = "", **fields) -> Paper:
    """A fetched paper with its English side only."""
    arxiv_id = f"2501.{number:05d}"
    return Paper(
        id=arxiv_id,
        version=1,
        url=f"https://arxiv.org/abs/{arxiv_id}",
        title_en=title or f"Heatmap-Guided Grasp Detection, Part {number}",
        abstract_en="Fast and robust grasping in clutter matters. We reach 92% success in real scenes.",
        status="fetched",
        **fields,
    )


def add(window, *papers: Paper) -> list[int]:
    """Add papers at the top of the digest; return their rows."""
    window.project.add_papers(list(papers), 0)
    return list(range(len(papers)))


def draft(window, qtbot, rows: list[int]) -> None:
    window.list_pane.view.clearSelection()
    for row in rows:
        window.list_pane.select_row(row)
    window.drafts.draft_rows(rows)
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=15000)


def paper(window, arxiv_id: str) -> Paper:
    return window.project.digest.papers[window.project.digest.index_of(arxiv_id)]


def test_a_draft_fills_empty_fields_only_and_offers_the_rest(window, fake, qtbot):
    add(window, english_paper(1, summary_zh="我自己写的一句话总结。"))
    window.list_pane.select_row(0)
    window.action_registry["draftSelected"].trigger()
    assert window.drafter.state(window.project.model.paper(0)) in ("pending", "drafting")
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=15000)
    drafted = window.project.model.paper(0)
    assert drafted.title_zh == CHINESE["title_zh"]
    assert drafted.abstract_zh == CHINESE["abstract_zh"]
    assert drafted.summary_zh == "我自己写的一句话总结。"  # the user's text stays
    assert drafted.status == "drafted"
    message = window.statusBar().currentMessage()
    assert message == "Drafted 1 paper · 200 tokens (120 in, 80 out)"
    # The key went in the request's header, where it belongs.
    assert fake.seen[-1].headers["authorization"] == f"Bearer {KEY}"

    editor = window.editor
    box = editor.suggestions.boxes["summary_zh"]  # under the field it would replace
    assert box.isVisible() and editor.suggestions.visible() == ["summary_zh"]
    # The whole suggestion is there to read (the user's words that would go, struck out, too).
    assert CHINESE["summary_zh"].rstrip("。") in box.text.toPlainText().replace("我自己写的", "")
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    assert window.project.model.paper(0).summary_zh == CHINESE["summary_zh"]
    assert not box.isVisible()
    assert window.action_registry["undo"].text() == "Undo Accept the Draft"

    window.action_registry["undo"].trigger()
    assert window.project.model.paper(0).summary_zh == "我自己写的一句话总结。"
    assert box.isVisible()
    window.action_registry["undo"].trigger()  # the draft itself
    assert window.project.model.paper(0).title_zh == ""
    assert window.project.model.paper(0).status == "fetched"


def test_ignoring_the_suggestion_keeps_the_users_text(window, fake, qtbot):
    add(window, english_paper(2, title_zh="我的标题"))
    draft(window, qtbot, [0])
    editor = window.editor
    box = editor.suggestions.boxes["title_zh"]
    assert box.isVisible()
    qtbot.mouseClick(box.ignore_button, Qt.MouseButton.LeftButton)
    assert window.project.model.paper(0).title_zh == "我的标题"
    assert not box.isVisible()
    assert "draft_suggestion" not in window.project.model.paper(0).extra


def test_an_english_answer_fails_the_paper_with_a_readable_reason_on_its_row(window, fake, qtbot):
    fake.rules.append(("Stubborn English Model", english()))
    add(window, english_paper(3, title="Stubborn English Model Paper"), english_paper(4))
    window.project.undo_stack.setClean()
    draft(window, qtbot, [0, 1])
    failed, fine = paper(window, "2501.00003"), paper(window, "2501.00004")
    assert failed.title_zh == failed.abstract_zh == ""  # no English in a Chinese field
    assert draft_failure(failed) == Failure("model_english_twice")
    assert "draft_error" not in fine.extra and fine.title_zh == CHINESE["title_zh"]
    tooltip = window.list_pane.decorations.tooltip(failed, 1)
    assert tooltip.startswith("Draft failed: ") and "English" in tooltip
    assert "1 failed" in window.statusBar().currentMessage()
    window.list_pane.select_row(window.project.digest.index_of("2501.00003"))
    assert window.editor.error_bar.isVisible()
    assert "English" in window.editor.error_bar.label.text()
    # Drafting again succeeds once the model behaves, and clears the mark.
    fake.rules.clear()
    qtbot.mouseClick(window.editor.error_bar.buttons["retry"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=15000)
    again = paper(window, "2501.00003")
    assert "draft_error" not in again.extra and again.title_zh == CHINESE["title_zh"]
    assert not window.editor.error_bar.isVisible()


def test_errors_land_on_the_right_paper(window, fake, qtbot):
    fake.rules.append(("Part 12", error(400, "This request is malformed in a way we made up")))
    rows = add(window, english_paper(11), english_paper(12), english_paper(13))
    draft(window, qtbot, rows)
    assert paper(window, "2501.00011").title_zh and paper(window, "2501.00013").title_zh
    broken = paper(window, "2501.00012")
    assert broken.title_zh == ""
    assert str(draft_failure(broken)).startswith("the model server refused the request (HTTP 400)")
    assert "made up" in str(draft_failure(broken))
    assert broken.extra["draft_error"]["kind"] == "model_refused"
    assert "draft_error" not in paper(window, "2501.00011").extra


def test_every_draft_is_its_own_undo_step(window, fake, qtbot):
    rows = add(window, english_paper(21), english_paper(22), english_paper(23))
    window.project.undo_stack.setClean()
    before = window.project.undo_stack.count()
    draft(window, qtbot, rows)
    assert all(window.project.model.paper(row).title_zh for row in rows)
    assert window.project.undo_stack.count() == before + 3
    assert window.project.is_modified()
    for _ in rows:
        window.action_registry["undo"].trigger()
    assert all(window.project.model.paper(row).title_zh == "" for row in rows)
    assert not window.project.is_modified()


def test_draft_all_without_chinese_takes_only_papers_with_english_to_translate(window, fake, qtbot):
    no_english = Paper(id="2501.00099", url="https://arxiv.org/abs/2501.00099")
    add(window, english_paper(31), no_english, english_paper(32))
    window.action_registry["draftMissing"].trigger()
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=15000)
    assert len(fake.seen) == 2  # the 23 finished papers and the one without English: nothing sent
    assert paper(window, "2501.00031").status == paper(window, "2501.00032").status == "drafted"
    assert "draft_error" not in paper(window, "2501.00099").extra
    qtbot.waitUntil(lambda: "2 drafted" in window._counts.text())


def test_draft_all_without_chinese_takes_the_papers_the_command_line_takes(window, fake, qtbot):
    # One rule for both (core.operations.needs_draft): ANY empty Chinese field, with English.
    from digest_gui.core.operations import choose_papers_to_draft

    add(window, english_paper(33, title_zh="我的标题", summary_zh="我的总结"), english_paper(34))
    digest = window.project.digest
    chosen = [digest.papers[row].id for row in choose_papers_to_draft(digest).rows]
    assert chosen == ["2501.00033", "2501.00034"]
    window.action_registry["draftMissing"].trigger()
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=15000)
    assert len(fake.seen) == 2
    partly = paper(window, "2501.00033")
    assert (partly.title_zh, partly.abstract_zh) == ("我的标题", CHINESE["abstract_zh"])
    assert partly.extra["draft_suggestion"]["title_zh"] == CHINESE["title_zh"]


def test_cancel_stops_a_batch_and_keeps_the_finished_drafts(window, fake, qtbot):
    papers = [english_paper(40 + n) for n in range(10)]
    for item in papers[2:]:
        fake.rules.append((item.title_en, slow(30)))
    add(window, *papers)
    window.list_pane.view.selectAll()
    window.drafts.draft_rows(list(range(10)))
    qtbot.waitUntil(lambda: window.drafts.progress.isVisible())
    # Papers 0 and 1 are drafted at once; either may be applied first.
    qtbot.waitUntil(lambda: all(window.project.model.paper(row).title_zh for row in (0, 1)), timeout=10000)
    started = time.perf_counter()
    window.drafts.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=5000)
    assert time.perf_counter() - started < 3  # not the 30 s the server would take
    assert [bool(window.project.model.paper(row).title_zh) for row in range(10)] == [True] * 2 + [False] * 8
    rest = [window.project.model.paper(row) for row in range(2, 10)]
    assert all("draft_error" not in item.extra and window.drafter.state(item) == "" for item in rest)
    assert not window.drafts.progress.isVisible()
    assert window.statusBar().currentMessage().startswith("Drafted 2 papers · cancelled")


def test_the_window_keeps_turning_while_the_model_is_slow(window, fake, qtbot):
    fake.rules.append(("Part 51", slow(1.0)))
    add(window, english_paper(51))
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    timer.start()
    draft(window, qtbot, [0])
    timer.stop()
    assert window.project.model.paper(0).title_zh
    assert max(gaps) < 500, max(gaps)


def test_without_a_model_drafting_opens_the_settings_and_sends_nothing(window, answers, qtbot):
    add(window, english_paper(61))
    window.list_pane.select_row(0)
    window.action_registry["draftSelected"].trigger()
    assert answers.asked == ["preferences:model"]
    assert not window.drafter.busy()
    assert "Preferences → Model" in window.statusBar().currentMessage()


def test_setting_the_model_when_asked_drafts_right_away(window, answers, qtbot, monkeypatch):
    server = FakeOpenAI()
    server.start()
    try:

        def configure(settings):
            settings.llm_base_url = server.url
            settings.llm_model = "test-model"
            return True

        answers.preferences = configure
        add(window, english_paper(62))
        window.list_pane.select_row(0)
        window.action_registry["draftSelected"].trigger()
        qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=15000)
        assert window.project.model.paper(0).title_zh == CHINESE["title_zh"]
        assert settings_store.load().llm_model == "test-model"  # saved
        assert "authorization" in server.seen[0].headers  # a placeholder key: none was set
    finally:
        server.stop()


def test_a_bad_server_address_is_reported_without_sending(window, qtbot, monkeypatch):
    monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", "localhost:11434")
    monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "m")
    add(window, english_paper(63))
    window.list_pane.select_row(0)
    window.action_registry["draftSelected"].trigger()
    qtbot.waitUntil(lambda: not window.drafter.busy())
    assert "should start with http" in window.statusBar().currentMessage()
    assert window.drafter.state(window.project.model.paper(0)) == ""


def test_a_typed_key_is_kept_out_of_every_file(window, answers, qtbot, tmp_path, private_user_folders):
    from digest_gui.ui.preferences import PreferencesDialog

    server = FakeOpenAI()
    server.start()
    secret = "sk-typed-only-4f9c2e7a1b"
    try:
        dialog = PreferencesDialog(window.settings, window, "model")
        qtbot.addWidget(dialog)
        page = dialog.model_page
        assert page.key.echoMode() == page.key.EchoMode.Password
        assert "for this session only" in page.key_note.text()  # no keyring in the tests
        page.base_url.setText(server.url)
        page.model.setText("test-model")
        page.key.setText(secret)
        dialog.apply_to(window.settings)
        window.apply_preferences()
        window.store_state()
        # The key works (the drafter found it) ...
        add(window, english_paper(71))
        draft(window, qtbot, [0])
        assert server.seen[-1].headers["authorization"] == f"Bearer {secret}"
        # ... and is in no file: not the settings, the project, an export or a recovery file.
        answers.save_path = str(tmp_path / "digest.digest")
        assert window.files.save_as()
        window.export_gate.accept_current()  # the example digest's warnings
        answers.save_path = str(tmp_path / "digest.md")
        with qtbot.waitSignal(window.files.exported):
            assert window.files.export_markdown()
        window.autosave.write_now()
        settings_file = next(Path(private_user_folders).rglob("settings.ini"))
        assert server.url in settings_file.read_text(encoding="utf-8")
        checked = 0
        for folder in (Path(private_user_folders), tmp_path):
            for root, _dirs, files in os.walk(folder):
                for name in files:
                    assert secret.encode() not in (Path(root) / name).read_bytes(), name
                    checked += 1
        assert checked >= 4
    finally:
        server.stop()


def test_dismissing_a_failure_is_a_note_not_an_edit(window, fake, qtbot):
    fake.rules.append(("Part 81", english()))
    add(window, english_paper(81))
    window.project.undo_stack.setClean()
    draft(window, qtbot, [0])
    window.list_pane.select_row(0)
    assert window.editor.error_bar.isVisible()
    before = window.project.undo_stack.count()
    qtbot.mouseClick(window.editor.error_bar.buttons["dismiss"], Qt.MouseButton.LeftButton)
    assert "draft_error" not in window.project.model.paper(0).extra
    assert not window.editor.error_bar.isVisible()
    assert window.project.undo_stack.count() == before and not window.project.is_modified()


def test_a_draft_writes_the_english_summary_beside_the_chinese_and_keeps_the_users(window, fake, qtbot):
    fake.answer = dict(WITH_SUMMARY_EN)
    add(window, english_paper(3), english_paper(4, summary_en="My own English sentence."))
    draft(window, qtbot, [0, 1])
    editor = window.editor
    filled = paper(window, "2501.00003")
    assert filled.summary_en == WITH_SUMMARY_EN["summary_en"]
    assert filled.summary_zh == CHINESE["summary_zh"]
    window.list_pane.select_row(window.project.digest.index_of("2501.00003"))
    qtbot.waitUntil(lambda: editor.fields["summary_en"].toPlainText() == WITH_SUMMARY_EN["summary_en"])

    kept = paper(window, "2501.00004")
    assert kept.summary_en == "My own English sentence."  # never overwritten
    window.list_pane.view.clearSelection()
    window.list_pane.select_row(window.project.digest.index_of("2501.00004"))
    box = editor.suggestions.boxes["summary_en"]
    qtbot.waitUntil(box.isVisible)
    assert "summary_en" in editor.suggestions.visible()
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    assert paper(window, "2501.00004").summary_en == WITH_SUMMARY_EN["summary_en"]
    window.action_registry["undo"].trigger()
    assert paper(window, "2501.00004").summary_en == "My own English sentence."


def test_the_row_says_how_long_the_model_server_asked_to_wait(window, fake, qtbot):
    """Issue 10 item 12: a model server's Retry-After is honoured (not cut to 60 s) and shown."""
    from digest_gui.ui.document.paper_model import COLUMN_STATUS

    fake.script.append(error(429, "Rate limit reached", retry_after="900"))
    rows = add(window, english_paper(41))
    window.drafts.draft_rows(rows)
    drafted = paper(window, "2501.00041")
    qtbot.waitUntil(lambda: window.drafter.state(drafted).startswith("waiting"), timeout=15000)
    tooltip = window.list_pane.decorations.tooltip(drafted, COLUMN_STATUS)
    assert tooltip == "The model server asked to wait 900 s before it is asked again"
    window.drafts.cancel()
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=15000)
    assert len(fake.seen) == 1
