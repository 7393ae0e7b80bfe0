"""English: the tables of number words, scale words, units, currencies, qualifiers and months, the
patterns built from them at import time, and the scale words that suggestions are written with.
Nothing else: the engine (`extract.py`) reads the named groups.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import regex

from tradefacts.model import Approx, Kind, Lang
from tradefacts.rules import Build, LangRules, NumeralTable, Rule, Tok, alternation

# Number words worth a small number; "twenty five" adds (the table is additive).
EN_NUMBER_WORDS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "a" stands for one only before a scale word ("a hundred", "a million"); the patterns make sure.
EN_ARTICLE_ONE: Final[frozenset[str]] = frozenset({"a", "an", "one"})
# "hundred" multiplies inside a group; thousand and above start a new group (exponents).
EN_SMALL_SCALES: Final[dict[str, int]] = {"hundred": 2}
EN_SCALE_WORDS: Final[dict[str, int]] = {
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
}
# Abbreviations of scale words written right after a digit: $5m, 1.2bn, $54K, $1.2MM.
EN_SCALE_ABBREVIATIONS: Final[dict[str, int]] = {
    "k": 3,
    "K": 3,
    "m": 6,
    "mn": 6,
    "mln": 6,
    "MM": 6,
    "bn": 9,
    "b": 9,
    "B": 9,
    "tn": 12,
    "trn": 12,
}
# An unknown count of a scale: "several million" is 2-9 million, like 几百万.
EN_VAGUE_WORDS: Final[frozenset[str]] = frozenset({"several"})

_WORDS: Final[dict[str, tuple[Tok, int]]] = {
    **{s: (Tok.DIGIT, v) for s, v in EN_NUMBER_WORDS.items()},
    **{s: (Tok.DIGIT, 1) for s in EN_ARTICLE_ONE},
    **{s: (Tok.SMALL, e) for s, e in EN_SMALL_SCALES.items()},
    **{s: (Tok.BIG, e) for s, e in EN_SCALE_WORDS.items()},
    **{s: (Tok.BIG, e) for s, e in EN_SCALE_ABBREVIATIONS.items()},
    **{s: (Tok.VAGUE, 0) for s in EN_VAGUE_WORDS},
    "and": (Tok.SKIP, 0),
}
EN_NUMERALS: Final[NumeralTable] = NumeralTable(
    words=_WORDS,
    # A digit run with separators comes out whole (1,200 and 1 200 alike); words one by one.
    token_re=regex.compile(r"\d{1,3}(?:[, ]\d{3})++(?:\.\d++)?+|\d++(?:\.\d++)?+|[A-Za-z]++"),
    additive=True,
    elide=False,
    vague_leading=(2, 9),
    vague_trailing=(1, 9),
)

# Currencies, surface → unit name of units.txt. "dollars" alone is read as US dollars, as in the
# English press on China; a translation into Hong Kong or Taiwan dollars writes HK$ or NT$.
EN_CURRENCIES_AFTER: Final[dict[str, str]] = {
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "American dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "USD": "USD",
    "Swiss francs": "CHF",
    "Swiss franc": "CHF",
    "francs": "CHF",
    "CHF": "CHF",
    "yuan": "CNY",
    "RMB": "CNY",
    "renminbi": "CNY",
    "yuan renminbi": "CNY",
    "CNY": "CNY",
    "Hong Kong dollars": "HKD",
    "HK dollars": "HKD",
    "New Taiwan dollars": "TWD",
    "Taiwan dollars": "TWD",
    "patacas": "MOP",
    "euros": "EUR",
    "euro": "EUR",
    "EUR": "EUR",
    "yen": "JPY",
    "JPY": "JPY",
    "pounds sterling": "GBP",
    "British pounds": "GBP",
    "roubles": "RUB",
    "rubles": "RUB",
    "rupees": "INR",
    "won": "KRW",
    "Australian dollars": "AUD",
    "Canadian dollars": "CAD",
    "Singapore dollars": "SGD",
    "marks": "DEM",
    "Deutsche marks": "DEM",
    "French francs": "FRF",
    "cents": "USD_cent",
}
# Currencies written before the figure. ¥ is read as yuan: tradefacts checks translations of
# Chinese text, where ¥ is the renminbi sign; a yen amount is written "yen" or JP¥.
EN_CURRENCIES_BEFORE: Final[dict[str, str]] = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "USD": "USD",
    "CHF": "CHF",
    "SFr": "CHF",
    "SFr.": "CHF",
    "Sfr": "CHF",
    "RMB": "CNY",
    "CNY": "CNY",
    "¥": "CNY",
    "RMB¥": "CNY",
    "HK$": "HKD",
    "NT$": "TWD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "JP¥": "JPY",
    "A$": "AUD",
    "C$": "CAD",
    "S$": "SGD",
}
EN_MASS_UNITS: Final[dict[str, str]] = {
    "tons": "t",
    "ton": "t",
    "tonnes": "t",
    "tonne": "t",
    "metric tons": "t",
    "metric ton": "t",
    "t": "t",
    "kilograms": "kilogram",
    "kilogram": "kilogram",
    "kilos": "kilogram",
    "kg": "kilogram",
    "grams": "gram",
    "gram": "gram",
    "g": "gram",
    "jin": "jin",
    "catties": "jin",
    "pounds": "pound",
    "lbs": "pound",
    "lb": "pound",
}
EN_PERCENT_UNITS: Final[dict[str, str]] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage points": "pp",
    "percentage point": "pp",
    "points": "pp",
    "per mille": "permille",
    "‰": "permille",
}
EN_DURATION_UNITS: Final[dict[str, str]] = {
    "years": "year",
    "year": "year",
    "months": "month",
    "month": "month",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "quarters": "quarter",
    "quarter": "quarter",
}
EN_UNITS: Final[dict[str, str]] = {
    **EN_CURRENCIES_AFTER,
    **EN_CURRENCIES_BEFORE,
    **EN_MASS_UNITS,
    **EN_PERCENT_UNITS,
    **EN_DURATION_UNITS,
}

EN_QUALIFIERS_BEFORE: Final[dict[str, Approx]] = {
    "nearly": Approx.NEARLY,
    "almost": Approx.NEARLY,
    "close to": Approx.NEARLY,
    "just under": Approx.NEARLY,
    "about": Approx.ABOUT,
    "around": Approx.ABOUT,
    "roughly": Approx.ABOUT,
    "approximately": Approx.ABOUT,
    "some": Approx.ABOUT,
    "an estimated": Approx.ABOUT,
    "over": Approx.OVER,
    "more than": Approx.OVER,
    "above": Approx.OVER,
    "upwards of": Approx.OVER,
    "in excess of": Approx.OVER,
    "at least": Approx.OVER,
    "exceeding": Approx.OVER,
    "less than": Approx.UNDER,
    "under": Approx.UNDER,
    "below": Approx.UNDER,
    "fewer than": Approx.UNDER,
    "up to": Approx.UNDER,
    "at most": Approx.UNDER,
    "no more than": Approx.UNDER,
}
EN_QUALIFIERS_AFTER: Final[dict[str, Approx]] = {
    "or more": Approx.OVER,
    "plus": Approx.OVER,
    "or so": Approx.ABOUT,
    "or less": Approx.UNDER,
}
EN_QUALIFIERS: Final[dict[str, Approx]] = {**EN_QUALIFIERS_BEFORE, **EN_QUALIFIERS_AFTER}

EN_MONTHS: Final[dict[str, int]] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan.": 1,
    "Feb.": 2,
    "Aug.": 8,
    "Sept.": 9,
    "Sep.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
}
# Months that are also ordinary words stand alone as a month only after these (in May, by May).
EN_MONTH_CONTEXT: Final[frozenset[str]] = frozenset(
    {
        "end of",
        "beginning of",
        "start of",
        "middle of",
        "early",
        "late",
        "mid-",
        "in",
        "since",
        "by",
    }
)

EN_MULTIPLIERS: Final[dict[str, Decimal]] = {
    "doubled": Decimal(2),
    "doubling": Decimal(2),
    "doubles": Decimal(2),
    "double": Decimal(2),
    "twofold": Decimal(2),
    "two-fold": Decimal(2),
    "twice": Decimal(2),
    "tripled": Decimal(3),
    "tripling": Decimal(3),
    "triples": Decimal(3),
    "threefold": Decimal(3),
    "three-fold": Decimal(3),
    "quadrupled": Decimal(4),
    "quadrupling": Decimal(4),
    "fourfold": Decimal(4),
    "four-fold": Decimal(4),
    "halved": Decimal("0.5"),
    "halving": Decimal("0.5"),
}
# Span words before a duration: "the first seven months", "the past 15 years".
EN_SPAN_BEFORE: Final[frozenset[str]] = frozenset({"first", "past", "last", "next", "previous"})

_DIGIT_RUN: Final[str] = r"(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d{1,15}+(?:\.\d{1,15}+)?+)"
_WORD: Final[str] = alternation([*EN_NUMBER_WORDS, *EN_SMALL_SCALES, *EN_SCALE_WORDS])
_SCALE: Final[str] = alternation([*EN_SMALL_SCALES, *EN_SCALE_WORDS])
_SCALE_ABBR: Final[str] = alternation(EN_SCALE_ABBREVIATIONS)
_ARTICLE: Final[str] = alternation(EN_ARTICLE_ONE)
_VAGUE: Final[str] = alternation(EN_VAGUE_WORDS)

# One number: digits with an optional scale (1.2 million, $5m, 1.2bn), words (twenty-five, one
# hundred and five), "a hundred", "several million". Bounded repetition keeps it linear.
_NUM: Final[str] = rf"""
    (?:
        {_DIGIT_RUN}(?:\ ?{_SCALE_ABBR}\b|(?:\ {_SCALE}){{1,3}}+\b)?+         # 1.2 million, 5m
      | (?:{_ARTICLE}|{_VAGUE})\ {_SCALE}(?:\ {_SCALE}){{0,2}}+\b           # a hundred, several million
      | \b{_WORD}(?:(?:\ and\ |[\ -]){_WORD}){{0,8}}+\b                     # twenty-five, two hundred
    )
