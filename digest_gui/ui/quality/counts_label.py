"""The status bar's counts: "23 papers · 18 reviewed · 3 drafted · 4 warnings · 2 empty fields"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from digest_gui.ui.quality.messages import problems_text
from digest_gui.ui.quality.watcher import QualityWatcher


class CountsLabel(QLabel):
    """The digest's counts as the quality panel, the export notice and `digest-gui check` count.

    With a filter on, the papers read "0 of 3 papers shown"; papers that need review again
    are counted after the reviewed ones when there are any.
    """

    def __init__(
        self,
        quality: QualityWatcher,
        filter_shown: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.quality = quality
        self.filter_shown = filter_shown  # how many papers the filter shows, None with no filter

    def update_counts(self, *_args: object) -> None:
        counts = self.quality.counts()
        papers = self.tr("%n paper(s)", "", counts.papers)
        shown = self.filter_shown()
        if shown is not None:  # "0 of 3 papers shown"
            papers = self.tr("%1 of %n paper(s) shown", "", counts.papers).replace("%1", str(shown))
        parts = [
            papers,
            self.tr("%n reviewed", "", counts.reviewed),
            self.tr("%n drafted", "", counts.drafted),
            problems_text(counts),
        ]
        if counts.needs_review:
            parts.insert(2, self.tr("%n to review", "", counts.needs_review))
        self.setText(" · ".join(parts))
        self.setToolTip(self.tr("View → Quality Checks (F6) lists the warnings and empty fields."))
