"""Chinese magnitudes after digits (万, 亿) and vague amounts, which are intervals."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Magnitudes after digits (3422.7万, 10.66亿) and vague amounts. A vague amount is an interval:
# `value` the low end, `high` the high end, approx "range" (几百万, 数十, 三十几万, 成千上万); a
# numeral with 多 or 余 is a floor, approx "over" (二百余万, 一千多万); 上万 is "upward of ten
# thousand". A bare round unit (百, 万) is a figure only with a qualifier or 余/多 (近百, 百余).
# Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_MAGNITUDES = [
    pytest.param("产量2871.4万吨", (("2871.4万吨", "mass", "28714000", "t", "exact"),), id="wan-decimal"),
    pytest.param("收入10.66亿元", (("10.66亿元", "money", "1066000000", "CNY", "exact"),), id="yi-decimal"),
    pytest.param("运来80万吨", (("80万吨", "mass", "800000", "t", "exact"),), id="wan-integer"),
    pytest.param("奖金几百万元", (("几百万元", "money", "2000000..9000000", "CNY", "range"),), id="ji-bai-wan"),
    pytest.param("来了数十个", (("数十个", "count", "20..90", None, "range"),), id="shu-shi"),
    pytest.param("投入数百亿美元", (("数百亿美元", "money", "20000000000..90000000000", "USD", "range"),), id="shu-bai-yi"),
    pytest.param("来了十几个", (("十几个", "count", "11..19", None, "range"),), id="shi-ji"),
    pytest.param("有三十几万人", (("三十几万人", "count", "310000..390000", None, "range"),), id="san-shi-ji-wan"),
    pytest.param("运来几十万吨", (("几十万吨", "mass", "200000..900000", "t", "range"),), id="ji-shi-wan"),
    pytest.param("筹集二百余万元", (("二百余万元", "money", "2000000", "CNY", "over"),), id="yu-inside"),
    pytest.param("筹集一千多万元", (("一千多万元", "money", "10000000", "CNY", "over"),), id="duo-inside"),
    pytest.param("产量5亿多吨", (("5亿多吨", "mass", "500000000", "t", "over"),), id="duo-after-yi"),
    pytest.param("已有上万人", (("上万人", "count", "10000", None, "over"),), id="shang-wan-count"),
    pytest.param("月薪上万", (("上万", "number", "10000", None, "over"),), id="shang-wan-bare"),
    pytest.param("观众上百万人", (("上百万人", "count", "1000000", None, "over"),), id="shang-bai-wan"),
    pytest.param("收入超过百万元", (("超过百万元", "money", "1000000", "CNY", "over"),), id="bare-bai-wan-hedged"),
    pytest.param("来了近百对", (("近百对", "count", "100", None, "nearly"),), id="jin-bai"),
    pytest.param("有百余家", (("百余家", "count", "100", None, "over"),), id="bai-yu"),
    pytest.param("有千余人", (("千余人", "count", "1000", None, "over"),), id="qian-yu"),
    pytest.param("成千上万人", (("成千上万人", "count", "1000..100000", None, "range"),), id="cheng-qian-shang-wan"),
    pytest.param("数十年如一日", (("数十年", "duration", "20..90", "year", "range"),), id="shu-shi-nian-is-decades"),
    pytest.param("数以万计的游客", (("数以万计", "count", "10000..100000", None, "range"),), id="shu-yi-wan-ji"),
]
# Magnitude characters that state no figure.
ZH_MAGNITUDES_NEGATIVE = [
    pytest.param("来了几个人", id="ji-alone"),
    pytest.param("万一出事", id="wan-yi"),
    pytest.param("万事如意", id="wan-shi"),
    pytest.param("亿万人民", id="yi-wan-people"),
    pytest.param("百花齐放", id="bai-hua"),
    pytest.param("千家万户", id="qian-jia-wan-hu"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_MAGNITUDES)
def test_zh_magnitudes(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_MAGNITUDES_NEGATIVE)
def test_zh_magnitudes_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
