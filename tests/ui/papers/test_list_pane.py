"""The paper list pane with a real project: filter, selection, drops, moves, deletes and marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPoint,
    QPointF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
)
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.identifiers import find_arxiv_ids
from digest_gui.core.model import Digest, Paper
from digest_gui.core.operations import AddResult
from digest_gui.ui.document.paper_model import COLUMN_STATUS, COLUMN_TITLE_EN, COLUMN_TITLE_ZH
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.filter import PaperFilterProxy
from digest_gui.ui.papers.list_pane import PaperListPane

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(reference_text) -> Project:
    project = Project()
    project.new(import_markdown(reference_text).digest)
    return project


@pytest.fixture
def pane(qtbot, project) -> PaperListPane:
    pane = PaperListPane(project)
    qtbot.addWidget(pane)
    pane.resize(760, 900)  # taller than the 23 papers, so there is empty space below them
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def changes(pane) -> list[int]:
    """Every row current_row_changed reports."""
    rows: list[int] = []
    pane.current_row_changed.connect(rows.append)
    return rows


def ids(project: Project) -> list[str]:
    return [paper.id for paper in project.digest.papers]


def visible_rows(pane: PaperListPane) -> list[int]:
    proxy = pane.proxy
    return [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())]


def point_in_row(pane: PaperListPane, row: int, half: str) -> QPoint:
    """A point in the upper or lower half of a (source) row, in viewport coordinates."""
    index = pane.proxy.mapFromSource(pane.model.index(row, COLUMN_TITLE_EN))
    rect = pane.view.visualRect(index)
    assert rect.isValid()
    return QPoint(rect.center().x(), rect.top() + 2 if half == "upper" else rect.bottom() - 2)


def drop(pane: PaperListPane, mime: QMimeData, pos: QPoint) -> QDropEvent:
    """Drag mime over the list's viewport and drop it at pos, as the window system would.

    Qt delivers a drop only to the widget that accepted the drag's enter event.
    """
    viewport = pane.view.viewport()
    # Drag events take an integer position, the drop a fractional one.
    rest = (
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    args = (QPoint(pos), *rest)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(*args)
    QApplication.sendEvent(viewport, move)
    assert enter.isAccepted()
    assert move.isAccepted()
    assert pane.view._drop_line.isVisible()  # the line that shows where the drop goes
    assert move.dropAction() == (
        Qt.DropAction.MoveAction if pane.proxy.dragged_rows(mime) is not None else Qt.DropAction.CopyAction
    )
    event = QDropEvent(QPointF(pos), *rest)
    QApplication.sendEvent(viewport, event)
    assert not pane.view._drop_line.isVisible()
    return event


def select(pane: PaperListPane, *rows: int) -> None:
    """Select these source rows as Ctrl+clicks would."""
    pane.select_row(rows[0])
    selection = pane.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        selection.select(pane.proxy.mapFromSource(pane.model.index(row, 0)), flags)


def edit(project: Project, row: int, **changes) -> None:
    paper = project.model.paper(row).copy()
    for name, value in changes.items():
        setattr(paper, name, value)
    project.replace_paper(row, paper, "test")


def colours(icon: QIcon) -> set[str]:
    """The clearly visible colours of an icon, as #rrggbb."""
    image = icon.pixmap(16, 16).toImage()
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if QColor.fromRgba(image.pixel(x, y)).alpha() > 200:
                found.add(colour.name())
    return found


def is_green(name: str) -> bool:
    colour = QColor(name)
    return colour.green() > colour.red() + 40 and colour.green() > colour.blue() + 40


def is_red(name: str) -> bool:
    colour = QColor(name)
    return colour.red() > colour.green() + 80 and colour.red() > colour.blue() + 80


# ---------------------------------------------------------------------- the filter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("heatmap", [0]),
        ("HeatMap", [0]),
        ("热图", [0]),
        ("PARALLEL 并行", [13, 18, 19]),
        ("parallel 编写", [13]),  # one word in the English title, one in the Chinese
        ("抗噪声 semantic", [1]),  # Chinese title and English title
        ("推断，显著", [0]),  # Chinese punctuation in the summary
        ("ＧＰＴ－４", [2]),  # typed in a full-width input mode
        ("2403.18296", [1]),
        ("ARXIV:2403.18296V2", [1]),
        ("https://arxiv.org/abs/2403.18296", [1]),
        ("parallel nonexistentword", []),
        ("   ", list(range(23))),
    ],
)
def test_filter_matches_any_field_in_either_language(pane, text, expected):
    pane.filter_edit.setText(text)
    assert visible_rows(pane) == expected


