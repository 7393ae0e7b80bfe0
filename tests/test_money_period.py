"""The period of an amount of money: a word of a period right next to an amount (月薪8000元,
3000元/月, "8,000 yuan a month", "a monthly salary of") states it per that period, and the same
amount stated per another period on the two sides is a wrong value; the amounts that agree once
restated per one period (a month is a twelfth of a year) are the same figure. A period on one
side only, an average per period (月均) and a period named by its place or count (上月, 3个月)
are no finding. Cases written for these tests."""

from __future__ import annotations

import pytest

from tradefacts.align import align_claims
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS, en, zh
from tradefacts.model import Period
from tradefacts.pipeline import check

D, W, M, Q, Y = Period.DAY, Period.WEEK, Period.MONTH, Period.QUARTER, Period.YEAR

# fmt: off
PERIOD_READINGS = [
    pytest.param("zh", "保安月薪6200元", (("6200元", M),), id="zh-pay-word"),
    pytest.param("zh", "店面年租金为9万元", (("9万元", Y),), id="zh-pay-word-with-link"),
    pytest.param("zh", "护工日薪约260元", (("约260元", D),), id="zh-pay-word-hedged"),
    pytest.param("zh", "车位每月租金450元", (("450元", M),), id="zh-every-period-then-noun"),
    pytest.param("zh", "每季度收取管理费900元", (("900元", Q),), id="zh-every-quarter-verb-noun"),
    pytest.param("zh", "套餐68元/月", (("68元", M),), id="zh-slash-after"),
    pytest.param("zh", "会费365元每年", (("365元", Y),), id="zh-every-after"),
    pytest.param("zh", "司机月均收入7100元", (("7100元", None),), id="zh-average-is-no-rate"),
    pytest.param("zh", "上月收入7100元", (("7100元", None),), id="zh-last-month-is-when"),
    pytest.param("zh", "两个月租金7100元", (("两个月", None), ("7100元", None)), id="zh-months-counted"),
    pytest.param("zh", "去年收入7100元", (("7100元", None),), id="zh-last-year-is-when"),
    pytest.param("zh", "工资7100元", (("7100元", None),), id="zh-no-period"),
    pytest.param("zh", "每月增长5%", (("5%", None),), id="zh-percent-has-no-period"),
    pytest.param("en", "a guard earns 6,200 yuan a month", (("6,200 yuan", M),), id="en-a-month"),
    pytest.param("en", "rent of $900 per quarter", (("$900", Q),), id="en-per-quarter"),
    pytest.param("en", "dues are 365 yuan per annum", (("365 yuan", Y),), id="en-per-annum"),
    pytest.param("en", "a plan at 68 yuan/mo", (("68 yuan", M),), id="en-slash"),
    pytest.param("en", "carers make about 260 yuan daily", (("about 260 yuan", D),), id="en-adverb"),
    pytest.param("en", "a monthly salary of 6,200 yuan", (("6,200 yuan", M),), id="en-adjective-noun-of"),
    pytest.param("en", "the annual parking fee is $540", (("$540", Y),), id="en-adjective-word-noun-is"),
    pytest.param("en", "aid of 700 yuan per person per month", (("700 yuan", M),), id="en-per-person-per-month"),
    pytest.param("en", "it cost 7,100 yuan a year ago", (("7,100 yuan", None),), id="en-a-year-ago-is-when"),
    pytest.param("en", "annual revenue of 7 billion yuan", (("7 billion yuan", None),), id="en-revenue-is-no-pay"),
    pytest.param("en", "a wage of 7,100 yuan", (("7,100 yuan", None),), id="en-no-period"),
]
PERIOD_PAIRS = [
    pytest.param("保安月薪6200元。", "Guards earn 6,200 yuan a year.", ("value",), id="month-as-year"),
    pytest.param("店面年租9万元。", "The shop rents for 90,000 yuan a month.", ("value",), id="year-as-month"),
    pytest.param("护工日薪260元。", "Carers earn 260 yuan a week.", ("value",), id="day-as-week"),
    pytest.param("套餐68元/月。", "The plan is 68 yuan/yr.", ("value",), id="slash-month-as-year"),
    pytest.param("保安月薪6200元。", "Guards earn 74,400 yuan a year.", (), id="month-restated-per-year"),
    pytest.param("店面年租9万元。", "The shop rents for 7,500 yuan a month.", (), id="year-restated-per-month"),
    pytest.param("每周补贴300元。", "The allowance comes to 15,600 yuan a year.", (), id="week-restated-per-year"),
    pytest.param("每季度分红900元。", "Dividends are 3,600 yuan annually.", (), id="quarter-restated-per-year"),
    pytest.param("保安月薪6200元。", "Guards earn 6,200 yuan.", (), id="period-on-one-side-only"),
    pytest.param("保安工资6200元。", "Guards earn 6,200 yuan a month.", (), id="period-added-is-no-finding"),
    pytest.param("保安月薪6200元。", "Guards earn 6,200 yuan a month.", (), id="same-period"),
    pytest.param("护工日薪260元。", "Carers earn 7,800 yuan a month.", ("value",), id="a-day-is-no-share-of-a-month"),
    pytest.param(
        "日薪300元，月薪9000元。", "It pays 300 yuan a day, or 9,000 yuan a month.", (), id="list-pairs-by-period"
    ),
    pytest.param("保安月薪6200元。", "Guards earn 64,400 yuan a year.", ("value",), id="wrong-figure-per-year"),
    pytest.param(
        "保费每月260元。", "The premium is 260 yuan a month, or 3,120 yuan a year.", (), id="restated-beside-is-no-addition"
    ),
    pytest.param(
        "保费每月260元。", "The premium is 260 yuan a month, or 5,000 yuan a year.", ("addition",), id="other-amount-beside-is-added"
    ),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "expected"), PERIOD_READINGS)
