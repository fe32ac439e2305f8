"""Numbers a Chinese text has that its English source lacks (a draft that wrote 92% or 256).

The English side is read generously, the Chinese side strictly, so that a number the
English has in another form is never reported:
- every number of the English counts, math and links included, each digit run alone too
  (v1.2 gives 1, 2 and 1.2), with magnitudes applied (2.4B, 2.4 billion, 15K, 10^4),
  number words (three, twenty-five, first, twice, a dozen, June) and list items ((i), (ii));
- a Chinese number is compared by value: 1,000 and 1000 are one number, 24亿 is 2.4B,
  1.5万 is 15,000, 百分之92 is 92%, 92% also matches an English 0.92 (and 0.92 a 92%);
  full-width digits count as ASCII ones;
- Chinese numerals (三, 十二) are not read on the Chinese side: they are the translator's
  wording of a number the English has in digits or words, rarely an invention; nor are
  numbers inside $...$ or links, or glued to Latin letters (GPT-4, 3D, Top-1, 7B), which
  name things rather than count them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\.\d+")
DIGIT_RUN = re.compile(r"\d+")  # found far faster than a number pattern with a look-behind
_MAGNITUDE_AFTER = re.compile(
    r"\s?(?:(thousand|million|billion|trillion)\b|([KkMBT])(?![A-Za-z]))", re.IGNORECASE
)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_ROMAN_ITEM = re.compile(r"\((i{1,3}|iv|vi{0,3}|ix|x)\)", re.IGNORECASE)
_POWER = re.compile(r"(\d+)\s*\^\s*\{?\s*(\d{1,2})\s*\}?")
_MAGNITUDES = {
    "k": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "t": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 12,
}
_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS["ninety"] = 90
_OTHER_WORDS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "single": 1,
    "once": 1,
    "first": 1,
    "second": 2,
    "twice": 2,
    "double": 2,
    "pair": 2,
    "both": 2,
    "third": 3,
    "thrice": 3,
    "triple": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "dozen": 12,
    "half": 0.5,  # "half the memory" may read 50%
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
}
# Months: "June 2023" is often written 2023年6月.
for _number, _month in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    1,
):
    _OTHER_WORDS[_month] = _number
    _OTHER_WORDS[_month[:3]] = _number
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")

# The Chinese side: a number standing alone, with what may follow or precede it.
_CHINESE_NUMBER = re.compile(
    r"(?P<percent_word>百分之)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
    r"(?P<magnitude>\s?(?:万亿|亿|万|千))?"
    r"(?P<percent>\s?[%％])?"
)
FULL_WIDTH = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
# Formulas and links hold numbers of their own (without_math_and_links, and checks.py).
MATH = re.compile(r"(?<!\\)\$\$?(?:\\.|[^$\\])*?(?<!\\)\$\$?", re.DOTALL)
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_CHINESE_MAGNITUDES = {
    "千": Decimal(10) ** 3,
    "万": Decimal(10) ** 4,
    "亿": Decimal(10) ** 8,
    "万亿": Decimal(10) ** 12,
}
_HUNDRED = Decimal(100)
ANY_DIGIT = re.compile(r"\d")  # a scan in C: most Chinese fields hold no digit


def _value(written: str) -> Decimal | None:
    try:
        return Decimal(written.replace(",", ""))
    except InvalidOperation:
        return None


def _key(value: Decimal) -> str:
    """One spelling per value: 1,000 / 1000 / 1000.0 / 1e3 all read "1000"."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _word_values(text: str) -> set[str]:
    values: set[str] = set()
    for match in _WORD.finditer(text):
        for word in (match[0].lower(), *match[0].lower().split("-")):
            if word in _OTHER_WORDS:
                values.add(_key(Decimal(str(_OTHER_WORDS[word]))))
            elif word in _ONES:
                values.add(str(_ONES.index(word)))
            elif word in _TENS:
                values.add(str(_TENS[word]))
        parts = match[0].lower().split("-")
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES[1:10]:
            values.add(str(_TENS[parts[0]] + _ONES.index(parts[1])))  # twenty-five
    return values


@lru_cache(maxsize=4096)
def english_values(english: str) -> frozenset[str]:
    """Every number an English text holds, in every form it may be translated to (as keys)."""
    values: set[str] = set()
    for pattern in (_ENGLISH_NUMBER, DIGIT_RUN):
        for match in pattern.finditer(english):
            value = _value(match[0])
            if value is None:
                continue
            values.add(_key(value))
            magnitude = _MAGNITUDE_AFTER.match(english, match.end())
            if magnitude is not None:
                word = (magnitude[1] or magnitude[2]).lower()
                values.add(_key(value * _MAGNITUDES[word]))
    for match in _ROMAN_ITEM.finditer(english):  # (i), (ii), ... often read (1), (2) in Chinese
        values.add(str(_ROMAN.index(match[1].lower()) + 1))
    for match in _POWER.finditer(english):
        values.add(_key(Decimal(int(match[1]) ** int(match[2]))))
    values |= _word_values(english)
    return frozenset(values)


def without_math_and_links(text: str, *, keep_positions: bool = False) -> str:
    """text with $...$ math and links blanked out: each by one space, or (keep_positions)
    by as many as it had characters, every other character where it was."""
    blank = (lambda match: " " * len(match[0])) if keep_positions else " "
    if "$" in text:
        text = MATH.sub(blank, text)
    if "://" in text or "www." in text:
        text = URL.sub(blank, text)
    return text


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is part of a name (GPT-4, 3D, Top-1, ResNet50)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isascii() and (before.isalpha() or before == "_"):
        return True
    if before in "-‐" and start > 1 and text[start - 2].isascii() and text[start - 2].isalpha():
        return True
    if before == "." and start > 1 and text[start - 2].isdigit():
        return True  # the tail of a version (1.2.3)
    return after.isascii() and (after.isalpha() or after == "_")


def added_numbers(english: str, chinese: str) -> list[tuple[str, int, int]]:
    """The numbers of the Chinese text that the English lacks: (as written, start, end)."""
    if not chinese or not ANY_DIGIT.search(chinese):
        return []
    return list(_added_numbers(english, chinese))


@lru_cache(maxsize=16384)  # while one field is edited, every other one is asked about again
def _added_numbers(english: str, chinese: str) -> tuple[tuple[str, int, int], ...]:
    known = english_values(english)
    text = without_math_and_links(chinese.translate(FULL_WIDTH), keep_positions=True)
    found = []
    for match in _CHINESE_NUMBER.finditer(text):
        start, end = match.start("number"), match.end("number")
        if _glued(text, start, match.end() if match["magnitude"] or match["percent"] else end):
            continue
        value = _value(match["number"])
        if value is None:
            continue
        candidates = {_key(value)}
        if match["magnitude"]:
            candidates.add(_key(value * _CHINESE_MAGNITUDES[match["magnitude"].strip()]))
        if match["percent"] or match["percent_word"]:
            candidates.add(_key(value / _HUNDRED))  # 92% for an English 0.92
        elif value < 1:
            candidates.add(_key(value * _HUNDRED))  # 0.92 for an English 92%
        if not candidates & known:
            found.append((chinese[match.start() : match.end()].strip(), match.start(), match.end()))
    return tuple(found)


def clear_cache() -> None:
    """Forget what was worked out about texts seen before."""
    english_values.cache_clear()
    _added_numbers.cache_clear()
