"""Chinese percents, per mille and percentage points."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Percent (％, %, 百分之十五, 百分之零点五, 百分之百), per mille (千分之三 = 0.3%) and percentage
# points (个百分点, unit `pp`, a dimension of its own), with hedges and ranges. Tenths (三成) are in
# test_zh_multipliers. Cases written by us for the phenomenon, not copied from the seeds or any
# corpus.
# fmt: off
ZH_PERCENT = [
    pytest.param("增长11.6%", (("11.6%", "percent", "11.6", "%", "exact"),), id="ascii-percent"),
    pytest.param("增长１１．６％", (("１１．６％", "percent", "11.6", "%", "exact"),), id="fullwidth-percent"),
    pytest.param("占百分之十五", (("百分之十五", "percent", "15", "%", "exact"),), id="baifenzhi"),
    pytest.param("仅百分之零点五", (("百分之零点五", "percent", "0.5", "%", "exact"),), id="baifenzhi-decimal"),
    pytest.param("百分之百完成", (("百分之百", "percent", "100", "%", "exact"),), id="baifenzhibai"),
    pytest.param("约百分之五十以上", (("约百分之五十以上", "percent", "50", "%", "about"),), id="baifenzhi-hedged"),
    pytest.param("误差千分之三", (("千分之三", "percent", "0.3", "%", "exact"),), id="per-mille"),
    pytest.param("提高3个百分点", (("3个百分点", "percent", "3", "pp", "exact"),), id="percentage-points"),
    pytest.param("下降0.5个百分点", (("0.5个百分点", "percent", "0.5", "pp", "exact"),), id="percentage-points-decimal"),
    pytest.param("提高两个百分点", (("两个百分点", "percent", "2", "pp", "exact"),), id="percentage-points-numeral"),
    pytest.param("提高3.5個百分點", (("3.5個百分點", "percent", "3.5", "pp", "exact"),), id="percentage-points-traditional"),
    pytest.param("增长5%-6%", (("5%-6%", "percent", "5..6", "%", "range"),), id="range-both-signs"),
    pytest.param("增长5-6%", (("5-6%", "percent", "5..6", "%", "range"),), id="range-one-sign"),
    pytest.param("分别增长3%和5%", (("3%", "percent", "3", "%", "exact"), ("5%", "percent", "5", "%", "exact")), id="two-percents"),
    pytest.param("分别为3、5%", (("3", "percent", "3", "%", "exact"), ("5%", "percent", "5", "%", "exact")), id="list-sign-once"),
    pytest.param("占60％以上", (("60％以上", "percent", "60", "%", "over"),), id="over-after"),
]
# Percent words that state no figure.
ZH_PERCENT_NEGATIVE = [
    pytest.param("百分比很高", id="baifenbi"),
    pytest.param("百分点的变化", id="baifendian-alone"),
    pytest.param("十分重要", id="shifen"),
    pytest.param("百分之", id="prefix-alone"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_PERCENT)
def test_zh_percent(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_PERCENT_NEGATIVE)
def test_zh_percent_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
