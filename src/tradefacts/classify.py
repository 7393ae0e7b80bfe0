"""Classification: an alignment → findings, each with a message and, where it can, a suggestion.

Stage: findings. Input: the `Alignment` of one document and the target language's rules (for the
style of suggestions). Output: findings in document order. Must not re-pair claims (that is
`align.py`) and holds no words of any language: scale words, hedges and unit styles come from the
target language's tables.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext
from typing import Final

from tradefacts import units
from tradefacts.align import (
    Alignment,
    Pair,
    Relation,
    added_date_parts,
    clock_parts,
    date_parts,
    dropped_bound,
    per_other_unit,
    per_period_of,
    rate_against_money,
    role_of,
    share_taken_off,
    signed_scale,
    stated_units_differ,
    temperature_sign_dropped,
)
from tradefacts.model import (
    SEVERITY_RANK,
    Approx,
    Claim,
    Document,
    Finding,
    FindingType,
    Kind,
    Severity,
)
from tradefacts.numerals import parse_number
from tradefacts.rules import LangRules


@dataclass(frozen=True, slots=True)
class FindingRule:
    """One finding type: its severity, a title, and why it matters (SARIF and docs use these)."""

    type: FindingType
    severity: Severity
    title: str
    why: str


# The finding-type table, in the fixed order that SARIF rule indexes follow (DESIGN §3).
FINDING_TYPES: tuple[FindingRule, ...] = (
    FindingRule(
        FindingType.MAGNITUDE,
        Severity.ERROR,
        "Figure off by a power of 10",
        "Same unit, values differ by a power of 10: a magnitude word misread or mis-scaled.",
    ),
    FindingRule(
        FindingType.VALUE,
        Severity.ERROR,
        "Wrong figure",
        "Same unit, different value that is not a power of 10.",
    ),
    FindingRule(
        FindingType.UNIT,
        Severity.ERROR,
        "Wrong unit or currency",
        "Same value, different unit or currency.",
    ),
    FindingRule(
        FindingType.QUALIFIER,
        Severity.WARNING,
        "Changed qualifier",
        "Same value, incompatible hedge: nearly vs over, less than vs more than, a dropped hedge.",
    ),
    FindingRule(
        FindingType.OMISSION,
        Severity.WARNING,
        "Figure missing from the translation",
        "A figure of the original has no counterpart in the translation.",
    ),
    FindingRule(
        FindingType.ADDITION,
        Severity.WARNING,
        "Figure not in the original",
        "A figure of the translation has no counterpart in the original.",
    ),
)
SEVERITY_OF: Mapping[FindingType, Severity] = {r.type: r.severity for r in FINDING_TYPES}
# Roles whose figure labels rather than counts (DESIGN §2).
LOW_SALIENCE_ROLES = frozenset({"label", "code", "name", "ordinal"})
# The largest count that is "small" (see leftover_severity).
SMALL_COUNT = Decimal(10)
# Clock times that bound a calendar day (0—24时): left over, the date says the same.
DAY_EDGES = frozenset({"00:00", "24:00"})
_UNITLESS = frozenset({Kind.COUNT, Kind.NUMBER})
_RELATION_TYPE: Mapping[Relation, FindingType] = {
    Relation.MAGNITUDE: FindingType.MAGNITUDE,
    Relation.VALUE: FindingType.VALUE,
    Relation.UNIT: FindingType.UNIT,
    Relation.QUALIFIER: FindingType.QUALIFIER,
    Relation.UNSEEN_UNIT: FindingType.UNIT,
    Relation.DIRECTION: FindingType.VALUE,
    Relation.PERIOD: FindingType.VALUE,
}
_PLURAL_UNITS = units.DURATIONS
# A figure written in digits, with separators and a decimal point (the high end of a range).
_DIGITS_RE = re.compile(r"[0-9](?:[0-9]|[.,](?=[0-9]))*")
# A day of the month as written: its digits and the letters glued to them ("26th").
_DAY_WRITTEN_RE = re.compile(r"([0-9]+)([^\W\d_]*)")
# An abbreviated scale word closing a figure: its gap and its letters ("520mn", "3 mln").
_SCALE_ABBREVIATION_RE = re.compile(r"[0-9](\s?)([^\W\d_]+)\s*$")
# A word, with its hyphenated parts ("twenty-five"): where a range's high end in words may be.
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Significant digits kept of a figure converted back into the unit the translation wrote.
_CONVERTED_DIGITS: Final = 15
# Decimal places to which two written fractions are the same figure (1/3 read two ways).
_WORD_PLACES: Final = 12
# Characters of context on each side of a claim that a fingerprint includes.
FINGERPRINT_CONTEXT = 12


def _plain(value: Decimal) -> str:
    """A Decimal without exponent notation or trailing zeros: 6.08E+8 → 608000000."""
    text = format(value.normalize(), "f")
    return text


def _grouped(value: Decimal) -> str:
    """Digits with thousands separators: 76000 → 76,000."""
    whole, _, fraction = _plain(value).partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    grouped = f"{int(whole):,}"
    return sign + grouped + (f".{fraction}" if fraction else "")


def format_figure(value: Decimal, style_text: str, target: LangRules, *, words: bool = True) -> str:
    """Write `value` as the translation writes figures: in words where it wrote words, with its
    scale words and separators. Without `words`, always in digits (after a currency sign:
    "$1 million", never "$one million").

    >>> from tradefacts.lang import LANGS
    >>> format_figure(Decimal("6.08E+8"), "6.08 billion", LANGS["en"])
    '608 million'
    >>> format_figure(Decimal("25"), "Twenty-four", LANGS["en"])
    'Twenty-five'
    """
    if words and _in_words(style_text):
        written = _words_of(value, target)
        one = target.number_words.get(1, "")
        article = style_text.split(" ", 1)[0].lower()
        if (
            written is not None
            and one
            and written.startswith(f"{one} ")
            and article.isalpha()
            and article not in target.number_words.values()
            and article not in target.word_scales.values()
        ):
            # "a hundred thousand" against 100万: "a million", the article kept.
            written = article + written[len(one) :]
        if written is not None:
            return written[:1].upper() + written[1:] if style_text[:1].isupper() else written
    abbreviated = _abbreviated_scale(value, style_text, target)
    if abbreviated is not None:
        return abbreviated
    lowered = style_text.lower()
    uses_scale = any(word in lowered for word in target.scale_words.values())
    if uses_scale or _abbreviated(style_text):
        for exponent in sorted(target.scale_words, reverse=True):
            if abs(value) >= Decimal(1).scaleb(exponent):
                mantissa = _plain(value.scaleb(-exponent))
                return f"{mantissa} {target.scale_words[exponent]}"
    # Thousands are grouped ("5,000"), as translators write them, unless the translation wrote
    # its own figure of four digits or more without separators ("4500 yuan").
    ungrouped = any(len(run) >= 4 for run in _DIGITS_RE.findall(style_text) if run.isdigit())
    if "," in style_text or abs(value) >= 10000 or (abs(value) >= 1000 and not ungrouped):
        return _grouped(value)
    return _plain(value)


def _in_words(style_text: str) -> bool:
    """Whether a figure is written in words only ("twelve", "a", "Five hundred")."""
    return any(ch.isalpha() for ch in style_text) and not any(ch.isdigit() for ch in style_text)


def _words_of(value: Decimal, target: LangRules) -> str | None:
    """A whole figure in the target language's words, when it reads well in words: below a
    hundred, or a whole hundreds, times at most one scale word ("twelve", "five thousand", "six
    hundred million"); None for any other figure, which goes in digits."""
    if not target.number_words or value < 0:
        return None
    whole = value.to_integral_value(rounding=ROUND_FLOOR)
    if value - whole == Decimal("0.5") and 0 < whole < 100 and target.and_a_half:
        # 两年半 against "three years": "two and a half years".
        head = _words_below_thousand(int(whole), target)
        return f"{head} {target.and_a_half}" if head else None
    if value != whole:
        return None
    number = int(value)
    if number == 0:
        return target.number_words.get(0)
    exponent = 0
    for scale in sorted((e for e in target.word_scales if e > 2), reverse=True):
        if number % 10**scale == 0:
            exponent, number = scale, number // 10**scale
            break
    head = _words_below_thousand(number, target)
    if head is None:
        return None
    return f"{head} {target.word_scales[exponent]}" if exponent else head


def _words_below_thousand(number: int, target: LangRules) -> str | None:
    words = target.number_words
    if 0 < number < 100:
        if number in words:
            return words[number]
        tens, ones = divmod(number, 10)
        if tens * 10 in words and ones in words:
            return f"{words[tens * 10]}{target.tens_joiner}{words[ones]}"
        return None
    hundreds, rest = divmod(number, 100)
    if rest or not 0 < hundreds < 10 or 2 not in target.word_scales:
        return None
    return f"{words[hundreds]} {target.word_scales[2]}"


def _agree(value: Decimal, rest: str, target: LangRules, written: object = None) -> str:
    """The text after a figure with the unit word right after it agreeing with the figure: "1
    ton", "2 tons". A unit joined by a hyphen ("18-year-old") is left as it is, and so is a
    word that did not agree with the figure the translation `written` ("a 3 day trip")."""
    if not rest.startswith(" ") or not target.unit_plurals:
        return rest
    singular = value == 1
    if isinstance(written, Decimal) and (written == 1) == singular:
        return rest  # the figure keeps its number: the word stays as the translation wrote it
    words = rest[1:].split(" ", 2)
    for count in (2, 1):
        if len(words) < count:
            continue
        head = " ".join(words[:count])
        bare = head.rstrip(".,;:!?)")
        tail = rest[1 + len(bare) :]
        for one, many in target.unit_plurals.items():
            if singular and bare == many:
                return f" {one}{tail}"
            if not singular and bare == one:
                return f" {many}{tail}"
    return rest


def _abbreviated_scale(value: Decimal, style_text: str, target: LangRules) -> str | None:
    """`value` with an abbreviated scale word of the family the translation wrote ("$5.2bn" for
    "$520mn", "$5m" for "$50m", "3 mln"), or None when it wrote none or its family has no
    abbreviation for the scale the value takes (then the scale word is written out)."""
    written = _SCALE_ABBREVIATION_RE.search(style_text)
    if written is None:
        return None
    gap, abbreviation = written.group(1), written.group(2)
    family = {a: e for a, e in target.scale_abbreviations.items() if len(a) == len(abbreviation)}
    if abbreviation.lower() not in {a.lower() for a in family}:
        return None
    exponents = sorted(set(family.values()) | set(target.scale_words), reverse=True)
    exponent = next((e for e in exponents if abs(value) >= Decimal(1).scaleb(e)), None)
    candidates = [a for a, e in family.items() if e == exponent]
    if exponent is None or not candidates:
        return None
    # The one written, else one of its case ("mn" → "bn", not "MM"), else the first.
    chosen = max(
        candidates,
        key=lambda a: (a.lower() == abbreviation.lower(), a.isupper() == abbreviation.isupper()),
    )
    if abbreviation.isupper() != chosen.isupper():
        chosen = chosen.upper() if abbreviation.isupper() else chosen.lower()
    return f"{_plain(value.scaleb(-exponent))}{gap}{chosen}"


def _abbreviated(style_text: str) -> bool:
    stripped = style_text.rstrip()
    return bool(stripped) and stripped[-1].isalpha() and any(ch.isdigit() for ch in stripped)


def _in_stated_unit(zh: Claim, en: Claim) -> Decimal | None:
    """The original's value expressed in the unit the translation wrote (kilograms, cents)."""
    if not isinstance(zh.value, Decimal):
        return None
    if en.stated_unit is None or zh.unit is None:
        return zh.value
    if zh.stated_unit == en.stated_unit and isinstance(zh.stated, Decimal):
        return zh.stated  # 2000亩 against "200 mu": the figure as stated, not converted back
    if units.canonical_code(en.stated_unit) != zh.unit:
        return zh.value
    converted = units.from_canonical(zh.value, en.stated_unit)
    with localcontext() as context:
        # A conversion by a factor with no end (亩 in square metres) comes back as 1999.99…:
        # rounded to the digits a stated figure can carry, it is 2000 again.
        context.prec = _CONVERTED_DIGITS
        return +converted


# The characters that write a minus sign before a figure.
_SIGN_CHARS: Final[tuple[str, ...]] = ("-", "\u2212")


def suggest(zh: Claim, en: Claim, relation: Relation, target: LangRules) -> str | None:
    """The original's figure written in the translation's style, or None when it cannot be."""
    taken_off = share_taken_off(zh, en)
    if taken_off is not None:
        # 八折 against "30% off": the fix is the share taken off ("20% off").
        zh, en = taken_off
    if zh.kind is Kind.YEAR and isinstance(zh.stated, Decimal) and role_of(en) == "ordinal":
        # A year of a reign (康熙六十一年) against the rank the translation gives it ("the 51st
        # year of his reign"): the fix is the year within the reign ("61st"), not 1722.
        zh = replace(zh, kind=Kind.NUMBER, value=zh.stated, stated=None)
    if en.kind is Kind.DATE and role_of(en) == "name":
        return _suggest_named_date(zh, en, target) if role_of(zh) == "name" else None
    if en.kind in (Kind.DATE, Kind.YEAR):
        if relation is Relation.VALUE and added_date_parts(zh, en):
            # The parts the original leaves open are dropped, not filled from the translation.
            return _suggest_date(zh, en, target, fill=False)
        return _suggest_date(zh, en, target)
    if role_of(zh) == "code" and role_of(en) == "code":
        return _suggest_code(zh, en)
    if Kind.TIME in (zh.kind, en.kind):
        return _suggest_time(zh, en, target) if zh.kind is en.kind else None
    if zh.kind is Kind.DATE and str(zh.value).startswith("---") and en.num_span is not None:
        # 25日 against "the 26th": the day goes where the translation wrote its number, with
        # the ending of its own ordinal (20日 against "the 22nd" is "20th", not "20nd").
        start, end = en.num_span
        day = str(int(str(zh.value)[3:]))
        rest = en.text[end:]
        suffix = next((i for i, ch in enumerate(rest) if not ch.isalpha()), len(rest))
        if suffix:
            day = _ordinal_day(day, target) or day
        return en.text[:start] + day + rest[suffix:]
    if isinstance(zh.value, Decimal) and en.num_span is None:
        # A figure written as a word with no number in it: another word of the same shape
        # ("tripled" → "doubled", "fivefold" → "threefold", "a quarter" → "a third").
        swapped = None
        if role_of(en) == "ordinal":
            swapped = _swap_word(zh.value, en.text, target.ordinal_words)  # "fourth" → "third"
        elif en.kind is Kind.MULTIPLIER and zh.kind is Kind.MULTIPLIER:
            swapped = _swap_word(zh.value, en.text, target.multipliers)
        elif (
            zh.stated_unit is not None
            and zh.stated_unit == en.stated_unit
            and isinstance(zh.stated, Decimal)
        ):
            swapped = _swap_word(zh.stated, en.text, target.fraction_words)
        if swapped is None or relation is not Relation.QUALIFIER:
            return swapped
        # 将近半年 against "half a year": the same word, with the original's hedge.
        return None if zh.approx is Approx.RANGE else _with_hedge(swapped, zh, en, target)
    if not isinstance(zh.value, Decimal) or en.num_span is None:
        return None
    if relation is Relation.UNIT:
        return _suggest_unit(zh, en, target)
    if relation is Relation.QUALIFIER and (zh.approx is Approx.RANGE or en.high is not None):
        # A vague amount (十几, 几百) has no one English wording to propose, and a range the
        # translation wrote ("15-30%") has no one place where the original's figure goes.
        return None
    value = _in_stated_unit(zh, en)
    if value is None:
        return None
    start, end = en.num_span
    text = en.text
    if isinstance(en.value, Decimal) and (value < 0) != (en.value < 0):
        if not signed_scale(zh, en) and not temperature_sign_dropped(zh, en):
            value = -value  # the translation carries the sign in a word ("fell", "below zero")
        elif en.value < 0:
            # The translation added a sign to a temperature: drop it where it is one character.
            if not text[:start].endswith(_SIGN_CHARS):
                return None
            text, start, end = text[: start - 1] + text[start:], start - 1, end - 1
    en_negative = isinstance(en.value, Decimal) and en.value < 0
    if value < 0 and en_negative and not text[start:end].startswith(_SIGN_CHARS):
        # The translation writes the sign in a word ("minus 15 degrees", "15 degrees below
        # zero"): the figure goes in without one, or the fix reads "minus -5".
        value = -value
    beyond = _figure_beyond_span(en, target)
    if beyond is not None and zh.high is None and value - beyond >= 1:
        whole = value - beyond
        if whole == whole.to_integral_value():
            # "three and a half years" for 两年半: the number changes, its half stays.
            figure = format_figure(whole, text[start:end], target)
            rewritten = text[:start] + figure + text[end:]
            if relation is Relation.QUALIFIER:
                return _with_hedge(rewritten, zh, en, target)
            return rewritten
    if beyond is not None:
        # "a week and a half": the claim's figure is more than its number; the fix is the
        # original's figure with the unit as the translation names it ("two weeks").
        words = unit_words(en.stated_unit, target) if en.stated_unit else None
        if words is None or zh.high is not None:
            return None
        step = Decimal(1).scaleb(min(0, _exponent(en.stated)))
        if _exponent(value) < _exponent(step):
            # A figure stated in parts to its last unit ("5 feet 4 inches", 64 inches): the
            # original's, converted, to the same unit (1米78 is 70 inches).
            value = value.quantize(step, rounding=ROUND_HALF_UP)
        figure = format_figure(value, text[start:end], target)
        rewritten = text[:start] + figure + _agree(value, words[1], target)
        if relation is Relation.QUALIFIER:
            return _with_hedge(rewritten, zh, en, target)
        return rewritten
    figure = format_figure(value, text[start:end], target)
    if zh.high is not None and en.high is None:
        figure = f"{figure}-{format_figure(zh.high, text[start:end], target)}"
    rest = text[end:]
    if zh.high is not None and en.high is not None:
        # Both ends written: the high end goes where the translation wrote its own (3至5英寸
        # against "3 to 8 inches" is "3 to 5 inches").
        high_end = _high_end(rest, target)
        if high_end is None or zh.value == 0:
            return None
        with localcontext() as context:
            context.prec = _CONVERTED_DIGITS  # 4至6周 in days and back: 6 weeks, not 6.00…2
            high = +(zh.high * value / zh.value)
        left, right = high_end
        rest = (
            rest[:left]
            + format_figure(high, rest[left:right], target)
            + _agree(high, rest[right:], target)
        )
    else:
        written = en.stated if isinstance(en.stated, Decimal) else en.value
        rest = _agree(value if zh.high is None else zh.high, rest, target, written)
    if role_of(en) == "ordinal":
        # A rank keeps the translation's way of writing it, with the ending of its own number
        # (第三 against "4th" is "3rd", not "3th").
        suffix = next((i for i, ch in enumerate(rest) if not ch.isalpha()), len(rest))
        if suffix and figure.isdigit():
            figure, rest = _ordinal_day(figure, target) or figure, rest[suffix:]
    rewritten = text[:start] + figure + rest
    if relation is Relation.QUALIFIER:
        return _with_hedge(rewritten, zh, en, target)
    # A magnitude or value fix keeps the translation's own hedge: it may sit in a verb
    # ("exceeded") that the figure's claim does not cover.
    return rewritten


def _swap_word(value: Decimal, text: str, words: Mapping[str, Decimal]) -> str | None:
    """`text` with the word of `words` it contains swapped for one worth `value`, of the same
    shape: the same ending ("tripled" → "doubled"), then the same beginning ("a quarter" → "a
    third"), then the same joint ("two-thirds" → "three-quarters"), then a first word as long
    (an article for an article); in the case written."""
    lowered = text.lower()
    found = max((w for w in words if _word_at(lowered, w) is not None), key=len, default=None)
    if found is None:
        return None
    wanted = round(value, _WORD_PLACES)
    candidates = [w for w, v in words.items() if round(v, _WORD_PLACES) == wanted]
    if not candidates:
        return None

    def shape(word: str) -> tuple[int, int, bool, int]:
        suffix = _common_start(word[::-1], found[::-1])
        prefix = _common_start(word, found)
        # An article for an article, a number word for a number word ("two-thirds" → "one-third").
        head = -abs(len(re.split(r"[ -]", word)[0]) - len(re.split(r"[ -]", found)[0]))
        return suffix, prefix, ("-" in word) == ("-" in found), head

    best = max(candidates, key=shape)
    start = _word_at(lowered, found)
    assert start is not None
    written = text[start : start + len(found)]
    if written[:1].isupper():
        best = best[:1].upper() + best[1:]
    return text[:start] + best + text[start + len(found) :]


def _common_start(one: str, other: str) -> int:
    """How many characters two words share from their start."""
    shared = min(len(one), len(other))
    return next((i for i in range(shared) if one[i] != other[i]), shared)


def _word_at(lowered: str, word: str) -> int | None:
    """Where `word` stands as whole words in `lowered`, or None."""
    for match in re.finditer(re.escape(word), lowered):
        before = lowered[match.start() - 1 : match.start()]
        after = lowered[match.end() : match.end() + 1]
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return match.start()
    return None


def _high_end(rest: str, target: LangRules) -> tuple[int, int] | None:
    """The span of the last figure in `rest` (the text of a range after its low end), written in
    digits or in the target language's number words ("three to six days"), or None."""
    found = None
    for match in _DIGITS_RE.finditer(rest):
        found = match.span()
    if found is not None:
        return found
    numeric = {w.lower() for w in target.number_words.values()} | set(target.word_scales.values())
    for match in _WORD_RE.finditer(rest):
        parts = match.group().lower().split(target.tens_joiner or " ")
        if all(part in numeric for part in parts):
            if found is not None and rest[found[1] : match.start()] == " ":
                found = (found[0], match.end())  # "five hundred": one figure of two words
            else:
                found = match.span()
    return found


def _exponent(value: object) -> int:
    """The exponent of a figure's last written digit (0 for 64, -1 for 1.5)."""
    exponent = value.normalize().as_tuple().exponent if isinstance(value, Decimal) else 0
    return exponent if isinstance(exponent, int) else 0


def _figure_beyond_span(en: Claim, target: LangRules) -> Decimal | None:
    """How much the claim's figure is more than the number it was read from ("a week and a
    half" is 1.5 weeks; its number is "a": 0.5), or None when it is the number."""
    if en.num_span is None or not isinstance(en.stated, Decimal) or en.high is not None:
        return None
    start, end = en.num_span
    number = parse_number(en.text[start:end], target.numerals)
    if number is None or number.high is not None or abs(number.low) == abs(en.stated):
        return None
    return abs(en.stated) - abs(number.low)


def _with_hedge(text: str, zh: Claim, en: Claim, target: LangRules) -> str:
    """Put the original's hedge on the figure (nearly, over), replacing the translation's."""
    if zh.approx is Approx.RANGE:
        return text
    hedge = target.hedges.get(zh.approx, "")
    if en.pre_span is not None:
        start, end = en.pre_span
        if target.qualifiers.get(text[start:end].lower()) is Approx.EXACT:
            # A word that bounds a span and hedges nothing ("the past 5 months") stays; the
            # hedge goes after it ("past nearly 5 months").
            return f"{text[:end]} {hedge}{text[end:]}" if hedge else text
        if text[start : start + 1].isupper():
            # The hedge opened the sentence ("More than 100"): what replaces it does too.
            hedge = hedge[:1].upper() + hedge[1:]
            if not hedge:
                rest = text[end:].lstrip()
                return text[:start] + rest[:1].upper() + rest[1:]
        if hedge:
            return text[:start] + hedge + text[end:]
        return text[:start] + text[end:].lstrip()
    if not hedge:
        return text
    head = re.split(r"[ -]", text, maxsplit=1)[0]
    if head[:1].isupper() and head.lower() in target.number_words.values():
        # A number word that opened the sentence ("Twenty people"): the hedge opens it now.
        return f"{hedge[:1].upper()}{hedge[1:]} {text[:1].lower()}{text[1:]}"
    return f"{hedge} {text}"


def _suggest_code(zh: Claim, en: Claim) -> str | None:
    """The original's code as the translation writes it: its digits as written, the letters the
    translation glued to them kept ("52M" for 53M against 卡-52M)."""
    if zh.num_span is None or en.num_span is None:
        return None
    start, end = en.num_span
    digits = zh.text[zh.num_span[0] : zh.num_span[1]]
    return en.text[:start] + digits + en.text[end:]


def _suggest_date(zh: Claim, en: Claim, target: LangRules, *, fill: bool = True) -> str | None:
    """The original's year or date in the translation's order: "August 29, 1989", "29 August
    1989", "April 1982", "1989-08-29", or the year alone. With `fill`, a day of the month alone
    takes the translation's month and year (only its day is wrong); without, the original's parts
    only ("9th" for 9日 against "June 9")."""
    year, month, day = date_parts(zh)
    if en.kind is Kind.YEAR and en.high is not None and zh.high is not None and year:
        # A decade against a decade: the original's in the translation's own form ("80s" for
        # "post-80s", "1980s").
        short = sum(ch.isdigit() for ch in en.text) == 2
        return (year[2:] if short else year) + en.text[-1:] if en.text[-1:].isalpha() else year
    if en.kind is Kind.YEAR:
        if year and year.startswith("-") and isinstance(en.value, Decimal) and en.value < 0:
            # A year before the common era against another: the translation's own era mark
            # around the original's figure ("212 BC" → "221 BC").
            return _DIGITS_RE.sub(year[1:], en.text, count=1)
        if year and len(year) == 4 and en.text.isdigit() and len(en.text) == 2:
            return year[2:]  # the second year of a span as written, 2022-23
        return year
    if fill and month is None and year is None and day is not None:
        # 20日 against "July 22": the original names no month, so the translation's month and
        # year stay and only the day is corrected ("July 20").
        en_year, en_month, _ = date_parts(en)
        year, month = en_year, en_month
    if month is None:
        return _ordinal_day(day, target) if day and not year else year
    name = target.month_names.get(int(month))
    if name is None or (en.text[:1].isdigit() and "-" in en.text):
        return "-".join(p for p in (year or "", month, day) if p) if year else None
    if day is None:
        return f"{name} {year}" if year else name
    day_text = str(int(day))
    written = _DAY_WRITTEN_RE.search(en.text)
    if written and written.group(2) in target.ordinal_suffixes.values():
        day_text = _ordinal_day(day, target) or day_text  # "July 26th", "the 4th of May"
    if en.text[:1].isdigit():
        # The words between the day and the month kept as written ("4th of May").
        named = _month_at(en.text, target)
        joint = en.text[written.end() : named] if written and named else " "
        return f"{day_text}{joint}{name} {year}" if year else f"{day_text}{joint}{name}"
    return f"{name} {day_text}, {year}" if year else f"{name} {day_text}"


def _month_at(text: str, target: LangRules) -> int | None:
    """Where the first month name of the target language starts in `text`, or None."""
    lowered = text.lower()
    found = [_word_at(lowered, m) for m in target.months]
    return min((i for i in found if i is not None), default=None)


def _suggest_time(zh: Claim, en: Claim, target: LangRules) -> str | None:
    """The original's clock time as the translation writes times: "9:30 a.m." (its word for the
    half of the day, in its own case and dots), "9 p.m." when it wrote no minutes, "14:20" or
    "07:45" on a 24-hour clock, "9 o'clock" (the words after its hour kept)."""
    hour, minute, _ = clock_parts(zh)
    seconds = str(zh.value)[5:]
    lowered = en.text.lower()
    half = next(
        (s for s in sorted(target.day_halves, key=len, reverse=True) if lowered.endswith(s)), None
    )
    written = en.text[en.num_span[1] :] if en.num_span is not None else ""
    if half is not None and en.num_span is not None:  # not "noon" alone: no figure to rewrite
        stated = en.text[len(en.text) - len(half) :]
        wanted = 12 if hour >= 12 else 0
        word = _same_shape(stated, [s for s, v in target.day_halves.items() if v == wanted])
        if word is None:
            return None
        gap = " " if en.text[-len(half) - 1 : -len(half)] == " " else ""
        sep = "." if written.startswith(".") else ":"
        shown = f"{hour % 12 or 12}"
        if minute or written[:1] in (":", "."):
            shown += f"{sep}{minute:02d}"
        return f"{shown}{gap}{word}"
    if en.num_span is not None and not written.startswith(":") and not minute and not seconds:
        # "nine o'clock": the hour in digits, the words after it kept.
        return f"{hour % 12 or 12}{written}"
    width = 2 if en.text[:2].isdigit() else 1
    return f"{hour:0{width}d}:{minute:02d}{seconds}"


def _same_shape(stated: str, words: Iterable[str]) -> str | None:
    """Of `words`, the one written like `stated` (same length, dots in the same places), in its
    case: "p.m." for "a.m.", "PM" for "AM"."""
    for word in words:
        if len(word) == len(stated) and all(
            a.isalpha() == b.isalpha() for a, b in zip(word, stated, strict=True)
        ):
            return word.upper() if stated.isupper() else word
    return None


def _suggest_named_date(zh: Claim, en: Claim, target: LangRules) -> str | None:
    """A date named in another calendar (a lunar date: "the 15th day of the ninth lunar month"),
    as the translation wrote it, each of its ordinals of day and month replaced by the
    original's: the one that states the translation's day by the original's day, the one that
    states its month by the original's month (where both state the same figure, the first
    written is the day)."""
    _, zh_month, zh_day = date_parts(zh)
    _, en_month, en_day = date_parts(en)
    if (zh_month is None) != (en_month is None) or (zh_day is None) != (en_day is None):
        return None
    wanted = [(en_day, zh_day), (en_month, zh_month)]
    words = en.text.split(" ")
    for index, word in enumerate(words):
        figure = _ordinal_figure(word, target)
        if figure is None:
            continue
        for place, (stated, original) in enumerate(wanted):
            if stated is not None and original is not None and int(stated) == figure:
                words[index] = _ordinal_like(int(original), word, target)
                wanted[place] = (None, None)
                break
    return " ".join(words)


def _ordinal_figure(word: str, target: LangRules) -> int | None:
    """The rank an ordinal written as one word states ("15th", "eighth"), or None."""
    found = target.ordinal_words.get(word.lower())
    if found is not None:
        return int(found)
    digits = word.rstrip("".join(sorted({c for c in word if c.isalpha()})))
    if digits.isdigit() and _ordinal_day(digits, target) == word:
        return int(digits)
    return None


def _ordinal_like(number: int, like: str, target: LangRules) -> str:
    """`number` as an ordinal in the form of `like`: with digits ("8th") or as a word ("eighth",
    capitalized where `like` is)."""
    if like[:1].isdigit():
        return _ordinal_day(str(number), target) or str(number)
    for word, value in target.ordinal_words.items():
        if value == number and " " not in word:
            return word.capitalize() if like[:1].isupper() else word
    return _ordinal_day(str(number), target) or str(number)


def _ordinal_day(day: str, target: LangRules) -> str | None:
    """A day of the month, or a rank, as the translation writes it alone ("26th", "3rd")."""
    number = int(day)
    suffix = target.ordinal_suffixes.get(number % 100) or target.ordinal_suffixes.get(number % 10)
    return f"{number}{suffix}" if suffix else str(number)


def unit_words(unit: str, target: LangRules) -> tuple[str, str] | None:
    """How the translation's language writes a unit around a figure: its suggestion style, else
    the first word of its unit table for that unit ("kilograms" for kilogram), else None."""
    if unit in target.unit_styles:
        return target.unit_styles[unit]
    # The first of the longest words ("kilometres" before "km"; "mu" when it is the only one).
    words = [s for s, name in target.units.items() if name == unit and s.isalpha() and len(s) > 1]
    if not words:
        return None
    longest = max(len(w) for w in words)
    return "", f" {next(w for w in words if len(w) == longest)}"


def _suggest_unit(zh: Claim, en: Claim, target: LangRules) -> str | None:
    if zh.unit is None or en.num_span is None or not isinstance(zh.value, Decimal):
        return None
    if zh.kind is Kind.MONEY and "/" in zh.unit:
        return None  # a rate (CNY/t): the fix is the unit it is stated per, not the figure
    value = zh.value
    style = target.unit_styles.get(zh.unit, ("", f" {zh.unit}"))
    if stated_units_differ(zh, en) and zh.stated is not None and zh.stated_unit is not None:
        # The original's figure in its own unit, in the translation's words: 45公斤 → "45
        # kilograms", not "0.045 tons".
        words = unit_words(zh.stated_unit, target)
        if words is not None:
            value, style = zh.stated, words
    before, after = style
    start, end = en.num_span
    figure = format_figure(value, en.text[start:end], target, words=not before)
    hedge = target.hedges.get(zh.approx, "") if zh.approx is not Approx.RANGE else ""
    return f"{hedge + ' ' if hedge else ''}{before}{figure}{_agree(value, after, target)}"


# How many significant digits a value converted from the unit it was stated in is described
# with: 350°F is "176.667 degC", not the 28 digits of its exact quotient.
_CONVERTED_SHOWN_DIGITS: Final[int] = 6


def _shown(claim: Claim, value: Decimal) -> Decimal:
    """`value` of `claim` as it is described: to `_CONVERTED_SHOWN_DIGITS` significant digits where
    the claim converted its figure from the unit it was stated in, else exactly as read."""
    converted = claim.stated is not None and claim.stated != value
    if not converted or len(value.as_tuple().digits) <= _CONVERTED_SHOWN_DIGITS:
        return value
    with localcontext() as context:
        context.prec = _CONVERTED_SHOWN_DIGITS
        return (+value).normalize()


def _describe(claim: Claim) -> str:
    if claim.per is not None and claim.unit is not None and isinstance(claim.value, Decimal):
        return _describe_rate(claim, claim.value, claim.per, claim.unit)
    value = claim.value if isinstance(claim.value, str) else _grouped(_shown(claim, claim.value))
    unit = f" {claim.unit}" if claim.unit and claim.unit != "%" else claim.unit or ""  # 65%
    if claim.unit in _PLURAL_UNITS and value != "1":
        unit += "s"  # 7 years, 3 months: the canonical codes of durations are words
    if claim.high is not None:
        return f"{value} to {_grouped(claim.high)}{unit}"  # a range or a vague amount
    hedge = "" if claim.approx is Approx.EXACT else f"{claim.approx.value} "
    return f"{hedge}{value}{unit}"


def _describe_rate(claim: Claim, value: Decimal, per: str, unit: str) -> str:
    """A rate (`claim`, with its value, per unit and unit, as read) in the unit it is stated per
    (30元/公斤 is "30 CNY/kilogram", not the "30,000 CNY/t" it is compared in)."""
    factor, _ = units.canonicalize(Decimal(1), per)
    money = unit.partition("/")[0]
    per_words = per.replace("_", " ")
    low = _grouped(value * factor)
    if claim.high is not None:
        return f"{low} to {_grouped(claim.high * factor)} {money}/{per_words}"
    hedge = "" if claim.approx is Approx.EXACT else f"{claim.approx.value} "
    return f"{hedge}{low} {money}/{per_words}"


def _suggest_per_period(pair: Pair, target: LangRules) -> str | None:
    """The suggestion of a wrong figure, restated per the translation's period where the two sides
    state their amounts per different periods (月薪8000元 against "86,000 yuan a year" suggests
    96,000 yuan); none where the periods are no fixed share of each other (a day and a month)."""
    zh, en = pair.zh, pair.en
    if zh.period is None or en.period is None or zh.period is en.period:
        return suggest(zh, en, pair.relation, target)
    converted = per_period_of(zh, en)
    return None if converted is None else suggest(converted, en, pair.relation, target)


def _message(
    kind: FindingType, pair: Pair | None, claim: Claim | None, factor: Decimal | None
) -> str:
    if pair is None:
        assert claim is not None
        if kind is FindingType.OMISSION:
            return f"{claim.text!r} ({_describe(claim)}) has no counterpart in the translation"
        return f"{claim.text!r} ({_describe(claim)}) has no counterpart in the original"
    zh, en = pair.zh, pair.en
    added = added_date_parts(zh, en) if pair.relation is Relation.VALUE else ()
    if added:
        names = " and ".join(name for name, _ in added)
        return (
            f"{en.text!r} states a {names} that the original {zh.text!r} ({_describe(zh)}) "
            "does not name anywhere; check it against the source"
        )
    if pair.relation is Relation.VALUE and role_of(zh) == "code":
        return f"{en.text!r} differs by a digit from the code {zh.text!r} of the original"
    if pair.relation is Relation.DIRECTION and zh.change is not None and en.change is not None:
        return (
            f"{en.text!r} states a {en.change.value} where the original {zh.text!r} states a "
            f"{zh.change.value}: the direction of the change is reversed"
        )
    if pair.relation is Relation.PERIOD and zh.period is not None and en.period is not None:
        return (
            f"{en.text!r} is stated per {en.period.value} where the original {zh.text!r} is "
            f"stated per {zh.period.value}: the period differs"
        )
    if kind is FindingType.MAGNITUDE and factor is not None:
        times = _plain(factor) if factor >= 1 else f"1/{_plain(1 / factor)}"
        return (
            f"{en.text!r} is {times}× the original {zh.text!r} ({_describe(zh)}); "
            "a magnitude was misread"
        )
    if kind is FindingType.UNIT:
        if pair.relation is Relation.UNSEEN_UNIT:
            with_unit, bare = (en, zh) if zh.unit is None else (zh, en)
            return (
                f"{with_unit.text!r} states {with_unit.unit} where {bare.text!r} states no unit "
                "that could be read; check the unit"
            )
        if stated_units_differ(zh, en):
            return (
                f"{en.text!r} states {en.stated_unit} where the original {zh.text!r} "
                f"states {zh.stated_unit}"
            )
        if per_other_unit(zh, en):
            return f"{en.text!r} states the figure of {zh.text!r} per another unit"
        if rate_against_money(zh, en):
            rate, money = (zh, en) if zh.unit and "/" in zh.unit else (en, zh)
            return (
                f"{rate.text!r} is money per a unit ({rate.unit}) where {money.text!r} states no "
                "unit it is per; check what the figure is per"
            )
        stated = en.unit or "no unit"
        return f"{en.text!r} states {stated} where the original {zh.text!r} states {zh.unit}"
    if kind is FindingType.QUALIFIER:
        if en.approx is Approx.EXACT:
            return f"{en.text!r} drops the hedge of the original {zh.text!r} ({_describe(zh)})"
        if zh.approx is Approx.EXACT:
            return f"{en.text!r} adds a hedge ({en.approx.value}) to the exact original {zh.text!r}"
        return (
            f"{en.text!r} ({_describe(en)}) is hedged otherwise than the original {zh.text!r} "
            f"({_describe(zh)})"
        )
    return f"{en.text!r} ({_describe(en)}) differs from the original {zh.text!r} ({_describe(zh)})"


def _context(text: str, claim: Claim) -> str:
    before = text[max(0, claim.start - FINGERPRINT_CONTEXT) : claim.start]
    after = text[claim.end : claim.end + FINGERPRINT_CONTEXT]
    return " ".join(f"{before}\x00{after}".split())


def fingerprint(document: Document, kind: FindingType, zh: Claim | None, en: Claim | None) -> str:
    """A stable hash of what a finding says, not where: survives edits elsewhere in the text."""
    parts = [document.id, kind.value]
    for claim, text in ((zh, document.zh), (en, document.en)):
        parts.append("" if claim is None else claim.text)
        parts.append("" if claim is None else _context(text, claim))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def classify(
    document: Document,
    alignment: Alignment,
    target: LangRules,
    source: LangRules | None = None,
) -> tuple[Finding, ...]:
    """The findings of one document, in the order of the original, then additions. With the
    original's language (`source`), a bare figure whose unit is named a few words after it
    ("3,200 annual sunshine hours" for 3200小时) is no unit finding."""
    findings: list[tuple[int, int, Finding]] = []
    whole: bool | None = None  # whether the document is a whole article, once a pair asks
    for pair in alignment.pairs:
        kind = _RELATION_TYPE.get(pair.relation)
        if kind is None:
            continue
        if pair.relation is Relation.UNSEEN_UNIT and _unit_named_after(
            pair, document, source, target
        ):
            continue
        if whole is None:
            whole = _whole_article(document)
        suggestion = (
            None
            # A reversed direction or another period is mended in the words around the figure,
            # not in it.
            if pair.relation in (Relation.UNSEEN_UNIT, Relation.DIRECTION, Relation.PERIOD)
            else _suggest_per_period(pair, target)
        )
        findings.append(
            (
                pair.zh.start,
                0,
                Finding(
                    type=kind,
                    severity=_pair_severity(kind, pair, whole=whole),
                    message=_message(kind, pair, None, pair.factor),
                    zh=pair.zh,
                    en=pair.en,
                    factor=pair.factor,
                    suggestion=suggestion,
                    fingerprint=fingerprint(document, kind, pair.zh, pair.en),
                ),
            )
        )
    for claim in alignment.omitted:
        findings.append((claim.start, 0, _leftover(document, FindingType.OMISSION, claim)))
    for claim in alignment.dropped_glosses:
        # A conversion the original adds in parentheses, dropped while its head is rendered.
        message = (
            f"{claim.text!r} ({_describe(claim)}) restates the figure before it in parentheses and"
            " has no counterpart in the translation; check it was meant to be left out"
        )
        findings.append(
            (
                claim.start,
                0,
                _leftover(document, FindingType.OMISSION, claim, Severity.NOTE, message),
            )
        )
    big = 1 << 62
    for claim in alignment.added:
        findings.append((big, claim.start, _leftover(document, FindingType.ADDITION, claim)))
    findings.sort(key=lambda item: (item[0], item[1]))
    return tuple(f for _, _, f in findings)


def leftover_severity(claim: Claim) -> Severity:
    """The severity of an omission or addition: `note` for a figure of low salience, else the
    type's `warning`. The salience rule, in one place (its rows are in tests/test_classify.py):

    - a claim with a role (label, code, name, ordinal): its figure names or ranks, it does not
      count (第十七条 left as "the article", "No. 3" left out);
    - a day of the month with neither month nor year (a dateline's 26日, "on the 26th"): the
      month and year around it carry the date an editor checks;
    - a clock time at the edge of a day (00:00, 24:00): 0—24时 "from 0:00 to 24:00" states the
      whole day, which translations render as the date alone ("on July 25");
    - a small count: a figure with no unit, or a span of time, of at most `SMALL_COUNT` as stated
      (两国 "both countries", 三次, 四部委 "the ministries", 半年 "half a year", "six months"):
      translators routinely write these without a numeral, or fold them into the sentence.

    Everything else stays a warning: money, mass and other units, percent, multipliers, years and
    dates with a year or month, clock times, counts above ten. A hedge that changed is a qualifier
    finding, a warning by its type, whatever the figure's size.
    """
    if role_of(claim) in LOW_SALIENCE_ROLES:
        return Severity.NOTE
    if claim.kind is Kind.DATE:
        year, month, _ = date_parts(claim)
        return Severity.NOTE if year is None and month is None else Severity.WARNING
    if claim.kind is Kind.TIME:
        return Severity.NOTE if claim.value in DAY_EDGES else Severity.WARNING
    if (claim.kind in _UNITLESS and claim.unit is None) or claim.kind is Kind.DURATION:
        figure = claim.stated if claim.stated is not None else claim.value
        if (
            isinstance(figure, Decimal)
            and abs(figure) <= SMALL_COUNT
            and (claim.high is None or abs(claim.high) <= SMALL_COUNT)
        ):
            return Severity.NOTE
    return Severity.WARNING


def _vague_restated(zh: Claim, en: Claim) -> bool:
    """A vague amount restated by another vague amount or a hedge, neither side exact (百余 →
    "hundreds", 上万 → "tens of thousands", 五六百 → "about 500"): the two differ in form, not in
    what they tell a reader. A vague amount against an exact figure stays a warning."""
    if Approx.EXACT in (zh.approx, en.approx):
        return False
    return Approx.RANGE in (zh.approx, en.approx)


def _recent_span(zh: Claim, en: Claim) -> bool:
    """A span of time hedged "nearly" in the original and stated exactly by the translation (近两年
    → "the last two years", 近5个月 → "the past 5 months"): before a span the hedge also reads
    "recent", so the exact rendering may be right; a note, not a warning."""
    return (
        zh.kind is Kind.DURATION
        and zh.approx is Approx.NEARLY
        and en.approx is Approx.EXACT
        and zh.value == en.value
    )


def _whole_article(document: Document) -> bool:
    """Whether the original is a whole article (a header, or more than one paragraph) rather than
    a segment: a sentence or paragraph of a corpus, cut from the article that gave its context."""
    if document.zh_header:
        return True
    return sum(1 for line in document.zh.splitlines() if line.strip()) > 1


def _pair_severity(kind: FindingType, pair: Pair, *, whole: bool = True) -> Severity:
    """A pair's severity is its type's, with three exceptions (part of the salience rule, see
    `leftover_severity`): a qualifier between a vague amount and another hedge is a note; so is a
    bound of the original stated as the exact figure (3000多 → "3,000", 20元以下 → "20 yuan": the
    figure kept is the bound itself, and translators fold 多 and 余 into the figure routinely,
    whereas a hedge added, flipped or "nearly" dropped states what the original does not); so is
    "nearly" dropped from a span of time (`_recent_span`); a unit
    the reader could not see on one side is a warning, not an error (the unit may be there), and
    only as salient as the more salient of the two figures would be left over ("7" against "7
    days" is a note). Two wrong values are warnings, not errors: a date whose translation adds a
    month (or a day) the original names nowhere (9日 → "June 9": every part both state agrees,
    the added part may come from a context the document lacks), and a code with one digit
    changed or two swapped (卡-52 → "Ka-53": a model or standard number names, it does not
    count). A year alone added to a month and day (7月26日 → "July 26, 2020") is a note:
    translators routinely write out the year of the dateline, and the parts an editor checks
    agree. An added month or day is a warning only in a whole article (`_whole_article`), where
    the original could have named it; in a segment (one sentence or paragraph of a corpus) the
    month usually comes from the dateline of the article it was cut from, so it is a note. A rate
    on one side against plain money on the other (`rate_against_money`) is a warning: what the
    figure is per may stand a few words away from it."""
    if kind is FindingType.QUALIFIER and (
        _vague_restated(pair.zh, pair.en)
        or dropped_bound(pair.zh, pair.en)
        or _recent_span(pair.zh, pair.en)
    ):
        return Severity.NOTE
    added = added_date_parts(pair.zh, pair.en) if pair.relation is Relation.VALUE else ()
    if added:
        if not whole or {name for name, _ in added} == {"year"}:
            return Severity.NOTE
        return Severity.WARNING
    if pair.relation is Relation.VALUE and role_of(pair.zh) == "code":
        return Severity.WARNING
    if kind is FindingType.UNIT and rate_against_money(pair.zh, pair.en):
        return Severity.WARNING
    if pair.relation is not Relation.UNSEEN_UNIT:
        return SEVERITY_OF[kind]
    ranks = (SEVERITY_RANK[leftover_severity(pair.zh)], SEVERITY_RANK[leftover_severity(pair.en)])
    return Severity.WARNING if max(ranks) >= SEVERITY_RANK[Severity.WARNING] else Severity.NOTE


# The unit of a span of years, which an age counts in.
_AGE_UNIT: Final[str] = "year"
# How far after a bare figure its unit may be named, in characters: a few words ("3,200 annual
# sunshine hours", 30个交易日).
UNIT_AFTER_REACH: Final[int] = 32
_UNIT_WORDS: dict[int, dict[str, tuple[str, ...]]] = {}


def _unit_words(lang: LangRules) -> dict[str, tuple[str, ...]]:
    """The surfaces of each canonical unit of a language's tables, lower-cased, longest first."""
    found = _UNIT_WORDS.get(id(lang))
    if found is None:
        by_unit: dict[str, set[str]] = {}
        for surface, name in lang.units.items():
            try:
                code = units.canonical_code(name)
            except (KeyError, ValueError):
                continue
            by_unit.setdefault(code, set()).add(surface.lower())
        found = _UNIT_WORDS[id(lang)] = {
            code: tuple(sorted(words, key=lambda w: (-len(w), w)))
            for code, words in by_unit.items()
        }
    return found


def _unit_named_after(
    pair: Pair, document: Document, source: LangRules | None, target: LangRules
) -> bool:
    """Whether the bare figure of a pair whose unit only one side reads is followed, within a few
    words, by a word of that unit in its own language (the reader reads a unit only right after
    its figure)."""
    if pair.zh.unit is None and pair.en.unit is not None:
        bare, amount, text, lang = pair.zh, pair.en, document.zh, source
    elif pair.en.unit is None and pair.zh.unit is not None:
        bare, amount, text, lang = pair.en, pair.zh, document.en, target
    else:
        return False
    if lang is None or amount.unit is None:
        return False
    if (
        amount.kind is Kind.DURATION
        and amount.unit == _AGE_UNIT
        and bare.text.endswith(tuple(lang.age_words))
    ):
        return bool(lang.age_words)  # 77.3岁 and "77.3 years": an age is a span of years
    words = _unit_words(lang).get(amount.unit, ())
    window = text[bare.end : bare.end + UNIT_AFTER_REACH].lower()
    if lang.follows_whole:
        # A language written with spaces: a whole word among the next few.
        tokens = window.replace(",", " ").replace(".", " ").split()[:4]
        return any(token in words for token in tokens) or any(
            f" {w} " in f" {' '.join(tokens)} " for w in words if " " in w
        )
    return any(w in window[:12] for w in words)


def _leftover(
    document: Document,
    kind: FindingType,
    claim: Claim,
    severity: Severity | None = None,
    message: str | None = None,
) -> Finding:
    zh = claim if kind is FindingType.OMISSION else None
    en = claim if kind is FindingType.ADDITION else None
    return Finding(
        type=kind,
        severity=severity or leftover_severity(claim),
        message=message or _message(kind, None, claim, None),
        zh=zh,
        en=en,
        fingerprint=fingerprint(document, kind, zh, en),
    )


def count_by_type(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each type, in the fixed type order (types with none left out)."""
    counts = {r.type.value: 0 for r in FINDING_TYPES}
    for finding in findings:
        counts[finding.type.value] += 1
    return {k: v for k, v in counts.items() if v}