"""
_Q_BEFORE: Final[str] = alternation(EN_QUALIFIERS_BEFORE)
_Q_AFTER: Final[str] = alternation(EN_QUALIFIERS_AFTER)
_CUR_AFTER: Final[str] = alternation(EN_CURRENCIES_AFTER)
_CUR_BEFORE: Final[str] = alternation(EN_CURRENCIES_BEFORE)
_MASS: Final[str] = alternation(EN_MASS_UNITS)
_PERCENT: Final[str] = alternation(EN_PERCENT_UNITS)
_DURATION: Final[str] = alternation(EN_DURATION_UNITS)
_MONTH: Final[str] = alternation(EN_MONTHS)
_MONTH_CONTEXT: Final[str] = alternation(EN_MONTH_CONTEXT)
_MULTIPLIER: Final[str] = alternation(EN_MULTIPLIERS)
_SPAN_BEFORE: Final[str] = alternation(EN_SPAN_BEFORE)
_RANGE_SEP: Final[str] = r"(?:\ ?-\ ?|\ to\ |\ and\ )"

# A figure must not continue a longer token: COVID-19, G20, A380, 3D, version 1.2.3.
_EDGE_BEFORE: Final[str] = r"(?<![\w.$-])"
_EDGE_AFTER: Final[str] = r"(?![\w]|[.,]\d)"

_FLAGS: Final[int] = regex.VERBOSE | regex.V1 | regex.IGNORECASE
# The second end of a range: "5-6%", "5 to 6 percent", "$3-5 million", "between 5 and 6". Its own
# rule, so that "from 800,000 tons in 1986 to 250,000 tons" still yields 250,000 tons when the
# range reading is rejected (a year is not the low end of a tonnage).
_RANGE: Final[str] = rf"""
    %?+{_RANGE_SEP}(?P<num2>{_NUM})              # - 6, to 6
