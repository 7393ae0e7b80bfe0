"""English: the tables of number words, scale words, units, currencies, qualifiers and months, the
patterns built from them at import time, and the scale words that suggestions are written with.
Nothing else: the engine (`extract.py`) reads the named groups.

Decisions recorded here (their cases are in tests/test_en_*.py):
- A bare number word states a figure ("seven companies", "the two countries" for 两国) unless it
  is "one" (an article or a pronoun: "one of the", "no one"), renders a word with no figure ("the
  two sides" for 双方), or is part of a name or a slogan ("the Three Gorges", "Two Committees").
- Plurals of scale words are vague amounts, read like their Chinese counterparts 数百, 数百万:
  "hundreds" is "several hundred" (200-900), "hundreds of millions" 2-9 × 10^8; "dozens" is
  2-9 dozen. Fixed phrases ("a dozen", "half a million") are exact.
- A fraction of something ("two thirds of", "half the") is a share: kind `percent`, stated in
  wholes and converted exactly to % through pint (thirds keep 28 significant digits).
- A stated ordinal (14th, "the fourteenth") is kind `number` with value N; "first" and "second"
  are never read (first time, first-class, second-hand, a second), nor a word ordinal that starts
  a compound (third-party).
- "pounds" are mass, except after a money cue within a few words ("worth", "cost", "fined"):
  then sterling. "£" and "pounds sterling" are always sterling.
- "¥" is read as yuan: tradefacts checks translations of Chinese text, where ¥ is the renminbi
  sign; a yen amount is written "yen" or JP¥.
- "N times" and "twice" are multipliers before a comparison ("three times as", "twice the") or
  after a verb of growth ("increased three times"); otherwise they count occasions (kind `number`).
- "from X to Y" is a change, two figures, never a range; "X to Y" and "between X and Y" are ranges.
"""

from __future__ import annotations

import string
from decimal import Decimal
from math import gcd
from typing import Final

import regex

from tradefacts import compiled
from tradefacts.lang import roles
from tradefacts.lang.zh import ZH_MAGNITUDES
from tradefacts.model import Approx, Kind, Lang, Period, Role
from tradefacts.rules import (
    Begins,
    Build,
    LangRules,
    NumeralTable,
    Rule,
    Then,
    Tok,
    alternation,
    follows,
    scientific_figure,
    score_over_scale,
)


def _compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """A pattern of this module, through the stored patterns (`compiled.pattern`). Where it
    ignores case it folds case simply, one character for one: the full folding that version 1
    of `regex` turns on with IGNORECASE (ß = ss) changes nothing a figure is written with in
    English, and makes every lookaround over letters several times slower."""
    if flags & regex.IGNORECASE:
        source = f"(?-f){source}"
    return compiled.pattern(source, flags)


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
    # The speed of a supercomputer (每秒12.5亿亿次, "125 quadrillion calculations per second").
    "quadrillion": 15,
    # Indian numbering in English about India ("5 lakh residents", "Rs 2 crore", "140 crore
    # people"): a lakh is a hundred thousand, a crore ten million. Read, never suggested
    # (EN_INDIAN_SCALE_WORDS).
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
}
# The Indian scale words above and their abbreviation (EN_SCALE_ABBREVIATIONS): read in a
# translation, never written in a suggestion.
EN_INDIAN_SCALE_WORDS: Final[frozenset[str]] = frozenset({"lakh", "lakhs", "crore", "crores", "cr"})
# Abbreviations of scale words written right after a digit: 1.2bn, 3 mln, 2tn. These are read
# wherever a figure is, with or without a space.
EN_SCALE_ABBREVIATIONS: Final[dict[str, int]] = {
    "mn": 6,
    "mln": 6,
    "MM": 6,
    "bn": 9,
    "bln": 9,
    "tn": 12,
    "trn": 12,
    "trln": 12,  # news agencies' "$3.38 trln", beside "bln" and "mln"
    "cr": 7,  # the Indian press's crore after a figure: "Rs 5,000cr"
}
# One-letter abbreviations ($5m, $54K, 3b yuan) only count attached to a figure with a currency or
# a mass unit: a bare "5m" is as often five metres, "4K" a screen resolution.
EN_SCALE_LETTERS: Final[dict[str, int]] = {"k": 3, "m": 6, "b": 9}
# Web text writes a count with a scale letter ("15k followers", "1.2M views", "10K+ reviews"): the
# letter is read as a scale before a plus or one of these nouns of web counts, and nowhere else
# bare, as "a 10K run", "the 5k race" (kilometres) and "a 4K TV" (a resolution) state no thousand.
EN_WEB_COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "followers",
        "subscribers",
        "fans",
        "views",
        "likes",
        "reviews",
        "ratings",
        "comments",
        "shares",
        "downloads",
        "installs",
        "plays",
        "streams",
        "users",
        "members",
        "readers",
        "visitors",
        "sold",
        "orders",
        "buyers",
        "customers",
        "votes",
        "stars",
        "impressions",
        "retweets",
        "upvotes",
        "posts",
        # A language model's context and tokens ("a 128K context", "8K tokens"), as 128K上下文.
        "context",
        "tokens",
    }
)
# Transport and logistics text counts with a scale letter too ("80m passengers", "1.3bn parcels"
# is read already, "500k flights"): the nouns after which the letter is a scale, never metres.
EN_TRANSPORT_COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "passengers",
        "parcels",
        "packages",
        "flights",
        "trips",
        "journeys",
        "containers",
        "TEU",
        "TEUs",
    }
)
# Headlines count people and goods with a scale letter too ("8m people", "25m units", "1.4m
# doctors", "25k jobs"): after these nouns the letter is a scale, as no length is counted in them.
EN_HEADLINE_COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "people",
        "persons",
        "residents",
        "units",
        "vehicles",
        "cars",
        "homes",
        "households",
        "jobs",
        "workers",
        "employees",
        "doctors",
        "students",
        "tourists",
        "voters",
        "barrels",
        "smartphones",
        "phones",
        "devices",
        "shares",
    }
)
# Chinese scale words left transliterated by machine translation ("12 wan yuan" for 12万元), read
# in lower case after a figure as the abbreviations are (a capital Wan is a surname). Suggestions
# never write them: they are no abbreviation family of English.
EN_TRANSLITERATED_SCALES: Final[dict[str, int]] = {"wan": 4, "yi": 8}
# The Chinese scale characters themselves, left untranslated in English by machine translation or a
# hurried post-edit ("12 yi yuan" written with the character, "3 wan tons" likewise): read after a
# figure as the transliterations are. The characters are the Chinese module's magnitudes (Han
# characters live there only), alone and as the pair that writes a trillion (wan yi).
EN_UNTRANSLATED_CHINESE_SCALES: Final[dict[str, int]] = {
    **ZH_MAGNITUDES,
    **{
        low + high: e_low + e_high
        for low, e_low in ZH_MAGNITUDES.items()
        for high, e_high in ZH_MAGNITUDES.items()
        if e_low < e_high
    },
}
# Word-for-word glosses of 万 after a figure ("3 ten thousand tons" for 3万吨, "5 ten-thousand yuan"):
# the figure counts ten thousands. Read only right after digits: "one hundred ten thousand" is
# 110,000 in words. (亿 glossed "hundred million" is read by the scale words themselves.)
EN_GLOSSED_SCALES: Final[dict[str, int]] = {
    "ten thousand": 4,
    "ten-thousand": 4,
    # In digits: "3 10 thousand tons", "12.5 100 million yuan". After a whole number of up to three
    # digits "12 100 million" stays 12,100 million (a space groups thousands as well): the digits
    # read first, and the gloss is read only where they cannot group.
    "10 thousand": 4,
    "100 million": 8,
}
# A decimal point spelled out, as machine translation writes a decimal in words ("five point two
# percent" = 5.2 %, "zero point five"): the digits after it are read one by one.
EN_DECIMAL_POINTS: Final[frozenset[str]] = frozenset({"point"})
# An unknown count of a scale: "several million" is 2-9 million, like 几百万; "a few hundred" too.
EN_VAGUE_WORDS: Final[frozenset[str]] = frozenset({"several", "a few"})

_WORDS: Final[dict[str, tuple[Tok, int]]] = {
    **{s: (Tok.DIGIT, v) for s, v in EN_NUMBER_WORDS.items()},
    **{s: (Tok.DIGIT, 1) for s in EN_ARTICLE_ONE},
    **{s: (Tok.SMALL, e) for s, e in EN_SMALL_SCALES.items()},
    **{s: (Tok.BIG, e) for s, e in EN_SCALE_WORDS.items()},
    **{s.lower(): (Tok.BIG, e) for s, e in EN_SCALE_ABBREVIATIONS.items()},
    **{s: (Tok.BIG, e) for s, e in EN_TRANSLITERATED_SCALES.items()},
    **{s: (Tok.BIG, e) for s, e in EN_UNTRANSLATED_CHINESE_SCALES.items()},
    **{s: (Tok.BIG, e) for s, e in EN_GLOSSED_SCALES.items()},
    **{s: (Tok.BIG, e) for s, e in EN_SCALE_LETTERS.items()},
    **{s: (Tok.VAGUE, 0) for s in EN_VAGUE_WORDS},
    **{s: (Tok.POINT, 0) for s in EN_DECIMAL_POINTS},
    "and": (Tok.SKIP, 0),
}
EN_NUMERALS: Final[NumeralTable] = NumeralTable(
    words=_WORDS,
    # A digit run with separators comes out whole (1,200 and 1 200 alike, 12,34,567, 1.234.567,
    # 3,5: see _DIGIT_RUN); "a few" is one word;
    # so is a gloss of a Chinese scale after a figure ("3 ten thousand", "12.5 100 million");
    # other words one by one.
    token_re=_compile(
        rf"(?<=\d\ )(?i:{alternation(EN_GLOSSED_SCALES)})"
        r"|\d{1,3}(?:[, ]\d{3})++(?:\.\d++)?+|\d{1,2}(?:,\d{2}(?=,))++,\d{3}(?:\.\d++)?+"
        r"|\d{1,3}(?:\.\d{3}){2}(?:,\d{1,2})?+|\d{1,3},\d{1,2}(?![0-9])"
        r"|\d++(?:\.\d++)?+|(?i:a\ few)"
        rf"|{alternation(EN_UNTRANSLATED_CHINESE_SCALES)}|[A-Za-z]++"
    ),
    additive=True,
    elide=False,
    vague_leading=(2, 9),
    vague_trailing=(1, 9),
)

# Plurals that stand for an unknown count of their unit, as 数百/数千/数百万 do in Chinese:
# "hundreds" is several hundred, "tens of thousands" several ten thousand. A plural of a power of
# ten is an exponent; "dozens" and "scores" count in twelves and twenties.
EN_VAGUE_PLURALS: Final[dict[str, int]] = {
    "tens": 1,
    "hundreds": 2,
    "thousands": 3,
    "millions": 6,
    "billions": 9,
    "trillions": 12,
}
# Machine translation's plurals of 万 and 亿 taken word for word ("ten thousands of people" for
# 数万人, "hundred millions of yuan" for 数亿元): an unknown count of the unit, as "tens of thousands".
EN_GLOSSED_VAGUE_PLURALS: Final[dict[str, int]] = {
    "ten thousands": 4,
    "hundred thousands": 5,
    "ten millions": 7,
    "hundred millions": 8,
}
# Plurals that can lead "X of Y" ("hundreds of millions"); "tens" only leads (alone it is rare).
EN_VAGUE_LEADING: Final[frozenset[str]] = frozenset({"tens", "hundreds"})
EN_VAGUE_MULTIPLES: Final[dict[str, int]] = {"dozens": 12, "scores": 20}
# Of those, the plurals that count only before "of" ("scores of people"): alone they are nouns
# ("test scores", "scores range from 20 to 30").
EN_VAGUE_ONLY_BEFORE_OF: Final[frozenset[str]] = frozenset({"scores"})
# A share of a scale word: "a quarter of a million" (250,000), "three quarters of a billion".
EN_QUARTERS_OF: Final[dict[str, int]] = {
    "a quarter of a": 1,
    "a quarter": 1,
    "quarter of a": 1,
    "three quarters of a": 3,
    "three-quarters of a": 3,
}
# Phrases worth one exact figure, or an interval (low, high) that the phrase itself names.
EN_FIXED_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "a dozen": (Decimal(12), Decimal(12)),
    "half a dozen": (Decimal(6), Decimal(6)),
    # "a couple of years" is 两三年 as often as 两年: the interval covers both.
    "a couple": (Decimal(2), Decimal(3)),
    # A count of digits, as 两位数 (double-digit growth) states it: the count, as "six-digit" and 六位数
    # are read ("single-digit" is left unread, as 个位数 is).
    "double-digit": (Decimal(2), Decimal(2)),
    "triple-digit": (Decimal(3), Decimal(3)),
}
# A count of dozens, in words or digits ("four dozen", "4 dozen", "four dozens" = 48).
EN_DOZEN_WORDS: Final[frozenset[str]] = frozenset({"dozen", "dozens"})
EN_COUNTED_DOZENS: Final[dict[str, tuple[Decimal, Decimal]]] = {
    f"{count} {dozen}": (Decimal(12 * value), Decimal(12 * value))
    for word, value in EN_NUMBER_WORDS.items()
    if 2 <= value <= 12
    for count in (word, str(value))
    for dozen in EN_DOZEN_WORDS
}


def _vague_phrases() -> dict[str, tuple[Decimal, Decimal]]:
    """Every vague plural phrase with its interval ("hundreds of millions" → 2E+8..9E+8)."""
    low, high = Decimal(2), Decimal(9)
    out: dict[str, tuple[Decimal, Decimal]] = {}
    for word, exponent in EN_VAGUE_PLURALS.items():
        if word not in EN_VAGUE_LEADING or exponent > 1:
            out[word] = (low.scaleb(exponent), high.scaleb(exponent))
        if word not in EN_VAGUE_LEADING:
            continue
        for tail, tail_exponent in EN_VAGUE_PLURALS.items():
            if tail_exponent >= 3:
                total = exponent + tail_exponent
                out[f"{word} of {tail}"] = (low.scaleb(total), high.scaleb(total))
    for word, size in EN_VAGUE_MULTIPLES.items():
        out[word] = (low * size, high * size)
    for word, exponent in EN_GLOSSED_VAGUE_PLURALS.items():
        out[word] = (low.scaleb(exponent), high.scaleb(exponent))
    for word, exponent in {**EN_SMALL_SCALES, **EN_SCALE_WORDS}.items():
        half = Decimal(5).scaleb(exponent - 1)
        out[f"half a {word}"] = (half, half)  # half a million = 500,000
        for phrase, quarters in EN_QUARTERS_OF.items():  # a quarter of a million = 250,000
            amount = Decimal(25 * quarters).scaleb(exponent - 2)
            out[f"{phrase} {word}"] = (amount, amount)
    return {**out, **EN_FIXED_PHRASES, **EN_COUNTED_DOZENS}


EN_NUMBER_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = _vague_phrases()

# Fractions that state a share: "half of", "a third of", "two-thirds of", "three quarters of".
# Denominator words, singular and plural; the numerator is an article or a number word.
EN_FRACTION_DENOMINATORS: Final[dict[str, int]] = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
EN_FRACTION_PLURALS: Final[dict[str, int]] = {
    "halves": 2,
    "thirds": 3,
    "quarters": 4,
    "fourths": 4,
    "fifths": 5,
    "sixths": 6,
    "sevenths": 7,
    "eighths": 8,
    "ninths": 9,
    "tenths": 10,
}


def _fractions() -> dict[str, Decimal]:
    """Every written fraction with its value: "half", "a third", "two-thirds", "one fifth"."""
    out: dict[str, Decimal] = {"half": Decimal("0.5")}
    for word, denominator in EN_FRACTION_DENOMINATORS.items():
        for article in ("a", "one"):
            for joint in (" ", "-"):
                out[f"{article}{joint}{word}"] = Decimal(1) / Decimal(denominator)
    for word, denominator in EN_FRACTION_PLURALS.items():
        for numerator_word, numerator in EN_NUMBER_WORDS.items():
            if 2 <= numerator < denominator:
                for joint in (" ", "-"):
                    out[f"{numerator_word}{joint}{word}"] = Decimal(numerator) / denominator
    return out


EN_FRACTIONS: Final[dict[str, Decimal]] = _fractions()
# The fractions a suggestion may write: in lowest terms ("a third", never "two-sixths").
EN_SUGGEST_FRACTIONS: Final[dict[str, Decimal]] = {
    surface: value
    for surface, value in EN_FRACTIONS.items()
    if surface.replace("-", " ").split()[0] not in EN_NUMBER_WORDS
    or gcd(
        EN_NUMBER_WORDS[surface.replace("-", " ").split()[0]],
        EN_FRACTION_PLURALS.get(surface.replace("-", " ").split()[-1], 1),
    )
    == 1
}
# Words after which a bare "half" is a period, not a share: "the first half of the year".
EN_HALF_PERIOD_BEFORE: Final[frozenset[str]] = frozenset(
    {
        "first",
        "second",
        "latter",
        "former",
        "other",
        "last",
        "next",
        "past",
        "previous",
        "coming",
        "top",
        "bottom",
    }
)

# Ordinals written as words. "first" and "second" are left out on purpose: for the first time,
# first-class, at first, second-hand, "a second" rarely state a figure (see the module docstring).
EN_ORDINAL_UNITS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
EN_ORDINAL_TEENS: Final[dict[str, int]] = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
EN_ORDINAL_TENS: Final[dict[str, int]] = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
EN_ORDINAL_IDIOMS: Final[frozenset[str]] = frozenset({"first", "second"})
# Suffixes of ordinals written with digits: 1st, 22nd, 3rd, 14th.
EN_ORDINAL_SUFFIXES: Final[frozenset[str]] = frozenset({"st", "nd", "rd", "th"})


def _ordinals() -> dict[str, int]:
    """Every ordinal word that states a figure, with its value ("twenty-first" → 21)."""
    out = {w: v for w, v in EN_ORDINAL_UNITS.items() if w not in EN_ORDINAL_IDIOMS}
    out.update(EN_ORDINAL_TEENS)
    out.update(EN_ORDINAL_TENS)
    for tens_word, tens in EN_NUMBER_WORDS.items():
        if tens >= 20:
            for unit_word, unit in EN_ORDINAL_UNITS.items():
                out[f"{tens_word}-{unit_word}"] = tens + unit
                out[f"{tens_word} {unit_word}"] = tens + unit
    return out


EN_ORDINAL_WORDS: Final[dict[str, int]] = _ordinals()
# Occasions written as one word: "met twice" (两次). Before a comparison "twice" is a multiplier.
EN_FREQUENCY_WORDS: Final[dict[str, int]] = {"twice": 2, "thrice": 3}

# An age by decade after a possessive ("in her 40s", "in their 20's"): the interval of its ten years.
EN_AGE_DECADE_POSSESSIVES: Final[frozenset[str]] = frozenset({"his", "her", "their"})
EN_DECADE_MARKS: Final[frozenset[str]] = frozenset({"s", "'s", "’s"})
EN_AGE_DECADES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    f"{tens}0{mark}": (Decimal(tens * 10), Decimal(tens * 10 + 9))
    for tens in range(1, 10)
    for mark in EN_DECADE_MARKS
}

