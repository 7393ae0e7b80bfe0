"""English ordinals: where they state a figure (4th Edition, the 14th Five-Year Plan) and where not."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of, project
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS

# A stated ordinal is kind `number` with value N: "4th Edition" (第4版), "the 14th Five-Year Plan"
# (第十四个五年规划), "the fourteenth", "twenty-first". "first" and "second" never state a figure
# (for the first time, first-class, second-hand, a second), nor does an ordinal word that opens a
# compound (third-party). A stated ordinal pairs only with a stated ordinal of the original (第N);
# a day of the month written alone ("on the 28th", as 28日 is read) is a day, not an ordinal.
# Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
EN_ORDINALS = [
    pytest.param("the 4th Edition", (("4th", "number", "4", None, "exact"),), id="4th-edition"),
    pytest.param("the 14th Five-Year Plan", (("14th Five-Year Plan", "number", "14", None, "exact"),), id="14th-five-year-plan"),
    pytest.param("the 3rd session", (("3rd", "number", "3", None, "exact"),), id="3rd"),
    pytest.param("the 21st century", (("21st", "number", "21", None, "exact"),), id="21st"),
    pytest.param("the fourteenth congress", (("fourteenth", "number", "14", None, "exact"),), id="fourteenth"),
    pytest.param("the twenty-first round", (("twenty-first", "number", "21", None, "exact"),), id="twenty-first"),
    pytest.param("its third plenary session", (("third", "number", "3", None, "exact"),), id="third"),
    pytest.param("the 70th anniversary", (("70th", "number", "70", None, "exact"),), id="70th-anniversary"),
    # A quarter of the year named by its rank, in words or as Q1–Q4, is that rank.
    pytest.param("sales in the first quarter", (("first quarter", "number", "1", None, "exact"),), id="first-quarter"),
    pytest.param("weak second-quarter sales", (("second-quarter", "number", "2", None, "exact"),), id="second-quarter-adjective"),
    pytest.param("sales in Q4 slowed", (("4", "number", "4", None, "exact"),), id="q4"),
]
# Days of the month written alone, beside a stated ordinal.
EN_ORDINALS_DEFAULT = [
    pytest.param("on the 28th, the ministry said", (("28th", "number", "28", None, "exact"),), id="day-alone"),
    pytest.param("on the 14th and 21st, it said", (("14th", "number", "14", None, "exact"), ("21st", "number", "21", None, "exact")), id="two-days"),
    pytest.param("On 22nd, the adviser said", (("22nd", "number", "22", None, "exact"),), id="day-after-on"),
    pytest.param("on the afternoon of 26th, it said", (("26th", "number", "26", None, "exact"),), id="day-after-of"),
    pytest.param("on the 26th (local time)", (("26th", "number", "26", None, "exact"),), id="day-before-parenthesis"),
    pytest.param("from the 20th to the 25th of this month", (("20th", "number", "20", None, "exact"), ("25th", "number", "25", None, "exact")), id="days-alone"),
    pytest.param("the 4th Edition", (("4th", "number", "4", None, "exact"),), id="4th-edition-default"),
]
# Ordinals that state no figure.
EN_ORDINALS_NEGATIVE = [
    pytest.param("for the first time", id="first-time"),
    pytest.param("a first-class hotel", id="first-class"),
    pytest.param("the second half", id="second-half"),
    pytest.param("second-hand cars", id="second-hand"),
    pytest.param("a third-party audit", id="third-party"),
    pytest.param("at first", id="at-first"),
    pytest.param("a quarterly report", id="quarterly"),
]
# fmt: on

_WITH_ORDINALS = LANGS["en"]


def _claims_with_ordinals(text: str) -> tuple[Row, ...]:
    return tuple(project(c) for c in extract_text(text, _WITH_ORDINALS))


@pytest.mark.parametrize(("text", "expected"), EN_ORDINALS)
def test_en_ordinals(text: str, expected: tuple[Row, ...]) -> None:
    assert _claims_with_ordinals(text) == expected


@pytest.mark.parametrize(("text", "expected"), EN_ORDINALS_DEFAULT)
def test_en_ordinals_default_rules(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_ORDINALS_NEGATIVE)
def test_en_ordinals_negative(text: str) -> None:
    assert _claims_with_ordinals(text) == ()
