"""The fields of a project file's objects, and how each object is read and checked.

A value of the wrong type is refused with ProjectFileError naming the field and what it
holds (`papers[3].title_zh should be text, not a number`); project_file.py reads the
file around these.
"""

from __future__ import annotations

from typing import Any, TypeGuard, cast

from digest_gui.core.errors import ProjectFileError
from digest_gui.core.model import ANNOUNCE_TYPES, ExportSettings, GlossaryEntry, Paper, Status

# Paper keys in the order they are written. The first nine are read by other tools.
# Keys in OPTIONAL_PAPER_FIELDS are left out while empty, so that a project written
# before they existed saves back to the same bytes (and older builds keep them as
# unknown keys, which they preserve).
TEXT, _INT_OR_NONE, _STR_LIST, _BOOL = "text", "a whole number or null", "a list of texts", "true or false"
PAPER_FIELDS: dict[str, str] = {
    "id": TEXT,
    "version": _INT_OR_NONE,
    "url": TEXT,
    "title_en": TEXT,
    "title_zh": TEXT,
    "summary_zh": TEXT,
    "summary_en": TEXT,
    "abstract_en": TEXT,
    "abstract_zh": TEXT,
    "announce_type": TEXT,
    "authors": _STR_LIST,
    "categories": _STR_LIST,
    "primary_category": TEXT,
    "published": TEXT,
    "updated": TEXT,
    "comment": TEXT,
    "journal_ref": TEXT,
    "doi": TEXT,
    "status": TEXT,
    "legacy_listing": _BOOL,
}
OPTIONAL_PAPER_FIELDS = frozenset(("summary_en",))


def glossary_from_list(raw: Any) -> list[GlossaryEntry]:
    """The glossary of a project's \"glossary\" list, checked."""
    if not isinstance(raw, list):
        raise ProjectFileError(f'"glossary" should be a list, not {kind_of(raw)}')
    entries = []
    for index, item in enumerate(raw):
        where = f"glossary[{index}]"
        if not isinstance(item, dict):
            raise ProjectFileError(f"{where} should be an object, not {kind_of(item)}")
        values = {}
        for key in ("term", "zh", "note"):
            value = item.get(key, "")
            if not isinstance(value, str):
                raise ProjectFileError(f"{where}.{key} should be {TEXT}, not {kind_of(value)}")
            values[key] = value
        entries.append(GlossaryEntry(**values))
    return entries


# The type each known paper field's value has in a well-formed file, exactly as json gives
# it (so true is not a whole number here); a paper whose values all have theirs is read by
# _well_formed_paper.
_FILE_TYPES = {TEXT: (str,), _INT_OR_NONE: (int, type(None)), _STR_LIST: (list,), _BOOL: (bool,)}
_PAPER_TYPES = {key: frozenset(_FILE_TYPES[expected]) for key, expected in PAPER_FIELDS.items()}
_LIST_FIELDS = tuple(key for key, expected in PAPER_FIELDS.items() if expected == _STR_LIST)
_STATUS_BY_VALUE = {status.value: status for status in Status}
_ANNOUNCE_TYPES = frozenset(ANNOUNCE_TYPES)


def paper_from_dict(item: Any, index: int) -> Paper:
    """The paper of `papers[index]`, checked."""
    if type(item) is dict:
        paper = _well_formed_paper(item)
        if paper is not None:
            return paper
    return _checked_paper(item, index)


def _well_formed_paper(item: dict[str, Any]) -> Paper | None:
    """The paper of an object whose every value is as a file should hold it, or None (then
    _checked_paper reads it, naming what is wrong). Both give the same paper for such an
    object; this one only looks at fewer things one by one: checking each field in turn
    took a fifth of a second for 23,000 papers."""
    values_in_order = item.values()
    # Keyed by this module's strings, not the file's: Paper(**values) then matches each
    # keyword to its parameter by identity (three times faster than comparing text).
    ours = _shape_keys(tuple(item), tuple(map(type, values_in_order)))
    if ours is None:
        return None
    extra: dict[str, Any] = {}
    if None in ours:
        values: dict[str, Any] = {}
        for our, key, value in zip(ours, item, values_in_order, strict=True):
            if our is None:
                extra[key] = value
            else:
                values[our] = value
    else:
        values = dict(zip(cast("tuple[str, ...]", ours), values_in_order, strict=True))  # no None in it
    for key in _LIST_FIELDS:
        entries = values.get(key)
        if entries is not None:
            if not _ONLY_TEXT.issuperset(map(type, entries)):
                return None
            values[key] = list(entries)
    version = values.get("version")
    status = _STATUS_BY_VALUE.get(values.get("status", Status.NEW.value))
    if (version is not None and version < 1) or status is None:
        return None
    if values.get("announce_type", "") not in _ANNOUNCE_TYPES:
        return None
    values["status"] = status
    return Paper(**values, extra=extra)


