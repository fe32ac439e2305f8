"""The use cases the command line and the window share, each written once.

Each function works on core objects and returns a small result saying what changed: the
CLI prints it, the window wraps it in an undo command and signals. The rules themselves
(what a fetch may write: core/merge.py; what a draft may write: core/drafting/drafts.py)
stay in those low-level modules; the choices around them (which papers, which ids,
duplicates, the status to fall back to) live here and nowhere else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from digest_gui.core.drafting.drafts import apply_draft, mark_draft_failed
from digest_gui.core.failures import Failure
from digest_gui.core.identifiers import ArxivId, abs_url, find_arxiv_ids, parse_arxiv_id
from digest_gui.core.merge import Offer, accept_offers, mark_failed, merge_record
from digest_gui.core.model import DRAFTED_FIELDS, Digest, Paper, Status
from digest_gui.core.stale_english import SOURCE_FIELDS, stale_marks, with_stale_marks

if TYPE_CHECKING:
    from digest_gui.core.drafting.llm import DraftResult
    from digest_gui.core.sources.arxiv_api import FetchOutcome

__all__ = [
    "AddPlan",
    "AddResult",
    "DraftApplied",
    "DraftChoice",
    "FetchApplied",
    "FetchReport",
    "Fetcher",
    "IdsFound",
    "PapersFound",
    "accept_arxiv_offers",
    "add_ids",
    "add_papers",
    "apply_draft_result",
    "apply_fetch_outcome",
    "choose_papers_to_draft",
    "confirm_english",
    "draft_failed",
    "edit_english",
    "english_changed",
    "fetch_into_digest",
    "find_papers",
    "has_english",
    "mark_needs_review",
    "mark_reviewed",
    "needs_draft",
    "new_paper",
    "next_to_review",
    "plan_add",
    "read_ids",
]


# ---------------------------------------------------------------------- adding papers


@dataclass(frozen=True, slots=True)
class IdsFound:
    """The arXiv ids found in some texts (each id once, first mention first), and the texts without any."""

    ids: list[ArxivId]
    without_id: list[str]


def read_ids(texts: Iterable[str]) -> IdsFound:
    """The arXiv ids in the texts, in order and each once, and the texts that held none."""
    ids: dict[str, ArxivId] = {}
    without_id: list[str] = []
    for text in texts:
        found = find_arxiv_ids(text)
        if not found:
            without_id.append(text)
        for arxiv_id in found:
            ids.setdefault(arxiv_id.id, arxiv_id)
    return IdsFound(list(ids.values()), without_id)


def new_paper(arxiv_id: ArxivId) -> Paper:
    """A paper holding only an id and its link, until it is fetched."""
    return Paper(id=arxiv_id.id, version=arxiv_id.version, url=abs_url(arxiv_id.id))


@dataclass(frozen=True, slots=True)
class AddResult:
    """What adding papers did: where they went, how many, and the ids skipped as duplicates."""

    first_row: int
    added: int
    duplicates: list[str]


@dataclass(frozen=True, slots=True)
class AddPlan:
    """The papers to insert at `row` and the (versioned) ids skipped as duplicates."""

    row: int
    papers: list[Paper]
    duplicates: list[str]

    @property
    def result(self) -> AddResult:
        return AddResult(self.row, len(self.papers), list(self.duplicates))


def plan_add(digest: Digest, papers: Sequence[Paper], row: int | None = None) -> AddPlan:
    """Which papers adding would insert where: ids in the digest or earlier in the input are skipped."""
    count = len(digest.papers)
    row = count if row is None else max(0, min(row, count))
    known = {paper.id for paper in digest.papers if paper.id}
    fresh: list[Paper] = []
    duplicates: list[str] = []
    for paper in papers:
        if paper.id and paper.id in known:
            duplicates.append(paper.versioned_id)
            continue
        known.add(paper.id)
        fresh.append(paper)
    return AddPlan(row, fresh, duplicates)


def add_papers(digest: Digest, papers: Sequence[Paper], row: int | None = None) -> AddResult:
    """Insert papers at row (default: the end) of the digest, skipping duplicate ids."""
    plan = plan_add(digest, papers, row)
    digest.papers[plan.row : plan.row] = plan.papers
    return plan.result


def add_ids(digest: Digest, ids: Sequence[ArxivId], row: int | None = None) -> AddResult:
    """Insert a new paper for each arXiv id not in the digest yet (see add_papers)."""
    return add_papers(digest, [new_paper(arxiv_id) for arxiv_id in ids], row)


@dataclass(frozen=True, slots=True)
class PapersFound:
    """The rows of the papers some texts name (each row once), and the texts naming none."""

    rows: list[int]
    not_found: list[str]


def find_papers(digest: Digest, texts: Iterable[str]) -> PapersFound:
    """The rows of the papers named by ids or links in texts, in order."""
    rows: list[int] = []
    not_found: list[str] = []
    for text in texts:
        found = parse_arxiv_id(text)
        row = digest.index_of(found.id if found else text.strip())
        if row < 0:
            not_found.append(text)
        elif row not in rows:
            rows.append(row)
    return PapersFound(rows, not_found)


# ---------------------------------------------------------------------- fetching


@dataclass(frozen=True, slots=True)
class FetchApplied:
    """A paper after one fetch outcome: filled, with offers, or marked failed."""

    paper: Paper
    failed: bool = False
    failure: Failure | None = None  # why it failed, as kind and arguments
    offers: list[Offer] = field(default_factory=list)  # what arXiv says differently, left to the user
    from_cache: bool = False


def apply_fetch_outcome(paper: Paper, outcome: FetchOutcome) -> FetchApplied:
    """The paper with arXiv's answer merged in (see merge.merge_record), or noted as failed."""
    if outcome.record is None:
        failure = outcome.failure or Failure.message(outcome.error)
        return FetchApplied(mark_failed(paper, failure), failed=True, failure=failure)
    # Imported here: arxiv_api pulls in requests, lxml and the arxiv package.
    from digest_gui.core.sources.arxiv_api import record_fields

    merged = merge_record(paper, record_fields(outcome.record), outcome.record.version)
    return FetchApplied(merged.paper, offers=list(merged.offers), from_cache=outcome.from_cache)


