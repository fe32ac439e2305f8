"""Every menu action of the window, stated once: name, text, shortcut, menu and section, handler.

The QActions, the menu bar (with its separators and submenus), the texts in the interface
language and the Help → Keyboard Shortcuts list are all made from TABLE. To add an action,
add an ActionSpec where it belongs in the menu order and a handler under its name in the
window's handler mapping; its text goes into the translations with `make update-translations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from digest_gui.core.formats.exporters import exporters
from digest_gui.ui.menu_bar import (
    EDIT_MENU,
    FILE_MENU,
    HELP_MENU,
    PAPER_MENU,
    VIEW_MENU,
    MenuSpec,
    menu_bar_titles,
    translate,
)

if TYPE_CHECKING:  # PySide6 declares it as returning object; it returns the text it is given

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

Handler = Callable[[], object]
KeySpec = QKeySequence.StandardKey | str
Keys = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: what it is called, where it sits, which keys reach it and what it does."""

    name: str  # the QAction's objectName
    text: str  # source text in the "Actions" context
    menu: str  # the key of a MenuSpec
    section: str  # consecutive entries of one section sit between the same separators
    shortcuts: tuple[KeySpec, ...] = ()
    # A key into the handlers the window gives the registry ("" means the action's name), or a callable.
    handler: str | Handler = ""
    checkable: bool = False
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    tooltip: str = ""
    # Language names are written in their own language, whatever the interface's.
    translated: bool = True
    # The QAction comes from its owner (the undo stack, a dock), which also keeps its text
    # current; the table places it, gives it its keys and lists it among the shortcuts.
    provided: bool = False


Entry = MenuSpec | ActionSpec

# File → Export: one action per registered format (core/formats/exporters.py). The formats
# the app ships have a name other code refers to, a translated text and perhaps keys; a
# format registered by anyone else shows its label, untranslated.
_EXPORT_ACTIONS: dict[str, tuple[str, str, tuple[KeySpec, ...]]] = {
    "md": ("exportMarkdown", QT_TRANSLATE_NOOP("Actions", "&Markdown (.md)…"), ("Ctrl+E",)),
    "html": ("exportHtml", QT_TRANSLATE_NOOP("Actions", "&HTML Page (.html)…"), ("Ctrl+Shift+E",)),
    "wechat": ("exportWechat", QT_TRANSLATE_NOOP("Actions", "&WeChat HTML (.html)…"), ()),
    "zhihu": ("exportZhihu", QT_TRANSLATE_NOOP("Actions", "&Zhihu HTML (.html)…"), ()),
}


def export_entries() -> tuple[ActionSpec, ...]:
    """File → Export's actions from the exporter registry; each runs the handler `export:NAME`."""
    entries = []
    for exporter in exporters():
        known = _EXPORT_ACTIONS.get(exporter.name)
        name, text, keys = known or (f"export_{exporter.name}", f"{exporter.label}…", ())
        entries.append(
            ActionSpec(
                name, text, "export", "formats", keys, f"export:{exporter.name}", translated=bool(known)
            )
        )
    return tuple(entries)


