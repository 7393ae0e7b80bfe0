"""Figures as product pages, shop text, business news and machine translation write them: the
forms a probe of those registers found misread or unread.

Cases written by us for each phenomenon (not copied from the seeds or any corpus): basis points,
ages in full years (周岁), working days, ranges of a span of time with the unit stated once, Latin
currency codes and signs before a Chinese figure, 约 fused with the verb before a figure.
"""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of, project
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Role
from tradefacts.pipeline import check

# fmt: off
# A basis point is a hundredth of a percentage point, as "basis points" reads in English.
ZH_BASIS_POINTS = [
    pytest.param("利率下调25个基点", (("25个基点", "percent", "0.25", "pp", "exact"),), id="ge-jidian"),
    pytest.param("上调50基点", (("50基点", "percent", "0.5", "pp", "exact"),), id="jidian-glued"),
    pytest.param("下调10個基點", (("10個基點", "percent", "0.1", "pp", "exact"),), id="traditional"),
]
# An age in full years: 周岁 is read as 岁 is, never as weeks.
ZH_FULL_YEARS = [
    pytest.param("年满16周岁", (("16周岁", "count", "16", None, "exact"),), id="age"),
    pytest.param("18至60周岁的居民", (("18至60周岁", "count", "18..60", None, "range"),), id="age-range"),
    pytest.param("三周岁以下", (("三周岁以下", "count", "3", None, "under"),), id="age-under"),
    pytest.param("休息3周再来", (("3周", "duration", "21", "day", "exact"),), id="weeks-stay-weeks"),
]
# Working days are days.
ZH_WORKING_DAYS = [
    pytest.param("7个工作日内退款", (("7个工作日内", "duration", "7", "day", "exact"),), id="ge-gongzuori"),
    pytest.param("需10工作日", (("10工作日", "duration", "10", "day", "exact"),), id="glued"),
    pytest.param("两到四个工作日", (("两到四个工作日", "duration", "2..4", "day", "range"),), id="range"),
]
# A span of time whose unit is stated once, after the second end: one range in that unit.
ZH_DURATION_RANGES = [
    pytest.param("潜伏期2至10天", (("2至10天", "duration", "2..10", "day", "range"),), id="zhi-days"),
    pytest.param("需要4到6年", (("4到6年", "duration", "4..6", "year", "range"),), id="dao-years"),
    pytest.param("保质期6-9个月", (("6-9个月", "duration", "6..9", "month", "range"),), id="hyphen-months"),
    pytest.param("约15～25分钟", (("约15～25分钟", "duration", "15..25", "minute", "range"),), id="hedged-minutes"),
    pytest.param("两至三个小时", (("两至三个小时", "duration", "2..3", "hour", "range"),), id="numerals-hours"),
    pytest.param("8至12周内", (("8至12周内", "duration", "56..84", "day", "range"),), id="weeks-inside"),
]
ZH_DURATION_RANGES_NOT = [
    # Four-digit ends are calendar years, a decade is no span, months alone name months.
    pytest.param("2016至2020年", (("2016", "year", "2016", None, "exact"), ("2020年", "year", "2020", None, "exact")), id="years"),
    pytest.param("5-7月", (("5", "date", "--05", None, "exact"), ("7月", "date", "--07", None, "exact")), id="months-of-a-year"),
    pytest.param("3至5小时候", (("3", "number", "3", None, "exact"), ("5", "number", "5", None, "exact")), id="xiaoshihou"),
]
# A currency written before the figure in Latin letters or a sign, as business and web text do.
ZH_LATIN_CURRENCY_PREFIXES = [
    pytest.param("融资RMB1.2亿", (("RMB1.2亿", "money", "120000000", "CNY", "exact"),), id="rmb-yi"),
    pytest.param("售价RMB 299", (("RMB 299", "money", "299", "CNY", "exact"),), id="rmb-space"),
    pytest.param("估值US$5000万", (("US$5000万", "money", "50000000", "USD", "exact"),), id="us-dollar-sign"),
    pytest.param("门票HK$300", (("HK$300", "money", "300", "HKD", "exact"),), id="hk-dollar-not-us"),
    pytest.param("定价€20", (("€20", "money", "20", "EUR", "exact"),), id="euro-sign"),
    pytest.param("每股£5", (("£5", "money", "5", "GBP", "exact"),), id="pound-sign"),
]
# 约 fused with the verb before the figure hedges it as 约 does.
ZH_FUSED_ABOUT = [
    pytest.param("约有三分之一", (("约有三分之一", "percent", "33.33333333333333333333333333", "%", "about"),), id="yue-you"),
    pytest.param("约需40分钟", (("约需40分钟", "duration", "40", "minute", "about"),), id="yue-xu"),
    pytest.param("约占12%", (("约占12%", "percent", "12", "%", "about"),), id="yue-zhan"),
    pytest.param("每5个人中约有2个", (("5个人中约有2个", "percent", "40", "%", "about"),), id="share-keeps-its-hedge"),
    pytest.param("节约有12元", (("12元", "money", "12", "CNY", "exact"),), id="jieyue-no-hedge"),
]
# A figure after a Latin name with a capital letter names a model or a version, as in English:
# the figure with the role code; amounts after such a name keep their own reading.
ZH_MODEL_NAMES = [
    pytest.param("新款Galaxy 24上市", ("24", "number", "24", None, "exact"), Role.CODE, id="galaxy"),
    pytest.param("升级到Windows 11系统", ("11", "number", "11", None, "exact"), Role.CODE, id="windows-before-han"),
    pytest.param("GDP 3%", ("3%", "percent", "3", "%", "exact"), None, id="percent-is-no-model"),
    pytest.param("iPad 9元", ("9元", "money", "9", "CNY", "exact"), None, id="price-is-no-model"),
    pytest.param("增长 7", ("7", "number", "7", None, "exact"), None, id="no-latin-name"),
    pytest.param("PM 2.5", ("2.5", "number", "2.5", None, "exact"), Role.CODE, id="decimal-is-a-version"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "role"), ZH_MODEL_NAMES)
def test_zh_model_names_are_codes(text: str, expected: Row, role: Role | None) -> None:
    claims = extract_text(text, LANGS["zh"])
    assert [(project(c), c.role) for c in claims] == [(expected, role)]


@pytest.mark.parametrize(
    ("text", "expected"),
    ZH_BASIS_POINTS + ZH_FULL_YEARS + ZH_WORKING_DAYS + ZH_DURATION_RANGES + ZH_DURATION_RANGES_NOT,
)
def test_zh_units_of_registers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_LATIN_CURRENCY_PREFIXES + ZH_FUSED_ABOUT)
def test_zh_prefixes_of_registers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


# fmt: off
# A watt glued to the figure is power, as 65W is on the Chinese side; not the W of an oil grade.
EN_GLUED_WATTS = [
    pytest.param("a 65W charger", (("65W", "quantity", "65", "W", "exact"),), id="charger"),
    pytest.param("supports 120W fast charging.", (("120W", "quantity", "120", "W", "exact"),), id="fast-charging"),
    pytest.param("use 5W-30 oil", (("5W", "number", "5", None, "exact"),), id="oil-grade-is-a-code"),
]
# The abbreviation of "approximately" hedges as the word does.
EN_APPROX = [
    pytest.param("Weight: approx. 2.5 kg", (("approx. 2.5 kg", "mass", "0.0025", "t", "about"),), id="approx-dot"),
    pytest.param("Approx 45 minutes", (("Approx 45 minutes", "duration", "45", "minute", "about"),), id="approx-capital"),
]
# A month in a holiday's name is no date.
EN_MONTH_HOLIDAYS = [
    pytest.param("During the May Day holiday", (), id="may-day"),
    pytest.param("During May, prices rose", (("May", "date", "--05", None, "exact"),), id="during-may"),
]
# A fraction as the size of a change after "by" is a share.
EN_SHARE_BY = [
    pytest.param("Prices fell by a quarter.", (("a quarter", "percent", "25", "%", "exact"),), id="by-a-quarter"),
    pytest.param("cut by one quarter in 2020", (("one quarter", "percent", "25", "%", "exact"), ("2020", "year", "2020", None, "exact")), id="by-one-quarter-then-in"),
    pytest.param("up by nearly a third from", (("nearly a third", "percent", "33.33333333333333333333333333", "%", "nearly"),), id="by-nearly-a-third"),
    pytest.param("Costs fell by half.", (("half", "percent", "50", "%", "exact"),), id="by-half"),
]
# "or" joins the ends of an approximate range with its unit, as "to" does (两三天 "two or three days").
EN_OR_RANGES = [
    pytest.param("wait two or three days", (("two or three days", "duration", "2..3", "day", "range"),), id="words-days"),
    pytest.param("ships in 4 or 5 weeks", (("4 or 5 weeks", "duration", "28..35", "day", "range"),), id="digits-weeks"),
    pytest.param("up 5 or 6 percent", (("5 or 6 percent", "percent", "5..6", "%", "range"),), id="percent"),
    pytest.param("lost two or three tons", (("two or three tons", "mass", "2..3", "t", "range"),), id="mass"),
]
EN_OR_RANGES_NOT = [
    pytest.param("in 2019 or 2020", (("2019", "year", "2019", None, "exact"), ("2020", "year", "2020", None, "exact")), id="two-years"),
    pytest.param("3 or more days", (("3 or more", "number", "3", None, "over"),), id="or-more-is-a-hedge-not-a-range"),
]
EN_SHARE_BY_NOT = [
    pytest.param("checked by a third party", (("third", "number", "3", None, "exact"),), id="third-party-is-a-rank"),
    pytest.param("lowered by a quarter point", (), id="quarter-point"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_GLUED_WATTS + EN_APPROX + EN_MONTH_HOLIDAYS)
def test_en_units_hedges_and_months_of_registers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_OR_RANGES + EN_OR_RANGES_NOT)
def test_en_ranges_joined_by_or(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SHARE_BY + EN_SHARE_BY_NOT)
def test_en_share_after_by(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


# Years before the common era, on both sides; unit symbols in capitals, as shop text writes them.
ERA_AND_CAPITALS = [
    pytest.param(
        "zh", "公元前221年，", (("公元前221年", "year", "-221", None, "exact"),), id="zh-bc-digits"
    ),
    pytest.param(
        "zh",
        "公元前二二一年",
        (("公元前二二一年", "year", "-221", None, "exact"),),
        id="zh-bc-numerals",
    ),
    pytest.param(
        "zh",
        "前221年",
        (("前221年", "duration", "221", "year", "exact"),),
        id="zh-the-last-years-stay-a-span",
    ),
    pytest.param("en", "in 221 BC, Qin", (("221 BC", "year", "-221", None, "exact"),), id="en-bc"),
    pytest.param(
        "en", "the year 221 BCE.", (("221 BCE", "year", "-221", None, "exact"),), id="en-bce"
    ),
    pytest.param(
        "en", "in 221 B.C., Qin", (("221 B.C.", "year", "-221", None, "exact"),), id="en-b-c"
    ),
    pytest.param(
        "en", "a 5 KM run", (("5 KM", "quantity", "5000", "m", "exact"),), id="en-km-capitals"
    ),
    pytest.param(
        "zh",
        "2022-2023赛季",
        (("2022", "year", "2022", None, "exact"), ("2023", "year", "2023", None, "exact")),
        id="zh-season-span",
    ),
    pytest.param(
        "zh",
        "2019/20财年",
        (("2019", "year", "2019", None, "exact"), ("20", "year", "2020", None, "exact")),
        id="zh-fiscal-year-short-end",
    ),
    pytest.param(
        "zh",
        "超过1/3的人",
        (("超过1/3", "percent", "33.33333333333333333333333333", "%", "over"),),
        id="zh-slash-fraction",
    ),
    pytest.param(
        "zh",
        "7/24小时",
        (("24小时", "duration", "24", "hour", "exact"),),
        id="zh-slash-not-a-fraction-before-digits",
    ),
    pytest.param("zh", "比例为3/2", (), id="zh-slash-above-one-no-share"),
    pytest.param(
        "en",
        "nearly 2/3 of the land",
        (("nearly 2/3", "percent", "66.66666666666666666666666667", "%", "nearly"),),
        id="en-slash-fraction-of",
    ),
    pytest.param("en", "on 3/4", (), id="en-slash-alone-may-be-a-date"),
    pytest.param(
        "en", "costs 5MM", (("5MM", "number", "5000000", None, "exact"),), id="en-mm-stays-million"
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ERA_AND_CAPITALS)
def test_era_and_unit_capitals(lang: str, text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, lang) == expected


# A telephone number written in groups is one code on both sides, not several figures.
PHONES = [
    pytest.param("en", "call 010-6536 8888 now", "010-6536 8888", id="en-trunk-zero"),
    pytest.param("en", "call +86 10 6536 8888.", "+86 10 6536 8888", id="en-country-code"),
    pytest.param("en", "call (010) 6536-8888.", "(010) 6536-8888", id="en-bracketed-area"),
    pytest.param("zh", "请拨打+86 10 6536 8888", "+86 10 6536 8888", id="zh-country-code"),
    pytest.param("zh", "拨打（010）65368888咨询", "（010）65368888", id="zh-fullwidth-brackets"),
]


@pytest.mark.parametrize(("lang", "text", "phone"), PHONES)
def test_a_phone_number_is_one_code(lang: str, text: str, phone: str) -> None:
    claims = extract_text(text, LANGS[lang])
    assert [(c.text, c.role) for c in claims] == [(phone, Role.CODE)]


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "up (5%) on 2019"), ("zh", "增长(5%)"), ("en", "(about 500 people)")]
)
def test_a_bracket_before_a_figure_opens_no_phone(lang: str, text: str) -> None:
    assert all(c.role is None for c in extract_text(text, LANGS[lang]))


