"""The keyring from the window: never on its thread, and a locked one asks for the key (issue 10, item 14)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest

from digest_gui.core.drafting import secrets
from digest_gui.core.drafting.drafts import draft_failure
from digest_gui.core.model import Paper
from digest_gui.ui import settings as settings_store
from digest_gui.ui.preferences import PreferencesDialog
from tests.fake_openai import FakeOpenAI

STORED = "sk-stored-in-the-keyring-0042"


class BlockingKeyring(keyring.backend.KeyringBackend):
    """A keyring that waits (as one showing an unlock prompt does) and notes the threads calling it."""

    # 0: never picked up by keyring's chainer backend in later tests (set_keyring uses it all the same).
    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.passwords = {(secrets.SERVICE, secrets.USERNAME): STORED}
        self.on_window_thread: list[str] = []
        self.calls: list[str] = []
        self.entered: list[str] = []

    def _enter(self, name: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_window_thread.append(name)
        self.entered.append(name)
        self.release.wait(20)
        self.calls.append(name)

    def get_password(self, service: str, username: str) -> str | None:
        self._enter("get")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._enter("set")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._enter("delete")
        self.passwords.pop((service, username), None)


class LockedKeyring(BlockingKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.release.set()  # writes and deletes go through; reading refuses

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")


@pytest.fixture
def blocking() -> Iterator[BlockingKeyring]:
    backend = BlockingKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.release.set()  # before the autouse fixture forgets the key through it


@pytest.fixture
def model(monkeypatch) -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    server.start()
    monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", server.url)
    monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "test-model")
    yield server
    server.stop()


def test_preferences_never_call_the_keyring_on_the_window_thread(qtbot, blocking):
    dialog = PreferencesDialog(settings_store.Settings(), None, "model")  # returns while the keyring waits
    qtbot.addWidget(dialog)
    page = dialog.model_page
    page.key.setText("sk-typed-in-preferences-0077")
    dialog.apply_to(settings_store.Settings())  # OK: returns while the keyring waits
    assert secrets.quick_api_key() == ("sk-typed-in-preferences-0077", "session")  # usable at once
    assert blocking.calls == []
    blocking.release.set()
    qtbot.waitUntil(lambda: "set" in blocking.calls and "get" in blocking.calls, timeout=10000)
    assert blocking.on_window_thread == []
    assert blocking.passwords[(secrets.SERVICE, secrets.USERNAME)] == "sk-typed-in-preferences-0077"
    qtbot.waitUntil(lambda: "keyring" in page.key_note.text(), timeout=10000)


def test_preferences_show_a_stored_key_once_the_keyring_answers(qtbot, blocking):
    blocking.release.set()
    dialog = PreferencesDialog(settings_store.Settings(), None, "model")
    qtbot.addWidget(dialog)
    page = dialog.model_page
    qtbot.waitUntil(lambda: "stored" in page.key.placeholderText(), timeout=10000)
    assert page.forget_button.isEnabled()
    assert blocking.on_window_thread == []


def test_the_test_button_reads_the_stored_key_off_the_window_thread(qtbot, blocking, model):
    blocking.release.set()
    dialog = PreferencesDialog(settings_store.Settings(), None, "model")
    qtbot.addWidget(dialog)
    page = dialog.model_page
    page.base_url.setText(model.url)
    page.model.setText("test-model")
    page.test_connection()
    qtbot.waitUntil(lambda: not page.testing(), timeout=10000)
    assert model.seen[0].headers["authorization"] == f"Bearer {STORED}"
    assert blocking.on_window_thread == []


def english_paper() -> Paper:
    return Paper(id="2501.00051", version=1, title_en="A Title", abstract_en="An abstract.", status="fetched")


def test_a_locked_keyring_asks_for_the_key_instead_of_sending_none(window, model, answers, qtbot):
    keyring.set_keyring(LockedKeyring())
    answers.api_key = "sk-typed-when-asked-0099"
    window.project.add_papers([english_paper()], 0)
    window.drafts.draft_rows([0])
    qtbot.waitUntil(lambda: window.project.digest.papers[0].title_zh != "", timeout=15000)
    assert answers.asked.count("api_key") == 1
    assert [seen.headers["authorization"] for seen in model.seen] == ["Bearer sk-typed-when-asked-0099"]


def test_a_locked_keyring_and_no_key_typed_fails_the_paper_saying_why(window, model, answers, qtbot):
    keyring.set_keyring(LockedKeyring())
    window.project.add_papers([english_paper()], 0)
    window.drafts.draft_rows([0])
    qtbot.waitUntil(lambda: draft_failure(window.project.digest.papers[0]) is not None, timeout=15000)
    failure = draft_failure(window.project.digest.papers[0])
    assert failure is not None and failure.kind == "model_key_unreadable"
    assert model.seen == []  # never a request without the key


def test_cancel_while_the_keyring_blocks_ends_the_batch(window, model, blocking, answers, qtbot):
    window.project.add_papers([english_paper()], 0)
    window.drafts.draft_rows([0])
    qtbot.waitUntil(lambda: "get" in blocking.entered, timeout=10000)
    window.drafts.cancel()
    # Idle while the keyring still waits (it answers only when the test ends).
    qtbot.waitUntil(lambda: not window.drafter.busy(), timeout=10000)
    assert blocking.calls == []
    assert model.seen == []
    assert blocking.on_window_thread == []
