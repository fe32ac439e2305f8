"""Reading one footnote entry of a digest: which line holds which field.

An entry in the reference layout is thirteen lines after "[^N]: Chinese title" (see
digest_format.py), read by position. Real digests bend the layout (an entry without
its Chinese abstract, entries packed without blank lines), and reading them by
position would put a field in the wrong slot without a word. So a layout that does
not fit, or fits with a field that plainly belongs elsewhere (an "arXiv:… Announce
Type:" line in a Chinese slot, English in the Chinese abstract while the English one
is empty), is read by content instead: the link, the announce prefix and the script
of each line decide its slot. When content cannot decide, the import stops with an
error naming the line: a field is never guessed into the wrong slot.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from digest_gui.core.cjk_ranges import CJK_PUNCTUATION, FULL_WIDTH, HAN
from digest_gui.core.errors import DigestFormatError
from digest_gui.core.formats.digest_format import INDENT
from digest_gui.core.formats.markdown_text import unescape

LINK_LINE = re.compile(r"\[(?P<text>[^\[\]]*)\]\((?P<url>[^()\s]*)\)")
# The English abstract of a paper taken from a listing starts like this.
_ANNOUNCE_PREFIX = re.compile(r"arXiv:\S+ Announce Type:")
# Han characters, CJK punctuation and full-width forms: what Chinese text is written in.
_CHINESE = re.compile(f"[{CJK_PUNCTUATION}{HAN}{FULL_WIDTH}]")

# The layout of an entry: None is a blank line; the rest name the slot, in file order.
LAYOUT = (
    None,
    "title_en",
    None,
    "link",
    None,
    "summary_zh",
    None,
    "summary_en",
    None,
    "abstract_zh",
    None,
    "abstract_en",
    "closing",
)
SLOT_NAMES = {
    "title_en": "the English title",
    "link": "the link '[link](link)'",
    "summary_zh": "the Chinese summary",
    "summary_en": "the English summary",
    "abstract_zh": "the Chinese abstract",
    "abstract_en": "the English abstract",
    "closing": "the closing line of four spaces",
}
# The slots after the link, in order, with the script each holds.
_TEXT_SLOTS = (("summary_zh", "zh"), ("summary_en", "en"), ("abstract_zh", "zh"), ("abstract_en", "en"))


@dataclass(slots=True)
class EntryFields:
    """The raw (still escaped) text of an entry's fields, with the line of each."""

    values: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def field_text(line: str) -> str | None:
    """The text of an indented field line, or None when it is not indented."""
    if line.startswith(INDENT):
        return line[len(INDENT) :]
    if line.startswith("\t"):
        return line[1:]
    if not line.strip():
        return ""
    return None


def quote(text: str, limit: int = 60) -> str:
    """A line as an error message quotes it: stripped, shortened, in quotes."""
    text = text.strip()
    if not text:
        return "an empty line"
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def read_entry(label: str, number: int, body: list[tuple[int, str]], table_summary: str) -> EntryFields:
    """The fields of entry [^label] (its first line is `number`) from its body lines.

    `body` holds (line number, line) after the "[^N]:" line up to the next entry;
    `table_summary` is the (unescaped) summary the table gives this entry, which tells
    a lone Chinese line's slot when content alone cannot.
    """
    fields = _by_position(body)
    if fields is not None and _links_in_place(fields.values):
        # Exactly the exporter's shape cannot hide a shift (a missing line pair would
        # need two extra lines before the closing one), so odd content there is the
        # user's text; in a looser shape odd content means the slots moved.
        exact = len(body) == len(LAYOUT) and body[-1][1] == INDENT
        if exact or not _misplaced(fields.values):
            return fields
    return _by_content(label, number, body, table_summary)


def _by_position(body: list[tuple[int, str]]) -> EntryFields | None:
    # The closing line may be gone (an editor stripped trailing spaces, then the line).
    if len(body) < len(LAYOUT) - 1:
        return None
    fields = EntryFields()
    for (number, line), slot in zip(body, LAYOUT, strict=False):
        if slot is None:
            if line.strip():
                return None
            continue
        text = field_text(line)
        if text is None or (slot == "closing" and text.strip()):
            return None
        fields.values[slot] = text
        fields.lines[slot] = number
    if any(line.strip() for _, line in body[len(LAYOUT) :]):
        return None
    return fields


def _links_in_place(values: dict[str, str]) -> bool:
    return bool(LINK_LINE.fullmatch(values["link"])) and not LINK_LINE.fullmatch(values["title_en"])


def _misplaced(values: dict[str, str]) -> bool:
    """Whether a field read by position plainly belongs in another slot."""
    for slot in ("title_en", "summary_zh", "summary_en", "abstract_zh"):
        if _ANNOUNCE_PREFIX.match(values[slot]):
            return True
    abstract_zh = values["abstract_zh"]
    return (
        not values["abstract_en"].strip() and bool(abstract_zh.strip()) and not _CHINESE.search(abstract_zh)
    )