# Whole phrases the engine reads through its `vague` group: vague plurals and fixed phrases,
# fractions, ordinal words, occasion words and ages by decade (see lang `vague` in rules.py).
EN_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    **EN_NUMBER_PHRASES,
    **EN_AGE_DECADES,
    **{s: (v, v) for s, v in EN_FRACTIONS.items()},
    **{s: (Decimal(v), Decimal(v)) for s, v in EN_ORDINAL_WORDS.items()},
    **{s: (Decimal(v), Decimal(v)) for s, v in EN_FREQUENCY_WORDS.items()},
}

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
    "Chinese yuan": "CNY",
    "RMB": "CNY",
    "renminbi": "CNY",
    "yuan renminbi": "CNY",
    "CNY": "CNY",
    "Hong Kong dollars": "HKD",
    "HK dollars": "HKD",
    "HKD": "HKD",
    "New Taiwan dollars": "TWD",
    "Taiwan dollars": "TWD",
    "patacas": "MOP",
    "euros": "EUR",
    "euro": "EUR",
    "EUR": "EUR",
    "yen": "JPY",
    "Japanese yen": "JPY",
    "JPY": "JPY",
    "pounds sterling": "GBP",
    "British pounds": "GBP",
    "sterling": "GBP",
    "GBP": "GBP",
    "roubles": "RUB",
    "rubles": "RUB",
    "RUB": "RUB",
    "rupees": "INR",
    "INR": "INR",
    "won": "KRW",
    "KRW": "KRW",
    "Australian dollars": "AUD",
    "Canadian dollars": "CAD",
    "Singapore dollars": "SGD",
    "Deutsche marks": "DEM",
    "French francs": "FRF",
    # Currencies of the region and of trade partners.
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "rupiah": "IDR",
    "Philippine pesos": "PHP",
    "Mexican pesos": "MXN",
    "New Zealand dollars": "NZD",
    "Swedish kronor": "SEK",
    "kronor": "SEK",
    "Norwegian kroner": "NOK",
    "Danish kroner": "DKK",
    "rand": "ZAR",
    "reais": "BRL",
    "riyals": "SAR",
    "dirhams": "AED",
    "Turkish lira": "TRY",
    "lira": "TRY",
    # Minor units: "cents" of the dollar, fen and jiao of the yuan.
    "cents": "USD_cent",
    "pence": "GBP_penny",
    "fen": "CNY_fen",
    "jiao": "CNY_jiao",
}
# Currencies written before the figure. ¥ is read as yuan: tradefacts checks translations of
# Chinese text, where ¥ is the renminbi sign; a yen amount is written "yen" or JP¥ (see the module
# docstring).
# A currency named after an amount in brackets, as machine translation notes it ("1.2 billion
# (RMB)"): the bracketed surfaces the money rule may read right after its number.
EN_CURRENCIES_AFTER_BRACKETED: Final[frozenset[str]] = frozenset(
    f"({surface})" for surface in EN_CURRENCIES_AFTER
)
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
    "Rmb": "CNY",  # the financial press's style: Rmb3bn
    "CNY": "CNY",
    "¥": "CNY",
    "RMB¥": "CNY",
    "HK$": "HKD",
    "HKD": "HKD",
    "NT$": "TWD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "JP¥": "JPY",
    "JPY": "JPY",
    "A$": "AUD",
    "C$": "CAD",
    "S$": "SGD",
    "₹": "INR",
    "Rs": "INR",  # the Indian press's rupee: Rs 500, Rs. 2 crore, Rs500cr
    "Rs.": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "Mex$": "MXN",
    "MX$": "MXN",
    "MXN$": "MXN",
    "NZ$": "NZD",
}
# Dollars of other countries as web text also writes them: a space before the sign (HK $ 30, C $ 5)
# and in lower case (hk$, c $). Not "a" nor "s" in lower case: "a $5 fee", "it's $ 5".
EN_DOLLAR_HEADS_NOT_LOWER: Final[frozenset[str]] = frozenset({"A", "S"})
EN_CURRENCIES_BEFORE_SPACED: Final[dict[str, str]] = {
    variant: code
    for surface, code in EN_CURRENCIES_BEFORE.items()
    if surface.endswith("$") and surface[:-1].isalpha()
    for variant in (
        f"{surface[:-1]} $",
        *(
            (f"{surface[:-1].lower()}$", f"{surface[:-1].lower()} $")
            if surface[:-1] not in EN_DOLLAR_HEADS_NOT_LOWER
            else ()
        ),
    )
    if variant not in EN_CURRENCIES_BEFORE
}
# A currency named once, with an article for its one unit ("a dollar", "a us dollar", "a penny"),
# or as the second half of a compound adjective ("a two-yen coin", "a five-dollar bill").
EN_CURRENCIES_ONE: Final[dict[str, str]] = {
    "dollar": "USD",
    "US dollar": "USD",
    "U.S. dollar": "USD",
    "euro": "EUR",
    "yuan": "CNY",
    "yen": "JPY",
    "penny": "GBP_penny",
    "cent": "USD_cent",
}
# Nouns after "a dollar" that make it the currency named, not an amount (a dollar bond, the euro
# zone).
EN_CURRENCY_NOUN_AFTER: Final[frozenset[str]] = frozenset(
    {"zone", "area", "bond", "bonds", "store", "stores", "sign", "index", "peg", "system", "value"}
)
# Currency names in lower case, as web text and headlines write them ("25 swiss francs", "50 rmb"):
# the names with a capital (a proper adjective or an ISO code) and the codes glued to a figure.
EN_CURRENCIES_LOWER: Final[dict[str, str]] = {
    surface.lower(): code
    for surface, code in EN_CURRENCIES_AFTER.items()
    if surface != surface.lower() and surface not in {"RUB"}  # "rub" is a verb
}
# Mass units. One- and two-letter symbols are matched case-sensitively (5G is a network, not
# five grams); words in any case. A ton is the metric ton: the press on China writes 吨 as "tons".
EN_MASS_UNITS: Final[dict[str, str]] = {
    "tons": "t",
    "ton": "t",
    "tonnes": "t",
    "tonne": "t",
    "metric tons": "t",
    "metric ton": "t",
    "kilograms": "kilogram",
    "kilogram": "kilogram",
    "kilos": "kilogram",
    "grams": "gram",
    "gram": "gram",
    "jin": "jin",
    "catties": "jin",
    "pounds": "pound",
    "pound": "pound",
}
EN_MASS_SYMBOLS: Final[dict[str, str]] = {
    "t": "t",
    "kg": "kilogram",
    "g": "gram",
    "lbs": "pound",
    "lb": "pound",
    # Climate text: megatonnes and gigatonnes, and tonnes of carbon dioxide (or its equivalent)
    # written as one symbol ("1.2 Mt of coal", "500,000 tCO2e", "2.5 MtCO2e", "37.4 GtCO2").
    "Mt": "megatonne",
    "Gt": "gigatonne",
    "tCO2": "t",
    "tCO2e": "t",
    "MtCO2": "megatonne",
    "MtCO2e": "megatonne",
    "GtCO2": "gigatonne",
    "GtCO2e": "gigatonne",
}
EN_PERCENT_UNITS: Final[dict[str, str]] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage points": "pp",
    "percentage point": "pp",
    "percentage-point": "pp",
    # Machine translation's word-for-word 百分点 ("rose 3.4 percent points"): the point makes it a
    # percentage point, not a percent.
    "percent points": "pp",
    "percent point": "pp",
    "per cent points": "pp",
    "per cent point": "pp",
    "pp": "pp",
    # Financial press shorthand for percentage points: "up 0.3 ppt", "2 ppts".
    "ppts": "pp",
    "ppt": "pp",
    # "5pc" in British papers; lower case only (see EN_PERCENT_LOWER_CASE).
    "pc": "percent",
    "basis points": "basis_point",
    "basis point": "basis_point",
    "basis-point": "basis_point",  # a 50-basis-point cut
    "bps": "basis_point",
    # Markets' shorthand for one basis point ("a 25bp cut", "down 12 bp"); lower case only (BP is
    # a company, and "before present" in dates of prehistory).
    "bp": "basis_point",
    "per mille": "permille",
    # Right after a figure, "per thousand" is the rate per mille of statistics ("a birth rate of
    # 7.52 per thousand", 7.52‰); "per 1,000 people" names its base in digits, read as a figure.
    "per thousand": "permille",
    # So is "per 1,000" right after a figure with no base named after it ("an infant mortality
    # rate of 5.1 per 1,000", 千分之五点一); "per 1,000 live births" names its base (_PERCENT_END).
    "per 1,000": "permille",
    "per 1000": "permille",
    "‰": "permille",
    # A concentration in parts per million ("420 ppm" of carbon dioxide), as 百万分之 states it.
    "ppm": "part_per_million",
    "parts per million": "part_per_million",
}
# Percent units read only as written, in lower case: "10 PCs" are computers.
EN_PERCENT_LOWER_CASE: Final[frozenset[str]] = frozenset({"pc", "bp"})
# Adjectives after which "a hundred percent" is an idiom of certainty, not a share.
EN_PERCENT_IDIOMS: Final[frozenset[str]] = frozenset(
    {"sure", "certain", "confident", "committed", "correct", "right", "true", "agree", "behind"}
)
# The figures of that idiom (100, "a hundred", 110): another figure before the same adjective is a
# share of certainty a translation states ("70 to 80 percent sure", for seven or eight tenths).
EN_PERCENT_IDIOM_FIGURES: Final[frozenset[str]] = frozenset({"100", "110", "hundred"})
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
    "decades": "decade",
    "decade": "decade",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "minute": "minute",
    "mins": "minute",
    # The short forms of a fitness app and a sleep tracker ("deep sleep 1 hr 50 min", "a 45 min
    # class"); not "hrs", the military clock's "1400 hrs".
    "hr": "hour",
    "min": "minute",
    "seconds": "second",
    "second": "second",
    "secs": "second",
    "milliseconds": "millisecond",
    "millisecond": "millisecond",
}
# A half in a span, as 半小时 and 一个半小时 state it: "half an hour" (0.5), "an hour and a half",
# "two and a half years" (the figure plus 0.5).
EN_HALF_WORDS: Final[frozenset[str]] = frozenset({"half"})
EN_AND_A_HALF: Final[frozenset[str]] = frozenset({"and a half"})
# Span units that are also ordinals: a span only after digits and never before a hyphen ("a
# 30-second ad", not "the twenty-second session" or "2 second-tier cities").
EN_DURATION_ORDINAL_UNITS: Final[frozenset[str]] = frozenset({"second"})
# Physical amounts of other dimensions (kind `quantity`), surface → unit of units.txt; matched
# case-insensitively, except the symbols below, whose case is their meaning (MB vs mb).
EN_QUANTITY_UNITS: Final[dict[str, str]] = {
    "kilometres": "kilometer",
    "kilometers": "kilometer",
    "kilometre": "kilometer",
    "kilometer": "kilometer",
    "metres": "meter",
    "meters": "meter",
    "metre": "meter",
    "meter": "meter",
    "centimetres": "centimeter",
    "centimeters": "centimeter",
    "centimetre": "centimeter",  # a 3-centimetre gap
    "centimeter": "centimeter",
    "millimetres": "millimeter",
    "millimeters": "millimeter",
    "millimetre": "millimeter",  # a 7.9-millimetre body
    "millimeter": "millimeter",
    "nanometres": "nanometer",
    "nanometers": "nanometer",
    "nanometre": "nanometer",  # a 3-nanometre process
    "nanometer": "nanometer",
    "miles": "mile",
    "mile": "mile",
    "nautical miles": "nautical_mile",
    "feet": "foot",
    "foot": "foot",
    "inches": "inch",
    "inch": "inch",
    "yards": "yard",
    "square metres": "square_meter",
    "square meters": "square_meter",
    "square kilometres": "square_kilometer",
    "square kilometers": "square_kilometer",
    "square feet": "square_foot",
    "square miles": "square_mile",
    "hectares": "hectare",
    "hectare": "hectare",
    "acres": "acre",
    "acre": "acre",
    "mu": "mu",
    "litres": "liter",
    "liters": "liter",
    "litre": "liter",
    "liter": "liter",
    "millilitres": "milliliter",
    "milliliters": "milliliter",
    "cubic metres": "cubic_meter",
    "cubic meters": "cubic_meter",
    "barrels": "barrel",
    "gallons": "gallon",
    # A volume written as a modifier, in the singular ("a 4-gallon tank", "a 2-millilitre dose").
    "gallon": "gallon",
    "millilitre": "milliliter",
    "milliliter": "milliliter",
    "cubic metre": "cubic_meter",
    "cubic meter": "cubic_meter",
    "kilometres per hour": "kilometer_per_hour",
    "kilometers per hour": "kilometer_per_hour",
    "kilometres an hour": "kilometer_per_hour",
    "kilometers an hour": "kilometer_per_hour",
    "km per hour": "kilometer_per_hour",
    "km an hour": "kilometer_per_hour",
    "miles an hour": "mile_per_hour",
    "miles per hour": "mile_per_hour",
    "metres per second": "meter_per_second",
    "meters per second": "meter_per_second",
    "knots": "knot",
    "parts per million": "ppm",
    "parts per billion": "ppb",
    "kilowatt-hours": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour",  # a price per kilowatt-hour
    "kilowatt hour": "kilowatt_hour",
    "megawatt-hours": "megawatt_hour",
    "megawatt-hour": "megawatt_hour",
    "watts": "watt",
    "kilowatts": "kilowatt",
    "megawatts": "megawatt",
    "gigawatts": "gigawatt",
    "degrees Celsius": "degree_Celsius",
    "degrees centigrade": "degree_Celsius",
    "degrees Fahrenheit": "degree_Fahrenheit",
    "gigabytes": "gigabyte",
    "terabytes": "terabyte",
    "megabytes": "megabyte",
    "milligrams": "milligram",
    "micrograms": "microgram",
    "hertz": "hertz",
    "megahertz": "megahertz",
    "gigahertz": "gigahertz",
    "volts": "volt",
    "kilovolts": "kilovolt",
    "amps": "ampere",
    "amperes": "ampere",
    "milliamp-hours": "milliampere_hour",
    "milliampere-hours": "milliampere_hour",
    "watt-hours": "watt_hour",
    "megapixels": "megapixel",
    "megapixel": "megapixel",
    # Food energy on labels and in health advice: the calorie of food is a kilocalorie ("250
    # Calories", "a latte has about 190 calories").
    "kilojoules": "kilojoule",
    "kilocalories": "kilocalorie",
    "calories": "kilocalorie",
    "Calories": "kilocalorie",
    "international units": "international_unit",
    "millimetres of mercury": "millimeter_Hg",
    "millimeters of mercury": "millimeter_Hg",
    "newton-metres": "newton_meter",
    "newton-meters": "newton_meter",
    "newton metres": "newton_meter",
    "newton meters": "newton_meter",
    "pound-feet": "pound_foot",
    "pound-foot": "pound_foot",
    "megabits per second": "megabit_per_second",
    "gigabits per second": "gigabit_per_second",
    "kilobits per second": "kilobit_per_second",
    # Science and engineering: pressure, sound levels, rotation, small and astronomical lengths,
    # speeds per second, currents.
    "pascals": "pascal",
    "kilopascals": "kilopascal",
    "megapascals": "megapascal",
    "atmospheres": "standard_atmosphere",
    "pounds per square inch": "psi",
    "decibels": "decibel",
    "revolutions per minute": "revolution_per_minute",
    "micrometres": "micrometer",
    "micrometers": "micrometer",
    "microns": "micrometer",
    "micron": "micrometer",
    "angstroms": "angstrom",
    "angstrom": "angstrom",
    "light-years": "light_year",
    "light years": "light_year",
    "light-year": "light_year",
    "astronomical units": "astronomical_unit",
    "astronomical unit": "astronomical_unit",
    "kilometres per second": "kilometer_per_second",
    "kilometers per second": "kilometer_per_second",
    "kilometres a second": "kilometer_per_second",
    "kilometers a second": "kilometer_per_second",
    "milliamps": "milliampere",
    "milliamperes": "milliampere",
    "kiloamperes": "kiloampere",
}
EN_QUANTITY_SYMBOLS: Final[dict[str, str]] = {
    "km": "kilometer",
    "KM": "kilometer",  # as product and web text writes it (a 5 KM run); also "Km"
    "Km": "kilometer",
    "CM": "centimeter",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "ft": "foot",
    "sq m": "square_meter",
    "m²": "square_meter",
    "m2": "square_meter",
    "sq km": "square_kilometer",
    "sq ft": "square_foot",
    "sq mi": "square_mile",
    "km²": "square_kilometer",
    "km2": "square_kilometer",
    "ha": "hectare",
    "l": "liter",
    "L": "liter",
    "ml": "milliliter",
    "mL": "milliliter",
    "m³": "cubic_meter",
    "km/h": "kilometer_per_hour",
    "kph": "kilometer_per_hour",
    "mph": "mile_per_hour",
    "m/s": "meter_per_second",
    "kWh": "kilowatt_hour",
    "kwh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "bcm": "billion_cubic_meter",  # billion cubic metres of gas
    "W": "watt",
    "kW": "kilowatt",
    "kw": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "°C": "degree_Celsius",
    "℃": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "KB": "kilobyte",
    "MB": "megabyte",
    "GB": "gigabyte",
    "TB": "terabyte",
    "mg": "milligram",
    "mcg": "microgram",
    "µg": "microgram",
    # The Greek letter mu, which most keyboards and machine translation write for the micro sign.
    "μg": "microgram",
    "Wh": "watt_hour",
    "mAh": "milliampere_hour",
    "Ah": "ampere_hour",
    "V": "volt",
    "kV": "kilovolt",
    "mA": "milliampere",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GHz": "gigahertz",
    "kbps": "kilobit_per_second",
    "Kbps": "kilobit_per_second",
    "Mbps": "megabit_per_second",
    "Gbps": "gigabit_per_second",
    "Mbit/s": "megabit_per_second",
    "Gbit/s": "gigabit_per_second",
    "Mb/s": "megabit_per_second",
    "Gb/s": "gigabit_per_second",
    "ms": "millisecond",
    "MP": "megapixel",
    "mmHg": "millimeter_Hg",
    "mm Hg": "millimeter_Hg",
    "kJ": "kilojoule",
    "kcal": "kilocalorie",
    "IU": "international_unit",
    "mmol/L": "millimole_per_liter",
    "nm": "nanometer",  # a 3nm chip
    "Nm": "newton_meter",
    "Pa": "pascal",
    "kPa": "kilopascal",
    "MPa": "megapascal",
    "bar": "bar",
    "atm": "standard_atmosphere",
    "psi": "psi",
    "dB": "decibel",
    "rpm": "revolution_per_minute",
    "µm": "micrometer",
    "μm": "micrometer",
    "AU": "astronomical_unit",
    "km/s": "kilometer_per_second",
    "kA": "kiloampere",
    "N·m": "newton_meter",
    "N-m": "newton_meter",
    "lb-ft": "pound_foot",
    "ppm": "ppm",  # carbon dioxide at 420 ppm
    "ppb": "ppb",  # methane at 1,923 ppb
}
# A car's acceleration from standstill ("0-100 km/h in 3.9 seconds", "0 to 60 mph"): read as the
# speed it is timed to, as 百公里加速 is.
EN_ACCELERATION_SPEED_UNITS: Final[frozenset[str]] = frozenset(
    {"km/h", "kph", "mph", "kilometres per hour", "kilometers per hour", "miles per hour"}
)
EN_ACCELERATION_ZERO_WORDS: Final[frozenset[str]] = frozenset({"zero"})
# The signs between the figures of dimensions written with one unit ("30 x 20 x 10 cm").
EN_DIMENSION_SEPARATORS: Final[frozenset[str]] = frozenset({"x", "×", "*", "by"})
# Currency signs written after the figure (25 €, 40 £), as continental and Chinese web text does.
EN_CURRENCY_SIGNS_AFTER: Final[dict[str, str]] = {"€": "EUR", "£": "GBP", "¥": "CNY"}
# ISO codes glued to the figure (240USD, 45EUR).
EN_CURRENCY_CODES: Final[dict[str, str]] = {
    code: code
    for code in ("USD", "EUR", "CNY", "GBP", "JPY", "HKD", "CHF", "AUD", "CAD", "SGD", "KRW")
} | {"RMB": "CNY"}
# A scale letter before a glued ISO code: 45 MUSD is 45 million dollars, 3 kEUR 3000 euros (not B:
# BUSD is a coin).
EN_CODE_SCALES: Final[frozenset[str]] = frozenset({"M", "k", "K"})
# A minus sign spelled out or written before a figure (minus 7 percent, -4.3%).
EN_NEGATIVE_SIGNS: Final[frozenset[str]] = frozenset({"minus", "negative", "-", "−"})
# After these, "negative" is a test result, not a sign: "tested negative three times".
EN_NEGATIVE_RESULT_VERBS: Final[frozenset[str]] = frozenset(
    {"tested", "test", "tests", "testing", "proved", "proven", "returned", "came", "come", "back"}
)
# Before a sign written "-", what makes it a hyphen that joins (COVID-19, 2019-2020, 5-6%, p.-3).
EN_SIGN_NOT_AFTER: Final[frozenset[str]] = frozenset({".", ",", ")", "]", "%", "/", "-", "$"})
EN_UNITS: Final[dict[str, str]] = {
    **EN_QUANTITY_UNITS,
    **EN_QUANTITY_SYMBOLS,
    **EN_CURRENCY_SIGNS_AFTER,
    **EN_CURRENCY_CODES,
    **EN_CURRENCIES_AFTER,
    **EN_CURRENCIES_BEFORE,
    **EN_CURRENCIES_BEFORE_SPACED,
    **EN_CURRENCIES_ONE,
    **EN_MASS_UNITS,
    **EN_MASS_SYMBOLS,
    **EN_PERCENT_UNITS,
    **EN_DURATION_UNITS,
}
# Words within a few words before "pounds" that make them money rather than mass.
EN_MONEY_CUES: Final[frozenset[str]] = frozenset(
    {
        "worth",
        "cost",
        "costs",
        "costing",
        "paid",
        "pay",
        "pays",
        "fine",
        "fined",
        "price",
        "priced",
        "valued",
        "raised",
        "invested",
        "investment",
        "spent",
        "spend",
        "earned",
        "earns",
        "revenue",
        "profit",
        "salary",
        "fee",
        "budget",
        "funding",
        "loan",
        "debt",
        "compensation",
        "damages",
        "bonus",
        "wages",
        "income",
        "turnover",
    }
)
# The unit of pounds read as money.
EN_POUND_WORDS: Final[frozenset[str]] = frozenset({"pounds", "pound"})
EN_POUND_CURRENCY: Final[str] = "GBP"
# The unit of a fraction: a share of a whole (units.txt: whole = 100 percent).
EN_FRACTION_UNIT: Final[str] = "whole"

EN_QUALIFIERS_BEFORE: Final[dict[str, Approx]] = {
    "nearly": Approx.NEARLY,
    "almost": Approx.NEARLY,
    "close to": Approx.NEARLY,
    "just under": Approx.NEARLY,
    "just below": Approx.NEARLY,
    "about": Approx.ABOUT,
    "around": Approx.ABOUT,
    "roughly": Approx.ABOUT,
    "approximately": Approx.ABOUT,
    # The abbreviation of product and shop text: "approx. 1.2 kg", "Approx 30 minutes".
    "approx.": Approx.ABOUT,
    "approx": Approx.ABOUT,
    # Reports' and headlines' Latin: "circa 300", "c. 300".
    "circa": Approx.ABOUT,
    "c.": Approx.ABOUT,
    "some": Approx.ABOUT,
    "an estimated": Approx.ABOUT,
    "over": Approx.OVER,
    "more than": Approx.OVER,
    "just over": Approx.OVER,
    "well over": Approx.OVER,
    "above": Approx.OVER,
    "upwards of": Approx.OVER,
    # Headline and markets English: "north of $5bn" states a floor.
    "north of": Approx.OVER,
    "in excess of": Approx.OVER,
    "at least": Approx.OVER,
    "no less than": Approx.OVER,
    "not less than": Approx.OVER,
    "exceeding": Approx.OVER,
    # A verb that states a floor ("exceeded 30 million" renders 超过3000万, 突破3000万).
    "exceeded": Approx.OVER,
    "exceeds": Approx.OVER,
    "exceed": Approx.OVER,
    "surpassed": Approx.OVER,
    "surpassing": Approx.OVER,
    # Market verbs of a floor passed ("topped 1 trillion yuan", "broke through 3,000 points"
    # render 突破, 站上).
    "topped": Approx.OVER,
    "topping": Approx.OVER,
    "broke through": Approx.OVER,
    # A round level passed, as box office and audience news write it ("crossed the $1 billion
    # mark", "had broken the 2 billion yuan mark", 突破20亿元大关); not "passed the" (a law passed).
    "crossed the": Approx.OVER,
    "crossing the": Approx.OVER,
    "broke the": Approx.OVER,
    "broken the": Approx.OVER,
    "topped the": Approx.OVER,
    "surpassed the": Approx.OVER,
    # A level passed, as 突破 states it ("rail lines in operation passed 10,000 kilometers").
    "passed": Approx.OVER,
    "broke above": Approx.OVER,
    "higher than": Approx.OVER,
    "greater than": Approx.OVER,
    "less than": Approx.UNDER,
    "under": Approx.UNDER,
    "below": Approx.UNDER,
    "fewer than": Approx.UNDER,
    "up to": Approx.UNDER,
    "at most": Approx.UNDER,
    "under the age of": Approx.UNDER,
    "below the age of": Approx.UNDER,
    "over the age of": Approx.OVER,
    "above the age of": Approx.OVER,
    "lower than": Approx.UNDER,
    "no more than": Approx.UNDER,
    "not more than": Approx.UNDER,
    # "no fewer than 20" is at least 20 (the floor of 不少于), as "no less than" is.
    "no fewer than": Approx.OVER,
    "not fewer than": Approx.OVER,
    # A limit not to be passed is a ceiling, as 不超过 and 不得超过 are on labels, in health advice and in
    # rules ("should not exceed 4 g", "must not exceed 7 kg"), where "exceed" alone is a floor passed.
    "not exceed": Approx.UNDER,
    "not to exceed": Approx.UNDER,
    "not exceeding": Approx.UNDER,
    "never exceed": Approx.UNDER,
    "cannot exceed": Approx.UNDER,
    "not be more than": Approx.UNDER,
    "cannot be more than": Approx.UNDER,
    "not be over": Approx.UNDER,
    "not be higher than": Approx.UNDER,
    "not be greater than": Approx.UNDER,
    "not be above": Approx.UNDER,
    "limited to": Approx.UNDER,
    "capped at": Approx.UNDER,
    # A floor not to be passed ("must not fall below 60%" renders 不得低于60%; statutes put the bound
    # after "shall": "shall not be less than 30 million yuan" for 不得少于).
    "not fall below": Approx.OVER,
    "not drop below": Approx.OVER,
    "not go below": Approx.OVER,
    "not be below": Approx.OVER,
    "not be less than": Approx.OVER,
    "not be lower than": Approx.OVER,
    "not lower than": Approx.OVER,
    "no lower than": Approx.OVER,
    "no higher than": Approx.UNDER,
    "no greater than": Approx.UNDER,
    # A limit named as a noun ("a maximum of 20 passengers" for 最多不能超过20人).
    "a maximum of": Approx.UNDER,
    "a minimum of": Approx.OVER,
    "not be fewer than": Approx.OVER,
}
EN_QUALIFIERS_AFTER: Final[dict[str, Approx]] = {
    "or more": Approx.OVER,
    "or above": Approx.OVER,
    "and above": Approx.OVER,
    "plus": Approx.OVER,
    "or so": Approx.ABOUT,
    "or less": Approx.UNDER,
    "or below": Approx.UNDER,
    "and under": Approx.UNDER,
    "or under": Approx.UNDER,
    "or fewer": Approx.UNDER,
    "and over": Approx.OVER,
    "or over": Approx.OVER,
    "and older": Approx.OVER,
    "or older": Approx.OVER,
    # A ceiling stated after the figure, as rules write it ("three hours at most", 最长不得超过三小时).
    "at most": Approx.UNDER,
    "at the most": Approx.UNDER,
}
# Hedges joined to the figure by a hyphen: "100-odd" and "30-plus" are a little over the figure
# (100多, 30多).
# Web text glues a bare plus the same way ("100,000+ sold", "10K+ reviews", an age rating "18+" is
# 18 and over, as 18+ and 18岁以上 are): read only where no word character, plus or hyphen follows
# (1+1 and C++ are no hedge).
EN_QUALIFIERS_GLUED: Final[dict[str, Approx]] = {
    "-odd": Approx.OVER,
    "-plus": Approx.OVER,
    "+": Approx.OVER,
}
EN_QUALIFIERS: Final[dict[str, Approx]] = {
    **EN_QUALIFIERS_BEFORE,
    **EN_QUALIFIERS_AFTER,
    **EN_QUALIFIERS_GLUED,
}
# Words that open a range ("between 5 and 6 percent"); the range itself sets the qualifier.
EN_RANGE_BEFORE: Final[frozenset[str]] = frozenset({"between"})
# A word after which "X to Y" is a change between two figures, not a range ("rose from 5% to 6%").
EN_CHANGE_BEFORE: Final[frozenset[str]] = frozenset({"from"})
# Words before "from" that make "from X to Y" a range after all: "ranging from 1 to 7 meters".
# "priced from 380 to 1,280 yuan" states the range of a price list (tickets, rooms), as 票价380元至1280元
# does, where "rose from 380 to 1,280" is a change.
EN_RANGE_VERBS: Final[frozenset[str]] = frozenset(
    {"ranging", "range", "ranges", "varying", "vary", "priced"}
)
# Number-word phrases that render a word with no figure: "the two sides" and "the two parties"
# translate 双方 (both parties). Other definite numbers state a count ("the two countries", 两国;
# "these four departments", 四部) and are read.
EN_NUMBER_WORD_PHRASE_IDIOMS: Final[frozenset[str]] = frozenset({"two sides", "two parties"})
# Capitalized words that may stand right before a figure without naming a model or a label
# (Windows 10, Boeing 737, Level 2): sentence-initial function words and qualifiers.
EN_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "More",
        "Less",
        "Fewer",
        "Last",
        "Next",
        "This",
        "Overall",
        "Further",
        "Most",
        "Least",
        "Even",
        "In",
        "At",
        "On",
        "By",
        "For",
        "From",
        "To",
        "Of",
        "With",
        "And",
        "But",
        "Or",
        "The",
        "Only",
        "Just",
        "All",
        "Since",
        "Until",
        "After",
        "Before",
        "During",
        "Between",
        "Among",
        "Another",
        "Some",
        "About",
        "Over",
        "Nearly",
        "Almost",
        "Around",
        "Roughly",
        "Approximately",
        "Circa",  # Circa 300 people
        "Under",
        "Below",
        "Above",
        "Up",
        "Its",
        "Their",
        "These",
        "Those",
        "Total",
        "Each",
        "Every",
        "Per",
        "Including",
        "Within",
        "Than",
        "As",
        "Also",
        "Still",
        "Yet",
        "Then",
        "Now",
        "Today",
        "Yesterday",
        # The verbs a job advertisement opens with: "Hiring 5 drivers", "Recruiting 20 engineers".
        "Hiring",
        "Recruiting",
        "Seeking",
        "Wanted",
    }
)
# Verbs that open an instruction (a medicine label, health advice, a recipe): a figure right after
# one is a dose, an amount or a time, never a model ("Take 2 tablets", "Add 3 eggs", "Bake 20
# minutes"). Not verbs that also head a label ("Exercise 3", "Set 2", "Step 4").
EN_INSTRUCTION_VERBS: Final[frozenset[str]] = frozenset(
    {
        "Take",
        "Add",
        "Use",
        "Drink",
        "Eat",
        "Apply",
        "Inhale",
        "Instil",
        "Instill",
        "Chew",
        "Swallow",
        "Dissolve",
        "Dilute",
        "Mix",
        "Pour",
        "Bake",
        "Roast",
        "Boil",
        "Cook",
        "Steam",
        "Simmer",
        "Fry",
        "Marinate",
        "Whisk",
        "Beat",
        "Stir",
        "Chill",
        "Refrigerate",
        "Freeze",
        "Microwave",
        "Preheat",
        "Heat",
        "Cut",
        "Walk",
        "Sleep",
        "Give",
        # A workout plan's verbs: "Do 3 sets of 12 reps", "Try 20 squats", "Skip 120 times",
        # "Hold 30 seconds", "Rest 60 seconds", "Repeat 3 times", "Complete 10 rounds". Not "Run",
        # "Cycle" or "Ride", which head a label (Run 2, Cycle 3 of a treatment).
        "Do",
        "Try",
        "Skip",
        "Hold",
        "Rest",
        "Repeat",
        "Complete",
        "Perform",
        "Burn",
        "Lift",
        # The verbs a promotion or a listing opens with, and a listing's score: "Buy 3, get 1
        # free", "Spend 300, save 50", "Limit 2 per customer", "Rated 4.9".
        "Buy",
        "Spend",
        "Limit",
        "Rated",
        # What a recipe yields: "Serves 4", "Makes 12 cupcakes", "Yields 2 loaves".
        "Serves",
        "Makes",
        "Yields",
        "Feeds",
    }
)

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
        "from",
        "to",
        "until",
        "through",
        "before",
        "after",
        "during",
        "last",
        "next",
        "this",
        # A part of a month named before it: "the first two weeks of January", "the last ten
        # days of May", "the second half of March".
        "weeks of",
        "days of",
        "first half of",
        "second half of",
    }
)
# The marks of a possessive after a month name alone, which make it the month ("December's
# deliveries", "January’s exports"); May is left out: "May's" is as often a person's name.
EN_MONTH_POSSESSIVE_MARKS: Final[frozenset[str]] = frozenset({"'s", "\u2019s"})
EN_MONTHS_NAMING_PEOPLE: Final[frozenset[str]] = frozenset({"May"})
# A month before these words is part of a holiday's name, not a date: "the May Day holiday".
EN_MONTH_NAMES_AFTER: Final[frozenset[str]] = frozenset({"Day"})
# Words that join a month to one before it, which makes it a month too: "January and February".
EN_MONTH_JOINTS: Final[frozenset[str]] = frozenset({"and", "or", "to", "through"})
# Words that make a year a fiscal year ("fiscal 2020", "FY2020"): still the calendar number.
EN_FISCAL: Final[frozenset[str]] = frozenset({"fiscal", "fiscal year", "FY"})

# Words for a fixed factor that are one whenever they occur: verbs and -fold adjectives.
EN_MULTIPLIERS: Final[dict[str, Decimal]] = {
    "doubled": Decimal(2),
    "doubling": Decimal(2),
    "doubles": Decimal(2),
    "twofold": Decimal(2),
    "two-fold": Decimal(2),
    "tripled": Decimal(3),
    "tripling": Decimal(3),
    "triples": Decimal(3),
    "trebled": Decimal(3),
    "threefold": Decimal(3),
    "three-fold": Decimal(3),
    "quadrupled": Decimal(4),
    "quadrupling": Decimal(4),
    "quadruples": Decimal(4),
    "fourfold": Decimal(4),
    "four-fold": Decimal(4),
    "fivefold": Decimal(5),
    "tenfold": Decimal(10),
    "halved": Decimal("0.5"),
    "halving": Decimal("0.5"),
    "halves": Decimal("0.5"),
}
# Words for a factor only before a comparison ("twice as many", "double the figure"): elsewhere
# "twice" counts occasions and "double" is an adjective (double standards).
EN_COMPARED_MULTIPLIERS: Final[dict[str, Decimal]] = {
    "twice": Decimal(2),
    "double": Decimal(2),
    "triple": Decimal(3),
    "quadruple": Decimal(4),
}
# What follows a multiplier in a comparison: "three times as", "twice the", "10 times that of".
EN_COMPARISON_AFTER: Final[frozenset[str]] = frozenset(
    {
        # A possessive year compares ("double last year's"); "twice last year" counts occasions.
        "last year's",
        "as",
        "the",
        "that",
        "those",
        "what",
        "its",
        "their",
        "his",
        "her",
        "our",
        "more",
        "higher",
        "larger",
        "bigger",
        "greater",
        "faster",
        "longer",
        "lower",
        "smaller",
        "over",
        "compared",
        "than",
    }
)
# Verbs of growth before "N times" that make it a factor ("increased three times").
EN_GROWTH_VERBS: Final[frozenset[str]] = frozenset(
    {
        "increased",
        "increase",
        "increases",
        "rose",
        "risen",
        "grew",
        "grown",
        "expanded",
        "multiplied",
        "jumped",
        "surged",
        "soared",
    }
)
# "half as many", "half as large": a factor of one half, only before "as" (elsewhere "half the"
# and "half of" are a share).
EN_HALF_COMPARED: Final[dict[str, Decimal]] = {"half": Decimal("0.5")}
EN_HALF_COMPARISON: Final[frozenset[str]] = frozenset({"as"})
EN_TIMES: Final[frozenset[str]] = frozenset({"times"})
EN_FOLD: Final[frozenset[str]] = frozenset({"-fold", "fold"})
# Articles before a figure that opens a name ("the 120 Emergency Center").
EN_NAME_ARTICLES: Final[frozenset[str]] = frozenset({"the"})
# After a bare figure these make it a clock time, which states no figure (as 10时 on the zh side).
EN_CLOCK_AFTER: Final[frozenset[str]] = frozenset({"a.m.", "p.m.", "am", "pm", "o'clock", "hrs"})
# After "N-year" these make an age, a bare figure (a 15-year-old, 15岁), not a span of time.
EN_AGE_AFTER: Final[frozenset[str]] = frozenset({"old", "of age"})
# The "of" between a plural that stands for a vague count and what it counts ("hundreds of times").
EN_VAGUE_OF: Final[frozenset[str]] = frozenset({"of"})
# Span words before a duration: "the first seven months", "the past 15 years".
EN_SPAN_BEFORE: Final[frozenset[str]] = frozenset({"first", "past", "last", "next", "previous"})
# Joined to a year by a hyphen, these leave it a year (mid-2020, post-2008), not a code (J-20).
EN_YEAR_PREFIXES: Final[frozenset[str]] = frozenset({"mid", "early", "late", "pre", "post"})
# What a telephone number may open with before its digits (+86 10 …, (010) …).
EN_PHONE_OPENERS: Final[frozenset[str]] = frozenset({"+", "("})
# "first" and "second" are ranks only where a placing names them ("finished second", "took second
# place", "in first position"): elsewhere they are a time unit or words of order ("a second time").
EN_PLACE_ORDINALS: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "first": (Decimal(1), Decimal(1)),
    "second": (Decimal(2), Decimal(2)),
}
EN_PLACE_VERBS: Final[frozenset[str]] = frozenset(
    {"finished", "finishes", "finish", "came", "comes", "ranked", "ranks", "placed", "places"}
)
EN_PLACE_NOUNS: Final[frozenset[str]] = frozenset({"place", "position", "spot", "prize"})
# "first" and "second" rank a year of a reign or an era too ("the first year of the Yongzheng
# reign", "the second year of his reign", 雍正元年, 咸丰二年): within three words after "year of".
EN_REIGN_NOUNS: Final[frozenset[str]] = frozenset({"reign", "era"})
# And a part of a work or a series named by its rank ("the second volume", 第二卷; "the first
# chapter", 第一章; "its first edition", 第一版).
EN_RANKED_PART_NOUNS: Final[frozenset[str]] = frozenset(
    {"volume", "volumes", "chapter", "chapters", "edition", "episode", "instalment", "installment"}
)
# After a year, the era before the common one: "221 BC" is the year -221 (as 公元前221年 is).
EN_BEFORE_COMMON_ERA: Final[frozenset[str]] = frozenset({"BC", "B.C.", "BCE", "B.C.E."})
# The common era written with a year (AD 618, 618 AD, 79 CE, 公元618年): a year of any length.
EN_COMMON_ERA: Final[frozenset[str]] = frozenset({"AD", "A.D.", "CE", "C.E."})
# Words between a number and its unit of time that leave the span as it is: "10 consecutive years",
# "three straight months", "20 working days", "two more years".
EN_SPAN_MODIFIERS: Final[frozenset[str]] = frozenset(
    {
        "consecutive",
        "straight",
        "successive",
        "running",
        "full",
        "whole",
        "entire",
        "more",
        "additional",
        "extra",
        "further",
        "long",
        "short",
        "working",
        "business",
        "calendar",
        "trading",
        "school",
        "solid",
        # Personal finance: "up to 56 interest-free days", "three rent-free months".
        "interest-free",
        "rent-free",
        "fee-free",
        "tax-free",
    }
)
# Verbs of paying a sum off in parts: "over" after them spans the term ("repaid over 36 months",
# "spread over 12 months" is the term, 分36期), no bound passed ("over 36 months" alone is more).
EN_PAID_OFF_OVER_VERBS: Final[frozenset[str]] = frozenset(
    {"paid", "repaid", "payable", "repayable", "spread", "amortized", "amortised", "split"}
)

