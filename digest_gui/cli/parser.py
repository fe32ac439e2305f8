"""The command line's arguments: the window's, and each subcommand's with its help."""

from __future__ import annotations

import argparse

from digest_gui import APP_NAME
from digest_gui.cli.archive import add_archive_parser, add_rank_arguments
from digest_gui.cli.window_args import DESCRIPTION, VersionAction
from digest_gui.core.formats.exporters import DEFAULT_FORMAT, SCHEMES, exporters, themes
from digest_gui.core.formats.project_file import EXTENSION
from digest_gui.paths import DEFAULT_THEME


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description=DESCRIPTION)
    parser.add_argument("--version", action=VersionAction)
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
    exp.add_argument(
        "--scheme",
        default="auto",
        choices=SCHEMES,
        help="the colours of an HTML export: auto (the reader's light or dark mode), light or dark "
        "(default: auto)",
    )

    pub = commands.add_parser(
        "publish",
        help="write the day's issue, the feed and the index into a folder",
        description="Write a project's digest into FOLDER (a site's folder, e.g. a git repository "
        "GitHub Pages serves): YYYY-MM-DD.md (the exact Markdown), YYYY-MM-DD.html, feed.xml (RSS "
        "2.0: the day's items replacing any of that day, the last --keep-days days kept, newest "
        "first) and index.md and index.html listing every YYYY-MM-DD.md issue in the folder, newest "
        "first. A re-run on the same day replaces that day's files and items. Nothing outside the "
        "folder is touched; every file is replaced atomically.",
    )
    pub.add_argument("project", metavar="PROJECT", help="the project file to read")
    pub.add_argument("folder", metavar="FOLDER", help="the folder to publish into (it must exist)")
    pub.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the issue's date (default: the date of the listing the project was made from, or today)",
    )
    pub.add_argument("--keep-days", type=int, default=7, metavar="N", help="days of items the feed keeps (7)")
    pub.add_argument(
        "--feed-title", default="", metavar="TEXT", help="the feed's title (default: the project's)"
    )
    pub.add_argument(
        "--feed-link", default="", metavar="URL", help="the feed's site address (default: arXiv's)"
    )
    pub.add_argument("--feed-description", default="", metavar="TEXT", help="the feed's description")
    pub.add_argument(
        "--theme",
        default=DEFAULT_THEME,
        metavar="NAME",
        help=f"the stylesheet of the HTML pages: {', '.join(themes())} (default: {DEFAULT_THEME})",
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
    add_rank_arguments(listing)

    draft = commands.add_parser(
        "draft",
        help="draft the Chinese side of papers with a language model",
        description="Ask an OpenAI-compatible Chat Completions server (OpenAI, DeepSeek, Qwen, Ollama, "
        "vLLM, ...) for each paper's Chinese title, one-sentence summary and abstract translation. "
        "Drafts fill empty fields only; where a field has text, the draft is kept beside it as a "
        "suggestion to accept or ignore in the window. The server, the model, the prompts and the "
        "temperature are the ones saved in the window's Preferences → Model; DIGEST_GUI_LLM_BASE_URL "
        "(e.g. https://api.openai.com/v1) and DIGEST_GUI_LLM_MODEL override them; the API key comes from "
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
        "--summary-limit",
        type=int,
        metavar="N",
        help="the longest summary, in characters (default: the window's Preferences, else 80)",
    )
    draft.add_argument(
        "--parallel",
        type=int,
        metavar="N",
        help="requests at once (default: the window's Preferences, else 2)",
    )

    check = commands.add_parser(
        "check",
        help="print the quality warnings of a project",
        formatter_class=_CheckListFormatter,
        description="Check every paper: {checks}. Prints one problem (a warning or an empty "
        "Chinese field) per line as '[^N] ID field: message' and the counts on standard error, as the "
        "window's status bar shows them; exits with 1 when there is any problem.",
    )
    check.add_argument("project", metavar="PROJECT", help="the project file")
    check.add_argument(
        "--summary-limit",
        type=int,
        metavar="N",
        help="the longest summary, in characters (default: the window's Preferences, else 80)",
    )

    add_archive_parser(commands)

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
