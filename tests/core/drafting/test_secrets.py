"""The API key: in the keyring (a test one here), else for the session; never in a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail, null

from digest_gui.core.drafting import secrets
from digest_gui.core.drafting.drafts import apply_draft, mark_draft_failed
from digest_gui.core.drafting.llm import Drafter, LlmSettings
from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.project_file import save_project
from digest_gui.core.storage.recovery import RecoveryStore
from tests.conftest import REPO
from tests.fake_openai import FakeOpenAI, error

KEY = "sk-proj-S3cr3tTestKey-7f4e2a9c"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict: a real backend as far as the app can tell."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plain-file keyring, which would put the key in a file."""


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the collection is locked")


@pytest.fixture
def use_keyring(monkeypatch):
    """Set a keyring backend for one test; the previous one comes back afterwards."""
    monkeypatch.delenv(secrets.API_KEY_VARIABLE, raising=False)
    previous = keyring.get_keyring()

    def use(backend):
        keyring.set_keyring(backend)
        return backend

    yield use
    secrets.forget_api_key()
    keyring.set_keyring(previous)
    secrets._session_key = ""


def test_a_memory_keyring_works_and_keeps_the_key(use_keyring):
    store = use_keyring(MemoryKeyring())
    assert secrets.keyring_works()
    assert secrets.set_api_key(f"  {KEY}\n") == "keyring"
    assert store.passwords == {("digest-gui", "llm-api-key"): KEY}
    assert secrets.get_api_key() == (KEY, "keyring")
    assert "system keyring" in secrets.storage_note()
    secrets.forget_api_key()
    assert store.passwords == {}
    assert secrets.get_api_key() == ("", "")
    secrets.forget_api_key()  # nothing to forget: no error


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_stand_in_backends_do_not_count(use_keyring, backend):
    use_keyring(backend)
    assert not secrets.keyring_works()


def test_without_a_keyring_the_key_is_kept_for_the_session_only(use_keyring):
    use_keyring(fail.Keyring())
    assert secrets.set_api_key(KEY) == "session"
    assert secrets.get_api_key() == (KEY, "session")
    assert "for this session only" in secrets.storage_note()
    assert secrets.API_KEY_VARIABLE in secrets.storage_note()
    secrets.forget_api_key()
    assert secrets.get_api_key() == ("", "")


def test_a_locked_keyring_falls_back_to_the_session(use_keyring):
    use_keyring(LockedKeyring())
    assert secrets.set_api_key(KEY) == "session"
    assert secrets.get_api_key() == (KEY, "session")


def test_the_environment_overrides(use_keyring, monkeypatch):
    use_keyring(MemoryKeyring())
    secrets.set_api_key(KEY)
    monkeypatch.setenv(secrets.API_KEY_VARIABLE, "sk-from-the-environment")
    assert secrets.get_api_key() == ("sk-from-the-environment", "environment")
    assert secrets.API_KEY_VARIABLE in secrets.storage_note()
    assert secrets.set_api_key("") == ""  # an empty key forgets the stored one
    monkeypatch.delenv(secrets.API_KEY_VARIABLE)
    assert secrets.get_api_key() == ("", "")


def files_holding(folder: Path, secret: str) -> list[Path]:
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                found.append(path)
    return found


