"""The quality watcher compares the papers of a new digest once, after checking them."""

from __future__ import annotations

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.model import Digest
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.quality import watcher as quality_watch
from digest_gui.ui.quality.watcher import QualityWatcher


def twice(reference_text) -> Digest:
    digest = import_markdown(reference_text).digest
    return Digest(papers=[paper.copy() for _ in range(2) for paper in digest.papers], export=digest.export)


def repeated_kinds(watcher: QualityWatcher) -> set[str]:
    return {issue.kind for issues in watcher.digest_wide().values() for issue in issues}


def test_a_new_digest_is_compared_once_its_papers_are_checked(qtbot, monkeypatch, reference_text):
    compared = []
    compare = quality_watch.digest_wide_issues

    def counting(papers):
        compared.append(len(papers))
        return compare(papers)

    monkeypatch.setattr(quality_watch, "digest_wide_issues", counting)
    model = PaperModel(Digest())
    watcher = QualityWatcher(model)
    qtbot.waitUntil(lambda: not watcher.busy())
    compared.clear()
    model.apply_digest(twice(reference_text))
    watcher.counts()  # what the status bar asks at once
    assert watcher.busy()
    assert compared == []
    with qtbot.waitSignal(watcher.changed):
        pass
    qtbot.waitUntil(lambda: not watcher.busy())
    assert repeated_kinds(watcher)  # every paper is there twice
    watcher.counts()
    assert compared == [46]


def test_flushing_the_first_pass_compares_the_papers_too(qtbot, reference_text):
    model = PaperModel(Digest())
    watcher = QualityWatcher(model)
    model.apply_digest(twice(reference_text))
    assert watcher.issues() == []
    watcher.flush()
    assert repeated_kinds(watcher)
    assert any(issue.row == 23 for issue in watcher.issues())
