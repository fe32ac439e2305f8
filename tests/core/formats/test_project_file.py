"""Project files on disk: round trip, stable layout, hostile input, migration and safe saving."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from digest_gui.core.errors import ProjectFileError
from digest_gui.core.formats import project_file
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import (
    CURRENT_VERSION,
    MIGRATIONS,
    PAPER_FIELDS,
    digest_from_dict,
    dumps_project,
    load_project,
    loads_project,
    migrate,
    save_project,
)
from digest_gui.core.model import Digest, ExportSettings, Paper, Status
from digest_gui.core.storage import atomic_file
from tests.conftest import FIXTURES, REPO
from tests.core.formats.read_only_folder_check import check_read_only_folder_refuses_a_save

# The ordinary user a root run becomes for the permission test (Debian's "nobody").
NOBODY = 65534

REFERENCE_MARKDOWN = FIXTURES / "reference-digest.md"
PROJECT_V1 = FIXTURES / "project-v1.digest"

FIRST_PAPER_KEYS = [
    "id",
    "version",
    "url",
    "title_en",
    "title_zh",
    "summary_zh",
    "abstract_en",
    "abstract_zh",
    "announce_type",
]
MB = 1024 * 1024
BAD_VERSION = '"version" should be a whole number from 1'


# ---------------------------------------------------------------------------- helpers


def reference_digest() -> Digest:
    text = REFERENCE_MARKDOWN.read_text(encoding="utf-8")
    return import_markdown(text).digest


@pytest.fixture
def digest() -> Digest:
    """The reference digest with every field used and unknown keys from another tool."""
    digest = reference_digest()
    digest.title = "arXiv 每日摘要 2024-03-28"
    digest.export = ExportSettings(
        abstract_limit=0,
        summary_heading="概要",
        details_heading="细节",
        table_header=("编号", "标题", "总结"),
    )
    digest.extra = {"zz_tool": {"runs": 3, "tags": ["机器人", None, 1.5, True]}, "aa_note": "先写摘要"}
    for index, paper in enumerate(digest.papers):
        paper.authors = [f"作者{index}", "Ada Lovelace"]
        paper.categories = ["cs.RO", "cs.CV"]
        paper.primary_category = "cs.RO"
        paper.published = "2024-03-27T12:00:00Z"
        paper.status = list(Status)[index % len(Status)]
    digest.papers[0].extra = {"zeta": [1, {"深": "层"}], "alpha": None}
    digest.papers[1].legacy_listing = True
    digest.papers[2].version = None
    digest.papers[3].comment = 'Quotes " and \\ backslashes\nand a second line'
    return digest


def saved(digest: Digest, path: Path) -> Path:
    save_project(digest, path)
    return path


def project_dict() -> dict[str, Any]:
    """The reference digest as a parsed project file, for turning into a broken one."""
    return json.loads(dumps_project(reference_digest()))


def project_bytes(change: Callable[[dict[str, Any]], Any]) -> bytes:
    data = project_dict()
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def assert_one_line(message: str) -> None:
    assert message
    assert "\n" not in message
    assert "\r" not in message


def refusal(path: Path) -> str:
    """Load a file that must be refused; return the message after checking its form."""
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    message = str(caught.value)
    assert_one_line(message)
    assert str(path) in message
    if before is not None:
        assert path.read_bytes() == before, "a failed load changed the file"
    return message


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def nested_in_paper(levels: int) -> bytes:
    """A project whose first paper has an unknown key holding `levels` nested lists."""
    head = '{"format": "digest-gui-project", "version": 1, "papers": [{"id": "2403.18546", "deep": '
    return (head + "[" * levels + "]" * levels + "}]}").encode()


def call_from_deep_stack(frames: int, function: Callable[[], Any]) -> Any:
    """Run function below `frames` extra stack frames, as a GUI's event handlers would."""
    if frames == 0:
        return function()
    return call_from_deep_stack(frames - 1, function)


