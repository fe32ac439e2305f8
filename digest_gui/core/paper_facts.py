"""What arXiv said of a paper that a reviewer weighs: affiliations, journal, DOI, dates.

The Paper model holds the journal reference, DOI, comment, primary category and dates as
fields; the authors' affiliations live in `paper.extra["affiliations"]` (one list per
author, as a fetch writes them, core/merge.py), which project files keep as they are.
These readers give the window one checked view of them.
"""

from __future__ import annotations

from urllib.parse import quote

from digest_gui.core.merge import AFFILIATIONS_KEY
from digest_gui.core.model import Paper


def affiliations(paper: Paper) -> list[list[str]]:
    """One list of affiliations per author (empty lists when arXiv gave none or the data is odd)."""
    raw = paper.extra.get(AFFILIATIONS_KEY)
    result: list[list[str]] = [[] for _ in paper.authors]
    if not isinstance(raw, list):
        return result
    for index, names in enumerate(raw[: len(result)]):
        if isinstance(names, list):
            result[index] = [
                " ".join(str(name).split()) for name in names if isinstance(name, str) and name.strip()
            ]
    return result


def authors_with_affiliations(paper: Paper) -> list[str]:
    """Each author as "Name (Affiliation; Other)", or the name alone."""
    return [
        f"{name} ({'; '.join(places)})" if places else name
        for name, places in zip(paper.authors, affiliations(paper), strict=True)
    ]


def doi_url(doi: str) -> str:
    """The https://doi.org/ address of a DOI ("" for none); the DOI is percent-encoded, never markup."""
    doi = doi.strip()
    if not doi:
        return ""
    return "https://doi.org/" + quote(doi, safe="/:;()._-")


def day(timestamp: str) -> str:
    """The date part of an arXiv timestamp: 2024-03-27T11:59:59Z -> 2024-03-27."""
    return timestamp.strip()[:10]
