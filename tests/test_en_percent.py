"""English percent: %, percent, per cent, percentage points, basis points, per mille."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Percent: a figure with %, "percent", "per cent" or "pct" (unit %), percentage points and basis
# points (unit pp, a different dimension: "3%" for 3个百分点 is a unit finding), per mille
# (converted to %), hyphenated adjectives ("a 2-percentage-point rise"), ranges sharing the sign.
# Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
EN_PERCENT = [
    pytest.param("grew 11.6%", (("11.6%", "percent", "11.6", "%", "exact"),), id="percent-sign"),
    pytest.param("grew 11.6 percent", (("11.6 percent", "percent", "11.6", "%", "exact"),), id="percent-word"),
    pytest.param("grew 11.6 per cent", (("11.6 per cent", "percent", "11.6", "%", "exact"),), id="per-cent"),
    pytest.param("up 4 pct", (("4 pct", "percent", "4", "%", "exact"),), id="pct"),
    pytest.param("fell 1.5 percentage points", (("1.5 percentage points", "percent", "1.5", "pp", "exact"),), id="percentage-points"),
    pytest.param("fell 1.5 pp", (("1.5 pp", "percent", "1.5", "pp", "exact"),), id="pp"),
    pytest.param("a 2-percentage-point rise", (("2-percentage-point", "percent", "2", "pp", "exact"),), id="percentage-point-adjective"),
    pytest.param("cut by 25 basis points", (("25 basis points", "percent", "0.25", "pp", "exact"),), id="basis-points"),
    pytest.param("3 per mille", (("3 per mille", "percent", "0.3", "%", "exact"),), id="per-mille"),
    pytest.param("3‰", (("3‰", "percent", "0.3", "%", "exact"),), id="per-mille-sign"),
    pytest.param("a 5-percent rise", (("5-percent", "percent", "5", "%", "exact"),), id="percent-adjective"),
    pytest.param("ten percent", (("ten percent", "percent", "10", "%", "exact"),), id="words-percent"),
    pytest.param("5-6%", (("5-6%", "percent", "5..6", "%", "range"),), id="range-sign-once"),
    pytest.param("100% of the shares", (("100%", "percent", "100", "%", "exact"),), id="hundred-percent-share"),
    pytest.param("-3.2%", (("-3.2%", "percent", "-3.2", "%", "exact"),), id="minus"),
    pytest.param("prices rose 5pc", (("5pc", "percent", "5", "%", "exact"),), id="pc-glued"),
    pytest.param("a 10 pc rise", (("10 pc", "percent", "10", "%", "exact"),), id="pc-spaced"),
    pytest.param("a 50-basis-point cut", (("50-basis-point", "percent", "0.5", "pp", "exact"),), id="basis-point-adjective"),
    pytest.param("between 3 percent and 5 percent", (("between 3 percent and 5 percent", "percent", "3..5", "%", "range"),), id="range-word-unit-twice"),
    pytest.param("3 per cent to 5 per cent", (("3 per cent to 5 per cent", "percent", "3..5", "%", "range"),), id="range-per-cent-twice"),
    pytest.param("3pc-5pc", (("3pc-5pc", "percent", "3..5", "%", "range"),), id="range-pc-twice"),
    pytest.param("rose 2 percentage points to 5 percent", (("2 percentage points", "percent", "2", "pp", "exact"), ("5 percent", "percent", "5", "%", "exact")), id="points-to-percent-is-no-range"),
    pytest.param("bought 10 PCs", (("10", "number", "10", None, "exact"),), id="pcs-are-computers"),
    pytest.param("10 PC games", (("10", "number", "10", None, "exact"),), id="capital-pc-is-no-percent"),
]
# Percent words with no figure, and the idiom of certainty.
EN_PERCENT_NEGATIVE = [
    pytest.param("a hundred percent sure", id="idiom-hundred-percent-sure"),
    pytest.param("100% certain", id="idiom-digits-certain"),
    pytest.param("the percentage of voters", id="percentage-word"),
    pytest.param("a large percent of", id="percent-no-figure"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_PERCENT)
def test_en_percent(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_PERCENT_NEGATIVE)
def test_en_percent_negative(text: str) -> None:
    assert claims_of(text, "en") == ()
