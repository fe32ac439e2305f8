"""Where a request to a server stands, for the line that tells the user what a fetch waits for.

Kept apart from http.py so that the window can tell these items apart without loading the
network stack before its first frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from digest_gui.core.failures import Failure


@dataclass(frozen=True, slots=True)
class RequestProgress:
    """A request under way (`wait` 0), or waiting `wait` seconds before its next try.

    `attempt` counts tries from 1 (try 2 is retry 1); `tries` is how many there are in all;
    `problem` says why the previous try failed.
    """

    what: str
    attempt: int
    tries: int
    wait: float = 0.0
    problem: Failure | None = None

    @property
    def retry(self) -> int:
        """Which retry this try is (0 for the first try)."""
        return self.attempt - 1

    @property
    def retries(self) -> int:
        """How many retries follow a failed first try."""
        return self.tries - 1
