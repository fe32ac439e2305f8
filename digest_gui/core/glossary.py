"""The project's glossary: finding its terms in English text, reading and writing CSV/TSV.

Terms match case-insensitively, on word boundaries, with any whitespace between the
words of a multi-word term and an optional plural "s"/"es" ("heatmap" finds "Heatmaps").
Where terms overlap, the longest wins: "large language model" before "language model".
"""

from __future__ import annotations

import csv
import io
import re
import threading
from collections.abc import Iterable, Sequence

from digest_gui.core.errors import DigestError
from digest_gui.core.model import GlossaryEntry

HEADER = ("term", "zh", "note")
# First cells that make the first row a header, not an entry (compared case-folded).
_TERM_HEADERS = frozenset({"term", "terms", "english", "en", "英文", "术语", "英文术语"})
_ZH_HEADERS = frozenset({"zh", "chinese", "中文", "译名", "中文术语", "translation"})


def _key(text: str) -> str:
    """How two spellings of a term are compared: case-folded, whitespace collapsed."""
    return " ".join(text.split()).casefold()


def _trie_pattern(terms: Iterable[str]) -> str:
    """One regex alternative per first letter, and so on: far faster than a flat alternation."""
    trie: dict[str, dict] = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A term ends here, a longer one may go on: the longer is tried first (greedy).
        return f"(?:{pattern})?" if "" in node else pattern

    return build(trie)


class GlossaryMatcher:
    """One glossary compiled into a single regex; remembers the terms of texts it has seen."""

    __slots__ = ("by_key", "found", "kept_words", "regex")

    # The English side rarely changes while the Chinese is edited: checks ask again and again.
    CACHE_SIZE = 10_000

    def __init__(self, entries: tuple[GlossaryEntry, ...]) -> None:
        self.by_key: dict[str, GlossaryEntry] = {}
        for entry in entries:
            key = _key(entry.term)
            if key and entry.zh.strip():
                self.by_key.setdefault(key, entry)  # the first of two spellings wins
        self.found: dict[str, tuple[GlossaryEntry, ...]] = {}
        # Latin words of the Chinese side: terms the glossary keeps in English.
        self.kept_words = frozenset(
            word.casefold()
            for entry in self.by_key.values()
            for word in re.findall(r"[A-Za-z][A-Za-z0-9'-]*", entry.zh)
        )
        if self.by_key:
            # Matched against case-folded text, so no IGNORECASE (which makes the regex slower).
            self.regex: re.Pattern[str] | None = re.compile(
                rf"(?<!\w){_trie_pattern(self.by_key)}(?:e?s)?(?!\w)"
            )
        else:
            self.regex = None

    def _entry(self, matched: str) -> GlossaryEntry | None:
        key = " ".join(matched.split())
        for cut in (0, 1, 2):  # the term itself, or its plural "s" / "es"
            found = self.by_key.get(key[: len(key) - cut] if cut else key)
            if found is not None:
                return found
        return None

    def find(self, text: str) -> tuple[GlossaryEntry, ...]:
        """The entries whose term occurs in text, in order of first occurrence."""
        if self.regex is None or not text:
            return ()
        known = self.found.get(text)
        if known is not None:
            return known
        found: dict[int, GlossaryEntry] = {}
        for match in self.regex.finditer(text.casefold()):
            entry = self._entry(match.group())
            if entry is not None:
                found.setdefault(id(entry), entry)
        result = tuple(found.values())
        if len(self.found) >= self.CACHE_SIZE:
            self.found.clear()
        self.found[text] = result
        return result

    def spans(self, text: str) -> list[tuple[int, int, GlossaryEntry]]:
        """Where terms occur in text: (start, end, entry) for each occurrence, in order."""
        if self.regex is None or not text:
            return []
        folded = text.casefold()
        if len(folded) != len(text):
            # Case folding changed the length ("ß" -> "ss"): offsets would point elsewhere.
            folded = "".join(char if len(char.casefold()) != 1 else char.casefold() for char in text)
        found = []
        for match in self.regex.finditer(folded):
            entry = self._entry(match.group())
            if entry is not None:
                found.append((match.start(), match.end(), entry))
        return found


_compiled: list[tuple[tuple[GlossaryEntry, ...], GlossaryMatcher]] = []
_compiled_lock = threading.Lock()  # drafts build prompts on worker threads


def glossary_matcher(entries: Iterable[GlossaryEntry]) -> GlossaryMatcher:
    """The compiled form of a glossary, made once per distinct glossary (the last few are kept)."""
    key = tuple(entries)
    with _compiled_lock:
        for known, matcher in _compiled:
            if known == key:  # the same entry objects compare by identity first: cheap
                return matcher
        matcher = GlossaryMatcher(key)
        _compiled.insert(0, (key, matcher))
        del _compiled[8:]
        return matcher


def clear_matchers() -> None:
    """Forget the compiled glossaries and the terms they found."""
    with _compiled_lock:
        _compiled.clear()


def find_terms(entries: Iterable[GlossaryEntry], text: str) -> list[GlossaryEntry]:
    """The glossary entries whose English term occurs in text, in order of first occurrence."""
    return list(glossary_matcher(entries).find(text))


def glossary_prompt(entries: Iterable[GlossaryEntry], text: str) -> str:
    """Lines for the prompt, one per entry occurring in text: "- term → 中文 (note)"."""
    lines = []
    for entry in find_terms(entries, text):
        note = f" ({' '.join(entry.note.split())})" if entry.note.strip() else ""
        lines.append(f"- {' '.join(entry.term.split())} → {entry.zh.strip()}{note}")
    return "\n".join(lines)


def _is_header(row: Sequence[str]) -> bool:
    return (
        len(row) >= 2
        and row[0].strip().casefold() in _TERM_HEADERS
        and row[1].strip().casefold() in _ZH_HEADERS
    )


def read_glossary(text: str) -> list[GlossaryEntry]:
    """Entries from CSV or TSV text (told apart by the content); raise DigestError naming a bad line."""
    text = text.removeprefix("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = "\t" if "\t" in first else ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    entries: list[GlossaryEntry] = []
    seen_row = False
    following = 1  # the line where the next row starts
    try:
        for row in reader:
            line = reader.line_num - sum(cell.count("\n") for cell in row)
            following = reader.line_num + 1
            cells = [cell.strip() for cell in row]
            while cells and not cells[-1]:
                cells.pop()  # trailing empty columns, as spreadsheets write them
            if not cells:
                continue
            if not seen_row:
                seen_row = True
                if _is_header(cells):
                    continue
            if len(cells) > 3:
                raise DigestError(f"line {line}: {len(cells)} columns; expected term, Chinese and a note")
            if len(cells) < 2 or not cells[1]:
                raise DigestError(f"line {line}: no Chinese term for '{cells[0][:40]}'")
            if not cells[0]:
                raise DigestError(f"line {line}: no English term for '{cells[1][:40]}'")
            entries.append(GlossaryEntry(cells[0], cells[1], cells[2] if len(cells) > 2 else ""))
    except csv.Error as error:
        if "end of data" in str(error) or "EOF" in str(error):
            raise DigestError(f'line {following}: a quote (") opened here is never closed') from None
        raise DigestError(f"line {following}: {error}") from None
    return entries


def write_glossary(entries: Iterable[GlossaryEntry], tsv: bool = False) -> str:
    """CSV (or TSV) text with a "term,zh,note" header, one entry per line."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t" if tsv else ",", lineterminator="\n")
    writer.writerow(HEADER)
    for entry in entries:
        writer.writerow((entry.term, entry.zh, entry.note))
    return out.getvalue()
