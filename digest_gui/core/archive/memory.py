"""The translation memory: the Chinese written before for the same paper or similar English.

An exact match is the same arXiv id in an earlier digest: its Chinese title, summaries and
abstract translation, and which English fields arXiv has changed since. A fuzzy match is an
earlier title or abstract sentence whose English is close to the new one (difflib's ratio
over candidates the word index finds), offered with its percentage as OmegaT does.
Glossary candidates are terms the user wrote the same way, 中文（English）, in several papers.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass

from digest_gui.core.archive import text
from digest_gui.core.archive.store import Archive, unpack_abstracts
from digest_gui.core.model import Paper

# Below this a match is more noise than help (OmegaT's default threshold is 30; titles and
# sentences of abstracts need a closer one).
DEFAULT_THRESHOLD = 70
CANDIDATES = 10
# The longest words of a text are the likeliest to be rare: they pick the candidates.
KEY_WORDS = 4
MAX_SENTENCES = 15
ENGLISH_FIELDS = ("title_en", "summary_en", "abstract_en")
CHINESE_FIELDS = ("title_zh", "summary_zh", "abstract_zh")


@dataclass(frozen=True, slots=True)
class Earlier:
    """A paper as an earlier digest had it: its text, the source file and the day."""

    arxiv_id: str
    path: str
    source_title: str
    day: str
    title_en: str
    title_zh: str
    summary_en: str
    summary_zh: str
    abstract_en: str
    abstract_zh: str

    def changed_english(self, paper: Paper) -> tuple[str, ...]:
        """The English fields (title, abstract) the new paper has differently; empty ones don't count."""
        return tuple(
            name
            for name in ("title_en", "abstract_en")
            if getattr(paper, name).strip()
            and getattr(self, name).strip()
            and " ".join(getattr(paper, name).split()) != " ".join(getattr(self, name).split())
        )

    def chinese(self) -> dict[str, str]:
        """The Chinese fields that hold text (what is offered)."""
        return {name: getattr(self, name) for name in CHINESE_FIELDS if getattr(self, name).strip()}


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    """Earlier English close to new English, with the Chinese written for it."""

    field: str  # "title" or "sentence"
    english: str  # the new English
    earlier_english: str
    earlier_chinese: str
    percent: int
    arxiv_id: str
    path: str
    day: str


@dataclass(frozen=True, slots=True)
class GlossaryCandidate:
    """An English term written the same way in Chinese in several archived papers."""

    term: str
    zh: str
    papers: int


def _earlier(row: tuple) -> Earlier:
    arxiv_id, path, source_title, day, title_en, title_zh, summary_en, summary_zh, packed = row
    abstract_en, abstract_zh = unpack_abstracts(packed)
    return Earlier(
        arxiv_id,
        path,
        source_title,
        day,
        title_en,
        title_zh,
        summary_en,
        summary_zh,
        abstract_en,
        abstract_zh,
    )


_EARLIER_COLUMNS = (
    "p.arxiv_id, s.path, s.title, s.day, p.title_en, p.title_zh, p.summary_en, p.summary_zh, p.abstracts"
)


def exact_matches(archive: Archive, ids: list[str], exclude: Collection[str] = ()) -> dict[str, Earlier]:
    """For each archived id, its latest earlier version with Chinese (none from the sources in exclude)."""
    found: dict[str, Earlier] = {}
    wanted = list(dict.fromkeys(item for item in ids if item))
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        rows = archive.query(
            f"SELECT {_EARLIER_COLUMNS} FROM papers p JOIN sources s ON s.id = p.source_id "
            f"WHERE p.arxiv_id IN ({','.join('?' * len(part))}) "
            "AND (p.title_zh != '' OR p.summary_zh != '') ORDER BY s.day DESC, p.id DESC",
            part,
        )
        for row in rows:
            if row[0] not in found and row[1] not in exclude:
                found[row[0]] = _earlier(row)
    return found


