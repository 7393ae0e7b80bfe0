"""A hedge under a sign: one that bounds the figure's size turns with the sign (零下20多度 and "more
than 20 degrees below zero" are under -20); one written before a leading sign or after the figure
bounds the signed value (约零下20度, 零下20度以下). Rows written for this test."""

from __future__ import annotations

import pytest

from tradefacts import check
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS

READ = [
    pytest.param("zh", "零下20多度", ("-20", "under"), id="zh-over-inside-a-negative"),
    pytest.param("zh", "零下20度以下", ("-20", "under"), id="zh-below-after-the-figure"),
    pytest.param("zh", "零下5度以上", ("-5", "over"), id="zh-above-after-the-figure"),
    pytest.param("zh", "约零下20度", ("-20", "about"), id="zh-about-before-the-sign"),
    pytest.param("en", "more than ten degrees below zero", ("-10", "under"), id="en-more-below"),
    pytest.param("en", "less than 5 degrees below zero", ("-5", "over"), id="en-less-below"),
    pytest.param("en", "about -3%", ("-3", "about"), id="en-about-before-the-sign"),
    pytest.param("en", "over -3%", ("-3", "over"), id="en-over-before-the-sign"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), READ)
def test_a_hedge_under_a_sign(lang: str, text: str, expected: tuple[str, str]) -> None:
    claims = extract_text(text, LANGS[lang])
    assert [(str(c.value), c.approx.value) for c in claims] == [expected]


AGREE = [
    pytest.param(
        "气温零下十几度。", "It was more than ten degrees below zero.", id="teens-below-zero"
    ),
    pytest.param(
        "气温零下20多度。", "It was more than 20 degrees below zero.", id="twenties-below"
    ),
]


@pytest.mark.parametrize(("zh", "en"), AGREE)
def test_the_same_hedge_below_zero_is_silent(zh: str, en: str) -> None:
    assert check(zh, en) == []


def test_the_opposite_hedge_below_zero_is_a_qualifier_finding() -> None:
    found = check("气温零下20多度。", "It was less than 20 degrees below zero.")
    assert [f.type.value for f in found] == ["qualifier"]


# A temperature's sign is written with the figure on both sides (a sign, minus, below zero): one
# dropped or added is a wrong value, its fix the translation's own figure with the sign right.
# Elsewhere a sign alone is no finding (负增长3% → "contracted 3%": the verb carries it).
SIGNS = [
    pytest.param("气温零下18℃。", "It was 18°C.", [("value", "error", "-18°C")], id="sign-dropped"),
    pytest.param("气温18℃。", "It was -18°C.", [("value", "error", "18°C")], id="sign-added"),
    pytest.param("气温零下18℃。", "It was -18°C.", [], id="sign-kept"),
    pytest.param("气温零下18℃。", "It was 18 degrees below zero.", [], id="below-zero-in-words"),
    pytest.param("经济负增长3%。", "The economy contracted 3%.", [], id="sign-in-a-verb"),
]


@pytest.mark.parametrize(("zh", "en", "expected"), SIGNS)
def test_a_temperature_keeps_its_sign(
    zh: str, en: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(f.type.value, f.severity.value, f.suggestion) for f in check(zh, en)] == expected
