"""Reading a digest's Markdown as text: headings, the table's rows, the entries, lines named."""

from __future__ import annotations

import pytest

from digest_gui.core.errors import DigestFormatError
from digest_gui.core.formats.digest_reader import DigestLines, read_entries, read_heading, read_table

DIGEST = (
    """\
# 摘要

| Ref | Title | Summary |
| --- | --- | --- |
| [^1] | [Tur[k]ingBench: A Test](https://arxiv.org/abs/2403.11111) | 一个基准\\|测试。 |

# 详细

[^1]: 中文标题

    TurkingBench: A Test

    [https://arxiv.org/abs/2403.11111](https://arxiv.org/abs/2403.11111)

    一个基准|测试。

    A benchmark.

    中文摘要。

    English abstract.
"""
    + "    \n\n"
)  # the entry's last line: four spaces (kept apart: an editor would strip them)


def test_the_headings_the_rows_and_the_entries_as_written():
    lines = DigestLines(DIGEST)
    assert read_heading(lines, "the summary heading") == "摘要"
    lines.skip_blank()
    header, rows = read_table(lines)
    assert header == ("Ref", "Title", "Summary")
    (row,) = rows
    assert (row.line, row.label, row.title, row.url, row.summary) == (
        5,
        "1",
        "Tur[k]ingBench: A Test",
        "https://arxiv.org/abs/2403.11111",
        "一个基准|测试。",
    )
    lines.skip_blank()
    assert read_heading(lines, "the details heading") == "详细"
    lines.skip_blank()
    (entry,) = read_entries(lines, {row.label: row.summary})
    assert (entry.line, entry.label, entry.title_zh, entry.title_line_number) == (9, "1", "中文标题", 11)
    assert (entry.url, entry.summary, entry.summary_en) == (row.url, "一个基准|测试。", "A benchmark.")
    assert (entry.abstract_zh, entry.abstract_line, entry.warnings) == ("中文摘要。", "English abstract.", [])
    assert lines.at_end()


def test_what_is_not_the_layout_is_refused_naming_its_line():
    lines = DigestLines("# 摘要\n\n| Ref | Title |\n")
    read_heading(lines, "the summary heading")
    lines.skip_blank()
    with pytest.raises(DigestFormatError) as caught:
        read_table(lines)
    assert caught.value.line == 3 and "table header" in str(caught.value)
    with pytest.raises(DigestFormatError, match="expected the details heading, found 'text'"):
        read_heading(DigestLines("text\n"), "the details heading")
