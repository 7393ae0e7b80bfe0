"""Bounds against bounds: a figure bounded by a word (以上, 不低于, 超过, "at least", "no more than")
states its figure exactly, so two bounds the same way agree only where their figures do; a hedge of
precision (520多 "520-some", "300-odd", "just over") keeps its interval and may meet a bound inside
it. Cases written for these tests."""

from __future__ import annotations

import pytest

from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Approx
from tradefacts.pipeline import check

# fmt: off
BOUND_READINGS = [
    pytest.param("zh", "不低于20%", True, id="zh-floor-word"),
    pytest.param("zh", "80岁及以上", True, id="zh-and-above"),
    pytest.param("zh", "超过5万人", True, id="zh-exceeds"),
    pytest.param("zh", "不超过3天", True, id="zh-ceiling-word"),
    pytest.param("zh", "520多家", False, id="zh-some-in-numeral"),
    pytest.param("zh", "三十出头", False, id="zh-just-over"),
    pytest.param("zh", "约20%", False, id="zh-about"),
    pytest.param("en", "at least 25%", True, id="en-at-least"),
    pytest.param("en", "no more than 3 days", True, id="en-no-more-than"),
    pytest.param("en", "aged 85 and above", True, id="en-and-above"),
    pytest.param("en", "300-odd people", False, id="en-odd"),
    pytest.param("en", "just over 50 people", False, id="en-just-over"),
    pytest.param("en", "about 25%", False, id="en-about"),
]
BOUND_PAIRS = [
    pytest.param("费用不低于20%。", "The fee is no less than 25%.", ("value",), id="floors-differ"),
    pytest.param("80岁及以上老人", "people aged 85 and above", ("value",), id="ages-differ"),
    pytest.param("超过5万人", "over 52,000 people", ("value",), id="exceeds-differ"),
    pytest.param("不超过3天", "no more than 5 days", ("value",), id="ceilings-differ"),
    pytest.param("费用不低于20%。", "The fee is at least 20%.", (), id="floors-agree"),
    pytest.param("超过5万人", "more than 50,000 people", (), id="exceeds-agree"),
    pytest.param("逾52.4%", "more than 52%", (), id="rounded-bound-agrees"),
    pytest.param("520多家企业", "more than 525 companies", (), id="precision-hedge-meets-bound"),
    pytest.param("300多人", "300-odd people", (), id="precision-hedges-agree"),
    pytest.param("费用不低于20%。", "The fee is at most 20%.", ("qualifier",), id="floor-against-ceiling"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "bound"), BOUND_READINGS)
def test_a_hedge_word_that_bounds_marks_the_claim(lang: str, text: str, bound: bool) -> None:
    (claim,) = extract_text(text, LANGS[lang])
    assert claim.bound is bound


@pytest.mark.parametrize(("zh", "en", "types"), BOUND_PAIRS)
def test_two_bounds_the_same_way_agree_only_on_their_figure(
    zh: str, en: str, types: tuple[str, ...]
) -> None:
    assert tuple(f.type.value for f in check(zh, en)) == types


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_precision_hedge_is_a_qualifier_of_over_or_under(lang: str) -> None:
    rules = LANGS[lang]
    assert {s: rules.qualifiers.get(s) for s in rules.precision_hedges} == {
        s: rules.qualifiers.get(s)
        for s in rules.precision_hedges
        if rules.qualifiers.get(s) in (Approx.OVER, Approx.UNDER)
    }
