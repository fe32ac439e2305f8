"""Filling message templates with named arguments."""

from __future__ import annotations

from digest_gui.core.wording import fill_template


def test_names_are_filled_and_a_name_without_a_value_stays():
    assert fill_template("{length} characters; the limit is {limit}", {"length": "81", "limit": "80"}) == (
        "81 characters; the limit is 80"
    )
    assert fill_template("{a} and {b}", {"a": "1"}) == "1 and {b}"


def test_values_are_not_read_as_templates_and_stray_braces_survive():
    assert fill_template("“{term}”", {"term": "{x} $\\{y\\}$"}) == "“{x} $\\{y\\}$”"
    assert fill_template("a } b {", {}) == "a } b {"
    assert fill_template("{0} {}", {}) == "{0} {}"
