"""The export registry: the two formats it starts with, themes, and adding a third."""

from __future__ import annotations

import pytest

from digest_gui.cli import main
from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.exporters import (
    EXPORTERS,
    Exporter,
    ExportError,
    ExportOptions,
    export_digest,
    exporters,
    get_exporter,
    register_exporter,
    theme_css,
    themes,
)
from digest_gui.core.formats.project_file import save_project
from digest_gui.core.formats.render_html import digest_html
from digest_gui.core.model import Digest


@pytest.fixture
def digest(reference_text) -> Digest:
    return import_markdown(reference_text, title="reference").digest


@pytest.fixture
def registry(monkeypatch):
    """The registry as it is, restored after the test (a test may add formats)."""
    monkeypatch.setattr("digest_gui.core.formats.exporters.EXPORTERS", dict(EXPORTERS))
    from digest_gui.core.formats import exporters as module

    return module.EXPORTERS


def test_markdown_and_html_are_registered_first():
    assert [(item.name, item.label, item.extension) for item in exporters()][:2] == [
        ("md", "Markdown", ".md"),
        ("html", "HTML", ".html"),
    ]


def test_markdown_export_is_the_reference_digest(digest, reference_text):
    assert export_digest(digest) == reference_text
    assert export_digest(digest, "md") == export_markdown(digest)


def test_html_export_is_styled_with_the_default_theme(digest):
    page = export_digest(digest, "html")
    assert page == digest_html(digest, theme_css())
    assert page.startswith("<!DOCTYPE html>") and theme_css() in page
    assert '"Noto Sans CJK SC"' in theme_css()


def test_themes_come_from_the_resources():
    assert "default" in themes()
    with pytest.raises(ExportError, match="unknown theme “night”"):
        export_digest(Digest(), "html", ExportOptions(theme="night"))
    with pytest.raises(ExportError):
        theme_css("../preview/preview-qt")


def test_an_unknown_format_names_the_known_ones():
    with pytest.raises(ExportError, match=r"“pdf” \(known: md, html"):
        get_exporter("pdf")
    assert get_exporter(" HTML ").name == "html"


def test_a_second_format_is_a_few_lines_and_the_cli_uses_it(registry, digest, tmp_path, capsys):
    def ids(digest: Digest, _options: ExportOptions) -> str:
        return "".join(f"{paper.id}\n" for paper in digest.papers)

    register_exporter(Exporter("ids", "arXiv ids", ".txt", ids))

    project = tmp_path / "p.digest"
    save_project(digest, project)
    out = tmp_path / "ids.txt"
    assert main(["export", str(project), "--format", "ids", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [paper.id for paper in digest.papers]
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    # argparse wraps the help at any space: compare with the lines joined.
    assert "ids: arXiv ids (.txt)" in " ".join(capsys.readouterr().out.split())


def test_cli_export_html_and_an_unknown_format(tmp_path, capsys, digest):
    project = tmp_path / "p.digest"
    save_project(digest, project)
    out = tmp_path / "p.html"
    assert main(["export", str(project), "--format", "html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == digest_html(digest, theme_css())
    assert main(["export", str(project), "--format", "pdf", "-o", str(out)]) == 1
    assert "unknown export format “pdf”" in capsys.readouterr().err
    assert main(["export", str(project), "--format", "html", "--theme", "night", "-o", str(out)]) == 1
    assert "unknown theme “night” (known: default, paper)" in capsys.readouterr().err
    assert main(["export", str(project), "--format", "html", "--theme", "default", "-o", "-"]) == 0
    assert capsys.readouterr().out == digest_html(digest, theme_css())
