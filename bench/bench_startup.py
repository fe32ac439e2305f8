"""The first painted frame of a real start, against a bare PySide6 window timed in the same run.

Run with `make bench`. Each figure is the median over RUNS rounds (after one warm-up round)
of the time from launching the process to the end of the first paint pass that drew the digest's
preview (the list and the editor paint in the same pass, before it): `digest-gui FILE`
with DIGEST_GUI_FIRST_FRAME set (digest_gui/ui/first_frame.py writes the time and the
resident memory then), the event loop running, no screenshot path. The floor is a bare
PySide6 window: a QMainWindow holding a QTextBrowser that shows the 23-paper digest's
HTML page, timed the same way. Beside it, as a reference, the widgets of digest-gui's first
frame built by plain PySide6 code with none of the app's (same_widgets.py), timed the same
way: what Qt costs for a window of this shape. Measured:

- the 23-paper example (the reference digest as a project file), later starts;
- the same on a first start: empty user cache, config and data folders, as just after
  installing (the .pyc files exist, as an installer writes them);
- 2,300 and 23,000 papers (the reference digest repeated, bench_core.repeated, each copy's
  titles and summaries made distinct so that no per-text cache is shared between copies).

The floor and these starts are measured in the same rounds, one start of each per round, so
that a machine slowing down or speeding up during the run shifts them alike.

In the same run, before them, ReText 8.1 (a Markdown editor with live preview, in
its own environment: bench/bench_retext.py, whose docstring says exactly what it measures) on
the 23-paper digest as Markdown, whose first frame the 23-paper start must beat, and on
2,300 papers as a reference; each with the frame where its preview shows the digest.

Beside each: the process's CPU time until its first frame (on a busy machine the steadier
figure; the targets apply to the wall time) and its resident memory then.

Targets (issue 15) are printed beside each figure, and under the table what the same-widgets
reference (Qt alone) leaves of the 23-paper target for the app's own code. Offscreen
(QT_QPA_PLATFORM=offscreen); user folders in a temporary directory. A measurement, not a
test: it always exits 0.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import reference_digest, repeated
from bench_retext import Row, retext_rows
from marked_start import start_until

from digest_gui import APP_NAME
from digest_gui.core.formats.project_file import EXTENSION, save_project
from digest_gui.logs import LOG_FILE

# The widgets of digest-gui's first frame built by plain PySide6 code (its docstring says
# which): Qt's share of a start, told from the app's own.
SAME_WIDGETS = Path(__file__).resolve().parent / "same_widgets.py"
RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "7"))
# The 23-paper later start's target: at most this much after the floor's first frame.
TARGET_23_S = 0.050
TIMEOUT_S = 60

# argv: the page, the mark file, and optionally "exit" (bench_instructions.py: end at the
# first frame, so that valgrind counts up to it).
FLOOR = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
window = QMainWindow()
browser = QTextBrowser(window)
browser.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
window.setCentralWidget(browser)
window.resize(1400, 860)

class First(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.write)
        return False
    def write(self):
        status = open("/proc/self/status").read().splitlines()
        rss = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))
        Path(sys.argv[2]).write_text(f"{time.time():.6f}\\n{rss:.1f}\\n{time.process_time():.6f}\\n")
        if sys.argv[3:] == ["exit"]:
            os._exit(0)

first = First()
browser.viewport().installEventFilter(first)
window.show()
sys.exit(app.exec())
"""


def _environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = folder / name.removeprefix("XDG_").removesuffix("_HOME").lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _app_command() -> list[str]:
    script = Path(sys.executable).parent / "digest-gui"
    # BENCH_STARTUP_AS_MODULE=1: run `python -m digest_gui`, so that PYTHONPATH picks the
    # checkout measured (the installed script imports the editable install's).
    if script.is_file() and not os.environ.get("BENCH_STARTUP_AS_MODULE"):
        return [str(script)]
    return [sys.executable, "-m", "digest_gui"]


def settled_start(command: list[str], env: dict[str, str], mark: Path) -> None:
    """One start of digest-gui left running until its start-up work is done, as a user
    leaves it running: it then keeps what it compiled (digest_gui/code_cache.py) for the
    next start, which a start killed at its first frame does not. Its log says when."""
    log = Path(env["XDG_STATE_HOME"]) / APP_NAME / "log" / LOG_FILE
    done = _saves(log)
    start_until(command, env, mark, TIMEOUT_S, lambda _text: _saves(log) > done)


def _saves(log: Path) -> int:
    try:
        return log.read_text(encoding="utf-8", errors="replace").count("code objects at start-up")
    except OSError:
        return 0


def first_frame(command: list[str], env: dict[str, str], mark: Path) -> tuple[float, float, float] | None:
    """(seconds from launch to the first frame, MiB resident then, CPU seconds until then),
    or None if it never came."""
    launched, text, err = start_until(command, env, mark, TIMEOUT_S, lambda text: text.count("\n") >= 3)
    if text.count("\n") < 3:
        print(f"warning: no first frame from {' '.join(command[:3])}: {err}", file=sys.stderr)
        return None
    stamp, rss, cpu = (float(value) for value in text.split()[:3])
    return stamp - launched, rss, cpu


