"""Numbers in the Chinese that the English lacks: found by value, never for another form."""

from __future__ import annotations

import pytest

from digest_gui.core.quality.added_numbers import added_numbers, english_values

ENGLISH = (
    "We train on 1,000 images and 2.4B tokens with 15K steps, reaching 0.92 accuracy and a "
    "12.5% error in 2023 (arXiv:2401.12345); three runs of twenty-five epochs on 10^4 samples, "
    "a 7B model, GPT-4 as the judge, $x_{64}$ at https://example.org/v8. Released in June, it "
    "needs half the memory. We contribute (i) a model, (ii) a dataset and (iii) a benchmark."
)


def added(chinese: str, english: str = ENGLISH) -> list[str]:
    return [written for written, _start, _end in added_numbers(english, chinese)]


@pytest.mark.parametrize(
    "chinese",
    [
        "在 1000 张图像上训练",  # 1,000 without its separator
        "在1,000张图像上",
        "２．４B 个词元",  # full-width digits
        "24亿个词元",  # 2.4B in 亿
        "1.5万步",  # 15K in 万
        "准确率为 92%",  # 0.92 as a percentage
        "准确率为百分之92",
        "误差为 12.5％",
        "2023年",  # a year
        "见 2401.12345",  # an arXiv id
        "3 次运行，25 个周期",  # numbers the English writes in words
        "1万个样本",  # 10^4
        "70亿参数的模型",  # 7B
        "第1个",  # "a", "first"
        "GPT-4、Top-5 与 3D 点云",  # names, not counts
        "公式 $x_{128}$ 与链接 https://example.org/v9",  # math and links are not read
        "三个数据集、十二个类别",  # Chinese numerals are not read
        "2023年6月发布",  # "June 2023"
        "内存减少 50%",  # "half the memory"
        "贡献有（1）……（2）……（3）……",  # (i), (ii), (iii)
    ],
)
def test_a_number_the_english_has_in_any_form_is_not_reported(chinese):
    assert added(chinese) == []


@pytest.mark.parametrize(
    ("chinese", "found"),
    [
        ("准确率达到 93%，使用 256 块 GPU", ["93%", "256"]),  # the draft of issue 12
        ("提升了 3.5 倍", ["3.5"]),
        ("在 2,048 张图像上", ["2,048"]),
        ("1000000 个样本", ["1000000"]),
        ("2024年发布", ["2024"]),  # a year the English does not give
        ("分别为 3，500 个", ["500"]),  # a Chinese comma separates, it groups no thousands
        ("３００ 张图", ["３００"]),  # reported as written
        ("提高了 9 万倍", ["9 万"]),
    ],
)
def test_a_number_the_english_lacks_is_reported_as_written_with_its_place(chinese, found):
    assert added(chinese) == found
    for written, start, end in added_numbers(ENGLISH, chinese):
        assert chinese[start:end].strip() == written


def test_english_values_read_magnitudes_words_and_powers():
    values = english_values("2.4B, 15K, 1.5 million, twenty-five, a dozen, 10^{3}, 0.5")
    assert {"2400000000", "15000", "1500000", "25", "12", "1000", "0.5"} <= values


def test_a_text_without_digits_costs_nothing():
    assert added_numbers(ENGLISH, "没有数字的中文。") == []
    assert added_numbers("", "") == []


def test_list_items_numbered_in_roman_numerals_may_read_as_digits():
    english = "We contribute (i) a model, (ii) a dataset, (iii) a benchmark and (iv) a study."
    assert added("贡献：（1）模型；（2）数据集；（3）基准；（4）研究。", english) == []
    assert added("贡献：（1）模型；（2）数据集；（3）基准；（4）研究。", "We contribute a model.") == [
        "2",
        "3",
        "4",
    ]