def _script(text: str) -> str:
    if _ANNOUNCE_PREFIX.match(text):
        return "announce"
    return "zh" if _CHINESE.search(text) else "en"


def _by_content(label: str, number: int, body: list[tuple[int, str]], table_summary: str) -> EntryFields:
    where = f"entry [^{label}] (line {number})"
    present: list[tuple[int, str]] = []
    for line_number, line in body:
        if not line.strip():
            continue
        text = field_text(line)
        if text is None:
            what = "the link '[link](link)'" if LINK_LINE.fullmatch(line.strip()) else "a field"
            raise DigestFormatError(
                line_number, f"expected {what} of {where} indented by four spaces, found {quote(line)}"
            )
        present.append((line_number, text))
    if not present:
        raise DigestFormatError(number, f"{where} ends early: expected the English title")
    fields = EntryFields()
    if LINK_LINE.fullmatch(present[0][1]):
        present.insert(0, (number, ""))  # an empty English title; the link is plain to see
        fields.warnings.append(f"line {number}: {where} has no English title; it is empty")
    title_number, title = present[0]
    fields.values["title_en"], fields.lines["title_en"] = title, title_number
    if len(present) < 2:
        raise DigestFormatError(number, f"{where} ends early: expected the link '[link](link)'")
    link_number, link = present[1]
    if not LINK_LINE.fullmatch(link):
        raise DigestFormatError(
            link_number, f"expected the link '[link](link)' of {where}, found {quote(link)}"
        )
    fields.values["link"], fields.lines["link"] = link, link_number
    rest = present[2:]
    slots = _assign(where, rest, table_summary)
    for (line_number, text), slot in zip(rest, slots, strict=True):
        fields.values[slot] = text
        fields.lines[slot] = line_number
    for slot, _ in _TEXT_SLOTS:
        if slot not in fields.values:
            fields.values[slot] = ""
            fields.lines[slot] = number
            if slot != "summary_en":  # the English summary is often left empty
                fields.warnings.append(f"line {number}: {where} has no {SLOT_NAMES[slot][4:]}; it is empty")
    return fields


def _assign(where: str, rest: list[tuple[int, str]], table_summary: str) -> tuple[str, ...]:
    """The slot of each field line after the link, decided by content or refused."""
    if len(rest) > len(_TEXT_SLOTS):
        line_number, text = rest[len(_TEXT_SLOTS)]
        raise DigestFormatError(
            line_number, f"{where} has more lines than its fields: {quote(text)} after the English abstract"
        )
    scripts = [_script(text) for _, text in rest]
    candidates = []
    for positions in itertools.combinations(range(len(_TEXT_SLOTS)), len(rest)):
        chosen = [_TEXT_SLOTS[position] for position in positions]
        if all(_fits(script, slot) for script, slot in zip(scripts, chosen, strict=True)):
            candidates.append(tuple(slot for slot, _ in chosen))
    if not candidates:
        raise _no_fit(where, rest, scripts)
    if len(candidates) > 1:
        # The table repeats the Chinese summary: the line equal to it is that summary.
        agreeing = [
            slots
            for slots in candidates
            if all(
                (unescape(text) == table_summary) == (slot == "summary_zh")
                for (_, text), slot, script in zip(rest, slots, scripts, strict=True)
                if script == "zh"
            )
        ]
        candidates = agreeing or candidates
    if len(candidates) > 1:
        for index, (line_number, text) in enumerate(rest):
            options = sorted({slots[index] for slots in candidates}, key=list(SLOT_NAMES).index)
            if len(options) > 1:
                could_be = " or ".join(SLOT_NAMES[slot] for slot in options)
                raise DigestFormatError(
                    line_number,
                    f"{where} lacks a field and cannot tell which: {quote(text)} could be {could_be}",
                )
    return candidates[0]


def _fits(script: str, slot: tuple[str, str]) -> bool:
    name, slot_script = slot
    if script == "announce":
        return name == "abstract_en"
    return script == slot_script


def _no_fit(where: str, rest: list[tuple[int, str]], scripts: list[str]) -> DigestFormatError:
    # The first line after which no assignment of the lines so far exists.
    for count in range(1, len(rest) + 1):
        fits = any(
            all(
                _fits(script, _TEXT_SLOTS[position])
                for script, position in zip(scripts[:count], positions, strict=True)
            )
            for positions in itertools.combinations(range(len(_TEXT_SLOTS)), count)
        )
        if not fits:
            line_number, text = rest[count - 1]
            kind = {"zh": "Chinese", "en": "English", "announce": "English abstract"}[scripts[count - 1]]
            return DigestFormatError(
                line_number,
                f"{where}: {kind} text {quote(text)} is out of place; the fields after the link are "
                "the Chinese summary, the English summary, the Chinese abstract and the English abstract",
            )
    line_number, text = rest[0]  # pragma: no cover - some prefix always fails to fit
    return DigestFormatError(line_number, f"{where}: {quote(text)} is out of place")
