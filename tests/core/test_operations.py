"""The use cases the command line and the window share, on real digests (and a local arXiv)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from digest_gui.core.drafting.drafts import DRAFT_ERROR_KEY, SUGGESTION_KEY
from digest_gui.core.drafting.llm import DraftResult
from digest_gui.core.errors import ProjectFileError
from digest_gui.core.failures import Failure
from digest_gui.core.formats.project_file import dumps_project, loads_project
from digest_gui.core.identifiers import ArxivId
from digest_gui.core.merge import ERROR_KEY, OFFER_KEY
from digest_gui.core.model import Digest, Paper, Status
from digest_gui.core.operations import (
    AddResult,
    accept_arxiv_offers,
    add_ids,
    add_papers,
    apply_draft_result,
    apply_fetch_outcome,
    choose_papers_to_draft,
    confirm_english,
    draft_failed,
    edit_english,
    fetch_into_digest,
    find_papers,
    mark_needs_review,
    mark_reviewed,
    needs_draft,
    next_to_review,
    plan_add,
    read_ids,
)
from digest_gui.core.sources.arxiv_api import (
    ArxivFetcher,
    ArxivRecord,
    ArxivSettings,
    FetchOutcome,
    MetadataCache,
)
from digest_gui.core.sources.http import RateLimiter, Transport
from digest_gui.core.stale_english import STALE_KEY
from tests.fake_arxiv import FAST, FakeArxiv


def digest_of(*ids: str) -> Digest:
    return Digest(title="t", papers=[Paper(id=arxiv_id) for arxiv_id in ids])


def written(**fields: Any) -> Paper:
    """A fetched paper with English, and the Chinese fields (or other changes) given."""
    defaults: dict[str, Any] = {
        "title_en": "A Title",
        "abstract_en": "An abstract.",
        "status": Status.FETCHED,
    }
    return Paper(id="2501.00001", **{**defaults, **fields})


# ---------------------------------------------------------------------- the Status enum


def test_statuses_are_the_strings_project_files_hold():
    assert [str(status) for status in Status] == ["new", "fetched", "drafted", "needs-review", "reviewed"]
    assert Status.REVIEWED == "reviewed" and Paper().status is Status.NEW


def test_a_loaded_status_is_a_status_and_saves_byte_identical():
    digest = Digest(papers=[Paper(id=f"2501.0000{n}", status=status) for n, status in enumerate(Status)])
    text = dumps_project(digest)
    loaded = loads_project(text.encode("utf-8"))
    assert [type(paper.status) for paper in loaded.papers] == [Status] * len(Status)
    assert dumps_project(loaded) == text
    assert '"status": "drafted"' in text


def test_an_unknown_status_is_still_refused_with_the_known_ones_named():
    text = dumps_project(digest_of("2501.00001")).replace('"status": "new"', '"status": "done"')
    with pytest.raises(
        ProjectFileError,
        match="status should be one of new, fetched, drafted, needs-review, reviewed, not 'done'",
    ):
        loads_project(text.encode("utf-8"))


# ---------------------------------------------------------------------- adding papers


def test_read_ids_keeps_the_first_mention_of_each_id_and_names_the_texts_without_one():
    found = read_ids(
        ["2501.00001 and arXiv:2501.00002v2", "nothing here", "https://arxiv.org/abs/2501.00001v4"]
    )
    assert [str(arxiv_id) for arxiv_id in found.ids] == ["2501.00001", "2501.00002v2"]
    assert found.without_id == ["nothing here"]


def test_add_ids_skips_ids_in_the_digest_and_repeated_in_the_input_and_inserts_at_the_row():
    digest = digest_of("2501.00001", "2501.00002", "2501.00003")
    ids = [
        ArxivId("2501.00009"),
        ArxivId("2501.00002", 2),
        ArxivId("2501.00008", 3),
        ArxivId("2501.00009", 5),
    ]
    result = add_ids(digest, ids, row=1)
    assert result == AddResult(1, 2, ["2501.00002v2", "2501.00009v5"])
    assert [paper.id for paper in digest.papers] == [
        "2501.00001",
        "2501.00009",
        "2501.00008",
        "2501.00002",
        "2501.00003",
    ]
    added = digest.papers[2]
    assert (added.version, added.url, added.status) == (3, "https://arxiv.org/abs/2501.00008", Status.NEW)


@pytest.mark.parametrize(("row", "expected"), [(None, 2), (99, 2), (-4, 0)])
def test_add_papers_goes_at_the_end_by_default_and_the_row_is_kept_in_range(row, expected):
    digest = digest_of("2501.00001", "2501.00002")
    assert add_papers(digest, [Paper(id="2501.00005")], row).first_row == expected
    assert digest.papers[expected].id == "2501.00005"


def test_planning_an_add_leaves_the_digest_alone_and_papers_without_id_are_no_duplicates():
    digest = digest_of("2501.00001")
    plan = plan_add(digest, [Paper(title_en="x"), Paper(title_en="y"), Paper(id="2501.00001")])
    assert [paper.title_en for paper in plan.papers] == ["x", "y"]
    assert plan.result == AddResult(1, 2, ["2501.00001"])
    assert len(digest.papers) == 1


def test_find_papers_by_id_or_link_once_each():
    digest = digest_of("2501.00001", "2501.00002")
    found = find_papers(
        digest, ["arXiv:2501.00002v1", "2501.00009", "https://arxiv.org/abs/2501.00002", "2501.00001"]
    )
    assert (found.rows, found.not_found) == ([1, 0], ["2501.00009"])


# ---------------------------------------------------------------------- fetching


def record(version: int = 2) -> ArxivRecord:
    return ArxivRecord(
        id="2501.00001",
        version=version,
        title="Fetched Title",
        abstract="A fetched abstract. " * 20,
        primary_category="cs.LG",
        url="https://arxiv.org/abs/2501.00001",
    )


def test_a_fetch_fills_what_is_empty_and_moves_a_new_paper_to_fetched():
    paper = Paper(id="2501.00001", extra={ERROR_KEY: "timed out"})
    applied = apply_fetch_outcome(paper, FetchOutcome(ArxivId("2501.00001"), record(), from_cache=True))
    assert not applied.failed and applied.from_cache and applied.offers == []
    assert (applied.paper.title_en, applied.paper.version, applied.paper.status) == (
        "Fetched Title",
        2,
        Status.FETCHED,
    )
    assert ERROR_KEY not in applied.paper.extra
    assert paper.title_en == ""  # the paper given is not changed


def test_a_fetch_offers_what_differs_from_the_user_s_text_and_a_newer_version():
    paper = Paper(id="2501.00001", version=1, title_en="My Title", status=Status.REVIEWED)
    applied = apply_fetch_outcome(paper, FetchOutcome(ArxivId("2501.00001"), record(version=3)))
    assert [offer.field for offer in applied.offers] == ["title_en", "version"]
    assert applied.paper.title_en == "My Title" and applied.paper.status is Status.REVIEWED
    assert applied.paper.extra[OFFER_KEY] == {"title_en": "Fetched Title", "version": 3}


def test_a_failed_fetch_is_noted_on_the_paper():
    paper = Paper(id="2501.00001", title_en="Mine")
    applied = apply_fetch_outcome(
        paper, FetchOutcome(ArxivId("2501.00001"), failure=Failure.message("arXiv does not know it"))
    )
    assert applied.failed and applied.failure is not None
    assert applied.failure.text() == "arXiv does not know it"
    assert applied.paper.extra[ERROR_KEY] == applied.failure.to_data() and applied.paper.title_en == "Mine"


@pytest.fixture
def arxiv() -> Iterator[FakeArxiv]:
    server = FakeArxiv()
    server.start()
    yield server
    server.stop()


def test_fetch_into_digest_applies_every_outcome_to_its_paper(arxiv, tmp_path):
    arxiv.unknown.add("2501.00002")
    fetcher = ArxivFetcher(
        ArxivSettings(api_url=arxiv.url, http=FAST),
        MetadataCache(tmp_path / "cache"),
        Transport(FAST, limiter=RateLimiter()),
    )
    digest = digest_of("2501.00001", "2501.00002")
    reports = fetch_into_digest(digest, [ArxivId("2501.00001"), ArxivId("2501.00002")], fetcher)
    assert [(report.row, report.paper_id, report.applied.failed) for report in reports] == [
        (0, "2501.00001", False),
        (1, "2501.00002", True),
    ]
    assert digest.papers[0].title_en and digest.papers[0].version == 3
    failure = reports[1].applied.failure
    assert failure is not None and failure.text() != ""
    assert digest.papers[1].extra[ERROR_KEY] == failure.to_data()


# ---------------------------------------------------------------------- drafting


def test_the_draft_rule_any_empty_chinese_field_and_some_english():
    assert needs_draft(written(title_zh="标题", summary_zh="总结"))  # one empty field is enough
    assert needs_draft(written())
    assert not needs_draft(written(title_zh="标题", summary_zh="总结", abstract_zh="摘要"))
    assert not needs_draft(Paper(id="2501.00001"))  # nothing to translate
    assert needs_draft(Paper(id="2501.00001", abstract_en="Only an abstract."))
    assert not needs_draft(Paper(id="2501.00001", title_en="  ", abstract_en="\n"))


def test_choosing_papers_to_draft_reports_those_without_english_as_skipped():
    digest = Digest(
        papers=[
            written(title_zh="标题", summary_zh="总结", abstract_zh="摘要"),
            written(summary_zh="总结"),
            Paper(id="2501.00003"),
            written(),
            Paper(id="2501.00005", title_zh="标题", summary_zh="总结", abstract_zh="摘要"),
        ]
    )
    choice = choose_papers_to_draft(digest)
    assert (choice.rows, choice.skipped) == ([1, 3], [2])
    assert [row for row, paper in enumerate(digest.papers) if needs_draft(paper)] == choice.rows


DRAFTED = DraftResult(title_zh="草稿标题", summary_zh="草稿总结", abstract_zh="草稿摘要")


def test_a_draft_fills_empty_fields_and_keeps_the_rest_as_suggestions():
    paper = written(title_zh="我的标题", summary_zh="草稿总结", extra={DRAFT_ERROR_KEY: "HTTP 502"})
    applied = apply_draft_result(paper, DRAFTED)
    assert (applied.filled, applied.suggested, applied.changed) == (["abstract_zh"], ["title_zh"], True)
    after = applied.paper
    assert (after.title_zh, after.abstract_zh, after.status) == ("我的标题", "草稿摘要", Status.DRAFTED)
    assert after.extra[SUGGESTION_KEY] == {"title_zh": "草稿标题"} and DRAFT_ERROR_KEY not in after.extra


def test_a_draft_never_takes_a_paper_out_of_review_and_an_equal_draft_changes_nothing():
    paper = written(
        title_zh="草稿标题", summary_zh="草稿总结", abstract_zh="草稿摘要", status=Status.REVIEWED
    )
    applied = apply_draft_result(paper, DRAFTED)
    assert (applied.filled, applied.suggested, applied.changed) == ([], [], False)
    assert applied.paper == paper and applied.paper.status is Status.REVIEWED


def test_a_failed_draft_is_a_note_on_the_paper():
    paper = written(title_zh="标题")
    failed = draft_failed(paper, Failure.make("model_failed", status=502))
    assert failed.extra[DRAFT_ERROR_KEY] == {"kind": "model_failed", "args": {"status": "502"}}
    assert failed.title_zh == "标题" and DRAFT_ERROR_KEY not in paper.extra


# ---------------------------------------------------------------------- review


def reviewed(**fields: Any) -> Paper:
    return written(title_zh="标题", summary_zh="总结", abstract_zh="摘要。", status=Status.REVIEWED, **fields)


@pytest.mark.parametrize("status", list(Status))
def test_marking_reviewed_marks_any_paper_reviewed(status):
    assert mark_reviewed(written(status=status)).status is Status.REVIEWED


@pytest.mark.parametrize("status", list(Status))
def test_taking_the_review_back_never_claims_a_draft(status):
    # A paper the user translated by hand was never drafted: it needs review, whatever it holds.
    assert mark_needs_review(written(title_zh="我写的", status=status)).status is Status.NEEDS_REVIEW


def test_next_to_review_goes_forward_in_the_shown_order_and_wraps():
    digest = Digest(papers=[written(status=s) for s in ("reviewed", "drafted", "reviewed", "fetched")])
    digest.papers[0].status = Status.REVIEWED
    assert next_to_review(digest, [0, 1, 2, 3], 1) == 3
    assert next_to_review(digest, [0, 1, 2, 3], 3) == 1  # wraps past the end
    assert next_to_review(digest, [3, 2, 1, 0], 3) == 1  # the list's sorted or filtered order
    assert next_to_review(digest, [0, 2], 0) == -1  # the filter shows only reviewed papers
    assert next_to_review(digest, [0, 1], 5) == 1  # the current paper is hidden by the filter
    digest.papers[1].status = digest.papers[3].status = Status.REVIEWED
    assert next_to_review(digest, [0, 1, 2, 3], 2) == -1


def test_changing_the_english_of_a_reviewed_paper_keeps_what_was_reviewed():
    paper = reviewed()
    changed = edit_english(paper, "abstract_en", "A new abstract.")
    assert changed.status is Status.NEEDS_REVIEW
    assert changed.extra[STALE_KEY] == {"abstract_en": "An abstract."}
    again = edit_english(changed, "abstract_en", "A newer abstract.")
    assert again.extra[STALE_KEY] == {"abstract_en": "An abstract."}  # the reviewed text, not the last
    both = edit_english(again, "title_en", "Another Title")
    assert both.extra[STALE_KEY] == {"title_en": "A Title", "abstract_en": "An abstract."}
    assert STALE_KEY not in paper.extra  # copies, never the paper itself


def test_english_changed_back_drops_the_mark_and_the_review_stands():
    changed = edit_english(reviewed(), "abstract_en", "Changed.")
    back = edit_english(changed, "abstract_en", "An abstract.")
    assert back.status is Status.REVIEWED and STALE_KEY not in back.extra


@pytest.mark.parametrize("status", [Status.FETCHED, Status.DRAFTED, Status.NEEDS_REVIEW])
def test_english_of_an_unreviewed_paper_changes_without_marks(status):
    changed = edit_english(written(status=status), "abstract_en", "Changed.")
    assert changed.status is status and STALE_KEY not in changed.extra


def test_only_the_source_english_marks_a_translation_stale():
    changed = edit_english(reviewed(), "summary_en", "An English summary.")
    assert changed.status is Status.REVIEWED and STALE_KEY not in changed.extra


def test_confirming_each_field_reviews_the_paper_again():
    paper = edit_english(edit_english(reviewed(), "title_en", "T2"), "abstract_en", "A2.")
    one = confirm_english(paper, "title_en")
    assert one.status is Status.NEEDS_REVIEW and one.extra[STALE_KEY] == {"abstract_en": "An abstract."}
    two = confirm_english(one, "abstract_en")
    assert two.status is Status.REVIEWED and STALE_KEY not in two.extra
    assert confirm_english(two, "abstract_en") == two


def test_marking_reviewed_confirms_every_field():
    paper = edit_english(reviewed(), "abstract_en", "A2.")
    after = mark_reviewed(paper)
    assert after.status is Status.REVIEWED and STALE_KEY not in after.extra
    # Taking the review back keeps the marks: they still say what changed.
    assert mark_needs_review(paper).extra[STALE_KEY] == {"abstract_en": "An abstract."}


def test_accepting_arxivs_newer_english_marks_the_reviewed_paper():
    paper = reviewed(version=1)
    paper.extra[OFFER_KEY] = {"abstract_en": "The v2 abstract.", "version": 2}
    after = accept_arxiv_offers(paper)
    assert after.abstract_en == "The v2 abstract." and after.version == 2
    assert after.status is Status.NEEDS_REVIEW
    assert after.extra[STALE_KEY] == {"abstract_en": "An abstract."}
    assert OFFER_KEY not in after.extra
    only_version = accept_arxiv_offers(paper, ["version"])
    assert only_version.status is Status.REVIEWED and STALE_KEY not in only_version.extra
