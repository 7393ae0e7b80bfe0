"""Classification: the severity of each finding, one behaviour a row.

The salience rule (`classify.leftover_severity`'s docstring) decides whether a leftover figure is a
`warning` or a `note`. Every row is written for the rule it pins down, both ways: a figure of low
salience left out is a note, a figure that matters left out stays a warning. None is copied from the
seeds or from any corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradefacts.classify import leftover_severity
from tradefacts.model import Claim, Document, Finding, Kind, Lang, Severity, Source
from tradefacts.pipeline import check_document

Graded = tuple[tuple[str, str, str | None, str | None], ...]


def findings_of(zh: str, en: str) -> tuple[Finding, ...]:
    document = Document(
        id="t", path="t", zh=zh, en=en, zh_source=Source(path="t"), en_source=Source(path="t")
    )
    return check_document(document).findings


def graded(zh: str, en: str) -> Graded:
    return tuple(
        (
            f.type.value,
            f.severity.value,
            f.zh.text if f.zh else None,
            f.en.text if f.en else None,
        )
        for f in findings_of(zh, en)
    )


# Leftovers of low salience: a note. Written for the rule's clauses.
NOTES = [
    pytest.param(
        "投资８亿元（约合１.１亿美元）。",
        "It invested 800 million yuan.",
        (("omission", "note", "约合１.１亿美元", None),),
        id="original-currency-gloss-dropped",
    ),
    pytest.param(
        "两国签署协议。",
        "The countries signed an agreement.",
        (("omission", "note", "两国", None),),
        id="count-written-without-a-numeral",
    ),
    pytest.param(
        "双方会谈三次。",
        "The two sides met.",
        (("omission", "note", "三次", None),),
        id="small-count-folded-into-the-sentence",
    ),
    pytest.param(
        "全村十户人家。", "The village is small.", (("omission", "note", "十户", None),), id="ten"
    ),
    pytest.param(
        "银行26日发布公告。",
        "The bank issued a statement.",
        (("omission", "note", "26日", None),),
        id="day-of-month-alone",
    ),
    pytest.param(
        "两星期后开业。",
        "It opened later.",
        (("omission", "note", "两星期", None),),
        id="short-span-counted-as-stated",
    ),
    pytest.param(
        "下雨了。",
        "It rained for six months.",
        (("addition", "note", None, "six months"),),
        id="added-short-span",
    ),
    pytest.param(
        "工厂开工。",
        "The factory opened with three lines.",
        (("addition", "note", None, "three"),),
        id="added-small-count",
    ),
    pytest.param(
        "百余名学生参加。",
        "Hundreds of students took part.",
        (("qualifier", "note", "百余名", "Hundreds"),),
        id="vague-restated-by-a-vague-amount",
    ),
    pytest.param(
        "工期7天。",
        "The work took 7.",
        (("unit", "note", "7天", "7"),),
        id="unseen-unit-of-a-short-span",
    ),
]

TIME_NOTES = [
    pytest.param(
        "7月5日0—24时新增12例。",
        "12 new cases were reported on July 5.",
        (("omission", "note", "0", None), ("omission", "note", "24时", None)),
        id="day-edges",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), TIME_NOTES)
def test_clock_time_bounding_a_day_is_a_note(zh: str, en: str, expected: Graded) -> None:
    assert graded(zh, en) == expected


# Leftovers that matter: a warning. Written for what the rule keeps out of the notes.
WARNINGS = [
    pytest.param(
        "全省有28个企业。",
        "The province has many firms.",
        (("omission", "warning", "28个", None),),
        id="count-above-ten",
    ),
    pytest.param(
        "出口增长12%。",
        "Exports grew.",
        (("omission", "warning", "12%", None),),
        id="percent",
    ),
    pytest.param(
        "补贴5元。",
        "A small subsidy.",
        (("omission", "warning", "5元", None),),
        id="small-money",
    ),
    pytest.param(
        "出口3吨。",
        "A little was exported.",
        (("omission", "warning", "3吨", None),),
        id="small-mass",
    ),
    pytest.param(
        "7月26日发布。",
        "It was issued.",
        (("omission", "warning", "7月26日", None),),
        id="date-with-a-month",
    ),
    pytest.param(
        "1998年开业。", "It opened.", (("omission", "warning", "1998年", None),), id="year"
    ),
    pytest.param(
        "产量增长3倍。", "Output grew.", (("omission", "warning", "3倍", None),), id="multiplier"
    ),
    pytest.param(
        "培训持续了15天。",
        "The training went on.",
        (("omission", "warning", "15天", None),),
        id="long-span",
    ),
    pytest.param(
        "十几天来一直下雨。",
        "It has rained for the past ten days.",
        (("qualifier", "warning", "十几天来", "past ten days"),),
        id="vague-against-exact",
    ),
    pytest.param(
        "工期28天。",
        "The work took 28.",
        (("unit", "warning", "28天", "28"),),
        id="unseen-unit-of-a-long-span",
    ),
    pytest.param(
        "下雨了。",
        "It rained for 14 days.",
        (("addition", "warning", None, "14 days"),),
        id="added-long-span",
    ),
    pytest.param(
        "减少近５人。",
        "Five fewer people.",
        (("qualifier", "warning", "近５人", "Five"),),
        id="changed-hedge-on-a-small-count",
    ),
    pytest.param(
        "列车晚上8点到站。",
        "The train arrived in the evening.",
        (("omission", "warning", "晚上8点", None),),
        id="clock-time",
    ),
    pytest.param(
        "列车到站。",
        "The train arrived at 8 p.m.",
        (("addition", "warning", None, "8 p.m."),),
        id="added-clock-time",
    ),
    pytest.param(
        "会议上午9点半开始。",
        "The meeting starts at 10:30 a.m.",
        (("value", "error", "上午9点半", "10:30 a.m."),),
        id="wrong-clock-time-is-an-error",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), NOTES)
def test_leftover_of_low_salience_is_a_note(zh: str, en: str, expected: Graded) -> None:
    assert graded(zh, en) == expected


@pytest.mark.parametrize(("zh", "en", "expected"), WARNINGS)
def test_figure_that_matters_stays_a_warning(zh: str, en: str, expected: Graded) -> None:
    assert graded(zh, en) == expected


def _claim(rule: str, kind: Kind, value: Decimal) -> Claim:
    return Claim(
        lang=Lang.ZH, text="x", start=0, end=1, line=1, column=1, kind=kind, value=value, rule=rule
    )


# A claim's role decides before its size: a ranked or labelled figure of any size is a note.
ROLES = [
    pytest.param(_claim("zh.ordinal", Kind.NUMBER, Decimal(17)), Severity.NOTE, id="ordinal"),
    pytest.param(_claim("zh.count", Kind.NUMBER, Decimal(17)), Severity.WARNING, id="no-role"),
]


@pytest.mark.parametrize(("claim", "expected"), ROLES)
def test_role_decides_salience(claim: Claim, expected: Severity) -> None:
    assert leftover_severity(claim) is expected


# Qualifier findings of low salience (`classify._pair_severity`): a bound of the original stated as
# the exact figure, and "nearly" dropped from a span of time (近 before a span also reads "recent").
# A hedge added, flipped, or "nearly" dropped from an amount stays a warning. Written for the rule.
QUALIFIER_SEVERITIES = [
    pytest.param(
        "出口3000多吨。",
        "Exports were 3,000 tons.",
        (("qualifier", "note", "3000多吨", "3,000 tons"),),
        id="over-dropped-is-a-note",
    ),
    pytest.param(
        "每笔20元以下。",
        "Each of 20 yuan.",
        (("qualifier", "note", "20元以下", "20 yuan"),),
        id="under-dropped-is-a-note",
    ),
    pytest.param(
        "出口3000多吨。",
        "Exports were nearly 3,000 tons.",
        (("qualifier", "warning", "3000多吨", "nearly 3,000 tons"),),
        id="over-flipped-is-a-warning",
    ),
    pytest.param(
        "中断近5个月后复赛。",
        "Games resumed after the past 5 months.",
        (("qualifier", "note", "近5个月", "past 5 months"),),
        id="nearly-dropped-from-a-span-is-a-note",
    ),
    pytest.param(
        "中断近5个月后复赛。",
        "Games resumed after over 5 months.",
        (("qualifier", "warning", "近5个月", "over 5 months"),),
        id="nearly-flipped-on-a-span-is-a-warning",
    ),
    pytest.param(
        "增长近90%。",
        "It grew 90%.",
        (("qualifier", "warning", "近90%", "90%"),),
        id="nearly-dropped-from-an-amount-is-a-warning",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), QUALIFIER_SEVERITIES)
def test_qualifier_severity(zh: str, en: str, expected: Graded) -> None:
    assert graded(zh, en) == expected


# A rate is described in the unit it is stated per, not in the canonical unit it is compared in
# (每公斤30元 is compared as 30,000 CNY per ton but was written per kilogram).
RATE_DESCRIPTIONS = [
    pytest.param(
        "菜价每公斤12元。",
        "Vegetables cost 120 yuan per kilogram.",
        "(12 CNY/kilogram)",
        id="per-kg",
    ),
    pytest.param("每亩增收800元。", "Income rose by 80 yuan per mu.", "(800 CNY/mu)", id="per-mu"),
    pytest.param("每吨约4500元。", "about 45,000 yuan a ton", "(about 4,500 CNY/t)", id="hedged"),
    pytest.param(
        "电价每千瓦时0.42元。",
        "Power costs 4.2 yuan per kWh.",
        "(0.42 CNY/kilowatt hour)",
        id="kwh",
    ),
    pytest.param(
        "售价15美元/公斤。", "It sells for 150 dollars a kilogram.", "(15 USD/kilogram)", id="slash"
    ),
]


@pytest.mark.parametrize(("zh", "en", "described"), RATE_DESCRIPTIONS)
def test_rate_is_described_per_its_stated_unit(zh: str, en: str, described: str) -> None:
    findings = findings_of(zh, en)
    assert [f.type.value for f in findings] == ["magnitude"]
    assert described in findings[0].message
    assert "CNY/t)" not in findings[0].message.replace(described, "")
