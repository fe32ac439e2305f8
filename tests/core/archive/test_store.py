"""Opening the archive file: created on first use, a clear error when damaged, locked or newer."""

from __future__ import annotations

import sqlite3

import pytest

from digest_gui.core.archive import store
from digest_gui.core.archive.store import ArchiveError, archive_path, open_archive
from digest_gui.paths import user_data_dir


def test_the_archive_lives_in_the_user_data_folder():
    assert archive_path() == user_data_dir() / "archive.sqlite3"


def test_a_new_archive_gets_the_schema_and_its_version(tmp_path):
    path = tmp_path / "deep" / "archive.sqlite3"
    with open_archive(path) as archive:
        assert archive.query("PRAGMA user_version") == [(store.SCHEMA_VERSION,)]
        names = {row[0] for row in archive.query("SELECT name FROM sqlite_master")}
    assert {"sources", "papers", "words", "trigrams", "term_counts"} <= names
    with open_archive(path) as again:  # opening twice creates nothing twice
        assert again.query("SELECT count(*) FROM sources") == [(0,)]


def test_garbage_bytes_read_as_a_damaged_archive(tmp_path):
    path = tmp_path / "archive.sqlite3"
    path.write_bytes(b"this is not SQLite at all\x00\x01\x02" * 200)
    with pytest.raises(ArchiveError) as raised:
        open_archive(path)
    assert raised.value.kind == store.DAMAGED
    assert str(path) in str(raised.value) and "damaged" in str(raised.value)
    assert "rebuild" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_locked_archive_says_so_instead_of_waiting_forever(tmp_path):
    path = tmp_path / "archive.sqlite3"
    open_archive(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # another program, not in WAL mode
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ArchiveError) as raised, open_archive(path, timeout=0.1) as archive:
            archive.query("SELECT count(*) FROM sources")
        assert raised.value.kind == store.LOCKED
        assert "in use by another program" in str(raised.value)
    finally:
        holder.rollback()
        holder.close()


def test_a_write_waiting_on_another_writer_fails_with_a_locked_error(tmp_path):
    path = tmp_path / "archive.sqlite3"
    open_archive(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_archive(path, timeout=0.1) as archive:
            assert archive.query("SELECT count(*) FROM sources") == [(0,)]  # reading still works (WAL)
            with pytest.raises(ArchiveError) as raised, archive.writing() as connection:
                connection.execute("DELETE FROM sources")
        assert raised.value.kind == store.LOCKED
    finally:
        holder.rollback()
        holder.close()


def test_an_archive_of_a_newer_version_is_not_touched(tmp_path):
    path = tmp_path / "archive.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={store.SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(ArchiveError, match="newer digest-gui") as raised:
        open_archive(path)
    assert raised.value.kind == store.TOO_NEW


def test_abstracts_are_packed_and_unpacked_whole():
    english, chinese = "An abstract.\x01 With controls", "中文摘要。"
    assert store.unpack_abstracts(store.pack_abstracts(english, chinese)) == (english, chinese)
