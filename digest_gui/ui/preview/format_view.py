"""The preview of an export format as its target shows it: a page, WeChat's or Zhihu's rich text.

The preview pane's format switch shows, besides the live Markdown preview, what each
registered export writes: an HTML-like format as Qt's rich text shows the exported page
(inline styles and all, as the editors that take it paste it), any other format as its text.
The document loads nothing (core rule of the preview): formulas, which the exports carry as
inline SVG or as SVG data: images, are drawn from the page's own SVG and handed to the
document as resources; any other image shows as nothing. Links never navigate the view;
an http(s) one is passed on, as the preview's are.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from digest_gui.ui.preview.math_images import rasterised

_INLINE_SVG = re.compile(r"<svg\b[^>]*>.*?</svg>", re.DOTALL)
_SVG_IMAGE = re.compile(r'<img src="data:image/svg\+xml;base64,(?P<data>[A-Za-z0-9+/=]*)"')
_FORMULA_SCHEME = "formula"


class _FormulaDocument(QTextDocument):
    """A document whose only resources are the formulas it was given."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.formulas: dict[str, Any] = {}

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        if url.scheme() == _FORMULA_SCHEME:
            return self.formulas.get(url.toString())
        return None


class FormatView(QTextBrowser):
    """An export's output, read-only, loading nothing."""

    external_link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewFormatView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._document = _FormulaDocument(self)
        self.setDocument(self._document)
        self.anchorClicked.connect(self._on_self_anchor_clicked)

    def show_page(self, page: str) -> None:
        """Show an HTML page with its formulas drawn; nothing else is loaded."""
        formulas: dict[str, Any] = {}

        def formula(svg: str) -> str:
            image = rasterised(svg)
            if image is None:
                return ""
            name = f"{_FORMULA_SCHEME}:{len(formulas)}"
            formulas[name] = image
            width, height = (
                image.width() / image.devicePixelRatio(),
                image.height() / image.devicePixelRatio(),
            )
            return (
                f'<img src="{name}" width="{width:.0f}" height="{height:.0f}" style="vertical-align: middle"'
            )

        def image_formula(match: re.Match[str]) -> str:
            try:
                svg = base64.b64decode(match["data"], validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return "<img"
            return formula(svg) or "<img"

        def inline_formula(match: re.Match[str]) -> str:
            tag = formula(match[0])
            return f"{tag} />" if tag else ""

        page = _INLINE_SVG.sub(inline_formula, page)
        page = _SVG_IMAGE.sub(image_formula, page)
        self._document.formulas = formulas
        self._document.setHtml(page)

    def show_text(self, text: str) -> None:
        """Show a format that is text (Markdown, a feed) as the text it is."""
        self._document.formulas = {}
        self._document.setPlainText(text)

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            self.external_link_activated.emit(url)
