"""The window at 2,300 and 23,000 papers: typing stalls with autosave writing, and memory.

Run with `make bench`. Each size runs in its own subprocess (offscreen, user folders in a
temporary directory), which opens the project (the reference digest repeated,
bench_core.repeated, titles and summaries distinct per copy) in a MainWindow of 1400x860 and:

- stall: types STALL_KEYSTROKES keys (a Chinese character, then "a", ...) into the Chinese
  abstract of the middle paper at 30 ms intervals, in the whole-digest preview, with
  autosave on its usual timers (it writes the recovery file every few seconds of typing,
  on its worker thread); the figure is the longest gap between the ticks of a 1 ms timer
  (bench_preview.stall_while_typing), the largest of ROUNDS rounds;
- memory: the resident set (VmRSS, MiB) after opening, and after paging the whole-digest
  preview from top to bottom, repainting each page (at 23,000 papers every STRIDE-th page
  is painted, the scroll bar stepping over the rest, so the run takes minutes, not an hour).

Targets (issue 15) are printed beside each figure. A measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

STALL_KEYSTROKES = 200
ROUNDS = 2
STRIDE = {50: 1, 2_300: 1, 23_000: 10}
TARGETS = {  # (stall ms, memory MiB after paging)
    2_300: (100.0, 150.0),
    23_000: (100.0, 300.0),
}


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(project: str, papers: int) -> int:
    """In a subprocess: open, type with autosave on, page through; print JSON."""
    import bench_window as bw
    from bench_preview import stall_while_typing
    from PySide6.QtWidgets import QAbstractSlider

    bw.KEY_ROW = papers // 2
    _app, window = bw.make_window()
    window.resize(1400, 860)
    if not window.open_path(project):
        print(f"warning: {project} did not open", file=sys.stderr)
    bw.repaint(window)
    opened = _rss_mib()
    field = bw.prepare_typing(window, "digest")
    typist = bw.Typist(field)
    stalls = [stall_while_typing(typist.key, STALL_KEYSTROKES) for _ in range(ROUNDS)]
    bw.check_typed(window, typist, "digest")
    view = window.preview.view()
    bar = view.verticalScrollBar()
    bar.setValue(0)
    bw.repaint(window)
    pages = 0
    while bar.value() < bar.maximum():
        for _ in range(STRIDE[papers]):
            bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        bw.repaint(window)
        pages += 1
    paged = _rss_mib()
    window.autosave.discard()
    window.hide()
    print(
        json.dumps({"opened": opened, "paged": paged, "pages": pages, "stall": max(stalls), "stalls": stalls})
    )
    return 0


def main() -> int:
    from bench_core import reference_digest, repeated
    from bench_window import isolate

    from digest_gui.core.formats.project_file import EXTENSION, save_project

    folder = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    isolate(folder)
    # The installed app's bytecode, as a user's second start has it: compiling every module
    # from source in the measured process would add its own megabytes.
    os.environ.pop("PYTHONPYCACHEPREFIX", None)
    print("the window at scale: longest stall while typing (autosave writing), resident memory")

    def run(project: Path, papers: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(project), str(papers)],
            cwd="/tmp",
            capture_output=True,
            text=True,
            check=False,
        )

    # A first start fills the user's caches (qtawesome's icon fonts, ~25 MiB on its own);
    # the figures are those of later starts, so one run warms them first.
    warm = folder / f"warm-up{EXTENSION}"
    save_project(repeated(reference_digest(), 50), warm)
    run(warm, 50)
    for papers, (stall_target, memory_target) in TARGETS.items():
        project = folder / f"papers-{papers}{EXTENSION}"
        save_project(repeated(reference_digest(), papers, distinct_text=True), project)
        done = run(project, papers)
        try:
            result = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            print(f"  {papers:>6,} papers: the run failed ({done.returncode}): {done.stderr[-800:]}")
            continue
        stall, paged = result["stall"], result["paged"]
        memory_verdict = "ok" if paged <= memory_target else "OVER"
        print(
            f"  {papers:>6,} papers  stall {stall:6.0f} ms (target <= {stall_target:.0f})"
            f" {'ok' if stall <= stall_target else 'OVER'}   memory opened {result['opened']:5.0f} MiB,"
            f" after paging {paged:5.0f} MiB (target <= {memory_target:.0f}) {memory_verdict}"
            f"   [{result['pages']} pages painted]"
        )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.exit(child(sys.argv[2], int(sys.argv[3])))
    sys.exit(main())
