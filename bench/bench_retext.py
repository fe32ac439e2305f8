"""ReText 8.1, a Markdown editor with live preview, started the way bench_startup.py starts digest-gui.

bench_startup.py measures it in the same run as the floor (issue 15 asks digest-gui to start
below ReText in the same run). ReText is not one of digest-gui's dependencies: it (with
PyQt6, Markups, Markdown, docutils, ...) lives in its own virtual environment,
bench/.retext-venv/ (git-ignored), created once from the pinned versions below with
`python -m venv` and pip. If that cannot be done (no network, say) the bench prints one line
saying why and the ReText rows read "not installed"; it never fails. CI never builds it.
`python bench/bench_retext.py [--screenshot PNG]` builds it alone and, with --screenshot,
saves ReText's window as the bench measures it (the preview showing the digest).

What is measured. ReText opens FILE.md (the reference digest exported as Markdown by
digest_format.export_markdown, or 2,300 papers of it) in a tab with live preview (the editor
and the rendered preview side by side: defaultPreviewState=live-preview in its config file,
in the bench's temporary XDG_CONFIG_HOME; openFilesInExistingWindow=false and --new-window
so that it never hands the file to another ReText over D-Bus), offscreen, at 1400x860 like
digest-gui and the floor. ReText itself is not changed: WRAPPER, run by the ReText
environment's python with `-c`, makes PyQt6's QApplication a subclass that installs an
application-wide event filter when ReText's main() creates it, then runs that main(). The
filter resizes ReText's window when it is first shown (ReText opens at 950x700, maximised
to the offscreen screen of 800x600 as it does not fit; the size is set before the first
paint) and watches the paint events of the preview (the viewport of ReText's ReTextPreview,
a QTextBrowser). After the paint pass (QTimer.singleShot(0)) it appends a line to the file
named by DIGEST_GUI_FIRST_FRAME, as digest_gui/ui/first_frame.py does: kind, time.time(),
the resident MiB and CPU seconds of ReText's process, and the resident MiB of its children:

- `pane`: the first paint of the preview widget. This is ReText's first frame: the window,
  the editor filled with the Markdown, the preview pane still blank, because ReText renders
  the preview 500 ms after the tab is created (a QTimer), in a separate converter process
  (multiprocessing, spawn) that it starts for each tab.
- `digest`: the first paint of the preview once its document holds the rendered digest:
  when a reader sees the digest in ReText.

The children's memory is that converter process (its CPU time is not counted in ReText's).
Each figure is the median over RUNS starts after a warm-up, as in bench_startup.py.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from marked_start import start_until

from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.model import Digest

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".retext-venv"
# Versions that install on Python 3.11 (the newest of each when this was written).
REQUIREMENTS = [
    "ReText==8.1.0",
    "PyQt6==6.11.0",
    "PyQt6-Qt6==6.11.2",
    "PyQt6-sip==13.13.0",
    "Markups==4.1.1",
    "Markdown==3.11.3",
    "python-markdown-math==0.9",
    "docutils==0.23",
    "Pygments==2.21.0",
    "PyYAML==6.0.4",
]
WIDTH, HEIGHT = 1400, 860
CONFIG = "[General]\ndefaultPreviewState=live-preview\nopenFilesInExistingWindow=false\n"

WRAPPER = f"""
import os, sys, time
from pathlib import Path
from PyQt6 import QtWidgets
from PyQt6.QtCore import QEvent, QObject, Qt, QTimer

OUT = Path(os.environ["DIGEST_GUI_FIRST_FRAME"])
SHOT = os.environ.get("RETEXT_SCREENSHOT")

