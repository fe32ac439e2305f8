"""Failures in the interface language: the list's tooltips and the editor's notice."""

from __future__ import annotations

import string

import pytest
from PySide6.QtWidgets import QApplication

from digest_gui.core.drafting.drafts import mark_draft_failed
from digest_gui.core.failures import FAILURE_TEMPLATES, Failure
from digest_gui.core.merge import mark_failed
from digest_gui.ui.failures import failure_templates, failure_text
from digest_gui.ui.i18n import apply_language

UNKNOWN = Failure.make("arxiv_unknown_id", id="2401.99999")
GAVE_UP = Failure.make("http_status", what="arXiv", status=503, reason="Service Unavailable").adding(tries=3)


def names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture
def chinese(english):
    """The interface in Chinese; the `english` fixture removes the translators afterwards."""
    apply_language(QApplication.instance(), "zh_CN")


def test_every_kind_has_a_template_with_the_same_names(english):
    templates = failure_templates()
    assert set(templates) == set(FAILURE_TEMPLATES)
    for kind, template in FAILURE_TEMPLATES.items():
        assert names(templates[kind]) == names(template), kind


def test_english_reads_as_the_core_words_it(english):
    for failure in (UNKNOWN, GAVE_UP, GAVE_UP.adding(tries=1), Failure("model_busy").adding(waits="1 s")):
        assert failure_text(failure) == failure.text()


def test_chinese(chinese):
    assert failure_text(UNKNOWN) == "arXiv 上没有 2401.99999"
    assert failure_text(GAVE_UP) == "arXiv 返回 HTTP 503（Service Unavailable）；尝试 3 次后放弃"
    assert failure_text(Failure.message("an old sentence")) == "an old sentence"
    # A kind the interface has no words for yet is shown in English.
    assert failure_text(Failure.make("mirror_down", name="eu")) == "mirror_down (name=eu)"


def test_the_list_and_the_editor_word_stored_failures_in_chinese(window, chinese, qtbot):
    model = window.project.model
    model.apply_paper(0, mark_failed(model.paper(0), UNKNOWN))
    model.apply_paper(1, mark_draft_failed(model.paper(1), Failure("model_english_twice")))
    decorations = window.list_pane.decorations
    assert "arXiv 上没有 2401.99999" in decorations.tooltip(model.paper(0), 1)
    assert "模型两次都用英文作答" in decorations.tooltip(model.paper(1), 1)
    window.list_pane.select_row(1)
    qtbot.waitUntil(window.editor.error_bar.isVisible)
    assert "模型两次都用英文作答" in window.editor.error_bar.label.text()


def test_an_old_projects_sentence_is_shown_as_written(window, chinese):
    model = window.project.model
    paper = model.paper(2)
    paper.extra["fetch_error"] = "HTTP 503 from export.arxiv.org"
    assert "HTTP 503 from export.arxiv.org" in window.list_pane.decorations.tooltip(paper, 1)
