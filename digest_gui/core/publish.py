"""Publishing a digest into a folder a static site serves: the day's issue, the feed, the index.

`publish(digest, folder, day)` writes into folder, and nowhere else:
- `YYYY-MM-DD.md`, the exact Markdown export, and `YYYY-MM-DD.html`, the registered `html`
  exporter's page;
- `feed.xml`, the RSS feed with the day's items replacing any of that day, keeping the last
  days (FeedOptions.keep_days);
- `index.md` and `index.html`, every issue in the folder (its `YYYY-MM-DD.md` files),
  newest first, rebuilt from the folder's contents each time.
Every file is replaced atomically; a re-run on the same day replaces that day's files and
items. Everything is built before the first write, so an unreadable feed or a symbolic link
leading out of the folder stops the publish with nothing written.
"""

from __future__ import annotations

import datetime
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from digest_gui.core.errors import DigestError
from digest_gui.core.file_names import listing_date
from digest_gui.core.formats.exporters import ExportOptions, export_digest, theme_css
from digest_gui.core.formats.feed import FEED_FILE, FeedError, FeedOptions, updated_feed, xml_text
from digest_gui.core.model import Digest
from digest_gui.core.storage.atomic_file import atomic_write_text
from digest_gui.paths import DEFAULT_THEME

INDEX_MARKDOWN = "index.md"
INDEX_HTML = "index.html"
_ISSUE_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})\.md$")


class PublishError(DigestError):
    """A publish cannot be done as asked; nothing was written."""


@dataclass(frozen=True, slots=True)
class PublishOptions:
    """The feed's channel and the days it keeps, and the HTML pages' theme."""

    feed: FeedOptions = field(default_factory=FeedOptions)
    theme: str = DEFAULT_THEME


@dataclass(frozen=True, slots=True)
class PublishResult:
    """What a publish wrote: the files (in writing order), the issues listed, the feed's items."""

    day: datetime.date
    written: list[Path]
    issues: int
    feed_items: int


def issue_date(digest: Digest, today: datetime.date | None = None) -> datetime.date:
    """The day a digest is published as: its listing's date, or today."""
    return listing_date(digest) or today or datetime.date.today()


def issue_dates(folder: Path) -> list[datetime.date]:
    """The days of the issues in folder (its YYYY-MM-DD.md files), newest first."""
    days = set()
    try:
        names = os.listdir(folder)
    except OSError as error:
        raise PublishError(f"{folder}: cannot read the folder: {error.strerror or error}") from None
    for name in names:
        match = _ISSUE_NAME.match(name)
        if match:
            try:
                days.add(datetime.date.fromisoformat(match[1]))
            except ValueError:
                continue  # 2026-02-31.md is no issue
    return sorted(days, reverse=True)


def index_markdown(title: str, days: list[datetime.date]) -> str:
    """The index in Markdown: one line per issue, newest first, with its HTML page and the feed."""
    lines = [f"# {_markdown_text(title)}", "", f"[RSS]({FEED_FILE})", ""]
    for day in days:
        name = day.isoformat()
        lines.append(f"- [{name}]({name}.md) · [HTML]({name}.html)")
    return "\n".join(lines) + "\n"


def index_html(title: str, days: list[datetime.date], theme: str = DEFAULT_THEME) -> str:
    """The index as a standalone HTML page (the theme's stylesheet inline, nothing loaded)."""
    escaped = html.escape(title)
    rows = "\n".join(
        f'<li><a href="{day.isoformat()}.html">{day.isoformat()}</a> · '
        f'<a href="{day.isoformat()}.md">Markdown</a></li>'
        for day in days
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{escaped}</title>\n<link rel="alternate" type="application/rss+xml" href="{FEED_FILE}">\n'
        f"<style>\n{theme_css(theme)}\n</style>\n</head>\n<body>\n<h1>{escaped}</h1>\n"
        f'<p><a href="{FEED_FILE}">RSS</a></p>\n<ul>\n{rows}\n</ul>\n</body>\n</html>\n'
    )


def publish(
    digest: Digest,
    folder: str | os.PathLike[str],
    day: datetime.date | None = None,
    options: PublishOptions | None = None,
) -> PublishResult:
    """Write the digest's issue of day into folder, update its feed and rebuild its index."""
    options = options or PublishOptions()
    root = Path(folder)
    if not root.is_dir():
        raise PublishError(f"{root}: no such folder")
    day = day or issue_date(digest)
    name = day.isoformat()
    feed_path = root / FEED_FILE
    old_feed = _read_feed(feed_path)
    days = sorted({*issue_dates(root), day}, reverse=True)
    try:
        # The feed's days count back from the folder's newest issue, as the index shows them.
        feed_text, feed_items = updated_feed(old_feed, digest, day, options.feed, newest=days[0])
    except FeedError as error:
        raise PublishError(f"{feed_path}: {error}; move it away to start a new feed") from None
    title = xml_text(options.feed.title or digest.title) or "arXiv digest"
    files = {
        f"{name}.md": export_digest(digest, "md"),
        f"{name}.html": export_digest(digest, "html", ExportOptions(theme=options.theme)),
        FEED_FILE: feed_text,
        INDEX_MARKDOWN: index_markdown(title, days),
        INDEX_HTML: index_html(title, days, options.theme),
    }
    targets = [_inside(root, file_name) for file_name in files]
    written = []
    for target, text in zip(targets, files.values(), strict=True):
        try:
            atomic_write_text(target, text)
        except OSError as error:
            raise PublishError(f"{target}: cannot write: {error.strerror or error}") from None
        written.append(target)
    return PublishResult(day=day, written=written, issues=len(days), feed_items=feed_items)


def _read_feed(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise PublishError(f"{path}: cannot read the feed: {reason}") from None


def _inside(root: Path, name: str) -> Path:
    """root/name, refused when a symbolic link there would send the write out of root."""
    target = root / name
    real_root = Path(os.path.realpath(root))
    if Path(os.path.realpath(target)).parent != real_root:
        raise PublishError(f"{target}: a link out of the folder; publishing writes only inside it")
    return target


def _markdown_text(text: str) -> str:
    # A title is one line of text in the index, never a link or markup of its own.
    return re.sub(r"([\\`*_\[\]()<>#!|&])", r"\\\1", " ".join(text.split()))
