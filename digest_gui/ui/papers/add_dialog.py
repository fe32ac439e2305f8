"""Paper → Add by Identifier (Ctrl+L): a box to type or paste arXiv ids and links, as in Zotero.

Any text will do (a list of ids, a page's links, an e-mail): core/identifiers.py finds the
ids in it, and the dialog says, while the user types, which it found or that it found none.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digest_gui.ui.papers.drops import DropContent, read_text
from digest_gui.ui.widgets.plain_text import plain_label

# The ids listed under the box before "and N more".
SHOWN_IDS = 6
# The hint's colour when the text holds no id: the notices' warning orange, readable on
# light and dark window colours alike.
NOTHING_COLOR = "#c26a00"


class AddByIdentifierDialog(QDialog):
    """Asks for ids or links; `content()` is what Add would add."""

    def __init__(self, parent: QWidget | None = None, existing: Collection[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("addByIdentifierDialog")
        self._existing = frozenset(existing)  # ids of the papers the digest has: skipped
        self.setMinimumWidth(480)
        self._prompt = plain_label(QLabel(self))
        self._prompt.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("identifiers")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.found_label = plain_label(QLabel(self))
        self.found_label.setObjectName("identifiersFound")
        self.found_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.found_label)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._refresh)
        self.text_edit.installEventFilter(self)
        self.retranslate()
        self.text_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add by Identifier"))
        self._prompt.setText(
            self.tr("Type or paste arXiv ids or links, one or many, or any text that mentions them:")
        )
        self.text_edit.setPlaceholderText("2403.18546\nhttps://arxiv.org/abs/2403.18296v2\narXiv:2403.15528")
        self.add_button.setText(self.tr("&Add"))
        self._refresh()

    def content(self) -> DropContent:
        """The ids (and project or digest files named by file:// lines) the text holds."""
        return read_text(self.text_edit.toPlainText())

    def _refresh(self) -> None:
        content = self.content()
        fresh = [str(item) for item in content.ids if item.id not in self._existing]
        known = [str(item) for item in content.ids if item.id in self._existing]
        typed = bool(self.text_edit.toPlainText().strip())
        self.add_button.setEnabled(bool(fresh or content.projects or content.digests))
        warn = False
        if fresh:
            text = self.tr("Adds %n paper(s): ", "", len(fresh)) + self._listed(fresh)
            if known:
                text += "\n" + self.tr("Already in the digest: ") + self._listed(known)
        elif known:
            text = self.tr("Already in the digest: ") + self._listed(known)
            warn = True
        elif not content.is_empty:
            text = self.tr("Opens the file named in the text.")
        elif typed:
            text = self.tr(
                "No arXiv id or link in this text (an id reads like 2403.18546 or hep-th/9901001)."
            )
            warn = True
        else:
            text = self.tr("Papers already in the digest are skipped.")
        self.found_label.setText(text)
        self.found_label.setStyleSheet(f"color: {NOTHING_COLOR};" if warn else "")

    def _listed(self, ids: list[str]) -> str:
        shown = ", ".join(ids[:SHOWN_IDS])
        if len(ids) > SHOWN_IDS:
            shown += self.tr(" and %n more", "", len(ids) - SHOWN_IDS)
        return shown

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Return adds from inside the box, where Return starts a new line.
        if (
            watched is self.text_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.add_button.isEnabled():
                self.accept()
            return True
        return super().eventFilter(watched, event)