def rss_mib(pid="self"):
    try:
        for line in Path(f"/proc/{{pid}}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

def children_mib():
    pids = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += (task / "children").read_text().split()
        except OSError:
            pass
    return sum(rss_mib(pid) for pid in pids)

class First(QObject):
    pane = digest = resized = False

    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.Show and not self.resized and type(watched).__name__ == "ReTextWindow":
            self.resized = True
            watched.setWindowState(Qt.WindowState.WindowNoState)
            watched.resize({WIDTH}, {HEIGHT})
        elif kind == QEvent.Type.Paint and not self.digest:
            preview = QObject.parent(watched)
            if type(preview).__name__ == "ReTextPreview" and watched is preview.viewport():
                if not self.pane:
                    self.pane = True
                    QTimer.singleShot(0, lambda: self.write("pane"))
                if not preview.document().isEmpty():
                    self.digest = True
                    QTimer.singleShot(0, lambda: self.write("digest", preview.window()))
        return False

    def write(self, kind, window=None):
        cpu = time.process_time()
        line = f"{{kind}} {{time.time():.6f}} {{rss_mib():.1f}} {{cpu:.6f}} {{children_mib():.1f}}\\n"
        if window is not None and SHOT:  # before the mark: the bench ends ReText once it reads it
            window.grab().save(SHOT)
        with OUT.open("a", encoding="utf-8") as out:
            out.write(line)

first = First()

class Application(QtWidgets.QApplication):
    def __init__(self, argv):
        super().__init__(argv)
        self.installEventFilter(first)

QtWidgets.QApplication = Application
sys.argv = ["retext", "--new-window", *sys.argv[1:]]
from ReText.__main__ import main
main()
"""

# (seconds from launch, MiB resident, CPU seconds, MiB of the converter process)
Mark = tuple[float, float, float, float]
# bench_startup.py's rows: label, seconds (None: not measured), MiB, CPU seconds, target text,
# and the limits the verdict checks, each (name, seconds).
Row = tuple[str, float | None, float, float, str, list[tuple[str, float]]]


def retext_python() -> tuple[Path | None, str]:
    """The ReText environment's python, building the environment once; (None, why) if it cannot."""
    python = VENV / "bin" / "python"
    stamp = VENV / ".installed"
    wanted = "\n".join(REQUIREMENTS)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted and python.is_file():
        return python, ""
    shutil.rmtree(VENV, ignore_errors=True)
    print(
        f"building {VENV.relative_to(ROOT.parent)} with {', '.join(REQUIREMENTS[:2])}, ...", file=sys.stderr
    )
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    steps = [
        [sys.executable, "-m", "venv", str(VENV)],
        [*pip, "--retries", "1", "--timeout", "20", *REQUIREMENTS],
    ]
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=900)
        except (OSError, subprocess.TimeoutExpired) as error:
            shutil.rmtree(VENV, ignore_errors=True)
            return None, f"{step[2]} failed: {error}"
        if done.returncode != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
            return None, f"{step[2]} failed: {lines[-1] if lines else done.returncode}"
    stamp.write_text(wanted, encoding="utf-8")
    return python, ""


def retext_environment(env: dict[str, str]) -> dict[str, str]:
    """`env` (offscreen, temporary user folders) with ReText's config set for live preview."""
    config = Path(env["XDG_CONFIG_HOME"]) / "ReText project"
    config.mkdir(parents=True, exist_ok=True)
    (config / "ReText.conf").write_text(CONFIG, encoding="utf-8")
    return env


def _start(
    python: Path, markdown: Path, env: dict[str, str], mark: Path, timeout_s: float, until: str = "digest"
) -> dict[str, Mark]:
    """The marks of one start of ReText on `markdown`, waiting for `until` at most `timeout_s`."""
    marks: dict[str, Mark] = {}

    def read(text: str) -> bool:
        for line in text.splitlines(keepends=True):
            if line.endswith("\n"):
                kind, stamp, rss, cpu, converter = line.split()
                marks[kind] = (float(stamp), float(rss), float(cpu), float(converter))
        return until in marks

    # Its own session, so that killing it also ends ReText's converter process.
    launched, text, err = start_until(
        [str(python), "-c", WRAPPER, str(markdown)], env, mark, timeout_s, read, own_session=True
    )
    read(text)
    if until not in marks:
        print(f"warning: no {until} mark from ReText in {timeout_s:.0f} s: {err[-300:]}", file=sys.stderr)
    return {kind: (stamp - launched, *rest) for kind, (stamp, *rest) in marks.items()}