def temporary_files(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


# ---------------------------------------------------------------------------- round trip


def test_saved_reference_digest_loads_back_equal(tmp_path, digest):
    path = saved(digest, tmp_path / "march.digest")

    loaded = load_project(path)

    assert loaded == digest
    assert len(loaded.papers) == 23
    assert loaded.papers[0].extra == {"zeta": [1, {"深": "层"}], "alpha": None}
    assert loaded.extra == {
        "zz_tool": {"runs": 3, "tags": ["机器人", None, 1.5, True]},
        "aa_note": "先写摘要",
    }


def test_saved_file_has_the_stable_key_order_with_unknown_keys_last(tmp_path, digest):
    data = json.loads(saved(digest, tmp_path / "march.digest").read_text(encoding="utf-8"))

    assert list(data) == ["format", "version", "title", "export", "papers", "aa_note", "zz_tool"]
    assert data["format"] == "digest-gui-project"
    assert data["version"] == CURRENT_VERSION
    assert list(data["export"]) == ["abstract_limit", "summary_heading", "details_heading", "table_header"]
    first, second = data["papers"][:2]
    assert list(first)[:9] == FIRST_PAPER_KEYS
    # An empty English summary is left out (older projects keep their bytes).
    written = [name for name in PAPER_FIELDS if name != "summary_en"]
    assert list(first) == [*written, "alpha", "zeta"]
    assert list(second) == written


def test_saved_file_is_indented_utf8_with_chinese_as_is_and_a_final_newline(tmp_path, digest):
    text = saved(digest, tmp_path / "march.digest").read_bytes().decode("utf-8")

    assert text.startswith(
        '{\n  "format": "digest-gui-project",\n  "version": 1,\n  "title": "arXiv 每日摘要'
    )
    assert '\n    {\n      "id": "2403.18546",\n      "version": 1,\n' in text
    assert digest.papers[0].title_zh in text
    assert digest.papers[0].abstract_zh in text
    assert "\\u" not in text
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")
    assert text == dumps_project(digest)


def test_saving_the_same_digest_twice_gives_identical_bytes(tmp_path, digest):
    first = saved(digest, tmp_path / "first.digest").read_bytes()
    second = saved(digest, tmp_path / "second.digest").read_bytes()
    resaved = saved(load_project(tmp_path / "first.digest"), tmp_path / "first.digest").read_bytes()

    assert first == second
    assert resaved == first


def test_unknown_keys_written_by_another_tool_survive_load_and_save(tmp_path):
    def add_unknown_keys(data: dict[str, Any]) -> None:
        data["reviewer"] = {"name": "王芳", "round": 2}
        data["papers"][4]["score"] = 0.75
        data["papers"][4]["labels"] = ["抓取", "RL"]

    path = write(tmp_path / "other-tool.digest", project_bytes(add_unknown_keys))

    resaved = json.loads(dumps_project(load_project(path)))

    assert resaved["reviewer"] == {"name": "王芳", "round": 2}
    assert list(resaved)[-1] == "reviewer"
    assert resaved["papers"][4]["score"] == 0.75
    assert list(resaved["papers"][4])[-2:] == ["labels", "score"]
    assert "score" not in resaved["papers"][3]


def test_project_with_utf8_byte_order_mark_loads(tmp_path, digest):
    path = write(tmp_path / "bom.digest", b"\xef\xbb\xbf" + dumps_project(digest).encode("utf-8"))

    assert load_project(path) == digest


def test_missing_optional_keys_take_their_defaults():
    digest = loads_project(
        b'{"format": "digest-gui-project", "version": 1, "papers": [{"id": "2403.18546"}]}'
    )

    assert digest == Digest(papers=[Paper(id="2403.18546")])


def test_text_with_a_lone_surrogate_escape_loads_and_saves_back_the_same(tmp_path):
    path = write(
        tmp_path / "surrogate.digest",
        b'{"format": "digest-gui-project", "version": 1, "title": "a\\ud800b",'
        b' "papers": [{"id": "2403.18546", "title_zh": "\\udc00"}]}',
    )
    digest = load_project(path)

    save_project(digest, path)

    assert load_project(path) == digest
    assert digest.title == "a\ud800b"


# ---------------------------------------------------------------------------- broken files


def test_truncated_project_names_line_and_column(tmp_path, digest):
    whole = dumps_project(digest)
    half = whole[: len(whole) // 2]
    path = write(tmp_path / "cut.digest", half.encode("utf-8"))

    message = refusal(path)

    last_line = half.count("\n") + 1
    assert f"line {last_line}, column " in message
    assert "not valid JSON" in message


def test_project_cut_inside_a_chinese_character_says_it_looks_cut_short(tmp_path, digest):
    whole = dumps_project(digest).encode("utf-8")
    title = digest.papers[0].title_zh.encode("utf-8")
    cut = whole[: whole.index(title) + 1]
    path = write(tmp_path / "cut.digest", cut)

    message = refusal(path)

    last_line = cut.count(b"\n") + 1
    assert f"line {last_line}:" in message
    assert "cut short" in message


def test_invalid_json_reports_where_it_goes_wrong(tmp_path):
    path = write(tmp_path / "typo.digest", b'{\n  "format": "digest-gui-project",\n    x\n}\n')

    message = refusal(path)

    assert "line 3, column 5" in message
    assert "not valid JSON" in message


def test_empty_file_is_refused_as_invalid_json(tmp_path):
    message = refusal(write(tmp_path / "empty.digest", b""))

    assert "line 1, column 1: not valid JSON" in message


def test_invalid_utf8_is_refused_with_its_line(tmp_path):
    data = b'{"format": "digest-gui-project",\n "version": 1,\n "title": "\xff\xfe"}'

    message = refusal(write(tmp_path / "latin1.digest", data))

    assert "line 3" in message
    assert "not UTF-8" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(lambda data: data.update(format="other-app"), "not a digest-gui project", id="format"),
        pytest.param(lambda data: data.pop("format"), "not a digest-gui project", id="no-format"),
        pytest.param(lambda data: data.update(version="1"), BAD_VERSION, id="version-text"),
        pytest.param(lambda data: data.update(version=1.0), BAD_VERSION, id="version-float"),
        pytest.param(lambda data: data.update(version=True), BAD_VERSION, id="version-bool"),
        pytest.param(lambda data: data.update(version=0), BAD_VERSION, id="version-zero"),
        pytest.param(lambda data: data.pop("version"), BAD_VERSION, id="version-missing"),
        pytest.param(lambda data: data.update(title=["x"]), '"title" should be text, not a list', id="title"),
        pytest.param(
            lambda data: data.update(papers={}), '"papers" should be a list, not an object', id="papers"
        ),
        pytest.param(
            lambda data: data.update(export=None), '"export" should be an object, not null', id="export"
        ),
        pytest.param(
            lambda data: data["export"].update(table_header=["Ref", "Title"]),
            "export.table_header should be a list of three texts",
            id="table-header",
        ),
        pytest.param(
            lambda data: data["export"].update(abstract_limit=-1),
            "export.abstract_limit should be a whole number from 0",
            id="abstract-limit",
        ),
        pytest.param(
            lambda data: data["papers"][3].update(title_zh=5),
            "papers[3].title_zh should be text, not a number",
            id="title-zh-number",
        ),
        pytest.param(
            lambda data: data["papers"][0].update(authors="Ada Lovelace"),
            "papers[0].authors should be a list of texts, not text",
            id="authors-text",
        ),
        pytest.param(
            lambda data: data["papers"][22].update(categories=["cs.RO", 7]),
            "papers[22].categories should be a list of texts, not a list",
            id="categories-mixed",
        ),
        pytest.param(
            lambda data: data["papers"][1].update(version=2.0),
            "papers[1].version should be a whole number or null, not a number",
            id="paper-version-float",
        ),
        pytest.param(
            lambda data: data["papers"][1].update(version=0),
            "papers[1].version should be 1 or more, not 0",
            id="paper-version-zero",
        ),
        pytest.param(
            lambda data: data["papers"][2].update(status="done"),
            "papers[2].status should be one of new, fetched, drafted, needs-review, reviewed, not 'done'",
            id="status",
        ),
        pytest.param(
            lambda data: data["papers"][5].update(announce_type="old"),
            "papers[5].announce_type should be one of",
            id="announce-type",
        ),
        pytest.param(
            lambda data: data["papers"][6].update(legacy_listing="yes"),
            "papers[6].legacy_listing should be true or false, not text",
            id="legacy-listing",
        ),
        pytest.param(
            lambda data: data["papers"].insert(1, "2403.18546"),
            "papers[1] should be an object, not text",
            id="paper-text",
        ),
    ],
)
def test_wrong_content_is_refused_naming_the_field(tmp_path, change, expected):
    message = refusal(write(tmp_path / "wrong.digest", project_bytes(change)))

    assert expected in message


