"""The export formats: a registry the CLI's `export --format` and the window's File menu read.

An exporter has a name (what `--format` takes), a label, a file extension and a function
turning a digest into the file's text. A new format is one `register_exporter(Exporter(...))`;
the first two are the reference Markdown and a standalone HTML page styled by a theme, a
stylesheet under resources/themes/.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from digest_gui.core.control_chars import clean_digest
from digest_gui.core.errors import DigestError
from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.model import Digest
from digest_gui.paths import DEFAULT_THEME, THEMES_FOLDER, resource_path, theme

DEFAULT_FORMAT = "md"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices an exporter may follow; the ones a format has no use for are ignored."""

    theme: str = DEFAULT_THEME  # the stylesheet of formats that have one (HTML)
    scheme: str = "auto"  # HTML colours: "auto" (the reader's light or dark mode), "light", "dark"


@dataclass(frozen=True, slots=True)
class Exporter:
    """One export format: `write(digest, options)` is the whole file's text."""

    name: str  # what `digest-gui export --format` takes: "md", "html"
    label: str  # for people: "Markdown", "HTML"
    extension: str  # with its dot: ".md"
    write: Callable[[Digest, ExportOptions], str]


class ExportError(DigestError):
    """An export cannot be made as asked (an unknown format or theme)."""


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(exporter: Exporter) -> Exporter:
    """Add a format (or replace the one of the same name); return it."""
    EXPORTERS[exporter.name] = exporter
    return exporter


def exporters() -> list[Exporter]:
    """Every registered format, in the order registered."""
    return list(EXPORTERS.values())


def get_exporter(name: str) -> Exporter:
    """The format called name; raise ExportError naming the known ones."""
    exporter = EXPORTERS.get(name.strip().lower())
    if exporter is None:
        known = ", ".join(EXPORTERS)
        raise ExportError(f"unknown export format “{name}” (known: {known})")
    return exporter


def export_digest(digest: Digest, name: str = DEFAULT_FORMAT, options: ExportOptions | None = None) -> str:
    """The digest in the format called name."""
    return get_exporter(name).write(digest, options or ExportOptions())


# ------------------------------------------------------------------------------ themes


def themes() -> list[str]:
    """The names of the bundled HTML themes, sorted."""
    folder = resource_path(THEMES_FOLDER)
    return sorted(path.stem for path in folder.glob("*.css"))


SCHEMES = ("auto", "light", "dark")
# Every theme holds its light rules, then its dark ones in one block opened by this line.
_DARK_BLOCK = "@media (prefers-color-scheme: dark) {"


@cache
def theme_css(name: str = DEFAULT_THEME, scheme: str = "auto") -> str:
    """The stylesheet of a theme in a colour scheme; raise ExportError for an unknown one.

    "auto" is the file as written (dark when the reader's system is); "light" leaves the
    dark block out (Qt's preview and the WeChat inliner need no media queries); "dark"
    applies the dark block's rules unconditionally, after the light ones they override.
    """
    path = resource_path(*theme(name))
    if "/" in name or "\\" in name or not path.is_file():
        raise ExportError(f"unknown theme “{name}” (known: {', '.join(themes())})")
    if scheme not in SCHEMES:
        raise ExportError(f"unknown colour scheme “{scheme}” (known: {', '.join(SCHEMES)})")
    css = path.read_text(encoding="utf-8")
    light, found, dark = css.partition(_DARK_BLOCK)
    if scheme == "auto" or not found:
        return css
    if scheme == "light":
        return light.rstrip() + "\n"
    return f"{light.rstrip()}\n\n{dark.rstrip().removesuffix('}').rstrip()}\n"


# ------------------------------------------------------------------- the first formats


def _write_markdown(digest: Digest, _options: ExportOptions) -> str:
    return export_markdown(digest)


def _write_html(digest: Digest, options: ExportOptions) -> str:
    # Imported here: Python-Markdown costs start-up time a Markdown export need not pay.
    from digest_gui.core.formats.render_html import digest_html

    return digest_html(clean_digest(digest), theme_css(options.theme, options.scheme))


def _write_rich_text(platform: str) -> Callable[[Digest, ExportOptions], str]:
    def write(digest: Digest, options: ExportOptions) -> str:
        from digest_gui.core.formats.rich_text import rich_text_page

        return rich_text_page(clean_digest(digest), theme_css(options.theme, "light"), platform)

    return write


register_exporter(Exporter("md", "Markdown", ".md", _write_markdown))
register_exporter(Exporter("html", "HTML", ".html", _write_html))
register_exporter(Exporter("wechat", "WeChat HTML", ".html", _write_rich_text("wechat")))
register_exporter(Exporter("zhihu", "Zhihu HTML", ".html", _write_rich_text("zhihu")))


def _write_feed(digest: Digest, _options: ExportOptions) -> str:
    # Imported here: publish (and lxml, for reading feeds) only when a feed is asked for.
    from digest_gui.core.formats.feed import digest_feed
    from digest_gui.core.publish import issue_date

    return digest_feed(digest, issue_date(digest))


register_exporter(Exporter("rss", "RSS feed", ".xml", _write_feed))
