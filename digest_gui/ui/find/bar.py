"""The find and replace bar: a strip under the panes, as in VS Code or Qt Creator.

Only the widgets: what to find, the options, the count and the buttons. It says what the
user asked for through signals; the FindController (controller.py) searches and moves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from digest_gui.core.find_replace import FindQuery, Scope
from digest_gui.ui.widgets.elided_line import ElidedLine
from digest_gui.ui.widgets.icon_cache import font_icon

ERROR_COLOR = "#d9453c"
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindBar(QFrame):
    """Find, replace, options and the count of matches; Esc closes it."""

    query_changed = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    replace_requested = Signal()
    replace_all_requested = Signal()
    closed = Signal()
    retranslated = Signal()  # the interface language changed: the count is worded again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findText")
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceText")
        self.replace_edit.setClearButtonEnabled(True)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        # Labelled as in VS Code: Aa (match case), ab underlined (whole words), .* (regex).
        self.case_button = self._toggle("Aa")
        self.word_button = self._toggle("ab", underline=True)
        self.regex_button = self._toggle(".*")
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("findScope")
        for scope in (Scope.BOTH, Scope.ENGLISH, Scope.CHINESE):
            self.scope_combo.addItem("", scope.value)
        # "3 of 12", or why the pattern is invalid, cut to the room there is (all of it as tooltip).
        self.count_label = ElidedLine(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(80)
        self.previous_button = self._button("mdi6.arrow-up", text_color, self.previous_requested)
        self.next_button = self._button("mdi6.arrow-down", text_color, self.next_requested)
        self.close_button = self._button("mdi6.close", text_color, self.closed)
        self.replace_button = QPushButton(self)
        self.replace_button.clicked.connect(self.replace_requested)
        self.replace_all_button = QPushButton(self)
        self.replace_all_button.clicked.connect(self.replace_all_requested)
        for button in (self.replace_button, self.replace_all_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        options = QHBoxLayout()
        options.setSpacing(2)
        for widget in (self.case_button, self.word_button, self.regex_button):
            options.addWidget(widget)
        options.addSpacing(6)
        options.addWidget(self.scope_combo)
        navigation = QHBoxLayout()
        navigation.setSpacing(2)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        navigation.addSpacing(6)
        navigation.addWidget(self.count_label, 1)
        replacing = QHBoxLayout()
        replacing.setSpacing(4)
        replacing.addWidget(self.replace_button)
        replacing.addWidget(self.replace_all_button)
        replacing.addStretch(1)
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(200)
            edit.setMaximumWidth(520)

        # Two rows as in VS Code: find | options | arrows and count, replace | buttons; the
        # close button at the far right.
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addLayout(options, 0, 1)
        grid.addLayout(navigation, 0, 2)
        grid.addWidget(self.close_button, 0, 3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addLayout(replacing, 1, 1, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)

        self.find_edit.textChanged.connect(self.query_changed)
        for toggle in (self.case_button, self.word_button, self.regex_button):
            toggle.toggled.connect(self.query_changed)
        self.scope_combo.currentIndexChanged.connect(self.query_changed)
        for edit in (self.find_edit, self.replace_edit):
            edit.installEventFilter(self)
        self.retranslate()

    def _toggle(self, label: str, *, underline: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setText(label)
        font = QFont(button.font())
        font.setBold(True)
        font.setUnderline(underline)
        button.setFont(font)
        button.setMinimumWidth(button.sizeHint().height() + 4)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _button(self, icon: str, color: QColor, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setIcon(font_icon(icon, color))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(signal)
        return button

    def retranslate(self) -> None:
        """Every text of the bar in the current interface language."""
        self.find_edit.setPlaceholderText(self.tr("Find in the digest"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.case_button.setToolTip(self.tr("Match case"))
        self.word_button.setToolTip(self.tr("Whole words"))
        self.regex_button.setToolTip(
            self.tr("Regular expression (Python syntax; \\1 in the replacement is the first group)")
        )
        scopes = {
            Scope.BOTH.value: self.tr("English and Chinese"),
            Scope.ENGLISH.value: self.tr("English fields"),
            Scope.CHINESE.value: self.tr("Chinese fields"),
        }
        for index in range(self.scope_combo.count()):
            self.scope_combo.setItemText(index, scopes[self.scope_combo.itemData(index)])
        self.scope_combo.setToolTip(self.tr("Which fields to search"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3, Shift+Return)"))
        self.next_button.setToolTip(self.tr("Next match (F3, Return)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_button.setToolTip(self.tr("Replace this match and go to the next"))
        self.replace_all_button.setText(self.tr("Replace All"))
        self.replace_all_button.setToolTip(self.tr("Replace every match in the digest (one undo step)"))

    # ------------------------------------------------------------------ state

    def query(self) -> FindQuery:
        """What the bar asks for."""
        return FindQuery(
            self.find_edit.text(),
            Scope(self.scope_combo.currentData()),
            case_sensitive=self.case_button.isChecked(),
            whole_words=self.word_button.isChecked(),
            regex=self.regex_button.isChecked(),
        )

    def replacement(self) -> str:
        return self.replace_edit.text()

    def set_scope(self, scope: Scope) -> None:
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope.value))

    def show_count(self, text: str) -> None:
        """Show the count line ("3 of 12", "No results")."""
        self.count_label.setStyleSheet("")
        self.count_label.set_full_text(text)

    def show_error(self, text: str) -> None:
        """Show why the search cannot run (an invalid pattern), in one red line."""
        self.count_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.count_label.set_full_text(text)

    def set_replace_enabled(self, enabled: bool) -> None:
        """Replace and Replace All are off without matches or in a read-only project."""
        self.replace_button.setEnabled(enabled)
        self.replace_all_button.setEnabled(enabled)

    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _RETURN_KEYS
        ):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if watched is self.replace_edit and not shift:
                self.replace_requested.emit()
            elif shift:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.retranslated.emit()
