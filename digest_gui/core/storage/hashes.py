"""SHA-256 hex digests: of short texts that name files kept on disk (a lock, a recovery
file, a backup folder, a drawn icon), and of files' contents.

A real start names its project's lock and recovery file before its first frame. hashlib's
first import loads OpenSSL's libcrypto and sets it up: 21 M instructions (about 3 ms)
ahead of that frame. CPython's own SHA-256 and SHA-1 (the `_sha256`, `_sha2` and `_sha1`
modules hashlib itself falls back on) give the same digests without it; they are slower
on megabytes, which is why contents (a project file, a digest the archive indexes) go
through hashlib, loaded when first needed: after the first frame. The names must never
change: an earlier version's locks, recovery files and backups are found by them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol


class _Hash(Protocol):
    def hexdigest(self) -> str: ...


def _constructor(modules: tuple[str, ...], name: str) -> Callable[[bytes], _Hash]:
    """CPython's own `name` constructor from the first of `modules` that has it, else
    hashlib's (an interpreter built without them)."""
    for module in modules:
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    import hashlib

    return getattr(hashlib, name)


# Python 3.11 names its SHA-256 module _sha256; 3.12 merged it into _sha2.
_sha256 = _constructor(("_sha256", "_sha2"), "sha256")
_sha1 = _constructor(("_sha1",), "sha1")


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hexadecimal, as hashlib.sha256(data).hexdigest()."""
    return _sha256(data).hexdigest()


def sha1_hex(data: bytes) -> str:
    """The SHA-1 of `data` in hexadecimal, as hashlib.sha1(data).hexdigest()."""
    return _sha1(data).hexdigest()


def contents_sha256(data: bytes) -> str:
    """The SHA-256 of a file's contents in hexadecimal (OpenSSL's: fast on megabytes)."""
    import hashlib  # not before the first frame (the module's docstring says why)

    return hashlib.sha256(data).hexdigest()
