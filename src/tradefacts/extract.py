"""The generic extraction engine: (text, a language's rules) → claims.

Stage: claims. Input: one language's text of a document and its `LangRules`. Output: the claims in
text order. Holds no words of any language: every surface is looked up in the language's tables.

How a text is read (STYLE §4, one pass, local grammar): the language's core pattern finds, in one
linear scan, every figure core (digit runs, numeral runs, number words) and every word that opens a
claim without a digit (翻一番, 成千上万, "a dozen", "August"). Each rule is then matched anchored
(`pattern.match(text, start, endpos)`) where a core begins, where a digit run inside it begins (the
2345 of 1,2345), and where each run of up to three prefix words before it begins (qualifiers, signs,
currencies written first, 第, "between"), reading at most `_REACH` characters past the core. No
pattern runs over the whole text, so the work per text is linear in its length: no timeouts. At
each start only the rules that can match there are tried (`_Dispatch`): those that may begin with
what begins there or with what ends right before it (`Rule.begins`, its `after`: a rule opened by
its lookbehind), of those that declare it, that may go on with what follows the number head read
once at that start or with what ends that head (`Rule.follows`, `Rule.ends`, `LangRules.head`),
of those that need a word before their number (`Rule.needs`: a currency or 百分之 written
first), those where one is written between the start and its core, and of those that read a rarer
surface a few characters past their number (`Rule.then`: a range separator, a "per"), those where
one is written there.

Overlap policy (the one place it is decided): every match that its builder accepts is a
candidate. Candidates are then taken longest first; of two of the same length, the local rules
win, then the rule listed first in the language module; a candidate that overlaps one already
taken is dropped. So `１２亿美元` is one money claim, not a number and a money claim, and
`1982年4月` is one date rather than a year. A builder that rejects its match (a bare 一 with a
measure word, a vague 几 with no magnitude) leaves room for a shorter match of another rule.

Named groups the builders read (a rule uses the ones it needs): `num` the figure and `num2` the
upper end of a range; `pre`/`post` a qualifier before/after it; `unit`/`unitpre` a unit after/before
it (a group inside a lookahead may state the unit of a list without being part of the claim:
分别为3亿、5亿美元); `shared` the last figure of such a list, whose magnitude a bare first figure
borrows (3、5万吨); `neg` a minus sign, which negates the value; `over` an "and more" mark outside
the numeral (3个多月); `vague` a whole phrase that names an interval, looked up in `vague` of the
language (成千上万); `den` the denominator of a fraction whose numerator is `num` (三分之一);
`half` a half that adds to the figure (两年半) or is the figure when there is no `num` (半年), and
`halfscale` a scale word after that half, which multiplies the whole ("two and a half million");
`mult` a word for a fixed factor; `year`/`month`/`day` the fields of a date, and `decade` on a
year, which makes it the interval of its ten years (80年代).

A clock time (`Build.TIME`) reads `num` as its hour, `minute` (or `halfhour`, 半 = 30 minutes, or
`quarter`, 一刻 = 15) and `second`, and `dayhalf`, a word looked up in `day_halves` of the language
(a `before` group makes the minutes count before the hour: "a quarter to ten" = 09:45)
(上午, 下午, "p.m."): a 12-hour figure after noon gains 12 hours (下午3点 = 15:00), 12 before noon
is midnight ("12 a.m." = 00:00). Its value is the ISO 8601 time `HH:MM`. A compound amount
(`Build.COMPOUND`: 八元四毛, 20元5角8分, 四成五) reads `num` in `unit` and adds `part` in `partunit`
and `part2` in `partunit2`, each of the same dimension; a part with no unit is a tenth of the
first unit (八块五 = 8.5 yuan, 四成五 = 4.5 tenths), as Chinese elides the next lower unit (三千五).

A `vague` phrase may also name one exact figure (low == high: "a dozen", "half a million", "two
thirds"); it then takes the qualifier in `pre` ("nearly half of"). Either kind of phrase takes the
unit its match states ("hundreds of millions of dollars"). A rule may decide the unit itself
(`Rule.unit`) where the surface alone is ambiguous or absent: a fraction is a share of a `whole`
(units.txt), "pounds" after a money cue are sterling; that unit overrides the table lookup.
"""

from __future__ import annotations

import dataclasses
import functools
import heapq
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Final, NamedTuple

import regex

from tradefacts import compiled, units
from tradefacts.model import (
    Approx,
    Change,
    Claim,
    Document,
    Kind,
    Lang,
    Period,
    Role,
    Source,
)
from tradefacts.numerals import Number, parse_digits
from tradefacts.numerals import parse_number as _parse_number
from tradefacts.rules import LOCAL_CURRENCY_SUFFIX, Build, LangRules, NumeralTable, Rule
from tradefacts.text import line_starts, mask_overlong_figures, normalize, position

_KIND_OF_UNIT: dict[str, Kind] = {
    "t": Kind.MASS,
    "%": Kind.PERCENT,
    "pp": Kind.PERCENT,
    **{code: Kind.DURATION for code in units.DURATIONS},
    **{code: Kind.QUANTITY for code in units.QUANTITIES},
}
# Four digits that read as a calendar year (written without separators).
# How many times a year-shaped low end a range's high end may be (see `_build_quantity`).
_YEAR_RANGE_SPREAD = 10
_YEAR_SHAPE = compiled.pattern(r"(?:1[0-9]|20)[0-9]{2}")


# Lower-cased copies of the language tables, built once per table (the tables are module
# constants that live as long as the process, so their ids are stable keys).
_LOWERED: dict[int, dict[str, str]] = {}


def _lookup(mapping: Mapping[str, str], surface: str) -> str | None:
    """A table entry by exact surface, then case-insensitively (patterns may ignore case)."""
    found = mapping.get(surface)
    if found is None:
        lowered = _LOWERED.get(id(mapping))
        if lowered is None:
            lowered = _LOWERED[id(mapping)] = {k.lower(): v for k, v in mapping.items()}
        found = lowered.get(surface.lower())
    return found


def _approx(lang: LangRules, surface: str | None) -> Approx:
    if not surface:
        return Approx.EXACT
    return lang.qualifiers.get(surface) or lang.qualifiers.get(surface.lower()) or Approx.EXACT


def _unit_of(groups: _Groups, lang: LangRules, rule: Rule | None = None) -> str | None:
    """The pint unit name the match states, or its rule decides."""
    if rule is not None and rule.unit is not None:
        return rule.unit
    for group in ("unit", "unitpre"):
        surface = groups.get(group)
        if surface:
            name = _lookup(lang.units, surface)
            if name is not None:
                return name
    return None


# The named groups of a match, read once per match a builder reads (`Match.groupdict`: a group
# that took no part in the match is None): a builder asks for groups its rule may not have, and a
# dict lookup costs less than the IndexError of a missing group.
_Groups = Mapping[str, "str | None"]

# The group names of each rule pattern, read once (the patterns are module constants that live as
# long as the process, so their ids are stable keys): `_span` asks for groups a rule may not have.
_GROUP_NAMES: dict[int, frozenset[str]] = {}


def _group_names(pattern: regex.Pattern[str]) -> frozenset[str]:
    names = _GROUP_NAMES.get(id(pattern))
    if names is None:
        names = _GROUP_NAMES[id(pattern)] = frozenset(pattern.groupindex)
    return names


