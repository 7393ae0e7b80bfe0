"""The direction of a change: a figure with a word of rise or fall right next to it (同比下降5%,
"rose 5%", "a 5% drop") states a change that way, and the same figure stated as opposite changes
on the two sides is a reversed direction, a value finding. A direction stated on one side only, a
level reached (增长到, "rose to") and the change of a rate of change (降幅收窄, "the decline
narrowed") are no finding. Cases written for these tests."""

from __future__ import annotations

import pytest

from tradefacts.extract import extract_text
from tradefacts.lang import LANGS, en, zh
from tradefacts.model import Change
from tradefacts.pipeline import check

R, F = Change.RISE, Change.FALL

# fmt: off
CHANGE_READINGS = [
    pytest.param("zh", "销量同比增长7.5%", (("7.5%", R),), id="zh-rise-after-yoy"),
    pytest.param("zh", "利润比去年减少了2亿元", (("2亿元", F),), id="zh-fall-with-le"),
    pytest.param("zh", "价格上涨约4%", (("约4%", R),), id="zh-rise-hedged"),
    pytest.param("zh", "经济负增长1.5%", (("1.5%", F),), id="zh-negative-growth-is-a-fall"),
    pytest.param("zh", "销量增长到40万辆", (("40万辆", None),), id="zh-level-reached"),
    pytest.param("zh", "利率降至3%", (("3%", None),), id="zh-level-reached-short"),
    pytest.param("zh", "降幅收窄0.7个百分点", (("0.7个百分点", None),), id="zh-decline-narrowed"),
    pytest.param("zh", "跌幅扩大1个百分点", (("1个百分点", None),), id="zh-decline-widened"),
    pytest.param("zh", "增速回落0.3个百分点", (("0.3个百分点", None),), id="zh-growth-slowed"),
    pytest.param("zh", "汽油每升8元", (("8元", None),), id="zh-per-litre-is-no-rise"),
    pytest.param("zh", "汽油每升上涨0.3元", (("0.3元", R),), id="zh-rise-per-litre"),
    pytest.param("zh", "气温下降7℃", (("7℃", F),), id="zh-temperature-fall"),
    pytest.param("zh", "收入为8亿元", (("8亿元", None),), id="zh-no-change-word"),
    pytest.param("zh", "2022年增长4%", (("2022年", None), ("4%", R)), id="zh-year-states-no-change"),
    pytest.param("en", "sales rose 7.5% year on year", (("7.5%", R),), id="en-rose"),
    pytest.param("en", "profit fell by 200 million yuan", (("200 million yuan", F),), id="en-fell-by"),
    pytest.param("en", "prices were up about 4%", (("about 4%", R),), id="en-up-hedged"),
    pytest.param("en", "a decrease of 9%", (("9%", F),), id="en-noun-of"),
    pytest.param("en", "a 3% drop in output", (("3%", F),), id="en-noun-after"),
    pytest.param("en", "costs were 6% higher", (("6%", R),), id="en-comparative-after"),
    pytest.param("en", "negative growth of 1.5%", (("1.5%", F),), id="en-negative-growth"),
    pytest.param("en", "output climbed sharply by 8%", (("8%", R),), id="en-adverb-between"),
    pytest.param("en", "prices fell a further 2%", (("2%", F),), id="en-a-further"),
    pytest.param("en", "sales rose to 400,000", (("400,000", None),), id="en-level-reached"),
    pytest.param("en", "rates fell from 5% to 3%", (("5%", None), ("3%", None)), id="en-from-to"),
    pytest.param("en", "a 10% down payment", (("10%", None),), id="en-down-payment"),
    pytest.param("en", "revenue was 8 billion", (("8 billion", None),), id="en-no-change-word"),
    pytest.param("en", "jobs grew by 30,000 year on year", (("30,000", R),), id="en-year-on-year-is-no-span"),
    pytest.param("en", "the yuan rose above 7.2", (("above 7.2", None),), id="en-level-crossed"),
    pytest.param("en", "women make up 55% of staff", (("55%", None),), id="en-make-up-is-no-rise"),
    pytest.param("en", "rents declined an average of 4%", (("4%", F),), id="en-an-average-of"),
]
CHANGE_PAIRS = [
    pytest.param("出口同比增长6%。", "Exports fell 6% year on year.", ("value",), id="rise-as-fall"),
    pytest.param("利润减少3亿元。", "Profit rose by 300 million yuan.", ("value",), id="fall-as-rise"),
    pytest.param("价格下跌约2%。", "Prices were up about 2%.", ("value",), id="hedged-reversed"),
    pytest.param("经济负增长3%。", "The economy grew 3%.", ("value",), id="negative-growth-as-growth"),
    pytest.param("寿命提高了0.4岁。", "Life expectancy fell by 0.4 years.", ("value",), id="unseen-unit-reversed"),
    pytest.param("进口下降4%。", "There was a 4% increase in imports.", ("value",), id="noun-after-reversed"),
    pytest.param("出口增长6%。", "Exports rose 6%.", (), id="rise-as-rise"),
    pytest.param("利润减少3亿元。", "Profit decreased by 300 million yuan.", (), id="fall-as-fall"),
    pytest.param("出口增长6%。", "Exports: 6%.", (), id="direction-on-one-side"),
    pytest.param("出口6%。", "Exports rose 6%.", (), id="direction-added-is-no-finding"),
    pytest.param("出口增长到60亿元。", "Exports fell to 6 billion yuan.", (), id="levels-are-no-change"),
    pytest.param("降幅收窄0.5个百分点。", "Prices fell 0.5 percentage points less.", (), id="narrowed-decline"),
    pytest.param("跌幅扩大0.5个百分点。", "Prices fell a further 0.5 percentage points.", (), id="widened-decline"),
    pytest.param(
        "出口增长5%，进口下降5%。", "Exports rose 5% and imports fell 5%.", (), id="list-pairs-by-direction"
    ),
    pytest.param(
        "出口增长5%，进口下降5%。", "Exports rose 5% and imports rose 5%.", ("value",), id="list-one-reversed"
    ),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGE_READINGS)