_FLAGS: Final[int] = regex.VERBOSE | regex.V1 | regex.IGNORECASE
# A digit run: thousands separated by commas or (as in some house styles) spaces, decimals. A
# leading zero marks a code or a phone number, not a quantity.
# Indian grouping (lakhs and crores: 12,34,567, 1,20,000) is read as its digits. Dots are a
# decimal mark unless they group thousands unambiguously: two groups of three after them
# (1.234.567, European style; 32.500 stays 32.5); a comma is one before one or two digits only
# where nothing else can be meant: after such a dotted figure (1.234.567,89) or before a percent
# sign (3,5 %, as European statistics write it).
_DIGIT_RUN: Final[str] = r"""(?:(?!0\d)(?:
        \d{1,3}(?:,\d{3})++(?:\.\d++)?+                 # 1,200 and 1,200.5
      | \d{1,3}(?:\ \d{3})++(?![\d,])(?:\.\d++)?+        # 1 200
      | \d{1,2}(?:,\d{2}(?=,))++,\d{3}(?![\d])(?:\.\d++)?+   # 12,34,567 (Indian)
      | \d{1,3}(?:\.\d{3}){2}(?![\d]|\.\d)(?:,\d{1,2}(?![\d]|,\d))?+   # 1.234.567 (European)
      | \d{1,3},\d{1,2}(?=\ ?%)                           # 3,5 % (a decimal comma)
      | \d{1,15}+(?:\.\d{1,15}+)?+                       # 1200, 1.2
    ))"""
_WORD: Final[str] = alternation([*EN_NUMBER_WORDS, *EN_SMALL_SCALES, *EN_SCALE_WORDS])
_NUMBER_WORD: Final[str] = alternation(EN_NUMBER_WORDS)
_SCALE: Final[str] = alternation([*EN_SMALL_SCALES, *EN_SCALE_WORDS])
_SCALE_ABBR: Final[str] = alternation(
    {**EN_SCALE_ABBREVIATIONS, **EN_TRANSLITERATED_SCALES, **EN_UNTRANSLATED_CHINESE_SCALES}
)
_GLOSSED_SCALE: Final[str] = alternation(EN_GLOSSED_SCALES)
# Not after a year: "in 2019 ten thousand people" is a year and a count.
_GLOSS_AFTER: Final[str] = r"(?<!(?<![\d.,])(?:1[0-9]|20)[0-9]{2})"
_SCALE_LETTER: Final[str] = alternation(EN_SCALE_LETTERS)
_ARTICLE: Final[str] = alternation(EN_ARTICLE_ONE)
_VAGUE: Final[str] = alternation(EN_VAGUE_WORDS)
_NUM_PHRASE: Final[str] = alternation(EN_NUMBER_PHRASES)
_FRACTION: Final[str] = alternation(EN_FRACTIONS)
_ORDINAL_WORD: Final[str] = alternation(EN_ORDINAL_WORDS)
_ORDINAL_SUFFIX: Final[str] = alternation(EN_ORDINAL_SUFFIXES)
_FREQUENCY: Final[str] = alternation(EN_FREQUENCY_WORDS)
_HALF_PERIOD: Final[str] = alternation(EN_HALF_PERIOD_BEFORE)


def _num(letters: bool) -> str:
    """One number: digits with an optional scale (1.2 million, 1.2bn; with `letters` also $5m,
    $54K), words (twenty-five, one hundred and five), "a hundred", "several million". "And" joins
    words only after a scale word ("two hundred and five"; "between two and three" is a range).
    Bounded repetition keeps it linear."""
    abbreviation = rf"\ ?+(?-i:{_SCALE_ABBR})\b"
    if letters:
        abbreviation += rf"|{_SCALE_LETTER}\b"
    return rf"""
    (?:
        {_DIGIT_RUN}(?:{abbreviation}|[\ -]?+{_SCALE}(?:\ {_SCALE}){{0,2}}+\b   # 1.2 million, 1.2bn
          |{_GLOSS_AFTER}\ {_GLOSSED_SCALE}\b)?+                          # 3 ten thousand
      | (?:{_ARTICLE}|{_VAGUE})\ {_SCALE}(?:\ {_SCALE}){{0,2}}+
        (?:(?:(?<={_SCALE})\ and\ |[\ -]){_WORD}){{0,30}}+\b               # a hundred and five
      | \b{_WORD}(?:(?:(?<={_SCALE})\ and\ |[\ -]){_WORD}){{0,30}}+\b        # twenty-five, two hundred
    )
    """


_NUM: Final[str] = _num(letters=False)
# Before a currency or a mass unit one-letter scale abbreviations are safe: $5m, $54K, 3m tons.
_NUM_UNIT: Final[str] = _num(letters=True)
_Q_BEFORE: Final[str] = alternation(EN_QUALIFIERS_BEFORE)
# A hedge after the figure is none where a figure follows it: "over 18 and under 65" states two
# bounds (as 18岁以上65岁以下 does), where "18 and under" is one.
_Q_AFTER: Final[str] = rf"(?:{alternation(EN_QUALIFIERS_AFTER)})(?!\ ++(?:[0-9]|{_NUMBER_WORD}\b))"
# A hedge after the figure, after a space ("or more") or glued by a hyphen ("-odd").
_Q_POST: Final[str] = rf"""
    (?:\ (?P<post>{_Q_AFTER})|(?P<post>{alternation(EN_QUALIFIERS_GLUED)})(?![\w+-]))?+"""
_CUR_AFTER: Final[str] = alternation(EN_CURRENCIES_AFTER)
_CUR_BEFORE: Final[str] = alternation(EN_CURRENCIES_BEFORE)
_MASS: Final[str] = rf"(?:{alternation(EN_MASS_UNITS)}|(?-i:{alternation(EN_MASS_SYMBOLS)}))"
_PERCENT: Final[str] = rf"""(?:{alternation(set(EN_PERCENT_UNITS) - EN_PERCENT_LOWER_CASE)}
    |(?-i:{alternation(EN_PERCENT_LOWER_CASE)}))"""
_PERCENT_IDIOM: Final[str] = alternation(EN_PERCENT_IDIOMS)
_PERCENT_IDIOM_FIGURE: Final[str] = alternation(EN_PERCENT_IDIOM_FIGURES)
# A percent word ends at a word's end; a sign ends where it is, as machine translation glues the next
# word to it ("5.2%year-on-year", "12%YoY").
# "per 1,000" is a rate per mille only where no noun follows it, only a word that goes on with the
# sentence ("5.1 per 1,000 in 2020", "5.1 per 1,000."): "per 1,000 people" reads its base.
EN_PER_MILLE_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {"in", "and", "or", "for", "at", "on", "during", "while", "compared", "from", "to", "than"}
)
_PERCENT_END: Final[str] = rf"""(?:(?<=[%‰])
    |(?<=[0-9])(?![\w,.]\w|\ (?!{alternation(EN_PER_MILLE_FOLLOWERS)}\b)[a-z])
    |(?<![0-9])(?!\w))"""
_DURATION: Final[str] = alternation(EN_DURATION_UNITS)
_MONTH: Final[str] = alternation(EN_MONTHS)
_MONTH_CONTEXT: Final[str] = alternation(EN_MONTH_CONTEXT)
_MONTH_JOINT: Final[str] = alternation(EN_MONTH_JOINTS)
_FISCAL: Final[str] = alternation(EN_FISCAL)
_MULTIPLIER: Final[str] = alternation(EN_MULTIPLIERS)
_COMPARED: Final[str] = alternation(EN_COMPARED_MULTIPLIERS)
_COMPARISON: Final[str] = alternation(EN_COMPARISON_AFTER)
_GROWTH: Final[str] = alternation(EN_GROWTH_VERBS)
_TIMES: Final[str] = alternation(EN_TIMES)
_FOLD: Final[str] = alternation(EN_FOLD)
_SPAN_BEFORE: Final[str] = alternation(EN_SPAN_BEFORE)
_YEAR_PREFIX: Final[str] = alternation(EN_YEAR_PREFIXES)
_NOT_PREFIXED_YEAR: Final[str] = rf"(?!(?<=\b{_YEAR_PREFIX}-)(?:1[0-9]|20)[0-9]{{2}}(?![0-9]))"
_SPAN_MODIFIER: Final[str] = alternation(EN_SPAN_MODIFIERS)
_AGE: Final[str] = alternation(EN_AGE_AFTER)
_RANGE_BEFORE: Final[str] = alternation(EN_RANGE_BEFORE)
_CHANGE_BEFORE: Final[str] = alternation(EN_CHANGE_BEFORE)
_RANGE_VERB: Final[str] = alternation(EN_RANGE_VERBS)
_PHRASE_IDIOM: Final[str] = alternation(EN_NUMBER_WORD_PHRASE_IDIOMS)
_FUNCTION: Final[str] = alternation(EN_FUNCTION_WORDS | EN_INSTRUCTION_VERBS)
# The abbreviations of a statistic before its value name nothing: "HR 0.62 (95% CI 0.48-0.80)",
# "OR 2.1", "SD 4.3" state the figure as "a hazard ratio of 0.62" does.
EN_STATISTIC_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"CI", "CIs", "HR", "OR", "RR", "aHR", "aOR", "IQR", "SD", "SE", "SEM"}
)
_STATISTIC: Final[str] = alternation(EN_STATISTIC_ABBREVIATIONS)
# The names of tests and grade averages before a score name no model either: "IELTS 6.5", "TOEFL
# 90 and above", "GRE 325", "GPA 3.8" state the score as "a score of 6.5 on the IELTS" does.
EN_TEST_SCORE_NAMES: Final[frozenset[str]] = frozenset(
    {"IELTS", "TOEFL", "SAT", "ACT", "GRE", "GMAT", "GPA", "HSK", "TOEIC"}
)
_TEST_SCORE: Final[str] = alternation(EN_TEST_SCORE_NAMES)
# A capitalized adverb in -ly before a figure opens a sentence, it names nothing: "Exactly 300
# people", "Reportedly 12 ships".
_ADVERB_LY: Final[str] = r"\p{Lu}\p{Ll}+ly\b"
_MONEY_CUE: Final[str] = alternation(EN_MONEY_CUES)
_POUNDS: Final[str] = alternation(EN_POUND_WORDS)
# "X and Y" is a range only after "between": "63.3% and 86.3%" is a list of two figures. A comma
# between them ends the "between", unless it groups digits ("between 1,000 and 2,000 yuan").
# "or" joins the ends of an approximate range as "to" does: "two or three days", "5 or 6 tons";
# not after a list's comma, where it closes the list ("terms of 5, 10 or 20 years": three terms).
_RANGE_SEP: Final[str] = (
    rf"(?:\ ?-\ ?|\ to\ |(?<!\d,\ [^\s,]{{1,30}})\ or\ "
    rf"|(?<=\b{_RANGE_BEFORE}\ (?:[^,;]|(?<=\d),(?=\d)){{1,40}})\ and\ )"
)

# A figure must not continue a longer token: COVID-19, G20, A380, 3D, version 1.2.3.
_EDGE_BEFORE: Final[str] = r"(?<![\w.$-])(?<!\d[:/])"
_EDGE_AFTER: Final[str] = r"(?![\w]|[.,]\d)"
# A bare figure right after a capitalized word that is no function word names a model or a label:
# Windows 10, Boeing 737, Level 2, Article 5; after "No." or "#" likewise.
_NOT_LABEL: Final[str] = rf"""
    (?:
        (?=[\d.,]{{1,60}}+-(?-i:\p{{Ll}}))          # a compound states a figure: Richter 6.1-magnitude
      | (?=[\d.,]{{1,60}}+\ (?-i:\p{{Lu}}))          # a title-case headline: Jiangsu Confirms 1 New Case
      | (?<!(?-i:\b(?!{_FUNCTION}\ |{_ADVERB_LY}\ |{_STATISTIC}\ |{_TEST_SCORE}\ )\p{{Lu}}[\w-]*)\ )
                                                     # Windows 10; not IELTS 6.5
    )
    (?<!(?-i:\bNos?\.|\#)\ ?)                        # No. 1, #3
"""
_CLOCK: Final[str] = alternation(EN_CLOCK_AFTER)
_NAME_ARTICLE: Final[str] = alternation(EN_NAME_ARTICLES)
# A bare figure after "the" (and perhaps one lowercase word) followed by two capitalized words
# opens a name: the local 120 Emergency Center. Elsewhere it counts what the name qualifies ("28
# United Airlines aircraft") or opens a title-case headline ("13 Tested Positive").
_NOT_NAME_AFTER: Final[str] = rf"""
    (?!(?<=\b{_NAME_ARTICLE}\ (?:(?-i:\p{{Ll}})\w*\ )?[\d,.]++)\ (?-i:\p{{Lu}})[\w-]*+\ (?-i:\p{{Lu}}))
                                                 # the local 120 Emergency Center
"""
# Number words capitalized after a lowercase word (with an opening quote or not) and followed by
# another capitalized word are a name or a slogan, not a figure: the Three Gorges, the Ten
# Thousand Mu Field, the "Two Committees". At the start of a sentence or in a title-case headline
# they are a figure ("Four American Airlines jets", "Over Fifty Works of Art on Display").
_NOT_CAPITALIZED_NAME: Final[str] = rf"""
    (?!
        (?<=
            \b(?-i:\p{{Ll}})[\w'’]*,?\ ["“‘]?       # after a lowercase word: the Three Gorges
          | \b(?!{_FUNCTION}\ )(?-i:\p{{Lu}})[\w'’]*\ ["“‘]?   # after a name word: Small Three Gorges
        )
        (?-i:\p{{Lu}})\w*+[\ -](?-i:\p{{Lu}})        # Three Gorges, Two Committees
    )
"""
# A number that opens a line and is followed by "." or ")" is a list marker: "1. Introduction".
_NOT_LIST: Final[str] = r"""
    (?!(?=\d{1,2}[.)](?:[\ \t]|$))(?<=(?:^|\n)[\ \t]*))  # 1. Introduction (digits first: linear)
"""

# The second end of a range: "5-6%", "5 to 6 percent", "$3-5 million", "between 5 and 6". Its own
# rule, so that "from 800,000 tons in 1986 to 250,000 tons" still yields 250,000 tons when the
# range reading is rejected (a year is not the low end of a tonnage).
_RANGE: Final[str] = rf"""
    %?+{_RANGE_SEP}(?P<num2>{_NUM})              # - 6, to 6
"""
# The second end of a range of percents, the unit written on the first end too or not: 5-6%,
# 5% to 6%, "3 percent to 5 percent", 3pc-5pc.
_RANGE_PERCENT: Final[str] = rf"""
    (?:%|[\ -]?+(?P<unit1>{_PERCENT}){_PERCENT_END})?+{_RANGE_SEP}(?P<num2>{_NUM})   # - 6, to 6
"""
# After the unit of a range's second end: a unit written on the first end too is the same one
# ("2 percentage points to 5 percent" is a change, not a range).
_RANGE_SAME_UNIT: Final[str] = r"(?(unit1)(?<=(?P=unit1)))"
_RANGE_UNIT: Final[str] = rf"""
    {_RANGE_SEP}(?P<num2>{_NUM_UNIT})            # 3-5m tons
"""
_RANGE_MONEY: Final[str] = rf"""
    {_RANGE_SEP}(?-i:{_CUR_BEFORE})?+(?P<num2>{_NUM_UNIT})   # -5 million, to $5 million
"""
# Before a range: "between" belongs to it; "from" makes "X to Y" a change of two figures.
_RANGE_PRE: Final[str] = rf"""
    (?:{_RANGE_BEFORE}\ )?+                      # between
    (?<!(?<!\b{_RANGE_VERB}\ )\b{_CHANGE_BEFORE}\ )   # not "from 5% to 6%" (but "ranging from")
"""
# A vague or fixed phrase in place of the number: "hundreds of millions of", "a dozen".
_PHRASE: Final[str] = rf"""
    (?P<vague>{_NUM_PHRASE})(?:\ of)?+           # dozens of, hundreds of millions of
    |
"""


def _single_and_range(source: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A pattern for a single figure and one for a range, from one source with placeholders:
    `{range}`/`{range_unit}`/`{range_money}`/`{range_percent}` (the second end), `{range_same}`
    (the second end's unit is the first end's, where both are written), `{range_pre}` (what may open a
    range) and `{phrase}` (a vague phrase in place of the number, single figures only)."""
    ranged, single = source, source
    for name, text in (
        ("{range_money}", _RANGE_MONEY),
        ("{range_percent}", _RANGE_PERCENT),
        ("{range_same}", _RANGE_SAME_UNIT),
        ("{range_unit}", _RANGE_UNIT),
        ("{range}", _RANGE),
        ("{range_pre}", _RANGE_PRE),
    ):
        ranged = ranged.replace(name, text)
        single = single.replace(name, "")
    ranged = ranged.replace("{phrase}", "")
    single = single.replace("{phrase}", _PHRASE)
    return _compile(single, _FLAGS), _compile(ranged, _FLAGS)


_MONEY_BEFORE_SRC: Final[str] = rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # nearly, more than
    {{range_pre}}                                # between (the range rule only)
    (?<![A-Za-z])                                # not the $ of Mex$ or R$ (another dollar)
    (?P<unitpre>(?-i:{_CUR_BEFORE}))\ ?+         # $, US$, CHF
    (?P<num>{_NUM_UNIT})                         # 12 billion, 1.2bn, 5m
    {{range_money}}                              # $3-5 million (the range rule only)
    (?:\ (?P<unit>(?-i:{_CUR_AFTER})))?+         # $5 million US dollars (rare, read both)
    {_EDGE_AFTER}
    {_Q_POST}                 # or more
    """
EN_MONEY_BEFORE_RE, EN_MONEY_BEFORE_RANGE_RE = _single_and_range(_MONEY_BEFORE_SRC)
_MONEY_AFTER_SRC: Final[str] = rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {{range_pre}}                                # between (the range rule only)
    {_EDGE_BEFORE}
    (?:{{phrase}}                                # hundreds of millions of (single only)
       (?P<num>{_NUM_UNIT})                      # 34.227 million
       {{range_unit}}                            # 3 to 5 million (the range rule only)
    )
    \ (?:(?P<unit>(?-i:{_CUR_AFTER}))\b          # Swiss francs, yuan
       |\((?P<unit>(?-i:{_CUR_AFTER}))\))        # 1.2 billion (RMB): machine translation's note
    {_Q_POST}                 # or more
    """
EN_MONEY_AFTER_RE, EN_MONEY_AFTER_RANGE_RE = _single_and_range(_MONEY_AFTER_SRC)
# "pounds" after a money cue ("a deal worth 5 million pounds"): sterling; the rule states GBP.
EN_MONEY_POUNDS_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b{_MONEY_CUE}\b[^.;!?\n]{{0,40}})       # worth, cost, fined ... within a few words
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {_EDGE_BEFORE}(?P<num>{_NUM_UNIT})           # 5 million
    \ {_POUNDS}\b                                # pounds
    (?!\ of\b)                                   # not "pounds of rice"
    {_Q_POST}                 # or more
    """,
    _FLAGS,
)
_MASS_SRC: Final[str] = rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {{range_pre}}                                # between (the range rule only)
    {_EDGE_BEFORE}
    (?:{{phrase}}                                # thousands of (single only)
       (?P<num>{_NUM_UNIT})                      # 100,000, 3m
       {{range_unit}}                            # 3-5 million (the range rule only)
    )
    [\ -]?+(?P<unit>{_MASS})\b                   # tons, kg, 5-ton
    {_Q_POST}                 # or more
    """
EN_MASS_RE, EN_MASS_RANGE_RE = _single_and_range(_MASS_SRC)
_PERCENT_SRC: Final[str] = rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # more than
    {{range_pre}}                                # between (the range rule only)
    {_EDGE_BEFORE}(?P<num>{_NUM})                # 11.6
    {{range_percent}}                            # 5-6%, 5% to 6% (the range rule only)
    [\ -]?+(?P<unit>{_PERCENT}){_PERCENT_END}  # %, percent, per cent, 2-percentage-point
    {{range_same}}                               # 3 percent to 5 percent (the range rule only)
    (?!(?<=\b{_PERCENT_IDIOM_FIGURE}[\ -]?+(?:{_PERCENT}))\ {_PERCENT_IDIOM}\b)  # not "100% sure"
    {_Q_POST}                 # or more
    """
EN_PERCENT_RE, EN_PERCENT_RANGE_RE = _single_and_range(_PERCENT_SRC)
# A share of something: "two thirds of", "half the", "more than a quarter of"; in wholes.
EN_FRACTION_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    (?<!\b{_HALF_PERIOD}\ )                      # not "the first half of the year"
    {_EDGE_BEFORE}\b(?P<vague>{_FRACTION})\b     # two-thirds, a quarter, half
    (?=\ (?:of|the)\b)                           # of the output, the country
    """,
    _FLAGS,
)
EN_MULTIPLIER_WORD_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    \b(?P<mult>{_MULTIPLIER})\b                  # doubled, twofold, halved
    """,
    _FLAGS,
)
EN_MULTIPLIER_COMPARED_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                # more than, nearly
    \b(?P<mult>{_COMPARED})                      # twice, double
    (?=\ {_COMPARISON}\b)                        # as many, the figure, that of
    """,
    _FLAGS,
)
_MULTIPLIER_SRC: Final[str] = rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {_EDGE_BEFORE}
    (?:{{phrase}}                                # hundreds of (times) (single only)
       (?P<num>{_NUM})                           # three, 3
       {{range}}                                 # 3 to 5 (the range rule only)
    )
    (?:
        (?-i:{_FOLD})\b                          # -fold, fold
      | \ {_TIMES}(?=\ {_COMPARISON}\b)          # times as, times that of
    )
    """
EN_MULTIPLIER_RE, EN_MULTIPLIER_RANGE_RE = _single_and_range(_MULTIPLIER_SRC)
# An age bound joined to its figure by a hyphen names the group it bounds: "the under-five mortality
# rate" (五岁以下), "under-18s", "the over-65s" (65岁以上); two digits at most, and a word or "s" after.
EN_HYPHENATED_AGE_BOUNDS: Final[frozenset[str]] = frozenset({"under", "over"})
EN_LOCAL_HYPHENATED_AGE_BOUND_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    \b(?P<pre>{alternation(EN_HYPHENATED_AGE_BOUNDS)})-                    # under-
    (?P<num>[1-9][0-9]?+|{_NUMBER_WORD})(?:s\b|(?=\ [a-z]))                # five mortality, 65s
    """,
    _FLAGS,
)
# A range of factors with the first end's "fold" left hanging on a hyphen, as scientific writing
# puts it: "a five- to tenfold rise", "3- to 5-fold", "two- or threefold" (5至10倍).
EN_SUSPENDED_HYPHENS: Final[frozenset[str]] = frozenset({"-"})
EN_SUSPENDED_JOINERS: Final[frozenset[str]] = frozenset({"to", "or"})
EN_LOCAL_MULTIPLIER_SUSPENDED_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}(?P<num>[0-9]{{1,4}}+(?:\.[0-9]++)?+|{_NUMBER_WORD})      # five, 3
    {alternation(EN_SUSPENDED_HYPHENS)}\ {alternation(EN_SUSPENDED_JOINERS)}\ # - to
    (?P<num2>[0-9]{{1,4}}+(?:\.[0-9]++)?+|{_NUMBER_WORD})-?+(?-i:fold)\b      # tenfold, 5-fold
    """,
    _FLAGS,
)
EN_MULTIPLIER_GROWTH_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b{_GROWTH}\ (?:by\ )?)                  # increased (by)
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # nearly
    {_EDGE_BEFORE}(?P<num>{_NUM})                # three, 3
    \ {_TIMES}\b                                 # times
    """,
    _FLAGS,
)
# Occasions: "three times", "twice" where no comparison follows (the multiplier rules take those).
# A hedge before them bounds the count of occasions: "at least twice a week", "more than 3 times".
EN_FREQUENCY_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # at least, more than
    {_EDGE_BEFORE}
    (?:
        (?P<num>{_NUM})\ {_TIMES}                # three times, 10 times
      | (?P<vague>{_FREQUENCY})                  # twice
    )\b
    """,
    _FLAGS,
)
# Words that make a month name part of a name ("Long March 5", the rocket): no date follows.
EN_NAMES_ENDING_IN_A_MONTH: Final[frozenset[str]] = frozenset({"Long"})
EN_DATE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<!\b(?-i:{alternation(EN_NAMES_ENDING_IN_A_MONTH)})\ )   # not Long March 5
    (?:
        (?P<month>(?-i:{_MONTH}))\ (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+,?\ (?P<year>\d{{4}})
                                                 # August 29, 1989
      | (?<![\d:.])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+\ (?:of\ )?+(?P<month>(?-i:{_MONTH})),?\ (?P<year>\d{{4}})
                                                 # 29 August 1989
      | (?P<year>\d{{4}})-(?P<month>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])
                                                 # 1989-08-29
      | (?<![\w.-])(?P<year>(?:19|20)\d{{2}})-(?P<month>1[0-2]|0[1-9])(?![\d-])
                                                 # 2020-07
      | (?P<month>(?-i:{_MONTH})),?\ (?:of\ )?+(?P<year>\d{{4}})   # April 1982
      | (?P<month>(?-i:{_MONTH}))\ (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+  # July 26th
      | (?<![\d:.])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+\ (?:of\ )?+(?P<month>(?-i:{_MONTH}))
                                                 # 26 July, 26th of July
      | (?<=\b{_MONTH_CONTEXT}(?:(?<=-)|\ (?:the\ )?+))(?P<month>(?-i:{_MONTH}))
        (?!\ (?-i:{alternation(EN_MONTH_NAMES_AFTER)})\b)  # not "during the May Day holiday"
      | (?<![\w.])(?!(?-i:{alternation(EN_MONTHS_NAMING_PEOPLE)})\b)(?P<month>(?-i:{_MONTH}))
        (?=(?-i:{alternation(EN_MONTH_POSSESSIVE_MARKS)})\b)  # December's deliveries
      | (?<=\b(?-i:{_MONTH})(?:,?\ {_MONTH_JOINT}\ |[-–]))(?P<month>(?-i:{_MONTH}))  # January and
                                                 # February, January-May (a statistics period)
                                                 # the end of July, mid-July
    )
    (?![\w])                                     # not a longer word or number
    """,
    _FLAGS,
)
EN_YEAR_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<![\w.$-])|(?<=\b(?:1[0-9]|20)\d{{2}}[-/])|(?<=\b{_YEAR_PREFIX}-))  # 2019-2020, mid-2020
    (?:
        (?P<year>(?:1[0-9]|20)\d0)'?+(?P<decade>s)\b                 # the 1980s
      | (?<=\bthe\ (?:early\ |mid-|late\ )?)'?+(?P<year>[1-9]0)(?P<decade>s)\b
                                                 # the '80s, the 90s
      | (?<=\bpost-)(?P<year>[5-9]0)(?P<decade>s)\b  # the post-90s: a generation
      | (?:{_FISCAL}\ ?+)?+                      # fiscal 2020, FY2020
        (?P<year>1[0-9]\d{{2}}|20\d{{2}})        # 1986
        (?![\w%]|[.,]\d|\ ?(?:{_SCALE}|{_PERCENT}|{_MASS}|{_CUR_AFTER})\b)  # not 2000 tons
    )
    """,
    _FLAGS,
)
_ORDINAL_UNIT: Final[str] = alternation(EN_DURATION_ORDINAL_UNITS)
_PAID_OFF_OVER: Final[str] = rf"(?<!\b{alternation(EN_PAID_OFF_OVER_VERBS)}\ )"
_DURATION_SRC: Final[str] = rf"""
    (?:{_PAID_OFF_OVER}                          # not repaid over 36 months: the term
       \b(?P<pre>{_SPAN_BEFORE}|{_Q_BEFORE})\ )?+  # the first seven months, nearly 20 years
    {{range_pre}}                                # between (the range rule only)
    {_EDGE_BEFORE}
    (?:{{phrase}}                                # a couple of, dozens of (single only)
       {_NOT_CAPITALIZED_NAME}                   # not a title: the play Fourteen Days
       (?P<num>{_NUM})                           # seven, 15
       {{range}}                                 # 15-30 days (the range rule only)
    )
    (?:\ {_SPAN_MODIFIER}(?=\ ))?+              # consecutive, working (10 consecutive years)
    [\ -](?P<unit>{_DURATION})\b                 # years, months
    (?!(?<={_ORDINAL_UNIT})-|(?<=[a-z][\ -]{_ORDINAL_UNIT}))  # not twenty-second, second-tier
    (?![\ -]{_AGE}\b)                           # not an age: a 15-year-old, 15 years old
    (?![\ -]on[\ -]{_DURATION}\b)                # not a comparison: 200,000 year on year
    {_Q_POST}                 # or so
    """
