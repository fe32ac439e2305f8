"""The window's command line (`digest-gui [FILE...]`): kept apart from the subcommands' parser
so that starting the window imports none of the subcommands' modules."""

from __future__ import annotations

import argparse

from digest_gui import APP_NAME, version

DESCRIPTION = "Write bilingual (English/Chinese) digests of arXiv papers."

# The subcommands, named here so that starting the window imports none of them
# (commands.py's COMMANDS has one function for each; a test checks they agree).
COMMAND_NAMES = ("add", "listing", "import", "export", "publish", "draft", "check", "archive", "ids")


class VersionAction(argparse.Action):
    """--version, reading the version only when asked (it costs start-up time)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"{APP_NAME} {version()}")
        parser.exit()


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=DESCRIPTION,
        epilog=f"commands: {', '.join(COMMAND_NAMES)} (see 'digest-gui COMMAND --help')",
    )
    parser.add_argument("--version", action=VersionAction)
    # The desktop passes every selected file (%F); one window holds one project, the first.
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="a project to open or a digest (.md) to import"
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="save a picture of the window and quit")
    parser.add_argument("--size", metavar="WxH", help="the window size, e.g. 1400x860")
    return parser


def window_args(argv: list[str]) -> argparse.Namespace:
    """The window's arguments. Files alone (a double-click, the desktop's %F) are read
    without building the parser, whose texts look for their translations on disk (a few
    milliseconds of start-up); anything with an option goes through it."""
    if not any(arg.startswith("-") for arg in argv):
        return argparse.Namespace(version=None, files=list(argv), screenshot=None, size=None)
    return window_parser().parse_args(argv)