class Fetcher(Protocol):
    """What fetch_into_digest needs of an ArxivFetcher."""

    def fetch(self, ids: Sequence[ArxivId]) -> list[FetchOutcome]: ...


@dataclass(frozen=True, slots=True)
class FetchReport:
    """One paper's fetch, applied to the digest at `row`."""

    row: int
    applied: FetchApplied

    @property
    def paper_id(self) -> str:
        return self.applied.paper.id


def fetch_into_digest(digest: Digest, ids: Sequence[ArxivId], fetcher: Fetcher) -> list[FetchReport]:
    """Fetch ids (papers of the digest) and apply each outcome to its paper, in order."""
    reports: list[FetchReport] = []
    for outcome in fetcher.fetch(ids):
        row = digest.index_of(outcome.requested.id)
        if row < 0:
            continue
        applied = apply_fetch_outcome(digest.papers[row], outcome)
        digest.papers[row] = applied.paper
        reports.append(FetchReport(row, applied))
    return reports


# ---------------------------------------------------------------------- drafting


def has_english(paper: Paper) -> bool:
    """Whether the paper has an English title or abstract to translate."""
    return bool(paper.title_en.strip() or paper.abstract_en.strip())


def needs_draft(paper: Paper) -> bool:
    """The one draft rule: a paper with any Chinese field empty and English to translate."""
    return bool(paper.missing_chinese()) and has_english(paper)


@dataclass(frozen=True, slots=True)
class DraftChoice:
    """The rows to draft, and the rows that lack Chinese but have no English to translate yet."""

    rows: list[int]
    skipped: list[int]


def choose_papers_to_draft(digest: Digest) -> DraftChoice:
    """The papers "draft the missing Chinese" takes (needs_draft), and those skipped for want of English."""
    rows: list[int] = []
    skipped: list[int] = []
    for row, paper in enumerate(digest.papers):
        if needs_draft(paper):
            rows.append(row)
        elif paper.missing_chinese():
            skipped.append(row)  # it lacks only the English to translate
    return DraftChoice(rows, skipped)


