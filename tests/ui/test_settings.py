"""The settings file: defaults, round trips, and files that are damaged or not ours."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from digest_gui.ui import settings as settings_store
from digest_gui.ui.settings import LANGUAGES, MAX_RECENT, PREVIEW_MODES, SETTINGS_VERSION, Settings


def _settings_file() -> Path:
    """Where save() wrote (found, not assumed: the folder helper may change)."""
    settings_store.save(Settings())
    (path,) = Path.home().glob("**/settings.ini")  # HOME is a fresh folder (tests/conftest.py)
    return path


def _write(text: str | bytes) -> Path:
    path = _settings_file()
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _changed() -> Settings:
    """Settings with every value other than its default."""
    return Settings(
        preview_mode="paper",
        language="zh_CN",
        arxiv_api="http://127.0.0.1:8000/api/query",
        arxiv_rss="http://127.0.0.1:8000/rss/",
        request_interval=5.5,
        listing_categories="cs.CV, math.OC",
        listing_rank=True,
        rank_include="graph, 扩散模型",
        rank_exclude="survey",
        rank_highlight="GNN",
        llm_base_url="http://127.0.0.1:9000/v1",
        llm_model="qwen-test",
        llm_temperature=1.25,
        llm_timeout=120.0,
        llm_parallel=4,
        llm_system_prompt="系统提示\nline two",
        llm_user_prompt="{title_en} = {abstract_en}",
        summary_limit=120,
        publish_folder="/tmp/站点",
        feed_keep_days=14,
        recent_files=["/tmp/a.digest", "/tmp/论文 b.digest"],
        last_folder="/tmp/文件夹",
        geometry=QByteArray(b"\x01\xd9\xd0\xcb\x00\x03geometry"),
        window_state=QByteArray(b"\x00\xff state"),
        splitter=QByteArray(b"splitter\x00"),
    )


def test_without_a_file_every_value_is_its_default():
    assert settings_store.load() == Settings()
    defaults = Settings()
    assert defaults.preview_mode in PREVIEW_MODES and defaults.language in LANGUAGES
    assert (defaults.request_interval, defaults.llm_parallel, defaults.summary_limit) == (3.0, 2, 80)


def test_every_value_survives_a_save_and_a_load():
    changed = _changed()
    for field in dataclasses.fields(Settings):
        assert getattr(changed, field.name) != getattr(Settings(), field.name), field.name
    settings_store.save(changed)
    assert settings_store.load() == changed
    settings_store.save(settings_store.load())
    assert settings_store.load() == changed


def test_the_file_carries_its_version():
    path = _settings_file()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("version") in (SETTINGS_VERSION, "1")


def test_a_single_recent_file_comes_back_as_a_list():
    settings_store.save(Settings(recent_files=["/tmp/only.digest"]))
    assert settings_store.load().recent_files == ["/tmp/only.digest"]


def test_recent_files_keep_the_newest_first_without_repeats():
    settings = Settings()
    for number in range(MAX_RECENT + 3):
        settings.add_recent(f"/tmp/{number}.digest")
    settings.add_recent("/tmp/5.digest")
    assert settings.recent_files[0] == "/tmp/5.digest"
    assert len(settings.recent_files) == MAX_RECENT == len(set(settings.recent_files))
    settings_store.save(settings)
    assert settings_store.load().recent_files == settings.recent_files


def test_unreadable_values_take_their_default_and_the_others_are_kept():
    _write(
        "[preview]\nmode=sideways\n"
        "[ui]\nlanguage=tlh\n"
        "[arxiv]\ninterval=soon\napi=http://127.0.0.1:1/api\n"
        "[llm]\nmodel=kept-model\ntemperature=hot\nparallel=many\ntimeout=1\n"
        "[quality]\nsummary_limit=99999\n"
        "[files]\nlast_folder=/kept/folder\n"
        "[window]\ngeometry=not a blob\n"
    )
    loaded = settings_store.load()
    defaults = Settings()
    assert (loaded.preview_mode, loaded.language) == (defaults.preview_mode, defaults.language)
    assert loaded.request_interval == defaults.request_interval
    assert (loaded.llm_temperature, loaded.llm_parallel) == (defaults.llm_temperature, defaults.llm_parallel)
    assert loaded.geometry == defaults.geometry
    # Numbers out of range are brought into it rather than dropped.
    assert (loaded.llm_timeout, loaded.summary_limit) == (5.0, 1000)
    assert (loaded.llm_model, loaded.last_folder, loaded.arxiv_api) == (
        "kept-model",
        "/kept/folder",
        "http://127.0.0.1:1/api",
    )


def test_a_negative_request_interval_becomes_zero():
    _write("[arxiv]\ninterval=-4\n")
    assert settings_store.load().request_interval == 0.0


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff\xfe garbage \x9c\x00\n[[[\n=\n",
        b"",
        b"[Other Application]\ncolour=blue\nrecent=1, 2, 3\n",
        b'{"preview": {"mode": "paper"}}',  # someone's JSON
    ],
    ids=["binary", "empty", "another program's", "json"],
)
def test_a_damaged_or_foreign_file_gives_the_defaults(content):
    _write(content)
    assert settings_store.load() == Settings()


def test_keys_this_build_does_not_know_survive_a_save():
    path = _write("[future]\nfeature=on\n[llm]\nmodel=kept-model\nfuture_key=42\n")
    loaded = settings_store.load()
    assert loaded.llm_model == "kept-model"
    loaded.preview_mode = "paper"
    settings_store.save(loaded)
    store = QSettings(str(path), QSettings.Format.IniFormat)
    assert store.value("future/feature") == "on"
    assert store.value("llm/future_key") == "42"
    assert settings_store.load() == dataclasses.replace(
        Settings(), llm_model="kept-model", preview_mode="paper"
    )


def test_recent_files_of_the_wrong_kind_are_ignored():
    path = _settings_file()
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue("files/recent", QByteArray(b"/tmp/x.digest"))
    store.setValue("llm/model", "kept-model")
    store.sync()
    del store
    loaded = settings_store.load()
    assert loaded.recent_files == []
    assert loaded.llm_model == "kept-model"


@pytest.mark.parametrize(
    "prompt",
    [
        "你是一位译者。\n第二行\t制表符 \\ 反斜杠",
        '@starts with an at sign, has "quotes", commas; semicolons = signs',
        "  leading and trailing spaces  ",
        "ends in an escaped tab\t",
        "",
    ],
)
def test_the_command_line_reads_what_the_window_saved_without_qt(prompt):
    """core/saved_preferences.py parses QSettings' INI itself: the same values, character for character."""
    from digest_gui.core.saved_preferences import read_saved_preferences, settings_path

    saved = Settings(
        llm_base_url="http://127.0.0.1:8080/v1",
        llm_model="qwen2.5:7b, instruct",
        llm_temperature=0.7,
        llm_timeout=90.0,
        llm_parallel=4,
        llm_system_prompt=prompt,
        llm_user_prompt=prompt[::-1],
        summary_limit=120,
    )
    settings_store.save(saved)
    read = read_saved_preferences(settings_path())
    assert (read.llm_base_url, read.llm_model) == (saved.llm_base_url, saved.llm_model)
    assert (read.llm_temperature, read.llm_timeout, read.llm_parallel) == (0.7, 90.0, 4)
    assert (read.llm_system_prompt, read.llm_user_prompt) == (prompt, prompt[::-1])
    assert read.summary_limit == 120
    loaded = settings_store.load()
    assert (loaded.llm_system_prompt, loaded.llm_model) == (prompt, saved.llm_model)
    assert loaded.summary_limit == 120
