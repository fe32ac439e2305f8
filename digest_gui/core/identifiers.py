"""Finding arXiv identifiers in whatever text a user pastes or drops."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from digest_gui.core.lazy_pattern import LazyPattern

# Archives of the identifier scheme used before April 2007 (hep-th/9901001).
OLD_ARCHIVES = [
    "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
    "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
    "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
    "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph", "solv-int", "supr-con",
]  # fmt: skip

_ARCHIVE = "|".join(sorted((re.escape(name) for name in OLD_ARCHIVES), key=len, reverse=True))

# An id must not continue a longer token: no letter, digit or dot right before it
# (so "v1.2403.18546", "3.14159" or "12403.18546" do not match), and after it (and
# its version) neither a digit, a letter nor ".<digit>" (so "2403.18546.1" does not).
_BEFORE = r"(?<![A-Za-z0-9.\-+])"
_AFTER = r"(?![A-Za-z0-9]|\.[0-9])"
# arXiv writes "v2"; text typed or copied in capitals ("ARXIV:2403.18546V2") says "V2".
_VERSION = r"(?:[vV](?P<version>[1-9][0-9]{0,3}))?"

_NEW_STYLE = LazyPattern(_BEFORE + r"(?P<yymm>[0-9]{4})\.(?P<number>[0-9]{4,5})" + _VERSION + _AFTER)
_OLD_STYLE = LazyPattern(
    r"(?<![A-Za-z0-9.\-])(?P<archive>" + _ARCHIVE + r")(?:\.[A-Za-z][A-Za-z\-]*)?"
    r"/(?P<yymm>[0-9]{4})(?P<number>[0-9]{3})" + _VERSION + _AFTER
)
# The DOI form 10.48550/arXiv.2403.18546 (or 10.48550/arXiv.hep-th/9901001) puts a dot
# right before the id; file names and Chinese text put a dash or nothing between "arXiv"
# and the id ("arxiv-2403.18546.pdf", "见arXiv2403.18546"). These become "arXiv:".
_DOI_PREFIX = LazyPattern(r"(?i)10\.48550/arxiv\.")
_JOINED_PREFIX = LazyPattern(r"(?i)arxiv(?<![a-z0-9]arxiv)[-_.]?(?=[0-9])")
# A Chinese input method types "。" (Chinese punctuation mode) or "．" (full-width mode)
# for the "." of an id: between its four digits and its four or five. Anywhere else these
# end a sentence ("见2403.18546。2024年…"), so "．" becomes "。" there rather than the
# "." NFKC would make of it, which would glue the id to the digits after it.
# (The pattern starts with the stop itself, which keeps the scan of long texts fast.)
_STOP_AS_DOT = LazyPattern(
    r"[\u3002\uff0e\uff61]"
    r"(?<=[0-9\uff10-\uff19]{4}[\u3002\uff0e\uff61])(?<![0-9\uff10-\uff19]{5}[\u3002\uff0e\uff61])"
    r"(?=[0-9\uff10-\uff19]{4,5}(?![0-9\uff10-\uff19]))"
)
# Links copied from redirects and search results encode the id's "/" and ":"
# (https://www.google.com/url?q=https%3A%2F%2Farxiv.org%2Fabs%2F2403.18546).
_PERCENT = LazyPattern(r"%(2[Ff]|3[Aa])")
_PERCENT_CHARS = {"2F": "/", "3A": ":"}


@dataclass(frozen=True, slots=True)
class ArxivId:
    """A canonical arXiv id (no version) and the version the text gave, if any."""

    id: str
    version: int | None = None

    def __str__(self) -> str:
        return self.id if self.version is None else f"{self.id}v{self.version}"


def _valid_new_style(yymm: str, number: str) -> bool:
    month = int(yymm[2:])
    if not 1 <= month <= 12 or yymm < "0704":
        return False
    # Four-digit numbers until December 2014, five from January 2015.
    return len(number) == (4 if yymm <= "1412" else 5)


def _valid_old_style(yymm: str) -> bool:
    year, month = int(yymm[:2]), int(yymm[2:])
    if not 1 <= month <= 12:
        return False
    if 91 <= year <= 99:
        return yymm >= "9108"
    return yymm <= "0703"


# Invisible characters that arrive inside ids copied from web pages and PDFs: zero-width
# spaces and joiners, soft hyphens, byte-order marks (Unicode's "format" characters).
_INVISIBLE = LazyPattern(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# A no-break space beside the dot of an id ("2403.\u00a018546") is a typesetter's, not a
# sentence's: the two halves are one id.
_NBSP_AT_DOT = LazyPattern(r"(?<=[0-9]{4})\u00a0?\.\u00a0?(?=[0-9]{4,5}(?![0-9]))")
# PDF text extraction breaks a line inside an id ("arXiv preprint arXiv: 2002. 06212."):
# rejoined only right after an arXiv prefix, so prose with numbers ("in 2019. 12345 users")
# never becomes an id.
_SPLIT_AFTER_PREFIX = LazyPattern(r"(?i)(arxiv:\s*)([0-9]{4})\.\s+([0-9]{4,5})(?![0-9])")


def _normalise(text: str) -> str:
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
        if "\u00a0" in text:
            text = _NBSP_AT_DOT.sub(".", text)
    if "\u3002" in text or "\uff0e" in text or "\uff61" in text:
        text = _STOP_AS_DOT.sub(".", text).replace("\uff0e", "\u3002")
    if not text.isascii():
        # NFKC turns full-width digits, letters and punctuation (２４０３．１８５４６, arXiv：)
        # into ASCII; it changes nothing else an id could be made of.
        text = unicodedata.normalize("NFKC", text)
    if "%" in text:
        text = _PERCENT.sub(lambda match: _PERCENT_CHARS[match[1].upper()], text)
    text = _DOI_PREFIX.sub("arXiv:", text)
    text = _JOINED_PREFIX.sub("arXiv:", text)
    if ":" in text:
        text = _SPLIT_AFTER_PREFIX.sub(r"\1\2.\3", text)
    return text


def find_arxiv_ids(text: str) -> list[ArxivId]:
    """Return the arXiv ids in text, in order of appearance, without duplicates.

    A paper named twice is returned once, with the first version given for it (or the
    version of a later mention when the first had none).
    """
    text = _normalise(text)
    found: list[tuple[int, ArxivId]] = []
    for match in _NEW_STYLE.finditer(text):
        if _valid_new_style(match["yymm"], match["number"]):
            identifier = f"{match['yymm']}.{match['number']}"
            found.append((match.start(), _make(identifier, match["version"])))
    for match in _OLD_STYLE.finditer(text):
        if _valid_old_style(match["yymm"]):
            identifier = f"{match['archive']}/{match['yymm']}{match['number']}"
            found.append((match.start(), _make(identifier, match["version"])))
    found.sort(key=lambda item: item[0])
    result: dict[str, ArxivId] = {}
    for _, arxiv_id in found:
        known = result.get(arxiv_id.id)
        if known is None or (known.version is None and arxiv_id.version is not None):
            result[arxiv_id.id] = arxiv_id
    return list(result.values())


def _make(identifier: str, version: str | None) -> ArxivId:
    return ArxivId(identifier, int(version) if version else None)


def parse_arxiv_id(text: str) -> ArxivId | None:
    """The first arXiv id in text, or None."""
    ids = find_arxiv_ids(text)
    return ids[0] if ids else None


def is_arxiv_id(identifier: str) -> bool:
    """Whether identifier is exactly one canonical arXiv id (no version), as pasted ids are checked."""
    found = parse_arxiv_id(identifier)
    return found is not None and found.id == identifier and found.version is None


def abs_url(identifier: str) -> str:
    """The arXiv abstract page of an id, as the reference digest links it."""
    return f"https://arxiv.org/abs/{identifier}"


def pdf_url(identifier: str, version: int | None = None) -> str:
    """The arXiv PDF of an id (of that version when one is given; the latest otherwise)."""
    return f"https://arxiv.org/pdf/{identifier}" + (f"v{version}" if version else "")
