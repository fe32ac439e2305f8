"""One click makes GitHub show a field as typed; undo takes it back. The export option's menu entry."""

from __future__ import annotations

from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.formats.math_spans import altered
from digest_gui.ui.quality.panel import IssueRole
from tests.ui.quality.test_panel import panel_texts, show_panel

TYPED = "设 $S=\\{0,1\\}^n$，最优点 $r^*$ 与 $x^*$ 一致。"


def _select_issue(window, qtbot, kind: str) -> None:
    panel = window.quality_panel
    qtbot.waitUntil(
        lambda: any(kind in str(panel.list.item(i).data(IssueRole)) for i in range(panel.list.count()))
    )
    for index in range(panel.list.count()):
        item = panel.list.item(index)
        if item.data(IssueRole)[2] == kind:
            panel.list.setCurrentItem(item)
            return


def test_fix_for_github_rewrites_the_field_and_undo_restores_it(window, qtbot):
    show_panel(window, qtbot)
    window.project.set_field(2, "abstract_zh", TYPED)
    qtbot.waitUntil(lambda: any("GitHub alters" in text for text in panel_texts(window)))
    assert any(text.startswith("[^3] ") and "GitHub shows it as “" in text for text in panel_texts(window))
    panel = window.quality_panel
    _select_issue(window, qtbot, "github_alters")
    assert panel.fix_button.isEnabled()
    panel.fix_button.click()
    fixed = window.project.model.paper(2).abstract_zh
    assert fixed == "设 $`S=\\{0,1\\}^n`$，最优点 $`r^*`$ 与 $`x^*`$ 一致。"
    assert altered(fixed) is None
    qtbot.waitUntil(lambda: not any("GitHub alters" in text for text in panel_texts(window)))
    window.project.undo_stack.undo()
    assert window.project.model.paper(2).abstract_zh == TYPED
    qtbot.waitUntil(lambda: any("GitHub alters" in text for text in panel_texts(window)))


def test_the_fix_button_is_off_for_issues_it_cannot_fix(window, qtbot):
    show_panel(window, qtbot)
    _select_issue(window, qtbot, "summary_too_long")
    assert not window.quality_panel.fix_button.isEnabled()


def test_protect_math_for_github_is_an_undoable_project_setting(window, qtbot):
    window.project.set_field(0, "abstract_zh", TYPED)
    action = window.action_registry["githubMath"]
    assert not action.isChecked()
    assert "$r^*$" in export_markdown(window.project.digest)
    action.trigger()
    assert window.project.digest.export.github_math is True
    assert window.project.is_modified()
    assert "$`r^*`$" in export_markdown(window.project.digest)
    window.project.undo_stack.undo()
    assert window.project.digest.export.github_math is False
    assert not action.isChecked()
    window.project.undo_stack.redo()
    assert action.isChecked()
