"""The `digest-gui` command: the window, or a subcommand for scripts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from digest_gui import APP_NAME, version
from digest_gui.core.errors import DigestError
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.exporters import DEFAULT_FORMAT, ExportOptions, export_digest, exporters, themes
from digest_gui.core.formats.project_file import EXTENSION, load_project, save_project
from digest_gui.core.identifiers import find_arxiv_ids
from digest_gui.paths import DEFAULT_THEME

if TYPE_CHECKING:
    from digest_gui.core.identifiers import ArxivId
    from digest_gui.core.model import Digest

DESCRIPTION = "Write bilingual (English/Chinese) digests of arXiv papers."


class CommandError(DigestError):
    """A command cannot do what it was asked; the message says why."""


class _VersionAction(argparse.Action):
    """--version, reading the version only when asked (it costs start-up time)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"{APP_NAME} {version()}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description=DESCRIPTION)
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import",
        help="turn a digest in Markdown into a project file",
        description="Read a digest written in the reference Markdown layout and save it as a project.",
    )
    imp.add_argument("digest", metavar="DIGEST.md", help="the digest to read ('-' for standard input)")
    imp.add_argument(
        "-o", "--output", metavar="PROJECT", help=f"the project to write (default: DIGEST{EXTENSION})"
    )
    imp.add_argument("--title", help="the project's title (default: the digest's file name)")
    imp.add_argument("--force", action="store_true", help="replace the project file if it exists")

    exp = commands.add_parser(
        "export",
        help="write a project as a digest in Markdown (or another format)",
        description="Write a project as Markdown in the reference digest layout, or in another "
        "registered format (--format).",
    )
    exp.add_argument("project", metavar="PROJECT", help="the project file to read")
    exp.add_argument(
        "-o", "--output", metavar="DIGEST.md", required=True, help="where to write ('-' for standard output)"
    )
    formats = "; ".join(f"{item.name}: {item.label} ({item.extension})" for item in exporters())
    exp.add_argument(
        "--format",
        default=DEFAULT_FORMAT,
        metavar="NAME",
        help=f"the format to write: {formats} (default: md)",
    )
    exp.add_argument(
        "--theme",
        default=DEFAULT_THEME,
        metavar="NAME",
        help=f"the stylesheet of an HTML export: {', '.join(themes())} (default: {DEFAULT_THEME})",
    )

    add = commands.add_parser(
        "add",
        help="add papers to a project and fetch them from arXiv",
        description="Add papers by arXiv id or link (creating the project if needed), fetch their "
        "English side from arXiv, save, and print one line per paper.",
    )
    add.add_argument("project", metavar="PROJECT", help="the project file (created if it does not exist)")
    add.add_argument(
        "ids", nargs="+", metavar="ID_OR_URL", help="arXiv ids or links; '-' reads standard input"
    )
    add.add_argument("--no-fetch", action="store_true", help="only add the papers (fetch later)")

    listing = commands.add_parser(
        "listing",
        help="make a project of today's arXiv listing",
        description="Fetch today's announcements of arXiv categories from their RSS feeds "
        "(https://rss.arxiv.org/rss/CATEGORY; set DIGEST_GUI_ARXIV_RSS to use another address) and "
        "save them as a new project: each paper once, keeping its announce type for the export. "
        "Prints one line per paper.",
    )
    listing.add_argument(
        "categories", nargs="+", metavar="CATEGORY", help="arXiv categories, e.g. cs.LG cs.CV"
    )
    listing.add_argument("-o", "--output", metavar="PROJECT", required=True, help="the project to write")
    listing.add_argument(
        "--type",
        metavar="TYPES",
        default="",
        help="the announce types to keep, separated by commas: new, cross, replace, replace-cross "
        "(default: all)",
    )
    listing.add_argument(
        "--source",
        default="arxiv",
        metavar="NAME",
        help=f"where the listing comes from: {_source_list()} (default: arxiv)",
    )
    listing.add_argument("--title", help="the project's title (default: the categories and today's date)")
    listing.add_argument("--force", action="store_true", help="replace the project file if it exists")

    draft = commands.add_parser(
        "draft",
        help="draft the Chinese side of papers with a language model",
        description="Ask an OpenAI-compatible Chat Completions server (OpenAI, DeepSeek, Qwen, Ollama, "
        "vLLM, ...) for each paper's Chinese title, one-sentence summary and abstract translation. "
        "Drafts fill empty fields only; where a field has text, the draft is kept beside it as a "
        "suggestion to accept or ignore in the window. The server is set by DIGEST_GUI_LLM_BASE_URL "
        "(e.g. https://api.openai.com/v1) and DIGEST_GUI_LLM_MODEL; the API key comes from "
        "DIGEST_GUI_LLM_API_KEY or the system keyring (none is needed by local servers). Saves the "
        "project, prints one line per paper and the tokens used; exits with 1 if any paper failed.",
    )
    draft.add_argument("project", metavar="PROJECT", help="the project file")
    draft.add_argument(
        "ids",
        nargs="*",
        metavar="ID",
        help="the papers to draft, even those with Chinese already (default: every paper with an "
        "empty Chinese field and English to translate)",
    )
    draft.add_argument(
        "--all",
        action="store_true",
        help="draft every paper with an empty Chinese field (the default; kept for scripts that give it)",
    )
    draft.add_argument(
        "--summary-limit", type=int, default=80, metavar="N", help="the longest summary, in characters (80)"
    )
    draft.add_argument("--parallel", type=int, default=2, metavar="N", help="requests at once (2)")

    check = commands.add_parser(
        "check",
        help="print the quality warnings of a project",
        formatter_class=_CheckListFormatter,
        description="Check every paper: {checks}. Prints one warning per line as "
        "'[^N] ID field: message' and a summary line on standard error; exits with 1 when there is "
        "any warning, empty Chinese fields included.",
    )
    check.add_argument("project", metavar="PROJECT", help="the project file")
    check.add_argument(
        "--summary-limit", type=int, default=80, metavar="N", help="the longest summary, in characters (80)"
    )

    commands.add_parser(
        "ids",
        help="print the arXiv ids found in standard input",
        description="Read text on standard input and print the arXiv ids in it, one per line.",
    )
    return parser


