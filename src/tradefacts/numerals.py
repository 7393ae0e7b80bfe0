"""Numeral algorithms driven by the language tables: 三千五百, 两, 十五, "twenty-five" → Decimal.

Stage: extraction helper. Input: the surface of a number (digits, numeral words or characters, or a
mix such as 3422.7万 or "1.2 billion") and a language's `NumeralTable`. Output: an exact value,
or an interval for vague numerals (几百万), and whether the numeral itself says "and more"
(二百余万).
Holds no words of any language: every surface comes from the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tradefacts.rules import NumeralTable, Tok

_ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed numeral: `low`, plus `high` when it is an interval; `over` for 余/多 inside it.

    `scale` is the exponent of the magnitude words that close the numeral (4 for 5万, 6 for
    "5 million", 0 for 500): a range that states its magnitude once (3～5万) borrows it.
    """

    low: Decimal
    high: Decimal | None = None
    over: bool = False
    scale: int = 0
    vague: bool = False  # the interval comes from an unknown digit (几百), not stated ends (三四)
    # The exponent of the section words (万, 亿, "million") that close the numeral: 4 for 三十万,
    # 0 for 二十 (whose `scale` is 1).
    big: int = 0


# A comma before the last one or two digits of a run: a decimal mark (3,5; 1.234,56).
_DECIMAL_COMMA = re.compile(r",[0-9]{1,2}$")


