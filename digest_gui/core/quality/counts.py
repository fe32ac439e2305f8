"""The one count of a digest's problems, shared by every place that shows it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from digest_gui.core.model import Digest, Status
from digest_gui.core.quality.registry import QualityIssue, is_warning


@dataclass(frozen=True, slots=True)
class QualityCounts:
    """The one count of a digest's problems that the status bar, the quality panel, the
    export notice and `digest-gui check` all show: papers, reviewed, drafted, empty Chinese
    fields and warnings. Every issue is exactly one empty field or one warning."""

    papers: int = 0
    reviewed: int = 0
    drafted: int = 0
    needs_review: int = 0  # reviewed once, then taken back or its English changed
    empty: int = 0  # empty Chinese fields (issues of the "empty" check)
    warnings: int = 0  # issues of the checks that are warnings (all but "empty")

    @classmethod
    def of(cls, digest: Digest, issues: Iterable[QualityIssue]) -> QualityCounts:
        """Count a digest and the issues check_digest found in it."""
        empty = warnings = 0
        for issue in issues:
            if is_warning(issue.kind):
                warnings += 1
            else:
                empty += 1
        statuses = [paper.status for paper in digest.papers]
        return cls(
            papers=len(statuses),
            reviewed=statuses.count(Status.REVIEWED),
            drafted=statuses.count(Status.DRAFTED),
            needs_review=statuses.count(Status.NEEDS_REVIEW),
            empty=empty,
            warnings=warnings,
        )

    @property
    def problems(self) -> int:
        """Empty fields and warnings together: the issues an export is warned about."""
        return self.empty + self.warnings

    def problems_text(self) -> str:
        """ "4 warnings · 2 empty fields" in English."""
        return f"{_plural(self.warnings, 'warning')} · {_plural(self.empty, 'empty field')}"

    def text(self) -> str:
        """ "23 papers · 18 reviewed · 3 drafted · 4 warnings · 2 empty fields" ("· 1 to review"
        after the reviewed ones when any do)."""
        review = f"{self.needs_review} to review · " if self.needs_review else ""
        return (
            f"{_plural(self.papers, 'paper')} · {self.reviewed} reviewed · {review}{self.drafted} drafted · "
            + self.problems_text()
        )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
