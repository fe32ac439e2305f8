"""What a real start loads before its first frame: nothing that only later work needs.

Start-up time is measured in bench/bench_startup.py; this guards the cheapest ways to lose
it again: an import that drags a network, logging or export stack in front of the first
frame, or a part of the window that is built after it (MainWindow.complete) imported before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from digest_gui.core.formats.project_file import save_project
from digest_gui.core.model import Digest, Paper
from tests.conftest import REPO

# Loaded when a fetch, a draft, an export, the log file or the rest of the window first
# needs them, never before the first frame.
LATER = (
    "requests",
    "urllib3",
    "openai",
    "lxml",
    "arxiv",
    "logging.handlers",
    "ziamath",
    "keyring",
    # Its icon font: a first start too finds the first frame's icons drawn ahead (icon_cache.py).
    "qtawesome",
    "difflib",
    # OpenSSL's hashes: the files a start names are named by CPython's own (core/storage/hashes.py);
    # the opened file's contents are hashed after the first frame.
    "hashlib",
    "_hashlib",
    # Dates: a new project's name and a backup's or recovery's time.
    "datetime",
    "sqlite3",
    "importlib.metadata",
    "digest_gui.core.publish",
    "digest_gui.core.formats.feed",
    # The exports' renderer: the preview renders with cmark-gfm (render_github.py).
    "markdown",
    "digest_gui.core.formats.render_html",
    # A Markdown digest's reader: a project file opens without it.
    "digest_gui.core.formats.digest_reader",
    "digest_gui.core.formats.digest_entries",
    "css_inline",
    # Built after the first frame (MainWindow.complete).
    "digest_gui.cli.commands",
    "digest_gui.core.archive.store",
    "digest_gui.core.quality.checks",
    "digest_gui.core.drafting.llm",
    "digest_gui.core.text_diff",
    "digest_gui.ui.archive.actions",
    "digest_gui.ui.quality.watcher",
    "digest_gui.ui.drafts.actions",
    "digest_gui.ui.find.controller",
    "digest_gui.ui.window_handlers",
    # The instance lock's socket listens after the first frame (ui/document/instances.py).
    "PySide6.QtNetwork",
    # Formulas are drawn in later turns of the event loop (ui/preview/math_images.py).
    "PySide6.QtSvg",
    # The menu bar's titles come from ui/menu_bar.py; the actions' table fills the menus later.
    "digest_gui.ui.actions",
    # Made when first needed: an export format's view, the marks of changed English and
    # the suggestion boxes (with their word differences).
    "digest_gui.ui.preview.format_view",
    "digest_gui.ui.preview.format_render",
    "digest_gui.ui.editor.diff_view",
    "html.parser",
    "digest_gui.ui.document.autosave_notice",
)

# Qt classes PySide makes when Python first names them (or is first handed one), each with
# its enums: none of them is needed before the first frame.
LATER_QT_CLASSES = (
    # Made when Python is first handed a QWidget that C++ made (a scroll area's own viewport):
    # PySide then makes every QtWidgets class to find its type (preview/view.py).
    "QMdiArea",
    "QWizard",
    "QCalendarWidget",
    # Dialogs (dialogs.py) and fillRect's gradient overloads (preview/painting.py).
    "QMessageBox",
    "QFileDialog",
    "QInputDialog",
    "QGradient",
    # Key sequences (the fields' and the list's keys) and Qt's translations' folder.
    "QKeySequence",
    "QLibraryInfo",
)

# A real start (cli.main, as `digest-gui FILE` runs it): at the first frame, note what is
# loaded; once the window has completed itself after it, note its menus; then end.
SCRIPT = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import digest_gui.ui.first_frame as first_frame
from digest_gui.cli import main

out = sys.argv[2]

def at_first_frame(_mark):
    loaded = sorted(sys.modules)
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    classes = sorted({*vars(PySide6.QtCore), *vars(PySide6.QtGui), *vars(PySide6.QtWidgets)})
    def when_complete(tries=[500]):  # up to 5 s
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "is_complete"))
        settled = window.is_complete() and window.project.disk_state._sha256 is not None
        tries[0] -= 1
        if not settled and tries[0] > 0:
            QTimer.singleShot(10, when_complete)
            return
        menus = {a.text(): len(a.menu().actions()) for a in window.menuBar().actions()}
        with open(out, "w", encoding="utf-8") as file:
            papers = window.project.model.rowCount()
            hashed = window.project.disk_state._sha256 is not None
            seen = {"loaded": loaded, "classes": classes, "menus": menus, "papers": papers, "hashed": hashed}
            json.dump(seen, file)
        os._exit(0)
    QTimer.singleShot(0, when_complete)

first_frame._write_mark = at_first_frame
sys.exit(main([sys.argv[1]]))
"""


def test_a_real_start_loads_only_what_its_first_frame_shows(tmp_path):
    project = tmp_path / "p.digest"
    # Three papers: the summary table paints a striped row too.
    papers = [Paper(id=f"2501.0000{n}", title_en=f"Title {n}", summary_zh=f"摘要{n}") for n in (1, 2, 3)]
    save_project(Digest(title="p", papers=papers), project)
    out = tmp_path / "out.json"
    # An English desktop: a Chinese one loads Qt's own translations, and QLibraryInfo to find them.
    env = {
        key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")
    }
    env |= {
        "LANG": "en_US.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "DIGEST_GUI_FIRST_FRAME": str(tmp_path / "mark"),
        "PYTHONPATH": str(REPO),
    }
    subprocess.run(
        [sys.executable, "-c", SCRIPT, str(project), str(out)], cwd=REPO, env=env, timeout=120, check=True
    )
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert [name for name in LATER if name in seen["loaded"]] == []
    assert [name for name in LATER_QT_CLASSES if name in seen["classes"]] == []
    assert seen["papers"] == 3
    # The opened file's sha256, left for after the first frame, is worked out after it.
    assert seen["hashed"]
    # The first frame held the menu bar's titles; after it, every menu has its actions.
    assert len(seen["menus"]) == 5 and all(count > 0 for count in seen["menus"].values())