# "first" and "second" are ranks only where a placing names them.
PLACES = [
    pytest.param("She finished second in Rome.", ("second", "2"), id="finished-second"),
    pytest.param("He took first place.", ("first", "1"), id="first-place"),
    pytest.param("They came in second.", ("second", "2"), id="came-in-second"),
    # Not a placing but a quarter of the year, read as its rank (test_en_ordinals.py).
    pytest.param("finished second quarter results", ("second quarter", "2"), id="second-quarter"),
]
NOT_PLACES = [
    pytest.param("for the second time", id="second-time"),
    pytest.param("in the second half", id="second-half"),
    pytest.param("wait a second", id="a-second"),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_placing_is_a_rank(text: str, expected: tuple[str, str]) -> None:
    claims = extract_text(text, LANGS["en"])
    assert [(c.text, str(c.value), c.role) for c in claims] == [(*expected, Role.ORDINAL)]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_first_and_second_elsewhere_are_no_rank(text: str) -> None:
    assert extract_text(text, LANGS["en"]) == ()


# A figure inside the title of a work (《》) names the work: role name, whatever its kind.
TITLES = [
    pytest.param("话剧《十四天》已完成", "十四天", id="play-title-span"),
    pytest.param("电影《1917》上映", "1917", id="film-title-number"),
    pytest.param("导演过《十月围城》", "十月", id="film-title-month"),
]


@pytest.mark.parametrize(("text", "figure"), TITLES)
def test_a_figure_in_a_title_names_the_work(text: str, figure: str) -> None:
    claims = extract_text(text, LANGS["zh"])
    assert [(c.text, c.role) for c in claims] == [(figure, Role.NAME)]


def test_a_figure_outside_a_title_keeps_its_reading() -> None:
    claims = extract_text("电影《流浪地球2》票房40亿元", LANGS["zh"])
    assert [(c.text, c.role) for c in claims] == [("2", Role.NAME), ("40亿元", None)]


# 期 after 年 is a period or a term, not a label: 2020年期间 is the year, 3年期 a span of years.
YEAR_PERIODS = [
    pytest.param("2020年期间", (("2020年", "year", "2020", None, "exact"),), id="during-the-year"),
    pytest.param("3年期贷款", (("3年", "duration", "3", "year", "exact"),), id="three-year-term"),
    pytest.param("十年期国债", (("十年", "duration", "10", "year", "exact"),), id="ten-year-bond"),
    pytest.param(
        "80年代", (("80年代", "year", "1980..1989", None, "range"),), id="decade-unchanged"
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_PERIODS)
def test_a_period_after_a_year(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


# fmt: off
# Statistics, machine translation and plans: rates per thousand (‰, "per thousand"), the
# transliterated 万 of machine translation ("12 wan yuan"), a five-year plan named by its rank.
ZH_STATISTICS = [
    pytest.param("出生率为7.52‰。", (("7.52‰", "percent", "0.752", "%", "exact"),), id="permille-sign"),
    pytest.param("出生率为7.52%。", (("7.52%", "percent", "7.52", "%", "exact"),), id="percent-unchanged"),
    pytest.param("第十四个五年规划", (("第十四个五年", "number", "14", None, "exact"),), id="plan-rank"),
    pytest.param("第13個五年計劃", (("第13個五年", "number", "13", None, "exact"),), id="plan-rank-traditional"),
    # Without a plan word, the rank and the span stay two figures.
    pytest.param("第三个五年的时间", (("第三", "number", "3", None, "exact"), ("五年", "duration", "5", "year", "exact")), id="rank-and-span-without-plan"),
    # The base of a rate: a bare magnitude after 每 before whom it counts.
    pytest.param("每千人拥有医生3人", (("千", "number", "1000", None, "exact"), ("3人", "count", "3", None, "exact")), id="per-thousand-people"),
    pytest.param("每万人口", (("万", "number", "10000", None, "exact"),), id="per-ten-thousand-population"),
    pytest.param("每百户家庭", (("百", "number", "100", None, "exact"),), id="per-hundred-households"),
    pytest.param("每千克10元", (("10元", "money", "10000", "CNY/t", "exact"),), id="kilo-prefix-is-no-base"),  # a rate per kilogram, no base of 1,000
    pytest.param("千人计划", (), id="no-per-no-base"),
    # A label's colon before a clock time opens it (营业时间：9:00), fullwidth or not.
    pytest.param("营业时间：9:00-21:00", (("9:00", "time", "09:00", None, "exact"), ("21:00", "time", "21:00", None, "exact")), id="label-colon-time"),
    pytest.param("时间:8:30", (("8:30", "time", "08:30", None, "exact"),), id="label-ascii-colon-time"),
    pytest.param("比例为1:2:30", (), id="colon-run-stays-unread"),
    # 度 right after a word of electricity is a kilowatt-hour; further on it stays a degree.
    pytest.param("年耗电量约800度", (("约800度", "quantity", "800", "kWh", "about"),), id="kwh-after-electricity"),
    pytest.param("每月用电200度", (("200度", "quantity", "200", "kWh", "exact"),), id="kwh-after-use"),
    pytest.param("用电高峰期气温达38度", (("达38度", "count", "38", None, "exact"),), id="heat-further-on-stays-a-degree"),
    pytest.param("气温30度", (("30度", "count", "30", None, "exact"),), id="degree-without-electricity"),
    # Words of a spec sheet between 时速 and the figure keep it a speed.
    pytest.param("最高时速可达250公里", (("时速可达250公里", "quantity", "250", "km/h", "exact"),), id="speed-can-reach"),
    pytest.param("设计时速为350公里", (("时速为350公里", "quantity", "350", "km/h", "exact"),), id="speed-design-is"),
    pytest.param("全长为5公里", (("5公里", "quantity", "5000", "m", "exact"),), id="distance-after-wei-unchanged"),
    # The distance a car's consumption is stated over.
    pytest.param("百公里油耗为5.6升", (("百公里", "quantity", "100000", "m", "exact"), ("5.6升", "quantity", "5.6", "L", "exact")), id="per-100-km-fuel"),
    pytest.param("每百公里耗电15度", (("百公里", "quantity", "100000", "m", "exact"), ("15度", "quantity", "15", "kWh", "exact")), id="per-100-km-electricity"),
    # Acceleration is timed to a speed (100 km/h, as "0-100 km/h" is read), not over a distance.
    pytest.param("百公里加速3.8秒", (("百公里", "quantity", "100", "km/h", "exact"), ("3.8秒", "duration", "3.8", "second", "exact")), id="acceleration-is-no-distance"),
    pytest.param("三百公里", (("三百公里", "quantity", "300000", "m", "exact"),), id="distance-unchanged"),
    # A battery's charge in words.
    pytest.param("电池容量4600毫安时", (("4600毫安时", "quantity", "4.6", "Ah", "exact"),), id="milliampere-hours-in-words"),
]
EN_STATISTICS = [
    pytest.param("a birth rate of 7.52 per thousand", (("7.52 per thousand", "percent", "0.752", "%", "exact"),), id="per-thousand"),
    pytest.param("7 per 1,000 people", (("7", "number", "7", None, "exact"), ("1,000", "number", "1000", None, "exact")), id="per-1000-digits-unchanged"),
    pytest.param("priced at 12 wan yuan", (("12 wan yuan", "money", "120000", "CNY", "exact"),), id="wan-yuan"),
    pytest.param("about 1.5 wan people", (("about 1.5 wan", "number", "15000", None, "about"),), id="wan-count"),
    # A capital Wan is a surname, not a scale.
    pytest.param("Wan Gang met 3 ministers", (("3", "number", "3", None, "exact"),), id="wan-surname"),
    pytest.param("the 14th Five-Year Plan", (("14th Five-Year Plan", "number", "14", None, "exact"),), id="plan-rank"),
    pytest.param("a five-year plan", (("five-year", "duration", "5", "year", "exact"),), id="plan-without-rank-is-a-span"),
    pytest.param("3 doctors for every thousand people", (("3", "number", "3", None, "exact"), ("thousand", "number", "1000", None, "exact")), id="every-thousand-people"),
    pytest.param("5.2 per hundred thousand population", (("5.2", "number", "5.2", None, "exact"), ("hundred thousand", "number", "100000", None, "exact")), id="per-hundred-thousand"),
    pytest.param("a thousand people", (("a thousand", "number", "1000", None, "exact"),), id="no-per-unchanged"),
    # The second end of a range of clock times with the half of the day on each end.
    pytest.param("Open 8am-5pm.", (("8am", "time", "08:00", None, "exact"), ("5pm", "time", "17:00", None, "exact")), id="am-pm-range"),
    pytest.param("8:00am-5:00pm", (("8:00am", "time", "08:00", None, "exact"), ("5:00pm", "time", "17:00", None, "exact")), id="am-pm-range-minutes"),
    pytest.param("8am–5pm", (("8am", "time", "08:00", None, "exact"), ("5pm", "time", "17:00", None, "exact")), id="am-pm-range-en-dash"),
    pytest.param("model X-5pm", (), id="letter-before-the-hyphen-is-no-range"),
    # A metre or litre glued to a figure of three digits or more is the unit; on one or two digits
    # or a decimal it may be a million, left unread.
    pytest.param("at an altitude of 3000m.", (("3000m", "quantity", "3000", "m", "exact"),), id="glued-metres"),
    pytest.param("a 3,000m climb", (("3,000m", "quantity", "3000", "m", "exact"),), id="glued-metres-grouped"),
    pytest.param("a capacity of 600L.", (("600L", "quantity", "600", "L", "exact"),), id="glued-litres"),
    # Before a noun of counted people the letter is a million (EN_HEADLINE_COUNT_NOUNS).
    pytest.param("5m people", (("5m", "number", "5000000", None, "exact"),), id="five-m-people-millions"),
    pytest.param("5.6L/100km", (("5.6L", "quantity", "5.6", "L", "exact"), ("100km", "quantity", "100000", "m", "exact")), id="decimal-litres"),
    pytest.param("1.5m tall", (), id="decimal-m-stays-unread"),
    pytest.param("raised $300m", (("$300m", "money", "300000000", "USD", "exact"),), id="money-m-is-million"),
    # Micrograms with the Greek letter mu, as with the micro sign.
    pytest.param("PM2.5 was 35 μg/m3", (("35 μg", "mass", "0.000000000035", "t", "exact"),), id="greek-mu-micrograms"),
    pytest.param("his 2nd five-year term", (("2nd", "number", "2", None, "exact"), ("five-year", "duration", "5", "year", "exact")), id="term-is-no-plan"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_STATISTICS)
def test_zh_statistics_and_plans(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_STATISTICS)
def test_en_statistics_transliterated_scales_and_plans(
    text: str, expected: tuple[Row, ...]
) -> None:
    assert claims_of(text, "en") == expected


# fmt: off
# A year of the Republic's era, as Taiwan dates: 民國110年 is 2021 (year 0 is 1911), alone or with
# its month and day.
ZH_ERA_YEARS = [
    pytest.param("民國110年的人口", (("民國110年", "year", "2021", None, "exact"),), id="minguo-digits"),
    pytest.param("民国九十九年", (("民国九十九年", "year", "2010", None, "exact"),), id="minguo-numerals-simplified"),
    pytest.param("自民國112年3月15日起", (("民國112年3月15日", "date", "2023-03-15", None, "exact"),), id="minguo-date"),
    pytest.param("民國105年6月", (("民國105年6月", "date", "2016-06", None, "exact"),), id="minguo-month"),
    # Without the era the year is a span of years, as before.
    pytest.param("已有110年", (("110年", "duration", "110", "year", "exact"),), id="no-era-stays-a-span"),
    pytest.param("公元2021年", (("2021年", "year", "2021", None, "exact"),), id="common-era-unchanged"),
]
# A span of days written with 日, as law and notices write it, is a duration in days; a day of the
# month stays a date, and a rank of a day stays a rank.
ZH_DAY_SPANS = [
    pytest.param("应在30日内答复", (("30日", "duration", "30", "day", "exact"),), id="within-days"),
    pytest.param("處以行政拘留十日", (("十日", "duration", "10", "day", "exact"),), id="detention-numerals"),
    pytest.param("为期3日的会议", (("3日", "duration", "3", "day", "exact"),), id="lasting"),
    pytest.param("连续5日上涨", (("5日", "duration", "5", "day", "exact"),), id="consecutive"),
    pytest.param("推出海岛4日游", (("4日", "duration", "4", "day", "exact"),), id="tour"),
    pytest.param("他于9日来到上海", (("9日", "date", "---09", None, "exact"),), id="dateline-day-before-laidao"),
    pytest.param("12日内蒙古迎来降雪", (("12日", "date", "---12", None, "exact"),), id="dateline-day-before-neimeng"),
    pytest.param("会议于18日举行", (("18日", "date", "---18", None, "exact"),), id="day-of-month"),
    pytest.param("6月30日内完成", (("6月30日", "date", "--06-30", None, "exact"),), id="month-day-stays-a-date"),
    pytest.param("第8日", (("第8", "number", "8", None, "exact"),), id="rank-of-a-day"),
    # A rank of seven numerals or more (an article of a code of law) is read whole.
    pytest.param("第一千一百六十五条", (("第一千一百六十五", "number", "1165", None, "exact"),), id="long-ordinal"),
]
# 摄氏 before a figure of degrees is a degree Celsius, as after it; 度 alone stays a measure word.
ZH_CELSIUS_BEFORE = [
    pytest.param("气温降至摄氏8度", (("摄氏8度", "quantity", "8", "degC", "exact"),), id="simplified"),
    pytest.param("氣溫跌至攝氏零下3度", (("攝氏零下3度", "quantity", "-3", "degC", "exact"),), id="traditional-below-zero"),
    pytest.param("高达摄氏30多度", (("摄氏30多度", "quantity", "30", "degC", "over"),), id="over"),
    pytest.param("气温30度", (("30度", "count", "30", None, "exact"),), id="degree-alone-unchanged"),
    pytest.param("介乎攝氏18至22度", (("攝氏18至22度", "quantity", "18..22", "degC", "range"),), id="range"),
]
# Episodes of a series are counted with 集, as "40 episodes" counts them; 第5集 stays a rank.
ZH_EPISODES = [
    pytest.param("全剧共三十六集", (("三十六集", "count", "36", None, "exact"),), id="numerals"),
    pytest.param("一共24集", (("24集", "count", "24", None, "exact"),), id="digits"),
    pytest.param("看到第5集", (("第5", "number", "5", None, "exact"),), id="rank-of-an-episode"),
]
# A share of tenths and a half: 两成半 = 25%, as 两吨半 = 2.5 t; not where 半 opens a word.
ZH_TENTHS_HALF = [
    pytest.param("约两成半的学生", (("约两成半", "percent", "25", "%", "about"),), id="liang-cheng-ban"),
    pytest.param("佔三成半。", (("三成半", "percent", "35", "%", "exact"),), id="traditional-before-full-stop"),
    pytest.param("三成半成品", (("三成", "percent", "30", "%", "exact"),), id="ban-opens-a-word"),
]
# A month name inside a name ("Long March 5", the rocket) opens no date (the name's figure is
# left unread, as a name's figure against no figure is silent).
EN_MONTH_IN_A_NAME = [
    pytest.param("the Long March 5 rocket", (), id="long-march"),
    pytest.param("on March 5 a rocket", (("March 5", "date", "--03-05", None, "exact"),), id="march-5-stays-a-date"),
    pytest.param("a long March 5 session", (("March 5", "date", "--03-05", None, "exact"),), id="lower-case-long-stays-a-date"),
]
# A subdivision in brackets after a ranked article or section is a rank too (第五条第二款, "Article
# 5(2)"), not a count left over; a bracketed figure elsewhere keeps its reading.
EN_RANK_SUBDIVISIONS = [
    pytest.param("under Article 7(3) of the law", (("Article 7", "number", "7", None, "exact"), ("3", "number", "3", None, "exact")), id="article"),
    pytest.param("cut by (4) points", (("4", "number", "4", None, "exact"),), id="bracket-alone"),
]
# A speed in Mach numbers: the figure after "Mach", as 2马赫 states it.
MACH = [
    pytest.param("战机最大速度为2马赫。", "Its top speed is Mach 2.", (), id="same"),
    pytest.param("导弹速度达5.5马赫。", "The missile reaches Mach 5.5.", (), id="decimal"),
    pytest.param("战机最大速度为2马赫。", "Its top speed is Mach 3.", ("value",), id="other-figure"),
]
# 元 alone in a text in traditional script (Hong Kong, Taiwan) is the local dollar: "dollars", HK$
# and NT$ render it. In simplified script it stays the yuan, and against a currency that is no
# dollar it stays a wrong currency.
LOCAL_DOLLARS = [
    pytest.param("該公司盈利3億元。", "The company made 300 million dollars.", (), id="traditional-dollars"),
    pytest.param("每月津貼4,000元。", "A monthly allowance of HK$4,000.", (), id="traditional-hk-dollars"),
    pytest.param("該計劃撥款兩億元。", "The scheme gets NT$200 million.", (), id="traditional-nt-dollars"),
    pytest.param("該公司盈利3億元。", "The company made 300 million yuan.", (), id="traditional-yuan"),
    pytest.param("該公司盈利3億元。", "The company made 30 million dollars.", ("magnitude",), id="traditional-wrong-magnitude"),
    pytest.param("该公司盈利3亿元。", "The company made 300 million dollars.", ("unit",), id="simplified-stays-yuan"),
    pytest.param("該公司盈利3億元。", "The company made 300 million euros.", ("unit",), id="traditional-euros-wrong"),
    pytest.param("該公司盈利人民幣3億元。", "The company made 300 million dollars.", ("unit",), id="traditional-renminbi-named"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_ERA_YEARS)
def test_zh_years_of_another_era(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_DAY_SPANS)
def test_zh_spans_of_days_written_with_ri(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_CELSIUS_BEFORE)
def test_zh_celsius_before_the_figure(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_TENTHS_HALF)
def test_zh_tenths_and_a_half(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_EPISODES)
def test_zh_episodes_are_counted(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_MONTH_IN_A_NAME)
def test_en_month_inside_a_name_opens_no_date(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_RANK_SUBDIVISIONS)
def test_en_subdivision_of_an_article_is_a_rank(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected
    roles = [c.role for c in extract_text(text, LANGS["en"])]
    assert roles == ([Role.ORDINAL, Role.ORDINAL] if len(expected) == 2 else [None])


def test_subdivision_of_an_article_is_no_addition() -> None:
    zh, en = "依照第九条第三款办理。", "As provided in Article 9(3)."
    assert check(zh, en) == []


@pytest.mark.parametrize(("zh", "en", "types"), MACH)
def test_mach_numbers(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("zh", "en", "types"), LOCAL_DOLLARS)
def test_yuan_alone_in_traditional_script_is_the_local_dollar(
    zh: str, en: str, types: tuple[str, ...]
) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# ---------------------------------------------------------------------------------------------
# Product launches, cars and EVs, apps and streaming: a chip's process node, an engine's torque,
# a car's acceleration from standstill, the capital M of web text, a distance in web thousands.

# fmt: off
TECH_CAR_WEB = [
    pytest.param("zh", "采用3纳米制程", (("3纳米", "quantity", "0.000000003", "m", "exact"),), id="zh-nanometre"),
    pytest.param("zh", "基于3nm工艺", (("3nm", "quantity", "0.000000003", "m", "exact"),), id="zh-nm-glued"),
    pytest.param("zh", "峰值扭矩400牛·米", (("400牛·米", "quantity", "400", "Nm", "exact"),), id="zh-newton-metre"),
    pytest.param("zh", "扭矩350N·m", (("350N·m", "quantity", "350", "Nm", "exact"),), id="zh-newton-metre-latin"),
    pytest.param("zh", "百公里加速3.9秒", (("百公里", "quantity", "100", "km/h", "exact"), ("3.9秒", "duration", "3.9", "second", "exact")), id="zh-hundred-km-acceleration"),
    pytest.param("zh", "零百加速2.1秒", (("零百", "quantity", "100", "km/h", "exact"), ("2.1秒", "duration", "2.1", "second", "exact")), id="zh-zero-hundred"),
    pytest.param("zh", "0-100km/h加速4秒", (("0-100km/h", "quantity", "100", "km/h", "exact"), ("4秒", "duration", "4", "second", "exact")), id="zh-zero-to-speed"),
    pytest.param("zh", "百公里油耗6升", (("百公里", "quantity", "100000", "m", "exact"), ("6升", "quantity", "6", "L", "exact")), id="zh-per-100-km-stays-distance"),
    pytest.param("zh", "车速10-100km/h", (("10-100km/h", "quantity", "10..100", "km/h", "range"),), id="zh-range-not-from-zero"),
    pytest.param("zh", "播放量1.2M。", (("1.2M", "number", "1200000", None, "exact"),), id="zh-views-million"),
    pytest.param("zh", "点赞数达1.2M。", (("达1.2M", "number", "1200000", None, "exact"),), id="zh-likes-reached-million"),
    pytest.param("zh", "播放量最高的视频是2M", (("2M", "number", "2", None, "exact"),), id="zh-m-far-from-count-word"),
    pytest.param("zh", "已有3M+粉丝", (("3M+", "number", "3000000", None, "over"),), id="zh-million-plus"),
    pytest.param("zh", "卡-52M名为", (("52M", "number", "52", None, "exact"),), id="zh-model-name-m"),
    pytest.param("zh", "安装包20M", (("20M", "number", "20", None, "exact"),), id="zh-megabytes-not-million"),
    pytest.param("zh", "跑了5k米", (("5k米", "quantity", "5000", "m", "exact"),), id="zh-web-thousand-metres"),
    pytest.param("zh", "满300减50", (("300", "money", "300", "CNY", "exact"), ("50", "money", "50", "CNY", "exact")), id="zh-spend-threshold"),
    pytest.param("zh", "每满300减40", (("300", "money", "300", "CNY", "exact"), ("40", "money", "40", "CNY", "exact")), id="zh-every-threshold"),
    pytest.param("zh", "满3件打9折", (("3件", "count", "3", None, "exact"), ("9折", "percent", "90", "%", "exact")), id="zh-threshold-of-items-stays-count"),
    pytest.param("zh", "满了300减", (("300", "number", "300", None, "exact"),), id="zh-no-threshold-without-cut-figure"),
    pytest.param("en", "a 3-nanometre chip", (("3-nanometre", "quantity", "0.000000003", "m", "exact"),), id="en-nanometre"),
    pytest.param("en", "3nm chips", (("3nm", "quantity", "0.000000003", "m", "exact"),), id="en-nm"),
    pytest.param("en", "400 Nm of torque", (("400 Nm", "quantity", "400", "Nm", "exact"),), id="en-newton-metre"),
    pytest.param("en", "from 0 to 100 km/h in 3.9 seconds", (("0 to 100 km/h", "quantity", "100", "km/h", "exact"), ("3.9 seconds", "duration", "3.9", "second", "exact")), id="en-zero-to-100"),
    pytest.param("en", "0-60 mph in 3 seconds", (("0-60 mph", "quantity", "96.56064", "km/h", "exact"), ("3 seconds", "duration", "3", "second", "exact")), id="en-zero-to-60-mph"),
    pytest.param("en", "speeds of 10 to 100 km/h", (("10 to 100 km/h", "quantity", "10..100", "km/h", "range"),), id="en-range-not-from-zero"),
    pytest.param("en", "0 to 100 km away", (("0 to 100 km", "quantity", "0..100000", "m", "range"),), id="en-distance-range-stays"),
    pytest.param("en", "sales topped 3 million", (("topped 3 million", "number", "3000000", None, "over"),), id="en-topped"),
]
# Correct translations pass; a slip in the figure is still the figure's finding.
TECH_CAR_WEB_PAIRS = [
    pytest.param("这款车百公里加速3.9秒。", "The car goes from 0 to 100 km/h in 3.9 seconds.", (), id="acceleration-range"),
    pytest.param("该车百公里加速仅3.3秒。", "The car hits 100 km/h in just 3.3 seconds.", (), id="acceleration-speed"),
    pytest.param("零百加速4.5秒。", "It accelerates from 0-100 km/h in 4.5 seconds.", (), id="zero-hundred"),
    pytest.param("这款车百公里加速3.9秒。", "The car goes from 0 to 100 km/h in 4.9 seconds.", ("value",), id="acceleration-slip"),
    pytest.param("峰值扭矩为400牛·米。", "Peak torque is 400 Nm.", (), id="torque"),
    pytest.param("峰值扭矩为400牛·米。", "Peak torque is 450 Nm.", ("value",), id="torque-slip"),
    pytest.param("该芯片采用3纳米制程。", "The chip uses a 3-nanometer process.", (), id="node"),
    pytest.param("该芯片采用3纳米制程。", "The chip uses a 3-centimeter process.", ("unit",), id="node-unit-slip"),
    pytest.param("该视频播放量1.2M。", "The video has 1.2M views.", (), id="views-m"),
    pytest.param("该视频播放量1.2M。", "The video has 12M views.", ("magnitude",), id="views-m-slip"),
    pytest.param("今天跑了5k米。", "Ran 5 km today.", (), id="five-k"),
    pytest.param("今天跑了5k米。", "Ran 50 km today.", ("magnitude",), id="five-k-slip"),
    pytest.param("满300减50。", "50 yuan off orders over 300 yuan.", (), id="threshold"),
    pytest.param("满300减50。", "50 yuan off orders over 500 yuan.", ("value",), id="threshold-slip"),
    pytest.param("全年销量突破300万辆。", "Annual sales topped 3 million vehicles.", (), id="topped"),
]
# fmt: on


# fmt: off
# Calendars and eras. 廿 and 卅 write twenty and thirty in one character (dates, ages); a day of the
# month in numeral characters is a day as 18日 is; a decade after its century is of that century.
ZH_CALENDAR_FIGURES = [
    pytest.param("展期至廿八日止", (("廿八日", "date", "---28", None, "exact"),), id="nian-day"),
    pytest.param("定于卅一日开幕", (("卅一日", "date", "---31", None, "exact"),), id="sa-day"),
    pytest.param("合同于二十六日签署", (("二十六日", "date", "---26", None, "exact"),), id="numerals-day"),
    pytest.param("活动在十二月廿四日举办", (("十二月廿四日", "date", "--12-24", None, "exact"),), id="month-and-nian-day"),
    pytest.param("她廿三岁那年", (("廿三岁", "count", "23", None, "exact"),), id="nian-age"),
    pytest.param("卅年来", (("卅年来", "duration", "30", "year", "exact"),), id="sa-years"),
    pytest.param("自廿二日起", (("廿二日", "date", "---22", None, "exact"),), id="nian-day-from"),
    pytest.param("前三十五日", (("三十五", "number", "35", None, "exact"),), id="no-day-35"),
    pytest.param("于五日举行", (), id="day-below-ten-unread"),
    pytest.param("19世纪70年代", (("19世纪70年代", "year", "1870..1879", None, "range"),), id="century-digits"),
    pytest.param("十八世纪六十年代", (("十八世纪六十年代", "year", "1760..1769", None, "range"),), id="century-numerals"),
    pytest.param("二十世纪九十年代", (("二十世纪九十年代", "year", "1990..1999", None, "range"),), id="twentieth"),
    pytest.param("21世紀10年代", (("21世紀10年代", "year", "2010..2019", None, "range"),), id="traditional"),
    pytest.param("他在70年代出生", (("70年代", "year", "1970..1979", None, "range"),), id="decade-alone-unchanged"),
    pytest.param("18世纪的建筑", (("18", "number", "18", None, "exact"),), id="century-alone-unchanged"),
]
# A decade named by a word after "the" is the interval of its years, as "the 1980s" is.
EN_DECADE_WORDS = [
    pytest.param("music of the seventies", (("seventies", "year", "1970..1979", None, "range"),), id="the"),
    pytest.param("in the early sixties", (("sixties", "year", "1960..1969", None, "range"),), id="early"),
    pytest.param("until the mid-fifties", (("fifties", "year", "1950..1959", None, "range"),), id="mid"),
    pytest.param("a woman in her forties", (), id="age-word-unread"),
    pytest.param("the Roaring Twenties", (), id="name"),
]
CALENDAR_PAIRS = [
    pytest.param("定于廿五日开幕。", "It opens on the 25th.", (), id="nian-25th"),
    pytest.param("定于廿五日开幕。", "It opens on the 15th.", ("value",), id="nian-wrong-day"),
    pytest.param("19世纪40年代，战争爆发。", "War broke out in the 1840s.", (), id="1840s"),
    pytest.param("19世纪40年代，战争爆发。", "War broke out in the 1940s.", ("value",), id="wrong-century"),
    pytest.param("八十年代的歌曲", "songs of the eighties", (), id="eighties"),
    pytest.param("八十年代的歌曲", "songs of the seventies", ("value",), id="wrong-decade-word"),
]
# fmt: on


# Market, earnings and macro-economic text.
# fmt: off
# A stock index named by how many shares it holds: its figure is a name (no omission when the
# translation writes the name without it), a level or an amount after the same words is a figure.
ZH_STOCK_INDEX_NAMES = [
    pytest.param("标普500指数收涨", (("500", Role.NAME),), id="sp-500"),
    pytest.param("日经225指数下跌1%", (("225", Role.NAME), ("1%", None)), id="nikkei-then-percent"),
    pytest.param("罗素2000指数走低", (("2000", Role.NAME),), id="four-digits"),
    pytest.param("滬深300指數", (("300", Role.NAME),), id="traditional"),
    pytest.param("标普500点", (("500", None),), id="not-a-level"),
    pytest.param("沪深300亿元", (("300亿元", None),), id="not-an-amount"),
    pytest.param("标普上涨500点", (("500", None),), id="not-apart"),
]
# One unit stated twice around 至 after a verb of change is the change and the level it reaches;
# without the verb, or in percents, a range.
ZH_CHANGE_TO_LEVEL = [
    pytest.param("余额增加120亿元至1.5万亿元", (("120亿元", "money", "12000000000", "CNY", "exact"), ("1.5万亿元", "money", "1500000000000", "CNY", "exact")), id="increase-by-to"),
    pytest.param("存款减少3亿元至50亿元", (("3亿元", "money", "300000000", "CNY", "exact"), ("50亿元", "money", "5000000000", "CNY", "exact")), id="decrease-by-to"),
    pytest.param("净利润降 2亿元至8亿元", (("2亿元", "money", "200000000", "CNY", "exact"), ("8亿元", "money", "800000000", "CNY", "exact")), id="one-character-verb-space"),
    pytest.param("预计为3亿元至5亿元", (("3亿元至5亿元", "money", "300000000..500000000", "CNY", "range"),), id="range-without-verb"),
    pytest.param("预计增长3%至5%", (("3%至5%", "percent", "3..5", "%", "range"),), id="percent-range-after-verb"),
    pytest.param("每吨上涨100元至200元不等", (("100元至200元", "money", "100..200", "CNY/t", "range"),), id="ends-that-vary-per-ton"),
    pytest.param("利润增加3至5亿元", (("3至5亿元", "money", "300000000..500000000", "CNY", "range"),), id="unit-once-is-a-range"),
]
# A valuation ratio in 倍 is the ratio itself, a bare figure; 倍 elsewhere stays a multiplier.
ZH_VALUATION_RATIO = [
    pytest.param("该股市盈率为15倍", (("15倍", "number", "15", None, "exact"),), id="pe"),
    pytest.param("市净率约1.2倍", (("约1.2倍", "number", "1.2", None, "about"),), id="pb-hedged"),
    pytest.param("本益比20倍", (("20倍", "number", "20", None, "exact"),), id="taiwan-pe"),
    pytest.param("销量增长了3倍", (("3倍", "multiplier", "3", None, "exact"),), id="multiplier-elsewhere"),
    pytest.param("市盈率下降，营收增长2倍", (("2倍", "multiplier", "2", None, "exact"),), id="not-past-a-comma"),
]
# Hong Kong's 首三季 is the first three quarters, a span, as 前三季度 is; 三季度 alone is Q3.
ZH_HK_QUARTER_SPANS = [
    pytest.param("首三季收入上升", (("三季", "duration", "9", "month", "exact"),), id="shou-san-ji"),
    pytest.param("首兩季度盈利", (("兩季度", "duration", "6", "month", "exact"),), id="with-jidu"),
    pytest.param("今年三季度收入", (("三季度", "number", "3", None, "exact"),), id="q3-stays-a-rank"),
    pytest.param("首三季报出炉", (), id="report-is-a-word"),
    pytest.param("四季如春", (), id="seasons"),
]
# Markets' shorthand for a basis point, in lower case only.
EN_BASIS_POINT_SHORTHAND = [
    pytest.param("a 25bp cut", (("25bp", "percent", "0.25", "pp", "exact"),), id="glued"),
    pytest.param("down 12 bp.", (("12 bp", "percent", "0.12", "pp", "exact"),), id="spaced"),
    pytest.param("rose 5 BP", (("5", "number", "5", None, "exact"),), id="capitals-are-no-unit"),
]
# Pairs of market text: the finding types the check reports.
MARKET_PAIRS = [
    pytest.param("标普500指数上涨1%。", "The S&P 500 rose 1%.", (), id="index-name"),
    pytest.param("金价涨至每盎司1900美元。", "Gold rose to $1,900 an ounce.", (), id="per-ounce"),
    pytest.param("金价涨至每盎司1900美元。", "Gold rose to $1,900 a gram.", ("unit",), id="per-gram-is-a-unit-slip"),
    pytest.param("市值突破2万亿元。", "Its market value topped 2 trillion yuan.", (), id="topped-is-over"),
    pytest.param("市值突破2万亿元。", "Its market value was 2 trillion yuan.", ("qualifier",), id="bound-dropped"),
    pytest.param("该股市盈率为18倍。", "The shares trade at a price-to-earnings ratio of 18.", (), id="pe-of"),
    pytest.param("该股市盈率为18倍。", "The shares trade at 18 times earnings.", (), id="pe-times"),
    pytest.param("该股市盈率为18倍。", "The shares trade at a price-to-earnings ratio of 81.", ("value",), id="pe-slip"),
    pytest.param("贷款增加300亿元至2万亿元。", "Loans rose by 30 billion yuan to 2 trillion yuan.", (), id="change-to-level"),
    pytest.param("贷款增加300亿元至2万亿元。", "Loans rose by 3 billion yuan to 2 trillion yuan.", ("magnitude",), id="change-slip"),
    pytest.param("集团首三季收入为80亿港元。", "Revenue for the first three quarters was HK$8 billion.", (), id="hk-first-three-quarters"),
    pytest.param("集团首三季收入为80亿港元。", "Revenue for the first two quarters was HK$8 billion.", ("value",), id="hk-quarters-slip"),
    pytest.param("美联储加息50个基点。", "The Fed raised rates by 50bp.", (), id="bp"),
    pytest.param("美联储加息50个基点。", "The Fed raised rates by 50 percentage points.", ("unit",), id="bp-against-points"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "expected"), TECH_CAR_WEB)
def test_tech_car_and_web_figures(lang: str, text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, lang) == expected


@pytest.mark.parametrize(("zh", "en", "types"), TECH_CAR_WEB_PAIRS)
def test_tech_car_and_web_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), ZH_STOCK_INDEX_NAMES)
def test_zh_stock_index_figure_is_a_name(
    text: str, expected: tuple[tuple[str, Role | None], ...]
) -> None:
    assert tuple((c.text, c.role) for c in extract_text(text, LANGS["zh"])) == expected


@pytest.mark.parametrize(
    ("text", "expected"), ZH_CHANGE_TO_LEVEL + ZH_VALUATION_RATIO + ZH_HK_QUARTER_SPANS
)
def test_zh_market_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), MARKET_PAIRS)
def test_market_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), EN_BASIS_POINT_SHORTHAND)
def test_en_basis_point_shorthand(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_CALENDAR_FIGURES)
def test_zh_calendar_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_DECADE_WORDS)
def test_en_decades_named_by_words(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), CALENDAR_PAIRS)
def test_calendar_figures_pair(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# A multiplier stated against its base (是…的N倍) has one reading, N times: a factor one apart is a
# wrong value there, where after a verb of growth (增加了两倍) it is the other counting convention.
TIMES_AS_MUCH_PAIRS = [
    pytest.param("销量是去年的4倍。", "Sales were four times last year's.", (), id="same"),
    pytest.param("销量是去年的4倍。", "Sales were five times last year's.", ("value",), id="one-more"),
    pytest.param("销量是去年的4倍。", "Sales were three times last year's.", ("value",), id="one-less"),
    pytest.param("成本是原来的2.5倍。", "The cost is 3.5 times the original.", ("value",), id="decimal"),
    pytest.param("销量是去年的2倍。", "Sales doubled from last year.", (), id="doubled"),
    pytest.param("销量是去年的3倍。", "Sales rose 200% from last year.", (), id="as-a-change"),
    pytest.param("销量是去年的3倍。", "Sales rose 300% from last year.", ("omission", "addition"), id="not-the-other-change"),
    pytest.param("销量增加了两倍。", "Sales tripled.", (), id="growth-keeps-both-readings"),
    pytest.param("销量增长了3倍。", "Sales rose 300%.", (), id="growth-as-a-change"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "en", "types"), TIMES_AS_MUCH_PAIRS)
def test_a_multiplier_against_its_base_has_one_reading(
    zh: str, en: str, types: tuple[str, ...]
) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# A year after 公元 (the common era) is a year whatever its length, never a span of years; AD and
# CE written before or after a year make it a year too.
ZH_COMMON_ERA_YEARS = [
    pytest.param("建于公元618年", (("618年", "year", "618", None, "exact"),), id="three-digits"),
    pytest.param("公元六一八年", (("六一八年", "year", "618", None, "exact"),), id="numerals"),
    pytest.param("公元前221年", (("公元前221年", "year", "-221", None, "exact"),), id="bc-unchanged"),
    pytest.param("已有618年", (("618年", "duration", "618", "year", "exact"),), id="span-without-era"),
]
EN_COMMON_ERA_YEARS = [
    pytest.param("founded in AD 618.", (("AD 618", "year", "618", None, "exact"),), id="ad-before"),
    pytest.param("in 618 AD, the", (("618 AD", "year", "618", None, "exact"),), id="ad-after"),
    pytest.param("by 79 CE", (("79 CE", "year", "79", None, "exact"),), id="ce-after"),
    pytest.param("in A.D. 79", (("A.D. 79", "year", "79", None, "exact"),), id="dotted"),
    pytest.param("he had 30 cats", (("30", "number", "30", None, "exact"),), id="had-is-no-era"),
]
# Idioms of numeral characters that count nothing: 十之八九 "in most cases".
ZH_NUMERAL_IDIOMS_OF_ODDS = [
    pytest.param("他十之八九会来", (), id="shi-zhi-ba-jiu"),
    pytest.param("十有八九是真的", (), id="shi-you-ba-jiu"),
    pytest.param("十之一的人", (("十", "number", "10", None, "exact"),), id="not-the-idiom"),
]
# A hedge before a multiplier word ("more than twice as") is the multiplier's.
EN_HEDGED_COMPARED = [
    pytest.param("more than twice as long", (("more than twice", "multiplier", "2", None, "over"),), id="over"),
    pytest.param("nearly twice as many", (("nearly twice", "multiplier", "2", None, "nearly"),), id="nearly"),
    pytest.param("twice as many", (("twice", "multiplier", "2", None, "exact"),), id="unhedged"),
]
ERA_AND_HEDGE_PAIRS = [
    pytest.param("唐朝建于公元618年。", "The Tang was founded in AD 618.", (), id="ad-618"),
    pytest.param("唐朝建于公元618年。", "The Tang was founded in AD 681.", ("value",), id="ad-wrong-year"),
    pytest.param("该城始建于公元前221年。", "The city was founded in 221 BC.", (), id="bc-221"),
    pytest.param("该城始建于公元前221年。", "The city was founded in 221 AD.", ("value",), id="bc-rendered-as-ad"),
    pytest.param("该城始建于公元221年。", "The city was founded in 221 BC.", ("value",), id="ad-rendered-as-bc"),
    pytest.param("经济负增长3%。", "The economy contracted 3%.", (), id="sign-in-words-unchanged"),
    pytest.param("续航是旧款的两倍多。", "It lasts more than twice as long.", (), id="more-than-twice"),
    pytest.param("续航是旧款的两倍多。", "It lasts twice as long.", ("qualifier",), id="hedge-dropped"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_COMMON_ERA_YEARS + ZH_NUMERAL_IDIOMS_OF_ODDS)
def test_zh_common_era_years_and_idioms_of_odds(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_COMMON_ERA_YEARS + EN_HEDGED_COMPARED)
def test_en_common_era_years_and_hedged_multipliers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), ERA_AND_HEDGE_PAIRS)
def test_era_years_and_hedged_multipliers_pair(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# A share over a round base written with its article or none: "three in a thousand" (千分之三),
# "three in every hundred" (每百人中有三人).
EN_SHARES_OF_ROUND_BASES = [
    pytest.param("three in a thousand samples", (("three in a thousand", "percent", "0.3", "%", "exact"),), id="a-thousand"),
    pytest.param("three in every hundred people", (("three in every hundred", "percent", "3", "%", "exact"),), id="every-hundred"),
    pytest.param("one in a hundred", (("one in a hundred", "percent", "1", "%", "exact"),), id="a-hundred"),
    pytest.param("a one in a million chance", (("a million", "number", "1000000", None, "exact"),), id="million-unchanged"),
]
SHARE_PAIRS = [
    pytest.param("千分之三的样品有缺陷。", "Three in a thousand samples were faulty.", (), id="per-mille"),
    pytest.param("千分之三的样品有缺陷。", "Three in a hundred samples were faulty.", ("magnitude",), id="per-mille-as-percent"),
    pytest.param("每百人中有三人失业。", "Three in every hundred people are jobless.", (), id="every-hundred"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_SHARES_OF_ROUND_BASES)
def test_en_shares_of_round_bases(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), SHARE_PAIRS)
def test_shares_of_round_bases_pair(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Machine translation's literal figures: a scale word glued to the digits ("3.5billion"), a percent
# sign glued to the next word ("5.2%year-on-year"), 万 glossed word for word ("3 ten thousand
# tons"), the transliterated 亿 ("12 yi yuan") and the Chinese scale characters left in English
# ("12亿 yuan").
EN_MT_LITERAL_SCALES = [
    pytest.param("raised 4.5billion yuan", (("4.5billion yuan", "money", "4500000000", "CNY", "exact"),), id="glued-billion"),
    pytest.param("worth US$7million", (("US$7million", "money", "7000000", "USD", "exact"),), id="glued-million-after-sign"),
    pytest.param("a debt of 1.1trillion", (("1.1trillion", "number", "1100000000000", None, "exact"),), id="glued-trillion-bare"),
    pytest.param("a billionaire with 3 homes", (("3", "number", "3", None, "exact"),), id="no-figure-before-the-word"),
    pytest.param("the 7millionth visitor", (), id="glued-ordinal-stays-unread"),
    pytest.param("rose 6.1%year-on-year", (("6.1%", "percent", "6.1", "%", "exact"),), id="percent-sign-glued-to-a-word"),
    pytest.param("up 9%YoY", (("9%", "percent", "9", "%", "exact"),), id="percent-sign-glued-to-yoy"),
    pytest.param("the 6 percentile", (("6", "number", "6", None, "exact"),), id="percent-word-in-a-longer-word-unchanged"),
    pytest.param("shipped 4 ten thousand tons", (("4 ten thousand tons", "mass", "40000", "t", "exact"),), id="glossed-wan-tons"),
    pytest.param("a grant of 6 ten-thousand yuan", (("6 ten-thousand yuan", "money", "60000", "CNY", "exact"),), id="glossed-wan-hyphen"),
    pytest.param("some 2.5 ten thousand workers", (("some 2.5 ten thousand", "number", "25000", None, "about"),), id="glossed-wan-count"),
    pytest.param("two hundred ten thousand", (("two hundred ten thousand", "number", "210000", None, "exact"),), id="words-keep-their-sum"),
    pytest.param("ten thousand runners", (("ten thousand", "number", "10000", None, "exact"),), id="ten-thousand-alone-unchanged"),
    pytest.param("sales of 15 yi yuan", (("15 yi yuan", "money", "1500000000", "CNY", "exact"),), id="transliterated-yi"),
    pytest.param("Yi Gang said 4 banks", (("4", "number", "4", None, "exact"),), id="yi-surname"),
    pytest.param("revenue of 15亿 yuan", (("15亿 yuan", "money", "1500000000", "CNY", "exact"),), id="han-yi-left"),
    pytest.param("exports of 6万 tons", (("6万 tons", "mass", "60000", "t", "exact"),), id="han-wan-left"),
    pytest.param("a GDP of 1.3万亿 dollars", (("1.3万亿 dollars", "money", "1300000000000", "USD", "exact"),), id="han-wan-yi-left"),
    pytest.param("a loss of 2億 dollars", (("2億 dollars", "money", "200000000", "USD", "exact"),), id="traditional-yi-left"),
    pytest.param("the 亿 character", (), id="han-scale-alone-unread"),
    # A currency noted in brackets after the amount; a bracket opening more than a currency is
    # another figure.
    pytest.param("a capital of 2.5 billion (RMB).", (("2.5 billion (RMB)", "money", "2500000000", "CNY", "exact"),), id="bracketed-currency"),
    pytest.param("cost 4 million (USD) in all", (("4 million (USD)", "money", "4000000", "USD", "exact"),), id="bracketed-code"),
    pytest.param("sales of 8 million (USD 900,000)", (("8 million", "number", "8000000", None, "exact"), ("USD 900,000", "money", "900000", "USD", "exact")), id="bracket-with-a-figure-unchanged"),
    # 百分点 word for word: a percentage point.
    pytest.param("rose 2.7 percent points", (("2.7 percent points", "percent", "2.7", "pp", "exact"),), id="percent-points"),
    pytest.param("fell 0.4 per cent point", (("0.4 per cent point", "percent", "0.4", "pp", "exact"),), id="per-cent-point"),
    pytest.param("rose 2.7 percent", (("2.7 percent", "percent", "2.7", "%", "exact"),), id="percent-unchanged"),
    # 万 and 亿 glossed in digits: read where the digits cannot group with them.
    pytest.param("revenue of 13.5 100 million yuan", (("13.5 100 million yuan", "money", "1350000000", "CNY", "exact"),), id="glossed-yi-in-digits"),
    pytest.param("shipped 6 10 thousand tons", (("6 10 thousand tons", "mass", "60000", "t", "exact"),), id="glossed-wan-in-digits"),
    pytest.param("worth 14 100 million yuan", (("14 100 million yuan", "money", "14100000000", "CNY", "exact"),), id="grouped-digits-stay-grouped"),
    pytest.param("In 2018 ten thousand yuan was paid.", (("2018", "year", "2018", None, "exact"), ("ten thousand yuan", "money", "10000", "CNY", "exact")), id="no-gloss-after-a-year"),
    pytest.param("In 2021 100 million people", (("2021", "year", "2021", None, "exact"), ("100 million", "number", "100000000", None, "exact")), id="no-digit-gloss-after-a-year"),
    # A period of months joined by a hyphen (1-5月, "January-May").
    pytest.param("exports in February-June rose", (("February", "date", "--02", None, "exact"), ("June", "date", "--06", None, "exact")), id="month-hyphen-month"),
    pytest.param("in March–August", (("March", "date", "--03", None, "exact"), ("August", "date", "--08", None, "exact")), id="month-dash-month"),
    pytest.param("a Sept-ember", (), id="no-month-after-a-word-hyphen"),
    # Plurals of 万 and 亿 glossed word for word: an unknown count of the unit.
    pytest.param("ten thousands of fans came", (("ten thousands", "number", "20000..90000", None, "range"),), id="ten-thousands"),
    pytest.param("hundred millions of yuan", (("hundred millions of yuan", "money", "200000000..900000000", "CNY", "range"),), id="hundred-millions"),
    pytest.param("ten thousand fans came", (("ten thousand", "number", "10000", None, "exact"),), id="ten-thousand-unchanged"),
]
MT_LITERAL_SCALE_PAIRS = [
    pytest.param("融资45亿元。", "It raised 4.5billion yuan.", (), id="glued-billion"),
    pytest.param("融资45亿元。", "It raised 45billion yuan.", ("magnitude",), id="glued-billion-slip"),
    pytest.param("同比增长6.1%。", "It rose 1.6%year-on-year.", ("value",), id="glued-percent-slip"),
    pytest.param("出口4万吨。", "It shipped 4 ten thousand tons.", (), id="glossed-wan"),
    pytest.param("投资1.5亿元。", "Investment was 1.5 ten thousand yuan.", ("magnitude",), id="glossed-wan-for-yi"),
    pytest.param("营收15亿元。", "Revenue was 15 yi yuan.", (), id="transliterated-yi"),
    pytest.param("出口6万吨。", "It exported 6亿 tons.", ("magnitude",), id="han-scale-slip"),
    pytest.param("出口6万吨。", "It exported 6万 tons.", (), id="han-scale-left"),
    pytest.param("注册资本15亿元。", "The registered capital is 1.5 billion (RMB).", (), id="bracketed-currency"),
    pytest.param("注册资本15亿元。", "The registered capital is 1.5 million (RMB).", ("magnitude",), id="bracketed-currency-slip"),
    pytest.param("注册资本15亿元。", "The registered capital is 1.5 billion (USD).", ("unit",), id="bracketed-currency-wrong"),
    pytest.param("占比提高2.7个百分点。", "Its share rose 2.7 percent points.", (), id="percent-points"),
    pytest.param("营收13.5亿元。", "Revenue was 13.5 100 million yuan.", (), id="glossed-yi-in-digits"),
    pytest.param("2-6月份出口增长3%。", "Exports grew 3% in February-June.", (), id="month-period"),
    pytest.param("2-6月份出口增长3%。", "Exports grew 3% in February-July.", ("value",), id="month-period-slip"),
    pytest.param("数万名球迷到场。", "Ten thousands of fans attended.", (), id="ten-thousands"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_MT_LITERAL_SCALES)
def test_en_machine_translation_literal_scales(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), MT_LITERAL_SCALE_PAIRS)
def test_machine_translation_literal_scale_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Government reports, statistical bulletins, sports and weather: the forms a probe of those
# registers found misread or unread.
# A score with no verb of a match before it: after a noun that names it ("the score was 1-1"),
# before the stage of the match ("2-2 at halftime", "4-2 on aggregate"), after "swept", and the
# later sets of a list of set scores ("won 6-3, 7-6"). A range counted by a noun stays a range.
EN_SPORTS_SCORES = [
    pytest.param("It was 2-2 at halftime.", (("2", "number", "2", None, "exact"), ("2", "number", "2", None, "exact")), id="halftime"),
    pytest.param("Leeds went through 4-2 on aggregate.", (("4", "number", "4", None, "exact"), ("2", "number", "2", None, "exact")), id="aggregate"),
    pytest.param("The score stood 0-0.", (("0", "number", "0", None, "exact"), ("0", "number", "0", None, "exact")), id="score-noun"),
    pytest.param("They swept the Bulls 4-0.", (("4", "number", "4", None, "exact"), ("0", "number", "0", None, "exact")), id="swept"),
    pytest.param("China took the first set 25-20.", (("25", "number", "25", None, "exact"), ("20", "number", "20", None, "exact")), id="took-set"),
    pytest.param("The team has a 45-37 record.", (("45", "number", "45", None, "exact"), ("37", "number", "37", None, "exact")), id="record"),
    pytest.param("She won 6-3, 7-6 in the final.", (("6", "number", "6", None, "exact"), ("3", "number", "3", None, "exact"), ("7", "number", "7", None, "exact"), ("6", "number", "6", None, "exact")), id="set-list"),
]
EN_SPORTS_SCORES_NOT = [
    pytest.param("The party won 10-15 seats in the vote.", (("10-15", "number", "10..15", None, "range"),), id="range-of-seats"),
    pytest.param("It took 10-15 minutes.", (("10-15 minutes", "duration", "10..15", "minute", "range"),), id="took-minutes"),
    pytest.param("He scored 3-5 goals a season.", (("3-5", "number", "3..5", None, "range"),), id="range-of-goals"),
    pytest.param("Prices were 6-9, 12-15 in the shop.", (("6-9", "number", "6..9", None, "range"), ("12-15", "number", "12..15", None, "range")), id="list-without-a-match"),
]
# A hedge after an age: "65 and older" is over 65, as 65岁及以上 is; a three-pointer is a shot, not
# the figure three; a speed in metres a second; a temperature "5 below zero" with no word for the
# degree.
EN_BULLETIN_FORMS = [
    pytest.param("people aged 65 and older", (("65 and older", "number", "65", None, "over"),), id="and-older"),
    pytest.param("adults 18 or older", (("18 or older", "number", "18", None, "over"),), id="or-older"),
    pytest.param("He made 7 of 10 three-pointers.", (("7", "number", "7", None, "exact"), ("10", "number", "10", None, "exact")), id="three-pointers"),
    pytest.param("gusts of 25 meters per second", (("25 meters per second", "quantity", "90", "km/h", "exact"),), id="meters-per-second"),
    pytest.param("winds of 25 m/s", (("25 m/s", "quantity", "90", "km/h", "exact"),), id="m-s"),
    pytest.param("lows of 8 below zero", (("8 below zero", "quantity", "-8", "degC", "exact"),), id="below-zero-bare"),
    pytest.param("it fell 8 below the average", (("8", "number", "8", None, "exact"),), id="below-no-zero"),
    pytest.param("Winds near the center of the storm are force 12.", (("12", "quantity", "12", "Bft", "exact"),), id="force-words-after-wind"),
]
# A speed in metres a second (台风中心附近最大风力12级（33米/秒）); the upper end of a range of
# temperatures that opens below zero is a degree Celsius, as its lower end is; 度 elsewhere stays a
# measure word, and 度电 a kilowatt-hour.
ZH_BULLETIN_FORMS = [
    pytest.param("阵风25米/秒", (("25米/秒", "quantity", "90", "km/h", "exact"),), id="mi-per-miao"),
    pytest.param("风速12米每秒", (("12米每秒", "quantity", "43.2", "km/h", "exact"),), id="mi-mei-miao"),
    pytest.param("气温零下8度至2度", (("零下8度", "quantity", "-8", "degC", "exact"), ("2度", "quantity", "2", "degC", "exact")), id="below-zero-range"),
    pytest.param("夜间零下2度到5度左右", (("零下2度", "quantity", "-2", "degC", "exact"), ("5度左右", "quantity", "5", "degC", "about")), id="below-zero-range-hedged"),
    pytest.param("风速可达每秒45米", (("每秒45米", "quantity", "162", "km/h", "exact"),), id="meimiao-before"),
    pytest.param("秒速30米左右", (("秒速30米左右", "quantity", "108", "km/h", "about"),), id="miaosu"),
    pytest.param("每秒3米多", (("每秒3米多", "quantity", "10.8", "km/h", "over"),), id="meimiao-over"),
    # 最近 is "the most recent", no hedge: 最近10场比赛 is the last ten games; 近10场 stays "nearly".
    pytest.param("最近10场比赛赢了8场", (("10场", "count", "10", None, "exact"), ("8场", "count", "8", None, "exact")), id="zuijin-last"),
    pytest.param("共打了近10场比赛", (("近10场", "count", "10", None, "nearly"),), id="jin-nearly"),
]
ZH_BULLETIN_FORMS_NOT = [
    pytest.param("气温5度至8度", (("5度", "count", "5", None, "exact"), ("8度", "count", "8", None, "exact")), id="no-below-zero"),
    pytest.param("零下5度，至3度电", (("零下5度", "quantity", "-5", "degC", "exact"), ("3度电", "quantity", "3", "kWh", "exact")), id="electricity-after"),
    pytest.param("每秒处理3万次", (("3万次", "count", "30000", None, "exact"),), id="per-second-count"),
    pytest.param("降到零下5度至3万人", (("零下5度", "quantity", "-5", "degC", "exact"), ("3万人", "count", "30000", None, "exact")), id="people-after"),
]
BULLETIN_SPORTS_WEATHER_PAIRS = [
    pytest.param("上半场双方战成2比2。", "It was 2-2 at halftime.", (), id="halftime"),
    pytest.param("上半场双方战成2比2。", "It was 2-1 at halftime.", ("value",), id="halftime-slip"),
    pytest.param("她以6比3、7比6获胜。", "She won 6-3, 7-6.", (), id="sets"),
    pytest.param("该队战绩为45胜37负。", "The team has a 45-37 record.", (), id="win-loss-record"),
    pytest.param("该队战绩为45胜37负。", "The team has a 45-36 record.", ("value",), id="win-loss-record-slip"),
    pytest.param("最近10场比赛赢了8场。", "They won 8 of their last 10 games.", (), id="last-games"),
    pytest.param("她以6比3、7比6获胜。", "She won 6-3, 7-5.", ("value",), id="sets-slip"),
    pytest.param("气温零下8度至2度。", "Temperatures will range from minus 8 to 2 degrees Celsius.", (), id="below-zero-range"),
    pytest.param("气温零下8度至2度。", "Temperatures will range from 8 to 2 degrees Celsius.", ("value",), id="below-zero-sign-dropped"),
    pytest.param("最低气温零下8度。", "Lows of 8 below zero.", (), id="below-zero-words"),
    pytest.param("阵风25米/秒。", "Gusts reached 25 meters per second.", (), id="meters-per-second"),
    pytest.param("阵风25米/秒。", "Gusts reached 25 kilometers per hour.", ("unit",), id="meters-per-second-slip"),
    pytest.param("风速达每秒45米。", "Wind speeds reached 45 meters per second.", (), id="meimiao"),
    pytest.param("东风3到4级，阵风6级。", "Easterly winds of force 3 to 4, gusting to force 6.", (), id="force-range-and-gust"),
    pytest.param("东风3到4级，阵风6级。", "Easterly winds of force 3 to 4, gusting to force 7.", ("value",), id="force-gust-slip"),
    pytest.param("东风3到4级。", "Easterly winds of force 3.", ("qualifier",), id="force-range-narrowed"),
    pytest.param("东风3到4级。", "Easterly winds of force 5.", ("value",), id="force-range-other-level"),
    pytest.param("风速达每秒45米。", "Wind speeds reached 54 meters per second.", ("value",), id="meimiao-slip"),
    pytest.param("全国65岁及以上人口占15.4%。", "People aged 65 and older make up 15.4 percent.", (), id="and-older"),
    pytest.param("全国65岁及以上人口占15.4%。", "People aged 65 make up 15.4 percent.", ("qualifier",), id="and-older-dropped"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"), EN_SPORTS_SCORES + EN_SPORTS_SCORES_NOT + EN_BULLETIN_FORMS
)
def test_en_sports_and_bulletin_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_BULLETIN_FORMS + ZH_BULLETIN_FORMS_NOT)
def test_zh_weather_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), BULLETIN_SPORTS_WEATHER_PAIRS)
def test_bulletin_sports_and_weather_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Jobs, personal finance and telecom plans: line speeds, latencies, job advertisements' openers,
# advertised pay ranges with the scale on the second end.
# fmt: off
ZH_PLAN_AND_PAY_FORMS = [
    pytest.param("接入速率达到1000Mbps。", (("达到1000Mbps", "quantity", "1000000000", "bit/s", "exact"),), id="mbps"),
    pytest.param("下载速率超过1Gbps。", (("超过1Gbps", "quantity", "1000000000", "bit/s", "over"),), id="gbps-over"),
    pytest.param("平均速率为62.5Mbit/s。", (("62.5Mbit/s", "quantity", "62500000", "bit/s", "exact"),), id="mbit-per-s"),
    pytest.param("办理300兆宽带。", (("300兆宽带", "quantity", "300000000", "bit/s", "exact"),), id="zhao-broadband"),
    pytest.param("时延低于10毫秒。", (("低于10毫秒", "duration", "0.01", "second", "under"),), id="milliseconds"),
    pytest.param("响应时间20ms。", (("20ms", "duration", "0.02", "second", "exact"),), id="ms"),
    pytest.param("年薪40-60万，", (("40-60万", "number", "400000..600000", None, "range"),), id="dash-range-scale-once"),
    pytest.param("月薪1万-2万，", (("1万-2万", "number", "10000..20000", None, "range"),), id="dash-range-scale-twice"),
    pytest.param("套餐含40G流量。", (("40G流量", "quantity", "40000000000", "B", "exact"),), id="g-data"),
    pytest.param("含15G通用流量。", (("15G通用流量", "quantity", "15000000000", "B", "exact"),), id="g-general-data"),
]
ZH_PLAN_AND_PAY_FORMS_NOT = [
    pytest.param("比分是3-4，", (), id="dash-no-scale"),
    pytest.param("兆瓦和兆字节", (), id="zhao-alone"),
    pytest.param("开通4G流量包", (("4G", "number", "4", None, "exact"),), id="network-generation-data"),
]
EN_PLAN_AND_PAY_FORMS = [
    pytest.param("speeds of 300 Mbps", (("300 Mbps", "quantity", "300000000", "bit/s", "exact"),), id="mbps"),
    pytest.param("up to 2 gigabits per second", (("up to 2 gigabits per second", "quantity", "2000000000", "bit/s", "under"),), id="gigabits-words"),
    pytest.param("a latency of 15 milliseconds", (("15 milliseconds", "duration", "0.015", "second", "exact"),), id="milliseconds"),
    pytest.param("Hiring 12 cooks.", (("12", "number", "12", None, "exact"),), id="hiring-opener"),
    pytest.param("Recruiting 30 nurses.", (("30", "number", "30", None, "exact"),), id="recruiting-opener"),
    pytest.param("Sales were double last year's.", (("double", "multiplier", "2", None, "exact"),), id="double-last-years"),
    pytest.param("Lines went from 50 km to 80 km.", (("50 km", "quantity", "50000", "m", "exact"), ("80 km", "quantity", "80000", "m", "exact")), id="from-to-is-a-change"),
    pytest.param("lengths ranging from 50 km to 80 km", (("50 km to 80 km", "quantity", "50000..80000", "m", "range"),), id="ranging-from-is-a-range"),
]
EN_PLAN_AND_PAY_FORMS_NOT = [
    pytest.param("Boeing 737 jets", (), id="model-still-a-label"),
    pytest.param("He flew there twice last year.", (("twice", "number", "2", None, "exact"),), id="twice-last-year-occasions"),
]
PLAN_AND_PAY_PAIRS = [
    pytest.param("宽带速率达到500Mbps。", "Broadband speeds reach 500 Mbps.", (), id="mbps"),
    pytest.param("宽带速率达到500Mbps。", "Broadband speeds reach 50 Mbps.", ("magnitude",), id="mbps-slip"),
    pytest.param("宽带速率达到500Mbps。", "Broadband speeds reach 500 MB.", ("unit",), id="mbps-as-bytes"),
    pytest.param("1000兆宽带月费199元。", "1,000 Mbps broadband costs 199 yuan a month.", (), id="zhao-broadband"),
    pytest.param("时延低于20毫秒。", "Latency is below 20 milliseconds.", (), id="latency"),
    pytest.param("时延低于20毫秒。", "Latency is below 20 seconds.", ("unit",), id="latency-slip"),
    pytest.param("招聘厨师6名。", "Hiring 6 cooks.", (), id="hiring"),
    pytest.param("招聘厨师6名。", "Hiring 8 cooks.", ("value",), id="hiring-slip"),
    pytest.param("年薪40万-60万。", "Annual pay of 400,000 to 600,000 yuan.", (), id="pay-range"),
    pytest.param("年薪40-60万。", "Annual pay of 400,000 to 900,000.", ("value",), id="pay-range-slip"),
    pytest.param("套餐含40G流量。", "The plan includes 40GB of data.", (), id="g-data"),
    pytest.param("套餐含40G流量。", "The plan includes 4GB of data.", ("magnitude",), id="g-data-slip"),
    pytest.param("销量是去年的3倍。", "Sales were triple last year's.", (), id="triple-last-years"),
    pytest.param("销量是去年的3倍。", "Sales were double last year's.", ("value",), id="triple-as-double"),
    pytest.param("速率从50兆宽带提升至200兆宽带。", "Speeds rose from 50 Mbps to 200 Mbps.", (), id="from-to-speeds"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_PLAN_AND_PAY_FORMS + ZH_PLAN_AND_PAY_FORMS_NOT)
def test_zh_plan_and_pay_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_PLAN_AND_PAY_FORMS + EN_PLAN_AND_PAY_FORMS_NOT)
def test_en_plan_and_pay_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), PLAN_AND_PAY_PAIRS)
def test_plan_and_pay_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Medicine labels, health advice, food labels and recipes: the forms a probe of those registers
# found misread or unread.
# An instruction opens with a verb, and a figure right after it is a dose or an amount, not a model
# (a capitalized word before a figure names one: "Windows 10"); a range of occasions states "times"
# once; a negated "exceed" is a ceiling; food energy, vitamins and blood values have units.
EN_LABEL_FORMS = [
    pytest.param("Chew 3 tablets after lunch.", (("3", "number", "3", None, "exact"),), id="instruction-verb"),
    pytest.param("Whisk 4 eggs with the milk.", (("4", "number", "4", None, "exact"),), id="recipe-verb"),
    pytest.param("Use it 2 to 3 times a week.", (("2 to 3 times", "number", "2..3", None, "range"),), id="times-range"),
    pytest.param("Apply five or six times daily.", (("five or six times", "number", "5..6", None, "range"),), id="times-range-words"),
    pytest.param("Swim at least twice a week.", (("at least twice", "number", "2", None, "over"),), id="hedged-twice"),
    pytest.param("Use it up to 5 times a day.", (("up to 5 times", "number", "5", None, "under"),), id="hedged-times"),
    pytest.param("A dose must not exceed 6 g.", (("not exceed 6 g", "mass", "0.000006", "t", "under"),), id="not-exceed"),
    pytest.param("Doses not exceeding 2 g.", (("not exceeding 2 g", "mass", "0.000002", "t", "under"),), id="not-exceeding"),
    pytest.param("Each bar has 180 kcal.", (("180 kcal", "quantity", "753.12", "kJ", "exact"),), id="kcal"),
    pytest.param("A snack of 95 Calories.", (("95 Calories", "quantity", "397.48", "kJ", "exact"),), id="food-calories"),
    pytest.param("Energy 820 kJ per serving.", (("820 kJ", "quantity", "820", "kJ", "exact"),), id="kj"),
    pytest.param("It gives 600 IU of vitamin D.", (("600 IU", "quantity", "600", "IU", "exact"),), id="iu"),
    pytest.param("Glucose was 6.1 mmol/L.", (("6.1 mmol/L", "quantity", "6.1", "mmol/L", "exact"),), id="mmol"),
]
EN_LABEL_FORMS_NOT = [
    pytest.param("He owns a Leica 3 camera.", (), id="model-stays-a-model"),
    pytest.param("It is 2 to 3 times as heavy.", (("2 to 3 times", "multiplier", "2..3", None, "range"),), id="times-comparison-stays-multiplier"),
    pytest.param("Output may exceed 6 tons.", (("exceed 6 tons", "mass", "6", "t", "over"),), id="exceed-stays-over"),
]
# Doses and kitchen measures are measure words; food energy, vitamins and blood values have units;
# 度 after a word of heat in a kitchen, home or body is a degree Celsius.
ZH_LABEL_FORMS = [
    pytest.param("每次吃3粒", (("3粒", "count", "3", None, "exact"),), id="li"),
    pytest.param("一日4片", (("4片", "count", "4", None, "exact"),), id="pian"),
    pytest.param("放两汤匙醋", (("两汤匙", "count", "2", None, "exact"),), id="tangchi"),
    pytest.param("喝5杯茶", (("5杯", "count", "5", None, "exact"),), id="bei"),
    pytest.param("每份含820千焦", (("820千焦", "quantity", "820", "kJ", "exact"),), id="qianjiao"),
    pytest.param("一块约180大卡", (("约180大卡", "quantity", "753.12", "kJ", "about"),), id="daka"),
    pytest.param("含维生素A 600国际单位", (("600国际单位", "quantity", "600", "IU", "exact"),), id="guoji-danwei"),
    pytest.param("餐后血糖11.1毫摩尔/升", (("11.1毫摩尔/升", "quantity", "11.1", "mmol/L", "exact"),), id="mmol"),
    pytest.param("每盒约含12份", (("约含12份", "count", "12", None, "about"),), id="yuehan"),
    pytest.param("一个约重150克", (("约重150克", "mass", "0.00015", "t", "about"),), id="yuezhong"),
    pytest.param("烤箱预热到220度", (("220度", "quantity", "220", "degC", "exact"),), id="oven"),
    pytest.param("睡前半小时服1片", (("半小时", "duration", "0.5", "hour", "exact"), ("1片", "count", "1", None, "exact")), id="half-hour-before-bed"),
    pytest.param("油温达到160度左右", (("达到160度左右", "quantity", "160", "degC", "about"),), id="oil-hedged"),
]
ZH_LABEL_FORMS_NOT = [
    pytest.param("方向盘转了90度", (("90度", "count", "90", None, "exact"),), id="angle-stays"),
    pytest.param("气温12度", (("12度", "count", "12", None, "exact"),), id="weather-stays"),
    pytest.param("烤箱用电3度", (("3度", "quantity", "3", "kWh", "exact"),), id="electricity-wins"),
    pytest.param("进一步加强", (), id="yibu-is-no-count"),
    pytest.param("前半小时免费", (), id="first-half-hour-unread"),
]
LABEL_PAIRS = [
    pytest.param("每日2次，每次3粒。", "Take 3 capsules 2 times a day.", (), id="dose"),
    pytest.param("每日2次，每次3粒。", "Take 2 capsules 2 times a day.", ("value",), id="dose-slip"),
    pytest.param("每日2至3次。", "Use 2 to 3 times a day.", (), id="times-range"),
    pytest.param("每日用量不超过6克。", "Daily use should not exceed 6 g.", (), id="not-exceed"),
    pytest.param("每日用量不超过6克。", "Daily use should exceed 6 g.", ("qualifier",), id="exceed-without-not"),
    pytest.param("每周游泳3次以上。", "Swim more than 3 times a week.", (), id="hedged-times"),
    pytest.param("每周游泳3次以上。", "Swim 3 times a week.", ("qualifier",), id="hedge-dropped"),
    pytest.param("每盒约含12份。", "About 12 servings per box.", (), id="yuehan"),
    pytest.param("每盒约含12份。", "About 10 servings per box.", ("value",), id="yuehan-slip"),
    pytest.param("每份含820千焦。", "Each serving has 820 kJ.", (), id="kj"),
    pytest.param("每份含820千焦。", "Each serving has 820 kcal.", ("unit",), id="kj-as-kcal"),
    pytest.param("一块约180大卡。", "A slice has about 180 calories.", (), id="calories"),
    pytest.param("含维生素A 600国际单位。", "Contains 6,000 IU of vitamin A.", ("magnitude",), id="iu-slip"),
    pytest.param("烤箱预热到220度。", "Preheat the oven to 220°C.", (), id="oven"),
    pytest.param("烤箱预热到220度。", "Preheat the oven to 200°C.", ("value",), id="oven-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_LABEL_FORMS + EN_LABEL_FORMS_NOT)
def test_en_label_and_recipe_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_LABEL_FORMS + ZH_LABEL_FORMS_NOT)
def test_zh_label_and_recipe_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), LABEL_PAIRS)
def test_label_and_recipe_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Ports, shipping, aviation, trade and environment text. A ship's speed in knots after a word of
# speed (航速14节); 节 elsewhere counts carriages or lessons. Containers in TEU glued to the figure
# are a count, not a model's code. Parts per million and per billion, gigawatts and micrograms in
# Latin letters after a Chinese figure.
ZH_SHIPPING_FORMS = [
    pytest.param("船舶平均航速降至14节。", (("14节", "quantity", "25.928", "km/h", "exact"),), id="knots-after-verb"),
    pytest.param("船速约20节", (("约20节", "quantity", "37.04", "km/h", "about"),), id="knots-hedged"),
    pytest.param("最高时速30节", (("30节", "quantity", "55.56", "km/h", "exact"),), id="knots-shisu"),
    pytest.param("该船舶装载量达1.8万TEU。", (("达1.8万TEU", "count", "18000", None, "exact"),), id="teu-wan"),
    pytest.param("可装载18000TEU", (("18000TEU", "count", "18000", None, "exact"),), id="teu-digits"),
    pytest.param("二氧化碳浓度达到420ppm。", (("达到420ppm", "percent", "0.042", "%", "exact"),), id="ppm"),
    pytest.param("甲烷浓度1923ppb", (("1923ppb", "percent", "0.0001923", "%", "exact"),), id="ppb"),
    pytest.param("新增光伏装机216.88GW。", (("216.88GW", "quantity", "216880000000", "W", "exact"),), id="gigawatts"),
    pytest.param("浓度降至29μg/m³", (("29μg", "mass", "0.000000000029", "t", "exact"),), id="micrograms-mu"),
    pytest.param("手提行李不得超过7公斤。", (("不得超过7公斤", "mass", "0.007", "t", "under"),), id="bude-chaoguo"),
    pytest.param("比例不得低于60%", (("不得低于60%", "percent", "60", "%", "over"),), id="bude-diyu"),
    pytest.param("港口万吨级及以上泊位", (("万吨级及以上", "mass", "10000", "t", "over"),), id="wan-tonnage-class"),
    pytest.param("一艘千吨级货轮", (("千吨级", "mass", "1000", "t", "exact"),), id="qian-tonnage-class"),
    pytest.param("可停靠30万吨级油轮", (("30万吨级", "mass", "300000", "t", "exact"),), id="tonnage-class-numeral"),
]
ZH_SHIPPING_FORMS_NOT = [
    pytest.param("列车共有8节车厢", (("8节", "count", "8", None, "exact"),), id="carriages"),
    pytest.param("速度很快，上了3节课", (("3节", "count", "3", None, "exact"),), id="lessons-after-speed-clause"),
    pytest.param("型号737NG", (("737NG", "number", "737", None, "exact"),), id="code-not-teu"),
    pytest.param("超过7公斤", (("超过7公斤", "mass", "0.007", "t", "over"),), id="chaoguo-floor"),
    pytest.param("增加万吨", (), id="wan-ton-no-class"),
]
EN_SHIPPING_FORMS = [
    pytest.param("Carbon dioxide reached 420 ppm.", (("420 ppm", "percent", "0.042", "%", "exact"),), id="ppm"),
    pytest.param("CO2 at 419 parts per million", (("2", "number", "2", None, "exact"), ("419 parts per million", "percent", "0.0419", "%", "exact")), id="parts-per-million"),
    pytest.param("methane at 1,923 ppb", (("1,923 ppb", "percent", "0.0001923", "%", "exact"),), id="ppb"),
    pytest.param("costs fell 0.05 yuan per tonne-kilometer", (("0.05 yuan", "money", "0.05", "CNY", "exact"),), id="per-tonne-km-not-per-tonne"),
    pytest.param("coal at 800 yuan per tonne", (("800 yuan per tonne", "money", "800", "CNY/t", "exact"),), id="per-tonne"),
    pytest.param("Exports reached $3.38 trln.", (("$3.38 trln", "money", "3380000000000", "USD", "exact"),), id="trln"),
    pytest.param("It handled 80m passengers.", (("80m", "number", "80000000", None, "exact"),), id="m-passengers"),
    pytest.param("It handles 350m parcels a day.", (("350m", "number", "350000000", None, "exact"),), id="m-parcels-not-metres"),
    pytest.param("about 500k flights", (("about 500k", "number", "500000", None, "about"),), id="k-flights"),
    pytest.param("a 350m bridge", (("350m", "quantity", "350", "m", "exact"),), id="m-bridge-metres"),
    pytest.param("It cuts 2.5 MtCO2e a year.", (("2.5 MtCO2e", "mass", "2500000", "t", "exact"),), id="mtco2e"),
    pytest.param("emissions of 37.4 GtCO2", (("37.4 GtCO2", "mass", "37400000000", "t", "exact"),), id="gtco2"),
    pytest.param("It avoids 500,000 tCO2e.", (("500,000 tCO2e", "mass", "500000", "t", "exact"),), id="tco2e"),
    pytest.param("Coal output was 1.2 Mt.", (("1.2 Mt", "mass", "1200000", "t", "exact"),), id="megatonnes"),
    pytest.param("They climbed Mt Everest.", (), id="mount-unread"),
    pytest.param("Bags must not exceed 7 kg.", (("not exceed 7 kg", "mass", "0.007", "t", "under"),), id="not-exceed"),
    pytest.param("a fine not exceeding 500 yuan", (("not exceeding 500 yuan", "money", "500", "CNY", "under"),), id="not-exceeding"),
    pytest.param("Sales exceed 5 million.", (("exceed 5 million", "number", "5000000", None, "over"),), id="exceed-floor"),
    pytest.param("a maximum of 20 passengers", (("a maximum of 20", "number", "20", None, "under"),), id="a-maximum-of"),
    pytest.param("a minimum of 30 days", (("a minimum of 30 days", "duration", "30", "day", "over"),), id="a-minimum-of"),
    pytest.param("Bags cannot be more than 7 kg.", (("cannot be more than 7 kg", "mass", "0.007", "t", "under"),), id="cannot-be-more-than"),
    pytest.param("It will not be over 30%.", (("not be over 30%", "percent", "30", "%", "under"),), id="not-be-over"),
    pytest.param("It could be more than 30%.", (("more than 30%", "percent", "30", "%", "over"),), id="be-more-than"),
    pytest.param("Hand luggage is limited to 7 kg.", (("limited to 7 kg", "mass", "0.007", "t", "under"),), id="limited-to"),
    pytest.param("Fees are capped at 500 yuan.", (("capped at 500 yuan", "money", "500", "CNY", "under"),), id="capped-at"),
    pytest.param("It must not fall below 60%.", (("not fall below 60%", "percent", "60", "%", "over"),), id="not-fall-below"),
    pytest.param("It fell below 60%.", (("below 60%", "percent", "60", "%", "under"),), id="fell-below"),
]
SHIPPING_PAIRS = [
    pytest.param("船舶平均航速降至14节。", "The average speed of ships fell to 14 knots.", (), id="knots"),
    pytest.param("船舶平均航速降至14节。", "The average speed of ships fell to 14 kilometers per hour.", ("unit",), id="knots-slip"),
    pytest.param("该船装载量达1.8万TEU。", "The ship carries 18,000 TEU.", (), id="teu"),
    pytest.param("该船装载量达1.8万TEU。", "The ship carries 1,800 TEU.", ("magnitude",), id="teu-slip"),
    pytest.param("大气中二氧化碳浓度达到420ppm。", "Atmospheric CO2 reached 420 ppm.", (), id="ppm"),
    pytest.param("大气中二氧化碳浓度达到420ppm。", "Atmospheric CO2 reached 410 ppm.", ("value",), id="ppm-slip"),
    pytest.param("光伏装机达到400GW。", "Solar capacity reached 400 GW.", (), id="gw"),
    pytest.param("光伏装机达到400GW。", "Solar capacity reached 400 MW.", ("unit",), id="gw-slip"),
    pytest.param("每吨公里运输成本下降0.05元。", "Costs fell by 0.05 yuan per tonne-kilometer.", (), id="per-tonne-km"),
    pytest.param("全年进出口总值5.94万亿美元。", "Total trade reached $5.94 trln.", (), id="trln"),
    pytest.param("全年进出口总值5.94万亿美元。", "Total trade reached $594 bln.", ("magnitude",), id="trln-slip"),
    pytest.param("日均处理快递3.5亿件。", "It handles 350m parcels a day.", (), id="m-parcels"),
    pytest.param("日均处理快递3.5亿件。", "It handles 35m parcels a day.", ("magnitude",), id="m-parcels-slip"),
    pytest.param("每年减排二氧化碳250万吨。", "It cuts 2.5 MtCO2e a year.", (), id="mtco2e"),
    pytest.param("每年减排二氧化碳250万吨。", "It cuts 25 MtCO2e a year.", ("magnitude",), id="mtco2e-slip"),
    pytest.param("噪声不得超过55分贝。", "Noise must not exceed 55 decibels.", (), id="not-exceed"),
    pytest.param("噪声不得超过55分贝。", "Noise must exceed 55 decibels.", ("qualifier",), id="not-exceed-flipped"),
    pytest.param("每辆车最多不能超过20人。", "Each bus may carry a maximum of 20 people.", (), id="a-maximum-of"),
    pytest.param("手提行李不得超过7公斤。", "Carry-on bags cannot be more than 7 kg.", (), id="cannot-be-more-than"),
    pytest.param("手提行李不得超过7公斤。", "Hand luggage is limited to 7 kg.", (), id="limited-to"),
    pytest.param("比例不得低于60%。", "The ratio must not fall below 60%.", (), id="not-fall-below"),
    pytest.param("比例不得低于60%。", "The ratio must be at least 60%.", (), id="at-least"),
    pytest.param("比例不得低于60%。", "The ratio must be no lower than 60%.", (), id="no-lower-than"),
    pytest.param("噪声不得超过55分贝。", "Noise must be no higher than 55 decibels.", (), id="no-higher-than"),
    pytest.param("比例不得低于60%。", "The ratio must be below 60%.", ("qualifier",), id="floor-flipped"),
    pytest.param("港口万吨级及以上泊位2878个。", "Ports have 2,878 berths of 10,000 tonnes and above.", (), id="tonnage-class"),
    pytest.param("港口万吨级泊位2878个。", "Ports have 2,878 berths of 1,000 tonnes.", ("magnitude",), id="tonnage-class-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_SHIPPING_FORMS + ZH_SHIPPING_FORMS_NOT)
def test_zh_shipping_and_environment_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SHIPPING_FORMS)
def test_en_shipping_and_environment_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), SHIPPING_PAIRS)
def test_shipping_and_environment_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Real estate, construction, urban planning and tourism.
# fmt: off
ZH_HOME_ROAD_HOTEL_COUNTS = [
    pytest.param("户型为四室两厅", (("四室", "count", "4", None, "exact"), ("两厅", "count", "2", None, "exact")), id="layout"),
    pytest.param("4室2厅2卫", (("4室", "count", "4", None, "exact"), ("2厅", "count", "2", None, "exact"), ("2卫", "count", "2", None, "exact")), id="layout-digits"),
    pytest.param("出租一套三居室", (("三居室", "count", "3", None, "exact"),), id="jushi"),
    pytest.param("改造为双向六车道", (("六车道", "count", "6", None, "exact"),), id="lanes"),
    pytest.param("入住四星级宾馆", (("四星级", "count", "4", None, "exact"),), id="hotel-stars"),
]
ZH_RENT_PER_AREA_AND_TIME = [
    pytest.param("商铺租金每平方米每天12元", (("12元", "money", "12", "CNY/m2", "exact"),), id="per-day"),
    pytest.param("管理费每平方米每月4.2元", (("4.2元", "money", "4.2", "CNY/m2", "exact"),), id="per-month"),
    pytest.param("每平方米每年租金600元", (("600元", "money", "600", "CNY/m2", "exact"),), id="per-year-with-word"),
]
ZH_RENT_PER_AREA_AND_TIME_NOT = [
    # A span of time alone is no unit of a rate.
    pytest.param("每天收费12元", (("12元", "money", "12", "CNY", "exact"),), id="per-day-alone"),
]
EN_CEILINGS_AND_LEVELS_PASSED = [
    pytest.param("metro lines passed 700 kilometers", (("passed 700 kilometers", "quantity", "700000", "m", "over"),), id="passed-level"),
]
EN_CEILINGS_AND_LEVELS_PASSED_NOT = [
    # "passed" as a verb of time or a vote, with no figure after it, is no hedge.
    pytest.param("the bill passed in 2019", (("2019", "year", "2019", None, "exact"),), id="passed-in-year"),
]
ZH_HOME_ROAD_HOTEL_COUNTS_NOT = [
    # A room number alone is no count of bedrooms; a room word without a figure is no figure.
    pytest.param("前往502室办理", (), id="room-number"),
    pytest.param("会议室在二楼", (), id="meeting-room"),
]
HOME_ROAD_HOTEL_PAIRS = [
    pytest.param("新房为四室两厅。", "The new flat has four bedrooms and two living rooms.", (), id="layout"),
    pytest.param("新房为四室两厅。", "The new flat has three bedrooms and two living rooms.", ("value",), id="layout-slip"),
    pytest.param("公路拓宽为六车道。", "The road was widened to six lanes.", (), id="lanes"),
    pytest.param("公路拓宽为六车道。", "The road was widened to four lanes.", ("value",), id="lanes-slip"),
    pytest.param("住在一家四星级宾馆。", "They stayed at a four-star hotel.", (), id="stars"),
    pytest.param("租金每平方米每天12元。", "Rent is 12 yuan per square meter per day.", (), id="rent"),
    pytest.param("运营里程突破700公里。", "Lines in operation passed 700 kilometers.", (), id="passed"),
    pytest.param("全市房价收入比为15倍。", "The city's price-to-income ratio is 15.", (), id="price-to-income"),
    pytest.param("全市房价收入比为15倍。", "The city's price-to-income ratio is 13.", ("value",), id="price-to-income-slip"),
    pytest.param("运营里程不到700公里。", "Lines in operation passed 700 kilometers.", ("qualifier",), id="passed-slip"),
    pytest.param("租金每平方米每天12元。", "Rent is 12 yuan per day.", ("unit",), id="rent-area-dropped"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"),
    ZH_HOME_ROAD_HOTEL_COUNTS
    + ZH_HOME_ROAD_HOTEL_COUNTS_NOT
    + ZH_RENT_PER_AREA_AND_TIME
    + ZH_RENT_PER_AREA_AND_TIME_NOT,
)
def test_zh_home_road_and_hotel_counts(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), HOME_ROAD_HOTEL_PAIRS)
def test_home_road_and_hotel_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(
    ("text", "expected"), EN_CEILINGS_AND_LEVELS_PASSED + EN_CEILINGS_AND_LEVELS_PASSED_NOT
)
def test_en_ceilings_and_levels_passed(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


# fmt: off
# Science and engineering pairs: pressures convert exactly between kPa, MPa, bar, atm and psi; a
# frequency, a sound level, a rotation speed, a distance of astronomy or a current in the wrong unit
# or off by a power of ten is found, and the same figure in the right unit is not.
SCIENCE_PAIRS = [
    pytest.param("胎压为240千帕", "a tyre pressure of 24 kPa", ("magnitude",), id="kpa-magnitude"),
    pytest.param("储罐设计压力8兆帕", "rated at 8 kPa", ("unit",), id="mpa-as-kpa"),
    pytest.param("储罐设计压力8兆帕", "rated at 80 bar", (), id="mpa-as-bar"),
    pytest.param("压力为1个标准大气压", "a pressure of 101.325 kPa", (), id="atm-as-kpa"),
    pytest.param("舱压维持在1个标准大气压", "cabin pressure is kept at 1 atm", (), id="atm"),
    pytest.param("音量为60分贝", "a volume of 60 Hz", ("unit",), id="decibels-as-hertz"),
    pytest.param("主频2.4吉赫", "a 2.4 MHz chip", ("unit",), id="ghz-as-mhz"),
    pytest.param("以每分钟1200转运转", "spins at 1,200 rpm", (), id="each-minute-turns"),
    pytest.param("以每分钟1200转运转", "spins at 2,100 rpm", ("value",), id="rpm-value"),
    pytest.param("相距4.2光年", "4.2 AU apart", ("unit",), id="light-years-as-au"),
    pytest.param("以每秒11.2公里的速度飞行", "flies at 11.2 km/s", (), id="each-second-km"),
    pytest.param("以每秒11.2公里的速度飞行", "flies at 11.2 km/h", ("unit",), id="km-per-second-as-km-per-hour"),
    pytest.param("输出电流300毫安", "a 3 amperes output", ("magnitude",), id="milliamperes-magnitude"),
    pytest.param("颗粒直径10微米", "particles 10 millimeters across", ("unit",), id="microns-as-millimetres"),
    pytest.param("噪声不得超过45分贝", "noise must not exceed 45 dB", (), id="must-not-exceed"),
    pytest.param("噪声不得超过45分贝", "noise must exceed 45 dB", ("qualifier",), id="must-exceed"),
    pytest.param("额定电压为220伏", "rated at 110 volts", ("value",), id="volts-value"),
    pytest.param("额定电压为220伏", "rated at 220 V", (), id="volts"),
    pytest.param("浓度达到百万分之四百二十", "reached 420 parts per million", (), id="per-million-words"),
    pytest.param("浓度为420ppm", "a level of 410 ppm", ("value",), id="ppm-value"),
    pytest.param("浓度为420ppm", "a level of 420%", ("unit",), id="ppm-as-percent"),
    pytest.param("峰值速度为每秒12.5亿亿次", "a peak of 125 quadrillion calculations per second", (), id="quadrillion"),
    pytest.param("峰值速度为每秒12.5亿亿次", "a peak of 12.5 quadrillion calculations per second", ("magnitude",), id="quadrillion-magnitude"),
    pytest.param("光速约为3×10⁸米/秒", "about 3 x 10^8 m/s", (), id="power-of-ten"),
    pytest.param("光速约为3×10⁸米/秒", "about 300,000 km/s", (), id="power-of-ten-as-km-per-second"),
    pytest.param("光速约为3×10⁸米/秒", "about 3 x 10^6 m/s", ("magnitude",), id="power-of-ten-magnitude"),
    pytest.param("电荷量为1.6×10⁻¹⁹库仑", "a charge of 1.6 × 10⁻¹⁸ coulombs", ("magnitude",), id="negative-power-magnitude"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "en", "types"), SCIENCE_PAIRS)
def test_science_and_engineering_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Court rulings, statutes, contracts and public notices.
# fmt: off
# A range stated by its two inclusive bounds, the unit on each (以上 … 以下): one range. A ten is no
# magnitude the first end of a range borrows (五至十天 is five to ten days).
ZH_STATUTE_FORMS = [
    pytest.param("处一万元以上十万元以下罚款", (("一万元以上十万元以下", "money", "10000..100000", "CNY", "range"),), id="fine-bounds"),
    pytest.param("处三年以上七年以下有期徒刑", (("三年以上七年以下", "duration", "3..7", "year", "range"),), id="prison-bounds"),
    pytest.param("拘留十日以上十五日以下", (("十日以上十五日以下", "duration", "10..15", "day", "range"),), id="detention-days"),
    pytest.param("处五日以上十日以下拘留", (("五日以上十日以下", "duration", "5..10", "day", "range"),), id="days-to-ten"),
    pytest.param("休息五至十天", (("五至十天", "duration", "5..10", "day", "range"),), id="ten-is-no-magnitude"),
    pytest.param("投资五至十万元", (("五至十万元", "money", "50000..100000", "CNY", "range"),), id="ten-thousand-borrowed"),
    pytest.param("每月不得超过三十六小时", (("不得超过三十六小时", "duration", "36", "hour", "under"),), id="may-not-exceed"),
    pytest.param("注册资本不得少于3000万元", (("不得少于3000万元", "money", "30000000", "CNY", "over"),), id="may-not-be-less"),
    pytest.param("最多不能超过20人", (("不能超过20人", "count", "20", None, "under"),), id="cannot-exceed"),
]
ZH_STATUTE_FORMS += [
    pytest.param("经批准可以延长十日", (("十日", "duration", "10", "day", "exact"),), id="extend-by-days"),
    pytest.param("比赛顺延三日", (("三日", "duration", "3", "day", "exact"),), id="postpone-by-days"),
    pytest.param("本法共九章七十八条", (("九章", "count", "9", None, "exact"), ("七十八条", "count", "78", None, "exact")), id="chapters"),
]
ZH_STATUTE_FORMS_NOT = [
    # One bound alone stays hedged; two bounds in different units, or a year, are no range.
    pytest.param("处三年以上有期徒刑", (("三年以上", "duration", "3", "year", "over"),), id="floor-alone"),
    pytest.param("金额5万元以上的项目", (("5万元以上", "money", "50000", "CNY", "over"),), id="money-floor-alone"),
    pytest.param("100万元以上5年以下", (("100万元以上", "money", "1000000", "CNY", "over"), ("5年以下", "duration", "5", "year", "under")), id="two-units"),
    pytest.param("3月1日以上", (("3月1日", "date", "--03-01", None, "exact"),), id="date-stays"),
    pytest.param("超过20人", (("超过20人", "count", "20", None, "over"),), id="exceed-stays-over"),
    pytest.param("延长至30日", (("30日", "date", "---30", None, "exact"),), id="extend-to-a-day-of-month"),
    pytest.param("第三章第五条", (("第三", "number", "3", None, "exact"), ("第五", "number", "5", None, "exact")), id="chapter-ordinal-stays"),
]
EN_STATUTE_FORMS = [
    pytest.param("fined between 1,000 and 2,000 yuan", (("between 1,000 and 2,000 yuan", "money", "1000..2000", "CNY", "range"),), id="between-grouped"),
    pytest.param("fined 10,000 to 1 million yuan", (("10,000 to 1 million yuan", "money", "10000..1000000", "CNY", "range"),), id="full-first-end"),
    pytest.param("shall not be less than 30 million yuan", (("not be less than 30 million yuan", "money", "30000000", "CNY", "over"),), id="shall-not-be-less"),
    pytest.param("three hours at most", (("three hours at most", "duration", "3", "hour", "under"),), id="at-most-after"),
    pytest.param("not less than 10,000 yuan but not more than 100,000 yuan", (("not less than 10,000 yuan but not more than 100,000 yuan", "money", "10000..100000", "CNY", "range"),), id="floor-but-ceiling"),
    pytest.param("more than two years and less than seven years", (("more than two years and less than seven years", "duration", "2..7", "year", "range"),), id="floor-and-ceiling"),
]
EN_STATUTE_FORMS_NOT = [
    pytest.param("30 to 5 million yuan", (("30", "number", "30", None, "exact"), ("5 million yuan", "money", "5000000", "CNY", "exact")), id="no-ordered-range"),
    pytest.param("between Paris, 3 and 4 tons", (("3", "number", "3", None, "exact"), ("4 tons", "mass", "4", "t", "exact")), id="comma-ends-between"),
    # Bounds in two units, or out of order, are two figures.
    pytest.param("more than 3 years and less than 5 days", (("more than 3 years", "duration", "3", "year", "over"), ("less than 5 days", "duration", "5", "day", "under")), id="two-units"),
    pytest.param("more than 30 yuan and less than 20 yuan", (("more than 30 yuan", "money", "30", "CNY", "over"), ("less than 20 yuan", "money", "20", "CNY", "under")), id="out-of-order"),
]
STATUTE_PAIRS = [
    pytest.param("处一万元以上十万元以下罚款。", "A fine of 10,000 to 100,000 yuan.", (), id="fine"),
    pytest.param("处一万元以上十万元以下的罚款。", "Fined between 10,000 and 100,000 yuan.", (), id="fine-between"),
    pytest.param("处一万元以上十万元以下罚款。", "A fine of 10,000 to 1 million yuan.", ("value",), id="fine-slip"),
    pytest.param("处三年以上七年以下有期徒刑。", "Three to seven years in prison.", (), id="prison"),
    pytest.param("处三年以上七年以下有期徒刑。", "Three to five years in prison.", ("value",), id="prison-slip"),
    pytest.param("拘留期限为十日以上十五日以下。", "Detention of 10 to 15 days.", (), id="detention"),
    pytest.param("拘留期限为十日以上十五日以下。", "Detention of 10 to 15 months.", ("unit",), id="detention-slip"),
    pytest.param("经批准可以延长十日。", "It may be extended by 10 days with approval.", (), id="extension"),
    pytest.param("每月加班不得超过三十六小时。", "Overtime may not exceed 36 hours a month.", (), id="overtime"),
    pytest.param("注册资本不得少于3000万元。", "Capital shall not be less than 30 million yuan.", (), id="capital"),
    pytest.param("注册资本不得少于3000万元。", "Capital shall be less than 30 million yuan.", ("qualifier",), id="capital-slip"),
    pytest.param("处三年以上七年以下有期徒刑。", "Not less than three years and not more than seven years in prison.", (), id="prison-bounds"),
    pytest.param("处三年以上七年以下有期徒刑。", "Not less than three years and not more than ten years in prison.", ("value",), id="prison-bounds-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_STATUTE_FORMS + ZH_STATUTE_FORMS_NOT)
def test_zh_statute_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_STATUTE_FORMS + EN_STATUTE_FORMS_NOT)
def test_en_statute_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), STATUTE_PAIRS)
def test_statute_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Headline and Asian-press English: Indian scale words and the rupee's "Rs", a scale letter before
# a noun of counted people or goods, Latin and compass qualifiers, "ppt" for percentage points,
# and the bare yen-or-yuan sign against yen.
# fmt: off
EN_HEADLINE_STYLES = [
    pytest.param("home to 5 lakh residents", (("5 lakh", "number", "500000", None, "exact"),), id="lakh"),
    pytest.param("paid Rs 2 crore in all", (("Rs 2 crore", "money", "20000000", "INR", "exact"),), id="rs-crore"),
    pytest.param("a budget of Rs. 12 lakh", (("Rs. 12 lakh", "money", "1200000", "INR", "exact"),), id="rs-dot-lakh"),
    pytest.param("allotted Rs 750cr to roads", (("Rs 750cr", "money", "7500000000", "INR", "exact"),), id="cr-glued"),
    pytest.param("some 90 crore voters", (("some 90 crore", "number", "900000000", None, "about"),), id="crore-hedged"),
    pytest.param("sold 4m units last year", (("4m", "number", "4000000", None, "exact"),), id="m-units"),
    pytest.param("home to 2.7m people", (("2.7m", "number", "2700000", None, "exact"),), id="m-people"),
    pytest.param("cut 30k jobs", (("30k", "number", "30000", None, "exact"),), id="k-jobs"),
    pytest.param("circa 450 delegates", (("circa 450", "number", "450", None, "about"),), id="circa"),
    pytest.param("Circa 450 delegates came", (("Circa 450", "number", "450", None, "about"),), id="circa-capital"),
    pytest.param("it has c. 80 branches", (("c. 80", "number", "80", None, "about"),), id="c-dot"),
    pytest.param("worth north of $7bn", (("north of $7bn", "money", "7000000000", "USD", "over"),), id="north-of"),
    pytest.param("up 0.4 ppt on the year", (("0.4 ppt", "percent", "0.4", "pp", "exact"),), id="ppt"),
    pytest.param("down 1.5 ppts", (("1.5 ppts", "percent", "1.5", "pp", "exact"),), id="ppts"),
]
EN_HEADLINE_STYLES_NOT = [
    # A scale letter before any other word is a length; Rs glued to a word is no rupee.
    pytest.param("a 400m race", (("400m", "quantity", "400", "m", "exact"),), id="m-race-metres"),
    pytest.param("swam 1500m in all", (("1500m", "quantity", "1500", "m", "exact"),), id="m-no-noun-after"),
    pytest.param("ran a 10k run today", (), id="k-run-no-count"),
]
HEADLINE_PAIRS = [
    pytest.param("该镇有30万居民。", "The town has 3 lakh residents.", (), id="lakh"),
    pytest.param("该镇有30万居民。", "The town has 30 lakh residents.", ("magnitude",), id="lakh-slip"),
    pytest.param("赔偿3000万卢比。", "Compensation of Rs 3 crore.", (), id="crore"),
    pytest.param("赔偿3000万卢比。", "Compensation of Rs 30 crore.", ("magnitude",), id="crore-slip"),
    pytest.param("全年销量为900万辆。", "Annual sales were 9m units.", (), id="m-units"),
    pytest.param("全年销量为900万辆。", "Annual sales were 90m units.", ("magnitude",), id="m-units-slip"),
    pytest.param("营业额为400亿日元。", "Turnover was ¥40bn.", (), id="yen-sign"),
    pytest.param("营业额为400亿日元。", "Turnover was ¥4bn.", ("magnitude",), id="yen-sign-slip"),
    pytest.param("营业额为400亿元。", "Turnover was ¥40bn.", (), id="yuan-sign-stays"),
    pytest.param("营业额为400亿美元。", "Turnover was ¥40bn.", ("unit",), id="sign-not-dollars"),
    pytest.param("失业率上升了0.4个百分点。", "Unemployment rose 0.4 ppt.", (), id="ppt"),
    pytest.param("失业率上升了0.4个百分点。", "Unemployment rose 4 ppt.", ("magnitude",), id="ppt-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_HEADLINE_STYLES + EN_HEADLINE_STYLES_NOT)
def test_en_headline_styles(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), HEADLINE_PAIRS)
def test_headline_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Colloquial quantities of speech, forums and social media.
# fmt: off
# 把 after a bare 百, 千 or 万 hedges it ("about"); after a numeral it is a measure word.
ZH_BARE_MAGNITUDE_HEDGES = [
    pytest.param("花了万把块", (("万把块", "money", "10000", "CNY", "about"),), id="wan-ba-kuai"),
    pytest.param("来了千把人", (("千把人", "count", "1000", None, "about"),), id="qian-ba-ren"),
    pytest.param("剩百把个", (("百把个", "count", "100", None, "about"),), id="bai-ba-ge"),
    pytest.param("千把块钱的预算", (("千把块钱", "money", "1000", "CNY", "about"),), id="qian-ba-kuai-qian"),
]
ZH_BARE_MAGNITUDE_HEDGES_NOT = [
    pytest.param("订了一万把伞", (("一万", "number", "10000", None, "exact"),), id="umbrellas"),
    pytest.param("他把三百个箱子搬走", (("三百个", "count", "300", None, "exact"),), id="disposal-ba"),
    pytest.param("五十把椅子", (), id="chairs"),
]
# 俩 and 仨 fuse a digit with its measure word: read alone as a number, before a span as a span.
ZH_FUSED_COUNTS = [
    pytest.param("咱们俩去吧", (("俩", "number", "2", None, "exact"),), id="pronoun-two"),
    pytest.param("兄弟仨都来了", (("仨", "number", "3", None, "exact"),), id="brothers-three"),
    pytest.param("忙了俩月", (("俩月", "duration", "2", "month", "exact"),), id="two-months"),
    pytest.param("开了仨小时", (("仨小时", "duration", "3", "hour", "exact"),), id="three-hours"),
    pytest.param("他倆走了", (("倆", "number", "2", None, "exact"),), id="traditional"),
]
ZH_FUSED_COUNTS_NOT = [
    pytest.param("识破他的伎俩", (), id="trick"),
    pytest.param("为了仨瓜俩枣吵架", (), id="pittance"),
    pytest.param("夫妇俩开了家面馆", (), id="couple"),
    pytest.param("父子俩一起钓鱼", (), id="father-and-son"),
]
# 小 before one digit and a bare 百, 千 or 万 is "nearly"; before anything else it is a word.
ZH_SHORT_OF_ROUND = [
    pytest.param("花了小一万", (("小一万", "number", "10000", None, "nearly"),), id="xiao-yi-wan"),
    pytest.param("小两万块的车", (("小两万块", "money", "20000", "CNY", "nearly"),), id="xiao-liang-wan-kuai"),
    pytest.param("小五百人", (("小五百人", "count", "500", None, "nearly"),), id="xiao-wu-bai-ren"),
]
ZH_SHORT_OF_ROUND_NOT = [
    pytest.param("小一万五", (("一万五", "number", "15000", None, "exact"),), id="not-round"),
    pytest.param("小米10手机", (("10", "number", "10", None, "exact"),), id="brand"),
    pytest.param("小3岁", (("3岁", "count", "3", None, "exact"),), id="younger"),
]
# 半 right after an age adds half a year; not where it opens a word (半夜) or after a range.
ZH_AGE_HALVES = [
    pytest.param("女儿四岁半", (("四岁半", "count", "4.5", None, "exact"),), id="si-sui-ban"),
    pytest.param("6岁半以上", (("6岁半以上", "count", "6.5", None, "over"),), id="digits-over"),
]
ZH_AGE_HALVES_NOT = [
    pytest.param("两岁半夜里发烧", (("两岁", "count", "2", None, "exact"),), id="midnight"),
    pytest.param("5至6岁半", (("5至6岁", "count", "5..6", None, "range"),), id="range"),
    pytest.param("三个半", (("三个", "count", "3", None, "exact"),), id="not-an-age"),
]
# The figures of a topic (#...#) and of the digits ending a handle (@name123) are names.
ZH_SOCIAL_LABELS = [
    pytest.param("#2025春运# 开始了", "2025", Role.NAME, id="topic-year"),
    pytest.param("＃双12＃来了", "12", Role.NAME, id="topic-fullwidth"),
    pytest.param("@阿明2008 你好", "2008", Role.NAME, id="handle-space"),
    pytest.param("@阿明2008：你好", "2008", Role.NAME, id="handle-colon"),
    pytest.param("排名#3和#4名", "3", None, id="number-sign-not-topic"),
    pytest.param("@阿明买了3个 苹果", "3个", None, id="handle-without-digits"),
]
# Two adjacent digits before 成 are a range of tenths, as before any other unit.
ZH_TENTHS_RANGES = [
    pytest.param("有六七成的把握", (("六七成", "percent", "60..70", "%", "range"),), id="liu-qi-cheng"),
    pytest.param("涨了一两成", (("一两成", "percent", "10..20", "%", "range"),), id="yi-liang-cheng"),
]
ZH_TENTHS_RANGES_NOT = [
    pytest.param("游客三五成群", (), id="idiom"),
    pytest.param("七三成交", (), id="not-adjacent"),
]
# A price of speech before the one piece it buys (一块二一个): the 一 ends the elided minor digit.
ZH_PRICES_EACH = [
    pytest.param("橘子一块五一个", (("一块五", "money", "1.5", "CNY", "exact"),), id="yi-ge"),
    pytest.param("门票十块五一张", (("十块五", "money", "10.5", "CNY", "exact"),), id="yi-zhang"),
]
ZH_PRICES_EACH_NOT = [
    pytest.param("八块五一十", (("八块", "count", "8", None, "exact"),), id="not-a-piece"),
]
# E-commerce listings and stall prices: a discount in two digits (95折 = 95% of the price), a
# stall's price per one unit of weight (五块钱一斤), a free-shipping threshold in yuan (满99包邮),
# a spoken price before "free shipping" (九块九包邮).
ZH_LISTINGS = [
    pytest.param("会员享95折", (("95折", "percent", "95", "%", "exact"),), id="discount-two-digits"),
    pytest.param("全场88折", (("88折", "percent", "88", "%", "exact"),), id="discount-88"),
    pytest.param("土豆三块钱一斤", (("三块钱一斤", "money", "6000", "CNY/t", "exact"),), id="kuai-qian-yi-jin"),
    pytest.param("牛肉40元一公斤", (("40元一公斤", "money", "40000", "CNY/t", "exact"),), id="yuan-yi-gongjin"),
    pytest.param("羊肉二十块一斤", (("二十块一斤", "money", "40000", "CNY/t", "exact"),), id="kuai-yi-jin-not-count"),
    pytest.param("满59包邮", (("59", "money", "59", "CNY", "exact"),), id="free-shipping-threshold"),
    pytest.param("数据线六块八包邮", (("六块八", "money", "6.8", "CNY", "exact"),), id="spoken-price-free-shipping"),
    pytest.param("梨一斤6块", (("一斤6块", "money", "12000", "CNY/t", "exact"),), id="yi-jin-first"),
    pytest.param("一公斤45元", (("一公斤45元", "money", "45000", "CNY/t", "exact"),), id="yi-gongjin-first"),
    pytest.param("好评率96，高于90%的店铺", (("96", "number", "96", None, "exact"), ("高于90%", "percent", "90", "%", "over")), id="score-then-qualified-share"),
    pytest.param("可乐两瓶7元", (("两瓶", "count", "2", None, "exact"), ("7元", "money", "7", "CNY", "exact")), id="bottles"),
    pytest.param("月饼4盒", (("4盒", "count", "4", None, "exact"),), id="boxes"),
    pytest.param("三双袜子", (("三双", "count", "3", None, "exact"),), id="pairs"),
    pytest.param("分别增长4、近6%", (("4", "percent", "4", "%", "exact"), ("近6%", "percent", "6", "%", "nearly")), id="list-keeps-qualified-item"),
]
ZH_LISTINGS_NOT = [
    pytest.param("满2件包邮", (("2件", "count", "2", None, "exact"),), id="items-threshold-stays-count"),
    pytest.param("花了50元一次", (("50元", "money", "50", "CNY", "exact"),), id="one-time-is-no-rate"),
    pytest.param("买了3斤一共20元", (("3斤", "mass", "0.0015", "t", "exact"), ("20元", "money", "20", "CNY", "exact")), id="yigong-is-no-rate"),
    pytest.param("一波三折", (), id="idiom-stays-unread"),
    pytest.param("对折出售", (), id="no-numeral"),
    pytest.param("十一斤6块", (("十一斤", "mass", "0.0055", "t", "exact"), ("6块", "money", "6", "CNY", "exact")), id="eleven-jin-is-no-rate"),
    pytest.param("一吨钢材600元", (("一吨", "mass", "1", "t", "exact"), ("600元", "money", "600", "CNY", "exact")), id="noun-between-is-no-rate"),
    # 多 inside a numeral stands before a magnitude (三千多万), never before a digit: 一百多一斤 is
    # "over a hundred (yuan) a jin", not 110 jin.
    pytest.param("荔枝八十多一斤", (), id="over-then-one-unit-is-no-numeral"),
    pytest.param("两百多一个", (), id="over-then-one-piece-is-no-numeral"),
    pytest.param("卖了四千多万", (("四千多万", "number", "40000000", None, "over"),), id="over-before-magnitude"),
]
EN_LISTINGS = [
    pytest.param("Limit 4 per order", (("4", "number", "4", None, "exact"),), id="limit"),
    pytest.param("Buy 2, get 1 free", (("2", "number", "2", None, "exact"), ("1", "number", "1", None, "exact")), id="buy-get"),
    pytest.param("Rated 4.7 by buyers", (("4.7", "number", "4.7", None, "exact"),), id="rated"),
    pytest.param("Spend 200, save 30", (("200", "number", "200", None, "exact"), ("30", "number", "30", None, "exact")), id="spend-save"),
]
LISTING_PAIRS = [
    pytest.param("黄金会员享95折。", "Gold members get 5% off.", (), id="discount-95"),
    pytest.param("黄金会员享95折。", "Gold members get 95% off.", ("value",), id="discount-95-slip"),
    pytest.param("土豆三块钱一斤。", "Potatoes are 3 yuan a jin.", (), id="per-jin"),
    pytest.param("土豆三块钱一斤。", "Potatoes are 3 yuan a kilogram.", ("unit",), id="per-jin-slip"),
    pytest.param("满59包邮。", "Free shipping on orders over 59 yuan.", (), id="free-shipping"),
    pytest.param("满59包邮。", "Free shipping on orders over 99 yuan.", ("value",), id="free-shipping-slip"),
    pytest.param("梨一斤6块。", "Pears are 6 yuan a jin.", (), id="jin-first"),
    pytest.param("梨一斤6块。", "Pears are 6 yuan a kilogram.", ("unit",), id="jin-first-slip"),
    pytest.param("每单限购4件。", "Limit 4 per order.", (), id="limit"),
    pytest.param("每单限购4件。", "Limit 5 per order.", ("value",), id="limit-slip"),
    pytest.param("可乐两瓶7元。", "Cola: 7 yuan for two bottles.", (), id="bottles"),
    pytest.param("可乐两瓶7元。", "Cola: 7 yuan for three bottles.", ("value",), id="bottles-slip"),
]
COLLOQUIAL_PAIRS = [
    pytest.param("这台电脑花了我万把块。", "The laptop cost me about 10,000 yuan.", (), id="wan-ba"),
    pytest.param("这台电脑花了我万把块。", "The laptop cost me about 1,000 yuan.", ("magnitude",), id="wan-ba-slip"),
    pytest.param("会场来了千把人。", "About a thousand people turned up.", (), id="qian-ba"),
    pytest.param("咱们仨在上海住了俩月。", "The three of us lived in Shanghai for two months.", (), id="san-lia"),
    pytest.param("咱们仨在上海住了俩月。", "The three of us lived in Shanghai for three months.", ("value",), id="san-lia-slip"),
    pytest.param("夫妇俩开了家面馆。", "The couple opened a noodle shop.", (), id="couple"),
    pytest.param("这次旅行花了小两万。", "The trip cost nearly 20,000 yuan.", (), id="xiao-liang-wan"),
    pytest.param("儿子七岁半了。", "My son is seven and a half.", (), id="age-half"),
    pytest.param("橘子一块五一个。", "Oranges are 1.5 yuan each.", (), id="price-each"),
    pytest.param("橘子一块五一个。", "Oranges are 15 yuan each.", ("magnitude",), id="price-each-slip"),
    pytest.param("班里六七成的同学及格了。", "60 to 70 percent of the class passed.", (), id="tenths-range"),
    pytest.param("这件事我有六七成把握。", "I am 60 to 70 percent sure of it.", (), id="tenths-sure"),
    pytest.param("这件事我有六七成把握。", "I am 6 to 7 percent sure of it.", ("magnitude",), id="tenths-sure-slip"),
    pytest.param("班里六七成的同学及格了。", "6 to 7 percent of the class passed.", ("magnitude",), id="tenths-range-slip"),
    pytest.param("#2025春运# 今天开始。", "#2025春运# It starts today.", (), id="topic"),
    pytest.param("@阿明2008 说得对。", "@阿明2008 is right.", (), id="handle"),
    pytest.param("儿子七岁半了。", "My son is seven.", ("value",), id="age-half-slip"),
    pytest.param("娘俩去了公园。", "Mother and son went to the park.", (), id="mother-and-son"),
    pytest.param("这次旅行花了小两万块。", "The trip cost nearly 200,000 yuan.", ("magnitude",), id="xiao-liang-wan-slip"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"), ZH_BARE_MAGNITUDE_HEDGES + ZH_BARE_MAGNITUDE_HEDGES_NOT
)
def test_zh_bare_magnitude_hedges(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), COLLOQUIAL_PAIRS)
def test_colloquial_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), ZH_FUSED_COUNTS + ZH_FUSED_COUNTS_NOT)
def test_zh_fused_counts(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_SHORT_OF_ROUND + ZH_SHORT_OF_ROUND_NOT)
def test_zh_short_of_a_round_figure(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_AGE_HALVES + ZH_AGE_HALVES_NOT)
def test_zh_half_after_an_age(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "first", "role"), ZH_SOCIAL_LABELS)
def test_zh_social_media_labels_are_names(text: str, first: str, role: Role | None) -> None:
    claims = extract_text(text, LANGS["zh"])
    assert (claims[0].text, claims[0].role) == (first, role)


