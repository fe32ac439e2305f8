"""The published digest: Markdown export in the reference layout, and its import.

The layout (see resources/examples/reference-digest.md) is a "摘要" table of
Ref | Title | Summary, then "详细" footnote entries. Every entry has thirteen lines
after its "[^N]: Chinese title" line:

    (blank)
        English title            legacy listings: "Title. (arXiv:IDvN [cat] UPDATED)"
    (blank)
        [link](link)
    (blank)
        one-line Chinese summary
    (blank)
        English one-line summary  (four spaces when empty, as in every older digest)
    (blank)
        Chinese abstract
    (blank)
        English abstract line     "arXiv:IDvN Announce Type: T  Abstract: ..." when
        (four spaces)             the paper came from a listing; cut at 1000 characters

Import followed by export gives back the same bytes for the reference digest and for
every digest this exporter wrote. Entries that bend the layout are read by content or
refused with the line named (digest_entries.py); files with CR-only line ends are read.
digest_reader.py reads the file's headings, table rows and entries as text; this module
writes the layout and turns what was read into papers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from digest_gui.core.control_chars import clean_paper, may_hold_controls
from digest_gui.core.errors import DigestFormatError
from digest_gui.core.formats.markdown_text import CELL, LINK, escape, one_line
from digest_gui.core.identifiers import parse_arxiv_id
from digest_gui.core.lazy_pattern import LazyPattern
from digest_gui.core.model import Digest, ExportSettings, Paper, Status

if TYPE_CHECKING:
    from digest_gui.core.formats.digest_reader import DetailEntry, TableRow

# Every line of an entry's footnote after its first is indented this much.
INDENT = "    "

# Markdown link targets cannot hold these as they are; links are percent-encoded once.
_URL_UNSAFE = LazyPattern(r"[\s<>()\[\]|\\`]")

_ANNOUNCE_LINE = LazyPattern(
    r"arXiv:(?P<id>\S*?)(?:v(?P<version>[0-9]+))? Announce Type: (?P<type>\S*)  Abstract: "
)
_LEGACY_TITLE = LazyPattern(
    r"(?P<title>.*)\. \(arXiv:(?P<id>\S*?)(?:v(?P<version>[0-9]+))? \[(?P<category>[^\]]*)\]"
    r"(?: (?P<stamp>UPDATED|CROSS LISTED))?\)"
)
# The old RSS listing marked replacements and cross-lists in the title.
_LEGACY_STAMPS = {"replace": "UPDATED", "replace-cross": "UPDATED", "cross": "CROSS LISTED"}
_LEGACY_TYPES = {None: "new", "UPDATED": "replace", "CROSS LISTED": "cross"}


def safe_url(url: str) -> str:
    """The url with the characters a Markdown link target cannot hold percent-encoded."""
    url = url.strip()
    if not _URL_UNSAFE.search(url):
        return url
    return _URL_UNSAFE.sub(lambda match: "".join(f"%{byte:02X}" for byte in match[0].encode()), url)


# ---------------------------------------------------------------------------- export


def english_title_line(paper: Paper) -> str:
    """The English title as the detail entry writes it (with a legacy listing's stamp)."""
    title = one_line(paper.title_en)
    if not paper.legacy_listing:
        return title
    stamp = _LEGACY_STAMPS.get(paper.announce_type)
    suffix = f" {stamp}" if stamp else ""
    return f"{title}. (arXiv:{paper.versioned_id} [{paper.primary_category}]{suffix})"


def table_title(paper: Paper) -> str:
    """The English title as the summary table writes it."""
    title = one_line(paper.title_en)
    return f"{title}." if paper.legacy_listing else title


def english_abstract_line(paper: Paper, limit: int) -> str:
    """The English abstract line, with a listing's announce prefix, cut at `limit`."""
    line = one_line(paper.abstract_en)
    if paper.announce_type and not paper.legacy_listing and paper.id:
        prefix = f"arXiv:{paper.versioned_id} Announce Type: {paper.announce_type}  Abstract: "
        line = prefix + line
    if limit > 0:
        line = line[:limit]
    return line


def table_head_markdown(settings: ExportSettings) -> str:
    """The summary heading and the table's header lines."""
    ref, title, summary = (one_line(text) for text in settings.table_header)
    return f"# {one_line(settings.summary_heading)}\n\n| {ref} | {title} | {summary} |\n| --- | --- | --- |\n"


def details_head_markdown(settings: ExportSettings) -> str:
    """The blank line that ends the table, and the details heading."""
    return f"\n# {one_line(settings.details_heading)}\n\n"


def table_row_markdown(paper: Paper, number: int) -> str:
    """One paper's row of the summary table."""
    return row_markdown(safe_url(paper.url), table_title(paper), one_line(paper.summary_zh), number)


def row_markdown(url: str, title: str, summary_zh: str, number: int) -> str:
    """The summary table's row of these one-line texts (render_plain.py fills it with tokens)."""
    return f"| [^{number}] | [{escape(title, LINK)}]({url}) | {escape(summary_zh, CELL)} |\n"


def entry_markdown(paper: Paper, number: int, settings: ExportSettings) -> str:
    """One paper's footnote entry under the details heading."""
    return entry_lines_markdown(safe_url(paper.url), entry_lines(paper, settings), number)


def entry_lines(paper: Paper, settings: ExportSettings) -> tuple[str, str, str, str, str, str]:
    """The entry's six text lines, unescaped: Chinese title, English title line, Chinese
    summary, English summary, Chinese abstract, English abstract line."""
    return (
        one_line(paper.title_zh),
        english_title_line(paper),
        one_line(paper.summary_zh),
        one_line(paper.summary_en),
        one_line(paper.abstract_zh),
        english_abstract_line(paper, settings.abstract_limit),
    )


def entry_lines_markdown(url: str, lines: tuple[str, ...], number: int) -> str:
    """The footnote entry of these lines (render_plain.py fills it with tokens)."""
    title_zh, title_line, summary_zh, summary_en, abstract_zh, abstract_line = lines
    return (
        f"[^{number}]: {escape(title_zh)}\n\n"
        f"{INDENT}{escape(title_line)}\n\n"
        f"{INDENT}[{url}]({url})\n\n"
        f"{INDENT}{escape(summary_zh)}\n\n"
        f"{INDENT}{escape(summary_en)}\n\n"
        f"{INDENT}{escape(abstract_zh)}\n\n"
        f"{INDENT}{escape(abstract_line)}\n"
        f"{INDENT}\n"
    )


def export_markdown(digest: Digest) -> str:
    """Write the digest as Markdown in the reference layout."""
    settings = digest.export
    papers = digest.papers
    if settings.github_math:
        from digest_gui.core.formats.math_spans import protected_paper  # cmark-gfm, only when asked

        papers = [protected_paper(paper) for paper in papers]
    out = [table_head_markdown(settings)]
    out.extend(table_row_markdown(paper, number) for number, paper in enumerate(papers, 1))
    out.append(details_head_markdown(settings))
    out.extend(entry_markdown(paper, number, settings) for number, paper in enumerate(papers, 1))
    out.append("\n")
    return "".join(out)


# ---------------------------------------------------------------------------- import


@dataclass(slots=True)
class ImportResult:
    """An imported digest and what the import noticed but could not keep."""

    digest: Digest
    warnings: list[str] = field(default_factory=list)


def import_markdown(text: str, title: str = "") -> ImportResult:
    """Read a digest written in the reference layout; raise DigestFormatError if it is not."""
    # Only a Markdown digest needs its reader: a project file opens without it.
    from digest_gui.core.formats.digest_reader import DigestLines, read_entries, read_heading, read_table

    if text.startswith("\ufeff"):
        text = text[1:]
    # CommonMark (and so GitHub) ends a line at CR LF, LF or a lone CR; a file from an
    # old Mac has only CRs and would otherwise read as one line.
    old_mac = "\r" in text and "\n" not in text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = DigestLines(text)
    lines.skip_blank()
    if lines.at_end():
        raise DigestFormatError(1, "the file is empty; a digest starts with a '# 摘要' heading")
    summary_heading = read_heading(lines, "the summary heading ('# 摘要')")
    lines.skip_blank()
    header, rows = read_table(lines)
    lines.skip_blank()
    if lines.at_end():
        raise lines.fail("the details heading ('# 详细') is missing after the table")
    details_heading = read_heading(lines, "the details heading ('# 详细') after the table")
    lines.skip_blank()
    entries = read_entries(lines, {row.label: row.summary for row in rows})
    settings = ExportSettings(
        summary_heading=summary_heading,
        details_heading=details_heading,
        table_header=header,
    )
    papers, warnings, longest_abstract = _match(rows, entries)
    if old_mac:
        warnings.insert(0, "line 1: the file has old Mac line endings (CR only); it was read line by line")
    if may_hold_controls(text):  # rare: a digest without any spares every paper a look
        papers = [clean_paper(paper) for paper in papers]
    if longest_abstract > settings.abstract_limit:
        # This digest was written without the cut; exporting it again must not cut.
        settings.abstract_limit = 0
    return ImportResult(Digest(title=title, papers=papers, export=settings), warnings)


def _match(rows: list[TableRow], entries: list[DetailEntry]) -> tuple[list[Paper], list[str], int]:
    by_label: dict[str, DetailEntry] = {}
    for entry in entries:
        if entry.label in by_label:
            raise DigestFormatError(
                entry.line,
                f"entry [^{entry.label}] appears twice (first on line {by_label[entry.label].line})",
            )
        by_label[entry.label] = entry
    seen: dict[str, int] = {}
    for row in rows:
        if row.label in seen:
            raise DigestFormatError(
                row.line, f"[^{row.label}] is in the table twice (first on line {seen[row.label]})"
            )
        seen[row.label] = row.line
        if row.label not in by_label:
            raise DigestFormatError(
                row.line, f"table row [^{row.label}] has no entry under the details heading"
            )
    for entry in entries:
        if entry.label not in seen:
            raise DigestFormatError(entry.line, f"entry [^{entry.label}] is not in the summary table")
    papers: list[Paper] = []
    warnings: list[str] = []
    longest = 0
    for row in rows:
        entry = by_label[row.label]
        warnings.extend(entry.warnings)
        paper = _paper(row, entry)
        longest = max(longest, len(entry.abstract_line))
        if table_title(paper) != row.title:
            warnings.append(
                f"line {row.line}: the table's title of [^{row.label}] differs from its entry; "
                f"the entry's title (line {entry.title_line_number}) was kept"
            )
        if not entry.summary.strip() and row.summary.strip():
            # The entry lacks its summary: the table's copy is the text, not a conflict.
            paper.summary_zh = row.summary
            warnings.append(
                f"line {row.line}: entry [^{row.label}] has no Chinese summary; the table's was kept"
            )
        elif row.summary != entry.summary:
            warnings.append(
                f"line {row.line}: the table's summary of [^{row.label}] differs from its entry; "
                f"the entry's summary (line {entry.line}) was kept"
            )
        if row.url != entry.url:
            warnings.append(
                f"line {row.line}: the table's link of [^{row.label}] differs from its entry; "
                f"the entry's link (line {entry.line}) was kept"
            )
        papers.append(paper)
    return papers, warnings, longest


def _paper(row: TableRow, entry: DetailEntry) -> Paper:
    paper = Paper(
        url=entry.url,
        title_zh=entry.title_zh,
        summary_zh=entry.summary,
        summary_en=entry.summary_en,
        abstract_zh=entry.abstract_zh,
    )
    found = parse_arxiv_id(entry.url)
    if found:
        paper.id, paper.version = found.id, found.version
    legacy = _LEGACY_TITLE.fullmatch(entry.title_line)
    if legacy and row.title == legacy["title"] + ".":
        paper.legacy_listing = True
        paper.title_en = legacy["title"]
        paper.id = legacy["id"]
        paper.version = int(legacy["version"]) if legacy["version"] else None
        paper.primary_category = legacy["category"]
        paper.announce_type = _LEGACY_TYPES[legacy["stamp"]]
        paper.abstract_en = entry.abstract_line
    else:
        paper.title_en = entry.title_line
        announce = _ANNOUNCE_LINE.match(entry.abstract_line)
        if announce and announce["id"] and announce["type"]:
            paper.id = announce["id"]
            paper.version = int(announce["version"]) if announce["version"] else None
            paper.announce_type = announce["type"]
            paper.abstract_en = entry.abstract_line[announce.end() :]
        else:
            paper.abstract_en = entry.abstract_line
    if paper.title_zh and paper.summary_zh and paper.abstract_zh:
        paper.status = Status.REVIEWED  # a published digest was read before it went out
    elif paper.title_en or paper.abstract_en:
        paper.status = Status.FETCHED
    return paper
