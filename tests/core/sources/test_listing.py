"""arXiv's daily listings: reading the RSS feeds, fetching several, papers for the digest."""

from __future__ import annotations

import threading

import pytest

from digest_gui.core.errors import DigestError
from digest_gui.core.formats.digest_format import english_abstract_line
from digest_gui.core.sources.http import Cancelled, HttpError, HttpSettings, RateLimiter, Transport
from digest_gui.core.sources.listing import (
    DEFAULT_RSS_URL,
    ListingError,
    ListingItem,
    ListingSettings,
    fetch_listings,
    listing_paper,
    merge_listings,
    parse_categories,
    parse_listing,
    split_authors,
    split_authors_with_affiliations,
)
from tests.conftest import FIXTURES
from tests.fake_listing import FeedHandler, rss_url, start_feeds, stop_feeds

FAST = HttpSettings(min_interval=0.01, backoff=0.01, retries=1, connect_timeout=2, read_timeout=5)


def feed(category: str) -> bytes:
    return (FIXTURES / f"listing-{category}.xml").read_bytes()


def by_id(items: list[ListingItem]) -> dict[str, ListingItem]:
    return {item.id: item for item in items}


EMPTY_FEED = b"""<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>cs.LG updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.LG</link>
    <description>cs.LG updates on the arXiv.org e-print archive.</description>
    <pubDate>Sat, 30 Mar 2024 00:00:00 -0400</pubDate>
    <skipDays><day>Sunday</day><day>Saturday</day></skipDays>
  </channel>
</rss>
"""


# ---------------------------------------------------------------------------- parsing


def test_a_feed_is_read_in_its_order_with_every_announce_type():
    items = parse_listing(feed("cs.LG"), "cs.LG")
    assert len(items) == 13
    # arXiv's order: new submissions, cross-lists, replacements, replaced cross-lists.
    kinds = [item.announce_type for item in items]
    assert kinds == 5 * ["new"] + 4 * ["cross"] + 2 * ["replace"] + 2 * ["replace-cross"]
    assert items[0].versioned_id == "2403.03744v1"
    assert items[-1].versioned_id == "physics/0605197v3"  # an identifier of the old scheme


def test_a_cross_listed_item():
    item = by_id(parse_listing(feed("cs.LG"), "cs.LG"))["2403.18546"]
    assert item.version == 1
    assert item.announce_type == "cross"
    assert item.title == "Efficient Heatmap-Guided 6-Dof Grasp Detection in Cluttered Scenes"
    assert item.authors == ["Siang Chen", "Wei Tang", "Pengwei Xie", "Wenming Yang", "Guijin Wang"]
    assert item.categories == ["cs.RO", "cs.CV", "cs.LG"]
    assert item.primary_category == "cs.RO"  # the first <category>, not the feed's
    assert item.link == "https://arxiv.org/abs/2403.18546"
    # The description's "arXiv:... Announce Type: cross \nAbstract: " is not part of the abstract.
    assert item.abstract.startswith("Fast and robust object grasping in clutter is a crucial component")
    assert item.abstract.endswith("achieve state-of-the-art results.")
    assert "Announce Type" not in item.abstract and "\n" not in item.abstract


def test_new_replace_and_replace_cross_items():
    items = by_id(parse_listing(feed("cs.LG"), "cs.LG"))
    assert (items["2403.10175"].announce_type, items["2403.10175"].primary_category) == ("new", "cs.LG")
    assert (items["2402.03885"].announce_type, items["2402.03885"].version) == ("replace", 3)
    assert items["2108.04376"].announce_type == "replace-cross"
    assert items["2108.04376"].categories == ["stat.ME", "cs.LG", "stat.ML"]
    assert items["physics/0605197"].link == "https://arxiv.org/abs/physics/0605197"


def test_whitespace_is_normalised_and_markup_is_text():
    items = by_id(parse_listing(feed("cs.LG"), "cs.LG"))
    # A title wrapped over two lines in the feed, an abstract with a paragraph break.
    assert items["2403.03744"].title == "Towards Safe and Aligned Large Language Models for Medicine"
    assert "in some sense. The simplicity" in items["2403.10175"].abstract
    # Escaped characters come back as themselves; TeX stays as arXiv wrote it.
    assert items["2403.17991"].title == (
        "Sub-$O(\\sqrt{T})$ Regret for Online Convex Optimization with Delayed & Noisy Feedback"
    )
    assert "ratios < 1% & discuss" in items["physics/0605197"].abstract


