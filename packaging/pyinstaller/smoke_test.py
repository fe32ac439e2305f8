"""Start a built digest-gui as a user would and check the picture of its window.

    python packaging/pyinstaller/smoke_test.py [--runs N] [--same-as PNG] OUT.png COMMAND [ARG...]

Runs `COMMAND [ARG...] --screenshot OUT.png --size 1200x800` (the example digest) from the
temporary folder, never the checkout, with QT_QPA_PLATFORM=offscreen and a private home
(HOME, XDG_*), so neither the checkout nor the user's settings and caches take part.
The first start fills the icon cache; N more starts are timed and their median reported.
OUT.png must be a 1200x800 picture with many colours (the window, not a blank), and with
--same-as nearly the same as another run's picture. Exits 1 on any failure.

Needs PySide6 in the Python that runs it (to read the PNG), nothing of digest-gui.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1200, 800
MIN_COLOURS = 64  # the window has text, icons and a preview; a blank or a stub has a handful
MAX_DIFFERENT = 0.02  # --same-as: share of sampled pixels allowed to differ (font hinting)
TIMEOUT = 120


def private_environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    folders = {
        "HOME": "home",
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "XDG_CACHE_HOME": "cache",
        "XDG_STATE_HOME": "state",
        "XDG_RUNTIME_DIR": "runtime",
    }
    for key, name in folders.items():
        folder = home / name
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[key] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start(command: list[str], out: Path, env: dict[str, str], cwd: str) -> float:
    """One start to a saved screenshot; its wall time in seconds."""
    out.unlink(missing_ok=True)
    began = time.perf_counter()
    result = subprocess.run(
        [*command, "--screenshot", str(out), "--size", f"{WIDTH}x{HEIGHT}"],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"smoke test: {command[0]} exited with {result.returncode}")
    return elapsed


def sampled_pixels(path: Path) -> list[int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        raise SystemExit(f"smoke test: {path} is not a readable image")
    if (image.width(), image.height()) != (WIDTH, HEIGHT):
        raise SystemExit(f"smoke test: {path} is {image.width()}x{image.height()}, not {WIDTH}x{HEIGHT}")
    return [image.pixel(x, y) for y in range(0, HEIGHT, 3) for x in range(0, WIDTH, 3)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed starts after the first (default 5)")
    parser.add_argument("--same-as", type=Path, metavar="PNG", help="a picture this one should match")
    parser.add_argument("out", type=Path, metavar="OUT.png")
    parser.add_argument("command", nargs=argparse.REMAINDER, metavar="COMMAND [ARG...]")
    args = parser.parse_args()
    if not args.command:
        parser.error("the command to start is missing")
    program = Path(args.command[0])
    found = str(program.resolve()) if program.exists() else shutil.which(args.command[0])
    if found is None:
        parser.error(f"{args.command[0]}: no such program")
    command = [found, *args.command[1:]]
    out = args.out.resolve()
    with tempfile.TemporaryDirectory(prefix="digest-gui-smoke-") as home:
        env = private_environment(Path(home))
        cwd = tempfile.gettempdir()  # /tmp on Linux: outside the checkout
        first = start(command, out, env, cwd)
        times = [start(command, out, env, cwd) for _ in range(args.runs)]
    if not out.is_file() or out.stat().st_size == 0:
        raise SystemExit(f"smoke test: {out} was not written")
    pixels = sampled_pixels(out)
    colours = len(set(pixels))
    if colours < MIN_COLOURS:
        raise SystemExit(f"smoke test: {out} has {colours} colours: not a picture of the window")
    line = f"{out.name}: {WIDTH}x{HEIGHT}, {colours} colours; first start {first:.2f} s"
    if times:
        line += f", median of {len(times)} starts {statistics.median(times):.2f} s"
    if args.same_as:
        other = sampled_pixels(args.same_as.resolve())
        different = sum(a != b for a, b in zip(pixels, other, strict=True)) / len(pixels)
        line += f"; {different:.2%} of pixels differ from {args.same_as.name}"
        if different > MAX_DIFFERENT:
            print(line)
            raise SystemExit(f"smoke test: {out.name} does not show the same window as {args.same_as.name}")
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
