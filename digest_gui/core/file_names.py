"""The names a digest is offered under when it has no file yet: its day, as YYYY-MM-DD."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest_gui.core.lazy_pattern import LazyPattern
from digest_gui.core.model import LISTING_DATE_KEY, Digest

if TYPE_CHECKING:
    import datetime

# datetime is imported where a day is worked out: the window imports this module before
# its first frame, which needs no date.

# Characters no file name may hold on some platform; a title read from a file rarely has any.
_UNSAFE = LazyPattern(r'[\\/:*?"<>|\x00-\x1f]+')


def listing_date(digest: Digest) -> datetime.date | None:
    """The day of the listing the digest's papers were taken from, when it is recorded and valid."""
    value = digest.extra.get(LISTING_DATE_KEY)
    if not isinstance(value, str):
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def default_stem(digest: Digest, today: datetime.date | None = None) -> str:
    """The file name (without extension) to offer: the listing's day, else the title, else today."""
    day = listing_date(digest)
    if day is not None:
        return day.isoformat()
    # An imported digest keeps the name of the file it came from.
    title = _UNSAFE.sub(" ", digest.title).strip(" .")
    if title:
        return title
    import datetime

    return (today or datetime.date.today()).isoformat()
