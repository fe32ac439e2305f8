"""Coloured icons that stay visible in a selected row.

A red, green or blue mark on the selection's highlight (itself blue in most palettes)
nearly vanishes: the red fetch-failure mark on Fusion's #308cc6 has a contrast of about
1.3 to 1. For the Selected mode, which item views use for selected rows, the icon is drawn
on a small disc of the view's base colour (white, or dark grey in a dark palette), against
which each mark keeps the contrast it has in an unselected row.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def backed_pixmap(pixmap: QPixmap, backing: QColor) -> QPixmap:
    """The pixmap drawn over a disc of `backing` that fills it."""
    result = QPixmap(pixmap.size())
    result.setDevicePixelRatio(pixmap.devicePixelRatio())
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(backing)
    ratio = pixmap.devicePixelRatio() or 1.0
    painter.drawEllipse(QRectF(0, 0, pixmap.width() / ratio, pixmap.height() / ratio))
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
