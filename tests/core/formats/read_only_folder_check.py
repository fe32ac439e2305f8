"""Saving into a read-only folder is refused and keeps the old file: the check, runnable alone.

Root is not stopped by permission bits, so when the tests run as root (as CI does) the
test runs this file as an ordinary user, with only the standard library and a copy of
digest_gui/core (`python read_only_folder_check.py FOLDER PROJECT`). It therefore
imports nothing from tests/ and nothing outside the standard library.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def check_read_only_folder_refuses_a_save(folder: Path, digest: object) -> None:
    """Save into folder, lock it, save digest again: refused, old file whole, no temporary file."""
    from digest_gui.core.errors import ProjectFileError
    from digest_gui.core.formats.project_file import save_project
    from digest_gui.core.model import Digest

    assert isinstance(digest, Digest)
    folder.mkdir()
    path = folder / "march.digest"
    save_project(Digest(title="旧"), path)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        try:
            save_project(digest, path)
        except ProjectFileError as error:
            message = str(error)
        else:
            raise AssertionError("saving into a read-only folder did not fail")
    finally:
        folder.chmod(0o755)

    assert message and "\n" not in message and "\r" not in message, message
    assert str(path) in message and "cannot save" in message, message
    assert "Permission denied" in message, message
    assert path.read_bytes() == before
    assert os.listdir(folder) == ["march.digest"]


if __name__ == "__main__":
    from digest_gui.core.formats.project_file import load_project

    check_read_only_folder_refuses_a_save(Path(sys.argv[1]), load_project(sys.argv[2]))
    print("read-only folder check passed")
