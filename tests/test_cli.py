"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from digest_gui import __version__
from tests.conftest import FIXTURES, REPO


def run(*args: str, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "digest_gui", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or REPO,
        env=env,
        timeout=60,
    )


def test_import_then_export_gives_back_the_reference_digest(tmp_path):
    project = tmp_path / "today.digest"
    imported = run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project))
    assert imported.returncode == 0, imported.stderr
    assert b"23 papers" in imported.stderr
    out = tmp_path / "out.md"
    exported = run("export", str(project), "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes() == (FIXTURES / "reference-digest.md").read_bytes()


def test_export_to_standard_output(tmp_path):
    project = tmp_path / "p.digest"
    assert run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project)).returncode == 0
    exported = run("export", str(project), "-o", "-")
    assert exported.returncode == 0
    assert exported.stdout == (FIXTURES / "reference-digest.md").read_bytes()


def test_import_takes_the_title_from_the_file_name_and_a_default_output(tmp_path):
    source = tmp_path / "2024-03-28.md"
    source.write_bytes((FIXTURES / "reference-digest.md").read_bytes())
    assert run("import", str(source)).returncode == 0
    project = tmp_path / "2024-03-28.digest"
    assert '"title": "2024-03-28"' in project.read_text(encoding="utf-8")


def test_import_never_overwrites_a_project_unless_forced(tmp_path):
    project = tmp_path / "mine.digest"
    project.write_text("my precious work", encoding="utf-8")
    refused = run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project))
    assert refused.returncode == 1
    assert project.read_text(encoding="utf-8") == "my precious work"
    assert b"--force" in refused.stderr
    forced = run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project), "--force")
    assert forced.returncode == 0


def test_ids_prints_canonical_ids_one_per_line():
    text = "看这篇 https://arxiv.org/pdf/2403.18546v2.pdf 和 arXiv：２４０３．１８２９６ 以及 math.GT/0309136"
    result = run("ids", stdin=text.encode("utf-8"))
    assert result.returncode == 0
    assert result.stdout.decode() == "2403.18546v2\n2403.18296\nmath/0309136\n"


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"digest-gui {__version__}"


@pytest.mark.parametrize(
    ("args", "content", "words"),
    [
        (("import", "{file}", "-o", "{out}"), b"# nothing like a digest\n", "line 2"),
        (("import", "{file}", "-o", "{out}"), b"\xff\xfe not utf-8", "not UTF-8"),
        (("export", "{file}", "-o", "{out}"), b'{"format": "digest-gui-project", "version": 99}', "newer"),
        (("export", "{file}", "-o", "{out}"), b'{"format": "digest-gui-project", ', "line 1, column"),
        (("export", "{missing}", "-o", "{out}"), None, "cannot read"),
    ],
)
def test_errors_are_one_line_without_a_traceback(tmp_path, args, content, words):
    source = tmp_path / "input"
    if content is not None:
        source.write_bytes(content)
    values = {"file": str(source), "out": str(tmp_path / "out"), "missing": str(tmp_path / "missing")}
    result = run(*(arg.format(**values) for arg in args))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert err.startswith("digest-gui: error: ")
    assert err.count("\n") == 1
    assert words in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_with_2():
    result = run("export")
    assert result.returncode == 2
    assert b"digest-gui export: error:" in result.stderr or b"digest-gui: error:" in result.stderr


class _Feeds(SimpleHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def translate_path(self, path):
        type(self).hits.append(path)
        return str(FIXTURES / f"listing-{path.rsplit('/', 1)[-1]}.xml")

    def log_message(self, *args):
        pass


@pytest.fixture
def feeds(monkeypatch):
    _Feeds.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", f"http://127.0.0.1:{server.server_address[1]}/rss/")
    yield _Feeds.hits
    server.shutdown()
    server.server_close()
    thread.join()


def test_listing_builds_a_project_of_today_s_announcements(tmp_path, feeds):
    project = tmp_path / "today.json"
    made = run("listing", "cs.LG", "cs.CV", "-o", str(project), "--type", "new,cross")
    assert made.returncode == 0, made.stderr
    assert feeds == ["/rss/cs.LG", "/rss/cs.CV"]
    papers = json.loads(project.read_text(encoding="utf-8"))["papers"]
    assert [paper["id"] for paper in papers].count("2403.18546") == 1
    assert {paper["announce_type"] for paper in papers} == {"new", "cross"}
    assert len(papers) == 15 and len(made.stdout.splitlines()) == 15
    assert b"15 papers from today's listing of cs.LG, cs.CV" in made.stderr
    out = tmp_path / "today.md"
    assert run("export", str(project), "-o", str(out)).returncode == 0
    assert "    arXiv:2403.18546v1 Announce Type: cross  Abstract: Fast and robust" in out.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["cs/LG"], b"is not an arXiv category"),
        (["cs.LG", "--type", "new,fresh"], b"unknown announce type fresh"),
        (["cs.XX"], b"cs.XX listing answered HTTP 404"),
    ],
)
def test_listing_errors_are_one_line(tmp_path, feeds, args, words):
    failed = run("listing", *args, "-o", str(tmp_path / "p.json"))
    assert failed.returncode == 1
    assert words in failed.stderr and len(failed.stderr.splitlines()) == 1
    assert not (tmp_path / "p.json").exists()


# ---------------------------------------------------------------------- digest-gui add


@pytest.fixture
def api(monkeypatch):
    from tests.fake_arxiv import FakeArxiv

    server = FakeArxiv()
    server.start()
    monkeypatch.setenv("DIGEST_GUI_ARXIV_API", server.url)
    yield server
    server.stop()


def test_add_creates_the_project_fetches_and_reports_each_paper(tmp_path, api):
    project = tmp_path / "new.digest"
    result = run(
        "add",
        str(project),
        "2501.00001",
        "https://arxiv.org/abs/2501.00002v1",
        "-",
        stdin=b"arXiv:2501.00003",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["2501.00001v3", "fetched"],
        ["2501.00002v1", "fetched"],
        ["2501.00003v3", "fetched"],
    ]
    assert len(api.seen) == 1  # one request for all three
    papers = json.loads(project.read_text(encoding="utf-8"))["papers"]
    assert [paper["id"] for paper in papers] == ["2501.00001", "2501.00002", "2501.00003"]
    assert all(paper["title_en"] and paper["abstract_en"] for paper in papers)


def test_add_exits_1_when_a_paper_could_not_be_fetched(tmp_path, api):
    api.unknown.add("2501.00009")
    project = tmp_path / "p.digest"
    result = run("add", str(project), "2501.00008", "2501.00009", "not-an-id")
    assert result.returncode == 1
    out = result.stdout.decode()
    assert "2501.00009\tfailed: arXiv does not know 2501.00009" in out
    assert "not-an-id\tfailed" in out
    assert "2501.00008v3\tfetched" in out
    papers = json.loads(project.read_text(encoding="utf-8"))["papers"]
    assert papers[1]["fetch_error"].startswith("arXiv does not know")


def test_add_without_fetching_and_adding_again(tmp_path, api):
    project = tmp_path / "p.digest"
    assert run("add", str(project), "2501.00001", "--no-fetch").returncode == 0
    assert api.seen == []
    again = run("add", str(project), "2501.00001")
    assert again.returncode == 0
    assert "already in the project" in again.stdout.decode() or "fetched" in again.stdout.decode()
    assert len(json.loads(project.read_text(encoding="utf-8"))["papers"]) == 1
