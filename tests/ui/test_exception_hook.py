"""ui/app.py's exception hook: the traceback goes to the log, the user sees one line."""

from __future__ import annotations

import sys
import threading

import pytest

from digest_gui.logs import setup_logging, shutdown_logging
from digest_gui.ui import dialogs
from digest_gui.ui.app import install_exception_hook


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """What the error dialog would say (no dialog blocks the test)."""
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "show_critical", lambda _parent, _title, text: messages.append(text))
    # The hooks the test installs are put back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return messages


@pytest.fixture
def log_file(tmp_path):
    yield setup_logging(tmp_path / "logs")
    shutdown_logging()


def raise_deep(message: str) -> None:
    raise LookupError(message)


def test_an_error_on_the_gui_thread_is_logged_and_shown_as_one_line(window, shown, log_file):
    install_exception_hook(window, log_file)
    try:
        raise_deep("no such paper\nsecond line")
    except LookupError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert shown[0].startswith("LookupError: no such paper. Your unsaved work is kept")
    assert str(log_file) in shown[0] and "Traceback" not in shown[0]
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL digest_gui.ui.app" in text and "in raise_deep" in text and "second line" in text


def test_an_error_on_another_thread_is_shown_by_the_gui_thread(window, shown, log_file, qtbot):
    install_exception_hook(window, log_file)
    thread = threading.Thread(target=raise_deep, args=("from a worker",), name="helper")
    thread.start()
    thread.join(10)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert shown[0].startswith("LookupError: from a worker.")
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error in thread helper" in text and "in raise_deep" in text