def _source_list() -> str:
    """The registered listing sources, as `listing --help` lists them."""
    from digest_gui.core.sources.listing_sources import listing_sources

    return "; ".join(f"{source.name}: {source.label}" for source in listing_sources())


class _CheckListFormatter(argparse.HelpFormatter):
    """Help that lists the registered quality checks, loading them only when help is shown."""

    def _format_text(self, text: str) -> str:
        if "{checks}" in text:
            from digest_gui.core.quality.checks import quality_checks

            listed = "; ".join(f"{check.summary} ({check.kind})" for check in quality_checks())
            text = text.replace("{checks}", listed)
        return super()._format_text(text)


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=DESCRIPTION,
        epilog="commands: add, listing, import, export, draft, check, ids (see 'digest-gui COMMAND --help')",
    )
    parser.add_argument("--version", action=_VersionAction)
    # The desktop passes every selected file (%F); one window holds one project, the first.
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="a project to open or a digest (.md) to import"
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="save a picture of the window and quit")
    parser.add_argument("--size", metavar="WxH", help="the window size, e.g. 1400x860")
    return parser


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
    data = export_digest(digest, args.format, ExportOptions(theme=args.theme)).encode("utf-8")
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


def _add(args: argparse.Namespace) -> int:
    from digest_gui.core.identifiers import ArxivId
    from digest_gui.core.model import Digest
    from digest_gui.core.operations import add_ids, read_ids

    path = Path(args.project)
    digest = load_project(path) if path.exists() else Digest(title=path.stem.removesuffix(".digest"))
    found = read_ids(sys.stdin.read() if argument == "-" else argument for argument in args.ids)
    # Standard input holding no id is no mistake worth a line; an argument holding none is.
    unknown = [argument for argument in args.ids if argument != "-" and argument in found.without_id]
    added = add_ids(digest, found.ids)
    new_ids = {paper.id for paper in digest.papers[added.first_row : added.first_row + added.added]}
    lines = {item.id: "added" if item.id in new_ids else "already in the project" for item in found.ids}
    failed = len(unknown)
    if not args.no_fetch and found.ids:
        ids = [ArxivId(item.id, digest.papers[digest.index_of(item.id)].version) for item in found.ids]
        failed += _fetch_into(digest, ids, lines)
    save_project(digest, path)
    for argument in unknown:
        print(f"{argument}\tfailed\tno arXiv id or link in this")
    for item in found.ids:
        paper = digest.papers[digest.index_of(item.id)]
        print(f"{paper.versioned_id}\t{lines[item.id]}\t{paper.title_en}".rstrip())
    return 1 if failed else 0


