"""Reading drops and pastes: ids from links, text and HTML, and local project or digest files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from digest_gui.core.identifiers import ArxivId
from digest_gui.ui.papers.drops import DropContent, read_mime, read_text


def _ids(content: DropContent) -> list[str]:
    return [str(item) for item in content.ids]


def _mime(**formats: str | bytes) -> QMimeData:
    """A QMimeData with raw formats given as keyword arguments: uri_list="...", plain=..., html=..."""
    names = {"uri_list": "text/uri-list", "plain": "text/plain", "html": "text/html"}
    mime = QMimeData()
    for key, value in formats.items():
        data = value.encode("utf-8") if isinstance(value, str) else value
        mime.setData(names[key], data)
    return mime


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Real files of every kind a user may drop, in a folder whose name looks like an id."""
    folder = tmp_path / "2403.11111 drops"
    folder.mkdir()
    paths = {
        "project": folder / "march.digest",
        "json": folder / "april.JSON",
        "digest": folder / "march.md",
        "markdown": folder / "notes.markdown",
        "pdf": folder / "2403.18546v2.pdf",
        "other": folder / "photo.png",
    }
    for path in paths.values():
        path.write_text("x", encoding="utf-8")
    return paths


# ---------------------------------------------------------------------- text/uri-list


def test_uri_list_reads_every_link_and_skips_comment_lines(qapp):
    mime = _mime(
        uri_list=(
            "# Links dragged from arXiv, mentioning 2401.00001\r\n"
            "https://arxiv.org/abs/2403.18546\r\n"
            "#https://arxiv.org/abs/2401.00002\r\n"
            "https://arxiv.org/pdf/2403.18296v3\r\n"
            "\r\n"
            "  http://export.arxiv.org/abs/hep-th/9901001v1  \r\n"
            "https://arxiv.org/abs/2403.18546v2\r\n"
        )
    )
    content = read_mime(mime)
    # The later mention fills in the version the first left out.
    assert _ids(content) == ["2403.18546v2", "2403.18296v3", "hep-th/9901001v1"]
    assert content.projects == content.digests == []
    assert not content.is_empty


def test_urls_set_through_qt_are_read(qapp):
    mime = QMimeData()
    mime.setUrls([QUrl("https://arxiv.org/abs/2403.15528"), QUrl("https://arxiv.org/abs/2403.12075")])
    assert _ids(read_mime(mime)) == ["2403.15528", "2403.12075"]


# ---------------------------------------------------------------------- text/plain


def test_plain_text_with_mixed_separators_and_full_width_characters(qapp):
    text = (
        "2403.18546, 2403.18296\n"
        "https://arxiv.org/abs/2403.15528v1 arXiv:2403.12075；2403.10799、"
        "２４０３．１０１７５，arXiv：2403.05535。2403.03744\t2403.01139"
        "（见2403.00858）"
    )
    expected = [
        "2403.18546", "2403.18296", "2403.15528v1", "2403.12075", "2403.10799",
        "2403.10175", "2403.05535", "2403.03744", "2403.01139", "2403.00858",
    ]  # fmt: skip
    assert _ids(read_mime(_mime(plain=text))) == expected
    assert _ids(read_text(text)) == expected


def test_read_text_deduplicates_in_order_of_first_appearance(qapp):
    content = read_text("2403.18296\n2403.18546\nhttps://arxiv.org/abs/2403.18296v2\n2403.18546")
    assert content.ids == [ArxivId("2403.18296", 2), ArxivId("2403.18546")]


# ---------------------------------------------------------------------- text/html


def test_html_link_list_takes_hrefs_and_visible_text_in_document_order(qapp):
    html = (
        "<meta charset='utf-8'><ul>"
        '<li><a href="https://arxiv.org/abs/2403.18546">Efficient Heatmap-Guided Grasp Detection</a></li>'
        '<li><a href="/abs/2403.18296">GeNet</a> see also <b>2403.15528</b></li>'
        "<li>Plain item arXiv&#58;2403&#46;12075 &amp; more</li>"
        '<li><a href="https://arxiv.org/abs/2403.10799?context=cs&amp;x=1">2403.10799</a></li>'
        "</ul><script>var ignored = '2401.99999';</script>"
    )
    assert _ids(read_mime(_mime(html=html))) == [
        "2403.18546",
        "2403.18296",
        "2403.15528",
        "2403.12075",
        "2403.10799",
    ]