def test_a_word_of_change_next_to_a_figure_marks_its_direction(
    lang: str, text: str, expected: tuple[tuple[str, Change | None], ...]
) -> None:
    assert tuple((c.text, c.change) for c in extract_text(text, LANGS[lang])) == expected


@pytest.mark.parametrize(("zh_text", "en_text", "types"), CHANGE_PAIRS)
def test_opposite_directions_of_the_same_figure_are_a_wrong_value(
    zh_text: str, en_text: str, types: tuple[str, ...]
) -> None:
    findings = check(zh_text, en_text)
    assert tuple(f.type.value for f in findings) == types
    for finding in findings:
        assert "reversed" in finding.message
        assert finding.suggestion is None


def _entries() -> list[object]:
    cases: list[object] = []
    for words, change in ((zh.ZH_CHANGE_RISE_WORDS, R), (zh.ZH_CHANGE_FALL_WORDS, F)):
        cases += [pytest.param("zh", f"数量{w}5%", change, id=f"zh-{w}") for w in sorted(words)]
    for words, change in ((en.EN_CHANGE_RISE_VERBS, R), (en.EN_CHANGE_FALL_VERBS, F)):
        cases += [
            pytest.param("en", f"prices {w} 5%", change, id=f"en-verb-{w}") for w in sorted(words)
        ]
    for words, change in ((en.EN_CHANGE_RISE_NOUNS, R), (en.EN_CHANGE_FALL_NOUNS, F)):
        cases += [
            pytest.param("en", f"a {w} of 5%", change, id=f"en-noun-{w}") for w in sorted(words)
        ]
        cases += [
            pytest.param("en", f"a 5% {w}", change, id=f"en-after-{w}") for w in sorted(words)
        ]
    for words, change in ((en.EN_CHANGE_RISE_AFTER, R), (en.EN_CHANGE_FALL_AFTER, F)):
        cases += [
            pytest.param("en", f"5% {w}", change, id=f"en-comparative-{w}") for w in sorted(words)
        ]
    return cases


@pytest.mark.parametrize(("lang", "text", "change"), _entries())
def test_every_word_of_change_reads_its_direction(lang: str, text: str, change: Change) -> None:
    (claim,) = extract_text(text, LANGS[lang])
    assert claim.change is change


@pytest.mark.parametrize("verb", sorted(en.EN_CHANGE_UP_PHRASAL_VERBS))
def test_up_after_a_phrasal_verb_is_no_rise(verb: str) -> None:
    (claim,) = extract_text(f"they {verb} up 5%", LANGS["en"])
    assert claim.change is None


@pytest.mark.parametrize("hedge", sorted(en.EN_CHANGE_LEVEL_HEDGES))
def test_a_level_crossed_is_no_change(hedge: str) -> None:
    (claim,) = extract_text(f"the index rose {hedge} 3,000", LANGS["en"])
    assert claim.change is None


@pytest.mark.parametrize("veto", sorted(zh.ZH_CHANGE_VETO_BEFORE))
def test_a_veto_before_a_word_of_change_leaves_the_figure_alone(veto: str) -> None:
    (claim,) = extract_text(f"数量{veto}增5%", LANGS["zh"])
    assert claim.change is None