@dataclass(frozen=True, slots=True)
class DraftApplied:
    """A paper after a draft: the fields it filled and those where it waits as a suggestion."""

    paper: Paper
    filled: list[str]
    suggested: list[str]

    @property
    def changed(self) -> bool:
        return bool(self.filled or self.suggested)


def apply_draft_result(paper: Paper, result: DraftResult) -> DraftApplied:
    """The paper with a draft applied (see drafts.apply_draft), and what the draft did."""
    after = apply_draft(paper, result)
    filled = [name for name in DRAFTED_FIELDS if getattr(after, name) != getattr(paper, name)]
    suggested = []
    for name in DRAFTED_FIELDS:
        mine, drafted = getattr(paper, name).strip(), getattr(result, name).strip()
        if mine and drafted and mine != drafted:
            suggested.append(name)
    return DraftApplied(after, filled, suggested)


def draft_failed(paper: Paper, failure: Failure) -> Paper:
    """The paper noting why its draft failed (a note, cleared by the next draft)."""
    return mark_draft_failed(paper, failure)


# ---------------------------------------------------------------------- review
#
# As in Qt Linguist: Ctrl+Return marks a paper reviewed and goes on to the next one that is
# not; taking the mark back is an action of its own. A reviewed paper whose English then
# changes needs review, and keeps the English it was reviewed against (core/stale_english.py)
# until the Chinese of each changed field is confirmed. A reviewed paper holds no such mark.


def mark_reviewed(paper: Paper) -> Paper:
    """A copy marked reviewed: its Chinese is read, so no English is left unconfirmed."""
    return with_stale_marks(dataclasses.replace(paper.copy(), status=Status.REVIEWED), {})


def mark_needs_review(paper: Paper) -> Paper:
    """A copy whose review is taken back (marks of changed English kept)."""
    after = paper.copy()
    after.status = Status.NEEDS_REVIEW
    return after


def next_to_review(digest: Digest, order: Sequence[int], row: int) -> int:
    """The first paper after row in `order` (the list's rows as shown), wrapping, that is not reviewed.

    The paper at row itself comes last; -1 when every paper in order is reviewed.
    """
    rows = list(order)
    start = rows.index(row) + 1 if row in rows else 0
    for candidate in rows[start:] + rows[:start]:  # row itself, when shown, is last
        if digest.papers[candidate].status != Status.REVIEWED:
            return candidate
    return -1


def english_changed(before: Paper, after: Paper) -> Paper:
    """`after` (before with new English) with its review marks brought up to date.

    A paper reviewed, or already marked, keeps for each English field that now differs the
    English as it was reviewed, and needs review; English changed back to that text drops the
    mark, and a paper left without marks is reviewed again. Other papers have nothing to mark.
    """
    marks = stale_marks(before)
    if before.status != Status.REVIEWED and not marks:
        return after
    updated = dict(marks)
    for name in SOURCE_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        reviewed = updated.get(name, old)
        if new == reviewed:
            updated.pop(name, None)
        else:
            updated[name] = reviewed
    if updated == marks and stale_marks(after) == marks:
        return after
    result = with_stale_marks(after, updated)
    if updated and result.status == Status.REVIEWED:
        result.status = Status.NEEDS_REVIEW
    elif not updated and result.status == Status.NEEDS_REVIEW:
        result.status = Status.REVIEWED
    return result


def edit_english(paper: Paper, name: str, text: str) -> Paper:
    """A copy with one English field set to text, its review marks brought up to date."""
    after = paper.copy()
    setattr(after, name, text)
    return english_changed(paper, after)


def accept_arxiv_offers(paper: Paper, names: Sequence[str] | None = None) -> Paper:
    """The paper with arXiv's offered values taken (all, or the named fields); English changes marked."""
    return english_changed(paper, accept_offers(paper, list(names) if names is not None else None))


def confirm_english(paper: Paper, name: str) -> Paper:
    """A copy whose Chinese for one changed English field is confirmed: the mark goes.

    With the last mark gone, a paper that needed review only for the changed English is
    reviewed again.
    """
    marks = stale_marks(paper)
    if name not in marks:
        return paper.copy()
    del marks[name]
    after = with_stale_marks(paper, marks)
    if not marks and after.status == Status.NEEDS_REVIEW:
        after.status = Status.REVIEWED
    return after