# Texts are marked with QT_TRANSLATE_NOOP("Actions", ...), spelled out in each entry so that
# pyside6-lupdate finds them; they are translated when shown. One entry a line, in menu order.
# fmt: off
TABLE: tuple[Entry, ...] = (
    FILE_MENU,
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New"), "file", "open", (Keys.New,)),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), "file", "open", (Keys.Open,)),
    MenuSpec("recent", QT_TRANSLATE_NOOP("Actions", "Open &Recent"), "file", "open"),
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "&Save"), "file", "save", (Keys.Save,)),
    ActionSpec("saveAs", QT_TRANSLATE_NOOP("Actions", "Save &As…"), "file", "save", (Keys.SaveAs,)),
    ActionSpec("addByIdentifier", QT_TRANSLATE_NOOP("Actions", "Add by I&dentifier…"), "file", "import",
               ("Ctrl+L",),
               tooltip=QT_TRANSLATE_NOOP("Actions", "Add papers by typing or pasting arXiv ids or links")),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import Digest Markdown…"), "file", "import",
               ("Ctrl+I",)),
    ActionSpec("importListing", QT_TRANSLATE_NOOP("Actions", "Import from arXiv &Listing…"), "file", "import",
               ("Ctrl+Shift+L",)),
    ActionSpec("importArchiveFolder", QT_TRANSLATE_NOOP("Actions", "Import Folder into &Archive…"), "file",
               "import", tooltip=QT_TRANSLATE_NOOP("Actions", "Add a folder of past digests to the archive")),
    ActionSpec("rebuildArchive", QT_TRANSLATE_NOOP("Actions", "Rebuild Archive"), "file", "import",
               tooltip=QT_TRANSLATE_NOOP("Actions", "Make the archive again from its digests and projects")),
    MenuSpec("export", QT_TRANSLATE_NOOP("Actions", "&Export"), "file", "export"),
    *export_entries(),
    ActionSpec("publish", QT_TRANSLATE_NOOP("Actions", "&Publish…"), "file", "export",
               tooltip=QT_TRANSLATE_NOOP("Actions",
                                         "Write the day's issue, the RSS feed and the index into a folder")),
    ActionSpec("githubMath", QT_TRANSLATE_NOOP("Actions", "Protect &Math for GitHub"), "file", "export",
               checkable=True,
               tooltip=QT_TRANSLATE_NOOP("Actions",
                                         "Export formulas as $`…`$, which GitHub's Markdown leaves whole")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", "quit", (Keys.Quit,)),

    EDIT_MENU,
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", "undo", (Keys.Undo,), provided=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", "undo", (Keys.Redo,), provided=True),
    MenuSpec("copyAs", QT_TRANSLATE_NOOP("Actions", "Copy &As"), "edit", "copy"),
    ActionSpec("copyMarkdown", QT_TRANSLATE_NOOP("Actions", "&Markdown"), "copyAs", "", ("Ctrl+Shift+C",)),
    ActionSpec("copyWechat", QT_TRANSLATE_NOOP("Actions", "&WeChat"), "copyAs", "",
               tooltip=QT_TRANSLATE_NOOP("Actions",
                                         "Copy rich text to paste into the WeChat Official Account editor")),
    ActionSpec("copyZhihu", QT_TRANSLATE_NOOP("Actions", "&Zhihu"), "copyAs", "",
               tooltip=QT_TRANSLATE_NOOP("Actions", "Copy rich text to paste into the Zhihu editor")),
    # Paste, delete and move are on the list pane's own menu too; their window shortcuts live here, once.
    ActionSpec("pasteLinks", QT_TRANSLATE_NOOP("Actions", "&Paste arXiv Links"), "edit", "papers",
               ("Ctrl+Shift+V",)),
    # Del works in the list only (its event filter): the key shows here, and the context
    # keeps it from deleting papers while the focus is in the preview or a dock.
    ActionSpec("deletePapers", QT_TRANSLATE_NOOP("Actions", "&Delete Papers"), "edit", "papers", ("Del",),
               context=Qt.ShortcutContext.WidgetShortcut),
    ActionSpec("filter", QT_TRANSLATE_NOOP("Actions", "&Filter Papers"), "edit", "papers", (Keys.Find,)),
    ActionSpec("findReplace", QT_TRANSLATE_NOOP("Actions", "Find and &Replace…"), "edit", "find",
               ("Ctrl+H",)),
    ActionSpec("findNext", QT_TRANSLATE_NOOP("Actions", "Find &Next"), "edit", "find", ("F3",)),
    ActionSpec("findPrevious", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), "edit", "find", ("Shift+F3",)),
    ActionSpec("searchArchive", QT_TRANSLATE_NOOP("Actions", "Search &Archive…"), "edit", "find",
               ("Ctrl+Shift+F",)),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), "edit", "preferences",
               (Keys.Preferences,)),

    PAPER_MENU,
    ActionSpec("markReviewed", QT_TRANSLATE_NOOP("Actions", "Mark &Reviewed and Next"), "paper", "review",
               ("Ctrl+Return", "Ctrl+Enter"),
               tooltip=QT_TRANSLATE_NOOP("Actions",
                                         "Mark the paper reviewed and go to the next paper that is not")),
    ActionSpec("markNeedsReview", QT_TRANSLATE_NOOP("Actions", "Mark as Needs Re&view"), "paper", "review",
               ("Ctrl+U",)),
    ActionSpec("nextToReview", QT_TRANSLATE_NOOP("Actions", "Next Paper to Revie&w"), "paper", "review",
               ("Ctrl+K",)),
    ActionSpec("acceptSuggestion", QT_TRANSLATE_NOOP("Actions", "&Accept Suggestion"), "paper", "suggestion",
               ("Alt+Return", "Alt+Enter"),
               tooltip=QT_TRANSLATE_NOOP("Actions",
                                         "Take the draft's or arXiv's text shown under the field")),
    ActionSpec("ignoreSuggestion", QT_TRANSLATE_NOOP("Actions", "&Ignore Suggestion"), "paper", "suggestion",
               ("Alt+Delete",),
               tooltip=QT_TRANSLATE_NOOP("Actions",
                                         "Keep your text and forget the suggestion (Esc in the field)")),
    ActionSpec("nextPaper", QT_TRANSLATE_NOOP("Actions", "&Next Paper"), "paper", "edit", ("Ctrl+Down",)),
    ActionSpec("previousPaper", QT_TRANSLATE_NOOP("Actions", "&Previous Paper"), "paper", "edit",
               ("Ctrl+Up",)),
    ActionSpec("moveUp", QT_TRANSLATE_NOOP("Actions", "Move &Up"), "paper", "edit", ("Ctrl+Shift+Up",)),
    ActionSpec("moveDown", QT_TRANSLATE_NOOP("Actions", "Move Do&wn"), "paper", "edit", ("Ctrl+Shift+Down",)),
    ActionSpec("goToEnglish", QT_TRANSLATE_NOOP("Actions", "Go to &English Side"), "paper", "sides",
               ("Alt+Left",),
               tooltip=QT_TRANSLATE_NOOP("Actions", "Move the cursor to the English source of this field")),
    ActionSpec("goToChinese", QT_TRANSLATE_NOOP("Actions", "Go to &Chinese Side"), "paper", "sides",
               ("Alt+Right",),
               tooltip=QT_TRANSLATE_NOOP("Actions",
                                         "Move the cursor to the Chinese translation of this field")),
    ActionSpec("fetchSelected", QT_TRANSLATE_NOOP("Actions", "&Fetch from arXiv"), "paper", "fetch", ("F5",)),
    ActionSpec("fetchMissing", QT_TRANSLATE_NOOP("Actions", "Fetch All &Missing or Failed"), "paper", "fetch",
               ("Shift+F5",)),
    ActionSpec("draftSelected", QT_TRANSLATE_NOOP("Actions", "&Draft Chinese"), "paper", "draft", ("Ctrl+D",),
               tooltip=QT_TRANSLATE_NOOP("Actions",
               "Ask the model for a Chinese draft of the selected papers")),
    ActionSpec("draftMissing", QT_TRANSLATE_NOOP("Actions", "Draft All &Without Chinese"), "paper", "draft",
               ("Ctrl+Shift+D",)),
    ActionSpec("glossary", QT_TRANSLATE_NOOP("Actions", "&Glossary…"), "paper", "draft", ("Ctrl+Shift+G",)),
    ActionSpec("acceptMemory", QT_TRANSLATE_NOOP("Actions", "Accept Translation &Memory"), "paper", "draft",
               ("Ctrl+Shift+M",), tooltip=QT_TRANSLATE_NOOP("Actions",
               "Fill the empty Chinese fields with what an earlier digest had for this paper")),

    VIEW_MENU,
    ActionSpec("previewPaper", QT_TRANSLATE_NOOP("Actions", "Preview &Selected Paper"), "view", "preview",
               ("Ctrl+1",), checkable=True),
    ActionSpec("previewDigest", QT_TRANSLATE_NOOP("Actions", "Preview &Whole Digest"), "view", "preview",
               ("Ctrl+2",), checkable=True),
    ActionSpec("qualityChecks", QT_TRANSLATE_NOOP("Actions", "&Quality Checks"), "view", "quality", ("F6",),
               provided=True),
    ActionSpec("translationMemory", QT_TRANSLATE_NOOP("Actions", "&Translation Memory"), "view", "quality",
               ("F7",), provided=True),
    MenuSpec("language", QT_TRANSLATE_NOOP("Actions", "&Language"), "view", "language"),
    ActionSpec("language_system", QT_TRANSLATE_NOOP("Actions", "System Language"), "language", "",
               checkable=True),
    ActionSpec("language_en", "English", "language", "", checkable=True, translated=False),
    ActionSpec("language_zh_CN", "简体中文", "language", "", checkable=True, translated=False),

    HELP_MENU,
    ActionSpec("keyboardShortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "help", "help"),
    ActionSpec("openLogFolder", QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"), "help", "help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About digest-gui"), "help", "about"),
)
# fmt: on


def plain(text: str) -> str:
    """A menu text without mnemonic or ellipsis: "&Open…", "打开(&O)…" → "Open", "打开"."""
    text = re.sub(r"\(&\w\)", "", text.replace("&&", "\0"))  # Chinese menus append "(&O)"
    return text.replace("&", "").replace("\0", "&").removesuffix("…").strip()


def key_sequences(shortcuts: Sequence[KeySpec]) -> list[QKeySequence]:
    """The key sequences of standard keys (each may be several on a platform) and key strings."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(shortcut))
        else:
            sequences.append(QKeySequence(shortcut))
    return [sequence for sequence in sequences if not sequence.isEmpty()]


class ActionRegistry(QObject):
    """The QActions and menus of one window, made from a table, in the interface language."""

    def __init__(
        self,
        owner: QWidget,
        menu_bar: QMenuBar,
        handlers: Mapping[str, Handler],
        provided: Mapping[str, QAction] | None = None,
        table: Sequence[Entry] = TABLE,
        menus: Mapping[str, QMenu] | None = None,
    ) -> None:
        """`menus`: menu bar menus made before (menu_bar_titles), filled instead of added again."""
        super().__init__(owner)
        self.table = tuple(table)
        provided = provided or {}
        self._actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._menus: dict[str, QMenu] = {}
        self._menu_specs: dict[str, MenuSpec] = {}
        for entry in self.table:
            if isinstance(entry, ActionSpec):
                action = provided[entry.name] if entry.provided else QAction(owner)
                self._add_action(owner, entry, action, handlers)
        self._build_menus(
            owner, dict(menus) if menus is not None else menu_bar_titles(owner, menu_bar, table)
        )
        # The registry retranslates itself, so that a window cannot forget a text.
        owner.installEventFilter(self)
        self.retranslate()

    # ------------------------------------------------------------------ building

    def _add_action(
        self, owner: QWidget, spec: ActionSpec, action: QAction, handlers: Mapping[str, Handler]
    ) -> None:
        if spec.name in self._actions:
            raise ValueError(f"two actions named {spec.name!r}")
        action.setObjectName(spec.name)
        if spec.shortcuts:
            action.setShortcuts(key_sequences(spec.shortcuts))
        action.setShortcutContext(spec.context)
        if spec.checkable:
            action.setCheckable(True)
        if not spec.provided:
            handler = handlers[spec.handler or spec.name] if isinstance(spec.handler, str) else spec.handler
            # Handlers take no arguments: `triggered` would pass "checked" to a path parameter.
            action.triggered.connect(lambda _checked=False, run=handler: run())
        # On the window, so that shortcuts work whether or not a menu shows the action.
        owner.addAction(action)
        self._actions[spec.name] = action
        self._specs[spec.name] = spec

    def _build_menus(self, owner: QWidget, made: Mapping[str, QMenu]) -> None:
        """Fill the menu bar's menus (`made`, by key) and make the submenus in them."""
        last_section: dict[str, str] = {}

        def place(menu_key: str, section: str) -> QMenu:
            menu = self._menus[menu_key]
            if menu_key in last_section and last_section[menu_key] != section:
                menu.addSeparator()
            last_section[menu_key] = section
            return menu

        for entry in self.table:
            if isinstance(entry, MenuSpec):
                if entry.parent:
                    menu = QMenu(owner)
                    menu.setObjectName(f"menu_{entry.key}")
                    place(entry.parent, entry.section).addMenu(menu)
                else:
                    menu = made[entry.key]
                self._menus[entry.key] = menu
                self._menu_specs[entry.key] = entry
            else:
                place(entry.menu, entry.section).addAction(self._actions[entry.name])

    # ------------------------------------------------------------------ reading

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def specs(self) -> list[ActionSpec]:
        """The action entries of the table, in menu order."""
        return list(self._specs.values())

    def spec(self, name: str) -> ActionSpec:
        return self._specs[name]

    def menu(self, key: str) -> QMenu:
        """The menu made from the MenuSpec with this key."""
        return self._menus[key]

    def menu_path(self, key: str) -> str:
        """Where a menu is, in the interface language: "View › Language"."""
        titles: list[str] = []
        spec: MenuSpec | None = self._menu_specs[key]
        while spec is not None:
            titles.insert(0, plain(translate(spec.title)))
            spec = self._menu_specs.get(spec.parent)
        return " › ".join(titles)

    def text(self, name: str) -> str:
        """An action's text in the interface language (the table's, also for provided actions)."""
        spec = self._specs[name]
        return translate(spec.text) if spec.translated else spec.text

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(action, shortcut, menu) for every action with a key, in the interface language."""
        rows = []
        for spec in self._specs.values():
            keys = self._actions[spec.name].shortcuts()
            if keys:
                shortcut = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
                rows.append((plain(self.text(spec.name)), shortcut, self.menu_path(spec.menu)))
        return rows

    # ------------------------------------------------------------------ language

    def retranslate(self) -> None:
        """Every menu title, action text and tooltip in the current interface language."""
        for key, menu in self._menus.items():
            menu.setTitle(translate(self._menu_specs[key].title))
        for name, spec in self._specs.items():
            if spec.provided:
                continue  # its owner words it (the undo stack names the step to undo)
            action = self._actions[name]
            action.setText(self.text(name))
            if spec.tooltip:
                action.setToolTip(translate(spec.tooltip))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
