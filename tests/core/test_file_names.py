"""The name a digest without a file is offered under: its listing's day, its title, or today."""

from __future__ import annotations

import datetime

import pytest

from digest_gui.core.file_names import default_stem, listing_date
from digest_gui.core.model import LISTING_DATE_KEY, Digest

TODAY = datetime.date(2026, 12, 1)


def test_a_new_digest_is_named_after_today():
    assert default_stem(Digest(), TODAY) == "2026-12-01"


def test_the_listing_date_names_the_digest_before_anything_else():
    digest = Digest(title="imported", extra={LISTING_DATE_KEY: "2024-03-28"})
    assert default_stem(digest, TODAY) == "2024-03-28"
    assert listing_date(digest) == datetime.date(2024, 3, 28)


def test_an_imported_digest_keeps_its_files_name():
    assert default_stem(Digest(title="march-digest"), TODAY) == "march-digest"


@pytest.mark.parametrize("value", ["", "yesterday", "2024-13-40", 20240328, None])
def test_a_listing_date_that_is_no_date_is_passed_over(value):
    assert listing_date(Digest(extra={LISTING_DATE_KEY: value})) is None
    assert default_stem(Digest(extra={LISTING_DATE_KEY: value}), TODAY) == "2026-12-01"


def test_characters_no_file_name_may_hold_are_left_out_of_a_title():
    assert default_stem(Digest(title='a/b:c*"d"'), TODAY) == "a b c d"
    assert default_stem(Digest(title=" / "), TODAY) == "2026-12-01"
