"""Paper → Glossary for one window: the dialog's entries become the project's, as one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from digest_gui.ui import dialogs
from digest_gui.ui.document.project import Project
from digest_gui.ui.widgets.status_messenger import StatusMessenger


class GlossaryActions(QObject):
    """Opens the Glossary dialog on a copy of the project's terms and applies it on OK."""

    def __init__(
        self, project: Project, status: StatusMessenger, folder: Callable[[], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.status = status
        self.folder = folder  # where the import/export file dialogs start
        self.dialog_parent = parent

    def edit(self) -> bool:
        """Show the dialog; True when the glossary changed."""
        entries = dialogs.edit_glossary(self.dialog_parent, list(self.project.digest.glossary), self.folder())
        if entries is None or not self.project.set_glossary(entries):
            return False
        self.status.show(self.tr("The glossary has %n term(s)", "", len(entries)), 8000)
        return True
