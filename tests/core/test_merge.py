"""A fetch fills what is empty and offers, never writes over, what the user has."""

from __future__ import annotations

from digest_gui.core.failures import Failure
from digest_gui.core.merge import (
    OFFER_KEY,
    accept_offers,
    fetch_failure,
    ignore_offers,
    mark_failed,
    merge_record,
    pending_offers,
)
from digest_gui.core.model import Paper

FIELDS = {
    "title_en": "Fetched Title",
    "abstract_en": "A fetched abstract. " * 30,
    "authors": ["Ada Lovelace", "Alan Turing"],
    "affiliations": [["Analytical Engines"], []],
    "categories": ["cs.LG", "stat.ML"],
    "primary_category": "cs.LG",
    "published": "2024-03-27T17:59:59+00:00",
    "updated": "2024-03-28T10:00:00+00:00",
    "comment": "12 pages",
    "journal_ref": "",
    "doi": "",
    "version": 2,
    "url": "https://arxiv.org/abs/2403.18546",
}


def test_a_new_paper_is_filled():
    paper = Paper(id="2403.18546", url="https://arxiv.org/abs/2403.18546")
    result = merge_record(paper, FIELDS, 2)
    after = result.paper
    assert (after.title_en, after.version, after.status) == ("Fetched Title", 2, "fetched")
    assert after.authors == ["Ada Lovelace", "Alan Turing"]
    assert after.extra["affiliations"] == [["Analytical Engines"], []]
    assert result.offers == []
    assert paper.title_en == ""  # the input is not changed


def test_the_users_text_is_offered_not_replaced():
    paper = Paper(
        id="2403.18546", version=2, title_en="My Corrected Title", title_zh="我的标题", status="drafted"
    )
    result = merge_record(paper, FIELDS, 2)
    after = result.paper
    assert after.title_en == "My Corrected Title"
    assert after.title_zh == "我的标题"
    assert after.status == "drafted"
    assert [offer.field for offer in result.offers] == ["title_en"]
    assert pending_offers(after) == {"title_en": "Fetched Title"}
    assert accept_offers(after).title_en == "Fetched Title"
    assert OFFER_KEY not in accept_offers(after).extra
    assert OFFER_KEY not in ignore_offers(after).extra


def test_a_newer_version_on_arxiv_is_offered_with_its_changes():
    paper = Paper(
        id="2403.18546", version=1, title_en="Fetched Title", abstract_en="Old abstract.", comment="8 pages"
    )
    result = merge_record(paper, FIELDS, 3)
    assert result.newer_version == 3
    fields = {offer.field for offer in result.offers}
    assert {"version", "abstract_en", "comment"} <= fields
    assert result.paper.version == 1
    taken = accept_offers(result.paper)
    assert (taken.version, taken.comment) == (3, "12 pages")


def test_whitespace_differences_are_not_differences():
    paper = Paper(id="x", version=2, title_en="Fetched\n   Title")
    assert merge_record(paper, FIELDS, 2).offers == []


def test_an_abstract_a_digest_cut_short_is_completed_silently():
    whole = FIELDS["abstract_en"]
    paper = Paper(id="x", version=2, abstract_en=whole[:300])
    result = merge_record(paper, FIELDS, 2)
    assert result.offers == []
    assert result.paper.abstract_en == whole


def test_links_and_categories_that_shape_the_export_are_kept():
    paper = Paper(
        id="x",
        version=2,
        url="http://arxiv.org/abs/2403.18546",
        primary_category="cs.AI",
        legacy_listing=True,
    )
    result = merge_record(paper, FIELDS, 2)
    assert result.paper.url == "http://arxiv.org/abs/2403.18546"
    assert result.paper.primary_category == "cs.AI"


def test_a_failure_is_noted_and_cleared_by_the_next_success():
    failed = mark_failed(Paper(id="x"), Failure.make("arxiv_unknown_id", id="x"))
    assert failed.extra["fetch_error"] == {"kind": "arxiv_unknown_id", "args": {"id": "x"}}
    assert str(fetch_failure(failed)) == "arXiv does not know x"
    assert "fetch_error" not in merge_record(failed, FIELDS, 2).paper.extra
    assert fetch_failure(merge_record(failed, FIELDS, 2).paper) is None


def test_a_failure_of_an_old_project_is_its_sentence():
    old = Paper(id="x", extra={"fetch_error": "HTTP 503 from export.arxiv.org"})
    assert fetch_failure(old) == Failure.message("HTTP 503 from export.arxiv.org")
    assert str(fetch_failure(old)) == "HTTP 503 from export.arxiv.org"
    assert mark_failed(Paper(id="x"), "free text").extra["fetch_error"] == {
        "kind": "message",
        "args": {"text": "free text"},
    }


def test_offers_are_ignored_field_by_field():
    paper = Paper(id="x", extra={OFFER_KEY: {"title_en": "T2", "version": 3}})
    assert pending_offers(ignore_offers(paper, ["title_en"])) == {"version": 3}
    assert OFFER_KEY not in ignore_offers(paper, ["title_en", "version"]).extra
    assert pending_offers(paper) == {"title_en": "T2", "version": 3}  # a copy, never the paper
