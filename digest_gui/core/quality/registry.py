"""The registry of quality checks, and the issues they find as a kind plus named arguments.

A check is a kind ("summary_too_long"), a function finding its issues, and an English
message template with named arguments ("the {field} has {length} characters; the limit is
{limit}"). Issues keep the kind and the arguments, never a sentence: the CLI words them
in English from the template, the window in the interface language. The quality panel,
`digest-gui check --help` and the README's list all read this one registry; a new check
is one `register_check(QualityCheck(...))` (see checks.py for the built-in ones).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from digest_gui.core.glossary import GlossaryMatcher
from digest_gui.core.model import Paper
from digest_gui.core.wording import fill_template

# Characters an English one-line summary may have.
SUMMARY_EN_LIMIT = 200

# The numbers, formulas or terms a message names; more are shown as "…".
SHOWN = 6

# English names of the fields, for the English messages ({field} in a template).
FIELD_NAMES = {
    "title_en": "English title",
    "title_zh": "Chinese title",
    "summary_zh": "Chinese summary",
    "summary_en": "English summary",
    "abstract_en": "English abstract",
    "abstract_zh": "Chinese abstract",
    "id": "arXiv id",
}


def listed(items: Sequence[str]) -> str:
    """Items as one message argument: the first SHOWN, then "…" if there are more."""
    return ", ".join(items[:SHOWN]) + (", …" if len(items) > SHOWN else "")


def listed_items(text: str) -> list[str]:
    """The items a listed() argument names (for a locator to find them again)."""
    return [item for item in text.split(", ") if item and item != "…"]


@dataclass(frozen=True, slots=True)
class QualityIssue:
    """One problem of one paper: row in the digest, field, kind of check, the message's arguments."""

    row: int
    field: str
    kind: str
    # (name, value) pairs for the kind's message template; a tuple keeps issues comparable.
    args: tuple[tuple[str, str], ...] = ()

    @classmethod
    def make(cls, row: int, field: str, kind: str, **args: str) -> QualityIssue:
        """An issue with its message arguments given by name."""
        return cls(row, field, kind, tuple(args.items()))

    def arguments(self) -> dict[str, str]:
        """The message's arguments by name, with {field} as the field's English name."""
        return {"field": FIELD_NAMES.get(self.field, self.field), **dict(self.args)}

    @property
    def message(self) -> str:
        """The issue in English, from its check's template."""
        check = QUALITY_CHECKS.get(self.kind)
        return fill_template(check.template if check else self.kind, self.arguments())


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What every paper is checked against: the glossary and the summary limit."""

    matcher: GlossaryMatcher | None = None
    summary_limit: int = 80
    # One English sentence: about as long as the Chinese limit in English words.
    summary_en_limit: int = SUMMARY_EN_LIMIT


# A per-paper check yields (field, message arguments) for each issue of one paper.
PaperFinder = Callable[[Paper, CheckContext], Iterable[tuple[str, dict[str, str]]]]
# A digest-wide check yields (row, field, message arguments), looking at all papers at once.
DigestFinder = Callable[[Sequence[Paper]], Iterable[tuple[int, str, dict[str, str]]]]
# Where in a paper the text an issue is about lies: (field, start, end) in that field's text.
Span = tuple[str, int, int]
# Given the paper, the issue's field and its arguments, the spans to mark in the editor.
# Asked only for the paper on screen, so the checks themselves stay as fast as they are.
SpanLocator = Callable[[Paper, str, dict[str, str], CheckContext], Iterable[Span]]


@dataclass(frozen=True, slots=True)
class QualityCheck:
    """One kind of check: finds its issues in a paper (or across the digest) and words them."""

    kind: str  # "numbers"
    summary: str  # what it looks for, for --help and the docs: "numbers of the English abstract …"
    template: str  # the English message: "the {field} lacks {numbers} of the English one"
    in_paper: PaperFinder | None = None
    in_digest: DigestFinder | None = None  # for checks that compare papers (duplicates)
    warning: bool = True  # False: counted apart (empty fields), not as a warning
    # The one-click fix of a field with this issue: its text -> the fixed text (None: no fix).
    fix: Callable[[str], str] | None = None
    # Where the offending text is, for the editor to highlight (None: the field as a whole).
    locate: SpanLocator | None = None


QUALITY_CHECKS: dict[str, QualityCheck] = {}


def register_check(check: QualityCheck) -> QualityCheck:
    """Add a check (or replace the one of the same kind); return it."""
    if (check.in_paper is None) == (check.in_digest is None):
        raise ValueError(f"the check {check.kind} needs one of in_paper and in_digest")
    QUALITY_CHECKS[check.kind] = check
    return check


def quality_checks() -> list[QualityCheck]:
    """Every registered check, in the order registered (the order issues are listed in)."""
    return list(QUALITY_CHECKS.values())


def paper_issues(paper: Paper, row: int, context: CheckContext) -> list[QualityIssue]:
    """The issues the per-paper checks find in one paper (at row of its digest)."""
    issues: list[QualityIssue] = []
    for check in QUALITY_CHECKS.values():
        if check.in_paper is not None:
            for field, args in check.in_paper(paper, context):
                issues.append(QualityIssue(row, field, check.kind, tuple(args.items())))
    return issues


def digest_wide_issues(papers: Sequence[Paper]) -> dict[int, list[QualityIssue]]:
    """The issues of the checks that compare papers, by row."""
    by_row: dict[int, list[QualityIssue]] = {}
    for check in QUALITY_CHECKS.values():
        if check.in_digest is not None:
            for row, field, args in check.in_digest(papers):
                by_row.setdefault(row, []).append(QualityIssue(row, field, check.kind, tuple(args.items())))
    return by_row


def issue_spans(paper: Paper, issue: QualityIssue, context: CheckContext) -> list[Span]:
    """The spans of the paper's text that the issue is about ([] when its check cannot say)."""
    check = QUALITY_CHECKS.get(issue.kind)
    if check is None or check.locate is None:
        return []
    found = []
    for field, start, end in check.locate(paper, issue.field, dict(issue.args), context):
        length = len(getattr(paper, field, "") or "")
        if 0 <= start < end <= length:  # never a span past the text (it may have changed since)
            found.append((field, start, end))
    return found


def fix_for(kind: str) -> Callable[[str], str] | None:
    """The one-click fix of the kind's issues (field text -> fixed text), or None."""
    check = QUALITY_CHECKS.get(kind)
    return check.fix if check else None


def fixed_text(kind: str, text: str) -> str | None:
    """The text after the kind's one-click fix, or None when the kind has no fix or the fix
    changes nothing."""
    fix = fix_for(kind)
    if fix is None:
        return None
    fixed = fix(text)
    return fixed if fixed != text else None


def is_warning(kind: str) -> bool:
    """True for kinds the status bar counts as warnings (every kind but empty fields)."""
    check = QUALITY_CHECKS.get(kind)
    return check.warning if check is not None else True
