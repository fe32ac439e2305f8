"""Quality issues worded in the interface language, from their kind and arguments."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from digest_gui.core.quality import registry
from digest_gui.core.quality.checks import KINDS
from digest_gui.core.quality.registry import QualityCheck, QualityIssue, register_check
from digest_gui.ui.i18n import apply_language
from digest_gui.ui.quality.messages import detail_templates, issue_text, kind_label

TOO_LONG = QualityIssue.make(7, "summary_zh", "summary_too_long", length="81", limit="80")
GLOSSARY = QualityIssue.make(2, "abstract_zh", "glossary", term="heatmap", zh="热图")
DUPLICATE = QualityIssue.make(3, "id", "duplicate", earlier="[^1]", id="2403.18546")


@pytest.fixture
def chinese(english):
    """The interface in Chinese; the `english` fixture removes the translators afterwards."""
    apply_language(QApplication.instance(), "zh_CN")


def test_every_built_in_kind_has_a_label_and_a_detail_template(english):
    assert set(detail_templates()) == set(KINDS)
    assert all(kind_label(kind) != kind for kind in KINDS if kind not in ("empty", "duplicate"))


def test_english(english):
    assert issue_text(TOO_LONG) == "[^8] Summary: too long — 81 characters; the limit is 80"
    assert issue_text(GLOSSARY) == "[^3] Chinese abstract: glossary term — “heatmap” should read “热图”"
    assert issue_text(DUPLICATE) == "[^4] arXiv id: duplicate — the same paper as [^1] (2403.18546)"
    assert issue_text(QualityIssue(0, "title_zh", "empty")) == "[^1] Chinese title: empty"
    added = QualityIssue.make(4, "abstract_zh", "numbers_added", numbers="92%, 256")
    assert issue_text(added) == "[^5] Chinese abstract: numbers added — has 92%, 256, which the English lacks"
    formula = QualityIssue.make(0, "abstract_zh", "formula_missing", formulas="$k$")
    assert issue_text(formula) == "[^1] Chinese abstract: formula missing — lacks $k$ of the English abstract"
    title = QualityIssue.make(1, "title_zh", "duplicate_title_zh", earlier="[^1]")
    assert issue_text(title) == "[^2] Chinese title: same Chinese title — the same Chinese title as [^1]"
    untitled = QualityIssue(2, "title_en", "title_en_missing")
    assert issue_text(untitled) == (
        "[^3] English title: no English title — fetch the paper from arXiv or type its title"
    )


def test_chinese(chinese):
    assert issue_text(TOO_LONG) == "[^8] 一句话总结：过长 — 81 字，上限 80 字"
    assert issue_text(GLOSSARY) == "[^3] 摘要翻译：术语不符 — “heatmap”应译作“热图”"
    assert issue_text(DUPLICATE) == "[^4] arXiv 编号：重复 — 与 [^1] 是同一篇论文（2403.18546）"


def test_a_kind_the_interface_does_not_know_falls_back_to_english(chinese, monkeypatch):
    monkeypatch.setattr(registry, "QUALITY_CHECKS", dict(registry.QUALITY_CHECKS))
    register_check(QualityCheck("shouting", "titles that shout", "the {field} ends in {mark}", lambda *_: ()))
    issue = QualityIssue.make(0, "title_zh", "shouting", mark="！")
    assert issue_text(issue) == "[^1] 中文标题：shouting — the Chinese title ends in ！"


def test_the_panel_shows_issues_in_chinese(window, chinese, qtbot):
    window.action_registry["qualityChecks"].trigger()
    qtbot.waitUntil(window.quality_panel.isVisible)
    qtbot.waitUntil(lambda: window.quality_panel.list.count() == 7)  # see test_panel.py's WARNINGS
    assert window.quality_panel.list.item(0).text() == "[^8] 一句话总结：过长 — 81 字，上限 80 字"
