"""The core must run without Qt: importing all of it loads no PySide6 module."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO


def test_importing_every_core_module_loads_no_qt():
    script = (
        "import importlib, json, pkgutil, sys\n"
        "import digest_gui.core as core\n"
        "names = [m.name for m in pkgutil.walk_packages(core.__path__, 'digest_gui.core.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "qt_names = ('PySide6', 'shiboken6', 'qtpy', 'qtawesome')\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in qt_names)\n"
        "print(json.dumps({'modules': names, 'qt': qt}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert "digest_gui.core.formats.digest_format" in report["modules"]
    assert len(report["modules"]) >= 6
    assert report["qt"] == []
