"""The digest being edited: papers in order, each with its English and Chinese side."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """The review states a paper moves through, in order.

    A StrEnum so that project files hold the same plain strings as before. "error" is not
    one of them because a failed fetch is a transient condition of the English side, not
    a review state.
    """

    NEW = "new"
    FETCHED = "fetched"
    DRAFTED = "drafted"
    # Read once, then taken back: the English changed under the reviewed Chinese (see
    # core/stale_english.py) or the user asked for another look (Mark as Needs Review).
    NEEDS_REVIEW = "needs-review"
    REVIEWED = "reviewed"


# What arXiv's listings say about an announcement; "" for papers not taken from a listing.
ANNOUNCE_TYPES = ("", "new", "cross", "replace", "replace-cross")

# The Chinese fields a person writes; a paper is finished when none is empty.
CHINESE_FIELDS = ("title_zh", "summary_zh", "abstract_zh")

# What a machine draft writes: the Chinese fields and the English one-line summary.
DRAFTED_FIELDS = ("title_zh", "summary_zh", "summary_en", "abstract_zh")

# Where a listing import records the day of the announcement it took (Digest.extra keeps
# it through saving and loading without a new project-file version); Publish dates the
# issue by it.
LISTING_DATE_KEY = "listing_date"

# Fields a user edits as text, in the order the editor shows them.
TEXT_FIELDS = ("title_en", "title_zh", "summary_en", "summary_zh", "abstract_en", "abstract_zh")


@dataclass(slots=True)
class Paper:
    """One arXiv paper of a digest: its metadata, English source and Chinese text."""

    id: str = ""
    version: int | None = None
    url: str = ""
    title_en: str = ""
    title_zh: str = ""
    # The English one-line summary: the digest layout's slot between the Chinese summary
    # and the Chinese abstract, which older digests leave as a line of four spaces.
    summary_en: str = ""
    summary_zh: str = ""
    abstract_en: str = ""
    abstract_zh: str = ""
    announce_type: str = ""
    authors: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    primary_category: str = ""
    published: str = ""
    updated: str = ""
    comment: str = ""
    journal_ref: str = ""
    doi: str = ""
    status: Status = Status.NEW
    # True for papers taken from arXiv's RSS listings before 2024, whose titles read
    # "Title. (arXiv:2310.13206v1 [cs.CL])"; the export writes them the same way.
    legacy_listing: bool = False
    # Keys this build does not know, kept so that saving never drops another tool's data.
    extra: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> Paper:
        """Return an independent copy (lists and extra data are copied too)."""
        return dataclasses.replace(
            self,
            authors=list(self.authors),
            categories=list(self.categories),
            extra=dict(self.extra),
        )

    @property
    def versioned_id(self) -> str:
        """The id with its version, as arXiv prints it: 2403.18546v2."""
        if self.version is None:
            return self.id
        return f"{self.id}v{self.version}"

    def missing_chinese(self) -> list[str]:
        """Names of the Chinese fields that are still empty."""
        return [name for name in CHINESE_FIELDS if not getattr(self, name).strip()]


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """An English term and the Chinese the digest uses for it, with an optional note."""

    term: str
    zh: str
    note: str = ""


@dataclass(slots=True)
class ExportSettings:
    """How the Markdown export is written; kept in the project so a digest re-exports alike."""

    # The English abstract line (with its "arXiv:... Abstract:" prefix) is cut at this
    # many characters; 0 writes it whole.
    abstract_limit: int = 1000
    summary_heading: str = "摘要"
    details_heading: str = "详细"
    table_header: tuple[str, str, str] = ("Ref", "Title", "Summary")
    # Write formulas in GitHub's protected $`…`$ form, so that GitHub's Markdown cannot eat
    # their backslashes or turn their * and _ into emphasis. Off: the export is as typed.
    github_math: bool = False


@dataclass(slots=True)
class Digest:
    """A bilingual digest: a title, papers in publication order and export settings."""

    title: str = ""
    papers: list[Paper] = field(default_factory=list)
    export: ExportSettings = field(default_factory=ExportSettings)
    # The project's glossary: terms the translation must render consistently.
    glossary: list[GlossaryEntry] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> Digest:
        """Return a deep enough copy that editing it leaves this digest unchanged."""
        return Digest(
            title=self.title,
            papers=[paper.copy() for paper in self.papers],
            export=dataclasses.replace(self.export),
            glossary=list(self.glossary),
            extra=dict(self.extra),
        )

    def index_of(self, paper_id: str) -> int:
        """Position of the first paper with this arXiv id, or -1."""
        if not paper_id:
            return -1
        for index, paper in enumerate(self.papers):
            if paper.id == paper_id:
                return index
        return -1
