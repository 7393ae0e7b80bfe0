"""Chinese figures written in digits: ASCII and fullwidth, separators, decimals and signs."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of, figures_of

# Digits as Chinese text writes them: ASCII and fullwidth (１２, ７．６), thousands separators in
# both widths (1,200, １，２００; a Chinese comma between groups of three digits: 20，300) against a
# comma that separates two figures (3，5个), and signs (负3%, -3%) against a direction word (下降3%
# states a positive percent; the verb carries the direction). Cases written by us for the
# phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_DIGITS = [
    pytest.param("产量1,200吨", (("1,200吨", "mass", "1200", "t", "exact"),), id="ascii-thousands"),
    pytest.param("产量１，２００吨", (("１，２００吨", "mass", "1200", "t", "exact"),), id="fullwidth-thousands"),
    pytest.param("出口２０，３００吨", (("２０，３００吨", "mass", "20300", "t", "exact"),), id="chinese-comma-three-digit-group"),
    pytest.param("利润1,234,567元", (("1,234,567元", "money", "1234567", "CNY", "exact"),), id="two-separators"),
    pytest.param("增长７．６％", (("７．６％", "percent", "7.6", "%", "exact"),), id="fullwidth-decimal-percent"),
    pytest.param("单价3.75美元", (("3.75美元", "money", "3.75", "USD", "exact"),), id="ascii-decimal"),
    pytest.param("全年１２３４５６吨", (("１２３４５６吨", "mass", "123456", "t", "exact"),), id="fullwidth-no-separator"),
    pytest.param("分别有3，5个", (("3", "count", "3", None, "exact"), ("5个", "count", "5", None, "exact")), id="chinese-comma-enumeration"),
    pytest.param("指数报3422.7", (("3422.7", "number", "3422.7", None, "exact"),), id="bare-decimal"),
    pytest.param("增速为负3%", (("负3%", "percent", "-3", "%", "exact"),), id="fu-sign"),
    pytest.param("增速为-3%", (("-3%", "percent", "-3", "%", "exact"),), id="minus-sign"),
    pytest.param("增速为－１．５％", (("－１．５％", "percent", "-1.5", "%", "exact"),), id="fullwidth-minus"),
    pytest.param("出口下降3%", (("3%", "percent", "3", "%", "exact"),), id="direction-word-is-not-a-sign"),
    pytest.param("利润减少5亿元", (("5亿元", "money", "500000000", "CNY", "exact"),), id="decrease-stays-positive"),
    pytest.param("售价１２.５万元", (("１２.５万元", "money", "125000", "CNY", "exact"),), id="mixed-width-decimal"),
]
# Digit strings that state no figure: phone numbers, postcodes, book numbers, model names,
# ordinals, edition lines and metro lines (clock times are claims of kind time: test_zh_local.py).
ZH_DIGITS_NEGATIVE = [
    pytest.param("电话：010-65368888", id="phone-with-area-code"),
    pytest.param("咨询热线 65368888", id="hotline-label"),
    pytest.param("邮编100733", id="postcode"),
    pytest.param("ISBN 978-7-01-012345-6", id="isbn"),
    pytest.param("订购A380客机", id="model-name"),
    pytest.param("发展5G网络", id="5g"),
    pytest.param("乘坐地铁2号线", id="metro-line"),
    pytest.param("卡-52直升机", id="model-with-hyphen-is-not-negative"),
    pytest.param("读高中3年级", id="school-grade-of-a-stage"),  # 六年级 alone is a rank: test_registers.py
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_DIGITS)
def test_zh_digits(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_DIGITS_NEGATIVE)
def test_zh_digits_negative(text: str) -> None:
    # A code (A380, 5G, 卡-52) is read as a claim with a role (test_roles.py), never as a figure.
    assert figures_of(text, "zh") == ()