def test_html_table_cells_do_not_run_together(qapp):
    html = "<table><tr><td>2403.18546</td><td>2403.18296</td></tr><tr><td>2403.15528</td></tr></table>"
    assert _ids(read_mime(_mime(html=html))) == ["2403.18546", "2403.18296", "2403.15528"]


def test_utf16_html_as_firefox_writes_it(qapp):
    html = '<a href="https://arxiv.org/abs/2403.18546">见 ２４０３．１８２９６</a>'
    mime = _mime(html=html.encode("utf-16"))
    assert _ids(read_mime(mime)) == ["2403.18546", "2403.18296"]


# ---------------------------------------------------------------------- several formats


def test_mix_keeps_an_id_found_only_in_the_html(qapp):
    # A browser's drag of a selection: the plain text lost a link the HTML still has.
    html = (
        "<p>Today: "
        '<a href="https://arxiv.org/abs/2403.18546">Heatmap grasping</a>, '
        '<a href="https://arxiv.org/abs/2403.05535">Tell, Don&#39;t Show!</a> and '
        '<a href="https://arxiv.org/abs/2403.18296">GeNet</a></p>'
    )
    mime = _mime(
        html=html,
        plain="Today: Heatmap grasping 2403.18546, Tell, Don't Show! and GeNet 2403.18296 v2 2403.00858",
        uri_list="https://arxiv.org/abs/2403.18546\r\nhttps://arxiv.org/abs/2403.03744\r\n",
    )
    # The HTML (the richest format) gives the order; the others add what it lacks.
    assert _ids(read_mime(mime)) == ["2403.18546", "2403.05535", "2403.18296", "2403.03744", "2403.00858"]


def test_bare_uri_list_is_not_read_again_as_text(qapp):
    mime = _mime(uri_list="# about 2401.00001\r\nhttps://arxiv.org/abs/2403.18546\r\n")
    assert mime.hasText()  # Qt offers the URLs as text too, comment lines and all
    assert _ids(read_mime(mime)) == ["2403.18546"]


# ---------------------------------------------------------------------- local files


def test_file_urls_are_sorted_into_projects_and_digests(qapp, files):
    mime = QMimeData()
    order = ["markdown", "project", "other", "digest", "json", "pdf", "project"]
    mime.setUrls([QUrl.fromLocalFile(str(files[name])) for name in order])
    content = read_mime(mime)
    assert content.projects == [files["project"], files["json"]]
    assert content.digests == [files["markdown"], files["digest"]]
    # A downloaded paper names its id; the folder name ("2403.11111 drops") does not count.
    assert _ids(content) == ["2403.18546v2"]


def test_file_manager_text_beside_the_urls_adds_nothing(qapp, files):
    urls = [QUrl.fromLocalFile(str(files["project"])), QUrl.fromLocalFile(str(files["digest"]))]
    mime = QMimeData()
    mime.setUrls(urls)
    mime.setData("text/plain", "\n".join(str(files[name]) for name in ("project", "digest")).encode())
    content = read_mime(mime)
    assert content.ids == []
    assert content.projects == [files["project"]]
    assert content.digests == [files["digest"]]


def test_pasted_file_url_lines(qapp, files):
    text = f"{QUrl.fromLocalFile(str(files['project'])).toString()}\nand 2403.18546"
    content = read_text(text)
    assert content.projects == [files["project"]]
    assert _ids(content) == ["2403.18546"]


# ---------------------------------------------------------------------- nothing to take


@pytest.mark.parametrize(
    "formats",
    [
        {},
        {"plain": "Nothing here: version 3.14159, 12403.18546, 2403.1854, 1899.12345, v1.2403.18546"},
        {"html": "<p>Just <a href='https://example.org/page?id=42'>a link</a> &amp; 2024年3月</p>"},
        {"uri_list": "# 2403.18546 in a comment only\r\nhttps://example.org/\r\n"},
    ],
    ids=["no-formats", "plain-junk", "html-junk", "uri-list-junk"],
)
def test_junk_is_empty(qapp, formats):
    content = read_mime(_mime(**formats))
    assert content == DropContent()
    assert content.is_empty


def test_image_file_alone_is_empty(qapp, files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["other"]))])
    assert read_mime(mime).is_empty
