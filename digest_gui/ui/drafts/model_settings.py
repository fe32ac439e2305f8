"""Preferences → Model: which OpenAI-compatible server drafts translations, and how.

The API key is never part of Settings: the page hands it to core.secrets (the system
keyring, else this session's memory) when the dialog is accepted, and says where it is
kept. The key field starts empty even when a key is stored; typing replaces it.
The Test button runs Drafter.test_connection as a workers.py task and shows the answer here.
The keyring is never called on the window's thread (a locked one may block for as long as
its unlock prompt waits): where the key is kept is read, and a key is stored or forgotten,
in workers.py tasks; the page first shows what it knows without the keyring.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.drafting import secrets
from digest_gui.core.drafting.llm import LlmSettings
from digest_gui.core.drafting.model_errors import BASE_URL_VARIABLE, MODEL_VARIABLE
from digest_gui.core.drafting.prompts import default_prompts
from digest_gui.ui.settings import Settings
from digest_gui.ui.widgets.plain_text import plain_label
from digest_gui.ui.workers import CancelToken, Report, Task, run_task

T = TypeVar("T")
DEFAULT_BASE_URL = "https://api.openai.com/v1"
OK_COLOR, ERROR_COLOR = "#2e8b3e", "#d9453c"


# The longest a keyring call is waited for on a worker; it goes on on a daemon thread of its
# own, so a blocked keyring never holds the worker pool or the quit.
KEYRING_WAIT = 60.0


def _test_connection(settings: LlmSettings, key: str | None, cancel: CancelToken, _report: Report) -> str:
    """The task of the Test button: ask the model for one word (the task drops the key after).

    key None: the stored key, read here rather than on the window's thread.
    """
    from digest_gui.core.drafting.llm import Drafter

    if key is None:
        key = _keyring_call(lambda: secrets.get_api_key()[0], cancel)
    return Drafter(settings, key).test_connection()


def _keyring_call(function: Callable[[], T], cancel: CancelToken) -> T:
    from digest_gui.core.drafting.bounded import Abandoned, TooSlow, call_bounded
    from digest_gui.core.sources.http import Cancelled

    try:
        return call_bounded(function, KEYRING_WAIT, cancel)
    except Abandoned:
        raise Cancelled() from None
    except TooSlow:
        raise secrets.KeyUnreadable(f"no answer within {KEYRING_WAIT:g} s") from None


def _read_key_state(cancel: CancelToken, _report: Report) -> secrets.KeyState:
    return _keyring_call(secrets.key_state, cancel)


def _store_key(key: str, forget: bool, cancel: CancelToken, _report: Report) -> None:
    _keyring_call(secrets.forget_api_key if forget else partial(secrets.set_api_key, key), cancel)


class ModelSettingsPage(QWidget):
    """The Model tab of the Preferences dialog."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelSettings")
        self._forget = False
        self._task: Task | None = None
        # What the page knows of the key: at first without the keyring, then from it.
        key, source = secrets.quick_api_key()
        self._key_state = secrets.KeyState(bool(key), source, keyring_works=False)
        self.base_url = QLineEdit(settings.llm_base_url, self)
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.model = QLineEdit(settings.llm_model, self)
        self.model.setPlaceholderText(self.tr("e.g. gpt-4o-mini, deepseek-chat, qwen-plus, qwen2.5:14b"))
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setObjectName("apiKey")
        self.forget_button = QPushButton(self.tr("Forget Key"), self)
        self.forget_button.clicked.connect(self._on_forget_clicked)
        self.key_note = QLabel(self)
        self.key_note.setWordWrap(True)
        self.key_note.setObjectName("hint")
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setValue(settings.llm_temperature)
        self.timeout = QSpinBox(self)
        self.timeout.setRange(5, 600)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setValue(round(settings.llm_timeout))
        self.parallel = QSpinBox(self)
        self.parallel.setRange(1, 8)
        self.parallel.setValue(settings.llm_parallel)
        self.summary_limit = QSpinBox(self)
        self.summary_limit.setRange(0, 1000)
        self.summary_limit.setSpecialValueText(self.tr("no limit"))
        self.summary_limit.setSuffix(self.tr(" characters"))
        self.summary_limit.setValue(settings.summary_limit)

        system, user = default_prompts()
        self.prompts = QTabWidget(self)
        self.system_prompt, self.system_prompt_reset = self._prompt_tab(
            self.tr("System prompt"), settings.llm_system_prompt or system, system
        )
        self.user_prompt, self.user_prompt_reset = self._prompt_tab(
            self.tr("User prompt"), settings.llm_user_prompt or user, user
        )
        self._defaults = (system, user)

        self.test_button = QPushButton(self.tr("&Test Connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = plain_label(QLabel(self))  # the server's own words, as written
        self.test_result.setWordWrap(True)
        self.test_result.setObjectName("testResult")

        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.forget_button)
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.base_url)
        servers = QLabel(
            self.tr(
                "Any OpenAI-compatible server: OpenAI https://api.openai.com/v1 · DeepSeek "
                "https://api.deepseek.com/v1 · Qwen https://dashscope.aliyuncs.com/compatible-mode/v1 · "
                "Ollama http://localhost:11434/v1 (no key needed)"
            ),
            self,
        )
        servers.setWordWrap(True)
        servers.setObjectName("hint")
        form.addRow("", servers)
        form.addRow(self.tr("Model:"), self.model)
        form.addRow(self.tr("API key:"), key_row)
        form.addRow("", self.key_note)
        for note in (servers, self.key_note):
            # A wrapped label's height is worked out for its minimum width: keep that wide,
            # or the form leaves blank lines around it.
            note.setMinimumWidth(420)
        form.addRow(self.tr("Temperature:"), self.temperature)
        form.addRow(self.tr("Time limit per request:"), self.timeout)
        form.addRow(self.tr("Requests at once:"), self.parallel)
        form.addRow(self.tr("Longest summary:"), self.summary_limit)
        overrides = QLabel(self)
        overrides.setWordWrap(True)
        lines = [
            self.tr("%1 is set and takes precedence.").replace("%1", variable)
            for variable in (BASE_URL_VARIABLE, MODEL_VARIABLE)
            if os.environ.get(variable, "").strip()
        ]
        overrides.setText("\n".join(lines))
        overrides.setVisible(bool(lines))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(overrides)
        layout.addWidget(self.prompts, 1)
        layout.addLayout(test_row)
        self._refresh_key_note()
        if self._key_state.source != secrets.ENVIRONMENT:
            state_task = run_task(_read_key_state, name="keyring")
            state_task.succeeded.connect(self._on_state_task_succeeded)
            self._state_task = state_task

    def _prompt_tab(self, title: str, text: str, default: str) -> tuple[QPlainTextEdit, QPushButton]:
        """A tab with a prompt's editor; returns the editor and its Reset to Default button."""
        page = QWidget(self.prompts)
        editor = QPlainTextEdit(page)
        editor.setPlainText(text)
        editor.setTabChangesFocus(True)
        reset = QPushButton(self.tr("Reset to Default"), page)
        reset.clicked.connect(lambda: editor.setPlainText(default))
        hint = QLabel(
            self.tr("Filled in: {title_en}, {abstract_en}, {summary_limit}, {summary_en_limit}, {glossary}"),
            page,
        )
        hint.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(reset)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(editor, 1)
        layout.addLayout(row)
        self.prompts.addTab(page, title)
        return editor, reset

    # ------------------------------------------------------------------ the key

    def _on_state_task_succeeded(self, state: secrets.KeyState) -> None:
        if not self._key_state.has_key or state.source != secrets.SESSION:
            self._key_state = state
        else:  # a key typed for the session meanwhile stays what the page shows
            self._key_state = secrets.KeyState(True, secrets.SESSION, state.keyring_works)
        self._refresh_key_note()

    def _refresh_key_note(self) -> None:
        state = self._key_state
        key, source = state.has_key, state.source
        if self._forget:
            key, source = False, ""
        from_environment = source == secrets.ENVIRONMENT
        self.key.setEnabled(not from_environment)
        self.forget_button.setEnabled(bool(key) and not from_environment)
        if from_environment:
            self.key.setPlaceholderText(self.tr("from %1").replace("%1", secrets.API_KEY_VARIABLE))
            note = self.tr("The key comes from the environment variable %1.")
        elif state.unreadable and not key:
            self.key.setPlaceholderText(self.tr("type the key to use it for this session"))
            note = self.tr(
                "The system keyring cannot be read (%1): a key typed here is kept for this session."
            )
            self.key_note.setText(note.replace("%1", state.unreadable))
            return
        elif state.keyring_works:
            self.key.setPlaceholderText(
                self.tr("A key is stored; type to replace it")
                if key
                else self.tr("none (not needed for Ollama)")
            )
            note = self.tr("The key is kept in the system keyring, never in a file of digest-gui.")
        else:
            self.key.setPlaceholderText(
                self.tr("A key is set for this session; type to replace it")
                if key
                else self.tr("none (not needed for Ollama)")
            )
            note = self.tr("No keyring available: the key is kept for this session only; set %1 to keep it.")
        self.key_note.setText(note.replace("%1", secrets.API_KEY_VARIABLE))

    def _on_forget_clicked(self) -> None:
        self._forget = True
        self.key.clear()
        self._refresh_key_note()

    def typed_key(self) -> str:
        return self.key.text().strip()

    # ------------------------------------------------------------------ values

    def llm_settings(self) -> LlmSettings:
        """The settings as the page shows them, with DIGEST_GUI_LLM_* applied."""
        system, user = (editor.toPlainText().strip() for editor in (self.system_prompt, self.user_prompt))
        return LlmSettings(
            base_url=self.base_url.text().strip(),
            model=self.model.text().strip(),
            temperature=self.temperature.value(),
            timeout=float(self.timeout.value()),
            parallel=self.parallel.value(),
            summary_limit=self.summary_limit.value(),
            system_prompt="" if system == self._defaults[0] else system,
            user_prompt="" if user == self._defaults[1] else user,
        ).with_environment()

    def apply_to(self, settings: Settings) -> None:
        """Write the page's values into settings; keep or forget the key (never in settings)."""
        values = self.llm_settings()
        settings.llm_base_url = self.base_url.text().strip()
        settings.llm_model = self.model.text().strip()
        settings.llm_temperature = values.temperature
        settings.llm_timeout = values.timeout
        settings.llm_parallel = values.parallel
        settings.summary_limit = values.summary_limit
        settings.llm_system_prompt = values.system_prompt
        settings.llm_user_prompt = values.user_prompt
        # Known to this session at once; the keyring is written by a task (it may block).
        typed = self.typed_key()
        if typed or self._forget:
            secrets.remember_for_session(typed)
            run_task(partial(_store_key, typed, not typed), name="keyring")
        self.key.clear()

    # ------------------------------------------------------------------ testing

    def test_connection(self) -> None:
        """Ask the server for one word in the background; the answer shows beside the button."""
        if self._task is not None:
            return
        settings = self.llm_settings()
        if not settings.configured():
            self._show_result(False, self.tr("Set the server address and the model first."))
            return
        key: str | None = self.typed_key()
        if not key and not self._forget:
            key = None  # the stored one, read by the task
        settings.timeout = min(settings.timeout, 30.0)
        # The page may close first: workers.py keeps the task until it ends.
        task = run_task(partial(_test_connection, settings, key), name="model-test")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Testing…"))

    def testing(self) -> bool:
        return self._task is not None

    def _on_task_succeeded(self, text: str) -> None:
        self._show_result(True, self.tr("It works: %1").replace("%1", text))

    def _on_task_failed(self, text: str) -> None:
        # A DraftError is readable (and holds no key); anything else says what it was.
        self._show_result(False, self.tr("It does not work: %1").replace("%1", text))

    def _show_result(self, worked: bool, text: str) -> None:
        self.test_result.setStyleSheet(f"color: {OK_COLOR if worked else ERROR_COLOR};")
        self.test_result.setText(text)

    def _on_task_finished(self) -> None:
        self._task = None
        self.test_button.setEnabled(True)
