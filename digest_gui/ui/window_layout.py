"""How the window shares its width between the paper list, the editor and the preview."""

from __future__ import annotations

# Shares of the width (and of what a resize adds or takes): the editor's two columns of
# fields need the most; the preview's summary table needs room for its words (at 1024
# pixels it just fits the reference digest's); the list shows the start of each title.
SPLITTER_SHARES = (22, 42, 36)


def default_pane_widths(window_width: int) -> list[int]:
    """The panes' widths in a window this wide, before the user moves the splitters."""
    total = sum(SPLITTER_SHARES)
    return [round(window_width * share / total) for share in SPLITTER_SHARES]
