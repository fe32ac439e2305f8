"""Every question the window asks a user, in one place (tests patch these functions)."""

from __future__ import annotations

from enum import Enum

# The dialogs' classes are named through their module: PySide makes a class, with its
# enums, when it is first named, and this module loads before the first frame, which
# shows no dialog (QMessageBox, QFileDialog and QInputDialog: about 3 ms).
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from digest_gui.ui.widgets.plain_text import plain_message_box


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    SAVE_AS = "save_as"
    OVERWRITE = "overwrite"
    RELOAD = "reload"
    RESTORE = "restore"
    LATER = "later"
    READ_ONLY = "read_only"
    SWITCH = "switch"


def project_filter() -> str:
    return QCoreApplication.translate(
        "dialogs", "digest-gui projects (*.digest *.json);;Digest Markdown (*.md *.markdown);;All files (*)"
    )


def ask_open_path(parent: QWidget | None, folder: str) -> str:
    """A project or digest to open; '' when cancelled."""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Open"), folder, project_filter()
    )
    return path


def ask_import_path(parent: QWidget | None, folder: str) -> str:
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Import Digest Markdown"),
        folder,
        QCoreApplication.translate("dialogs", "Digest Markdown (*.md *.markdown);;All files (*)"),
    )
    return path


def ask_glossary_path(parent: QWidget | None, folder: str) -> str:
    """A CSV or TSV glossary to import; '' when cancelled."""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Import Glossary"),
        folder,
        QCoreApplication.translate("dialogs", "Glossaries (*.csv *.tsv *.txt);;All files (*)"),
    )
    return path


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """Where to save; '' when cancelled."""
    path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def ask_publish_folder(parent: QWidget | None, folder: str) -> str:
    """The folder to publish into; '' when cancelled."""
    return QtWidgets.QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("dialogs", "Publish into Folder"), folder
    )


def ask_save_changes(parent: QWidget | None, name: str) -> Choice:
    """Save / Discard / Cancel before closing a modified project."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("dialogs", "Save the changes to “%1”?").replace("%1", name))
    box.setInformativeText(
        QCoreApplication.translate("dialogs", "Your changes are lost if you don't save them.")
    )
    box.setStandardButtons(
        QtWidgets.QMessageBox.StandardButton.Save
        | QtWidgets.QMessageBox.StandardButton.Discard
        | QtWidgets.QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Save)
    answer = plain_message_box(box).exec()
    if answer == QtWidgets.QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QtWidgets.QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_changed_on_disk(parent: QWidget | None, name: str) -> Choice:
    """The file changed since it was opened: Save As / Overwrite / Reload / Cancel."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
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
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    return _choose(
        box,
        [
            (
                QCoreApplication.translate("dialogs", "Save As…"),
                QtWidgets.QMessageBox.ButtonRole.AcceptRole,
                Choice.SAVE_AS,
            ),
            (
                QCoreApplication.translate("dialogs", "Overwrite"),
                QtWidgets.QMessageBox.ButtonRole.DestructiveRole,
                Choice.OVERWRITE,
            ),
            (
                QCoreApplication.translate("dialogs", "Reload"),
                QtWidgets.QMessageBox.ButtonRole.ResetRole,
                Choice.RELOAD,
            ),
        ],
        otherwise=Choice.CANCEL,
    )


def _choose(
    box: QtWidgets.QMessageBox,
    buttons: list[tuple[str, QtWidgets.QMessageBox.ButtonRole, Choice]],
    otherwise: Choice,
) -> Choice:
    """Add the buttons (the first is the default), show the box, return the chosen Choice."""
    added = {}
    for text, role, choice in buttons:
        added[choice] = box.addButton(text, role)
    box.setDefaultButton(added[buttons[0][2]])
    plain_message_box(box).exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in added.items() if button is clicked), otherwise)


def ask_restore(parent: QWidget | None, name: str, when: str) -> Choice:
    """Offer the changes a crash left in the recovery file."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
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
                QtWidgets.QMessageBox.ButtonRole.AcceptRole,
                Choice.RESTORE,
            ),
            (
                QCoreApplication.translate("dialogs", "Discard"),
                QtWidgets.QMessageBox.ButtonRole.DestructiveRole,
                Choice.DISCARD,
            ),
            (
                QCoreApplication.translate("dialogs", "Later"),
                QtWidgets.QMessageBox.ButtonRole.RejectRole,
                Choice.LATER,
            ),
        ],
        otherwise=Choice.LATER,
    )


def message_box(
    parent: QWidget | None, icon: QtWidgets.QMessageBox.Icon, title: str, message: str
) -> QtWidgets.QMessageBox:
    """A message box with an OK button that shows the message as written (never as markup)."""
    box = QtWidgets.QMessageBox(icon, title, message, QtWidgets.QMessageBox.StandardButton.Ok, parent)
    return plain_message_box(box)


def ask_api_key(parent: QWidget | None, reason: str) -> str:
    """The keyring could not be read: ask for the model server's API key ("" when cancelled)."""
    from PySide6.QtWidgets import QLineEdit

    title = QCoreApplication.translate("dialogs", "API Key Needed")
    label = QCoreApplication.translate(
        "dialogs", "%1.\nType the model server's API key to use it for this session:"
    ).replace("%1", reason)
    text, accepted = QtWidgets.QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text.strip() if accepted else ""


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    message_box(parent, QtWidgets.QMessageBox.Icon.Warning, title, message).exec()


