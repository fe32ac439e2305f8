"""The built-in quality checks of a digest's Chinese side, fast enough to run as the user types.

Each is registered in registry.py (kind, function, English message template); what is
checked, per paper:
- empty: a Chinese field with no text (one issue per field);
- summary_too_long: the Chinese summary is longer than the limit (in characters);
- glossary: a glossary term in the English title or abstract whose Chinese term (or one of
  its alternatives, separated by "/" or "；") is missing from the Chinese title or abstract;
- numbers: a number of the English abstract (92%, 1.64\\%, 256, 2,300, 2.4B, years too) that
  the Chinese abstract lacks. Full-width digits and "％" count as their ASCII forms; 2.4B may
  also read 24亿, 7B 70亿, 1.5M 150万; 1 to 99 may also be written in Chinese numerals (三, 十二).
  Numbers inside $...$ and URLs are not checked (formulas are copied whole), nor numbers
  glued to letters or a hyphen-word (GPT-4, 3D, 6-DoF: translations rephrase those);
- untranslated: a run of six or more English words in a Chinese field, not counting
  $...$, URLs, acronyms and names with capitals inside (GPT, LLaMA, GeNet), words with
  digits, and words the glossary keeps in English on its Chinese side;
- math: an odd number of unescaped $ in any text field (the preview would break);
- github_alters: a text field that GitHub shows otherwise than typed, found by rendering it
  as GitHub does (see formats/math_spans.py): LaTeX backslashes eaten, `*`, `_` or `~`
  pairs turned into emphasis or strikethrough, ``quotes'' turned into code;
and per digest, duplicate: a paper whose arXiv id occurs earlier in the digest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from digest_gui.core.cjk_ranges import CJK_PUNCTUATION, HAN
from digest_gui.core.formats.math_spans import altered_excerpt, protect
from digest_gui.core.formats.math_spans import clear_cache as clear_math_spans
from digest_gui.core.glossary import clear_matchers, glossary_matcher
from digest_gui.core.model import CHINESE_FIELDS, TEXT_FIELDS, Digest, GlossaryEntry, Paper
from digest_gui.core.quality.added_numbers import (
    ANY_DIGIT,
    DIGIT_RUN,
    FULL_WIDTH,
    without_math_and_links,
)
from digest_gui.core.quality.counts import QualityCounts
from digest_gui.core.quality.locators import (
    locate_glossary,
    locate_numbers,
    locate_too_long,
    locate_unpaired_dollar,
    locate_untranslated,
    unpaired_dollar,
)
from digest_gui.core.quality.registry import (
    FIELD_NAMES,
    CheckContext,
    QualityCheck,
    QualityIssue,
    digest_wide_issues,
    listed,
    paper_issues,
    quality_checks,
    register_check,
)
from digest_gui.core.quality.reviewer_checks import clear_caches as clear_reviewer_caches
from digest_gui.core.quality.reviewer_checks import register_reviewer_checks

__all__ = [
    "FIELD_NAMES",
    "KINDS",
    "QualityCounts",
    "QualityIssue",
    "check_digest",
    "check_paper",
    "quality_checks",
]

UNTRANSLATED_WORDS = 6  # this many English words in a row in a Chinese field is a warning


# -------------------------------------------------------------------- shared text helpers

_CJK = HAN
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9]+)*")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Tokens that stay Latin in good Chinese: acronyms and names with a capital inside
# (GPT, LLaMA, GeNet, PiShield), and anything with a digit (GPT-4, ResNet50, 6-DoF).
_TECHNICAL = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]*(?:[A-Z][A-Za-z]*[A-Z]|\d)[A-Za-z0-9_-]*")
# Full-width punctuation (！ to ／, ： to ＠), between Chinese words as CJK punctuation is.
_FULL_WIDTH_PUNCTUATION = "\uff01-\uff0f\uff1a-\uff20"
_NON_CJK_RUN = re.compile(f"[^{_CJK}{CJK_PUNCTUATION}{_FULL_WIDTH_PUNCTUATION}]+")


def letter_counts(text: str) -> tuple[int, int]:
    """CJK characters and Latin letters of text, not counting math, URLs and technical tokens."""
    text = _TECHNICAL.sub(" ", without_math_and_links(text))
    return len(_CJK_CHAR.findall(text)), len(_LATIN_LETTER.findall(text))


def chinese_share(text: str) -> float:
    """Share of CJK characters among letters, ignoring math, URLs, digits and technical tokens."""
    cjk, latin = letter_counts(text)
    return cjk / (cjk + latin) if cjk + latin else 0.0


# -------------------------------------------------------------------------------- numbers

# A number standing alone: not followed by a letter (other than a magnitude suffix) or by a
# hyphen and a word (6-DoF, 3-layer); what may come before it is checked in _numbers_in.
_NUMBER = re.compile(
    r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?\\?(%)|([KMBT])(?![A-Za-z]))?(?![\w%])(?!\.\d)(?![-‐][A-Za-z])"
)
_MAGNITUDE = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
_ZH_NUMBER = re.compile(r"(?<=\d),(?=\d{3})")
_DIGITS = "零一二三四五六七八九"


def _chinese_numeral(value: int) -> list[str]:
    """Ways to write 0..99 in Chinese numerals (二 and 两 for 2)."""
    tens, ones = divmod(value, 10)
    if tens == 0:
        forms = [_DIGITS[ones]]
        return [*forms, "两"] if ones == 2 else forms
    head = "" if tens == 1 else _DIGITS[tens]
    return [f"{head}十{_DIGITS[ones] if ones else ''}", f"{_DIGITS[tens]}十{_DIGITS[ones] if ones else ''}"]


def _number_forms(whole: str, fraction: str | None, percent: str | None, magnitude: str | None) -> list[str]:
    """The ways a Chinese translation may write one English number."""
    digits = whole.replace(",", "") + (fraction or "")
    if percent:
        return [digits + "%", "百分之" + digits]
    forms = [digits]
    value = float(digits)
    if magnitude:
        forms = [digits + magnitude, digits + magnitude.lower(), digits + " " + magnitude]
        value *= _MAGNITUDE[magnitude]
        if value == int(value):
            forms.append(str(int(value)))
    if value >= 1e8:
        forms.append(f"{value / 1e8:g}亿")
    if value >= 1e4:
        forms.append(f"{value / 1e4:g}万")
    if not fraction and not magnitude and value < 100:
        forms += _chinese_numeral(int(value))
    return forms


def _contains_number(text: str, form: str) -> bool:
    """form occurs in text, not as part of a longer number (256 is not in 2560 or 1.256)."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        glued_before = before.isdigit() or (before == "." and start > 1 and text[start - 2].isdigit())
        glued_after = form[-1].isdigit() and (
            after.isdigit() or (after == "." and end + 1 < len(text) and text[end + 1].isdigit())
        )
        if not glued_before and not glued_after:
            return True
        start = text.find(form, start + 1)
    return False


