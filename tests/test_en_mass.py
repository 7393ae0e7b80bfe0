"""English mass: tons, tonnes, metric tons, kilograms, grams, pounds, jin; exact conversion."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of, figures_of

# Mass: a figure with a mass unit, converted exactly into metric tons through the pint registry
# (units.txt), so a translation that converts 10万吨 into pounds compares exactly: 220 million
# pounds is 99790.3214 t (a pound is 453.59237 g by definition). "tons" is the metric ton, as the
# press on China writes 吨. One-letter symbols are case-sensitive (5G is a network). "pounds" are
# mass unless a money cue precedes them (test_en_money.py). Cases written by us for the
# phenomenon, not copied from the seeds or any corpus.
# fmt: off
EN_MASS = [
    pytest.param("100,000 tons of steel", (("100,000 tons", "mass", "100000", "t", "exact"),), id="tons"),
    pytest.param("3.5 million tonnes", (("3.5 million tonnes", "mass", "3500000", "t", "exact"),), id="tonnes"),
    pytest.param("80,000 metric tons", (("80,000 metric tons", "mass", "80000", "t", "exact"),), id="metric-tons"),
    pytest.param("76,000 kilograms", (("76,000 kilograms", "mass", "76", "t", "exact"),), id="kilograms"),
    pytest.param("a 25 kg bag", (("25 kg", "mass", "0.025", "t", "exact"),), id="kg"),
    pytest.param("500 grams of tea", (("500 grams", "mass", "0.0005", "t", "exact"),), id="grams"),
    pytest.param("220 million pounds", (("220 million pounds", "mass", "99790.3214", "t", "exact"),), id="pounds-converted-exactly"),
    pytest.param("5 million pounds of rice", (("5 million pounds", "mass", "2267.96185", "t", "exact"),), id="pounds-of-goods"),
    pytest.param("10 lbs", (("10 lbs", "mass", "0.0045359237", "t", "exact"),), id="lbs"),
    pytest.param("300 jin of rice", (("300 jin", "mass", "0.15", "t", "exact"),), id="jin"),
    pytest.param("a 5-ton truck", (("5-ton", "mass", "5", "t", "exact"),), id="hyphen-adjective"),
    pytest.param("2,000t of ore", (("2,000t", "mass", "2000", "t", "exact"),), id="t-symbol"),
    pytest.param("3-5 million tons", (("3-5 million tons", "mass", "3000000..5000000", "t", "range"),), id="range-shared-scale"),
    pytest.param("thousands of tons", (("thousands of tons", "mass", "2000..9000", "t", "range"),), id="vague-thousands-of-tons"),
    pytest.param("about seven tons", (("about seven tons", "mass", "7", "t", "about"),), id="words-about"),
]
# Mass symbols inside other tokens, and mass words with no figure.
EN_MASS_NEGATIVE = [
    pytest.param("5G networks", id="5G-is-no-gram"),
    pytest.param("tons of work", id="tons-idiom"),
    pytest.param("the T-shirt", id="t-letter"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_MASS)
def test_en_mass(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_MASS_NEGATIVE)
def test_en_mass_negative(text: str) -> None:
    # 5G is read as a code (a claim with a role, test_roles.py), never as a mass.
    assert figures_of(text, "en") == ()
