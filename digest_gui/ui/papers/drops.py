"""Reading what a user drops or pastes: arXiv ids from links and text, and local files.

Browsers offer one drag in several formats at once (text/uri-list, text/html,
text/plain), each a different view of the same selection and not always the same
subset of it. We read all of them, richest first, so the order follows the page while
an id that only one format carries is still found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from digest_gui.core.formats.project_file import EXTENSION
from digest_gui.core.identifiers import ArxivId, find_arxiv_ids

PROJECT_SUFFIXES = (EXTENSION, ".json")
DIGEST_SUFFIXES = (".md", ".markdown")

_URI_LIST = "text/uri-list"
_PLAIN_FORMATS = ("text/plain;charset=utf-8", "text/plain")


@dataclass(slots=True)
class DropContent:
    """What a drop or paste holds: arXiv ids in order, project files and digest files."""

    ids: list[ArxivId] = field(default_factory=list)
    projects: list[Path] = field(default_factory=list)
    digests: list[Path] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.ids or self.projects or self.digests)


def read_mime(mime: QMimeData) -> DropContent:
    """Read the ids and project or digest files a drop or paste holds."""
    texts: list[str] = []  # every text that may name ids, richest format first
    files: list[Path] = []
    if mime.hasHtml():
        texts.append(_html_text(mime.html()))
    for url in _urls(mime):
        if url.isLocalFile():
            files.append(Path(url.toLocalFile()))
        else:
            texts.append(url.toString())
    plain = _plain_text(mime)
    if plain:
        plain_files, plain = _split_file_lines(plain, files)
        files.extend(plain_files)
        texts.append(plain)
    return _content(texts, files)


def read_text(text: str) -> DropContent:
    """Read the ids (and file:// lines) of pasted plain text."""
    files, text = _split_file_lines(text, [])
    return _content([text], files)


# ---------------------------------------------------------------------- formats


def _urls(mime: QMimeData) -> list[QUrl]:
    # QMimeData.urls() takes uri-list comment lines ("# Page title") for URLs, so the
    # list is read here as RFC 2483 says; platforms without a raw list still have urls().
    if not mime.hasFormat(_URI_LIST):
        return list(mime.urls())
    raw = bytes(mime.data(_URI_LIST).data()).decode("utf-8", errors="replace")
    urls = []
    for line in raw.splitlines():
        line = line.strip().strip("\x00")
        if line and not line.startswith("#"):
            urls.append(QUrl(line))
    return urls


def _plain_text(mime: QMimeData) -> str:
    # mime.hasText() is also true for a bare uri-list (Qt then makes text of the URLs,
    # comment lines included), so ask for a real text/plain format.
    if any(mime.hasFormat(name) for name in _PLAIN_FORMATS):
        return mime.text()
    return ""


def _split_file_lines(text: str, known: list[Path]) -> tuple[list[Path], str]:
    """Take out lines that are file:// URLs or paths of files already dropped.

    File managers put the dropped files into text/plain as well; their folder names
    (".../2403.18546/notes.md") must not count as ids of papers.
    """
    known_paths = {str(path) for path in known}
    files: list[Path] = []
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.lower().startswith("file:"):
            url = QUrl(stripped)
            if url.isLocalFile():
                files.append(Path(url.toLocalFile()))
                continue
        if stripped and stripped in known_paths:
            continue
        kept.append(line)
    return files, "\n".join(kept)


def _html_text(html: str) -> str:
    from digest_gui.core.formats.visible_text import links_and_text  # html.parser: at a drop

    return links_and_text(html)


# ---------------------------------------------------------------------- result


def _content(texts: list[str], files: list[Path]) -> DropContent:
    content = DropContent()
    others: list[str] = []
    for path in dict.fromkeys(files):  # dict keeps the first of duplicates, in order
        suffix = path.suffix.lower()
        if suffix in PROJECT_SUFFIXES:
            content.projects.append(path)
        elif suffix in DIGEST_SUFFIXES:
            content.digests.append(path)
        else:
            # A downloaded paper ("2403.18546v2.pdf", "arxiv-2403.18546.pdf") names its id.
            others.append(path.name)
    # One search over everything: the first mention decides the order, and a version
    # given in any format fills in one the earlier mention left out.
    content.ids = find_arxiv_ids("\n".join([*texts, *others]))
    return content
