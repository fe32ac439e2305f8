"""Putting digests and projects into the archive and taking them out again.

A source is one file (a digest .md or a project); it is keyed by its absolute path and
the SHA-256 of its bytes, so importing the same file again changes nothing and importing
a changed file replaces what the archive held of it.
"""

from __future__ import annotations

import datetime
import os
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from digest_gui.core.archive import text
from digest_gui.core.archive.store import Archive, pack_abstracts, unpack_abstracts
from digest_gui.core.errors import DigestError
from digest_gui.core.model import LISTING_DATE_KEY, Digest
from digest_gui.core.storage.hashes import contents_sha256

DIGEST = "digest"
PROJECT = "project"
# What indexing a source did.
ADDED = "added"
REPLACED = "replaced"
UNCHANGED = "unchanged"

_DAY_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class UnreadableSource(DigestError):
    """A file cannot be read as a digest or a project; str() says why."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where archived papers came from: the file, its kind, its title and its day."""

    path: str
    kind: str
    title: str
    day: str
    # The contents' SHA-256: tells a changed file from the same file imported again.
    content_hash: str


def source_key(path: str | os.PathLike[str]) -> str:
    """The path a source is known by: absolute, so one file is one source."""
    return str(Path(path).expanduser().resolve())


def source_day(path: Path, digest: Digest | None = None) -> str:
    """The day of a source: a YYYY-MM-DD in its name, the listing's day, or its file's date."""
    match = _DAY_IN_NAME.search(path.stem)
    if match:
        try:
            return datetime.date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            pass
    if digest is not None and isinstance(digest.extra.get(LISTING_DATE_KEY), str):
        return str(digest.extra[LISTING_DATE_KEY])[:10]
    try:
        return datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
    except OSError:
        return datetime.date.today().isoformat()


def read_source(path: Path) -> tuple[Digest, Source]:
    """Read a digest .md or a project file; raise UnreadableSource with the reason."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableSource(f"cannot read: {error.strerror or error}") from None
    return parse_source(path, data)


def parse_source(path: Path, data: bytes) -> tuple[Digest, Source]:
    """The digest in a file's bytes, and the source it is archived as."""
    from digest_gui.core.formats.digest_format import import_markdown
    from digest_gui.core.formats.project_file import loads_project

    kind = DIGEST if path.suffix.lower() in (".md", ".markdown") else PROJECT
    try:
        if kind == DIGEST:
            digest = import_markdown(data.decode("utf-8"), title=path.stem).digest
        else:
            digest = loads_project(data, read_newer=True)
    except UnicodeDecodeError as error:
        raise UnreadableSource(f"not UTF-8 text (byte {error.start})") from None
    except DigestError as error:
        raise UnreadableSource(str(error)) from None
    title = digest.title or path.stem
    return digest, Source(source_key(path), kind, title, source_day(path, digest), contents_sha256(data))