# The papers of a file share a handful of shapes: the same keys in the same order, holding
# values of the same types. Whether a shape's known fields hold the types a file should is
# worked out once per shape (the types of 23,000 papers, field by field, took 30 ms).
_SHAPES: dict[tuple[tuple[str, ...], tuple[type, ...]], tuple[str | None, ...] | None] = {}
_MAX_SHAPES = 512  # beyond that (files another tool wrote oddly), each paper is looked at alone
_OUR_KEYS = {key: key for key in PAPER_FIELDS}
_ONLY_TEXT = frozenset((str,))


def _shape_keys(keys: tuple[str, ...], types: tuple[type, ...]) -> tuple[str | None, ...] | None:
    """For a paper object with these keys holding values of these types: each key as this
    module's string (None for a key another tool added), or None if a known field holds a
    type a file should not give it."""
    shape = (keys, types)
    if shape in _SHAPES:
        return _SHAPES[shape]
    ours = tuple(_OUR_KEYS.get(key) for key in keys)
    pairs = zip(ours, types, strict=True)
    wrong = [key for key, kind in pairs if key is not None and kind not in _PAPER_TYPES[key]]
    result = None if wrong else ours
    if len(_SHAPES) < _MAX_SHAPES:
        _SHAPES[shape] = result
    return result


def _checked_paper(item: Any, index: int) -> Paper:
    where = f"papers[{index}]"
    if not isinstance(item, dict):
        raise ProjectFileError(f"{where} should be an object, not {kind_of(item)}")
    values: dict[str, Any] = {}
    for key, expected in PAPER_FIELDS.items():
        if key not in item:
            continue
        value = item[key]
        if not _has_type(value, expected):
            raise ProjectFileError(f"{where}.{key} should be {expected}, not {kind_of(value)}")
        values[key] = list(value) if expected == _STR_LIST else value
    if values.get("version") is not None and values["version"] < 1:
        raise ProjectFileError(f"{where}.version should be 1 or more, not {values['version']}")
    written = values.get("status", Status.NEW.value)
    status = _STATUS_BY_VALUE.get(written)
    if status is None:
        raise ProjectFileError(f"{where}.status should be one of {', '.join(Status)}, not {written!r}")
    values["status"] = status
    announce_type = values.get("announce_type", "")
    if announce_type not in _ANNOUNCE_TYPES:
        raise ProjectFileError(
            f"{where}.announce_type should be one of new, cross, replace, replace-cross or empty, "
            f"not {announce_type!r}"
        )
    extra = {key: value for key, value in item.items() if key not in PAPER_FIELDS}
    return Paper(**values, extra=extra)


def export_from_dict(raw: Any) -> ExportSettings:
    """The export settings of a project's \"export\" object, checked."""
    if not isinstance(raw, dict):
        raise ProjectFileError(f'"export" should be an object, not {kind_of(raw)}')
    settings = ExportSettings()
    limit = raw.get("abstract_limit", settings.abstract_limit)
    if not is_int(limit) or limit < 0:
        raise ProjectFileError("export.abstract_limit should be a whole number from 0")
    settings.abstract_limit = limit
    for key in ("summary_heading", "details_heading"):
        value = raw.get(key, getattr(settings, key))
        if not isinstance(value, str):
            raise ProjectFileError(f"export.{key} should be {TEXT}, not {kind_of(value)}")
        setattr(settings, key, value)
    header = raw.get("table_header", list(settings.table_header))
    if not (isinstance(header, list) and len(header) == 3 and all(isinstance(x, str) for x in header)):
        raise ProjectFileError("export.table_header should be a list of three texts")
    settings.table_header = (header[0], header[1], header[2])
    github_math = raw.get("github_math", False)
    if not isinstance(github_math, bool):
        raise ProjectFileError(f"export.github_math should be true or false, not {kind_of(github_math)}")
    settings.github_math = github_math
    return settings


def is_int(value: Any) -> TypeGuard[int]:
    """Whether a JSON value is a whole number (true and false are not)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _has_type(value: Any, expected: str) -> bool:
    if expected == TEXT:
        return isinstance(value, str)
    if expected == _INT_OR_NONE:
        return value is None or is_int(value)
    if expected == _BOOL:
        return isinstance(value, bool)
    return isinstance(value, list) and all(isinstance(entry, str) for entry in value)


def kind_of(value: Any) -> str:
    """What a JSON value is, as an error message names it: \"text\", \"a list\", \"null\"..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"
