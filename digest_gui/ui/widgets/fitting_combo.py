"""A combo box that asks for room for its longest item but may shrink to a few characters."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget


class FittingComboBox(QComboBox):
    """Shows its whole text where the layout has room; narrower only where it has not.

    QComboBox sizes itself either to its contents (then it widens its pane's minimum) or
    to a minimum number of characters (then it is cut even where there is room). This
    one's minimum is a few characters and its preferred width the longest item's, so a
    layout with a stretch beside it gives it what it needs first.
    """

    def __init__(self, parent: QWidget | None = None, *, minimum_characters: int = 4) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(minimum_characters)

    def sizeHint(self) -> QSize:
        # Qt's hint is the style's frame and arrow around room for minimumContentsLength
        # "X"s and an icon (the policy's "WithIcon"); the same frame and arrow around the
        # longest item is what it wants. (Taken from the hint rather than asked of QStyle,
        # whose hundreds of enum values PySide6 would make before the first frame.)
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        room = self.minimumContentsLength() * metrics.horizontalAdvance("X") + self.iconSize().width() + 4
        frame = hint.width() - room
        return QSize(max(hint.width(), frame + text + 4), hint.height())
