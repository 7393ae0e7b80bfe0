"""Chinese multipliers (翻一番, 翻两番, N倍), tenths (N成) and halves (一半)."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Multipliers: 翻一番 ×2, 翻两番 ×4 (two doublings), N倍 the factor N. The convention for the
# ambiguous 增长N倍 (see the why-comment in lang/zh.py): the claim is the stated factor N, as for
# 是…的N倍, not N+1. Shares of a whole are a percent, as English says them: tenths (三成 = 30%),
# fractions (三分之一, 四分之三) and halves (一半 = 50%); 减半 "halved" is a factor of one half.
# Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_MULTIPLIERS = [
    pytest.param("产值翻一番", (("翻一番", "multiplier", "2", None, "exact"),), id="fan-yi-fan"),
    pytest.param("产值翻了一番", (("翻了一番", "multiplier", "2", None, "exact"),), id="fan-le-yi-fan"),
    pytest.param("产值翻两番", (("翻两番", "multiplier", "4", None, "exact"),), id="fan-liang-fan-is-four"),
    pytest.param("出口增长2倍", (("2倍", "multiplier", "2", None, "exact"),), id="zengzhang-2-bei-reads-the-stated-factor-not-3"),
    pytest.param("是去年的3倍", (("3倍", "multiplier", "3", None, "exact"),), id="shi-de-3-bei"),
    pytest.param("增长了两倍多", (("两倍多", "multiplier", "2", None, "over"),), id="liang-bei-duo"),
    pytest.param("扩大1.5倍", (("1.5倍", "multiplier", "1.5", None, "exact"),), id="decimal-bei"),
    pytest.param("高出3至5倍", (("3至5倍", "multiplier", "3..5", None, "range"),), id="range-bei"),
    pytest.param("近十倍", (("近十倍", "multiplier", "10", None, "nearly"),), id="jin-shi-bei"),
    pytest.param("占三成", (("三成", "percent", "30", "%", "exact"),), id="san-cheng"),
    pytest.param("不足三成", (("不足三成", "percent", "30", "%", "under"),), id="buzu-san-cheng"),
    pytest.param("近七成", (("近七成", "percent", "70", "%", "nearly"),), id="jin-qi-cheng"),
    pytest.param("九成以上", (("九成以上", "percent", "90", "%", "over"),), id="jiu-cheng-yishang"),
    pytest.param("减少两成", (("两成", "percent", "20", "%", "exact"),), id="liang-cheng"),
    pytest.param("超过一半", (("超过一半", "percent", "50", "%", "over"),), id="yiban-is-a-share"),
    pytest.param("半数以上", (("半数以上", "percent", "50", "%", "over"),), id="banshu-yishang"),
    pytest.param("近三分之一", (("近三分之一", "percent", "33.33333333333333333333333333", "%", "nearly"),), id="fraction-one-third"),
    pytest.param("占四分之三", (("四分之三", "percent", "75", "%", "exact"),), id="fraction-three-quarters"),
    pytest.param("十分之一", (("十分之一", "percent", "10", "%", "exact"),), id="fraction-one-tenth"),
    pytest.param("成本减半", (("减半", "multiplier", "0.5", None, "exact"),), id="jianban"),
    pytest.param("占七成五", (("七成五", "percent", "75", "%", "exact"),), id="qi-cheng-wu"),
]
# Multiplier characters that state no factor.
ZH_MULTIPLIERS_NEGATIVE = [
    pytest.param("一成不变", id="yi-cheng-bu-bian"),
    pytest.param("三五成群", id="san-wu-cheng-qun"),
    pytest.param("他的另一半", id="ling-yi-ban"),
    pytest.param("成倍增长", id="cheng-bei"),
    pytest.param("加倍努力", id="jia-bei"),
    pytest.param("事半功倍", id="shi-ban-gong-bei"),
    pytest.param("三成员国", id="cheng-yuan"),
    pytest.param("五成为", id="cheng-wei"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_MULTIPLIERS)
def test_zh_multipliers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_MULTIPLIERS_NEGATIVE)
def test_zh_multipliers_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