"""
_RANGE_MONEY: Final[str] = rf"""
    {_RANGE_SEP}(?-i:{_CUR_BEFORE})?+(?P<num2>{_NUM})   # -5 million, to $5 million
"""


def _single_and_range(source: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A pattern for a single figure and one for a range, from one source with `{range}`."""
    ranged = source.replace("{range_money}", _RANGE_MONEY).replace("{range}", _RANGE)
    single = source.replace("{range_money}", "").replace("{range}", "")
    return regex.compile(single, _FLAGS), regex.compile(ranged, _FLAGS)


_MONEY_BEFORE_SRC: Final[str] = rf"""
    (?:(?P<pre>{_Q_BEFORE})\ )?+                 # nearly, more than
    (?P<unitpre>(?-i:{_CUR_BEFORE}))\ ?+         # $, US$, CHF
    (?P<num>{_NUM})                              # 12 billion, 1.2bn
    {{range_money}}                              # $3-5 million (the range rule only)
    (?:\ (?P<unit>(?-i:{_CUR_AFTER})))?+         # $5 million US dollars (rare, read both)
    {_EDGE_AFTER}
    (?:\ (?P<post>{_Q_AFTER}))?+                 # or more
    """
EN_MONEY_BEFORE_RE, EN_MONEY_BEFORE_RANGE_RE = _single_and_range(_MONEY_BEFORE_SRC)
_MONEY_AFTER_SRC: Final[str] = rf"""
    (?:(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {_EDGE_BEFORE}(?P<num>{_NUM})                # 34.227 million
    {{range}}                                    # 3 to 5 million (the range rule only)
    \ (?P<unit>(?-i:{_CUR_AFTER}))\b             # Swiss francs, yuan
    (?:\ (?P<post>{_Q_AFTER}))?+                 # or more
    """