def test_filter_never_sorts(pane, project):
    pane.filter_edit.setText("graph")
    assert visible_rows(pane) == sorted(visible_rows(pane))
    assert len(visible_rows(pane)) > 1
    assert not pane.view.isSortingEnabled()


def test_an_edited_paper_stays_while_its_text_stops_matching(pane, project, changes):
    pane.filter_edit.setText("热图")
    assert visible_rows(pane) == [0]
    edit(project, 0, title_zh="高效抓取检测", summary_zh="新的总结。", abstract_zh="新的摘要。")
    assert visible_rows(pane) == [0]
    assert pane.current_row() == 0
    pane.filter_edit.setText("热图 ")  # the same words: nothing is filtered again
    assert visible_rows(pane) == [0]
    pane.filter_edit.setText("热")
    assert visible_rows(pane) == []
    assert changes == [-1]


def test_selected_rows_are_source_rows_while_filtered(pane, changes):
    pane.filter_edit.setText("大型语言模型")
    assert visible_rows(pane) == [2, 4, 7, 8, 9, 13, 18]
    # The current paper was filtered out: the first match becomes current, reported once.
    assert pane.current_row() == 2
    assert changes == [2]
    select(pane, 7, 13)
    assert pane.selected_rows() == [7, 13]
    assert pane.current_row() == 7
    assert changes == [2, 7]


def test_current_paper_stays_current_when_the_filter_keeps_it(pane, changes):
    pane.select_row(18)
    pane.filter_edit.setText("parallel")
    assert pane.current_row() == 18
    pane.filter_edit.setText("parallel nothing-matches")
    assert pane.current_row() == -1
    pane.filter_edit.setText("parallel")
    assert pane.current_row() == 18  # back to the paper the user was on
    assert changes == [18, -1, 18]


def test_select_row_clears_a_filter_that_hides_the_row(pane):
    pane.filter_edit.setText("heatmap")
    pane.select_row(5)
    assert pane.filter_edit.text() == ""
    assert pane.current_row() == 5
    assert pane.selected_rows() == [5]


def test_select_row_minus_one_selects_nothing(pane, changes):
    pane.select_row(-1)
    assert pane.current_row() == -1
    assert pane.selected_rows() == []
    assert changes == [-1]


def test_select_relative_moves_among_visible_rows(pane, changes):
    pane.filter_edit.setText("parallel")
    assert pane.current_row() == 8
    pane.select_relative(1)
    assert pane.current_row() == 13
    pane.select_relative(2)
    assert pane.current_row() == 19
    pane.select_relative(1)  # stays on the last
    assert pane.current_row() == 19
    pane.select_relative(-3)
    assert pane.current_row() == 8
    assert changes == [8, 13, 19, 8]


# ---------------------------------------------------------------------- keys


def test_escape_clears_the_filter_and_returns_to_the_list(qtbot, pane):
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(pane.view, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(pane.filter_edit.hasFocus)
    qtbot.keyClicks(pane.filter_edit, "foundation")
    assert visible_rows(pane) == [11, 14, 20]
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Escape)
    assert pane.filter_edit.text() == ""
    assert len(visible_rows(pane)) == 23
    qtbot.waitUntil(pane.view.hasFocus)
    assert pane.current_row() == 11


def test_filter_placeholder_and_clear_button(pane):
    assert pane.filter_edit.placeholderText() == "Filter (Ctrl+F)"
    assert pane.filter_edit.isClearButtonEnabled()


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_removes_selected_rows_and_undo_restores_them(qtbot, pane, project, key):
    before = ids(project)
    select(pane, 2, 5, 6)
    qtbot.keyClick(pane.view, key)
    assert ids(project) == before[:2] + before[3:5] + before[7:]
    # The paper after the first deleted one is selected.
    assert pane.selected_rows() == [2]
    assert project.model.paper(2).id == before[3]
    project.undo_stack.undo()
    assert ids(project) == before
    assert pane.current_row() == 2


