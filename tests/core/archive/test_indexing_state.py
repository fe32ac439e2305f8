"""Add, change, re-import and remove sources in any order: the archive always tells the same story.

A Hypothesis state machine writes digests (of a few papers, on a few topics) to three paths,
imports them, changes them, imports them again and removes them, and rebuilds. After every
step: the archive holds exactly the sources imported and not removed, with the papers their
files had when last imported; searching a Chinese word finds exactly the papers holding it;
the ranking's word counts equal those counted afresh from the papers; the glossary pairs
belong to archived papers only.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from digest_gui.core.archive import text
from digest_gui.core.archive.folder_import import rebuild_archive
from digest_gui.core.archive.indexing import UNCHANGED, index_file, remove_source, source_key
from digest_gui.core.archive.search import search
from digest_gui.core.archive.store import open_archive, unpack_abstracts
from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.model import Digest
from tests.archive_papers import TOPICS, topic_digest

NAMES = ("2026-01-01.md", "2026-01-02.md", "2026-01-03.md")
WORDS = ("蛋白质", "机械臂", "代码生成", "强化学习")


class ArchiveMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="digest-gui-archive-"))
        self.database = self.folder / "archive.sqlite3"
        self.archive = open_archive(self.database)
        self.on_disk: dict[str, Digest] = {}  # what each file holds now
        self.archived: dict[str, Digest] = {}  # what the archive should hold of each file
        self.writes = 0

    def teardown(self) -> None:
        self.archive.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _path(self, name: str) -> Path:
        return self.folder / name

    @rule(name=st.sampled_from(NAMES), topic=st.sampled_from(sorted(TOPICS)), count=st.integers(0, 4))
    def write_a_file(self, name: str, topic: str, count: int) -> None:
        self.writes += 1
        digest = topic_digest(topic, count, seed=self.writes, first_number=self.writes * 10)
        self._path(name).write_text(export_markdown(digest), encoding="utf-8")
        self.on_disk[name] = digest

    @rule(name=st.sampled_from(NAMES))
    def import_a_file(self, name: str) -> None:
        if name not in self.on_disk:
            return
        state = index_file(self.archive, self._path(name))
        # Unchanged exactly when the file's bytes are those imported last.
        same = name in self.archived and export_markdown(self.archived[name]) == export_markdown(
            self.on_disk[name]
        )
        assert (state == UNCHANGED) == same
        self.archived[name] = self.on_disk[name]

    @rule(name=st.sampled_from(NAMES))
    def remove_a_file(self, name: str) -> None:
        assert remove_source(self.archive, self._path(name)) == (name in self.archived)
        self.archived.pop(name, None)

    @rule()
    def rebuild(self) -> None:
        # The files as they are now are read again (a file changed since import comes in changed).
        self.archive.close()
        rebuild_archive(self.database)
        self.archive = open_archive(self.database)
        self.archived = {name: self.on_disk[name] for name in self.archived}

    @invariant()
    def sources_and_papers_are_those_imported(self) -> None:
        rows = self.archive.query(
            "SELECT s.path, p.arxiv_id, p.title_zh FROM papers p JOIN sources s ON s.id = p.source_id "
            "ORDER BY s.path, p.position"
        )
        expected = [
            (source_key(self._path(name)), paper.id, paper.title_zh)
            for name in sorted(self.archived)
            for paper in self.archived[name].papers
        ]
        assert rows == expected
        sources = {row[0] for row in self.archive.query("SELECT path FROM sources")}
        assert sources == {source_key(self._path(name)) for name in self.archived}

    @invariant()
    def chinese_search_finds_exactly_the_papers_holding_the_word(self) -> None:
        for word in WORDS:
            found = sorted(
                hit.arxiv_id for group in search(self.archive, word, limit=1000) for hit in group.hits
            )
            expected = sorted(
                paper.id
                for digest in self.archived.values()
                for paper in digest.papers
                if word in paper.title_zh + paper.summary_zh + paper.abstract_zh
            )
            assert found == expected, word

    @invariant()
    def word_counts_and_term_pairs_follow_the_papers(self) -> None:
        counts: Counter[str] = Counter()
        for title, packed in self.archive.query("SELECT title_en, abstracts FROM papers"):
            counts.update(text.word_set(f"{title} {unpack_abstracts(packed)[0]}"))
        assert dict(self.archive.query("SELECT term, papers FROM term_counts")) == dict(counts)
        orphans = self.archive.query(
            "SELECT count(*) FROM term_pairs WHERE paper_id NOT IN (SELECT id FROM papers)"
        )
        assert orphans == [(0,)]


def test_any_sequence_of_imports_and_removals_keeps_the_archive_consistent():
    run_state_machine_as_test(
        ArchiveMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