# The numerals already read, per numeral table (a module constant, so its id is a stable key): the
# same surfaces recur through a text and a corpus (2019, 5万, "million"), and a `Number` is
# immutable. Bounded: a table's memo is emptied when it reaches `_PARSED_MAX` surfaces.
_PARSED: dict[int, dict[str, Number | None]] = {}
_PARSED_MAX = 8192


def parse_number(text: str, table: NumeralTable) -> Number | None:
    """`numerals.parse_number`, memoized."""
    memo = _PARSED.get(id(table))
    if memo is None:
        memo = _PARSED[id(table)] = {}
    if text in memo:
        return memo[text]
    if len(memo) >= _PARSED_MAX:
        memo.clear()
    parsed = memo[text] = _parse_number(text, table)
    return parsed


def _has_figure(number_text: str, parsed: Number) -> bool:
    """Whether a numeral states a figure rather than an article or a vague "several"."""
    if any(ch.isdigit() for ch in number_text):
        return True
    if parsed.vague:
        return parsed.low >= 10  # 几百 yes, 几 alone no
    if parsed.low != parsed.low.to_integral_value() or parsed.high is not None:
        return True  # a decimal (零点八) or a stated range (一两个) is never an article
    return parsed.low >= 2  # 一个 is "a", not a count of one


# The exponent of a power of ten as it is written: superscript digits and signs (10⁻¹⁹) read as
# ASCII ones; the minus sign (U+2212) as a hyphen-minus.
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")


def _web_scaled(number: Number, letter: str, lang: LangRules) -> Number | None:
    """A figure with a scale letter of web text (1.2w, 8k): the figure times its power of ten,
    that power its scale; None for a letter the language has no scale for, or a figure that has
    a scale or is a range already."""
    exponent = lang.web_scales.get(letter)
    if exponent is None or number.scale or number.high is not None:
        return None
    return Number(low=number.low.scaleb(exponent), over=number.over, scale=exponent)


def _build_quantity(groups: _Groups, lang: LangRules, rule: Rule) -> _Built | None:
    phrase = groups.get("vague")
    if phrase:
        return _build_vague(groups, lang, rule, phrase)
    half = bool(groups.get("half"))
    num_text = groups.get("num") or ""
    if not num_text and not half:
        return None
    parsed = parse_number(num_text, lang.numerals) if num_text else Number(low=Decimal(0))
    if parsed is None:
        return None
    if half:
        # "And a half" (两年半 = 2.5 years) or a half alone (半年 = 0.5 year).
        if parsed.high is not None:
            return None
        parsed = Number(low=parsed.low + Decimal("0.5"), over=parsed.over, scale=parsed.scale)
        scaled = groups.get("halfscale")
        if scaled:
            # A scale word after the half multiplies the whole ("two and a half million").
            scale = parse_number(scaled, lang.numerals)
            if scale is None or scale.high is not None:
                return None
            parsed = Number(low=parsed.low * scale.low, over=parsed.over, scale=scale.scale)
    web = groups.get("webscale")
    if web:
        scaled_web = _web_scaled(parsed, web, lang)
        if scaled_web is None:
            return None
        parsed = scaled_web
    power = groups.get("power")
    if power:
        # Scientific notation (3×10⁸, "3 x 10^8", 1.6×10⁻¹⁹): the mantissa times ten to
        # the power written after it.
        if parsed.scale or parsed.high is not None:
            return None
        exponent = int(power.translate(_SUPERSCRIPT_DIGITS))
        parsed = Number(low=parsed.low.scaleb(exponent), over=parsed.over)
    shared = groups.get("shared")
    if shared:
        # A list that states its magnitude once, on its last figure (3、5万吨).
        last = parse_number(shared, lang.numerals)
        if last is not None and parsed.scale == 0 and last.scale > 0:
            parsed = Number(low=parsed.low.scaleb(last.scale), over=parsed.over)
    den_text = groups.get("den")
    if den_text:
        # A fraction (三分之一): the figure is `num` parts of `den`, in the unit the rule states
        # (a share of a whole); thirds keep the context's 28 significant digits.
        den = parse_number(den_text, lang.numerals)
        if den is None or den.high is not None or den.low == 0 or parsed.high is not None:
            return None
        parsed = Number(low=parsed.low / den.low, over=parsed.over)
    unit_name = _unit_of(groups, lang, rule)
    value, high = parsed.low, parsed.high
    approx = _approx(lang, groups.get("pre"))
    # Under a sign, a hedge that bounds the figure's size turns (零下20多度 and "more than 20
    # degrees below zero" are under -20): the "and more" of the numeral itself, and a hedge
    # written before a figure whose sign follows it. One written before a leading sign (about
    # -3%) or after the figure (零下20度以下, colder than -20) bounds the signed value.
    size_hedge = approx is not Approx.EXACT and bool(groups.get("negafter"))
    post = _approx(lang, groups.get("post"))
    if approx is Approx.EXACT:
        approx = post
    if approx is Approx.EXACT and rule.approx is not None:
        approx = rule.approx  # 十来个: a hedge stated by the word order
    if (parsed.over or groups.get("over")) and approx is Approx.EXACT:
        approx = Approx.OVER
        size_hedge = True
    num2 = groups.get("num2")
    if num2:
        second = parse_number(num2, lang.numerals)
        if second is None:
            return None
        web2 = groups.get("webscale2")
        if web2:
            # The second end's scale letter (8-12k, 8k-12k): the first end borrows it below
            # where it has none of its own.
            scaled_second = _web_scaled(second, web2, lang)
            if scaled_second is None:
                return None
            second = scaled_second
        if (
            _YEAR_SHAPE.fullmatch(num_text)
            and not _YEAR_SHAPE.fullmatch(num2)
            and second.low > parsed.low * _YEAR_RANGE_SPREAD
        ):
            # "800,000 tons in 1986 to 250,000 tons": a year is no low end of a figure many
            # times larger; 1500至2500元 is a range.
            return None
        ends = _range(parsed, second)
        if ends is None:
            return None
        value, high = ends
        approx = Approx.RANGE
    elif high is not None:
        approx = Approx.RANGE
    if groups.get("neg") or groups.get("negafter"):
        value, high = (-high, -value) if high is not None else (-value, None)
        if size_hedge:
            approx = approx.mirrored()
    kind = rule.kind
    unit: str | None = None
    stated = value
    if unit_name is not None:
        value, unit = units.canonicalize(value, unit_name)
        if high is not None:
            high, _ = units.canonicalize(high, unit_name)
        if kind is None:
            kind = Kind.MONEY if unit in units.CURRENCIES else _KIND_OF_UNIT[unit]
    if kind is None:
        return None
    per = groups.get("per")
    per_unit: str | None = None
    if per:
        # A rate (30元/公斤, "30 yuan per kilogram"): money per the canonical unit of the
        # denominator, so rates per kilogram and per ton compare, and one per pound differs.
        per_unit = _lookup(lang.units, per)
        if per_unit is None or kind is not Kind.MONEY or unit is None:
            return None
        factor, per_code = units.canonicalize(Decimal(1), per_unit)
        value, unit = value / factor, f"{unit}/{per_code}"
        high = None if high is None else high / factor
    # A numeral that labels (一、) is read whatever its size: 一 is an article only when it counts.
    figure = half or rule.role is not None or _has_figure(num_text, parsed)
    if kind in (Kind.COUNT, Kind.NUMBER, Kind.DURATION) and not figure:
        return None
    return _Built(
        kind=kind,
        value=value,
        high=high,
        unit=unit,
        approx=approx,
        stated=stated,
        stated_unit=unit_name,
        ends=parsed.high is not None and not parsed.vague and not num2,
        per=per_unit,
    )