def test_the_key_is_in_no_file_after_drafts_saves_exports_and_the_command(
    use_keyring, private_user_folders, reference_text, monkeypatch
):
    home = private_user_folders
    work = home / "work"
    work.mkdir()
    use_keyring(MemoryKeyring())
    assert secrets.set_api_key(KEY) == "keyring"
    fake = FakeOpenAI()
    fake.start()
    try:
        # Servers echo keys in their refusals; none of that may reach the project.
        fake.rules.append(("Adversarial Nibbler", error(401, f"Incorrect API key provided: {KEY}")))
        fake.rules.append(("Anti-noise Task-Oriented", error(400, f"bad request for key {KEY}")))
        digest = import_markdown(reference_text).digest
        for paper in digest.papers[:4]:
            paper.title_zh = paper.summary_zh = paper.abstract_zh = ""
        key, where = secrets.get_api_key()
        assert where == "keyring"
        drafter = Drafter(LlmSettings(base_url=fake.url, model="test-model", parallel=2), key)
        rows = {paper.id: row for row, paper in enumerate(digest.papers)}
        messages = []

        def on_result(paper_id, result, message):
            row = rows[paper_id]
            if result is None:
                messages.append(message)
                digest.papers[row] = mark_draft_failed(digest.papers[row], message)
            else:
                digest.papers[row] = apply_draft(digest.papers[row], result)

        drafter.draft_many(digest.papers[:4], on_result)
        assert len(messages) == 2 and all(KEY not in str(message) for message in messages)
        assert all(seen.headers["authorization"] == f"Bearer {KEY}" for seen in fake.seen)
        project = work / "today.digest"
        save_project(digest, project)
        (work / "today.md").write_text(export_markdown(digest), encoding="utf-8")
        RecoveryStore(Path(os.environ["XDG_DATA_HOME"]) / "digest-gui" / "recovery").write(
            "untitled-test", digest, None
        )
        # The command line, as a user runs it, with the key in the environment.
        fake.rules.clear()
        monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", fake.url)
        monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "test-model")
        monkeypatch.setenv(secrets.API_KEY_VARIABLE, KEY)
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        ran = subprocess.run(
            [sys.executable, "-m", "digest_gui", "draft", str(project), "--all"],
            capture_output=True,
            cwd=work,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=60,
        )
        assert ran.returncode == 0, ran.stderr
        assert KEY.encode() not in ran.stdout + ran.stderr
        assert fake.seen[-1].headers["authorization"] == f"Bearer {KEY}"
    finally:
        fake.stop()
    assert sorted(path.name for path in work.iterdir()) == ["today.digest", "today.md"]
    assert list((Path(os.environ["XDG_DATA_HOME"]) / "digest-gui" / "recovery").iterdir())
    assert files_holding(home, KEY) == []


class UnreadableKeyring(MemoryKeyring):
    """A keyring that is there but locked: reading refuses."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")


def test_an_unreadable_keyring_is_not_taken_for_no_key(use_keyring):
    """Issue 10 item 14: a locked keyring means "ask for the key", never "send none"."""
    use_keyring(UnreadableKeyring())
    with pytest.raises(secrets.KeyUnreadable) as caught:
        secrets.get_api_key()
    assert caught.value.failure.kind == "model_key_unreadable"
    assert "locked" in str(caught.value)
    state = secrets.key_state()
    assert (state.has_key, state.unreadable) == (False, "the collection is locked")
    secrets.remember_for_session("sk-typed-for-the-session-42")
    assert secrets.get_api_key() == ("sk-typed-for-the-session-42", "session")
    assert secrets.quick_api_key() == ("sk-typed-for-the-session-42", "session")


def test_the_draft_command_with_an_unreadable_keyring_sends_nothing(
    use_keyring, tmp_path, monkeypatch, capsys
):
    from digest_gui import cli
    from digest_gui.core.model import Digest, Paper

    use_keyring(UnreadableKeyring())
    fake = FakeOpenAI()
    fake.start()
    try:
        monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", fake.url)
        monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "test-model")
        project = tmp_path / "p.digest"
        save_project(
            Digest(title="p", papers=[Paper(id="2501.00001", title_en="T", abstract_en="A.")]), project
        )
        assert cli.main(["draft", str(project), "--all"]) == 1
        assert fake.seen == []
    finally:
        fake.stop()
    error = capsys.readouterr().err
    assert "could not be read from the system keyring (the collection is locked)" in error
    assert secrets.API_KEY_VARIABLE in error
