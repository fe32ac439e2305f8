"""Drafting papers' Chinese side with a language model in the background, into the open project.

Built on BatchController (batch.py), as fetching is: papers are queued, one batch runs at
a time in one workers.py task that calls Drafter.draft_many (which sends `parallel` requests at
once), and results are applied on the GUI thread in slices. Each draft is merged into the
paper as it is when the draft arrives (core.operations.apply_draft_result fills empty fields
only and keeps the rest as suggestions), so typing during a batch is never lost, and each is one
undoable step. A failure is a note on the paper (extra["draft_error"]), not an edit.

Nothing is sent unless the user asks for it (there is no automatic drafting) and a model
is configured. The API key is read from core.secrets when a batch's Drafter is made and
lives only inside that Drafter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from digest_gui.core.drafting.llm import Drafter, LlmSettings
from digest_gui.core.failures import CANCELLED, Failure
from digest_gui.core.model import Paper
from digest_gui.core.operations import apply_draft_result, choose_papers_to_draft, draft_failed
from digest_gui.core.saved_preferences import llm_settings as saved_llm_settings
from digest_gui.ui.batch import PENDING, BatchController, Waiting, waiting_state
from digest_gui.ui.document.project import Project
from digest_gui.ui.workers import CancelToken, Report, Task, run_task

DRAFTING = "drafting"
KEYRING_WAIT = 60.0  # seconds a keyring (an unlock prompt) is waited for before asking for the key


def llm_settings(settings) -> LlmSettings:
    """The model settings from the user's Settings, with DIGEST_GUI_LLM_* applied."""
    return saved_llm_settings(settings).with_environment()


def make_drafter(settings: LlmSettings, glossary=()) -> Drafter:
    """A Drafter with the key from the environment, the keyring or this session."""
    from digest_gui.core.drafting.secrets import get_api_key

    key, _source = get_api_key()
    return Drafter(settings, key, glossary)


@dataclass(frozen=True)
class KeyNeeded:
    """The item a batch reports instead of drafting when the keyring could not be read."""

    failure: Failure


@dataclass(frozen=True)
class TokensUsed:
    """The last item a batch reports: what its answers cost, failed drafts included."""

    prompt: int
    completion: int


def _draft_batch(
    make: Callable[[], Drafter], papers: list[Paper], cancel: CancelToken, report: Report
) -> None:
    """The task of one batch: make a Drafter and run draft_many, reporting each paper as it comes.

    The Drafter is made here, not on the GUI thread: reading the key may wait for the
    keyring (D-Bus, an unlock prompt), and the first request imports the OpenAI client.
    draft_many keeps its own small pool for `parallel` requests at once (the Qt-free CLI
    needs it too); the window runs all of it inside this one task. The Drafter, and the
    key with it, is dropped when the task ends.
    """
    from digest_gui.core.drafting.bounded import Abandoned, TooSlow, call_bounded
    from digest_gui.core.drafting.secrets import KeyUnreadable
    from digest_gui.core.sources.http import Cancelled

    try:
        # On a thread of its own: a keyring waiting for its unlock prompt never holds a
        # Cancel or the quit.
        drafter = call_bounded(make, KEYRING_WAIT, cancel)
    except Abandoned:
        raise Cancelled() from None
    except TooSlow:
        report(KeyNeeded(Failure.make("model_key_unreadable", reason=f"no answer within {KEYRING_WAIT:g} s")))
        return
    except KeyUnreadable as error:
        # Never a request without the key: the window asks for it, then drafts again.
        report(KeyNeeded(error.failure))
        return
    try:
        drafter.draft_many(
            papers,
            lambda *outcome: report(outcome),
            cancel=cancel,
            on_wait=lambda paper_id, seconds: report(Waiting(seconds, paper_id)),
        )
    finally:
        # Every answer's tokens, those of failed drafts and stricter second tries too.
        report(TokensUsed(drafter.prompt_tokens, drafter.completion_tokens))


