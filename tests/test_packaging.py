"""What installs the app: the wheel's resources, the desktop files, the file type."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from digest_gui.core.formats.project_file import EXTENSION
from digest_gui.paths import required_resources, resource_path
from digest_gui.ui.app import APP_ID
from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-digest-gui-project"


def _tool(name: str) -> str:
    """A validator the CI machine installs (.ci/run); outside CI a missing one skips."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing; .ci/run installs it")
        pytest.skip(f"{name} is not installed")
    return path


def test_every_resource_the_app_loads_exists():
    missing = [os.path.join(*parts) for parts in required_resources() if not resource_path(*parts).is_file()]
    assert missing == []


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (found,) = out.glob("digest_gui-*.whl")
    return found


def test_the_wheel_carries_every_resource_the_app_loads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"digest_gui/resources/" + "/".join(parts) for parts in required_resources()}
    assert expected - names == set()
    # And the whole of resources/ that is not build input, so nothing the app grows into is lost.
    shipped = {
        "digest_gui/resources/" + path.relative_to(REPO / "digest_gui" / "resources").as_posix()
        for path in (REPO / "digest_gui" / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc",)
    }
    assert shipped - names == set()


def test_the_wheel_declares_the_commands_and_its_version(wheel):
    archive = zipfile.ZipFile(wheel)
    entry_points = next(name for name in archive.namelist() if name.endswith("entry_points.txt"))
    text = archive.read(entry_points).decode()
    assert "[console_scripts]\ndigest-gui = digest_gui.cli:main" in text
    assert "[gui_scripts]" in text
    metadata = next(name for name in archive.namelist() if name.endswith("METADATA"))
    assert "\nVersion: " in archive.read(metadata).decode()


def test_one_application_id_everywhere():
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in desktop
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.find("launchable").text == f"{APP_ID}.desktop"
    source = (REPO / "digest_gui" / "ui" / "app.py").read_text(encoding="utf-8")
    assert "app.setDesktopFileName(APP_ID)" in source


def test_the_desktop_file_validates():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"MimeType={MIME_TYPE};" in DESKTOP.read_text(encoding="utf-8")
    assert "Exec=digest-gui %F" in DESKTOP.read_text(encoding="utf-8")


def test_the_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_file_type_matches_the_project_extension():
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", namespace)
    assert mime_type.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in mime_type.findall("m:glob", namespace)] == [f"*{EXTENSION}"]


def test_install_desktop_puts_menu_entry_icons_and_file_type_in_place(tmp_path, reference_text):
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    script = LINUX / "install-desktop.sh"
    result = subprocess.run([str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (data / "applications" / f"{APP_ID}.desktop").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.mime.xml").is_file()
    if shutil.which("xdg-mime") and shutil.which("update-mime-database"):
        project = tmp_path / f"today{EXTENSION}"
        project.write_text('{\n  "format": "digest-gui-project",\n  "version": 1\n}\n', encoding="utf-8")
        query = subprocess.run(
            ["xdg-mime", "query", "filetype", str(project)], env=env, capture_output=True, text=True
        )
        assert query.stdout.strip() == MIME_TYPE
        default = subprocess.run(
            ["xdg-mime", "query", "default", MIME_TYPE], env=env, capture_output=True, text=True
        )
        assert default.stdout.strip() == f"{APP_ID}.desktop"
    removed = subprocess.run(
        [str(script), "--uninstall"], env=env, capture_output=True, text=True, timeout=120
    )
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not (data / "mime" / "packages" / f"{APP_ID}.mime.xml").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").exists()
