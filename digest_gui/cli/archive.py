"""`digest-gui archive ...` (import, search, remove, rebuild) and the ranking of `listing --rank`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from digest_gui import APP_NAME

if TYPE_CHECKING:
    from digest_gui.core.archive.folder_import import ImportProgress, ImportSummary
    from digest_gui.core.sources.listing import ListingItem

# A progress line every this many files (and at the end).
PROGRESS_EVERY = 100


def add_archive_parser(commands: argparse._SubParsersAction) -> None:
    """The `archive` command and its subcommands."""
    archive = commands.add_parser(
        "archive",
        help="import, search and rebuild the archive of past digests",
        description="The archive holds every digest and project you import, save or export in the "
        "window, in one SQLite file in the user data folder. It is never the only copy: each entry "
        "names the file it came from, and `rebuild` reads them all again.",
    )
    actions = archive.add_subparsers(dest="archive_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import",
        help="add a folder of past digests (.md) and projects",
        description="Add every digest (.md) and project under FOLDER (hidden folders such as .git "
        "skipped). A file imported before and unchanged is skipped; a changed one replaces what the "
        "archive held of it. Files that cannot be read are listed with the reason, one per line, and "
        "do not stop the import. Progress goes to standard error.",
    )
    imp.add_argument("folder", metavar="FOLDER")
    search = actions.add_parser(
        "search",
        help="find papers in the archive, in English or Chinese",
        description="Print the archived papers matching TEXT, grouped by digest, newest first, with "
        "the match in [brackets]. Chinese is found anywhere in a word (三个字 or more; shorter "
        "text is looked for in titles and Chinese summaries only); English by words, the last one also as "
        "the start of a word. Exits with 1 when nothing matches.",
    )
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument(
        "--limit", type=int, default=100, metavar="N", help="the most papers to print, newest first (100)"
    )
    remove = actions.add_parser(
        "remove",
        help="take a digest or project out of the archive (the file is not touched)",
        description="Take the papers of SOURCE (the digest or project file they came from) out of the "
        "archive. The file itself is not touched.",
    )
    remove.add_argument("source", metavar="SOURCE")
    actions.add_parser(
        "rebuild",
        help="make the archive again from its source files",
        description="Make the archive again by reading every file it came from (a damaged archive "
        "file is replaced). Files that are gone since are listed and left out.",
    )


def add_rank_arguments(listing: argparse.ArgumentParser) -> None:
    """`listing --rank` and its keyword rules."""
    listing.add_argument(
        "--rank",
        action="store_true",
        help="order the papers by how close each is to those in your archive (a score is printed after "
        "each line, and where a paper appeared before)",
    )
    for name, what in (
        ("include", "first"),
        ("exclude", "last"),
        ("highlight", "marked, in place"),
    ):
        listing.add_argument(
            f"--{name}",
            default="",
            metavar="WORDS",
            help=f"with --rank: papers holding any of these words or phrases (comma-separated) go {what}",
        )


def _progress(progress: ImportProgress) -> None:
    if progress.done % PROGRESS_EVERY == 0 or progress.done == progress.total:
        print(f"{APP_NAME}: archive: {progress.done}/{progress.total} files", file=sys.stderr, flush=True)


def _report(summary: ImportSummary, what: str) -> int:
    for item in summary.unreadable:
        print(f"{item.path}\tunreadable: {item.reason}")
    print(f"{what}: {summary.text()}", file=sys.stderr)
    return 0


def archive_command(args: argparse.Namespace) -> int:
    """Run one `archive` subcommand."""
    from digest_gui.core.archive.folder_import import import_folder, rebuild_archive
    from digest_gui.core.archive.indexing import remove_source, source_key
    from digest_gui.core.archive.store import ArchiveError, archive_path, open_archive

    action = args.archive_command
    if action == "rebuild":
        return _report(rebuild_archive(report=_progress), str(archive_path()))
    with open_archive() as archive:
        if action == "import":
            return _report(import_folder(archive, args.folder, report=_progress), args.folder)
        if action == "remove":
            if not remove_source(archive, args.source):
                raise ArchiveError("unavailable", f"{source_key(args.source)} is not in the archive")
            print(f"{source_key(args.source)}: removed from the archive", file=sys.stderr)
            return 0
        return _search(archive, " ".join(args.text), args.limit)


def _search(archive, text: str, limit: int) -> int:
    from digest_gui.core.archive.search import search

    groups = search(archive, text, limit)
    for group in groups:
        print(f"{group.day}  {group.title}  ({group.path})")
        for hit in group.hits:
            print(f"  [^{hit.position + 1}] {hit.arxiv_id} {hit.field}: {_marked(hit.snippet, hit.spans)}")
    found = sum(len(group.hits) for group in groups)
    print(f"{found} papers in {len(groups)} digests match “{text}”", file=sys.stderr)
    return 0 if found else 1


def _marked(snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    parts, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        parts += [snippet[last:start], "[", snippet[start:end], "]"]
        last = end
    return "".join([*parts, snippet[last:]])


def rank_for_listing(
    items: list[ListingItem], args: argparse.Namespace
) -> tuple[list[ListingItem], dict[str, str]]:
    """The items in ranked order and, per id, the note printed after its line."""
    from digest_gui.core.archive.covered import covered_before
    from digest_gui.core.archive.ranking import KeywordRules, rank_listing
    from digest_gui.core.archive.store import ArchiveError, open_archive

    rules = KeywordRules.parse(args.include, args.exclude, args.highlight)
    try:
        with open_archive() as archive:
            ranked = rank_listing(archive, items, rules)
            covered = covered_before(archive, [item.id for item in items])
    except ArchiveError as error:
        # The listing is what was asked for: an unusable archive only costs the order.
        print(f"{APP_NAME}: warning: not ranked: {error}", file=sys.stderr)
        return items, {}
    notes = {}
    for place in ranked:
        item = items[place.index]
        words = [f"score {place.score:.2f}"]
        words += [f"include: {rule}" for rule in place.included]
        words += [f"exclude: {rule}" for rule in place.excluded]
        words += [f"highlight: {rule}" for rule in place.highlighted]
        if item.id in covered:
            days = ", ".join(dict.fromkeys(appearance.day for appearance in covered[item.id]))
            words.append(f"covered before {days}")
        notes[item.id] = "\t" + "; ".join(words)
    return [items[place.index] for place in ranked], notes
