"""The menu bar's menus: their keys and titles, stated once for actions.py's table.

A window shows its menu bar in its first frame, before the table of actions (and the export
formats it lists) is loaded: menu_bar_titles makes the menus, titled and empty, from this
module alone, and the window's ActionRegistry fills them after the first frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

if TYPE_CHECKING:  # PySide6 declares it as returning object; it returns the text it is given

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# The translation context of every text of the menus and their actions.
CONTEXT = "Actions"


@dataclass(frozen=True, slots=True)
class MenuSpec:
    """A menu: on the menu bar when parent is empty, else a submenu placed in parent's section."""

    key: str
    title: str  # source text in the "Actions" context
    parent: str = ""
    section: str = ""


FILE_MENU = MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File"))
EDIT_MENU = MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit"))
PAPER_MENU = MenuSpec("paper", QT_TRANSLATE_NOOP("Actions", "&Paper"))
VIEW_MENU = MenuSpec("view", QT_TRANSLATE_NOOP("Actions", "&View"))
HELP_MENU = MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help"))
MENU_BAR = (FILE_MENU, EDIT_MENU, PAPER_MENU, VIEW_MENU, HELP_MENU)


def translate(text: str) -> str:
    """A menu's or an action's text in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def menu_bar_titles(
    owner: QWidget, menu_bar: QMenuBar, table: Sequence[object] = MENU_BAR
) -> dict[str, QMenu]:
    """The menu bar's menus, titled and still empty, by key: a window shows them in its
    first frame and an ActionRegistry fills them later (its `menus`)."""
    made: dict[str, QMenu] = {}
    for entry in table:
        if isinstance(entry, MenuSpec) and not entry.parent:
            menu = QMenu(owner)
            menu.setObjectName(f"menu_{entry.key}")
            menu.setTitle(translate(entry.title))
            menu_bar.addMenu(menu)
            made[entry.key] = menu
    return made
