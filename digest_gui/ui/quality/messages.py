"""Quality issues in the interface language: a short label and a detail per kind of check.

The core words an issue in English from its check's template (core/quality/registry.py);
here each kind has its translated label and detail template, with the same {names}. A kind
without one here (a check added later) shows its kind and the English message.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject

from digest_gui.core.quality.counts import QualityCounts
from digest_gui.core.quality.registry import QualityIssue
from digest_gui.core.wording import fill_template


# The literal context in every translate() call lets pyside6-lupdate find these texts.
def field_label(name: str) -> str:
    """The field's name as the panel shows it."""
    labels = {
        "title_en": QCoreApplication.translate("QualityPanel", "English title"),
        "title_zh": QCoreApplication.translate("QualityPanel", "Chinese title"),
        "summary_zh": QCoreApplication.translate("QualityPanel", "Summary"),
        "summary_en": QCoreApplication.translate("QualityPanel", "English summary"),
        "abstract_en": QCoreApplication.translate("QualityPanel", "English abstract"),
        "abstract_zh": QCoreApplication.translate("QualityPanel", "Chinese abstract"),
        "id": QCoreApplication.translate("QualityPanel", "arXiv id"),
    }
    return labels.get(name, name)


def kind_label(kind: str) -> str:
    """A few words naming the kind of issue ("too long")."""
    labels = {
        "empty": QCoreApplication.translate("QualityPanel", "empty"),
        "summary_too_long": QCoreApplication.translate("QualityPanel", "too long"),
        "glossary": QCoreApplication.translate("QualityPanel", "glossary term"),
        "numbers": QCoreApplication.translate("QualityPanel", "numbers missing"),
        "untranslated": QCoreApplication.translate("QualityPanel", "English left"),
        "math": QCoreApplication.translate("QualityPanel", "unpaired $"),
        "github_alters": QCoreApplication.translate("QualityPanel", "GitHub alters"),
        "duplicate": QCoreApplication.translate("QualityPanel", "duplicate"),
        "english_summary_missing": QCoreApplication.translate("QualityPanel", "empty"),
        "numbers_added": QCoreApplication.translate("QualityPanel", "numbers added"),
        "formula_missing": QCoreApplication.translate("QualityPanel", "formula missing"),
        "title_en_missing": QCoreApplication.translate("QualityPanel", "no English title"),
        "duplicate_title_zh": QCoreApplication.translate("QualityPanel", "same Chinese title"),
    }
    return labels.get(kind, kind)


def detail_templates() -> dict[str, str]:
    """Kind -> the translated detail, with the {names} of the core's template ("" for none)."""
    return {
        "empty": "",  # the label says it all
        "summary_too_long": QCoreApplication.translate(
            "QualityPanel", "{length} characters; the limit is {limit}"
        ),
        "glossary": QCoreApplication.translate("QualityPanel", "“{term}” should read “{zh}”"),
        "numbers": QCoreApplication.translate("QualityPanel", "lacks {numbers} of the English abstract"),
        "untranslated": QCoreApplication.translate(
            "QualityPanel", "{count} English words in a row: “{words}”"
        ),
        "math": QCoreApplication.translate("QualityPanel", "an unpaired $ (math is written between two $)"),
        "github_alters": QCoreApplication.translate("QualityPanel", "GitHub shows it as “{shown}”"),
        "duplicate": QCoreApplication.translate("QualityPanel", "the same paper as {earlier} ({id})"),
        "english_summary_missing": QCoreApplication.translate(
            "QualityPanel", "the Chinese fields are filled; the digest has English summaries"
        ),
        "numbers_added": QCoreApplication.translate("QualityPanel", "has {numbers}, which the English lacks"),
        "formula_missing": QCoreApplication.translate(
            "QualityPanel", "lacks {formulas} of the English abstract"
        ),
        "title_en_missing": QCoreApplication.translate(
            "QualityPanel", "fetch the paper from arXiv or type its title"
        ),
        "duplicate_title_zh": QCoreApplication.translate(
            "QualityPanel", "the same Chinese title as {earlier}"
        ),
    }


def issue_detail(issue: QualityIssue) -> str:
    """The issue's detail in the interface language; the English message for an unknown kind."""
    template = detail_templates().get(issue.kind)
    if template is None:
        return issue.message
    args = dict(issue.arguments(), field=field_label(issue.field))
    return fill_template(template, args)


def issue_text(issue: QualityIssue) -> str:
    """ "[^3] Chinese abstract: numbers missing — lacks 92% of the English abstract"."""
    what = QCoreApplication.translate("QualityPanel", "%1: %2").replace("%1", field_label(issue.field))
    head = f"[^{issue.row + 1}] " + what.replace("%2", kind_label(issue.kind))
    detail = issue_detail(issue)
    return f"{head} — {detail}" if detail else head


def problems_text(counts: QualityCounts, *, skip_zero: bool = False) -> str:
    """ "4 warnings · 2 empty fields": the one wording of the counts in the window
    (skip_zero: without a part that is 0, for a sentence about the problems found)."""
    return _CountsWording().text(counts, skip_zero)


class _CountsWording(QObject):
    # self.tr, not QCoreApplication.translate: lupdate marks only tr() calls as plural (%n).
    def text(self, counts: QualityCounts, skip_zero: bool) -> str:
        warnings = _counted(self.tr("%n warning(s)", "", counts.warnings))
        empty = _counted(self.tr("%n empty field(s)", "", counts.empty))
        parts = [(counts.warnings, warnings), (counts.empty, empty)]
        return " · ".join(text for count, text in parts if count or not skip_zero)


def _counted(text: str) -> str:
    """A %n text whose plural forms are not in the loaded translation still reads right in
    English ("1 empty field", "2 empty fields"), never "2 empty field(s)"."""
    if "(s)" not in text:
        return text
    number = re.match(r"\d+", text)
    return text.replace("(s)", "" if number is not None and number[0] == "1" else "s")
