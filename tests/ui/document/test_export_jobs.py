"""Exports render on a worker: the window stays usable, shows progress, and Cancel writes nothing."""

from __future__ import annotations

import threading

import pytest

from digest_gui.core.formats import exporters
from digest_gui.core.formats.export_progress import step
from digest_gui.core.formats.exporters import Exporter, register_exporter


@pytest.fixture(autouse=True)
def example_problems_accepted(window):
    """Export Anyway for the example digest's warnings: these tests are about the worker."""
    window.export_gate.accept_current()


class _Gate:
    """An exporter that reports each paper and waits to be let through between papers."""

    def __init__(self) -> None:
        self.reached = threading.Semaphore(0)
        self.go = threading.Semaphore(0)
        self.digest_seen = None

    def write(self, digest, _options) -> str:
        self.digest_seen = digest
        total = len(digest.papers)
        for done in range(1, total + 1):
            self.reached.release()
            self.go.acquire(timeout=30)
            step(done, total)
        return "\n".join(paper.title_en for paper in digest.papers)


@pytest.fixture
def gate(monkeypatch) -> _Gate:
    monkeypatch.setattr(exporters, "EXPORTERS", dict(exporters.EXPORTERS))
    gate = _Gate()
    register_exporter(Exporter("slow", "Slow text", ".txt", gate.write))
    return gate


def test_an_export_shows_progress_lets_the_user_type_and_writes_what_was_asked(
    window, answers, tmp_path, qtbot, gate
):
    out = tmp_path / "slow.txt"
    answers.save_path = str(out)
    count = len(window.project.digest.papers)
    title = window.project.digest.papers[0].title_en
    assert window.files.export("slow")
    progress = window.files.exports.progress.bar
    qtbot.waitUntil(progress.isVisible)
    assert progress.format().startswith("Exporting Slow text")
    assert window.files.exports.progress.cancel_button.isVisible()
    for _ in range(count // 2):
        assert gate.reached.acquire(timeout=10)
        gate.go.release()
    qtbot.waitUntil(lambda: progress.value() >= 40)
    # The window's thread is free: an edit goes in while the export runs, and the export
    # writes the digest as it was when asked.
    window.project.set_field(0, "title_en", "Changed while exporting")
    with qtbot.waitSignal(window.files.exported, timeout=20000):
        for _ in range(count - count // 2):
            gate.go.release()
    assert out.read_text(encoding="utf-8").split("\n")[0] == title
    assert gate.digest_seen is not window.project.digest
    assert not progress.isVisible() and not window.files.exports.progress.cancel_button.isVisible()
    assert "Exported" in window.statusBar().currentMessage()


def test_cancel_stops_the_export_and_writes_nothing(window, answers, tmp_path, qtbot, gate):
    out = tmp_path / "slow.txt"
    answers.save_path = str(out)
    assert window.files.export("slow")
    assert gate.reached.acquire(timeout=10)
    qtbot.waitUntil(window.files.exports.progress.cancel_button.isVisible)
    with qtbot.waitSignal(window.files.exports.finished, timeout=20000):
        window.files.exports.progress.cancel_button.click()
        for _ in window.project.digest.papers:
            gate.go.release()
    assert not out.exists()
    assert "Cancelled" in window.statusBar().currentMessage()
    assert not window.files.exports.progress.isVisible()


def test_a_second_export_while_one_runs_is_refused_with_a_reason(window, answers, tmp_path, qtbot, gate):
    answers.save_path = str(tmp_path / "slow.txt")
    assert window.files.export("slow")
    asked = list(answers.asked)
    assert not window.files.export("md")
    assert answers.asked == asked  # refused before asking where
    assert "Still exporting" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.files.exported, timeout=20000):
        for _ in window.project.digest.papers:
            gate.go.release()


def test_a_failing_export_says_why_in_one_line(window, answers, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(exporters, "EXPORTERS", dict(exporters.EXPORTERS))

    def broken(_digest, _options):
        raise ValueError("the theme's file is damaged")

    register_exporter(Exporter("broken", "Broken", ".txt", broken))
    answers.save_path = str(tmp_path / "broken.txt")
    errors = []
    monkeypatch.setattr("digest_gui.ui.dialogs.show_error", lambda _parent, title, text: errors.append(text))
    with qtbot.waitSignal(window.files.exports.finished, timeout=20000):
        assert window.files.export("broken")
    assert errors == ["ValueError: the theme's file is damaged"]
    assert not (tmp_path / "broken.txt").exists()


def test_an_export_asked_for_as_soon_as_the_last_one_is_written_goes_ahead(window, answers, tmp_path, qtbot):
    window.export_gate.accept_current()  # the example digest's warnings
    answers.save_path = str(tmp_path / "first.md")
    written = []
    # The next export is asked for from the very slot that hears of the last one.
    window.files.exported.connect(written.append)
    window.files.exported.connect(
        lambda _path: (
            len(written) == 1
            and (setattr(answers, "save_path", str(tmp_path / "second.md")) or window.files.export("md"))
        )
    )
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export("md")
    qtbot.waitUntil(lambda: len(written) == 2)
    assert (tmp_path / "second.md").is_file()
    assert "Still exporting" not in window.statusBar().currentMessage()
