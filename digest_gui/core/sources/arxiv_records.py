"""What arXiv says of one paper (ArxivRecord), as the project takes it, and one fetch's outcome.

Kept apart from the fetcher so the cache and the feed reader share it without the network.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from digest_gui.core.control_chars import clean_strings, clean_text
from digest_gui.core.failures import Failure
from digest_gui.core.identifiers import ArxivId

_WHITESPACE = re.compile(r"\s+")


def normalise_space(text: str | None) -> str:
    """Runs of whitespace (the API's hard line breaks too) become one space; ends are stripped."""
    return _WHITESPACE.sub(" ", text or "").strip()


@dataclass(slots=True)
class ArxivRecord:
    """What arXiv says about one version of a paper, tidied for the editor."""

    id: str  # canonical, without version: 2403.18546, hep-th/9901001
    version: int
    title: str = ""
    authors: list[str] = field(default_factory=list)
    affiliations: list[list[str]] = field(default_factory=list)  # one list per author
    abstract: str = ""
    categories: list[str] = field(default_factory=list)
    primary_category: str = ""
    published: str = ""  # UTC, as arXiv writes it: 2024-03-27T11:59:59Z
    updated: str = ""
    comment: str = ""
    journal_ref: str = ""
    doi: str = ""
    url: str = ""  # the abstract page without version: https://arxiv.org/abs/2403.18546

    @property
    def versioned_id(self) -> str:
        """The id with its version: 2403.18546v2."""
        return f"{self.id}v{self.version}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArxivRecord:
        """A record from to_dict() data; ValueError if the data is not one (unknown keys are ignored)."""
        if not isinstance(data, Mapping):
            raise ValueError("a record is a JSON object")
        identifier, version = data.get("id"), data.get("version")
        if not isinstance(identifier, str) or not identifier:
            raise ValueError("a record needs an id")
        if type(version) is not int or version < 1:
            raise ValueError("a record needs a version (a whole number from 1)")
        values: dict[str, Any] = {"id": identifier, "version": version}
        for name in _TEXT_FIELDS:
            values[name] = _string(data, name)
        for name in ("authors", "categories"):
            values[name] = _strings(data.get(name, []), name)
        affiliations = data.get("affiliations", [])
        if not isinstance(affiliations, list):
            raise ValueError("affiliations must be a list")
        values["affiliations"] = [_strings(item, "affiliations") for item in affiliations]
        if len(values["affiliations"]) != len(values["authors"]):
            raise ValueError("affiliations must run parallel to authors")
        return cls(**values)


_TEXT_FIELDS = (
    "title",
    "abstract",
    "primary_category",
    "published",
    "updated",
    "comment",
    "journal_ref",
    "doi",
    "url",
)


def _string(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    return value


def _strings(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{name} must be a list of texts")
    return list(value)


def record_fields(record: ArxivRecord) -> dict[str, object]:
    """The Paper fields a record provides, plus "affiliations" (kept in paper.extra)."""
    # Cleaned here, where both the window and the command take a fetch's fields from.
    return {
        "title_en": clean_text(record.title),
        "abstract_en": clean_text(record.abstract),
        "authors": clean_strings(record.authors),
        "categories": clean_strings(record.categories),
        "primary_category": clean_text(record.primary_category),
        "published": record.published,
        "updated": record.updated,
        "comment": clean_text(record.comment),
        "journal_ref": clean_text(record.journal_ref),
        "doi": clean_text(record.doi),
        "version": record.version,
        "url": clean_text(record.url),
        "affiliations": [list(names) for names in record.affiliations],
    }


@dataclass(slots=True)
class FetchOutcome:
    """What became of one requested id: a record, or a reason there is none."""

    requested: ArxivId
    record: ArxivRecord | None = None
    failure: Failure | None = None  # None on success
    from_cache: bool = False

    @property
    def ok(self) -> bool:
        return self.record is not None and self.failure is None

    @property
    def error(self) -> str:
        """Why there is no record, in English ("" on success)."""
        return self.failure.text() if self.failure is not None else ""
