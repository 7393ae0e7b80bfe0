"""The shapes of language data: numeral tables, extraction rules and a language's rule set.

Stage: none (data types shared by `lang/*` and the engine). Holds no language words and no
behaviour beyond building alternations. A language module fills these with its own tables.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Final

import regex

from tradefacts import compiled
from tradefacts.model import Approx, Kind, Lang, Role


class Build(StrEnum):
    """Which generic builder of `extract.py` turns a rule's match into a claim."""

    QUANTITY = "quantity"  # number [+ magnitude] [+ unit] with qualifiers: money, mass, %, counts
    YEAR = "year"  # a calendar year
    DATE = "date"  # year/month/day groups, any subset
    MULTIPLIER = "multiplier"  # a fixed factor (翻一番, doubled) or a number of times
    DURATION = "duration"  # a span: number + year/month/day unit
    TIME = "time"  # a clock time: hour (`num`), minutes, the half of the day
    COMPOUND = "compound"  # an amount stated in parts (八元四毛, 四成五): the sum in the first unit


class Tok(StrEnum):
    """Token classes the numeral parser understands."""

    DIGIT = "digit"  # one digit or a word worth a small number (seven, twenty)
    SMALL = "small"  # a multiplier inside a section: ten, hundred, thousand (十 百 千)
    BIG = "big"  # a section multiplier: 万 亿 thousand million billion
    ZERO = "placeholder"  # a placeholder zero inside a numeral (零 in 二百零五)
    POINT = "point"  # a decimal point spelled as a word (点)
    VAGUE = "vague"  # an unknown digit (几, 数): the value becomes an interval
    OVER = "over"  # "and more" inside a numeral (余, 多 in 二百余万): the value is a floor
    SKIP = "skip"  # a joining word ("and" in one hundred and five)


@dataclass(frozen=True, slots=True)
class NumeralTable:
    """How one language writes numbers in words or characters.

    `words` maps a surface to its token class and value (a digit's value, or an exponent for SMALL
    and BIG). `token_re` splits a numeral into surfaces; digit runs come out whole.
    """

    words: Mapping[str, tuple[Tok, int]]
    token_re: regex.Pattern[str]
    # Whether adjacent DIGIT words add (English "twenty five") rather than form positional digits
    # (Chinese 二〇一七).
    additive: bool
    # Whether a trailing digit after a unit means the next lower unit (三千五 = 3500), as in
    # Chinese.
    elide: bool
    # Interval for an unknown leading digit and for one after a unit (几百 vs 三十几).
    vague_leading: tuple[int, int] = (2, 9)
    vague_trailing: tuple[int, int] = (1, 9)
    # Whether two adjacent consecutive digit words name a range (Chinese 三四个 "three or four",
    # 五六十 "fifty or sixty", 七八千), rather than a number read digit by digit.
    adjacent_range: bool = False
    # Pairs of digit words that name a range side by side although they do not follow each other
    # in value (Chinese 三五个 "three to five", 三两天 "two or three days", written high first),
    # as written; read only where they open the numeral (三五十 = 30–50, but 十三五 is no range).
    range_pairs: frozenset[str] = frozenset()
    # The fewest digit words a number read digit by digit has without a zero or a point (二〇二〇,
    # 一一〇 and 三点五 have one). Below it, digit words side by side that name no range state no
    # number (唯一一支: 一 ends a word; 九八年 is a year cut to two digits, not 98 years).
    positional_digits: int = 1
    # Characters that write a round number of tens in one (Chinese 廿 = 二十, 卅 = 三十, as dates
    # and ages write them: 廿五日 is the 25th): surface -> the tens digit, read as that digit and
    # the unit of tens, so 廿五 is 25.
    contracted_tens: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Begins:
    """What a match of a rule can begin with: the first token its pattern reads.

    `digit`: a digit (of any script); `words`: the surfaces of the language's tables its first
    token is taken from (qualifiers, signs, currencies written first, numeral characters or words,
    ordinal marks...). The engine tries a rule only at the starts where one of them begins (compared
    case-insensitively), so a declaration must cover every way the pattern can begin: a missing
    surface silently loses claims, an extra one only costs a failing match.

    `after`: surfaces that end right before the start, for a pattern whose match is opened by what
    its lookbehind reads rather than by its first token (神舟 before 神舟十五号's 十五, "Double "
    before Double 11, 每 before a share, "the " before a day written alone, the "-" of a year's
    short end): the rule is also tried at a start that one of them ends right before (compared
    case-insensitively, a space counted where the surface holds one), whatever begins there.
    """

    digit: bool = False
    words: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()

    def __or__(self, other: Begins) -> Begins:
        return Begins(self.digit or other.digit, self.words | other.words, self.after | other.after)

    @staticmethod
    def of(*tables: Iterable[str], digit: bool = False) -> Begins:
        """The surfaces of `tables` (a table's keys, a set, or a string of single characters)."""
        return Begins(digit, frozenset(word for table in tables for word in table))

    @staticmethod
    def behind(*tables: Iterable[str]) -> Begins:
        """A declaration by what ends right before the start alone: the surfaces of `tables`."""
        return Begins(after=frozenset(word for table in tables for word in table))


