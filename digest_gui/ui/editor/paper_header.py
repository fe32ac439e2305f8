"""The editor's header lines: who wrote the paper and what arXiv says of it, for a reviewer.

Two lines at most, whatever the paper: the authors with their affiliations, then the
primary category and the others, version and dates, journal reference, DOI (a link) and
the authors' comment ("12 pages, accepted at ICML"). Each line is cut to the width with
"…" and shows its whole text as a tooltip, so the header never pushes the fields down.
Everything arXiv sent is shown as plain text, selectable; only the DOI is a link, built
by us from the escaped DOI.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from digest_gui.core.model import Paper
from digest_gui.core.paper_facts import authors_with_affiliations, day, doi_url
from digest_gui.ui.widgets.elided_line import ElidedLine
from digest_gui.ui.widgets.plain_text import plain_tooltip

SEPARATOR = " · "


class PaperHeader(QWidget):
    """Authors with affiliations, and arXiv's facts about the paper, in two elided lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperHeader")
        self.authors = ElidedLine(self)
        self.authors.setObjectName("headerAuthors")
        self.facts = ElidedLine(self)
        self.facts.setObjectName("headerFacts")
        self.doi = QLabel(self)
        self.doi.setObjectName("headerDoi")
        self.doi.setTextFormat(Qt.TextFormat.RichText)  # our own link markup around the escaped DOI
        self.doi.setOpenExternalLinks(True)
        self.doi.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.doi.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.not_fetched = QLabel(self)
        self.not_fetched.setObjectName("hint")
        self.not_fetched.setTextFormat(Qt.TextFormat.PlainText)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.setSpacing(6)
        second.addWidget(self.facts, 1)
        second.addWidget(self.doi)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.authors)
        layout.addLayout(second)
        layout.addWidget(self.not_fetched)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # A little smaller and quieter than the fields: it informs, the fields are the work.
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.92)
        quiet = QPalette(self.palette())
        quiet.setColor(QPalette.ColorRole.WindowText, quiet.color(QPalette.ColorRole.PlaceholderText))
        for label in (self.authors, self.facts):
            label.setFont(font)
            label.setPalette(quiet)
        self.doi.setFont(font)
        self._paper: Paper | None = None

    def show_paper(self, paper: Paper | None) -> None:
        """Show what is known of the paper (None clears)."""
        self._paper = paper
        self._refresh()

    def _refresh(self) -> None:
        paper = self._paper
        authors = ", ".join(authors_with_affiliations(paper)) if paper is not None else ""
        facts = self.facts_text(paper) if paper is not None else ""
        self.authors.set_full_text(authors)
        self.facts.set_full_text(facts)
        url = doi_url(paper.doi) if paper is not None else ""
        if url and paper is not None:
            # A short link leaves the line to the journal and the comment; the DOI is its tooltip.
            self.doi.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(self.tr("DOI"))}</a>')
            self.doi.setToolTip(plain_tooltip(f"doi:{paper.doi.strip()}  {url}"))
        self.doi.setVisible(bool(url))
        self.not_fetched.setVisible(paper is not None and not (authors or facts or url))
        self.not_fetched.setText(self.tr("Not fetched from arXiv yet."))

    def facts_text(self, paper: Paper) -> str:
        """The second line, what a reviewer weighs first: journal, comment, categories, version and dates."""
        parts = [text for text in (paper.journal_ref, paper.comment) if text.strip()]
        others = [category for category in paper.categories if category != paper.primary_category]
        categories = " ".join([paper.primary_category, *others] if paper.primary_category else others)
        if categories:
            parts.append(categories)
        dates = []
        if paper.version is not None:
            dates.append(f"v{paper.version}")
        if paper.published:
            dates.append(self.tr("submitted %1").replace("%1", day(paper.published)))
        if paper.updated and day(paper.updated) != day(paper.published):
            dates.append(self.tr("updated %1").replace("%1", day(paper.updated)))
        if dates:
            parts.append(", ".join(dates))
        if paper.announce_type:
            parts.append(paper.announce_type)
        return SEPARATOR.join(parts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