def interleaved(
    starts: dict[str, tuple[list[str], Path | None]], env: dict[str, str], mark: Path, runs: int = RUNS
) -> dict[str, tuple[float, float, float]]:
    """Median seconds, MiB and CPU seconds of each start (by name: its command, and a folder
    to empty before each start for a first start after installing, or None) over `runs`
    rounds after a warm-up round. One start of each per round: a machine that slows down or
    speeds up meanwhile shifts them all alike, not the ones measured last."""
    measured: dict[str, list[tuple[float, float, float]]] = {name: [] for name in starts}
    for index in range(runs + 1):
        for name, (command, fresh) in starts.items():
            start_env = env
            if fresh is not None:
                shutil.rmtree(fresh, ignore_errors=True)
                start_env = _environment(fresh)
            result = first_frame(command, start_env, mark)
            if index and result is not None:
                measured[name].append(result)
    medians: dict[str, tuple[float, float, float]] = {}
    for name, values in measured.items():
        if not values:
            medians[name] = (float("nan"),) * 3  # type: ignore[assignment]
            continue
        seconds, mib, cpu = (statistics.median(value[i] for value in values) for i in range(3))
        medians[name] = (seconds, mib, cpu)
    return medians


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        env = _environment(folder / "user")
        mark = folder / "frame.txt"
        digest = reference_digest()
        projects, digests = {}, {}
        for count in (23, 2_300, 23_000):
            path = folder / f"papers-{count}{EXTENSION}"
            digests[count] = digest if count == 23 else repeated(digest, count, distinct_text=True)
            save_project(digests[count], path)
            projects[count] = path
        from digest_gui.core.formats.exporters import export_digest

        page = folder / "digest.html"
        page.write_text(export_digest(digest, "html"), encoding="utf-8")

        retext_env = _environment(folder / "retext")
        retext_rows_, retext = retext_rows(
            folder, {n: digests[n] for n in (23, 2_300)}, retext_env, mark, RUNS, TIMEOUT_S
        )
        # The floor and every digest-gui start, measured in the same rounds; each later
        # start finds what a start left running before it kept.
        app = _app_command()
        for path in projects.values():
            settled_start([*app, str(path)], env, mark)
        medians = interleaved(
            {
                "floor": ([sys.executable, "-c", FLOOR, str(page), str(mark)], None),
                "same": ([sys.executable, str(SAME_WIDGETS), str(page), str(mark), str(projects[23])], None),
                "later": ([*app, str(projects[23])], None),
                "first": ([*app, str(projects[23])], folder / "fresh"),
                "2300": ([*app, str(projects[2_300])], None),
                "23000": ([*app, str(projects[23_000])], None),
            },
            env,
            mark,
        )
        floor, floor_mib, floor_cpu = medians["floor"]
        rows: list[Row] = [
            ("floor: bare PySide6 window, QTextBrowser, 23-paper HTML", floor, floor_mib, floor_cpu, "", []),
            ("same widgets as digest-gui's, plain PySide6, no app code", *medians["same"], "(reference)", []),
            *retext_rows_,
        ]
        # Each target: (what is over it, the limit in seconds, how the table states it).
        below_floor = ("floor", floor + TARGET_23_S, f"<= floor + 50 ms = {1000 * floor + 50:.0f} ms")
        below_retext = (
            [("ReText", retext, f"below ReText ({1000 * retext:.0f} ms)")] if retext is not None else []
        )

        def app_row(label: str, name: str, limits: list, note: str = "") -> None:
            target = " and ".join(stated for _, _, stated in limits) or note
            rows.append((label, *medians[name], target, [(over, limit) for over, limit, _ in limits]))

        app_row("digest-gui, 23-paper example, later start", "later", [below_floor, *below_retext])
        app_row("digest-gui, 23-paper example, first start", "first", [], "(first start after install)")
        app_row(
            "digest-gui, 2,300 papers",
            "2300",
            [("floor", floor + 0.150, f"<= floor + 150 ms = {1000 * floor + 150:.0f} ms")],
        )
        app_row("digest-gui, 23,000 papers", "23000", [("", 1.0, "<= 1,000 ms")])

        print(f"first painted frame of a real start (median of {RUNS} rounds, launch to first frame)")
        print(f"  {'start':58} {'frame':>9} {'x floor':>8} {'CPU':>9} {'RSS':>9}  target")
        for label, seconds, mib, cpu, target, limits in rows:
            if seconds is None:
                print(f"  {label:58} {'-':>9} {'':8} {'':9} {'':9}  {target}")
                continue
            ratio = seconds / floor if floor == floor and floor > 0 else float("nan")
            over = [name or "limit" for name, limit in limits if not seconds <= limit]
            verdict = ("  OVER " + ", ".join(over) if over else "  ok") if limits else ""
            print(
                f"  {label:58} {1000 * seconds:6.0f} ms {ratio:7.2f}x {1000 * cpu:6.0f} ms {mib:5.0f} MiB  "
                f"{target}{verdict}"
            )
        same = medians["same"][0]
        if same == same and floor == floor:  # neither failed (NaN)
            # What Qt alone costs for this window, and so what the 23-paper target leaves
            # the app's own code (issue 15 is blocked on that target: see its closing note).
            left = 1000 * (floor + TARGET_23_S - same)
            print(
                f"  Qt alone (same widgets) is floor + {1000 * (same - floor):.0f} ms: the floor + 50 ms "
                "target leaves digest-gui's own code "
                + (f"{left:.0f} ms" if left >= 0 else f"nothing (Qt alone is {-left:.0f} ms over it)")
            )
        print(f"  (load average {' '.join(f'{value:.2f}' for value in os.getloadavg())} at the end)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
