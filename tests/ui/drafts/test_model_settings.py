"""Preferences → Model: the server, the key (never in a file) and the Test button."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digest_gui.core.drafting import secrets
from digest_gui.core.drafting.prompts import default_prompts
from digest_gui.ui import settings as settings_store
from digest_gui.ui.preferences import PreferencesDialog
from tests.fake_openai import FakeOpenAI, error, slow


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def dialog(qtbot):
    dialog = PreferencesDialog(settings_store.Settings(), None, "model")
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    page = dialog.model_page
    qtbot.waitUntil(lambda: not page.testing(), timeout=10000)


def fill(page, url: str, key: str = "") -> None:
    page.base_url.setText(url)
    page.model.setText("test-model")
    page.key.setText(key)


def test_the_model_page_opens_when_asked_for(dialog):
    assert dialog.tabs.currentWidget() is dialog.model_page
    assert dialog.model_page.base_url.placeholderText() == "https://api.openai.com/v1"
    assert dialog.model_page.parallel.value() == 2
    assert (dialog.model_page.parallel.minimum(), dialog.model_page.parallel.maximum()) == (1, 8)


def test_the_test_button_reports_a_wrong_key_readably_without_blocking(dialog, fake, qtbot):
    wrong = "sk-wrong-key-5e1d9a"
    fake.script.append(slow(0.6, error(401, f"Incorrect API key provided: {wrong}", "invalid_api_key")))
    page = dialog.model_page
    fill(page, fake.url, wrong)
    started = time.perf_counter()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert time.perf_counter() - started < 0.3  # the server takes 0.6 s: the click did not wait
    assert not page.test_button.isEnabled()
    assert page.test_result.text() == "Testing…"
    qtbot.waitUntil(lambda: page.test_result.text() != "Testing…", timeout=10000)
    text = page.test_result.text()
    assert text == "It does not work: the model server refused the API key (HTTP 401)"
    assert wrong not in text
    qtbot.waitUntil(page.test_button.isEnabled)
    assert fake.seen[0].headers["authorization"] == f"Bearer {wrong}"


def test_the_test_button_says_when_it_works(dialog, fake, qtbot):
    page = dialog.model_page
    fill(page, fake.url)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_result.text().startswith("It works"), timeout=10000)
    assert "test-model" in page.test_result.text()


def test_testing_without_a_server_sends_nothing(dialog, fake, qtbot):
    page = dialog.model_page
    page.test_button.click()
    assert page.test_result.text() == "Set the server address and the model first."
    assert not page.testing() and fake.seen == []


def test_closing_the_dialog_during_a_test_is_safe(qtbot, fake):
    fake.script.append(slow(0.5))
    dialog = PreferencesDialog(settings_store.Settings(), None, "model")
    fill(dialog.model_page, fake.url)
    dialog.model_page.test_button.click()
    dialog.reject()
    dialog.deleteLater()
    QApplication.processEvents()
    from digest_gui.ui import workers

    qtbot.waitUntil(lambda: not workers.active_tasks(), timeout=10000)


def test_settings_are_saved_and_the_key_goes_to_the_session_not_the_file(dialog, fake):
    page = dialog.model_page
    fill(page, fake.url, "sk-session-only-77aa")
    page.temperature.setValue(0.7)
    page.timeout.setValue(90)
    page.parallel.setValue(4)
    page.summary_limit.setValue(60)
    settings = settings_store.Settings()
    dialog.apply_to(settings)
    settings_store.save(settings)
    loaded = settings_store.load()
    assert (loaded.llm_base_url, loaded.llm_model) == (fake.url, "test-model")
    assert (loaded.llm_temperature, loaded.llm_timeout, loaded.llm_parallel) == (0.7, 90.0, 4)
    assert loaded.summary_limit == 60
    assert secrets.get_api_key() == ("sk-session-only-77aa", "session")
    text = (settings_store.config_dir() / "settings.ini").read_text(encoding="utf-8")
    assert "sk-session-only-77aa" not in text
    assert page.key.text() == ""  # the field does not keep it either


def test_forget_key_forgets_it_on_ok(qtbot):
    secrets.set_api_key("sk-to-forget-1234")
    dialog = PreferencesDialog(settings_store.Settings(), None, "model")
    qtbot.addWidget(dialog)
    page = dialog.model_page
    assert "set for this session" in page.key.placeholderText()
    assert page.forget_button.isEnabled()
    page.forget_button.click()
    assert secrets.get_api_key()[0] == "sk-to-forget-1234"  # not before OK
    dialog.apply_to(settings_store.Settings())
    assert secrets.get_api_key() == ("", "")


def test_a_key_from_the_environment_is_shown_as_such(qtbot, monkeypatch):
    monkeypatch.setenv(secrets.API_KEY_VARIABLE, "sk-from-env-1234")
    dialog = PreferencesDialog(settings_store.Settings(), None, "model")
    qtbot.addWidget(dialog)
    page = dialog.model_page
    assert not page.key.isEnabled()
    assert secrets.API_KEY_VARIABLE in page.key_note.text()
    assert not page.forget_button.isEnabled()


def test_prompts_start_as_the_defaults_and_only_changes_are_kept(dialog):
    system, user = default_prompts()
    page = dialog.model_page
    assert page.system_prompt.toPlainText() == system
    settings = settings_store.Settings()
    dialog.apply_to(settings)
    assert (settings.llm_system_prompt, settings.llm_user_prompt) == ("", "")  # defaults follow updates
    page.user_prompt.setPlainText("Translate {title_en} please.")
    dialog.apply_to(settings)
    assert settings.llm_user_prompt == "Translate {title_en} please."
    page.user_prompt_reset.click()
    assert page.user_prompt.toPlainText() == user
    dialog.apply_to(settings)
    assert settings.llm_user_prompt == ""


def test_the_arxiv_tab_still_sets_where_arxiv_is(qtbot):
    dialog = PreferencesDialog(settings_store.Settings(), None)
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == 0
    dialog.api.setText("http://mirror.example/api/query")
    dialog.interval.setValue(5.0)
    settings = settings_store.Settings()
    dialog.apply_to(settings)
    assert (settings.arxiv_api, settings.request_interval) == ("http://mirror.example/api/query", 5.0)
