"""The elided label: gives way when space is short, whole text in its tooltip."""

from __future__ import annotations

from digest_gui.ui.widgets.elided_label import ElidedLabel


def test_short_of_room_it_elides_and_explains(qtbot):
    label = ElidedLabel("Abstract translation")
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint())
    assert not label.is_elided()
    assert label.toolTip() == ""
    label.resize(label.sizeHint().width() // 2, label.height())
    assert label.is_elided()
    assert label.text() == "Abstract translation"  # what the program reads is whole
    assert label.toolTip() == "Abstract translation"
    assert label.minimumSizeHint().width() < label.sizeHint().width() // 2
    label.resize(label.sizeHint())
    assert not label.is_elided()
    assert label.toolTip() == ""


def test_a_tooltip_of_its_own_stays(qtbot):
    label = ElidedLabel("Abstract translation")
    qtbot.addWidget(label)
    label.setToolTip("The Chinese abstract")
    label.resize(20, 20)
    assert label.toolTip() == "The Chinese abstract"


def test_new_text_is_measured_again(qtbot):
    label = ElidedLabel("Abstract")
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint())
    label.setText("Abstract translation")
    assert label.is_elided()
    label.resize(label.sizeHint())
    assert not label.is_elided()


def test_a_short_name_stays_whole(qtbot):
    label = ElidedLabel("标题")
    qtbot.addWidget(label)
    assert label.minimumSizeHint().width() == label.sizeHint().width()
