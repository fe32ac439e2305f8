"""The open project: undoable edits, files, and changes made by other programs."""

from __future__ import annotations

import json
import os

import pytest

from digest_gui.core.errors import DigestError
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import load_project
from digest_gui.core.identifiers import ArxivId
from digest_gui.ui.document.project import DiskState, Project
from tests.conftest import FIXTURES


@pytest.fixture
def project(qapp, reference_text) -> Project:
    project = Project()
    project.new(import_markdown(reference_text).digest)
    return project


def _ids(project: Project) -> list[str]:
    return [paper.id for paper in project.digest.papers]


def test_typing_is_one_undo_step_per_burst(project):
    project.set_field(0, "title_zh", "新")
    project.set_field(0, "title_zh", "新标")
    project.set_field(0, "title_zh", "新标题")
    assert project.undo_stack.count() == 1
    assert project.is_modified()
    project.undo_stack.undo()
    assert project.digest.papers[0].title_zh == "在混乱场景中高效的基于热图引导的六自由度抓取检测"
    assert not project.is_modified()
    project.undo_stack.redo()
    assert project.digest.papers[0].title_zh == "新标题"


def test_an_edit_enters_the_model_without_control_characters(project):
    project.set_field(0, "title_en", "Typed\x03 title\x02")
    assert project.digest.papers[0].title_en == "Typed title"
    count = project.undo_stack.count()
    project.set_field(0, "title_en", "Typed title\x03")  # the same text once cleaned: no step
    assert project.undo_stack.count() == count


def test_edits_in_different_fields_are_separate_steps(project):
    project.set_field(0, "title_zh", "甲")
    project.set_field(0, "summary_zh", "乙")
    project.set_field(1, "summary_zh", "丙")
    assert project.undo_stack.count() == 3


def test_add_ids_skips_duplicates_and_inserts_at_the_position(project):
    result = project.add_ids([ArxivId("2501.00001"), ArxivId("2403.18546"), ArxivId("2501.00002", 3)], row=2)
    assert (result.first_row, result.added, result.duplicates) == (2, 2, ["2403.18546"])
    assert _ids(project)[1:5] == ["2403.18296", "2501.00001", "2501.00002", "2403.15528"]
    added = project.digest.papers[3]
    assert (added.version, added.url, added.status) == (3, "https://arxiv.org/abs/2501.00002", "new")
    project.undo_stack.undo()
    assert len(project.digest.papers) == 23


def test_delete_and_undo_restore_papers_in_place(project):
    before = _ids(project)
    project.remove([0, 5, 6, 22])
    assert len(project.digest.papers) == 19
    assert "2403.18546" not in _ids(project)
    project.undo_stack.undo()
    assert _ids(project) == before


def test_reorder_and_undo(project):
    before = _ids(project)
    project.move([3, 4], 0)
    assert _ids(project)[:2] == before[3:5]
    project.move_by([0], 1)
    assert _ids(project)[:2] == [before[4], before[3]]
    project.undo_stack.undo()
    project.undo_stack.undo()
    assert _ids(project) == before


def test_move_to_the_end(project):
    before = _ids(project)
    project.move([0], 23)
    assert _ids(project)[-1] == before[0]
    assert _ids(project)[:-1] == before[1:]


def test_status_change_is_undoable(project):
    project.set_status([0, 1], "drafted")
    assert [p.status for p in project.digest.papers[:2]] == ["drafted", "drafted"]
    project.undo_stack.undo()
    assert [p.status for p in project.digest.papers[:2]] == ["reviewed", "reviewed"]


def test_edit_save_reopen_gives_the_same_project(project, tmp_path):
    project.set_field(2, "abstract_zh", "改过的翻译。")
    project.add_ids([ArxivId("2501.00001")])
    path = tmp_path / "today.digest"
    project.save(path)
    assert not project.is_modified()
    again = Project()
    again.open(path)
    assert again.digest == project.digest
    assert load_project(path) == project.digest


def test_outside_change_is_detected(project, tmp_path):
    path = tmp_path / "p.digest"
    project.save(path)
    assert not project.changed_on_disk()
    # Same content written again by another program: not a change.
    os.utime(path, ns=(1, 1))
    assert not project.changed_on_disk()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["papers"][0]["title_zh"] = "别人改的"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert project.changed_on_disk()
    project.reload()
    assert project.digest.papers[0].title_zh == "别人改的"
    assert not project.changed_on_disk()


def test_a_file_opened_before_the_first_frame_is_hashed_after_it_with_the_same_result(project, tmp_path):
    path = tmp_path / "p.digest"
    project.save(path)
    whole = DiskState.of(path)
    again = Project()
    again.hash_later = True  # as a real start opens its file (ui/app.py)
    again.open(path)
    state = again.disk_state
    assert state is not None and state._sha256 is None  # not hashed yet: it keeps the bytes read
    assert not again.hash_later  # for that open only
    # Written over meanwhile: the hash is of what was read, not of what is there now.
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = "changed meanwhile"
    path.write_text(json.dumps(data), encoding="utf-8")
    again.settle()
    assert state.sha256 == whole.sha256 and state == whole and state._data is None
    assert again.changed_on_disk()
    # From then on, opening hashes at once.
    again.open(path)
    assert again.disk_state is not None and again.disk_state._sha256 is not None
    with pytest.raises(TypeError):
        DiskState(1, 2, None)  # type: ignore[arg-type]


def test_a_deleted_project_file_counts_as_changed(project, tmp_path):
    path = tmp_path / "p.digest"
    project.save(path)
    path.unlink()
    assert project.changed_on_disk()


def test_import_is_an_unsaved_untitled_project(qapp, tmp_path):
    project = Project()
    warnings = project.import_digest(FIXTURES / "reference-digest.md")
    assert warnings == []
    assert project.path is None
    assert project.is_modified()
    assert project.digest.title == "reference-digest"


def test_import_of_a_broken_digest_keeps_the_project(project, tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("# 摘要\n\nnot a table\n", encoding="utf-8")
    before = project.digest.copy()
    with pytest.raises(DigestError, match="line 3"):
        project.import_digest(broken)
    assert project.digest == before


def test_restored_work_is_modified_with_nothing_to_undo_and_saves_where_it_was(project, tmp_path):
    path = tmp_path / "p.digest"
    project.save(path)
    restored = load_project(path)
    restored.papers[0].title_zh = "崩溃前的修改"
    again = Project()
    again.restore(restored, path, DiskState.of(path))
    assert again.is_modified()
    assert not again.undo_stack.canUndo()
    assert again.path == path and not again.changed_on_disk()
    again.save()
    assert load_project(path).papers[0].title_zh == "崩溃前的修改"
    assert not again.is_modified()


def test_restored_work_whose_file_is_gone_has_no_path(project):
    again = Project()
    again.restore(project.digest, None, None)
    assert again.is_modified() and again.path is None
