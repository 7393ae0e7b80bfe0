"""Chinese counts: a figure with a measure word (178个, 94项, 3000多种, 9000多人, 近百对)."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Counts: a numeral followed by a measure word is kind `count`, with its hedges and ranges. A
# lone 一 with a measure word is an article ("a", "one such"), not a count; 两个 is two. Cases
# written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_COUNTS = [
    pytest.param("建成178个", (("178个", "count", "178", None, "exact"),), id="ge"),
    pytest.param("签订94项", (("94项", "count", "94", None, "exact"),), id="xiang"),
    pytest.param("引进63项技术", (("63项", "count", "63", None, "exact"),), id="xiang-before-noun"),
    pytest.param("生产3000多种", (("3000多种", "count", "3000", None, "over"),), id="zhong-duo"),
    pytest.param("参加9000多人", (("9000多人", "count", "9000", None, "over"),), id="ren-duo"),
    pytest.param("结成近百对", (("近百对", "count", "100", None, "nearly"),), id="jin-bai-dui"),
    pytest.param("有两个", (("两个", "count", "2", None, "exact"),), id="liang-ge"),
    pytest.param("十五家企业", (("十五家", "count", "15", None, "exact"),), id="numerals-jia"),
    pytest.param("1,200名工人", (("1,200名", "count", "1200", None, "exact"),), id="separator-ming"),
    pytest.param("５０００多户", (("５０００多户", "count", "5000", None, "over"),), id="fullwidth-hu"),
    pytest.param("建成３座", (("３座", "count", "3", None, "exact"),), id="fullwidth-zuo"),
    pytest.param("有3至5家", (("3至5家", "count", "3..5", None, "range"),), id="range"),
    pytest.param("分别有3、5个", (("3", "count", "3", None, "exact"), ("5个", "count", "5", None, "exact")), id="list-measure-word-once"),
    pytest.param("约200架", (("约200架", "count", "200", None, "about"),), id="yue-jia"),
    pytest.param("安装14500块镜子", (("14500块", "count", "14500", None, "exact"),), id="kuai-is-a-measure-word"),
    pytest.param("下架59款应用", (("59款", "count", "59", None, "exact"),), id="kuan"),
    # 度 below zero is a temperature (test_zh_local.py), no longer a count of degrees.
    pytest.param("气温零下十几度", (("零下十几度", "quantity", "-19..-11", "degC", "range"),), id="below-zero-degrees"),
    pytest.param("5所高校", (("5所", "count", "5", None, "exact"),), id="suo"),
    pytest.param("64类物资", (("64类", "count", "64", None, "exact"),), id="lei"),
    pytest.param("新建５００公里", (("５００公里", "quantity", "500000", "m", "exact"),), id="gongli-a-length"),
    pytest.param("参赛人数36人", (("36人", "count", "36", None, "exact"),), id="renshu-then-count"),
]
# Numerals with measure words that state no count.
ZH_COUNTS_NEGATIVE = [
    pytest.param("一个问题", id="yi-ge-article"),
    pytest.param("一些企业", id="yixie"),
    pytest.param("一项任务", id="yi-xiang"),
    pytest.param("几个人", id="ji-ge"),
    pytest.param("第一次", id="di-yi-ci"),
    pytest.param("每个人", id="mei-ge"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_COUNTS)
def test_zh_counts(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_COUNTS_NEGATIVE)
def test_zh_counts_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
