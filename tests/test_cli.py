"""The command line: `main(argv)` run in-process on real files and local test servers.

A few tests start a real process, where the process is the point: the console script,
--version, exit codes and a reader that goes away (a broken pipe).
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest_gui import __version__
from digest_gui.cli import main
from digest_gui.core.model import Status
from digest_gui.core.sources import http
from tests.conftest import FIXTURES, REPO
from tests.fake_listing import FeedHandler, rss_url, start_feeds, stop_feeds


@dataclass
class Ran:
    """What one command did: its exit status and what it wrote, as bytes."""

    returncode: int
    stdout: bytes
    stderr: bytes


@pytest.fixture(autouse=True)
def fresh_request_spacing() -> Iterator[None]:
    """In one process the app-wide limiter remembers the last test's request: start each afresh."""
    http.LIMITER.reset()
    yield
    http.LIMITER.reset()


@pytest.fixture
def run(capsysbinary, monkeypatch):
    """Run `digest-gui ARGS` in-process, with stdin holding `stdin`; argparse's exits count as statuses."""

    def run_main(*args: str, stdin: bytes = b"") -> Ran:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        capsysbinary.readouterr()  # what came before is not this command's
        try:
            status = main(list(args))
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
        out, err = capsysbinary.readouterr()
        return Ran(status, out, err)

    return run_main