@dataclass(frozen=True, slots=True)
class Then:
    """A `Rule.then` declaration: what a match must read a few characters past its number head.

    For a rule whose match reads, after its number head and a short stretch (a unit, a
    currency), a surface of a table that is rarer than the head (the separator of a range or a
    list, the "per" of a rate): the engine tries the rule only at a start where one of `words`
    (compared case-insensitively, or as written where `cased`) begins at most `within` characters
    past the end of the number head read there (the furthest, where the start has two), or, for a
    rule whose lookbehind reads
    the surface before its figure (每公斤30元), lies within the `behind` characters before the
    start. (The surfaces are searched from `behind` characters before the start to the end of a
    surface begun `within` characters past the head, the head included.)
    Where no head is read at the start, the rule is tried. As with `Rule.follows`, a surface left
    out or a reach cut short silently loses claims; an extra one only costs a failing match.
    """

    words: frozenset[str]
    within: int
    behind: int = 0
    # Compared as written (a rule whose pattern reads its surfaces in one case: the Latin capitals
    # of a code), rather than case-insensitively.
    cased: bool = False


def follows(*tables: Iterable[str]) -> frozenset[str]:
    """A `Rule.follows` declaration: the surfaces of `tables` (keys, a set, or a string of single
    characters)."""
    return frozenset(word for table in tables for word in table)


@dataclass(frozen=True, slots=True)
class Rule:
    """One extraction pattern. Named groups are read by the builder `build` (see extract.py)."""

    name: str
    build: Build
    pattern: regex.Pattern[str]
    kind: Kind | None = None  # None: decided by the unit (currency → money, t → mass, ...)
    # A unit the rule decides from context rather than from a table surface: a fraction ("two
    # thirds of") is a share of a whole; "pounds" after a money cue are sterling, not mass.
    unit: str | None = None
    # A hedge the rule states by where a word stands rather than by a qualifier table surface:
    # 来 between a round figure and its measure word (十来个 "about ten") hedges it, where 来 after
    # a span (10年来 "over the past ten years") hedges nothing. Taken when no qualifier is read.
    approx: Approx | None = None
    # What the figure does when it labels rather than counts (a list marker, a code): set on
    # every claim the rule reads.
    role: Role | None = None
    # What a match can begin with; None: anything (the rule is tried at every start).
    begins: Begins | None = None
    # What may follow the number head of a match (see `LangRules.head`): the surfaces of the
    # tables the rule reads right after its number (units, currencies, measure words, %, 年/月,
    # range or list connectors), compared case-insensitively. The engine reads the head once per
    # start and tries the rule only where one of these follows it, or where no head is read
    # there. None: whatever follows (the rule is tried wherever its `begins` allows). As with
    # `begins`, a missing surface silently loses claims; an extra one only costs a failing match.
    follows: frozenset[str] | None = None
    # What a match must read before its number, where the rule's figure is introduced by a word
    # of a table rather than opened by a number or a qualifier (a currency or 百分之 written first,
    # a fraction word): the engine tries the rule only at a start where one of these surfaces is
    # written between the start and the end of the first surface-length past the core the start
    # belongs to (compared case-insensitively). None: no such word is needed. As with `begins`, a
    # missing surface silently loses claims; an extra one only costs a failing match.
    needs: frozenset[str] | None = None
    # What the number head itself may end with, for a rule that reads as its unit a character
    # the head also reads as a digit (两 in 二两, a liang, which the head reads as two): where the
    # head read at a start ends with one of these surfaces, the rule is kept as if one of its
    # `follows` came after the head (it adds to `follows`, and is read only with it). None:
    # nothing more. As with `follows`, a missing surface silently loses claims.
    ends: frozenset[str] | None = None
    # What a match must read a few characters past its number head (a range separator, a "per"):
    # see `Then`. None: nothing.
    then: Then | None = None


