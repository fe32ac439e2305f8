"""The Translation Memory panel: the earlier Chinese of a paper added again, offered, never
written unless accepted, each Accept one undo step; close titles and sentences with percentages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QTextEdit

from digest_gui.core.archive.indexing import index_digest
from digest_gui.core.archive.store import open_archive
from digest_gui.core.model import Digest, Paper

EARLIER = Paper(
    id="2403.18296",
    title_en="GeNet: A Graph Neural Network-based Anti-noise Task-Oriented Semantic Communication Paradigm",
    title_zh="GeNet:一种基于图神经网络的抗噪声任务导向语义通信范式",
    summary_zh="GeNet提出了一种基于图神经网络的语义通信范式。",
    abstract_en="Traditional approaches to semantic communication rely on the signal-to-noise ratio.",
    abstract_zh="传统的语义通信方法依赖于信噪比。",
)


def archive_earlier(paper: Paper = EARLIER) -> None:
    with open_archive() as archive:
        index_digest(archive, Digest(title="March", papers=[paper]), "/d/2026-03-01.md", b"march")


def panel_texts(panel) -> list[str]:
    return [label.text() for label in panel.content.findChildren(QLabel)]


def start(window, qtbot, paper: Paper):
    window.project.new()
    window.project.add_papers([paper])
    window.list_pane.select_row(0)
    QTest.keyClick(window, Qt.Key.Key_F7)
    panel = window.archive.memory_panel
    assert panel.isVisible()
    qtbot.waitUntil(lambda: panel.found is not None, timeout=10000)
    return panel


def test_a_paper_translated_before_offers_its_chinese_and_accepts_field_by_field(window, qtbot):
    archive_earlier()
    again = Paper(id=EARLIER.id, title_en=EARLIER.title_en, abstract_en=EARLIER.abstract_en)
    panel = start(window, qtbot, again)
    texts = panel_texts(panel)
    assert "Translated before in “March” (2026-03-01)" in texts
    assert any(text.endswith(EARLIER.title_zh) for text in texts)
    assert not any("has changed since" in text for text in texts)
    assert window.project.digest.papers[0].title_zh == ""  # offered, not written
    qtbot.mouseClick(panel.accept_buttons["title_zh"], Qt.MouseButton.LeftButton)
    assert window.project.digest.papers[0].title_zh == EARLIER.title_zh
    assert not panel.accept_buttons["title_zh"].isEnabled()  # the same text now
    window.project.undo_stack.undo()
    assert window.project.digest.papers[0].title_zh == ""


def test_accept_all_fills_only_the_empty_fields_in_one_step(window, qtbot):
    archive_earlier()
    again = Paper(id=EARLIER.id, title_en=EARLIER.title_en, summary_zh="我自己写的总结。")
    panel = start(window, qtbot, again)
    steps = window.project.undo_stack.count()
    QTest.keyClick(
        window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    paper = window.project.digest.papers[0]
    assert (paper.title_zh, paper.summary_zh, paper.abstract_zh) == (
        EARLIER.title_zh,
        "我自己写的总结。",  # the user's text is never overwritten
        EARLIER.abstract_zh,
    )
    assert window.project.undo_stack.count() == steps + 1
    assert panel.isVisible()


def test_changed_english_is_shown_as_a_difference(window, qtbot):
    archive_earlier()
    updated = Paper(
        id=EARLIER.id,
        title_en=EARLIER.title_en,
        abstract_en="Classic approaches to semantic communication rely on the signal-to-noise ratio.",
    )
    panel = start(window, qtbot, updated)
    assert "arXiv's English abstract has changed since:" in panel_texts(panel)
    (view,) = panel.content.findChildren(QTextEdit)
    assert view.toPlainText().split() == ["Traditional", "Classic", *EARLIER.abstract_en.split()[1:]]
    # Whole words, each followed by one space; the old one struck out, the new one underlined.
    assert view.toPlainText() == "Traditional Classic " + EARLIER.abstract_en.split(" ", 1)[1] + " "
    marks = []
    block = view.document().firstBlock()
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        marks.append((fragment.text(), fmt.fontStrikeOut(), fmt.fontUnderline()))
        it += 1
    assert marks[:2] == [("Traditional ", True, False), ("Classic ", False, True)]
    assert [strike or underline for _text, strike, underline in marks[2:]] == [False]


def test_a_new_paper_with_a_close_title_gets_the_earlier_chinese_with_a_percentage(window, qtbot):
    archive_earlier()
    close = Paper(
        id="2502.00001",
        title_en="GeNet: A Graph Neural Network-based Anti-noise Task-Oriented Semantic Communication Method",
    )
    panel = start(window, qtbot, close)
    texts = panel_texts(panel)
    assert "Close titles" in texts
    (line,) = [text for text in texts if text.endswith("(2026-03-01)") and "%" in text]
    assert 85 <= int(line.split("%")[0]) < 100


def test_nothing_to_offer_says_so(window, qtbot):
    panel = start(window, qtbot, Paper(id="2502.00002", title_en="Sonnets of Tuscany"))
    assert panel_texts(panel) == ["Nothing in the archive is like this paper."]


def test_adding_a_paper_translated_before_says_so_and_one_key_accepts(window, qtbot):
    archive_earlier()
    window.project.new()
    window.project.add_papers([Paper(id=EARLIER.id, title_en=EARLIER.title_en), Paper(id="2502.00003")])
    qtbot.waitUntil(lambda: "translated before" in window.statusBar().currentMessage(), timeout=10000)
    assert window.statusBar().currentMessage().startswith("1 of the papers added were translated before")
    panel = window.archive.memory_panel
    assert not panel.isVisible()
    window.list_pane.select_row(0)
    QTest.keyClick(
        window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert panel.isVisible()
    qtbot.waitUntil(lambda: window.project.digest.papers[0].title_zh == EARLIER.title_zh, timeout=10000)
    assert window.project.digest.papers[0].abstract_zh == EARLIER.abstract_zh


def test_terms_translated_the_same_way_are_offered_for_the_glossary(window, qtbot):
    with open_archive() as archive:
        for number, text in enumerate(
            ("基于图神经网络（GNN）的方法。", "我们用图神经网络（GNN）。", "采用图神经网络（GNN）建模。")
        ):
            paper = Paper(id=f"2401.0000{number}", title_zh="题", abstract_zh=text)
            index_digest(archive, Digest(papers=[paper]), f"/d/{number}.md", str(number).encode())
    panel = start(window, qtbot, Paper(id="2502.00004", title_en="Robust GNN training", abstract_en="A GNN."))
    assert "GNN → 图神经网络 (in 3 papers)" in panel_texts(panel)
    button = panel.content.findChild(QPushButton, "glossary_GNN")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [(entry.term, entry.zh) for entry in window.project.digest.glossary] == [("GNN", "图神经网络")]
    window.project.undo_stack.undo()
    assert window.project.digest.glossary == []


def test_the_panel_shows_the_selected_paper_of_a_digest_just_opened(window, qtbot, tmp_path):
    from digest_gui.core.formats.project_file import save_project

    path = tmp_path / "again.digest"
    save_project(window.project.digest, path)
    window.list_pane.select_row(0)
    assert window.open_path(str(path))
    assert window.list_pane.current_row() == 0
    assert window.archive.memory_panel.row == 0
