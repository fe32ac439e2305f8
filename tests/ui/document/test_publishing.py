"""File → Publish…: the folder asked for, the work on a worker, the status line saying what was written."""

from __future__ import annotations

import datetime

import feedparser
import pytest

from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.model import LISTING_DATE_KEY, Paper


@pytest.fixture(autouse=True)
def example_problems_accepted(window):
    """Export Anyway for the example digest's warnings: only a new problem holds Publish back."""
    window.export_gate.accept_current()


def test_publish_writes_the_issue_into_the_chosen_folder(window, answers, qtbot, tmp_path):
    window.project.digest.extra[LISTING_DATE_KEY] = "2026-03-02"
    answers.publish_folder = str(tmp_path)
    with qtbot.waitSignal(window.publisher.published, timeout=20000) as published:
        window.action_registry["publish"].trigger()
    assert "publish_folder" in answers.asked
    result = published.args[0]
    assert result.day == datetime.date(2026, 3, 2)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["2026-03-02.html", "2026-03-02.md", "feed.xml", "index.html", "index.md"]
    assert (tmp_path / "2026-03-02.md").read_text(encoding="utf-8") == export_markdown(window.project.digest)
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not parsed.bozo and len(parsed.entries) == len(window.project.digest.papers)
    message = window.statusBar().currentMessage()
    assert "Published 2026-03-02" in message and "feed.xml" in message and "1 issue" in message
    assert window.settings.publish_folder == str(tmp_path)
    assert not answers.errors


def test_the_window_keeps_answering_while_publishing(window, answers, qtbot, tmp_path):
    answers.publish_folder = str(tmp_path)
    task = window.publisher.publish()
    assert task is not None
    # Back at once: the files are written on a worker; the second ask waits for the first.
    assert window.publisher.publish() is None
    assert "Still publishing" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.publisher.task is None, timeout=20000)
    assert (tmp_path / "index.md").is_file()


def test_cancelling_the_dialog_writes_nothing(window, answers, tmp_path):
    answers.publish_folder = ""
    assert window.publisher.publish() is None
    assert list(tmp_path.iterdir()) == []


def test_a_failed_publish_is_one_line_and_changes_nothing(window, answers, qtbot, tmp_path):
    (tmp_path / "feed.xml").write_text("my notes", encoding="utf-8")
    answers.publish_folder = str(tmp_path)
    with qtbot.waitSignal(window.publisher.failed, timeout=20000) as failed:
        window.publisher.publish()
    assert "move it away" in failed.args[0] and "\n" not in failed.args[0]
    assert answers.errors == [failed.args[0]]
    assert "Not published" in window.statusBar().currentMessage()
    assert [path.name for path in tmp_path.iterdir()] == ["feed.xml"]


def test_publishing_with_quality_warnings_asks_first(window, answers, tmp_path):
    window.project.add_papers([Paper(id="2501.00001", title_en="No Chinese yet")])
    answers.publish_folder = str(tmp_path)
    assert window.publisher.publish() is None  # held back by the notice: nothing asked yet
    assert window.export_notice.isVisible() and "Publish anyway" in window.export_notice.label.text()
    assert answers.asked == []
    assert list(tmp_path.iterdir()) == []
    window.export_gate.dismiss()