def show_critical(parent: QWidget | None, title: str, message: str) -> None:
    message_box(parent, QtWidgets.QMessageBox.Icon.Critical, title, message).exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    message_box(parent, QtWidgets.QMessageBox.Icon.Information, title, message).exec()


def edit_preferences(parent: QWidget | None, settings, page: str = "") -> bool:
    """Show the Preferences dialog (at page "model" for the model); True when the user accepted."""
    from digest_gui.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, parent, page)
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return False
    dialog.apply_to(settings)
    return True


def edit_glossary(parent: QWidget | None, entries: list, folder: str = "") -> list | None:
    """Show the Glossary dialog; the edited entries, or None when cancelled."""
    from digest_gui.ui.glossary.dialog import GlossaryDialog

    dialog = GlossaryDialog(entries, folder, parent)
    if dialog.exec() != GlossaryDialog.DialogCode.Accepted:
        return None
    return dialog.entries()


def _plain_box(
    parent: QWidget | None, icon: QtWidgets.QMessageBox.Icon, title: str, text: str, detail: str
) -> QtWidgets.QMessageBox:
    """A message box that shows file names and error texts as they are, never as markup."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    return box


def ask_replace_read_only(parent: QWidget | None, path: str) -> bool:
    """path is read-only (someone protected it): replace it anyway (True) or not."""
    box = _plain_box(
        parent,
        QtWidgets.QMessageBox.Icon.Warning,
        QCoreApplication.translate("dialogs", "Replace a read-only file?"),
        QCoreApplication.translate("dialogs", "“%1” is read-only.").replace("%1", path),
        QCoreApplication.translate("dialogs", "Someone may have protected it on purpose. Replace it anyway?"),
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    return (
        _choose(
            box,
            [
                (
                    QCoreApplication.translate("dialogs", "Replace"),
                    QtWidgets.QMessageBox.ButtonRole.DestructiveRole,
                    Choice.OVERWRITE,
                )
            ],
            otherwise=Choice.CANCEL,
        )
        == Choice.OVERWRITE
    )


def ask_save_elsewhere(parent: QWidget | None, message: str) -> bool:
    """Writing was refused (a read-only folder): choose another place (True) or cancel."""
    box = _plain_box(
        parent,
        QtWidgets.QMessageBox.Icon.Warning,
        QCoreApplication.translate("dialogs", "Cannot write here"),
        message,
        QCoreApplication.translate(
            "dialogs", "Nothing was written and your work is still open. Save it somewhere else?"
        ),
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    return (
        _choose(
            box,
            [
                (
                    QCoreApplication.translate("dialogs", "Save As…"),
                    QtWidgets.QMessageBox.ButtonRole.AcceptRole,
                    Choice.SAVE_AS,
                )
            ],
            otherwise=Choice.CANCEL,
        )
        == Choice.SAVE_AS
    )


def ask_open_backup(parent: QWidget | None, message: str, backups: list[tuple[str, str]]) -> str:
    """A project cannot be loaded: pick one of its backups (label, file) to open; '' for none."""
    labels = [label for label, _file in backups]
    text = "\n".join(
        (
            message,
            "",
            QCoreApplication.translate("dialogs", "Earlier versions of this project were kept. Open one?"),
        )
    )
    dialog = QtWidgets.QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Open a backup"))
    dialog.setLabelText(text)
    for widget in dialog.findChildren(QLabel):  # the error names a file: show it as it is
        widget.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(labels[0] if labels else "")
    accepted = dialog.exec() == QtWidgets.QInputDialog.DialogCode.Accepted
    chosen = dialog.textValue()
    dialog.deleteLater()
    if not accepted or chosen not in labels:
        return ""
    return backups[labels.index(chosen)][1]


def ask_project_in_use(parent: QWidget | None, name: str, owner: str, can_switch: bool) -> Choice:
    """Another running digest-gui has the project open: view it read-only, switch there, or cancel."""
    box = _plain_box(
        parent,
        QtWidgets.QMessageBox.Icon.Warning,
        QCoreApplication.translate("dialogs", "Project already open"),
        QCoreApplication.translate("dialogs", "“%1” is open in another digest-gui window (%2).")
        .replace("%1", name)
        .replace("%2", owner),
        QCoreApplication.translate(
            "dialogs",
            "Editing it in two windows would let one overwrite the other's work. "
            "Switch to that window, or open a read-only view here?",
        ),
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    buttons = []
    if can_switch:
        buttons.append(
            (
                QCoreApplication.translate("dialogs", "Switch to It"),
                QtWidgets.QMessageBox.ButtonRole.AcceptRole,
                Choice.SWITCH,
            )
        )
    buttons.append(
        (
            QCoreApplication.translate("dialogs", "Open Read-Only"),
            QtWidgets.QMessageBox.ButtonRole.ActionRole,
            Choice.READ_ONLY,
        )
    )
    return _choose(box, buttons, otherwise=Choice.CANCEL)