EN_MONEY_AFTER_RE, EN_MONEY_AFTER_RANGE_RE = _single_and_range(_MONEY_AFTER_SRC)
_MASS_SRC: Final[str] = rf"""
    (?:(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {_EDGE_BEFORE}(?P<num>{_NUM})                # 100,000
    {{range}}                                    # 3-5 million (the range rule only)
    \ ?+(?P<unit>{_MASS})\b                      # tons, kg
    (?:\ (?P<post>{_Q_AFTER}))?+                 # or more
    """
EN_MASS_RE, EN_MASS_RANGE_RE = _single_and_range(_MASS_SRC)
_PERCENT_SRC: Final[str] = rf"""
    (?:(?P<pre>{_Q_BEFORE})\ )?+                 # more than
    {_EDGE_BEFORE}(?P<num>{_NUM})                # 11.6
    {{range}}                                    # 5-6%, 5% to 6% (the range rule only)
    \ ?+(?P<unit>{_PERCENT})(?!\w)               # %, percent, per cent
    (?:\ (?P<post>{_Q_AFTER}))?+                 # or more
    """
EN_PERCENT_RE, EN_PERCENT_RANGE_RE = _single_and_range(_PERCENT_SRC)
EN_MULTIPLIER_WORD_RE: Final[regex.Pattern[str]] = regex.compile(
    rf"""
    \b(?P<mult>{_MULTIPLIER})\b                  # doubled, twofold, twice
    """,
    _FLAGS,
)
_MULTIPLIER_SRC: Final[str] = rf"""
    (?:(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {_EDGE_BEFORE}(?P<num>{_NUM})                # three, 3
    {{range}}                                    # 3 to 5 (the range rule only)
    (?:\ times|-fold|fold)\b                     # times, -fold
    """
EN_MULTIPLIER_RE, EN_MULTIPLIER_RANGE_RE = _single_and_range(_MULTIPLIER_SRC)
EN_DATE_RE: Final[regex.Pattern[str]] = regex.compile(
    rf"""
    (?:
        (?P<month>(?-i:{_MONTH}))\ (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+,?\ (?P<year>\d{{4}})
                                                 # August 29, 1989
      | (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+\ (?:of\ )?+(?P<month>(?-i:{_MONTH})),?\ (?P<year>\d{{4}})
                                                 # 29 August 1989
      | (?P<year>\d{{4}})-(?P<month>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])
                                                 # 1989-08-29
      | (?P<month>(?-i:{_MONTH})),?\ (?:of\ )?+(?P<year>\d{{4}})   # April 1982
      | (?P<month>(?-i:{_MONTH}))\ (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+  # July 26th
      | (?<=\b{_MONTH_CONTEXT}\ (?:the\ )?+)(?P<month>(?-i:{_MONTH}))   # the end of July
    )
    (?![\w])                                     # not a longer word or number
    """,
    _FLAGS,
)
EN_YEAR_RE: Final[regex.Pattern[str]] = regex.compile(
    rf"""
    {_EDGE_BEFORE}
    (?:fiscal\ |FY\ ?)?+                         # fiscal 2020
    (?P<year>1[0-9]\d{{2}}|20\d{{2}})            # 1986
    (?![\w%]|[.,]\d|\ ?(?:{_SCALE}|{_PERCENT}|{_MASS}|{_CUR_AFTER})\b)  # not 2000 tons
    """,
    _FLAGS,
)
EN_DURATION_RE: Final[regex.Pattern[str]] = regex.compile(
    rf"""
    (?:(?P<pre>{_SPAN_BEFORE}|{_Q_BEFORE})\ )?+  # the first seven months, nearly 20 years
    {_EDGE_BEFORE}(?P<num>{_NUM})                # seven, 15
    [\ -](?P<unit>{_DURATION})\b                 # years, months
    (?:\ (?P<post>{_Q_AFTER}))?+                 # or so
    """,
    _FLAGS,
)
# A bare figure: digits with an optional scale, or number words that carry a scale (a hundred,
# two thousand): a bare "two" or "one" is a word too often ("the two sides", "one of the").
EN_NUMBER_RE: Final[regex.Pattern[str]] = regex.compile(
    rf"""
    (?:(?P<pre>{_Q_BEFORE})\ )?+                 # over
    {_EDGE_BEFORE}
    (?P<num>
        {_DIGIT_RUN}(?:\ ?{_SCALE_ABBR}\b|(?:\ {_SCALE}){{1,3}}+\b)?+       # 178, 1.2 million
      | (?:{_ARTICLE}|{_VAGUE}|{_WORD}(?:[\ -]{_WORD}){{0,3}}+)\ {_SCALE}(?:(?:\ and\ |[\ -]){_WORD}){{0,6}}+\b
                                                 # a hundred, two thousand five hundred
    )
    {_EDGE_AFTER}
    (?:\ (?P<post>{_Q_AFTER}))?+                 # or more
    """,
    _FLAGS,
)

