"""An RSS 2.0 feed of a digest: one item per paper, kept over the last days when published daily.

Each item's title is the paper's Chinese one-line summary, its link the arXiv page, its
description the paper's paragraphs (Chinese title, English title, link, Chinese summary,
English summary, Chinese abstract, English abstract) as plain HTML paragraphs in which
every field is escaped: no field can bring markup of its own. The guid is
`ARXIV-ID@YYYY-MM-DD` (not a permalink), stable across re-runs of the same day, so a feed
reader shows a paper once per issue. The XML is written by ElementTree, which escapes text;
characters XML 1.0 cannot hold (C0 controls, lone surrogates) are removed first.
"""

from __future__ import annotations

import datetime
import email.utils
import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from digest_gui.core.control_chars import clean_text
from digest_gui.core.errors import DigestError
from digest_gui.core.formats.markdown_text import one_line
from digest_gui.core.model import Digest, Paper

DEFAULT_KEEP_DAYS = 7
DEFAULT_CHANNEL_LINK = "https://arxiv.org/"
DEFAULT_CHANNEL_DESCRIPTION = "arXiv papers summarised in Chinese and English"
FEED_FILE = "feed.xml"

# What XML 1.0 cannot hold even escaped: C0 controls but tab, LF, CR; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_GUID_DAY = re.compile(r"@(\d{4}-\d{2}-\d{2})$")
_SAFE_LINK = re.compile(r"https?://[^\s<>\"']+$", re.IGNORECASE)


class FeedError(DigestError):
    """An existing feed cannot be read, so it cannot be updated without losing its items."""


@dataclass(frozen=True, slots=True)
class FeedOptions:
    """The channel's title, link and description, and how many days of items it keeps."""

    title: str = ""  # "" takes the digest's title
    link: str = DEFAULT_CHANNEL_LINK
    description: str = DEFAULT_CHANNEL_DESCRIPTION
    keep_days: int = DEFAULT_KEEP_DAYS


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of the feed, its description already the HTML text of the paragraphs."""

    guid: str
    title: str
    link: str
    description: str
    day: datetime.date


def xml_text(text: str) -> str:
    """The text with what XML 1.0 cannot hold removed (controls, lone surrogates)."""
    return _NOT_XML.sub("", clean_text(text))


def paper_link(paper: Paper) -> str:
    """The paper's arXiv page, or its http(s) link; "" when it has neither (never javascript:)."""
    if paper.id:
        return f"https://arxiv.org/abs/{paper.versioned_id}"
    url = paper.url.strip()
    return url if _SAFE_LINK.match(url) else ""


def paper_item(paper: Paper, day: datetime.date) -> FeedItem:
    """The feed item of one paper of the digest published on day."""
    link = paper_link(paper)
    before = [paper.title_zh, paper.title_en]
    after = [paper.summary_zh, paper.summary_en, paper.abstract_zh, paper.abstract_en]
    paragraphs = [_paragraph(text) for text in before if text.strip()]
    if link:  # built from the id, or an http(s) link: safe as an href once escaped
        paragraphs.append(f'<a href="{html.escape(link)}">{html.escape(link)}</a>')
    paragraphs += [_paragraph(text) for text in after if text.strip()]
    key = paper.id or link or one_line(paper.title_en)
    title = one_line(xml_text(paper.summary_zh)) or one_line(xml_text(paper.title_zh or paper.title_en))
    return FeedItem(
        guid=xml_text(f"{key}@{day.isoformat()}"),
        title=title,
        link=link,
        description="".join(f"<p>{text}</p>" for text in paragraphs),
        day=day,
    )


def digest_items(digest: Digest, day: datetime.date) -> list[FeedItem]:
    """The items of a digest published on day, in the digest's order."""
    return [paper_item(paper, day) for paper in digest.papers]


def merge_items(
    old: list[FeedItem],
    new: list[FeedItem],
    day: datetime.date,
    keep_days: int,
    newest: datetime.date | None = None,
) -> list[FeedItem]:
    """The day's new items replacing that day's old ones; the last keep_days days, newest first.

    The days are counted back from newest (the latest issue, which may have had no papers),
    else from the latest of day and the items' days.
    """
    kept = [item for item in old if item.day != day] + new
    if not kept:
        return []
    newest = max([newest or day, day, *(item.day for item in kept)])
    oldest = newest - datetime.timedelta(days=max(keep_days, 1) - 1)
    kept = [item for item in kept if item.day >= oldest]
    # Stable: the items of one day keep the digest's order.
    return sorted(kept, key=lambda item: item.day, reverse=True)


def feed_xml(items: list[FeedItem], title: str, options: FeedOptions, now: datetime.datetime) -> str:
    """The RSS 2.0 document holding items, built now."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", xml_text(options.title or title or "arXiv digest"))
    _text(channel, "link", xml_text(options.link) if _SAFE_LINK.match(options.link) else DEFAULT_CHANNEL_LINK)
    _text(channel, "description", xml_text(options.description))
    _text(channel, "lastBuildDate", email.utils.format_datetime(_aware(now)))
    _text(channel, "generator", "digest-gui")
    for item in items:
        element = ET.SubElement(channel, "item")
        _text(element, "title", item.title)
        if item.link:
            _text(element, "link", item.link)
        _text(element, "description", item.description)
        ET.SubElement(element, "guid", {"isPermaLink": "false"}).text = item.guid
        _text(element, "pubDate", email.utils.format_datetime(_day_time(item.day)))
    ET.indent(rss)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"


def read_feed_items(text: str) -> list[FeedItem]:
    """The items of a feed this module wrote (or any RSS 2.0 feed with dated items)."""
    # lxml, with entities and the network off: the file may come from anywhere.
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as error:
        raise FeedError(f"not a readable RSS feed ({error})") from None
    if root.tag != "rss" or root.find("channel") is None:
        raise FeedError("not an RSS 2.0 feed (no <rss><channel>)")
    items = []
    for element in root.iterfind("channel/item"):
        guid = element.findtext("guid") or ""
        day = _item_day(guid, element.findtext("pubDate") or "")
        if day is None:
            continue  # an item with no date cannot be placed among the days kept
        items.append(
            FeedItem(
                guid=guid,
                title=element.findtext("title") or "",
                link=element.findtext("link") or "",
                description=element.findtext("description") or "",
                day=day,
            )
        )
    return items


def updated_feed(
    old_text: str | None,
    digest: Digest,
    day: datetime.date,
    options: FeedOptions | None = None,
    now: datetime.datetime | None = None,
    newest: datetime.date | None = None,
) -> tuple[str, int]:
    """The feed old_text with day's items of the digest (replacing that day's); and its item count."""
    options = options or FeedOptions()
    old = read_feed_items(old_text) if old_text is not None else []
    items = merge_items(old, digest_items(digest, day), day, options.keep_days, newest)
    now = now or datetime.datetime.now(datetime.UTC)
    return feed_xml(items, digest.title, options, now), len(items)


def digest_feed(digest: Digest, day: datetime.date, options: FeedOptions | None = None) -> str:
    """A feed of this digest alone, its items dated day."""
    return updated_feed(None, digest, day, options)[0]


def _paragraph(text: str) -> str:
    return html.escape(one_line(xml_text(text)), quote=False)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = text


def _aware(moment: datetime.datetime) -> datetime.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _day_time(day: datetime.date) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)


def _item_day(guid: str, pub_date: str) -> datetime.date | None:
    match = _GUID_DAY.search(guid.strip())
    if match:
        try:
            return datetime.date.fromisoformat(match[1])
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(pub_date).date()
    except (TypeError, ValueError, IndexError):
        return None