def _fetch_into(digest: Digest, ids: list[ArxivId], lines: dict[str, str]) -> int:
    """Fetch ids into the digest's papers; note each one's state; return the failures."""
    from digest_gui.core.operations import fetch_into_digest
    from digest_gui.core.sources.arxiv_api import (
        ArxivFetcher,
        ArxivSettings,
        MetadataCache,
        default_cache_folder,
    )

    fetcher = ArxivFetcher(ArxivSettings.from_environment(), MetadataCache(default_cache_folder()))
    failed = 0
    for report in fetch_into_digest(digest, ids, fetcher):
        applied = report.applied
        if applied.failed:
            lines[report.paper_id] = f"failed: {applied.failure}"
            failed += 1
            continue
        state = "fetched (cached)" if applied.from_cache else "fetched"
        if applied.offers:
            state += "; arXiv differs: " + ", ".join(offer.field for offer in applied.offers)
        lines[report.paper_id] = state
    return failed


def _listing(args: argparse.Namespace) -> int:
    # Imported here: lxml and requests cost start-up time the other commands need not pay.
    import datetime

    from digest_gui.core.model import Digest
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
    papers = [listing_paper(item) for item in items if not types or item.announce_type in types]
    where = ", ".join(categories)
    title = args.title if args.title is not None else f"arXiv {where} {datetime.date.today().isoformat()}"
    save_project(Digest(title=title, papers=papers), output)
    for paper in papers:
        print(f"{paper.versioned_id}\t{paper.announce_type}\t{paper.title_en}")
    if not items:
        print(
            f"{APP_NAME}: warning: no announcements today in {where} (none on weekends and holidays)",
            file=sys.stderr,
        )
    print(f"{output}: {len(papers)} papers from today's listing of {where}", file=sys.stderr)
    return 0


def _draft(args: argparse.Namespace) -> int:
    # Imported here: openai costs start-up time the other commands need not pay.
    from digest_gui.core.drafting.llm import Drafter, DraftResult, LlmSettings
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
    settings = LlmSettings(summary_limit=args.summary_limit, parallel=args.parallel).with_environment()
    if not settings.configured():
        raise CommandError(
            "no model configured: set DIGEST_GUI_LLM_BASE_URL and DIGEST_GUI_LLM_MODEL "
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


def _check(args: argparse.Namespace) -> int:
    from digest_gui.core.quality.checks import QualityCounts, check_digest

    digest = load_project(args.project)
    issues = check_digest(digest, args.summary_limit)
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


def _window(args: argparse.Namespace) -> int:
    try:
        from digest_gui.ui.app import run_window
    except ImportError as error:
        raise CommandError(f"the window cannot start: {error}") from None
    first = args.files[0] if args.files else None
    status = run_window(first, screenshot=args.screenshot, size=args.size)
    if args.screenshot:
        # The picture is saved and nothing else was changed: skip tearing down Qt and the
        # interpreter (tens of milliseconds) so scripted screenshots stay quick.
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # pythonw (the console-less launcher) has none
                stream.flush()
        os._exit(status)
    return status


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "add": _add,
    "listing": _listing,
    "import": _import,
    "export": _export,
    "draft": _draft,
    "check": _check,
    "ids": _ids,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 error, 2 usage)."""
    from digest_gui.logs import start_logging  # (the window's run_window calls it again: harmless)

    start_logging()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _parser().parse_args(argv)
            return COMMANDS[args.command](args)
        return _window(_window_parser().parse_args(argv))
    except DigestError as error:
        print(f"{APP_NAME}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (digest-gui export -o - | head); nothing left to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:
        if os.environ.get("DIGEST_GUI_DEBUG"):
            raise
        print(f"{APP_NAME}: error: unexpected {type(error).__name__}: {error}", file=sys.stderr)
        return 1
