"""How the window shares its width between the paper list, the editor and the preview, and
keeps its geometry between sessions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from digest_gui.ui.settings import Settings

# Shares of the width (and of what a resize adds or takes): the editor's two columns of
# fields need the most; the preview's summary table needs room for its words (at 1024
# pixels it just fits the reference digest's); the list shows the start of each title.
SPLITTER_SHARES = (22, 42, 36)


def central_panes(window: QMainWindow, panes: Sequence[QWidget]) -> tuple[QSplitter, QVBoxLayout]:
    """Put the panes side by side in the window, sharing its width by SPLITTER_SHARES: their
    splitter, and the column that holds it, where the window adds its notices (above the
    panes: crash protection cannot write, export problems, the archive) and its find bar."""
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    for pane in panes:
        splitter.addWidget(pane)
    # A wider window widens the editor and the preview, the list less.
    for index, stretch in enumerate(SPLITTER_SHARES):
        splitter.setStretchFactor(index, stretch)
    central = QWidget(window)
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    return splitter, column


def default_pane_widths(window_width: int) -> list[int]:
    """The panes' widths in a window this wide, before the user moves the splitters."""
    total = sum(SPLITTER_SHARES)
    return [round(window_width * share / total) for share in SPLITTER_SHARES]


# On a screen smaller than the window (1366x768, 1280x800), the share of its room the
# window takes: the rest is for the window manager's frame.
SCREEN_SHARE = 0.92


def fit_to_screen(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Make a window larger than its screen's room (the first size, 1400x860, on a laptop;
    a size kept from a larger monitor) fit it: window managers that do not shrink it
    would hide its right edge, the preview's switches with it. The panes' first widths
    follow the new width."""
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is None or room.isEmpty():
        return
    if window.width() <= room.width() and window.height() <= room.height():
        return
    width = min(window.width(), int(room.width() * SCREEN_SHARE))
    height = min(window.height(), int(room.height() * SCREEN_SHARE))
    window.resize(width, height)  # no narrower than the panes' minimums
    if settings.splitter.isEmpty():
        splitter.setSizes(default_pane_widths(window.width()))


def restore_window_state(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """The window's geometry and pane widths as the user left them (defaults the first time);
    its docks come with restore_docks, once they exist."""
    if not settings.geometry.isEmpty():
        window.restoreGeometry(settings.geometry)
    else:
        window.resize(1400, 860)
    if not settings.splitter.isEmpty():
        splitter.restoreState(settings.splitter)
    else:
        splitter.setSizes(default_pane_widths(window.width()))


def restore_docks(window: QMainWindow, settings: Settings) -> None:
    """The docks shown or hidden, and where, as the user left them."""
    if not settings.window_state.isEmpty():
        window.restoreState(settings.window_state)


def store_window_state(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Keep the window's geometry, docks and pane widths in `settings` (the caller saves them)."""
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.splitter = splitter.saveState()
