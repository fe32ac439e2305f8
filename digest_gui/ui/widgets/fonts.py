"""Fonts that show Chinese and English well together."""

from __future__ import annotations

# Families with good Chinese glyphs, tried after the system's own font: mixed English
# and Chinese text then shows both at one size, not Chinese in a smaller fallback face.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Hiragino Sans GB",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
)
