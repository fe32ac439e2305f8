"""find_arxiv_ids on the text users paste or drop: ids, links, DOIs, Chinese input, noise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from digest_gui.core.identifiers import ArxivId, abs_url, find_arxiv_ids, parse_arxiv_id

ROOT = Path(__file__).resolve().parents[2]

# (text, the ids found as str(ArxivId), in order)
POSITIVE = [
    # New-style ids: YYMM.NNNN from 0704 to 1412, YYMM.NNNNN from 1501, optional vN.
    ("2403.18546", ["2403.18546"]),
    ("2403.18546v2", ["2403.18546v2"]),
    ("0704.0001", ["0704.0001"]),
    ("1412.8999v3", ["1412.8999v3"]),
    ("1501.00001", ["1501.00001"]),
    ("0801.1234v12", ["0801.1234v12"]),
    ("See 2403.18546.", ["2403.18546"]),
    ("(2403.18546)", ["2403.18546"]),
    ("2403.18546v2.pdf", ["2403.18546v2"]),
    # Ambiguous: a decimal shaped like a valid id. Someone pasting into an app that looks for
    # arXiv ids more likely means the paper, so it is found.
    ("1503.14159", ["1503.14159"]),
    # Old-style ids; the subject class is not part of the id.
    ("hep-th/9901001", ["hep-th/9901001"]),
    ("math/0309136", ["math/0309136"]),
    ("math.GT/0309136", ["math/0309136"]),
    ("cond-mat.mes-hall/0601001v2", ["cond-mat/0601001v2"]),
    ("math-ph/0001001", ["math-ph/0001001"]),
    ("hep-th/9108001", ["hep-th/9108001"]),
    ("cs/0703001", ["cs/0703001"]),
    ("quant-ph/0101001v3", ["quant-ph/0101001v3"]),
    # "arXiv:" in any case, and the stamps listings put after the id.
    ("arXiv:2403.18546", ["2403.18546"]),
    ("ARXIV:2403.18546", ["2403.18546"]),
    ("arxiv:hep-th/9901001", ["hep-th/9901001"]),
    ("arXiv:2403.18546v1 [cs.CL]", ["2403.18546v1"]),
    ("arXiv:2403.18546v1 [cs.CL] 27 Mar 2024", ["2403.18546v1"]),
    ("Some Title. (arXiv:2310.13206v1 [cs.CL] UPDATED)", ["2310.13206v1"]),
    # Capitals typed or copied ("ARXIV:…V2") name the same version arXiv writes "v2".
    ("ARXIV:2403.18546V2", ["2403.18546v2"]),
    # Links to arXiv, with or without version, query and fragment.
    ("https://arxiv.org/abs/2403.18546", ["2403.18546"]),
    ("https://arxiv.org/abs/2403.18546v2", ["2403.18546v2"]),
    ("http://arxiv.org/abs/2403.18546?context=cs.CL", ["2403.18546"]),
    ("https://arxiv.org/abs/2403.18546v2#S3", ["2403.18546v2"]),
    ("https://arxiv.org/abs/2403.18546?utm_source=x&utm_medium=y#abstract", ["2403.18546"]),
    ("https://arxiv.org/pdf/2403.18546", ["2403.18546"]),
    ("https://arxiv.org/pdf/2403.18546.pdf", ["2403.18546"]),
    ("https://arxiv.org/pdf/2403.18546v2.pdf", ["2403.18546v2"]),
    ("https://arxiv.org/pdf/2403.18546v2.pdf#page=3", ["2403.18546v2"]),
    ("https://arxiv.org/html/2403.18546v1", ["2403.18546v1"]),
    ("https://arxiv.org/html/2403.18546v1#S2.SS1", ["2403.18546v1"]),
    ("https://export.arxiv.org/abs/2403.18546", ["2403.18546"]),
    ("https://www.arxiv.org/abs/2403.18546", ["2403.18546"]),
    ("arxiv.org/abs/2403.18546", ["2403.18546"]),
    ("https://arxiv.org/abs/hep-th/9901001", ["hep-th/9901001"]),
    ("https://arxiv.org/abs/math.GT/0309136v1", ["math/0309136v1"]),
    ("https://arxiv.org/pdf/hep-th/9901001v1.pdf", ["hep-th/9901001v1"]),
    # The DOI arXiv registers for every paper (DataCite prints it in capitals).
    ("10.48550/arXiv.2403.18546", ["2403.18546"]),
    ("https://doi.org/10.48550/arXiv.2403.18546", ["2403.18546"]),
    ("https://doi.org/10.48550/ARXIV.2403.18546", ["2403.18546"]),
    ("doi:10.48550/arXiv.hep-th/9901001", ["hep-th/9901001"]),
    # Sites that carry the id in their links.
    ("https://huggingface.co/papers/2403.18546", ["2403.18546"]),
    ("https://www.alphaxiv.org/abs/2403.18546", ["2403.18546"]),
    ("https://alphaxiv.org/abs/2403.18546v2", ["2403.18546v2"]),
    ("https://ar5iv.labs.arxiv.org/html/2403.18546", ["2403.18546"]),
    ("https://ar5iv.org/abs/2403.18546", ["2403.18546"]),
    ("https://ar5iv.org/abs/hep-th/9901001", ["hep-th/9901001"]),
    ("https://www.semanticscholar.org/arxiv/2403.18546", ["2403.18546"]),
    # A link copied from a search result's redirect encodes the id's "/".
    ("https://www.google.com/url?q=https%3A%2F%2Farxiv.org%2Fabs%2F2403.18546&sa=D", ["2403.18546"]),
    ("https://scholar.example/?u=https%3a%2f%2farxiv.org%2fabs%2fhep-th%2f9901001", ["hep-th/9901001"]),
    # Downloaded file names. Ambiguous (a dash or letter usually starts a longer token),
    # but "arxiv" right before the id names it as clearly as "arXiv:" does.
    ("arxiv-2403.18546.pdf", ["2403.18546"]),
    # Full-width digits and punctuation, as Chinese input methods type them.
    ("２４０３．１８５４６", ["2403.18546"]),
    ("arXiv：2403.18546", ["2403.18546"]),
    ("2403。18546", ["2403.18546"]),
    ("ａｒＸｉｖ：２４０３．１８５４６ｖ２", ["2403.18546v2"]),
    ("（arXiv：2403.18546）", ["2403.18546"]),
    ("hep-th／9901001", ["hep-th/9901001"]),
    # Ids right next to Chinese characters.
    ("论文2403.18546很好", ["2403.18546"]),
    ("论文２４０３。１８５４６很好", ["2403.18546"]),
    ("见arXiv2403.18546", ["2403.18546"]),
    ("【2403.18546】和【hep-th/9901001】", ["2403.18546", "hep-th/9901001"]),
    # "。" or "．" after an id ends the sentence; digits after it are not part of the id.
    ("论文2403.18546。2024年发表", ["2403.18546"]),
    ("本文见2403.18546．2024年", ["2403.18546"]),
    ("2403.18546。2403.18296", ["2403.18546", "2403.18296"]),
    # Many ids: in order of appearance, each paper once, a version kept if any mention has one.
    ("2403.18546, 2403.18296 and hep-th/9901001", ["2403.18546", "2403.18296", "hep-th/9901001"]),
    ("hep-th/9901001 then 2403.18546", ["hep-th/9901001", "2403.18546"]),
    ("2403.18546 and arxiv.org/abs/2403.18546", ["2403.18546"]),
    ("2403.18546, later 2403.18546v2", ["2403.18546v2"]),
    # Ambiguous: two versions of one paper. The first one named wins (as documented).
    ("2403.18546v1, later 2403.18546v2", ["2403.18546v1"]),
    ("2403.18296 2403.18546 2403.18296v3", ["2403.18296v3", "2403.18546"]),
    ("math.GT/0309136 and math/0309136v2", ["math/0309136v2"]),
    (
        "https://arxiv.org/abs/2403.18546v2 https://arxiv.org/pdf/2403.18546v2.pdf",
        ["2403.18546v2"],
    ),
    # text/uri-list as browsers drop it: CRLF lines, comments.
    (
        "# dropped from Firefox\r\nhttps://arxiv.org/abs/2403.18546\r\nhttps://arxiv.org/pdf/2403.18296v1\r\n",
        ["2403.18546", "2403.18296v1"],
    ),
    # HTML and Markdown as copied from a page.
    ('<a href="https://arxiv.org/abs/2403.18546">Efficient Heatmap</a>', ["2403.18546"]),
    (
        '<p><a href="https://arxiv.org/abs/2403.18546v2">arXiv:2403.18546v2</a> '
        '<a href="https://arxiv.org/pdf/2403.18296">PDF</a></p>',
        ["2403.18546v2", "2403.18296"],
    ),
    ("[2403.18546](https://arxiv.org/abs/2403.18546)", ["2403.18546"]),
]

NEGATIVE = [
    "",
    "no identifier here",
    # Dates.
    "2024.03.15",
    "2023-12-01",
    "12.03.2023",
    "2012.1231",
    "2024/03/15",
    # Decimals and version numbers.
    "3.14159",
    "1234.56789",
    "1.2.3",
    "v2.4.1",
    "Python 3.11.2",
    # Phone numbers.
    "+86 138 0013 8000",
    "010-6275.1234",
    # Impossible new-style ids.
    "1313.1234",
    "0612.1234",
    "1501.1234",
    "1412.12345",
    "2403.1854",
    "2403.185467",
    "12403.18546",
    # Ambiguous: a dotted number continuing an id-shaped start is a section or version number.
    "2403.18546.1",
    # There is no version 0; rather than guess, "…v0" is not taken as an id.
    "2403.18546v0",
    # Listing pages name a category and a month, not a paper.
    "https://arxiv.org/list/cs.CL/recent",
    "https://arxiv.org/list/cs.CL/2403",
    "https://arxiv.org/list/cs.CL/2403?skip=0&show=2000",
    # Old style with an unknown archive or an impossible date.
    "foo/9901001",
    "hep-th/9913001",
    "hep-th/9107001",
    "math/0704001",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_ids(text: str, expected: list[str]) -> None:
    assert [str(found) for found in find_arxiv_ids(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_finds_nothing(text: str) -> None:
    assert find_arxiv_ids(text) == []


def test_arxiv_id_fields() -> None:
    assert find_arxiv_ids("arXiv:2403.18546v2 and cond-mat.mes-hall/0601001") == [
        ArxivId("2403.18546", 2),
        ArxivId("cond-mat/0601001", None),
    ]
    assert str(ArxivId("2403.18546")) == "2403.18546"
    assert str(ArxivId("2403.18546", 2)) == "2403.18546v2"


def test_parse_arxiv_id_and_abs_url() -> None:
    assert parse_arxiv_id("see https://arxiv.org/abs/2403.18296 and 2403.18546") == ArxivId("2403.18296")
    assert parse_arxiv_id("nothing") is None
    assert abs_url("2403.18546") == "https://arxiv.org/abs/2403.18546"


def test_ids_command_prints_one_id_a_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "digest_gui", "ids"],
        input=b"see arxiv.org/abs/2403.18546v2 and hep-th/9901001\n",
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"2403.18546v2\nhep-th/9901001\n"


# --- Invisible characters and ids broken by PDF text extraction (issue 10 item 13, issue 11 item 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2403.\u200b18546", ["2403.18546"]),  # a zero-width space copied from a web page
        ("24\u200b03.18546", ["2403.18546"]),
        ("2403.185\u00ad46", ["2403.18546"]),  # a soft hyphen
        ("\ufeff2403.18546", ["2403.18546"]),  # a byte-order mark at the start of a file
        ("2403.\u00a018546", ["2403.18546"]),  # a no-break space after the dot
        ("hep-th/99\u200d01001", ["hep-th/9901001"]),  # a zero-width joiner
        ("arXiv Preprint arXiv: 2002. 06212.", ["2002.06212"]),
        ("arXiv preprint arXiv:2002.\n06212v2, 2020", ["2002.06212v2"]),
        ("arxiv: 1412.  6980", ["1412.6980"]),
    ],
)
def test_finds_ids_with_invisible_characters_or_split_by_pdfs(text: str, expected: list[str]) -> None:
    assert [str(found) for found in find_arxiv_ids(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2019. 12345 users signed up.",  # prose with numbers: no arXiv prefix, no id
        "We ran 2002. 06212 trials followed.",
        "Table 2403. 18546 rows",
        "arXiv: 2002. 062123",  # six digits after the split: not an id
        "2403.\u00a0\u00a018546",  # two no-break spaces: a gap, not an id
    ],
)
def test_does_not_invent_ids_from_split_numbers(text: str) -> None:
    assert find_arxiv_ids(text) == []


def test_is_arxiv_id_checks_an_id_as_pasted_ids_are() -> None:
    from digest_gui.core.identifiers import is_arxiv_id

    assert is_arxiv_id("2403.18546") and is_arxiv_id("hep-th/9901001")
    for bad in ("2403.1854", "not-an-id", "2403.18546v2", " 2403.18546", "9999.99999", "", "x2403.18546"):
        assert not is_arxiv_id(bad), bad
