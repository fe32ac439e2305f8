"""Errors the core raises for bad input; each reads as one line a user understands."""

from __future__ import annotations

from digest_gui.core.failures import CANCELLED


class DigestError(Exception):
    """Base of every error the core reports to users: str() is one readable line."""


class DigestFormatError(DigestError):
    """A digest Markdown file does not have the reference layout."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


class ProjectFileError(DigestError):
    """A project file cannot be read or written."""


class ProjectTooNewError(ProjectFileError):
    """A project file written by a newer digest-gui (it may still be viewed, read-only)."""

    def __init__(self, message: str, version: int) -> None:
        super().__init__(message)
        self.version = version


class NotWritableError(DigestError):
    """A file or folder refused to be written (permissions, a read-only file system)."""


class Cancelled(DigestError):
    """The user cancelled while a request (or any background work) was waiting or running."""

    failure = CANCELLED

    def __init__(self) -> None:
        super().__init__(self.failure.text())
