"""English text that looks numeric but states no figure: words, names, models, codes, idioms."""

from __future__ import annotations

import pytest

from tests.helpers import Row, figures_of
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS

# "one" as an article or a pronoun (one of the, one another, no one, once), definite numbers that
# refer back (the two sides), digits inside names and tokens (COVID-19, G20, 3D, 5G), model names
# and labels after a capitalized word (Windows 10, Boeing 737, Level 2, No. 1), product codes,
# phone numbers (a leading zero, digit groups joined by dashes), list markers at the start of a
# line, clock times and the idiom "a hundred percent sure" (a score, "a 3-0 victory", states two
# figures, as 3比0 does: tests/test_domains.py). The positive table checks that a real figure next
# to such text is still read. Cases written by us for the phenomenon, not
# copied from the seeds or any corpus.
# fmt: off
EN_NEGATIVES = [
    pytest.param("one of the largest", id="one-of-the"),
    pytest.param("they respect one another", id="one-another"),
    pytest.param("no one knows", id="no-one"),
    pytest.param("the two sides met", id="the-two-sides"),
    pytest.param("he came once", id="once"),
    pytest.param("COVID-19 cases", id="covid-19"),
    pytest.param("the G20 summit", id="g20"),
    pytest.param("Windows 10 users", id="windows-10"),
    pytest.param("3D printing", id="3d"),
    pytest.param("a Boeing 737 jet", id="boeing-737"),
    pytest.param("the Airbus A320neo", id="airbus-code"),
    pytest.param("model XR-2000 units", id="product-code-dash"),
    pytest.param("SKU 0042-117", id="product-code-leading-zero"),
    pytest.param("call 010-6512-3456", id="phone-dashes"),
    pytest.param("tel. 010 65123456", id="phone-leading-zero"),
    pytest.param("1. Introduction", id="list-marker-dot"),
    pytest.param("intro\n2) Methods", id="list-marker-paren"),
    pytest.param("a hundred percent sure", id="hundred-percent-sure"),
    pytest.param("Level 2 alert", id="level-label"),
    pytest.param("the No. 1 Central Document", id="number-label"),
    pytest.param("5G base stations", id="5g"),
    pytest.param("Chapter 7 bankruptcy", id="chapter-label"),
    pytest.param("call the 120 Emergency Center", id="number-opening-a-name"),
    pytest.param("Greenland Holdings (600606.SH) said", id="stock-code"),
    pytest.param("the Small Three Gorges Tunnel", id="number-word-inside-a-name"),
    pytest.param("she took “19” for a version", id="quoted-number-is-a-mention"),
    pytest.param("the Ten Thousand Mu Field", id="capitalized-scale-name"),
    pytest.param("the village's “Two Committees”", id="quoted-slogan"),
    pytest.param("a 24/7 hotline", id="slash-24-7"),
]
# The same kinds of text beside a real figure: the figure is still read, the rest is not.
EN_NEGATIVES_BESIDE_FIGURES = [
    pytest.param("one of the 12 ports", (("12", "number", "12", None, "exact"),), id="one-of-the-12"),
    pytest.param("COVID-19 infected 300 people", (("300", "number", "300", None, "exact"),), id="covid-and-figure"),
    pytest.param("Boeing 737 orders rose 20%", (("20%", "percent", "20", "%", "exact"),), id="model-and-percent"),
    pytest.param("1. Exports rose 5%", (("5%", "percent", "5", "%", "exact"),), id="list-marker-and-percent"),
    pytest.param("In 500 cases", (("500", "number", "500", None, "exact"),), id="sentence-initial-preposition"),
    pytest.param("it rose to 500. Then it fell", (("500", "number", "500", None, "exact"),), id="figure-ending-a-sentence"),
    pytest.param("a Richter 6.1-magnitude quake", (("6.1", "quantity", "6.1", "magnitude", "exact"),), id="label-word-before-a-compound"),
    pytest.param("Four American Airlines jets", (("Four", "number", "4", None, "exact"),), id="sentence-initial-word-before-a-name"),
    pytest.param("July 26 marks the start", (("July 26", "date", "--07-26", None, "exact"),), id="marks-is-a-verb"),
    pytest.param("and 28 United Airlines aircraft", (("28", "number", "28", None, "exact"),), id="figure-before-a-company-name"),
    pytest.param("Jiangsu Confirms 1 New Case", (("1", "number", "1", None, "exact"),), id="title-case-headline-after-a-verb"),
    pytest.param("Tourism Bureau 1 case", (("1", "number", "1", None, "exact"),), marks=pytest.mark.xfail(strict=True, reason="a figure after a capitalized name word and before a lowercase noun reads as a model label (Windows 10 users)"), id="figure-after-a-name-word"),
    pytest.param("13 Tested Positive in Town", (("13", "number", "13", None, "exact"),), id="title-case-headline-figure"),
    pytest.param("the two sides signed 15 agreements", (("15", "number", "15", None, "exact"),), id="two-sides-and-figure"),
]
# fmt: on


@pytest.mark.parametrize("text", EN_NEGATIVES)
def test_en_negatives(text: str) -> None:
    # Codes and list markers are claims with a role (test_roles.py), never figures.
    assert figures_of(text, "en") == ()


@pytest.mark.parametrize(("text", "expected"), EN_NEGATIVES_BESIDE_FIGURES)
def test_en_negatives_beside_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert figures_of(text, "en") == expected


# A capitalized word opening a sentence before a figure is no model name when it is an adverb
# in -ly or a determiner (More, Last, This): the figure is read. Rows written for this test.
SENTENCE_OPENERS = [
    pytest.param("Exactly 300 people came.", "300", id="exactly"),
    pytest.param("Reportedly 12 ships sank.", "12", id="reportedly"),
    pytest.param("Fully 40 firms signed.", "40", id="fully"),
    pytest.param("More 300 people came than expected.", "300", id="more"),
    pytest.param("Overall 7 teams took part.", "7", id="overall"),
]


@pytest.mark.parametrize(("text", "value"), SENTENCE_OPENERS)
def test_an_adverb_opening_a_sentence_names_no_model(text: str, value: str) -> None:
    assert [str(c.value) for c in extract_text(text, LANGS["en"])] == [value]
