"""What waits for the first frame runs after it, in order, once; and even if it never comes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser

from digest_gui.ui.first_frame import FirstPaint, in_turns, watch_first_frame


def test_callbacks_run_once_in_order_after_the_first_paint(qtbot):
    widget = QTextBrowser()
    qtbot.addWidget(widget)
    ran: list[str] = []
    first = FirstPaint(widget.viewport(), fallback_ms=60_000)
    first.then(lambda: ran.append("measure"))
    first.then(lambda: ran.append("complete"))
    assert ran == []
    widget.show()
    qtbot.waitUntil(lambda: ran == ["measure", "complete"])
    widget.viewport().repaint()
    qtbot.wait(20)
    assert ran == ["measure", "complete"]
    first.then(lambda: ran.append("late"))  # after the frame: at once
    assert ran[-1] == "late"


def test_a_widget_never_painted_still_runs_them(qtbot):
    widget = QTextBrowser()  # never shown
    qtbot.addWidget(widget)
    ran: list[str] = []
    FirstPaint(widget.viewport(), fallback_ms=10).then(lambda: ran.append("complete"))
    qtbot.waitUntil(lambda: ran == ["complete"])


def test_the_benchmark_mark_is_written_only_when_asked(qtbot, tmp_path, monkeypatch):
    widget = QTextBrowser()
    qtbot.addWidget(widget)
    mark = tmp_path / "frame.txt"
    monkeypatch.delenv("DIGEST_GUI_FIRST_FRAME", raising=False)
    quiet = FirstPaint(widget.viewport(), fallback_ms=10)
    watch_first_frame(quiet)
    assert quiet._callbacks == []
    monkeypatch.setenv("DIGEST_GUI_FIRST_FRAME", str(mark))
    asked = FirstPaint(widget.viewport(), fallback_ms=10)
    watch_first_frame(asked)
    qtbot.waitUntil(mark.exists)
    stamp, rss, cpu = (float(value) for value in mark.read_text(encoding="utf-8").split())
    assert stamp > 0 and rss > 0 and cpu > 0


def test_steps_in_turns_let_what_happens_meanwhile_through_between_them(qtbot):
    """What arrives while a step runs (here a posted event standing for a click) is handled
    before the next step, not after all of them."""
    ran: list[str] = []

    def first_step():
        ran.append("import the archive")
        QTimer.singleShot(0, lambda: ran.append("the user's click"))

    in_turns([first_step, lambda: ran.append("import drafting"), lambda: ran.append("complete")])
    assert ran == ["import the archive"]  # the first at once, the rest later
    qtbot.waitUntil(lambda: len(ran) == 4)
    assert ran == ["import the archive", "the user's click", "import drafting", "complete"]