def run_process(*args: str, stdin: bytes | None = None, executable: list[str] | None = None):
    """Run the command as a user does, in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [*(executable or [sys.executable, "-m", "digest_gui"]), *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def test_import_then_export_gives_back_the_reference_digest(run, tmp_path):
    project = tmp_path / "today.digest"
    imported = run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project))
    assert imported.returncode == 0, imported.stderr
    assert b"23 papers" in imported.stderr
    out = tmp_path / "out.md"
    exported = run("export", str(project), "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes() == (FIXTURES / "reference-digest.md").read_bytes()


def test_export_to_standard_output(run, tmp_path):
    project = tmp_path / "p.digest"
    assert run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project)).returncode == 0
    exported = run("export", str(project), "-o", "-")
    assert exported.returncode == 0
    assert exported.stdout == (FIXTURES / "reference-digest.md").read_bytes()


def test_import_takes_the_title_from_the_file_name_and_a_default_output(run, tmp_path):
    source = tmp_path / "2024-03-28.md"
    source.write_bytes((FIXTURES / "reference-digest.md").read_bytes())
    assert run("import", str(source)).returncode == 0
    project = tmp_path / "2024-03-28.digest"
    assert '"title": "2024-03-28"' in project.read_text(encoding="utf-8")


def test_import_never_overwrites_a_project_unless_forced(run, tmp_path):
    project = tmp_path / "mine.digest"
    project.write_text("my precious work", encoding="utf-8")
    refused = run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project))
    assert refused.returncode == 1
    assert project.read_text(encoding="utf-8") == "my precious work"
    assert b"--force" in refused.stderr
    forced = run("import", str(FIXTURES / "reference-digest.md"), "-o", str(project), "--force")
    assert forced.returncode == 0


def test_ids_prints_canonical_ids_one_per_line(run):
    text = "看这篇 https://arxiv.org/pdf/2403.18546v2.pdf 和 arXiv：２４０３．１８２９６ 以及 math.GT/0309136"
    result = run("ids", stdin=text.encode("utf-8"))
    assert result.returncode == 0
    assert result.stdout.decode() == "2403.18546v2\n2403.18296\nmath/0309136\n"


def test_version(run):
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
def test_errors_are_one_line_without_a_traceback(run, tmp_path, args, content, words):
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


def test_usage_errors_exit_with_2(run):
    result = run("export")
    assert result.returncode == 2
    assert b"digest-gui export: error:" in result.stderr or b"digest-gui: error:" in result.stderr
    assert run("draft", "p.digest", "--parallel", "many").returncode == 2


# ---------------------------------------------------------------------- in a process of its own


def test_the_console_script_starts_and_tells_its_version():
    script = Path(sys.executable).with_name("digest-gui")
    if not script.exists():
        pytest.skip("the package is not installed in this environment")
    result = run_process("--version", executable=[str(script)])
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == f"digest-gui {__version__}"


def test_python_m_runs_the_command_line_with_its_exit_statuses(tmp_path):
    version = run_process("--version")
    assert (version.returncode, version.stdout.decode().strip()) == (0, f"digest-gui {__version__}")
    usage = run_process("export")
    assert usage.returncode == 2 and b"error:" in usage.stderr
    failed = run_process("export", str(tmp_path / "missing.digest"), "-o", str(tmp_path / "out.md"))
    assert failed.returncode == 1
    assert failed.stderr.decode().startswith("digest-gui: error: ") and b"Traceback" not in failed.stderr
    ids = run_process("ids", stdin="arXiv：２４０３．１８２９６".encode())
    assert (ids.returncode, ids.stdout) == (0, b"2403.18296\n")


def test_a_reader_that_goes_away_ends_the_export_quietly(tmp_path):
    project = tmp_path / "p.digest"
    imported = run_process("import", str(FIXTURES / "reference-digest.md"), "-o", str(project))
    assert imported.returncode == 0, imported.stderr
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "digest_gui", "export", str(project), "-o", "-"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # as `| head -0` does, before the export writes a byte
        stderr = process.stderr.read()
        assert process.wait(timeout=60) == 1
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr


@pytest.fixture
def feeds(monkeypatch):
    server = start_feeds()
    monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", rss_url(server))
    yield FeedHandler.hits
    stop_feeds(server)


@pytest.mark.slow
def test_listing_builds_a_project_of_today_s_announcements(run, tmp_path, feeds):
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
def test_listing_errors_are_one_line(run, tmp_path, feeds, args, words):
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


def test_add_creates_the_project_fetches_and_reports_each_paper(run, tmp_path, api):
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
    assert [line.split(" — ")[0] for line in lines] == [
        "2501.00001v3: added",
        "2501.00002v1: added",
        "2501.00003v3: added",
    ]
    papers = json.loads(project.read_text(encoding="utf-8"))["papers"]
    assert lines[0] == f"2501.00001v3: added — {papers[0]['title_en']}"  # one readable line
    assert len(api.seen) == 1  # one request for all three
    assert [paper["id"] for paper in papers] == ["2501.00001", "2501.00002", "2501.00003"]
    assert all(paper["title_en"] and paper["abstract_en"] for paper in papers)


def test_add_does_not_keep_a_paper_whose_fetch_failed_and_exits_1(run, tmp_path, api):
    api.unknown.add("2501.00009")
    project = tmp_path / "p.digest"
    result = run("add", str(project), "2501.00008", "2501.00009", "not-an-id")
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "'not-an-id': no arXiv id or link in it"
    assert lines[1].startswith("2501.00008v3: added — ")
    assert lines[2] == "2501.00009: not added: arXiv does not know 2501.00009"
    papers = json.loads(project.read_text(encoding="utf-8"))["papers"]
    assert [paper["id"] for paper in papers] == ["2501.00008"]  # never an empty link in the export
    exported = run("export", str(project), "-o", "-").stdout.decode()
    assert "[](" not in exported


def test_add_again_says_already_in_the_project_and_fetches_only_what_never_was(run, tmp_path, api):
    project = tmp_path / "p.digest"
    first = run("add", str(project), "2501.00001", "--no-fetch")
    assert first.returncode == 0
    assert first.stdout.decode() == "2501.00001: added\n"
    assert api.seen == []
    # A paper without an English title is flagged until it is fetched.
    checked = run("check", str(project))
    assert "[^1] 2501.00001 title_en: the paper has no English title" in checked.stdout.decode()
    again = run("add", str(project), "2501.00001", "2501.00002")
    assert again.returncode == 0
    lines = again.stdout.decode().splitlines()
    assert lines[0].startswith("2501.00001v3: already in the project; fetched now — ")
    assert lines[1].startswith("2501.00002v3: added — ")
    requests = len(api.seen)
    third = run("add", str(project), "https://arxiv.org/abs/2501.00001")
    assert third.stdout.decode().startswith("2501.00001v3: already in the project — ")
    assert "cached" not in third.stdout.decode()
    assert len(api.seen) == requests  # nothing fetched again
    assert len(json.loads(project.read_text(encoding="utf-8"))["papers"]) == 2


# ---------------------------------------------------------------- digest-gui draft and check


@pytest.fixture
def model(monkeypatch):
    """A local OpenAI-compatible server the commands are pointed at through the environment."""
    from tests.fake_openai import FakeOpenAI

    server = FakeOpenAI()
    server.start()
    monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", server.url)
    monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "test-model")
    monkeypatch.setenv("DIGEST_GUI_LLM_API_KEY", "sk-cli-test-key-123456")
    # No test reads the user's keyring.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield server
    server.stop()


def _project(tmp_path, clear: dict[int, tuple[str, ...]]):
    """The reference digest as a project, with the named Chinese fields of some rows emptied."""
    from digest_gui.core.formats.digest_format import import_markdown
    from digest_gui.core.formats.project_file import save_project

    digest = import_markdown((FIXTURES / "reference-digest.md").read_text(encoding="utf-8")).digest
    for row, names in clear.items():
        for name in names:
            setattr(digest.papers[row], name, "")
        digest.papers[row].status = Status.FETCHED
    path = tmp_path / "p.digest"
    save_project(digest, path)
    return path, [paper.id for paper in digest.papers]


ALL_ZH = ("title_zh", "summary_zh", "abstract_zh")


def test_draft_fills_every_paper_with_an_empty_chinese_field_and_reports_each(run, tmp_path, model):
    # The window's rule (Draft All Without Chinese): ANY empty Chinese field, not all of them,
    # as the command's default until this version required.
    path, ids = _project(tmp_path, {0: ALL_ZH, 2: ALL_ZH, 5: ("summary_zh",)})
    result = run("draft", str(path))
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.decode().splitlines()) == sorted(
        [f"{ids[0]}\tdrafted", f"{ids[2]}\tdrafted", f"{ids[5]}\tdrafted; suggestions: title_zh, abstract_zh"]
    )
    assert len(model.seen) == 3
    assert model.seen[0].headers["authorization"] == "Bearer sk-cli-test-key-123456"
    stderr = result.stderr.decode()
    assert "3 drafted, 0 failed; tokens used: 360 prompt + 240 completion" in stderr
    papers = json.loads(path.read_text(encoding="utf-8"))["papers"]
    assert papers[0]["status"] == "drafted" and papers[0]["title_zh"] == "一种高效的热图引导抓取检测方法"
    assert papers[5]["summary_zh"] == papers[0]["summary_zh"] != ""  # the empty field is filled
    assert papers[5]["title_zh"] != papers[0]["title_zh"]  # the user's words stay beside the draft
    assert papers[1]["status"] == "reviewed"


def test_draft_all_is_the_default_and_papers_without_english_are_skipped(run, tmp_path, model):
    path, ids = _project(tmp_path, {3: ALL_ZH, 4: ("abstract_zh",)})
    digest = json.loads(path.read_text(encoding="utf-8"))
    digest["papers"][3]["title_en"] = digest["papers"][3]["abstract_en"] = ""
    path.write_text(json.dumps(digest, ensure_ascii=False), encoding="utf-8")
    same = tmp_path / "same.digest"
    same.write_bytes(path.read_bytes())
    result = run("draft", str(path), "--all")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [
        f"{ids[3]}\tskipped: no English title or abstract (fetch it first)",
        f"{ids[4]}\tdrafted; suggestions: title_zh, summary_zh",
    ]
    assert len(model.seen) == 1
    default = run("draft", str(same))
    assert (default.returncode, default.stdout) == (0, result.stdout)
    assert same.read_bytes() == path.read_bytes()
    assert "(the default;" in " ".join(run("draft", "--help").stdout.decode().split())


def test_draft_all_and_named_papers_keep_the_user_s_text_as_suggestions(run, tmp_path, model):
    path, ids = _project(tmp_path, {5: ("summary_zh",)})
    result = run("draft", str(path), "--all")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [f"{ids[5]}\tdrafted; suggestions: title_zh, abstract_zh"]
    named = run("draft", str(path), f"arXiv:{ids[7]}v1")
    assert named.stdout.decode().splitlines() == [f"{ids[7]}\tsuggestions: title_zh, summary_zh, abstract_zh"]
    papers = json.loads(path.read_text(encoding="utf-8"))["papers"]
    assert papers[7]["title_zh"] != "一种高效的热图引导抓取检测方法"  # the user's words stay
    assert papers[7]["draft_suggestion"]["title_zh"] == "一种高效的热图引导抓取检测方法"
    assert papers[7]["status"] == "reviewed"


def test_draft_reports_failures_on_their_papers_and_exits_1(run, tmp_path, model):
    from tests.fake_openai import english, error

    path, ids = _project(tmp_path, {0: ALL_ZH, 1: ALL_ZH, 2: ALL_ZH})
    model.rules.append(("GeNet: A Graph Neural Network-based", error(401, "Incorrect API key provided")))
    model.rules.append(("Evaluating GPT-4 with Vision", english()))
    result = run("draft", str(path), ids[0], ids[1], ids[2], "2501.99999")
    assert result.returncode == 1
    lines = sorted(result.stdout.decode().splitlines())
    assert lines == sorted(
        [
            f"{ids[0]}\tdrafted",
            f"{ids[1]}\tfailed: the model server refused the API key (HTTP 401)",
            f"{ids[2]}\tfailed: the model answered in English, twice",
            "2501.99999\tfailed: not in the project",
        ]
    )
    papers = json.loads(path.read_text(encoding="utf-8"))["papers"]
    assert papers[1]["draft_error"] == {"kind": "model_refused_key", "args": {}}
    assert papers[2]["title_zh"] == ""  # English never fills a Chinese field
    assert b"1 drafted, 3 failed" in result.stderr


def test_draft_needs_a_configured_model(run, tmp_path, monkeypatch):
    monkeypatch.delenv("DIGEST_GUI_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("DIGEST_GUI_LLM_MODEL", raising=False)
    path, _ = _project(tmp_path, {0: ALL_ZH})
    before = path.read_bytes()
    result = run("draft", str(path))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert err.startswith("digest-gui: error: no model configured: set the server and the model")
    assert "DIGEST_GUI_LLM_BASE_URL" in err
    assert err.count("\n") == 1 and path.read_bytes() == before


def test_draft_with_nothing_to_draft_and_an_unreachable_server(run, tmp_path, model, monkeypatch):
    path, ids = _project(tmp_path, {})
    nothing = run("draft", str(path))
    assert nothing.returncode == 0 and nothing.stdout == b"" and b"nothing to draft" in nothing.stderr
    monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    path, ids = _project(tmp_path, {3: ALL_ZH})
    failed = run("draft", str(path))
    assert failed.returncode == 1
    assert failed.stdout.decode().startswith(
        f"{ids[3]}\tfailed: cannot reach the model server at http://127.0.0.1:9/v1"
    )


def test_check_prints_warnings_and_exits_1(run, tmp_path):
    path, ids = _project(tmp_path, {1: ("abstract_zh",)})
    result = run("check", str(path))
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert f"[^2] {ids[1]} abstract_zh: the Chinese abstract is empty" in lines
    assert f"[^18] {ids[17]} summary_zh: the Chinese summary has 126 characters; the limit is 80" in lines
    # [^20]'s English abstract is cut short in the file; its Chinese has a number more.
    assert f"[^20] {ids[19]} abstract_zh: the Chinese abstract has 50％, which the English lacks" in lines
    assert len(lines) == 8  # one line per problem, and the summary line counts them all
    assert "23 papers · 22 reviewed · 0 drafted · 7 warnings · 1 empty field" in result.stderr.decode()


def test_check_of_a_clean_project_exits_0(run, tmp_path):
    path, _ = _project(tmp_path, {})
    from digest_gui.core.formats.project_file import load_project, save_project

    digest = load_project(path)
    for name in ("summary_zh", "abstract_zh"):  # as long as the English is
        setattr(digest.papers[19], name, re.sub("约?50％以上", "大幅", getattr(digest.papers[19], name)))
    save_project(digest, path)
    result = run("check", str(path), "--summary-limit", "200")
    assert result.returncode == 0, result.stdout
    assert result.stdout == b""
    assert "0 warnings · 0 empty fields" in result.stderr.decode()


def test_check_and_draft_use_the_window_s_preferences(run, tmp_path, model, monkeypatch):
    """The summary limit and the model saved in Preferences, read without Qt; the environment wins."""
    from digest_gui.core.saved_preferences import settings_path

    path, _ = _project(tmp_path, {0: ("summary_zh",)})
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(
        f"[llm]\nbase_url={model.url}\nmodel=saved-model\n\n[quality]\nsummary_limit=200\n",
        encoding="utf-8",
    )
    checked = run("check", str(path))
    assert "characters; the limit is" not in checked.stdout.decode()  # 200, not 80
    monkeypatch.delenv("DIGEST_GUI_LLM_BASE_URL")
    monkeypatch.delenv("DIGEST_GUI_LLM_MODEL")
    drafted = run("draft", str(path))
    assert drafted.returncode == 0, drafted.stderr
    assert {seen.body["model"] for seen in model.seen} == {"saved-model"}
    monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "from-environment")
    assert run("draft", str(path), "2403.18296").returncode == 0
    assert model.seen[-1].body["model"] == "from-environment"


def test_import_and_export_keep_english_summaries_and_bracketed_titles(run, tmp_path):
    source = FIXTURES / "digest-english-summaries.md"
    project = tmp_path / "en.digest"
    assert run("import", str(source), "-o", str(project)).returncode == 0
    data = json.loads(project.read_text(encoding="utf-8"))
    assert data["papers"][0]["title_en"] == "Tur[k]ingBench: A Challenge Benchmark for Web Agents"
    assert data["papers"][2]["summary_en"].startswith("This paper studies the convergence of")
    assert "summary_en" not in data["papers"][3]  # left out while empty
    out = tmp_path / "out.md"
    assert run("export", str(project), "-o", str(out)).returncode == 0
    assert out.read_bytes() == source.read_bytes()


def test_import_of_an_entry_lacking_its_chinese_abstract_says_so_and_misplaces_nothing(run, tmp_path):
    text = (FIXTURES / "digest-english-summaries.md").read_text(encoding="utf-8")
    # Blank lines between entries, and entry [^2] without its Chinese abstract.
    text = text.replace("    \n[^", "    \n\n\n[^")
    abstract_zh = "    本文从不安全状态出发反向传播可达集合，从而在不重新训练控制器的情况下完成验证。\n\n"
    assert abstract_zh in text
    text = text.replace(abstract_zh, "")
    source = tmp_path / "bent.md"
    source.write_text(text, encoding="utf-8")
    project = tmp_path / "bent.digest"
    imported = run("import", str(source), "-o", str(project))
    assert imported.returncode == 0, imported.stderr
    assert b"entry [^2]" in imported.stderr and b"has no Chinese abstract" in imported.stderr
    second = json.loads(project.read_text(encoding="utf-8"))["papers"][1]
    assert second["abstract_zh"] == ""
    assert second["abstract_en"].startswith("We propagate reachable sets backwards")
    assert second["announce_type"] == "new"


def test_import_of_an_old_mac_file_reads_its_lines(run, tmp_path):
    source = tmp_path / "mac.md"
    source.write_bytes((FIXTURES / "digest-english-summaries.md").read_bytes().replace(b"\n", b"\r"))
    imported = run("import", str(source), "-o", str(tmp_path / "mac.digest"))
    assert imported.returncode == 0, imported.stderr
    assert b"4 papers" in imported.stderr and b"old Mac line endings" in imported.stderr


def test_an_unexpected_error_is_one_line_for_the_user_and_a_traceback_in_the_log(monkeypatch, capsys):
    from digest_gui import cli
    from digest_gui.logs import log_file, shutdown_logging

    def broken(_args):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setitem(cli.COMMANDS, "ids", broken)
    monkeypatch.delenv("DIGEST_GUI_DEBUG", raising=False)
    assert main(["ids"]) == 1
    assert capsys.readouterr().err == "digest-gui: error: unexpected RuntimeError: something nobody foresaw\n"
    path = log_file()
    assert path is not None
    shutdown_logging()
    logged = path.read_text(encoding="utf-8")
    assert (
        "unexpected error in ids" in logged and "Traceback" in logged and "something nobody foresaw" in logged
    )


def test_the_window_knows_every_subcommand_by_name_without_loading_them():
    from digest_gui import cli
    from digest_gui.cli.window_args import window_parser

    assert sorted(cli.COMMAND_NAMES) == sorted(cli.COMMANDS)
    assert all(name in window_parser().epilog for name in cli.COMMAND_NAMES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), max_size=4))
def test_the_window_reads_its_arguments_as_its_parser_does(argv):
    """Files alone skip building the parser; any option goes through it. Either way the
    window gets what the parser would give."""
    from digest_gui.cli.window_args import window_args, window_parser

    try:
        expected = window_parser().parse_args(argv)
    except SystemExit:  # an option the parser refuses: the fast path must not take it
        assert any(arg.startswith("-") for arg in argv)
        return
    assert window_args(argv) == expected
