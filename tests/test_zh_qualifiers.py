"""Chinese qualifiers around a figure (近, 约, 左右, 以上, 不到…) and ranges (3至5倍, 5%-6%, 3～5万吨)."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Qualifiers before a figure (近 nearly; 约/大约 about; 超过/逾/至少 over; 不到/不足/最多 under;
# 达 states the figure exactly) and after it or its unit (左右/上下 about; 以上/多/余 over; 以下
# under), and ranges, whose first end borrows the magnitude of the second (3～5万吨). Cases written
# by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_QUALIFIERS = [
    pytest.param("近3000吨", (("近3000吨", "mass", "3000", "t", "nearly"),), id="jin"),
    pytest.param("将近3000吨", (("将近3000吨", "mass", "3000", "t", "nearly"),), id="jiangjin"),
    pytest.param("约3000吨", (("约3000吨", "mass", "3000", "t", "about"),), id="yue"),
    pytest.param("大约3000吨", (("大约3000吨", "mass", "3000", "t", "about"),), id="dayue"),
    pytest.param("3000吨左右", (("3000吨左右", "mass", "3000", "t", "about"),), id="zuoyou"),
    pytest.param("3000吨上下", (("3000吨上下", "mass", "3000", "t", "about"),), id="shangxia"),
    pytest.param("3000多吨", (("3000多吨", "mass", "3000", "t", "over"),), id="duo"),
    pytest.param("3000余吨", (("3000余吨", "mass", "3000", "t", "over"),), id="yu"),
    pytest.param("3000吨以上", (("3000吨以上", "mass", "3000", "t", "over"),), id="yishang"),
    pytest.param("3000吨以下", (("3000吨以下", "mass", "3000", "t", "under"),), id="yixia"),
    pytest.param("不到3000吨", (("不到3000吨", "mass", "3000", "t", "under"),), id="budao"),
    pytest.param("不足3000吨", (("不足3000吨", "mass", "3000", "t", "under"),), id="buzu"),
    pytest.param("超过3000吨", (("超过3000吨", "mass", "3000", "t", "over"),), id="chaoguo"),
    pytest.param("逾3000吨", (("逾3000吨", "mass", "3000", "t", "over"),), id="yu-before"),
    pytest.param("至少3000吨", (("至少3000吨", "mass", "3000", "t", "over"),), id="zhishao"),
    pytest.param("最多3000吨", (("最多3000吨", "mass", "3000", "t", "under"),), id="zuiduo"),
    pytest.param("高于3000吨", (("高于3000吨", "mass", "3000", "t", "over"),), id="gaoyu"),
    pytest.param("低于3000吨", (("低于3000吨", "mass", "3000", "t", "under"),), id="diyu"),
    pytest.param("每亩节约16元", (("16元", "money", "0.024", "CNY/m2", "exact"),), id="jieyue-is-no-hedge"),  # a rate per mu, unhedged
    pytest.param("发达国家约3亿人", (("约3亿人", "count", "300000000", None, "about"),), id="fada-then-yue"),
    pytest.param("达3000吨", (("达3000吨", "mass", "3000", "t", "exact"),), id="da-is-exact"),
    pytest.param("约5万吨左右", (("约5万吨左右", "mass", "50000", "t", "about"),), id="both-sides"),
    pytest.param("增长6.5%左右", (("6.5%左右", "percent", "6.5", "%", "about"),), id="percent-zuoyou"),
    pytest.param("高出3至5倍", (("3至5倍", "multiplier", "3..5", None, "range"),), id="range-zhi-bei"),
    pytest.param("增长5%-6%", (("5%-6%", "percent", "5..6", "%", "range"),), id="range-percent"),
    pytest.param("需3～5万吨", (("3～5万吨", "mass", "30000..50000", "t", "range"),), id="range-tilde-wan"),
    pytest.param("投资3到5亿美元", (("3到5亿美元", "money", "300000000..500000000", "USD", "range"),), id="range-dao-yi"),
    pytest.param("有3至5家", (("3至5家", "count", "3..5", None, "range"),), id="range-count"),
    pytest.param("销量突破3000万元", (("突破3000万元", "money", "30000000", "CNY", "over"),), id="tupo-broke-through"),
    pytest.param("约合20亿美元", (("约合20亿美元", "money", "2000000000", "USD", "about"),), id="yuehe-converted-amount"),
    pytest.param("停放3天及以上", (("3天及以上", "duration", "3", "day", "over"),), id="ji-yishang"),
    pytest.param("8吨及以下", (("8吨及以下", "mass", "8", "t", "under"),), id="ji-yixia"),
    pytest.param("年纪三十开外", (("三十开外", "number", "30", None, "over"),), id="kaiwai-numerals"),
    pytest.param("他40岁开外", (("40岁开外", "count", "40", None, "over"),), id="kaiwai-after-measure-word"),
    pytest.param("5公里开外", (("5公里开外", "quantity", "5000", "m", "over"),), id="kaiwai-after-unit"),
]
# Qualifier words with no figure to hedge.
ZH_QUALIFIERS_NEGATIVE = [
    pytest.param("近年来发展很快", id="jinnianlai"),
    pytest.param("左右为难", id="zuoyou-idiom"),
    pytest.param("上下游企业", id="shangxiayou"),
    pytest.param("以上内容", id="yishang-alone"),
    pytest.param("超过了对手", id="chaoguo-alone"),
    pytest.param("不足之处", id="buzu-alone"),
    pytest.param("约定俗成", id="yue-in-a-word"),
    pytest.param("开外的地方", id="kaiwai-alone"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_QUALIFIERS)
def test_zh_qualifiers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_QUALIFIERS_NEGATIVE)
def test_zh_qualifiers_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
