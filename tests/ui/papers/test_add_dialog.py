"""Add by Identifier: any text in, the ids it names listed as the user types."""

from __future__ import annotations

from PySide6.QtCore import Qt

from digest_gui.ui.papers.add_dialog import AddByIdentifierDialog


def make(qtbot) -> AddByIdentifierDialog:
    dialog = AddByIdentifierDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_ids_in_any_text_are_listed_and_can_be_added(qtbot, english):
    dialog = make(qtbot)
    assert not dialog.add_button.isEnabled()
    assert dialog.found_label.text() == "Papers already in the digest are skipped."
    qtbot.keyClicks(dialog.text_edit, "see https://arxiv.org/abs/2403.18546 and arXiv:2403.18296v2, thanks")
    assert dialog.add_button.isEnabled()
    assert dialog.found_label.text() == "Adds 2 papers: 2403.18546, 2403.18296v2"
    assert [str(item) for item in dialog.content().ids] == ["2403.18546", "2403.18296v2"]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_text_without_an_id_says_so_and_cannot_be_added(qtbot, english):
    dialog = make(qtbot)
    qtbot.keyClicks(dialog.text_edit, "the heatmap paper from yesterday")
    assert not dialog.add_button.isEnabled()
    assert dialog.found_label.text().startswith("No arXiv id or link in this text")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+Return adds nothing


def test_a_long_list_is_shortened(qtbot, english):
    dialog = make(qtbot)
    dialog.text_edit.setPlainText("\n".join(f"2501.{n:05d}" for n in range(1, 10)))
    assert dialog.found_label.text() == (
        "Adds 9 papers: 2501.00001, 2501.00002, 2501.00003, 2501.00004, 2501.00005, 2501.00006 and 3 more"
    )


def test_markup_in_the_text_is_shown_as_written(qtbot, english):
    dialog = make(qtbot)
    dialog.text_edit.setPlainText("<b>2403.18546</b>")
    assert dialog.found_label.textFormat() == Qt.TextFormat.PlainText


def test_papers_already_in_the_digest_are_named_and_alone_cannot_be_added(qtbot, english):
    dialog = AddByIdentifierDialog(existing={"2403.18546"})
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("https://arxiv.org/abs/2403.18546v2 and 2501.00011")
    assert dialog.found_label.text() == "Adds 1 paper: 2501.00011\nAlready in the digest: 2403.18546v2"
    assert dialog.add_button.isEnabled()
    dialog.text_edit.setPlainText("https://arxiv.org/abs/2403.18546v2")
    assert dialog.found_label.text() == "Already in the digest: 2403.18546v2"
    assert not dialog.add_button.isEnabled()
