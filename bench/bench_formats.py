"""How long each export format takes for a big digest: Markdown, themed HTML, WeChat and Zhihu.

Run with `make bench`. The digest is the reference digest repeated to 2,300 papers (each
copy with its own arXiv ids, bench_core.repeated). "cold" is the first export after every
cache was cleared (each paper rendered, each formula typeset); "warm" the median of RUNS
exports after it, as when a user exports again after editing a few papers. The target
applies to the cold figure. The formula typesetter (ziamath) is loaded before timing and
its one-off load is printed on its own: the window loads it when the preview first shows
a formula. Each figure is wall time with the process's CPU time beside it (on a busy
machine the CPU time is the steadier of the two). A measurement, not a test: it always
exits 0.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import reference_digest, repeated

from digest_gui.core.formats import github, math_spans, math_svg, render_html
from digest_gui.core.formats.exporters import export_digest

SIZE = 2_300
RUNS = 5
# Targets at 2,300 papers, in milliseconds (issue 13).
TARGETS = {"md": 100.0, "html": 1000.0, "wechat": 2000.0, "zhihu": 2000.0}


def _clear_caches() -> None:
    render_html.clear_cache()
    github.clear_cache()
    math_spans.clear_cache()
    math_svg.clear_cache()


def _time(function) -> float:
    return _times(function)[0]


def _times(function) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    function()
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def main() -> int:
    digest = repeated(reference_digest(), SIZE)
    print(f"export formats, {SIZE:,} papers (target applies to cold)")
    load, load_cpu = _times(lambda: math_svg.math_svg("x^2", False))
    print(f"  typesetter load, once per session: {load:6.1f} ms (cpu {load_cpu:6.1f} ms)")
    for name, target in TARGETS.items():
        _clear_caches()
        cold, cold_cpu = _times(lambda name=name: export_digest(digest, name))
        warm = statistics.median(_time(lambda name=name: export_digest(digest, name)) for _ in range(RUNS))
        size = len(export_digest(digest, name).encode("utf-8")) / 1e6
        verdict = "ok" if cold <= target else "OVER"
        print(
            f"  {name:7} cold {cold:8.1f} ms (cpu {cold_cpu:7.1f})  warm {warm:8.1f} ms  ({size:5.1f} MB)  "
            f"target <= {target:6.0f} ms  {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
