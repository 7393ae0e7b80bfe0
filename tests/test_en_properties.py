"""English properties: written integers read back exactly; any text extracts safely.

The writers here (digits with separators, words, scale-word renderings) are test-side code,
independent of the parser in `numerals.py` and of the tables in `lang/en.py`.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import figure_text
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Claim

EN = LANGS["en"]

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_GROUPS = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def _below_hundred(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def _below_thousand(n: int, *, british: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    head = f"{_UNITS[hundreds]} hundred"
    if not rest:
        return head
    return f"{head} {'and ' if british else ''}{_below_hundred(rest)}"


def write_words(n: int, *, british: bool) -> str:
    """An integer in English words, British ("one hundred and five") or American style."""
    parts: list[str] = []
    for size, name in _GROUPS:
        count, n = divmod(n, size)
        if count:
            parts.append(f"{_below_thousand(count, british=british)} {name}")
    if n:
        last = _below_thousand(n, british=british)
        parts.append(f"and {last}" if british and parts and n < 100 else last)
    return " ".join(parts)


def _only(text: str) -> Claim:
    claims = extract_text(text, EN)
    assert len(claims) == 1, claims
    return claims[0]


@given(st.integers(min_value=0, max_value=10**15))
def test_en_digits_with_separators_read_back(n: int) -> None:
    written = f"{n:,}"
    claim = _only(f"they counted {written} items")
    assert (claim.text, claim.value) == (written, Decimal(n))


@given(st.integers(min_value=2, max_value=10**15 - 1), st.booleans())
def test_en_number_words_read_back(n: int, british: bool) -> None:
    written = write_words(n, british=british)
    claim = _only(f"they counted {written} items")
    assert (claim.text, claim.value) == (written, Decimal(n))


@given(
    st.integers(min_value=1, max_value=10**15),
    st.sampled_from([(6, "million"), (9, "billion"), (12, "trillion")]),
)
def test_en_scale_words_read_back(n: int, scale: tuple[int, str]) -> None:
    exponent, word = scale
    mantissa = Decimal(n).scaleb(-exponent)
    written = f"{format(mantissa.normalize(), ',f')} {word}"
    claim = _only(f"they counted {written} items")
    assert (claim.text, claim.value) == (written, Decimal(n))


_EN_WORD_PIECES = [
    " million",
    " billion",
    "bn",
    "m",
    "K",
    " tons",
    " pounds",
    " percent",
    " per cent",
    " yuan",
    " US dollars",
    "US$",
    "HK$",
    " times",
    "-fold",
    "doubled",
    "twice",
    "half",
    " a third of",
    "two-thirds",
    " dozens of",
    "hundreds of",
    " thousands",
    "the ",
    "one ",
    "seven",
    "twenty",
    "-five",
    " hundred",
    " and ",
    "between ",
    "from ",
    " to ",
    " or ",
    "nearly ",
    "over ",
    "more than ",
    "about ",
    "several ",
    "a few ",
    "August ",
    "29, ",
    "1989",
    "1980s",
    "'80s",
    "th",
    "st",
    " years",
    " months",
    "first ",
    "Windows ",
    "No. ",
    "COVID-19",
    "G20",
    "fiscal ",
]
_EN_PIECES = st.sampled_from([*"0123456789,.-%$£€¥:()\n ", *_EN_WORD_PIECES])
en_figure_text = st.lists(st.one_of(_EN_PIECES, st.text(max_size=3)), max_size=40).map("".join)


@given(st.one_of(en_figure_text, figure_text, st.text()))
def test_en_any_text_extracts_and_keeps_spans(text: str) -> None:
    claims = extract_text(text, EN)
    assert all(text[c.start : c.end] == c.text for c in claims)