def test_authors_are_split_on_commas_and_and():
    items = by_id(parse_listing(feed("cs.LG"), "cs.LG"))
    assert items["2403.10175"].authors == ["Masanari Kimura", "Hideitsu Hino"]
    assert items["2402.18285"].authors[0] == "Mihaela Cătălina Stoian"
    # "Jr." belongs to the name before it.
    assert items["2403.17991"].authors == ["José García-López", "John Q. Public, Jr.", "Li Wei"]
    assert split_authors("A. One, B. Two and C. Three") == ["A. One", "B. Two", "C. Three"]
    assert split_authors("Sandra Anderson,  Andrea Brandt") == ["Sandra Anderson", "Andrea Brandt"]
    assert split_authors("") == []


AFFILIATED = (
    "M. R. Nirmal (Department of Chemistry, Indian Institute of Technology Madras, Chennai, India), "
    "Ankit Khandelwal (Centre for Quantum Science and Technology (CQST), Hyderabad), "
    "Dana Ortiz and Lee Park, Jr. (Institute of Physics; University of Nowhere)"
)


def test_authors_with_affiliations_in_parentheses_are_split_outside_them():
    assert split_authors_with_affiliations(AFFILIATED) == [
        ("M. R. Nirmal", ["Department of Chemistry, Indian Institute of Technology Madras, Chennai, India"]),
        ("Ankit Khandelwal", ["Centre for Quantum Science and Technology (CQST), Hyderabad"]),
        ("Dana Ortiz", []),
        ("Lee Park, Jr.", ["Institute of Physics; University of Nowhere"]),
    ]
    assert split_authors(AFFILIATED) == ["M. R. Nirmal", "Ankit Khandelwal", "Dana Ortiz", "Lee Park, Jr."]


def test_an_unclosed_parenthesis_keeps_the_names_before_it():
    assert split_authors_with_affiliations("A. One, B. Two (Univ. of X, Town") == [
        ("A. One", []),
        ("B. Two", ["Univ. of X, Town"]),
    ]
    assert split_authors("A. One) B, C") == ["A. One) B", "C"]


def test_feed_affiliations_reach_the_paper_as_the_api_keeps_them():
    original = feed("cs.LG")
    creator = b"<dc:creator>Masanari Kimura and Hideitsu Hino</dc:creator>"
    assert creator in original
    data = original.replace(creator, f"<dc:creator>{AFFILIATED}</dc:creator>".encode())
    item = by_id(parse_listing(data, "cs.LG"))["2403.10175"]
    assert len(item.authors) == 4
    paper = listing_paper(item)
    assert paper.authors == ["M. R. Nirmal", "Ankit Khandelwal", "Dana Ortiz", "Lee Park, Jr."]
    assert paper.extra["affiliations"][0] == [
        "Department of Chemistry, Indian Institute of Technology Madras, Chennai, India"
    ]
    assert paper.extra["affiliations"][2] == []
    # A feed without affiliations adds nothing to the paper's extra data.
    plain = by_id(parse_listing(original, "cs.LG"))["2403.10175"]
    assert listing_paper(plain).extra == {}


def test_the_id_comes_from_the_guid_or_link_when_the_description_lacks_it():
    data = b"""<rss xmlns:arxiv="http://arxiv.org/schemas/atom" version="2.0"><channel>
      <item><title>A</title><link>https://arxiv.org/abs/2403.00001</link>
        <description>Abstract: no prefix here, but 2501.99999 is mentioned</description>
        <guid isPermaLink="false">oai:arXiv.org:2403.00001v2</guid>
        <arxiv:announce_type>replace</arxiv:announce_type></item>
      <item><title>B</title><link>https://arxiv.org/abs/2403.00002</link>
        <description>Some text</description></item>
      <item><title>not a paper</title><description>nothing to add</description></item>
    </channel></rss>"""
    first, second = parse_listing(data, "cs.LG")
    assert (first.id, first.version, first.announce_type) == ("2403.00001", 2, "replace")
    assert first.abstract == "no prefix here, but 2501.99999 is mentioned"
    assert (second.id, second.version, second.announce_type) == ("2403.00002", None, "")


