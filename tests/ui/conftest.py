"""Fixtures for window tests: a main window whose questions are answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from digest_gui.core.http import HttpSettings
from digest_gui.ui import dialogs
from digest_gui.ui import settings as settings_store
from digest_gui.ui.dialogs import Choice

FAST_HTTP = HttpSettings(min_interval=0.01, connect_timeout=2, read_timeout=5, retries=1, backoff=0.01)


class Answers:
    """What the patched dialogs answer, and what they were asked."""

    def __init__(self) -> None:
        self.save_changes = Choice.CANCEL
        self.changed_on_disk = Choice.CANCEL
        self.restore = Choice.LATER
        self.open_path = ""
        self.save_path = ""
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []


@pytest.fixture
def answers(monkeypatch) -> Answers:
    """Patch every dialog so that no test blocks; record each question."""
    answers = Answers()

    def ask(name, value):
        def function(*_args, **_kwargs):
            answers.asked.append(name)
            return getattr(answers, value) if isinstance(value, str) else value

        return function

    monkeypatch.setattr(dialogs, "ask_save_changes", ask("save_changes", "save_changes"))
    monkeypatch.setattr(dialogs, "ask_changed_on_disk", ask("changed_on_disk", "changed_on_disk"))
    monkeypatch.setattr(dialogs, "ask_restore", ask("restore", "restore"))
    monkeypatch.setattr(dialogs, "ask_open_path", ask("open_path", "open_path"))
    monkeypatch.setattr(dialogs, "ask_import_path", ask("import_path", "open_path"))
    monkeypatch.setattr(dialogs, "ask_save_path", ask("save_path", "save_path"))
    monkeypatch.setattr(
        dialogs, "show_error", lambda _parent, _title, message: answers.errors.append(message)
    )
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, _title, message: answers.infos.append(message))
    return answers


@pytest.fixture
def window(qtbot, answers):
    """A main window as a user starts it, holding the example digest."""
    from digest_gui.ui.app import create_application, load_example
    from digest_gui.ui.fetch import make_fetcher
    from digest_gui.ui.i18n import apply_language
    from digest_gui.ui.main_window import MainWindow

    app = create_application()
    settings = settings_store.load()
    apply_language(app, "en")  # as run_window does, in the language the tests read
    window = MainWindow(settings)
    qtbot.addWidget(window)
    load_example(window)
    # Fetches give up quickly in tests (the arXiv address is a closed local port).
    window.fetcher._make_fetcher = lambda: make_fetcher(window.settings, FAST_HTTP)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.fetcher.cancel()
    window.fetcher.wait()
    QApplication.processEvents()  # results already on their way
    # The test is over: drop unsaved changes and close, so that no window stays open
    # under the next test's mouse.
    answers.save_changes = Choice.DISCARD
    window.close()
    assert not window.isVisible()


def commit_text(widget: QWidget, text: str) -> None:
    """Type text as a Chinese input method does: one commit of the composed characters.

    (QTest.keyClicks only knows ASCII keys.)
    """
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class MarkingTranslator(QTranslator):
    """A language in which every text is itself in brackets."""

    def translate(self, context, source_text, disambiguation=None, n=-1) -> str:
        return f"[{source_text}]"

    def isEmpty(self) -> bool:
        return False  # Qt sends no LanguageChange for an empty translator


@pytest.fixture
def marking_translator(qapp):
    translator = MarkingTranslator()
    yield translator
    QCoreApplication.removeTranslator(translator)
