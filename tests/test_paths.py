"""The user's folders, all under the test's XDG folders, and moving an older version's cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest_gui import APP_NAME
from digest_gui.core.sources.arxiv_api import default_cache_folder
from digest_gui.paths import (
    legacy_moves,
    migrate_user_folders,
    move_user_folder,
    user_cache_dir,
    user_config_dir,
    user_data_dir,
    user_log_dir,
)


def test_all_four_folders_are_the_apps_under_the_xdg_folders(private_user_folders):
    expected = {
        user_config_dir(): "XDG_CONFIG_HOME",
        user_data_dir(): "XDG_DATA_HOME",
        user_cache_dir(): "XDG_CACHE_HOME",
        user_log_dir(): "XDG_STATE_HOME",
    }
    for folder, variable in expected.items():
        assert Path(os.environ[variable]) in folder.parents
        assert APP_NAME in folder.parts
    assert len(set(expected)) == 4


def test_the_arxiv_cache_is_in_the_shared_cache_folder():
    assert default_cache_folder() == user_cache_dir() / "arxiv"


def fill(folder: Path) -> None:
    (folder / "2403").mkdir(parents=True)
    (folder / "2403.18546.json").write_text('{"format": 1}', encoding="utf-8")
    (folder / "2403" / "nested.json").write_text("{}", encoding="utf-8")


def test_an_old_cache_moves_when_the_new_place_is_free(tmp_path):
    old, new = tmp_path / "old-tree" / "Cache" / "arxiv", tmp_path / "new-tree" / "Cache" / "arxiv"
    fill(old)
    assert migrate_user_folders([(old, new)]) == [new]
    assert (new / "2403.18546.json").read_text(encoding="utf-8") == '{"format": 1}'
    assert (new / "2403" / "nested.json").is_file()
    assert not old.exists()
    assert [path.name for path in new.parent.iterdir()] == ["arxiv"]  # no temporary left
    assert migrate_user_folders([(old, new)]) == []  # once


def test_an_old_cache_stays_when_the_new_place_exists(tmp_path):
    old, new = tmp_path / "old" / "arxiv", tmp_path / "new" / "arxiv"
    fill(old)
    new.mkdir(parents=True)
    (new / "kept.json").write_text("new", encoding="utf-8")
    assert migrate_user_folders([(old, new)]) == []
    assert (old / "2403.18546.json").is_file() and (new / "kept.json").read_text(encoding="utf-8") == "new"
    assert not (new / "2403.18546.json").exists()


def test_a_move_that_fails_loses_nothing(tmp_path, caplog):
    old = tmp_path / "old" / "arxiv"
    fill(old)
    blocker = tmp_path / "a-file"
    blocker.write_text("where the new folder's parent should be", encoding="utf-8")
    with caplog.at_level("WARNING", logger="digest_gui.paths"):
        assert not move_user_folder(old, blocker / "arxiv")
    assert (old / "2403.18546.json").read_text(encoding="utf-8") == '{"format": 1}'
    assert "cannot move" in caplog.text


@pytest.mark.skipif(os.name == "nt", reason="on Windows the old cache is another tree")
def test_on_linux_and_macos_the_old_cache_is_already_in_place(private_user_folders):
    (old, new), _logs = legacy_moves()
    assert old == new == default_cache_folder()
    fill(old)
    assert migrate_user_folders() == []
    assert (new / "2403.18546.json").is_file()


def test_the_old_crash_log_moves_beside_todays_logs(private_user_folders):
    old = user_data_dir() / "logs"
    old.mkdir(parents=True)
    (old / "digest-gui.log").write_text("--- an old crash\n", encoding="utf-8")
    assert migrate_user_folders() == [user_log_dir() / "older"]
    assert (user_log_dir() / "older" / "digest-gui.log").read_text(encoding="utf-8") == "--- an old crash\n"
    assert not old.exists() and user_data_dir().is_dir()  # the data folder itself stays
