"""Build hook: compile the interface translations before the package data is copied.

Everything else is in pyproject.toml. digest_gui/resources/translations/*.ts are committed; the
compiled *.qm the application loads are built here (as `make translations` does), so every
wheel, including one built from the sdist in an isolated environment, carries them.
PySide6-Essentials is in [build-system].requires for that: it ships lrelease.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "digest_gui" / "resources" / "translations"


def lrelease_command() -> list[str]:
    """How to run Qt's lrelease: the binary inside PySide6, else pyside6-lrelease."""
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    spec = importlib.util.find_spec("PySide6")  # located, not imported: no Qt needed here
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            if (Path(folder) / exe).is_file():
                return [str(Path(folder) / exe)]
    script = "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"
    beside = Path(sys.executable).parent / script
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise SystemExit(
        "digest-gui: cannot compile the translations: lrelease not found "
        "(install PySide6-Essentials into the build environment)"
    )


def compile_translations(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile each .ts newer than its .qm (in place, like `make translations`)."""
    built = []
    command = None
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        command = command or lrelease_command()
        subprocess.run([*command, "-silent", str(source), "-qm", str(target)], check=True)
        if not target.is_file():
            raise SystemExit(f"digest-gui: lrelease did not write {target}")
        built.append(target)
    return built


class BuildPyWithTranslations(build_py):
    """build_py that compiles the .ts files first, so the *.qm are package data too."""

    def run(self) -> None:
        for target in compile_translations():
            print(f"compiled digest_gui/resources/translations/{target.name}")
        super().run()


# Only when run as the build script (setuptools runs it as __main__); the PyInstaller
# spec imports this file for compile_translations() alone.
if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithTranslations})
