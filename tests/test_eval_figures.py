"""Tests of the eval's own figure finder (`eval/figures.py`), which chooses the mutation sites.

Every text here is written by us for the phenomenon under test; none comes from the dev corpus or
the seeds. Each row says what the finder must read (surface, value, unit, qualifier, kind) and which
phenomenon label it must carry; the negative tables list text where it must read nothing, because a
mutation there would not be a translation error anyone could name.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from eval.figures import (
    Figure,
    align_figures,
    find_en_figures,
    find_zh_figures,
    parse_en_words,
    parse_zh_number,
)

D = Decimal

# (text, (surface, value, unit, approx, kind), a phenomenon the figure must carry)
ZH_CASES = [
    # Chinese numerals with no digit
    pytest.param(
        "共三百二十七人",
        ("三百二十七人", D(327), None, "exact", "count"),
        "zh_numeral",
        id="numeral-count",
    ),
    pytest.param(
        "花了两千六百五块钱",
        ("两千六百五块钱", D(2650), "CNY", "exact", "money"),
        "zh_numeral",
        id="abbreviated-kuai",
    ),
    pytest.param(
        "筹得六千万元",
        ("六千万元", D(60000000), "CNY", "exact", "money"),
        "zh_wan_yi",
        id="numeral-wan",
    ),
    pytest.param(
        "工资一万四",
        ("一万四", D(14000), None, "exact", "number"),
        "zh_numeral",
        id="abbreviated-wan",
    ),
    pytest.param(
        "种了三亿棵树",
        ("三亿棵", D(300000000), None, "exact", "count"),
        "zh_wan_yi",
        id="numeral-yi",
    ),
    pytest.param(
        "重二十三点六吨",
        ("二十三点六吨", D("23.6"), "t", "exact", "mass"),
        "zh_numeral",
        id="numeral-decimal",
    ),
    # digits and mixed forms
    pytest.param(
        "借了4万5000元",
        ("4万5000元", D(45000), "CNY", "exact", "money"),
        "zh_mixed",
        id="mixed-wan",
    ),
    pytest.param(
        "收入３，２００元",
        ("３，２００元", D(3200), "CNY", "exact", "money"),
        "zh_digits",
        id="fullwidth-separator",
    ),
    pytest.param(
        "出口１２亿美元",
        ("１２亿美元", D("1.2E9"), "USD", "exact", "money"),
        "money_other",
        id="fullwidth-yi-usd",
    ),
    pytest.param(
        "来了3，其中2人",
        ("3", D(3), None, "exact", "number"),
        "zh_digits",
        id="comma-is-punctuation",
    ),
    # money
    pytest.param("一杯卖35块", ("35块", D(35), "CNY", "exact", "money"), "money_kuai", id="kuai"),
    pytest.param("找了八毛", ("八毛", D("0.8"), "CNY", "exact", "money"), "money_kuai", id="mao"),
    pytest.param(
        "罚款500欧元", ("500欧元", D(500), "EUR", "exact", "money"), "money_other", id="euro"
    ),
    pytest.param("售价90港元", ("90港元", D(90), "HKD", "exact", "money"), "money_other", id="hkd"),
    pytest.param(
        "约合3000日元",
        ("约合3000日元", D(3000), "JPY", "about", "money"),
        "money_other",
        id="yen-hedged",
    ),
    pytest.param(
        "付了20英镑", ("20英镑", D(20), "GBP", "exact", "money"), "money_other", id="pound"
    ),
    pytest.param(
        "花8000新台币", ("8000新台币", D(8000), "TWD", "exact", "money"), "money_other", id="twd"
    ),
    # lengths, areas, volumes, temperatures
    pytest.param("全长12公里", ("12公里", D(12), "km", "exact", "length"), "length", id="km"),
    pytest.param("宽3.5米", ("3.5米", D("3.5"), "m", "exact", "length"), "length", id="metre"),
    pytest.param(
        "占地40万平方米",
        ("40万平方米", D(400000), "m2", "exact", "area"),
        "area",
        id="square-metre",
    ),
    pytest.param("林地800公顷", ("800公顷", D(800), "ha", "exact", "area"), "area", id="hectare"),
    pytest.param("稻田二百亩", ("二百亩", D(200), "mu", "exact", "area"), "area", id="mu"),
    pytest.param("储水6升", ("6升", D(6), "L", "exact", "volume"), "volume", id="litre"),
    pytest.param(
        "用水9万立方米",
        ("9万立方米", D(90000), "m3", "exact", "volume"),
        "volume",
        id="cubic-metre",
    ),
    pytest.param(
        "气温31℃", ("31℃", D(31), "degC", "exact", "temperature"), "temperature", id="celsius-sign"
    ),
    pytest.param(
        "高达38摄氏度",
        ("38摄氏度", D(38), "degC", "exact", "temperature"),
        "temperature",
        id="celsius-word",
    ),
    # hedges and ranges
    pytest.param("来了520多家", ("520多家", D(520), None, "over", "count"), "hedge", id="duo"),
    pytest.param(
        "运走2万余吨", ("2万余吨", D(20000), "t", "over", "mass"), "hedge", id="yu-after-wan"
    ),
    pytest.param("用了近90%", ("近90%", D(90), "%", "under", "percent"), "hedge", id="jin"),
    pytest.param("约60名学生", ("约60名", D(60), None, "about", "count"), "hedge", id="yue"),
    pytest.param("超过40架飞机", ("超过40架", D(40), None, "over", "count"), "hedge", id="chaoguo"),
    pytest.param(
        "1000人以上", ("1000人以上", D(1000), None, "over", "count"), "hedge", id="yishang"
    ),
    pytest.param("不到20公斤", ("不到20公斤", D(20), "kg", "under", "mass"), "hedge", id="budao"),
    pytest.param("月入上万", ("上万", D(10000), None, "over", "number"), "hedge", id="shangwan"),
    pytest.param(
        "需要3至5年", ("3至5年", D(3), "year", "range", "duration"), "range", id="range-zhi"
    ),
    pytest.param(
        "产量3～5万吨", ("3～5万吨", D(30000), "t", "range", "mass"), "range", id="range-wan-shared"
    ),
    # percents and multipliers
    pytest.param(
        "占百分之四十", ("百分之四十", D(40), "%", "exact", "percent"), "percent", id="baifenzhi"
    ),
    pytest.param(
        "上升2个百分点", ("2个百分点", D(2), "pp", "exact", "percent"), "percent", id="points"
    ),
    pytest.param(
        "增长了3倍", ("3倍", D(3), "times", "exact", "multiplier"), "multiplier", id="bei"
    ),
    pytest.param(
        "收入翻一番", ("翻一番", D(2), "times", "exact", "multiplier"), "multiplier", id="fanyifan"
    ),
    # ages, durations, ordinals
    pytest.param("今年41岁", ("41岁", D(41), "age", "exact", "age"), "age", id="age"),
    pytest.param(
        "干了15年", ("15年", D(15), "year", "exact", "duration"), "duration", id="years-duration"
    ),
    pytest.param(
        "用了3个月", ("3个月", D(3), "month", "exact", "duration"), "duration", id="months"
    ),
    pytest.param(
        "第十七条规定", ("第十七", D(17), None, "exact", "ordinal"), "ordinal", id="ordinal-numeral"
    ),
    pytest.param(
        "第23届", ("第23", D(23), None, "exact", "ordinal"), "ordinal", id="ordinal-digits"
    ),
]

# (text, surface, parts as (name, value) pairs, kind)
ZH_DATE_CASES = [
    pytest.param(
        "2018年3月9日开工",
        "2018年3月9日",
        (("year", 2018), ("month", 3), ("day", 9)),
        "date",
        id="full-date",
    ),
    pytest.param("11月开工", "11月", (("month", 11),), "date", id="month"),
    pytest.param("于14日开工", "14日", (("day", 14),), "date", id="day"),
    pytest.param("3 月15 日开工", "3 月15 日", (("month", 3), ("day", 15)), "date", id="spaces"),
    pytest.param("二〇〇八年建成", "二〇〇八年", (("year", 2008),), "year", id="numeral-year"),
    pytest.param("2016年建成", "2016年", (("year", 2016),), "year", id="year"),
    pytest.param("下午3点开会", "下午3点", (("hour", 15),), "clock", id="afternoon"),
    pytest.param(
        "晚上八点半到", "晚上八点半", (("hour", 20), ("minute", 30)), "clock", id="numeral-half"
    ),
    pytest.param("于14时20分", "14时20分", (("hour", 14), ("minute", 20)), "clock", id="shi-fen"),
    pytest.param("定于07:45出发", "07:45", (("hour", 7), ("minute", 45)), "clock", id="colon"),
]

# Chinese text in which the finder must read no figure.
ZH_NEGATIVE_CASES = [
    pytest.param("一些村民来了", id="yixie"),
    pytest.param("他第一次来", id="diyici"),
    pytest.param("第二天就走了", id="dierian"),
    pytest.param("他们千方百计找水", id="idiom-qianfang"),
    pytest.param("忙得乱七八糟", id="idiom-luanqi"),
    pytest.param("十四五规划", id="plan-name"),
    pytest.param("五四青年节", id="name-wusi"),
    pytest.param("三峡大坝", id="name-sanxia"),
    pytest.param("吃了一块蛋糕", id="kuai-is-a-piece"),
    pytest.param("提了三点建议", id="points-not-clock"),
    pytest.param("几百万元", id="vague-ji"),
    pytest.param("数千人", id="vague-shu"),
    pytest.param("七八十人", id="vague-adjacent"),
    pytest.param("他一直在家", id="yizhi"),
    pytest.param("千万不要去", id="qianwan-adverb"),
    pytest.param("型号为J20A", id="code"),
]

EN_CASES = [
    pytest.param(
        "paid 327 yuan", ("327 yuan", D(327), "CNY", "exact", "money"), "money_yuan", id="yuan"
    ),
    pytest.param(
        "spent $4.5 million",
        ("$4.5 million", D(4500000), "USD", "exact", "money"),
        "en_scale",
        id="dollar-scale",
    ),
    pytest.param(
        "cost 30 euros", ("30 euros", D(30), "EUR", "exact", "money"), "money_other", id="euro"
    ),
    pytest.param(
        "worth HK$90", ("HK$90", D(90), "HKD", "exact", "money"), "money_other", id="hk-dollar"
    ),
    pytest.param(
        "about RMB 8,000",
        ("about RMB 8,000", D(8000), "CNY", "about", "money"),
        "hedge",
        id="rmb-hedged",
    ),
    pytest.param(
        "sixty-three people",
        ("sixty-three", D(63), None, "exact", "number"),
        "en_words",
        id="hyphen-words",
    ),
    pytest.param(
        "three hundred and five cases",
        ("three hundred and five", D(305), None, "exact", "number"),
        "en_words",
        id="hundred-and",
    ),
    pytest.param(
        "a million trees",
        ("a million", D(1000000), None, "exact", "number"),
        "en_scale",
        id="a-million",
    ),
    pytest.param(
        "twelve kilometres long",
        ("twelve kilometres", D(12), "km", "exact", "length"),
        "length",
        id="km-words",
    ),
    pytest.param(
        "walked 5 miles", ("5 miles", D(5), "mi", "exact", "length"), "length", id="miles"
    ),
    pytest.param("rose 40 feet", ("40 feet", D(40), "ft", "exact", "length"), "length", id="feet"),
    pytest.param(
        "covers 800 hectares",
        ("800 hectares", D(800), "ha", "exact", "area"),
        "area",
        id="hectares",
    ),
    pytest.param(
        "about 20 acres", ("about 20 acres", D(20), "acre", "about", "area"), "area", id="acres"
    ),
    pytest.param(
        "some 450 square metres",
        ("some 450 square metres", D(450), "m2", "about", "area"),
        "area",
        id="square-metres",
    ),
    pytest.param(
        "holds 6 litres", ("6 litres", D(6), "L", "exact", "volume"), "volume", id="litres"
    ),
    pytest.param(
        "hit 31°C",
        ("31°C", D(31), "degC", "exact", "temperature"),
        "temperature",
        id="celsius-sign",
    ),
    pytest.param(
        "at 88 degrees Fahrenheit",
        ("88 degrees Fahrenheit", D(88), "degF", "exact", "temperature"),
        "temperature",
        id="fahrenheit",
    ),
    pytest.param(
        "more than 520 firms",
        ("more than 520", D(520), None, "over", "number"),
        "hedge",
        id="more-than",
    ),
    pytest.param(
        "Nearly 90% of them", ("Nearly 90%", D(90), "%", "under", "percent"), "hedge", id="nearly"
    ),
    pytest.param(
        "up 2 percentage points",
        ("2 percentage points", D(2), "pp", "exact", "percent"),
        "percent",
        id="points",
    ),
    pytest.param(
        "takes 3 to 5 years",
        ("3 to 5 years", D(3), "year", "range", "duration"),
        "range",
        id="range-to",
    ),
    pytest.param(
        "between 10 and 20 percent",
        ("10 and 20 percent", D(10), "%", "range", "percent"),
        "range",
        id="range-between",
    ),
    pytest.param(
        "a 41-year-old farmer",
        ("41-year-old", D(41), "age", "exact", "age"),
        "age",
        id="age-hyphen",
    ),
    pytest.param(
        "grew eight times",
        ("eight times", D(8), "times", "exact", "multiplier"),
        "multiplier",
        id="times",
    ),
    pytest.param(
        "sales doubled",
        ("doubled", D(2), "times", "exact", "multiplier"),
        "multiplier",
        id="doubled",
    ),
    pytest.param(
        "the 23rd congress",
        ("23rd", D(23), None, "exact", "ordinal"),
        "ordinal",
        id="ordinal-digits",
    ),
    pytest.param(
        "the seventeenth article",
        ("seventeenth", D(17), None, "exact", "ordinal"),
        "ordinal",
        id="ordinal-word",
    ),
]

EN_DATE_CASES = [
    pytest.param(
        "on March 9, 2018",
        "March 9, 2018",
        (("year", 2018), ("month", 3), ("day", 9)),
        "date",
        id="mdy",
    ),
    pytest.param("on 9 March", "9 March", (("month", 3), ("day", 9)), "date", id="dm"),
    pytest.param(
        "since November 2016",
        "November 2016",
        (("year", 2016), ("month", 11)),
        "date",
        id="month-year",
    ),
    pytest.param("opened on the 14th", "the 14th", (("day", 14),), "date", id="on-the-nth"),
    pytest.param("built in 2016", "2016", (), "year", id="year"),
    pytest.param("at 3 p.m.", "3 p.m.", (("hour", 15),), "clock", id="pm"),
    pytest.param(
        "at 8:30 p.m.", "8:30 p.m.", (("hour", 20), ("minute", 30)), "clock", id="colon-pm"
    ),
    pytest.param("at 14:20", "14:20", (("hour", 14), ("minute", 20)), "clock", id="24h"),
]

EN_NEGATIVE_CASES = [
    pytest.param("one of the best", id="one"),
    pytest.param("He may go", id="may-the-verb"),
    pytest.param("the first time", id="first"),
    pytest.param("in the 1980s", id="decade"),
    pytest.param("a 5G network", id="glued-letter"),
    pytest.param("dozens of houses", id="dozens"),
    pytest.param("open 24/7", id="slash"),
]


def _projection(text: str, figure: Figure) -> tuple[object, ...]:
    return (text[figure.start : figure.end], figure.value, figure.unit, figure.approx, figure.kind)


@pytest.mark.parametrize(("text", "expected", "label"), ZH_CASES)
def test_zh_finder_reads_the_figure(text: str, expected: tuple[object, ...], label: str) -> None:
    figures = find_zh_figures(text)
    assert [_projection(text, f) for f in figures][:1] == [expected]


@pytest.mark.parametrize(("text", "expected", "label"), ZH_CASES)
def test_zh_finder_labels_the_phenomenon(
    text: str, expected: tuple[object, ...], label: str
) -> None:
    assert label in find_zh_figures(text)[0].phenomena


@pytest.mark.parametrize(("text", "surface", "parts", "kind"), ZH_DATE_CASES)
def test_zh_finder_reads_dates_and_times_by_part(
    text: str, surface: str, parts: tuple[tuple[str, int], ...], kind: str
) -> None:
    (figure,) = find_zh_figures(text)
    read = tuple((p.name, int(p.value)) for p in figure.parts)
    assert (text[figure.start : figure.end], read, figure.kind) == (surface, parts, kind)


@pytest.mark.parametrize("text", ZH_NEGATIVE_CASES)
def test_zh_finder_reads_nothing(text: str) -> None:
    assert find_zh_figures(text) == []


@pytest.mark.parametrize(("text", "expected", "label"), EN_CASES)
def test_en_finder_reads_the_figure(text: str, expected: tuple[object, ...], label: str) -> None:
    figures = find_en_figures(text)
    assert [_projection(text, f) for f in figures][:1] == [expected]


@pytest.mark.parametrize(("text", "expected", "label"), EN_CASES)
def test_en_finder_labels_the_phenomenon(
    text: str, expected: tuple[object, ...], label: str
) -> None:
    assert label in find_en_figures(text)[0].phenomena


@pytest.mark.parametrize(("text", "surface", "parts", "kind"), EN_DATE_CASES)
def test_en_finder_reads_dates_and_times_by_part(
    text: str, surface: str, parts: tuple[tuple[str, int], ...], kind: str
) -> None:
    (figure,) = find_en_figures(text)
    read = tuple((p.name, int(p.value)) for p in figure.parts)
    assert (text[figure.start : figure.end], read, figure.kind) == (surface, parts, kind)


@pytest.mark.parametrize("text", EN_NEGATIVE_CASES)
def test_en_finder_reads_nothing(text: str) -> None:
    assert find_en_figures(text) == []


def test_en_finder_marks_a_number_after_a_name_as_a_name() -> None:
    (figure,) = find_en_figures("They flew a Boeing 737 there.")
    assert figure.kind == "name"


# --- the numeral readers ---------------------------------------------------------------------

ZH_NUMBER_CASES = [
    pytest.param("三百二十七", D(327), id="hundreds"),
    pytest.param("两千六百五", D(2650), id="abbreviated-tens"),
    pytest.param("八百八", D(880), id="abbreviated-hundreds"),
    pytest.param("千五", D(1500), id="bare-thousand"),
    pytest.param("一万四", D(14000), id="abbreviated-wan"),
    pytest.param("一千零五", D(1005), id="ling"),
    pytest.param("六万万", D(600000000), id="wan-wan"),
    pytest.param("三亿七千二百零五万零一十八", D(372050018), id="yi-wan"),
    pytest.param("三十二万亿", D("3.2E13"), id="wan-yi"),
    pytest.param("4万5000", D(45000), id="mixed"),
    pytest.param("12万3千", D(123000), id="mixed-thousand"),
    pytest.param("3422.7万", D(34227000), id="decimal-wan"),
    pytest.param("二〇二一", D(2021), id="year-digits"),
    pytest.param("二十三点六", D("23.6"), id="decimal"),
    pytest.param("三四百", None, id="vague"),
]
EN_WORD_CASES = [
    pytest.param("sixty-three", D(63), id="hyphen"),
    pytest.param("four hundred and twenty six", D(426), id="hundred-and"),
    pytest.param("three thousand four hundred", D(3400), id="thousand"),
    pytest.param("a million", D(1000000), id="a-million"),
    pytest.param("two billion", D(2000000000), id="billion"),
]


@pytest.mark.parametrize(("text", "expected"), ZH_NUMBER_CASES)
def test_parse_zh_number(text: str, expected: Decimal | None) -> None:
    assert parse_zh_number(text) == expected


@pytest.mark.parametrize(("text", "expected"), EN_WORD_CASES)
def test_parse_en_words(text: str, expected: Decimal) -> None:
    assert parse_en_words(text) == expected


# --- alignment ---------------------------------------------------------------------------------

# (zh, en, the aligned (zh surface, en surface) pairs)
ALIGN_CASES = [
    pytest.param("共三百二十七人", "All 327 came.", [("三百二十七人", "327")], id="numeral-digits"),
    pytest.param("两千人", "two thousand people", [("两千人", "two thousand")], id="numeral-words"),
    pytest.param(
        "借了6千万元", "borrowed 60 million yuan", [("6千万元", "60 million yuan")], id="money"
    ),
    pytest.param("7月9日开工", "Work began on July 9.", [("7月9日", "July 9")], id="date"),
    pytest.param(
        "9日开工", "Work began on July 9.", [("9日", "July 9")], id="day-against-full-date"
    ),
    pytest.param("下午3点开会", "They met at 3 p.m.", [("下午3点", "3 p.m.")], id="clock"),
    pytest.param("第十七条", "Article 17th", [("第十七", "17th")], id="ordinal"),
    pytest.param("长12公里", "It is 12 km long.", [("12公里", "12 km")], id="unit"),
    pytest.param("长12公里", "It is 12 miles long.", [], id="different-unit"),
    pytest.param("有12人，12辆车", "12 people and 12 cars", [], id="ambiguous"),
    pytest.param("第3名", "3 people", [], id="ordinal-against-count"),
    pytest.param("2016年", "2016 tons", [], id="year-against-mass"),
]


@pytest.mark.parametrize(("zh", "en", "expected"), ALIGN_CASES)
def test_align_figures(zh: str, en: str, expected: list[tuple[str, str]]) -> None:
    pairs = align_figures(find_zh_figures(zh), find_en_figures(en))
    assert [(zh[z.start : z.end], en[e.start : e.end]) for z, e in pairs] == expected
