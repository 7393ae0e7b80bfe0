"""English multipliers: doubled, tripled, twofold, N times, twice, halved; and occasions."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Multipliers: verbs and adjectives of a fixed factor (doubled, doubling, tripled, quadrupled,
# twofold, halved: always factors), "N times" and "twice"/"double" before a comparison ("three
# times as many", "twice the", "10 times that of") or after a verb of growth ("increased three
# times"). Elsewhere "three times" and "twice" count occasions ("met three times", 三次): kind
# `number`. Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
EN_MULTIPLIERS = [
    pytest.param("output doubled", (("doubled", "multiplier", "2", None, "exact"),), id="doubled"),
    pytest.param("a doubling of exports", (("doubling", "multiplier", "2", None, "exact"),), id="doubling"),
    pytest.param("sales tripled", (("tripled", "multiplier", "3", None, "exact"),), id="tripled"),
    pytest.param("profits quadrupled", (("quadrupled", "multiplier", "4", None, "exact"),), id="quadrupled"),
    pytest.param("a twofold rise", (("twofold", "multiplier", "2", None, "exact"),), id="twofold"),
    pytest.param("a 2.5-fold rise", (("2.5-fold", "multiplier", "2.5", None, "exact"),), id="digits-fold"),
    pytest.param("costs were halved", (("halved", "multiplier", "0.5", None, "exact"),), id="halved"),
    pytest.param("two times as large", (("two times", "multiplier", "2", None, "exact"),), id="two-times-as"),
    pytest.param("10 times that of 1980", (("10 times", "multiplier", "10", None, "exact"), ("1980", "year", "1980", None, "exact")), id="times-that-of"),
    pytest.param("twice as many", (("twice", "multiplier", "2", None, "exact"),), id="twice-as"),
    pytest.param("double the figure", (("double", "multiplier", "2", None, "exact"),), id="double-the"),
    pytest.param("output increased three times", (("three times", "multiplier", "3", None, "exact"),), id="growth-verb-times"),
    pytest.param("hundreds of times that of a worker", (("hundreds of times", "multiplier", "200..900", None, "range"),), id="vague-plural-times-that-of"),
    pytest.param("dozens of times higher", (("dozens of times", "multiplier", "24..108", None, "range"),), id="vague-dozens-times-higher"),
    pytest.param("we tried hundreds of times", (("hundreds", "number", "200..900", None, "range"),), id="vague-plural-occasions"),
    pytest.param("they met three times", (("three times", "number", "3", None, "exact"),), id="occasions-times"),
    pytest.param("she visited twice", (("twice", "number", "2", None, "exact"),), id="occasions-twice"),
]
# Words of multiplication that state no factor.
EN_MULTIPLIERS_NEGATIVE = [
    pytest.param("double standards", id="double-adjective"),
    pytest.param("several times", id="several-times"),
    pytest.param("at times", id="at-times"),
    pytest.param("many times over", id="many-times"),
    pytest.param("he spoke once", id="once"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_MULTIPLIERS)
def test_en_multipliers(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_MULTIPLIERS_NEGATIVE)
def test_en_multipliers_negative(text: str) -> None:
    assert claims_of(text, "en") == ()