class DraftController(BatchController):
    """Queues papers to draft, runs one batch at a time and applies what arrives."""

    finished = Signal(int, int, int, int)  # drafted, failed, prompt tokens, completion tokens
    key_needed = Signal(list, object)  # ids of the papers not drafted, the Failure saying why
    running_state = DRAFTING

    def __init__(
        self,
        project: Project,
        settings_provider: Callable[[], LlmSettings],
        parent: QObject | None = None,
        drafter_factory: Callable[[LlmSettings, Any], Drafter] = make_drafter,
    ) -> None:
        super().__init__(project, parent)
        self.settings_provider = settings_provider
        self.drafter_factory = drafter_factory
        self._flight: list[str] = []  # the running batch's ids not reported yet, in order
        self._parallel = 1
        self._tokens = [0, 0]
        self._key_needed: tuple[list[str], Failure] | None = None

    def configured(self) -> bool:
        """Whether a model server and a model are set (else nothing can be sent)."""
        return self.settings_provider().configured()

    def _reset_counts(self) -> None:
        super()._reset_counts()
        self._tokens = [0, 0]

    # ------------------------------------------------------------------ asking

    def draft(self, papers: list[Paper]) -> int:
        """Queue papers (those with an arXiv id, not queued already); return how many were queued."""
        return self._enqueue(list(papers), [paper.id for paper in papers])

    def draft_rows(self, rows: list[int]) -> int:
        """Draft the papers at rows (the user picked them: even those with Chinese already)."""
        return self.draft([self.project.model.paper(row) for row in rows])

    def draft_missing(self) -> int:
        """Draft every paper with an empty Chinese field that has English to translate."""
        papers = self.project.digest.papers
        return self.draft([papers[row] for row in choose_papers_to_draft(self.project.digest).rows])

    # ------------------------------------------------------------------ running

    def _start_batch(self, batch: list[Paper]) -> Task:
        settings = self.settings_provider()
        glossary = tuple(self.project.digest.glossary)
        self._parallel = max(1, settings.parallel)
        self._flight = [paper.id for paper in batch]
        self._update_flight()
        # Copies: the task reads them while the user edits the originals.
        make = partial(self.drafter_factory, settings, glossary)
        task = run_task(partial(_draft_batch, make, [paper.copy() for paper in batch]), name="draft")
        task.progress.connect(self._on_task_progress)
        task.failed.connect(self._on_task_failed)
        return task

    def _on_task_progress(self, item: Any) -> None:
        if isinstance(item, TokensUsed):
            self._tokens[0] += item.prompt
            self._tokens[1] += item.completion
        elif isinstance(item, KeyNeeded):
            self._key_needed = (list(self._flight), item.failure)
        elif isinstance(item, Waiting):
            # The model server asked to wait (Retry-After): the row says how long.
            if item.paper_id in self._states:
                self._states[item.paper_id] = waiting_state(item.seconds)
                self.states_changed.emit([item.paper_id])
            if item.seconds >= 10:
                text = self.tr("The model server asked to wait %1 s; drafting goes on then")
                self.message.emit(text.replace("%1", f"{item.seconds:.0f}"))
        else:
            self._receive(*item)  # paper id, DraftResult or None, error

    def _update_flight(self) -> None:
        # draft_many submits in order and keeps `parallel` requests going, so the papers
        # being drafted are the first `parallel` of the batch not reported yet.
        changed = []
        for paper_id in self._flight[: self._parallel]:
            if self._states.get(paper_id) == PENDING:
                self._states[paper_id] = DRAFTING
                changed.append(paper_id)
        if changed:
            self.states_changed.emit(changed)

    def _after_slice(self) -> None:
        self._update_flight()

    def _apply(self, paper_id: str, result: Any, failure: Failure | None) -> str:
        if paper_id in self._flight:
            self._flight.remove(paper_id)
        if failure == CANCELLED:
            return paper_id
        row = self.project.digest.index_of(paper_id)
        if row < 0:
            return paper_id  # deleted while it was being drafted
        paper = self.project.model.paper(row)
        if result is None:
            self._failed += 1
            # A note, not an edit: not undoable, and the project is not modified by it.
            self.project.model.apply_paper(row, draft_failed(paper, failure or Failure("unexpected")))
            return paper_id
        self._ok += 1
        applied = apply_draft_result(paper, result)
        if applied.paper != paper:
            self.project.replace_paper(row, applied.paper, self.tr("Draft %1").replace("%1", paper_id))
        return paper_id

    def _on_task_failed(self, message: str) -> None:
        self.message.emit(self.tr("Cannot draft: %1").replace("%1", message))

    def _task_done(self) -> None:
        self._flight = []

    def _on_task_finished(self) -> None:
        super()._on_task_finished()
        # After the batch's papers are idle again, so that they can be queued anew.
        needed, self._key_needed = self._key_needed, None
        if needed is not None:
            self.key_needed.emit(*needed)

    def fail_papers(self, ids: list[str], failure: Failure) -> None:
        """Note failure on these papers (a note, not an edit)."""
        for paper_id in ids:
            row = self.project.digest.index_of(paper_id)
            if row >= 0:
                self.project.model.apply_paper(row, draft_failed(self.project.model.paper(row), failure))

    def _emit_finished(self) -> None:
        self.finished.emit(self._ok, self._failed, self._tokens[0], self._tokens[1])
