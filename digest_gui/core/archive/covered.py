"""Which papers appeared in earlier digests, with where and when."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from digest_gui.core.archive.store import Archive

# SQLite takes at most 999 parameters in older builds; ids are asked for in slices.
_SLICE = 500


@dataclass(frozen=True, slots=True)
class Appearance:
    """One earlier appearance of a paper: the source file, its title and day, the paper's place."""

    arxiv_id: str
    path: str
    kind: str
    title: str
    day: str
    position: int


def covered_before(
    archive: Archive, ids: Iterable[str], exclude: Collection[str] = ()
) -> dict[str, list[Appearance]]:
    """For each id that is archived, its appearances newest first (none from the sources in exclude)."""
    wanted = list(dict.fromkeys(item for item in ids if item))
    found: dict[str, list[Appearance]] = {}
    for start in range(0, len(wanted), _SLICE):
        part = wanted[start : start + _SLICE]
        marks = ",".join("?" * len(part))
        rows = archive.query(
            "SELECT p.arxiv_id, s.path, s.kind, s.title, s.day, p.position FROM papers p "
            f"JOIN sources s ON s.id = p.source_id WHERE p.arxiv_id IN ({marks}) "
            "ORDER BY s.day DESC, s.path",
            part,
        )
        for row in rows:
            if row[1] in exclude:
                continue
            found.setdefault(row[0], []).append(Appearance(*row))
    return found
