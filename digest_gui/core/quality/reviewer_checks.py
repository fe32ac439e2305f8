"""The checks a reviewer reads a draft for, and where each check's issues are in the text.

Registered after the built-in ones of checks.py (which imports this module), per paper:
- numbers_added: numbers in a Chinese field that the paper's English lacks in any form
  (see added_numbers.py: 1,000 is 1000, 24亿 is 2.4B, Chinese numerals are not read);
- formula_missing: a formula ($...$) of the English abstract that the Chinese abstract
  does not have (compared without spaces);
- title_en_missing: a paper without an English title (never fetched, or the fetch failed);
and per digest, duplicate_title_zh: a Chinese title that an earlier paper has too.

The locators say which text of a field an issue is about, so that the editor can
highlight it; they run only for the paper on screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from digest_gui.core.formats.math_spans import math_spans
from digest_gui.core.model import CHINESE_FIELDS, Paper
from digest_gui.core.quality.added_numbers import ANY_DIGIT, added_numbers
from digest_gui.core.quality.added_numbers import clear_cache as clear_added_numbers
from digest_gui.core.quality.locators import locate_whole
from digest_gui.core.quality.registry import CheckContext, QualityCheck, listed, register_check

_ENGLISH_FIELDS = ("title_en", "summary_en", "abstract_en")


def _english(paper: Paper) -> str:
    return "\n".join(getattr(paper, name) for name in _ENGLISH_FIELDS)


Found = Iterator[tuple[str, dict[str, str]]]


# ------------------------------------------------------------------------ numbers added


def _numbers_added(paper: Paper, _context: CheckContext) -> Found:
    english = None
    for name in CHINESE_FIELDS:
        chinese = getattr(paper, name)
        if not ANY_DIGIT.search(chinese):
            continue
        english = _english(paper) if english is None else english
        found = added_numbers(english, chinese)
        if found:
            written = list(dict.fromkeys(text for text, _start, _end in found))
            yield name, {"numbers": listed(written)}


def _locate_numbers_added(paper: Paper, field: str, _args: dict[str, str], _context: CheckContext):
    for _text, start, end in added_numbers(_english(paper), getattr(paper, field)):
        yield field, start, end


# ------------------------------------------------------------------------ formulas


def _compact(tex: str) -> str:
    return "".join(tex.split())


# TeX a translator may write as the character it stands for: "$P \\leq 0.01$" as "P≤0.01".
_TEX_SYMBOLS = {
    r"\leq": "≤",
    r"\le": "≤",
    r"\geq": "≥",
    r"\ge": "≥",
    r"\neq": "≠",
    r"\times": "×",
    r"\cdot": "·",
    r"\pm": "±",
    r"\approx": "≈",
    r"\sim": "~",
    r"\infty": "∞",
    r"\to": "→",
    r"\rightarrow": "→",
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\epsilon": "ε",
    r"\varepsilon": "ε",
    r"\lambda": "λ",
    r"\mu": "μ",
    r"\sigma": "σ",
    r"\theta": "θ",
    r"\pi": "π",
    r"\%": "%",
}
_TEX_MACRO = re.compile(r"\\[A-Za-z]+|\\%")
_TEX_WRAPPER = re.compile(r"\\(?:mathrm|mathbf|mathit|text|textbf|operatorname|mathcal|boldsymbol)\s*")


def _plain(tex: str) -> str:
    """A formula as plain characters ("P\\leq 0.01" -> "P≤0.01"), to find one written without $."""
    tex = _TEX_WRAPPER.sub("", tex)
    tex = _TEX_MACRO.sub(lambda match: _TEX_SYMBOLS.get(match[0], match[0]), tex)
    return _compact(tex.replace("{", "").replace("}", ""))


def _written_plainly(plain: str, chinese: str) -> bool:
    """Whether the Chinese has the formula written out, not inside a longer Latin word or number."""
    at = chinese.find(plain)
    while at >= 0:
        before = chinese[at - 1] if at else ""
        after = chinese[at + len(plain)] if at + len(plain) < len(chinese) else ""
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return True
        at = chinese.find(plain, at + 1)
    return False


def missing_formulas(english: str, chinese: str) -> list[tuple[str, int, int]]:
    """The formulas of the English text the Chinese lacks: (as written, start, end), each once."""
    if "$" not in english:
        return []
    return list(_missing_formulas(english, chinese))


@lru_cache(maxsize=8192)
def _missing_formulas(english: str, chinese: str) -> tuple[tuple[str, int, int], ...]:
    present = {_compact(span.tex) for span in math_spans(chinese)} if "$" in chinese else set()
    compact_chinese = _compact(chinese)
    missing: dict[str, tuple[str, int, int]] = {}
    for span in math_spans(english):
        key = _compact(span.tex)
        if key and key not in present and not _written_plainly(_plain(span.tex), compact_chinese):
            missing.setdefault(key, (english[span.start : span.end], span.start, span.end))
    return tuple(missing.values())


def _formula_missing(paper: Paper, _context: CheckContext) -> Found:
    if not paper.abstract_zh.strip():
        return
    missing = missing_formulas(paper.abstract_en, paper.abstract_zh)
    if missing:
        yield "abstract_zh", {"formulas": listed([written for written, _start, _end in missing])}


def _locate_formula_missing(paper: Paper, _field: str, _args: dict[str, str], _context: CheckContext):
    for _written, start, end in missing_formulas(paper.abstract_en, paper.abstract_zh):
        yield "abstract_en", start, end


# ------------------------------------------------------------------------ titles


def _title_en_missing(paper: Paper, _context: CheckContext) -> Found:
    if not paper.title_en.strip():
        yield "title_en", {}


def _duplicate_titles(papers: Sequence[Paper]) -> Iterator[tuple[int, str, dict[str, str]]]:
    first_row: dict[str, int] = {}
    for row, paper in enumerate(papers):
        title = " ".join(paper.title_zh.split()).casefold()
        if title:
            earlier = first_row.setdefault(title, row)
            # The same paper twice is the "duplicate" check's; here, two papers, one title.
            if earlier != row and not (paper.id and papers[earlier].id == paper.id):
                yield row, "title_zh", {"earlier": f"[^{earlier + 1}]"}


def clear_caches() -> None:
    """Forget what was worked out about texts seen before."""
    clear_added_numbers()
    _missing_formulas.cache_clear()


def register_reviewer_checks() -> None:
    """Register this module's checks, after the built-in ones (checks.py calls it)."""
    for check in (
        QualityCheck(
            "numbers_added",
            "numbers in the Chinese that the English lacks",
            "the {field} has {numbers}, which the English lacks",
            _numbers_added,
            locate=_locate_numbers_added,
        ),
        QualityCheck(
            "formula_missing",
            "formulas of the English abstract missing from the Chinese one",
            "the {field} lacks {formulas} of the English abstract",
            _formula_missing,
            locate=_locate_formula_missing,
        ),
        QualityCheck(
            "title_en_missing",
            "papers without an English title",
            "the paper has no English title (fetch it from arXiv or type it)",
            _title_en_missing,
        ),
        QualityCheck(
            "duplicate_title_zh",
            "the same Chinese title on two papers",
            "the same Chinese title as {earlier}",
            in_digest=_duplicate_titles,
            locate=locate_whole,
        ),
    ):
        register_check(check)
