"""The interface in English and Simplified Chinese, switchable while running."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from digest_gui.ui.i18n import apply_language, resolve, translation_file


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language(QApplication.instance(), "en")


def test_the_system_locale_decides_when_asked():
    assert resolve("system", QLocale("zh_CN")) == "zh_CN"
    assert resolve("system", QLocale("zh_TW")) == "zh_CN"
    assert resolve("system", QLocale("de_DE")) == "en"
    assert resolve("en", QLocale("zh_CN")) == "en"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_translations_are_built(language):
    # `make test` builds the .qm files from the committed .ts sources.
    from pathlib import Path

    assert Path(translation_file(language)).stat().st_size > 100


def test_switching_to_chinese_retranslates_the_open_window(window, english_afterwards, qtbot):
    assert window.action_registry.menu("file").title() == "&File"
    assert "23 papers" in window._counts.text()
    apply_language(QApplication.instance(), "zh_CN")
    qtbot.waitUntil(lambda: window.action_registry.menu("file").title() == "文件(&F)")
    assert window.action_registry["save"].text() == "保存(&S)"
    assert window.editor.status_buttons["reviewed"].text() == "已审阅"
    assert "23 篇论文" in window._counts.text()
    assert window.list_pane.filter_edit.placeholderText() == "筛选（Ctrl+F）"
    apply_language(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: window.action_registry.menu("file").title() == "&File")


def test_english_plurals(window, english_afterwards):
    apply_language(QApplication.instance(), "en")
    window.project.remove(list(range(1, 23)))
    assert window._counts.text().startswith("1 paper ·")


def test_every_interface_text_is_translated_into_chinese():
    import xml.etree.ElementTree as ET

    from digest_gui.paths import resource_path

    tree = ET.parse(resource_path("translations", "digest_gui_zh_CN.ts"))
    unfinished = [
        message.findtext("source")
        for message in tree.getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_drafting_quality_and_glossary_texts_follow_the_language(window, english_afterwards, qtbot):
    window.action_registry["qualityChecks"].trigger()
    apply_language(QApplication.instance(), "zh_CN")
    qtbot.waitUntil(lambda: window.action_registry["draftSelected"].text() == "起草中文(&D)")
    assert window.drafts.progress.bar.format() == "正在起草 %v / %m"
    assert window.quality_panel.windowTitle() == "质量检查"
    assert window.action_registry["qualityChecks"].text() == "质量检查(&Q)"
    assert window.action_registry["glossary"].text() == "术语表(&G)…"
    qtbot.waitUntil(lambda: "23 篇已审阅" in window._counts.text())
    assert " · 7 " in window._counts.text()  # the warnings (worded once the translations are updated)
    assert window.quality_panel.list.item(0).text().startswith("[^8] 一句话总结：过长 — ")
