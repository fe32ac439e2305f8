"""fill_rect paints what QPainter.fillRect paints (painting.py says why it does not call it)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from digest_gui.ui.preview.painting import ACCENT, STRIPE, fill_rect

_COORD = st.floats(-5, 60, allow_nan=False)
_SIZE = st.floats(0, 70, allow_nan=False)


def _painted(rect: QRectF, color: QColor, antialiased: bool, shift: float, ours: bool) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
    painter.translate(shift, 0)
    if ours:
        fill_rect(painter, rect, color)
        painter.drawLine(0, 0, 63, 63)  # the painter's own pen and brush are back
    else:
        painter.fillRect(rect, color)
        painter.drawLine(0, 0, 63, 63)
    painter.end()
    return image


# Edges that fall half-way between pixels are where a rectangle drawn without a pen and
# fillRect differ (which fill_rect once was); they are tried every run.
@example(x=0.0, y=0.0, width=63.0, height=15.0, whole=False, antialiased=False, shift=1.5, color=ACCENT)
@example(x=0.0, y=0.0, width=1.0, height=1.0, whole=True, antialiased=False, shift=0.5, color=STRIPE)
@settings(max_examples=300)
@given(
    x=_COORD,
    y=_COORD,
    width=_SIZE,
    height=_SIZE,
    whole=st.booleans(),
    antialiased=st.booleans(),
    shift=st.sampled_from([0.0, 0.5, 1.5, -3.0]),
    color=st.sampled_from([ACCENT, STRIPE, QColor(10, 200, 30, 128)]),
)
def test_fill_rect_paints_the_pixels_fill_rect_of_qt_paints(
    qapp, x, y, width, height, whole, antialiased, shift, color
):
    rect = QRectF(x, y, width, height)
    if whole:
        rect = QRectF(rect.toRect())
    assert _painted(rect, color, antialiased, shift, ours=True) == _painted(
        rect, color, antialiased, shift, ours=False
    )
