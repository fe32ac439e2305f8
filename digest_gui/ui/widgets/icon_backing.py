"""Coloured icons that stay visible in a selected row.

A red, green or blue mark on the selection's highlight (itself blue in most palettes)
nearly vanishes: the red fetch-failure mark on Fusion's #308cc6 has a contrast of about
1.3 to 1. For the Selected mode, which item views use for selected rows, the icon is drawn
on a small disc of the view's base colour (white, or dark grey in a dark palette), against
which each mark keeps the contrast it has in an unselected row.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

# Maps an alpha byte to 1 where the pixel counts as drawn: a rendering's faint antialiased
# fringe (alpha 40 or less) does not.
_DRAWN = bytes(1 if alpha > 40 else 0 for alpha in range(256))


def _drawn_bounds(pixmap: QPixmap) -> QRect:
    """The smallest rectangle (in pixels) holding the pixmap's visible pixels."""
    # Read as one byte of alpha per pixel, a row at a time: asking each pixel's colour
    # would be thousands of calls for one icon (milliseconds before the first frame).
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Alpha8)
    width, stride = image.width(), image.bytesPerLine()
    data = bytes(image.constBits())
    left, right, rows = width, -1, []
    for y in range(image.height()):
        row = data[y * stride : y * stride + width].translate(_DRAWN)
        first = row.find(1)
        if first >= 0:
            rows.append(y)
            left, right = min(left, first), max(right, row.rfind(1))
    if not rows:
        return QRect()
    return QRect(left, rows[0], right - left + 1, rows[-1] - rows[0] + 1)


def backed_pixmap(pixmap: QPixmap, backing: QColor) -> QPixmap:
    """The pixmap drawn over a disc of `backing`, a little wider than what the pixmap shows."""
    result = QPixmap(pixmap.size())
    result.setDevicePixelRatio(pixmap.devicePixelRatio())
    result.fill(Qt.GlobalColor.transparent)
    bounds = _drawn_bounds(pixmap)
    if bounds.isEmpty():
        return QPixmap(pixmap)
    # A ring of about a sixth of the mark's size around it (within the pixmap): visible, not a badge.
    ring = max(1.5, max(bounds.width(), bounds.height()) / 6)
    disc = QRectF(bounds).adjusted(-ring, -ring, ring, ring)
    disc = disc.intersected(QRectF(0, 0, pixmap.width(), pixmap.height()))
    ratio = pixmap.devicePixelRatio() or 1.0
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(backing)
    painter.drawEllipse(
        QRectF(disc.x() / ratio, disc.y() / ratio, disc.width() / ratio, disc.height() / ratio)
    )
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return result


def with_selected_backing(icon: QIcon, backing: QColor) -> QIcon:
    """The icon, whose Selected mode shows each of its pixmaps on a disc of `backing`."""
    result = QIcon()
    for size in icon.availableSizes():
        pixmap = icon.pixmap(size)
        result.addPixmap(pixmap, QIcon.Mode.Normal)
        result.addPixmap(backed_pixmap(pixmap, backing), QIcon.Mode.Selected)
    return result
