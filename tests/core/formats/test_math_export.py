"""The export option that writes formulas in GitHub's protected $`…`$ form (off by default)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from digest_gui.core.errors import ProjectFileError
from digest_gui.core.formats import render_github
from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.math_spans import intended
from digest_gui.core.formats.project_file import dumps_project, loads_project
from digest_gui.core.formats.visible_text import github_visible_text
from digest_gui.core.model import Digest, ExportSettings, Paper

ALTERED = "the optimum $r^*$ of $S=\\{0,1\\}^n$ and the point $x^*$"


def _digest(github_math: bool) -> Digest:
    paper = Paper(id="2401.00001", url="https://arxiv.org/abs/2401.00001", title_en="T", abstract_zh=ALTERED)
    return Digest(papers=[paper], export=ExportSettings(github_math=github_math))


def test_the_option_is_off_by_default_and_an_untouched_digest_exports_byte_identical(reference_text):
    digest = import_markdown(reference_text).digest
    assert digest.export.github_math is False
    assert export_markdown(digest) == reference_text


def test_with_the_option_on_formulas_are_written_protected_and_github_shows_them_whole():
    off = export_markdown(_digest(False))
    on = export_markdown(_digest(True))
    assert ALTERED in off
    assert "the optimum $`r^*`$ of $`S=\\{0,1\\}^n`$ and the point $`x^*`$" in on
    assert intended(ALTERED) in github_visible_text(on)
    assert intended(ALTERED) not in github_visible_text(off)


def test_the_option_leaves_the_digest_itself_untouched():
    digest = _digest(True)
    export_markdown(digest)
    assert digest.papers[0].abstract_zh == ALTERED


def test_the_preview_follows_the_option():
    settings_on = ExportSettings(github_math=True)
    paper = _digest(True).papers[0]
    assert "$`r^*`$" in render_github.paper_markdown(paper, 1, settings_on)
    assert "$`r^*`$" not in render_github.paper_markdown(paper, 1, ExportSettings())


def test_the_option_is_saved_in_the_project_only_when_on_and_read_back():
    off_text = dumps_project(_digest(False))
    assert "github_math" not in off_text  # projects that never used it save as before
    on_text = dumps_project(_digest(True))
    assert json.loads(on_text)["export"]["github_math"] is True
    assert loads_project(on_text.encode()).export.github_math is True
    assert loads_project(off_text.encode()).export.github_math is False


def test_a_project_with_a_wrong_value_is_refused_with_one_line():
    data = json.loads(dumps_project(_digest(True)))
    data["export"]["github_math"] = "yes"
    with pytest.raises(ProjectFileError) as error:
        loads_project(json.dumps(data).encode())
    assert "export.github_math" in str(error.value)
    assert "\n" not in str(error.value)


def test_settings_copy_keeps_the_option():
    assert dataclasses.replace(ExportSettings(github_math=True)).github_math is True
