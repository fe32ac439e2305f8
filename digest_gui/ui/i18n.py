"""The interface language: English, or Simplified Chinese from compiled Qt Linguist files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from digest_gui.paths import resource_path, translation

# Translators currently installed, so that switching language can remove them.
_installed: list[QTranslator] = []


def resolve(setting: str, locale: QLocale | None = None) -> str:
    """The language to show for a setting ("system", "en" or "zh_CN")."""
    if setting in ("en", "zh_CN"):
        return setting
    name = (locale or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") else "en"


def translation_file(language: str) -> str:
    """The compiled translation of our own strings (built by `make translations`)."""
    return str(resource_path(*translation(language)))


def apply_language(app: QCoreApplication, setting: str) -> str:
    """Install the translators for a language setting; widgets retranslate on LanguageChange."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(setting)
    # English is the source language, but its plural forms ("1 paper", "2 papers") come
    # from a translation file too.
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language
    # Qt's own strings (standard buttons such as Save, Discard, Cancel). Imported here: an
    # English start does not need the class (PySide makes it, with its enums, when named).
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
