"""Marks of English changed under a reviewed translation: kept in the project file, read defensively."""

from __future__ import annotations

from digest_gui.core.formats.project_file import dumps_project, loads_project
from digest_gui.core.model import Digest, Paper, Status
from digest_gui.core.operations import edit_english
from digest_gui.core.stale_english import STALE_KEY, stale_marks, with_stale_marks
from digest_gui.core.storage.recovery import RecoveryStore


def project(*papers: Paper) -> Digest:
    return Digest(title="t", papers=list(papers))


def test_marks_survive_saving_and_loading():
    paper = Paper(
        id="2501.00001", title_en="T", abstract_en="Old.", abstract_zh="旧。", status=Status.REVIEWED
    )
    marked = edit_english(paper, "abstract_en", "New.")
    text = dumps_project(project(marked))
    loaded = loads_project(text.encode("utf-8")).papers[0]
    assert stale_marks(loaded) == {"abstract_en": "Old."}
    assert loaded.status is Status.NEEDS_REVIEW
    assert dumps_project(project(loaded)) == text


def test_a_project_without_marks_saves_as_before(tmp_path):
    text = dumps_project(project(Paper(id="2501.00001", title_en="T", status=Status.REVIEWED)))
    assert STALE_KEY not in text and "needs-review" not in text
    assert dumps_project(loads_project(text.encode("utf-8"))) == text


def test_marks_of_another_shape_are_ignored():
    paper = Paper(extra={STALE_KEY: {"abstract_en": 3, "title_en": "Old title", "title_zh": "x"}})
    assert stale_marks(paper) == {"title_en": "Old title"}
    assert stale_marks(Paper(extra={STALE_KEY: ["abstract_en"]})) == {}


def test_marks_are_set_on_a_copy():
    paper = Paper()
    marked = with_stale_marks(paper, {"title_en": "Old"})
    assert stale_marks(marked) == {"title_en": "Old"} and not paper.extra
    assert STALE_KEY not in with_stale_marks(marked, {}).extra


def test_marks_come_back_from_a_crash_recovery_file(tmp_path):
    paper = Paper(id="2501.00001", title_en="Old title", title_zh="旧标题", status=Status.REVIEWED)
    digest = project(edit_english(paper, "title_en", "New title"))
    store = RecoveryStore(tmp_path)
    store.write("k", digest, None)
    restored = store.orphans()[0].load()
    assert restored.papers == digest.papers
    assert stale_marks(restored.papers[0]) == {"title_en": "Old title"}
