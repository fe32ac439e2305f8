"""The `digest-gui` command: the window, or a subcommand for scripts.

window_args.py holds the window's arguments, parser.py the subcommands' arguments and their
help, commands.py what each subcommand does.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from digest_gui import APP_NAME
from digest_gui.cli.window_args import COMMAND_NAMES, window_args
from digest_gui.core.errors import DigestError

if TYPE_CHECKING:
    from digest_gui.cli.commands import COMMANDS, CommandError

__all__ = ["COMMANDS", "COMMAND_NAMES", "CommandError", "main"]


def __getattr__(name: str) -> Any:
    # COMMANDS and CommandError, loaded when a subcommand or a script first asks.
    if name in ("COMMANDS", "CommandError"):
        from digest_gui.cli import commands

        return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _window(args: argparse.Namespace) -> int:
    # Importing the window creates objects by the hundred thousand and none are garbage:
    # the collector would run ~70 times for nothing before the first frame (~7 ms). The
    # window collects on its own thread from then on (ui/collector.py), which keeps the
    # automatic collector off.
    gc.disable()
    # What every start compiled from source (PySide6's helpers as it is imported, the
    # dataclasses' methods) comes compiled from the last start's cache (code_cache.py).
    from digest_gui import code_cache
    from digest_gui.paths import user_cache_dir

    code_cache.load(user_cache_dir() / "code")
    try:
        with code_cache.compiling():
            from digest_gui.ui.app import run_window
    except ImportError as error:
        raise DigestError(f"the window cannot start: {error}") from None
    first = args.files[0] if args.files else None
    status = run_window(first, screenshot=args.screenshot, size=args.size)
    # The window is closed: its project saved or let go as the user chose, autosave and
    # every task drained or cancelled (run_window). What is left is tearing down Qt and
    # the interpreter, and there PySide6 can crash: the interpreter's last garbage
    # collection frees Qt objects while a worker thread may still be inside a request
    # that ignores cancelling (a silent server; seen as "Segmentation fault while
    # garbage-collecting" in tests/ui/test_quit_during_request.py). Nothing is lost by
    # skipping it; logs and output are flushed first. (A screenshot run also saves the
    # tens of milliseconds of teardown.)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # pythonw (the console-less launcher) has none
            stream.flush()
    os._exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 error, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMAND_NAMES:
            # The window sets logging up itself, after its first frame (ui/app.py).
            from digest_gui.cli import commands
            from digest_gui.cli.parser import command_parser
            from digest_gui.logs import start_logging

            start_logging()
            args = command_parser().parse_args(argv)
            return commands.COMMANDS[args.command](args)
        return _window(window_args(argv))
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
