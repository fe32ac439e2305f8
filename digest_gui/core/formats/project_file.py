"""Project files: the digest as indented UTF-8 JSON with a stable key order.

    {"format": "digest-gui-project", "version": 1, "title": ..., "export": {...},
     "papers": [{"id": ..., "version": ..., "url": ..., "title_en": ..., ...}]}

Saving is atomic. Loading checks everything and raises ProjectFileError with one line
that says what is wrong and where; the file itself is never touched by a load.
Files written by older versions pass through `migrate`, the one place that upgrades them.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from digest_gui.core.control_chars import clean_paper
from digest_gui.core.errors import ProjectFileError, ProjectTooNewError
from digest_gui.core.formats.project_fields import (
    OPTIONAL_PAPER_FIELDS,
    PAPER_FIELDS,
    TEXT,
    export_from_dict,
    glossary_from_list,
    is_int,
    kind_of,
    paper_from_dict,
)
from digest_gui.core.lazy_pattern import LazyPattern
from digest_gui.core.model import Digest, Paper
from digest_gui.core.storage.atomic_file import atomic_write_text

FORMAT = "digest-gui-project"
CURRENT_VERSION = 1
# The distinct extension of project files; any project .json opens too.
EXTENSION = ".digest"
# Beyond this a file is not a project someone wrote by hand; refuse rather than stall.
MAX_BYTES = 512 * 1024 * 1024
# A project is about four levels deep. The indented writer recurses once per level, so
# a file nested close to Python's recursion limit would load and then fail to save.
MAX_NESTING = 100

# version -> function turning a project dict of that version into the next version.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


# ---------------------------------------------------------------------------- writing


def paper_to_dict(paper: Paper) -> dict[str, Any]:
    """The JSON object of a paper, keys in file order, unknown keys after the known."""
    data: dict[str, Any] = {
        name: getattr(paper, name)
        for name in PAPER_FIELDS
        if name not in OPTIONAL_PAPER_FIELDS or getattr(paper, name)
    }
    data["authors"] = list(paper.authors)
    data["categories"] = list(paper.categories)
    for key in sorted(paper.extra):
        if key not in data:
            data[key] = json_value(paper.extra[key])
    return data


class PaperStream:
    """Papers that json_pieces turns into JSON one at a time, each dict made and dropped.

    A recovery file of 23,000 papers built as dicts first holds hundreds of thousands of
    objects for the second the write takes; they outlive the young generations and make
    the window's next full garbage collection walk them all (a visible pause)."""

    def __init__(self, papers: list[Paper]) -> None:
        self.papers = papers


def digest_to_dict(digest: Digest, *, streamed: bool = False) -> dict[str, Any]:
    """The JSON object of a whole project, unknown top-level keys after the papers.

    streamed=True leaves the papers as a PaperStream, for json_pieces only."""
    export = digest.export
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": CURRENT_VERSION,
        "title": digest.title,
        "export": {
            "abstract_limit": export.abstract_limit,
            "summary_heading": export.summary_heading,
            "details_heading": export.details_heading,
            "table_header": list(export.table_header),
        },
    }
    if export.github_math:
        # Written only when on, so that a project that never used it saves as it always did.
        data["export"]["github_math"] = True
    if digest.glossary:
        data["glossary"] = [
            {"term": entry.term, "zh": entry.zh, **({"note": entry.note} if entry.note else {})}
            for entry in digest.glossary
        ]
    data["papers"] = (
        PaperStream(digest.papers) if streamed else [paper_to_dict(paper) for paper in digest.papers]
    )
    for key in sorted(digest.extra):
        if key not in data:
            data[key] = json_value(digest.extra[key])
    return data


