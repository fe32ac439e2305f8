"""Searching the archive in either language, results grouped by the digest they are in.

Chinese is found as substrings through the trigram index (any three characters or more);
English by words, the last one also as the start of a word ("transf" finds transformer).
A query shorter than three characters cannot use either index and is looked for in the
titles and Chinese summaries only (newest first, a scan). Results carry plain text and the spans to highlight;
nothing in them is markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest_gui.core.archive import text
from digest_gui.core.archive.store import Archive, unpack_abstracts

DEFAULT_LIMIT = 100
# Characters of context on each side of the first match in a snippet.
CONTEXT = 60
# Fields in the order a snippet is taken from: the first that matches.
FIELDS = ("title_zh", "title_en", "summary_zh", "summary_en", "abstract_zh", "abstract_en")
_ASCII_WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One archived paper that matches: which field, a snippet and the spans to highlight in it."""

    arxiv_id: str
    position: int
    title_en: str
    title_zh: str
    field: str
    snippet: str
    spans: tuple[tuple[int, int], ...]


@dataclass(slots=True)
class DigestHits:
    """The matching papers of one archived digest or project."""

    path: str
    kind: str
    title: str
    day: str
    hits: list[SearchHit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Query:
    chinese: tuple[str, ...]  # lower-cased runs holding Chinese
    english: tuple[str, ...]  # lower-cased words

    def patterns(self) -> list[re.Pattern[str]]:
        found = [re.compile(re.escape(run), re.IGNORECASE) for run in self.chinese]
        for number, word in enumerate(self.english):
            # Word edges by ASCII letters and digits only: Chinese touches English without a space.
            tail = "[0-9a-z]*" if number == len(self.english) - 1 else "(?![0-9a-z])"
            found.append(re.compile(rf"(?<![0-9a-z]){re.escape(word)}{tail}", re.IGNORECASE))
        return found


def parse_query(query: str) -> _Query:
    """The Chinese runs and English words of a search."""
    lowered = " ".join(query.split()).lower()
    chinese = text.chinese_runs(lowered)
    rest = lowered
    for run in chinese:
        rest = rest.replace(run, " ")
    return _Query(tuple(chinese), tuple(_ASCII_WORD.findall(rest)))


def search(archive: Archive, query: str, limit: int = DEFAULT_LIMIT) -> list[DigestHits]:
    """Archived papers matching query (the newest `limit`), grouped by digest, newest day first."""
    parsed = parse_query(query)
    if not parsed.chinese and not parsed.english:
        return []
    stripped = "".join(query.split())
    indexed: list[tuple[str, str]] = []  # (index, MATCH expression)
    for run in parsed.chinese:
        if len(run) >= 3:
            indexed.append(("trigrams", " AND ".join(text.fts_phrase(piece) for piece in text.trigrams(run))))
    if parsed.english:
        *whole, last = parsed.english
        terms = [text.fts_phrase(word) for word in whole] + [text.fts_phrase(last) + "*"]
        indexed.append(("words", " AND ".join(terms)))
    # A few more rows than shown: a trigram hit whose pieces are apart is dropped below.
    wanted = limit + 20
    parameters: list[str | int]
    if len(stripped) < 3 or not indexed:
        # Too short for a trigram: a scan, newest first, of the titles and Chinese summaries.
        needle = query.strip()
        condition = "(instr(p.title_zh, ?) OR instr(p.summary_zh, ?) OR p.title_en LIKE ? ESCAPE '\\')"
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where, parameters = condition, [needle, needle, like]
    elif len(indexed) == 1:
        # One index: it gives its newest rows itself and stops there.
        index, expression = indexed[0]
        where = f"p.id IN (SELECT rowid FROM {index} WHERE {index} MATCH ? ORDER BY rowid DESC LIMIT ?)"
        parameters = [expression, wanted]
    else:
        where = " AND ".join(
            f"p.id IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)" for index, _ in indexed
        )
        parameters = [expression for _, expression in indexed]
    rows = archive.query(
        "SELECT s.path, s.kind, s.title, s.day, p.arxiv_id, p.position, p.title_en, p.title_zh, "
        "p.summary_en, p.summary_zh, p.abstracts FROM papers p JOIN sources s ON s.id = p.source_id "
        f"WHERE {where} ORDER BY p.id DESC LIMIT ?",
        [*parameters, wanted],
    )
    patterns = (
        parsed.patterns() if len(stripped) >= 3 else [re.compile(re.escape(query.strip()), re.IGNORECASE)]
    )
    groups: dict[str, DigestHits] = {}
    found = 0
    for (
        path,
        kind,
        title,
        day,
        arxiv_id,
        position,
        title_en,
        title_zh,
        summary_en,
        summary_zh,
        packed,
    ) in rows:
        fields = _Fields(title_zh, title_en, summary_zh, summary_en, packed)
        hit = _hit(fields, patterns, parsed)
        if hit is None:
            continue  # a trigram index hit whose pieces are not side by side
        field, snippet, spans = hit
        group = groups.setdefault(path, DigestHits(path, kind, title, day))
        group.hits.append(SearchHit(arxiv_id, position, title_en, title_zh, field, snippet, spans))
        found += 1
        if found >= limit:
            break
    ordered = sorted(groups.values(), key=lambda group: group.day, reverse=True)
    for group in ordered:
        group.hits.sort(key=lambda hit: hit.position)
    return ordered


class _Fields:
    """A paper's fields by name; the abstracts are unpacked only when asked for."""

    def __init__(self, title_zh: str, title_en: str, summary_zh: str, summary_en: str, packed: bytes) -> None:
        self.values = {
            "title_zh": title_zh,
            "title_en": title_en,
            "summary_zh": summary_zh,
            "summary_en": summary_en,
        }
        self.packed = packed

    def __getitem__(self, name: str) -> str:
        if name not in self.values:
            self.values["abstract_en"], self.values["abstract_zh"] = unpack_abstracts(self.packed)
        return self.values[name]


def _hit(
    fields: _Fields, patterns: list[re.Pattern[str]], parsed: _Query
) -> tuple[str, str, tuple[tuple[int, int], ...]] | None:
    """(field, snippet, spans) of the first field with a match, or None if a Chinese run is missing."""
    if parsed.chinese:
        chinese_text = " ".join(fields[name] for name in ("title_zh", "summary_zh", "abstract_zh")).lower()
        if any(run not in chinese_text for run in parsed.chinese):
            return None
    for name in FIELDS:
        value = fields[name]
        spans = [
            match.span()
            for pattern in patterns
            for match in pattern.finditer(value)
            if match.end() > match.start()
        ]
        if spans:
            return (name, *snippet_of(value, sorted(spans)))
    return None


def snippet_of(value: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of value around its first match, on one line, with the spans inside it."""
    start = max(0, spans[0][0] - CONTEXT)
    end = min(len(value), spans[0][1] + CONTEXT * 2)
    prefix = "…" if start else ""
    suffix = "…" if end < len(value) else ""
    window = value[start:end].replace("\n", " ")
    shift = len(prefix) - start
    inside = tuple(
        (begin + shift, min(finish, end) + shift) for begin, finish in spans if begin >= start and begin < end
    )
    return prefix + window + suffix, inside
