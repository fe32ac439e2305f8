"""Requests that must end: window stalls against hostile servers, Cancel to idle, quit to exit.

Run with `make bench`. Local stand-ins only (tests/fake_arxiv.py, tests/fake_openai.py);
nothing leaves this machine. A 1 ms QTimer ticks while the window works; the longest gap
between two ticks is the longest time the window could not answer a key or paint.

- an arXiv server trickling one byte every 0.2 s: the window fetches (the request ends at
  its deadline, DEADLINE s here); the longest stall meanwhile;
- a model server answering with 30 million characters: the answer is refused at the 5 MB
  cap while it arrives; the longest stall meanwhile;
- Cancel while arXiv is silent (the request holds its socket): time from Cancel until the
  fetcher is idle;
- quitting the real digest-gui (tests/quit_helper.py, a subprocess) while arXiv is silent:
  time from closing the window to the process's exit.

This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="digest-gui-bench-requests-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(Path(_HOME) / _name.lower())
os.environ.pop("DIGEST_GUI_LLM_API_KEY", None)

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from digest_gui.core.model import Paper  # noqa: E402
from tests.fake_arxiv import FakeArxiv  # noqa: E402
from tests.fake_openai import CHINESE, FakeOpenAI, completion  # noqa: E402

STALL_TARGET_MS = 100.0
CANCEL_TARGET_S = 1.0
QUIT_TARGET_S = 2.0
DEADLINE = 3.0  # the arXiv request's overall deadline here (120 s in the app)
CHARACTERS = 30_000_000


def trickle(handler, fake) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "1000000")
    handler.end_headers()
    while not fake.release.wait(0.2):
        try:
            handler.wfile.write(b" ")
            handler.wfile.flush()
        except OSError:
            return


def silent(arrived: threading.Event):
    def respond(handler, fake) -> None:
        arrived.set()
        fake.release.wait(60)

    return respond


def huge_responder():
    """An answer of CHARACTERS characters, built before the measurement (the stand-in server
    runs in this process: building it meanwhile would hold the interpreter, not the app)."""
    text = json.dumps({**CHINESE, "abstract_zh": "长" * (CHARACTERS - 100)}, ensure_ascii=False)
    raw = json.dumps(completion(text, {"model": "bench-model"}), ensure_ascii=False).encode("utf-8")

    def respond(handler, fake, body) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(raw)))
        handler.end_headers()
        try:
            for start in range(0, len(raw), 1 << 16):
                handler.wfile.write(raw[start : start + (1 << 16)])
        except OSError:
            pass  # refused at the cap

    return respond


def make_window():
    from digest_gui.core.sources.http import HttpSettings
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application
    from digest_gui.ui.arxiv.fetch import make_fetcher
    from digest_gui.ui.main_window import MainWindow

    create_application()
    settings = settings_store.load()
    window = MainWindow(settings)
    http = HttpSettings(min_interval=0.0, read_timeout=30.0, retries=0, deadline=DEADLINE)
    window.fetcher._make_fetcher = lambda: make_fetcher(settings, http)
    window.fetcher.reset_fetcher()
    window.resize(1400, 860)
    window.show()
    QApplication.processEvents()
    return window


def longest_stall(until, start) -> tuple[float, float]:
    """Run the event loop from start() until until() holds; (longest gap ms, seconds)."""
    state = {"gap": 0.0, "last": 0.0}
    clock = QElapsedTimer()
    loop = QEventLoop()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        state["gap"] = max(state["gap"], now - state["last"])
        state["last"] = now
        if until():
            loop.quit()

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    began = time.perf_counter()
    start()
    loop.exec()
    ticker.stop()
    return state["gap"], time.perf_counter() - began


def trickling_arxiv(window, fake: FakeArxiv) -> tuple[float, float, str]:
    from digest_gui.core.merge import fetch_failure

    fake.script.append(trickle)
    window.project.add_papers([Paper(id="2501.00001")], 0)
    gap, seconds = longest_stall(lambda: not window.fetcher.busy(), window.fetcher.fetch_missing)
    failure = fetch_failure(window.project.digest.papers[0])
    return gap, seconds, failure.kind if failure else "fetched"


def huge_answer(window, fake: FakeOpenAI) -> tuple[float, float, str]:
    from digest_gui.core.drafting.drafts import draft_failure

    # A first, ordinary draft: importing the OpenAI client (once a session) is not measured here.
    window.project.add_papers([Paper(id="2501.00009", title_en="Warm up", abstract_en="An abstract.")], 0)
    window.drafter.draft_rows([0])
    while window.drafter.busy():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    fake.script.append(huge_responder())
    window.project.add_papers([Paper(id="2501.00002", title_en="A title", abstract_en="An abstract.")], 0)
    gap, seconds = longest_stall(lambda: not window.drafter.busy(), lambda: window.drafter.draft_rows([0]))
    failure = draft_failure(window.project.digest.papers[0])
    return gap, seconds, failure.kind if failure else "drafted"


def cancel_to_idle(window, fake: FakeArxiv) -> float:
    arrived = threading.Event()
    fake.script.append(silent(arrived))
    window.project.add_papers([Paper(id="2501.00003")], 0)
    window.fetcher.fetch_rows([0])
    while not arrived.is_set():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    began = time.perf_counter()
    window.fetcher.cancel()
    while window.fetcher.busy():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return time.perf_counter() - began


def quit_to_exit(fake: FakeArxiv) -> tuple[float, int, bool]:
    from digest_gui.core.formats.project_file import save_project
    from digest_gui.core.model import Digest

    arrived = threading.Event()
    fake.script.append(silent(arrived))
    folder = Path(tempfile.mkdtemp(prefix="digest-gui-bench-quit-"))
    project = folder / "p.digest"
    save_project(Digest(title="p", papers=[Paper(id="2501.00004")]), project)
    flag = folder / "close-now"
    env = {**os.environ, "PYTHONPATH": str(REPO), "DIGEST_GUI_ARXIV_API": fake.url}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.quit_helper", str(project), str(flag), "fetch"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    arrived.wait(60)
    flag.touch()
    out, err = child.communicate(timeout=120)
    ended = time.monotonic()
    closing = [float(line.split()[1]) for line in out.splitlines() if line.startswith("closing ")]
    seconds = ended - closing[0] if closing else float("nan")
    return seconds, child.returncode, "QThread: Destroyed" in err


def main() -> int:
    arxiv, model = FakeArxiv(), FakeOpenAI()
    arxiv.start()
    model.start()
    os.environ["DIGEST_GUI_ARXIV_API"] = arxiv.url
    os.environ["DIGEST_GUI_LLM_BASE_URL"] = model.url
    os.environ["DIGEST_GUI_LLM_MODEL"] = "bench-model"
    try:
        window = make_window()
        trickled = trickling_arxiv(window, arxiv)
        answered = huge_answer(window, model)
        cancelled = cancel_to_idle(window, arxiv)
        window.autosave.discard()
        window.hide()
        quitted = quit_to_exit(arxiv)
    finally:
        arxiv.stop()
        model.stop()
    print(f"Python {sys.version.split()[0]}; offscreen; local stand-ins for arXiv and a model server\n")
    print("| measurement | result | target | |")
    print("| --- | ---: | ---: | --- |")
    gap, seconds, outcome = trickled
    print(
        f"| longest window stall while arXiv trickles a byte every 0.2 s ({outcome} after {seconds:.1f} s, "
        f"deadline {DEADLINE:g} s) | {gap:.0f} ms | <= {STALL_TARGET_MS:.0f} ms | "
        f"{'pass' if gap <= STALL_TARGET_MS and outcome == 'too_slow' else 'FAIL'} |"
    )
    gap, seconds, outcome = answered
    print(
        f"| longest window stall while a {CHARACTERS:,}-character model answer arrives ({outcome} after "
        f"{seconds:.1f} s) | {gap:.0f} ms | <= {STALL_TARGET_MS:.0f} ms | "
        f"{'pass' if gap <= STALL_TARGET_MS and outcome == 'model_too_big' else 'FAIL'} |"
    )
    print(
        f"| Cancel to idle, arXiv silent | {cancelled * 1000:.0f} ms | <= {CANCEL_TARGET_S * 1000:.0f} ms | "
        f"{'pass' if cancelled <= CANCEL_TARGET_S else 'FAIL'} |"
    )
    seconds, status, destroyed = quitted
    clean = status == 0 and not destroyed
    print(
        f"| quit to exit of the real digest-gui, arXiv silent (exit status {status}"
        f"{', QThread destroyed while running' if destroyed else ''}) | {seconds * 1000:.0f} ms | "
        f"<= {QUIT_TARGET_S * 1000:.0f} ms | {'pass' if seconds <= QUIT_TARGET_S and clean else 'FAIL'} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
