"""Today's arXiv listings: fetch a category's RSS feed and read its announcements.

Since 2024 arXiv announces each day's papers in one RSS 2.0 feed per category
(https://rss.arxiv.org/rss/cs.LG). An item's description starts with
"arXiv:2403.18546v1 Announce Type: cross \\nAbstract: ...", and <arxiv:announce_type> says
why the paper is listed: new, cross (cross-listed from another category), replace
(a new version) or replace-cross. On weekends and holidays the channel has no items.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from digest_gui.core.control_chars import clean_paper
from digest_gui.core.errors import DigestError
from digest_gui.core.failures import Failure
from digest_gui.core.identifiers import abs_url, parse_arxiv_id
from digest_gui.core.merge import AFFILIATIONS_KEY
from digest_gui.core.model import ANNOUNCE_TYPES, Paper, Status
from digest_gui.core.sources.http import HttpSettings, Transport

DEFAULT_RSS_URL = "https://rss.arxiv.org/rss/"
RSS_URL_VARIABLE = "DIGEST_GUI_ARXIV_RSS"

# The announce types a listing shows, in the order arXiv lists them.
LISTING_TYPES = ("new", "cross", "replace", "replace-cross")
# A paper listed in a category other than its own; another chosen category may list it
# as its own ("new"), which is the announcement worth keeping.
CROSS_TYPES = frozenset({"cross", "replace-cross"})

_ARXIV_NS = "http://arxiv.org/schemas/atom"
_DC_NS = "http://purl.org/dc/elements/1.1/"

# An archive (cs, hep-th, astro-ph), optionally with a subject class (LG, CO, mes-hall,
# atom-ph). Nothing else reaches a URL: no slashes, query strings or dots beyond one.
_CATEGORY = re.compile(r"(?P<archive>[A-Za-z]+(?:-[A-Za-z]+)?)(?:\.(?P<subject>[A-Za-z]+(?:-[A-Za-z]+)?))?")
_CATEGORY_SEPARATORS = re.compile(r"[\s,;+]+")
_ANNOUNCE = re.compile(r"\s*arXiv:\s*(?P<id>\S+?)\s+Announce Type:\s*(?P<type>[A-Za-z-]+)", re.IGNORECASE)
_ABSTRACT = re.compile(r"\bAbstract:\s*", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_AUTHOR_SEPARATORS = re.compile(r"\s*,\s*|\s+and\s+|\s*;\s*")
# Parts of a name that follow a comma ("John Smith, Jr.") rather than start another name.
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


class ListingError(DigestError):
    """A listing cannot be asked for or read; the failure says which and why (str() in English)."""

    def __init__(self, failure: Failure) -> None:
        self.failure = failure
        super().__init__(failure.text())


@dataclass(slots=True)
class ListingItem:
    """One announcement of a day's listing."""

    id: str
    version: int | None = None
    title: str = ""
    authors: list[str] = field(default_factory=list)
    # One list per author, as the arXiv API gives them: "Name (Affiliation)" in a feed.
    affiliations: list[list[str]] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    primary_category: str = ""
    announce_type: str = ""
    abstract: str = ""
    link: str = ""

    @property
    def versioned_id(self) -> str:
        return self.id if self.version is None else f"{self.id}v{self.version}"

    @property
    def is_cross_list(self) -> bool:
        return self.announce_type in CROSS_TYPES


def _default_rss_url() -> str:
    return os.environ.get(RSS_URL_VARIABLE, "").strip() or DEFAULT_RSS_URL


@dataclass
class ListingSettings:
    """Where listings come from and how patiently they are asked for."""

    # Read when the settings are made (not at import), so a test or a mirror can set it.
    rss_url: str = field(default_factory=_default_rss_url)
    http: HttpSettings = field(default_factory=HttpSettings)

    def url(self, category: str) -> str:
        """The feed of one category."""
        base = self.rss_url if self.rss_url.endswith("/") else self.rss_url + "/"
        return base + category


# ---------------------------------------------------------------------------- categories


