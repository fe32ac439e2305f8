"""The window's saved preferences read by the command line, without Qt."""

from __future__ import annotations

from digest_gui.core.saved_preferences import DEFAULTS, read_ini, read_saved_preferences


def test_a_missing_file_gives_the_defaults(tmp_path):
    assert read_saved_preferences(tmp_path / "settings.ini") == DEFAULTS


def test_values_written_as_qt_writes_them(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\nversion=1\n\n"
        "[files]\nrecent=a.digest, b.digest\n\n"
        "[llm]\n"
        'model="qwen, 7b"\n'
        "system_prompt=\\x4f60\\x597d\\n@x \\\\ end\\t\n"
        "user_prompt=@@at\n"
        "temperature=9\n"
        "parallel=many\n"
        "timeout=@Variant(\\0\\0\\0\\x87)\n"
        "[quality]\nsummary_limit=  120  \n",
        encoding="utf-8",
    )
    values = read_ini(path)
    assert values["version"] == "1"
    assert "files/recent" not in values  # a list
    read = read_saved_preferences(path)
    assert read.llm_model == "qwen, 7b"
    assert read.llm_system_prompt == "你好\n@x \\ end\t"
    assert read.llm_user_prompt == "@at"
    assert read.llm_temperature == 2.0  # clamped
    assert read.llm_parallel == DEFAULTS.llm_parallel  # unreadable
    assert read.llm_timeout == DEFAULTS.llm_timeout  # a Qt type, not a string
    assert read.summary_limit == 120


def test_a_damaged_file_gives_the_defaults(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\xff\xfe[llm\x00]\nmodel\n=\n")
    assert read_saved_preferences(path).llm_model in ("", DEFAULTS.llm_model)