def test_json_array_is_not_a_project(tmp_path):
    message = refusal(write(tmp_path / "array.digest", b'[{"format": "digest-gui-project"}]'))

    assert "not a digest-gui project" in message


def test_project_from_a_newer_version_asks_for_an_update(tmp_path):
    message = refusal(write(tmp_path / "future.digest", project_bytes(lambda data: data.update(version=99))))

    assert "newer" in message
    assert "version 99" in message
    assert "update digest-gui" in message


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"[" * 100_000, id="open-brackets"),
        pytest.param(nested_in_paper(100_000), id="lists-in-paper"),
        pytest.param(
            b'{"format": "digest-gui-project", "version": 1, "papers": [{"id": "x", "title_zh": '
            + b'{"a": ' * 100_000
            + b"1"
            + b"}" * 100_000
            + b"}]}",
            id="objects-in-paper",
        ),
        pytest.param(nested_in_paper(500), id="parsable-but-too-deep"),
        pytest.param(nested_in_paper(project_file.MAX_NESTING - 2), id="one-level-too-deep"),
    ],
)
def test_deeply_nested_json_is_refused_quickly(tmp_path, data):
    path = write(tmp_path / "deep.digest", data)
    started = time.monotonic()

    message = refusal(path)

    assert time.monotonic() - started < 10
    assert "nested too deeply" in message


