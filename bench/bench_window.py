"""How fast the whole window starts, opens a big project and follows typing, and its memory.

Run with `make bench`. Everything runs offscreen (QT_QPA_PLATFORM=offscreen) with
XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME in a temporary folder, for the
subprocesses too, so the real settings are never read or written and no recovery file
is left behind; subprocesses keep their bytecode there too (PYTHONPYCACHEPREFIX). The
big project is the reference digest repeated to 2,300 papers (each copy with its own
arXiv ids, as in bench_core.py), saved with save_project. Measured:

- start: wall time of `digest-gui --screenshot OUT.png` (the example digest) from the
  subprocess start to its exit, median of START_RUNS runs after one warm-up; the same for
  a bare PySide6 script (a QMainWindow holding a QTextBrowser, shown, drawn and saved);
- open: wall time of `digest-gui --screenshot OUT.png PROJECT` with the 2,300 papers,
  median of OPEN_RUNS after one warm-up; and in-process, in a shown MainWindow showing
  the example digest, window.open_path(PROJECT) until the preview has painted and the
  window has been grabbed once, median of OPEN_RUNS after one warm-up;
- memory: VmHWM (peak) and VmRSS (current) of a subprocess that opens the project in a
  MainWindow and pages the digest preview from top to bottom once, repainting each page;
- keystroke: with paper KEY_ROW selected and the cursor at the end of its Chinese
  abstract, from one key press in that field (alternately a Chinese character and "a")
  to the preview having repainted, median and max of KEYSTROKES, in both preview modes;
- stall: the longest gap between ticks of a 1 ms timer while STALL_KEYSTROKES keys are
  typed into that field at STALL_INTERVAL_MS intervals, in both preview modes.

This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from bench_core import reference_digest, repeated
from bench_preview import settle, stall_while_typing
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QApplication

from digest_gui.core.formats.project_file import EXTENSION, save_project

PAPERS = 2_300
KEY_ROW = 1_150
START_RUNS = 7
OPEN_RUNS = 5
KEYSTROKES = 40
STALL_KEYSTROKES = 200
STALL_INTERVAL_MS = 30
MAX_PAGES = 20_000  # a guard for the memory run's page-down loop
TARGETS = {
    "start": 1.0,  # s
    "start_overhead": 0.4,  # s over the bare PySide6 window
    "open": 1.5,  # s
    "memory": 300.0,  # MB (10^6 bytes)
    "keystroke": 50.0,  # ms
    "stall": 100.0,  # ms
}
# Typed alternately: a Chinese character (as text, the way an input method commits it) and "a".
TYPED = "这是一个用来测量整个窗口速度的句子，"

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
window = QMainWindow()
browser = QTextBrowser(window)
browser.setHtml("<h1>Digest</h1><p>A <b>little</b> HTML, <a href='https://arxiv.org'>a link</a>.</p>"
                "<table border=1><tr><th>#</th><th>Title</th></tr><tr><td>1</td><td>Paper</td></tr></table>")
window.setCentralWidget(browser)
window.resize(1400, 860)
window.show()
app.processEvents()
if not window.grab().save(sys.argv[1], "PNG"):
    sys.exit(1)
"""


# ---------------------------------------------------------------------- helpers


def isolate(folder: Path) -> None:
    """Point the app (and every subprocess) at settings, data and caches in folder.

    Subprocesses also keep their bytecode there (the warm-up run writes it), as an
    installed app has its .pyc files, without writing __pycache__ into the checkout.
    """
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        path = folder / name.removeprefix("XDG_").removesuffix("_HOME").lower()
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")


def app_command() -> list[str]:
    script = Path(sys.executable).parent / "digest-gui"
    if script.is_file():
        return [str(script)]
    found = shutil.which("digest-gui")
    return [found] if found else [sys.executable, "-m", "digest_gui"]


