"""The archive's SQLite file: where it lives, its schema, and opening it with clear errors.

One file in the user data folder (``archive.sqlite3``). It is never the only copy of
anything: every row comes from a source file (a digest or a project) whose path is kept,
both in the file and in a plain-text list beside it (``archive-sources.txt``), so the
archive can be rebuilt even when the file itself is damaged.

English is indexed by words (FTS5 ``unicode61``; the titles once more on their own, where
the translation memory looks for close titles) and Chinese by trigrams (FTS5
``trigram``, which finds Chinese substrings without a word segmenter). Both indexes are
contentless with ``detail=none``: the text lives once, in ``papers`` (the abstracts
zlib-compressed), which keeps a year of daily digests well under a gigabyte.
"""

from __future__ import annotations

import contextlib
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

from digest_gui.core.errors import DigestError

ARCHIVE_FILE = "archive.sqlite3"
SOURCES_FILE = "archive-sources.txt"
# Raised when the layout changes; a file of a newer version is not written to.
SCHEMA_VERSION = 1
# How long a write waits for another program holding the file before giving up.
DEFAULT_TIMEOUT = 5.0

# What an ArchiveError is about: the window offers a rebuild for a damaged file.
DAMAGED = "damaged"
LOCKED = "locked"
UNAVAILABLE = "unavailable"
TOO_NEW = "too-new"

_SCHEMA = """
CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    day TEXT NOT NULL,
    indexed TEXT NOT NULL
);
CREATE TABLE papers(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    arxiv_id TEXT NOT NULL,
    version INTEGER,
    title_en TEXT NOT NULL,
    title_zh TEXT NOT NULL,
    summary_en TEXT NOT NULL,
    summary_zh TEXT NOT NULL,
    abstracts BLOB NOT NULL
);
CREATE INDEX papers_by_arxiv_id ON papers(arxiv_id);
CREATE INDEX papers_by_source ON papers(source_id);
CREATE VIRTUAL TABLE words USING fts5(
    body, content='', detail='none', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE titles USING fts5(
    body, content='', detail='none', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE trigrams USING fts5(body, content='', detail='none', tokenize='trigram');
CREATE TABLE term_counts(term TEXT PRIMARY KEY, papers INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE term_pairs(
    term TEXT NOT NULL, zh TEXT NOT NULL, paper_id INTEGER NOT NULL,
    PRIMARY KEY(term, zh, paper_id)
) WITHOUT ROWID;
CREATE INDEX term_pairs_by_paper ON term_pairs(paper_id);
"""


class ArchiveError(DigestError):
    """The archive file cannot be used (damaged, locked, unreadable); str() says which and what to do."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def archive_path() -> Path:
    """The archive file in the user data folder."""
    from digest_gui.paths import user_data_dir

    return user_data_dir() / ARCHIVE_FILE


def sources_list_path(database: Path) -> Path:
    """The plain-text list of sources kept beside an archive file (read by a rebuild)."""
    return database.with_name(SOURCES_FILE)


def error_for(path: Path, error: sqlite3.Error) -> ArchiveError:
    """The one-line ArchiveError for an SQLite error on the archive at path."""
    text = str(error)
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return ArchiveError(DAMAGED, f"the archive {path} is damaged ({text}); rebuild it from its sources")
    if "locked" in lowered or "busy" in lowered:
        return ArchiveError(
            LOCKED, f"the archive {path} is in use by another program (locked); try again once it is closed"
        )
    return ArchiveError(UNAVAILABLE, f"the archive {path} cannot be used: {text}")


class Archive:
    """An open archive file: one SQLite connection, used by one thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (what is committed stays)."""
        self.connection.close()

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        """Turn SQLite's errors inside the block into one-line ArchiveErrors."""
        try:
            yield
        except sqlite3.Error as error:
            raise error_for(self.path, error) from None

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed at the end, rolled back on any error."""
        with self.errors():
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                self.connection.rollback()
                raise
            self.connection.commit()

    def query(self, sql: str, parameters: tuple | list = ()) -> list[tuple]:
        """All rows of one read, SQLite errors as ArchiveErrors."""
        with self.errors():
            return self.connection.execute(sql, parameters).fetchall()

    def note_source(self, sign: str, path: str) -> None:
        """Append '+path' or '-path' to the sources list a rebuild reads (best effort)."""
        try:
            with sources_list_path(self.path).open("a", encoding="utf-8") as listing:
                listing.write(f"{sign}{path}\n")
        except OSError:
            pass  # the file keeps the paths too; the list only matters once the file is lost


def open_archive(path: Path | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Archive:
    """Open (creating if needed) the archive; raise ArchiveError if it is damaged, locked or newer."""
    path = archive_path() if path is None else Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ArchiveError(UNAVAILABLE, f"the archive folder {path.parent} cannot be made: {error}") from None
    try:
        # Transactions are begun explicitly (Archive.writing); autocommit otherwise.
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise error_for(path, error) from None
    archive = Archive(connection, path)
    try:
        with archive.errors():
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ArchiveError(
                    TOO_NEW,
                    f"the archive {path} was written by a newer digest-gui (version {version}); "
                    "update digest-gui to use it",
                )
            # WAL: the window reads (marks, search) while a background import writes.
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            if version == 0:
                _create(archive)
    except BaseException:
        connection.close()
        raise
    return archive


def _create(archive: Archive) -> None:
    with archive.writing() as connection:
        if connection.execute("SELECT count(*) FROM sqlite_master WHERE name='sources'").fetchone()[0]:
            return  # another process created it while this one waited
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def pack_abstracts(abstract_en: str, abstract_zh: str) -> bytes:
    """The two abstracts as one compressed value (the bulk of the archive's text)."""
    return zlib.compress(f"{abstract_en}\x00{abstract_zh}".encode(), 1)


def unpack_abstracts(data: bytes) -> tuple[str, str]:
    """The English and Chinese abstracts of a packed value."""
    english, _, chinese = zlib.decompress(data).decode("utf-8").partition("\x00")
    return english, chinese
