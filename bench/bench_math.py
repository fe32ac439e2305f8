"""How fast the preview follows typing when every paper holds 10 formulas, and what one formula costs.

Run with `make bench`. The digest is the reference digest repeated to 2,300 papers, each paper's
summary and abstract holding 10 formulas of its own (2 in the summary, shown in the table too; 8 in
the abstract, 2 of them display; numbered by paper, so no two papers share one), shown in a
900x1000 PreviewPane offscreen. Measured:

- first render of one formula: LaTeX to SVG (ziamath) and SVG to image (QtSvg), each with empty
  caches, median over FORMULAS distinct formulas; and a cached one;
- keystroke: as bench_preview.py, typing Chinese after the formulas (they stay cached), both modes;
- typing inside a formula: every keystroke makes a new formula: to the repaint (the formula shown
  as typed), and to the repaint after it is typeset (ui/preview/math_images.py typesets in idle time);
- open: apply_digest(2,300 math papers) to the first paint; PageDown through unrendered papers: to
  the first repaint (new formulas shown as typed), to every formula on screen typeset and
  repainted, and the longest the event loop stalls while paging (typesetting runs in slices).

This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_preview
from bench_core import reference_digest, repeated
from bench_preview import (
    KEYSTROKES,
    PAGES,
    PAPERS,
    TARGETS,
    keystroke_times,
    open_time,
    page_down_times,
    settle,
    stall_while_typing,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats import github, math_svg
from digest_gui.core.model import Digest
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview import math_images
from digest_gui.ui.preview.pane import PreviewPane

FORMULAS = 60
FORMULA_TARGET_MS = 50.0  # one new formula must fit in a keystroke's budget


def formulas(number: int) -> list[str]:
    """Ten formulas of paper `number`."""
    inline = [
        f"$x_{{{number}}}^{{2}} + y_{{{number}}}$",
        f"$\\frac{{a_{{{number}}}}}{{b + {number}}}$",
        f"$\\alpha_{{{number}}} \\leq \\beta$",
        f"$O(n^{{{number % 7 + 2}}} \\log n)$",
        f"$\\mathbb{{E}}[X_{{{number}}}]$",
        f"$\\sqrt{{{number} + k}}$",
        f"$p_{{{number}}}(\\theta)$",
        f"$\\|w_{{{number}}}\\|_2$",
    ]
    display = [
        f"$$\\sum_{{i=1}}^{{{number}}} w_i x_i$$",
        f"$$\\int_0^{{{number}}} f(t)\\,dt$$",
    ]
    return inline + display


def math_digest() -> Digest:
    """2,300 papers, each with 2 formulas in its summary (the table row) and 8 in its abstract."""
    digest = repeated(reference_digest(), PAPERS)
    for number, paper in enumerate(digest.papers, 1):
        own = formulas(number)
        paper.summary_zh = "，".join(f"设{formula}" for formula in own[:2]) + "。" + paper.summary_zh
        paper.abstract_zh = "，".join(f"设{formula}" for formula in own[2:]) + "。" + paper.abstract_zh
    return digest


def first_render_times() -> tuple[float, float, float]:
    """Median ms of one formula: LaTeX to SVG (cold), SVG to image (cold), both when cached."""
    svg_times, image_times, cached_times = [], [], []
    for index in range(FORMULAS):
        tex = f"\\frac{{\\alpha_{{{index}}}}}{{\\beta + {index}}} + \\sum_{{k=1}}^{{{index}}} x_k^2"
        src = github.math_src(tex, False)
        start = time.perf_counter()
        svg = math_svg.math_svg(tex, False)
        svg_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        math_images.rasterised(svg or "")
        image_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        math_images.math_image(src)
        cached_times.append((time.perf_counter() - start) * 1000)
    return statistics.median(svg_times), statistics.median(image_times), statistics.median(cached_times)


def typeset(pane: PreviewPane) -> None:
    """Typeset what the preview queued, and repaint."""
    math_images.typesetter().typeset_all()
    settle(pane)


def typing_in_formula_times(
    pane: PreviewPane, model: PaperModel, row: int
) -> tuple[list[float], list[float]]:
    """ms per keystroke inside a formula: to the repaint, and to the repaint with it typeset."""
    base = model.paper(row).abstract_zh
    shown, typeset_times = [], []
    for index in range(KEYSTROKES + 1):
        text = base + f"$z_{{{index}}} = \\frac{{a_{{{index}}}}}{{b}}$"
        start = time.perf_counter()
        model.apply_field(row, "abstract_zh", text)
        settle(pane)
        shown.append((time.perf_counter() - start) * 1000)
        typeset(pane)
        typeset_times.append((time.perf_counter() - start) * 1000)
    return shown[1:], typeset_times[1:]


def page_down_first_paint_times(pane: PreviewPane) -> list[float]:
    """ms from one PageDown to its first repaint, formulas new to it shown as typed (no events run)."""
    view = pane.view()
    times = []
    for _ in range(PAGES):
        event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        QCoreApplication.sendEvent(view, event)
        pane.rendered_text()  # lays out what is on screen, synchronously
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
        typeset(pane)
    return times


def stall_while_paging(pane: PreviewPane) -> float:
    """The longest gap (ms) between 1 ms ticks while paging down every 100 ms through new formulas."""
    view = pane.view()

    def key() -> None:
        event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(view, event)

    with_interval = bench_preview.STALL_INTERVAL_MS
    bench_preview.STALL_INTERVAL_MS = 100
    try:
        return stall_while_typing(key, PAGES)
    finally:
        bench_preview.STALL_INTERVAL_MS = with_interval


def page_down_typeset_times(pane: PreviewPane) -> list[float]:
    """ms from one PageDown to the repaint with every formula on screen typeset."""
    return bench_preview.page_down_times(pane, PAGES, then=typeset)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # ziamath's import and font loading are paid once per process, before any formula.
    start = time.perf_counter()
    math_svg.math_svg("x", False)
    first_use = (time.perf_counter() - start) * 1000
    svg_ms, image_ms, cached_ms = first_render_times()

    digest = math_digest()
    row = PAPERS // 2
    model = PaperModel(Digest())
    pane = PreviewPane(model)
    pane.resize(900, 1000)
    pane.show()
    settle(pane)
    opened = open_time(pane, model, digest)
    pages = page_down_times(pane)
    pane.set_mode("digest")
    pane.set_current_row(200)  # the details: entries hold 8 formulas each, rows 2
    typeset(pane)
    misses = math_svg.cache_info().misses
    pages_typeset = page_down_typeset_times(pane)
    page_formulas = (math_svg.cache_info().misses - misses) / PAGES
    first_paints = page_down_first_paint_times(pane)
    paging_stall = stall_while_paging(pane)
    results = {}
    for mode in ("paper", "digest"):
        pane.set_mode(mode)
        pane.set_current_row(row)
        settle(pane)
        typeset(pane)
        typed = keystroke_times(pane, model, row)
        in_formula, in_formula_typeset = typing_in_formula_times(pane, model, row)
        results[mode] = (typed, in_formula, in_formula_typeset)
    app.processEvents()

    def verdict(value: float, target: float) -> str:
        return "pass" if value <= target else "FAIL"

    target = TARGETS["keystroke"]
    print(f"Preview of {PAPERS:,} papers with 10 formulas each, 900x1000 offscreen, paper {row} selected")
    print()
    print("| measurement | mode | result | target | |")
    print("| --- | --- | ---: | ---: | --- |")
    print(f"| first formula of the process (ziamath import, font) | | {first_use:.1f} ms | | |")
    print(
        f"| one new formula, LaTeX to SVG, median of {FORMULAS} | | {svg_ms:.1f} ms "
        f"| <= {FORMULA_TARGET_MS:.0f} ms | {verdict(svg_ms, FORMULA_TARGET_MS)} |"
    )
    print(f"| one new formula, SVG to image, median of {FORMULAS} | | {image_ms:.1f} ms | | |")
    print(f"| one cached formula, median of {FORMULAS} | | {cached_ms:.3f} ms | | |")
    for mode, (typed, in_formula, in_formula_typeset) in results.items():
        for label, times in (
            ("keystroke to repaint", typed),
            ("keystroke inside a formula to repaint (shown as typed)", in_formula),
            ("keystroke inside a formula to repaint with it typeset", in_formula_typeset),
        ):
            median = statistics.median(times)
            print(
                f"| {label}, median of {len(times)} (max {max(times):.1f}) | {mode} "
                f"| {median:.1f} ms | <= {target:.0f} ms | {verdict(median, target)} |"
            )
    print(
        f"| apply_digest({PAPERS:,} math papers) to first paint | digest | {opened:.1f} ms "
        f"| <= {TARGETS['open']:.0f} ms (whole window) | {verdict(opened, TARGETS['open'])} |"
    )
    print(
        f"| PageDown to repaint and formulas typeset, from the top (the table), median of "
        f"{len(pages)} (max {max(pages):.1f}) | digest | {statistics.median(pages):.1f} ms | | |"
    )
    first_paint = statistics.median(first_paints)
    print(
        f"| PageDown to first repaint in the details (new formulas as typed), median of "
        f"{len(first_paints)} (max {max(first_paints):.1f}) | digest | {first_paint:.1f} ms "
        f"| <= {target:.0f} ms | {verdict(first_paint, target)} |"
    )
    stall_target = TARGETS["stall"]
    print(
        f"| longest event-loop stall, PageDown every 100 ms x {PAGES} through new formulas | digest "
        f"| {paging_stall:.1f} ms | <= {stall_target:.0f} ms | {verdict(paging_stall, stall_target)} |"
    )
    print(
        f"| PageDown to every formula on screen typeset ({page_formulas:.0f} new a page) and repainted, "
        f"median of {len(pages_typeset)} "
        f"(max {max(pages_typeset):.1f}) | digest | {statistics.median(pages_typeset):.1f} ms | | |"
    )
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
