"""Chinese mass: a figure with 吨, 万吨, 公斤, 千克, 克, 斤, 公吨, converted exactly into tons."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Mass: every unit converts exactly into the canonical metric ton (500公斤 = 0.5 t, 100斤 = 0.05 t,
# a 斤 being 500 g), with magnitudes (80万吨, 1.2亿吨), ranges (3～5万吨) and a unit stated once
# for a list (3、5万吨, where the bare first figure borrows the magnitude of the last). Cases
# written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_MASS = [
    pytest.param("运来5吨", (("5吨", "mass", "5", "t", "exact"),), id="dun"),
    pytest.param("产量80万吨", (("80万吨", "mass", "800000", "t", "exact"),), id="wan-dun"),
    pytest.param("储量1.2亿吨", (("1.2亿吨", "mass", "120000000", "t", "exact"),), id="yi-dun"),
    pytest.param("出口5万公吨", (("5万公吨", "mass", "50000", "t", "exact"),), id="gongdun"),
    pytest.param("重500公斤", (("500公斤", "mass", "0.5", "t", "exact"),), id="gongjin"),
    pytest.param("重30千克", (("30千克", "mass", "0.03", "t", "exact"),), id="qianke"),
    pytest.param("含200克", (("200克", "mass", "0.0002", "t", "exact"),), id="ke"),
    pytest.param("收了100斤", (("100斤", "mass", "0.05", "t", "exact"),), id="jin"),
    pytest.param("收购10万市斤", (("10万市斤", "mass", "50", "t", "exact"),), id="shijin"),
    pytest.param("產量3000噸", (("3000噸", "mass", "3000", "t", "exact"),), id="traditional-dun"),
    pytest.param("运来三千吨", (("三千吨", "mass", "3000", "t", "exact"),), id="numerals"),
    pytest.param("需3～5万吨", (("3～5万吨", "mass", "30000..50000", "t", "range"),), id="range-borrows-magnitude"),
    pytest.param("分别为3、5万吨", (("3", "mass", "30000", "t", "exact"), ("5万吨", "mass", "50000", "t", "exact")), id="list-borrows-magnitude"),
    pytest.param("建30万吨级码头", (("30万吨级", "mass", "300000", "t", "exact"),), id="tonnage-class"),
    # 万吨级 with no numeral is a class of 10,000 tonnes ("a 10,000-tonne wharf").
    pytest.param("建万吨级码头", (("万吨级", "mass", "10000", "t", "exact"),), id="bare-wan-class"),
]
# Mass characters that state no mass.
ZH_MASS_NEGATIVE = [
    pytest.param("克服困难", id="ke-verb"),
    pytest.param("吨位很大", id="dunwei"),
    pytest.param("增加万吨产能", id="bare-wan-no-class"),
    pytest.param("生产第一吨钢", id="ordinal-ton"),
    pytest.param("斤斤计较", id="jin-idiom"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_MASS)
def test_zh_mass(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_MASS_NEGATIVE)
def test_zh_mass_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