def retext_series(
    python: Path, markdown: Path, env: dict[str, str], mark: Path, runs: int, timeout_s: float
) -> dict[str, Mark]:
    """Median of each mark ("pane", "digest") over `runs` starts after a warm-up; a kind that
    never came is missing. After a warm-up without the digest, only the first frame is awaited."""
    collected: dict[str, list[Mark]] = {}
    until = "digest"
    for index in range(runs + 1):
        marks = _start(python, markdown, env, mark, timeout_s, until)
        if index == 0:
            if not marks:
                return {}
            until = "digest" if "digest" in marks else "pane"
            continue
        for kind, values in marks.items():
            collected.setdefault(kind, []).append(values)
    return {
        kind: (
            statistics.median(v[0] for v in values),
            statistics.median(v[1] for v in values),
            statistics.median(v[2] for v in values),
            statistics.median(v[3] for v in values),
        )
        for kind, values in collected.items()
    }


def retext_rows(
    folder: Path, digests: dict[int, Digest], env: dict[str, str], mark: Path, runs: int, timeout_s: float
) -> tuple[list[Row], float | None]:
    """bench_startup.py's rows for ReText on each digest (as Markdown), and ReText's first frame
    on the first digest (None if not measured): the figure digest-gui should start below."""
    python, why = retext_python()
    rows: list[Row] = []
    if python is None:
        print(f"ReText: not installed ({why})")
    else:
        env = retext_environment(env)
    first: float | None = None
    for count, digest in digests.items():
        name = "23-paper example" if count == 23 else f"{count:,} papers"
        label = f"ReText 8.1, {name} (Markdown, live preview)"
        shown = f"  ... its preview showing the digest ({count:,} papers)"
        if python is None:
            rows.append((label, None, 0, 0, "not installed", []))
            continue
        markdown = folder / f"papers-{count}.md"
        markdown.write_text(export_markdown(digest), encoding="utf-8")
        # Its preview takes ~24 s to show 2,300 papers: three starts are enough for a reference.
        marks = retext_series(python, markdown, env, mark, runs if count == 23 else min(runs, 3), timeout_s)
        if "pane" not in marks:
            rows.append((label, None, 0, 0, f"no frame in {timeout_s:.0f} s", []))
            continue
        seconds, mib, cpu, _ = marks["pane"]
        if count == next(iter(digests)):
            first = seconds
        rows.append((label, seconds, mib, cpu, "(its first frame: the preview pane still blank)", []))
        if "digest" not in marks:
            rows.append((shown, None, 0, 0, f"not within {timeout_s:.0f} s", []))
            continue
        seconds, mib, cpu, converter = marks["digest"]
        rows.append((shown, seconds, mib, cpu, f"(+ {converter:.0f} MiB in its converter process)", []))
    return rows, first


def main() -> int:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshot", type=Path, help="save ReText's window, preview showing the digest")
    args = parser.parse_args()
    python, why = retext_python()
    if python is None:
        print(f"ReText: not installed ({why})")
        return 1
    print(f"ReText: {python}")
    if args.screenshot:
        sys.path.insert(0, str(ROOT))
        from bench_core import reference_digest

        folder = Path(tempfile.mkdtemp(prefix="bench-retext-"))
        try:
            markdown = folder / "digest.md"
            markdown.write_text(export_markdown(reference_digest()), encoding="utf-8")
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder / "config")}
            env = retext_environment(env)
            env["RETEXT_SCREENSHOT"] = str(args.screenshot.resolve())
            marks = _start(python, markdown, env, folder / "frame.txt", 60)
            print({kind: f"{1000 * values[0]:.0f} ms" for kind, values in marks.items()}, args.screenshot)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