def test_delete_of_the_last_row_selects_the_new_last(qtbot, pane, project):
    pane.select_row(22)
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert project.model.rowCount() == 22
    assert pane.selected_rows() == [21]


def test_ctrl_shift_down_moves_the_selection_down(qtbot, pane, project, changes):
    before = ids(project)
    select(pane, 3, 4)
    changes.clear()
    qtbot.keyClick(pane.view, Qt.Key.Key_Down, CTRL | SHIFT)
    assert ids(project) == [*before[:3], before[5], before[3], before[4], *before[6:]]
    # The moved papers stay selected, so the key can be pressed again.
    assert pane.selected_rows() == [4, 5]
    assert changes == [4]  # the current paper's new row
    qtbot.keyClick(pane.view, Qt.Key.Key_Down, CTRL | SHIFT)
    assert pane.selected_rows() == [5, 6]
    qtbot.keyClick(pane.view, Qt.Key.Key_Up, CTRL | SHIFT)
    assert pane.selected_rows() == [4, 5]
    assert project.undo_stack.count() == 3
    for _ in range(3):
        project.undo_stack.undo()
    assert ids(project) == before


def test_move_while_filtered(qtbot, pane, project):
    pane.filter_edit.setText("parallel")
    assert visible_rows(pane) == [8, 13, 18, 19]
    paper = project.model.paper(13)
    pane.select_row(13)
    qtbot.keyClick(pane.view, Qt.Key.Key_Down, CTRL | SHIFT)
    assert project.model.paper(14) is paper
    assert visible_rows(pane) == [8, 14, 18, 19]
    assert pane.current_row() == 14


def test_ctrl_up_at_the_top_does_not_move(qtbot, pane, project):
    before = ids(project)
    pane.select_row(0)
    qtbot.keyClick(pane.view, Qt.Key.Key_Up, CTRL | SHIFT)
    assert ids(project) == before
    assert project.undo_stack.count() == 0


def test_copy_links(qtbot, pane):
    select(pane, 0, 2)
    qtbot.keyClick(pane.view, Qt.Key.Key_C, CTRL)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "https://arxiv.org/abs/2403.18546\nhttps://arxiv.org/abs/2403.15528"
    pane.select_row(3)
    assert pane._menu is None  # made at its first use, not with the pane
    pane.context_menu.aboutToShow.emit()
    pane.copy_links_action.trigger()
    assert clipboard.text() == "https://arxiv.org/abs/2403.12075"


# ---------------------------------------------------------------------- drops


@pytest.mark.parametrize(("row", "half", "expected"), [(3, "upper", 3), (3, "lower", 4), (0, "upper", 0)])
def test_external_drop_emits_the_ids_and_the_row(qtbot, pane, project, row, half, expected):
    mime = QMimeData()
    mime.setData(
        "text/uri-list",
        b"# Three links from a browser\r\n"
        b"https://arxiv.org/abs/2404.00001\r\n"
        b"https://arxiv.org/abs/2403.18296\r\n"  # already in the digest
        b"https://arxiv.org/pdf/2404.00002v2\r\n",
    )
    mime.setText("https://arxiv.org/abs/2404.00001\nhttps://arxiv.org/abs/2403.18296\n")
    before = ids(project)
    with qtbot.waitSignal(pane.content_dropped) as blocker:
        event = drop(pane, mime, point_in_row(pane, row, half))
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction
    content, drop_row = blocker.args
    assert [str(item) for item in content.ids] == ["2404.00001", "2403.18296", "2404.00002v2"]
    assert drop_row == expected
    assert ids(project) == before  # the window decides what to add

    # What the window then does; the first added paper becomes current.
    result = project.add_ids(content.ids, drop_row)
    assert result == AddResult(expected, 2, ["2403.18296"])
    assert ids(project)[expected : expected + 2] == ["2404.00001", "2404.00002"]
    assert pane.selected_rows() == [expected]