def _build_vague(groups: _Groups, lang: LangRules, rule: Rule, phrase: str) -> _Built | None:
    """A whole phrase that names an interval (成千上万, "thousands upon thousands")."""
    bounds = lang.vague.get(phrase) or lang.vague.get(phrase.lower())
    if bounds is None:
        return None
    low, high = bounds
    kind = rule.kind
    unit_name = _unit_of(groups, lang, rule)
    unit: str | None = None
    value, top = low, high
    if unit_name is not None:
        # "hundreds of millions of dollars", "two thirds of" (a share of a whole): the phrase's
        # interval in the unit the match states or the rule decides.
        value, unit = units.canonicalize(low, unit_name)
        top, _ = units.canonicalize(high, unit_name)
        if kind is None:
            kind = Kind.MONEY if unit in units.CURRENCIES else _KIND_OF_UNIT[unit]
    if kind is None:
        return None
    if low == high:
        # A phrase worth one exact figure ("a dozen", "half a million") takes its qualifier.
        approx = _approx(lang, groups.get("pre"))
        if approx is Approx.EXACT:
            approx = _approx(lang, groups.get("post"))  # 半数以上
        return _Built(
            kind=kind,
            value=value,
            high=None,
            unit=unit,
            approx=approx,
            stated=low,
            stated_unit=unit_name,
        )
    return _Built(
        kind=kind,
        value=value,
        high=top,
        unit=unit,
        approx=Approx.RANGE,
        stated=low,
        stated_unit=unit_name,
    )


def _range(first: Number, second: Number) -> tuple[Decimal, Decimal] | None:
    """A range's ends; 3～5万 and "3 to 5 million" state the magnitude once, for both ends."""
    low = first.low
    high = second.high if second.high is not None else second.low
    if first.scale == 0 and second.scale > 0 and low.scaleb(second.scale) < high:
        low = low.scaleb(second.scale)
    elif first.big == 0 and second.big > 0 and low.scaleb(second.big) < high:
        # 二十至三十万, 五至十万元: an end with tens but no magnitude borrows the other's (200,000),
        # where that keeps the range ordered (3千至5万 stays 3,000 to 50,000).
        low = low.scaleb(second.big)
    elif first.scale == 0 and second.scale > 1 and low < 1000:
        # "30 to 5 million": no magnitude orders it, no range. A ten (五至十天) is no magnitude
        # to borrow, and a first end written in full stays as written ("10,000 to 1 million").
        return None
    return (low, high) if low < high else None


