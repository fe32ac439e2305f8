"""Rotating backups: earlier saved versions of a project, kept apart from it."""

from __future__ import annotations

from digest_gui.core.storage.backups import KEEP, BackupStore


def test_each_save_keeps_the_version_it_replaces_up_to_keep(tmp_path):
    store = BackupStore(tmp_path / "backups")
    project = tmp_path / "work" / "p.digest"
    project.parent.mkdir()
    assert store.keep_copy(project) is None  # nothing to keep before the first save
    for number in range(KEEP + 3):
        project.write_text(f'{{"version": {number}}}', encoding="utf-8")
        store.keep_copy(project)
    kept = store.backups(project)
    assert len(kept) == KEEP
    # Newest first: the last versions written.
    assert [b.file.read_text(encoding="utf-8") for b in kept] == [
        f'{{"version": {number}}}' for number in range(KEEP + 2, 2, -1)
    ]
    assert all(b.saved_at > 0 for b in kept)
    assert not list(project.parent.glob("*.tmp"))


def test_unchanged_and_empty_files_are_not_kept_again(tmp_path):
    store = BackupStore(tmp_path / "backups")
    project = tmp_path / "p.digest"
    project.write_text("{}", encoding="utf-8")
    assert store.keep_copy(project) is not None
    assert store.keep_copy(project) is None
    project.write_text("", encoding="utf-8")  # truncated by another tool
    assert store.keep_copy(project) is None
    assert len(store.backups(project)) == 1


def test_backups_are_per_project_file(tmp_path):
    store = BackupStore(tmp_path / "backups")
    one, two = tmp_path / "a" / "p.digest", tmp_path / "b" / "p.digest"
    for path in (one, two):
        path.parent.mkdir()
        path.write_text(str(path), encoding="utf-8")
        store.keep_copy(path)
    assert store.backups(one)[0].file.read_text(encoding="utf-8") == str(one)
    assert store.backups(two)[0].file.read_text(encoding="utf-8") == str(two)