def json_value(value: Any) -> Any:
    """A value kept from a file as strict JSON can write it: NaN and ±Infinity become null.

    Python's json reads and writes them, but they are not JSON and other tools reject
    the file; only unknown keys kept from a loaded file (extras) can hold them.
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [json_value(item) for item in value]
    return value


# A lone surrogate, read from a \ud800 escape in a loaded file, has no UTF-8 encoding.
_SURROGATE = LazyPattern("[\ud800-\udfff]")


def dumps_json(data: Any, indent: int | None = None) -> str:
    """Strict JSON text of data, UTF-8 characters as they are, that always encodes as UTF-8.

    allow_nan=False: a non-finite number fails here (json_value removes them) instead of
    being written as the non-JSON `NaN`.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    # Surrogates only occur inside JSON strings, where the escape reads back the same.
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def dumps_json_in_pieces(data: Any) -> str:
    """dumps_json(data) (no indent), serialised value by value down to each paper."""
    return "".join(json_pieces(data))


def json_pieces(data: Any) -> Iterator[str]:
    """The text of dumps_json(data) (no indent) in pieces, down to one per paper.

    One json.dumps of a 2,300-paper project holds the interpreter lock for tens of
    milliseconds, which freezes the window while autosave writes on its worker thread;
    a call per paper lets the window's thread in between (write the pieces with
    atomic_write_text_chunks: joining them would hold it again).
    """
    return _pieces(data, 0)


_PIECE_DEPTH = 3  # the recovery file: {…, "project": {…, "papers": [paper, …]}}


def _pieces(value: Any, depth: int) -> Iterator[str]:
    if isinstance(value, PaperStream):
        yield "["
        for position, paper in enumerate(value.papers):
            yield (", " if position else "") + dumps_json(paper_to_dict(paper))
        yield "]"
    elif depth < _PIECE_DEPTH and isinstance(value, dict) and value:
        yield "{"
        for position, (key, item) in enumerate(value.items()):
            yield (", " if position else "") + dumps_json(key if isinstance(key, str) else str(key)) + ": "
            yield from _pieces(item, depth + 1)
        yield "}"
    elif depth < _PIECE_DEPTH and isinstance(value, list) and value:
        yield "["
        for position, item in enumerate(value):
            if position:
                yield ", "
            yield from _pieces(item, depth + 1)
        yield "]"
    else:
        yield dumps_json(value)


def dumps_project(digest: Digest) -> str:
    """The project file's text: indented, UTF-8 characters as they are, final newline."""
    return dumps_json(digest_to_dict(digest), indent=2) + "\n"


def save_project(digest: Digest, path: str | os.PathLike[str]) -> None:
    """Save atomically: a crash mid-save leaves the old file or the new one."""
    try:
        atomic_write_text(path, dumps_project(digest))
    except OSError as error:
        raise ProjectFileError(f"{path}: cannot save: {error.strerror or error}") from error


# ---------------------------------------------------------------------------- reading


def load_project(path: str | os.PathLike[str], *, read_newer: bool = False) -> Digest:
    """Load and check a project file; raise ProjectFileError naming what is wrong.

    read_newer reads a file of a newer format version as far as this build understands it
    (to be viewed read-only); without it such a file raises ProjectTooNewError.
    """
    return read_project(path, read_newer=read_newer)[0]


