"""The code a start compiled from text, kept compiled for the next: what runs from the
cache is what compiling would have made, and a later start compiles nothing.

Each case runs in a fresh interpreter: the cache routes dataclasses' exec (and, while
PySide6 is imported, compile) through itself for the life of the process.
"""

from __future__ import annotations

import os
import subprocess
import sys

from digest_gui.code_cache import FILE_NAME
from digest_gui.core.formats.project_file import save_project
from digest_gui.core.model import Digest, Paper
from tests.conftest import REPO
from tests.window_process import polled, running_window

# A start as a script sees it: load the cache, compile text (with and without a caller's
# __future__ features), make a dataclass, save; print what came out.
SCRIPT = """
import dataclasses, sys
from pathlib import Path
from digest_gui import code_cache

code_cache.load(Path(sys.argv[1]))
with code_cache.compiling():
    code = compile("def f(x: int):\\n    return x * 2\\n", "mod.py", "exec")
    lazy = compile("from __future__ import annotations\\n", "<s>", "exec")
namespace = {}
exec(code, namespace)

@dataclasses.dataclass
class Point:
    x: int
    y: int = 3

print(namespace["f"](21), Point(1) == Point(1, 3), repr(Point(2)), code_cache.compiled())
code_cache.save()
"""

# The caller's __future__ features reach the compiled code as they reach compile()'s own.
FUTURE_SCRIPT = """
from __future__ import annotations
import builtins, sys
from pathlib import Path
from digest_gui import code_cache

code_cache.load(Path(sys.argv[1]))
source = "def g(x: undefined_name): pass\\n"
plain = builtins.compile(source, "g.py", "exec")
original = builtins.compile
with code_cache.compiling():
    cached = compile(source, "g.py", "exec")
    alone = compile(source, "g.py", "exec", dont_inherit=True)
print(cached.co_flags == plain.co_flags, alone.co_flags != plain.co_flags, builtins.compile is original)
namespace = {}
exec(cached, namespace)
print(namespace["g"].__annotations__)

def outer():
    def inner():  # a nested function's code flags hold CO_NESTED, no __future__ feature
        with code_cache.compiling():
            return compile("y = 1", "n.py", "exec")
    return inner()
exec(outer(), namespace)
print(namespace["y"])
"""


def _run(script: str, folder, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        cwd=REPO,
        env=env or _env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _env(**more: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPATH": str(REPO)} | more


def test_a_later_process_runs_the_same_code_without_compiling_it(tmp_path):
    first = _run(SCRIPT, tmp_path).split()
    assert first[:3] == ["42", "True", "Point(x=2,"] and int(first[-1]) > 3
    assert (tmp_path / FILE_NAME).is_file()
    assert _run(SCRIPT, tmp_path).split() == [*first[:-1], "0"]


def test_compiled_code_takes_the_callers_future_features(tmp_path):
    for _ in range(2):  # compiled, then from the cache
        lines = _run(FUTURE_SCRIPT, tmp_path).splitlines()
        assert lines == ["True True True", "{'x': 'undefined_name'}", "1"]


def test_an_unreadable_cache_is_ignored_and_written_again(tmp_path):
    for damaged in (b"", b"not marshal data \x00\xff", b"\xe9" * 5000):
        (tmp_path / FILE_NAME).write_bytes(damaged)
        assert _run(SCRIPT, tmp_path).split()[:3] == ["42", "True", "Point(x=2,"]
        assert _run(SCRIPT, tmp_path).split()[-1] == "0"


def test_code_compiled_without_asserts_is_not_used_with_them(tmp_path):
    assert _run(SCRIPT, tmp_path, _env(PYTHONOPTIMIZE="1")).split()[-1] != "0"
    assert _run(SCRIPT, tmp_path).split()[-1] != "0"  # compiled again: the -O code is not it
    assert _run(SCRIPT, tmp_path).split()[-1] == "0"


def test_nothing_is_written_under_pythondontwritebytecode(tmp_path):
    _run(SCRIPT, tmp_path, _env(PYTHONDONTWRITEBYTECODE="1"))
    assert not (tmp_path / FILE_NAME).exists()


def test_what_a_start_no_longer_uses_is_dropped(tmp_path):
    _run(SCRIPT, tmp_path)
    _run(SCRIPT.replace("y: int = 3", "z: int = 3"), tmp_path)  # another class: other methods
    # The first version's methods (of x and y) are gone: running it again compiles them again.
    assert _run(SCRIPT, tmp_path).split()[-1] != "0"


def test_a_later_start_of_the_window_compiles_nothing(tmp_path):
    project = tmp_path / "p.digest"
    save_project(Digest(title="p", papers=[Paper(id="2501.00001", title_en="A title")]), project)
    folders = {name: str(tmp_path / name) for name in ("config", "data", "cache", "state")}
    env = _env(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=folders["config"],
        XDG_DATA_HOME=folders["data"],
        XDG_CACHE_HOME=folders["cache"],
        XDG_STATE_HOME=folders["state"],
        LANG="en_US.UTF-8",
    )
    lines = []
    for _ in range(2):
        lines.append(_start_until_saved(project, env, tmp_path))
    assert lines[0].startswith("compiled ") and not lines[0].startswith("compiled 0 ")
    assert lines[1].startswith("compiled 0 code objects at start-up")


def _start_until_saved(project, env: dict[str, str], tmp_path) -> str:
    """Start the window on `project` until its log says what it compiled; that line."""
    logs = list(tmp_path.glob("state/**/*.log")) + list(tmp_path.glob("cache/**/*.log"))
    before = {path: path.read_text(encoding="utf-8", errors="replace") for path in logs}

    def compiled_line() -> str | None:
        for path in [*tmp_path.glob("state/**/*.log"), *tmp_path.glob("cache/**/*.log")]:
            text = path.read_text(encoding="utf-8", errors="replace")[len(before.get(path, "")) :]
            for line in text.splitlines():
                if "code objects at start-up" in line:
                    return line[line.index("compiled ") :]
        return None

    with running_window([str(project)], env, REPO):
        return polled(compiled_line, "the log line of what the window compiled")
