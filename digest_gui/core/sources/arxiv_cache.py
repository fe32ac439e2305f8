"""The arXiv metadata cache: one JSON file per paper and version in the user cache folder.

A known paper comes back at once, offline too; a damaged file is a miss, never an error.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from urllib.parse import quote

from digest_gui.core.identifiers import ArxivId
from digest_gui.core.sources.arxiv_records import ArxivRecord
from digest_gui.core.storage.atomic_file import atomic_write_text
from digest_gui.paths import user_cache_dir

logger = logging.getLogger(__name__)

CACHE_FORMAT = 1


def default_cache_folder() -> Path:
    """The user's cache folder for arXiv metadata."""
    return user_cache_dir() / "arxiv"


class MetadataCache:
    """Records on disk, one JSON file per paper, holding the highest version fetched.

    The rule: a request without a version is served by the cached record (the latest
    version fetched here, which arXiv may since have replaced: fetch with use_cache=False
    to look again); a request for version v is served when the cached version is v or
    newer, a newer version's metadata standing in for an older one's. A file that cannot
    be read or is not a record counts as missing.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def path(self, paper_id: str) -> Path:
        """The file of a paper; old-style ids (hep-th/9901001) have their "/" escaped."""
        return self.folder / f"{quote(paper_id, safe='')}.json"

    def get(self, arxiv_id: ArxivId) -> ArxivRecord | None:
        """The cached record serving arxiv_id under the rule above, or None."""
        record = self._read(arxiv_id.id)
        if record is None:
            return None
        if arxiv_id.version is not None and record.version < arxiv_id.version:
            return None
        return record

    def put(self, record: ArxivRecord) -> None:
        """Store a record (atomically), unless a newer version of the paper is already here."""
        if not record.id:
            raise ValueError("a record needs an id")
        known = self._read(record.id)
        if known is not None and known.version > record.version:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"format": CACHE_FORMAT, "record": record.to_dict()}
        # Not fsynced: a cache entry lost in a power cut only costs asking arXiv again.
        atomic_write_text(self.path(record.id), json.dumps(data, ensure_ascii=False, indent=1), durable=False)

    def _read(self, paper_id: str) -> ArxivRecord | None:
        if not paper_id:
            return None
        try:
            data = json.loads(self.path(paper_id).read_text(encoding="utf-8"))
            if data.get("format") != CACHE_FORMAT:
                return None
            record = ArxivRecord.from_dict(data["record"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            logger.info("ignoring the cached record of %s: %s", paper_id, error)
            return None
        return record if record.id == paper_id else None
