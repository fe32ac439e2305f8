"""The log file: where it goes, what a line holds, rotation, and no secret ever in it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from digest_gui import logs
from digest_gui.core.drafting import secrets
from digest_gui.logs import LOG_FILE, log_file, redact, register_secret, setup_logging, shutdown_logging
from digest_gui.paths import user_log_dir


@pytest.fixture
def folder(tmp_path: Path):
    yield tmp_path / "logs"
    shutdown_logging()


def flushed(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_a_line_says_when_how_bad_which_logger_and_thread(folder):
    path = setup_logging(folder)
    assert path == folder / LOG_FILE and log_file() == path
    logging.getLogger("digest_gui.test").info("fetched %d papers", 3)
    [line] = flushed(path).splitlines()
    assert line.endswith("INFO digest_gui.test [MainThread] fetched 3 papers")
    assert line[:4].isdigit()  # the date first


def test_setting_up_twice_writes_each_line_once(folder):
    first = setup_logging(folder)
    assert setup_logging(folder) == first
    logging.getLogger("digest_gui.test").warning("once")
    assert flushed(first).count("once") == 1


def test_a_new_folder_lets_go_of_the_old_file(tmp_path):
    old = setup_logging(tmp_path / "old")
    new = setup_logging(tmp_path / "new")
    logging.getLogger("digest_gui.test").warning("to the new file")
    assert "to the new file" in flushed(new) and "to the new file" not in old.read_text(encoding="utf-8")
    shutdown_logging()
    assert log_file() is None


def test_the_file_rotates(folder, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    monkeypatch.setattr(logs, "BACKUP_COUNT", 2)
    path = setup_logging(folder)
    for number in range(200):
        logging.getLogger("digest_gui.test").info("line %d %s", number, "x" * 40)
    names = sorted(file.name for file in folder.iterdir())
    assert names == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"]
    assert all(file.stat().st_size <= 2000 for file in folder.iterdir())
    assert "line 199 " in flushed(path)


def test_a_registered_key_and_a_bearer_header_never_reach_the_file(folder):
    key = "not-like-sk-at-all-9f8e7d6c"
    register_secret(key)
    path = setup_logging(folder)
    log = logging.getLogger("digest_gui.test")
    log.info("request headers: %s", {"Authorization": "Bearer tok-123456789", "Accept": "json"})
    log.info("Authorization: Bearer %s", "other-token-abcdef")
    log.warning("the server said: wrong key %s", key)
    log.info("an OpenAI key sk-proj-AbCdEf123456 in a message")
    try:
        raise RuntimeError(f"failed with api_key={key}")
    except RuntimeError:
        log.exception("with its traceback")
    text = flushed(path)
    for secret in (key, "tok-123456789", "other-token-abcdef", "sk-proj-AbCdEf123456"):
        assert secret not in text
    assert text.count(logs.REDACTED) >= 5
    assert "'Accept': 'json'" in text and "with its traceback" in text and "RuntimeError" in text


def test_the_api_key_is_registered_when_it_is_read(folder, monkeypatch):
    monkeypatch.setenv(secrets.API_KEY_VARIABLE, "env-key-0123456789")
    assert secrets.get_api_key()[0] == "env-key-0123456789"
    path = setup_logging(folder)
    logging.getLogger("digest_gui.test").error("sent env-key-0123456789 to the server")
    assert "env-key-0123456789" not in flushed(path)


def test_redact_leaves_ordinary_text_alone():
    text = "fetched 2403.18546v2 (Attention is all you need) in 0.3 s; skipped 2 papers"
    assert redact(text) == text


def test_start_logging_writes_to_the_user_log_folder(private_user_folders):
    path = logs.start_logging()
    assert path == user_log_dir() / LOG_FILE
    assert Path(os.environ["XDG_STATE_HOME"]) in path.parents
    shutdown_logging()


def test_what_is_logged_before_the_file_opens_is_written_to_it(tmp_path):
    # The window opens the file after its first frame; a question asked while opening the
    # project is logged before that and must still reach the file.
    from digest_gui.logs import hold_early_records

    hold_early_records()
    logging.getLogger("digest_gui.ui.test").info("offering the recovery file of %s", "p.digest")
    path = setup_logging(tmp_path)
    logging.getLogger("digest_gui.ui.test").info("and after")
    shutdown_logging()
    text = path.read_text(encoding="utf-8")
    assert "offering the recovery file of p.digest" in text
    assert text.index("offering the recovery") < text.index("and after")