def test_the_announce_type_falls_back_to_the_description():
    data = b"""<rss version="2.0"><channel><item><title>A</title>
      <description>arXiv:2403.00001v1 Announce Type: Replace-Cross \nAbstract: Text.</description>
      </item></channel></rss>"""
    (item,) = parse_listing(data, "cs.LG")
    assert (item.versioned_id, item.announce_type, item.abstract) == (
        "2403.00001v1",
        "replace-cross",
        "Text.",
    )


def test_an_empty_listing_is_no_items():
    assert parse_listing(EMPTY_FEED, "cs.LG") == []


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"<rss><channel><item><title>cut off", "not a readable RSS feed: Premature end of data"),
        (
            b"<html><body><h1>503 Service Unavailable</h1></body></html>",
            "not an RSS feed (it starts with <html>)",
        ),
        (b"<rss version='2.0'><title>no channel</title></rss>", "no <channel>"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a readable RSS feed"),
    ],
)
def test_a_malformed_feed_is_one_readable_error(data, says):
    with pytest.raises(ListingError) as caught:
        parse_listing(data, "cs.LG")
    message = str(caught.value)
    assert isinstance(caught.value, DigestError)
    assert message.startswith("arXiv's cs.LG listing ")
    assert says in message
    assert "\n" not in message and "Traceback" not in message and "<string>" not in message


def test_entities_are_not_expanded_and_nothing_is_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    data = f"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY file SYSTEM "{secret.as_uri()}">
]>
<rss version="2.0"><channel><item><title>&c; &file;</title>
<link>https://arxiv.org/abs/2403.00001</link></item></channel></rss>""".encode()
    (item,) = parse_listing(data, "cs.LG")
    assert "aaaaaaaaaa" not in item.title
    assert "SECRET" not in item.title


# ---------------------------------------------------------------------------- categories


def test_categories_are_checked_and_tidied():
    assert parse_categories("cs.LG, cs.CV") == ["cs.LG", "cs.CV"]
    assert parse_categories("cs.lg cs.CV,cs.LG;math.oc") == ["cs.LG", "cs.CV", "math.OC"]
    assert parse_categories(["hep-th", "astro-ph.CO", "cs", "cond-mat.mes-hall", "physics.optics"]) == [
        "hep-th",
        "astro-ph.CO",
        "cs",
        "cond-mat.mes-hall",
        "physics.optics",
    ]
    assert parse_categories("CS.LG") == ["cs.LG"]


@pytest.mark.parametrize(
    "bad", ["cs/LG", "../etc/passwd", "cs.LG?x=1", "cs.LG.extra", "http://x", "cs..LG", "2403"]
)
def test_a_bad_category_is_refused(bad):
    with pytest.raises(ListingError, match="is not an arXiv category"):
        parse_categories(f"cs.LG {bad}")


def test_no_category_is_refused():
    with pytest.raises(ListingError, match="at least one"):
        parse_categories(" , ")


def test_the_feed_address_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("DIGEST_GUI_ARXIV_RSS", raising=False)
    assert ListingSettings().rss_url == DEFAULT_RSS_URL == "https://rss.arxiv.org/rss/"
    assert ListingSettings().url("cs.LG") == "https://rss.arxiv.org/rss/cs.LG"
    monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", "http://127.0.0.1:9/mirror")
    assert ListingSettings().url("cs.LG") == "http://127.0.0.1:9/mirror/cs.LG"


# ---------------------------------------------------------------------------- fetching


@pytest.fixture
def feed_server():
    server = start_feeds()
    yield server
    stop_feeds(server)


@pytest.fixture
def settings(feed_server):
    return ListingSettings(rss_url=rss_url(feed_server), http=FAST)


def transport(settings: ListingSettings) -> Transport:
    # Its own limiter: the tests do not wait for (or delay) the app-wide one.
    return Transport(settings.http, limiter=RateLimiter())


def test_two_categories_are_merged_each_paper_once(settings):
    items = fetch_listings(["cs.LG", "cs.CV"], settings, transport(settings))
    assert FeedHandler.hits == ["/rss/cs.LG", "/rss/cs.CV"]
    ids = [item.id for item in items]
    assert len(ids) == len(set(ids)) == 13 + 12 - 2
    lg = [item.id for item in parse_listing(feed("cs.LG"), "cs.LG")]
    cv_only = [item.id for item in parse_listing(feed("cs.CV"), "cs.CV") if item.id not in lg]
    assert ids == lg + cv_only  # in category order
    merged = by_id(items)
    # Cross-listed into both: shown once, as a cross-list.
    assert ids.count("2403.18546") == 1
    assert merged["2403.18546"].announce_type == "cross"
    # Cross-listed into cs.LG from cs.CV, its own category: kept as cs.CV announces it,
    # at the place cs.LG lists it.
    assert merged["2403.05535"].announce_type == "new"
    assert ids.index("2403.05535") == lg.index("2403.05535")