def test_drop_line_is_drawn_between_rows(pane):
    viewport = pane.view.viewport()
    mime = QMimeData()
    mime.setText("2404.00001")
    args = (QPoint(point_in_row(pane, 4, "lower")), Qt.DropAction.CopyAction, mime)
    buttons = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, QDragEnterEvent(*args, *buttons))
    QApplication.sendEvent(viewport, QDragMoveEvent(*args, *buttons))
    line = pane.view._drop_line.geometry()
    below = pane.view.visualRect(pane.proxy.index(5, 0))
    assert abs(line.center().y() - below.top()) <= 1
    assert line.width() == viewport.width()
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    assert not pane.view._drop_line.isVisible()


def test_drop_on_empty_space_appends(qtbot, pane, project):
    mime = QMimeData()
    mime.setText("2404.00001")
    last = pane.view.visualRect(pane.proxy.index(22, 0))
    with qtbot.waitSignal(pane.content_dropped) as blocker:
        drop(pane, mime, QPoint(last.center().x(), last.bottom() + 40))
    assert blocker.args[1] == 23


def test_drop_while_filtered_maps_to_source_rows(qtbot, pane):
    pane.filter_edit.setText("parallel")  # rows 8, 13, 18, 19
    mime = QMimeData()
    mime.setText("2404.00001")
    with qtbot.waitSignal(pane.content_dropped) as blocker:
        drop(pane, mime, point_in_row(pane, 13, "lower"))
    assert blocker.args[1] == 14


def test_drop_without_ids_is_reported_but_refused(qtbot, pane):
    mime = QMimeData()
    mime.setText("nothing to add here")
    with qtbot.waitSignal(pane.content_dropped) as blocker:
        event = drop(pane, mime, point_in_row(pane, 1, "upper"))
    assert blocker.args[0].is_empty
    assert not event.isAccepted()


def test_internal_drag_moves_rows_in_one_undo_step(qtbot, pane, project):
    before = ids(project)
    dropped = []
    pane.content_dropped.connect(lambda *args: dropped.append(args))
    select(pane, 1, 2)
    # What the view's startDrag puts on the drag: the proxy's mime data of the selection.
    mime = pane.proxy.mimeData(pane.view.selectionModel().selectedIndexes())
    assert mime.hasUrls()  # links, for a drop into a browser or a text editor
    event = drop(pane, mime, point_in_row(pane, 6, "upper"))
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.MoveAction
    assert ids(project) == before[:1] + before[3:6] + before[1:3] + before[6:]
    assert pane.selected_rows() == [4, 5]
    assert project.undo_stack.count() == 1
    QApplication.processEvents()
    assert dropped == []  # a move is no external drop

    project.undo_stack.undo()
    assert ids(project) == before


def test_internal_drag_upwards_and_to_the_end(pane, project):
    before = ids(project)
    select(pane, 10)
    drop(pane, pane.proxy.rows_mime([10]), point_in_row(pane, 2, "lower"))
    assert ids(project)[3] == before[10]
    select(pane, 0)
    last = pane.view.visualRect(pane.proxy.index(22, 0))
    drop(pane, pane.proxy.rows_mime([0]), QPoint(last.center().x(), last.bottom() + 40))
    assert ids(project)[-1] == before[0]


def test_rows_dragged_from_another_list_are_links(qtbot, pane, project):
    other = PaperFilterProxy()
    other.setSourceModel(project.model)
    before = ids(project)
    with qtbot.waitSignal(pane.content_dropped) as blocker:
        drop(pane, other.rows_mime([4]), point_in_row(pane, 1, "upper"))
    assert [item.id for item in blocker.args[0].ids] == [before[4]]
    assert ids(project) == before


def test_drag_data_has_a_private_type(pane):
    assert pane.proxy.dragged_rows(pane.proxy.rows_mime([3, 7])) == [3, 7]
    assert pane.proxy.mimeTypes()[0] not in ("text/uri-list", "text/plain")
    nothing = QMimeData()
    assert not pane.proxy.canDropMimeData(nothing, Qt.DropAction.CopyAction, -1, -1, QModelIndex())


# ---------------------------------------------------------------------- icons and marks


