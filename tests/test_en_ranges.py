"""English ranges: X-Y, X to Y, between X and Y; and what looks like a range but is not."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Ranges: two ends joined by a dash, "to", or "between … and", the unit (and scale) stated once
# ("5-6%", "$3-5 million", "3 to 5 million tons") or on both ends. The claim's value is the low
# end, `high` the high end, approx "range". Not ranges: a change "from X to Y" (two figures), two
# figures separated by a year ("from 800,000 tons in 1986 to 250,000 tons": two figures and a
# year), "50 in 1987" (a figure and a year, not a fraction), a descending pair (a score 3-0).
# Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
EN_RANGES = [
    pytest.param("growth of 5-6%", (("5-6%", "percent", "5..6", "%", "range"),), id="dash-percent"),
    pytest.param("growth of 5% to 6%", (("5% to 6%", "percent", "5..6", "%", "range"),), id="to-percent-twice"),
    pytest.param("growth of 5 to 6 percent", (("5 to 6 percent", "percent", "5..6", "%", "range"),), id="to-percent-once"),
    pytest.param("between 5 and 6 percent", (("between 5 and 6 percent", "percent", "5..6", "%", "range"),), id="between-percent"),
    pytest.param("$3-5 million", (("$3-5 million", "money", "3000000..5000000", "USD", "range"),), id="money-shared-scale"),
    pytest.param("$3 million to $5 million", (("$3 million to $5 million", "money", "3000000..5000000", "USD", "range"),), id="money-both-ends"),
    pytest.param("3 to 5 million tons", (("3 to 5 million tons", "mass", "3000000..5000000", "t", "range"),), id="mass-shared-scale"),
    pytest.param("between 80 and 90 people", (("between 80 and 90", "number", "80..90", None, "range"),), id="between-bare"),
    pytest.param("15-30 days", (("15-30 days", "duration", "15..30", "day", "range"),), id="duration-dash"),
    pytest.param("15-30 people", (("15-30", "number", "15..30", None, "range"),), id="bare-dash"),
    pytest.param("three to five years", (("three to five years", "duration", "3..5", "year", "range"),), id="words-duration"),
    pytest.param("a rise ranging from 1 to 7 meters", (("1 to 7 meters", "quantity", "1..7", "m", "range"),), id="ranging-from-is-a-range"),
    pytest.param("63.3% and 86.3% of the total", (("63.3%", "percent", "63.3", "%", "exact"), ("86.3%", "percent", "86.3", "%", "exact")), id="and-without-between-is-a-list"),
    pytest.param("60 million and 200 million yuan", (("60 million", "number", "60000000", None, "exact"), ("200 million yuan", "money", "200000000", "CNY", "exact")), id="money-list-not-range"),
    pytest.param("rose from 5% to 6%", (("5%", "percent", "5", "%", "exact"), ("6%", "percent", "6", "%", "exact")), id="from-to-is-a-change"),
    pytest.param("from 800,000 tons in 1986 to 250,000 tons", (("800,000 tons", "mass", "800000", "t", "exact"), ("1986", "year", "1986", None, "exact"), ("250,000 tons", "mass", "250000", "t", "exact")), id="two-figures-and-a-year"),
    pytest.param("it reached 50 in 1987", (("50", "number", "50", None, "exact"), ("1987", "year", "1987", None, "exact")), id="figure-in-year-not-fraction"),
    pytest.param("the 2019-2020 season", (("2019", "year", "2019", None, "exact"), ("2020", "year", "2020", None, "exact")), id="year-pair-is-two-years"),
    pytest.param("5 to 6 billion yuan", (("5 to 6 billion yuan", "money", "5000000000..6000000000", "CNY", "range"),), id="money-after-shared-scale"),
    pytest.param("between $5 and $6 billion", (("between $5 and $6 billion", "money", "5000000000..6000000000", "USD", "range"),), id="between-money"),
]
# Pairs that are no range and state no figure: a descending pair with nothing that makes it a
# score (a score after a verb of a match or before its result is two figures: tests/test_domains.py;
# clock times: tests/test_en_local.py).
EN_RANGES_NEGATIVE = [
    pytest.param("a 3-0 tally", id="descending-pair"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_RANGES)
def test_en_ranges(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_RANGES_NEGATIVE)
def test_en_ranges_negative(text: str) -> None:
    assert claims_of(text, "en") == ()