# How a suggestion writes a figure: the scale words of suggestions, largest first ("608 million
# Swiss francs", "$1.2 billion"), the hedge that renders each qualifier, and each canonical unit's
# usual English form (before and after the number).
EN_SUGGEST_SCALES: Final[dict[int, str]] = {12: "trillion", 9: "billion", 6: "million"}
EN_SUGGEST_HEDGES: Final[dict[Approx, str]] = {
    Approx.NEARLY: "nearly",
    Approx.ABOUT: "about",
    Approx.OVER: "over",
    Approx.UNDER: "less than",
}
EN_UNIT_STYLES: Final[dict[str, tuple[str, str]]] = {
    "USD": ("$", ""),
    "CHF": ("", " Swiss francs"),
    "CNY": ("", " yuan"),
    "HKD": ("HK$", ""),
    "TWD": ("NT$", ""),
    "MOP": ("", " patacas"),
    "EUR": ("€", ""),
    "JPY": ("", " yen"),
    "GBP": ("£", ""),
    "RUB": ("", " roubles"),
    "SUR": ("", " roubles"),
    "INR": ("", " rupees"),
    "KRW": ("", " won"),
    "AUD": ("A$", ""),
    "CAD": ("C$", ""),
    "SGD": ("S$", ""),
    "DEM": ("", " marks"),
    "FRF": ("", " French francs"),
    "t": ("", " tons"),
    "%": ("", "%"),
    "pp": ("", " percentage points"),
    "year": ("", " years"),
    "month": ("", " months"),
    "day": ("", " days"),
}

# Priority order (first wins a tie of equal length; see extract.py for the overlap policy).
RULES: Final[LangRules] = LangRules(
    lang=Lang.EN,
    rules=(
        Rule("en.multiplier.word", Build.MULTIPLIER, EN_MULTIPLIER_WORD_RE, Kind.MULTIPLIER),
        Rule("en.money.before.range", Build.QUANTITY, EN_MONEY_BEFORE_RANGE_RE),
        Rule("en.money.before", Build.QUANTITY, EN_MONEY_BEFORE_RE),
        Rule("en.money.after.range", Build.QUANTITY, EN_MONEY_AFTER_RANGE_RE),
        Rule("en.money.after", Build.QUANTITY, EN_MONEY_AFTER_RE),
        Rule("en.mass.range", Build.QUANTITY, EN_MASS_RANGE_RE),
        Rule("en.mass", Build.QUANTITY, EN_MASS_RE),
        Rule("en.percent.range", Build.QUANTITY, EN_PERCENT_RANGE_RE),
        Rule("en.percent", Build.QUANTITY, EN_PERCENT_RE),
        Rule("en.multiplier.range", Build.MULTIPLIER, EN_MULTIPLIER_RANGE_RE, Kind.MULTIPLIER),
        Rule("en.multiplier", Build.MULTIPLIER, EN_MULTIPLIER_RE, Kind.MULTIPLIER),
        Rule("en.date", Build.DATE, EN_DATE_RE, Kind.DATE),
        Rule("en.duration", Build.DURATION, EN_DURATION_RE, Kind.DURATION),
        Rule("en.year", Build.YEAR, EN_YEAR_RE, Kind.YEAR),
        Rule("en.number", Build.QUANTITY, EN_NUMBER_RE, Kind.NUMBER),
    ),
    numerals=EN_NUMERALS,
    units=EN_UNITS,
    qualifiers={**{s: Approx.EXACT for s in EN_SPAN_BEFORE}, **EN_QUALIFIERS},
    months={k.lower(): v for k, v in EN_MONTHS.items()},
    # The full name of each month, for suggestions ("August 29, 1989"): the first entry per month.
    month_names={v: k for k, v in reversed(list(EN_MONTHS.items()))},
    multipliers=EN_MULTIPLIERS,
    scale_words=EN_SUGGEST_SCALES,
    hedges=EN_SUGGEST_HEDGES,
    unit_styles=EN_UNIT_STYLES,
)