def test_status_icons_and_missing_chinese_mark(pane, project):
    model = pane.proxy  # the list's own model: it adds the icons and tooltips
    edit(project, 0, summary_zh="", abstract_zh="", status="drafted")
    edit(project, 1, extra={"fetch_error": "HTTP 503 from export.arxiv.org"}, status="fetched")
    edit(project, 2, extra={"fetch_error": ""}, status="fetched")
    project.add_ids(find_arxiv_ids("2404.00001"))

    reviewed = model.index(3, COLUMN_STATUS)
    assert any(is_green(name) for name in colours(reviewed.data(Qt.ItemDataRole.DecorationRole)))
    assert reviewed.data(Qt.ItemDataRole.ToolTipRole) == "Reviewed"
    assert model.index(3, COLUMN_TITLE_ZH).data(Qt.ItemDataRole.DecorationRole) is None

    error = model.index(1, COLUMN_STATUS)
    assert any(is_red(name) for name in colours(error.data(Qt.ItemDataRole.DecorationRole)))
    assert "HTTP 503 from export.arxiv.org" in error.data(Qt.ItemDataRole.ToolTipRole)

    fetched = model.index(2, COLUMN_STATUS)  # an empty error is no error
    assert fetched.data(Qt.ItemDataRole.ToolTipRole) == "Fetched"
    assert not any(is_red(name) for name in colours(fetched.data(Qt.ItemDataRole.DecorationRole)))

    drafted_zh = model.index(0, COLUMN_TITLE_ZH)
    assert isinstance(drafted_zh.data(Qt.ItemDataRole.DecorationRole), QIcon)
    tooltip = drafted_zh.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(project.model.paper(0).title_zh)
    assert tooltip.endswith("一句话总结, 摘要翻译")

    new_zh = model.index(23, COLUMN_TITLE_ZH)
    assert not new_zh.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert new_zh.data(Qt.ItemDataRole.ToolTipRole) == "Missing: 中文标题, 一句话总结, 摘要翻译"
    assert model.index(23, COLUMN_STATUS).data(Qt.ItemDataRole.ToolTipRole) == "New: not fetched yet"
    # Each status has an icon of its own.
    icons = [model.index(row, COLUMN_STATUS).data(Qt.ItemDataRole.DecorationRole) for row in (0, 1, 2, 3, 23)]
    assert len({icon.cacheKey() for icon in icons}) == 5
    # Drawn once into pixmaps, not by qtawesome's Python code on every paint of every row.
    assert all(icon.availableSizes() for icon in icons)


