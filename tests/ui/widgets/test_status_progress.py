"""A job's progress bar with Cancel, at the right of the status bar (fetch, drafts, export)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from digest_gui.ui.widgets.status_messenger import StatusMessenger
from digest_gui.ui.widgets.status_progress import StatusProgress


def test_the_bar_and_cancel_show_while_a_job_runs_and_cancel_asks_the_owner(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusMessenger(window.statusBar())
    progress = StatusProgress("jobProgress", status, window)
    counts = QLabel("23 papers")
    status.add_permanent(counts)
    window.resize(1400, 300)
    window.show()
    qtbot.waitExposed(window)
    assert progress.parent() is window.statusBar() and not progress.isVisible()

    progress.bar.setFormat("Fetching %v of %m")
    progress.show_count(1, 3)
    assert progress.isVisible() and progress.bar.text() == "Fetching 1 of 3"
    assert progress.cancel_button.isVisible() and progress.cancel_button.text() == "Cancel"
    # The bar, then Cancel, then what was added after it, left to right.
    bar, cancel = progress.bar.geometry(), progress.cancel_button.geometry()
    assert bar.right() < cancel.left() and progress.geometry().right() < counts.geometry().left()
    # In a wide window the bar takes its 220 pixels and no more, Cancel sits the status bar's
    # usual gap after it, and the spare room stays with the message on the left.
    assert progress.bar.width() == 220
    assert cancel.left() - bar.right() - 1 == 6
    assert progress.width() == bar.width() + 6 + cancel.width()

    asked: list[bool] = []
    progress.cancel_clicked.connect(lambda: asked.append(True))
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [True]

    progress.show_count(3, 3)  # all done: nothing left to show
    assert not progress.isVisible()
    progress.show_count(0, 0)  # nothing asked for: hidden, and the bar never divides by zero
    assert not progress.isVisible() and progress.bar.maximum() == 1