def _digits(surface: str) -> Decimal | None:
    """A run of ASCII digits with optional thousands separators and decimals. Two dots or more
    group thousands (1.234.567, European style), and a comma before its last one or two digits
    is then a decimal mark, as it is in a run with no dot (3,5 before a percent sign: a run of
    this shape is read only where the comma cannot group thousands)."""
    if surface.count(".") >= 2 or (_DECIMAL_COMMA.search(surface) and "." not in surface):
        surface = surface.replace(".", "").replace(",", ".")
    cleaned = surface.replace(",", "").replace(" ", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _tokens(text: str, table: NumeralTable) -> list[tuple[Tok, Decimal]] | None:
    """Classify each surface of `text`; None if a part is not a numeral."""
    out: list[tuple[Tok, Decimal]] = []
    for surface in table.token_re.findall(text):
        # A table word may open with a digit: a gloss of a scale in digits after a figure.
        if surface[0].isdigit() and surface.lower() not in table.words:
            value = _digits(surface)
            if value is None:
                return None
            out.append((Tok.DIGIT, value))
            continue
        tens = table.contracted_tens.get(surface)
        if tens is not None:
            out += [(Tok.DIGIT, Decimal(tens)), (Tok.SMALL, Decimal(1))]
            continue
        entry = table.words.get(surface.lower()) or table.words.get(surface)
        if entry is None:
            if surface.isspace() or surface in "-":
                continue
            return None
        out.append((entry[0], Decimal(entry[1])))
    return out or None


def _positional(tokens: list[tuple[Tok, Decimal]]) -> Decimal | None:
    """Digits read one after another (二〇一七 = 2017, 一九八八), with an optional point."""
    text = ""
    for tok, value in tokens:
        if tok in (Tok.DIGIT, Tok.ZERO) and value < 10 and value == value.to_integral_value():
            text += str(int(value))
        elif tok is Tok.POINT and "." not in text:
            text += "."
        else:
            return None
    return Decimal(text) if text and text[0] != "." and text[-1] != "." else None


def parse_digits(text: str, table: NumeralTable) -> Decimal | None:
    """`text` read digit by digit whatever its length (the 六八 of 一米六八 = 1.68 m), or None
    when it holds anything but digits."""
    tokens = _tokens(text, table)
    if tokens is None or not all(tok in (Tok.DIGIT, Tok.ZERO) for tok, _ in tokens):
        return None
    return _positional(tokens)


def _plus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """Add, treating None as nothing: adding a literal zero would lose the exponent of 1.2E+9,
    which records the precision the text stated (12亿 is precise to 10^8)."""
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def _evaluate(tokens: list[tuple[Tok, Decimal]], table: NumeralTable) -> Decimal | None:
    """The value of a numeral with units (三千五百, 一万五千亿, 3万4000, two hundred million)."""
    total: Decimal | None = None
    section: Decimal | None = None
    number: Decimal | None = None
    last_small: int | None = None
    last_big: int | None = None
    after_unit = False  # the previous token was a unit, with no zero in between (三千五 elision)
    resume = 0  # the index after the digits of a fraction, which are already read
    previous: Tok | None = None
    for index, (tok, value) in enumerate(tokens):
        if index < resume:
            continue
        if index:
            previous = tokens[index - 1][0]
        if tok is Tok.POINT:
            # 三点五 / 百分之零点五: the digits after the point are read positionally, up to a
            # unit word that may follow them (三点五万 = 35000).
            resume = index + 1
            while resume < len(tokens) and tokens[resume][0] in (Tok.DIGIT, Tok.ZERO):
                resume += 1
            fraction = _positional(
                [(Tok.DIGIT, Decimal(0)), (Tok.POINT, Decimal(0)), *tokens[index + 1 : resume]]
            )
            if fraction is None or number is None or number != number.to_integral_value():
                return None
            if table.elide and after_unit:
                # 三千四点二 is 3400.2: without 零 the digit is the elided next unit (三千四 is
                # 3400), since 3004.2 must be written 三千零四点二; the point adds the fraction.
                number = _elided(number, last_small, last_big)
            number = number + fraction
            after_unit = False
            continue
        if tok is Tok.DIGIT:
            if number is not None and table.additive and number >= 20 and value < 10:
                number += value  # twenty five
            elif number is not None:
                return None  # 三四 or "seven five": not one number
            else:
                number = value
        elif tok is Tok.ZERO:
            after_unit = False
            if number is not None:
                return None
        elif tok is Tok.SMALL:
            exponent = int(value)
            if number is None:
                if section is not None and not table.additive:
                    return None  # 百百
                number = _ONE  # 十五 = 15, 百余 = 100+, "hundred"
            section = _plus(section, number * _ONE.scaleb(exponent))
            number = None
            last_small = exponent
            after_unit = True
        elif tok is Tok.BIG:
            exponent = int(value)
            if number is None and section is None and total is not None and previous is Tok.BIG:
                # 六万万 = 6亿: a magnitude repeated multiplies (an older way to write 亿).
                total *= _ONE.scaleb(exponent)
                last_big = (last_big or 0) + exponent
                continue
            section = _plus(section, number)
            if section is None:
                if total is not None and last_big is not None and exponent > last_big:
                    section = Decimal(0).scaleb(exponent)  # 万亿: multiply what came before
                else:
                    section = _ONE  # 万 alone, "a million"
            if total is not None and last_big is not None and exponent > last_big:
                total = (total + section) * _ONE.scaleb(exponent)  # 一万五千亿, 二十万亿
            else:
                total = _plus(total, section * _ONE.scaleb(exponent))
            section = None
            number = None
            last_big = exponent
            last_small = None
            after_unit = True
        else:
            after_unit = False
    if number is not None:
        if table.elide and after_unit:
            number = _elided(number, last_small, last_big)
        section = _plus(section, number)
    return _plus(total, section)


def _elided(number: Decimal, last_small: int | None, last_big: int | None) -> Decimal:
    """A trailing digit after a unit, in the next lower unit (Chinese elision)."""
    if last_small is not None and last_small >= 1:
        return number * _ONE.scaleb(last_small - 1)  # 三千五 = 3500
    if last_big is not None and last_small is None and number < 10:
        return number * _ONE.scaleb(last_big - 1)  # 一万五 = 15000
    return number


def parse_number(text: str, table: NumeralTable) -> Number | None:
    """Read a numeral exactly; None when `text` is not one number.

    Vague digits (几, 数) give an interval: the numeral is evaluated with the lowest and highest
    digit they can stand for.
    """
    tokens = _tokens(text, table)
    if tokens is None:
        return None
    over = any(tok is Tok.OVER for tok, _ in tokens)
    tokens = [(tok, value) for tok, value in tokens if tok not in (Tok.OVER, Tok.SKIP)]
    if not tokens:
        return None
    scale = 0
    big = 0
    for tok, value in reversed(tokens):
        if tok not in (Tok.BIG, Tok.SMALL):
            break
        scale += int(value)
        if tok is Tok.BIG and scale == big + int(value):
            big += int(value)
    pair = _adjacent_pair(text, tokens, table)
    if pair is not None:
        low = _value([*tokens[:pair], tokens[pair], *tokens[pair + 2 :]], table)
        high = _value([*tokens[:pair], *tokens[pair + 1 :]], table)
        if low is None or high is None or low == high:
            return None
        low, high = min(low, high), max(low, high)  # 三两 is written high first
        return Number(low=low, high=high, over=over, scale=scale, big=big)
    vague_at = [i for i, (tok, _) in enumerate(tokens) if tok is Tok.VAGUE]
    if len(vague_at) > 1:
        return None
    if vague_at:
        at = vague_at[0]
        leading = at == 0 or tokens[at - 1][0] in (Tok.BIG,)
        low_digit, high_digit = table.vague_leading if leading else table.vague_trailing
        low = _value([*tokens[:at], (Tok.DIGIT, Decimal(low_digit)), *tokens[at + 1 :]], table)
        high = _value([*tokens[:at], (Tok.DIGIT, Decimal(high_digit)), *tokens[at + 1 :]], table)
        if low is None or high is None:
            return None
        return Number(low=low, high=high, over=over, scale=scale, vague=True, big=big)
    exact = _value(tokens, table)
    return None if exact is None else Number(low=exact, over=over, scale=scale, big=big)


def _adjacent_pair(text: str, tokens: list[tuple[Tok, Decimal]], table: NumeralTable) -> int | None:
    """Where two digit words that follow each other in value (三四, 七八), or open the numeral as a
    pair of the table's `range_pairs` (三五, 三两), stand side by side.

    Only in a numeral written in words (not digits), and not in one read digit by digit (a year
    such as 一九八八 has more than two digits and no unit word).
    """
    if not table.adjacent_range or any(ch.isdigit() for ch in text):
        return None
    positional = all(tok in (Tok.DIGIT, Tok.ZERO) for tok, _ in tokens)
    if positional and len(tokens) != 2:
        return None
    for at in range(len(tokens) - 1):
        (tok_a, a), (tok_b, b) = tokens[at], tokens[at + 1]
        if (
            tok_a is Tok.DIGIT
            and tok_b is Tok.DIGIT
            and (b == a + 1 or (at == 0 and text[:2] in table.range_pairs))
        ):
            return at
    return None


def _value(tokens: list[tuple[Tok, Decimal]], table: NumeralTable) -> Decimal | None:
    if len(tokens) == 1 and tokens[0][0] is Tok.ZERO:
        return Decimal(0)  # 零 alone (增长为零)
    if (
        not table.additive
        and len(tokens) > 1
        and all(tok in (Tok.DIGIT, Tok.ZERO, Tok.POINT) for tok, _ in tokens)
    ):
        if len(tokens) < table.positional_digits and all(tok is Tok.DIGIT for tok, _ in tokens):
            return None  # digit words alone, fewer than a number read digit by digit has
        return _positional(tokens)
    return _evaluate(tokens, table)