def test_merging_keeps_the_first_announcement_unless_a_later_one_is_not_a_cross_list():
    def item(identifier, kind):
        return ListingItem(id=identifier, announce_type=kind)

    merged = merge_listings(
        [
            [item("1", "cross"), item("2", "new"), item("3", "replace-cross")],
            [item("2", "cross"), item("1", "replace"), item("3", "cross"), item("4", "new")],
        ]
    )
    assert [(entry.id, entry.announce_type) for entry in merged] == [
        ("1", "replace"),
        ("2", "new"),
        ("3", "replace-cross"),
        ("4", "new"),
    ]


def test_the_environment_variable_points_fetching_elsewhere(feed_server, monkeypatch):
    monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", f"http://127.0.0.1:{feed_server.server_address[1]}/rss")
    settings = ListingSettings(http=FAST)
    items = fetch_listings(["cs.CV"], settings, transport(settings))
    assert len(items) == 12
    assert FeedHandler.hits == ["/rss/cs.CV"]


def test_a_bad_category_is_refused_before_any_request(settings):
    used = transport(settings)
    with pytest.raises(ListingError, match="“cs/LG” is not an arXiv category"):
        fetch_listings(["cs.CV", "cs/LG"], settings, used)
    assert used.requests_made == 0
    assert FeedHandler.hits == []


def test_a_server_error_is_readable(settings):
    FeedHandler.status = 503
    with pytest.raises(HttpError) as caught:
        fetch_listings(["cs.LG"], settings, transport(settings))
    assert str(caught.value).startswith("arXiv's cs.LG listing answered HTTP 503")
    assert len(FeedHandler.hits) == 2  # tried again once, as FAST allows


def test_a_missing_category_is_readable(settings):
    with pytest.raises(HttpError, match=r"arXiv's cs\.XX listing answered HTTP 404"):
        fetch_listings(["cs.XX"], settings, transport(settings))


def test_a_cancelled_fetch_asks_nothing(settings):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        fetch_listings(["cs.LG"], settings, transport(settings), cancel=cancel)
    assert FeedHandler.hits == []


# ---------------------------------------------------------------------------- papers


def test_a_listed_paper_exports_the_reference_announce_line():
    item = by_id(parse_listing(feed("cs.CV"), "cs.CV"))["2403.18546"]
    paper = listing_paper(item)
    assert (paper.id, paper.version, paper.versioned_id) == ("2403.18546", 1, "2403.18546v1")
    assert paper.url == "https://arxiv.org/abs/2403.18546"
    assert paper.title_en == item.title
    assert paper.abstract_en == item.abstract
    assert paper.authors == item.authors and paper.authors is not item.authors
    assert paper.categories == ["cs.RO", "cs.CV", "cs.LG"]
    assert paper.primary_category == "cs.RO"
    assert (paper.announce_type, paper.status, paper.legacy_listing) == ("cross", "fetched", False)
    line = english_abstract_line(paper, 1000)
    assert line.startswith(
        "arXiv:2403.18546v1 Announce Type: cross  Abstract: Fast and robust object grasping in clutter"
    )
    assert len(line) == 1000


def test_the_export_line_matches_the_reference_digest(reference_text):
    # The reference's entry was cut at 1000 characters; a listed paper exports the same cut.
    item = by_id(parse_listing(feed("cs.CV"), "cs.CV"))["2403.18546"]
    line = english_abstract_line(listing_paper(item), 1000)
    assert f"\n    {line}\n" in reference_text


def test_the_url_has_no_version_and_unknown_types_are_not_kept():
    item = ListingItem(
        id="2403.00001", version=3, link="https://arxiv.org/abs/2403.00001v3", announce_type="new-kind"
    )
    paper = listing_paper(item)
    assert paper.url == "https://arxiv.org/abs/2403.00001"
    assert paper.announce_type == ""  # the project file only takes the types it knows
