"""The preview's format box: room for its longest item where there is room, a few
characters where there is not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionComboBox

from digest_gui.ui.widgets.fitting_combo import FittingComboBox


@pytest.mark.parametrize("style_name", ["Fusion", "Windows"])
def test_it_asks_for_the_style_s_frame_around_its_longest_item(qtbot, style_name):
    style = QStyleFactory.create(style_name)
    combo = FittingComboBox(minimum_characters=4)
    qtbot.addWidget(combo)
    combo.setStyle(style)
    combo.addItems(["Digest", "HTML page", "WeChat article (公众号)"])
    metrics = combo.fontMetrics()
    longest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    wanted = style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, QSize(longest + 4, 20), combo)

    assert combo.sizeHint().width() == wanted.width()
    assert combo.minimumSizeHint().width() < wanted.width() // 2  # it may shrink to a few characters


def test_a_short_item_keeps_qt_s_own_hint(qtbot):
    combo = FittingComboBox(minimum_characters=4)
    qtbot.addWidget(combo)
    combo.addItems(["A"])
    assert combo.sizeHint().width() == combo.minimumSizeHint().width()
