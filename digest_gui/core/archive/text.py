"""How the archive cuts text: the indexed bodies, English words, Chinese runs, sentences."""

from __future__ import annotations

import re

from digest_gui.core.cjk_ranges import HAN, HAN_UNIFIED

# Chinese characters, and runs of them with the letters and digits written inside.
_CJK = re.compile(f"[{HAN}]")
_CJK_RUN = re.compile(f"[{HAN}0-9A-Za-z]+")
_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# The words that say nothing about a paper's topic.
STOPWORDS = frozenset(
    """a about above across after again against all also although among an and any are as at be
    because been before being below between both but by can could did do does doing done down
    during each either et few for from further had has have having here how however i if in into
    is it its itself just may more most much must no nor not now of off on once one only or other
    our out over own paper per propose proposed show shows so some such than that the their them
    then there these they this those through thus to too two under until up upon us use used using
    very via was we well were what when where whether which while who whom why will with within
    without would yet""".split()  # noqa: SIM905
)
# A Chinese term with its English in brackets, as translators write them: 图神经网络（GNN）.
_TERM_PAIR = re.compile(r"[（(]\s*([A-Za-z][A-Za-z0-9\- ]{0,40}[A-Za-z0-9])\s*[)）]")
_CHINESE_BEFORE = re.compile(f"[{HAN_UNIFIED}]{{2,12}}$")
_SENTENCE_EN = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_SENTENCE_ZH = re.compile(r"(?<=[。！？])")


def has_cjk(text: str) -> bool:
    """True when the text holds a Chinese character."""
    return _CJK.search(text) is not None


def english_body(title: str, summary: str, abstract: str) -> str:
    """The text the English word index holds for one paper."""
    return f"{title}\n{summary}\n{abstract}"


def chinese_body(title: str, summary: str, abstract: str) -> str:
    """The text the Chinese trigram index holds for one paper."""
    return f"{title}\n{summary}\n{abstract}"


def words(text: str) -> list[str]:
    """The topic words of English text: lower case, no stop words, no single letters."""
    return [word for word in _WORD.findall(text.lower()) if len(word) > 1 and word not in STOPWORDS]


def word_set(text: str) -> set[str]:
    """The distinct topic words of English text (what the ranking counts per paper)."""
    return {word for word in _WORD.findall(text.lower()) if len(word) > 1} - STOPWORDS


def query_words(text: str) -> list[str]:
    """Every word a search for text must find (stop words included: a search is literal)."""
    return _WORD.findall(text.lower())


def chinese_runs(text: str) -> list[str]:
    """The runs of a query that hold Chinese (with any letters and digits written inside them)."""
    return [run for run in _CJK_RUN.findall(text) if has_cjk(run)]


def trigrams(text: str) -> list[str]:
    """The distinct three-character pieces of text, in order (the trigram index's terms)."""
    lowered = text.lower()
    seen: dict[str, None] = {}
    for start in range(len(lowered) - 2):
        seen.setdefault(lowered[start : start + 3], None)
    return list(seen)


def term_pairs(*chinese: str) -> set[tuple[str, str]]:
    """(english term, chinese) pairs written as 中文（English） in Chinese text."""
    pairs = set()
    for text in chinese:
        if "（" not in text and "(" not in text:
            continue
        for match in _TERM_PAIR.finditer(text):
            # The Chinese just before the bracket (up to 12 characters; searched backwards
            # from the bracket, which is far quicker than a pattern tried at every place).
            before = _CHINESE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if before is not None:
                pairs.add((" ".join(match.group(1).split()), before.group()))
    return pairs


def english_sentences(text: str) -> list[str]:
    """The sentences of an English abstract."""
    return [part.strip() for part in _SENTENCE_EN.split(text.strip()) if part.strip()]


def chinese_sentences(text: str) -> list[str]:
    """The sentences of a Chinese abstract."""
    return [part.strip() for part in _SENTENCE_ZH.split(text.strip()) if part.strip()]


def fts_phrase(term: str) -> str:
    """One term quoted for an FTS5 MATCH expression."""
    return '"' + term.replace('"', '""') + '"'
