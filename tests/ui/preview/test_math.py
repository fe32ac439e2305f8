"""Math in the preview: typeset formulas drawn as images, cached; GitHub's strikethrough."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from digest_gui.core.formats import github, math_svg
from digest_gui.core.model import Digest, Paper
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview import math_images
from digest_gui.ui.preview.items import plain_text
from digest_gui.ui.preview.pane import PreviewPane


def _paper(abstract_zh: str) -> Paper:
    return Paper(
        id="2401.00001",
        url="https://arxiv.org/abs/2401.00001",
        title_en="A title",
        title_zh="标题",
        summary_zh="摘要",
        abstract_zh=abstract_zh,
        abstract_en="An abstract.",
    )


@pytest.fixture
def model() -> PaperModel:
    return PaperModel(
        Digest(papers=[_paper("设 $x^2+y^2=1$ 且 $$\\int_0^1 f(t)\\,dt$$ 以及 ~~删去~~ 与 $\\frac{a}{$")])
    )


@pytest.fixture
def pane(qtbot, model) -> PreviewPane:
    widget = PreviewPane(model)
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_mode("paper")
    widget.set_current_row(0)
    return widget


def _images(doc: QTextDocument) -> list[str]:
    names = []
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                names.append(char_format.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def _all_images(pane: PreviewPane) -> list[str]:
    return [name for doc in pane.view().visible_documents() for name in _images(doc)]


def _struck(pane: PreviewPane) -> list[str]:
    texts = []
    for doc in pane.view().visible_documents():
        block = doc.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().fontStrikeOut():
                    texts.append(fragment.text())
                iterator += 1
            block = block.next()
    return texts


def _typeset(qtbot, pane) -> None:
    qtbot.waitUntil(lambda: math_images.typesetter().pending() == 0)
    qtbot.waitUntil(lambda: not pane.view().update_pending())


def test_inline_and_display_math_show_as_typeset_images(qtbot, pane):
    _typeset(qtbot, pane)
    qtbot.waitUntil(lambda: len(_all_images(pane)) == 3)
    names = _all_images(pane)
    assert [github.parse_math_src(name) for name in names] == [
        ("x^2+y^2=1", False),
        ("\\int_0^1 f(t),dt", True),  # as on GitHub, Markdown ate the backslash of `\\,`
        ("\\frac{a}{", False),
    ]
    for name in names[:2]:
        image = math_images.math_image(name)
        assert image is not None and not image.isNull()
        # Drawn at the image's own size: wider than a placeholder box, and not blank.
        assert image.deviceIndependentSize().width() > 16
        assert any(
            image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
        )


def test_a_formula_that_cannot_be_typeset_shows_as_typed(qtbot, pane):
    _typeset(qtbot, pane)
    assert math_images.math_image(github.math_src("\\frac{a}{", False)) is None
    assert "$\\frac{a}{$" in pane.rendered_text()


def test_formulas_show_as_their_source_until_typeset_then_the_layout_follows(qtbot, model):
    math_svg.clear_cache()
    widget = PreviewPane(model)
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.set_mode("paper")
    widget.set_current_row(0)
    widget.show()
    view = widget.view()
    # Laid out at once, before any event: the formulas are queued and shown as typed.
    assert "$x^2+y^2=1$" in widget.rendered_text()
    assert math_images.typesetter().pending() >= 2
    source = github.math_src("x^2+y^2=1", False)
    assert math_svg.cached("x^2+y^2=1") == (False, None)
    before = next(doc for doc in view.visible_documents() if "x^2" in plain_text(doc))
    _typeset(qtbot, widget)
    after = next(doc for doc in view.visible_documents() if "x^2" in plain_text(doc))
    assert after is not before  # laid out again, with the typeset pictures
    assert math_images.math_image(source) is not None
    assert "$x^2+y^2=1$" in widget.rendered_text()  # the text keeps the source


def test_strikethrough_is_struck_out(qtbot, pane):
    qtbot.waitUntil(lambda: "删去" in _struck(pane))
    assert "~~" not in pane.rendered_text()


def test_typing_in_another_field_typesets_nothing_again(qtbot, pane, model):
    _typeset(qtbot, pane)
    before = math_svg.cache_info().misses
    images_before = math_images.cache_info().misses
    model.apply_field(0, "summary_zh", "新的摘要")
    qtbot.waitUntil(lambda: "新的摘要" in pane.rendered_text())
    assert len(_all_images(pane)) == 3
    assert math_svg.cache_info().misses == before
    assert math_images.cache_info().misses == images_before


def test_a_new_formula_is_typeset_as_it_is_typed(qtbot, pane, model):
    model.apply_field(0, "summary_zh", "摘要 $\\alpha_{new}$")
    qtbot.waitUntil(lambda: ("\\alpha_{new}", False) in [github.parse_math_src(n) for n in _all_images(pane)])
    _typeset(qtbot, pane)
    assert math_images.math_image(github.math_src("\\alpha_{new}", False)) is not None


def test_a_formula_is_scaled_to_its_text_and_sits_on_its_baseline(qtbot, pane):
    from PySide6.QtGui import QFont, QFontMetricsF, QTextImageFormat

    from digest_gui.ui.preview.items import _formula_box

    _typeset(qtbot, pane)
    src = github.math_src("x^2+y^2=1", False)
    image, ascent = math_images.math_formula(src)
    for pixels in (13, 16, 24):
        image_format = QTextImageFormat()
        image_format.setName(src)
        font = QFont()
        font.setPixelSize(pixels)
        image_format.setFont(font)
        box = _formula_box(image_format)
        assert box is not None
        _, size, top, image_size = box
        scale = pixels / 16
        assert image_size.width() == pytest.approx(image.deviceIndependentSize().width() * scale)
        # Centred the way Qt centres objects, the formula's baseline lands on the text's.
        half_x = QFontMetricsF(font).xHeight() / 2
        assert top + ascent * scale == pytest.approx((size.height() + half_x) / 2)
