"""The action table: menus, shortcuts, translations and the shortcut list all come from it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from digest_gui.paths import resource_path, translation, user_log_dir
from digest_gui.ui import help as help_module
from digest_gui.ui.actions import TABLE, ActionRegistry, ActionSpec, plain
from digest_gui.ui.help import ShortcutsDialog, show_shortcuts
from digest_gui.ui.i18n import apply_language
from digest_gui.ui.menu_bar import CONTEXT, MENU_BAR, MenuSpec

ACTION_SPECS = [entry for entry in TABLE if isinstance(entry, ActionSpec)]
MENU_SPECS = [entry for entry in TABLE if isinstance(entry, MenuSpec)]


def test_the_first_frame_s_menu_bar_is_the_table_s():
    """The window titles its menus from menu_bar.py before the table is loaded: the same
    menus, in the same order, as the table fills."""
    assert tuple(menu for menu in MENU_SPECS if not menu.parent) == MENU_BAR


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language(qapp, "en")


def _layout(menu: QMenu) -> list[str]:
    """A menu as names: actions by objectName, submenus by theirs, separators as "-"."""
    names = []
    for action in menu.actions():
        if action.isSeparator():
            names.append("-")
        elif action.menu() is not None:
            names.append(action.menu().objectName())
        else:
            names.append(action.objectName())
    return names


def _registry(qtbot, table, calls: list[str]) -> tuple[QMainWindow, ActionRegistry]:
    """The table's actions on a bare window; each handler records the action's name."""
    window = QMainWindow()
    qtbot.addWidget(window)

    class Recorder(dict[str, Callable[[], object]]):
        def __missing__(self, name: str) -> Callable[[], object]:
            return lambda: calls.append(name)

    provided = {
        spec.name: QAction(window) for spec in table if isinstance(spec, ActionSpec) and spec.provided
    }
    return window, ActionRegistry(window, window.menuBar(), Recorder(), provided, table)


def test_plain_texts_lose_their_mnemonics_in_both_languages():
    assert plain("&Open…") == "Open"
    assert plain("打开(&O)…") == "打开"
    assert plain("Save && &Quit") == "Save & Quit"


def test_names_and_menu_keys_are_unique():
    assert [name for name, count in Counter(spec.name for spec in ACTION_SPECS).items() if count > 1] == []
    assert [key for key, count in Counter(spec.key for spec in MENU_SPECS).items() if count > 1] == []
    keys = {spec.key for spec in MENU_SPECS}
    assert {spec.menu for spec in ACTION_SPECS} <= keys
    assert {spec.parent for spec in MENU_SPECS if spec.parent} <= keys


def test_no_two_actions_share_a_shortcut_in_one_context(window):
    seen: dict[tuple[object, str], str] = {}
    clashes = []
    for action in window.action_registry:
        for key in action.shortcuts():
            slot = (action.shortcutContext(), key.toString(QKeySequence.SequenceFormat.PortableText))
            if slot in seen:
                clashes.append((seen[slot], action.objectName(), slot[1]))
            seen[slot] = action.objectName()
    assert clashes == []
    assert len(seen) >= 25  # the table's keys did reach the actions


def test_every_action_sits_in_the_menu_the_table_says(window):
    for spec in ACTION_SPECS:
        assert window.action_registry[spec.name] in window.action_registry.menu(spec.menu).actions(), (
            spec.name
        )
        assert window.action_registry[spec.name] in window.actions()  # its shortcut works without the menu


def test_the_menus_keep_their_order_and_separators(window):
    bar = [action.menu().objectName() for action in window.menuBar().actions()]
    assert bar == ["menu_file", "menu_edit", "menu_paper", "menu_view", "menu_help"]
    menus = window.action_registry.menu
    assert _layout(menus("file")) == [
        "new", "open", "menu_recent", "-", "save", "saveAs", "-",
        "addByIdentifier", "import", "importListing", "importArchiveFolder", "rebuildArchive", "-",
        "menu_export", "publish", "githubMath", "-", "quit",
    ]  # fmt: skip
    assert _layout(menus("export"))[:4] == ["exportMarkdown", "exportHtml", "exportWechat", "exportZhihu"]
    assert _layout(menus("edit")) == [
        "undo", "redo", "-", "menu_copyAs", "-", "pasteLinks", "deletePapers", "filter", "-",
        "findReplace", "findNext", "findPrevious", "searchArchive", "-", "preferences",
    ]  # fmt: skip
    assert _layout(menus("copyAs")) == ["copyMarkdown", "copyWechat", "copyZhihu"]
    assert _layout(menus("paper")) == [
        "markReviewed", "markNeedsReview", "nextToReview", "-", "acceptSuggestion", "ignoreSuggestion", "-",
        "nextPaper", "previousPaper", "moveUp", "moveDown", "-",
        "goToEnglish", "goToChinese", "-", "fetchSelected", "fetchMissing", "-",
        "draftSelected", "draftMissing", "glossary", "acceptMemory",
    ]  # fmt: skip
    assert _layout(menus("view")) == [
        "previewPaper",
        "previewDigest",
        "-",
        "qualityChecks",
        "translationMemory",
        "-",
        "menu_language",
    ]
    assert _layout(menus("language")) == ["language_system", "language_en", "language_zh_CN"]
    assert _layout(menus("help")) == ["keyboardShortcuts", "openLogFolder", "-", "about"]


def test_undo_redo_and_the_quality_dock_keep_their_own_actions(window):
    assert window.action_registry["undo"].shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.Undo
    )
    assert window.action_registry["qualityChecks"] is window.quality_panel.toggleViewAction()
    assert window.action_registry["qualityChecks"].shortcut() == QKeySequence("F6")
    window.action_registry["qualityChecks"].trigger()
    assert window.quality_panel.isVisible()


def test_every_text_has_a_chinese_translation_in_the_compiled_file(qapp):
    translator = QTranslator()
    assert translator.load(str(resource_path(*translation("zh_CN"))))
    texts = [spec.title for spec in MENU_SPECS]
    texts += [spec.text for spec in ACTION_SPECS if spec.translated]
    texts += [spec.tooltip for spec in ACTION_SPECS if spec.tooltip]
    missing = [text for text in texts if not translator.translate(CONTEXT, text)]
    assert missing == []
    assert translator.translate(CONTEXT, "&Keyboard Shortcuts") == "键盘快捷键(&K)"


def test_the_window_shows_every_action_in_chinese(qapp, window, english_afterwards, qtbot):
    apply_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: window.action_registry.menu("help").title() == "帮助(&H)")
    for spec in ACTION_SPECS:
        if spec.translated and not spec.provided:
            assert window.action_registry[spec.name].text() != spec.text, spec.name
    assert window.action_registry["save"].text() == "保存(&S)"
    assert window.action_registry["language_zh_CN"].text() == "简体中文"
    assert window.action_registry.menu("recent").title() == "最近打开(&R)"
    assert window.action_registry["draftSelected"].toolTip() == "请模型为所选论文起草中文"


def test_language_entries_switch_the_interface_and_stay_exclusive(qapp, window, english_afterwards, qtbot):
    window.action_registry["language_zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.action_registry.menu("file").title() == "文件(&F)")
    assert window.settings.language == "zh_CN"
    checked = [
        code for code in ("system", "en", "zh_CN") if window.action_registry[f"language_{code}"].isChecked()
    ]
    assert checked == ["zh_CN"]
    window.action_registry["language_en"].trigger()
    qtbot.waitUntil(lambda: window.action_registry.menu("file").title() == "&File")


def test_the_recent_submenu_lists_the_recent_files(window, tmp_path):
    path = tmp_path / "a.digest"
    window.project.save(path)
    window.files.open_now(str(path))
    recent = window.action_registry.menu("recent")
    assert recent.isEnabled()
    assert next(action.text() for action in recent.actions()) == str(path)


def test_a_new_table_entry_becomes_an_action_in_its_menu_and_a_shortcut_row(qtbot):
    calls: list[str] = []
    spec = ActionSpec("frobnicate", "&Frobnicate…", "help", "extra", ("Ctrl+Alt+F",))
    window, actions = _registry(qtbot, (*TABLE, spec), calls)

    action = actions["frobnicate"]
    assert action in actions.menu("help").actions()
    assert _layout(actions.menu("help"))[-2:] == ["-", "frobnicate"]  # a new section: a separator
    assert action.shortcut() == QKeySequence("Ctrl+Alt+F")
    assert action.text() == "&Frobnicate…"  # no translation: the source text
    action.trigger()
    assert calls == ["frobnicate"]

    dialog = show_shortcuts(actions, window)
    qtbot.addWidget(dialog)
    native = QKeySequence("Ctrl+Alt+F").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Frobnicate", native, "Help") in dialog.rows()


def test_a_callable_handler_needs_no_entry_in_the_window_mapping(qtbot):
    ran: list[bool] = []
    table = (
        MenuSpec("tools", "&Tools"),
        ActionSpec("ping", "&Ping", "tools", "", ("Ctrl+Alt+P",), handler=lambda: ran.append(True)),
        MenuSpec("nested", "&More", "tools", "more"),
        ActionSpec("pong", "P&ong", "nested", ""),
    )
    _window, actions = _registry(qtbot, table, [])
    actions["ping"].trigger()
    assert ran == [True]
    assert _layout(actions.menu("tools")) == ["ping", "-", "menu_nested"]
    assert actions.menu_path("nested") == "Tools › More"
    assert actions.shortcut_rows() == [("Ping", "Ctrl+Alt+P", "Tools")]


def test_two_actions_of_one_name_are_refused(qtbot):
    table = (MenuSpec("tools", "&Tools"), ActionSpec("ping", "&Ping", "tools", ""))
    with pytest.raises(ValueError, match="ping"):
        _registry(qtbot, (*table, ActionSpec("ping", "P&ing again", "tools", "")), [])


def test_a_bare_registry_retranslates_itself_on_language_change(qapp, qtbot, english_afterwards):
    _window, actions = _registry(qtbot, TABLE, [])
    apply_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: actions["new"].text() == "新建(&N)")
    assert actions.menu("language").title() == "语言(&L)"


def test_the_shortcut_list_is_in_the_interface_language(qapp, window, english_afterwards, qtbot):
    apply_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: window.action_registry["save"].text() == "保存(&S)")
    window.action_registry["keyboardShortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "键盘快捷键"
    assert dialog.table.horizontalHeaderItem(0).text() == "操作"
    rows = {row[0]: row[1:] for row in dialog.rows()}
    # A standard key may have several bindings on a platform (Ctrl+S and the Save key): all are listed.
    save = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
    assert save in rows["保存"][0].split(", ")
    assert rows["保存"][1] == "文件"
    assert rows["质量检查"] == ("F6", "视图")
    assert rows["预览所选论文"] == ("Ctrl+1", "视图")
    assert "简体中文" not in rows  # no key, no row
    # Every action with a key has its row; those without (Delete Papers, About) have none.
    assert len(rows) == sum(1 for action in window.action_registry if action.shortcuts())
    assert not any(row[0] == plain(QCoreApplication.translate(CONTEXT, "&About digest-gui")) for row in rows)
    dialog.close()


def test_open_log_folder_creates_and_opens_the_log_folder(window, monkeypatch):
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(help_module.QDesktopServices, "openUrl", open_url)
    assert not user_log_dir().exists()
    window.action_registry["openLogFolder"].trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [user_log_dir()]
    assert user_log_dir().is_dir()
    # The folder is the private one the tests set up, never the user's.
    assert str(user_log_dir()).startswith(str(Path.home()))


def test_without_a_file_manager_the_status_bar_says_where_the_logs_are(window, monkeypatch):
    monkeypatch.setattr(help_module.QDesktopServices, "openUrl", lambda _url: False)
    window.action_registry["openLogFolder"].trigger()
    assert window.statusBar().currentMessage() == f"The log files are in {user_log_dir()}"
    assert user_log_dir().is_dir()