EN_DURATION_RE, EN_DURATION_RANGE_RE = _single_and_range(_DURATION_SRC)
# An ordinal that states a figure: 4th Edition, the 14th Five-Year Plan, the fourteenth. Rule
# `en.ordinal` (a `number`): it pairs only with a stated ordinal of the original (zh.ordinal, 第N),
# and one left over is no addition (align.py), since ranks are often rendered without a number.
EN_ORDINAL_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}
    (?:
        (?P<num>[1-9]\d{{0,2}}+(?:,\d{{3}})++|[1-9]\d{{0,3}}+)(?-i:{_ORDINAL_SUFFIX})\b   # 4th, 3rd, 1,300th
      | \b(?P<vague>{_ORDINAL_WORD})\b(?!-\w)    # fourteenth, twenty-first (not third-party)
    )
    """,
    _FLAGS,
)
# What follows a day of the month written alone ("on the 28th, ...", "the 28th of this month",
# "from the 20th to the 25th"): punctuation or a function word, never a noun it would rank.
EN_DAY_AFTER: Final[frozenset[str]] = frozenset(
    {"of", "that", "to", "and", "or", "at", "in", "on", "was", "were", "is", "when", "this"}
)
_DAY_AFTER: Final[str] = alternation(EN_DAY_AFTER)
# What precedes a day of the month written alone: "on the 28th", "On 22nd", "the afternoon of 26th".
EN_DAY_BEFORE: Final[frozenset[str]] = frozenset({"the", "on", "of", "and", "to"})
_DAY_BEFORE: Final[str] = alternation(EN_DAY_BEFORE)
# A day of the month without its month ("on the 28th"): a bare figure, as the Chinese side reads
# 28日 when the month is left implicit.
EN_DAY_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b{_DAY_BEFORE}\ )                      # the 28th, on 22nd, of 26th
    (?P<num>3[01]|[12]\d|[1-9])(?-i:{_ORDINAL_SUFFIX})   # 28th, 1st
    (?=[,.;:()]|\ \(|\ {_DAY_AFTER}\b|$)        # followed by no noun
    """,
    _FLAGS,
)
_AGE_DECADE: Final[str] = alternation(EN_AGE_DECADES)
_AGE_POSSESSIVE: Final[str] = alternation(EN_AGE_DECADE_POSSESSIVES)
EN_AGE_DECADE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\bin\ {_AGE_POSSESSIVE}\ (?:early\ |mid-|late\ )?)   # in her, in his late
    (?P<vague>{_AGE_DECADE})(?!\w)              # 40s, 40's
    """,
    _FLAGS,
)
# A year-shaped number is left to the year rule ("over 2019", "2019 to 2020").
_NOT_YEAR: Final[str] = rf"""
    (?!(?:1[0-9]|20)\d{{2}}(?!\d|[,.]\d|\ ?(?:{_SCALE}|(?-i:{_SCALE_ABBR}))\b))
"""
# A bare figure: digits with an optional scale, number words that carry a scale (a hundred, two
# thousand), or a vague phrase (dozens, hundreds of thousands).
EN_NUMBER_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # over
    {_EDGE_BEFORE}{_NOT_LABEL}{_NOT_LIST}{_NOT_YEAR}
    (?!(?<=["“‘])[\d,.]++["”’])                  # a number quoted alone is a mention: the "19"
    (?!\d{{7}})                                  # seven digits unseparated: a phone number, an ID
    (?!\d{{1,12}}+\.(?-i:\p{{Lu}}{{2}})\b)           # a stock code: 600606.SH
    (?:
        (?!{alternation(EN_VAGUE_ONLY_BEFORE_OF)}\b(?!\ of\b))   # not test scores (scores of: a count)
        (?P<vague>{_NUM_PHRASE})                 # dozens, hundreds of thousands
      | (?P<num>
            {_DIGIT_RUN}(?:\ ?+(?-i:{_SCALE_ABBR})\b|[\ -]?+{_SCALE}(?:\ {_SCALE}){{0,2}}+\b
              |{_GLOSS_AFTER}\ {_GLOSSED_SCALE}\b)?+                                      # 178, 1.2 million
          | {_NOT_CAPITALIZED_NAME}
            (?:{_ARTICLE}|{_VAGUE}|{_NUMBER_WORD}(?:[\ -]{_NUMBER_WORD})?+)\ {_SCALE}
            (?:(?:\ and\ |[\ -]){_WORD}){{0,30}}+\b                                 # two thousand
        )
    )
    {_EDGE_AFTER}
    (?![\ -]?+{_PERCENT}{_PERCENT_END})                  # a percent: the percent rule's, or an idiom
    (?!-\d|:\ ?\d|/\d)                         # a score 3-0, a time 10:30 or 20: 00, 24/7
    (?!\ ?+{_CLOCK}(?!\w))                       # a clock time: 12 p.m., 9am
    {_NOT_NAME_AFTER}
    {_Q_POST}                 # or more
    """,
    _FLAGS,
)
# A score: two figures joined by a hyphen after a verb of a match ("beat Japan 3-1", "led 2-0 at
# half-time", "lost 98-102") or before a word naming its result ("a 3-1 win"), ended where a
# sentence or a phrase goes on ("in the final", "at home"): each end is a figure of its own (a
# score is no range, and 3-1 against 3比1 is two figures to compare). Not "won 10-15 seats", whose
# noun makes it a range.
EN_SCORE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "beat",
        "beats",
        "beating",
        "defeated",
        "defeating",
        "won",
        "winning",
        "lost",
        "losing",
        "led",
        "leading",
        "trailed",
        "trailing",
        "trail",
        "trails",
        "lead",
        "leads",
        "wins",
        "drew",
        "tied",
        "edged",
        "routed",
        "thrashed",
        "downed",
        "swept",
        "sweeping",
        "score",
        "took",
        "claimed",
        "clinched",
    }
)
EN_SCORE_NOUNS: Final[frozenset[str]] = frozenset(
    {"win", "victory", "defeat", "loss", "lead", "draw", "scoreline", "triumph", "rout", "record"}
)
# What may follow a score after its verb: the end of a clause, or a word that goes on with the
# match, not a noun counted by a range.
EN_SCORE_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {"in", "at", "on", "against", "after", "with", "over", "for", "and", "but", "to", "as", "away"}
)
_SCORE_VERB: Final[str] = alternation(EN_SCORE_VERBS)
# A word that may stand between a score and the noun of its result ("a 3-1 series lead").
EN_SCORE_NOUN_MODIFIERS: Final[frozenset[str]] = frozenset({"series"})
_SCORE_NOUN: Final[str] = (
    rf"(?:{alternation(EN_SCORE_NOUN_MODIFIERS)}\ )?+{alternation(EN_SCORE_NOUNS)}"
)
_SCORE_END: Final[str] = (
    rf"(?![\d%-]|[.,]\d)(?=\ ?+[.,;:!?)]|$|\ {alternation(EN_SCORE_FOLLOWERS)}\b)"
)
# Phrases after a score that name the stage of a match ("1-1 at halftime", "5-3 on aggregate"):
# a score with no verb before it.
EN_SCORE_STAGE_PHRASES: Final[frozenset[str]] = frozenset(
    {
        "at halftime",
        "at half-time",
        "at half time",
        "on aggregate",
        "on penalties",
        "after extra time",
    }
)
_SCORE_STAGE: Final[str] = alternation(EN_SCORE_STAGE_PHRASES)
# A verb of a match and up to four words before the score (the team beaten, "the Warriors", a
# hyphened "first-round"), and the scores of earlier sets after it ("beat her 6-4, 7-5").
_SCORE_CONTEXT: Final[str] = (
    rf"\b{_SCORE_VERB}(?:\ [\w'’]++(?:-[\w'’]++)?+){{0,4}}\ "  # first-round opponents
    rf"(?:(?<![\w.,$-])[0-9]{{1,3}}-[0-9]{{1,3}},\ ){{0,4}}"
)
_SCORE_FIGURE: Final[str] = r"(?<![\w.,$-])[0-9]{1,3}"
EN_LOCAL_SCORE_FIRST_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<={_SCORE_CONTEXT})(?={_SCORE_FIGURE}-[0-9]{{1,3}}{_SCORE_END})   # beat Japan 3-1
      |(?={_SCORE_FIGURE}-[0-9]{{1,3}}\ {_SCORE_STAGE}\b)                # 1-1 at halftime
      |(?={_SCORE_FIGURE}-[0-9]{{1,3}}\ {_SCORE_NOUN}\b))               # a 3-1 win
    (?<![\w.,$-])(?P<num>[0-9]{{1,3}})(?=-)
    """,
    _FLAGS,
)
# A date written in digits with a dot or a slash between its parts (the same one twice): year
# first (2021.3.15, 2021/03/15), or day and month in either order where the day shows which is
# which, being over 12 (15/3/2021, 3/15/2021, 15.3.2021). 3/4/2021 is left to the year alone.
EN_DATE_NUMERIC_SEPARATORS: Final[frozenset[str]] = frozenset({".", "/"})
_DATE_NUMERIC_SEP: Final[str] = "".join(sorted(regex.escape(s) for s in EN_DATE_NUMERIC_SEPARATORS))
_NUMERIC_YEAR: Final[str] = r"(?:1[0-9]{3}|20[0-9]{2})"
_NUMERIC_MONTH: Final[str] = r"(?:1[0-2]|0?[1-9])"
_NUMERIC_LATE_DAY: Final[str] = r"(?:1[3-9]|2[0-9]|3[01])"
EN_LOCAL_DATE_NUMERIC_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![0-9.,/])
    (?:(?P<year>{_NUMERIC_YEAR})(?P<sep>[{_DATE_NUMERIC_SEP}])(?P<month>{_NUMERIC_MONTH})
         (?P=sep)(?P<day>3[01]|[12][0-9]|0?[1-9])                   # 2021.3.15
      |(?P<day>{_NUMERIC_LATE_DAY})(?P<sep>[{_DATE_NUMERIC_SEP}])(?P<month>{_NUMERIC_MONTH})
         (?P=sep)(?P<year>{_NUMERIC_YEAR})                          # 15/3/2021
      |(?P<month>{_NUMERIC_MONTH})(?P<sep>[{_DATE_NUMERIC_SEP}])(?P<day>{_NUMERIC_LATE_DAY})
         (?P=sep)(?P<year>{_NUMERIC_YEAR}))                         # 3/15/2021
    (?![0-9]|[.,/][0-9])
    """,
    _FLAGS,
)
# Three or more groups of digits joined by dots are a version or an address, one code (2.3.15,
# 192.168.1.1), as on the Chinese side; a date of this shape is read above, and two groups of
# three after the first are thousands (1.234.567, see _DIGIT_RUN).
EN_LOCAL_DOTTED_CODE_RE: Final[regex.Pattern[str]] = _compile(
    r"""
    (?![0-9]{1,3}(?:\.[0-9]{3}){2}(?![0-9]|\.[0-9]))                          # 1.234.567
    (?<![0-9.,])(?P<num>[0-9]{1,4})(?:\.[0-9]{1,4}){2,8}+(?![0-9]|\.[0-9])   # 2.3.15
    """,
    _FLAGS,
)
EN_LOCAL_SCORE_SECOND_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<={_SCORE_CONTEXT}{_SCORE_FIGURE}-)(?=[0-9]{{1,3}}{_SCORE_END})   # beat Japan 3-1
      |(?<={_SCORE_FIGURE}-)(?=[0-9]{{1,3}}\ {_SCORE_STAGE}\b)           # 1-1 at halftime
      |(?<={_SCORE_FIGURE}-)(?=[0-9]{{1,3}}\ {_SCORE_NOUN}\b))           # a 3-1 win
    (?P<num>[0-9]{{1,3}})
    """,
    _FLAGS,
)
# A ratio written with a colon is not a clock time: after a word of a ratio, a few words back at
# most ("the teacher-student ratio in primary schools was 1:18", "randomized 1:1"), or before
# "ratio" ("in a 2:1 ratio"). There either figure may have two digits or a decimal.
EN_RATIO_WORDS_BEFORE_COLON: Final[frozenset[str]] = frozenset(
    {"ratio", "ratios", "randomized", "randomised", "randomly assigned", "allocated"}
)
EN_RATIO_WORDS_AFTER_COLON: Final[frozenset[str]] = frozenset({"ratio", "ratios"})
EN_RATIO_WORDS_BETWEEN: Final[int] = 5
_RATIO_BEFORE: Final[str] = (
    rf"\b{alternation(EN_RATIO_WORDS_BEFORE_COLON)}(?:\ [a-z-]++,?){{0,{EN_RATIO_WORDS_BETWEEN}}}\ "
)
_RATIO_AFTER: Final[str] = rf"\ {alternation(EN_RATIO_WORDS_AFTER_COLON)}\b"
# A score or a ratio written with a colon ("the score was 3:0", "a ratio of 1:2"), as the Chinese
# side reads 3：0: two figures. Not where the second has two digits, a clock time (10:30).
EN_SCORE_SEPARATORS: Final[frozenset[str]] = frozenset({":"})
_SCORE_COLON: Final[str] = alternation(EN_SCORE_SEPARATORS)
_SCORE_COLON_NOT: Final[str] = rf"(?![0-9%-]|[.,]\d|{_SCORE_COLON})"
_RATIO_TERM: Final[str] = r"[0-9]{1,3}+(?:\.[0-9]{1,2}+)?+"
_RATIO_COLON: Final[str] = rf"""
    (?:(?<={_RATIO_BEFORE})|(?={_RATIO_TERM}:{_RATIO_TERM}{_RATIO_AFTER}))(?<![\w.,$-]|:)
"""
EN_LOCAL_SCORE_COLON_FIRST_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_RATIO_COLON}(?P<num>{_RATIO_TERM})(?=:{_RATIO_TERM}{_SCORE_COLON_NOT})   # a ratio of 1:18
    |(?<![\w.,$-]|{_SCORE_COLON})(?P<num>[0-9]{{1,3}})             # 3
    (?={_SCORE_COLON}(?:[0-9]{{3}}|[0-9]){_SCORE_COLON_NOT})      # :0, :102; not :30
    """,
    _FLAGS,
)
EN_LOCAL_SCORE_COLON_SECOND_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<={_RATIO_COLON}{_RATIO_TERM}:)(?P<num>{_RATIO_TERM}){_SCORE_COLON_NOT}   # 1:18
    |(?<=(?<![\w.,$-]|{_SCORE_COLON})[0-9]{{1,3}}{_SCORE_COLON})     # 3:
    (?P<num>[0-9]{{3}}|[0-9]){_SCORE_COLON_NOT}                    # 0, 102
    """,
    _FLAGS,
)
# The years of a life or a reign in brackets after a name, as biographies write them: "Li Bai
# (701-762)", "(303–361)". Two years of three or four digits, alone in the brackets and joined by
# a dash: each a year (not a range of 701 to 762), as 李白（701—762） reads.
EN_LIFE_SPAN_SEPARATORS: Final[frozenset[str]] = frozenset({"-", "\u2013", "\u2014"})
_LIFE_SEP: Final[str] = f"\\ ?[{''.join(sorted(EN_LIFE_SPAN_SEPARATORS))}]\\ ?"
# A bare range: "between 80 and 90", "15-30". Years are left to the year rule.
EN_NUMBER_RANGE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\b(?P<pre>{_RANGE_BEFORE})\ )?+          # between
    (?<!(?<!\b{_RANGE_VERB}\ )\b{_CHANGE_BEFORE}\ )   # not "from 80 to 90" (but "ranging from")
    {_EDGE_BEFORE}{_NOT_LABEL}{_NOT_YEAR}
    (?!(?<={_SCORE_CONTEXT}){_SCORE_FIGURE}-[0-9]{{1,3}}{_SCORE_END})   # a score: lost 98-102
    (?!{_SCORE_FIGURE}-[0-9]{{1,3}}\ {_SCORE_NOUN}\b)                 # a score: a 1-2 defeat
    (?!{_SCORE_FIGURE}-[0-9]{{1,3}}\ {_SCORE_STAGE}\b)                # a score: 2-3 at halftime
    (?!(?<=\()[1-9][0-9]{{2,3}}{_LIFE_SEP}[1-9][0-9]{{2,3}}\))       # not the years of a life: (701-762)
    (?P<num>{_NUM})                              # 80
    {_RANGE_SEP}                                 # -, to, (between ...) and
    (?P<num2>{_NUM})                             # 90
    {_EDGE_AFTER}(?!-\d)
    (?:\ {_TIMES}\b(?!\ {_COMPARISON}\b))?+       # a range of occasions: 3 to 4 times (a day)
    """,
    _FLAGS,
)
# Number words standing alone: "seven companies", "twenty-five", "two or three". Not "one" (an
# article or a pronoun), not after a definite determiner ("the two sides"), not in a name ("the
# Three Gorges"), not in a compound that is an idiom (two-way, three-dimensional).
EN_NUMBER_WORD_IDIOMS: Final[frozenset[str]] = frozenset(
    {
        "way",
        "sided",
        "dimensional",
        "pronged",
        "tier",
        "faced",
        "horse",
        "party",
        "thirds",
        "pointer",
        "pointers",
    }
)
_WORD_IDIOM: Final[str] = alternation(EN_NUMBER_WORD_IDIOMS)
_WORDS_NUM: Final[str] = rf"{_NUMBER_WORD}(?:[\ -]{_NUMBER_WORD})?+"
EN_NUMBER_WORDS_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\b(?P<pre>{_Q_BEFORE})\ )?+                 # about
    {_EDGE_BEFORE}\b
    (?!{_PHRASE_IDIOM}\b)                        # not "the two sides" (both parties)
    {_NOT_CAPITALIZED_NAME}                      # not a name: the Three Gorges
    (?P<num>{_WORDS_NUM})                        # seven, twenty-five
    (?:\ or\ (?P<num2>{_WORDS_NUM}))?+           # two or three
    \b(?!-{_WORD_IDIOM}\b)                       # not two-way
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
    "hour": ("", " hours"),
    "minute": ("", " minutes"),
    "second": ("", " seconds"),
    "m": ("", " metres"),
    "m2": ("", " square metres"),
    "L": ("", " litres"),
    "km/h": ("", " km/h"),
    "kWh": ("", " kWh"),
    "W": ("", " watts"),
    "degC": ("", "°C"),
    "B": ("", " bytes"),
    "bit/s": ("", " bit/s"),
    "Hz": ("", " Hz"),
    "Ah": ("", " Ah"),
    "V": ("", " volts"),
    "A": ("", " amperes"),
    "px": ("", " pixels"),
    "mmHg": ("", " mmHg"),
    "kJ": ("", " kJ"),
    "IU": ("", " IU"),
    "mmol/L": ("", " mmol/L"),
    "Nm": ("", " Nm"),
    "Bft": ("force ", ""),
    "magnitude": ("magnitude ", ""),
    "MYR": ("", " ringgit"),
    "THB": ("", " baht"),
    "VND": ("", " dong"),
    "IDR": ("", " rupiah"),
    "PHP": ("", " Philippine pesos"),
    "MXN": ("", " Mexican pesos"),
    "NZD": ("NZ$", ""),
    "SEK": ("", " Swedish kronor"),
    "NOK": ("", " Norwegian kroner"),
    "DKK": ("", " Danish kroner"),
    "ZAR": ("", " rand"),
    "BRL": ("", " reais"),
    "SAR": ("", " riyals"),
    "AED": ("", " dirhams"),
    "TRY": ("", " Turkish lira"),
}
# A figure the translation wrote in words is suggested in words ("twelve", "twenty-five", "five
# thousand", "six hundred million"): the word of each number below twenty and of each ten, the
# character that joins a ten to its unit, and the scale words a round figure takes. Only a whole
# figure below a hundred, or a whole hundreds, written once before one scale word, goes in words;
# any other figure ("3,500", "1.5 million") is written in digits, as style guides ask.
EN_SUGGEST_NUMBER_WORDS: Final[dict[int, str]] = {v: k for k, v in EN_NUMBER_WORDS.items()}
EN_SUGGEST_WORD_SCALES: Final[dict[int, str]] = {
    **{e: w for w, e in EN_SMALL_SCALES.items()},
    **{e: w for w, e in EN_SCALE_WORDS.items() if w not in EN_INDIAN_SCALE_WORDS},
}
EN_SUGGEST_TENS_JOINER: Final[str] = "-"
# Irregular plurals of unit words; the regular ones (tons, inches, centuries) are found in the
# unit tables themselves.
EN_IRREGULAR_PLURALS: Final[dict[str, str]] = {"foot": "feet", "square foot": "square feet"}


def _unit_plurals() -> dict[str, str]:
    """Each unit word written after a figure, singular → plural ("ton" → "tons", "inch" →
    "inches", "century" → "centuries"), so that a suggestion agrees with its figure: "1 ton",
    "2 tons". Pairs come from the unit tables: two surfaces of one unit that differ by an ending."""
    out: dict[str, str] = {}
    for surface, unit in EN_UNITS.items():
        if not surface.replace(" ", "").isalpha() or surface.lower() != surface:
            continue
        for plural in (surface + "s", surface + "es", surface[:-1] + "ies"):
            if plural != surface and EN_UNITS.get(plural) == unit:
                out[surface] = plural
                break
    for singular, plural in EN_IRREGULAR_PLURALS.items():
        if EN_UNITS.get(singular) is not None and EN_UNITS.get(singular) == EN_UNITS.get(plural):
            out[singular] = plural
    return out


EN_UNIT_PLURALS: Final[dict[str, str]] = _unit_plurals()
# The ordinal words a suggestion may write, "first" and "second" included ("third" → "second").
EN_SUGGEST_ORDINALS: Final[dict[str, Decimal]] = {
    w: Decimal(v) for w, v in {**EN_ORDINAL_UNITS, **EN_ORDINAL_WORDS}.items()
}

# Ordinal endings for a day written alone ("the 26th"): by the last two digits (11th-13th),
# else by the last digit.
EN_DAY_SUFFIXES: Final[dict[int, str]] = {
    **{digit: "th" for digit in range(10)},
    1: "st",
    2: "nd",
    3: "rd",
    11: "th",
    12: "th",
    13: "th",
}

# --- The one-pass reader: figure cores and the local rules read outward from them --------------
# (issue 16: every rule of this module is tried only where a core or the prefix before it begins.)

_QUANTITY_WORD: Final[str] = alternation(EN_QUANTITY_UNITS)
_QUANTITY_SYMBOL: Final[str] = alternation(EN_QUANTITY_SYMBOLS)
_SIGN_AFTER: Final[str] = alternation(EN_CURRENCY_SIGNS_AFTER)
_CODE: Final[str] = alternation(EN_CURRENCY_CODES)
_NEGATIVE: Final[str] = alternation(EN_NEGATIVE_SIGNS)
# A qualifier is a word of its own: "cover 19,200 hectares" states no "over".
_LOCAL_PRE: Final[str] = rf"(?:\b(?P<pre>{_Q_BEFORE})\ )?+"
# A sign word is followed by a space ("minus 18 degrees"); a sign mark is glued to its figure
# (-18°C) or spaced only where no space comes before it: a dash between two spaces is punctuation
# ("in 2025 — 10 million kilowatts — and": no figure below zero).
_LOCAL_NEG_WORD: Final[str] = alternation(s for s in EN_NEGATIVE_SIGNS if s.isalpha())
_LOCAL_NEG_MARK: Final[str] = alternation(s for s in EN_NEGATIVE_SIGNS if not s.isalpha())
_LOCAL_NEG: Final[str] = rf"""(?:(?<![\w.])(?:(?P<neg>{_LOCAL_NEG_WORD})\ ?+
    |(?P<neg>{_LOCAL_NEG_MARK})(?:(?<!\ .)\ )?+))?+"""