def normalise_category(name: str) -> str:
    """The category as arXiv spells it (cs.lg -> cs.LG); raise ListingError if it cannot be one."""
    match = _CATEGORY.fullmatch(name.strip())
    if match is None:
        raise ListingError(Failure.make("not_a_category", name=name.strip()))
    archive, subject = match["archive"].lower(), match["subject"]
    if subject is None:
        return archive
    # Every two-letter subject class is written in capitals (cs.LG, astro-ph.CO, q-bio.QM);
    # the longer ones in small letters (physics.optics, cond-mat.mes-hall).
    return f"{archive}.{subject.upper() if len(subject) == 2 else subject}"


def parse_categories(text: str | Iterable[str]) -> list[str]:
    """The categories named in text ("cs.LG, cs.CV" or a list), checked, each once, in order."""
    names = _CATEGORY_SEPARATORS.split(text) if isinstance(text, str) else list(text)
    result: list[str] = []
    for name in names:
        if not name.strip():
            continue
        category = normalise_category(name)
        if category not in result:
            result.append(category)
    if not result:
        raise ListingError(Failure("no_category"))
    return result


# ---------------------------------------------------------------------------- parsing


def _parser() -> etree.XMLParser:
    # A feed is data from the network: no entity expansion, DTDs or network access.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext())


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def parse_listing(data: bytes, category: str) -> list[ListingItem]:
    """The announcements of one category's RSS feed, in the feed's order ([] for an empty day)."""
    if not data.strip():
        raise ListingError(Failure.make("listing_empty", category=category))
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        # lxml's own message ends "(<string>, line 1)", which says nothing to a user.
        detail = _squash(error.msg or "")[:160] or "not well-formed XML"
        raise ListingError(Failure.make("listing_unreadable", category=category, detail=detail)) from None
    name = etree.QName(root).localname
    if name.lower() != "rss":
        # An error page or a captive portal's login form, answered with 200.
        raise ListingError(Failure.make("listing_not_rss", category=category, tag=name))
    channel = root.find("channel")
    if channel is None:
        raise ListingError(Failure.make("listing_no_channel", category=category))
    items = []
    for element in channel.iterfind("item"):
        item = _parse_item(element)
        if item is not None:
            items.append(item)
    return items


def _parse_item(element: etree._Element) -> ListingItem | None:
    description = _text(element.find("description"))
    abstract_mark = _ABSTRACT.search(description)
    head = description[: abstract_mark.start()] if abstract_mark else description[:200]
    announce = _ANNOUNCE.match(head)
    link = _text(element.find("link")).strip()
    guid = _text(element.find("guid")).strip()
    # The description names the version; the guid (oai:arXiv.org:2403.18546v1) and link
    # are there for items whose description is not in the usual form.
    found = [parse_arxiv_id(text) for text in (announce["id"] if announce else "", guid, link) if text]
    ids = [arxiv_id for arxiv_id in found if arxiv_id is not None]
    if not ids:
        return None  # not a paper; nothing in it could be added to a digest
    identifier = ids[0].id
    version = next((i.version for i in ids if i.id == identifier and i.version is not None), None)

    announce_type = _text(element.find(f"{{{_ARXIV_NS}}}announce_type")).strip().lower()
    if not announce_type and announce:
        announce_type = announce["type"].lower()
    if abstract_mark:
        abstract = description[abstract_mark.end() :]
    elif announce:
        abstract = description[announce.end() :]
    else:
        abstract = description
    categories: list[str] = []
    for category in element.iterfind("category"):
        name = _text(category).strip()
        if name and name not in categories:
            categories.append(name)
    authors: list[str] = []
    affiliations: list[list[str]] = []
    for creator in element.iterfind(f"{{{_DC_NS}}}creator"):
        for name, places in split_authors_with_affiliations(_text(creator)):
            authors.append(name)
            affiliations.append(places)
    return ListingItem(
        id=identifier,
        version=version,
        title=_squash(_text(element.find("title"))),
        authors=authors,
        affiliations=affiliations,
        categories=categories,
        primary_category=categories[0] if categories else "",
        announce_type=announce_type,
        abstract=_squash(abstract),
        link=link or abs_url(identifier),
    )


def split_authors(text: str) -> list[str]:
    """The names in "A. One, B. Two and C. Three", in order."""
    return [name for name, _ in split_authors_with_affiliations(text)]