def test_a_word_of_a_period_next_to_money_marks_its_period(
    lang: str, text: str, expected: tuple[tuple[str, Period | None], ...]
) -> None:
    assert tuple((c.text, c.period) for c in extract_text(text, LANGS[lang])) == expected


@pytest.mark.parametrize(("zh_text", "en_text", "types"), PERIOD_PAIRS)
def test_the_same_amount_per_another_period_is_a_wrong_value(
    zh_text: str, en_text: str, types: tuple[str, ...]
) -> None:
    findings = check(zh_text, en_text)
    assert tuple(f.type.value for f in findings) == types


@pytest.mark.parametrize(
    ("zh_text", "en_text"),
    [
        ("保安月薪6200元。", "Guards earn 6,200 yuan a year."),
        ("护工日薪260元。", "Carers earn 260 yuan a week."),
    ],
)
def test_a_period_finding_says_the_period_differs_and_suggests_nothing(
    zh_text: str, en_text: str
) -> None:
    (finding,) = check(zh_text, en_text)
    assert "period differs" in finding.message
    assert finding.suggestion is None


def _entries() -> list[object]:
    cases: list[object] = []
    for period, words in zh.ZH_MONEY_PERIOD_PAY_WORDS.items():
        cases += [
            pytest.param("zh", f"规定{w}500元", Period(period), id=f"zh-{w}") for w in sorted(words)
        ]
    for period, units in zh.ZH_MONEY_PERIOD_UNITS_AFTER.items():
        for mark in sorted(zh.ZH_MONEY_PERIOD_MARKS_AFTER):
            cases += [
                pytest.param("zh", f"收费500元{mark}{u}", Period(period), id=f"zh-after-{mark}{u}")
                for u in sorted(units)
            ]
    for link in sorted(zh.ZH_MONEY_PERIOD_LINKS):
        cases.append(pytest.param("zh", f"月薪{link}500元", M, id=f"zh-link-{link}"))
    for period, phrases in en.EN_MONEY_PERIOD_ADVERBS.items():
        cases += [
            pytest.param("en", f"it costs 500 yuan {p}", Period(period), id=f"en-after-{p}")
            for p in sorted(phrases)
        ]
    for period, nouns in en.EN_MONEY_PERIOD_NOUNS.items():
        cases += [
            pytest.param("en", f"it costs 500 yuan/{n}", Period(period), id=f"en-slash-{n}")
            for n in sorted(nouns)
        ]
    for period, adjectives in en.EN_MONEY_PERIOD_ADJECTIVES.items():
        for noun in sorted(en.EN_MONEY_PERIOD_PAY_NOUNS):
            cases += [
                pytest.param("en", f"a {a} {noun} of 500 yuan", Period(period), id=f"en-{a}-{noun}")
                for a in sorted(adjectives)
            ]
    for whom in sorted(en.EN_MONEY_PERIOD_PER_WHOM):
        cases.append(pytest.param("en", f"500 yuan per {whom} per week", W, id=f"en-per-{whom}"))
    return cases


