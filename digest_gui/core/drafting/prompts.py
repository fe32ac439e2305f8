"""What a draft asks the model and how its answer is read: prompts, the JSON format, the Chinese test.

Plain functions on text: the Drafter (llm.py) sends what build_messages makes and reads
the answer with parse_answer; the model settings page shows render_prompt's result.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from digest_gui.core.glossary import glossary_prompt
from digest_gui.core.model import DRAFTED_FIELDS, GlossaryEntry, Paper
from digest_gui.core.quality.checks import letter_counts
from digest_gui.core.quality.registry import SUMMARY_EN_LIMIT

if TYPE_CHECKING:
    from digest_gui.core.drafting.llm import LlmSettings

MIN_CHINESE_SHARE = 0.3  # of the letters of a Chinese field (math, URLs, acronyms not counted)


STRICTER = (
    "IMPORTANT: your previous answer was not in Chinese. Write title_zh, summary_zh and abstract_zh "
    "in Simplified Chinese only (简体中文); keep only names, acronyms, numbers and $...$ math as "
    "written. Only summary_en stays in English. Answer with only the JSON object."
)


_SCHEMA = {
    "type": "object",
    "properties": {name: {"type": "string"} for name in DRAFTED_FIELDS},
    "required": list(DRAFTED_FIELDS),
    "additionalProperties": False,
}


# Structured output, JSON mode, nothing: tried in this order until the server takes one.
FORMATS = (
    {"type": "json_schema", "json_schema": {"name": "paper_draft", "strict": True, "schema": _SCHEMA}},
    {"type": "json_object"},
    None,
)


_PLACEHOLDER = re.compile(r"\{(title_en|abstract_en|summary_limit|summary_en_limit|glossary)\}")


_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL | re.IGNORECASE)


_FENCE = re.compile(r"```[A-Za-z]*\s*(.*?)```", re.DOTALL)


@cache
def default_prompts() -> tuple[str, str]:
    """The default system and user prompt templates, from resources/prompts/."""
    from digest_gui.paths import SYSTEM_PROMPT, USER_PROMPT, resource_path

    system, user = (
        resource_path(*parts).read_text(encoding="utf-8").strip() for parts in (SYSTEM_PROMPT, USER_PROMPT)
    )
    return system, user


def render_prompt(template: str, values: dict[str, str]) -> str:
    """The template with {title_en}, {abstract_en}, {summary_limit}, {summary_en_limit}, {glossary} filled."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group()), template)


def build_messages(
    settings: LlmSettings, glossary: Sequence[GlossaryEntry], paper: Paper, stricter: bool = False
) -> list[dict[str, str]]:
    """The chat messages asking for one paper's draft."""
    system, user = settings.prompts()
    english = f"{paper.title_en}\n{paper.abstract_en}"
    values = {
        "title_en": " ".join(paper.title_en.split()),
        "abstract_en": paper.abstract_en.strip() or "(no abstract)",
        "summary_limit": str(settings.summary_limit),
        "summary_en_limit": str(SUMMARY_EN_LIMIT),
        "glossary": glossary_prompt(glossary, english) or "(none)",
    }
    text = render_prompt(user, values)
    if "{abstract_en}" not in user:  # an edited template that lost the paper: add it
        text += f"\n\nTitle: {values['title_en']}\n\nAbstract:\n{values['abstract_en']}"
    if stricter:
        text += "\n\n" + STRICTER
    return [{"role": "system", "content": render_prompt(system, values)}, {"role": "user", "content": text}]


def parse_answer(text: str) -> dict[str, Any] | None:
    """The JSON object in a model's answer (fences, <think> and chatter around it ignored), or None."""
    text = _THINK.sub("", text or "").strip()
    fence = _FENCE.search(text)
    decoder = json.JSONDecoder(strict=False)  # literal line breaks inside strings happen
    for candidate in [fence.group(1), text] if fence else [text]:
        try:
            data = decoder.decode(candidate.strip())
        except ValueError:
            data = None
        if isinstance(data, dict):
            return data
        for match in re.finditer(r"\{", candidate):
            try:
                data, _ = decoder.raw_decode(candidate, match.start())
            except ValueError:
                continue
            if isinstance(data, dict):
                return data
    return None


def is_chinese(text: str) -> bool:
    """Whether text reads as Chinese: enough CJK among its letters (math, URLs, acronyms aside)."""
    cjk, latin = letter_counts(text)
    return cjk + latin == 0 or cjk / (cjk + latin) >= MIN_CHINESE_SHARE