# Clock times (kind `time`). The half of the day after a 12-hour figure → the hours it adds:
# "2:15 pm" is 14:15, "12 a.m." and "12 midnight" are 00:00, "12 noon" is 12:00. "noon" and
# "midnight" alone state no figure (no core to read them from) and are not claims.
EN_DAY_HALVES: Final[dict[str, int]] = {
    "a.m.": 0,
    "am": 0,
    "p.m.": 12,
    "pm": 12,
    "noon": 12,
    "midnight": 0,
}
EN_OCLOCK: Final[frozenset[str]] = frozenset({"o'clock", "o’clock", "o’ clock", "o' clock"})
# "noon" and "midnight" alone are a time only after a word that places an event in time ("at
# noon", "until midnight"): "the noon news" names a programme, and "shortly after noon" or
# "before noon" name no one time. Their hour is their day half's.
EN_CLOCK_WORDS: Final[frozenset[str]] = frozenset({"noon", "midnight"})
EN_CLOCK_WORD_CUES: Final[frozenset[str]] = frozenset(
    {"at", "by", "until", "till", "from", "to", "since", "as of"}
)
_DAY_HALF: Final[str] = alternation(EN_DAY_HALVES)
_HOUR_WORD: Final[str] = alternation(w for w, v in EN_NUMBER_WORDS.items() if 1 <= v <= 12)
_HOUR: Final[str] = r"(?:[01]?[0-9]|2[0-4])(?![0-9])"
# A clock time with the half of the day after it: 9:30 a.m., 2:15 pm, 9.30 am, 8 p.m., 12 noon.
EN_LOCAL_TIME_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:{_EDGE_BEFORE}|(?<=[0-9](?:\ ?{_DAY_HALF})?[-–]))     # the second end of 8am-5pm too
    (?P<num>{_HOUR})(?:[:.](?P<minute>[0-5][0-9]))?+   # 9, 9:30, 9.30
    \ ?+(?P<dayhalf>{_DAY_HALF})(?![\w])               # a.m., pm, noon
    """,
    _FLAGS,
)
# An elapsed time written with colons after a word of a race or a record ("in 1:45", "a time of
# 2:05:30", "clocked 3:59.4", "finished in 2:08:01", "a record of 3:43.13"): minutes and seconds,
# or hours, minutes and seconds, read part by part as the original writes them (1分45秒,
# 2小时5分30秒, 3分59秒4), each a span in its own unit. "at 1:45" and "1:45 p.m." stay clock
# times, a score ("won 3:1") and a ratio ("1:50,000") stay what they are.
EN_RACE_CUES: Final[frozenset[str]] = frozenset(
    {
        "in",
        "time of",
        "times of",
        "clocked",
        "clocking",
        "clocks",
        "record of",
        "best of",
        "timed",
        "timed at",
        "ran",
        "posted",
        "lap of",
        "laps of",
        # A runner's pace is minutes and seconds per kilometre or mile ("a pace of 5:30", "her
        # pace was 4:15 per km", as 配速5分30秒).
        "pace of",
        "pace was",
        "pace is",
        "pace:",
    }
)
_RACE_CUE: Final[str] = rf"\b{alternation(EN_RACE_CUES)}\ "
_RACE_SECONDS: Final[str] = r"[0-5][0-9](?:\.[0-9]{1,3})?+"
_RACE_END: Final[str] = rf"(?![0-9:]|[.,][0-9]|\ ?+{_DAY_HALF}(?![\w]))"
EN_LOCAL_RACE_HOURS_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<={_RACE_CUE})(?P<num>[0-9]{{1,2}})(?=:[0-5][0-9]:{_RACE_SECONDS}{_RACE_END})   # 2:05:30
    """,
    _FLAGS,
)
EN_LOCAL_RACE_MINUTES_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<={_RACE_CUE})(?P<num>[0-9]{{1,2}})                   # 1:45
      |(?<={_RACE_CUE}[0-9]{{1,2}}:)(?P<num>[0-5][0-9]))       # the 05 of 2:05:30
    (?=:{_RACE_SECONDS}{_RACE_END})
    """,
    _FLAGS,
)
EN_LOCAL_RACE_SECONDS_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<={_RACE_CUE}(?:[0-9]{{1,2}}:)?+[0-9]{{1,2}}:)(?P<num>{_RACE_SECONDS}){_RACE_END}
    """,
    _FLAGS,
)
# Levels of a scale (units.txt): a wind force ("force 7 winds", "a Force-7 gale", "level-7
# winds", "a level 7 wind", "winds of force 8") and an earthquake's magnitude ("a magnitude 6.5
# earthquake", "a 6.5-magnitude quake", "6.5 on the Richter scale"), as 7级风 and 里氏6.5级 are read.
# The figure alone is the claim. "Air Force 1", "level 3 alert" and "the level of 7" stay unread.
EN_WIND_LEVELS: Final[frozenset[str]] = frozenset({"force", "level"})
EN_WIND_WORDS: Final[frozenset[str]] = frozenset(
    {
        "wind",
        "winds",
        "gale",
        "gales",
        "gust",
        "gusts",
        "gusting",
        "storm",
        "storms",
        "typhoon",
        "hurricane",
    }
)
EN_QUAKE_BEFORE: Final[frozenset[str]] = frozenset({"magnitude", "magnitude of", "Richter"})
EN_QUAKE_AFTER: Final[frozenset[str]] = frozenset({"magnitude", "on the Richter scale"})
_WIND_LEVEL: Final[str] = alternation(EN_WIND_LEVELS)
_WIND_WORD: Final[str] = alternation(EN_WIND_WORDS)
_LEVEL_FIGURE: Final[str] = rf"""(?:[0-9]{{1,2}}+(?![0-9])|{
    alternation(w for w, v in EN_NUMBER_WORDS.items() if 1 <= v <= 17)
}\b)"""
_LEVEL_RANGE: Final[str] = (
    rf"(?:(?:\ to\ |\ or\ |-|–)(?:{_WIND_LEVEL}\ )?+(?P<num2>{_LEVEL_FIGURE}))?+"
)
EN_LOCAL_WIND_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<=(?<!\bair\ )\b{_WIND_LEVEL}[\ -])(?P<num>{_LEVEL_FIGURE}){_LEVEL_RANGE}  # force 7
       (?=[\ -]{_WIND_WORD}\b)                                                # winds
      |(?<=\b{_WIND_WORD}(?:\ [\w'’]{{1,20}}){{0,6}}\ {_WIND_LEVEL}[\ -])       # winds of force
       (?P<num>{_LEVEL_FIGURE}){_LEVEL_RANGE}(?![\w-]|[.,][0-9]))                # 8
    """,
    _FLAGS,
)
# A figure with one decimal before a word of an earthquake is its magnitude ("a 6.5 earthquake");
# a whole figure there may count them.
EN_QUAKE_NOUNS: Final[frozenset[str]] = frozenset(
    {"earthquake", "quake", "tremor", "aftershock", "temblor"}
)
_QUAKE_FIGURE: Final[str] = r"[0-9](?:\.[0-9])?+(?![0-9])"
EN_LOCAL_QUAKE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<![\w.-])(?P<num>{_QUAKE_FIGURE})(?=[\ -]{alternation(EN_QUAKE_AFTER)}\b)        # 6.5-magnitude
      |(?<![\w.-])(?P<num>[0-9]\.[0-9])(?=[\ -]{alternation(EN_QUAKE_NOUNS)}\b))      # a 6.5 quake
    """,
    _FLAGS,
)
# The magnitude written after its word ("magnitude 6.5", "a Richter 6.1"): a rule of its own, tried
# only right after that word, where the one above is tried only before its words.
EN_LOCAL_QUAKE_AFTER_WORD_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b{alternation(EN_QUAKE_BEFORE)}[\ -])(?P<num>{_QUAKE_FIGURE})(?![\w-]|[.,][0-9])  # magnitude 6.5
    """,
    _FLAGS,
)
# The first figure of a pair of pressures that states its unit once ("140/90 mmHg"), and the
# second, which a unit rule reads nowhere else after the slash.
EN_PRESSURE_SEPARATORS: Final[frozenset[str]] = frozenset({"/"})
_PRESSURE_SEP: Final[str] = alternation(EN_PRESSURE_SEPARATORS)
_PRESSURE_UNIT: Final[str] = rf"""(?:\ ?+(?-i:(?P<unit>{
    alternation(s for s, u in EN_QUANTITY_SYMBOLS.items() if u == "millimeter_Hg")
}))(?![\w])
      |\ (?P<unit>{
    alternation(s for s, u in EN_QUANTITY_UNITS.items() if u == "millimeter_Hg")
})\b)"""
EN_LOCAL_PRESSURE_PAIR_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<=[0-9]{_PRESSURE_SEP})(?P<after>)|{_EDGE_BEFORE})          # /90, or a first figure
    (?P<num>[0-9]{{2,3}}+)(?![0-9])                                  # 140
    (?:(?={_PRESSURE_SEP}[0-9]{{2,3}}+{_PRESSURE_UNIT})              # /90 mmHg
      |(?(after){_PRESSURE_UNIT}|(?!)))                              # the second figure: 90 mmHg
    """,
    _FLAGS,
)
# A rate: an amount of money per an amount of mass, area, length or volume ("30 yuan per
# kilogram", "30 yuan/kg", "30 yuan a kilo", "$5 per pound", "20,000 yuan per square metre"), as
# 30元/公斤 and 每公斤30元 are read: the money per the canonical unit of the denominator.
EN_PER_WORDS: Final[frozenset[str]] = frozenset({"per", "a", "an"})
EN_PER_SIGNS: Final[frozenset[str]] = frozenset({"/"})
# Singular units that follow "per" and no figure ("per square metre", "a kilo").
EN_RATE_UNITS: Final[dict[str, str]] = {
    "kilo": "kilogram",
    "square metre": "square_meter",
    "square meter": "square_meter",
    "cubic metre": "cubic_meter",
    "cubic meter": "cubic_meter",
    "barrel": "barrel",
    "gallon": "gallon",
    "ounce": "ounce",
}
_RATE_DENOMINATOR: Final[str] = alternation(
    s
    for s in {**EN_MASS_UNITS, **EN_MASS_SYMBOLS, **EN_QUANTITY_UNITS, **EN_QUANTITY_SYMBOLS}
    | EN_RATE_UNITS.keys()
    if " per " not in s and " an " not in s and "/" not in s
)
# "per" may also stand a few words after the money, as the original's 每亩 stands a few words
# before it ("saving RMB 16 on labour per mu" for 每亩节约16元); "a" and "/" only right after it.
EN_PER_AFTER_WORDS: Final[frozenset[str]] = frozenset({"per"})
EN_RATE_WORDS_BETWEEN: Final[int] = 4
_RATE_WORD_LONGEST: Final[int] = 15  # letters of a word between the money and "per"
EN_LOCAL_RATE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}
    (?:(?P<unitpre>{_CUR_BEFORE})\ ?+(?P<num>{_NUM_UNIT})                 # $5
       (?:{_RANGE_SEP}(?-i:{_CUR_BEFORE})?+(?P<num2>{_NUM_UNIT}))?+       # to $6
      |{_EDGE_BEFORE}(?P<num>{_NUM_UNIT})(?:{_RANGE_SEP}(?P<num2>{_NUM_UNIT}))?+  # 30 to 40
       \ (?P<unit>(?-i:{_CUR_AFTER}))\b)                                  # yuan
    (?:\ ++{alternation(EN_PER_WORDS)}\ ++|\ ?+{alternation(EN_PER_SIGNS)}\ ?+  # per, /
      |(?:\ [a-z]{{1,{_RATE_WORD_LONGEST}}}+){{1,{EN_RATE_WORDS_BETWEEN}}}?       # on labour
       \ {alternation(EN_PER_AFTER_WORDS)}\ )                                  # per
    (?P<per>{_RATE_DENOMINATOR})(?![\w²³-])                               # kilogram; not tonne-km
    """,
    _FLAGS,
)
# A clock time with no half of the day (a 12-hour reading stays open: "at 9:30" may be evening):
# 14:20, 07:45:30, the second end of 22:00-23:00, "20: 00" as some translations space it, 9
# o'clock, nine o'clock; not a ratio's 1:50,000, nor an elapsed time after a word of a race.
EN_LOCAL_TIME_OPEN_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w.$])(?<![0-9][:/])(?<![0-9:])(?<!{_RATIO_BEFORE})(?![0-9]++:[0-9]++{_RATIO_AFTER})
    (?<!{_RACE_CUE}(?=[0-9]{{1,2}}:{_RACE_SECONDS}(?::{_RACE_SECONDS})?+{_RACE_END}))
    (?:
        (?P<num>{_HOUR}):(?:\ (?=00\b))?+(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?+
        (?![0-9:]|[.,][0-9])                           # 14:20, not 1:50,000
      | (?<!-)(?P<num>{_HOUR}|{_HOUR_WORD})\ ?+{alternation(EN_OCLOCK)}   # 9 o'clock
    )
    """,
    _FLAGS,
)
# "noon" and "midnight" after a word that places an event in time: at noon, until midnight.
EN_LOCAL_CLOCK_WORD_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b{alternation(EN_CLOCK_WORD_CUES)}\ )(?P<dayhalf>{alternation(EN_CLOCK_WORDS)})\b
    """,
    _FLAGS,
)
# Fractions that state a share wherever they stand, with no "of" after them ("cut by one third",
# "one-fifth", "two-thirds"): a numerator of "one" or a plural denominator, where "a third" is as
# often an ordinal ("a third country"). Not a quarter written with a space ("in one quarter",
# "three quarters" may be periods of three months; "one-quarter" is a share), nor a compound
# ("one third-party app") or one after an article, a compound adjective ("a two-thirds deal").
EN_FRACTION_PERIODS: Final[frozenset[str]] = frozenset({"quarter", "quarters"})
EN_SHARES_ALONE: Final[dict[str, Decimal]] = {
    surface: value
    for surface, value in EN_FRACTIONS.items()
    if " " in surface or "-" in surface
    if not surface.startswith(("a ", "a-"))
    if not (" " in surface and surface.rsplit(" ", 1)[1] in EN_FRACTION_PERIODS)
}
# A share stated as a count in a count: "one in five", "one out of every five", "1 in 10" (20 %,
# 10 %): the words between the two figures. Not before a span ("one in five years" is a rate).
EN_SHARE_IN_WORDS: Final[frozenset[str]] = frozenset({"in", "out of"})
EN_SHARE_EVERY: Final[frozenset[str]] = frozenset({"every"})
EN_SHARE_NOT_AFTER: Final[frozenset[str]] = frozenset({"number", "no."})
# Spans named by one word: "a fortnight" is 14 days, as 两周 ("two weeks") is read.
EN_SPAN_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "a fortnight": (Decimal(14), Decimal(14)),
    "one fortnight": (Decimal(14), Decimal(14)),
}
EN_SPAN_PHRASE_UNIT: Final[str] = "day"
# Spans of years named by one word: "a decade" (十年), "the past decade" (过去十年), "half a century"
# (半个世纪). Not "a century" alone: 百年 is read on no side (建党百年 is a centenary).
EN_YEAR_SPAN_PHRASES: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "a decade": (Decimal(10), Decimal(10)),
    "one decade": (Decimal(10), Decimal(10)),
    "past decade": (Decimal(10), Decimal(10)),
    "last decade": (Decimal(10), Decimal(10)),
    "previous decade": (Decimal(10), Decimal(10)),
    "next decade": (Decimal(10), Decimal(10)),
    "half a century": (Decimal(50), Decimal(50)),
    "half-century": (Decimal(50), Decimal(50)),  # "a half-century-long career", 半个世纪
    "a half century": (Decimal(50), Decimal(50)),
    # "for decades" is 几十年 / 数十年 (20 to 90 years), as "hundreds" is 几百.
    "decades": (Decimal(20), Decimal(90)),
    "several decades": (Decimal(20), Decimal(90)),
    "a few decades": (Decimal(20), Decimal(90)),
}
EN_YEAR_SPAN_PHRASE_UNIT: Final[str] = "year"
# A span and a half opened by its article ("a week and a half"): a core of its own, since a span
# word opens none ("an hour and a half" is opened by the words of hours).
EN_HALF_SPAN_OPENERS: Final[frozenset[str]] = frozenset(
    f"{article} {unit} {half}"
    for article in EN_ARTICLE_ONE
    for unit in EN_DURATION_UNITS
    if not unit.endswith("s")  # singular surfaces
    for half in EN_AND_A_HALF
)

# A decade of the twentieth century named by a word after "the" ("the eighties", "the late
# nineties", 八十年代): the interval of its ten years, as "the 1980s" is read.
EN_DECADE_WORD_YEARS: Final[dict[str, tuple[Decimal, Decimal]]] = {
    word: (Decimal(1900 + tens), Decimal(1909 + tens))
    for word, tens in {
        "twenties": 20,
        "thirties": 30,
        "forties": 40,
        "fifties": 50,
        "sixties": 60,
        "seventies": 70,
        "eighties": 80,
        "nineties": 90,
    }.items()
}
# Every figure core in one scan: a digit run, or a number word (a scale word alone is no core).
# The words that open a claim without a digit ("a dozen", "half", "doubled", "twice", "August",
# "fourteenth", "hundreds"): a core of their own, one letter long.
EN_OPENERS: Final[frozenset[str]] = frozenset(
    {
        *EN_NUMBER_PHRASES,
        *EN_FRACTIONS,
        *EN_ORDINAL_WORDS,
        *EN_FREQUENCY_WORDS,
        *EN_MULTIPLIERS,
        *EN_COMPARED_MULTIPLIERS,
        *EN_MONTHS,
        *EN_SMALL_SCALES,
        *EN_SCALE_WORDS,
        *EN_CURRENCIES_ONE,  # a penny, a dollar
        *EN_SPAN_PHRASES,  # a fortnight
        *EN_DECADE_WORD_YEARS,  # the eighties
        *EN_YEAR_SPAN_PHRASES,  # a decade
        *EN_HALF_SPAN_OPENERS,  # a week and a half
        *EN_PLACE_ORDINALS,  # finished second
    }
)
# The characters a word of a core may begin with: checked once at a word boundary before the
# tables' alternations are tried, so the scan passes over the other words at the cost of one class.
_CORE_WORD_FIRSTS: Final[str] = "".join(
    sorted(
        {
            regex.escape(word[0])
            for word in (*EN_NUMBER_WORDS, *EN_OPENERS, *EN_CLOCK_WORDS, *EN_VAGUE_PLURALS)
        }
    )
)
EN_CORES_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    [0-9](?:[0-9]|[.,](?=[0-9]))*+
  | \b(?=[{_CORE_WORD_FIRSTS}])
    (?:{_NUMBER_WORD}\b
      | (?={alternation(EN_OPENERS)}).             # a dozen, half, doubled, August
      | {alternation(EN_CLOCK_WORDS)}\b             # at noon (a time of its own)
      | {alternation(EN_VAGUE_PLURALS)}\b           # hundreds (of mu)
      | (?={_DURATION}\ {alternation(EN_AND_A_HALF)}\b).  # (an) hour and a half; not "a
                                                     # week and a half": w opens no core word
    )
    """,
    _FLAGS,
)
# A physical amount: 12 km, 5-kilometre, 100 square metres, minus 18 degrees Celsius, -18°C.
# One or two digits with m are metres, not millions, before the event of a pool, a platform or a
# range they measure ("the 50m breaststroke", "the 10m platform", "the 10m air rifle").
EN_METRE_EVENTS: Final[frozenset[str]] = frozenset(
    {
        "freestyle",
        "backstroke",
        "breaststroke",
        "butterfly",
        "medley",
        "hurdles",
        "platform",
        "springboard",
        "air rifle",
        "air pistol",
        "rapid fire pistol",
        "dash",
        "sprint",
    }
)
EN_LOCAL_QUANTITY_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}{_LOCAL_NEG}{_NOT_CAPITALIZED_NAME}
    (?P<num>{_NUM})
    (?:
        [\ -]?+(?P<unit>{_QUANTITY_WORD})\b                 # 12 kilometres, 5-kilometre
      | [\ -]?+(?-i:(?P<unit>{_QUANTITY_SYMBOL}))(?![\w²³])  # 12 km, 100 m², -18°C, a 10-km road
        (?:(?<=(?<![0-9,.])[0-9]{{1,2}}(?-i:m))(?=\ {alternation(EN_METRE_EVENTS)}\b)   # the 50m butterfly
          |(?<!(?<![0-9,.])[0-9]{{1,2}}(?-i:[mlL])|\.[0-9]{{1,15}}(?-i:m)))
                    # 5m and 1.5m are five and 1.5 million, 5L a code; 3000m, 600L, 5.6L are units
        (?!(?<=\d(?-i:W))[-/])                             # a 65W charger; not 5W-30 oil
    )
    {_Q_POST}
    """,
    _FLAGS,
)
# Scientific notation: a mantissa times ten to a power (3×10⁸, "3 x 10^8 m/s", 1.6×10⁻¹⁹),
# with the unit of a quantity after it or none. The marks of the product: the multiplication sign,
# a letter x and an asterisk.
EN_POWER_OF_TEN_MARKS: Final[frozenset[str]] = frozenset({"×", "x", "*"})
# E notation, glued to the mantissa (1.6e-19, 6.02E23), and what follows a 10 that is a power of
# ten written alone (10^22, 10⁻³, 10²²): the figure is ten to that power.
EN_E_NOTATION_MARKS: Final[frozenset[str]] = frozenset({"e", "E"})
EN_POWER_OF_TEN_EXPONENT_MARKS: Final[frozenset[str]] = frozenset("^⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹")
_EN_E_NOTATION_DIGITS: Final[frozenset[str]] = frozenset(
    mark + digit for mark in EN_E_NOTATION_MARKS for digit in "0123456789"
)


def _power_of_ten(with_unit: bool) -> regex.Pattern[str]:
    unit = (
        rf"""(?:[\ -]?+(?P<unit>{_QUANTITY_WORD}|{_MASS})\b
              |\ ?+(?-i:(?P<unit>{_QUANTITY_SYMBOL}))(?![\w²³]))"""
        if with_unit
        else ""
    )
    return _compile(
        rf"""
        {_LOCAL_PRE}{_EDGE_BEFORE}{_LOCAL_NEG}
        {scientific_figure(EN_POWER_OF_TEN_MARKS, EN_E_NOTATION_MARKS)}
        {unit}
        {_Q_POST if with_unit else ""}
        """,
        _FLAGS,
    )


EN_LOCAL_POWER_OF_TEN_RE: Final[regex.Pattern[str]] = _power_of_ten(with_unit=True)
EN_LOCAL_POWER_OF_TEN_BARE_RE: Final[regex.Pattern[str]] = _power_of_ten(with_unit=False)
# A range of occasions ("3 to 5 times", "between two and three times", "2-3 times") where no
# comparison follows or "between" opens it: a frequency, which against a multiplier range (3至5倍) renders it, as "eight
# times" renders 8倍 (align.py reads rule names ending in ".frequency" so).
EN_LOCAL_TIMES_RANGE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\b(?P<pre>{_RANGE_BEFORE})\ )?+          # between
    {_EDGE_BEFORE}{_NOT_YEAR}
    (?P<num>{_NUM})                              # 2
    {_RANGE_SEP}                                 # -, to, (between ...) and
    (?P<num2>{_NUM})                             # 3
    \ {_TIMES}\b(?(pre)|(?!\ {_COMPARISON}\b))    # times (not "3 to 5 times as", a multiplier range;
                                                 # "between 2 and 3 times as" has no other reading)
    """,
    _FLAGS,
)
# A range of physical amounts with the unit stated once or twice: 6 to 12 inches, 3-5 km.
EN_LOCAL_QUANTITY_RANGE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:{_RANGE_BEFORE}\ )?+{_LOCAL_PRE}{_EDGE_BEFORE}{_NOT_CAPITALIZED_NAME}   # between
    (?<!(?<!\b{_RANGE_VERB}\ )\b{_CHANGE_BEFORE}\ )   # not "from 100 Mbps to 1,000 Mbps" (a change)
    (?P<num>{_NUM})
    (?:[\ -]?+{_QUANTITY_WORD}\b|\ ?+(?-i:{_QUANTITY_SYMBOL})(?![\w²³]))?+   # 6 inches
    {_RANGE_SEP}(?P<num2>{_NUM})                                          # to 12
    (?:
        [\ -]?+(?P<unit>{_QUANTITY_WORD})\b
      | \ ?+(?-i:(?P<unit>{_QUANTITY_SYMBOL}))(?![\w²³])
    )
    """,
    _FLAGS,
)
# A range from standstill to a speed ("0-100 km/h", "from 0 to 60 mph"): the speed it is timed to.
EN_LOCAL_ACCELERATION_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}(?:0|{alternation(EN_ACCELERATION_ZERO_WORDS)})
    (?:\ ?+[-–]\ ?+|\ to\ )
    (?P<num>[1-9][0-9]{{1,2}}+)
    (?:\ ?+(?-i:(?P<unit>{alternation(EN_ACCELERATION_SPEED_UNITS)})))(?![\w/])
    """,
    _FLAGS,
)
# A figure of dimensions sharing the unit written after the last one ("30 x 20 x 10 cm", "3 by 4
# metres"): the claim is the figure alone, the unit read from a lookahead; the last figure is read
# with its unit (also glued after a letter x, where EN_LOCAL_QUANTITY_RE sees a word: 30x20cm).
_DIMENSION_SEP: Final[str] = alternation(EN_DIMENSION_SEPARATORS)
_DIMENSION_UNIT: Final[str] = rf"""
    (?:[\ -]?+(?P<unit>{_QUANTITY_WORD})\b                 # metres
      |\ ?+(?-i:(?P<unit>{_QUANTITY_SYMBOL}))(?![\w²³]))   # cm
"""
EN_LOCAL_DIMENSION_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<=[0-9]\ ?+{_DIMENSION_SEP}\ ?+)(?P<after>)|{_EDGE_BEFORE})  # x 20, or a first figure
    (?P<num>(?>{_DIGIT_RUN}))                                      # 30
    (?:(?=(?:\ ?+{_DIMENSION_SEP}\ ?+(?>{_DIGIT_RUN})){{1,3}}+       # x 20 x 10
          {_DIMENSION_UNIT})                                       # cm
      |(?(after){_DIMENSION_UNIT}|(?!)))                           # the last figure: 10cm
    """,
    _FLAGS,
)
# A span with a half: half an hour, an hour and a half, two and a half years, about one and a half
# hours ("one hour" alone stays unread, as 一小时 does).
_AND_HALF: Final[str] = alternation(EN_AND_A_HALF)
EN_LOCAL_HALF_SPAN_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?:(?P<half>{alternation(EN_HALF_WORDS)})\ {_ARTICLE}\ (?P<unit>{_DURATION})\b   # half an hour
      |(?P<num>{_NUM}|{_ARTICLE})\ (?P<half>{_AND_HALF})[\ -](?P<unit>{_DURATION})\b   # two and a half years
      |(?P<num>{_NUM}|{_ARTICLE})\ (?P<unit>{_DURATION})\ (?P<half>{_AND_HALF})\b)     # an hour and a half
    {_Q_POST}
    """,
    _FLAGS,
)
# A figure and a half outside a span: "two and a half million" (2,500,000: the half is added
# before the scale word multiplies), "one and a half times" (1.5, as "1.5 times" is read), "two and a
# half tons" (2.5; the unit is left to the span rule above where it is one of time).
EN_LOCAL_AND_HALF_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?P<num>{_NUMBER_WORD}|[0-9]{{1,3}}+)(?![\w.,-])   # two, 2
    \ (?P<half>{_AND_HALF})\b                          # and a half
    (?:\ (?P<halfscale>{_SCALE})\b)?+                  # million
    (?!\ {alternation(EN_TIMES)}\b)                   # (the rule below)
    {_Q_POST}
    """,
    _FLAGS,
)
# The same before "times": a frequency, which pairs with a multiplier as "2.5 times" does.
EN_LOCAL_AND_HALF_TIMES_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?P<num>{_NUMBER_WORD}|[0-9]{{1,3}}+)(?![\w.,-])   # two, 2
    \ (?P<half>{_AND_HALF})\ {alternation(EN_TIMES)}\b   # and a half times
    """,
    _FLAGS,
)
# A vague plural of a physical unit: "hundreds of mu", "thousands of kilometres" (an interval).
EN_LOCAL_VAGUE_QUANTITY_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}(?P<vague>{alternation(EN_VAGUE_PLURALS)})\ of\ (?P<unit>{_QUANTITY_WORD})\b
    """,
    _FLAGS,
)
# Money with the sign or the code after the figure: 25 €, 40 £, 240USD.
EN_LOCAL_MONEY_AFTER_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}{_LOCAL_NEG}
    (?P<num>{_NUM_UNIT})
    (?:\ ?+(?P<unit>{_SIGN_AFTER}) | (?-i:(?P<unit>{_CODE}))\b)
    """,
    _FLAGS,
)
# A figure with a sign before it: -4.3%, down -4.3 %, -20000, minus seven percent, negative two.
# A "-" is a sign only glued to the digits and not after a word or a figure (COVID-19, 2019-2020,
# 5-6 tons); "negative" is none after a test ("tested negative three times").
_SYMBOL_SIGN: Final[str] = alternation(s for s in EN_NEGATIVE_SIGNS if not s.isalpha())
_WORD_SIGN: Final[str] = alternation(s for s in EN_NEGATIVE_SIGNS if s.isalpha())
_SIGN_NOT_AFTER: Final[str] = regex.escape("".join(sorted(EN_SIGN_NOT_AFTER)))
_SIGNED: Final[str] = rf"""
    {_LOCAL_PRE}
    (?:
        (?<![\w{_SIGN_NOT_AFTER}])(?<![0-9]\ )(?P<neg>{_SYMBOL_SIGN})(?=[0-9])   # -4.3; not 3 -2
      | (?<!\b{alternation(EN_NEGATIVE_RESULT_VERBS)}\ )\b(?P<neg>{_WORD_SIGN})\    # minus seven
    )
    (?P<num>{_NUM})
"""
EN_LOCAL_SIGNED_PERCENT_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_SIGNED}
    [\ -]?+(?P<unit>{_PERCENT}){_PERCENT_END}            # %, percent
    {_Q_POST}
    """,
    _FLAGS,
)
EN_LOCAL_SIGNED_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_SIGNED}
    {_EDGE_AFTER}
    (?![\ -]?+{_PERCENT}{_PERCENT_END})                  # a percent: the rule above
    (?!-\d|:\ ?\d|/\d)                           # not -3-0, -10:30
    {_Q_POST}
    """,
    _FLAGS,
)
# Currency names in lower case after the figure: 25 swiss francs, 300 chinese yuan, 50 rmb.
EN_LOCAL_MONEY_LOWER_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?P<num>{_NUM_UNIT})
    \ (?P<unit>{alternation(EN_CURRENCIES_LOWER)})\b
    {_Q_POST}
    """,
    _FLAGS,
)
# A scale letter before a glued ISO code: 45 MUSD, 3 MEUR, 20kEUR (the letter is read with the
# figure: "45 M" is 45 million).
EN_LOCAL_MONEY_SCALED_CODE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?P<num>{_DIGIT_RUN}\ ?+(?-i:{alternation(EN_CODE_SCALES)}))
    (?-i:(?P<unit>{_CODE}))\b
    """,
    _FLAGS,
)
# One unit of a currency with an article (a dollar, a us dollar, a penny), and a currency as the
# second half of a compound adjective (a two-yen coin, a 100-yuan note).
_ONE_CURRENCY: Final[str] = alternation(EN_CURRENCIES_ONE)
_ONE_ARTICLE: Final[str] = alternation(s for s in EN_ARTICLE_ONE if s != "one")  # one euro: above
EN_LOCAL_MONEY_ONE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:
        \b(?P<num>{_ONE_ARTICLE})\ (?P<unit>{_ONE_CURRENCY})   # a dollar, a us dollar
        (?!\ {alternation(EN_CURRENCY_NOUN_AFTER)}\b)   # not the euro zone, a dollar bond
      | {_EDGE_BEFORE}(?P<num>{_NUM})-(?P<unit>{_ONE_CURRENCY})   # two-yen, 100-yuan
    )
    (?![\w-])
    """,
    _FLAGS,
)
# Another country's dollar written with a space or in lower case: hk $ 30, C $ 5, nt$ 100.
EN_LOCAL_MONEY_SPACED_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}(?<![A-Za-z])
    (?P<unitpre>(?-i:{alternation(EN_CURRENCIES_BEFORE_SPACED)}))\ ?+   # hk $, C $
    (?P<num>{_NUM_UNIT})                         # 30, 5 million
    {_EDGE_AFTER}
    {_Q_POST}
    """,
    _FLAGS,
)
# "half as many", "half as large": a factor of one half.
EN_LOCAL_HALF_COMPARED_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    \b(?P<mult>{alternation(EN_HALF_COMPARED)})(?=\ {alternation(EN_HALF_COMPARISON)}\ \w)
    """,
    _FLAGS,
)
# A number in digits and scale words with its parts after the scale: 5 thousand 2 hundred and 17,
# 3 thousand and 4 hundred. Each later part carries a scale, or follows "and" with no scale or with
# "hundred": "60 million and 200 million yuan" is a list of two amounts.
_COMPOSITE_PART: Final[str] = rf"(?:{_DIGIT_RUN}|{_WORD})"
_SMALL_SCALE: Final[str] = alternation(EN_SMALL_SCALES)
_COMPOSITE_LAST: Final[str] = (
    rf"(?:\ and\ {_COMPOSITE_PART}(?!\ ?+(?:{_SCALE}|(?-i:{_SCALE_ABBR}))\b))"
)
EN_LOCAL_COMPOSITE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}{_NOT_LABEL}
    (?P<num>
        {_DIGIT_RUN}\ {_SCALE}
        (?:
            (?:\ {_COMPOSITE_PART}\ {_SCALE}|\ and\ {_COMPOSITE_PART}\ {_SMALL_SCALE}){{1,5}}+
            {_COMPOSITE_LAST}?+
          | {_COMPOSITE_LAST}
        )
    )
    {_EDGE_AFTER}
    {_Q_POST}
    """,
    _FLAGS,
)
# The apostrophe that stands for a century before a decade ("the '90s", EN_YEAR_RE).
EN_YEAR_ELISIONS: Final[frozenset[str]] = frozenset({"'"})
# Nouns that number a part of a text or a round of an event, as Chinese numbers them with
# 第N条/章/节/款/项/轮/期/部分: "Article 17" renders 第十七条, so it is read as a rank (role
# ordinal) and pairs with the original's; alone, a capitalized word before a figure is a model or
# a label (Windows 10) and nothing is read. Not "Chapter": Chapter 7 and Chapter 11 name kinds of
# bankruptcy as often as they number a chapter. "Season 3" and "Episode 12" number the parts of a
# series (第三季, 第12集). Not "Volume": trading volume 3 million.
EN_RANK_NOUNS: Final[frozenset[str]] = frozenset(
    {"Article", "Section", "Clause", "Paragraph", "Item", "Round", "Phase", "Part"}
    | {"Season", "Episode"}  # the parts of a series: 第三季, 第12集
)
EN_LOCAL_RANK_NOUN_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w.-])(?P<rank>{alternation(EN_RANK_NOUNS)})\   # Article, section
    (?P<num>[0-9]{{1,4}}+)(?![\w-]|[.,]\d)               # 17; not 17.2, 17a, 17-19
    """,
    _FLAGS,
)
# A speed as a multiple of the speed of sound, written after its word ("Mach 2", "Mach 5.5"): the
# figure, as 2马赫 states it.
EN_MACH_WORDS: Final[frozenset[str]] = frozenset({"Mach"})
EN_LOCAL_MACH_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=(?<![\w.-])(?-i:{alternation(EN_MACH_WORDS)})\ )   # Mach
    (?P<num>[0-9]{{1,2}}+(?:\.[0-9]{{1,2}}+)?+)(?![\w-]|[.,][0-9])  # 2, 5.5; not 2.5.1
    """,
    _FLAGS,
)
# A subdivision in brackets right after a ranked article or section ("Article 5(2)", 第五条第二款;
# "Section 12(3)"): a rank too, as the article's number is, not a count.
EN_LOCAL_RANK_SUBDIVISION_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=(?<![\w.-])(?-i:{alternation(EN_RANK_NOUNS)})\ [0-9]{{1,4}}+\()   # Article 5(
    (?P<num>[0-9]{{1,3}}+)(?=\))                                         # 2)
    """,
    _FLAGS,
)
# The last day of a range of days that states its month once, before the first day, and its year
# once after the last or not at all ("May 20 to 22, 2023", "May 20-22"): that day takes the month
# and the year, as the reader reads them; the first day is read as "May 20".
EN_DAY_RANGE_JOINTS: Final[frozenset[str]] = frozenset({"-", "–", "—", "to", "through", "until"})
EN_LOCAL_DAY_RANGE_END_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b(?P<month>(?-i:{_MONTH}))\ (?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?
        \ ?{alternation(EN_DAY_RANGE_JOINTS)}\ ?)        # May 20 to
    (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?:,\ (?P<year>(?:1[0-9]|20)\d{{2}}))?+
    (?![\w]|[.,:/]\d)                           # 22, 2023; 22
    """,
    _FLAGS,
)
EN_PREFIXES: Final[frozenset[str]] = frozenset(
    s.lower()
    for s in (
        *EN_QUALIFIERS_BEFORE,
        *EN_NEGATIVE_SIGNS,
        *EN_CURRENCIES_BEFORE,  # $30, HK$ 5
        *EN_CURRENCIES_BEFORE_SPACED,  # hk $ 30
        *EN_RANGE_BEFORE,  # between 5 and 6
        *EN_SPAN_BEFORE,  # the past 15 years
        *EN_FISCAL,  # fiscal 2020, FY2020
        *EN_ARTICLE_ONE,  # a hundred
        *EN_VAGUE_WORDS,  # several million
        *EN_YEAR_ELISIONS,  # the '90s
        *EN_RANK_NOUNS,  # Article 17
        *EN_PHONE_OPENERS,  # +86 10 6536 8888
        *EN_COMMON_ERA,  # AD 618
    )
)

