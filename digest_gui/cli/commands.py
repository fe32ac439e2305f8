"""The subcommands: each parses nothing, calls into the core (core/operations.py) and prints."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from digest_gui import APP_NAME
from digest_gui.cli.archive import archive_command
from digest_gui.core.errors import DigestError
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.exporters import ExportOptions, export_digest
from digest_gui.core.formats.project_file import EXTENSION, load_project, save_project
from digest_gui.core.identifiers import ArxivId, find_arxiv_ids

if TYPE_CHECKING:
    from digest_gui.core.drafting.llm import LlmSettings
    from digest_gui.core.model import Digest


class CommandError(DigestError):
    """A command cannot do what it was asked; the message says why."""


def _import(args: argparse.Namespace) -> int:
    if args.digest == "-":
        data = sys.stdin.buffer.read()
        source = Path("digest.md")
    else:
        source = Path(args.digest)
        data = _read_bytes(source)
    output = Path(args.output) if args.output else source.with_suffix(EXTENSION)
    if output.exists() and not args.force:
        raise CommandError(f"{output} exists; choose another name with -o, or add --force to replace it")
    text = _decode(data, source)
    try:
        result = import_markdown(text, title=args.title if args.title is not None else source.stem)
    except DigestError as error:
        raise CommandError(f"{source}: {error}") from None
    for warning in result.warnings:
        print(f"{APP_NAME}: warning: {source}: {warning}", file=sys.stderr)
    save_project(result.digest, output)
    print(f"{output}: {len(result.digest.papers)} papers imported from {source}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    digest = load_project(args.project)
    options = ExportOptions(theme=args.theme, scheme=args.scheme)
    data = export_digest(digest, args.format, options).encode("utf-8")
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    from digest_gui.core.storage.atomic_file import atomic_write_bytes

    try:
        atomic_write_bytes(args.output, data)
    except OSError as error:
        raise CommandError(f"{args.output}: cannot write: {error.strerror or error}") from None
    return 0


def _publish(args: argparse.Namespace) -> int:
    import dataclasses
    import datetime

    from digest_gui.core.formats.feed import FeedOptions
    from digest_gui.core.publish import PublishOptions, publish

    day = None
    if args.date:
        try:
            day = datetime.date.fromisoformat(args.date)
        except ValueError:
            raise CommandError(f"--date: “{args.date}” is not a date written YYYY-MM-DD") from None
    if args.keep_days < 1:
        raise CommandError("--keep-days: give 1 or more days")
    feed = FeedOptions(title=args.feed_title, description=args.feed_description, keep_days=args.keep_days)
    if args.feed_link:
        feed = dataclasses.replace(feed, link=args.feed_link)
    if not feed.description:
        feed = dataclasses.replace(feed, description=FeedOptions().description)
    digest = load_project(args.project)
    result = publish(digest, args.folder, day, PublishOptions(feed=feed, theme=args.theme))
    for path in result.written:
        print(path)
    print(
        f"{args.folder}: issue {result.day.isoformat()} of {len(digest.papers)} papers published; "
        f"{result.issues} issues in the index, {result.feed_items} items in the feed",
        file=sys.stderr,
    )
    return 0


def _add(args: argparse.Namespace) -> int:
    from digest_gui.core.model import Digest
    from digest_gui.core.operations import add_ids, has_english, read_ids

    path = Path(args.project)
    digest = load_project(path) if path.exists() else Digest(title=path.stem.removesuffix(".digest"))
    found = read_ids(sys.stdin.read() if argument == "-" else argument for argument in args.ids)
    # Standard input holding no id is no mistake worth a line; an argument holding none is.
    unknown = [argument for argument in args.ids if argument != "-" and argument in found.without_id]
    added = add_ids(digest, found.ids)
    new_ids = {paper.id for paper in digest.papers[added.first_row : added.first_row + added.added]}
    lines = {item.id: "added" if item.id in new_ids else "already in the project" for item in found.ids}
    failed = len(unknown)
    if not args.no_fetch:
        # The new papers, and those of the project never fetched (added with --no-fetch).
        wanted = [
            item
            for item in found.ids
            if item.id in new_ids or not has_english(digest.papers[digest.index_of(item.id)])
        ]
        failed += _fetch_into(digest, wanted, lines, new_ids)
    for argument in unknown:
        print(f"'{argument}': no arXiv id or link in it")
    for item in found.ids:
        row = digest.index_of(item.id)
        if row < 0:  # a new paper that could not be fetched: not added
            print(f"{item.id}: {lines[item.id]}")
            continue
        paper = digest.papers[row]
        title = f" — {' '.join(paper.title_en.split())}" if paper.title_en.strip() else ""
        print(f"{paper.versioned_id}: {lines[item.id]}{title}")
    save_project(digest, path)
    return 1 if failed else 0


def _fetch_into(digest: Digest, ids: list[ArxivId], lines: dict[str, str], new_ids: set[str]) -> int:
    """Fetch ids into the digest's papers and note how each went; return the failures.

    A new paper whose fetch failed is taken out again: a paper with only an id would
    export as an empty link. One that was in the project stays, marked failed.
    """
    from digest_gui.core.operations import fetch_into_digest
    from digest_gui.core.sources.arxiv_api import (
        ArxivFetcher,
        ArxivSettings,
        MetadataCache,
        default_cache_folder,
    )

    if not ids:
        return 0
    wanted = [ArxivId(item.id, digest.papers[digest.index_of(item.id)].version) for item in ids]
    fetcher = ArxivFetcher(ArxivSettings.from_environment(), MetadataCache(default_cache_folder()))
    failed = 0
    for report in fetch_into_digest(digest, wanted, fetcher):
        applied = report.applied
        if applied.failed:
            failed += 1
            if report.paper_id in new_ids:
                del digest.papers[digest.index_of(report.paper_id)]
                lines[report.paper_id] = f"not added: {applied.failure}"
            else:
                lines[report.paper_id] += f"; fetch failed: {applied.failure}"
            continue
        state = lines[report.paper_id] + ("" if report.paper_id in new_ids else "; fetched now")
        if applied.offers:
            state += "; arXiv differs: " + ", ".join(offer.field for offer in applied.offers)
        lines[report.paper_id] = state
    return failed


def _listing(args: argparse.Namespace) -> int:
    # Imported here: lxml and requests cost start-up time the other commands need not pay.
    import datetime

    from digest_gui.core.model import LISTING_DATE_KEY, Digest
    from digest_gui.core.sources.listing import LISTING_TYPES, ListingSettings, listing_paper
    from digest_gui.core.sources.listing_sources import get_listing_source

    output = Path(args.output)
    if output.exists() and not args.force:
        raise CommandError(f"{output} exists; choose another name with -o, or add --force to replace it")
    types = [name.strip().lower() for name in args.type.split(",") if name.strip()]
    unknown = [name for name in types if name not in LISTING_TYPES]
    if unknown:
        known = ", ".join(LISTING_TYPES)
        raise CommandError(f"--type: unknown announce type {', '.join(unknown)} (use {known})")
    # Every name is checked before the first request; "cs.LG,cs.CV" counts as two.
    source = get_listing_source(args.source)
    categories = source.parse_categories(" ".join(args.categories))
    items = source.fetch(categories, ListingSettings())
    kept = [item for item in items if not types or item.announce_type in types]
    notes: dict[str, str] = {}
    if args.rank:
        from digest_gui.cli.archive import rank_for_listing

        kept, notes = rank_for_listing(kept, args)
    papers = [listing_paper(item) for item in kept]
    where = ", ".join(categories)
    title = args.title if args.title is not None else f"arXiv {where} {datetime.date.today().isoformat()}"
    # The listing's day: what `publish` dates the issue by.
    listing_day = {LISTING_DATE_KEY: datetime.date.today().isoformat()}
    save_project(Digest(title=title, papers=papers, extra=listing_day), output)
    for paper in papers:
        print(f"{paper.versioned_id}\t{paper.announce_type}\t{paper.title_en}{notes.get(paper.id, '')}")
    if not items:
        print(
            f"{APP_NAME}: warning: no announcements today in {where} (none on weekends and holidays)",
            file=sys.stderr,
        )
    print(f"{output}: {len(papers)} papers from today's listing of {where}", file=sys.stderr)
    return 0


def _draft(args: argparse.Namespace) -> int:
    # Imported here: openai costs start-up time the other commands need not pay.
    from digest_gui.core.drafting.llm import Drafter, DraftResult
    from digest_gui.core.drafting.secrets import API_KEY_VARIABLE, KeyUnreadable, get_api_key
    from digest_gui.core.failures import Failure
    from digest_gui.core.operations import (
        apply_draft_result,
        choose_papers_to_draft,
        draft_failed,
        find_papers,
    )

    if args.all and args.ids:
        raise CommandError("give --all or paper ids, not both")
    path = Path(args.project)
    digest = load_project(path)
    settings = _llm_settings(args).with_environment()
    if not settings.configured():
        raise CommandError(
            "no model configured: set the server and the model in the window's Preferences → Model, "
            "or DIGEST_GUI_LLM_BASE_URL and DIGEST_GUI_LLM_MODEL "
            "(and DIGEST_GUI_LLM_API_KEY, or keep the key in the system keyring)"
        )
    if args.ids:
        named = find_papers(digest, args.ids)
        for text in named.not_found:
            print(f"{text}\tfailed: not in the project")
        rows, failed = named.rows, len(named.not_found)
    else:
        choice = choose_papers_to_draft(digest)
        for row in choice.skipped:
            print(f"{digest.papers[row].id}\tskipped: no English title or abstract (fetch it first)")
        rows, failed = choice.rows, 0
    if not rows:
        print(f"{APP_NAME}: nothing to draft in {path}", file=sys.stderr)
        return 1 if failed else 0
    try:
        key = get_api_key()[0]
    except KeyUnreadable as error:  # never a request without the key
        raise CommandError(f"{error}; set {API_KEY_VARIABLE} to give it") from None
    drafter = Drafter(settings, key, digest.glossary)
    row_of = {digest.papers[row].id: row for row in rows}
    counts = {"drafted": 0, "failed": failed}

    def on_result(paper_id: str, result: DraftResult | None, failure: Failure | None) -> None:
        row = row_of[paper_id]
        if result is None:
            reason = failure or Failure("unexpected")
            digest.papers[row] = draft_failed(digest.papers[row], reason)
            counts["failed"] += 1
            print(f"{paper_id}\tfailed: {reason}", flush=True)
            return
        applied = apply_draft_result(digest.papers[row], result)
        digest.papers[row] = applied.paper
        parts = ["drafted"] if applied.filled else []
        if applied.suggested:
            parts.append("suggestions: " + ", ".join(applied.suggested))
        counts["drafted"] += 1
        print(f"{paper_id}\t{'; '.join(parts) or 'unchanged'}", flush=True)

    interrupted = False
    try:
        drafter.draft_many([digest.papers[row] for row in rows], on_result)
    except KeyboardInterrupt:
        interrupted = True  # keep what is finished: drafts cost time and money
    save_project(digest, path)
    print(
        f"{path}: {counts['drafted']} drafted, {counts['failed']} failed; tokens used: "
        f"{drafter.prompt_tokens} prompt + {drafter.completion_tokens} completion",
        file=sys.stderr,
    )
    if interrupted:
        return 130
    return 1 if counts["failed"] else 0


def _llm_settings(args: argparse.Namespace) -> LlmSettings:
    """The model the window's Preferences saved, with the command line's limits where given."""
    import dataclasses

    from digest_gui.core.saved_preferences import llm_settings, read_saved_preferences

    saved = read_saved_preferences()
    return dataclasses.replace(
        llm_settings(saved),
        parallel=args.parallel if args.parallel is not None else saved.llm_parallel,
        summary_limit=args.summary_limit if args.summary_limit is not None else saved.summary_limit,
    )


def _check(args: argparse.Namespace) -> int:
    from digest_gui.core.quality.checks import QualityCounts, check_digest
    from digest_gui.core.saved_preferences import read_saved_preferences

    digest = load_project(args.project)
    # The window's limit unless one is given: the counts are the status bar's.
    limit = args.summary_limit if args.summary_limit is not None else read_saved_preferences().summary_limit
    issues = check_digest(digest, limit)
    for issue in issues:
        paper_id = digest.papers[issue.row].id or "(no id)"
        print(f"[^{issue.row + 1}] {paper_id} {issue.field}: {issue.message}")
    counts = QualityCounts.of(digest, issues)
    print(f"{args.project}: {counts.text()}", file=sys.stderr)
    return 1 if issues else 0


def _ids(args: argparse.Namespace) -> int:
    text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    for arxiv_id in find_arxiv_ids(text):
        print(arxiv_id)
    return 0


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CommandError(f"{path}: cannot read: {error.strerror or error}") from None


def _decode(data: bytes, source: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CommandError(f"{source}: line {line}: not UTF-8 text (byte {error.start})") from None


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "add": _add,
    "listing": _listing,
    "import": _import,
    "export": _export,
    "publish": _publish,
    "draft": _draft,
    "check": _check,
    "ids": _ids,
    "archive": archive_command,
}
