"""What each action of the table (ui/actions.py) does in the main window.

Kept apart from the window so that it reads as one list: action name → the controller's
method it calls. Built by MainWindow.complete(), when every controller exists.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.exporters import exporters
from digest_gui.ui import dialogs
from digest_gui.ui.actions import Handler
from digest_gui.ui.help import open_log_folder, show_about, show_shortcuts
from digest_gui.ui.i18n import apply_language
from digest_gui.ui.settings import save as save_settings

if TYPE_CHECKING:
    from digest_gui.ui.main_window import MainWindow

# The choices of View → Language, each an action "language_<code>" in the action table.
LANGUAGES = ("system", "en", "zh_CN")


def window_handlers(window: MainWindow) -> dict[str, Handler]:
    """The handler of every action of the table that the window does not provide itself."""
    files, pane, project = window.files, window.list_pane, window.project
    handlers: dict[str, Handler] = {
        "new": files.new,
        "open": files.open,
        "save": files.save,
        "saveAs": files.save_as,
        "import": files.import_digest,
        "addByIdentifier": window.adding.open_dialog,
        "importListing": window.listing.open_dialog,
        "importArchiveFolder": window.archive.import_folder,
        "searchArchive": window.archive.search,
        "rebuildArchive": window.archive.notice.rebuild,
        "acceptMemory": window.archive.memory_panel.accept_all,
        **{f"export:{item.name}": partial(files.export, item.name) for item in exporters()},
        "copyMarkdown": files.copy_markdown,
        "publish": window.publisher.publish,
        "copyWechat": partial(files.copy_rich_text, "wechat"),
        "copyZhihu": partial(files.copy_rich_text, "zhihu"),
        "githubMath": lambda: project.set_github_math(window.action_registry["githubMath"].isChecked()),
        "quit": window.close,
        "pasteLinks": window.paste_links,
        "deletePapers": lambda: project.remove(pane.selected_rows()),
        "filter": pane.focus_filter,
        "findReplace": window.finder.open,
        "findNext": window.finder.find_next,
        "findPrevious": window.finder.find_previous,
        "preferences": partial(edit_preferences, window),
        "markReviewed": window.review.mark_reviewed_and_next,
        "markNeedsReview": window.review.mark_needs_review,
        "nextToReview": window.review.next_to_review,
        "acceptSuggestion": window.editor.suggestions.accept_focused,
        "ignoreSuggestion": window.editor.suggestions.ignore_focused,
        "nextPaper": lambda: pane.select_relative(1),
        "previousPaper": lambda: pane.select_relative(-1),
        "goToEnglish": lambda: window.editor.field_keys.go_to_side("en"),
        "goToChinese": lambda: window.editor.field_keys.go_to_side("zh"),
        "moveUp": lambda: project.move_by(pane.selected_rows(), -1),
        "moveDown": lambda: project.move_by(pane.selected_rows(), 1),
        "fetchSelected": lambda: window.fetcher.fetch_rows(pane.selected_rows()),
        "fetchMissing": window.fetcher.fetch_missing,
        "draftSelected": lambda: window.drafts.draft_rows(pane.selected_rows()),
        "draftMissing": window.drafts.draft_missing,
        "glossary": window.glossary.edit,
        "previewPaper": lambda: window.preview.set_mode("paper"),
        "previewDigest": lambda: window.preview.set_mode("digest"),
        "keyboardShortcuts": lambda: show_shortcuts(window.action_registry, window),
        "openLogFolder": lambda: open_log_folder(window.status),
        "about": lambda: show_about(window),
    }
    for code in LANGUAGES:
        handlers[f"language_{code}"] = partial(set_language, window, code)
    return handlers


def edit_preferences(window: MainWindow) -> None:
    """Edit → Preferences: the dialog, then its choices used from now on."""
    if dialogs.edit_preferences(window, window.settings):
        window.apply_preferences()


def set_language(window: MainWindow, code: str) -> None:
    """View → Language: the interface language, saved in the settings."""
    for key in LANGUAGES:
        window.action_registry[f"language_{key}"].setChecked(key == code)
    if code != window.settings.language:
        window.settings.language = code
        save_settings(window.settings)
        app = QApplication.instance()
        if app is not None:
            apply_language(app, code)