class Indexer:
    """Adds and removes sources inside one open write transaction; commit() ends it.

    Indexing in batches (a folder import commits every few hundred files) keeps a year
    of digests to a couple of minutes; the word counts the ranking reads are summed in
    memory and written once per commit.
    """

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._terms: Counter[str] = Counter()
        self._open = False

    def _connection(self) -> sqlite3.Connection:
        if not self._open:
            with self.archive.errors():
                self.archive.connection.execute("BEGIN IMMEDIATE")
            self._open = True
        return self.archive.connection

    def state(self, source: Source) -> str:
        """ADDED if the path is new, UNCHANGED if archived with the same content, else REPLACED."""
        rows = self.archive.query("SELECT content_hash FROM sources WHERE path=?", (source.path,))
        if not rows:
            return ADDED
        return UNCHANGED if rows[0][0] == source.content_hash else REPLACED

    def known_hash(self, path: str) -> str | None:
        """The content hash the archive holds for a path (None if it holds none)."""
        rows = self.archive.query("SELECT content_hash FROM sources WHERE path=?", (path,))
        return rows[0][0] if rows else None

    def add(self, digest: Digest, source: Source) -> str:
        """Archive a digest's papers under source; return ADDED, REPLACED or UNCHANGED."""
        state = self.state(source)
        if state == UNCHANGED:
            return state
        connection = self._connection()
        with self.archive.errors():
            if state == REPLACED:
                self._remove_papers(source.path)
                connection.execute(
                    "UPDATE sources SET kind=?, content_hash=?, title=?, day=?, indexed=? WHERE path=?",
                    (source.kind, source.content_hash, source.title, source.day, _now(), source.path),
                )
            else:
                connection.execute(
                    "INSERT INTO sources(path, kind, content_hash, title, day, indexed) VALUES(?,?,?,?,?,?)",
                    (source.path, source.kind, source.content_hash, source.title, source.day, _now()),
                )
                self.archive.note_source("+", source.path)
            source_id = connection.execute("SELECT id FROM sources WHERE path=?", (source.path,)).fetchone()[
                0
            ]
            self._add_papers(source_id, digest)
        return state

    def remove(self, path: str) -> bool:
        """Take a source out of the archive; False if it was not in it."""
        connection = self._connection()
        with self.archive.errors():
            if not connection.execute("SELECT 1 FROM sources WHERE path=?", (path,)).fetchone():
                return False
            self._remove_papers(path)
            connection.execute("DELETE FROM sources WHERE path=?", (path,))
        self.archive.note_source("-", path)
        return True

    def commit(self) -> None:
        """Write the summed word counts and end the transaction."""
        if not self._open:
            return
        connection = self.archive.connection
        with self.archive.errors():
            if self._terms:
                connection.executemany(
                    "INSERT INTO term_counts(term, papers) VALUES(?, ?) "
                    "ON CONFLICT(term) DO UPDATE SET papers = papers + excluded.papers",
                    [(term, count) for term, count in self._terms.items() if count],
                )
                if any(count < 0 for count in self._terms.values()):
                    connection.execute("DELETE FROM term_counts WHERE papers <= 0")
                self._terms.clear()
            connection.commit()
        self._open = False

    def rollback(self) -> None:
        """Drop everything since the last commit."""
        if self._open:
            self.archive.connection.rollback()
            self._open = False
        self._terms.clear()

    def _add_papers(self, source_id: int, digest: Digest) -> None:
        connection = self.archive.connection
        # Row ids given here, so that each table takes a digest's papers in one executemany.
        row = connection.execute("SELECT coalesce(max(id), 0) FROM papers").fetchone()[0]
        papers, english, titles, chinese, pairs = [], [], [], [], []
        for position, paper in enumerate(digest.papers):
            if not paper.id and not paper.title_en and not paper.title_zh:
                continue
            row += 1
            papers.append(
                (
                    row,
                    source_id,
                    position,
                    paper.id,
                    paper.version,
                    paper.title_en,
                    paper.title_zh,
                    paper.summary_en,
                    paper.summary_zh,
                    pack_abstracts(paper.abstract_en, paper.abstract_zh),
                )
            )
            english.append((row, text.english_body(paper.title_en, paper.summary_en, paper.abstract_en)))
            titles.append((row, paper.title_en))
            chinese.append((row, text.chinese_body(paper.title_zh, paper.summary_zh, paper.abstract_zh)))
            self._terms.update(text.word_set(f"{paper.title_en} {paper.abstract_en}"))
            pairs += [
                (term, zh, row)
                for term, zh in text.term_pairs(paper.title_zh, paper.summary_zh, paper.abstract_zh)
            ]
        connection.executemany(
            "INSERT INTO papers(id, source_id, position, arxiv_id, version, title_en, title_zh, "
            "summary_en, summary_zh, abstracts) VALUES(?,?,?,?,?,?,?,?,?,?)",
            papers,
        )
        connection.executemany("INSERT INTO words(rowid, body) VALUES(?, ?)", english)
        connection.executemany("INSERT INTO titles(rowid, body) VALUES(?, ?)", titles)
        connection.executemany("INSERT INTO trigrams(rowid, body) VALUES(?, ?)", chinese)
        connection.executemany("INSERT OR IGNORE INTO term_pairs(term, zh, paper_id) VALUES(?,?,?)", pairs)

    def _remove_papers(self, path: str) -> None:
        connection = self.archive.connection
        rows = connection.execute(
            "SELECT p.id, p.title_en, p.title_zh, p.summary_en, p.summary_zh, p.abstracts "
            "FROM papers p JOIN sources s ON s.id = p.source_id WHERE s.path=?",
            (path,),
        ).fetchall()
        for row, title_en, title_zh, summary_en, summary_zh, packed in rows:
            abstract_en, abstract_zh = unpack_abstracts(packed)
            # Contentless indexes forget a row only when told exactly what it held.
            english = text.english_body(title_en, summary_en, abstract_en)
            chinese = text.chinese_body(title_zh, summary_zh, abstract_zh)
            connection.execute("INSERT INTO words(words, rowid, body) VALUES('delete', ?, ?)", (row, english))
            connection.execute(
                "INSERT INTO titles(titles, rowid, body) VALUES('delete', ?, ?)", (row, title_en)
            )
            connection.execute(
                "INSERT INTO trigrams(trigrams, rowid, body) VALUES('delete', ?, ?)", (row, chinese)
            )
            self._terms.subtract(text.word_set(f"{title_en} {abstract_en}"))
            connection.execute("DELETE FROM term_pairs WHERE paper_id=?", (row,))
        connection.execute(
            "DELETE FROM papers WHERE source_id = (SELECT id FROM sources WHERE path=?)", (path,)
        )


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def index_digest(archive: Archive, digest: Digest, path: str | os.PathLike[str], data: bytes) -> str:
    """Archive a digest (or project) that was just saved, exported or imported as path's bytes."""
    file = Path(path)
    kind = DIGEST if file.suffix.lower() in (".md", ".markdown") else PROJECT
    source = Source(
        source_key(file), kind, digest.title or file.stem, source_day(file, digest), contents_sha256(data)
    )
    indexer = Indexer(archive)
    try:
        state = indexer.add(digest, source)
        indexer.commit()
    except BaseException:
        indexer.rollback()
        raise
    return state