def read_project(path: str | os.PathLike[str], *, read_newer: bool = False) -> tuple[Digest, bytes]:
    """Load a project file as load_project does; also return the bytes it was read from
    (for the window to know the file it opened without reading 50 MB again)."""
    name = str(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ProjectFileError(
                f"{name}: the file is {size // (1024 * 1024)} MB, larger than a project can be "
                f"({MAX_BYTES // (1024 * 1024)} MB)"
            )
        data = Path(path).read_bytes()
    except OSError as error:
        raise ProjectFileError(f"{name}: cannot read: {error.strerror or error}") from error
    try:
        return loads_project(data, read_newer=read_newer), data
    except ProjectTooNewError as error:
        raise ProjectTooNewError(f"{name}: {error}", error.version) from None
    except ProjectFileError as error:
        raise ProjectFileError(f"{name}: {error}") from None


def loads_project(data: bytes, *, read_newer: bool = False) -> Digest:
    """Parse and check the bytes of a project file."""
    raw = _fast_json(data)
    if raw is not _UNREAD:
        try:
            return _digest_of(raw, data, read_newer)  # _fast_json has checked what it keeps
        except ProjectTooNewError:
            raise  # a version json reads the same
        except ProjectFileError:
            pass  # perhaps a number orjson reads otherwise than json: json's reading decides
    raw = _json(data)
    _check_kept(raw)
    return _digest_of(raw, data, read_newer)


def _digest_of(raw: Any, data: bytes, read_newer: bool) -> Digest:
    return digest_from_dict(raw, may_hold_controls=escapes_a_control(data), read_newer=read_newer)


# orjson reads a large project about twice as fast as json (23,000 papers: about 0.1 s
# less before the window shows them), but loading it costs 3-4 ms of start-up, more than
# json takes to read a file smaller than this.
FAST_JSON_BYTES = 1 << 20
_UNREAD = object()


def _fast_json(data: bytes) -> Any:
    """The JSON value of a large file as orjson reads it, its kept values checked
    (_check_kept), or _UNREAD: for a small file, for anything orjson refuses that json may
    take (NaN, a lone surrogate's escape) or reads otherwise (a float in a kept key may be
    a whole number beyond 64 bits), and for a refusal json explains better (with its line
    and column, or its nesting)."""
    if len(data) < FAST_JSON_BYTES:
        return _UNREAD
    import orjson

    try:
        raw = orjson.loads(data[3:] if data.startswith(b"\xef\xbb\xbf") else data)
        kept_alike = _check_kept(raw, by_orjson=True)
    except (orjson.JSONDecodeError, ProjectFileError):
        return _UNREAD  # json's reading says why
    return raw if kept_alike else _UNREAD


def _json(data: bytes) -> Any:
    """The JSON value of data as json reads it; a ProjectFileError saying where it is not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        if error.end == len(data) and error.reason == "unexpected end of data":
            raise ProjectFileError(
                f"line {line}: the file ends in the middle of a character; it looks cut short"
            ) from None
        raise ProjectFileError(
            f"line {line}: not UTF-8 text (byte {error.start}); a project file is UTF-8 JSON"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        # NaN and Infinity (which other programs wrote) read as null: not JSON, never kept.
        raw = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ProjectFileError(
            f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"
        ) from None
    except RecursionError:
        raise ProjectFileError(_TOO_DEEP) from None
    except ValueError:
        # json turns digits into an int and Python refuses overly long ones.
        raise ProjectFileError(
            f"a number has more than {sys.get_int_max_str_digits()} digits; not a project file"
        ) from None
    return raw


# JSON holds a control character only as an escape (\u0003, \r, \b, \f; tab and line feed are
# text): a file without one needs no cleaning, which spares every paper a look.
# A \ud800-\udfff escape may be a lone surrogate, which the cleaning replaces too.
_ESCAPED_CONTROL = re.compile(rb"\\(?:u00[01]|u[dD][89a-fA-F]|[bfr])")
# Escapes looked at one by one before the rest is left to _ESCAPED_CONTROL's search.
_ESCAPES_ONE_BY_ONE = 4096


def escapes_a_control(data: bytes) -> bool:
    """Whether the JSON text `data` holds an escape _ESCAPED_CONTROL matches (where it
    starts: an escaped backslash before a b, f or r does not count).

    bytes.find goes from one backslash to the next far faster than the pattern's search
    (3 ms for the 5.8 MB of 2,300 papers, most of it between escapes); a text with very
    many escapes (abstracts full of LaTeX) is left to the search after the first few
    thousand, which may then also count such an escaped backslash: cleaning for nothing,
    never skipping a control character.
    """
    at = data.find(b"\\")
    for _ in range(_ESCAPES_ONE_BY_ONE):
        if at < 0:
            return False
        if _ESCAPED_CONTROL.match(data, at):
            return True
        at = data.find(b"\\", at + 2)  # an escape is at least two bytes long
    return at >= 0 and _ESCAPED_CONTROL.search(data, at) is not None


def _no_constant(_name: str) -> None:
    return None


_TOO_DEEP = f"nested too deeply to be a project file (more than {MAX_NESTING} levels)"


def _check_kept(raw: Any, *, by_orjson: bool = False) -> bool:
    """Raise ProjectFileError if what the project keeps as it was read (keys another tool
    added, and anything in a file that is not a project) nests deeper than MAX_NESTING.

    by_orjson: False when such a value holds a float. orjson reads a whole number beyond
    64 bits as a float where json keeps the int: a known field refuses a float (and
    loads_project asks json again), but a kept key would write it back changed.
    """
    # Iterative, so that the check itself cannot run out of stack.
    stack = [(raw, 1)]
    papers = raw.get("papers") if isinstance(raw, dict) else None
    if isinstance(papers, list):
        # A paper's known fields are strings, numbers or lists of strings, checked one by
        # one when it is read (project_fields.paper_from_dict); only the keys another tool
        # added can nest. Walking every paper's lists took a quarter of a second at 23,000
        # papers.
        stack = [(value, 2) for key, value in raw.items() if key != "papers"]
        known = PAPER_FIELDS.keys()
        for paper in papers:
            if type(paper) is not dict:
                stack.append((paper, 3))
            elif not paper.keys() <= known:  # the usual paper: a set comparison, not a walk
                stack.extend((value, 4) for key, value in paper.items() if key not in known)
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            if by_orjson and type(value) is float:
                return False
            continue
        if depth > MAX_NESTING:
            raise ProjectFileError(_TOO_DEEP)
        stack.extend((child, depth + 1) for child in children)
    return True


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a project dict of any older version up to CURRENT_VERSION, step by step."""
    version = data["version"]
    while version < CURRENT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectFileError(f"project version {version} cannot be upgraded by this build")
        data = step(data)
        version += 1
        data["version"] = version
    return data


def digest_from_dict(raw: Any, *, may_hold_controls: bool = True, read_newer: bool = False) -> Digest:
    """Check a parsed project and build the Digest; raise ProjectFileError if it is wrong.

    The papers' text is cleaned of control characters (core/control_chars.py) unless the
    caller knows that there are none.
    """
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ProjectFileError(
            f'not a digest-gui project (it has no "format": "{FORMAT}"); '
            "to read a digest in Markdown, import it instead"
        )
    version = raw.get("version")
    if not is_int(version) or version < 1:
        raise ProjectFileError('"version" should be a whole number from 1')
    if version > CURRENT_VERSION and read_newer:
        raw = {**raw, "version": CURRENT_VERSION}  # the keys this build knows; the rest kept as extra
    elif version > CURRENT_VERSION:
        raise ProjectTooNewError(
            f"written by a newer digest-gui (project version {version}; this build reads up to "
            f"{CURRENT_VERSION}); update digest-gui to open it",
            version,
        )
    raw = migrate(raw)
    title = raw.get("title", "")
    if not isinstance(title, str):
        raise ProjectFileError(f'"title" should be {TEXT}, not {kind_of(title)}')
    papers_raw = raw.get("papers", [])
    if not isinstance(papers_raw, list):
        raise ProjectFileError(f'"papers" should be a list, not {kind_of(papers_raw)}')
    papers = [paper_from_dict(item, index) for index, item in enumerate(papers_raw)]
    if may_hold_controls:
        papers = [clean_paper(paper) for paper in papers]
    extra = {key: value for key, value in raw.items() if key not in _TOP_KEYS}
    return Digest(
        title=title,
        papers=papers,
        export=export_from_dict(raw.get("export", {})),
        glossary=glossary_from_list(raw.get("glossary", [])),
        extra=extra,
    )


_TOP_KEYS = frozenset(("format", "version", "title", "export", "glossary", "papers"))