@pytest.mark.parametrize(("text", "expected"), ZH_TENTHS_RANGES + ZH_TENTHS_RANGES_NOT)
def test_zh_ranges_of_tenths(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_PRICES_EACH + ZH_PRICES_EACH_NOT)
def test_zh_price_of_each_piece(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_LISTINGS + ZH_LISTINGS_NOT)
def test_zh_listing_prices_and_discounts(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), LISTING_PAIRS)
def test_listing_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), EN_LISTINGS)
def test_en_listing_openers_are_no_names(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


# Public health, clinical and demographic text: ratios written with a colon after a word of a
# ratio (two figures, never a clock time), intervals of plain figures, statistics' abbreviations.
# fmt: off
ZH_RATIOS_WITH_A_COLON = [
    pytest.param("小学师生比为1:18", (("1", "number", "1", None, "exact"), ("18", "number", "18", None, "exact")), id="bi-wei"),
    pytest.param("医护比例为1∶1.35", (("1", "number", "1", None, "exact"), ("1.35", "number", "1.35", None, "exact")), id="ratio-sign-decimal"),
    pytest.param("按3:1分配", (("3", "number", "3", None, "exact"), ("1", "number", "1", None, "exact")), id="an"),
    pytest.param("生师比是17.5:1", (("17.5", "number", "17.5", None, "exact"), ("1", "number", "1", None, "exact")), id="decimal-first"),
]
ZH_RATIOS_WITH_A_COLON_NOT = [
    pytest.param("比9:45早到", (("9:45", "time", "09:45", None, "exact"),), id="bi-alone-compares"),
    pytest.param("会议定于10:30召开", (("10:30", "time", "10:30", None, "exact"),), id="clock"),
]
ZH_PLAIN_INTERVALS = [
    pytest.param("置信区间为1.3至2.7", (("1.3至2.7", "number", "1.3..2.7", None, "range"),), id="zhi-decimals"),
    pytest.param("得分在6到9之间", (("6到9", "number", "6..9", None, "range"),), id="dao-integers"),
    pytest.param("区间0.52-0.91", (("0.52-0.91", "number", "0.52..0.91", None, "range"),), id="dash-shares"),
    pytest.param("约1.5～2.5", (("约1.5～2.5", "number", "1.5..2.5", None, "range"),), id="tilde-hedged"),
]
ZH_PLAIN_INTERVALS_NOT = [
    pytest.param("由6到9", (("6", "number", "6", None, "exact"), ("9", "number", "9", None, "exact")), id="change-from"),
    pytest.param("2019至2023", (("2019", "number", "2019", None, "exact"), ("2023", "number", "2023", None, "exact")), id="years"),
    pytest.param("比分4-7", (), id="dash-score"),
    pytest.param("3.12-3.18", (), id="dash-dates"),
    pytest.param("以6至9落败", (("6", "number", "6", None, "exact"), ("9", "number", "9", None, "exact")), id="integers-no-between"),
]
EN_RATIOS_WITH_A_COLON = [
    pytest.param("The nurse-to-bed ratio in county hospitals was 1:25.", (("1", "number", "1", None, "exact"), ("25", "number", "25", None, "exact")), id="ratio-words-between"),
    pytest.param("Volunteers were randomised 2:1.", (("2", "number", "2", None, "exact"), ("1", "number", "1", None, "exact")), id="randomised"),
    pytest.param("in a 1:75 ratio", (("1", "number", "1", None, "exact"), ("75", "number", "75", None, "exact")), id="not-a-race-time"),
    pytest.param("They were split in a 3:2 ratio.", (("3", "number", "3", None, "exact"), ("2", "number", "2", None, "exact")), id="ratio-after"),
    pytest.param("a pupil-teacher ratio of 17.5:1", (("17.5", "number", "17.5", None, "exact"), ("1", "number", "1", None, "exact")), id="decimal-first"),
]
EN_RATIOS_WITH_A_COLON_NOT = [
    pytest.param("The ratio fell; the clinic opens at 8:45.", (("8:45", "time", "08:45", None, "exact"),), id="clause-ends"),
    pytest.param("The briefing starts at 10:30.", (("10:30", "time", "10:30", None, "exact"),), id="clock"),
]
EN_STATISTICS = [
    pytest.param("HR 0.71 (95% CI 0.55-0.92)", (("0.71", "number", "0.71", None, "exact"), ("95%", "percent", "95", "%", "exact"), ("0.55-0.92", "number", "0.55..0.92", None, "range")), id="hr-ci"),
    pytest.param("OR 1.8", (("1.8", "number", "1.8", None, "exact"),), id="odds-ratio"),
]
EN_STATISTICS_NOT = [
    pytest.param("the Boeing 737 fleet", (), id="model-name"),
    pytest.param("ORA 5 was launched", (), id="longer-word"),
]
# "per 1,000" right after a figure with no base named after it is a rate per mille, as "per
# thousand" is; with its base named ("per 1,000 people") it reads the base as a figure.
EN_PER_MILLE_IN_DIGITS = [
    pytest.param("a death rate of 7.4 per 1,000.", (("7.4 per 1,000", "percent", "0.74", "%", "exact"),), id="sentence-end"),
    pytest.param("the rate was 12 per 1000 in 2019", (("12 per 1000", "percent", "1.2", "%", "exact"), ("2019", "year", "2019", None, "exact")), id="no-comma-then-year"),
]
EN_PER_MILLE_IN_DIGITS_NOT = [
    pytest.param("4.1 per 1,000 live births", (("4.1", "number", "4.1", None, "exact"), ("1,000", "number", "1000", None, "exact")), id="base-named"),
    pytest.param("2.7 nurses per 1,000 residents", (("2.7", "number", "2.7", None, "exact"), ("1,000", "number", "1000", None, "exact")), id="not-after-the-figure"),
]
# A range of factors whose first "fold" hangs on a hyphen.
EN_SUSPENDED_FOLDS = [
    pytest.param("levels rose two- to fourfold", (("two- to fourfold", "multiplier", "2..4", None, "range"),), id="words"),
    pytest.param("a 4- to 6-fold increase", (("4- to 6-fold", "multiplier", "4..6", None, "range"),), id="digits"),
    pytest.param("a three- or fourfold rise", (("three- or fourfold", "multiplier", "3..4", None, "range"),), id="or"),
]
EN_SUSPENDED_FOLDS_NOT = [
    pytest.param("for six- to 8-year-olds", (("six", "number", "6", None, "exact"), ("8-year", "duration", "8", "year", "exact")), id="not-a-fold"),
]
# An age bound glued to its figure by a hyphen names the group it bounds.
EN_HYPHENATED_AGE_BOUNDS = [
    pytest.param("the under-five death rate", (("under-five", "number", "5", None, "under"),), id="under-five"),
    pytest.param("flu jabs for the over-75s", (("over-75s", "number", "75", None, "over"),), id="over-75s"),
]
EN_HYPHENATED_AGE_BOUNDS_NOT = [
    pytest.param("over-the-counter pills", (), id="no-figure"),
]
ZH_PER_MILLION = [
    pytest.param("每百万人口3.1例", (("百万", "number", "1000000", None, "exact"), ("3.1例", "count", "3.1", None, "exact")), id="per-million"),
]
HEALTH_PAIRS = [
    pytest.param("出生率为千分之七点四。", "The birth rate was 7.4 per 1,000.", (), id="per-mille-digits"),
    pytest.param("死亡率为7.4‰。", "The death rate was 7.4 per 1,000.", (), id="per-mille-sign"),
    pytest.param("死亡率为7.4‰。", "The death rate was 7.4%.", ("unit",), id="per-mille-slip"),
    pytest.param("每百万人口发病3.1例。", "There were 3.1 cases per million population.", (), id="per-million"),
    pytest.param("截至昨日24时，新增病例15例。", "As of midnight yesterday, there were 15 new cases.", (), id="as-of-midnight"),
    pytest.param("全校师生比为1:16。", "The school's teacher-student ratio was 1:16.", (), id="ratio"),
    pytest.param("全校师生比为1:16。", "The school's teacher-student ratio was 1:18.", ("value",), id="ratio-slip"),
    pytest.param("风险比为0.71（95%置信区间0.55-0.92）。", "The hazard ratio was 0.71 (95% CI 0.55-0.92).", (), id="hr-ci"),
    pytest.param("风险比为0.71（95%置信区间0.55-0.92）。", "The hazard ratio was 0.71 (95% CI 0.55-0.82).", ("value",), id="hr-ci-slip"),
    pytest.param("比值比为1.8，置信区间为1.1至2.9。", "The odds ratio was 1.8, with a confidence interval of 1.1 to 2.9.", (), id="or-ci"),
    pytest.param("比值比为1.8，置信区间为1.1至2.9。", "The odds ratio was 1.8, with a confidence interval of 1.1 to 9.2.", ("value",), id="or-ci-slip"),
    pytest.param("每天服药3至5次。", "Take it four times a day.", ("value",), id="figure-inside-range"),
    pytest.param("五岁以下儿童的死亡人数下降了。", "Deaths of under-five children fell.", (), id="under-five"),
    pytest.param("75岁以上老人可免费接种。", "The over-75s can be vaccinated free of charge.", (), id="over-75s"),
    pytest.param("抗体水平升高了4至8倍。", "Antibody levels rose four- to eightfold.", (), id="suspended-fold"),
    pytest.param("抗体水平升高了4至8倍。", "Antibody levels rose four- to sixfold.", ("value",), id="suspended-fold-slip"),
    pytest.param("70岁以上老人的流感疫苗接种率为76.4%。", "The flu vaccination rate among people aged 70 and above is 76.4%.", (), id="share-beside-an-age-bound"),
    pytest.param("70岁以上老人的流感疫苗接种率为76.4%。", "The flu vaccination rate among people aged 70 and above is 46.7%.", ("value",), id="share-beside-an-age-bound-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_RATIOS_WITH_A_COLON + ZH_RATIOS_WITH_A_COLON_NOT)
def test_zh_ratios_with_a_colon(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_PLAIN_INTERVALS + ZH_PLAIN_INTERVALS_NOT)
def test_zh_intervals_of_plain_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_RATIOS_WITH_A_COLON + EN_RATIOS_WITH_A_COLON_NOT)
def test_en_ratios_with_a_colon(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_STATISTICS + EN_STATISTICS_NOT)
def test_en_abbreviations_of_statistics(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), HEALTH_PAIRS)
def test_health_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), EN_PER_MILLE_IN_DIGITS + EN_PER_MILLE_IN_DIGITS_NOT)
def test_en_per_mille_in_digits(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_PER_MILLION)
def test_zh_per_million_base(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SUSPENDED_FOLDS + EN_SUSPENDED_FOLDS_NOT)
def test_en_suspended_folds(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"), EN_HYPHENATED_AGE_BOUNDS + EN_HYPHENATED_AGE_BOUNDS_NOT
)
def test_en_hyphenated_age_bounds(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


# Number forms (multiplier ranges, bare ranges). A range of occasions ("3 to 5 times") renders a
# multiplier range (3至5倍); "and" joins number words only after a scale word, so "between two and
# three" is a range; two digit runs joined by 至 or 到 with no unit are a bare range where 之间, 的
# or a punctuation mark ends them.
# fmt: off
EN_TIMES_RANGES = [
    pytest.param("prices are 3 to 5 times incomes", (("3 to 5 times", "number", "3..5", None, "range"),), id="to"),
    pytest.param("it rose 2-3 times.", (("2-3 times", "number", "2..3", None, "range"),), id="dash"),
    pytest.param("between two and three times as easily", (("between two and three times", "number", "2..3", None, "range"),), id="between-words"),
    pytest.param("between thirty and forty people", (("between thirty and forty", "number", "30..40", None, "range"),), id="between-tens"),
    pytest.param("two hundred and five", (("two hundred and five", "number", "205", None, "exact"),), id="and-after-scale"),
]
EN_TIMES_RANGES_NOT = [
    pytest.param("ten to twenty times larger", (("ten to twenty times", "multiplier", "10..20", None, "range"),), id="compared"),
    pytest.param("three to four times as many", (("three to four times", "multiplier", "3..4", None, "range"),), id="as-many"),
    pytest.param("test scores range from 20 to 30", (("20 to 30", "number", "20..30", None, "range"),), id="test-scores"),
    pytest.param("scores of people", (("scores", "number", "40..180", None, "range"),), id="scores-of"),
]
ZH_BARE_RANGES = [
    pytest.param("分数在30至40之间", (("30至40", "number", "30..40", None, "range"),), id="zhijian"),
    pytest.param("评分为60至70的产品", (("60至70", "number", "60..70", None, "range"),), id="de"),
    pytest.param("维持在1.5到2.5。", (("1.5到2.5", "number", "1.5..2.5", None, "range"),), id="decimal-mark"),
]
ZH_BARE_RANGES_NOT = [
    pytest.param("2019至2020的变化", (("2019", "number", "2019", None, "exact"), ("2020", "number", "2020", None, "exact")), id="years"),
    pytest.param("比分5-6。", (), id="dash"),
    pytest.param("第3至5条", (("第3", "number", "3", None, "exact"), ("5条", "count", "5", None, "exact")), id="rank"),
]
# Scientific notation: E notation and a power of ten written alone, on both sides.
EN_E_NOTATION = [
    pytest.param("about 6.02E23.", (("about 6.02E23", "number", "602000000000000000000000", None, "about"),), id="capital-e"),
    pytest.param("less than 1e-9.", (("less than 1e-9", "number", "0.000000001", None, "under"),), id="negative"),
    pytest.param("about 10^22 stars", (("about 10^22", "number", "10000000000000000000000", None, "about"),), id="caret-alone"),
    pytest.param("reached 1.2 × 10^9.", (("1.2 × 10^9", "number", "1200000000", None, "exact"),), id="sentence-end"),
]
EN_E_NOTATION_NOT = [
    pytest.param("room 10e", (), id="no-exponent"),
    pytest.param("in 10 e-mails", (("10", "number", "10", None, "exact"),), id="e-mail"),
]
ZH_E_NOTATION = [
    pytest.param("电荷为1.6e-19库仑", (("1.6e-19", "number", "0.00000000000000000016", None, "exact"),), id="e"),
    pytest.param("约有10²²颗", (("约有10²²", "number", "10000000000000000000000", None, "about"),), id="superscript-alone"),
    pytest.param("误差在10⁻³量级", (("10⁻³", "number", "0.001", None, "exact"),), id="negative-alone"),
]
ZH_E_NOTATION_NOT = [
    pytest.param("共10e", (), id="no-exponent"),
]
# Digit groupings: Indian (lakhs, crores) on both sides; European dotted thousands (two groups of
# three) and a decimal comma before a percent sign or after such thousands in English.
EN_DIGIT_GROUPINGS = [
    pytest.param("a bonus of Rs 1,20,000.", (("Rs 1,20,000", "money", "120000", "INR", "exact"),), id="lakh"),
    pytest.param("a population of 12,34,567.", (("12,34,567", "number", "1234567", None, "exact"),), id="indian"),
    pytest.param("Rs 2,50,00,000 in revenue", (("Rs 2,50,00,000", "money", "25000000", "INR", "exact"),), id="crore"),
    pytest.param("a population of 1.234.567.", (("1.234.567", "number", "1234567", None, "exact"),), id="dotted"),
    pytest.param("it cost EUR 1.234.567,89", (("EUR 1.234.567,89", "money", "1234567.89", "EUR", "exact"),), id="dotted-decimal"),
    pytest.param("inflation was 3,5 % last year", (("3,5 %", "percent", "3.5", "%", "exact"),), id="decimal-comma"),
]
EN_DIGIT_GROUPINGS_NOT = [
    pytest.param("it costs 32.500 euros", (("32.500 euros", "money", "32.5", "EUR", "exact"),), id="two-groups-decimal"),
    pytest.param("version 1.2.3 is out", (("1.2.3", "number", "1", None, "exact"),), id="version"),
    pytest.param("pages 3,5 and 7", (("5", "number", "5", None, "exact"), ("7", "number", "7", None, "exact")), id="list"),
    pytest.param("1,200,000 people", (("1,200,000", "number", "1200000", None, "exact"),), id="western"),
]
ZH_DIGIT_GROUPINGS = [
    pytest.param("售价为1,20,000卢比", (("1,20,000卢比", "money", "120000", "INR", "exact"),), id="lakh"),
    pytest.param("人口为12,34,567人", (("12,34,567人", "count", "1234567", None, "exact"),), id="indian"),
    pytest.param("人口为1,234,567人", (("1,234,567人", "count", "1234567", None, "exact"),), id="western"),
]
# A multiplier range stated by its two bounds; 以内 and 之内 after a span, as 内 (no ceiling).
ZH_BOUNDS_AND_SPANS = [
    pytest.param("罚款一倍以上五倍以下", (("一倍以上五倍以下", "multiplier", "1..5", None, "range"),), id="multiplier-bounds"),
    pytest.param("须在30天以内提交", (("30天以内", "duration", "30", "day", "exact"),), id="yinei"),
    pytest.param("须在48小时之内送达", (("48小时之内", "duration", "48", "hour", "exact"),), id="zhinei"),
]
ZH_BOUNDS_AND_SPANS_NOT = [
    pytest.param("人数在100人以内", (("100人以内", "count", "100", None, "under"),), id="count-ceiling"),
    pytest.param("罚款3倍以上", (("3倍以上", "multiplier", "3", None, "over"),), id="one-bound"),
]
# A bound written before the whole a share is of bounds the share after 的.
ZH_BOUNDS_OF_A_WHOLE = [
    pytest.param("预付款不超过合同总额的10%", (("10%", "percent", "10", "%", "under"),), id="not-over"),
    pytest.param("投入不少于营业收入的3%", (("3%", "percent", "3", "%", "over"),), id="not-under"),
    pytest.param("持股不得超过公司股份的5%", (("5%", "percent", "5", "%", "under"),), id="must-not-exceed"),
]
ZH_BOUNDS_OF_A_WHOLE_NOT = [
    pytest.param("占全国的10%", (("10%", "percent", "10", "%", "exact"),), id="no-bound"),
    pytest.param("销量超过去年。公司的5%", (("5%", "percent", "5", "%", "exact"),), id="across-a-sentence"),
    pytest.param("约为全国的10%", (("10%", "percent", "10", "%", "exact"),), id="one-character-hedge"),
]
# Ranges in web text's scale letters: a capital K where both ends have it, on both sides.
EN_WEB_RANGES = [
    pytest.param("monthly pay 8K-12K.", (("8K-12K", "number", "8000..12000", None, "range"),), id="capitals"),
    pytest.param("pays 10K–15K a month", (("10K–15K", "number", "10000..15000", None, "range"),), id="en-dash"),
    pytest.param("pays 8-12k a month", (("8-12k", "number", "8000..12000", None, "range"),), id="second-end"),
    pytest.param("from 20K to 30K", (("20K to 30K", "number", "20000..30000", None, "range"),), id="to"),
]
EN_WEB_RANGES_NOT = [
    pytest.param("a 5K-10K run", (("5K", "number", "5", None, "exact"),), id="run"),
    pytest.param("a 4K display", (("4K", "number", "4", None, "exact"),), id="single-capital"),
]
ZH_WEB_RANGES = [
    pytest.param("月薪8K-12K。", (("8K-12K", "number", "8000..12000", None, "range"),), id="capitals"),
    pytest.param("年薪200K-300K。", (("200K-300K", "number", "200000..300000", None, "range"),), id="hundreds"),
]
ZH_WEB_RANGES_NOT = [
    pytest.param("支持4K-8K视频", (("4K", "number", "4", None, "exact"),), id="resolution"),
    pytest.param("充电器65W-100W。", (("65W-100W", "quantity", "65..100", "W", "range"),), id="watts"),
]
NUMBER_FORM_PAIRS = [
    pytest.param("月薪8K-12K。", "Monthly salary 8K-12K.", (), id="web-range"),
    pytest.param("月薪8K-12K。", "Monthly salary 8K-15K.", ("value",), id="web-range-slip"),
    pytest.param("预付款不超过合同总额的10%。", "The advance is no more than 10% of the contract value.", (), id="bound-of-whole"),
    pytest.param("预付款不超过合同总额的10%。", "The advance is at least 10% of the contract value.", ("qualifier",), id="bound-of-whole-slip"),
    pytest.param("罚款为违法所得的一倍以上五倍以下。", "The fine is one to five times the gains.", (), id="multiplier-bounds"),
    pytest.param("罚款为违法所得的一倍以上五倍以下。", "The fine is one to ten times the gains.", ("value",), id="multiplier-bounds-slip"),
    pytest.param("企业应当在30天以内提交报告。", "Companies must report within 30 days.", (), id="within"),
    pytest.param("产量增长了两到三倍。", "Output grew three to four times.", (), id="times-range-convention"),
    pytest.param("产量增长了3至5倍。", "Output grew 4 to 10 times.", ("value",), id="times-range-one-end-shifted"),
    pytest.param("企业应当在30天以内提交报告。", "Companies must report within 30 weeks.", ("unit",), id="within-slip"),
    pytest.param("该车售价为1,20,000卢比。", "The car sells for Rs 1,20,000.", (), id="lakh"),
    pytest.param("该车售价为120000卢比。", "The car sells for Rs 12,000.", ("magnitude",), id="lakh-slip"),
    pytest.param("工厂年产量为250万件。", "The factory produces 2.500.000 units a year.", (), id="dotted"),
    pytest.param("通胀率为3.5%。", "The inflation rate was 3,5 %.", (), id="decimal-comma"),
    pytest.param("通胀率为3.5%。", "The inflation rate was 3,8 %.", ("value",), id="decimal-comma-slip"),
    pytest.param("常数约为6.02×10²³。", "The constant is about 6.02E23.", (), id="e-against-superscript"),
    pytest.param("常数约为6.02×10²³。", "The constant is about 6.02E22.", ("magnitude",), id="e-slip"),
    pytest.param("宇宙中约有10²²颗恒星。", "There are about 10^22 stars.", (), id="power-alone"),
    pytest.param("房价是收入的3至5倍。", "House prices are 3 to 5 times incomes.", (), id="times-range"),
    pytest.param("容量提升了两到三倍。", "Capacity grew two to three times.", (), id="times-range-words"),
    pytest.param("传播力是流感的2至3倍。", "It spreads between two and three times as easily.", (), id="times-range-between"),
    pytest.param("房价是收入的3至5倍。", "House prices are 3 to 6 times incomes.", ("value",), id="times-range-slip"),
    pytest.param("分数在30至40之间。", "Scores are between 30 and 40.", (), id="bare-range"),
    pytest.param("分数在30至40之间。", "Scores are between 30 and 50.", ("value",), id="bare-range-slip"),
    pytest.param("指数在三十到四十之间。", "The index is between thirty and forty.", (), id="bare-range-words"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_TIMES_RANGES + EN_TIMES_RANGES_NOT)
def test_en_ranges_of_times(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_BARE_RANGES + ZH_BARE_RANGES_NOT)
def test_zh_bare_ranges_of_digits(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), NUMBER_FORM_PAIRS)
def test_number_form_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), EN_E_NOTATION + EN_E_NOTATION_NOT)
def test_en_e_notation(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_E_NOTATION + ZH_E_NOTATION_NOT)
def test_zh_e_notation(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_DIGIT_GROUPINGS + EN_DIGIT_GROUPINGS_NOT)
def test_en_digit_groupings(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_DIGIT_GROUPINGS)
def test_zh_digit_groupings(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_BOUNDS_AND_SPANS + ZH_BOUNDS_AND_SPANS_NOT)
def test_zh_multiplier_bounds_and_spans_within(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_BOUNDS_OF_A_WHOLE + ZH_BOUNDS_OF_A_WHOLE_NOT)
def test_zh_bound_before_the_whole_of_a_share(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_WEB_RANGES + EN_WEB_RANGES_NOT)
def test_en_web_ranges_in_capitals(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_WEB_RANGES + ZH_WEB_RANGES_NOT)
def test_zh_web_ranges_in_capitals(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


# History and biography: a year of an emperor's reign (乾隆三年) is the common-era year it names
# (1735 + 3), stating its year within the reign; 元年 is the reign's first. It pairs with the
# Western year, with the rank a translation gives it ("the third year of ... reign") and with a
# Gregorian year restated in brackets; a rank or a year written wrong is a value slip.
# fmt: off
ZH_REIGN_YEARS = [
    pytest.param("嘉庆十年", (("嘉庆十年", "year", "1805", None, "exact"),), id="jiaqing"),
    pytest.param("咸丰元年", (("咸丰元年", "year", "1851", None, "exact"),), id="first-year"),
    pytest.param("民国元年", (("民国元年", "year", "1912", None, "exact"),), id="republic-first-year"),
    pytest.param("萬曆二十年", (("萬曆二十年", "year", "1592", None, "exact"),), id="traditional"),
    pytest.param("同治二年三月", (("同治二年", "year", "1863", None, "exact"), ("三月", "date", "--03", None, "exact")), id="month-unread-into-the-year"),
]
ZH_REIGN_YEARS_NOT = [
    # A reign's name with no year, a span of years after it, 元 as a currency: no reign year.
    pytest.param("雍正年间修建", (), id="reign-period"),
    pytest.param("道光在位三十年", (("三十年", "duration", "30", "year", "exact"),), id="years-on-the-throne"),
    pytest.param("门票元年卡", (), id="yuan-without-a-reign"),
]
REIGN_YEAR_PAIRS = [
    pytest.param("嘉庆十年，书院落成。", "The academy was completed in 1805.", (), id="western-year"),
    pytest.param("嘉庆十年，书院落成。", "The academy was completed in 1850.", ("value",), id="western-year-slip"),
    pytest.param("嘉庆十年，书院落成。", "The academy was completed in the tenth year of the Jiaqing reign.", (), id="rank-word"),
    pytest.param("嘉庆十年，书院落成。", "The academy was completed in the twelfth year of the Jiaqing reign.", ("value",), id="rank-word-slip"),
    pytest.param("咸丰十一年，皇帝驾崩。", "The emperor died in the 11th year of his reign.", (), id="rank-digits"),
    pytest.param("咸丰十一年，皇帝驾崩。", "The emperor died in the 10th year of his reign.", ("value",), id="rank-digits-slip"),
    pytest.param("同治元年（1862年），学堂开办。", "The school opened in 1862, the first year of the Tongzhi reign.", (), id="year-restated-in-brackets"),
    pytest.param("同治元年，学堂开办。", "The school opened in the first year of the Tongzhi reign.", (), id="first-year-rank"),
    pytest.param("同治元年，学堂开办。", "The school opened in the second year of the Tongzhi reign.", ("value",), id="first-year-rank-slip"),
    pytest.param("第三卷收录了他的书信。", "The third volume collects his letters.", (), id="volume-rank"),
    pytest.param("第三卷收录了他的书信。", "The second volume collects his letters.", ("value",), id="volume-rank-slip"),
]
# "first" and "second" rank a year of a reign or an era; elsewhere they stay unread. A rank
# written with thousands separators is read whole.
EN_RANKS_OF_HISTORY = [
    pytest.param("in the first year of his reign", (("first", "number", "1", None, "exact"),), id="first-of-his-reign"),
    pytest.param("the second year of Emperor Tongzhi's reign", (("second", "number", "2", None, "exact"),), id="second-of-emperor"),
    pytest.param("the first year of the Kaiyuan era", (("first", "number", "1", None, "exact"),), id="first-of-an-era"),
    pytest.param("the 1,500th anniversary", (("1,500th", "number", "1500", None, "exact"),), id="grouped-rank"),
    pytest.param("its 10,000th visitor", (("10,000th", "number", "10000", None, "exact"),), id="grouped-rank-visitor"),
    pytest.param("the second volume of his diaries", (("second", "number", "2", None, "exact"),), id="second-volume"),
    pytest.param("in the first chapter", (("first", "number", "1", None, "exact"),), id="first-chapter"),
]
EN_RANKS_OF_HISTORY_NOT = [
    pytest.param("the first year of the programme", (), id="first-year-of-a-plan"),
    pytest.param("a second year of drought", (), id="second-year"),
    pytest.param("the second half of the volume", (), id="second-half"),
    pytest.param("in 1,5th place", (("5th", "number", "5", None, "exact"),), id="no-group-of-one"),
]
# Years since an event, as anniversaries state them (诞辰80周年), against their rank, grouped too.
ANNIVERSARY_PAIRS = [
    pytest.param("纪念他诞辰80周年。", "Marking the 80th anniversary of his birth.", (), id="birth"),
    pytest.param("这座书院建院1200周年。", "The academy marks the 1,200th anniversary of its founding.", (), id="grouped-rank"),
    pytest.param("这座书院建院1200周年。", "The academy marks its 1,200th anniversary and 300 years of teaching.", ("addition",), id="grouped-rank-beside-another-figure"),
]
# A count of the great or main ones of a kind: 四大 "the four great", 三大 "the three major".
ZH_GREAT_COUNTS = [
    pytest.param("中国古代四大发明", (("四大", "count", "4", None, "exact"),), id="four-great"),
    pytest.param("两大阵营对峙", (("两大", "count", "2", None, "exact"),), id="liang"),
    pytest.param("评出十大新闻", (("十大", "count", "10", None, "exact"),), id="top-ten"),
    pytest.param("分为三大部分", (("三大", "count", "3", None, "exact"),), id="major-parts"),
]
ZH_GREAT_COUNTS_NOT = [
    pytest.param("全国第三大城市", (("第三", "number", "3", None, "exact"),), id="rank-of-size"),
    pytest.param("党的十九大以来", (), id="a-congress"),
    pytest.param("五大于三", (), id="greater-than"),
    pytest.param("老三大约十岁", (("大约十岁", "count", "10", None, "about"),), id="another-word-after"),
    pytest.param("一大早出门", (), id="one"),
]
GREAT_COUNT_PAIRS = [
    pytest.param("三大航空公司宣布停飞。", "The three major airlines announced they would ground flights.", (), id="three-major"),
    pytest.param("三大航空公司宣布停飞。", "The four major airlines announced they would ground flights.", ("value",), id="three-major-slip"),
]
# The years of a life in brackets after a name: each a year, on both sides.
ZH_LIFE_SPANS = [
    pytest.param("杜牧（803—852）", (("803", "year", "803", None, "exact"), ("852", "year", "852", None, "exact")), id="bare"),
    pytest.param("陶渊明（365年－427年）", (("365年", "year", "365", None, "exact"), ("427年", "year", "427", None, "exact")), id="with-nian"),
    pytest.param("齐白石（1864-1957）", (("1864", "year", "1864", None, "exact"), ("1957", "year", "1957", None, "exact")), id="four-digits"),
]
ZH_LIFE_SPANS_NOT = [
    pytest.param("（3年－5年）", (("3年", "duration", "3", "year", "exact"), ("5年", "duration", "5", "year", "exact")), id="short-spans"),
    pytest.param("（365年－427）", (("365年", "duration", "365", "year", "exact"), ("427", "number", "427", None, "exact")), id="nian-on-one-end"),
]
EN_LIFE_SPANS = [
    pytest.param("Du Mu (803-852)", (("803", "year", "803", None, "exact"), ("852", "year", "852", None, "exact")), id="hyphen"),
    pytest.param("Tao Yuanming (365 – 427)", (("365", "year", "365", None, "exact"), ("427", "year", "427", None, "exact")), id="spaced-dash"),
]
EN_LIFE_SPANS_NOT = [
    pytest.param("between 365 and 427 people", (("between 365 and 427", "number", "365..427", None, "range"),), id="a-range"),
    pytest.param("some 365-427 people", (("365-427", "number", "365..427", None, "range"),), id="unbracketed"),
]
# Half a century written with a hyphen or an article before it (半个世纪).
EN_HALF_CENTURIES = [
    pytest.param("a half-century-long career", (("half-century", "duration", "50", "year", "exact"),), id="hyphenated"),
    pytest.param("for a half century", (("a half century", "duration", "50", "year", "exact"),), id="article"),
]
EN_HALF_CENTURIES_NOT = [
    pytest.param("a century-long career", (), id="a-century-stays-unread"),
]
LIFE_SPAN_PAIRS = [
    pytest.param("杜牧（803—852）是晚唐诗人。", "Du Mu (803–852) was a poet of the late Tang.", (), id="pair"),
    pytest.param("杜牧（803—852）是晚唐诗人。", "Du Mu (803–858) was a poet of the late Tang.", ("value",), id="slip"),
    pytest.param("他执教长达半个世纪。", "His half-century-long teaching career.", (), id="half-century"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_LIFE_SPANS + ZH_LIFE_SPANS_NOT)
def test_zh_years_of_a_life(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_LIFE_SPANS + EN_LIFE_SPANS_NOT)
def test_en_years_of_a_life(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_HALF_CENTURIES + EN_HALF_CENTURIES_NOT)
def test_en_half_centuries(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), LIFE_SPAN_PAIRS)
def test_life_span_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), ZH_GREAT_COUNTS + ZH_GREAT_COUNTS_NOT)
def test_zh_counts_of_the_great_ones(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), GREAT_COUNT_PAIRS)
def test_great_count_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), ZH_REIGN_YEARS + ZH_REIGN_YEARS_NOT)
def test_zh_years_of_a_reign(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), REIGN_YEAR_PAIRS)
def test_reign_year_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


