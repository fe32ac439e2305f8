"""The list's coloured marks stay visible in a selected row, in light and dark palettes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from digest_gui.core.model import Status
from digest_gui.ui.papers.icons import ERROR_COLOR, ERROR_ICON, REVIEWED_COLOR, STATUS_ICONS, PaperDecorations
from digest_gui.ui.widgets.icon_backing import _drawn_bounds

SIZE = 32


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette(name: str) -> QPalette:
    result = QPalette(QGuiApplication.palette())
    if name == "dark":
        for role, colour in (
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.Text, "#e8e8e8"),
            (QPalette.ColorRole.Highlight, "#2a82da"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
        ):
            result.setColor(role, QColor(colour))
    else:
        for role, colour in (
            (QPalette.ColorRole.Base, "#ffffff"),
            (QPalette.ColorRole.Text, "#000000"),
            (QPalette.ColorRole.Highlight, "#308cc6"),  # Fusion's
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
        ):
            result.setColor(role, QColor(colour))
    return result


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    before = QGuiApplication.palette()
    QApplication.setPalette(palette(request.param))
    yield QGuiApplication.palette()
    QApplication.setPalette(before)


@pytest.mark.parametrize(
    ("name", "colour"), [(ERROR_ICON, ERROR_COLOR), (STATUS_ICONS[Status.REVIEWED], REVIEWED_COLOR)]
)
def test_a_coloured_mark_in_a_selected_row_sits_on_the_base_colour(scheme, name, colour):
    icon = PaperDecorations().icon(name, colour)
    base, highlight, mark = (
        scheme.color(QPalette.ColorRole.Base),
        scheme.color(QPalette.ColorRole.Highlight),
        QColor(colour),
    )
    selected = icon.pixmap(SIZE, SIZE, QIcon.Mode.Selected).toImage()
    normal = icon.pixmap(SIZE, SIZE, QIcon.Mode.Normal).toImage()
    # Between the mark and the highlight, a ring of the base colour (the row's own background).
    ring = QColor(selected.pixel(1, SIZE // 2))
    assert QColor.fromRgba(selected.pixel(1, SIZE // 2)).alpha() > 200
    assert contrast(ring, base) < 1.1
    assert QColor.fromRgba(normal.pixel(1, SIZE // 2)).alpha() == 0  # unselected rows are as before
    # The mark stands out from what is around it now, as it did not from the highlight.
    assert contrast(mark, base) >= 3
    assert contrast(mark, base) > contrast(mark, highlight)


def test_an_uncoloured_icon_is_left_to_the_style(scheme):
    icon = PaperDecorations().icon(STATUS_ICONS[Status.NEW])
    selected = icon.pixmap(SIZE, SIZE, QIcon.Mode.Selected).toImage()
    assert QColor.fromRgba(selected.pixel(1, SIZE // 2)).alpha() == 0


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 40),
    st.integers(1, 40),
    st.lists(st.tuples(st.integers(0, 39), st.integers(0, 39), st.integers(0, 255)), max_size=12),
)
def test_the_disc_goes_around_exactly_the_pixels_that_show(qapp, width, height, dots):
    """The drawn part of a mark is the pixels more than faintly opaque (alpha over 40),
    whatever the pixmap's width (rows of an image are padded) and wherever they are."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    for x, y, alpha in dots:
        if x < width and y < height:
            image.setPixelColor(x, y, QColor(200, 30, 30, alpha))
    shown = [(x, y) for y in range(height) for x in range(width) if image.pixelColor(x, y).alpha() > 40]
    bounds = _drawn_bounds(QPixmap.fromImage(image))
    if not shown:
        assert bounds.isEmpty()
        return
    xs, ys = [x for x, _ in shown], [y for _, y in shown]
    assert (bounds.left(), bounds.top(), bounds.right(), bounds.bottom()) == (
        min(xs),
        min(ys),
        max(xs),
        max(ys),
    )
