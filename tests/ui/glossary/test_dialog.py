"""Paper → Glossary: editing, importing and exporting terms, saved into the project as one undo step."""

from __future__ import annotations

import pytest

from digest_gui.core.formats.project_file import load_project
from digest_gui.core.model import GlossaryEntry
from digest_gui.ui.glossary.dialog import COLUMN_ZH, GlossaryDialog

CSV = "term,zh,note\nlarge language model,大语言模型,not 大型语言模型\ntoken,词元\nframework,框架\n"


@pytest.fixture
def dialog(qtbot, answers, english):
    dialog = GlossaryDialog([GlossaryEntry("token", "令牌", "old")], "")
    qtbot.addWidget(dialog)
    return dialog


def test_importing_a_csv_merges_it_into_the_table(dialog, answers, tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text(CSV, encoding="utf-8")
    answers.open_path = str(path)
    dialog.import_button.click()
    assert answers.asked == ["glossary_path"]
    assert dialog.entries() == [
        GlossaryEntry("token", "词元"),  # replaced, in its place
        GlossaryEntry("large language model", "大语言模型", "not 大型语言模型"),
        GlossaryEntry("framework", "框架"),
    ]
    assert dialog.message.text() == "Imported 3 terms from terms.csv (1 replaced)"


def test_a_bad_file_says_which_line_and_changes_nothing(dialog, tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("term\tzh\ngood\t好\nonly a term\n", encoding="utf-8")
    assert not dialog.import_file(str(path))
    assert dialog.message.text().startswith("bad.tsv: line 3:")
    assert dialog.entries() == [GlossaryEntry("token", "令牌", "old")]


def test_export_writes_csv_or_tsv_that_reads_back(dialog, answers, tmp_path):
    from digest_gui.core.glossary import read_glossary

    answers.save_path = str(tmp_path / "out.tsv")
    dialog.export_button.click()
    text = (tmp_path / "out.tsv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "term\tzh\tnote"
    assert read_glossary(text) == dialog.entries()


def test_rows_are_added_removed_and_checked_before_ok(dialog, qtbot):
    dialog.add_button.click()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("diffusion model")
    dialog.accept()  # no Chinese yet: refused, and said why
    assert dialog.result() != GlossaryDialog.DialogCode.Accepted
    assert dialog.message.text() == "Row 2: “diffusion model” has no Chinese."
    dialog.table.item(row, COLUMN_ZH).setText("扩散模型")
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    dialog.accept()
    assert dialog.result() == GlossaryDialog.DialogCode.Accepted
    assert dialog.entries() == [GlossaryEntry("diffusion model", "扩散模型")]


def test_the_filter_hides_other_terms(dialog):
    dialog.merge([GlossaryEntry("framework", "框架")])
    dialog.filter_edit.setText("框")
    assert [dialog.table.isRowHidden(row) for row in range(2)] == [True, False]


def test_the_window_applies_the_glossary_as_one_undoable_step(window, answers, qtbot, tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text(CSV, encoding="utf-8")

    def edit(entries):
        dialog = GlossaryDialog(entries, "")
        qtbot.addWidget(dialog)
        assert dialog.import_file(str(path))
        return dialog.entries()

    answers.glossary = edit
    window.action_registry["glossary"].trigger()
    assert [entry.term for entry in window.project.digest.glossary] == [
        "large language model",
        "token",
        "framework",
    ]
    assert window.project.is_modified()
    assert window.statusBar().currentMessage() == "The glossary has 3 terms"
    assert window.action_registry["undo"].text() == "Undo Edit Glossary"
    answers.save_path = str(tmp_path / "with-glossary.digest")
    assert window.files.save_as()
    assert load_project(tmp_path / "with-glossary.digest").glossary == window.project.digest.glossary
    window.action_registry["undo"].trigger()
    assert window.project.digest.glossary == []
    window.action_registry["redo"].trigger()
    assert len(window.project.digest.glossary) == 3


def test_cancelling_or_changing_nothing_adds_no_undo_step(window, answers):
    before = window.project.undo_stack.count()
    answers.glossary = None
    window.action_registry["glossary"].trigger()
    answers.glossary = lambda entries: entries
    window.action_registry["glossary"].trigger()
    assert window.project.undo_stack.count() == before
    assert answers.asked == ["glossary", "glossary"]
