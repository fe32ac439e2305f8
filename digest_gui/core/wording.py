"""Filling message templates with named arguments: "{length} characters" -> "81 characters".

Quality issues and failures keep a kind and arguments; their English templates here in the
core and their translated ones in the window are filled the same way.
"""

from __future__ import annotations

from collections.abc import Mapping


class _KeepMissing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill_template(template: str, args: Mapping[str, str]) -> str:
    """template with {name} replaced by args[name]; a name without a value stays as written."""
    try:
        return template.format_map(_KeepMissing(args))
    except (ValueError, IndexError):  # a stray brace (a translator's typo): the template whole
        return template
