"""Alignment and classification on small synthetic documents, one behaviour a row.

Every row is written for the rule it pins down (align.py's docstring lists the rules): equivalences
that must give no finding, and each finding type with its factor and suggestion.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradefacts.model import Document, Source
from tradefacts.pipeline import check_document

Found = tuple[tuple[str, str | None, str | None, Decimal | None, str | None], ...]


def findings_of(zh: str, en: str) -> Found:
    document = Document(
        id="t",
        path="t",
        zh=zh,
        en=en,
        zh_source=Source(path="t"),
        en_source=Source(path="t"),
    )
    return tuple(
        (
            f.type.value,
            f.zh.text if f.zh else None,
            f.en.text if f.en else None,
            f.factor,
            f.suggestion,
        )
        for f in check_document(document).findings
    )


# Equivalences: the translation says the same thing in its own way. Written for each rule.
EQUIVALENT = [
    pytest.param("出口１２亿美元。", "Exports were $1.2 billion.", id="yi-as-billion"),
    pytest.param(
        "贸易额3422.7万瑞士法郎。", "Trade was 34.227 million Swiss francs.", id="wan-as-million"
    ),
    pytest.param(
        "贸易额3422.7万瑞士法郎。",
        "Trade was 34.2 million Swiss francs.",
        id="rounded-to-stated-precision",
    ),
    pytest.param("与近百个城镇相邻。", "It borders nearly a hundred towns.", id="nearly-a-hundred"),
    pytest.param("贸易额翻一番。", "Trade volume doubled.", id="doubling"),
    pytest.param("1982年4月恢复贸易。", "Trade resumed in April 1982.", id="month-year-order"),
    pytest.param(
        "头7个月进口增长。", "Imports grew in the first seven months.", id="first-seven-months"
    ),
    pytest.param("奖金几百万元。", "Bonuses of several million yuan.", id="vague-interval"),
    pytest.param("派出9000多人。", "Over 9,000 people were sent.", id="over-nine-thousand"),
    pytest.param("出口１０万吨。", "Exports were 220 million pounds.", id="converted-unit"),
    pytest.param("增长１１．６％。", "It grew nearly 12%.", id="hedged-rounding"),
    pytest.param(
        "棉花１０万吨，玉米２５万吨。", "Corn: 250,000 tons. Cotton: 100,000 tons.", id="reordered"
    ),
    pytest.param(
        "１９８８年出口增长。１９８８年进口下降。",
        "In 1988 exports rose and imports fell.",
        id="stated-twice-once",
    ),
    pytest.param("占７０％。", "It accounts for 70 per cent.", id="per-cent"),
    pytest.param("刊于第4版。", "Printed in the 4th Edition.", id="stated-ordinal"),
    pytest.param("第一次出口。", "Exported for the first time.", id="unstated-ordinal"),
    pytest.param(
        "“长江2020年第3号洪水”形成。",
        "The No. 3 Flood of 2020 formed.",
        id="rank-without-its-number",
    ),
    pytest.param("经济负增长3%。", "The economy contracted 3%.", id="sign-carried-by-a-verb"),
    pytest.param(
        "气温零下十几度。",
        "Temperatures of over ten to nineteen degrees below zero.",
        id="sign-carried-by-below-zero",
    ),
    pytest.param(
        "机场25日发布通知。",
        "The airport issued a notice on the 25th.",
        id="day-of-month-as-ordinal",
    ),
    pytest.param(
        "新华社7月26日电 26日发布通知。",
        "Xinhua, July 26. A notice was issued on July 26.",
        id="day-of-month-given-its-month",
    ),
    pytest.param("超过６０％。", "More than 60%.", id="over-percent"),
    pytest.param(
        "出口3000多种商品。", "It exports 3,000 kinds of goods.", id="over-floor-stated-plainly"
    ),
]


@pytest.mark.parametrize(("zh", "en"), EQUIVALENT)
def test_equivalent_rendering_has_no_finding(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


# One finding each: type, both surfaces, factor, suggestion in the translation's style.
FINDINGS = [
    pytest.param(
        "出口１２亿美元。",
        "Exports were $12 billion.",
        (("magnitude", "１２亿美元", "$12 billion", Decimal(10), "$1.2 billion"),),
        id="magnitude-yi-as-billion",
    ),
    pytest.param(
        "贸易额6.08亿瑞士法郎。",
        "Trade was 6.08 billion Swiss francs.",
        (
            (
                "magnitude",
                "6.08亿瑞士法郎",
                "6.08 billion Swiss francs",
                Decimal(10),
                "608 million Swiss francs",
            ),
        ),
        id="magnitude-suggestion-rescaled",
    ),
    pytest.param(
        "投资3000万美元。",
        "Investment was $3 million.",
        (("magnitude", "3000万美元", "$3 million", Decimal("0.1"), "$30 million"),),
        id="magnitude-too-small",
    ),
    pytest.param(
        "新建2000间宿舍。",
        "It will build 200 dormitories.",
        (("magnitude", "2000间", "200", Decimal("0.1"), "2000"),),
        id="magnitude-count-that-looks-like-a-year",
    ),
    pytest.param(
        "玉米２５万吨。",
        "Corn: 260,000 tons.",
        (("value", "２５万吨", "260,000 tons", None, "250,000 tons"),),
        id="value-one-digit",
    ),
    pytest.param(
        "出口１２亿美元。",
        "Exports were 1.2 billion yuan.",
        (("unit", "１２亿美元", "1.2 billion yuan", None, "$1.2 billion"),),
        id="unit-currency",
    ),
    pytest.param(
        "提高3个百分点。",
        "Up 3%.",
        (("unit", "3个百分点", "3%", None, "3 percentage points"),),
        id="unit-percentage-points",
    ),
    pytest.param(
        "减少近１亿美元。",
        "A loss of over $100 million.",
        (("qualifier", "近１亿美元", "over $100 million", None, "nearly $100 million"),),
        id="qualifier-nearly-vs-over",
    ),
    pytest.param(
        "减少近１亿美元。",
        "A loss of $100 million.",
        (("qualifier", "近１亿美元", "$100 million", None, "nearly $100 million"),),
        id="qualifier-dropped-hedge",
    ),
    pytest.param(
        "检查28万余次，涵洞24万余座。",
        "Nearly 280,000 inspections and nearly 240,000 culverts.",
        (
            ("qualifier", "28万余次", "Nearly 280,000", None, "over 280,000"),
            ("qualifier", "24万余座", "nearly 240,000", None, "over 240,000"),
        ),
        id="hedged-figures-pair-by-closest-value",
    ),
    pytest.param(
        "十几天来一直值班。",
        "They have been on duty for the past ten days.",
        (("qualifier", "十几天来", "past ten days", None, None),),
        id="vague-against-exact-is-a-qualifier",
    ),
    pytest.param(
        "百余位观众鼓掌。",
        "An audience of hundreds applauded.",
        (("qualifier", "百余位", "hundreds", None, None),),
        id="vague-against-vague-is-a-qualifier",
    ),
    pytest.param(
        "出口１０万吨，增长１１．６％。",
        "Exports were 100,000 tons.",
        (("omission", "１１．６％", None, None, None),),
        id="omission",
    ),
    pytest.param(
        "出口增长。",
        "Exports grew 12%.",
        (("addition", None, "12%", None, None),),
        id="addition",
    ),
    pytest.param(
        "1989年8月29日签约。",
        "Signed on August 28, 1989.",
        (("value", "1989年8月29日", "August 28, 1989", None, "August 29, 1989"),),
        id="wrong-day",
    ),
    pytest.param(
        "1982年4月恢复。",
        "Resumed in May 1982.",
        (("value", "1982年4月", "May 1982", None, "April 1982"),),
        id="wrong-month",
    ),
    pytest.param(
        "1989年8月29日签约。",
        "Signed on 28 August 1989.",
        (("value", "1989年8月29日", "28 August 1989", None, "29 August 1989"),),
        id="wrong-day-day-first",
    ),
    pytest.param(
        "生于1974年，2月任职。",
        "Born in 1944, appointed in February.",
        (("value", "1974年", "1944", None, "1974"),),
        id="year-and-month-share-nothing",
    ),
    pytest.param(
        "比2019年增长近四成。",
        "Up nearly 40% over 2018.",
        (("value", "2019年", "2018", None, "2019"),),
        id="year-read-as-a-bare-figure",
    ),
    pytest.param(
        "机场25日发布通知。",
        "The airport issued a notice on the 26th.",
        (("value", "25日", "26th", None, "25th"),),
        id="wrong-day-of-month",
    ),
    pytest.param(
        "第十四个五年计划。",
        "The 13th Five-Year Plan.",
        (("value", "第十四", "13th", None, "14th"),),
        id="wrong-ordinal",
    ),
    pytest.param(
        "1988年出口增长。",
        "Exports grew in 1989.",
        (("value", "1988年", "1989", None, "1988"),),
        id="wrong-year",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), FINDINGS)
def test_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


def test_a_year_shaped_figure_is_not_a_misread_number_word() -> None:
    # 2020 (a year written without 年) against "two": the same digit, but no magnitude slip.
    assert [
        f[0] for f in findings_of("公告日（2020 年）前的价格。", "the higher of the two prices")
    ] != ["magnitude"]


def test_unrelated_counts_far_apart_are_not_a_wrong_value() -> None:
    zh = "全省有178个企业。" + "其他内容。" * 200 + "新增67个项目。"
    en = "The province has 178 enterprises. " + "Other text. " * 200 + "It added 12 new types."
    assert [f[0] for f in findings_of(zh, en)] == ["omission", "addition"]