class Closeness:
    """How alike texts are to one English text, 0-100 (case and spacing ignored).

    The text is analysed once (difflib caches its second sequence) and compared with each
    candidate in turn; a candidate seen before is not compared again.
    """

    def __init__(self, english: str) -> None:
        self.matcher = difflib.SequenceMatcher(None, autojunk=False)
        self.matcher.set_seq2(" ".join(english.lower().split()))
        self.seen: dict[str, int] = {}

    def percent(self, other: str, at_least: int = 0) -> int:
        """The closeness of other; 0 when below at_least (the quick bounds rule most out early)."""
        if other not in self.seen:
            matcher = self.matcher
            matcher.set_seq1(" ".join(other.lower().split()))
            if matcher.real_quick_ratio() * 100 < at_least or matcher.quick_ratio() * 100 < at_least:
                self.seen[other] = 0
            else:
                self.seen[other] = round(matcher.ratio() * 100)
        return self.seen[other]


def _key_words(archive: Archive, english: str) -> list[str]:
    """The rarest words of english the archive knows (rare words pick few, close candidates)."""
    # Index tokens: unicode61 splits "heatmap-guided" in two.
    tokens = sorted({part for word in text.words(english) for part in word.split("-") if len(part) > 1})
    if not tokens:
        return []
    known = dict(
        archive.query(
            f"SELECT term, papers FROM term_counts WHERE term IN ({','.join('?' * len(tokens))})", tokens
        )
    )
    return sorted((word for word in tokens if known.get(word)), key=lambda word: (known[word], -len(word)))[
        :KEY_WORDS
    ]


def _candidates(
    archive: Archive, index: str, english: str, exclude_ids: set[str], exclude: Collection[str]
) -> list[tuple]:
    """Archived papers whose index (titles or words) holds the rarest words of english.

    All of the rarest words first (close texts share them), then fewer if that finds nothing;
    the newest first (no ranking: that would score every match).
    """
    keys = _key_words(archive, english)
    rows: list[tuple] = []
    for size in (len(keys), min(2, len(keys) - 1)):
        if size <= 0:
            break
        rows = archive.query(
            f"SELECT {_EARLIER_COLUMNS} FROM papers p JOIN sources s ON s.id = p.source_id WHERE p.id IN "
            f"(SELECT rowid FROM {index} WHERE {index} MATCH ? ORDER BY rowid DESC LIMIT ?)",
            [" AND ".join(text.fts_phrase(word) for word in keys[:size]), CANDIDATES],
        )
        rows = [row for row in rows if row[0] not in exclude_ids and row[1] not in exclude]
        if rows:
            break
    return rows


def title_matches(
    archive: Archive, paper: Paper, exclude: Collection[str] = (), threshold: int = DEFAULT_THRESHOLD
) -> list[FuzzyMatch]:
    """Earlier titles close to the paper's English title, best first (not the paper itself)."""
    if not paper.title_en.strip():
        return []
    matches: dict[str, FuzzyMatch] = {}
    closeness = Closeness(paper.title_en)
    for row in _candidates(archive, "titles", paper.title_en, {paper.id}, exclude):
        arxiv_id, path, _source, day, title_en, title_zh = row[:6]
        if not title_zh.strip():
            continue
        score = closeness.percent(title_en, threshold)
        if score >= threshold and (title_en not in matches or matches[title_en].percent < score):
            matches[title_en] = FuzzyMatch(
                "title", paper.title_en, title_en, title_zh, score, arxiv_id, path, day
            )
    return sorted(matches.values(), key=lambda match: -match.percent)


def sentence_matches(
    archive: Archive, paper: Paper, exclude: Collection[str] = (), threshold: int = DEFAULT_THRESHOLD
) -> list[FuzzyMatch]:
    """For sentences of the paper's abstract, earlier sentences close to them with their Chinese.

    An earlier abstract lends its sentences only when its English and Chinese have as many
    sentences each (then the n-th translates the n-th).
    """
    found: list[FuzzyMatch] = []
    for sentence in text.english_sentences(paper.abstract_en)[:MAX_SENTENCES]:
        if len(sentence) < 20:
            continue
        closeness = Closeness(sentence)
        best: FuzzyMatch | None = None
        for row in _candidates(archive, "words", sentence, {paper.id}, exclude):
            earlier = _earlier(row)
            english = text.english_sentences(earlier.abstract_en)
            chinese = text.chinese_sentences(earlier.abstract_zh)
            if not chinese or len(english) != len(chinese):
                continue
            for number, candidate in enumerate(english):
                score = closeness.percent(candidate, threshold)
                if score >= threshold and (best is None or score > best.percent):
                    best = FuzzyMatch(
                        "sentence",
                        sentence,
                        candidate,
                        chinese[number],
                        score,
                        earlier.arxiv_id,
                        earlier.path,
                        earlier.day,
                    )
        if best is not None:
            found.append(best)
    return found


