"""Every question the window asks a user, in one place (tests patch these functions)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    SAVE_AS = "save_as"
    OVERWRITE = "overwrite"
    RELOAD = "reload"
    RESTORE = "restore"
    LATER = "later"


def project_filter() -> str:
    return QCoreApplication.translate(
        "dialogs", "digest-gui projects (*.digest *.json);;Digest Markdown (*.md *.markdown);;All files (*)"
    )


def ask_open_path(parent: QWidget | None, folder: str) -> str:
    """A project or digest to open; '' when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Open"), folder, project_filter()
    )
    return path


def ask_import_path(parent: QWidget | None, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Import Digest Markdown"),
        folder,
        QCoreApplication.translate("dialogs", "Digest Markdown (*.md *.markdown);;All files (*)"),
    )
    return path


def ask_glossary_path(parent: QWidget | None, folder: str) -> str:
    """A CSV or TSV glossary to import; '' when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Import Glossary"),
        folder,
        QCoreApplication.translate("dialogs", "Glossaries (*.csv *.tsv *.txt);;All files (*)"),
    )
    return path


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """Where to save; '' when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def ask_save_changes(parent: QWidget | None, name: str) -> Choice:
    """Save / Discard / Cancel before closing a modified project."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("dialogs", "Save the changes to “%1”?").replace("%1", name))
    box.setInformativeText(
        QCoreApplication.translate("dialogs", "Your changes are lost if you don't save them.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_changed_on_disk(parent: QWidget | None, name: str) -> Choice:
    """The file changed since it was opened: Save As / Overwrite / Reload / Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "File changed on disk"))
    box.setText(
        QCoreApplication.translate(
            "dialogs", "“%1” was changed by another program since you opened it."
        ).replace("%1", name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "dialogs",
            "Save your version under another name, overwrite the other changes, or reload the "
            "file and drop your unsaved changes.",
        )
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    return _choose(
        box,
        [
            (
                QCoreApplication.translate("dialogs", "Save As…"),
                QMessageBox.ButtonRole.AcceptRole,
                Choice.SAVE_AS,
            ),
            (
                QCoreApplication.translate("dialogs", "Overwrite"),
                QMessageBox.ButtonRole.DestructiveRole,
                Choice.OVERWRITE,
            ),
            (
                QCoreApplication.translate("dialogs", "Reload"),
                QMessageBox.ButtonRole.ResetRole,
                Choice.RELOAD,
            ),
        ],
        otherwise=Choice.CANCEL,
    )


def _choose(
    box: QMessageBox, buttons: list[tuple[str, QMessageBox.ButtonRole, Choice]], otherwise: Choice
) -> Choice:
    """Add the buttons (the first is the default), show the box, return the chosen Choice."""
    added = {}
    for text, role, choice in buttons:
        added[choice] = box.addButton(text, role)
    box.setDefaultButton(added[buttons[0][2]])
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in added.items() if button is clicked), otherwise)


def ask_restore(parent: QWidget | None, name: str, when: str) -> Choice:
    """Offer the changes a crash left in the recovery file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Restore unsaved changes?"))
    box.setText(
        QCoreApplication.translate(
            "dialogs", "digest-gui closed without saving your changes to “%1”."
        ).replace("%1", name)
    )
    box.setInformativeText(
        QCoreApplication.translate("dialogs", "The last changes were kept at %1. Restore them?").replace(
            "%1", when
        )
    )
    return _choose(
        box,
        [
            (
                QCoreApplication.translate("dialogs", "Restore"),
                QMessageBox.ButtonRole.AcceptRole,
                Choice.RESTORE,
            ),
            (
                QCoreApplication.translate("dialogs", "Discard"),
                QMessageBox.ButtonRole.DestructiveRole,
                Choice.DISCARD,
            ),
            (QCoreApplication.translate("dialogs", "Later"), QMessageBox.ButtonRole.RejectRole, Choice.LATER),
        ],
        otherwise=Choice.LATER,
    )


def ask_api_key(parent: QWidget | None, reason: str) -> str:
    """The keyring could not be read: ask for the model server's API key ("" when cancelled)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    title = QCoreApplication.translate("dialogs", "API Key Needed")
    label = QCoreApplication.translate(
        "dialogs", "%1.\nType the model server's API key to use it for this session:"
    ).replace("%1", reason)
    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text.strip() if accepted else ""


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def edit_preferences(parent: QWidget | None, settings, page: str = "") -> bool:
    """Show the Preferences dialog (at page "model" for the model); True when the user accepted."""
    from digest_gui.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, parent, page)
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return False
    dialog.apply_to(settings)
    return True


def ask_export_with_warnings(parent: QWidget | None, count: int) -> bool:
    """The quality checks found problems: export anyway (True) or go back (False)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Quality warnings"))
    box.setText(
        QCoreApplication.translate(
            "dialogs", "The quality checks found %n problem(s) in the digest.", "", count
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "dialogs", "View → Quality Checks (F6) lists them. Export the digest as it is anyway?"
        )
    )
    export = box.addButton(
        QCoreApplication.translate("dialogs", "Export Anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is export


def edit_glossary(parent: QWidget | None, entries: list, folder: str = "") -> list | None:
    """Show the Glossary dialog; the edited entries, or None when cancelled."""
    from digest_gui.ui.glossary.dialog import GlossaryDialog

    dialog = GlossaryDialog(entries, folder, parent)
    if dialog.exec() != GlossaryDialog.DialogCode.Accepted:
        return None
    return dialog.entries()
