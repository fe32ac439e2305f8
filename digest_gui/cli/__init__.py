"""The `digest-gui` command: the window, or a subcommand for scripts.

parser.py holds the arguments and their help, commands.py what each subcommand does.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from digest_gui import APP_NAME
from digest_gui.cli.commands import COMMANDS, CommandError
from digest_gui.cli.parser import command_parser, window_parser
from digest_gui.core.errors import DigestError

__all__ = ["COMMANDS", "CommandError", "main"]


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 error, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            # The window sets logging up itself, after its first frame (ui/app.py).
            from digest_gui.logs import start_logging

            start_logging()
            args = command_parser().parse_args(argv)
            return COMMANDS[args.command](args)
        return _window(window_parser().parse_args(argv))
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
        logging.getLogger(__name__).exception("unexpected error in %s", " ".join(argv[:1]) or "the window")
        print(f"{APP_NAME}: error: unexpected {type(error).__name__}: {error}", file=sys.stderr)
        return 1