def split_authors_with_affiliations(text: str) -> list[tuple[str, list[str]]]:
    """The names in "A. One (Univ. X, Town), B. Two", each with its affiliations, in order.

    Commas, semicolons and "and" inside parentheses belong to an affiliation
    ("Department of Physics and Astronomy, ..."), not between two names.
    """
    text = _squash(unicodedata.normalize("NFC", text))
    groups: list[str] = []
    outside = _outside_parentheses(text, groups)
    authors: list[tuple[str, list[str]]] = []
    for part in _AUTHOR_SEPARATORS.split(outside):
        places = [groups[int(index)] for index in _GROUP_MARK.findall(part)]
        name = _squash(_GROUP_MARK.sub(" ", part)).strip()
        if not name:
            if places and authors:  # "Name, (Affiliation)": the group belongs to the name before
                authors[-1][1].extend(places)
            continue
        if authors and name.lower() in _NAME_SUFFIXES:
            previous, previous_places = authors[-1]
            authors[-1] = (f"{previous}, {name}", previous_places + places)
        else:
            authors.append((name, places))
    return authors


# A parenthesised group, cut out while the names are split: "\x00" index "\x00".
_GROUP_MARK = re.compile("\x00([0-9]+)\x00")


def _outside_parentheses(text: str, groups: list[str]) -> str:
    """The text with each top-level "(...)" replaced by a mark, its content put in `groups`.

    A feed cut short may leave a "(" open: its group runs to the end, so the names
    before it still come apart. A stray ")" is kept as text.
    """
    out: list[str] = []
    depth = 0
    start = 0
    for position, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = position
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append(f"\x00{len(groups)}\x00")
                groups.append(text[start + 1 : position].strip())
        elif depth == 0:
            out.append(char)
    if depth:
        out.append(f"\x00{len(groups)}\x00")
        groups.append(text[start + 1 :].strip())
    return "".join(out)


# ---------------------------------------------------------------------------- fetching


def fetch_listings(
    categories: Iterable[str],
    settings: ListingSettings | None = None,
    transport: Transport | None = None,
    cancel: threading.Event | None = None,
) -> list[ListingItem]:
    """Today's announcements of the categories, in category order, each paper once.

    Raises ListingError (a bad category name, an unreadable feed), HttpError or Cancelled;
    category names are all checked before the first request.
    """
    names = parse_categories(categories)
    settings = settings or ListingSettings()
    transport = transport or Transport(settings.http)
    feeds = []
    for category in names:
        data = transport.get(settings.url(category), what=f"arXiv's {category} listing", cancel=cancel)
        feeds.append(parse_listing(data, category))
    return merge_listings(feeds)


def merge_listings(feeds: Iterable[list[ListingItem]]) -> list[ListingItem]:
    """The items of several feeds, each paper once, where it first appeared.

    A paper cross-listed into one chosen category and announced in its own is kept as its
    own category announces it (new or replace), so the export says what arXiv's listing of
    that category says; otherwise the first announcement stands.
    """
    merged: dict[str, ListingItem] = {}
    for items in feeds:
        for item in items:
            known = merged.get(item.id)
            if known is None or (known.is_cross_list and not item.is_cross_list):
                merged[item.id] = item  # a dict keeps the key's first position
    return list(merged.values())


def listing_paper(item: ListingItem) -> Paper:
    """A digest paper for an announcement, keeping its announce type for the export."""
    paper = Paper(
        id=item.id,
        version=item.version,
        url=abs_url(item.id),
        title_en=item.title,
        abstract_en=item.abstract,
        authors=list(item.authors),
        categories=list(item.categories),
        # Kept beside the names as a fetch from the arXiv API keeps them (core/merge.py).
        extra=(
            {AFFILIATIONS_KEY: [list(places) for places in item.affiliations]}
            if any(item.affiliations)
            else {}
        ),
        primary_category=item.primary_category,
        # The project file takes only the types it knows; one arXiv may add later is dropped.
        announce_type=item.announce_type if item.announce_type in ANNOUNCE_TYPES else "",
        status=Status.FETCHED,
    )
    return clean_paper(paper)
