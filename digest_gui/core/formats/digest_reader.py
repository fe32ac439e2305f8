"""Reading a digest's Markdown as text: its headings, the summary table's rows and the
detail entries' lines, each error naming its line.

digest_format.py turns what is read here into papers (and checks the table against the
entries); digest_entries.py finds each field's line inside one entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest_gui.core.errors import DigestFormatError
from digest_gui.core.formats.digest_entries import LINK_LINE, read_entry
from digest_gui.core.formats.digest_entries import quote as _quote
from digest_gui.core.formats.markdown_text import CELL, LINK, unescape

_FOOTNOTE_START = re.compile(r"\[\^(?P<label>[^\]\s]+)\]:(?: (?P<text>.*)|$)")
_HEADING = re.compile(r"# (?P<text>.*)")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_DELIMITER_CELL = re.compile(r" *:?-+:? *")
_REF_CELL = re.compile(r"\[\^(?P<label>[^\]\s]+)\]")
# Link text may hold brackets ("[Tur[k]ingBench: ...](url)"): it runs to the last "](".
_LINK_CELL = re.compile(r"\[(?P<text>.*)\]\((?P<url>[^()\s]*)\)")


@dataclass(slots=True)
class TableRow:
    """One row of the summary table: its line, footnote label, English title, link, Chinese summary."""

    line: int
    label: str
    title: str
    url: str
    summary: str


class DigestLines:
    """The lines of a digest with a cursor, for error messages that name the line."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        # The file ends with a newline and one empty line. Only truly empty lines go:
        # a line of four spaces at the end can be the last paper's empty field.
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        self.index = 0

    @property
    def number(self) -> int:
        return self.index + 1

    def at_end(self) -> bool:
        return self.index >= len(self.lines)

    def peek(self) -> str:
        return self.lines[self.index] if self.index < len(self.lines) else ""

    def describe(self) -> str:
        """The current line as an error message quotes it."""
        return "the end of the file" if self.at_end() else _quote(self.peek())

    def take(self) -> str:
        line = self.lines[self.index]
        self.index += 1
        return line

    def take_entry_body(self) -> list[tuple[int, str]]:
        """The (number, line) pairs up to the next entry's '[^N]:' line or the end."""
        # Every line of the digest passes here: a plain scan, the regex only where a line
        # could start an entry (imports of thousands of papers wait on this loop).
        all_lines, start = self.lines, self.index
        end = start
        while end < len(all_lines):
            line = all_lines[end]
            if line.startswith("[^") and _FOOTNOTE_START.fullmatch(line):
                break
            end += 1
        self.index = end
        return [(number, all_lines[number - 1]) for number in range(start + 1, end + 1)]

    def skip_blank(self) -> None:
        while not self.at_end() and not self.peek().strip():
            self.index += 1

    def fail(self, message: str) -> DigestFormatError:
        return DigestFormatError(self.number, message)


def read_heading(lines: DigestLines, what: str) -> str:
    """The text of the '# ...' heading at the cursor (what names it in the error if it is not one)."""
    match = _HEADING.fullmatch(lines.peek())
    if not match:
        raise lines.fail(f"expected {what}, found {lines.describe()}")
    lines.take()
    return match["text"]


def _cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if len(stripped) < 2 or stripped[0] != "|" or stripped[-1] != "|" or stripped[-2] == "\\":
        return None
    parts = _CELL_SPLIT.split(stripped[1:-1])
    return [part[1:] if part.startswith(" ") else part for part in parts]


def _cell_text(cell: str) -> str:
    # One space on each side belongs to the table layout, not to the text.
    return cell[:-1] if cell.endswith(" ") else cell


def read_table(lines: DigestLines) -> tuple[tuple[str, str, str], list[TableRow]]:
    """The summary table at the cursor: its three header cells and its rows."""
    header = _cells(lines.peek())
    if header is None or len(header) != 3:
        raise lines.fail(f"expected the table header '| Ref | Title | Summary |', found {lines.describe()}")
    lines.take()
    if lines.at_end():
        raise lines.fail("the table has no '| --- | --- | --- |' line")
    delimiter = _cells(lines.peek())
    if (
        delimiter is None
        or len(delimiter) != 3
        or not all(_DELIMITER_CELL.fullmatch(cell) for cell in delimiter)
    ):
        raise lines.fail(f"expected '| --- | --- | --- |', found {lines.describe()}")
    lines.take()
    rows: list[TableRow] = []
    while not lines.at_end() and lines.peek().strip():
        number = lines.number
        cells = _cells(lines.peek())
        if cells is None or len(cells) != 3:
            raise lines.fail(
                "expected a table row '| [^N] | [English title](link) | Chinese summary |' "
                f"with three cells, found {lines.describe()}"
            )
        ref = _REF_CELL.fullmatch(_cell_text(cells[0]))
        if not ref:
            raise lines.fail(
                f"the first cell should be a footnote marker like [^1], found {_quote(cells[0])}"
            )
        link = _LINK_CELL.fullmatch(_cell_text(cells[1]))
        if not link:
            raise lines.fail(
                f"the title cell should be a link '[English title](link)', found {_quote(cells[1])}"
            )
        rows.append(
            TableRow(
                line=number,
                label=ref["label"],
                title=unescape(link["text"], LINK),
                url=link["url"],
                summary=unescape(_cell_text(cells[2]), CELL),
            )
        )
        lines.take()
    return (header[0].rstrip(), header[1].rstrip(), header[2].rstrip()), rows


@dataclass(slots=True)
class DetailEntry:
    """One footnote entry under the details heading: its fields' text, unescaped, and what
    reading it noticed."""

    line: int
    label: str
    title_zh: str
    title_line: str
    title_line_number: int
    url: str
    summary: str
    summary_en: str
    abstract_zh: str
    abstract_line: str
    warnings: list[str]


def read_entries(lines: DigestLines, table_summaries: dict[str, str]) -> list[DetailEntry]:
    """The entries from the cursor to the end (a table's summary helps find an entry's own)."""
    entries: list[DetailEntry] = []
    while not lines.at_end():
        number = lines.number
        start = _FOOTNOTE_START.fullmatch(lines.peek())
        if not start:
            raise lines.fail(f"expected an entry starting '[^N]: Chinese title', found {lines.describe()}")
        lines.take()
        label = start["label"]
        body = lines.take_entry_body()
        fields = read_entry(label, number, body, table_summaries.get(label, ""))
        values = fields.values
        link = LINK_LINE.fullmatch(values["link"])
        assert link is not None  # read_entry checked it
        entries.append(
            DetailEntry(
                line=number,
                label=label,
                title_zh=unescape(start["text"] or ""),
                title_line=unescape(values["title_en"]),
                title_line_number=fields.lines["title_en"],
                url=link["url"],
                summary=unescape(values["summary_zh"]),
                summary_en=unescape(values["summary_en"]),
                abstract_zh=unescape(values["abstract_zh"]),
                abstract_line=unescape(values["abstract_en"]),
                warnings=fields.warnings,
            )
        )
    return entries
