"""Exporting with quality problems left: a notice bar above the panes, never a wall.

Export (any format) and Publish ask the ExportGate first. With no problems, or only
problems the user already chose to export with in this session, they go on at once.
Otherwise the ExportNotice says how many there are (the counts of the status bar) with
Show Problems (the quality panel) and Export Anyway (which carries out what was asked
and remembers these problems, so that the next export does not ask about them again);
the window stays usable while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digest_gui.ui.quality.messages import problems_text
from digest_gui.ui.quality.watcher import QualityWatcher
from digest_gui.ui.widgets.notice_bar import NoticeBar

# One problem, told apart from others across edits that move papers: the paper's id (its
# place when it has none), the field, the kind and the message's arguments.
ProblemKey = tuple[str, str, str, tuple[tuple[str, str], ...]]


class ExportNotice(NoticeBar):
    """The bar: "The quality checks found … [Show Problems] [Export Anyway] [×]"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("exportNotice", "warning", ("show", "anyway", "close"), parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons["show"].setText(self.tr("Show Problems"))
        self.buttons["show"].setToolTip(self.tr("Open View → Quality Checks (F6)"))
        self.buttons["anyway"].setText(self.tr("Export Anyway"))
        self.buttons["anyway"].setToolTip(
            self.tr("Export as it is; these problems are not asked about again in this session")
        )
        self.buttons["close"].setText("×")
        self.buttons["close"].setToolTip(self.tr("Close; nothing is exported"))
        self.buttons["close"].setAutoRaise(True)


class ExportGate(QObject):
    """Decides whether an export may go on now, else shows the notice until the user chooses."""

    show_problems = Signal()  # the user wants to see the problems (open the quality panel)

    def __init__(self, quality: QualityWatcher, notice: ExportNotice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quality = quality
        self.notice = notice
        self._accepted: set[ProblemKey] = set()  # problems the user exported with already
        self._pending: Callable[[], object] | None = None
        self._pending_what = ""
        notice.buttons["show"].clicked.connect(self._on_show_clicked)
        notice.buttons["anyway"].clicked.connect(self._on_anyway_clicked)
        notice.buttons["close"].clicked.connect(self.dismiss)
        quality.changed.connect(self._on_quality_changed)
        quality.model.digest_replaced.connect(self._on_digest_replaced)

    def allows(self, proceed: Callable[[], object], what: str = "") -> bool:
        """True when the export may go on now; else show the notice and run proceed on Export Anyway.

        what names the export in the notice ("Export HTML"); "" for a plain export.
        """
        self.quality.flush()  # the checks of the last keystrokes count
        if not self._new_problems():
            self.notice.hide()
            return True
        self._pending = proceed
        self._pending_what = what
        self._show()
        return False

    def accept_current(self) -> None:
        """Export with the problems there are now, without asking again (Export Anyway)."""
        self.quality.flush()
        self._accepted |= self._keys()

    def dismiss(self) -> None:
        """Hide the notice; the export it held back is dropped."""
        self._pending = None
        self.notice.hide()

    def retranslate(self) -> None:
        self.notice.retranslate()
        if self.notice.isVisible():
            self._show()

    # ------------------------------------------------------------------ internals

    def _keys(self) -> set[ProblemKey]:
        papers = self.quality.model.digest.papers
        keys = set()
        for issue in self.quality.issues():
            paper_id = papers[issue.row].id if 0 <= issue.row < len(papers) else ""
            keys.add((paper_id or f"#{issue.row}", issue.field, issue.kind, issue.args))
        return keys

    def _new_problems(self) -> set[ProblemKey]:
        return self._keys() - self._accepted

    def _show(self) -> None:
        found = problems_text(self.quality.counts(), skip_zero=True)
        if self._pending_what:
            text = self.tr("The quality checks found %1. %2 anyway, or look at them first?")
            text = text.replace("%1", found).replace("%2", self._pending_what)
        else:
            text = self.tr("The quality checks found %1. Export anyway, or look at them first?")
            text = text.replace("%1", found)
        self.notice.set_text(text)
        self.notice.show()

    def _on_show_clicked(self) -> None:
        self.show_problems.emit()

    def _on_anyway_clicked(self) -> None:
        self.accept_current()
        proceed, self._pending = self._pending, None
        self.notice.hide()
        if proceed is not None:
            proceed()

    def _on_quality_changed(self) -> None:
        if not self.notice.isVisible():
            return
        if self.quality.busy():
            return  # counted again once the checks are through
        if self._new_problems():
            self._show()  # the counts as they are now
        else:
            self.notice.hide()  # fixed while the notice was up; the next export goes straight on
            self._pending = None

    def _on_digest_replaced(self) -> None:
        # Another project: its problems were never looked at.
        self._accepted.clear()
        self.dismiss()