def test_english_tooltip_has_the_whole_title_and_id(project, pane):
    tooltip = pane.proxy.index(0, COLUMN_TITLE_EN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Efficient Heatmap-Guided 6-Dof Grasp Detection in Cluttered Scenes\narXiv:2403.18546v1"


def test_context_menu_marks_and_deletes(pane, project):
    select(pane, 4, 6)
    pane.context_menu.aboutToShow.emit()
    assert pane.move_up_action.isEnabled()
    pane.mark_actions["drafted"].trigger()
    assert [project.model.paper(row).status for row in (4, 5, 6)] == ["drafted", "reviewed", "drafted"]
    pane.mark_actions["new"].trigger()
    assert project.model.paper(6).status == "new"
    pane.delete_action.trigger()
    assert project.model.rowCount() == 21
    assert project.undo_stack.count() == 3


def test_context_menu_actions_follow_the_selection(pane):
    pane.select_row(0)
    pane.context_menu.aboutToShow.emit()
    assert not pane.move_up_action.isEnabled()
    assert pane.move_down_action.isEnabled()
    pane.select_row(-1)
    pane.context_menu.aboutToShow.emit()
    assert not pane.delete_action.isEnabled()
    assert not pane.copy_links_action.isEnabled()


def test_rows_are_single_lines_without_grid(pane):
    view = pane.view
    assert not view.showGrid()
    assert view.alternatingRowColors()
    assert not view.wordWrap()
    assert view.rowHeight(0) == view.rowHeight(5) < 2 * view.fontMetrics().height()
    assert view.columnWidth(0) < view.columnWidth(COLUMN_TITLE_EN) / 4


# ---------------------------------------------------------------------- following the model


def test_focus_requested_selects_the_row(pane, project):
    pane.select_row(3)
    project.set_field(10, "title_zh", "新的标题")
    pane.filter_edit.setText("heatmap")  # hides row 10
    project.undo_stack.undo()  # the undo asks to show row 10
    assert pane.filter_edit.text() == ""
    assert pane.current_row() == 10
    assert pane.selected_rows() == [10]


def test_inserted_rows_are_selected_even_if_filtered_out(pane, project):
    pane.filter_edit.setText("heatmap")
    project.add_papers([Paper(id="2404.00001"), Paper(id="2404.00002")], 5)
    assert pane.filter_edit.text() == ""
    assert pane.selected_rows() == [5]


def test_current_row_follows_removals_above_it(pane, project, changes):
    pane.select_row(10)
    changes.clear()
    project.remove([1, 2])
    # The current paper's row followed each removal; then the removal asked to show row 1.
    assert changes == [9, 8, 1]
    assert pane.current_row() == 1


def test_a_new_digest_clears_the_filter_and_selects_the_first_paper(pane, project, changes):
    pane.filter_edit.setText("parallel")
    project.new(Digest(papers=[Paper(id="2404.00001"), Paper(id="2404.00002")]))
    assert pane.filter_edit.text() == ""
    assert pane.current_row() == 0
    project.new()
    assert pane.current_row() == -1
    assert changes[-1] == -1


def test_a_pane_on_a_loaded_project_starts_on_the_first_paper(qtbot, project):
    pane = PaperListPane(project)
    qtbot.addWidget(pane)
    assert pane.current_row() == 0
    assert pane.selected_rows() == [0]


# ---------------------------------------------------------------------- interface language


def pane_texts(pane: PaperListPane) -> dict[str, object]:
    """Every kind of text the pane shows: the filter box, header, menu and cell tooltips."""
    model, tip = pane.proxy, Qt.ItemDataRole.ToolTipRole
    return {
        "placeholder": pane.filter_edit.placeholderText(),
        "filter tooltip": pane.filter_edit.toolTip(),
        "header": [pane.proxy.headerData(column, Qt.Orientation.Horizontal) for column in range(4)],
        "menu": [action.text() for action in pane.context_menu.actions() if not action.isSeparator()],
        "status": model.index(3, COLUMN_STATUS).data(tip),
        "missing": model.index(0, COLUMN_TITLE_ZH).data(tip).splitlines()[-1],
        "error": model.index(1, COLUMN_STATUS).data(tip),
    }


def test_the_pane_follows_the_interface_language_live(qtbot, pane, project, marking_translator):
    edit(project, 0, summary_zh="", abstract_zh="")
    edit(project, 1, extra={"fetch_error": "HTTP 503"})
    view, menu = pane.view, pane.context_menu
    english = pane_texts(pane)
    assert english == {
        "placeholder": "Filter (Ctrl+F)",
        "filter tooltip": "Shows the papers that contain all these words, in any language",
        "header": ["#", "", "English", "中文"],
        "menu": [
            "&Copy Links",
            "Mark &Reviewed",
            "Mark &Drafted",
            "Mark &New",
            "Move &Up",
            "Move Do&wn",
            "De&lete",
        ],
        "status": "Reviewed",
        "missing": "Missing: 一句话总结, 摘要翻译",
        "error": "Fetch failed: HTTP 503",
    }

    QCoreApplication.installTranslator(marking_translator)
    qtbot.waitUntil(lambda: pane.filter_edit.placeholderText() == "[Filter (Ctrl+F)]")
    assert pane_texts(pane) == {
        "placeholder": "[Filter (Ctrl+F)]",
        "filter tooltip": "[Shows the papers that contain all these words, in any language]",
        "header": ["#", "", "[English]", "[中文]"],
        "menu": [f"[{text}]" for text in english["menu"]],
        "status": "[Reviewed]",
        "missing": "[Missing: [一句话总结], [摘要翻译]]",
        "error": "[Fetch failed: HTTP 503]",
    }
    assert pane.view is view and pane.context_menu is menu  # retranslated, not rebuilt

    QCoreApplication.removeTranslator(marking_translator)
    qtbot.waitUntil(lambda: pane.filter_edit.placeholderText() == "Filter (Ctrl+F)")
    assert pane_texts(pane) == english