def wall_times(command: list[str], out: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds from start to exit of command (one warm-up first), and the times the app reports."""
    times, reported = [], []
    for index in range(runs + 1):
        out.unlink(missing_ok=True)
        start = time.perf_counter()
        done = subprocess.run(command, cwd="/tmp", capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0 or not out.is_file():
            print(
                f"warning: {' '.join(command)} exited {done.returncode}: {done.stderr[-500:]}",
                file=sys.stderr,
            )
        if index == 0:
            continue  # warm-up: disk caches, font caches, .pyc files
        times.append(elapsed)
        match = re.search(r"after ([0-9.]+) s", done.stderr)
        if match:
            reported.append(float(match[1]))
    return times, reported


def repaint(window) -> None:
    """Process what is queued (the preview's coalescing timer too), then repaint the preview now."""
    settle(window.preview)


def make_window():
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application
    from digest_gui.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(settings_store.load())
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    return app, window


def rss_mb() -> dict[str, float]:
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) * 1024 / 1e6  # kB -> MB
    return values


# ---------------------------------------------------------------------- 1. start


def measure_start(folder: Path) -> dict[str, object]:
    out = folder / "start.png"
    app, reported = wall_times([*app_command(), "--screenshot", str(out)], out, START_RUNS)
    bare, _ = wall_times([sys.executable, "-c", BARE_WINDOW, str(out)], out, START_RUNS)
    return {"app": app, "reported": reported, "bare": bare}


# ---------------------------------------------------------------------- 2. open


def measure_open_subprocess(folder: Path, project: Path) -> dict[str, object]:
    out = folder / "open.png"
    times, reported = wall_times([*app_command(), "--screenshot", str(out), str(project)], out, OPEN_RUNS)
    return {"times": times, "reported": reported}


def measure_open_in_process(window, project: Path) -> list[float]:
    from digest_gui.ui.app import load_example

    times = []
    for index in range(OPEN_RUNS + 1):
        window.autosave.discard()
        load_example(window.project)  # what the window showed before: the example digest
        repaint(window)
        window.grab()
        gc.collect()
        start = time.perf_counter()
        if not window.open_path(str(project)):
            print(f"warning: {project} did not open", file=sys.stderr)
        repaint(window)
        window.grab()
        elapsed = time.perf_counter() - start
        if window.project.model.rowCount() != PAPERS:
            print(f"warning: {window.project.model.rowCount()} papers open, not {PAPERS}", file=sys.stderr)
        if index:
            times.append(elapsed)
    return times


# ---------------------------------------------------------------------- 3. memory


def memory_child(project: str) -> int:
    """Run in a subprocess: open project, page the digest preview through once, print RSS as JSON."""
    _app, window = make_window()
    window.open_path(project)
    window.preview.set_mode("digest")
    view = window.preview.view()
    bar = view.verticalScrollBar()
    bar.setValue(0)
    repaint(window)
    opened = rss_mb()
    pages = 0
    start = time.perf_counter()
    while bar.value() < bar.maximum() and pages < MAX_PAGES:
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        repaint(window)
        pages += 1
    seconds = time.perf_counter() - start
    reached_end = bar.value() >= bar.maximum()
    rows = view.visible_rows()
    window.autosave.discard()
    window.hide()
    result = {
        "opened": opened,
        "scrolled": rss_mb(),
        "pages": pages,
        "seconds": seconds,
        "reached_end": reached_end,
        "last_rows": rows[-1:] if rows else [],
        "documents": view.document_count(),
    }
    print(json.dumps(result))
    return 0


def measure_memory(project: Path) -> dict[str, object] | None:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--memory", str(project)],
        cwd="/tmp",
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        print(f"warning: the memory run failed ({done.returncode}): {done.stderr[-1000:]}", file=sys.stderr)
        return None


# ---------------------------------------------------------------------- 4. typing


class Typist:
    """Types into one field, alternating a Chinese character and "a", remembering what it typed."""

    def __init__(self, field) -> None:
        self.field = field
        self.count = 0
        self.typed = ""

    def key(self) -> None:
        if self.count % 2:
            char = "a"
            QTest.keyClick(self.field, char)
        else:
            char = TYPED[(self.count // 2) % len(TYPED)]
            # QTest.keyClicks asserts on non-Latin-1 text (qasciikey.cpp); this sends the
            # same key press and release, carrying the character as the event's text.
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, self.field, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )
        self.typed += char
        self.count += 1


def prepare_typing(window, mode: str):
    window.list_pane.select_row(KEY_ROW)
    window.preview.set_mode(mode)
    field = window.editor.fields["abstract_zh"]
    window.activateWindow()
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    field.moveCursor(QTextCursor.MoveOperation.End)
    repaint(window)
    if window.list_pane.current_row() != KEY_ROW or window.editor.current_row() != KEY_ROW:
        print(f"warning: paper {KEY_ROW} is not the selected one", file=sys.stderr)
    if not field.hasFocus():
        print("warning: the abstract field does not have the focus", file=sys.stderr)
    if KEY_ROW not in window.preview.visible_rows():
        print(f"warning: paper {KEY_ROW} is not on screen in {mode} mode", file=sys.stderr)
    return field


def check_typed(window, typist: Typist, mode: str) -> None:
    text = window.project.model.paper(KEY_ROW).abstract_zh
    if not text.endswith(typist.typed[-20:]):
        print(f"warning: the typed text did not reach the project in {mode} mode", file=sys.stderr)


def keystroke_times(window, mode: str) -> list[float]:
    field = prepare_typing(window, mode)
    typist = Typist(field)
    times = []
    for _ in range(KEYSTROKES + 1):
        start = time.perf_counter()
        typist.key()
        repaint(window)
        times.append((time.perf_counter() - start) * 1000)
    check_typed(window, typist, mode)
    return times[1:]  # the first keystroke warms the caches up


def longest_stall(window, mode: str) -> float:
    """The longest gap (ms) between 1 ms ticks while typing at STALL_INTERVAL_MS intervals."""
    field = prepare_typing(window, mode)
    typist = Typist(field)
    gap = stall_while_typing(typist.key)
    check_typed(window, typist, mode)
    return gap


def timed_ms(operation: Callable[[], object]) -> float:
    start = time.perf_counter()
    operation()
    return (time.perf_counter() - start) * 1000


# ---------------------------------------------------------------------- report


def verdict(value: float | None, target: float) -> str:
    if value is None:
        return "FAIL (no result)"
    return "pass" if value <= target else "FAIL"


def spread(values: list[float], scale: float = 1.0, digits: int = 2) -> str:
    return f"min {min(values) * scale:.{digits}f}, max {max(values) * scale:.{digits}f}"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="digest-gui-bench-window-") as name:
        folder = Path(name)
        isolate(folder)
        project = folder / f"bench-{PAPERS}{EXTENSION}"
        save_project(repeated(reference_digest(), PAPERS), project)

        # Subprocesses first, while this process is idle.
        start = measure_start(folder)
        opened = measure_open_subprocess(folder, project)
        memory = measure_memory(project)

        _app, window = make_window()
        open_in_process = measure_open_in_process(window, project)
        typing: dict[str, dict[str, float]] = {}
        for mode in ("paper", "digest"):
            times = keystroke_times(window, mode)
            typing[mode] = {
                "median": statistics.median(times),
                "max": max(times),
                "stall": longest_stall(window, mode),
            }
        # Informational: a recovery-file write done in full on the GUI thread (as on quitting;
        # the timed autosaves while typing run on a worker thread).
        autosave_ms = timed_ms(window.autosave.write_now)
        window.autosave.discard()
        window.hide()
        QApplication.processEvents()

    app_median = statistics.median(start["app"])
    bare_median = statistics.median(start["bare"])
    open_median = statistics.median(opened["times"])
    reported = start["reported"]
    reported_open = opened["reported"]

    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs; offscreen; window 1400x860 (the default); "
        f"the big project: {PAPERS:,} papers, paper {KEY_ROW} selected for typing"
    )
    print()
    print("| measurement | result | target | |")
    print("| --- | ---: | ---: | --- |")

    def row(text: str, result: str, target: str = "", mark: str = "") -> None:
        print(f"| {text} | {result} | {target} | {mark} |")

    note = f"; the app says {statistics.median(reported):.2f} s in-process" if reported else ""
    row(
        f"start to first drawn window, `digest-gui --screenshot` example digest, median of {START_RUNS} "
        f"({spread(start['app'])}{note})",
        f"{app_median:.2f} s",
        f"<= {TARGETS['start']:.1f} s",
        verdict(app_median, TARGETS["start"]),
    )
    row(
        f"the same for a bare PySide6 QMainWindow + QTextBrowser, median of {START_RUNS} "
        f"({spread(start['bare'])})",
        f"{bare_median:.2f} s",
    )
    overhead = app_median - bare_median
    row(
        "app start over the bare window",
        f"{overhead:.2f} s",
        f"<= {TARGETS['start_overhead']:.1f} s",
        verdict(overhead, TARGETS["start_overhead"]),
    )
    note = f"; the app says {statistics.median(reported_open):.2f} s in-process" if reported_open else ""
    row(
        f"`digest-gui --screenshot` with the {PAPERS:,}-paper project, whole run, median of {OPEN_RUNS} "
        f"({spread(opened['times'])}{note})",
        f"{open_median:.2f} s",
        f"<= {TARGETS['open']:.1f} s",
        verdict(open_median, TARGETS["open"]),
    )
    row(
        f"in-process `open_path` to preview painted and window grabbed, median of {OPEN_RUNS} "
        f"({spread(open_in_process, 1000, 0)} ms)",
        f"{statistics.median(open_in_process) * 1000:.0f} ms",
    )
    if memory is None:
        row("memory, digest mode paged through", "—", f"<= {TARGETS['memory']:.0f} MB", verdict(None, 0))
    else:
        scrolled = memory["scrolled"]
        end = "to the end" if memory["reached_end"] else "NOT to the end"
        detail = (
            f"{memory['pages']} pages {end} in {memory['seconds']:.1f} s, "
            f"{memory['documents']} documents kept; {memory['opened']['VmRSS']:.0f} MB just after opening"
        )
        row(
            f"peak RSS (VmHWM), {PAPERS:,} papers open, digest preview paged through ({detail})",
            f"{scrolled['VmHWM']:.0f} MB",
            f"<= {TARGETS['memory']:.0f} MB",
            verdict(scrolled["VmHWM"], TARGETS["memory"]),
        )
        row(
            "current RSS (VmRSS) after paging through",
            f"{scrolled['VmRSS']:.0f} MB",
            f"<= {TARGETS['memory']:.0f} MB",
            verdict(scrolled["VmRSS"], TARGETS["memory"]),
        )
    for mode, result in typing.items():
        row(
            f"key press in the Chinese abstract to preview repainted, {mode} mode, median of {KEYSTROKES} "
            f"(max {result['max']:.1f} ms)",
            f"{result['median']:.1f} ms",
            f"<= {TARGETS['keystroke']:.0f} ms",
            verdict(result["median"], TARGETS["keystroke"]),
        )
    for mode, result in typing.items():
        row(
            f"longest event-loop stall, {STALL_KEYSTROKES} keys at {STALL_INTERVAL_MS} ms, {mode} mode",
            f"{result['stall']:.1f} ms",
            f"<= {TARGETS['stall']:.0f} ms",
            verdict(result["stall"], TARGETS["stall"]),
        )
    row(
        "recovery-file write done on the GUI thread (timed autosaves run on a worker)",
        f"{autosave_ms:.0f} ms",
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--memory":
        memory_child(sys.argv[2])
        sys.exit(0)
    try:
        main()
    except Exception as error:  # a measurement, not a test: report and exit 0
        import traceback

        traceback.print_exc()
        print(f"bench_window: {type(error).__name__}: {error}", file=sys.stderr)
    sys.exit(0)
