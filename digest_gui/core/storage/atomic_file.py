"""Replacing a file so that a crash leaves the old content or the new, never a mix."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

# Read once at import (setting the umask to read it is not thread-safe later).
_UMASK = os.umask(0)
os.umask(_UMASK)
# A file name's longest length in bytes on the file systems we meet (NAME_MAX).
NAME_MAX = 255
# mkstemp's random part, and our suffix: the temporary name is ".<name>.<random>.tmp".
_RANDOM, _SUFFIX = 8, ".tmp"
# A temporary file older than this is what a killed write left; younger ones may be
# another instance writing right now.
STALE_AFTER_S = 600.0


def temporary_prefix(target: Path) -> str:
    """The start of the temporary names for target, short enough for NAME_MAX."""
    room = NAME_MAX - _RANDOM - len(_SUFFIX) - 2  # the leading and the trailing dot
    name = os.fsencode(target.name)
    if len(name) > room:
        # Cut on a character boundary, never inside a multi-byte UTF-8 sequence.
        return "." + name[:room].decode("utf-8", "ignore") + "."
    return f".{target.name}."


def real_target(path: str | os.PathLike[str]) -> Path:
    """Where writing path lands: through symbolic links, so that a link stays a link."""
    return Path(os.path.realpath(path))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
    """Write data to path atomically: temporary file, flush, fsync, rename, fsync folder.

    durable=False skips the fsyncs: still never a torn file, but a power cut may lose the
    write (right for caches, whose loss costs only a download). A symbolic link is written
    through (its target is replaced, the link stays).
    """
    atomic_write_chunks(path, (data,), durable=durable)


# Text written in chunks is encoded and written this much at a time.
_CHUNK_BYTES = 1 << 18


def atomic_write_text_chunks(
    path: str | os.PathLike[str], chunks: Iterable[str], *, durable: bool = True
) -> None:
    """atomic_write_text of the text the chunks make, never encoded or held whole.

    Encoding or joining tens of megabytes is one call that holds the interpreter lock
    for a tenth of a second; a writer on a worker thread (autosave) would freeze the
    window that long. Chunk by chunk, the window's thread gets in between.
    """

    def encoded() -> Iterator[bytes]:
        pending: list[bytes] = []
        size = 0
        for chunk in chunks:
            data = chunk.encode("utf-8")
            pending.append(data)
            size += len(data)
            if size >= _CHUNK_BYTES:
                yield b"".join(pending)
                pending, size = [], 0
        if pending:
            yield b"".join(pending)

    atomic_write_chunks(path, encoded(), durable=durable)


def atomic_write_chunks(
    path: str | os.PathLike[str], chunks: Iterable[bytes], *, durable: bool = True
) -> None:
    """atomic_write_bytes of the bytes the chunks make, written as they come."""
    target = real_target(path)
    folder = target.parent
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=temporary_prefix(target), suffix=_SUFFIX)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            for data in chunks:
                stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        _keep_mode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if durable:
        _sync_folder(folder)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, durable: bool = True) -> None:
    """Write UTF-8 text to path atomically."""
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def remove_stale_temporaries(path: str | os.PathLike[str], older_than: float = STALE_AFTER_S) -> int:
    """Remove the temporary files killed writes of path left beside it; return how many."""
    target = real_target(path)
    prefix = temporary_prefix(target)
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(_SUFFIX)):
            continue
        if len(name) != len(prefix) + _RANDOM + len(_SUFFIX):
            continue  # not one of ours: mkstemp's part is exactly _RANDOM characters
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _keep_mode(target: Path, temporary: str) -> None:
    # mkstemp creates 0600 files; a saved project should keep the permissions it had
    # (or get the usual ones for a new file), not become private by being saved.
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk (POSIX); Windows
    # cannot open folders this way and makes the rename durable by itself.
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