def index_file(archive: Archive, path: str | os.PathLike[str]) -> str:
    """Archive one digest .md or project file; raise UnreadableSource if it cannot be read."""
    file = Path(path)
    indexer = Indexer(archive)
    try:
        state = add_file(indexer, file)
        indexer.commit()
    except BaseException:
        indexer.rollback()
        raise
    return state


def add_file(indexer: Indexer, file: Path) -> str:
    """Add one file through an open Indexer, skipping the parse when its bytes are archived already."""
    try:
        data = file.read_bytes()
    except OSError as error:
        raise UnreadableSource(f"cannot read: {error.strerror or error}") from None
    if indexer.known_hash(source_key(file)) == contents_sha256(data):
        return UNCHANGED
    digest, source = parse_source(file, data)
    return indexer.add(digest, source)


def remove_source(archive: Archive, path: str | os.PathLike[str]) -> bool:
    """Take a file's papers out of the archive (the file itself is not touched)."""
    indexer = Indexer(archive)
    try:
        removed = indexer.remove(source_key(path))
        indexer.commit()
    except BaseException:
        indexer.rollback()
        raise
    return removed


def archived_sources(archive: Archive) -> list[Source]:
    """Every source in the archive, newest day first."""
    rows = archive.query("SELECT path, kind, title, day, content_hash FROM sources ORDER BY day DESC, path")
    return [Source(*row) for row in rows]