def test_a_wrong_rank_of_a_reign_year_is_fixed_by_its_rank() -> None:
    (finding,) = check("咸丰十一年，皇帝驾崩。", "The emperor died in the 10th year of his reign.")
    assert finding.suggestion == "11th"


@pytest.mark.parametrize(("text", "expected"), EN_RANKS_OF_HISTORY + EN_RANKS_OF_HISTORY_NOT)
def test_en_ranks_of_history(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), ANNIVERSARY_PAIRS)
def test_anniversary_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Long articles: a month name alone with a possessive is the month ("December's deliveries"), as
# the 12月 it renders; "May's" stays unread, as often a person's name. So is a month after a part
# of it ("the second half of March", "the first two weeks of January").
EN_MONTH_POSSESSIVES = [
    pytest.param("21,300 of December's deliveries", (("21,300", "number", "21300", None, "exact"), ("December", "date", "--12", None, "exact")), id="december-s"),
    pytest.param("January\u2019s exports fell", (("January", "date", "--01", None, "exact"),), id="curly-apostrophe"),
    pytest.param("May's cabinet met", (), id="may-s-a-name"),
    pytest.param("the Decembers of old", (), id="plural-not-a-month"),
    pytest.param("in the second half of March", (("March", "date", "--03", None, "exact"),), id="half-of-month"),
    pytest.param("the first half of the year", (), id="half-of-year-unread"),
]
MONTH_POSSESSIVE_PAIRS = [
    pytest.param("12月交付4.8万辆，12月S7交付2.1万辆。", "It delivered 48,000 cars in December, 21,000 of them December's S7 sales.", (), id="restated-month"),
    pytest.param("11月交付4.8万辆。", "December's deliveries were 48,000 cars.", ("value",), id="wrong-month"),
    pytest.param("3月下半月销量回落。", "Sales eased in the second half of March.", (), id="half-of-the-month"),
    pytest.param("3月下半月销量回落。", "Sales eased in the second half of April.", ("value",), id="half-of-another-month"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_MONTH_POSSESSIVES)
def test_en_month_possessives(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), MONTH_POSSESSIVE_PAIRS)
def test_month_possessive_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Long articles: a dash between two spaces before a figure is punctuation, an aside or a
# restatement ("in 2025 — 10 million kilowatts — and"), not a sign; a sign mark glued to its
# figure, or a sign word, stays a sign.
EN_SPACED_DASHES = [
    pytest.param("add 10 GW in 2025 \u2014 10 million kilowatts \u2014 and", (("10 GW", "quantity", "10000000000", "W", "exact"), ("2025", "year", "2025", None, "exact"), ("10 million kilowatts", "quantity", "10000000000", "W", "exact")), id="em-dash-aside"),
    pytest.param("the output \u2013 40 tons \u2013 rose", (("40 tons", "mass", "40", "t", "exact"),), id="en-dash-aside"),
    pytest.param("it fell to -5 degrees", (("-5 degrees", "quantity", "-5", "degC", "exact"),), id="glued-minus"),
    pytest.param("it fell to \u22125 degrees", (("\u22125 degrees", "quantity", "-5", "degC", "exact"),), id="glued-minus-sign"),
    pytest.param("stocks fell by minus 40 tons", (("minus 40 tons", "mass", "-40", "t", "exact"),), id="sign-word"),
]
SPACED_DASH_PAIRS = [
    pytest.param("今年新增1000万千瓦光伏。", "It will add 10 GW of solar this year \u2014 10 million kilowatts \u2014 in all.", (), id="restated-after-a-dash"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_SPACED_DASHES)
def test_en_spaced_dashes(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), SPACED_DASH_PAIRS)
def test_spaced_dash_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Long articles (product launches): a volume written as a modifier in the singular is read in its
# unit ("a 4-gallon tank", "a 2-milliliter dose", "a 500 cubic meter tank").
EN_SINGULAR_VOLUMES = [
    pytest.param("a 4-gallon water tank", (("4-gallon", "quantity", "15.141647136", "L", "exact"),), id="gallon"),
    pytest.param("a 2-milliliter dose", (("2-milliliter", "quantity", "0.002", "L", "exact"),), id="milliliter"),
    pytest.param("a 500 cubic meter tank", (("500 cubic meter", "quantity", "500000", "L", "exact"),), id="cubic-meter"),
]
SINGULAR_VOLUME_PAIRS = [
    pytest.param("水箱容量4升。", "It has a 4-gallon water tank.", ("unit",), id="litres-as-gallons"),
    pytest.param("水箱容量15升。", "It has a 4-gallon water tank.", (), id="litres-converted-to-gallons"),
    pytest.param("每剂2毫升。", "Each is a 2-milliliter dose.", (), id="milliliters"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_SINGULAR_VOLUMES)
def test_en_singular_volumes(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), SINGULAR_VOLUME_PAIRS)
def test_singular_volume_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Education and admissions. University projects named by a number (985高校, 211工程, "Project 985"):
# the number is a name on both sides, no count; a count of such schools stays a count.
# fmt: off
ZH_UNIVERSITY_PROJECTS = [
    pytest.param("她考进了一所985高校。", (("985", "number", "985", None, "exact"),), id="985-school"),
    pytest.param("该校是211工程重点建设大学。", (("211", "number", "211", None, "exact"),), id="211-project"),
    pytest.param("985、211院校毕业生", (("985", "number", "985", None, "exact"), ("211", "number", "211", None, "exact")), id="listed"),
    pytest.param("985/211大学", (("985", "number", "985", None, "exact"), ("211", "number", "211", None, "exact")), id="slashed"),
]
ZH_UNIVERSITY_PROJECTS_NOT = [
    pytest.param("全省共有985所高校。", (("985所", "count", "985", None, "exact"),), id="a-count"),
    pytest.param("共有985名校友参会。", (("985名", "count", "985", None, "exact"),), id="people"),
    pytest.param("1985年高校扩招", (("1985年", "year", "1985", None, "exact"),), id="a-year"),
]
EN_UNIVERSITY_PROJECTS = [
    pytest.param("a Project 985 university", (("985", "number", "985", None, "exact"),), id="project-985"),
    pytest.param("under Project 211,", (("211", "number", "211", None, "exact"),), id="project-211"),
]
EN_UNIVERSITY_PROJECTS_NOT = [
    pytest.param("the project 985 tons", (("985 tons", "mass", "985", "t", "exact"),), id="lowercase"),
    pytest.param("Project 2000 began", (("2000", "year", "2000", None, "exact"),), id="other-number"),
]
# Tiers of admission: 一本线, 二本院校 ("the second-tier cut-off") name a tier, no count of books.
ZH_ADMISSION_TIERS = [
    pytest.param("二本线为430分", (("430", "number", "430", None, "exact"),), id="second-tier-line"),
    pytest.param("三本院校学费较高", (), id="third-tier-colleges"),
    pytest.param("一本分数线为520分", (("520", "number", "520", None, "exact"),), id="first-tier-line"),
]
ZH_ADMISSION_TIERS_NOT = [
    pytest.param("他借了两本书。", (("两本", "count", "2", None, "exact"),), id="books"),
    pytest.param("买了3本练习册", (("3本", "count", "3", None, "exact"),), id="workbooks"),
]
UNIVERSITY_PAIRS = [
    pytest.param("他被一所985高校录取。", "He was admitted to a Project 985 university.", (), id="985"),
    pytest.param("共有39所985高校和116所211高校。", "There are 39 Project 985 and 116 Project 211 universities.", (), id="counts-and-names"),
    pytest.param("共有39所985高校。", "There are 36 Project 985 universities.", ("value",), id="slip-in-count"),
    pytest.param("二本线为430分。", "The second-tier cut-off is 430 points.", (), id="tier"),
    pytest.param("二本线为430分。", "The second-tier cut-off is 410 points.", ("value",), id="tier-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_UNIVERSITY_PROJECTS + ZH_UNIVERSITY_PROJECTS_NOT)
def test_zh_university_projects(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_UNIVERSITY_PROJECTS + EN_UNIVERSITY_PROJECTS_NOT)
def test_en_university_projects(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_ADMISSION_TIERS + ZH_ADMISSION_TIERS_NOT)
def test_zh_admission_tiers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), UNIVERSITY_PAIRS)
def test_university_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