# What each rule's match can begin with (`Rule.begins`): the engine tries a rule only where one of
# these begins. A number is a digit, a number or scale word, "a" or "several" (a hundred, several
# million); most rules may open with a qualifier, a range with "between", single figures of money,
# mass and durations with a vague phrase (hundreds of millions of).
# A count of web text with a scale letter (EN_WEB_COUNT_NOUNS): "15k followers", "10K+ reviews".
EN_LOCAL_WEB_COUNT_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?P<pre>{_Q_BEFORE})\ )?+{_EDGE_BEFORE}
    (?P<num>{_DIGIT_RUN}{_SCALE_LETTER})                      # 15k, 1.2M
    (?:(?P<post>\+)(?![\w+-])                                  # 10K+
      |(?=\ {alternation(EN_WEB_COUNT_NOUNS | EN_TRANSPORT_COUNT_NOUNS | EN_HEADLINE_COUNT_NOUNS)}\b))  # 15k followers; not a 10K run
    """,
    _FLAGS,
)

# A range of web text's scale letters, as job ads write pay ("8k-12k", "8-12k", "8K-12K",
# "20K to 30K"): a lower-case k on the second end or on both; a capital K only on both ends (a
# single 8K may be a resolution). Not before a word of a race or a screen ("a 5K-10K run").
EN_WEB_RANGE_SCALES: Final[frozenset[str]] = frozenset({"k", "K"})
EN_WEB_RANGE_NOT_BEFORE: Final[frozenset[str]] = frozenset(
    {"run", "runs", "race", "races", "TV", "TVs", "video", "videos", "display", "resolution"}
)
_WEB_RANGE_LOWER: Final[str] = alternation(s for s in EN_WEB_RANGE_SCALES if s.islower())
_WEB_RANGE_UPPER: Final[str] = alternation(s for s in EN_WEB_RANGE_SCALES if s.isupper())
_WEB_RANGE_SEP: Final[str] = r"(?:\ ?+[-–]\ ?+|\ to\ )"
EN_LOCAL_WEB_RANGE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?P<pre>{_RANGE_BEFORE})\ )?+{_EDGE_BEFORE}
    (?:
        (?P<num>{_DIGIT_RUN}(?-i:{_WEB_RANGE_LOWER})?+){_WEB_RANGE_SEP}
        (?P<num2>{_DIGIT_RUN}(?-i:{_WEB_RANGE_LOWER}))                      # 8k-12k, 8-12k
      | (?P<num>{_DIGIT_RUN}(?-i:{_WEB_RANGE_UPPER})){_WEB_RANGE_SEP}
        (?P<num2>{_DIGIT_RUN}(?-i:{_WEB_RANGE_UPPER}))                      # 8K-12K
    )
    (?![\w+-]|\ {alternation(EN_WEB_RANGE_NOT_BEFORE)}\b)
    """,
    _FLAGS,
)

_B_NUM: Final[Begins] = Begins.of(
    EN_NUMBER_WORDS, EN_SMALL_SCALES, EN_SCALE_WORDS, EN_ARTICLE_ONE, EN_VAGUE_WORDS, digit=True
)
_B_PRE: Final[Begins] = Begins.of(EN_QUALIFIERS_BEFORE)
_B_RANGE: Final[Begins] = Begins.of(EN_RANGE_BEFORE)
_B_PHRASE: Final[Begins] = Begins.of(EN_NUMBER_PHRASES)
_B_SIGN: Final[Begins] = Begins.of(EN_NEGATIVE_SIGNS)
_B_SINGLE: Final[Begins] = _B_PRE | _B_PHRASE | _B_NUM  # about 5, dozens of
_B_RANGED: Final[Begins] = _B_PRE | _B_RANGE | _B_NUM  # between 5 and 6

# The number head the engine reads once per start (`LangRules.head`): digits with a scale, or
# number words. What may follow it in each rule's match (`Rule.follows`): the surfaces of the
# tables the rule reads next, after a space or a hyphen; a rule that reads its figure another way
# (a currency written first, a date, a clock time, a bare figure) declares nothing.
EN_HEAD_RE: Final[regex.Pattern[str]] = _compile(_NUM, _FLAGS)
# The second end of a range (`_RANGE_SEP`: 5-6, 5 to 6, between 5 and 6; 5%-6%).
_F_RANGE: Final[frozenset[str]] = follows(("-", "to", "and", "or"))
_F_PERCENT_RANGE: Final[frozenset[str]] = _F_RANGE | follows(
    EN_PERCENT_UNITS
)  # 5%-6%, 5 pc to 6 pc
# A scale letter glued to a figure before a unit (3m tons, $5m), read past the head.
_F_LETTER: Final[frozenset[str]] = follows(EN_SCALE_LETTERS)
_F_QUANTITY: Final[frozenset[str]] = follows(EN_QUANTITY_UNITS, EN_QUANTITY_SYMBOLS)
# What a rate reads a few characters past its head (`Rule.then`): its "per" or "/", after a scale
# letter and a currency written after the figure at most ($5 per kilogram, 30 yuan a kilo).
_T_RATE: Final[Then] = Then(
    follows({f" {word} " for word in EN_PER_WORDS}, EN_PER_SIGNS),
    # The currency, then up to EN_RATE_WORDS_BETWEEN words (and their spaces) before "per".
    within=3
    + max(len(s) for s in EN_CURRENCIES_AFTER)
    + (_RATE_WORD_LONGEST + 1) * EN_RATE_WORDS_BETWEEN,
)
# The separator of a range (`_RANGE_SEP`, a space before its hyphen) after a scale letter
# ($5m - 6m) or a percent unit (5% to 6%, "3 percent - 5 percent") of the first end.
_RANGE_SEPARATORS: Final[frozenset[str]] = follows(("-", " to ", " or ", " and "))
_T_MONEY_RANGE: Final[Then] = Then(_RANGE_SEPARATORS, within=2)
_T_QUANTITY_RANGE: Final[Then] = Then(
    _RANGE_SEPARATORS, within=2 + max(len(s) for s in {**EN_QUANTITY_UNITS, **EN_QUANTITY_SYMBOLS})
)
_T_PERCENT_RANGE: Final[Then] = Then(
    _RANGE_SEPARATORS, within=2 + max(len(s) for s in EN_PERCENT_UNITS)
)

# Currency names in title case, as headlines write them ("5 Million Yuan", "20 Swiss Francs"): every
# word of a name capitalized, matched case-sensitively. Not "Won", which a headline uses as a verb
# ("Team Won 3 Medals" aside, "3 Won" is no amount one can tell from it).
EN_TITLE_CURRENCY_NOT: Final[frozenset[str]] = frozenset({"won"})
EN_CURRENCIES_TITLE: Final[dict[str, str]] = {
    " ".join(word[:1].upper() + word[1:] for word in surface.split(" ")): code
    for surface, code in EN_CURRENCIES_AFTER.items()
    if surface.lower() not in EN_TITLE_CURRENCY_NOT
}
EN_LOCAL_MONEY_TITLE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}{_NOT_LABEL}{_NOT_CAPITALIZED_NAME}   # not the Three Dollars
    (?P<num>{_NUM_UNIT})
    \ (?-i:(?P<unit>{alternation(EN_CURRENCIES_TITLE)}))\b      # Yuan, Swiss Francs
    {_Q_POST}
    """,
    _FLAGS,
)
# "Degrees" with no scale after a signed figure or before "below zero" are a temperature in
# Celsius, as the press on China writes it ("negative two degrees", "minus 5 degrees", "3 degrees
# below zero", and "5 below zero" with no word for the degree); alone, "20 degrees" may be an angle
# and stays a bare figure.
EN_DEGREE_WORDS: Final[frozenset[str]] = frozenset({"degrees", "degree"})
EN_BELOW_ZERO: Final[frozenset[str]] = frozenset({"below zero"})
EN_SIGNED_DEGREES_UNIT: Final[str] = "degree_Celsius"
EN_LOCAL_SIGNED_DEGREES_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:
        {_SIGNED}                                               # minus 5, -18, negative two
        \ (?P<unit>{alternation(EN_DEGREE_WORDS)})\b            # degrees
        (?!\ (?:{alternation(EN_QUANTITY_UNITS)}|below\b|above\b))  # not degrees Celsius
      | {_LOCAL_PRE}{_EDGE_BEFORE}(?P<num>{_NUM})
        (?:\ (?P<unit>{alternation(EN_DEGREE_WORDS)}))?+         # degrees, or none
        \ (?P<negafter>{alternation(EN_BELOW_ZERO)})\b          # 3 degrees below zero, 5 below zero
    )
    """,
    _FLAGS,
)

# Figures of product and shop text.
# A share taken off a price: "20% off", "20 percent discount", "a 15% discount", "up to 50% off".
# The claim is the percent with its word, in a rule named `*.off`: alignment reads it against a
# Chinese discount (八折, the price paid: 80%) as the share taken off (see align.py). "at 80% of the
# price" states the price paid and is a plain percent.
EN_DISCOUNT_WORDS: Final[frozenset[str]] = frozenset({"off", "discount", "discounts"})
_PERCENT_SHARE: Final[str] = alternation(
    s for s, u in EN_PERCENT_UNITS.items() if u == "percent" and s not in EN_PERCENT_LOWER_CASE
)
EN_LOCAL_PERCENT_OFF_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?P<num>{_NUM})                              # 20
    [\ -]?+(?P<unit>{_PERCENT_SHARE})(?!\w)      # %, percent
    [\ -]{alternation(EN_DISCOUNT_WORDS)}\b      # off, discount
    (?!\ rates?\b)                               # not a discount rate (an interest rate)
    """,
    _FLAGS,
)
# A multiplier written with an x glued after the figure: "10x optical zoom", "2x faster", "a 3X
# zoom", "1.5x", "10× zoom". Not where a letter or a digit follows (1920x1080, 2x4, a 4x4, a 3x3
# grid: dimensions and names), not after a figure and an x (the 1080 of 1920x1080), and not after
# a capitalized name (Mate 60X, a model).
EN_MULTIPLIER_SIGNS: Final[frozenset[str]] = frozenset({"x", "X", "×"})
_MULTIPLIER_SIGN: Final[str] = alternation(EN_MULTIPLIER_SIGNS)
EN_LOCAL_MULTIPLIER_X_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}{_NOT_LABEL}
    (?<![0-9]\ ?+{_MULTIPLIER_SIGN}\ ?+)         # not the 1080 of 1920 x 1080
    (?P<num>{_DIGIT_RUN})                        # 10, 1.5
    (?-i:{_MULTIPLIER_SIGN})                     # x, X, ×
    (?![\w]|[.,]\d|\ ?+[*×]?\ ?+\d)              # not 1920x1080, 2x4, 10x zoomed letters
    """,
    _FLAGS,
)

# Always open: "24/7", "24 x 7", "24 hours a day, 7 days a week" (role `name`, the figure 24), as
# 7×24小时 is read; no span of 24 hours and no count of 7 days.
EN_ROUND_THE_CLOCK_SIGNS: Final[frozenset[str]] = frozenset({"/", "x", "×"})
EN_ROUND_THE_CLOCK_DAY: Final[frozenset[str]] = frozenset({"hours a day"})
EN_ROUND_THE_CLOCK_WEEK: Final[frozenset[str]] = frozenset({"days a week"})
EN_LOCAL_ROUND_THE_CLOCK_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}
    (?:
        (?P<num>24)\ ?+{alternation(EN_ROUND_THE_CLOCK_SIGNS)}\ ?+7(?:/365)?+(?![\w/]|[.,]\d)   # 24/7
      | (?P<num>24|twenty-four)\ {alternation(EN_ROUND_THE_CLOCK_DAY)},?\ (?:and\ )?+
        (?:7|seven)\ {alternation(EN_ROUND_THE_CLOCK_WEEK)}\b   # 24 hours a day, 7 days a week
    )
    """,
    _FLAGS,
)
# The lines of a video format (1080p, 720p, 1080i), read as a code as 1080P is (lang/roles.py):
# three or four digits, so 50p (pence) stays unread.
EN_VIDEO_LINE_MARKS: Final[frozenset[str]] = frozenset({"p", "i"})
EN_LOCAL_VIDEO_LINES_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![0-9A-Za-z.,$])(?P<num>[0-9]{{3,4}}+)(?-i:{alternation(EN_VIDEO_LINE_MARKS)})(?![0-9A-Za-z])
    """,
    _FLAGS,
)
# "bucks" are dollars, but a translation of Chinese text writes them for 块 too: a rule named
# `*.money.colloquial`, whose currency alignment takes from the original's amount (see align.py).
EN_COLLOQUIAL_CURRENCIES: Final[frozenset[str]] = frozenset({"bucks", "buck"})
EN_COLLOQUIAL_CURRENCY: Final[str] = "USD"
EN_LOCAL_MONEY_COLLOQUIAL_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?P<num>{_NUM_UNIT})[\ -](?P<unit>{alternation(EN_COLLOQUIAL_CURRENCIES)})\b   # 5 bucks
    {_Q_POST}
    """,
    _FLAGS,
)

# A plan named by its rank, "the 14th Five-Year Plan" (第十四个五年规划, read as one ordinal there
# too; 十四五 is a name that restates it): the figure is the rank, and the plan's length is part
# of its name, no span of time. Without a rank ("a five-year plan", 五年规划) it is a duration.
EN_PLAN_NAMES: Final[frozenset[str]] = frozenset(
    {"five-year plan", "five-year plans", "five year plan", "five year plans"}
)
EN_LOCAL_PLAN_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}
    (?P<num>[1-9][0-9]?+)(?-i:{_ORDINAL_SUFFIX})   # 14th
    \ {alternation(EN_PLAN_NAMES)}\b             # Five-Year Plan
    """,
    _FLAGS,
)

# The base of a rate in words before whom it counts, "per thousand people", "for every hundred
# households" (每千人, 每百户), as "per 1,000 people" is read in digits. Right after a figure
# "per thousand" is a rate per mille (EN_PERCENT_UNITS), which is longer and wins.
EN_PER_BASE_WORDS: Final[frozenset[str]] = frozenset({"per", "every"})
EN_PER_BASE_NOUNS: Final[frozenset[str]] = frozenset(
    {"people", "persons", "population", "residents", "inhabitants", "households", "families"}
)
EN_LOCAL_PER_BASE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b{alternation(EN_PER_BASE_WORDS)}\ )             # per, every
    (?P<num>{_SCALE}(?:\ {_SCALE})?+)                     # thousand, hundred thousand
    (?=\ {alternation(EN_PER_BASE_NOUNS)}\b)              # people
    """,
    _FLAGS,
)

# Priority order (first wins a tie of equal length; see extract.py for the overlap policy).
# Numerals inside a name (role `name`): the shopping festivals Double 11 and Double Twelve.
EN_DOUBLE_NAMES: Final[frozenset[str]] = frozenset({"Double"})
# The university projects named by a number, "Project 985", "Project 211" (985工程, 985高校): the
# number after the capitalized word names the project.
EN_UNIVERSITY_PROJECT_WORDS: Final[frozenset[str]] = frozenset({"Project"})
EN_UNIVERSITY_PROJECT_NUMBERS: Final[frozenset[str]] = frozenset({"985", "211"})
EN_NAME_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b(?-i:{alternation(EN_DOUBLE_NAMES)})[\ -])(?P<num>1[12]|eleven|twelve)\b   # Double 11
  | (?<=\b(?-i:{alternation(EN_UNIVERSITY_PROJECT_WORDS)})\ )                        # Project
    (?P<num>{alternation(EN_UNIVERSITY_PROJECT_NUMBERS)})\b(?![.,:/-]?+[0-9])           # 985
    """,
    _FLAGS,
)
# Codes and list markers (lang/roles.py), case-sensitive: a code's letters are capitals. First
# among the rules: they win a tie of length against a bare figure, lose one against a figure with
# a unit (240USD).
EN_ROLE_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "en.code",
        Build.QUANTITY,
        # A scale abbreviation glued to the figure (5MM, 3bn) is an amount, not a code.
        _compile(
            rf"(?![0-9]++\ ?+(?-i:{_SCALE_ABBR})\b){_NOT_PREFIXED_YEAR}(?-i:{roles.CODE})", _FLAGS
        ),
        Kind.NUMBER,
        role=Role.CODE,
        begins=Begins(digit=True),
        # A code writes a Latin capital or a hyphen right before its digits (J-20, G20, GB/T
        # 7714) or a capital right after them (737NG, 600606.SH), in that case.
        then=Then(frozenset({*string.ascii_uppercase, "-"}), within=1, behind=2, cased=True),
    ),
    Rule(
        "en.label",
        Build.QUANTITY,
        _compile(roles.LABEL, _FLAGS),
        Kind.NUMBER,
        role=Role.LABEL,
        begins=Begins(digit=True),
        follows=follows(roles.LABEL_MARKS),
    ),
    Rule(
        "en.name",
        Build.QUANTITY,
        EN_NAME_RE,
        Kind.NUMBER,
        role=Role.NAME,
        begins=Begins.behind(name + gap for name in EN_DOUBLE_NAMES for gap in " -")  # Double 11
        | Begins.behind(name + " " for name in EN_UNIVERSITY_PROJECT_WORDS),  # Project 985
    ),
)

# A share alone: "cut by one third", "one-fifth", "two-thirds" (EN_SHARES_ALONE), in wholes.
EN_LOCAL_SHARE_ALONE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}(?<!\b{_ARTICLE}\ )               # not "a two-thirds deal"
    \b(?P<vague>{alternation(EN_SHARES_ALONE)})\b(?!-\w)     # one third; not one third-party
    """,
    _FLAGS,
)
# A fraction as the size of a change, after "by" and before what ends the phrase ("fell by a
# quarter", "cut by one quarter.", "up by a third from"): a share, which "a quarter" (a period)
# and "a third" (a rank) alone are not. Not before a noun ("by a third party", "by a quarter
# point"). "By half" too: it renders 减半 (a multiplier, "halved") as often as 一半, and alignment
# pairs a multiplier with the percent change it makes (×0.5 and 50 %).
EN_SHARE_BY: Final[frozenset[str]] = frozenset({"by"})
EN_SHARE_BY_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {"in", "on", "to", "from", "over", "compared", "since", "and", "or", "as", "while", "year"}
)
_FRACTIONS_BY: Final[frozenset[str]] = frozenset(EN_FRACTIONS)
EN_LOCAL_YEAR_BC_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}(?P<year>[1-9][0-9]{{0,3}}+)
    \ (?:(?P<bc>(?-i:{alternation(EN_BEFORE_COMMON_ERA)}))       # 221 BC, 221 B.C.
        |(?-i:{alternation(EN_COMMON_ERA)}))(?!\w)               # 618 AD
    """,
    _FLAGS,
)
# The common era written before the year (AD 618, A.D. 79): the year, not a count.
EN_LOCAL_YEAR_AD_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w.])(?-i:{alternation(EN_COMMON_ERA)})\                    # AD
    (?P<year>[1-9][0-9]{{0,3}}+)(?![\w,.]?[0-9]|\ ?(?:{_SCALE}|{_MASS}|{_CUR_AFTER})\b)  # 618
    """,
    _FLAGS,
)
# The second year of a span written with two digits (2021-22, the 2022/23 season): in the
# century of the first and after it; the first is the year rule's.
EN_YEAR_SPAN_SEPARATORS: Final[frozenset[str]] = frozenset({"-", "–", "/"})
# A telephone number written in groups (+86 10 6536 8888, 010-6536 8888, (010) 6536-8888): one
# code, not four figures. It opens with a country code, a trunk zero or a bracketed area code.
EN_LOCAL_PHONE_RE: Final[regex.Pattern[str]] = _compile(
    r"""
    (?<![\w.+-])
    (?:\+[1-9][0-9]{0,2}[\ -]?|\(0?[0-9]{1,4}\)\ ?|0[0-9]{1,3}[\ -])   # +86, (010), 010-
    (?:[0-9]{1,4}[\ -]){0,3}?                                         # 10
    [0-9]{3,4}[\ -]?(?P<num>[0-9]{4})                                  # 6536 8888
    (?![\w-]|[.,][0-9])
    """,
    _FLAGS,
)
EN_LOCAL_YEAR_SHORT_END_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b(?P<first>(?:1[89]|20)[0-9]{{2}}){alternation(EN_YEAR_SPAN_SEPARATORS)})
    (?P<year>[0-9]{{2}})(?![0-9]|\w|[.,][0-9])
    """,
    _FLAGS,
)
# A fraction written with a slash before "of" (1/3 of the land): a share, as "a third of" is.
EN_FRACTION_SLASH: Final[frozenset[str]] = frozenset({"/"})
EN_SLASHED_FRACTIONS: Final[frozenset[str]] = frozenset(
    f"{n}{slash}{d}" for d in range(2, 11) for n in range(1, d) for slash in EN_FRACTION_SLASH
)
EN_LOCAL_FRACTION_SLASH_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}(?<![0-9./])
    (?=(?P<num>[1-9]){alternation(EN_FRACTION_SLASH)}(?P<den>10|[2-9]))
    {alternation(EN_SLASHED_FRACTIONS)}
    (?=\ of\b)
    """,
    _FLAGS,
)
EN_LOCAL_PLACE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:(?<=\b{alternation(EN_PLACE_VERBS)}\ (?:in\ )?(?:the\ )?)
       (?P<vague>{alternation(EN_PLACE_ORDINALS)})\b(?![\ -]{_DURATION}\b)
     | \b(?P<vague>{alternation(EN_PLACE_ORDINALS)})(?=\ {alternation(EN_PLACE_NOUNS)}\b)
     | \b(?P<vague>{alternation(EN_PLACE_ORDINALS)})(?=\ {alternation(EN_RANKED_PART_NOUNS)}\b)  # volume
     | \b(?P<vague>{alternation(EN_PLACE_ORDINALS)})             # the first year of the X reign
       (?=\ year\ of\ (?:[\w']++\ ){{0,3}}+{alternation(EN_REIGN_NOUNS)}\b))
    """,
    _FLAGS,
)
EN_LOCAL_SHARE_BY_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\b{alternation(EN_SHARE_BY)}\ (?:{_Q_BEFORE}\ )?+)      # by, by nearly
    {_LOCAL_PRE}{_EDGE_BEFORE}
    \b(?P<vague>{alternation(_FRACTIONS_BY)})\b(?!-\w)            # a quarter, one third
    (?=\ ?+[.,;:!?)]|\ ?+$|\ {alternation(EN_SHARE_BY_FOLLOWERS)}\b)  # then the phrase ends
    """,
    _FLAGS,
)
# A share as a count in a count: "one in five", "one out of every five", "1 in 10".
# A round base of a share with its article or none ("three in a thousand", "one in every
# hundred", 千分之三, 每百人中有三人): the hundreds and thousands.
EN_SHARE_ROUND_BASES: Final[frozenset[str]] = frozenset({"hundred", "thousand"})
_SHARE_DEN: Final[str] = (
    rf"(?:{_NUMBER_WORD}(?:-{_NUMBER_WORD})?+|[1-9][0-9]{{0,2}}+(?:,[0-9]{{3}})*+"
    rf"|(?:{alternation(EN_ARTICLE_ONE)}\ )?+{alternation(EN_SHARE_ROUND_BASES)})"
)
EN_LOCAL_SHARE_IN_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    (?<!\b{alternation(EN_SHARE_NOT_AFTER)}\ )                # not "number one in five"
    \b(?P<num>{_NUMBER_WORD}|[1-9])                           # one, 1
    \ {alternation(EN_SHARE_IN_WORDS)}                        # in, out of
    (?:\ {alternation(EN_SHARE_EVERY)})?+\                   # every
    (?P<den>{_SHARE_DEN})\b(?![-.,]?[0-9])                    # five, 10
    (?!\ {_DURATION}\b)                                      # not "one in five years"
    """,
    _FLAGS,
)
# A span of years named by one word: "a decade", "half a century".
EN_LOCAL_YEAR_SPAN_PHRASE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    \b(?P<vague>{alternation(EN_YEAR_SPAN_PHRASES)})\b       # a decade
    """,
    _FLAGS,
)
# A span named by one word: "a fortnight" (14 days).
EN_LOCAL_SPAN_PHRASE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_LOCAL_PRE}{_EDGE_BEFORE}
    \b(?P<vague>{alternation(EN_SPAN_PHRASES)})\b            # a fortnight
    """,
    _FLAGS,
)
# A quarter of the year named by its rank ("the first quarter", "third-quarter profit", "Q1", "Q4
# 2023"): a rank (role ordinal), as 一季度 and 第三季度 are, so a quarter put in the wrong place is a
# finding and a right one silent. Not a span ("the first three quarters", "three quarters"), a share
# ("a quarter of") nor Q with another digit (Q5, Q10 name other things).
EN_QUARTER_ORDINALS: Final[dict[str, int]] = {"first": 1, "second": 2, "third": 3, "fourth": 4}
EN_QUARTER_NOUNS: Final[frozenset[str]] = frozenset({"quarter"})
EN_QUARTER_LETTERS: Final[frozenset[str]] = frozenset({"Q"})
EN_QUARTER_RANKS: Final[dict[str, tuple[Decimal, Decimal]]] = {
    **{
        f"{word}{joint}{noun}": (Decimal(rank), Decimal(rank))
        for word, rank in EN_QUARTER_ORDINALS.items()
        for joint in (" ", "-")
        for noun in EN_QUARTER_NOUNS
    },
}
EN_LOCAL_QUARTER_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w-])
    (?P<vague>{alternation(EN_QUARTER_ORDINALS)}[\ -]{alternation(EN_QUARTER_NOUNS)})
    \b(?!-\w|s\b)                                     # not third-quarter-ish, quarters
    """,
    _FLAGS,
)
# The digit of Q1–Q4 (the claim is the digit, as the code rule reads it, which this one replaces).
EN_LOCAL_QUARTER_CODE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=(?<![\w-])(?-i:{alternation(EN_QUARTER_LETTERS)}))
    (?P<num>[1-4])(?![\w]|[.,]\d)                      # Q3, Q3 2023; not Q10, Q3.5
    """,
    _FLAGS,
)
# Clock times in words, as machine translation and speech write them: "half past nine" (09:30), "a
# quarter past ten" (10:15), "nine thirty in the morning", "at nine forty-five", "6 in the evening",
# and a time in digits or with o'clock before such a phrase ("9:30 in the evening" = 21:30).
# The half of the day may be a phrase; an hour and its minutes in words need a cue before them ("at
# nine thirty") and a half of the day or the end of the phrase after them, as "at twelve forty
# people" counts people. Minutes
# in words are ten to fifty-nine.
EN_DAY_HALF_PHRASES: Final[dict[str, int]] = {
    "in the morning": 0,
    "in the afternoon": 12,
    "in the evening": 12,
    "at night": 12,
}
EN_CLOCK_PAST: Final[frozenset[str]] = frozenset({"past", "after"})
# "A quarter to ten" (09:45) only after a cue of a point in time ("at a quarter to ten", not "by"
# nor "to"): "rose by a quarter to ten" is a share and its result.
EN_CLOCK_TO: Final[frozenset[str]] = frozenset({"to"})
EN_CLOCK_TO_CUES: Final[frozenset[str]] = frozenset({"at", "until", "till", "since"})
EN_CLOCK_QUARTERS: Final[frozenset[str]] = frozenset({"quarter"})
_MINUTE_TENS: Final[str] = alternation(
    w for w, v in EN_NUMBER_WORDS.items() if v in (20, 30, 40, 50)
)
_MINUTE_UNITS: Final[str] = alternation(w for w, v in EN_NUMBER_WORDS.items() if 1 <= v <= 9)
_MINUTE_WORD: Final[str] = rf"""(?:{_MINUTE_TENS}(?:[-\ ]{_MINUTE_UNITS}\b)?+
    |{alternation(w for w, v in EN_NUMBER_WORDS.items() if 10 <= v <= 19)})"""