def test_project_nested_as_deep_as_allowed_loads_and_saves_from_a_deep_stack(tmp_path):
    # Top object, papers list and paper object are the first three levels.
    path = write(tmp_path / "deep.digest", nested_in_paper(project_file.MAX_NESTING - 3))

    digest = call_from_deep_stack(300, lambda: load_project(path))
    call_from_deep_stack(300, lambda: save_project(digest, path))

    assert load_project(path) == digest


def test_number_too_long_to_read_is_refused(tmp_path):
    digits = "7" * (sys.get_int_max_str_digits() + 1)
    data = f'{{"format": "digest-gui-project", "version": 1, "count": {digits}}}'.encode()

    message = refusal(write(tmp_path / "digits.digest", data))

    assert "digits" in message


def test_missing_file_cannot_be_read(tmp_path):
    message = refusal(tmp_path / "absent.digest")

    assert "cannot read" in message
    assert "No such file" in message


def test_folder_is_not_a_project(tmp_path):
    folder = tmp_path / "folder.digest"
    folder.mkdir()

    message = refusal(folder)

    assert "cannot read" in message
    assert folder.is_dir()


def test_file_larger_than_the_limit_is_refused(tmp_path, monkeypatch):
    path = saved(Digest(papers=[Paper(id="2403.18546", abstract_en="a" * (2 * MB))]), tmp_path / "big.digest")
    monkeypatch.setattr(project_file, "MAX_BYTES", MB)

    message = refusal(path)

    assert "the file is 2 MB, larger than a project can be (1 MB)" in message