def _build_year(groups: _Groups, lang: LangRules, rule: Rule) -> _Built | None:
    surface = groups.get("year")
    if not surface:
        return None
    era = groups.get("era")
    if era and surface in lang.ordinal_words:
        # The first year of an era (元年): the word stands where the year's numeral does.
        parsed: Number | None = Number(low=lang.ordinal_words[surface])
    else:
        parsed = parse_number(surface, lang.numerals)
    if parsed is None or parsed.high is not None:
        return None
    span_start = groups.get("first")
    if span_start and len(surface) == 2:
        # The second year of a span written with two digits (2021-22, 2022/23赛季): in the
        # century of the first, and after it.
        parsed = Number(low=parsed.low + int(span_start) // 100 * 100)
        if parsed.low <= int(span_start):
            return None
    if groups.get("decade"):
        # A decade (80年代, "the 1980s") is the interval of its ten years; written with two
        # digits it is a decade of the twentieth century.
        first = parsed.low + 1900 if parsed.low < 100 else parsed.low
        century = groups.get("century")
        if century:
            # 19世纪40年代: the decade of the century it names (the 1840s).
            ordinal = parse_number(century, lang.numerals)
            if ordinal is None or ordinal.high is not None or parsed.low >= 100:
                return None
            first = (ordinal.low - 1) * 100 + parsed.low
        if first % 10:
            return None
        return _Built(kind=Kind.YEAR, value=first, high=first + 9, unit=None, approx=Approx.RANGE)
    # A year before the common era (公元前221年, "221 BC") is negative: year 0 is 1 BC, as in ISO
    # 8601 the year -220 is 221 BC; kept as written here (-221), the same on both sides.
    value = -parsed.low if groups.get("bc") else parsed.low
    if era:
        # A year of another era (民國110年, 乾隆三年): counted from that era's year 0; the year
        # within the era is what it states (a translation may write "the third year of ...").
        value = parsed.low + lang.year_eras[era]
        return _Built(
            kind=Kind.YEAR,
            value=value,
            high=None,
            unit=None,
            approx=Approx.EXACT,
            stated=parsed.low,
        )
    return _Built(kind=Kind.YEAR, value=value, high=None, unit=None, approx=Approx.EXACT)


def _build_date(groups: _Groups, lang: LangRules, rule: Rule) -> _Built | None:
    def field(name: str, width: int) -> str | None:
        surface = groups.get(name)
        if not surface:
            return None
        number = lang.months.get(surface.lower()) if name == "month" else None
        if number is None and surface.lower() in lang.ordinal_words:
            # A field written as an ordinal word ("the fifteenth day of the eighth month").
            number = int(lang.ordinal_words[surface.lower()])
        if number is None:
            parsed = parse_number(surface, lang.numerals)
            if parsed is None or parsed.high is not None:
                return None
            number = int(parsed.low)
        return str(number).zfill(width)

    year, month, day = field("year", 4), field("month", 2), field("day", 2)
    era = groups.get("era")
    if era and year is not None:
        year = str(int(year) + lang.year_eras[era]).zfill(4)
    if day is not None and not 1 <= int(day) <= 31:
        return None
    if month is None:
        # A day of the month alone (26日, "the 26th"): ISO 8601's ---DD, when the rule reads one.
        if day is None or year is not None:
            return None
        return _Built(kind=Kind.DATE, value=f"---{day}", high=None, unit=None, approx=Approx.EXACT)
    if not 1 <= int(month) <= 12:
        return None
    iso = f"{year}-{month}" if year else f"--{month}"
    if day:
        iso += f"-{day}"
    return _Built(kind=Kind.DATE, value=iso, high=None, unit=None, approx=Approx.EXACT)


def _build_multiplier(groups: _Groups, lang: LangRules, rule: Rule) -> _Built | None:
    word = groups.get("mult")
    if word:
        factor = lang.multipliers.get(word) or lang.multipliers.get(word.lower())
        if factor is None:
            return None
        # A hedge written before the word ("more than twice", 近翻一番) is the factor's.
        approx = _approx(lang, groups.get("pre"))
        return _Built(kind=Kind.MULTIPLIER, value=factor, high=None, unit=None, approx=approx)
    built = _build_quantity(groups, lang, rule)
    if built is None or built.value == 0:
        return None
    return built


def _build_duration(groups: _Groups, lang: LangRules, rule: Rule) -> _Built | None:
    built = _build_quantity(groups, lang, rule)
    if built is None or built.unit is None:
        return None
    value = built.value
    num = groups.get("num") or ""
    if (
        built.unit == "year"
        and isinstance(value, Decimal)
        and _YEAR_SHAPE.fullmatch(num)
        and built.high is None
    ):
        return None  # 2019年中(国): a calendar year followed by a word, not a span of 2019 years
    return built


def _small_int(text: str | None, lang: LangRules) -> int | None:
    """An exact whole number of a clock time or a compound's part (九, 15, 零五), or None."""
    if not text:
        return None
    parsed = parse_number(text, lang.numerals)
    if parsed is None or parsed.high is not None or parsed.over or parsed.vague:
        return None
    if parsed.low != parsed.low.to_integral_value():
        return None
    return int(parsed.low)


def _day_half(lang: LangRules, surface: str) -> int | None:
    found = lang.day_halves.get(surface)
    return found if found is not None else lang.day_halves.get(surface.lower())


def _build_time(groups: _Groups, lang: LangRules, rule: Rule) -> _Built | None:
    half = groups.get("dayhalf")
    if not groups.get("num") and half:
        # A word that is a time of its own ("at noon", "until midnight"): its half's hour.
        alone = _day_half(lang, half)
        if alone is None:
            return None
        return _Built(
            kind=Kind.TIME, value=f"{alone:02d}:00", high=None, unit=None, approx=Approx.EXACT
        )
    hour = _small_int(groups.get("num"), lang)
    if hour is None:
        return None
    minute: int | None = 0
    if groups.get("minute"):
        minute = _small_int(groups.get("minute"), lang)
    elif groups.get("halfhour"):
        minute = 30
    elif groups.get("quarter"):
        quarters = _small_int(groups.get("quarter"), lang)
        minute = quarters * 15 if quarters is not None and 1 <= quarters <= 3 else None
    second = _small_int(groups.get("second"), lang) if groups.get("second") else None
    if groups.get("before") and minute:
        hour, minute = hour - 1, 60 - minute  # "a quarter to ten": 15 minutes before ten
        if hour == 0 and half:
            hour = 12  # "a quarter to one p.m." is 12:45
    if half:
        offset = _day_half(lang, half)
        if offset is None or not 1 <= hour <= 12:
            return None
        if offset and hour < 12:
            hour += offset
        elif not offset and hour == 12:
            hour = 0  # 12 a.m., 凌晨12点: midnight
    if minute is None or not 0 <= minute <= 59 or not 0 <= hour <= 24 or (hour == 24 and minute):
        return None
    if second is not None and not 0 <= second <= 59:
        return None
    iso = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    approx = _approx(lang, groups.get("post"))  # 10时许 "about ten o'clock"
    return _Built(kind=Kind.TIME, value=iso, high=None, unit=None, approx=approx)


def _build_compound(groups: _Groups, lang: LangRules, rule: Rule) -> _Built | None:
    first = _unit_of(groups, lang, rule)
    parsed = parse_number(groups.get("num") or "", lang.numerals)
    if first is None or parsed is None or parsed.high is not None or parsed.vague:
        return None
    factor, code = units.canonicalize(Decimal(1), first)
    total = parsed.low * factor
    precision: tuple[Decimal, str] | None = None
    for part_group, unit_group in (("part", "partunit"), ("part2", "partunit2")):
        written, surface = groups.get(part_group), groups.get(unit_group)
        if not written:
            continue
        part = _small_int(written, lang)
        if part is None and not surface:
            # Digits after a unit left unsaid are read one by one (the 六八 of 一米六八), which
            # two digit words alone elsewhere are not (NumeralTable.positional_digits).
            digits = parse_digits(written, lang.numerals)
            if digits is not None and digits == digits.to_integral_value():
                part = int(digits)
        if part is None:
            return None
        if surface:
            name = _lookup(lang.units, surface)
            if name is None:
                return None
            part_factor, part_code = units.canonicalize(Decimal(1), name)
            if part_code != code:
                return None  # 三美元五角: parts of two currencies are two amounts
            ratio = (factor / part_factor).normalize()
            if ratio.as_tuple().digits != (1,):
                # A part no decimal fraction of the first unit (12 inches to the foot): the
                # figure is stated in the part's unit, as "5 feet 10 inches" is 70 inches.
                precision = (part_factor, name)
        else:
            # The next lower unit left unsaid: one digit is tenths (八块五), two hundredths
            # (一米六八 = 1.68 m).
            part_factor = factor.scaleb(-len(written))
        total += part * part_factor
    kind = rule.kind or (Kind.MONEY if code in units.CURRENCIES else _KIND_OF_UNIT.get(code))
    if kind is None:
        return None
    approx = _approx(lang, groups.get("pre"))
    if approx is Approx.EXACT:
        approx = _approx(lang, groups.get("post"))
    stated, stated_unit = total / factor, first
    if precision is not None:
        stated, stated_unit = total / precision[0], precision[1]
    return _Built(
        kind=kind,
        value=total,
        high=None,
        unit=code,
        approx=approx,
        stated=stated,
        stated_unit=stated_unit,
    )


class _Built:
    """What a builder read from a match, before it is placed in a document."""

    __slots__ = ("approx", "ends", "high", "kind", "per", "stated", "stated_unit", "unit", "value")

    def __init__(
        self,
        *,
        kind: Kind,
        value: Decimal | str,
        high: Decimal | None,
        unit: str | None,
        approx: Approx,
        stated: Decimal | None = None,
        stated_unit: str | None = None,
        ends: bool = False,
        per: str | None = None,
    ) -> None:
        # `ends`: a range whose two ends are written side by side (三五天 "three to five days"),
        # not an interval the reader supplies for an unknown digit (几天, 十几天).
        self.ends = ends
        self.kind = kind
        self.value = value
        self.high = high
        self.unit = unit
        self.approx = approx
        self.stated = stated
        self.stated_unit = stated_unit
        self.per = per


_BUILDERS = {
    Build.QUANTITY: _build_quantity,
    Build.YEAR: _build_year,
    Build.DATE: _build_date,
    Build.MULTIPLIER: _build_multiplier,
    Build.DURATION: _build_duration,
    Build.TIME: _build_time,
    Build.COMPOUND: _build_compound,
}


class _Candidate(NamedTuple):
    start: int
    end: int
    priority: int
    rule: Rule
    built: _Built
    num_span: tuple[int, int] | None
    pre_span: tuple[int, int] | None
    bound: bool


_BOUNDS = (Approx.OVER, Approx.UNDER)


def _bounded(groups: _Groups, lang: LangRules, approx: Approx) -> bool:
    """Whether a figure hedged `approx` is hedged by a word that bounds it (以上, "at least"),
    rather than by one of the language's `precision_hedges` (多, "-odd") or by its numeral alone
    (3000多)."""
    if approx not in _BOUNDS:
        return False
    for group in ("pre", "post"):
        surface = groups.get(group)
        if (
            surface
            and _approx(lang, surface) is approx
            and surface.lower() not in lang.precision_hedges
        ):
            return True
    return False


def _span(match: regex.Match[str], name: str) -> tuple[int, int] | None:
    if name not in _group_names(match.re):
        return None
    start, end = match.span(name)
    return (start, end) if start >= 0 and end > start else None


# Local rules win a tie of length against the other rules: they are the newer reading of the same
# surface (35块 is money, where the count rule reads a measure word); fallbacks lose it.
_LOCAL_PRIORITY = -1000
_FALLBACK_PRIORITY = 1000


def _local_starts(normalized: str, start: int, prefixes: frozenset[str], longest: int) -> set[int]:
    """Where a rule may begin for a core at `start`: the core itself and the start of each run of
    prefix words before it (近 约 超过, signs, currencies written first, "more than"), each word
    optionally separated by a space, walked back over at most three words of at most `longest`
    characters. Every prefix that ends at a position counts (超过 and 过 both), and words compare
    case-insensitively (case folded, as the dispatch compares the surfaces it walks back over)."""
    starts = {start}
    frontier = {start}
    backwards = _backwards(prefixes)
    for _ in range(3):
        found: list[int] = []
        for end in frontier:
            pos = end - 1 if end > 0 and normalized[end - 1] == " " else end
            _walk_back(backwards, normalized, pos, max(0, pos - longest), None, found)
        new = set(found) - starts
        if not new:
            break
        starts |= new
        frontier = new
    return starts


@functools.cache
def _enders(prefixes: frozenset[str]) -> frozenset[str]:
    """The last characters of the prefix words, case folded."""
    return frozenset(word.casefold()[-1] for word in prefixes if word)


@functools.cache
def _backwards(prefixes: frozenset[str]) -> _Trie:
    """The prefix words as a trie read from their last character back, case folded (the walk
    compares case-folded characters)."""
    return _trie_of(word.casefold()[::-1] for word in prefixes)


# How far past the end of its core a rule may read (characters), and past its own start inside a
# core of hostile length: the bound that keeps the reader linear. A list that states its unit once
# (3亿、5亿、7亿美元) reads furthest.
_REACH: int = 256


@functools.cache
def _longest(prefixes: frozenset[str]) -> int:
    return max((len(p) for p in prefixes), default=0)


# Where a match of a rule may begin: the end of the window it reads, and where the number heads
# of that start begin (the start itself, and the core it stands before). A plain tuple: one is
# made per core.
_Start = tuple[int, tuple[int, ...]]


def _horizon(longest: int) -> int:
    """How far before a core its starts can lie: three prefix words of at most `longest`
    characters, each after a space (see `_local_starts`)."""
    return 3 * (longest + 1) + 1


def _ordered_starts(
    normalized: str, lang: LangRules, cores: regex.Pattern[str]
) -> Iterator[tuple[int, _Start]]:
    """Every position where a match of a rule may begin, with the end of the window it reads, in
    text order.

    The start of each core of the language's one scan, the starts of the prefix words before it,
    and inside a core each digit run after a separator other than a decimal point or after a numeral
    character (1,2345; 陆5个).
    A start is given out once no later core can add to it: the cores come in text order, and a
    core's starts lie at most three prefix words (and their spaces) before it, so only the starts
    of the last few cores are held, not a whole text's."""
    prefixes = lang.prefixes
    longest = _longest(prefixes)
    enders = _enders(prefixes)
    horizon = _horizon(longest)
    size = len(normalized)
    starts: dict[int, _Start] = {}
    pending: list[int] = []  # a heap of the keys of `starts`
    push, pop = heapq.heappush, heapq.heappop
    for core in cores.finditer(normalized):
        core_start, core_end = core.span()
        limit = core_start - horizon
        while pending and pending[0] < limit:
            begin = pop(pending)
            yield begin, starts.pop(begin)
        core_endpos = core_end + _REACH
        if core_endpos > size:
            core_endpos = size
        # The core's own start, and the digit runs inside it: each is its own head.
        begins = [core_start]
        if core_end - core_start > 1:
            inner = normalized[core_start:core_end]
            if not inner.isdigit():
                digit = True  # the core's first character is its start already
                for offset, char in enumerate(inner):
                    was, digit = digit, char.isdigit()
                    # Not after a decimal point: no figure begins inside a decimal (4.5).
                    if digit and not was and inner[offset - 1] != ".":
                        begins.append(core_start + offset)
        for begin in begins:
            endpos = min(core_endpos, begin + 2 * _REACH)
            found = starts.get(begin)
            if found is None:
                starts[begin] = (endpos, (begin,))
                push(pending, begin)
            else:
                held, heads = found
                starts[begin] = (
                    max(endpos, held),
                    heads if begin in heads else (*heads, begin),
                )
        before = core_start - 1
        if before > 0 and normalized[before] == " ":
            before -= 1
        if before < 0:
            continue
        if normalized[before].casefold()[-1:] not in enders:
            continue  # no prefix word can end before the core (the walk back finds none)
        # The prefix words before the core: starts whose head is the core's start.
        for begin in _local_starts(normalized, core_start, prefixes, longest):
            if begin >= core_start:
                continue  # the core's start, given above
            endpos = min(core_endpos, begin + 2 * _REACH)
            found = starts.get(begin)
            if found is None:
                starts[begin] = (endpos, (begin, core_start))
                push(pending, begin)
            else:
                held, heads = found
                starts[begin] = (
                    max(endpos, held),
                    heads if core_start in heads else (*heads, core_start),
                )
    while pending:
        begin = pop(pending)
        yield begin, starts.pop(begin)


_Tried = tuple[tuple[int, Rule], ...]
# A rule's bound `pattern.match`, taken once per rule list rather than once per try.
_MatchAt = Callable[[str, int, int], "regex.Match[str] | None"]
# The rules tried at a start, in priority order, each with its bound `pattern.match`.
_Matchers = tuple[tuple[int, Rule, _MatchAt], ...]
# What a memoized rule list is found by: a digit at the start, the begins surfaces found there,
# the follows surfaces found after its heads (and the marked ends surfaces of the heads), whether
# no head was read, and the after surfaces found before it (reversed).
_Key = tuple[bool, tuple[str, ...], tuple[str, ...] | None, bool, tuple[str, ...]]
# Marks an ends surface (`Rule.ends`) among the follows surfaces of a head.
_END_MARK = "\x00"
_Trie = dict[str, "_Trie"]
# What the head dispatch reads at a head: where the head ends and the follows surfaces found
# after it (None where no head begins there), memoized per text by where the head begins.
_HeadCache = dict[int, "tuple[int, tuple[str, ...]] | None"]
# A rule of a memoized list that declares `needs` or `then`: its place in the list, the pattern of
# its `needs` surfaces, the pattern of its `then` surfaces with how far before the start and how
# far past the head's end (the surface's length included) they are searched.
_Checked = tuple[int, "regex.Pattern[str] | None", "regex.Pattern[str] | None", int, int]
# A memoized rule list: the rules, the rules of them that declare `needs` or `then`, and the list
# without each subset of those (by a bit per checked rule).
_Entry = tuple[_Matchers, tuple[_Checked, ...], dict[int, _Matchers]]


def _trie_of(words: Iterable[str]) -> _Trie:
    trie: _Trie = {}  # a surface ends where a node has the key ""
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _continues(word: str, window: str) -> bool:
    """Whether `word`, which begins `window`, ends inside a longer ASCII word or number there
    (a surface ending in a digit is found before more digits: the 2 of "20", the digit run a rule
    reads next)."""
    after = window[len(word) : len(word) + 1]
    last = word[-1]
    return (
        last.isascii()
        and last.isalnum()
        and after.isascii()
        and after.isalnum()
        and not (last.isdigit() and after.isdigit())
    )


def _walk_back(
    trie: _Trie,
    text: str,
    pos: int,
    stop: int,
    found: list[str] | None,
    starts: list[int] | None = None,
) -> None:
    """Append to `found` every surface of `trie` (of reversed, case-folded surfaces) that ends at
    `pos` of `text` and begins at or after `stop`, as the trie spells it (reversed), and to
    `starts` where each begins. A character is compared case folded, a character at a time (one
    whose folded form is longer, ß, is followed through each of its characters)."""
    node = trie
    spelled = ""
    index = pos
    while index > stop:
        index -= 1
        for char in reversed(text[index].casefold()):
            child = node.get(char)
            if child is None:
                return
            node = child
            spelled += char
        if "" in node:
            if found is not None:
                found.append(spelled)
            if starts is not None:
                starts.append(index)


def _has_case(word: str) -> bool:
    """Whether `word` is written differently in another case (a search for it must fold)."""
    return word.casefold() != word or word.upper() != word


def _walk(trie: _Trie, window: str, found: list[str]) -> None:
    """Append to `found` every surface of `trie` that begins `window` (already case folded)."""
    node = trie
    for size, char in enumerate(window, 1):
        child = node.get(char)
        if child is None:
            return
        node = child
        if "" in node:
            found.append(window[:size])


class _Dispatch:
    """Which rules may begin at a start, derived from each rule's `begins` and `follows`.

    Built once per language, on first use, from the declarations alone (tries of the surfaces a
    rule may begin with and of those that may follow its number head; no rule pattern is read).
    At a start the begins trie is walked over the text (case folded) to find the surfaces that
    begin there; the rules declared for any of them, for a digit if one is there, and those that
    declare nothing may begin. Then the language's number head is matched once at the start and
    at the start of its core, and the follows trie is walked at each head's end (and past a gap,
    a space or a hyphen): of the rules that declare `follows`, only those declared for a surface
    found there are kept (all of them where no head is read). The rule lists are memoized by what
    was found (each rule with its bound `pattern.match`, so a try costs one call), so a start
    costs a walk, one or two anchored head matches and a dict lookup. Where
    a listed rule declares `needs`, its surfaces are searched (one small pattern per rule) in the
    text from the start to just past its furthest head, and the rule is dropped where none is
    there; where it declares `then`, its surfaces are searched from `behind` characters before
    the start to `within` characters past the end of the furthest head read (and the surface's
    length), and it is dropped where none is there and a head was read.

    Two more declarations narrow the rules that read something around their figure rather than
    after it. `Begins.after`: a trie of the reversed surfaces is walked back from the start (case
    folded, a character at a time, as the prefix words are), and a rule declared for one found
    there may begin at that start whatever begins at it (神舟 before 十五号, 每 before a share).
    `Rule.ends`: at a head's end the trie of the reversed surfaces is walked back over the head, and
    a rule declared for one found there (两 ending the head 二两) is kept as if one of its `follows`
    came next. Where no head is read at a digit, the rules that declare `follows` are dropped
    except those whose `begins` names that digit (the 0 of 05:03, which no head reads)."""

    __slots__ = (
        "_after",
        "_by_after",
        "_by_end",
        "_by_follow",
        "_by_word",
        "_digit",
        "_ends",
        "_follow_longest",
        "_followed",
        "_follows",
        "_gaps",
        "_head",
        "_longest",
        "_matchers",
        "_memo",
        "_need_longest",
        "_needs",
        "_rules",
        "_then",
        "_trie",
        "_undeclared",
        "_whole",
    )

    def __init__(self, lang: LangRules) -> None:
        self._rules: _Tried = (
            *((_LOCAL_PRIORITY + i, rule) for i, rule in enumerate(lang.local_rules)),
            *((i, rule) for i, rule in enumerate(lang.rules)),
            *((_FALLBACK_PRIORITY + i, rule) for i, rule in enumerate(lang.local_fallbacks)),
        )
        # Each rule with its bound `pattern.match`, shared by every rule list that holds it.
        self._matchers: _Matchers = tuple(
            (priority, rule, rule.pattern.match) for priority, rule in self._rules
        )
        self._undeclared = frozenset(i for i, (_, r) in enumerate(self._rules) if r.begins is None)
        self._digit = frozenset(
            i for i, (_, r) in enumerate(self._rules) if r.begins is not None and r.begins.digit
        )
        self._by_word: dict[str, set[int]] = {}
        self._by_follow: dict[str, set[int]] = {}
        self._by_after: dict[str, set[int]] = {}  # by the surface reversed, case folded
        self._by_end: dict[str, set[int]] = {}  # by the marked surface reversed, case folded
        for i, (_, rule) in enumerate(self._rules):
            for word in rule.begins.words if rule.begins is not None else ():
                self._by_word.setdefault(word.casefold(), set()).add(i)
            for word in rule.begins.after if rule.begins is not None else ():
                self._by_after.setdefault(word.casefold()[::-1], set()).add(i)
            for word in rule.follows if rule.follows is not None else ():
                self._by_follow.setdefault(word.casefold(), set()).add(i)
            for word in rule.ends if rule.ends is not None else ():
                self._by_end.setdefault(_END_MARK + word.casefold()[::-1], set()).add(i)
        self._after = _trie_of(self._by_after)
        # The ends surfaces reversed, without their mark (found ones are marked, so that they
        # never meet a follows surface of the same spelling in a memo key).
        self._ends = _trie_of(word[1:] for word in self._by_end)
        self._followed = frozenset(
            i for i, (_, r) in enumerate(self._rules) if r.follows is not None
        )
        self._trie = _trie_of(self._by_word)
        self._follows = _trie_of(self._by_follow)
        self._longest = max((len(word) for word in self._by_word), default=0)
        self._follow_longest = max((len(word) for word in self._by_follow), default=0)
        self._head = lang.head if self._followed else None
        self._gaps = lang.head_gaps
        self._whole = lang.follows_whole
        self._memo: dict[_Key, _Entry] = {}
        # The rules that declare `needs`: a pattern of their surfaces each, searched in the text
        # from a start to just past its core; per memoized rule list (`_Entry`), the rules of it
        # that need one (their places in the list), with the list without each subset of them.
        self._needs: dict[int, regex.Pattern[str]] = {
            i: compiled.pattern(
                "|".join(regex.escape(word.casefold()) for word in sorted(rule.needs))
            )
            for i, (_, rule) in enumerate(self._rules)
            if rule.needs is not None
        }
        self._need_longest = max(
            (len(word) for _, rule in self._rules for word in rule.needs or ()), default=0
        )
        # The rules that declare `then`: a pattern of their surfaces each (case-insensitive
        # where a surface has case, so it is searched in the text itself), with how far before
        # the start and past the head's end (the longest surface included) it is searched.
        self._then: dict[int, tuple[regex.Pattern[str], int, int]] = {
            i: (
                compiled.pattern(
                    "|".join(
                        regex.escape(word if rule.then.cased else word.casefold())
                        for word in sorted(rule.then.words)
                    ),
                    regex.IGNORECASE
                    if not rule.then.cased and any(_has_case(word) for word in rule.then.words)
                    else 0,
                ),
                rule.then.behind,
                rule.then.within + max(len(word) for word in rule.then.words),
            )
            for i, (_, rule) in enumerate(self._rules)
            if rule.then is not None
        }

    def follows_at(
        self, text: str, head: int, endpos: int, cache: _HeadCache
    ) -> tuple[int, tuple[str, ...]] | None:
        """Where the number head that begins at `head` ends and the follows surfaces found after
        it (None where no head begins there), memoized in `cache` for the text."""
        if head in cache:
            return cache[head]
        match = self._head.match(text, head, endpos) if self._head is not None else None
        if match is None or match.end() <= head:
            cache[head] = None
            return None
        found: list[str] = []
        end = head_end = match.end()
        if self._ends and text[end - 1].casefold()[-1:] in self._ends:
            ended: list[str] = []
            _walk_back(self._ends, text, end, head, ended)
            found.extend(_END_MARK + word for word in ended)
        follows, longest, gaps = self._follows, self._follow_longest, self._gaps
        for _ in range(4):
            first = text[end : end + 1]
            if first.casefold()[:1] in follows:
                # The window one character longer than the longest surface, for `_continues`.
                window = text[end : end + longest + 1].casefold()
                if self._whole:
                    # A surface that ends in an ASCII letter or digit must end a word there
                    # (the m of "3m tons", not of "million"), as the patterns of such a
                    # language read it.
                    words: list[str] = []
                    _walk(follows, window[:longest], words)
                    found.extend(word for word in words if not _continues(word, window))
                else:
                    _walk(follows, window[:longest], found)
            if end >= endpos or first not in gaps:
                break
            end += 1
        result = cache[head] = (
            head_end,
            tuple(found) if len(found) < 2 else tuple(sorted(set(found))),
        )
        return result

    def rules_at(
        self,
        text: str,
        pos: int,
        heads: tuple[int, ...] = (),
        endpos: int | None = None,
        cache: _HeadCache | None = None,
    ) -> _Tried:
        """The rules, in priority order, that may begin at `pos` of `text`: by what begins there
        and, for the rules that declare `follows`, by what follows the number heads at `heads`
        (read up to `endpos`); without `heads`, by what begins there alone."""
        window = len(text) if endpos is None else endpos
        found = self.matchers_at(text, pos, heads, window, {} if cache is None else cache)
        return tuple((priority, rule) for priority, rule, _ in found)

    def matchers_at(
        self,
        text: str,
        pos: int,
        heads: tuple[int, ...],
        endpos: int,
        cache: _HeadCache,
    ) -> _Matchers:
        """`rules_at`, each rule with its bound `pattern.match` (what the reader calls)."""
        found: list[str] = []
        if text[pos].casefold()[:1] in self._trie:
            _walk(self._trie, text[pos : pos + self._longest].casefold(), found)
        behind: list[str] = []
        if pos and text[pos - 1].casefold()[-1:] in self._after:
            _walk_back(self._after, text, pos, 0, behind)
        following: tuple[str, ...] | None = None
        headless = False
        head_end = -1  # where the furthest head read ends
        if heads and self._head is not None:
            for head in heads:
                read = cache[head] if head in cache else self.follows_at(text, head, endpos, cache)
                if read is not None:
                    end, surfaces = read
                    if end > head_end:
                        head_end = end
                    if following is None or following == surfaces:
                        following = surfaces
                    else:
                        following = tuple(sorted({*following, *surfaces}))
            headless = following is None
        key = (text[pos].isdigit(), tuple(found), following, headless, tuple(behind))
        entry = self._memo.get(key)
        if entry is None:
            entry = self._memo[key] = self._entry(key)
        tried, needy, narrowings = entry
        if needy:
            # The rules that need a word before their number, where none is written from the
            # start to just past its core, are left out; so are those that read a surface past
            # their head, where a head is read and none is written within their reach of it.
            written: str | None = None
            missing = 0  # a bit per rule of `needy` that is left out
            for bit, (_, need, then, back, reach) in enumerate(needy):
                if need is not None:
                    if written is None:
                        core = max(heads) if heads else pos
                        written = text[pos : core + self._need_longest].casefold()
                    if need.search(written) is None:
                        missing |= 1 << bit
                        continue
                if then is not None and head_end >= 0:
                    start = pos - back if pos > back else 0
                    if then.search(text, start, head_end + reach) is None:
                        missing |= 1 << bit
            if missing:
                narrowed = narrowings.get(missing)
                if narrowed is None:
                    left_out = {
                        place for bit, (place, *_) in enumerate(needy) if missing >> bit & 1
                    }
                    narrowed = narrowings[missing] = tuple(
                        rule for place, rule in enumerate(tried) if place not in left_out
                    )
                tried = narrowed
        return tried

    def _entry(self, key: _Key) -> _Entry:
        """The rules of a memo key, with the rules of them that need a word (their places), and
        an empty memo of the list without each subset of those."""
        digit, found, following, headless, behind = key
        chosen = set(self._undeclared)
        if digit:
            chosen |= self._digit
        for word in found:
            chosen |= self._by_word[word]
        for word in behind:
            chosen |= self._by_after[word]
        if following is not None:
            kept: set[int] = set()
            for word in following:
                kept |= self._by_end[word] if word[:1] == _END_MARK else self._by_follow[word]
            chosen -= self._followed - kept
        elif headless and digit:
            # No head at a digit (the 000 of 50,000 where a figure may not begin with 0): a
            # rule that declares `follows` reads its figure as the head does, and its other
            # readings (半年, "dozens of") begin with a word, never with a digit; but a rule
            # that names the digit in its `begins` reads a figure the head does not (05:03).
            named: set[int] = set()
            for word in found:
                if word.isdigit():
                    named |= self._by_word[word]
            chosen -= self._followed - named
        order = sorted(chosen)
        return (
            tuple(self._matchers[i] for i in order),
            tuple(
                (place, self._needs.get(i), *self._then.get(i, (None, 0, 0)))
                for place, i in enumerate(order)
                if i in self._needs or i in self._then
            ),
            {},
        )


# The dispatch of each language, built on first use (the rule sets are module constants that
# live as long as the process, so their ids are stable keys).
_DISPATCH: dict[int, _Dispatch] = {}


def _dispatch(lang: LangRules) -> _Dispatch:
    found = _DISPATCH.get(id(lang))
    if found is None:
        found = _DISPATCH[id(lang)] = _Dispatch(lang)
    return found


def dispatch_patterns(lang: LangRules) -> None:
    """Build the dispatch of `lang` (`make patterns` records the patterns it compiles)."""
    _dispatch(lang)


# A rule's match at a start, before its builder has read it: (start - end, priority, start, end,
# rule, match). A plain tuple whose order is the overlap policy's (longest first, then priority,
# then start; no two matches share the first three, so the rule is never compared).
_Match = tuple[int, int, int, int, Rule, "regex.Match[str]"]


def _anchored_matches(normalized: str, lang: LangRules) -> Iterator[_Match]:
    """The matches of the rules of the language that may begin there, at every start of
    `_ordered_starts`, in the order of their starts."""
    if lang.cores is None:
        return
    matchers_at = _dispatch(lang).matchers_at
    cache: _HeadCache = {}
    for begin, (endpos, heads) in _ordered_starts(normalized, lang, lang.cores):
        for priority, rule, match_at in matchers_at(normalized, begin, heads, endpos, cache):
            match = match_at(normalized, begin, endpos)
            if match is not None:
                end = match.end()
                if end != begin:
                    yield (begin - end, priority, begin, end, rule, match)


def find_spans(text: str, lang: LangRules) -> Iterator[_Candidate]:
    """The accepted matches of `text`, in text order, after the overlap policy.

    Matches are taken longest first (then by priority and start); one that overlaps a match
    already taken is dropped before its builder runs, and one its builder rejects leaves room for
    the next. So only the matches that can still be taken are built: the same claims as building
    every match first, at the cost of one builder call per claim rather than one per match.

    The policy is applied to one cluster of overlapping matches at a time, as the starts are
    read in text order: a match can only be blocked by one it overlaps, so clusters that do not
    overlap decide alike apart or together, and a cluster's matches all end before the next
    cluster's begin, so its claims are given out before the next one is read. Memory holds one
    cluster's matches, not a whole text's (a line of 100,000 figures)."""
    # A figure of over 40 digits is not a claim (see text.MAX_FIGURE_DIGITS): hidden here, it
    # costs no pattern more than a word would.
    normalized = mask_overlong_figures(normalize(text))
    occupied = bytearray(len(text) + 1)
    cluster: list[_Match] = []
    reach = -1
    for found in _anchored_matches(normalized, lang):
        if found[2] >= reach and cluster:
            yield from _take(cluster, lang, occupied)
            cluster = []
        cluster.append(found)
        reach = max(reach, found[3])
    yield from _take(cluster, lang, occupied)


def _take(cluster: list[_Match], lang: LangRules, occupied: bytearray) -> list[_Candidate]:
    """The overlap policy over one cluster of matches (see `find_spans`), in text order."""
    if len(cluster) > 1:
        cluster.sort()
    taken: list[_Candidate] = []
    for _, priority, start, end, rule, match in cluster:
        if occupied.find(1, start, end) != -1:
            continue
        groups = match.groupdict()
        built = _BUILDERS[rule.build](groups, lang, rule)
        if built is None:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        names = _group_names(match.re)
        taken.append(
            _Candidate(
                start,
                end,
                priority,
                rule,
                built,
                _span(match, "num") if "num" in names else None,
                _span(match, "pre") if "pre" in names else None,
                _bounded(groups, lang, built.approx),
            )
        )
    if len(taken) > 1:
        taken.sort(key=_candidate_start)
    return taken


def _candidate_start(candidate: _Candidate) -> int:
    return candidate.start


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces a pattern may have taken at either edge."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def extract_text(
    text: str,
    lang: LangRules,
    *,
    source: Source | None = None,
    header: tuple[tuple[int, int], ...] = (),
) -> tuple[Claim, ...]:
    """The claims of one language's text.

    >>> from tradefacts.lang import LANGS
    >>> claims = extract_text("１２亿美元", LANGS["zh"])
    >>> [(c.text, c.kind.value, str(c.value), c.unit) for c in claims]
    [('１２亿美元', 'money', '1.2E+9', 'USD')]
    """
    src = source or Source(path="<text>")
    starts = line_starts(text)
    code = lang.lang
    titles = [m.span() for m in lang.titles.finditer(text)] if lang.titles is not None else []
    claims = []
    for candidate in find_spans(text, lang):
        start, end = candidate.start, candidate.end
        if text[start].isspace() or text[end - 1].isspace():
            start, end = _strip(text, start, end)
        built = candidate.built
        rule = candidate.rule
        line, column = position(src, starts, start)
        num_span, pre_span = candidate.num_span, candidate.pre_span
        claims.append(
            Claim(
                lang=code,
                text=text[start:end],
                start=start,
                end=end,
                line=line,
                column=column,
                kind=built.kind,
                value=built.value,
                high=built.high,
                unit=built.unit,
                approx=built.approx,
                role=rule.role
                if rule.role is not None
                or not titles
                or not any(lo < start and end < hi for lo, hi in titles)
                else Role.NAME,  # 《十四天》: a title names a work
                # Two ends written side by side are a written range, as 3至5 is (align.py).
                rule=rule.name + ".range" if built.ends else rule.name,
                header=bool(header) and any(lo <= start < hi for lo, hi in header),
                stated=built.stated,
                stated_unit=built.stated_unit,
                per=built.per,
                bound=candidate.bound,
                change=_change(text, start, end, built.kind, lang),
                period=_period(text, start, end, lang) if built.kind is Kind.MONEY else None,
                num_span=None if num_span is None else _relative(num_span, start, end),
                pre_span=None if pre_span is None else _relative(pre_span, start, end),
            )
        )
    if lang.local_script_marks and not lang.local_script_marks.isdisjoint(text):
        return tuple(_in_local_currency(claim, text, lang) for claim in claims)
    return tuple(claims)