@pytest.mark.parametrize(("lang", "text", "period"), _entries())
def test_every_word_of_a_period_reads_its_period(lang: str, text: str, period: Period) -> None:
    (claim,) = [c for c in extract_text(text, LANGS[lang]) if c.kind.value == "money"]
    assert claim.period is period


@pytest.mark.parametrize("veto", sorted(zh.ZH_MONEY_PERIOD_VETO_BEFORE))
def test_a_place_or_count_before_a_word_of_pay_leaves_the_money_alone(veto: str) -> None:
    claims = [
        c for c in extract_text(f"员工{veto}月薪500元", LANGS["zh"]) if c.kind.value == "money"
    ]
    assert [c.period for c in claims] == [None]


@pytest.mark.parametrize("word", sorted(en.EN_MONEY_PERIOD_NOT_AFTER))
def test_a_year_before_a_word_of_time_is_a_point_in_time(word: str) -> None:
    (claim,) = [
        c
        for c in extract_text(f"it was 500 yuan a year {word}", LANGS["en"])
        if c.kind.value == "money"
    ]
    assert claim.period is None


# fmt: off
PERIOD_PAIRINGS = [
    pytest.param("日薪300元，月薪9000元。", "300 yuan a month and 9,000 yuan a day.",
                 (("300元", "300 yuan", "period"), ("9000元", "9,000 yuan", "period")), id="both-swapped"),
    pytest.param("日薪300元，月薪9000元。", "9,000 yuan a month and 300 yuan a day.",
                 (("300元", "300 yuan", "equal"), ("9000元", "9,000 yuan", "equal")), id="own-period-first"),
    pytest.param("月租3000元，押金3000元。", "A deposit of 3,000 yuan and rent of 3,000 yuan a month.",
                 (("3000元", "3,000 yuan", "equal"), ("3000元", "3,000 yuan", "equal")), id="one-sided-periods"),
    pytest.param("月薪8000元。", "96,000 yuan a year.", (("8000元", "96,000 yuan", "equal"),), id="restated"),
]
# fmt: on


@pytest.mark.parametrize(("zh_text", "en_text", "expected"), PERIOD_PAIRINGS)
def test_amounts_per_periods_pair_with_their_own_period(
    zh_text: str, en_text: str, expected: tuple[tuple[str, str, str], ...]
) -> None:
    zh_claims = extract_text(zh_text, LANGS["zh"])
    en_claims = extract_text(en_text, LANGS["en"])
    alignment = align_claims(
        zh_claims,
        en_claims,
        zh_len=len(zh_text),
        en_len=len(en_text),
        en_text=en_text,
        zh_text=zh_text,
    )
    got = tuple((p.zh.text, p.en.text, p.relation.value) for p in alignment.pairs)
    assert got == expected


# fmt: off
PERIOD_SUGGESTIONS = [
    pytest.param("保安月薪6200元。", "Guards earn 64,400 yuan a year.", "74,400 yuan", id="restated-per-year"),
    pytest.param("店面年租9万元。", "It rents for 8,500 yuan a month.", "7,500 yuan", id="restated-per-month"),
    pytest.param("保安月薪6200元。", "Guards earn 6,900 yuan a month.", "6,200 yuan", id="same-period"),
    pytest.param("护工日薪260元。", "Carers earn 8,000 yuan a month.", None, id="day-no-share-of-month"),
]
# fmt: on


@pytest.mark.parametrize(("zh_text", "en_text", "suggestion"), PERIOD_SUGGESTIONS)
def test_a_wrong_amount_per_another_period_suggests_it_per_that_period(
    zh_text: str, en_text: str, suggestion: str | None
) -> None:
    (finding,) = check(zh_text, en_text)
    assert finding.suggestion == suggestion
