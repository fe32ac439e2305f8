"""The hashes that name files on disk are hashlib's, to the character: an earlier
version's locks, recovery files, backups and drawn icons are found by these names."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from digest_gui.core.storage.hashes import sha1_hex, sha256_hex
from digest_gui.core.storage.recovery import key_for


@given(st.binary(max_size=300))
def test_the_hashes_are_hashlibs(data):
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert sha1_hex(data) == hashlib.sha1(data).hexdigest()


def test_a_recovery_file_keeps_the_name_an_earlier_version_gave_it():
    # The name hashlib gave it before this module existed.
    assert key_for("/home/李/论文.digest", "s1") == "project-5a72e8616491369b31be-s1"
