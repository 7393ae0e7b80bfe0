"""English digits: separators, decimals, scale words and their abbreviations."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of, figures_of

# Digits as a translator writes them: thousands separated by commas (or spaces, in some house
# styles), decimals, scale words after them (1.2 million, 3 trillion) and the abbreviations of
# the financial press (1.2bn, 3 mln; $5m, $54K, $1.2MM only with a currency or a mass unit). Values
# are exact: "1.2 billion" is 1200000000, not a float. Cases written by us for the phenomenon, not
# copied from the seeds or any corpus.
# fmt: off
EN_DIGITS = [
    pytest.param("a fleet of 1,200 trucks", (("1,200", "number", "1200", None, "exact"),), id="comma-thousands"),
    pytest.param("it employs 1,234,567 people", (("1,234,567", "number", "1234567", None, "exact"),), id="comma-millions"),
    pytest.param("the ratio was 1.2", (("1.2", "number", "1.2", None, "exact"),), id="decimal"),
    pytest.param("a total of 12,500.75 hectares", (("12,500.75 hectares", "quantity", "125007500", "m2", "exact"),), id="comma-and-decimal"),
    pytest.param("a crowd of 1 200 fans", (("1 200", "number", "1200", None, "exact"),), id="space-thousands"),
    pytest.param("some 1\u00a0200 fans", (("some 1\u00a0200", "number", "1200", None, "about"),), id="nbsp-thousands"),
    pytest.param("1.2 million visitors", (("1.2 million", "number", "1200000", None, "exact"),), id="million"),
    pytest.param("1.2 billion users", (("1.2 billion", "number", "1200000000", None, "exact"),), id="billion"),
    pytest.param("1.2 trillion in assets", (("1.2 trillion", "number", "1200000000000", None, "exact"),), id="trillion"),
    pytest.param("34.227 million passengers", (("34.227 million", "number", "34227000", None, "exact"),), id="million-three-decimals"),
    pytest.param("assets of 1.2bn", (("1.2bn", "number", "1200000000", None, "exact"),), id="bn"),
    pytest.param("3 mln subscribers", (("3 mln", "number", "3000000", None, "exact"),), id="mln-spaced"),
    pytest.param("a loss of 4.7 bln", (("4.7 bln", "number", "4700000000", None, "exact"),), id="bln-spaced"),
    pytest.param("a loss of 4.7bln", (("4.7bln", "number", "4700000000", None, "exact"),), id="bln-glued"),
    pytest.param("a $5m grant", (("$5m", "money", "5000000", "USD", "exact"),), id="letter-m-with-currency"),
    pytest.param("paid $54K a year", (("$54K", "money", "54000", "USD", "exact"),), id="letter-k-with-currency"),
    pytest.param("a $1.2MM budget", (("$1.2MM", "money", "1200000", "USD", "exact"),), id="MM-with-currency"),
    pytest.param("3m tons of grain", (("3m tons", "mass", "3000000", "t", "exact"),), id="letter-m-with-mass"),
    pytest.param("2,000 people", (("2,000", "number", "2000", None, "exact"),), id="year-shaped-with-comma"),
    pytest.param("it fell to 0.5", (("0.5", "number", "0.5", None, "exact"),), id="leading-zero-decimal"),
]
# Digits that are not figures of their own: inside tokens (G20, 3D, A380), versions, one-letter
# abbreviations without a unit (a 5m wall is five metres; 4K is a resolution).
EN_DIGITS_NEGATIVE = [
    pytest.param("a 5m wall", id="letter-m-bare"),
    pytest.param("a 4K screen", id="letter-k-bare"),
    pytest.param("the Bln 4 line", id="bln-capitalized-name"),
    pytest.param("version 1.2.3 was released", id="version-triple"),
    pytest.param("the A380 landed", id="model-code"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_DIGITS)
def test_en_digits(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_DIGITS_NEGATIVE)
def test_en_digits_negative(text: str) -> None:
    # A code (A380) is read as a claim with a role (test_roles.py), never as a figure.
    assert figures_of(text, "en") == ()
