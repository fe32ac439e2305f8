"""Quitting while a request hangs: the real digest-gui exits cleanly and at once (issue 10, item 10).

A real process: closing the window must end a request stuck on a silent server without
waiting for its socket, and the process must not die with "QThread: Destroyed while thread
is still running" or hang until the request's timeout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest_gui.core.formats.project_file import save_project
from digest_gui.core.model import Digest, Paper
from tests.fake_arxiv import FakeArxiv
from tests.fake_openai import FakeOpenAI

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def arrived() -> threading.Event:
    return threading.Event()


@pytest.fixture
def silent_arxiv(arrived) -> Iterator[FakeArxiv]:
    server = FakeArxiv()

    def stall(handler, fake) -> None:
        arrived.set()
        fake.release.wait(60)

    server.script.extend([stall] * 5)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def silent_model(arrived) -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()

    def stall(handler, fake, body) -> None:
        arrived.set()
        fake.release.wait(60)

    server.script.extend([stall] * 5)
    server.start()
    yield server
    server.stop()


def quit_during_request(tmp_path: Path, arrived: threading.Event, mode: str, env: dict[str, str]) -> str:
    """Start the window, let it send the request, close it; return its stderr after it exits."""
    paper = Paper(id="2501.00001", title_en="A title", abstract_en="An abstract.")
    project = tmp_path / "p.digest"
    save_project(Digest(title="p", papers=[paper] if mode == "draft" else [Paper(id="2501.00001")]), project)
    flag = tmp_path / "close-now"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.quit_helper", str(project), str(flag), mode],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert arrived.wait(60), "the window never sent its request"
        flag.touch()
        # A bound on a hang, not a speed test (bench/bench_requests.py measures the time):
        # before the fix the process waited for the request's 30 s or 60 s timeout.
        out, err = child.communicate(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert "closing" in out
    assert child.returncode == 0, err
    return err


def test_quitting_while_arxiv_is_silent_exits_cleanly(tmp_path, arrived, silent_arxiv):
    err = quit_during_request(tmp_path, arrived, "fetch", {"DIGEST_GUI_ARXIV_API": silent_arxiv.url})
    assert "QThread: Destroyed" not in err


def test_quitting_while_the_model_server_is_silent_exits_cleanly(tmp_path, arrived, silent_model):
    env = {"DIGEST_GUI_LLM_BASE_URL": silent_model.url, "DIGEST_GUI_LLM_MODEL": "test-model"}
    err = quit_during_request(tmp_path, arrived, "draft", env)
    assert "QThread: Destroyed" not in err
