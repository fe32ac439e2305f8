"""The paper list's decorations: status icons, the missing-Chinese mark and the cells' tooltips.

Texts are looked up in the "PaperListPane" context each time a tooltip is asked for, so
they follow the interface language without a cache to clear; icons are cached, and
drawn again when the palette changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from digest_gui.core.drafting.drafts import draft_failure
from digest_gui.core.merge import fetch_failure
from digest_gui.core.model import Paper, Status
from digest_gui.ui.batch import waited_seconds
from digest_gui.ui.document.paper_model import COLUMN_STATUS, COLUMN_TITLE_EN, COLUMN_TITLE_ZH
from digest_gui.ui.failures import failure_text
from digest_gui.ui.widgets.icon_backing import with_selected_backing
from digest_gui.ui.widgets.icon_cache import font_icon
from digest_gui.ui.widgets.plain_text import plain_tooltip

STATUS_ICONS = {
    Status.NEW: "mdi6.file-outline",
    Status.FETCHED: "mdi6.file-download-outline",
    Status.DRAFTED: "mdi6.file-edit-outline",
    Status.NEEDS_REVIEW: "mdi6.alert-circle-check-outline",
    Status.REVIEWED: "mdi6.check-circle",
}
ERROR_ICON = "mdi6.alert-circle"
# While a fetch is queued or running (see ui/fetch.py).
FETCH_ICONS = {"pending": "mdi6.clock-outline", "fetching": "mdi6.cloud-download-outline"}
FETCH_COLOR = "#1e6fd9"
# While a draft is queued or running (see ui/drafts.py).
DRAFT_ICONS = {"pending": "mdi6.clock-outline", "drafting": "mdi6.translate"}
DRAFT_COLOR = "#8a3fc7"
DRAFT_ERROR_ICON = "mdi6.robot-confused-outline"
WAITING_ICON = "mdi6.timer-sand"  # the server asked to wait (Retry-After)
MISSING_ICON = "mdi6.circle"
REVIEWED_COLOR = "#2e8b3e"
ERROR_COLOR = "#d32f2f"
MISSING_COLOR = "#ef7d00"
NEEDS_REVIEW_COLOR = "#e07b00"
# A paper that appeared in an earlier digest (the archive says so; ui/archive/).
COVERED_ICON, COVERED_COLOR = "mdi6.history", "#1e6fd9"


def fetch_error(paper: Paper) -> str:
    """Why the paper's fetch failed, in the interface language, or ""."""
    failure = fetch_failure(paper)
    return failure_text(failure) if failure is not None else ""


def draft_error(paper: Paper) -> str:
    """Why the paper's draft failed, in the interface language, or ""."""
    failure = draft_failure(paper)
    return failure_text(failure) if failure is not None else ""


# The literal context in every translate() call lets pyside6-lupdate find these texts.


def status_label(status: Status) -> str:
    """What a status means, in the interface language."""
    labels = {
        Status.NEW: QCoreApplication.translate("PaperListPane", "New: not fetched yet"),
        Status.FETCHED: QCoreApplication.translate("PaperListPane", "Fetched"),
        Status.DRAFTED: QCoreApplication.translate("PaperListPane", "Drafted"),
        Status.NEEDS_REVIEW: QCoreApplication.translate(
            "PaperListPane", "Needs review: taken back, or its English changed since review"
        ),
        Status.REVIEWED: QCoreApplication.translate("PaperListPane", "Reviewed"),
    }
    return labels.get(status, status)


def field_label(name: str) -> str:
    """The name of a Chinese field, in the interface language."""
    labels = {
        "title_zh": QCoreApplication.translate("PaperListPane", "中文标题"),
        "summary_zh": QCoreApplication.translate("PaperListPane", "一句话总结"),
        "abstract_zh": QCoreApplication.translate("PaperListPane", "摘要翻译"),
    }
    return labels.get(name, name)


