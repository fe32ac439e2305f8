"""The Unicode ranges of Chinese (and Japanese, Korean) text, as pieces of a regex character class.

One place says which code points are Chinese characters: the differences (text_diff.py),
the archive's search and memory (archive/text.py) and the quality checks compose their
patterns from these, e.g. re.compile(f"[{HAN}]").
"""

from __future__ import annotations

HAN_UNIFIED = "\u4e00-\u9fff"  # the CJK Unified Ideographs block: nearly all Chinese text
# Chinese characters: Extension A, the unified block and the compatibility ideographs.
HAN = f"\u3400-\u4dbf{HAN_UNIFIED}\uf900-\ufaff"
CJK_PUNCTUATION = "\u3000-\u303f"  # 。、「」 and the ideographic space
KANA = "\u3040-\u30ff"
RADICALS = "\u2e80-\u2fff"  # radicals, Kangxi radicals, description characters
HANGUL = "\uac00-\ud7af"
FULL_WIDTH = "\uff00-\uffef"  # full-width forms: （），１２３ and the half-width katakana

# Every character of a script written without spaces between words, each a token of its own.
UNSPACED = f"{RADICALS}{CJK_PUNCTUATION}{KANA}{HAN}{FULL_WIDTH}{HANGUL}"