_DAY_HALF_PHRASE: Final[str] = alternation({**EN_DAY_HALVES, **EN_DAY_HALF_PHRASES})
# What a time in words reads past its hour (`Rule.then`): "past" or "to" of a quarter, a minute
# in words (nine thirty), or the half of the day after the minutes and "o'clock" at most ("9:30 at
# night", "nine forty-five o'clock in the evening": the phrase begins within 24 characters).
_T_TIME_WORDS: Final[Then] = Then(
    follows(
        EN_CLOCK_PAST,
        EN_CLOCK_TO,
        (w for w, v in EN_NUMBER_WORDS.items() if 10 <= v <= 50),
        EN_DAY_HALF_PHRASES,
    ),
    within=24,
)
EN_LOCAL_TIME_WORDS_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w-])
    (?:
        (?:(?P<halfhour>{alternation(EN_HALF_WORDS)})          # half past nine
          |(?P<quarter>{alternation(EN_ARTICLE_ONE)})\ {alternation(EN_CLOCK_QUARTERS)})
        \ {alternation(EN_CLOCK_PAST)}\ (?P<num>{_HOUR_WORD}|{_HOUR})\b
        (?:\ (?P<dayhalf>{_DAY_HALF_PHRASE})(?!\w))?+
      | (?<=\b{alternation(EN_CLOCK_TO_CUES)}\ )              # at a quarter to ten
        (?P<quarter>{alternation(EN_ARTICLE_ONE)})\ {alternation(EN_CLOCK_QUARTERS)}
        \ (?P<before>{alternation(EN_CLOCK_TO)})\ (?P<num>{_HOUR_WORD}|{_HOUR})\b
        (?:\ (?P<dayhalf>{_DAY_HALF_PHRASE})(?!\w)|(?=\ ?+[.,;:!?)]|\ ?+$|\ (?!{_SCALE}\b|{_PERCENT})))
      | (?<=\b{alternation(EN_CLOCK_WORD_CUES)}\ )            # at nine thirty (in the morning)
        (?P<num>{_HOUR_WORD})\ (?P<minute>{_MINUTE_WORD})\b
        (?:\ (?P<dayhalf>{_DAY_HALF_PHRASE})(?!\w)|(?=\ ?+[.,;:!?)]|\ ?+$))  # then the phrase ends
      | (?<![0-9][:.])
        (?P<num>{_HOUR_WORD}|{_HOUR})                    # 6 in the evening, 9:30 at night
        (?::(?P<minute>[0-5][0-9])(?![0-9:])|\ (?P<minute>{_MINUTE_WORD}))?+
        (?:\ ?+{alternation(EN_OCLOCK)})?+                # nine o'clock in the evening
        \ (?P<dayhalf>{alternation(EN_DAY_HALF_PHRASES)})\b
    )
    """,
    _FLAGS,
)
# A decimal in words: a whole number in words, "point", then digit words one by one ("five point
# two percent", "zero point five", "three point two five billion yuan"); a percent, a currency or a
# mass after it is its unit. Not "point" alone ("at one point", "two points").
_DIGIT_WORD: Final[str] = alternation(w for w, v in EN_NUMBER_WORDS.items() if 0 <= v <= 9)
EN_LOCAL_DECIMAL_WORDS_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}
    (?P<num>
        {_NUMBER_WORD}(?:[-\ ]{_NUMBER_WORD})?+         # five, twenty-three
        \ {alternation(EN_DECIMAL_POINTS)}(?:\ {_DIGIT_WORD}\b)++   # point two five
        (?:\ {_SCALE}\b)?+                             # billion
    )
    (?:\ ?+(?P<unit>{_PERCENT}|{_CUR_AFTER}|{_MASS})\b)?+
    """,
    _FLAGS,
)
# A date written with "the" between the month and the day ("May the 3rd", "on March the 15th,
# 2021"), as speech and some translations write it: the same date as "May 3".
EN_MONTH_DAY_ARTICLES: Final[frozenset[str]] = frozenset({"the"})
EN_LOCAL_MONTH_THE_DAY_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w-])(?P<month>(?-i:{_MONTH}))\ {alternation(EN_MONTH_DAY_ARTICLES)}\     # May the
    (?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b                    # 3rd
    (?:,?+\ (?P<year>(?:1[0-9]|20)[0-9]{{2}})(?![0-9]))?+                 # , 2021
    """,
    _FLAGS,
)
# A signed amount with a currency or a mass after it ("-5 million yuan", "−3.2 billion dollars",
# "minus 40 tons"): the signed figure in that unit. The sign was read on the bare figure and the
# unit with "million" alone ("million yuan" = 1,000,000), or the unit was lost.
EN_LOCAL_SIGNED_AMOUNT_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_SIGNED}
    \ ?+(?P<unit>{_CUR_AFTER}|{_MASS})(?!\w)        # yuan, US dollars, tons
    {_Q_POST}
    """,
    _FLAGS,
)
EN_LOCAL_DECADE_WORD_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<=\bthe\ (?:early\ |mid-|late\ )?+)          # the, the late
    (?P<vague>{alternation(EN_DECADE_WORD_YEARS)})\b  # eighties
    """,
    _FLAGS,
)
# A statute's two inclusive bounds (处一万元以上十万元以下) as the translation of a statute writes
# them, each with its hedge and its unit: "not less than 10,000 yuan but not more than 100,000
# yuan", "more than two years and less than seven years". One range, as the Chinese is read.
EN_BOUND_JOINERS: Final[frozenset[str]] = frozenset({"and", "but"})
_BOUND_FLOOR: Final[str] = alternation(
    {q for q, a in EN_QUALIFIERS_BEFORE.items() if a is Approx.OVER and " " in q}
)
_BOUND_CEILING: Final[str] = alternation(
    {q for q, a in EN_QUALIFIERS_BEFORE.items() if a is Approx.UNDER and " " in q}
)
_BOUND_UNIT: Final[str] = rf"(?-i:{_CUR_AFTER}|{_DURATION})"
EN_LOCAL_BOUNDS_RANGE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    \b(?P<pre>{_BOUND_FLOOR})\ {_EDGE_BEFORE}             # not less than
    (?P<num>{_NUM_UNIT})\ (?P<unit1>{_BOUND_UNIT})\b       # 10,000 yuan
    ,?+\ (?:{alternation(EN_BOUND_JOINERS)})\ (?:{_BOUND_CEILING})\ # but not more than
    (?P<num2>{_NUM_UNIT})\ (?P<unit>{_BOUND_UNIT})\b       # 100,000 yuan
    (?<=(?P=unit1))                                       # the same unit on both bounds
    """,
    _FLAGS,
)
# The qualifiers of over that hedge a figure's precision ("300-odd", "50-plus", "just over 50",
# "north of $5bn") rather than bound it as "at least", "more than" and "no less than" do
# (`LangRules.precision_hedges`).
EN_PRECISION_HEDGES: Final[frozenset[str]] = frozenset(
    {"-odd", "-plus", "plus", "+", "just over", "well over", "north of", "upwards of"}
)
# The direction of a change stated right next to its figure: a verb of rise or fall before it
# ("rose 5%", "fell by 300 million", "climbed sharply by 2 points", "were up 5% year on year",
# "dropped a further 3%"), a noun of change with "of" ("an increase of 5%", "a drop of 2%",
# "negative growth of 2%"), or after it ("a 5% rise", "5% lower"). A level reached ("rose to 5%",
# "fell from 7% to 5%") leaves its figure alone. Read into `Claim.change`
# (`LangRules.change_before`, `LangRules.change_after`).
EN_CHANGE_RISE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases",
        "increasing", "grew", "grow", "grows", "grown", "growing", "climbed", "climb", "climbs",
        "climbing", "gained", "gains", "jumped", "jumps", "surged", "soared", "up", "expanded",
        "raised by", "widened by", "rebounded", "advanced",
    }
)  # fmt: skip
EN_CHANGE_FALL_VERBS: Final[frozenset[str]] = frozenset(
    {
        "fell", "fall", "falls", "fallen", "falling", "declined", "decline", "declines",
        "declining", "decreased", "decrease", "decreases", "decreasing", "dropped", "drop",
        "drops", "dropping", "down", "shrank", "shrunk", "shrink", "shrinks", "slipped", "slid",
        "plunged", "plummeted", "tumbled", "contracted", "cut by", "reduced by", "lowered by",
        "narrowed by", "dipped", "slumped", "sank", "retreated",
    }
)  # fmt: skip
EN_CHANGE_RISE_NOUNS: Final[frozenset[str]] = frozenset(
    {"increase", "rise", "growth", "gain", "jump", "surge", "hike"}
)
EN_CHANGE_FALL_NOUNS: Final[frozenset[str]] = frozenset(
    {"decrease", "decline", "drop", "fall", "reduction", "contraction", "cut", "slump"}
)
# The verbs that "up" completes without a rise ("make up 85%", "took up 5%", "set up 3").
EN_CHANGE_UP_PHRASAL_VERBS: Final[frozenset[str]] = frozenset(
    {"make", "makes", "made", "making", "take", "takes", "took", "taking", "set", "sets", "picked"}
)
# The hedges of a level crossed: "rose above 7.0", "fell below 1,000", "climbed past 30%".
EN_CHANGE_LEVEL_HEDGES: Final[frozenset[str]] = frozenset({"above", "below", "beyond", "past"})
# After a figure, the comparatives of change ("5% higher", "3% lower").
EN_CHANGE_RISE_AFTER: Final[frozenset[str]] = frozenset({"higher"})
EN_CHANGE_FALL_AFTER: Final[frozenset[str]] = frozenset({"lower"})
# Words between a verb of change and its figure: "year on year", "by", "a further".
_CHANGE_BETWEEN = (
    r"(?:\s+year[-\s]on[-\s]year)?(?:\s+[a-z]+ly)?(?:\s+by)?(?:\s+(?:a\s+further|another))?"
    r"(?:\s+an\s+average\s+of)?"
)
EN_CHANGE_BEFORE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w-])
    (?:
        (?P<fall>{alternation(EN_CHANGE_FALL_VERBS)}{_CHANGE_BETWEEN}
        |negative\s+growth\s+of|{alternation(EN_CHANGE_FALL_NOUNS)}s?\s+of)
        |(?P<rise>
            (?:{alternation(EN_CHANGE_RISE_VERBS - {"up"})}
            |(?<!\b{alternation(EN_CHANGE_UP_PHRASAL_VERBS)}\s)up){_CHANGE_BETWEEN}
        |{alternation(EN_CHANGE_RISE_NOUNS)}s?\s+of)
    )
    \s+\Z
    """,
    # Searched backwards from the figure (the engine reads the words right before it first).
    _FLAGS | regex.REVERSE,
)
EN_CHANGE_AFTER_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    [-\s]
    (?:(?P<fall>{alternation(EN_CHANGE_FALL_NOUNS | EN_CHANGE_FALL_AFTER)})
    |(?P<rise>{alternation(EN_CHANGE_RISE_NOUNS | EN_CHANGE_RISE_AFTER)}))
    (?![\w-])
    """,
    _FLAGS,
)
# The period an amount of money is stated per (`Claim.period`, `LangRules.period_before` and
# `period_after`): after the figure, "a month", "per annum", "each week", "monthly", "/yr"
# (never "a year ago" or "a year earlier": a point in time); before it, an adjective of a period
# and a noun of pay, rent or fee ("a monthly salary of", "annual income of", "the weekly wage
# is"). An average is no rate ("an average monthly salary of" stays a rate: the average of a
# monthly figure is still per month).
EN_MONEY_PERIOD_NOUNS: Final[dict[Period, frozenset[str]]] = {
    Period.DAY: frozenset({"day"}),
    Period.WEEK: frozenset({"week", "wk"}),
    Period.MONTH: frozenset({"month", "mo", "mth"}),
    Period.QUARTER: frozenset({"quarter", "qtr"}),
    Period.YEAR: frozenset({"year", "annum", "yr"}),
}
EN_MONEY_PERIOD_ADVERBS: Final[dict[Period, frozenset[str]]] = {
    Period.DAY: frozenset({"daily", "a day", "per day", "each day", "every day"}),
    Period.WEEK: frozenset({"weekly", "a week", "per week", "each week", "every week"}),
    Period.MONTH: frozenset({"monthly", "a month", "per month", "each month", "every month"}),
    Period.QUARTER: frozenset({"quarterly", "a quarter", "per quarter", "each quarter"}),
    Period.YEAR: frozenset(
        {"annually", "yearly", "a year", "per year", "per annum", "each year", "every year"}
    ),
}
EN_MONEY_PERIOD_ADJECTIVES: Final[dict[Period, frozenset[str]]] = {
    Period.DAY: frozenset({"daily"}),
    Period.WEEK: frozenset({"weekly"}),
    Period.MONTH: frozenset({"monthly"}),
    Period.QUARTER: frozenset({"quarterly"}),
    Period.YEAR: frozenset({"annual", "yearly"}),
}
# The nouns of pay, rent or fee after an adjective of a period ("monthly salary").
EN_MONEY_PERIOD_PAY_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "salary", "salaries", "wage", "wages", "pay", "income", "incomes", "earnings", "rent",
        "rental", "rents", "fee", "fees", "payment", "payments", "repayment", "repayments",
        "instalment", "instalments", "installment", "installments", "premium", "premiums",
        "pension", "pensions", "allowance", "allowances", "subscription", "stipend", "charge",
        "charges", "dues", "tuition", "mortgage",
    }
)  # fmt: skip
# What after "a year" makes it a point in time ("a year ago", "a year earlier").
EN_MONEY_PERIOD_NOT_AFTER: Final[frozenset[str]] = frozenset(
    {"ago", "earlier", "later", "before", "after", "on", "prior", "previously", "back", "old"}
)
# Whom an amount per a period is counted for, between the amount and its period ("800 yuan per
# person per month").
EN_MONEY_PERIOD_PER_WHOM: Final[frozenset[str]] = frozenset(
    {"person", "head", "capita", "household", "family", "worker", "employee", "member"}
)


def _en_period_groups(words: dict[Period, frozenset[str]]) -> str:
    """One named group per period (`Period`), of its words."""
    return "|".join(f"(?P<{period.value}>{alternation(w)})" for period, w in words.items())


EN_MONEY_PERIOD_AFTER_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?:\s+(?:per|a)\s+{alternation(EN_MONEY_PERIOD_PER_WHOM)})?
    (?:
        \s+(?:{_en_period_groups(EN_MONEY_PERIOD_ADVERBS)})
        (?!\s+(?:{alternation(EN_MONEY_PERIOD_NOT_AFTER)})\b)
        |\s?/\s?(?:{_en_period_groups(EN_MONEY_PERIOD_NOUNS)})
    )
    (?![\w-])
    """,
    _FLAGS,
)
EN_MONEY_PERIOD_BEFORE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    (?<![\w-])
    (?:{_en_period_groups(EN_MONEY_PERIOD_ADJECTIVES)})
    \s+(?:[a-z]+\s+)?(?:{alternation(EN_MONEY_PERIOD_PAY_NOUNS)})
    (?:\s+(?:of|is|was|are|were|at|totals|totalled|totaled|reached|tops|topped|of\s+about))?
    \s+\Z
    """,
    # Searched backwards from the figure, as the word of change is.
    _FLAGS | regex.REVERSE,
)
# A date of the Chinese lunar calendar, as translations write 农历八月十五 and 正月初一: "the 15th day
# of the eighth lunar month", "the first day of the first month of the lunar calendar", "the
# twelfth lunar month". A date with the role of a name, as the Chinese reader reads it (see
# lang/zh.py): it pairs with the same lunar date, never with a Gregorian one.
EN_LUNAR_MONTH_PHRASES: Final[frozenset[str]] = frozenset(
    {
        "lunar month",
        "Chinese lunar month",
        "month of the lunar calendar",
        "month of the Chinese lunar calendar",
        "month of the traditional Chinese calendar",
        "month of the Chinese calendar",
        "month of the lunar year",
    }
)
# The word that every one of those phrases writes (searched for past the figure: `Rule.then`).
EN_LUNAR_MARKS: Final[frozenset[str]] = frozenset({"lunar", "chinese calendar"})
EN_LOCAL_LUNAR_DATE_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    \b(?:
        (?=[0-9])(?P<day>[1-9][0-9]?+)(?-i:{_ORDINAL_SUFFIX})|(?P<day>{alternation(EN_SUGGEST_ORDINALS)})
    )
    \ (?:day\ )?of\ the\                                   # the 15th (day) of the
    (?:(?=[0-9])(?P<month>[1-9][0-9]?+)(?-i:{_ORDINAL_SUFFIX})|(?P<month>{alternation(EN_SUGGEST_ORDINALS)}))
    \ (?:{alternation(EN_LUNAR_MONTH_PHRASES)})\b          # eighth lunar month
  | \b(?:(?=[0-9])(?P<month>[1-9][0-9]?+)(?-i:{_ORDINAL_SUFFIX})|(?P<month>{alternation(EN_SUGGEST_ORDINALS)}))
    \ (?:{alternation(EN_LUNAR_MONTH_PHRASES)})\b          # the twelfth lunar month
    """,
    _FLAGS,
)

# The two years of a life span (see EN_LIFE_SPAN_SEPARATORS).
EN_LOCAL_LIFE_SPAN_YEAR_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
        (?<=\()(?P<year>[1-9][0-9]{{2,3}})(?={_LIFE_SEP}[1-9][0-9]{{2,3}}\))   # (701-
      | (?<=\([1-9][0-9]{{2,3}}{_LIFE_SEP})(?P<year>[1-9][0-9]{{2,3}})(?=\))   # -762)
    """,
    _FLAGS,
)

# A score written over the top of its scale with a slash ("a GPA of 3.8/4.0", "rated 4.8/5"): the
# score, with decimals, is the figure; the scale is part of the claim (rules.score_over_scale, the
# pattern both languages read it with).
EN_SCORE_SCALE_TOPS: Final[frozenset[str]] = frozenset(
    {"4", "4.0", "4.3", "4.5", "5", "5.0", "10", "10.0", "100"}
)
EN_SCORE_SCALE_SLASHES: Final[frozenset[str]] = frozenset({"/"})
# The labels of a score that a capitalized Latin word before it may be (a version's name may not:
# "Android 4.4/5.0"): a grade point average and the sites that rate films and books.
EN_SCORE_SCALE_LABELS: Final[frozenset[str]] = frozenset(
    {"GPA", "IMDb", "IMDB", "Metacritic", "Letterboxd"}
)
EN_LOCAL_SCORE_OVER_SCALE_RE: Final[regex.Pattern[str]] = _compile(
    score_over_scale(EN_SCORE_SCALE_TOPS, EN_SCORE_SCALE_SLASHES, EN_SCORE_SCALE_LABELS), _FLAGS
)

# A height in feet and inches ("5 feet 10 inches", "5 ft 10 inches", "6 feet, 1 inch"): one
# length, the sum (1.778 m, stated to the inch: 70 inches), as 1米78 is one figure; feet alone ("a
# 6-foot wall") stay the unit rule's. Not "5 ft 10 in": "in" alone is no unit.
EN_HEIGHT_FEET: Final[frozenset[str]] = frozenset({"feet", "foot", "ft"})
EN_HEIGHT_INCHES: Final[frozenset[str]] = frozenset({"inches", "inch"})
EN_LOCAL_FEET_INCHES_RE: Final[regex.Pattern[str]] = _compile(
    rf"""
    {_EDGE_BEFORE}
    (?P<num>[1-8])\ ?+(?P<unit>{alternation(EN_HEIGHT_FEET)}),?+\ (?:and\ )?+   # 5 feet, 5 ft and
    (?P<part>1[01]|[0-9])\ ?+(?P<partunit>{alternation(EN_HEIGHT_INCHES)})\b        # 10 inches
    (?![.,]?[0-9])
    """,
    _FLAGS,
)