# How far before a figure its word of change is looked for, in characters.
CHANGE_REACH: Final[int] = 40
# The kinds that state no change: a point in time names when, not how much.
_UNCHANGING_KINDS: Final[frozenset[Kind]] = frozenset({Kind.YEAR, Kind.DATE, Kind.TIME})


def _change(text: str, start: int, end: int, kind: Kind, lang: LangRules) -> Change | None:
    """The direction of the change a figure at `start`:`end` states, read from a word of change
    right before it or right after it (`LangRules.change_before`, `change_after`), if any."""
    if kind in _UNCHANGING_KINDS:
        return None
    if lang.change_levels and text[start:end].lower().startswith(tuple(lang.change_levels)):
        return None
    found = None
    if lang.change_before is not None and start:
        found = lang.change_before.search(text, max(0, start - CHANGE_REACH), start)
    if found is None and lang.change_after is not None and end < len(text):
        found = lang.change_after.match(text, end)
    if found is None:
        return None
    return Change.FALL if found.group("fall") is not None else Change.RISE


# How far before an amount of money its word of a period is looked for, in characters.
PERIOD_REACH: Final[int] = 40


def _period(text: str, start: int, end: int, lang: LangRules) -> Period | None:
    """The period an amount of money at `start`:`end` is stated per, read from a word of a
    period right after it or right before it (`LangRules.period_after`, `period_before`)."""
    found = None
    if lang.period_after is not None and end < len(text):
        found = lang.period_after.match(text, end)
    if found is None and lang.period_before is not None and start:
        found = lang.period_before.search(text, max(0, start - PERIOD_REACH), start)
    if found is None or found.lastgroup is None:
        return None
    return Period(found.lastgroup)