def test_project_with_a_50_mb_abstract_loads(tmp_path):
    unit = "Grasping in clutter 抓取。"
    abstract = unit * (50 * MB // len(unit.encode("utf-8")) + 1)
    digest = Digest(title="大", papers=[Paper(id="2403.18546", abstract_en=abstract), Paper(id="2403.18296")])
    path = saved(digest, tmp_path / "huge.digest")
    assert path.stat().st_size > 50 * MB
    started = time.monotonic()

    loaded = load_project(path)

    assert time.monotonic() - started < 20
    assert len(loaded.papers[0].abstract_en) == len(abstract)
    assert loaded == digest


# ---------------------------------------------------------------------------- migration


def v1_expected() -> Digest:
    first = Paper(
        id="2403.18546",
        version=1,
        url="https://arxiv.org/abs/2403.18546",
        title_en="Efficient Heatmap-Guided 6-Dof Grasp Detection in Cluttered Scenes",
        title_zh="在混乱场景中高效的基于热图引导的六自由度抓取检测",
        summary_zh="本文提出了一种利用抓取热图引导的高效局部抓取生成方法。",
        abstract_en="Fast and robust object grasping in clutter is a crucial component of robotics.",
        abstract_zh="在机器人领域中，快速而稳健的物体抓取是至关重要的。",
        announce_type="cross",
        authors=["Siang Chen", "Wei Tang"],
        categories=["cs.RO", "cs.CV"],
        primary_category="cs.RO",
        published="2024-03-27T12:00:00Z",
        updated="2024-03-27T12:00:00Z",
        comment="Accepted by IEEE RAL",
        doi="10.1109/LRA.2024.0000000",
        status="reviewed",
    )
    second = Paper(
        id="2403.18296",
        url="https://arxiv.org/abs/2403.18296",
        title_en=(
            "GeNet: A Graph Neural Network-based Anti-noise Task-Oriented Semantic Communication Paradigm"
        ),
    )
    return Digest(title="arXiv 摘要 2024-03-28", papers=[first, second])


def test_version_1_fixture_loads():
    assert load_project(PROJECT_V1) == v1_expected()


def test_version_1_fixture_is_in_the_saved_layout():
    # Saving it back unchanged shows the fixture is what this build writes for version 1.
    assert dumps_project(load_project(PROJECT_V1)) == PROJECT_V1.read_text(encoding="utf-8")


def copy_of_v1(tmp_path: Path) -> Path:
    return write(tmp_path / "old.digest", PROJECT_V1.read_bytes())


def test_older_project_passes_through_its_migration_once(tmp_path, monkeypatch):
    calls: list[int] = []

    def to_version_2(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(data["version"])
        data["title"] = data["title"].replace("摘要", "每日摘要")
        data["migrated_from"] = 1
        return data

    monkeypatch.setattr(project_file, "CURRENT_VERSION", 2)
    monkeypatch.setitem(MIGRATIONS, 1, to_version_2)
    path = copy_of_v1(tmp_path)
    before = path.read_bytes()

    digest = load_project(path)

    assert calls == [1]
    assert digest.title == "arXiv 每日摘要 2024-03-28"
    assert digest.extra == {"migrated_from": 1}
    assert digest.papers == v1_expected().papers
    assert path.read_bytes() == before
    assert json.loads(dumps_project(digest))["version"] == 2


def test_current_project_skips_migrations(tmp_path, monkeypatch):
    monkeypatch.setitem(MIGRATIONS, 1, lambda data: pytest.fail("migrated a current project"))

    assert load_project(copy_of_v1(tmp_path)) == v1_expected()


def test_migration_runs_every_step_in_order(monkeypatch):
    steps: list[int] = []

    def step(data: dict[str, Any]) -> dict[str, Any]:
        steps.append(data["version"])
        return data

    monkeypatch.setattr(project_file, "CURRENT_VERSION", 3)
    monkeypatch.setitem(MIGRATIONS, 1, step)
    monkeypatch.setitem(MIGRATIONS, 2, step)

    assert migrate({"version": 1})["version"] == 3
    assert steps == [1, 2]


def test_migrate_refuses_a_version_without_a_step(monkeypatch):
    monkeypatch.setattr(project_file, "CURRENT_VERSION", 3)
    monkeypatch.setitem(MIGRATIONS, 1, lambda data: data)
    monkeypatch.delitem(MIGRATIONS, 2, raising=False)

    with pytest.raises(ProjectFileError, match="version 2 cannot be upgraded"):
        migrate({"version": 1})


def test_older_project_without_a_migration_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(project_file, "CURRENT_VERSION", 2)
    monkeypatch.delitem(MIGRATIONS, 1, raising=False)

    message = refusal(copy_of_v1(tmp_path))

    assert "version 1 cannot be upgraded" in message


def test_digest_from_dict_checks_a_parsed_project():
    data = json.loads(PROJECT_V1.read_text(encoding="utf-8"))
    assert digest_from_dict(data) == v1_expected()

    data["papers"][1]["authors"] = [None]
    with pytest.raises(ProjectFileError, match=r"^papers\[1\]\.authors should be a list of texts"):
        digest_from_dict(data)


# ---------------------------------------------------------------------------- saving


def refused_save(digest: Digest, path: Path) -> str:
    with pytest.raises(ProjectFileError) as caught:
        save_project(digest, path)
    message = str(caught.value)
    assert_one_line(message)
    assert str(path) in message
    assert "cannot save" in message
    return message


def test_saving_into_a_missing_folder_is_refused(tmp_path, digest):
    folder = tmp_path / "missing"

    message = refused_save(digest, folder / "march.digest")

    assert "No such file or directory" in message
    assert not folder.exists()


def test_saving_below_a_file_is_refused(tmp_path, digest):
    not_a_folder = write(tmp_path / "plain.txt", b"text")

    refused_save(digest, not_a_folder / "march.digest")

    assert not_a_folder.read_bytes() == b"text"


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_saving_into_a_read_only_folder_is_refused_and_keeps_the_old_file(tmp_path, digest):
    if os.geteuid() != 0:
        check_read_only_folder_refuses_a_save(tmp_path / "locked", digest)
        return
    # Root ignores permission bits: the check runs as nobody, on a copy it can read.
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv to become an ordinary user")
    work = Path(tempfile.mkdtemp(prefix="digest-gui-as-nobody-"))
    try:
        shutil.copytree(
            REPO / "digest_gui",
            work / "digest_gui",
            ignore=shutil.ignore_patterns("resources", "ui", "__pycache__", "*.pyc"),
        )
        shutil.copy(Path(__file__).with_name("read_only_folder_check.py"), work / "check.py")
        save_project(digest, work / "digest.digest")
        for where, _folders, files in os.walk(work):
            for name in [where, *(os.path.join(where, file) for file in files)]:
                os.chown(name, NOBODY, NOBODY)
        run = subprocess.run(
            [
                setpriv,
                f"--reuid={NOBODY}",
                f"--regid={NOBODY}",
                "--clear-groups",
                "--",
                os.path.realpath(sys.executable),
                "-E",
                "-s",
                str(work / "check.py"),
                str(work / "locked"),
                str(work / "digest.digest"),
            ],
            cwd=work,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "read-only folder check passed" in run.stdout


def test_folder_refusing_new_files_is_reported_and_keeps_the_old_file(tmp_path, monkeypatch, digest):
    # The same failure as a read-only folder, for runs as root, whom permissions do not stop.
    path = saved(Digest(title="旧"), tmp_path / "march.digest")
    before = path.read_bytes()

    def refuse(**options: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", refuse)

    message = refused_save(digest, path)

    assert "Permission denied" in message
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["march.digest"]


def test_failed_rename_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch, digest):
    path = saved(Digest(title="旧"), tmp_path / "march.digest")
    before = path.read_bytes()

    def disk_full(source: Any, target: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", disk_full)

    message = refused_save(digest, path)

    assert "No space left on device" in message
    assert path.read_bytes() == before
    assert temporary_files(tmp_path) == []
    assert os.listdir(tmp_path) == ["march.digest"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o600])
def test_saving_keeps_the_permissions_of_the_file_it_replaces(tmp_path, digest, mode):
    path = saved(Digest(title="旧"), tmp_path / "march.digest")
    path.chmod(mode)

    save_project(digest, path)

    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert load_project(path) == digest


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_project_gets_the_usual_permissions(tmp_path, digest):
    umask = os.umask(0o022)
    os.umask(umask)
    expected = 0o666 & ~umask
    if expected == 0o600:
        pytest.skip("this umask makes new files private, as mkstemp does")

    path = saved(digest, tmp_path / "new.digest")

    assert stat.S_IMODE(path.stat().st_mode) == expected


def test_the_glossary_is_saved_with_the_project_and_checked_on_load(tmp_path):
    from digest_gui.core.model import GlossaryEntry

    digest = Digest(
        title="t",
        glossary=[
            GlossaryEntry("large language model", "大语言模型", "not 大型语言模型"),
            GlossaryEntry("token", "词元"),
        ],
    )
    path = tmp_path / "g.digest"
    save_project(digest, path)
    text = path.read_text(encoding="utf-8")
    assert text.index('"glossary"') < text.index('"papers"')
    assert load_project(path).glossary == digest.glossary
    bad = text.replace('"zh": "词元"', '"zh": 5')
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ProjectFileError, match=r"glossary\[1\]\.zh"):
        load_project(path)


# ---------------------------------------------------------------------------- the English summary


def test_english_summary_is_saved_after_the_chinese_summary_and_loads_back(tmp_path):
    paper = Paper(
        id="2403.11905", summary_zh="一句话。", summary_en="This paper builds a web-agent benchmark."
    )
    path = saved(Digest(papers=[paper]), tmp_path / "en.digest")
    data = json.loads(path.read_text(encoding="utf-8"))
    keys = list(data["papers"][0])
    assert keys[keys.index("summary_zh") + 1] == "summary_en"
    assert load_project(path).papers[0].summary_en == "This paper builds a web-agent benchmark."


def test_project_without_english_summaries_keeps_its_bytes():
    # A version 1 project written before the field existed saves back unchanged.
    loaded = load_project(PROJECT_V1)
    assert all(paper.summary_en == "" for paper in loaded.papers)
    assert "summary_en" not in dumps_project(loaded)


def test_english_summary_of_the_wrong_type_is_refused(tmp_path):
    data = project_dict()
    data["papers"][0]["summary_en"] = 3
    path = write(tmp_path / "bad.digest", json.dumps(data).encode())
    with pytest.raises(ProjectFileError, match=r"papers\[0\]\.summary_en should be text"):
        load_project(path)


def test_lone_surrogate_in_a_paper_field_is_replaced_on_load(tmp_path):
    path = write(
        tmp_path / "surrogate-field.digest",
        b'{"format": "digest-gui-project", "version": 1,'
        b' "papers": [{"id": "2403.18546", "summary_zh": "\\u603b\\ud800"}]}',
    )
    assert load_project(path).papers[0].summary_zh == "总\ufffd"


def _strict(text: str):
    def refuse(name: str):
        raise AssertionError(f"{name} written: not JSON")

    return json.loads(text, parse_constant=refuse)


def test_nan_and_infinity_load_and_are_never_written(tmp_path):
    path = write(
        tmp_path / "nan.digest",
        b'{"format": "digest-gui-project", "version": 1, "score": NaN, "range": [Infinity, -Infinity, 1e999],'
        b' "papers": [{"id": "2403.18546", "weight": NaN, "deep": {"x": [Infinity, 2.5]}}]}',
    )
    digest = load_project(path)

    save_project(digest, path)

    written = _strict(path.read_text(encoding="utf-8"))
    assert written["score"] is None and written["range"] == [None, None, None]
    assert written["papers"][0]["weight"] is None and written["papers"][0]["deep"] == {"x": [None, 2.5]}


def test_a_non_finite_number_set_by_code_is_written_as_null():
    digest = Digest(papers=[Paper(id="2403.18546", extra={"w": float("nan")})], extra={"i": float("inf")})
    written = _strict(dumps_project(digest))
    assert written["i"] is None and written["papers"][0]["w"] is None


@pytest.mark.parametrize(
    "data",
    [
        {"a": 1, "project": {"title": "t\ud800", "papers": [{"x": [1, 2.5, None]}, {}], "e": []}, "b": {}},
        {"deep": {"deeper": {"deepest": {"x": "中文"}}}},
        [],
        "text",
    ],
)
def test_json_in_pieces_is_the_same_text_as_in_one_go(data):
    from digest_gui.core.formats.project_file import dumps_json, dumps_json_in_pieces

    assert dumps_json_in_pieces(data) == dumps_json(data)


def test_a_streamed_project_is_the_same_text_as_one_built_whole(reference_text):
    from digest_gui.core.formats.project_file import digest_to_dict, dumps_json, dumps_json_in_pieces

    digest = import_markdown(reference_text).digest
    digest.extra["tool"] = {"kept": [1, 2]}
    digest.papers[0].extra["note"] = "中文\ud800"
    whole = {"format": "x", "project": digest_to_dict(digest)}
    streamed = {"format": "x", "project": digest_to_dict(digest, streamed=True)}
    assert dumps_json_in_pieces(streamed) == dumps_json(whole)


def test_a_known_field_nested_deeply_is_refused_as_the_wrong_type(tmp_path):
    data = (
        b'{"format": "digest-gui-project", "version": 1, "papers": [{"id": "x", "authors": '
        + b"[" * 500
        + b"]" * 500
        + b"}]}"
    )
    message = refusal(write(tmp_path / "deep.digest", data))
    assert "papers[0].authors" in message
