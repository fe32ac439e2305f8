"""File → Export goes through the exporter registry: a registered format is written as is."""

from __future__ import annotations

from digest_gui.core.formats import exporters
from digest_gui.core.formats.exporters import Exporter, ExportOptions, register_exporter


def test_the_window_exports_a_registered_format(window, answers, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(exporters, "EXPORTERS", dict(exporters.EXPORTERS))
    register_exporter(
        Exporter("ids", "arXiv ids", ".txt", lambda digest, _options: "\n".join(p.id for p in digest.papers))
    )
    window.export_gate.accept_current()  # the example digest's warnings
    answers.save_path = str(tmp_path / "ids.txt")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export("ids")
    assert (tmp_path / "ids.txt").read_text(encoding="utf-8").split("\n") == [
        paper.id for paper in window.project.digest.papers
    ]
    assert "Exported" in window.statusBar().currentMessage()


def test_html_export_takes_a_theme(window, answers, tmp_path, qtbot):
    window.export_gate.accept_current()  # the example digest's warnings
    answers.save_path = str(tmp_path / "out.html")
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export("html", ExportOptions(theme="default"))
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert exporters.theme_css("default") in page
