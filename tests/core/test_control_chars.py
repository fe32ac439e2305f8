"""Control characters are cleaned wherever text enters the model, and nowhere else changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest_gui.core.control_chars import clean_paper, clean_strings, clean_text
from digest_gui.core.drafting.llm import Drafter, LlmSettings
from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.project_file import (
    CURRENT_VERSION,
    FORMAT,
    digest_from_dict,
    load_project,
    save_project,
)
from digest_gui.core.model import TEXT_FIELDS, Digest, Paper
from digest_gui.core.sources.arxiv_api import ArxivRecord, record_fields
from digest_gui.core.sources.listing import ListingItem, listing_paper
from tests.fake_openai import FakeOpenAI, draft

# Every C0 control character but tab and line feed.
CONTROLS = "".join(chr(code) for code in range(0x20) if chr(code) not in "\t\n")


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("plain text, 中文 and $x^2$", "plain text, 中文 and $x^2$"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("\x02klzzwxh:0\x03", "klzzwxh:0"),  # Python-Markdown's placeholder
        ("a\x00b\x07c\x1bd", "abcd"),
        ("windows\r\nline\rends", "windows\nline\nends"),
        ("page\x0cbreak\x0bvertical\x1fseparators", "page break vertical separators"),
        ("\x7f\x85\u2028 are not C0", "\x7f\x85\u2028 are not C0"),
        (CONTROLS, "  \n    "),  # \v \f, then \r → \n, then \x1c-\x1f → space; the rest go
    ],
)
def test_clean_text(text, cleaned):
    assert clean_text(text) == cleaned
    assert clean_text(cleaned) == cleaned  # cleaning twice changes nothing more


def test_clean_text_gives_back_clean_text_itself():
    text = "an abstract " * 1000
    assert clean_text(text) is text


def test_clean_paper_copies_only_a_paper_that_needs_it():
    clean = Paper(id="2403.18546", title_en="Title", authors=["A. Author"])
    assert clean_paper(clean) is clean
    dirty = Paper(id="2403.18546", title_en="Ti\x03tle", abstract_zh="摘\x00要", authors=["A.\x02 Author"])
    cleaned = clean_paper(dirty)
    assert (cleaned.title_en, cleaned.abstract_zh, cleaned.authors) == ("Title", "摘要", ["A. Author"])
    assert dirty.title_en == "Ti\x03tle" and dirty.authors == ["A.\x02 Author"]  # the original stays
    assert clean_strings(["a\x03", "b"]) == ["a", "b"]


def test_a_project_file_with_control_characters_loads_clean(tmp_path: Path):
    path = tmp_path / "dirty.digest"
    fields = {name: f"{name}\x03 text\x02\r\nmore\x0cwords" for name in TEXT_FIELDS}
    project = {
        "format": FORMAT,
        "version": CURRENT_VERSION,
        "title": "t",
        "papers": [{"id": "2403.18546", "comment": "c\x01", **fields}],
    }
    path.write_text(json.dumps(project), encoding="utf-8")  # JSON writes them as \u0003
    assert "\\u0003" in path.read_text(encoding="utf-8")
    (paper,) = load_project(path).papers
    for name in TEXT_FIELDS:
        assert getattr(paper, name) == f"{name} text\nmore words"
    assert paper.comment == "c"
    assert not any(char in CONTROLS for name in TEXT_FIELDS for char in getattr(paper, name))


def test_a_parsed_project_is_cleaned_too():
    # What a recovery file holds is read through digest_from_dict without loads_project.
    raw = {
        "format": FORMAT,
        "version": CURRENT_VERSION,
        "papers": [{"id": "2403.18546", "title_zh": "标\x03题"}],
    }
    assert digest_from_dict(raw).papers[0].title_zh == "标题"


def test_a_clean_project_saves_and_loads_unchanged(tmp_path: Path, reference_text: str):
    digest = import_markdown(reference_text).digest
    path = tmp_path / "reference.digest"
    save_project(digest, path)
    assert load_project(path) == digest


def test_an_imported_digest_is_clean(reference_text: str):
    # A hand-edited digest can carry a raw control character or a reference to one.
    dirty = reference_text.replace("摘要", "摘\x03要", 2).replace("Abstract:", "Abs&#3;tract:\x02", 1)
    digest = import_markdown(dirty).digest
    for paper in digest.papers:
        for name in TEXT_FIELDS:
            assert not any(char in CONTROLS for char in getattr(paper, name)), (paper.id, name)


@pytest.mark.parametrize("reference", ["&#3;", "&#x1B;", "&#x0001f;", "&#00031;"])
def test_an_imported_digest_is_clean_when_only_a_reference_names_a_control(reference_text, reference):
    # No raw control character anywhere: the references alone must still be caught.
    dirty = reference_text.replace("Abstract:", f"Abs{reference}tract:", 1)
    digest = import_markdown(dirty).digest
    assert all(
        not any(char in CONTROLS for char in getattr(paper, name))
        for paper in digest.papers
        for name in TEXT_FIELDS
    )


def test_import_and_export_of_the_reference_digest_stay_byte_identical(reference_text: str):
    result = import_markdown(reference_text)
    assert result.warnings == []
    assert export_markdown(result.digest) == reference_text
    assert export_markdown(import_markdown(export_markdown(result.digest)).digest) == reference_text


def test_fetched_fields_are_clean():
    record = ArxivRecord.from_dict(
        {
            "id": "2403.18546",
            "version": 2,
            "title": "A\x03 title",
            "abstract": "An\x00 abstract",
            "authors": ["B.\x02 Author"],
            "affiliations": [[]],
            "comment": "12 pages\x07",
        }
    )
    fields = record_fields(record)
    assert (fields["title_en"], fields["abstract_en"]) == ("A title", "An abstract")
    assert (fields["authors"], fields["comment"]) == (["B. Author"], "12 pages")
    paper = listing_paper(ListingItem(id="2403.18546", title="Listed\x03", abstract="Text\x02"))
    assert (paper.title_en, paper.abstract_en) == ("Listed", "Text")


def test_a_draft_is_clean():
    fake = FakeOpenAI()
    fake.start()
    try:
        fake.script.append(
            draft(title_zh="标题\x03", summary_zh="一句\x02话总结", abstract_zh="摘要\x00正文\r\n第二行")
        )
        drafter = Drafter(LlmSettings(base_url=fake.url, model="test-model", timeout=5.0), "", ())
        result = drafter.draft(Paper(id="2403.18546", title_en="A title", abstract_en="An abstract"))
    finally:
        fake.stop()
    assert (result.title_zh, result.summary_zh, result.abstract_zh) == (
        "标题",
        "一句话总结",
        "摘要正文\n第二行",
    )


def test_a_digest_of_clean_papers_exports_without_control_characters():
    digest = Digest(papers=[clean_paper(Paper(id="2403.18546", title_en="\x03", abstract_zh="\x02x"))])
    assert not any(char in CONTROLS.replace("\r", "") for char in export_markdown(digest))


# ---------------------------------------------------------------------------- surrogates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\ud800b", "a\ufffdb"),
        ("\udfff", "\ufffd"),
        ("x\ud83d\ude00y", "x\U0001f600y"),  # a pair written as two halves is its character
        ("中\ud800\x03文", "中\ufffd文"),
    ],
)
def test_lone_surrogates_become_the_replacement_character(text, expected):
    cleaned = clean_text(text)
    assert cleaned == expected
    cleaned.encode("utf-8")  # what every file write needs


def test_a_paper_with_a_surrogate_is_cleaned():
    paper = Paper(id="2403.18546", summary_zh="总结\ud800", authors=["A\udc00"])
    cleaned = clean_paper(paper)
    assert cleaned.summary_zh == "总结\ufffd" and cleaned.authors == ["A\ufffd"]
