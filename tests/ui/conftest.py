"""Fixtures for window tests: a main window whose questions are answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from digest_gui.core.sources.http import HttpSettings
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
        self.replace_read_only = False
        self.save_elsewhere = False
        self.open_backup = ""  # the file of the chosen backup; "" declines
        self.publish_folder = ""  # File → Publish…'s folder ("": Cancel)
        self.project_in_use = Choice.CANCEL
        self.api_key = ""  # typed when the keyring cannot be read ("": Cancel)
        # Preferences and the glossary: a bool / None, or a function of (settings) / (entries).
        self.preferences = False
        self.glossary = None
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
    monkeypatch.setattr(dialogs, "ask_glossary_path", ask("glossary_path", "open_path"))
    monkeypatch.setattr(dialogs, "ask_replace_read_only", ask("replace_read_only", "replace_read_only"))
    monkeypatch.setattr(dialogs, "ask_save_elsewhere", ask("save_elsewhere", "save_elsewhere"))
    monkeypatch.setattr(dialogs, "ask_open_backup", ask("open_backup", "open_backup"))
    monkeypatch.setattr(dialogs, "ask_project_in_use", ask("project_in_use", "project_in_use"))
    monkeypatch.setattr(dialogs, "ask_publish_folder", ask("publish_folder", "publish_folder"))

    def edit_preferences(_parent, settings, page=""):
        answers.asked.append(f"preferences:{page}")
        return answers.preferences(settings) if callable(answers.preferences) else answers.preferences

    def edit_glossary(_parent, entries, folder=""):
        answers.asked.append("glossary")
        return answers.glossary(entries) if callable(answers.glossary) else answers.glossary

    monkeypatch.setattr(dialogs, "ask_api_key", ask("api_key", "api_key"))
    monkeypatch.setattr(dialogs, "edit_preferences", edit_preferences)
    monkeypatch.setattr(dialogs, "edit_glossary", edit_glossary)
    monkeypatch.setattr(
        dialogs, "show_error", lambda _parent, _title, message: answers.errors.append(message)
    )
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, _title, message: answers.infos.append(message))
    return answers


@pytest.fixture(autouse=True)
def drained_workers(qapp):
    """No background task outlives its test (and reports into the next one).

    Garbage is collected on the GUI thread only, as the application does
    (digest_gui/ui/collector.py).
    """
    from digest_gui.ui import workers
    from digest_gui.ui.collector import collect_on_gui_thread

    collect_on_gui_thread(qapp)
    yield
    workers.drain(30000)


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch):
    """No test reads or writes the user's keyring, nor sees their model settings.

    keyring's "fail" backend is what a headless box without a Secret Service has: a key
    typed into the settings is then held for the session only (core/secrets.py).
    """
    import keyring
    from keyring.backends import fail

    from digest_gui.core.drafting import secrets

    for name in ("DIGEST_GUI_LLM_API_KEY", "DIGEST_GUI_LLM_BASE_URL", "DIGEST_GUI_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets.forget_api_key()
    yield
    secrets.forget_api_key()
    keyring.set_keyring(before)


@pytest.fixture
def english(qapp):
    """The interface in English (its plural forms come from a translation file); none afterwards.

    Translators are global: one left installed would change the texts later tests read.
    """
    from digest_gui.ui import i18n

    i18n.apply_language(qapp, "en")
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()


@pytest.fixture
def window(qtbot, answers, english):
    """A main window as a user starts it, holding the example digest."""
    from digest_gui.ui.app import create_application, load_example
    from digest_gui.ui.arxiv.fetch import make_fetcher
    from digest_gui.ui.main_window import MainWindow

    create_application()
    settings = settings_store.load()
    # In English (the `english` fixture), as run_window does, in the language the tests read.
    window = MainWindow(settings)
    qtbot.addWidget(window)
    load_example(window.project)
    # Fetches give up quickly in tests (the arXiv address is a closed local port).
    window.fetcher._make_fetcher = lambda: make_fetcher(window.settings, FAST_HTTP)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.fetcher.cancel()
    window.fetcher.wait()
    window.drafter.cancel()
    window.drafter.wait()
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
