"""Code that every start compiled from source text, kept compiled from one start to the next.

Python keeps compiled modules in __pycache__, but two things compile source text at every
start of the window, before its first frame:
- PySide6's helper modules (shibokensupport: its signature loader, mapping, parser...),
  which libshiboken holds as source inside itself and compiles on each import of PySide6:
  14 modules, about 130 M instructions (20 ms at a bare PySide6 window's pace);
- dataclasses, which write each class's __init__, __repr__ and __eq__ as source text and
  exec it: 130 functions for the 27 classes made before the first frame, about 70 M
  instructions (11 ms).

So a start compiles through this cache: `load` reads what earlier starts compiled (one
file in the user's cache folder) and routes dataclasses' exec through it, `compiling`
routes compile() through it while PySide6 is imported, and `save` writes what this start
used once its start-up work is done. A code object is used only for exactly what it was
compiled from (the text, file name, mode, flags, the caller's __future__ features and
the optimisation level), under the same bytecode (the file's name carries Python's magic
number): what runs is what compiling would have made. As with __pycache__, the file is
trusted like the user's other files, is not written under PYTHONDONTWRITEBYTECODE, and an
unreadable one is ignored.
"""

from __future__ import annotations
import __future__

import builtins
import dataclasses
import importlib.util
import logging
import marshal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = f"compiled-{importlib.util.MAGIC_NUMBER.hex()}.marshal"
_MAX_BYTES = 8 * 1024 * 1024  # a few hundred KB in practice; more is not this cache's file
# What compile() is given: the text, file name, mode, flags (the caller's __future__
# features folded in) and optimisation level (-1 resolved to the interpreter's).
_Key = tuple[str | bytes, str, str, int, int]
# (Less nested_scopes's flag, CO_NESTED, which is also every nested function's code flag.)
_FUTURE_FLAGS = sum(
    getattr(__future__, name).compiler_flag
    for name in __future__.all_feature_names
    if name != "nested_scopes"
)

_compile = builtins.compile
_exec = builtins.exec


class _State:
    def __init__(self) -> None:
        self.folder: Path | None = None
        self.codes: dict[_Key, CodeType] = {}
        self.used: set[_Key] = set()
        self.compiled = 0  # this process, through the cache, since load()


_state = _State()


def load(folder: Path) -> None:
    """Read what earlier starts compiled from `folder`, and compile dataclasses' methods
    through the cache from now on."""
    _state.folder = folder
    _state.codes = _read(folder / FILE_NAME)
    # The name dataclasses looks its exec up by: a global of its own shadows the builtin.
    setattr(dataclasses, "exec", _dataclasses_exec)  # noqa: B010


def compiled() -> int:
    """How many code objects this process compiled through the cache (none found in it)."""
    return _state.compiled


@contextmanager
def compiling() -> Iterator[None]:
    """Within: compile() goes through the cache (for PySide6's helpers, compiled as it is
    imported). Meant for a start's single-threaded imports, before any worker runs."""
    builtins.compile = _cached_compile
    try:
        yield
    finally:
        if builtins.compile is _cached_compile:
            builtins.compile = _compile


def save() -> None:
    """Write what this process used, if it compiled anything or left anything unused."""
    folder = _state.folder
    if folder is None:
        return
    codes = dict(_state.codes)  # a worker may make a dataclass meanwhile
    kept = {key: code for key, code in codes.items() if key in _state.used}
    changed = _state.compiled or len(kept) < len(codes)
    if changed and not sys.dont_write_bytecode:
        from digest_gui.core.storage.atomic_file import atomic_write_bytes

        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(folder / FILE_NAME, marshal.dumps(kept), durable=False)
        except (OSError, ValueError) as error:  # ValueError: a code object marshal cannot write
            log.warning("cannot keep the compiled code in %s: %s", folder, error)
    # Logged once written (bench/bench_startup.py waits for this line).
    log.info(
        "compiled %d code objects at start-up, %d came compiled", _state.compiled, len(kept) - _state.compiled
    )
    # Once: what is made later compiles as it did before this cache, and the memory goes.
    _state.folder, _state.codes, _state.used = None, {}, set()


def _read(path: Path) -> dict[_Key, CodeType]:
    try:
        with path.open("rb") as file:
            data = file.read(_MAX_BYTES + 1)
        loaded = marshal.loads(data) if len(data) <= _MAX_BYTES else None
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, EOFError, TypeError) as error:
        log.info("ignoring the compiled code in %s: %s", path, error)
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {key: code for key, code in loaded.items() if _well_formed(key, code)}


def _well_formed(key: object, code: object) -> bool:
    return (
        isinstance(code, CodeType)
        and isinstance(key, tuple)
        and len(key) == 5
        and isinstance(key[0], str | bytes)
        and isinstance(key[1], str)
        and isinstance(key[2], str)
        and isinstance(key[3], int)
        and isinstance(key[4], int)
    )


def _code(source: str | bytes, filename: str, mode: str, flags: int, optimize: int) -> CodeType:
    if optimize == -1:  # the interpreter's own level (python -O): asserts kept or not
        optimize = sys.flags.optimize
    key = (source, filename, mode, flags, optimize)
    code = _state.codes.get(key)
    if code is None:
        code = _compile(source, filename, mode, flags, True, optimize)
        _state.codes[key] = code
        _state.compiled += 1
    _state.used.add(key)
    return code


def _caller_future_flags(depth: int) -> int:
    # compile() and exec() of text take on the __future__ features of the code calling
    # them; called through here, that is the frame `depth` levels up.
    return sys._getframe(depth + 1).f_code.co_flags & _FUTURE_FLAGS


def _cached_compile(
    source: Any,
    filename: Any,
    mode: str,
    flags: int = 0,
    dont_inherit: bool = False,
    optimize: int = -1,
    **kwargs: Any,
) -> Any:
    """compile(), from the cache for text compiled to code (anything else as compile does)."""
    if (
        kwargs
        or not isinstance(source, str | bytes)
        or not isinstance(filename, str)
        or flags & ~_FUTURE_FLAGS
    ):
        return _compile(source, filename, mode, flags, dont_inherit, optimize, **kwargs)
    if not dont_inherit:
        flags |= _caller_future_flags(1)
    return _code(source, filename, mode, flags, optimize)


def _dataclasses_exec(source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> Any:
    """exec() for dataclasses' generated methods, compiled from the cache."""
    if globals is None:  # the caller's namespace, as exec() takes it (dataclasses gives its own)
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if isinstance(source, str):
        source = _code(source, "<string>", "exec", _caller_future_flags(1), -1)
    return _exec(source, globals, locals, **kwargs)