def glossary_candidates(
    archive: Archive, minimum: int = 3, known_terms: frozenset[str] = frozenset()
) -> list[GlossaryCandidate]:
    """Terms written as 中文（English） in at least `minimum` papers with the same Chinese.

    The Chinese before a bracket runs into the words before the term (基于图神经网络（GNN）),
    so the Chinese offered is the longest ending that `minimum` papers share (图神经网络).
    """
    rows = archive.query(
        "SELECT term, zh, paper_id FROM term_pairs WHERE term IN "
        "(SELECT term FROM term_pairs GROUP BY term HAVING count(DISTINCT paper_id) >= ?)",
        (minimum,),
    )
    by_term: dict[str, list[tuple[str, int]]] = {}
    spelling: dict[str, str] = {}
    for term, zh, paper_id in rows:
        key = term.lower()
        by_term.setdefault(key, []).append((zh, paper_id))
        spelling.setdefault(key, term)
    known = {term.lower() for term in known_terms}
    chosen = []
    for key, uses in by_term.items():
        if key in known:
            continue
        endings: dict[str, set[int]] = {}
        for zh, paper_id in uses:
            for length in range(2, len(zh) + 1):
                endings.setdefault(zh[-length:], set()).add(paper_id)
        shared = [(len(zh), len(papers), zh) for zh, papers in endings.items() if len(papers) >= minimum]
        if shared:
            _length, papers, zh = max(shared)
            chosen.append(GlossaryCandidate(spelling[key], zh, papers))
    return sorted(chosen, key=lambda candidate: (-candidate.papers, candidate.term.lower()))


@dataclass(frozen=True, slots=True)
class Recall:
    """All the memory holds for one paper: the same paper before, close titles, close sentences."""

    exact: Earlier | None
    changed: tuple[str, ...]
    titles: list[FuzzyMatch]
    sentences: list[FuzzyMatch]

    def empty(self) -> bool:
        """True when the memory has nothing for the paper."""
        return self.exact is None and not self.titles and not self.sentences


def recall(archive: Archive, paper: Paper, exclude: Collection[str] = ()) -> Recall:
    """What the translation memory offers for paper (the sources in exclude are its own)."""
    exact = exact_matches(archive, [paper.id], exclude).get(paper.id) if paper.id else None
    changed = exact.changed_english(paper) if exact is not None else ()
    titles = [] if exact is not None else title_matches(archive, paper, exclude)
    return Recall(exact, changed, titles, sentence_matches(archive, paper, exclude))


def offers_for(archive: Archive, papers: list[Paper], exclude: Collection[str] = ()) -> dict[str, Recall]:
    """What the memory offers when papers are added: earlier translations, else close titles.

    Sentences are left for the panel, which asks for the one paper it shows.
    """
    exact = exact_matches(archive, [paper.id for paper in papers], exclude)
    offers = {}
    for paper in papers:
        earlier = exact.get(paper.id)
        if earlier is not None:
            offers[paper.id] = Recall(earlier, earlier.changed_english(paper), [], [])
            continue
        titles = title_matches(archive, paper, exclude)
        if titles:
            offers[paper.id] = Recall(None, (), titles, [])
    return offers


def terms_in(
    archive: Archive, english: str, known_terms: frozenset[str] = frozenset(), minimum: int = 3
) -> list[GlossaryCandidate]:
    """The glossary candidates whose term occurs in english (whole words, any case)."""
    lowered = english.lower()
    return [
        candidate
        for candidate in glossary_candidates(archive, minimum, known_terms)
        if re.search(rf"(?<![0-9a-z]){re.escape(candidate.term.lower())}(?![0-9a-z])", lowered)
    ]