def _in_local_currency(claim: Claim, text: str, lang: LangRules) -> Claim:
    """`claim`, its rule name marked when it states an amount in the local currency of a text
    in the script that writes it (3億元 in a Hong Kong paper: see `LangRules.local_script_marks`),
    unless the claim or the word right before it names the currency otherwise (人民幣3億元)."""
    if (
        claim.kind is not Kind.MONEY
        or not claim.text.endswith(tuple(lang.local_currency_words))
        or claim.unit != lang.units.get(claim.text[-1])
    ):
        return claim
    reach = max(map(len, lang.local_currency_vetoes), default=0) + 1
    written = text[max(0, claim.start - reach) : claim.end].upper()
    if any(veto in written for veto in lang.local_currency_vetoes):
        return claim
    return dataclasses.replace(claim, rule=claim.rule + LOCAL_CURRENCY_SUFFIX)


def _relative(span: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    if span is None or span[0] < start or span[1] > end:
        return None
    return span[0] - start, span[1] - start


def extract_claims(
    document: Document, langs: Mapping[str, LangRules]
) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    """The claims of both sides of a document (header claims included, flagged `header`)."""
    zh = extract_text(
        document.zh, langs[Lang.ZH], source=document.zh_source, header=document.zh_header
    )
    en = extract_text(
        document.en, langs[Lang.EN], source=document.en_source, header=document.en_header
    )
    return zh, en
