"""The look-up by kinds that `relate` starts with never changes its answer.

`relate` first tells apart, by their kinds alone, claims that no rule of alignment can bring
together (a date against a clock time, a percent against a year); only the other pairs go through
the rules. These tests read claims of every kind, including those a rereading changes (pounds
that are sterling, a frequency read as a multiplier, a discount stated the other way, a colloquial
currency, a multiplier against the percent of the same change, a unit lost on one side), and
check that the look-up answers as the rules would for every pair of them. Sentences written by us
for this test.
"""

from __future__ import annotations

import itertools

import pytest

from tradefacts import align
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Claim, Kind, Lang

ZH_TEXTS = [
    "去年公司营收增长了2倍，利润率为15%，员工3000人，比上年多出200名。",
    "1989年8月29日上午9点15分，气温零下18℃，雨下了7天，河水涨了3米。",
    "这批货重45吨，售价50万英镑，打八折后约合40万英镑，门票35块。",
    "第4版于26日出版，卡-52直升机飞了400公里，约两个半小时。",
    "增长了100%，翻了一番，全年共有十几次，价格是去年的8倍。",
]
EN_TEXTS = [
    "Revenue tripled last year, the margin was 15%, with 3,000 staff, 200 more than before.",
    "At 9:15 a.m. on August 29, 1989, it was -18°C; it rained for 7 days and the river rose 3 m.",
    "The cargo weighed 45 tons and sold for 500,000 pounds, 20% off, about 5 bucks a ticket.",
    "The 4th edition came out on the 26th; the Ka-52 flew 400 kilometres in 2.5 hours.",
    "It rose 100%, doubled, happened eight times, and reached 8 times last year's price in 2020.",
]


def _claims(texts: list[str], lang: Lang) -> list[Claim]:
    return [c for text in texts for c in extract_text(text, LANGS[lang])]


ZH_CLAIMS = _claims(ZH_TEXTS, Lang.ZH)
EN_CLAIMS = _claims(EN_TEXTS, Lang.EN)
ALL = ZH_CLAIMS + EN_CLAIMS


def test_the_claims_cover_every_kind_and_every_rereading() -> None:
    kinds = {c.kind for c in ALL}
    assert kinds == set(Kind), set(Kind) - kinds
    rules = {c.rule.rsplit(".", 1)[-1] for c in ALL}
    assert {"off", "colloquial", "frequency"} <= rules, rules
    assert any(c.stated_unit == "pound" for c in ALL)
    assert any(c.role is not None for c in ALL)


@pytest.mark.parametrize(
    ("first", "second"),
    [("zh", "en"), ("en", "zh"), ("zh", "zh"), ("en", "en")],
)
def test_the_kind_look_up_answers_as_the_rules(first: str, second: str) -> None:
    sides = {"zh": ZH_CLAIMS, "en": EN_CLAIMS}
    for zh, en in itertools.product(sides[first], sides[second]):
        assert align.relate(zh, en) == align._relate_claims(zh, en), (zh.text, en.text)


def test_the_look_up_tells_apart_pairs_the_rules_would_read() -> None:
    # The look-up must do work (pairs of kinds outside it exist here) and let the rereadings
    # through (kinds that are not comparable as written, related after a rereading).
    pairs = list(itertools.product(ALL, ALL))
    outside = [(a, b) for a, b in pairs if (a.kind, b.kind) not in align._RELATABLE_KINDS]
    assert len(outside) > len(pairs) // 10
    reread = [
        (a, b)
        for a, b in pairs
        if (a.kind, b.kind) not in align._COMPARABLE_KINDS
        and not align._lost_unit(a, b)
        and align.relate(a, b) is not None
    ]
    assert {frozenset({a.kind, b.kind}) for a, b in reread} >= {
        frozenset({Kind.MASS, Kind.MONEY}),
        frozenset({Kind.MULTIPLIER, Kind.PERCENT}),
    }