class PaperDecorations:
    """Icons and tooltips of the list's cells; the list's proxy model asks it (papers/filter.py).

    A plain object, not a widget method, because the model may outlive the pane.
    """

    def __init__(
        self,
        fetch_state: Callable[[Paper], str] = lambda _paper: "",
        draft_state: Callable[[Paper], str] = lambda _paper: "",
    ) -> None:
        self._icons: dict[tuple[str, str, float], QIcon] = {}
        # A paper's fetch state ("pending", "fetching" or "") and draft state ("pending",
        # "drafting" or ""), as the window's fetch and draft controllers know them.
        self.fetch_state = fetch_state
        self.draft_state = draft_state
        # Where the paper appeared before, as lines of a tooltip ([] for a paper never seen).
        self.covered: Callable[[Paper], list[str]] = lambda _paper: []

    def clear(self) -> None:
        """Forget the icons, so that they are drawn again in a new palette's colours."""
        self._icons.clear()

    def icon(self, name: str, color: str = "", scale: float = 1.0) -> QIcon:
        key = (name, color, scale)
        if key not in self._icons:
            text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
            # Pixmaps, not a live qtawesome icon: that would run Python code every time
            # it is painted, for every visible row.
            icon = font_icon(name, QColor(color) if color else text, scale)
            if color:  # a coloured mark keeps its contrast in a selected row (the text colour follows it)
                icon = with_selected_backing(icon, QGuiApplication.palette().color(QPalette.ColorRole.Base))
            self._icons[key] = icon
        return self._icons[key]

    def status_icon(self, paper: Paper) -> QIcon:
        state = self.fetch_state(paper)
        if state in FETCH_ICONS:
            return self.icon(FETCH_ICONS[state], FETCH_COLOR)
        if waited_seconds(state):
            return self.icon(WAITING_ICON, FETCH_COLOR)
        state = self.draft_state(paper)
        if waited_seconds(state):
            return self.icon(WAITING_ICON, DRAFT_COLOR)
        if state in DRAFT_ICONS:
            return self.icon(DRAFT_ICONS[state], DRAFT_COLOR)
        if fetch_error(paper):
            return self.icon(ERROR_ICON, ERROR_COLOR)
        if draft_error(paper):
            return self.icon(DRAFT_ERROR_ICON, ERROR_COLOR)
        name = STATUS_ICONS.get(paper.status, STATUS_ICONS[Status.NEW])
        colors = {Status.REVIEWED: REVIEWED_COLOR, Status.NEEDS_REVIEW: NEEDS_REVIEW_COLOR}
        return self.icon(name, colors.get(paper.status, ""))

    def __call__(self, paper: Paper, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COLUMN_STATUS:
                return self.status_icon(paper)
            if column == COLUMN_TITLE_ZH and paper.missing_chinese():
                return self.icon(MISSING_ICON, MISSING_COLOR, 0.65)  # a dot, smaller than the status icons
            if column == COLUMN_TITLE_EN and self.covered(paper):
                return self.icon(COVERED_ICON, COVERED_COLOR)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(paper, column))  # titles and error texts, as written
        return None

    def tooltip(self, paper: Paper, column: int) -> str | None:
        if column == COLUMN_STATUS:
            state = self.fetch_state(paper)
            if state == "pending":
                return QCoreApplication.translate("PaperListPane", "Waiting to be fetched from arXiv")
            if state == "fetching":
                return QCoreApplication.translate("PaperListPane", "Fetching from arXiv…")
            seconds = waited_seconds(state)
            if seconds:
                text = QCoreApplication.translate(
                    "PaperListPane", "arXiv asked to wait %1 s before it is asked again"
                )
                return text.replace("%1", seconds)
            state = self.draft_state(paper)
            seconds = waited_seconds(state)
            if seconds:
                text = QCoreApplication.translate(
                    "PaperListPane", "The model server asked to wait %1 s before it is asked again"
                )
                return text.replace("%1", seconds)
            if state == "pending":
                return QCoreApplication.translate("PaperListPane", "Waiting to be drafted")
            if state == "drafting":
                return QCoreApplication.translate("PaperListPane", "Drafting the Chinese…")
            lines = []
            error = fetch_error(paper)
            if error:
                lines.append(QCoreApplication.translate("PaperListPane", "Fetch failed: %s") % error)
            error = draft_error(paper)
            if error:
                lines.append(QCoreApplication.translate("PaperListPane", "Draft failed: %s") % error)
            return "\n".join(lines) or status_label(paper.status)
        if column == COLUMN_TITLE_EN:
            # Titles are elided in the list; the tooltip has them whole.
            return "\n".join(
                filter(None, (paper.title_en, f"arXiv:{paper.versioned_id}", *self.covered(paper)))
            )
        if column == COLUMN_TITLE_ZH:
            missing = paper.missing_chinese()
            lines = [paper.title_zh.strip()]
            if missing:
                names = ", ".join(field_label(name) for name in missing)
                lines.append(QCoreApplication.translate("PaperListPane", "Missing: %s") % names)
            return "\n".join(filter(None, lines)) or None
        return None