def test_university_project_names_carry_the_name_role() -> None:
    roles = [c.role for c in extract_text("985、211高校", LANGS["zh"])]
    assert roles == [Role.NAME, Role.NAME]
    assert [c.role for c in extract_text("Project 985", LANGS["en"])] == [Role.NAME]


# A score over the top of its scale with a slash (GPA 3.8/4.0, 评分4.8/5): the score is the figure.
# fmt: off
ZH_SCORES_OVER_SCALE = [
    pytest.param("她的GPA为3.8/4.0。", (("3.8/4.0", "number", "3.8", None, "exact"),), id="gpa"),
    pytest.param("该应用评分4.7/5。", (("4.7/5", "number", "4.7", None, "exact"),), id="rating"),
    pytest.param("GPA 3.65/4.3", (("3.65/4.3", "number", "3.65", None, "exact"),), id="label-space"),
]
ZH_SCORES_OVER_SCALE_NOT = [
    pytest.param("支持Android 4.4/5.0系统", (), id="versions"),
    pytest.param("比例为3.8/7", (), id="other-top"),
]
EN_SCORES_OVER_SCALE = [
    pytest.param("Her GPA is 3.9/4.0.", (("3.9/4.0", "number", "3.9", None, "exact"),), id="gpa"),
    pytest.param("rated 4.6/5 by buyers", (("4.6/5", "number", "4.6", None, "exact"),), id="rating"),
    pytest.param("a GPA 3.5/4", (("3.5/4", "number", "3.5", None, "exact"),), id="label-space"),
]
EN_SCORES_OVER_SCALE_NOT = [
    pytest.param("runs Android 4.4/5.0 builds", (), id="versions"),
    pytest.param("a 3.8/4.0.1 patch", (("4.0.1", "number", "4", None, "exact"),), id="dotted-on"),
]
SCORE_OVER_SCALE_PAIRS = [
    pytest.param("她的GPA为3.8/4.0。", "Her GPA is 3.8/4.0.", (), id="pair"),
    pytest.param("她的GPA为3.8/4.0。", "Her GPA is 3.6/4.0.", ("value",), id="slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_SCORES_OVER_SCALE + ZH_SCORES_OVER_SCALE_NOT)
def test_zh_scores_over_their_scale(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SCORES_OVER_SCALE + EN_SCORES_OVER_SCALE_NOT)
def test_en_scores_over_their_scale(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), SCORE_OVER_SCALE_PAIRS)
def test_score_over_scale_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# The scales of marks (百分制, "a 100-point scale") and the names of tests before a score ("IELTS
# 6.5", "TOEFL 90 and above", no model names).
# fmt: off
ZH_MARK_SCALES = [
    pytest.param("百分制下85分为优秀", (("百分制", "count", "100", None, "exact"), ("85", "number", "85", None, "exact")), id="hundred"),
    pytest.param("采用五分制评分", (("五分制", "count", "5", None, "exact"),), id="five"),
]
ZH_MARK_SCALES_NOT = [
    pytest.param("增长百分之五", (("百分之五", "percent", "5", "%", "exact"),), id="percent"),
]
EN_TEST_SCORES = [
    pytest.param("accepts IELTS 6.5 or above", (("6.5 or above", "number", "6.5", None, "over"),), id="ielts"),
    pytest.param("a TOEFL 100 is needed", (("100", "number", "100", None, "exact"),), id="toefl"),
    pytest.param("with GRE 325", (("325", "number", "325", None, "exact"),), id="gre"),
]
EN_TEST_SCORES_NOT = [
    pytest.param("runs Windows 10 only", (), id="model"),
    pytest.param("a Boeing 737 landed", (), id="aircraft"),
]
TEST_SCORE_PAIRS = [
    pytest.param("接受雅思6.5或托福90以上的成绩。", "Accepts IELTS 6.5 or TOEFL 90 and above.", (), id="pair"),
    pytest.param("接受雅思6.5或托福90以上的成绩。", "Accepts IELTS 7.5 or TOEFL 90 and above.", ("value",), id="slip"),
    pytest.param("百分制下85分以上为优秀。", "On a 100-point scale, 85 and above is excellent.", (), id="scale"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_MARK_SCALES + ZH_MARK_SCALES_NOT)
def test_zh_scales_of_marks(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_TEST_SCORES + EN_TEST_SCORES_NOT)
def test_en_scores_after_a_test_name(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), TEST_SCORE_PAIRS)
def test_test_score_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# The competition ratio of an exam, after a word of a ratio with 达 (竞争比例达到3000:1): up to five
# digits a term there; a bare colon keeps to scores of three digits.
# fmt: off
ZH_COMPETITION_RATIOS = [
    pytest.param("该岗位竞争比例达到3000:1", (("3000", "number", "3000", None, "exact"), ("1", "number", "1", None, "exact")), id="reached"),
    pytest.param("竞争比达12000：1", (("12000", "number", "12000", None, "exact"), ("1", "number", "1", None, "exact")), id="fullwidth-colon"),
]
ZH_COMPETITION_RATIOS_NOT = [
    pytest.param("共3000:1", (), id="no-ratio-word"),
]
COMPETITION_RATIO_PAIRS = [
    pytest.param("该岗位竞争比例达到3000:1。", "Competition for the post reached 3,000 to 1.", (), id="pair"),
    pytest.param("该岗位竞争比例达到3000:1。", "Competition for the post reached 300 to 1.", ("magnitude",), id="slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_COMPETITION_RATIOS + ZH_COMPETITION_RATIOS_NOT)
def test_zh_competition_ratios(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), COMPETITION_RATIO_PAIRS)
def test_competition_ratio_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# A school grade is its rank (六年级 "sixth grade", 12年级 "12th grade"): an ordinal on both sides,
# so one grade against another is a value slip; not 一年级 nor a year of a stage (高三年级).
# fmt: off
ZH_SCHOOL_GRADES = [
    pytest.param("她读六年级。", (("六", "number", "6", None, "exact"),), id="numerals"),
    pytest.param("他今年读12年级。", (("12", "number", "12", None, "exact"),), id="digits"),
    pytest.param("十一年级学生", (("十一", "number", "11", None, "exact"),), id="eleventh"),
]
ZH_SCHOOL_GRADES_NOT = [
    pytest.param("孩子上一年级。", (), id="first"),
    pytest.param("高三年级学生", (), id="senior-high"),
    pytest.param("初中三年级", (), id="junior-high"),
    pytest.param("共123年级", (), id="long-run"),
]
SCHOOL_GRADE_PAIRS = [
    pytest.param("她在六年级时转学。", "She transferred schools in sixth grade.", (), id="pair"),
    pytest.param("他今年读12年级。", "He is in 11th grade this year.", ("value",), id="slip"),
    pytest.param("她读六年级。", "She is in Grade 6.", (), id="label-alone"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_SCHOOL_GRADES + ZH_SCHOOL_GRADES_NOT)
def test_zh_school_grades(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), SCHOOL_GRADE_PAIRS)
def test_school_grade_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


def test_a_school_grade_is_an_ordinal() -> None:
    assert [c.role for c in extract_text("她读六年级。", LANGS["zh"])] == [Role.ORDINAL]


# Entertainment and media: ratings in stars are scores; lists named by how many they rank.
# fmt: off
ZH_STAR_RATINGS = [
    pytest.param("乐评人给了三星半", (("三星半", "number", "3.5", None, "exact"),), id="and-a-half"),
    pytest.param("收获了大量五星好评", (("五星", "number", "5", None, "exact"),), id="five-star-reviews"),
    pytest.param("只得到两颗星的评价", (("两颗星", "number", "2", None, "exact"),), id="with-ke"),
    pytest.param("读者给出4星推荐", (("4星", "number", "4", None, "exact"),), id="digit"),
]
ZH_STAR_RATINGS_NOT = [
    pytest.param("三星发布了新款手机", (), id="samsung"),
    pytest.param("天安门广场升起五星红旗", (), id="flag"),
    pytest.param("入住五星级宾馆", (("五星级", "count", "5", None, "exact"),), id="hotel-grade"),
    pytest.param("还需要两星期", (("两星期", "duration", "14", "day", "exact"),), id="weeks"),
    pytest.param("第五星的亮度", (("第五", "number", "5", None, "exact"),), id="ordinal"),
]
ZH_RANKED_LISTS = [
    pytest.param("登上公告牌200强专辑榜", (("200", "number", "200", None, "exact"),), id="billboard"),
    pytest.param("入选财富500强", (("500", "number", "500", None, "exact"),), id="fortune"),
]
ZH_RANKED_LISTS_NOT = [
    pytest.param("个人财富300亿元", (("300亿元", "money", "30000000000", "CNY", "exact"),), id="wealth-amount"),
]
SCORES_ON_A_SCALE = [
    pytest.param("zh", "猫眼评分9.1/10", (("9.1/10", "number", "9.1", None, "exact"),), id="zh-ten"),
    pytest.param("zh", "用户打分4.2／5", (("4.2／5", "number", "4.2", None, "exact"),), id="zh-fullwidth-five"),
    pytest.param("en", "Metacritic users gave it 8.7/10.", (("8.7/10", "number", "8.7", None, "exact"),), id="en-ten"),
    pytest.param("en", "a score of 88.5/100", (("88.5/100", "number", "88.5", None, "exact"),), id="en-hundred"),
]
SCORES_ON_A_SCALE_NOT = [
    pytest.param("en", "7 out of 10 viewers", (("7 out of 10", "percent", "70", "%", "exact"),), id="words"),
    pytest.param("en", "the ratio 2.5/10.5", (), id="decimal-top"),
    pytest.param("en", "a rate of 6.5/100%", (), id="percent-after"),
    pytest.param("zh", "评分3.5/8", (), id="other-top"),
]
ZH_SHOW_SEASONS = [
    pytest.param("这档真人秀已经拍了八季", (("八季", "count", "8", None, "exact"),), id="numeral"),
    pytest.param("动画片更新到了15季", (("15季", "count", "15", None, "exact"),), id="digits"),
]
ZH_SHOW_SEASONS_NOT = [
    pytest.param("这里一年四季气候宜人", (), id="seasons-of-the-year"),
    pytest.param("全年分为四季", (), id="four-seasons"),
    pytest.param("前两季营收增长", (), id="quarters"),
    pytest.param("第四季将在秋天开播", (("第四", "number", "4", None, "exact"),), id="ordinal"),
    pytest.param("她拿到了季军", (), id="third-place"),
    pytest.param("他主持一档访谈节目", (), id="a-show"),
    pytest.param("五一档新片扎堆", (), id="may-day-window"),
    pytest.param("国庆和十一档期", (), id="national-day-window"),
]
ZH_TIERS = [
    pytest.param("阶梯水价分为四档", (("四档", "count", "4", None, "exact"),), id="price-tiers"),
    pytest.param("这辆车配备六档手动变速箱", (("六档", "count", "6", None, "exact"),), id="gears"),
]
EN_PRICE_RANGES = [
    pytest.param("Rooms are priced from 260 to 900 yuan a night.", (("260 to 900 yuan", "money", "260..900", "CNY", "range"),), id="priced-from"),
]
EN_PRICE_RANGES_NOT = [
    pytest.param("Fares went from 260 to 900 yuan.", (("260", "number", "260", None, "exact"), ("900 yuan", "money", "900", "CNY", "exact")), id="a-change"),
]
EN_MARKS_PASSED = [
    pytest.param("Sales crossed the 5 million mark.", (("crossed the 5 million", "number", "5000000", None, "over"),), id="crossed"),
    pytest.param("Views had broken the 800 million mark.", (("broken the 800 million", "number", "800000000", None, "over"),), id="broken"),
]
EN_MARKS_PASSED_NOT = [
    pytest.param("Lawmakers passed the 3 bills.", (("3", "number", "3", None, "exact"),), id="a-law-passed"),
]
EN_PARTS_OF_A_SERIES = [
    pytest.param("Season 5 opens next week.", (("Season 5", "number", "5", None, "exact"),), id="season"),
    pytest.param("In episode 7 the twist comes.", (("episode 7", "number", "7", None, "exact"),), id="episode"),
]
EN_PARTS_OF_A_SERIES_NOT = [
    pytest.param("the 2024 season opens soon", (("2024", "year", "2024", None, "exact"),), id="a-year-season"),
    pytest.param("Season 5.1 of the game", (), id="decimal"),
]
ZH_LEVELS_PASSED = [
    pytest.param("点击量破3亿", (("破3亿", "number", "300000000", None, "over"),), id="views"),
    pytest.param("收视率破1.5%", (("破1.5%", "percent", "1.5", "%", "over"),), id="ratings"),
]
ZH_LEVELS_PASSED_NOT = [
    pytest.param("她打破5项纪录", (("5项", "count", "5", None, "exact"),), id="records-broken"),
    pytest.param("指数跌破3000点", (("3000", "number", "3000", None, "exact"),), id="fallen-through"),
]
STAR_AND_LIST_PAIRS = [
    pytest.param("乐评人给了三星半。", "Critics gave it three and a half stars.", (), id="stars"),
    pytest.param("乐评人给了三星半。", "Critics gave it three stars.", ("value",), id="stars-slip"),
    pytest.param("该书收获大量五星好评。", "The book has drawn many five-star reviews.", (), id="five-star"),
    pytest.param("该剧在IMDb上的评分为8.3/10。", "The series is rated 8.3/10 on IMDb.", (), id="score"),
    pytest.param("该剧在IMDb上的评分为8.3/10。", "The series is rated 3.8/10 on IMDb.", ("value",), id="score-slip"),
    pytest.param("这档节目已经播出了七季。", "The show has run for seven seasons.", (), id="seasons"),
    pytest.param("这档节目已经播出了七季。", "The show has run for six seasons.", ("value",), id="seasons-slip"),
    pytest.param("门票380元至1280元不等。", "Tickets are priced from 380 to 1,280 yuan.", (), id="priced-range"),
    pytest.param("该剧第5季第7集今晚播出。", "Season 5, episode 7 airs tonight.", (), id="season-episode"),
    pytest.param("该剧第5季第7集今晚播出。", "Season 6, episode 7 airs tonight.", ("value",), id="season-slip"),
    pytest.param("该剧点击量破3亿。", "The series has passed 300 million clicks.", (), id="level-passed"),
    pytest.param("该剧点击量破3亿。", "The series has nearly 300 million clicks.", ("qualifier",), id="level-passed-slip"),
    pytest.param("演出票分为三档。", "Tickets come in three price tiers.", (), id="tiers"),
    pytest.param("演出票分为三档。", "Tickets come in four price tiers.", ("value",), id="tiers-slip"),
    pytest.param("该片票房突破30亿元大关。", "The film crossed the 3 billion yuan mark.", (), id="mark-crossed"),
    pytest.param("该片票房接近30亿元大关。", "The film crossed the 3 billion yuan mark.", ("qualifier",), id="mark-crossed-slip"),
    pytest.param("新专辑登上公告牌200强专辑榜第二。", "The new album reached No. 2 on the Billboard 200.", (), id="billboard"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_STAR_RATINGS + ZH_STAR_RATINGS_NOT)
def test_zh_ratings_in_stars(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_RANKED_LISTS)
def test_zh_lists_named_by_their_size(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected
    assert [c.role for c in extract_text(text, LANGS["zh"])] == [Role.NAME]


@pytest.mark.parametrize(("text", "expected"), ZH_RANKED_LISTS_NOT)
def test_zh_amounts_after_a_list_word_are_no_name(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected
    assert all(c.role is None for c in extract_text(text, LANGS["zh"]))


@pytest.mark.parametrize(("zh", "en", "types"), STAR_AND_LIST_PAIRS)
def test_star_and_ranked_list_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("lang", "text", "expected"), SCORES_ON_A_SCALE + SCORES_ON_A_SCALE_NOT)
def test_scores_on_a_scale(lang: str, text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), ZH_SHOW_SEASONS + ZH_SHOW_SEASONS_NOT + ZH_TIERS)
def test_zh_seasons_of_a_show(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_PRICE_RANGES + EN_PRICE_RANGES_NOT)
def test_en_price_ranges(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_MARKS_PASSED + EN_MARKS_PASSED_NOT)
def test_en_round_marks_passed(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_PARTS_OF_A_SERIES + EN_PARTS_OF_A_SERIES_NOT)
def test_en_parts_of_a_series(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_LEVELS_PASSED + ZH_LEVELS_PASSED_NOT)
def test_zh_levels_passed(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


# fmt: off
# Sports results: the mark of a throw or a jump in metres and centimetres (19米87, 2米31, before a
# verb too), a lap timed to the thousandth (1分21秒504), the deciding game of a series (抢七), and
# on the English side scores after a verb of the present ("trail the series 1-3"), a "series lead",
# and one or two digits of metres before the event they measure ("the 50m butterfly").
ZH_SPORTS_MARKS = [
    pytest.param("她以19米87夺得铅球金牌", (("19米87", "quantity", "19.87", "m", "exact"),), id="throw-before-verb"),
    pytest.param("标枪成绩为84米03。", (("84米03", "quantity", "84.03", "m", "exact"),), id="throw-zero-centimetres"),
    pytest.param("他以2米31获胜", (("2米31", "quantity", "2.31", "m", "exact"),), id="jump-before-verb"),
    pytest.param("以1分21秒504的圈速获得杆位", (("1分", "duration", "1", "minute", "exact"), ("21秒504", "duration", "21.504", "second", "exact")), id="lap-thousandths"),
    pytest.param("抢七大战将于周日进行", (), id="game-seven"),
]
ZH_SPORTS_MARKS_NOT = [
    pytest.param("长20米10厘米", (("20米", "quantity", "20", "m", "exact"), ("10厘米", "quantity", "0.1", "m", "exact")), id="metres-then-centimetres"),
    pytest.param("高20米35名工人", (("20米", "quantity", "20", "m", "exact"), ("35名", "count", "35", None, "exact")), id="metres-then-count"),
    pytest.param("以20米3夺冠", (("20米", "quantity", "20", "m", "exact"), ("3", "number", "3", None, "exact")), id="one-digit-after-two"),
    pytest.param("三大战役", (("三大", "count", "3", None, "exact"),), id="great-count-stays"),
]
EN_SPORTS_MARKS = [
    pytest.param("the 10m platform final", (("10m", "quantity", "10", "m", "exact"),), id="platform"),
    pytest.param("a lap of 1:21.504", (("1", "duration", "1", "minute", "exact"), ("21.504", "duration", "21.504", "second", "exact")), id="lap-of"),
    pytest.param("They trail the series 1-3.", (("1", "number", "1", None, "exact"), ("3", "number", "3", None, "exact")), id="trail"),
    pytest.param("The Celtics lead the series 3-2.", (("3", "number", "3", None, "exact"), ("2", "number", "2", None, "exact")), id="lead"),
    pytest.param("took a 2-0 series lead", (("2", "number", "2", None, "exact"), ("0", "number", "0", None, "exact")), id="series-lead"),
    pytest.param("they swept their first-round opponents 4-0", (("4", "number", "4", None, "exact"), ("0", "number", "0", None, "exact")), id="hyphened-word-between"),
]
EN_SPORTS_MARKS_NOT = [
    pytest.param("a 5m deal", (), id="millions-stay-unread"),
    pytest.param("paid 50m for him", (), id="millions-without-event"),
]
SPORTS_MARK_PAIRS = [
    pytest.param("他以19米87夺冠。", "He won with 19.87 metres.", (), id="throw"),
    pytest.param("他以19米87夺冠。", "He won with 19.78 metres.", ("value",), id="throw-slip"),
    pytest.param("他以1分21秒504获得杆位。", "He took pole with a lap of 1:21.504.", (), id="lap"),
    pytest.param("他以1分21秒504获得杆位。", "He took pole with a lap of 1:21.054.", ("value",), id="lap-slip"),
    pytest.param("湖人以1:3落后。", "The Lakers trail the series 1-3.", (), id="trail"),
    pytest.param("湖人以1:3落后。", "The Lakers trail the series 1-4.", ("value",), id="trail-slip"),
    pytest.param("勇士以3:2领先。", "The Warriors hold a 3-2 series lead.", (), id="series-lead"),
    pytest.param("她在50米蝶泳中夺冠。", "She won the 50m butterfly.", (), id="swimming-event"),
    pytest.param("她在50米蝶泳中夺冠。", "She won the 100m butterfly.", ("value",), id="swimming-event-slip"),
    pytest.param("抢七大战将在周日进行。", "Game 7 will be played on Sunday.", (), id="game-seven"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_SPORTS_MARKS + ZH_SPORTS_MARKS_NOT)
def test_zh_sports_marks(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SPORTS_MARKS + EN_SPORTS_MARKS_NOT)
def test_en_sports_marks(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), SPORTS_MARK_PAIRS)
def test_sports_mark_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# fmt: off
# Technology and AI: storage in GB whatever its digit (a network generation is one before its data
# words only), a scale joined by a hyphen in a compound ("a 70-billion-parameter model", "a
# $10-million deal"), versions and chip models after a name ("PCIe 5.0", 蓝牙5.3, 骁龙8) are codes,
# and a word opening with a measure word's character counts nothing (3处理器, 15支持).
ZH_TECH_FORMS = [
    pytest.param("模型文件约为4GB。", (("约为4GB", "quantity", "4000000000", "B", "about"),), id="4gb"),
    pytest.param("内存只有2GB。", (("2GB", "quantity", "2000000000", "B", "exact"),), id="2gb"),
    pytest.param("主板支持PCIe 5.0。", (("5.0", "number", "5", None, "exact"),), id="latin-version"),
    pytest.param("耳机支持蓝牙5.4。", (("5.4", "number", "5.4", None, "exact"),), id="han-version"),
    pytest.param("共有25处。", (("25处", "count", "25", None, "exact"),), id="measure-still-counts"),
    pytest.param("机柜装有6块SSD。", (("6块", "count", "6", None, "exact"),), id="kuai-before-latin-counts"),
    pytest.param("支持64K上下文。", (("64K", "number", "64000", None, "exact"),), id="k-context"),
    pytest.param("主摄4800万像素2倍变焦", (("4800万像素", "quantity", "48000000", "px", "exact"), ("2倍", "multiplier", "2", None, "exact")), id="pixels-before-a-digit"),
]
ZH_TECH_FORMS_NOT = [
    pytest.param("开通5G流量包", (("5G", "number", "5", None, "exact"),), id="generation-data-still-no-gb"),
    pytest.param("采用麒麟9010处理器", (("9010", "number", "9010", None, "exact"),), id="chip-no-count"),
    pytest.param("OPPO 12支持快充", (("12", "number", "12", None, "exact"),), id="support-no-count"),
    pytest.param("Arm v9架构", (), id="architecture-no-count"),
    pytest.param("只花了6块。", (("6块", "money", "6", "CNY", "exact"),), id="kuai-alone-still-money"),
    pytest.param("拍摄8K视频", (("8K", "number", "8", None, "exact"),), id="k-video-no-thousand"),
    pytest.param("Windows 10,000", (("10,000", "number", "10000", None, "exact"),), id="grouped-digits-no-model"),
    pytest.param("采用1/1.56英寸传感器", (), id="sensor-format-under-a-slash"),
    pytest.param("费用占1/4", (("1/4", "percent", "25", "%", "exact"),), id="fraction-still-read"),
    pytest.param("蓝牙耳机3副", (("3", "number", "3", None, "exact"),), id="han-name-not-before-figure"),
]
EN_TECH_FORMS = [
    pytest.param("a 40-billion-parameter model", (("40-billion", "number", "40000000000", None, "exact"),), id="hyphen-billion"),
    pytest.param("a $25-million round", (("$25-million", "money", "25000000", "USD", "exact"),), id="dollar-hyphen-million"),
    pytest.param("a 3-million-yuan grant", (("3-million-yuan", "money", "3000000", "CNY", "exact"),), id="hyphen-million-yuan"),
    pytest.param("a 64K context window", (("64K", "number", "64000", None, "exact"),), id="k-context"),
    pytest.param("up to 8K tokens", (("up to 8K", "number", "8000", None, "under"),), id="k-tokens"),
]
EN_TECH_FORMS_NOT = [
    pytest.param("a 3-day trip", (("3-day", "duration", "3", "day", "exact"),), id="hyphen-unit-not-scale"),
    pytest.param("a 12-megapixel camera", (("12-megapixel", "quantity", "12000000", "px", "exact"),), id="hyphen-unit-after-digits"),
]
TECH_PAIRS = [
    pytest.param("模型文件约为4GB。", "The model file is about 4GB.", (), id="4gb"),
    pytest.param("模型文件约为4GB。", "The model file is about 4MB.", ("unit",), id="4gb-slip"),
    pytest.param("推出一款400亿参数的模型。", "It launched a 40-billion-parameter model.", (), id="hyphen-billion"),
    pytest.param("推出一款400亿参数的模型。", "It launched a 4-billion-parameter model.", ("magnitude",), id="hyphen-billion-slip"),
    pytest.param("完成2500万美元融资。", "It closed a $25-million round.", (), id="dollar-hyphen-million"),
    pytest.param("耳机支持蓝牙5.4。", "The earbuds support Bluetooth 5.4.", (), id="han-version"),
    pytest.param("主板支持USB 4.0。", "The board supports USB 4.0.", (), id="latin-version"),
    pytest.param("采用骁龙7 Gen 2处理器。", "It uses a Snapdragon 7 Gen 2 processor.", (), id="gen-processor"),
    pytest.param("支持64K上下文。", "It supports a 64K context window.", (), id="k-context"),
    pytest.param("支持64K上下文。", "It supports a 64,000-token context.", (), id="k-context-spelled-out"),
    pytest.param("配备6块SSD。", "It holds six SSDs.", (), id="kuai-count"),
    pytest.param("它支持Wi-Fi 6，速度更快。", "It supports Wi-Fi 6 and is faster.", (), id="model-before-comma"),
    pytest.param("采用1/1.56英寸传感器。", "It uses a 1/1.56-inch sensor.", (), id="sensor-format"),
    pytest.param("主摄4800万像素1英寸大底。", "A 48-megapixel one-inch main camera.", (), id="pixels-then-inch"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_TECH_FORMS + ZH_TECH_FORMS_NOT)
def test_zh_tech_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_TECH_FORMS + EN_TECH_FORMS_NOT)
def test_en_tech_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), TECH_PAIRS)
def test_tech_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Fitness, wearables and daily life: a workout plan's opening verbs are no model's name, a fitness
# app's short units (hr, min), a runner's pace in minutes and seconds, and advice's upper bounds.
# fmt: off
EN_FITNESS_FORMS = [
    pytest.param("Do 4 sets of 8 reps.", (("4", "number", "4", None, "exact"), ("8", "number", "8", None, "exact")), id="do-sets"),
    pytest.param("Try 30 lunges on each leg.", (("30", "number", "30", None, "exact"),), id="try-count"),
    pytest.param("Light sleep: 3 hr 10 min", (("3 hr", "duration", "3", "hour", "exact"), ("10 min", "duration", "10", "minute", "exact")), id="hr-min"),
    pytest.param("a 20 min walk", (("20 min", "duration", "20", "minute", "exact"),), id="min-alone"),
    pytest.param("Her pace was 6:05 per mile.", (("6", "duration", "6", "minute", "exact"), ("05", "duration", "5", "second", "exact")), id="pace-was"),
    pytest.param("a pace of 4:48", (("4", "duration", "4", "minute", "exact"), ("48", "duration", "48", "second", "exact")), id="pace-of"),
    pytest.param("She is 5 feet 6 inches tall.", (("5 feet 6 inches", "quantity", "1.6764", "m", "exact"),), id="feet-inches"),
    pytest.param("standing 6 foot, 1 inch", (("6 foot, 1 inch", "quantity", "1.8542", "m", "exact"),), id="foot-comma-inch"),
]
EN_FITNESS_FORMS_NOT = [
    pytest.param("Windows 11 and Level 3 stay labels.", (), id="labels-stay"),
    pytest.param("Cycle 2 of the treatment", (), id="cycle-label"),
    pytest.param("at 0600 hrs", (), id="hrs-not-a-span"),
    pytest.param("met at 4:48", (("4:48", "time", "04:48", None, "exact"),), id="clock-stays"),
    pytest.param("a 6-foot wall", (("6-foot", "quantity", "1.8288", "m", "exact"),), id="feet-alone"),
    pytest.param("5 feet 12 inches", (("5 feet", "quantity", "1.524", "m", "exact"), ("12 inches", "quantity", "0.3048", "m", "exact")), id="twelve-inches-two-figures"),
]
ZH_FITNESS_FORMS = [
    pytest.param("咖啡每天不要超过3杯。", (("不要超过3杯", "count", "3", None, "under"),), id="not-over"),
    pytest.param("每次不要少于20分钟。", (("不要少于20分钟", "duration", "20", "minute", "over"),), id="not-under"),
]
ZH_FITNESS_FORMS_NOT = [
    pytest.param("已经超过3杯", (("超过3杯", "count", "3", None, "over"),), id="over-stays"),
    pytest.param("这里分别超过3杯", (("超过3杯", "count", "3", None, "over"),), id="respectively-over-stays"),
]
FITNESS_PAIRS = [
    pytest.param("她的配速为6分05秒。", "Her pace was 6:05 per km.", (), id="pace"),
    pytest.param("她的配速为6分05秒。", "Her pace was 6:35 per km.", ("value",), id="pace-slip"),
    pytest.param("每组8次，做4组。", "Do 4 sets of 8 reps.", (), id="sets"),
    pytest.param("每组8次，做4组。", "Do 3 sets of 8 reps.", ("value",), id="sets-slip"),
    pytest.param("浅睡3小时10分钟。", "Light sleep lasted 3 hr 10 min.", (), id="hr-min"),
    pytest.param("浅睡3小时10分钟。", "Light sleep lasted 3 hr 40 min.", ("value",), id="hr-min-slip"),
    pytest.param("每天看手机不要超过2小时。", "Spend no more than 2 hours a day on your phone.", (), id="bound"),
    pytest.param("每天看手机不要超过2小时。", "Spend more than 2 hours a day on your phone.", ("qualifier",), id="bound-slip"),
    pytest.param("他身高1米83。", "He is 6 feet tall.", (), id="feet-rounded"),
    pytest.param("他身高1米73。", "He is 5 feet 8 inches tall.", (), id="feet-inches"),
    pytest.param("他身高1米73。", "He is 5 feet 3 inches tall.", ("value",), id="feet-inches-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_FITNESS_FORMS + ZH_FITNESS_FORMS_NOT)
def test_zh_fitness_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_FITNESS_FORMS + EN_FITNESS_FORMS_NOT)
def test_en_fitness_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), FITNESS_PAIRS)
def test_fitness_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


def test_feet_inches_suggestion_is_to_the_inch() -> None:
    (finding,) = check("他身高1米73。", "He is 5 feet 3 inches tall.")
    assert finding.suggestion == "68 inches"


# Personal finance, loans and insurance: a buyer's second home (二套房) is an order, no count of
# two homes (两套); days after "interest-free" are still days; "over" after a verb of paying off
# spans the term, no bound passed; basis points in Latin shorthand (25BP); ceilings of loans and
# claims with their verb (最高可贷, 最高赔付); "or" closing a list.
# fmt: off
ZH_FINANCE_FORMS = [
    pytest.param("二套房首付四成", (("四成", "percent", "40", "%", "exact"),), id="second-home"),
    pytest.param("二套住房利率3.5%", (("3.5%", "percent", "3.5", "%", "exact"),), id="second-home-zhufang"),
    pytest.param("首套3.1%，二套3.5%", (("3.1%", "percent", "3.1", "%", "exact"), ("3.5%", "percent", "3.5", "%", "exact")), id="second-home-alone"),
    pytest.param("利率下降了40bp。", (("40bp", "percent", "0.4", "pp", "exact"),), id="bp-lower"),
    pytest.param("下调25BP至3.45%", (("25BP", "percent", "0.25", "pp", "exact"), ("3.45%", "percent", "3.45", "%", "exact")), id="bp-upper"),
    pytest.param("上调15bps", (("15bps", "percent", "0.15", "pp", "exact"),), id="bps"),
    pytest.param("意外险最高赔付100万元", (("最高赔付100万元", "money", "1000000", "CNY", "under"),), id="ceiling-of-a-claim"),
    pytest.param("每年最高可贷2万元", (("最高可贷2万元", "money", "20000", "CNY", "under"),), id="ceiling-of-a-loan"),
]
ZH_FINANCE_FORMS_NOT = [
    pytest.param("他有两套房", (("两套", "count", "2", None, "exact"),), id="two-homes-count"),
    pytest.param("他有2套房", (("2套", "count", "2", None, "exact"),), id="digit-homes-count"),
    pytest.param("共十二套房", (("十二套", "count", "12", None, "exact"),), id="twelve-homes-count"),
    pytest.param("他有三套房", (("三套", "count", "3", None, "exact"),), id="three-homes-count"),
    pytest.param("来了二人", (("二人", "count", "2", None, "exact"),), id="er-other-measure-counts"),
    pytest.param("代号25bpa", (), id="bp-running-into-a-latin-word"),
    pytest.param("收购5BP股份", (("5BP", "number", "5", None, "exact"),), id="bp-before-gu-no-unit"),
    pytest.param("最高气温35度", (("35度", "count", "35", None, "exact"),), id="highest-alone-no-ceiling"),
]
EN_FINANCE_FORMS = [
    pytest.param("up to 56 interest-free days", (("up to 56 interest-free days", "duration", "56", "day", "under"),), id="interest-free-days"),
    pytest.param("three rent-free months", (("three rent-free months", "duration", "3", "month", "exact"),), id="rent-free-months"),
    pytest.param("The loan is repaid over 30 years.", (("30 years", "duration", "30", "year", "exact"),), id="repaid-over"),
    pytest.param("paid over 36 months", (("36 months", "duration", "36", "month", "exact"),), id="paid-over"),
    pytest.param("terms of 5, 10 or 20 years", (("5", "number", "5", None, "exact"), ("10", "number", "10", None, "exact"), ("20 years", "duration", "20", "year", "exact")), id="or-closes-a-list"),
    pytest.param("$3, $5 or $7", (("$3", "money", "3", "USD", "exact"), ("$5", "money", "5", "USD", "exact"), ("$7", "money", "7", "USD", "exact")), id="or-closes-a-money-list"),
]
EN_FINANCE_FORMS_NOT = [
    pytest.param("It lasted over 36 months.", (("over 36 months", "duration", "36", "month", "over"),), id="over-alone-is-more"),
    pytest.param("56 interest-free loans", (("56", "number", "56", None, "exact"),), id="interest-free-not-a-unit"),
    pytest.param("It takes 10 or 20 years.", (("10 or 20 years", "duration", "10..20", "year", "range"),), id="or-alone-is-a-range"),
    pytest.param("between 1,000 or 2,000 yuan", (("between 1,000 or 2,000 yuan", "money", "1000..2000", "CNY", "range"),), id="or-after-grouped-digits-is-a-range"),
]
FINANCE_PAIRS = [
    pytest.param("首套房利率3.1%，二套为3.5%。", "Rates are 3.1% for first homes and 3.5% for second homes.", (), id="second-home"),
    pytest.param("信用卡免息期最长56天。", "Cards offer up to 56 interest-free days.", (), id="interest-free-days"),
    pytest.param("信用卡免息期最长56天。", "Cards offer up to 50 interest-free days.", ("value",), id="interest-free-days-slip"),
    pytest.param("贷款分36个月还清。", "The loan is repaid over 36 months.", (), id="repaid-over"),
    pytest.param("贷款分36个月还清。", "The loan is repaid over 24 months.", ("value",), id="repaid-over-slip"),
    pytest.param("首付三成。", "A 3% down payment.", ("magnitude",), id="tenths-digit-as-percent"),
    pytest.param("房贷利率下降了40bp。", "Mortgage rates fell 40 basis points.", (), id="bp"),
    pytest.param("房贷利率下降了40bp。", "Mortgage rates fell 40 percentage points.", ("unit",), id="bp-slip"),
    pytest.param("缴费期为5年、10年或20年。", "The payment period is 5, 10 or 20 years.", (), id="or-list-of-terms"),
    pytest.param("缴费期为5年、10年或20年。", "The payment period is 5, 10 or 30 years.", ("value",), id="or-list-of-terms-slip"),
    pytest.param("意外险最高赔付100万元。", "Accident insurance pays up to 1 million yuan.", (), id="ceiling-kept"),
    pytest.param("意外险最高赔付100万元。", "Accident insurance pays 1 million yuan.", ("qualifier",), id="ceiling-dropped"),
    pytest.param("每年最高可贷2万元。", "Students can borrow a maximum of 20,000 yuan a year.", (), id="ceiling-as-a-maximum"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_FINANCE_FORMS + ZH_FINANCE_FORMS_NOT)
def test_zh_finance_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_FINANCE_FORMS + EN_FINANCE_FORMS_NOT)
def test_en_finance_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types"), FINANCE_PAIRS)
def test_finance_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


# Recipes and kitchen appliances: a bare 度 before the verb of the oven or the fryer is a degree
# Celsius as it is after a word of heat; a slashed fraction before a cup or a spoon is an amount
# of it, not a share.
# fmt: off
ZH_KITCHEN_FORMS = [
    pytest.param("以200度烤10分钟", (("200度", "quantity", "200", "degC", "exact"), ("10分钟", "duration", "10", "minute", "exact")), id="degree-before-bake"),
    pytest.param("用140度低温烘干", (("140度", "quantity", "140", "degC", "exact"),), id="degree-before-low-bake"),
    pytest.param("放入空气炸锅190度", (("190度", "quantity", "190", "degC", "exact"),), id="air-fryer-heat-word"),
    pytest.param("油锅170度炸", (("170度", "quantity", "170", "degC", "exact"),), id="degree-before-fry"),
]
EN_KITCHEN_FORMS = [
    pytest.param("Serves 4.", (("4", "number", "4", None, "exact"),), id="serves"),
    pytest.param("Makes 12 cupcakes.", (("12", "number", "12", None, "exact"),), id="makes"),
]
EN_KITCHEN_FORMS_NOT = [
    pytest.param("Mate 60 launched.", (), id="capitalized-name-still-a-model"),
]
ZH_KITCHEN_FORMS_NOT = [
    pytest.param("气温30度，适合户外", (("30度", "count", "30", None, "exact"),), id="weather-degree-stays"),
    pytest.param("加入3/4杯糖", (), id="fraction-of-a-cup-no-share"),
    pytest.param("1/4小勺盐", (), id="fraction-of-a-spoon-no-share"),
    pytest.param("占比1/4左右", (("1/4左右", "percent", "25", "%", "about"),), id="fraction-share-still-read"),
]
KITCHEN_PAIRS = [
    pytest.param("以200度烤10分钟。", "Bake at 400°F for 10 minutes.", (), id="bake-fahrenheit"),
    pytest.param("以200度烤10分钟。", "Bake at 200°F for 10 minutes.", ("unit",), id="bake-fahrenheit-unit-slip"),
    pytest.param("以200度烤10分钟。", "Bake at 300°F for 10 minutes.", ("value",), id="bake-fahrenheit-value-slip"),
    pytest.param("加入3/4杯糖。", "Add 3/4 cup of sugar.", (), id="fraction-of-a-cup"),
    pytest.param("可供4人食用。", "Serves 4.", (), id="serves"),
    pytest.param("可供4人食用。", "Serves 6.", ("value",), id="serves-slip"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_KITCHEN_FORMS + ZH_KITCHEN_FORMS_NOT)
def test_zh_kitchen_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("zh", "en", "types"), KITCHEN_PAIRS)
def test_kitchen_pairs(zh: str, en: str, types: tuple[str, ...]) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize(("text", "expected"), EN_KITCHEN_FORMS + EN_KITCHEN_FORMS_NOT)
def test_en_kitchen_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected
