"""One count of problems everywhere: the status bar, the quality panel, the export notice and
`digest-gui check` (its lines and its summary line) agree on one digest with several problems."""

from __future__ import annotations

from digest_gui.cli import main
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import save_project
from digest_gui.core.model import Paper

LONG = "这是一句专门写得很长的中文总结，用来超过字数限制，从而触发质量检查的警告。" * 3


def project_with_problems(reference_text, tmp_path):
    digest = import_markdown(reference_text).digest
    digest.papers = digest.papers[:4]
    first, second, third, fourth = digest.papers
    first.summary_zh = LONG  # over the limit (as are [^2]'s and [^4]'s): 3 warnings
    second.title_zh = ""  # 2 empty fields
    second.abstract_zh = ""
    third.abstract_zh = third.abstract_zh + "在 256 块 GPU 上准确率达到 92%。"  # numbers added: 1 warning
    fourth.title_zh = first.title_zh  # the same Chinese title: 1 warning
    # Added but never fetched: no English title (1 warning) and 3 empty fields.
    digest.papers.append(Paper(id="2501.00001", url="https://arxiv.org/abs/2501.00001"))
    path = tmp_path / "problems.digest"
    save_project(digest, path)
    return path


def test_status_bar_panel_export_notice_and_check_show_the_same_numbers(
    window, answers, qtbot, tmp_path, capsysbinary, reference_text
):
    path = project_with_problems(reference_text, tmp_path)
    # A limit of the user's own, saved in Preferences: the command line reads it too.
    window.settings.summary_limit = 70  # [^2] and [^4] have 74 and 75 characters: 80 would pass them
    window.apply_preferences()
    assert window.open_path(str(path), offer_recovery=False)
    qtbot.waitUntil(lambda: not window.quality.busy())
    expected = "6 warnings · 5 empty fields"

    # The status bar.
    qtbot.waitUntil(lambda: window._counts.text().endswith(expected))
    assert window._counts.text() == f"5 papers · 4 reviewed · 0 drafted · {expected}"

    # The quality panel: its summary, and its list once empty fields are shown too.
    window.action_registry["qualityChecks"].trigger()
    qtbot.waitUntil(window.quality_panel.isVisible)
    assert window.quality_panel.summary.text() == expected
    window.quality_panel.show_empty.setChecked(True)
    assert window.quality_panel.list.count() == 6 + 5

    # The export notice.
    answers.save_path = str(tmp_path / "out.md")
    assert not window.files.export_markdown()
    assert window.export_notice.label.text().startswith(f"The quality checks found {expected}.")

    # `digest-gui check`: one line per problem, and the same summary.
    capsysbinary.readouterr()
    assert main(["check", str(path)]) == 1
    out, err = capsysbinary.readouterr()
    lines = out.decode().splitlines()
    assert len(lines) == 6 + 5
    assert err.decode().strip().endswith(f"5 papers · 4 reviewed · 0 drafted · {expected}")
    assert sum(": the paper has no English title" in line for line in lines) == 1
    assert any("has 256, 92%, which the English lacks" in line for line in lines)


def test_plural_forms_read_right_for_one(window, qtbot, tmp_path, reference_text, capsysbinary):
    digest = import_markdown(reference_text).digest
    digest.papers = digest.papers[:2]
    digest.papers[0].summary_zh = LONG
    digest.papers[1].abstract_zh = ""
    path = tmp_path / "one.digest"
    save_project(digest, path)
    assert window.open_path(str(path), offer_recovery=False)
    qtbot.waitUntil(
        lambda: window._counts.text() == "2 papers · 2 reviewed · 0 drafted · 1 warning · 1 empty field"
    )
    window.action_registry["qualityChecks"].trigger()
    qtbot.waitUntil(lambda: window.quality_panel.summary.text() == "1 warning · 1 empty field")
    capsysbinary.readouterr()
    assert main(["check", str(path)]) == 1
    _out, err = capsysbinary.readouterr()
    assert err.decode().strip().endswith("2 papers · 2 reviewed · 0 drafted · 1 warning · 1 empty field")