_FULL_WIDTH_CHAR = re.compile("[０-９％．]")


@lru_cache(maxsize=8192)
def _english_numbers(english: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The numbers of an English text with their accepted forms (cached: English rarely changes)."""
    if not ANY_DIGIT.search(english):
        return ()
    numbers: dict[str, tuple[str, ...]] = {}
    text = without_math_and_links(english)
    end = 0
    for run in DIGIT_RUN.finditer(text):
        start = run.start()
        if start < end:
            continue  # inside the number before (1,000.5)
        before = text[start - 1] if start else " "
        if before.isalnum() or before in "_.," or (before == "-" and _is_latin(text[start - 2 : start - 1])):
            continue  # glued to a word or a number: GPT-4, x2, v1.2
        match = _NUMBER.match(text, start)
        if match is not None:
            numbers.setdefault(match.group().strip(), tuple(_number_forms(*match.groups())))
            end = match.end()
    return tuple(numbers.items())


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _chinese_for_numbers(chinese: str) -> str:
    chinese = without_math_and_links(chinese)
    if _FULL_WIDTH_CHAR.search(chinese):
        chinese = chinese.translate(FULL_WIDTH)
    return _ZH_NUMBER.sub("", chinese) if "," in chinese else chinese


def missing_numbers(english: str, chinese: str) -> list[str]:
    """The numbers of the English text (as written there) that the Chinese text lacks."""
    numbers = _english_numbers(english)
    if not numbers:
        return []
    chinese = _chinese_for_numbers(chinese)
    return [
        written for written, forms in numbers if not any(_contains_number(chinese, form) for form in forms)
    ]


# ------------------------------------------------------------------------- one paper

# Six Latin words in a row with nothing Chinese between them: the cheap test before the real one.
_NOT_WORD_OR_CJK = f"[^A-Za-z{_CJK}{CJK_PUNCTUATION}{_FULL_WIDTH_PUNCTUATION}]+"
_LATIN_RUN = re.compile(f"[A-Za-z]+(?:{_NOT_WORD_OR_CJK}[A-Za-z]+){{{UNTRANSLATED_WORDS - 1}}}")


def untranslated_run(text: str, kept: frozenset[str] = frozenset()) -> str:
    """The first run of UNTRANSLATED_WORDS or more English words in text, or ""."""
    return _untranslated_run(text, kept) if text else ""


@lru_cache(maxsize=16384)  # while one field is edited, every other one is asked about again
def _untranslated_run(text: str, kept: frozenset[str]) -> str:
    if not _LATIN_RUN.search(text):
        return ""
    text = _TECHNICAL.sub(" ", without_math_and_links(text))
    for segment in _NON_CJK_RUN.findall(text):
        words = [word for word in _WORD.findall(segment) if word.casefold() not in kept]
        if len(words) >= UNTRANSLATED_WORDS:
            return " ".join(words)
    return ""


@lru_cache(maxsize=256)
def _zh_alternatives(zh: str) -> tuple[str, ...]:
    return tuple(part.strip().casefold() for part in re.split(r"[/／；;|]", zh) if part.strip())


_GLOSSARY_PAIRS = (("title_en", "title_zh"), ("abstract_en", "abstract_zh"))
Found = Iterator[tuple[str, dict[str, str]]]


def _filled(paper: Paper, name: str) -> bool:
    return bool(getattr(paper, name).strip())


def _empty(paper: Paper, _context: CheckContext) -> Found:
    for name in CHINESE_FIELDS:
        if not _filled(paper, name):
            yield name, {}


def _summary_too_long(paper: Paper, context: CheckContext) -> Found:
    for name, limit in (("summary_zh", context.summary_limit), ("summary_en", context.summary_en_limit)):
        length = len(getattr(paper, name).strip())
        if limit > 0 and length > limit:
            yield name, {"length": str(length), "limit": str(limit)}


def _english_summary_missing(papers: Sequence[Paper]) -> Iterator[tuple[int, str, dict[str, str]]]:
    # Older digests leave every English summary empty: only a digest that writes them
    # is told which papers lack one.
    if not any(paper.summary_en.strip() for paper in papers):
        return
    for row, paper in enumerate(papers):
        if not paper.summary_en.strip() and all(_filled(paper, name) for name in CHINESE_FIELDS):
            yield row, "summary_en", {}


def _glossary(paper: Paper, context: CheckContext) -> Found:
    if context.matcher is None:
        return
    for english_name, chinese_name in _GLOSSARY_PAIRS:
        if not _filled(paper, chinese_name):
            continue
        terms = context.matcher.find(getattr(paper, english_name))
        chinese = getattr(paper, chinese_name).casefold() if terms else ""
        for entry in terms:
            if not any(form in chinese for form in _zh_alternatives(entry.zh)):
                yield chinese_name, {"term": entry.term, "zh": entry.zh}


def _numbers(paper: Paper, _context: CheckContext) -> Found:
    if not (paper.abstract_en and _filled(paper, "abstract_zh")):
        return
    missing = missing_numbers(paper.abstract_en, paper.abstract_zh)
    if missing:
        yield "abstract_zh", {"numbers": listed(missing)}


def _untranslated(paper: Paper, context: CheckContext) -> Found:
    kept = context.matcher.kept_words if context.matcher is not None else frozenset()
    for name in CHINESE_FIELDS:
        run = untranslated_run(getattr(paper, name), kept) if _filled(paper, name) else ""
        if run:
            words = run.split()
            shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
            yield name, {"count": str(len(words)), "words": shown}


def _math(paper: Paper, _context: CheckContext) -> Found:
    for name in TEXT_FIELDS:
        if unpaired_dollar(getattr(paper, name)) >= 0:
            yield name, {}


def _github_alters(paper: Paper, _context: CheckContext) -> Found:
    for name in TEXT_FIELDS:
        shown = altered_excerpt(getattr(paper, name))
        if shown is not None:
            yield name, {"shown": shown}


def _duplicates(papers: Sequence[Paper]) -> Iterator[tuple[int, str, dict[str, str]]]:
    first_row: dict[str, int] = {}
    for row, paper in enumerate(papers):
        if paper.id:
            earlier = first_row.setdefault(paper.id, row)
            if earlier != row:
                yield row, "id", {"earlier": f"[^{earlier + 1}]", "id": paper.id}


# The order here is the order of a paper's issues.
for _check in (
    QualityCheck("empty", "empty Chinese fields", "the {field} is empty", _empty, warning=False),
    QualityCheck(
        "summary_too_long",
        "summaries over the length limit",
        "the {field} has {length} characters; the limit is {limit}",
        _summary_too_long,
        locate=locate_too_long,
    ),
    QualityCheck(
        "glossary",
        "glossary terms not used",
        "'{term}' should read '{zh}', which the {field} lacks",
        _glossary,
        locate=locate_glossary,
    ),
    QualityCheck(
        "numbers",
        "numbers of the English abstract missing from the Chinese one",
        "the {field} lacks {numbers} of the English one",
        _numbers,
        locate=locate_numbers,
    ),
    QualityCheck(
        "untranslated",
        f"runs of {UNTRANSLATED_WORDS} or more untranslated English words",
        "the {field} has {count} English words in a row: '{words}'",
        _untranslated,
        locate=locate_untranslated,
    ),
    QualityCheck(
        "math",
        "unpaired $",
        "the {field} has an unpaired $ (math is written between two $)",
        _math,
        locate=locate_unpaired_dollar,
    ),
    QualityCheck(
        "github_alters",
        "fields GitHub shows otherwise than typed (math eaten by Markdown)",
        "GitHub shows the {field} otherwise than typed: '{shown}'",
        _github_alters,
        fix=protect,
    ),
    QualityCheck(
        "duplicate", "the same paper twice", "the same paper as {earlier} ({id})", in_digest=_duplicates
    ),
    QualityCheck(
        "english_summary_missing",
        "English summaries left empty where the Chinese fields are filled",
        "the {field} is empty while the Chinese fields are filled",
        in_digest=_english_summary_missing,
    ),
):
    register_check(_check)
register_reviewer_checks()  # numbers added, formulas missing, titles

KINDS = tuple(check.kind for check in quality_checks())  # the built-in kinds


def check_paper(
    paper: Paper, row: int, glossary: Sequence[GlossaryEntry] = (), summary_limit: int = 80
) -> list[QualityIssue]:
    """The quality issues of one paper (at row of its digest)."""
    context = CheckContext(glossary_matcher(glossary) if glossary else None, summary_limit)
    return paper_issues(paper, row, context)


# --------------------------------------------------------------------------- the digest


def check_digest(digest: Digest, summary_limit: int = 80) -> list[QualityIssue]:
    """The quality issues of every paper, in digest order, and each repeated arXiv id."""
    context = CheckContext(glossary_matcher(digest.glossary) if digest.glossary else None, summary_limit)
    across = digest_wide_issues(digest.papers)
    issues: list[QualityIssue] = []
    for row, paper in enumerate(digest.papers):
        issues += paper_issues(paper, row, context)
        issues += across.get(row, ())
    return issues


def clear_caches() -> None:
    """Forget what earlier checks worked out about unchanged texts (to time a first check)."""
    _english_numbers.cache_clear()
    _untranslated_run.cache_clear()
    clear_math_spans()
    clear_matchers()
    clear_reviewer_caches()