RULES: Final[LangRules] = LangRules(
    lang=Lang.EN,
    rules=(
        *EN_ROLE_RULES,
        Rule(
            "en.multiplier.word",
            Build.MULTIPLIER,
            EN_MULTIPLIER_WORD_RE,
            Kind.MULTIPLIER,
            begins=Begins.of(EN_MULTIPLIERS),
        ),
        Rule(
            "en.multiplier.compared",
            Build.MULTIPLIER,
            EN_MULTIPLIER_COMPARED_RE,
            Kind.MULTIPLIER,
            begins=_B_PRE | Begins.of(EN_COMPARED_MULTIPLIERS),
            then=Then(frozenset(EN_COMPARED_MULTIPLIERS), within=0),  # more than twice
        ),
        Rule(
            "en.money.before.range",
            Build.QUANTITY,
            EN_MONEY_BEFORE_RANGE_RE,
            begins=_B_PRE | _B_RANGE | Begins.of(EN_CURRENCIES_BEFORE),
            needs=frozenset(EN_CURRENCIES_BEFORE),
            then=_T_MONEY_RANGE,
        ),
        Rule(
            "en.money.before",
            Build.QUANTITY,
            EN_MONEY_BEFORE_RE,
            begins=_B_PRE | Begins.of(EN_CURRENCIES_BEFORE),
            needs=frozenset(EN_CURRENCIES_BEFORE),
        ),
        Rule(
            "en.money.after.range",
            Build.QUANTITY,
            EN_MONEY_AFTER_RANGE_RE,
            begins=_B_RANGED,
            follows=_F_RANGE | _F_LETTER,
        ),
        Rule(
            "en.money.after",
            Build.QUANTITY,
            EN_MONEY_AFTER_RE,
            begins=_B_SINGLE,
            follows=follows(EN_CURRENCIES_AFTER, EN_CURRENCIES_AFTER_BRACKETED) | _F_LETTER,
        ),
        Rule(
            "en.money.pounds",
            Build.QUANTITY,
            EN_MONEY_POUNDS_RE,
            Kind.MONEY,
            unit=EN_POUND_CURRENCY,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_POUND_WORDS) | _F_LETTER,
        ),
        Rule(
            "en.mass.range",
            Build.QUANTITY,
            EN_MASS_RANGE_RE,
            begins=_B_RANGED,
            follows=_F_RANGE | _F_LETTER,
        ),
        Rule(
            "en.mass",
            Build.QUANTITY,
            EN_MASS_RE,
            begins=_B_SINGLE,
            follows=follows(EN_MASS_UNITS, EN_MASS_SYMBOLS) | _F_LETTER,
        ),
        Rule(
            "en.percent.range",
            Build.QUANTITY,
            EN_PERCENT_RANGE_RE,
            begins=_B_RANGED,
            follows=_F_PERCENT_RANGE,
            then=_T_PERCENT_RANGE,
        ),
        Rule(
            "en.percent",
            Build.QUANTITY,
            EN_PERCENT_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_PERCENT_UNITS),
        ),
        Rule(
            "en.fraction",
            Build.QUANTITY,
            EN_FRACTION_RE,
            Kind.PERCENT,
            unit=EN_FRACTION_UNIT,
            begins=_B_PRE | Begins.of(EN_FRACTIONS),
            needs=frozenset(EN_FRACTIONS),
        ),
        Rule(
            "en.multiplier.range",
            Build.MULTIPLIER,
            EN_MULTIPLIER_RANGE_RE,
            Kind.MULTIPLIER,
            begins=_B_PRE | _B_NUM,
            follows=_F_RANGE,
        ),
        Rule(
            "en.multiplier",
            Build.MULTIPLIER,
            EN_MULTIPLIER_RE,
            Kind.MULTIPLIER,
            begins=_B_SINGLE,
            follows=follows(EN_FOLD, EN_TIMES, EN_VAGUE_OF),
        ),
        Rule(
            "en.multiplier.growth",
            Build.MULTIPLIER,
            EN_MULTIPLIER_GROWTH_RE,
            Kind.MULTIPLIER,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_TIMES),
        ),
        Rule(
            "en.date",
            Build.DATE,
            EN_DATE_RE,
            Kind.DATE,
            begins=Begins.of(EN_MONTHS, digit=True),
            follows=follows(EN_ORDINAL_SUFFIXES, EN_MONTHS, ("of", "-")),  # 29th (of) August
        ),
        Rule(
            "en.duration.range",
            Build.DURATION,
            EN_DURATION_RANGE_RE,
            Kind.DURATION,
            begins=_B_RANGED | Begins.of(EN_SPAN_BEFORE),
            follows=_F_RANGE,
        ),
        Rule(
            "en.duration",
            Build.DURATION,
            EN_DURATION_RE,
            Kind.DURATION,
            begins=_B_SINGLE | Begins.of(EN_SPAN_BEFORE),
            follows=follows(EN_DURATION_UNITS, EN_SPAN_MODIFIERS),
        ),
        Rule(
            "en.year",
            Build.YEAR,
            EN_YEAR_RE,
            Kind.YEAR,
            begins=Begins.of(EN_FISCAL, EN_YEAR_ELISIONS, "'", digit=True),
        ),
        Rule(
            "en.frequency",
            Build.QUANTITY,
            EN_FREQUENCY_RE,
            Kind.NUMBER,
            begins=_B_NUM | _B_PRE | Begins.of(EN_FREQUENCY_WORDS),
            follows=follows(EN_TIMES),
        ),
        Rule(
            "en.day",
            Build.QUANTITY,
            EN_DAY_RE,
            Kind.NUMBER,
            begins=Begins.behind(word + " " for word in EN_DAY_BEFORE),  # the 28th
            follows=follows(EN_ORDINAL_SUFFIXES),
        ),
        Rule(
            "en.age.decade",
            Build.QUANTITY,
            EN_AGE_DECADE_RE,
            Kind.NUMBER,
            begins=Begins.of(EN_AGE_DECADES, digit=True),
            follows=follows(EN_DECADE_MARKS),
        ),
        Rule(
            "en.number.range",
            Build.QUANTITY,
            EN_NUMBER_RANGE_RE,
            Kind.NUMBER,
            begins=_B_RANGE | _B_NUM,
            follows=_F_RANGE,
        ),
        Rule("en.number", Build.QUANTITY, EN_NUMBER_RE, Kind.NUMBER, begins=_B_SINGLE),
        Rule(
            "en.number.words",
            Build.QUANTITY,
            EN_NUMBER_WORDS_RE,
            Kind.NUMBER,
            begins=_B_PRE | Begins.of(EN_NUMBER_WORDS),
        ),
        Rule(
            "en.ordinal",
            Build.QUANTITY,
            EN_ORDINAL_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.of(EN_ORDINAL_WORDS, digit=True),
            # 14th, hundredth; twenty-first, where the head reads "twenty" and the rest follows.
            follows=follows(
                EN_ORDINAL_SUFFIXES, (w.replace("-", " ").split()[-1] for w in EN_ORDINAL_WORDS)
            ),
        ),
    ),
    cores=EN_CORES_RE,
    prefixes=EN_PREFIXES,
    head=EN_HEAD_RE,
    head_gaps=" -",
    follows_whole=True,
    local_rules=(
        Rule(
            "en.local.web.count",
            Build.QUANTITY,
            EN_LOCAL_WEB_COUNT_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_SCALE_LETTERS),
        ),
        # Before en.local.quantity.range, whose reading of "0-100 km/h" as a range from 0 it must
        # win (a tie).
        Rule(
            "en.local.acceleration",
            Build.QUANTITY,
            EN_LOCAL_ACCELERATION_RE,
            begins=Begins.of(EN_ACCELERATION_ZERO_WORDS, digit=True),  # 0-100 km/h, zero to
            follows=_F_RANGE,
            then=Then(EN_ACCELERATION_SPEED_UNITS, within=10),
        ),
        Rule(
            "en.local.quantity.range",
            Build.QUANTITY,
            EN_LOCAL_QUANTITY_RANGE_RE,
            begins=_B_RANGE | _B_PRE | _B_NUM,
            follows=_F_QUANTITY | _F_RANGE,
            then=_T_QUANTITY_RANGE,
        ),
        Rule(
            "en.local.quantity",
            Build.QUANTITY,
            EN_LOCAL_QUANTITY_RE,
            begins=_B_PRE | _B_SIGN | _B_NUM,
            follows=_F_QUANTITY,
        ),
        Rule(
            "en.local.dimension",
            Build.QUANTITY,
            EN_LOCAL_DIMENSION_RE,
            begins=Begins(digit=True),
            follows=follows(EN_DIMENSION_SEPARATORS) | _F_QUANTITY,
        ),
        Rule(
            "en.local.money.after",
            Build.QUANTITY,
            EN_LOCAL_MONEY_AFTER_RE,
            begins=_B_PRE | _B_SIGN | _B_NUM,
            follows=follows(EN_CURRENCY_SIGNS_AFTER, EN_CURRENCY_CODES) | _F_LETTER,
        ),
        Rule(
            "en.local.and.half",
            Build.QUANTITY,
            EN_LOCAL_AND_HALF_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_AND_A_HALF),
        ),
        Rule(
            "en.local.and.half.frequency",
            Build.QUANTITY,
            EN_LOCAL_AND_HALF_TIMES_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_AND_A_HALF),
        ),
        Rule(
            "en.local.span.half",
            Build.DURATION,
            EN_LOCAL_HALF_SPAN_RE,
            Kind.DURATION,
            begins=_B_PRE | _B_NUM | Begins.of(EN_HALF_WORDS),
            follows=follows(EN_ARTICLE_ONE, EN_AND_A_HALF, EN_DURATION_UNITS),
        ),
        Rule(
            "en.local.quantity.vague",
            Build.QUANTITY,
            EN_LOCAL_VAGUE_QUANTITY_RE,
            begins=_B_PRE | Begins.of(EN_VAGUE_PLURALS),
        ),
        Rule(
            "en.local.time",
            Build.TIME,
            EN_LOCAL_TIME_RE,
            Kind.TIME,
            begins=Begins(digit=True),
            follows=follows(EN_DAY_HALVES, ":."),  # 9:30 a.m., 9.30 am (the head reads 9.30), 8 pm
        ),
        Rule(
            "en.local.time.open",
            Build.TIME,
            EN_LOCAL_TIME_OPEN_RE,
            Kind.TIME,
            # 14:20, 20: 00, 9 o'clock; 05:03, which no head reads.
            begins=Begins.of(EN_NUMBER_WORDS, "0", digit=True),
            follows=follows(":", (word[:2] for word in EN_OCLOCK)),
        ),
        Rule(
            "en.local.time.word",
            Build.TIME,
            EN_LOCAL_CLOCK_WORD_RE,
            Kind.TIME,
            begins=Begins.of(EN_CLOCK_WORDS),
        ),
        Rule(
            "en.local.signed.percent",
            Build.QUANTITY,
            EN_LOCAL_SIGNED_PERCENT_RE,
            begins=_B_PRE | _B_SIGN,
            needs=frozenset(EN_NEGATIVE_SIGNS),  # a sign before the figure
        ),
        Rule(
            "en.local.signed",
            Build.QUANTITY,
            EN_LOCAL_SIGNED_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_SIGN,
            needs=frozenset(EN_NEGATIVE_SIGNS),  # a sign before the figure
        ),
        Rule(
            "en.local.money.lower",
            Build.QUANTITY,
            EN_LOCAL_MONEY_LOWER_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_CURRENCIES_LOWER) | _F_LETTER,
        ),
        Rule(
            "en.local.money.scaled",
            Build.QUANTITY,
            EN_LOCAL_MONEY_SCALED_CODE_RE,
            begins=_B_PRE | Begins(digit=True),
            # The scale letter and the code are glued (45 MUSD): the two together end a word.
            follows=follows(s + c for s in EN_CODE_SCALES for c in EN_CURRENCY_CODES),
        ),
        Rule(
            "en.local.money.spaced",
            Build.QUANTITY,
            EN_LOCAL_MONEY_SPACED_RE,
            begins=_B_PRE | Begins.of(EN_CURRENCIES_BEFORE_SPACED),
            needs=frozenset(EN_CURRENCIES_BEFORE_SPACED),
        ),
        Rule(
            "en.local.money.one",
            Build.QUANTITY,
            EN_LOCAL_MONEY_ONE_RE,
            Kind.MONEY,
            begins=_B_NUM,
            follows=follows("-", EN_CURRENCIES_ONE),
        ),
        Rule(
            "en.local.multiplier.half",
            Build.MULTIPLIER,
            EN_LOCAL_HALF_COMPARED_RE,
            Kind.MULTIPLIER,
            begins=Begins.of(EN_HALF_COMPARED),
        ),
        Rule(
            "en.local.composite",
            Build.QUANTITY,
            EN_LOCAL_COMPOSITE_RE,
            Kind.NUMBER,
            begins=_B_PRE | Begins(digit=True),
            # The part after the head's scale: 5 thousand 2 hundred, 3 thousand and 4 hundred.
            follows=follows(
                "0123456789", EN_NUMBER_WORDS, EN_SMALL_SCALES, EN_SCALE_WORDS, ("and",)
            ),
        ),
        Rule(
            "en.local.money.title",
            Build.QUANTITY,
            EN_LOCAL_MONEY_TITLE_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_CURRENCIES_TITLE) | _F_LETTER,
        ),
        Rule(
            "en.local.date.range.end",
            Build.DATE,
            EN_LOCAL_DAY_RANGE_END_RE,
            # Only right after the joint of a range of days (May 20 to 22, May 20-22).
            begins=Begins.behind(
                f"{before}{joint}{after}"
                for joint in EN_DAY_RANGE_JOINTS
                for before in ("", " ")
                for after in ("", " ")
            ),
        ),
        Rule(
            "en.local.rank.noun",
            Build.QUANTITY,
            EN_LOCAL_RANK_NOUN_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.of(EN_RANK_NOUNS),
        ),
        Rule(
            "en.local.phone",
            Build.QUANTITY,
            EN_LOCAL_PHONE_RE,
            Kind.NUMBER,
            role=Role.CODE,
            begins=Begins.of(EN_PHONE_OPENERS, "0"),  # +86, (010), 010-
        ),
        Rule(
            "en.local.year.short_end",
            Build.YEAR,
            EN_LOCAL_YEAR_SHORT_END_RE,
            Kind.YEAR,
            begins=Begins.behind(EN_YEAR_SPAN_SEPARATORS),  # the 22 of 2021-22
        ),
        Rule(
            "en.local.fraction.slash",
            Build.QUANTITY,
            EN_LOCAL_FRACTION_SLASH_RE,
            Kind.PERCENT,
            unit=EN_FRACTION_UNIT,
            begins=_B_PRE | Begins(digit=True),
            follows=follows(EN_FRACTION_SLASH),
        ),
        Rule(
            "en.local.place",
            Build.QUANTITY,
            EN_LOCAL_PLACE_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.of(EN_PLACE_ORDINALS),
        ),
        Rule(
            "en.local.year.bc",
            Build.YEAR,
            EN_LOCAL_YEAR_BC_RE,
            Kind.YEAR,
            begins=Begins(digit=True),
            follows=follows(EN_BEFORE_COMMON_ERA, EN_COMMON_ERA),  # 221 BC, 618 AD
        ),
        Rule(
            "en.local.degrees",
            Build.QUANTITY,
            EN_LOCAL_SIGNED_DEGREES_RE,
            unit=EN_SIGNED_DEGREES_UNIT,
            begins=_B_PRE | _B_SIGN | _B_NUM,
            follows=follows(EN_DEGREE_WORDS, EN_BELOW_ZERO),
        ),
        Rule(
            "en.local.share.alone",
            Build.QUANTITY,
            EN_LOCAL_SHARE_ALONE_RE,
            Kind.PERCENT,
            unit=EN_FRACTION_UNIT,
            begins=_B_PRE | Begins.of(EN_SHARES_ALONE),
            needs=frozenset(EN_SHARES_ALONE),
        ),
        Rule(
            "en.local.share.in",
            Build.QUANTITY,
            EN_LOCAL_SHARE_IN_RE,
            Kind.PERCENT,
            unit=EN_FRACTION_UNIT,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_SHARE_IN_WORDS),
        ),
        Rule(
            "en.local.span.phrase",
            Build.QUANTITY,
            EN_LOCAL_SPAN_PHRASE_RE,
            Kind.DURATION,
            unit=EN_SPAN_PHRASE_UNIT,
            begins=_B_PRE | Begins.of(EN_SPAN_PHRASES),
            needs=frozenset(EN_SPAN_PHRASES),
        ),
        Rule(
            "en.local.span.years",
            Build.QUANTITY,
            EN_LOCAL_YEAR_SPAN_PHRASE_RE,
            Kind.DURATION,
            unit=EN_YEAR_SPAN_PHRASE_UNIT,
            begins=_B_PRE | Begins.of(EN_YEAR_SPAN_PHRASES),
            needs=frozenset(EN_YEAR_SPAN_PHRASES),
        ),
        Rule(
            "en.local.percent.off",
            Build.QUANTITY,
            EN_LOCAL_PERCENT_OFF_RE,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_PERCENT_UNITS),
        ),
        Rule(
            "en.local.multiplier.x",
            Build.MULTIPLIER,
            EN_LOCAL_MULTIPLIER_X_RE,
            Kind.MULTIPLIER,
            begins=_B_PRE | Begins(digit=True),
            follows=follows(EN_MULTIPLIER_SIGNS),
        ),
        Rule(
            "en.local.round_the_clock",
            Build.QUANTITY,
            EN_LOCAL_ROUND_THE_CLOCK_RE,
            Kind.NUMBER,
            role=Role.NAME,
            begins=Begins.of(EN_NUMBER_WORDS, digit=True),
            follows=follows(EN_ROUND_THE_CLOCK_SIGNS, EN_ROUND_THE_CLOCK_DAY),
        ),
        Rule(
            "en.local.video_lines",
            Build.QUANTITY,
            EN_LOCAL_VIDEO_LINES_RE,
            Kind.NUMBER,
            role=Role.CODE,
            begins=Begins(digit=True),
            follows=follows(EN_VIDEO_LINE_MARKS),
        ),
        Rule(
            "en.local.money.colloquial",
            Build.QUANTITY,
            EN_LOCAL_MONEY_COLLOQUIAL_RE,
            Kind.MONEY,
            unit=EN_COLLOQUIAL_CURRENCY,
            begins=_B_PRE | _B_NUM,
            follows=follows(EN_COLLOQUIAL_CURRENCIES) | _F_LETTER,
        ),
        Rule(
            "en.local.share.by",
            Build.QUANTITY,
            EN_LOCAL_SHARE_BY_RE,
            Kind.PERCENT,
            unit=EN_FRACTION_UNIT,
            begins=_B_PRE | Begins.of(_FRACTIONS_BY),
            needs=_FRACTIONS_BY,
        ),
        Rule(
            "en.local.score.first",
            Build.QUANTITY,
            EN_LOCAL_SCORE_FIRST_RE,
            Kind.NUMBER,
            begins=Begins(digit=True),
            follows=follows("-"),
        ),
        Rule(
            "en.local.score.second",
            Build.QUANTITY,
            EN_LOCAL_SCORE_SECOND_RE,
            Kind.NUMBER,
            begins=Begins.behind("-"),  # the 1 of 3-1, only after its hyphen
        ),
        Rule(
            "en.local.score.colon.first",
            Build.QUANTITY,
            EN_LOCAL_SCORE_COLON_FIRST_RE,
            Kind.NUMBER,
            begins=Begins(digit=True),
            follows=follows(EN_SCORE_SEPARATORS),
        ),
        Rule(
            "en.local.score.colon.second",
            Build.QUANTITY,
            EN_LOCAL_SCORE_COLON_SECOND_RE,
            Kind.NUMBER,
            begins=Begins.behind(EN_SCORE_SEPARATORS),  # the 0 of 3:0, only after its colon
        ),
        Rule(
            "en.local.date.numeric",
            Build.DATE,
            EN_LOCAL_DATE_NUMERIC_RE,
            Kind.DATE,
            begins=Begins(digit=True),
            follows=follows(EN_DATE_NUMERIC_SEPARATORS),
        ),
        Rule(
            "en.local.dotted.code",
            Build.QUANTITY,
            EN_LOCAL_DOTTED_CODE_RE,
            Kind.NUMBER,
            role=Role.CODE,
            begins=Begins(digit=True),
            follows=follows("."),
        ),
        Rule(
            "en.local.race.hours",
            Build.QUANTITY,
            EN_LOCAL_RACE_HOURS_RE,
            Kind.DURATION,
            unit="hour",
            begins=Begins(digit=True),
            follows=follows(":"),
        ),
        Rule(
            "en.local.race.minutes",
            Build.QUANTITY,
            EN_LOCAL_RACE_MINUTES_RE,
            Kind.DURATION,
            unit="minute",
            begins=Begins.of("0", digit=True),  # the 05 of 2:05:30, which no head reads
            follows=follows(":"),
        ),
        Rule(
            "en.local.race.seconds",
            Build.QUANTITY,
            EN_LOCAL_RACE_SECONDS_RE,
            Kind.DURATION,
            unit="second",
            begins=Begins.behind(":"),  # the 01 of 2:08:01, only after its colon
        ),
        Rule(
            "en.local.wind",
            Build.QUANTITY,
            EN_LOCAL_WIND_RE,
            Kind.QUANTITY,
            unit="beaufort",
            # Both forms read the level word right before the figure ("force 7", "level-6").
            begins=Begins.behind(f"{level}{mark}" for level in EN_WIND_LEVELS for mark in " -"),
        ),
        Rule(
            "en.local.quake",
            Build.QUANTITY,
            EN_LOCAL_QUAKE_RE,
            Kind.QUANTITY,
            unit="richter",
            begins=Begins(digit=True),
            follows=follows(EN_QUAKE_AFTER, EN_QUAKE_NOUNS),
        ),
        Rule(
            "en.local.quake.after_word",
            Build.QUANTITY,
            EN_LOCAL_QUAKE_AFTER_WORD_RE,
            Kind.QUANTITY,
            unit="richter",
            begins=Begins.behind(f"{word}{mark}" for word in EN_QUAKE_BEFORE for mark in " -"),
        ),
        Rule(
            "en.local.pressure.pair",
            Build.QUANTITY,
            EN_LOCAL_PRESSURE_PAIR_RE,
            Kind.QUANTITY,
            begins=Begins(digit=True),
            # 140 before its slash, 90 before its unit.
            follows=follows(
                EN_PRESSURE_SEPARATORS,
                (
                    s
                    for s, u in {**EN_QUANTITY_SYMBOLS, **EN_QUANTITY_UNITS}.items()
                    if u == "millimeter_Hg"
                ),
            ),
        ),
        Rule(
            "en.local.rate",
            Build.QUANTITY,
            EN_LOCAL_RATE_RE,
            Kind.MONEY,
            begins=_B_SINGLE | Begins.of(EN_CURRENCIES_BEFORE),
            then=_T_RATE,
        ),
        Rule(
            "en.local.plan",
            Build.QUANTITY,
            EN_LOCAL_PLAN_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins(digit=True),
            follows=follows(EN_ORDINAL_SUFFIXES),  # the 14th Five-Year Plan
        ),
        Rule(
            "en.local.per_base",
            Build.QUANTITY,
            EN_LOCAL_PER_BASE_RE,
            Kind.NUMBER,
            begins=Begins.behind(w + " " for w in EN_PER_BASE_WORDS),  # "per thousand"
            follows=follows(EN_PER_BASE_NOUNS),
        ),
        Rule(
            "en.local.rank.subdivision",
            Build.QUANTITY,
            EN_LOCAL_RANK_SUBDIVISION_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins(digit=True),  # the 2 of "Article 5(2)"
            follows=follows(")"),
        ),
        Rule(
            "en.local.mach",
            Build.QUANTITY,
            EN_LOCAL_MACH_RE,
            Kind.NUMBER,
            begins=Begins.behind(w + " " for w in EN_MACH_WORDS),  # "Mach 2"
        ),
        Rule(
            "en.local.quarter",
            Build.QUANTITY,
            EN_LOCAL_QUARTER_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.of(EN_QUARTER_ORDINALS),  # third quarter
        ),
        Rule(
            "en.local.quarter.code",
            Build.QUANTITY,
            EN_LOCAL_QUARTER_CODE_RE,
            Kind.NUMBER,
            role=Role.ORDINAL,
            begins=Begins.behind(EN_QUARTER_LETTERS),  # the 3 of Q3, only after its letter
        ),
        Rule(
            "en.local.time.words",
            Build.TIME,
            EN_LOCAL_TIME_WORDS_RE,
            Kind.TIME,
            # half past nine, a quarter past ten, nine thirty, 6 in the evening
            begins=Begins.of(EN_HALF_WORDS, EN_ARTICLE_ONE, EN_CLOCK_QUARTERS, EN_NUMBER_WORDS)
            | Begins(digit=True),
            then=_T_TIME_WORDS,
        ),
        Rule(
            "en.local.decimal.words",
            Build.QUANTITY,
            EN_LOCAL_DECIMAL_WORDS_RE,
            begins=Begins.of(EN_NUMBER_WORDS),  # five point two
            follows=follows(EN_DECIMAL_POINTS),
        ),
        Rule(
            "en.local.signed.amount",
            Build.QUANTITY,
            EN_LOCAL_SIGNED_AMOUNT_RE,
            begins=_B_PRE | _B_SIGN,  # -5 million yuan, minus 40 tons
            needs=frozenset(EN_NEGATIVE_SIGNS),
        ),
        Rule(
            "en.local.date.month.the",
            Build.DATE,
            EN_LOCAL_MONTH_THE_DAY_RE,
            Kind.DATE,
            begins=Begins.of(EN_MONTHS),  # May the 3rd
            follows=follows(EN_MONTH_DAY_ARTICLES),
        ),
        Rule(
            "en.local.decimal.words.bare",  # the same with no unit: a bare figure
            Build.QUANTITY,
            EN_LOCAL_DECIMAL_WORDS_RE,
            Kind.NUMBER,
            begins=Begins.of(EN_NUMBER_WORDS),
            follows=follows(EN_DECIMAL_POINTS),
        ),
        Rule(
            "en.local.year.decade.word",
            Build.QUANTITY,
            EN_LOCAL_DECADE_WORD_RE,
            Kind.YEAR,
            begins=Begins.of(EN_DECADE_WORD_YEARS),  # the eighties
        ),
        Rule(
            "en.local.year.ad",
            Build.YEAR,
            EN_LOCAL_YEAR_AD_RE,
            Kind.YEAR,
            begins=Begins.of(EN_COMMON_ERA),  # AD 618
        ),
        # Science and engineering: scientific notation, with a unit and bare.
        Rule(
            "en.local.power_of_ten",
            Build.QUANTITY,
            EN_LOCAL_POWER_OF_TEN_RE,
            begins=_B_PRE | _B_SIGN | Begins.of(digit=True),  # 3 x 10^8 m/s
            follows=follows(
                EN_POWER_OF_TEN_MARKS, EN_E_NOTATION_MARKS, EN_POWER_OF_TEN_EXPONENT_MARKS
            )
            | _EN_E_NOTATION_DIGITS,  # 6.02E23: the mark and its first digit, past the head
        ),
        Rule(
            "en.local.power_of_ten.bare",
            Build.QUANTITY,
            EN_LOCAL_POWER_OF_TEN_BARE_RE,
            Kind.NUMBER,
            begins=_B_PRE | _B_SIGN | Begins.of(digit=True),  # 1.6 × 10⁻¹⁹
            follows=follows(
                EN_POWER_OF_TEN_MARKS, EN_E_NOTATION_MARKS, EN_POWER_OF_TEN_EXPONENT_MARKS
            )
            | _EN_E_NOTATION_DIGITS,  # 6.02E23: the mark and its first digit, past the head
        ),
        Rule(
            "en.local.bounds.range",
            Build.QUANTITY,
            EN_LOCAL_BOUNDS_RANGE_RE,
            # not less than 10,000 yuan but not more than 100,000 yuan
            begins=Begins.of(
                {q for q, a in EN_QUALIFIERS_BEFORE.items() if a is Approx.OVER and " " in q}
            ),
        ),
        Rule(
            "en.local.lunar.date",
            Build.DATE,
            EN_LOCAL_LUNAR_DATE_RE,
            Kind.DATE,
            role=Role.NAME,
            begins=Begins.of(EN_SUGGEST_ORDINALS, digit=True),  # 15th, eighth, first
            follows=follows(
                EN_ORDINAL_SUFFIXES, (w.replace("-", " ").split()[-1] for w in EN_ORDINAL_WORDS)
            ),
            # "lunar" (or "Chinese calendar") past "th day of the twenty-seventh month of the".
            then=Then(EN_LUNAR_MARKS, within=48),
        ),
        # Public health and clinical text.
        Rule(
            "en.local.multiplier.range.suspended",
            Build.MULTIPLIER,
            EN_LOCAL_MULTIPLIER_SUSPENDED_RE,
            Kind.MULTIPLIER,
            begins=Begins.of(EN_NUMBER_WORDS, digit=True),
            follows=follows(EN_SUSPENDED_HYPHENS),  # five- to tenfold
            then=Then(frozenset({"fold"}), within=18),
        ),
        Rule(
            "en.local.age.bound.hyphenated",
            Build.QUANTITY,
            EN_LOCAL_HYPHENATED_AGE_BOUND_RE,
            Kind.NUMBER,
            begins=Begins.of(EN_HYPHENATED_AGE_BOUNDS),  # under-five, over-65s
        ),
        # Multiplier ranges, read against 两到三倍 and 3至5倍 (align.py): a range of occasions.
        Rule(
            "en.local.times.range.frequency",
            Build.QUANTITY,
            EN_LOCAL_TIMES_RANGE_RE,
            Kind.NUMBER,
            begins=_B_RANGE | _B_NUM,
            follows=_F_RANGE,
            then=Then(EN_TIMES, within=24),
        ),
        # Number forms: ranges in web text's scale letters.
        Rule(
            "en.local.web.range",
            Build.QUANTITY,
            EN_LOCAL_WEB_RANGE_RE,
            Kind.NUMBER,
            begins=_B_RANGE | Begins(digit=True),
            follows=follows(EN_WEB_RANGE_SCALES) | _F_RANGE | follows("–"),
            then=Then(follows(("-", "–", " to ")), within=2),
        ),
        Rule(
            "en.local.year.life_span",
            Build.YEAR,
            EN_LOCAL_LIFE_SPAN_YEAR_RE,
            Kind.YEAR,
            # (701-762): the first year right after the bracket, the second after the dash.
            begins=Begins.behind(
                {"("}, EN_LIFE_SPAN_SEPARATORS, (sep + " " for sep in EN_LIFE_SPAN_SEPARATORS)
            ),
            follows=follows(EN_LIFE_SPAN_SEPARATORS, {" ", ")"}),
        ),
        # Education: a score over the top of its scale (3.8/4.0).
        Rule(
            "en.local.score_over_scale",
            Build.QUANTITY,
            EN_LOCAL_SCORE_OVER_SCALE_RE,
            Kind.NUMBER,
            begins=Begins(digit=True),
            follows=follows(EN_SCORE_SCALE_SLASHES),
        ),
        # Fitness and daily life: a height in feet and inches, one length.
        Rule(
            "en.local.height.feet_inches",
            Build.COMPOUND,
            EN_LOCAL_FEET_INCHES_RE,
            begins=Begins(digit=True),
            follows=follows(EN_HEIGHT_FEET),
            then=Then(follows(EN_HEIGHT_INCHES), within=12),
        ),
    ),
    numerals=EN_NUMERALS,
    units={**EN_UNITS, **EN_RATE_UNITS},
    qualifiers={**{s: Approx.EXACT for s in EN_SPAN_BEFORE}, **EN_QUALIFIERS},
    precision_hedges=EN_PRECISION_HEDGES,
    change_before=EN_CHANGE_BEFORE_RE,
    change_after=EN_CHANGE_AFTER_RE,
    period_before=EN_MONEY_PERIOD_BEFORE_RE,
    period_after=EN_MONEY_PERIOD_AFTER_RE,
    change_levels=EN_CHANGE_LEVEL_HEDGES,
    months={k.lower(): v for k, v in EN_MONTHS.items()},
    # The full name of each month, for suggestions ("August 29, 1989"): the first entry per month.
    month_names={v: k for k, v in reversed(list(EN_MONTHS.items()))},
    ordinal_suffixes=EN_DAY_SUFFIXES,
    day_halves={**EN_DAY_HALVES, **EN_DAY_HALF_PHRASES},
    multipliers={**EN_MULTIPLIERS, **EN_COMPARED_MULTIPLIERS, **EN_HALF_COMPARED},
    vague={
        **EN_PHRASES,
        **EN_SPAN_PHRASES,
        **EN_YEAR_SPAN_PHRASES,
        **EN_PLACE_ORDINALS,
        **EN_QUARTER_RANKS,
        **EN_DECADE_WORD_YEARS,
    },
    scale_words=EN_SUGGEST_SCALES,
    hedges=EN_SUGGEST_HEDGES,
    unit_styles=EN_UNIT_STYLES,
    number_words=EN_SUGGEST_NUMBER_WORDS,
    word_scales=EN_SUGGEST_WORD_SCALES,
    tens_joiner=EN_SUGGEST_TENS_JOINER,
    unit_plurals=EN_UNIT_PLURALS,
    fraction_words=EN_SUGGEST_FRACTIONS,
    ordinal_words=EN_SUGGEST_ORDINALS,
    and_a_half=next(iter(EN_AND_A_HALF)),
    scale_abbreviations={
        **{a: e for a, e in EN_SCALE_ABBREVIATIONS.items() if a not in EN_INDIAN_SCALE_WORDS},
        **EN_SCALE_LETTERS,
    },
)

# Figures bound in order (read by lang/order.py for alignment, not by a rule): the word that binds
# a list to the places named before it ("320 million and 450 million yuan respectively"), what
# may join two figures of the list (spaces aside), and the words before the two ends of a change
# ("from 3.5% to 4.2%", "to 4.2% from 3.5%").
EN_ORDER_RESPECTIVELY_WORDS: Final[frozenset[str]] = frozenset({"respectively"})
EN_ORDER_LIST_JOINERS: Final[frozenset[str]] = frozenset({",", "and", ",and"})
EN_ORDER_CHANGE_FROM_WORDS: Final[frozenset[str]] = frozenset({"from"})
EN_ORDER_CHANGE_TO_WORDS: Final[frozenset[str]] = frozenset({"to"})