@dataclass(frozen=True, slots=True)
class LangRules:
    """Everything the engine needs to read one language."""

    lang: Lang
    rules: tuple[Rule, ...]
    numerals: NumeralTable
    units: Mapping[str, str]  # surface → pint unit name (see units.txt)
    qualifiers: Mapping[str, Approx]  # surface → how it hedges the figure
    # The qualifier surfaces of `over` and `under` that hedge a figure's precision (520多,
    # "300-odd", "just over") rather than bound it (以上, 不超过, "at least"): a claim hedged by any
    # other is a bound (`Claim.bound`), compared by its figure with a bound the same way.
    precision_hedges: frozenset[str] = frozenset()
    # The direction of a change stated right before a figure (同比下降5%, "rose 5%") and right
    # after it ("a 5% rise"): patterns matched ending at the figure's start (`change_before`) or
    # from its end (`change_after`), with a group `rise` or `fall` (`Claim.change`); the first is
    # compiled to search backwards (`regex.REVERSE`), from the figure over the few characters
    # before it, where a forward search tried every position of that window.
    change_before: regex.Pattern[str] | None = None
    change_after: regex.Pattern[str] | None = None
    # The hedges that make a figure after a word of change a level crossed ("rose above 7.0").
    change_levels: frozenset[str] = frozenset()
    # The period an amount of money is stated per, written right before it (月薪, 每月, "a monthly
    # salary of") or right after it (元/月, "a month", "per annum"): patterns matched ending at
    # the figure's start (`period_before`, searched backwards) or from its end (`period_after`),
    # with one group per period named as `Period` names it (`Claim.period`).
    period_before: regex.Pattern[str] | None = None
    period_after: regex.Pattern[str] | None = None
    months: Mapping[str, int] = field(default_factory=dict)
    multipliers: Mapping[str, Decimal] = field(default_factory=dict)  # fixed factors
    vague: Mapping[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # whole phrases
    # How suggestions are written in this language (only the target language needs them):
    # exponent → scale word, hedge → word, canonical unit → (before, after) the number.
    scale_words: Mapping[int, str] = field(default_factory=dict)
    hedges: Mapping[Approx, str] = field(default_factory=dict)
    unit_styles: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    month_names: Mapping[int, str] = field(default_factory=dict)  # 8 → "August"
    # Figures in words, for a translation that writes them so: value → word below a hundred
    # (12 → "twelve", 20 → "twenty"), exponent → scale word (2 → "hundred", 6 → "million"), and
    # what joins a ten to its unit ("twenty-five"); unit word singular → plural ("ton" → "tons").
    number_words: Mapping[int, str] = field(default_factory=dict)
    word_scales: Mapping[int, str] = field(default_factory=dict)
    tens_joiner: str = " "
    unit_plurals: Mapping[str, str] = field(default_factory=dict)
    # Figures written as one word or phrase with no number in them, surface → value, for a
    # suggestion that swaps one for another: fractions ("a third"), multipliers ("tripled").
    fraction_words: Mapping[str, Decimal] = field(default_factory=dict)
    ordinal_words: Mapping[str, Decimal] = field(default_factory=dict)  # "third" → 3
    # Abbreviated scale words glued to or after a figure ("bn", "mln", "m") → exponent.
    scale_abbreviations: Mapping[str, int] = field(default_factory=dict)
    # Letters that web text glues to a figure for a scale word (1.2w for 1.2 ten-thousands, 8k for
    # 8 thousands) → exponent, read by a builder from the group `webscale` (the patterns decide
    # where a letter is a scale).
    web_scales: Mapping[str, int] = field(default_factory=dict)
    # The words that add a half to a whole figure written in words ("two and a half years").
    and_a_half: str = ""
    # The titles of works as the language marks them (《流浪地球2》): a figure inside one names the
    # work (role `name`) rather than stating an amount. None: titles are not marked.
    titles: regex.Pattern[str] | None = None
    # The words that end a count of years of age (岁): such a count states the same figure as a
    # span of years in the other language ("a life expectancy of 77.3 years").
    age_words: frozenset[str] = frozenset()
    # Ordinal endings by the number's last digits (11 → "th" before 1 → "st"), for days alone.
    ordinal_suffixes: Mapping[int, str] = field(default_factory=dict)
    # Words that name the half of the day of a clock time (上午, "p.m.") → the hours they add to a
    # 12-hour figure (0 before noon, 12 after); also how a time suggestion names its half.
    day_halves: Mapping[str, int] = field(default_factory=dict)
    # The one-pass reader (see extract.py): `cores` finds, in one linear scan, every figure core
    # of a text and every word that opens a claim without one; `prefixes` are the words that may
    # stand before a core (qualifiers, signs, currencies written first), walked back over from
    # each core. Every rule is matched anchored at those starts, never scanned over the whole
    # text; `local_rules` win a tie of length against `rules`.
    cores: regex.Pattern[str] | None = None
    prefixes: frozenset[str] = frozenset()
    local_rules: tuple[Rule, ...] = ()
    # The number head, read once per start (anchored) where a rule may begin: the figure most
    # rules read before what tells them apart (a unit, a currency, a measure word...). It is
    # matched at the start itself and at the start of the core the start belongs to; what follows
    # its end, and the end after up to three of `head_gaps` (a space, a hyphen), picks the rules
    # by their `follows`. None: no dispatch by what follows.
    head: regex.Pattern[str] | None = None
    head_gaps: str = ""
    # Whether a follows surface that ends in a letter or digit counts only where it ends a word
    # (as the patterns of a language written with spaces read their units: `\b`).
    follows_whole: bool = False
    # Rules that lose a tie of length to all the others (a bare numeral that a list rule reads
    # with the list's unit: 3亿、5亿美元).
    local_fallbacks: tuple[Rule, ...] = ()
    # Characters that only one script of the language writes (traditional Chinese: 萬, 億, 們): in
    # a text that writes any of them, an amount whose currency is one of `local_currency_words`
    # alone (元, 圓) names the local dollar of Hong Kong, Taiwan or Macau rather than the yuan,
    # unless the claim also writes one of `local_currency_vetoes` (人民幣): its rule name gets
    # `LOCAL_CURRENCY_SUFFIX`, and alignment takes its currency from the translation.
    local_script_marks: frozenset[str] = frozenset()
    local_currency_words: frozenset[str] = frozenset()
    local_currency_vetoes: frozenset[str] = frozenset()
    # Eras that count years from another year than the common era: name → the common-era year of
    # the era's year 0 (民國110年 is 2021: 1911 + 110).
    year_eras: Mapping[str, int] = field(default_factory=dict)


# Added to the rule name of a claim in a local currency (see `LangRules.local_script_marks`).
LOCAL_CURRENCY_SUFFIX: Final[str] = ".local_currency"
# Ends the name of a rule that reads a multiplier stated against its base (是去年的3倍, "three
# times that of"): a factor with one reading, never the growth of the other counting convention.
TIMES_AS_MUCH_SUFFIX: Final[str] = ".times_as_much"


def alternation(surfaces: Iterable[str]) -> str:
    """A regex alternation of `surfaces`, escaped and longest first, so 万吨 wins over 万.

    Written as a trie (shared prefixes once, a longer continuation before the end of a shorter
    surface): it matches exactly what the flat list `tons|ton|t` matches, trying the surfaces
    that fit in the same longest-first order, but the engine reads a prefix once instead of once
    per surface, which is most of the time of a scan over long tables.

    >>> alternation(["t", "tons", "ton"])
    '(?:t(?:on(?:s|)|))'
    """
    return compiled.alternation(frozenset(surfaces), _trie_alternation)


def _trie_alternation(surfaces: frozenset[str]) -> str:
    trie: _Trie = {}
    for surface in sorted(surfaces, key=lambda s: (-len(s), s)):
        node = trie
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _branches(trie) + ")"


_Trie = dict[str, "_Trie"]


# `regex.escape` of one character, memoized: the tables hold a few hundred distinct characters,
# escaped some 9,000 times at import.
@functools.cache
def _escape(char: str) -> str:
    return str(regex.escape(char))


def _branches(node: _Trie) -> str:
    parts = [_escape(char) + _branches(child) for char, child in node.items() if char]
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    return "(?:" + "|".join(parts) + ("|)" if "" in node else ")")


# A power of 10 written after its base ("^", or superscript digits with their sign).
_POWER: Final[str] = (
    r"(?:\^\(?+(?P<power>[-+−]?[0-9]{1,3}+)\)?+|(?P<power>[⁻⁺]?+[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}+))"
)


def scientific_figure(product_marks: Iterable[str], e_marks: Iterable[str]) -> str:
    """The source of a figure in scientific notation, as both languages write it: a mantissa
    (group `num`) times 10 to a power (group `power`: 3×10⁸, 1.6 x 10^-19, with one of
    `product_marks` between), the mantissa glued to an exponent after one of `e_marks` (1.6e-19,
    6.02E23), or a power of 10 alone (10^22, 10⁻³: `num` is its 1). Not before more digits or a
    decimal (a sentence's full stop after it is none). For a verbose pattern of version 1."""
    e_class = "".join(sorted(e_marks))
    return rf"""
    (?:
        (?P<num>[0-9]{{1,3}}+(?:\.[0-9]{{1,15}}+)?+)
        (?:
            \ ?+{alternation(product_marks)}\ ?+10{_POWER}
          | (?-i:[{e_class}])(?P<power>[-+−]?+[0-9]{{1,3}}+)        # 1.6e-19, 6.02E23
        )
      | (?<![0-9.,])(?P<num>1)0{_POWER}                          # 10^22, 10⁻³: a power of 10 alone
    )
    (?![0-9⁰¹²³⁴⁵⁶⁷⁸⁹]|\.[0-9])                                # 1.2 × 10^9. ends a sentence
"""


def score_over_scale(tops: Iterable[str], slashes: Iterable[str], labels: Iterable[str]) -> str:
    """The source of a score written over the top of its scale (3.8/4.0, 7.9/10), as both
    languages write it: a score with decimals (group `num`), one of `slashes`, one of `tops`. Not
    after a capitalized Latin word and a space (a version: Android 4.4/5.0) unless that word is
    one of `labels` (GPA 3.8/4.0, IMDb 7.9/10); not inside a longer figure or before a percent.
    Case-sensitive whatever the flags of the pattern it is put in (verbose, version 1)."""
    return rf"""
    (?:(?<=(?<![A-Za-z])(?-i:{alternation(labels)})\ )           # GPA 3.8/4.0
      |(?<!(?-i:[A-Z])[A-Za-z]*\ ))                                 # not Android 4.4/5.0
    (?<![0-9.,/A-Za-z])
    (?P<num>[0-9]{{1,3}}+\.[0-9]{{1,2}}+)                                        # 3.8
    {alternation(slashes)}{alternation(tops)}                                  # /4.0
    (?![0-9/%]|[.,][0-9])                                                      # not 4.0.1, 10%
"""
