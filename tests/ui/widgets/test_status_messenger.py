"""The status messenger: what controllers get instead of the window's status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from digest_gui.ui.widgets.status_messenger import StatusMessenger


def test_messages_and_permanent_widgets_reach_the_status_bar(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusMessenger(window.statusBar())
    status.show("Fetched 3 papers", 0)
    assert window.statusBar().currentMessage() == "Fetched 3 papers" == status.current()
    label = QLabel("3 papers")
    status.add_permanent(label)
    assert label.parent() is window.statusBar()
    status.show("gone soon", 1)
    qtbot.waitUntil(lambda: status.current() == "")
