"""Alignment: the claims of the original × the claims of the translation → pairs and leftovers.

Stage: alignment. Input: the zh and en claims of one document. Output: an `Alignment` — pairs of
claims with the relation between them (equal, or which way they differ), and the claims left over.
Must not decide severity or wording: that is `classify.py`.

How (the rules, in one place; their cases are in tests/test_align.py):
- Two claims can only pair when their kinds are comparable: amounts with amounts (money, mass,
  percent, and a bare figure whose unit the translation left implicit), counts with bare figures,
  years with dates, durations with durations, multipliers with multipliers (or with a frequency,
  "eight times" against 8倍, read as the multiplier it renders), clock times with
  clock times (or with a bare figure that is their hour: 9点 read as "9" against "9 a.m.").
- Clock times (ISO `HH:MM`) agree when equal; a time stated with no half of the day (9点15分,
  "at 9:15", "nine o'clock": rules named `*.time.open`) is a 12-hour reading when its hour is 1-12
  and agrees with the same time twelve hours later ("at 9:15" for 晚上9点15分); 24:00 (the end of a
  day, 24时) is midnight, 00:00. Any other pair of times is a wrong value.
- Values are compared exactly. A translation may restate 万/亿 in thousand/million/billion (exact),
  convert a physical unit (exact, through pint), or round to its own stated precision: an exact
  figure agrees when the original, rounded to the translation's last significant digit, is equal
  and within 5%. Vague amounts (几百万, "several million") agree with a range or another vague
  amount when their intervals overlap; two ranges with both ends written (3至5, "3 to 5") agree
  end for end, and one end changed, or both where the two overlap, is a wrong value ("3 to 8" or
  "2 to 3" for 3至5; two numerals side by side, 三五天, are written ends too); an exact figure that
  is one end of a range ("15%" for "15-30%") is a qualifier. Two rates of money (CNY/t) that
  state the same figure per units of different size (per kilogram, per pound) are a unit finding.
- A hedge is an interval at the precision its figure is stated (`step_of`: the unit of the last
  significant digit), as a reader takes it (`hedge_interval`):
    over  (多, 余, 以上, "more than")  [X, X + step]: 520多 is 520-530, "more than 540" 540-550,
                                       9000多 9000-10000;
    nearly/under (近, 不到, "nearly")  [X - min(step, 10% of X), X]: "nearly 100" is 90-100;
    about (约, 左右, "about")          [X - h, X + h], h = min(step/2, 10% of X): "about 50" 45-55.
  An exact figure agrees with a hedged one inside its interval, short of the hedged figure itself
  when the hedge points away from it (8.7% is "nearly 9%"; 50 is not "nearly 50": a qualifier);
  an upper bound includes its figure, since `under` is read from "up to", "no more than", 以内
  and 以下 as well as from "less than" and 不到 (50 is "up to 50").
  The precision is the figure's as stated, before conversion: 60多亩 is 60-70 mu, so "over 70
  mu" is another figure. Below zero a hedge is the mirror of the same hedge on the figure's size
  (the reader turns a hedge on the size under a sign: 零下20多度 and "more than 20 degrees below
  zero" are under -20, [-30, -20]; 零下20度以下, a hedge on the signed value, likewise). Against a
  range, a hedged single figure reaches as far as its interval: "more than ten" ([10, 20])
  agrees with 十几 (11-19); an interval that only touches the range (百余, [100, 200], against
  "hundreds", 200-900) does not.
  A bound of the original that the translation states as the exact figure (3000多 → "3,000",
  20元以下 → "20 yuan") is a dropped hedge: a qualifier (of low salience, see classify.py: the
  figure kept is the bound itself). The other way, "more than 80,000" for 8万 agrees: it usually
  renders a verb (过, 突破) outside the claim.
  Two hedged figures state the same figure when their intervals meet; whether their hedges then
  agree is this table (zh hedge → en hedge; a translation may drop a direction, never add or
  flip one). Anything else with meeting intervals is a qualifier finding; intervals that do not
  meet are different figures (520多 vs "more than 540", 至少8万 vs "at least 65,000": a value).
      zh → en  | about | nearly | under | over
      about     |  yes  |   no   |  no   |  no
      nearly    |  yes  |  yes   |  yes  |  no
      under     |  yes  |  yes   |  yes  |  no
      over      |  yes  |   no   |  no   |  yes
- Units: a translation may convert a unit of any dimension of the pint registry; it agrees when
  the original, expressed in the unit the translation stated, rounds to the translation's figure
  (400 m is "437.4 yards", 10万吨 "220 million pounds"). The same figure stated in another unit
  of the dimension (45吨 → "45 kilograms") is a unit slip, not a factor of 1000; the converted
  figure with the original's unit word ("437.4 metres") is a wrong value. A translation rounds
  the original, never the other way (1220亿 is not "121.5 billion").
- A bare figure against an amount in a converted unit (上百亩 and "hundreds" of mu) is compared
  with the amount as written, not in the canonical unit.
- A unit the reader could not see: the same figure with a unit on one side and, on the other, a
  counted figure (35 块 read as a count against "35 yuan", 3000个 against "3,000 tons") or a bare
  figure against a span of time ("28" for 28天) pairs as `UNSEEN_UNIT` when nothing better
  exists, instead of an omission plus an addition. A bare figure against an amount is equal: both
  languages leave a unit to the context. Unit-less figures pair as a magnitude slip when their
  digits agree a power of ten apart (4070 and "407"), as a wrong value when one digit changed or
  two swapped, or when both carry the same hedge (至少8万 and "at least 65,000").
- The pairing is an assignment, not first-come: pairs of the same figure first (equal, or equal
  but hedged differently — the closer the values, the better the pair), then pairs that differ by
  unit or a power of ten, then pairs that differ in value, then pairs with a unit unseen on one
  side. Each stage solves a minimum-
  cost matching (Hungarian algorithm) whose cost is the distance between the two claims' relative
  positions in their texts, so translations may reorder sentences. A value pair must also be close
  (within 15% of the document, or anywhere in a short text), because two unrelated figures of the
  same kind are not a mistranslation of each other; two ranks, which pair only with ranks,
  within half of it. Two figures that agree only loosely (through a hedge, a range or a
  rounding, not the same value) pair in the first stage only as close as that too: farther
  apart, they pair after the wrong values, when nothing nearer is left for either (a long
  report's 83.2万 and "about 800,000" of its last paragraph, 80万以上 and the slipped "823,000"
  of its third, are two wrong pairs; the 823,000 is a wrong value of 83.2万).
- A figure of the translation restated at once in parentheses in a unit of its dimension
  ("20,000 mu (2,000 hectares)"), or a few words after it in the same sentence with the same
  value to a translation's rounding ("5,600 mu of hillside, about 373 hectares", "20 km, or 12.4
  miles": `CLAUSE_GLOSS_GAP`), is a gloss: it does not pair on its own (it would take the
  original from its head when the head is wrong); it is checked against the original its head
  pairs with (or against the original's own gloss of that figure). A conversion into another
  currency ("1.2 billion yuan ($170 million)") pairs as any figure does, never as a wrong currency
  of the figure it converts, and is no addition when it pairs with nothing (its rate is not in the
  text). The original's glosses (12亿元（约合1.7亿美元）) pair as any figure does; one the
  translation drops beside its rendered head is a dropped gloss (a note), and a head dropped for
  its rendered gloss is no omission.
- Figures bound in order (lang/order.py: a list after 分别 and before "respectively", a change
  from/从 one figure to/至 another) that the matching paired crosswise, the same figures exchanged
  between the places of two runs of the same shape and length, are swapped figures: each is
  paired with the figure of its own place instead, a wrong value (`_bound_in_order`).
  What such a run is per may be written once for all its figures (从每吨3200元涨到3650元, "from
  3,200 yuan to 3,650 yuan per tonne"): plain money of a run whose other figures state one rate of
  its currency is read as that rate before pairing, where the other side's run of the same shape
  and length states a rate of the same unit too (`_shared_rates`).
- A leftover that restates a figure already paired on its own side (the original says 1988年 five
  times, the translation four) is not an omission or addition. Header claims (metadata lines) only
  pair as equal and are never leftovers; stated ordinals (第4版, "4th Edition") pair with each
  other, or, last of all, with a cardinal of the same figure as a restatement that is no finding
  (75周年 → "75th anniversary"); they are never leftovers either.
- Dates: a year or date agrees with another when every part both state is equal (1989年 and
  "August 1989"). A part the translation adds (a month or year to 9日, a year to 6月9日) is
  supplied from the context when the original states that part elsewhere, in its text or its
  header (6月5日…9日 → "June 5 … June 9", a dateline's year): no finding. A part the original
  names nowhere is the translation's own: the pair is a wrong value (`added_date_parts`;
  classify.py makes it a warning, or a note for a year alone, since the parts both state
  agree), whereas a part both state and that differs (20日 → "the 22nd", 6月 → "July") is an
  error.
- Discounts: the price paid as a share (八折 is 80% of the price, rules named `*.discount`)
  against the share taken off ("20% off", "a 20% discount", rules named `*.off`) is compared
  as the share taken off, the price paid turned into 100% less it (`share_taken_off`): 八折 and
  "20% off" are the same figure, "80% off" a wrong value. Against any other percent ("at 80% of
  the price", 降价20% against "20% off") each side is read as written.
- A colloquial currency word ("5 bucks", rules named `*.money.colloquial`: dollars when read
  alone) against an amount of money takes that amount's currency: "bucks" render 块 as well.
- 元 alone in a text in traditional script (a Hong Kong or Taiwan paper: rule names ending in
  `LOCAL_CURRENCY_SUFFIX`, see rules.py) is the local dollar: against dollars, HK$, NT$, MOP$ or
  yuan it takes the translation's currency; against any other it stays the yuan.
- Labels, codes and names (a claim's `role`, read by lang/roles.py): the same role and figure on
  both sides pair as equal (卡-52 and "Ka-52"); against a bare figure of the same number that the
  other side did not read as a role, they pair last of all as a restatement; never with an
  amount. Two codes whose digits differ by one digit changed or two swapped (卡-52 and "Ka-53",
  GB/T 7714 and "GB/T 7741") are one code mistyped: a wrong value (a warning, classify.py); any
  other two codes are two names.
- A leftover code, name or list marker (a role other than a rank) is reported, as a note, only
  when the other side has a leftover figure without a unit near it (`VALUE_WINDOW`, anywhere in
  a short text), one that could be its garbled rendering (an amount, a date or a year cannot).
  Where the other side states no such figure there, it names the same thing in words (新冠肺炎 →
  "COVID-19", 双11 → "Singles' Day", 卡-52直升机 → "the helicopter") or leaves out a marker: no
  finding.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from tradefacts import units
from tradefacts.lang.order import ordered_runs
from tradefacts.model import Approx, Claim, Kind, Period, Role
from tradefacts.rules import LOCAL_CURRENCY_SUFFIX, TIMES_AS_MUCH_SUFFIX


class Relation(StrEnum):
    """How an aligned pair of claims relates."""

    EQUAL = "equal"
    QUALIFIER = "qualifier"
    UNIT = "unit"
    MAGNITUDE = "magnitude"
    VALUE = "value"
    # The same figure with a unit on one side only, where the reader saw none on the other side
    # (35 块 read as a bare 35 against "35 yuan"): paired only when nothing better exists.
    UNSEEN_UNIT = "unseen_unit"
    # The same figure as a rank on one side and a cardinal on the other: no finding.
    RESTATED = "restated"
    # The same figure stated as a change in opposite directions (下降5% against "rose 5%"): a
    # wrong value, found after pairing (`reversed_change`).
    DIRECTION = "direction"
    # The same amount of money stated per another period (月薪8000元 against "8,000 yuan a year"):
    # a wrong value, found after pairing (`other_period`).
    PERIOD = "period"


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    """A zh claim, the en claim that renders it, and how they relate (factor: en = zh × factor)."""

    zh: Claim
    en: Claim
    relation: Relation
    factor: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    """The pairs of a document and its unpaired claims."""

    pairs: tuple[Pair, ...]
    omitted: tuple[Claim, ...]
    added: tuple[Claim, ...]
    # The original's conversions in parentheses (12亿元（约合1.7亿美元）) that the translation
    # drops while it renders their head: a note, not an omission warning.
    dropped_glosses: tuple[Claim, ...] = ()


_AMOUNTS = frozenset({Kind.MONEY, Kind.MASS, Kind.PERCENT, Kind.QUANTITY})
_COUNTS = frozenset({Kind.COUNT, Kind.NUMBER})
_TIMES = frozenset({Kind.YEAR, Kind.DATE})
_UNIT_BEARING = _AMOUNTS | {Kind.DURATION}
# Tolerances of the rules above, as fractions of a figure: how far a rounding may go, how far
# below its figure "nearly" reaches at most, and how far "about" reaches on either side at most.
ROUNDING_LIMIT = Decimal("0.05")
NEARLY_BELOW = Decimal("0.10")
ABOUT_AROUND = Decimal("0.10")
# At most this many characters between a figure and its restatement in another unit: " (".
GLOSS_GAP = 3
_GLOSS_SLIPS = frozenset({Relation.VALUE, Relation.UNIT, Relation.MAGNITUDE})
GLOSS_OPENERS = frozenset({"(", "\uff08"})  # ASCII and fullwidth parentheses
# A restatement in another unit set off by a comma rather than parentheses ("5,600 mu of
# hillside, about 373 hectares", "20 km, or 12.4 miles"): within this many characters of its
# head, in the same sentence, and stating the head's value (to the rounding of a translation).
CLAUSE_GLOSS_GAP = 32
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\n", "\u3002", "\uff01", "\uff1f", "\uff1b"})
# How far apart (as a share of the text) two claims may be and still be a wrong value of each other.
VALUE_WINDOW = 0.15
# Ranks pair only with ranks and are few in a text, so two of them may be a wrong value of each
# other further apart (a rank at the head of a long Chinese sentence, mid-way in its English).
RANK_WINDOW = 0.5
SHORT_TEXT = 400
# The compatibility table of hedges (zh hedge, en hedge) beyond the same hedge on both sides; see
# the module docstring. A translation may drop a direction (近/多 → "about"), never add or flip one.
_COMPATIBLE: frozenset[tuple[Approx, Approx]] = frozenset(
    {
        (Approx.NEARLY, Approx.UNDER),
        (Approx.UNDER, Approx.NEARLY),
        (Approx.NEARLY, Approx.ABOUT),
        (Approx.UNDER, Approx.ABOUT),
        (Approx.OVER, Approx.ABOUT),
    }
)
_FORBIDDEN = 1e9
# Past this many zh × en claims a document is long: candidates are compared only within
# LONG_WINDOW of each other's relative position. Past EXACT_COMPONENT cells a component is matched
# best pair first (the exact assignment is cubic). Ordinary articles stay below both.
DENSE_PAIRS = 40_000
LONG_WINDOW = 0.2
EXACT_COMPONENT = 40_000
# Costs added to the positional distance of a candidate pair of the first stage.
QUALIFIER_COST = 0.02
# Added to a pair of the same figure stated as changes in opposite directions, so that in a list
# of changes (出口增长5%，进口下降5%) each figure pairs with the one of its own direction.
DIRECTION_COST = 0.05
# Added to a pair of the same amount stated per another period, so that in a list of amounts per
# periods (日薪300元，月薪9000元) each pairs with the one of its own period.
PERIOD_COST = 0.05
# How many of each period make a year: an amount per month is twelve times itself a year. A day
# is no fixed share of a year's working days: an amount per day pairs only with one per day.
_PERIODS_A_YEAR: Mapping[Period, Decimal] = {
    Period.WEEK: Decimal(52),
    Period.MONTH: Decimal(12),
    Period.QUARTER: Decimal(4),
    Period.YEAR: Decimal(1),
}
HEADER_COST = 0.5
KIND_COST = 0.01


def _value_gap(zh: Claim, en: Claim) -> float:
    """How far apart two agreeing figures are, relative to the original (0 when identical)."""
    if zh.kind is Kind.TIME and en.kind is Kind.TIME:
        # 24时 agrees with "0:00" and 9点 with "9 p.m.", but the same time written alike is closer.
        return 0.0 if zh.value == en.value else 1.0
    if not isinstance(zh.value, Decimal) or not isinstance(en.value, Decimal) or zh.value == 0:
        return 0.0
    return float(abs(zh.value - en.value) / abs(zh.value))


def _kinds_comparable(zh: Kind, en: Kind) -> bool:
    """The rules of `_comparable` that read the kinds alone (all but a unit lost on one side)."""
    if zh is en:
        return True
    kinds = {zh, en}
    if kinds <= _COUNTS or kinds <= _TIMES:
        return True
    # A bare figure whose unit the translation leaves to the context ("1.2 billion" after "$").
    if Kind.NUMBER in kinds and kinds & _AMOUNTS:
        return True
    # A bare figure that is a clock time's hour (9点 read as "9" against "9 a.m.").
    if kinds == {Kind.NUMBER, Kind.TIME}:
        return True
    # A count or bare figure against a year, or against a day of the month (see relate).
    return bool(kinds & _COUNTS and kinds & _TIMES)


def _unit_may_be_lost(zh: Kind, en: Kind) -> bool:
    """Whether two kinds are those of `_lost_unit`: a count against a kind that states a unit,
    or a bare figure against a span of time."""
    kinds = {zh, en}
    return bool(Kind.COUNT in kinds and kinds & _UNIT_BEARING) or kinds == {
        Kind.NUMBER,
        Kind.DURATION,
    }


# Every (zh kind, en kind) by the rules of `_kinds_comparable`, told in one look-up per pair.
_COMPARABLE_KINDS: frozenset[tuple[Kind, Kind]] = frozenset(
    (zh, en) for zh in Kind for en in Kind if _kinds_comparable(zh, en)
)
# Kinds that a claim may be reread as before it is compared (see `relate`): a percent (a discount
# stated the other way), money (a colloquial currency word, pounds that are sterling) and a
# multiplier (against a frequency, or a percent that states the same change).
_REREAD_KINDS = frozenset({Kind.PERCENT, Kind.MONEY, Kind.MULTIPLIER})
_REREAD_KIND_PAIRS = frozenset(
    {
        frozenset({Kind.MASS, Kind.MONEY}),
        frozenset({Kind.MULTIPLIER, Kind.NUMBER}),
        frozenset({Kind.MULTIPLIER, Kind.PERCENT}),
    }
)
# The (zh kind, en kind) that `relate` can ever relate: comparable ones, those of a unit lost on
# one side, and those a rereading brings together. Any other pair (a date against a clock time,
# a percent against a year) is told apart by one look-up, before any rule reads the claims.
_RELATABLE_KINDS: frozenset[tuple[Kind, Kind]] = _COMPARABLE_KINDS | frozenset(
    (zh, en)
    for zh in Kind
    for en in Kind
    if _unit_may_be_lost(zh, en) or frozenset({zh, en}) in _REREAD_KIND_PAIRS
)


def _comparable(zh: Claim, en: Claim) -> bool:
    return (zh.kind, en.kind) in _COMPARABLE_KINDS or _lost_unit(zh, en)


def _units_differ(zh: Claim, en: Claim) -> bool:
    return zh.unit is not None and en.unit is not None and zh.unit != en.unit


def stated_units_differ(zh: Claim, en: Claim) -> bool:
    """Whether two claims of one dimension were stated in units of different size (吨 and
    "kilograms", 米 and "yards"): any dimension of the pint registry, not only mass."""
    if zh.unit is None or zh.unit != en.unit or zh.stated_unit is None or en.stated_unit is None:
        return False
    if zh.stated_unit == en.stated_unit:
        return False
    return units.canonicalize(Decimal(1), zh.stated_unit) != units.canonicalize(
        Decimal(1), en.stated_unit
    )


def in_stated_unit(zh: Claim, en: Claim) -> Decimal | None:
    """The original's value in the unit the translation stated (400 m in yards when the
    translation says "437.4 yards"), or None when the translation stated no other unit."""
    if not isinstance(zh.value, Decimal) or not stated_units_differ(zh, en):
        return None
    assert en.stated_unit is not None
    return units.from_canonical(zh.value, en.stated_unit)


def _rounds_to(precise: Decimal, coarse: Decimal, limit: Decimal) -> bool:
    """Whether `coarse` is `precise` rounded to the last significant digit `coarse` states."""
    if coarse == 0:
        return False
    if abs(precise - coarse) > abs(coarse) * limit:
        return False  # too far apart for any rounding (the cheap test, and the usual answer)
    exponent = coarse.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or exponent <= precise.normalize().as_tuple().exponent:  # type: ignore[operator]
        return False
    try:
        rounded = precise.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return False
    return rounded == coarse


def step_of(value: Decimal) -> Decimal:
    """The unit of the last significant digit a figure states: its precision.

    >>> [str(step_of(Decimal(v))) for v in ("520", "540", "8E+4", "65000", "11.6")]
    ['1E+1', '1E+1', '1E+4', '1E+3', '0.1']
    """
    if value == 0:
        return Decimal(1)
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def hedge_interval(claim: Claim) -> tuple[Decimal, Decimal] | None:
    """The closed interval a hedged figure states, at the precision it is stated (see the module
    docstring): 520多 → [520, 530], "nearly 100" → [90, 100], "about 50" → [45, 55]; None for an
    exact figure, a range or a date."""
    value = claim.value
    if not isinstance(value, Decimal) or claim.high is not None:
        return None
    if value < 0:
        # Below zero the interval is the mirror of the same hedge on the figure's size: "more
        # than 20 degrees below zero" (under -20) is [-30, -20] as "more than 20" is [20, 30].
        size_interval = hedge_interval(
            replace(
                claim,
                value=-value,
                approx=claim.approx.mirrored(),
                stated=None if claim.stated is None else -claim.stated,
            )
        )
        return None if size_interval is None else (-size_interval[1], -size_interval[0])
    size = abs(value)
    step = step_of(value)
    if claim.stated is not None and claim.stated != 0 and claim.stated != value:
        # The precision is the stated figure's, not the canonical one's: 60多亩 is 60-70 mu,
        # not 40,000-50,000 m² (which would hold "over 70 mu").
        step = step_of(claim.stated) * abs(value / claim.stated)
    if claim.approx is Approx.OVER:
        return value, value + step
    if claim.approx in (Approx.NEARLY, Approx.UNDER):
        return value - min(step, size * NEARLY_BELOW), value
    if claim.approx is Approx.ABOUT:
        half = min(step / 2, size * ABOUT_AROUND)
        return value - half, value + half
    return None


def _extent(claim: Claim) -> tuple[Decimal, Decimal]:
    """The lowest and highest value a numeric claim states: its range, its hedge's interval, or
    the figure itself."""
    assert isinstance(claim.value, Decimal)
    if claim.high is not None:
        return claim.value, claim.high
    return hedge_interval(claim) or (claim.value, claim.value)


def _inside(value: Decimal, hedged: Claim) -> bool:
    """Whether an exact `value` lies inside a hedged figure's interval, short of the figure
    itself when the hedge points away from it ("nearly 50" and "over 50" exclude 50). An upper
    bound includes its figure: `under` is read from inclusive bounds as often as from strict ones
    ("up to", "no more than", 以内, 以下 beside "less than", 不到), so 50 is "up to 50"."""
    interval = hedge_interval(hedged)
    if interval is None:
        return False
    low, high = interval
    if not low <= value <= high:
        return False
    return hedged.approx in (Approx.ABOUT, Approx.UNDER) or value != hedged.value


def _hedges_compatible(zh: Approx, en: Approx) -> bool:
    """The compatibility table of two hedged figures whose intervals meet (module docstring)."""
    return zh is en or (zh, en) in _COMPATIBLE


def _same_figure_relation(zh: Claim, en: Claim) -> Relation | None:
    """EQUAL or QUALIFIER when two numeric claims state the same figure (rounding and hedges at
    their stated precision allowed), None when they state different figures."""
    zv, ev = zh.value, en.value
    if not isinstance(zv, Decimal) or not isinstance(ev, Decimal):
        return None
    if zh.high is not None or en.high is not None:
        # A hedged single figure against a range reaches as far as its hedge: "more than ten"
        # ([10, 20]) for 十几 (11 to 19).
        zv, zh_high = _extent(zh)
        ev, en_high = _extent(en)
        if not (zv <= en_high and ev <= zh_high):
            return None
        single_hedged = (zh.high is None and zh.approx is not Approx.EXACT) or (
            en.high is None and en.approx is not Approx.EXACT
        )
        if single_hedged and (zv == en_high or ev == zh_high):
            return None  # a hedge's interval that only touches the range (百余 and "hundreds")
        if stated_range(zh) and stated_range(en):
            # Two ranges whose both ends are written (3至5英寸, "3 to 8 inches") state the same
            # figures only end for end; overlap is enough only for a vague amount (几百万).
            same_low = zv == ev or _rounds_to(zv, ev, ROUNDING_LIMIT)
            same_high = zh_high == en_high or _rounds_to(zh_high, en_high, ROUNDING_LIMIT)
            return Relation.EQUAL if same_low and same_high else None
        if zv == ev and (zh.high is None) != (en.high is None):
            return Relation.QUALIFIER  # 15% against "15-30%": one end of a range stated as all
        if _inside_stated_range(zh, en) or _inside_stated_range(en, zh):
            return None
        return Relation.EQUAL
    # A translation may round the original to its own precision, not the other way: 1220亿
    # is not "121.5 billion" (the original's own zero is a stated digit, not a rounding).
    rounded = zv == ev or _rounds_to(zv, ev, ROUNDING_LIMIT)
    converted = in_stated_unit(zh, en)
    if not rounded and converted is not None and en.stated is not None:
        # A converted unit agrees to the precision the translation states: 400 m is "437.4
        # yards", 10万吨 "220 million pounds".
        rounded = (
            converted == en.stated
            or _rounds_to(converted, en.stated, ROUNDING_LIMIT)
            or _oven_fahrenheit(converted, en.stated, en.stated_unit)
        )
    exact_zh, exact_en = zh.approx is Approx.EXACT, en.approx is Approx.EXACT
    if exact_zh and exact_en:
        return Relation.EQUAL if rounded else None
    if exact_zh or exact_en:
        exact, hedged = (zh, en) if exact_zh else (en, zh)
        assert isinstance(exact.value, Decimal)
        if dropped_bound(zh, en):
            return Relation.QUALIFIER
        if _inside(exact.value, hedged) and (exact.kind is Kind.PERCENT) is (
            hedged.kind is Kind.PERCENT
        ):
            # A share inside the interval of a hedged plain figure is another figure (68.7%
            # against "aged 60 and above"): a share and a plain figure agree only as written.
            return Relation.EQUAL
        if zv == ev and hedged is en and hedged.approx is Approx.OVER:
            # "more than 80,000" for 8万 usually renders a verb of the original (过, 突破, 至少…)
            # that the figure's claim does not cover: no finding. The other way (3000多种 →
            # "3,000 kinds") the translation drops the original's bound: a qualifier, of low
            # salience (classify.py) since the figure it keeps is the bound itself.
            return Relation.EQUAL
        if rounded:
            return Relation.QUALIFIER  # the figure itself, hedged on one side only
        return None
    zh_span, en_span = hedge_interval(zh), hedge_interval(en)
    if zh_span is None or en_span is None:
        return None
    if zh.bound and en.bound and zh.approx is en.approx and not rounded:
        # Two bounds the same way state their figures exactly: 不低于20% is not "no less than
        # 25%", where 520多 (520-some) may be "more than 525".
        return None
    # Intervals that only touch ("about 50" and "about 60" at 55) state two figures; the same
    # figure hedged two ways (36万余 and "nearly 360,000") is caught by `rounded`.
    if not (rounded or (zh_span[0] < en_span[1] and en_span[0] < zh_span[1])):
        return None
    return Relation.EQUAL if _hedges_compatible(zh.approx, en.approx) else Relation.QUALIFIER


# Recipes and ovens state Fahrenheit to the nearest 25 (180 °C is "350°F", 160 °C "325°F", 220 °C
# "425°F") and a core temperature to the nearest 5 (74 °C is "165°F"): a Celsius original
# converted to Fahrenheit agrees with a figure of that step within half the step. The step of 25
# holds only for an oven's heat, above boiling: 20 °C is not "75°F".
FAHRENHEIT_STEPS: tuple[Decimal, ...] = (Decimal(25), Decimal(5))
OVEN_HEAT_FAHRENHEIT: Decimal = Decimal(212)
_FAHRENHEIT = "degree_Fahrenheit"


def _oven_fahrenheit(converted: Decimal, stated: Decimal, unit: str | None) -> bool:
    """Whether `stated` °F is `converted` (an original in Celsius, in °F) rounded to a step
    recipes round Fahrenheit to.

    >>> [_oven_fahrenheit(Decimal(c) * 9 / 5 + 32, Decimal(f), _FAHRENHEIT)
    ...  for c, f in ((180, 350), (220, 425), (74, 165), (180, 250), (200, 350), (20, 75))]
    [True, True, True, False, False, False]
    """
    if unit != _FAHRENHEIT:
        return False
    for step in FAHRENHEIT_STEPS:
        if step == FAHRENHEIT_STEPS[0] and converted < OVEN_HEAT_FAHRENHEIT:
            continue
        if stated % step == 0:
            return abs(converted - stated) <= step / 2
    return False


def _inside_stated_range(single: Claim, other: Claim) -> bool:
    """Whether an exact single figure lies strictly inside a range whose both ends are written:
    another figure, not the range (0.62 is not "0.48-0.88", nor 4 "3 to 5"), where a vague
    amount (几百万, "hundreds") holds any figure of its interval."""
    if single.high is not None or single.approx is not Approx.EXACT or not stated_range(other):
        return False
    assert isinstance(single.value, Decimal) and isinstance(other.value, Decimal)
    assert other.high is not None
    return other.value < single.value < other.high


def dropped_bound(zh: Claim, en: Claim) -> bool:
    """Whether the translation states the original's bound as an exact figure: 3000多种 →
    "3,000 kinds", 20元以下 → "20 yuan" (the same figure, its over or under dropped)."""
    return (
        zh.approx in (Approx.OVER, Approx.UNDER)
        and en.approx is Approx.EXACT
        and zh.high is None
        and en.high is None
        and zh.value == en.value
    )


def stated_range(claim: Claim) -> bool:
    """Whether a claim is a range with both ends written (3至5, "15-30%", "between 5 and 6
    percent"), as opposed to a vague amount whose interval the reader supplies (几百万, 十几,
    "hundreds", "several million")."""
    return claim.high is not None and ".range" in claim.rule


def values_agree(zh: Claim, en: Claim) -> bool:
    """Whether two numeric claims state compatible amounts (rounding, hedges and ranges allowed)."""
    return _same_figure_relation(zh, en) is Relation.EQUAL


def date_parts(claim: Claim) -> tuple[str | None, str | None, str | None]:
    """The (year, month, day) a year or date claim states, None for what it leaves open:
    1989-08-29, 1982-04, --07 (a month of no stated year), ---26 (a day of the month alone)."""
    if claim.kind is Kind.YEAR:
        return str(claim.value), None, None
    iso = str(claim.value)
    if iso.startswith("---"):
        return None, None, iso[3:]
    if iso.startswith("--"):
        rest = iso[2:].split("-")
        return None, rest[0], rest[1] if len(rest) > 1 else None
    pieces = iso.split("-")
    return (
        pieces[0],
        pieces[1] if len(pieces) > 1 else None,
        pieces[2] if len(pieces) > 2 else None,
    )


def _dates_agree(zh: Claim, en: Claim) -> bool:
    """Dates and years agree when every part both state is equal and they share a part
    (--07 agrees with 1989-07; 1974 and --02 state nothing in common)."""
    return _parts_agree(date_parts(zh), date_parts(en))


def _parts_agree(zh: tuple[str | None, ...], en: tuple[str | None, ...]) -> bool:
    """`_dates_agree` on the parts of two dates (`date_parts`)."""
    pairs = [(a, b) for a, b in zip(zh, en, strict=True) if a and b]
    return bool(pairs) and all(a == b for a, b in pairs)


_DATE_PART_NAMES = ("year", "month", "day")


def added_date_parts(zh: Claim, en: Claim) -> tuple[tuple[str, str], ...]:
    """The parts (name, value) a translation's date states that the original's leaves open,
    when every part both state agrees: 9日 → "June 9" adds (month, 06); () when nothing is added
    or a part both state differs.

    >>> from tradefacts.model import Claim, Kind, Lang
    >>> def date(lang: Lang, text: str, iso: str) -> Claim:
    ...     return Claim(lang=lang, text=text, start=0, end=len(text), line=1, column=1,
    ...                  kind=Kind.DATE, value=iso)
    >>> day, date = date(Lang.ZH, "9d", "---09"), date(Lang.EN, "June 9", "--06-09")
    >>> added_date_parts(day, date)
    (('month', '06'),)
    """
    if zh.kind not in _TIMES or en.kind not in _TIMES:
        return ()
    zh_parts, en_parts = date_parts(zh), date_parts(en)
    if not _parts_agree(zh_parts, en_parts):
        return ()
    return tuple(
        (name, theirs)
        for name, ours, theirs in zip(_DATE_PART_NAMES, zh_parts, en_parts, strict=True)
        if theirs and not ours
    )


def _stated_date_parts(claims: Sequence[Claim]) -> frozenset[tuple[str, str]]:
    """Every (part, value) the dates and years of one side state, header lines included."""
    return frozenset(
        (name, part)
        for claim in claims
        if claim.kind in _TIMES and claim.high is None
        for name, part in zip(_DATE_PART_NAMES, date_parts(claim), strict=True)
        if part
    )


def _supply_date_parts(pairs: Sequence[Pair], zh_claims: Sequence[Claim]) -> list[Pair]:
    """The pairs, where an equal pair of dates whose translation adds a part the original names
    nowhere (module docstring) is a wrong value; a part the original states elsewhere among
    `zh_claims` is supplied by context (gathered only when a pair adds a part)."""
    supplied = list(pairs)
    context: frozenset[tuple[str, str]] | None = None
    for index, pair in enumerate(pairs):
        if pair.relation is not Relation.EQUAL:
            continue
        added = added_date_parts(pair.zh, pair.en)
        if not added:
            continue
        if context is None:
            context = _stated_date_parts(zh_claims)
        if not all(part in context for part in added):
            supplied[index] = replace(pair, relation=Relation.VALUE)
    return supplied


def _power_of_ten(zh: Claim, en: Claim) -> Decimal | None:
    """The factor 10^k (k ≠ 0) with en = zh × 10^k, decided on exponents, or None."""
    zv, ev = zh.value, en.value
    if not isinstance(zv, Decimal) or not isinstance(ev, Decimal) or zv == 0 or ev == 0:
        return None
    if (zh.high is None) != (en.high is None):
        return None
    # Without a unit, only the same digits count (2020 is not "two" misread); with one, a
    # translation may also round the misread figure to its own precision.
    rounding = zh.unit is not None and en.unit is not None
    if _year_shaped(zh) or _year_shaped(en):
        return None
    factor = _shifted_by(zv, ev, rounding)
    if factor is None or zh.high is None or en.high is None:
        return factor
    # A range (3万至4万元 as "300,000 to 400,000 yuan"): both ends misread by the same power.
    if zh.high == 0 or en.high == 0 or zh.approx is not en.approx:
        return None
    return factor if _shifted_by(zh.high, en.high, rounding) == factor else None


def _shifted_by(zv: Decimal, ev: Decimal, rounding: bool) -> Decimal | None:
    """The factor 10^k (k ≠ 0) with ev = zv × 10^k (or rounded to it, with `rounding`)."""
    shift = ev.adjusted() - zv.adjusted()
    for k in (shift, shift - 1, shift + 1):
        if k == 0:
            continue
        scaled = zv.scaleb(k)
        if scaled == ev or (
            rounding
            and (_rounds_to(scaled, ev, ROUNDING_LIMIT) or _rounds_to(ev, scaled, ROUNDING_LIMIT))
        ):
            return Decimal(1).scaleb(k)
    return None


def relate(zh: Claim, en: Claim) -> tuple[Relation, Decimal | None] | None:
    """How an en claim relates to a zh claim, or None when it cannot be its rendering."""
    if (zh.kind, en.kind) not in _RELATABLE_KINDS:
        return None  # kinds that no rule below brings together (a date and a clock time)
    return _relate_per_periods(zh, en)


def _relate_per_periods(zh: Claim, en: Claim) -> tuple[Relation, Decimal | None] | None:
    """`relate`, by its rules, for claims of any two kinds, the amounts of money stated per two
    periods compared per one period first (月薪8000元 against "96,000 yuan a year")."""
    if zh.period is not None and en.period is not None and zh.period is not en.period:
        converted = per_period_of(zh, en)
        if converted is not None:
            related = _relate_claims(converted, en)
            if related is not None and related[0] in _SAME_FIGURE:
                return related
    return _relate_claims(zh, en)


def per_period_of(zh: Claim, en: Claim) -> Claim | None:
    """`zh`, its amount restated per the period of `en` (8000 per month is 96000 per year), or
    None where either period is no fixed share of the other (a day)."""
    if zh.period is None or en.period is None or not isinstance(zh.value, Decimal):
        return None
    ours, theirs = _PERIODS_A_YEAR.get(zh.period), _PERIODS_A_YEAR.get(en.period)
    if ours is None or theirs is None:
        return None
    factor = ours / theirs
    return replace(
        zh,
        value=zh.value * factor,
        high=None if zh.high is None else zh.high * factor,
        stated=None if zh.stated is None else zh.stated * factor,
    )


def _agree_per_one_period(zh: Claim, en: Claim) -> bool | None:
    """None where the two amounts are not stated per two different periods; else whether they
    state the same figure once `zh` is restated per the period of `en` (a day against another
    period never does)."""
    if zh.period is None or en.period is None or zh.period is en.period:
        return None
    converted = per_period_of(zh, en)
    if converted is None:
        return False
    related = _relate_claims(converted, en)
    return related is not None and related[0] in _SAME_FIGURE


def _restated_per_period(zh: Claim, en: Claim) -> bool:
    """Whether `en` restates the amount of `zh` per another period (月保费300元 rendered "300 yuan
    a month, or 3,600 yuan a year"): a translation's restatement, no addition."""
    return _agree_per_one_period(zh, en) is True


def other_period(zh: Claim, en: Claim) -> bool:
    """Whether both sides state their amount per a period, different ones, and the amounts agree
    only as written (月薪8000元 against "8,000 yuan a year"), not once restated per one period
    (against "96,000 yuan a year"). A period stated on one side only is no finding."""
    return _agree_per_one_period(zh, en) is False


def _relate_claims(zh: Claim, en: Claim) -> tuple[Relation, Decimal | None] | None:
    """`relate`, by its rules, for claims of any two kinds."""
    if zh.kind in _REREAD_KINDS or en.kind in _REREAD_KINDS:
        # Each rereading concerns a percent, money or a multiplier on one side at least.
        taken_off = share_taken_off(zh, en)
        if taken_off is not None:
            zh, en = taken_off
        zh, en = _colloquial_currency(zh, en)
        zh, en = _yen_sign_as_yen(zh, en)
        zh, en = _pounds_as_sterling(zh, en)
        as_multiplier = _frequency_as_multiplier(zh, en)
        if as_multiplier is not None:
            return relate(*as_multiplier)
        if _multiplier_as_change(zh, en):
            return Relation.RESTATED, None
    if not _comparable(zh, en):
        return None
    zh_role, en_role = role_of(zh), role_of(en)
    if zh_role == _ORDINAL or en_role == _ORDINAL:
        # A rank pairs with a rank: 第4版 and "4th Edition". Against a cardinal it pairs only as
        # the same figure restated, when nothing better exists (60周年 → "60th anniversary",
        # 第十七条 → "Article 17"); a count of 4 is not a slip of the 5th.
        if zh_role != en_role:
            cardinal = en if zh_role == _ORDINAL else zh
            if cardinal.kind in _COUNTS | {Kind.DURATION} and _stated_figure_equal(zh, en):
                return Relation.RESTATED, None
            if cardinal is zh and _era_year(zh):
                # A year of a reign (乾隆三年, 1738) against the rank the translation gives it
                # ("the third year of the Qianlong reign", "the 61st year of his reign"): the
                # same year restated, or its year within the reign written wrong.
                return (Relation.RESTATED if _stated_figure_equal(zh, en) else Relation.VALUE), None
            if role_of(cardinal) == "name" and _plan(en if cardinal is zh else zh):
                # A plan's name (十四五) against a plan named by its rank ("the 13th Five-Year
                # Plan", rules named `*.plan`): one plan, its rank written wrong.
                return Relation.VALUE, None
            return None
        return (Relation.EQUAL, None) if zh.value == en.value else (Relation.VALUE, None)
    if zh_role or en_role:
        return _relate_roles(zh, en)
    flipped = _sign_in_words(zh, en)
    if flipped is not None:
        return relate(*flipped)
    if temperature_sign_dropped(zh, en):
        return Relation.VALUE, None  # 零下5度 against the 5 of "from 5 to 3 degrees"
    as_written = _bare_against_converted(zh, en)
    if as_written is not None:
        # As for any bare figure against an amount, only the same figure pairs them.
        related = _relate(*as_written)
        same = related is not None and related[0] in (Relation.EQUAL, Relation.QUALIFIER)
        return related if same else None
    return _relate(zh, en)


_HUNDRED = Decimal(100)


def _high_shifted_alike(zh: Claim, en: Claim) -> bool:
    """Whether the upper ends of two multipliers differ as their lower ends do (the other
    convention shifts both ends of a range, 两到三倍 and "three to four times"), or neither has
    one: "one to ten times" against 一倍以上五倍以下 is a wrong value, not a convention."""
    if zh.high is None or en.high is None:
        return zh.high is None and en.high is None
    if not isinstance(zh.value, Decimal) or not isinstance(en.value, Decimal):
        return False
    return en.high - zh.high == en.value - zh.value


def share_taken_off(zh: Claim, en: Claim) -> tuple[Claim, Claim] | None:
    """A discount stated as the price paid on one side (八折, 80% of the price: a rule named
    `*.discount`) against the share taken off on the other ("20% off": a rule named `*.off`):
    both sides as the share taken off, the price paid turned into 100% less it, its hedge
    mirrored (at least 80% paid is at most 20% off). Any other pair: None."""
    if zh.kind is not Kind.PERCENT or en.kind is not Kind.PERCENT:
        return None  # both sides are shares (see `_discount_side`)
    if _discount_side(zh, ".discount") and _discount_side(en, ".off"):
        paid, other = zh, en
    elif _discount_side(en, ".discount") and _discount_side(zh, ".off"):
        paid, other = en, zh
    else:
        return None
    value, high = paid.value, paid.high
    if not isinstance(value, Decimal):
        return None
    turned = replace(
        paid,
        value=_HUNDRED - (high if high is not None else value),
        high=None if high is None else _HUNDRED - value,
        approx=paid.approx.mirrored(),
        stated=None,
        stated_unit=None,
    )
    return (turned, other) if paid is zh else (other, turned)


# The currencies a translation writes for the local dollar of a text in traditional script (元
# alone in a Hong Kong or Taiwan paper, a rule name ending in `LOCAL_CURRENCY_SUFFIX`): "dollars"
# and "$" (read as US dollars), HK$, NT$, MOP$, or "yuan". Against any other currency it stays
# the yuan it is read as, so 3億元 → "300 million euros" is still a wrong currency.
_LOCAL_DOLLAR_RENDERINGS: frozenset[str | None] = frozenset({"USD", "HKD", "TWD", "MOP", "CNY"})


def _colloquial_currency(zh: Claim, en: Claim) -> tuple[Claim, Claim]:
    """An amount in a colloquial currency word ("5 bucks": a rule named `*.money.colloquial`)
    against an amount of money on the other side: in that side's currency, since "bucks" render
    块 as well as dollars. Any other pair as it is."""
    if zh.kind is not Kind.MONEY and en.kind is not Kind.MONEY:
        return zh, en
    for colloquial, other in ((en, zh), (zh, en)):
        if (
            other.kind is Kind.MONEY
            and (
                colloquial.rule.endswith(".money.colloquial")
                or (
                    colloquial.rule.endswith(LOCAL_CURRENCY_SUFFIX)
                    and other.unit in _LOCAL_DOLLAR_RENDERINGS
                )
            )
            and other.unit is not None
            and other.unit != colloquial.unit
        ):
            adopted = replace(colloquial, unit=other.unit, stated_unit=None)
            return (other, adopted) if colloquial is en else (adopted, other)
    return zh, en


# The bare sign that writes both the yuan and the yen ("¥30bn" is read as yuan): against yen in
# the original it is the yen it renders. Written with a code before it (RMB¥, JP¥) it is not bare.
_YEN_OR_YUAN_SIGN: str = "\u00a5"


def _yen_sign_as_yen(zh: Claim, en: Claim) -> tuple[Claim, Claim]:
    """An English amount written with the bare yen-or-yuan sign, read as yuan, against yen: in
    yen. Any other pair as it is."""
    if (
        zh.kind is Kind.MONEY
        and en.kind is Kind.MONEY
        and zh.unit == "JPY"
        and en.unit == "CNY"
        and _YEN_OR_YUAN_SIGN in en.text
        and not any(
            en.text[max(0, i - 1) : i].isalpha()
            for i, ch in enumerate(en.text)
            if ch == _YEN_OR_YUAN_SIGN
        )
    ):
        return zh, replace(en, unit="JPY", stated_unit=None)
    return zh, en


# A unit whose name is also a currency's (the pound): an amount in it against that currency is
# money.
_MASS_NAMED_AS_CURRENCY: Mapping[str, str] = {"pound": "GBP"}


def _pounds_as_sterling(zh: Claim, en: Claim) -> tuple[Claim, Claim]:
    """ "500,000 pounds" read as a mass against 50万英镑: the pound sterling it renders. Any other
    pair as it is."""
    for mass, money in ((en, zh), (zh, en)):
        if (
            mass.kind is Kind.MASS
            and money.kind is Kind.MONEY
            and mass.stated is not None
            and mass.stated_unit is not None
            and _MASS_NAMED_AS_CURRENCY.get(mass.stated_unit) == money.unit
        ):
            value = mass.value
            ratio = mass.stated / value if isinstance(value, Decimal) and value else Decimal(1)
            high = mass.high * ratio if isinstance(mass.high, Decimal) else None
            sterling = replace(
                mass,
                kind=Kind.MONEY,
                value=mass.stated,
                high=high,
                unit=money.unit,
                stated=None,
                stated_unit=None,
            )
            return (money, sterling) if mass is en else (sterling, money)
    return zh, en


def _discount_side(claim: Claim, suffix: str) -> bool:
    return (
        claim.kind is Kind.PERCENT
        and claim.rule.endswith(suffix)
        and claim.unit == "%"
        and isinstance(claim.value, Decimal)
    )


def _multiplier_as_change(zh: Claim, en: Claim) -> bool:
    """A multiplier against a percent that states the same change (翻了一番 → "rose 100%",
    增长了1.5倍 → "rose 150%", 增长了200% → "tripled", 减半 → "fell by 50%"): ×M is a change of
    (M − 1) × 100 %, and a growth of M times, by the other counting convention, M × 100 % (the
    convention multipliers one apart are compared by). Paired as the same figure restated, only
    where nothing better exists; exact figures only (no hedge or range on either side)."""
    if {zh.kind, en.kind} != {Kind.MULTIPLIER, Kind.PERCENT}:
        return False
    times, share = (zh, en) if zh.kind is Kind.MULTIPLIER else (en, zh)
    if share.unit != "%" or times.high is not None or share.high is not None:
        return False
    if times.approx is not Approx.EXACT or share.approx is not Approx.EXACT:
        return False
    if not isinstance(times.value, Decimal) or not isinstance(share.value, Decimal):
        return False
    change = abs(share.value)
    readings = [(times.value - 1).copy_abs() * 100]
    if not times.rule.endswith(TIMES_AS_MUCH_SUFFIX):
        readings.append(times.value * 100)  # 是…的3倍 has one reading: up 200%, never 300%
    return change > 0 and change in readings


def _frequency_as_multiplier(zh: Claim, en: Claim) -> tuple[Claim, Claim] | None:
    """A multiplier against a frequency ("eight times", "twice", rules named `*.frequency`): the
    same words say how often and how many times as much, so against 8倍 "eight times" is read
    as the multiplier it renders."""
    if zh.kind is Kind.MULTIPLIER:
        other = en
    elif en.kind is Kind.MULTIPLIER:
        other = zh
    else:
        return None
    if other.kind is not Kind.NUMBER:
        return None
    if not other.rule.endswith(".frequency") or other.role is not None:
        return None
    read = replace(other, kind=Kind.MULTIPLIER)
    return (read, en) if other is zh else (zh, read)


def _bare_against_converted(zh: Claim, en: Claim) -> tuple[Claim, Claim] | None:
    """A bare figure against an amount the reader converted to its canonical unit (上百亩 against
    "hundreds" of mu, 3002公里 against "kilometre 3002"): both sides as written, without units,
    since the bare figure counts in the unit the other side states, not in the canonical one."""
    if (zh.unit is None) == (en.unit is None):
        return None
    bare, amount = (zh, en) if zh.unit is None else (en, zh)
    value, stated = amount.value, amount.stated
    if bare.kind is not Kind.NUMBER or amount.kind not in _AMOUNTS:
        return None
    if not isinstance(value, Decimal) or stated is None or value == 0 or stated == value:
        return None
    ratio = stated / value
    high = amount.high * ratio if amount.high is not None else None
    written = replace(amount, value=stated, high=high, unit=None, stated=None, stated_unit=None)
    return (written, en) if amount is zh else (zh, written)


def role_of(claim: Claim) -> str | None:
    """The role of a claim whose figure labels rather than counts (DESIGN §2): `label`, `code`,
    `name` or `ordinal`, or None for a figure that counts or measures.

    The reader sets it from the rule that read the claim (lang/roles.py); a claim built by hand
    from a rule named `<lang>.ordinal` is an ordinal too.
    """
    role = claim.role
    if role is not None:
        return _ROLE_NAMES[role]
    return _ORDINAL if claim.rule.endswith(".ordinal") else None


_ROLE_NAMES: Mapping[Role, str] = {role: role.value for role in Role}
_NAME_OR_CODE: frozenset[str | None] = frozenset({Role.NAME.value, Role.CODE.value})
_ORDINAL = Role.ORDINAL.value


def _relate_roles(zh: Claim, en: Claim) -> tuple[Relation, Decimal | None] | None:
    """A label, code or name pairs with the same role and figure on the other side (卡-52 and
    "Ka-52", 一、 and "1."), and, when nothing better exists, with a bare figure the other side
    did not read as a role ("737" for 737NG) as the same figure restated. Never with an amount,
    and never as a slip: another code or list number is another label, left as a note."""
    if role_of(zh) == role_of(en):
        if zh.kind is Kind.DATE and en.kind is Kind.DATE:
            # A date named in another calendar on both sides (农历八月十五 and "the 15th day of
            # the eighth lunar month"): the same day, or its month or day written wrong.
            return (Relation.EQUAL if zh.value == en.value else Relation.VALUE), None
        if _stated_figure_equal(zh, en):
            return Relation.EQUAL, None
        # One digit changed or two swapped: the same code mistyped (卡-52 and "Ka-53").
        if role_of(zh) == "code" and _near_digits(zh, en):
            return Relation.VALUE, None
        return None
    if {role_of(zh), role_of(en)} == _NAME_OR_CODE:
        # A name written as a code in the other language (神舟十五号 and "Shenzhou-15"): the same
        # figure restated, when nothing better exists; one digit changed, the name mistyped, as a
        # code is ("Shenzhou-16").
        if _stated_figure_equal(zh, en):
            return Relation.RESTATED, None
        return (Relation.VALUE, None) if _near_digits(zh, en) else None
    bare = en if role_of(zh) else zh
    if role_of(bare) is None and bare.kind is Kind.NUMBER and bare.unit is None:
        return (Relation.RESTATED, None) if _stated_figure_equal(zh, en) else None
    if role_of(bare) is None and (
        zh.kind is en.kind or {zh.kind, en.kind} <= {Kind.NUMBER, Kind.COUNT, Kind.YEAR}
    ):
        # A figure that names (an event named by its date, 5·12 地震; a figure in a title,
        # 《2020年政府工作报告》) and the same figure stated in the other language ("the May 12
        # earthquake", "the 2020 Government Work Report"): the same figure restated.
        same = zh.value == en.value and zh.unit == en.unit and zh.high == en.high
        if same:
            return Relation.RESTATED, None
        stated_units = (zh.stated_unit or zh.unit, en.stated_unit or en.unit)
        if zh.kind is en.kind and len(set(stated_units)) == 2 and _stated_figure_equal(zh, en):
            # 《十四天》 → "Fourteen Weeks": the figure kept, its unit not.
            return Relation.UNIT, None
        return None
    return None


def _stated_figure_equal(zh: Claim, en: Claim) -> bool:
    """Whether two claims write the same number, as stated (75周年 states 75 years)."""
    zv = zh.stated if zh.stated is not None else zh.value
    ev = en.stated if en.stated is not None else en.value
    return isinstance(zv, Decimal) and isinstance(ev, Decimal) and zv == ev and zh.high == en.high


def _era_year(claim: Claim) -> bool:
    """Whether a claim is a year of an era that counts from another year (乾隆三年, 民國110年):
    a year that states its year within the era."""
    return claim.kind is Kind.YEAR and claim.stated is not None


def _plan(claim: Claim) -> bool:
    """Whether a claim is the rank of a plan named by it (第十四个五年规划, "the 14th Five-Year
    Plan")."""
    return claim.rule.endswith(".plan")


def _ordinal(claim: Claim) -> bool:
    """Whether a claim is a stated ordinal."""
    return role_of(claim) == _ORDINAL


# Stated units that a translation converts and never carries: a share in tenths (三成 is "30%",
# never "3 tenths"). Its digit kept before another unit (三成 against "3%") is a misread
# magnitude, not a wrong unit word.
_UNITS_NO_TRANSLATION_CARRIES: frozenset[str] = frozenset({"tenth"})


# Units on a scale with a zero of its own, whose sign no verb carries (see `_sign_in_words`).
_SIGNED_SCALES: frozenset[str] = frozenset({"degC"})


def signed_scale(zh: Claim, en: Claim) -> bool:
    """Whether two claims are figures on a scale whose sign no verb carries (a temperature)."""
    return zh.kind is Kind.QUANTITY and zh.unit == en.unit and zh.unit in _SIGNED_SCALES


def _temperature_against_bare(zh: Claim, en: Claim) -> bool:
    """Whether the original states a temperature and the translation the bare figure."""
    return zh.kind is Kind.QUANTITY and zh.unit in _SIGNED_SCALES and en.unit is None


def temperature_sign_dropped(zh: Claim, en: Claim) -> bool:
    """Whether the translation writes a temperature below zero as the bare figure of its size
    (零下5度 against the 5 of "from 5 to 3 degrees Celsius", whose unit is written once, at the
    end of the range): the sign was dropped, a wrong value."""
    return (
        _temperature_against_bare(zh, en)
        and zh.high is None
        and en.high is None
        and isinstance(zh.value, Decimal)
        and isinstance(en.value, Decimal)
        and zh.value < 0
        and zh.value == -en.value
    )


def _sign_in_words(zh: Claim, en: Claim) -> tuple[Claim, Claim] | None:
    """When exactly one side is negative, both sides as magnitudes: a sign is often carried by a
    word on the other side (负增长3% → "contracted 3%"), so a figure is compared by its size and
    a sign alone is no finding — except a temperature or a year, whose sign is always written
    with it."""
    if not isinstance(zh.value, Decimal) or not isinstance(en.value, Decimal):
        return None
    if (zh.value < 0) == (en.value < 0):
        return None
    if zh.stated is not None and en.stated is not None and (zh.stated < 0) == (en.stated < 0):
        return None  # the sign comes from a unit's offset: 27 °F is below zero in °C
    if signed_scale(zh, en) or _temperature_against_bare(zh, en):
        # A temperature's sign is the figure itself, written as a sign or "below zero" on both
        # sides, never by a verb: 零下18℃ → "18°C" is a wrong value, and so is 零下5度 against
        # the bare 5 of "from 5 to 3 degrees" (the range's unit is written once, at its end).
        return None
    if zh.kind is Kind.YEAR and en.kind is Kind.YEAR:
        # A year's sign is its era, written with it on both sides (公元前221年, "221 BC"), never
        # by a verb: 公元前221年 → "221 AD" is a wrong value.
        return None
    return _magnitude_of(zh), _magnitude_of(en)


def _magnitude_of(claim: Claim) -> Claim:
    value = claim.value
    if not isinstance(value, Decimal) or value >= 0:
        return claim
    high = claim.high
    if high is None:
        return replace(claim, value=-value, stated=None)
    # A negative interval [-19, -11] is [11, 19] in size.
    return replace(claim, value=-high, high=-value, stated=None)


def _lost_unit(zh: Claim, en: Claim) -> bool:
    """Whether one side states a unit (money, mass, percent, a span of time) and the other the
    same figure with none the reader could see: a counted figure (35 块 read as a count, 3000个
    against "3,000 tons"), or a bare figure against a span of time ("7" and "7 days"). A bare
    figure against an amount is not: both languages leave a unit to the context ("$1.2 billion
    to 1.5", 收入27.25亿 after 元 was named), and that pair is equal."""
    if (zh.unit is None) == (en.unit is None):
        return False
    bare, stated = (zh, en) if zh.unit is None else (en, zh)
    if stated.kind not in _UNIT_BEARING:
        return False
    return bare.kind is Kind.COUNT or (bare.kind is Kind.NUMBER and stated.kind is Kind.DURATION)


def _relate(zh: Claim, en: Claim) -> tuple[Relation, Decimal | None] | None:
    if _lost_unit(zh, en):
        return (Relation.UNSEEN_UNIT, None) if _same_figure_relation(zh, en) else None
    if Kind.TIME in (zh.kind, en.kind):
        return _relate_clock(zh, en)
    if zh.kind in _TIMES or en.kind in _TIMES:
        day = _day_against_number(zh, en)
        if day is not None:
            return day
        if {zh.kind, en.kind} & _COUNTS:
            if zh.value == en.value:
                return Relation.EQUAL, None
            # "over 2019" read as a bare figure against 2019年: both year-shaped, so a year slip.
            if _year_shaped(zh) and _year_shaped(en):
                return Relation.VALUE, None
            return None
        return (Relation.EQUAL, None) if _dates_agree(zh, en) else (Relation.VALUE, None)
    same = _same_figure_relation(zh, en)
    units_differ = _units_differ(zh, en)
    if same is not None:
        if units_differ:
            return Relation.UNIT, None
        return same, None
    if (
        (units_differ or stated_units_differ(zh, en))
        and zh.stated is not None
        and en.stated is not None
        and zh.stated == en.stated
        and not {zh.stated_unit, en.stated_unit} & _UNITS_NO_TRANSLATION_CARRIES
    ):
        # 45吨 → "45 kilograms": the figure is right and the unit word is wrong; the fix is the
        # unit ("45 tons"), not a factor of 1000.
        return Relation.UNIT, None
    if (
        zh.kind is Kind.MULTIPLIER
        and en.kind is Kind.MULTIPLIER
        and isinstance(zh.value, Decimal)
        and isinstance(en.value, Decimal)
        and abs(zh.value - en.value) == 1
        and _high_shifted_alike(zh, en)
        and not zh.rule.endswith(".word")
        and not zh.rule.endswith(TIMES_AS_MUCH_SUFFIX)
    ):
        # 增长1倍 is "doubled" (grew by 100%) but 是…的2倍 is also "doubled": a factor that differs
        # by exactly one is the same statement read under the other convention. A multiplier
        # named by a word (翻两番 is x4, 减半 x0.5) has no other reading, nor one stated against
        # its base (是去年的3倍 is x3: "four times that of last year" is a wrong value).
        return Relation.EQUAL, None
    if per_other_unit(zh, en):
        return Relation.UNIT, None  # 30元/公斤 against "30 yuan per pound"
    if rate_against_money(zh, en):
        # What the figure is per may stand words away from it: a rate against plain money of its
        # currency compares on the money each states (每亩16元 against "RMB 160 ... per mu").
        if not isinstance(zh.stated, Decimal) or not isinstance(en.stated, Decimal):
            return None
        factor = _power_of_ten(replace(zh, value=zh.stated), replace(en, value=en.stated))
        return (Relation.MAGNITUDE, factor) if factor is not None else None
    if _bare_against_amount(zh, en):
        return None  # "6" against 60亿港元: too little in common to call it a slip
    factor = _power_of_ten(zh, en)
    if factor is not None:
        if units_differ:
            return Relation.VALUE, None
        return Relation.MAGNITUDE, factor
    if units_differ:
        return None
    if stated_range(zh) and stated_range(en):
        # 3至5 against "3 to 8": one end kept and the other changed is a wrong value.
        return (Relation.VALUE, None) if _one_end_agrees(zh, en) else None
    if _vague_near(zh, en):
        return Relation.QUALIFIER, None
    if zh.unit is None and en.unit is None and not (_near_digits(zh, en) or _same_hedge(zh, en)):
        return None
    return Relation.VALUE, None


def rate_against_money(zh: Claim, en: Claim) -> bool:
    """Whether one side states a rate (money per a unit: CNY/t) where the other states plain money
    in the same currency: what a figure is per may be written a few words away from it ("saving
    RMB 16 on labour per mu"), where the reader does not look: a warning, not an error."""
    units_ = (zh.unit, en.unit)
    if zh.kind is not Kind.MONEY or en.kind is not Kind.MONEY or None in units_:
        return False
    rates = [u for u in units_ if u is not None and "/" in u]
    plain = [u for u in units_ if u is not None and "/" not in u]
    return len(rates) == 1 and len(plain) == 1 and rates[0].split("/", 1)[0] == plain[0]


def per_other_unit(zh: Claim, en: Claim) -> bool:
    """Two rates of money (30元/公斤, "30 yuan per pound": units such as CNY/t) that state the same
    figure per units of different size: the denominator is wrong, not the figure."""
    return (
        zh.kind is Kind.MONEY
        and zh.unit == en.unit
        and zh.unit is not None
        and "/" in zh.unit
        and zh.stated is not None
        and zh.stated == en.stated
        and zh.value != en.value
    )


def _one_end_agrees(zh: Claim, en: Claim) -> bool:
    """Whether two written ranges share their low end or their high end, or overlap (三五天 against
    "two or three days": the ends were changed, not the statement)."""
    if zh.value == en.value or (zh.high is not None and zh.high == en.high):
        return True
    low, high = _extent(zh), _extent(en)
    return low[0] <= high[1] and high[0] <= low[1]


def _same_hedge(zh: Claim, en: Claim) -> bool:
    """Two figures hedged the same way (至少8万 and "at least 65,000"): the hedge anchors them as
    one statement, so a different figure is a wrong value even without a unit."""
    return zh.approx is en.approx and zh.approx in (Approx.OVER, Approx.NEARLY, Approx.UNDER)


def _vague_near(zh: Claim, en: Claim) -> bool:
    """A vague amount (十几天, 百余, "hundreds") against a figure near its interval ("ten days",
    "hundreds" for 百余): the hedge was loosened or dropped, which is a qualifier warning, not a
    wrong value. Near means the two intervals, a hedged figure read as up to twice or down to half
    of itself, come within a factor of two of each other."""
    if not (zh.approx is Approx.RANGE or en.approx is Approx.RANGE):
        return False
    if _inside_stated_range(zh, en) or _inside_stated_range(en, zh):
        return False  # a range written end to end holds no figure between its ends
    zh_span, en_span = _loose_interval(zh), _loose_interval(en)
    if zh_span is None or en_span is None:
        return False
    low = max(zh_span[0], en_span[0])
    high = min(zh_span[1], en_span[1])
    if zh.unit in _LEVEL_SCALES and zh.unit == en.unit:
        # A level of a scale is no amount to be off by half: 4到5级 against "force 4" loosened
        # the range, against "force 6" or "force 8" it is another level (a wrong value).
        return low <= high
    return low <= high * 2


# Units that are levels of a scale (units.txt), where a vague range is near only the levels
# within it.
_LEVEL_SCALES: frozenset[str] = frozenset({"Bft", "magnitude"})


def _loose_interval(claim: Claim) -> tuple[Decimal, Decimal] | None:
    value = claim.value
    if not isinstance(value, Decimal) or value <= 0:
        return None
    if claim.high is not None:
        return value, claim.high
    if claim.approx is Approx.OVER:
        return value, value * 2
    if claim.approx in (Approx.NEARLY, Approx.UNDER):
        return value / 2, value
    return value, value


def clock_parts(claim: Claim) -> tuple[int, int, bool]:
    """The (hour, minute) of a clock time and whether it is open (a 12-hour figure with no half
    of the day stated: "at 9:15" may be 21:15)."""
    pieces = str(claim.value).split(":")
    hour, minute = int(pieces[0]), int(pieces[1])
    return hour, minute, claim.rule.endswith(".time.open") and 1 <= hour <= 12


def _relate_clock(zh: Claim, en: Claim) -> tuple[Relation, Decimal | None] | None:
    """Two clock times (module docstring), or a clock time and a bare figure that is its hour."""
    time, other = (zh, en) if zh.kind is Kind.TIME else (en, zh)
    if other.kind is not Kind.TIME:
        hour, minute, _ = clock_parts(time)
        number = other.value
        if not isinstance(number, Decimal) or minute:
            return None
        # 9 is 9:00 or 21:00 with the half of the day unsaid; 24 is 24时, but 12 is not 24:00.
        if number != hour and not (1 <= number <= 11 and hour == number + 12):
            return None
        return Relation.EQUAL, None
    zh_hour, zh_minute, zh_open = clock_parts(zh)
    en_hour, en_minute, en_open = clock_parts(en)
    str_zh, str_en = str(zh.value), str(en.value)
    if zh_hour % 24 == en_hour % 24 and zh_minute == en_minute and str_zh[5:] == str_en[5:]:
        return Relation.EQUAL, None
    if (
        (zh_open or en_open)
        and zh_hour % 12 == en_hour % 12
        and zh_minute == en_minute
        and str_zh[5:] == str_en[5:]
    ):
        return Relation.EQUAL, None
    return Relation.VALUE, None


def _day_against_number(zh: Claim, en: Claim) -> tuple[Relation, Decimal | None] | None:
    """A day of the month written as a date on one side (26日, ---26) and as a bare ordinal on
    the other ("the 26th"): equal when the numbers are, else a wrong day."""
    date, other = (zh, en) if zh.kind is Kind.DATE else (en, zh)
    if date.kind is not Kind.DATE or other.kind not in _COUNTS:
        return None
    iso = str(date.value)
    number = other.value
    if not iso.startswith("---") or not isinstance(number, Decimal) or other.unit is not None:
        return None
    if not (number == number.to_integral_value() and 1 <= number <= 31):
        return None
    return (Relation.EQUAL, None) if int(number) == int(iso[3:]) else (Relation.VALUE, None)


def _year_shaped(claim: Claim) -> bool:
    """A year, or a bare four-digit integer that could be one (1000-2100); a count with a
    measure word (2000间) is not."""
    if claim.kind is Kind.YEAR:
        return True
    value = claim.value
    return (
        claim.kind is Kind.NUMBER
        and isinstance(value, Decimal)
        and claim.high is None
        and value == value.to_integral_value()
        and 1000 <= value <= 2100
        and str(int(value)) in claim.text  # written as four digits, not "2 thousand"
    )


def _bare_against_amount(zh: Claim, en: Claim) -> bool:
    """A figure with a unit against one with none: only equality pairs them."""
    return (zh.unit is None) != (en.unit is None)


def _digits(value: Decimal) -> str:
    return "".join(map(str, value.normalize().as_tuple().digits))


def _near_digits(zh: Claim, en: Claim) -> bool:
    """Whether two unitless figures look like one figure mistyped: the same number of digits with
    one changed, or two swapped. Without a unit, a count is only a slip of another count when the
    figures themselves resemble each other; anything else is two different statements."""
    zv, ev = zh.value, en.value
    if not isinstance(zv, Decimal) or not isinstance(ev, Decimal) or zv.adjusted() != ev.adjusted():
        return False
    a, b = _digits(zv), _digits(ev)
    width = max(len(a), len(b))
    a, b = a.ljust(width, "0"), b.ljust(width, "0")
    changed = [i for i in range(width) if a[i] != b[i]]
    if len(changed) == 1:
        return True
    return len(changed) == 2 and changed[1] == changed[0] + 1 and a[changed[0]] == b[changed[1]]


def _position(claim: Claim, length: int) -> float:
    return claim.start / max(1, length)


def assign(costs: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Minimum-cost matching of rows to columns (Hungarian algorithm); `_FORBIDDEN` cells unused.

    >>> assign([[1.0, 0.0], [0.0, 1.0]])
    [(0, 1), (1, 0)]
    """
    rows = len(costs)
    cols = len(costs[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    transposed = rows > cols
    matrix = [list(r) for r in zip(*costs, strict=True)] if transposed else [list(r) for r in costs]
    n, m = len(matrix), len(matrix[0])
    # Potentials formulation (e-maxx), 1-based, n <= m.
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [float("inf")] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = float("inf")
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = matrix[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = []
    for j in range(1, m + 1):
        if p[j] and matrix[p[j] - 1][j - 1] < _FORBIDDEN:
            row, col = p[j] - 1, j - 1
            result.append((col, row) if transposed else (row, col))
    return sorted(result)


_Edge = tuple[float, Relation, Decimal | None]
# A related pair of an ordinary document, found once for all stages: zh index, en index, the
# relation, its factor, and the distance between the two claims' relative positions.
_Candidate = tuple[int, int, Relation, Decimal | None, float]


def _stage(
    zh: list[Claim],
    en: list[Claim],
    zh_len: int,
    en_len: int,
    related: Callable[[int, int], tuple[Relation, Decimal | None] | None],
    accept: Callable[[Claim, Claim, Relation, float], float | None],
) -> list[Pair]:
    """One matching stage: pairs whose relation `accept` prices (None: not allowed).

    Claims connected by no allowed pair cannot affect each other's matching, so the assignment is
    solved per connected component: long articles stay fast, and the result is the same. Two
    limits keep a document with thousands of figures (a flattened table) linear enough: past
    `DENSE_PAIRS` candidate pairs, only claims within `LONG_WINDOW` of each other's position are
    compared, and a component past `EXACT_COMPONENT` cells is matched best pair first instead of
    by the exact (cubic) assignment.
    """
    if not zh or not en:
        return []
    edges: dict[tuple[int, int], _Edge] = {}
    en_positions = [_position(e, en_len) for e in en]
    window = LONG_WINDOW if len(zh) * len(en) > DENSE_PAIRS else None
    order = sorted(range(len(en)), key=en_positions.__getitem__)
    sorted_positions = [en_positions[j] for j in order]
    for i, z in enumerate(zh):
        zh_position = _position(z, zh_len)
        if window is None:
            candidates: Sequence[int] = range(len(en))
        else:
            low = bisect.bisect_left(sorted_positions, zh_position - window)
            high = bisect.bisect_right(sorted_positions, zh_position + window)
            candidates = order[low:high]
        for j in candidates:
            e = en[j]
            relation = related(id(z), id(e))
            if relation is None:
                continue
            cost = accept(z, e, relation[0], abs(zh_position - en_positions[j]))
            if cost is not None:
                edges[(i, j)] = (cost, relation[0], relation[1])
    return [
        Pair(zh=zh[i], en=en[j], relation=edges[(i, j)][1], factor=edges[(i, j)][2])
        for i, j in _matching(edges)
    ]


def _matching(edges: Mapping[tuple[int, int], _Edge]) -> list[tuple[int, int]]:
    """One stage's minimum-cost matching over its priced `edges`, component by component (see
    `_stage`): the (zh index, en index) pairs taken, in the order of their components."""
    if len({i for i, _ in edges}) == len(edges) == len({j for _, j in edges}):
        # No claim has two candidates: each component is one pair, which its matching takes.
        return sorted(edges)
    matched: list[tuple[int, int]] = []
    for rows, cols in _components(edges):
        if len(rows) * len(cols) > EXACT_COMPONENT:
            matched.extend(_best_first(rows, cols, edges))
        else:
            costs = [[edges.get((i, j), (_FORBIDDEN,))[0] for j in cols] for i in rows]
            matched.extend((rows[r], cols[c]) for r, c in assign(costs))
    return matched


def _candidates(
    zh: Sequence[Claim], en: Sequence[Claim], zh_len: int, en_len: int
) -> list[_Candidate]:
    """Every related pair of an ordinary document (no window), each related once, in the order
    a stage compares them. Only the pairs whose kinds can relate (`_RELATABLE_KINDS`) are read:
    the en claims of those kinds are listed once for each kind of zh claim."""
    en_positions = [_position(e, en_len) for e in en]
    partners: dict[Kind, list[tuple[int, Claim]]] = {}
    found: list[_Candidate] = []
    for i, z in enumerate(zh):
        others = partners.get(z.kind)
        if others is None:
            others = [(j, e) for j, e in enumerate(en) if (z.kind, e.kind) in _RELATABLE_KINDS]
            partners[z.kind] = others
        zh_position = _position(z, zh_len)
        for j, e in others:
            relation = _relate_per_periods(z, e)
            if relation is not None:
                found.append((i, j, relation[0], relation[1], abs(zh_position - en_positions[j])))
    return found


def _best_first(
    rows: Sequence[int],
    cols: Sequence[int],
    edges: Mapping[tuple[int, int], tuple[float, Relation, Decimal | None]],
) -> list[tuple[int, int]]:
    """A matching taken cheapest pair first: near-optimal, and linearithmic in the pairs."""
    row_set, col_set = set(rows), set(cols)
    taken_rows: set[int] = set()
    taken_cols: set[int] = set()
    matched = []
    candidates = sorted(
        (cost, i, j) for (i, j), (cost, _, _) in edges.items() if i in row_set and j in col_set
    )
    for _, i, j in candidates:
        if i not in taken_rows and j not in taken_cols:
            taken_rows.add(i)
            taken_cols.add(j)
            matched.append((i, j))
    return sorted(matched)


def _components(edges: Mapping[tuple[int, int], object]) -> list[tuple[list[int], list[int]]]:
    """The connected components of a bipartite graph given by its edges, in a stable order."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in edges:
        root_a, root_b = find(("zh", i)), find(("en", j))
        if root_a != root_b:
            parent[root_b] = root_a
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):
        rows, cols = groups.setdefault(find(node), ([], []))
        (cols if node[0] == "en" else rows).append(node[1])
    return sorted(groups.values(), key=lambda g: (g[0][:1], g[1][:1]))


def _glosses(claims: Sequence[Claim], text: str) -> dict[int, Claim]:
    """The claims that restate the claim just before them in parentheses, in a unit of its
    dimension ("20,000 mu (2,000 hectares)", "1,000 jin (500 kg)"), by id, each with the claim it
    glosses. A gloss does not pair on its own: it would take the original's figure from a wrong
    head."""
    glosses: dict[int, Claim] = {}
    if len(claims) < 2:
        return glosses
    ordered = sorted(claims, key=lambda c: c.start)
    for head, gloss in itertools.pairwise(ordered):
        if (
            head.kind in _AMOUNTS
            and gloss.kind in _AMOUNTS
            and head.unit is not None
            and (head.unit == gloss.unit or _currency_conversion(head, gloss))
            and (
                (
                    0 <= gloss.start - head.end <= GLOSS_GAP
                    and text[head.end : gloss.start].strip() in GLOSS_OPENERS
                )
                or _clause_gloss(head, gloss, text)
            )
            and not head.header
            and id(head) not in glosses
        ):
            glosses[id(gloss)] = head
    return glosses


def _clause_gloss(head: Claim, gloss: Claim, text: str) -> bool:
    """Whether `gloss` restates `head` in another unit of its dimension a few words after it, in
    the same sentence ("5,600 mu of hillside, about 373 hectares"): the same value, to the
    rounding a translation allows, stated in a unit of another size (`CLAUSE_GLOSS_GAP`)."""
    if not 0 < gloss.start - head.end <= CLAUSE_GLOSS_GAP:
        return False
    if any(mark in SENTENCE_ENDS for mark in text[head.end : gloss.start]):
        return False
    if not stated_units_differ(head, gloss) or head.high is not None or gloss.high is not None:
        return False
    if (
        not isinstance(head.value, Decimal)
        or not isinstance(gloss.value, Decimal)
        or not head.value
    ):
        return False
    return abs(gloss.value - head.value) <= ROUNDING_LIMIT * abs(head.value)


def _currency_conversion(head: Claim, gloss: Claim) -> bool:
    """Whether `gloss` restates an amount of money in another currency ("1.2 billion yuan ($170
    million)", 12亿元（约合1.7亿美元）): at a rate the text does not state, so it is not checked."""
    return head.kind is Kind.MONEY and gloss.kind is Kind.MONEY and head.unit != gloss.unit


def _same_figure(a: Claim, b: Claim) -> bool:
    return (
        a.value == b.value
        and a.unit == b.unit
        and a.high == b.high
        and (a.kind is b.kind or {a.kind, b.kind} <= _COUNTS or {a.kind, b.kind} <= _TIMES)
    )


def align_claims(
    zh_claims: Sequence[Claim],
    en_claims: Sequence[Claim],
    *,
    zh_len: int,
    en_len: int,
    en_text: str | None = None,
    zh_text: str | None = None,
) -> Alignment:
    """Pair the claims of a document over the whole text (see the module docstring); with the
    translation's text, its glosses in parentheses are told apart."""
    if not zh_claims and not en_claims:
        return Alignment(pairs=(), omitted=(), added=())
    short = max(zh_len, en_len) <= SHORT_TEXT
    if zh_text is not None and en_text is not None:
        zh_claims, en_claims = _shared_rates(zh_claims, zh_text, en_claims, en_text)
    en_glosses = _glosses(en_claims, en_text) if en_text is not None else {}
    # A conversion into another currency pairs as any figure does (with the original's own
    # conversion, or with what the translation kept of it), never as a wrong currency of the
    # figure it converts, and is no addition when it pairs with nothing: its rate is not in the
    # text. A restatement in a unit of the same dimension is checked through its head.
    claim_of = {id(c): c for c in (*zh_claims, *en_claims)}
    conversions: set[int] = set()
    glosses: dict[int, Claim] = {}
    if en_glosses:
        conversions = {
            g for g, head in en_glosses.items() if _currency_conversion(head, claim_of[g])
        }
        glosses = {g: head for g, head in en_glosses.items() if g not in conversions}
    # The original's own glosses (12亿元（约合1.7亿美元）) restate its figures: a translation may
    # keep the head, the gloss or both; what it drops of them is no omission warning.
    zh_glosses = _glosses(zh_claims, zh_text) if zh_text is not None else {}
    if zh_glosses:
        conversions |= {
            g for g, head in zh_glosses.items() if _currency_conversion(head, claim_of[g])
        }
    zh_left = list(zh_claims)
    en_left = [c for c in en_claims if id(c) not in glosses] if glosses else list(en_claims)
    pairs: list[Pair] = []

    def same_figure(z: Claim, e: Claim, relation: Relation, distance: float) -> float | None:
        # Equal, or equal but hedged differently: the same figure either way. Among candidates,
        # the closest values win ("over 240,000" covers 280,000, but 280,000 is closer to
        # 28万余), then the closest positions; header figures pair only as a last resort.
        if relation is Relation.QUALIFIER:
            if z.header or e.header or _far_and_loose(z, e, distance):
                return None
            return (
                distance
                + QUALIFIER_COST
                + (DIRECTION_COST if reversed_change(z, e) else 0.0)
                + (PERIOD_COST if other_period(z, e) else 0.0)
            )
        if relation is not Relation.EQUAL or _far_and_loose(z, e, distance):
            return None
        return (
            distance
            + (DIRECTION_COST if reversed_change(z, e) else 0.0)
            + (PERIOD_COST if other_period(z, e) else 0.0)
            + _value_gap(z, e)
            + (HEADER_COST if z.header or e.header else 0.0)
            + (0.0 if z.kind is e.kind else KIND_COST)
        )

    def _far_and_loose(z: Claim, e: Claim, distance: float) -> bool:
        # Two figures that agree only loosely (through a hedge, a range or a rounding: not the
        # same value) are another figure read loosely when far apart: such a pair waits until
        # the figures near each one, wrong values included, are paired (`far_loose`).
        return not short and distance > VALUE_WINDOW and _value_gap(z, e) > 0

    def far_loose(z: Claim, e: Claim, relation: Relation, distance: float) -> float | None:
        if z.header or e.header or relation not in (Relation.EQUAL, Relation.QUALIFIER):
            return None
        return distance if _far_and_loose(z, e, distance) else None

    def near_miss(z: Claim, e: Claim, relation: Relation, distance: float) -> float | None:
        if z.header or e.header:
            return None
        if relation is Relation.UNIT and (id(z) in conversions or id(e) in conversions):
            return None
        if relation in (Relation.UNIT, Relation.MAGNITUDE):
            return distance if (short or distance <= 0.5) else None
        return None

    def wrong_value(z: Claim, e: Claim, relation: Relation, distance: float) -> float | None:
        if z.header or e.header or relation is not Relation.VALUE:
            return None
        if z.kind is not e.kind and not (
            {z.kind, e.kind} <= _COUNTS
            or (_year_shaped(z) and _year_shaped(e))
            or Kind.DATE in {z.kind, e.kind}
            or {z.kind, e.kind} == {Kind.MULTIPLIER, Kind.NUMBER}  # a frequency read as one
            or temperature_sign_dropped(z, e)  # 零下5度 against a bare 5
            or (_era_year(z) and _ordinal(e))  # 乾隆三年 against "the fifth year of ..."
        ):
            return None
        window = RANK_WINDOW if _ordinal(z) and _ordinal(e) else VALUE_WINDOW
        return distance if (short or distance <= window) else None

    def last_resort(z: Claim, e: Claim, relation: Relation, distance: float) -> float | None:
        if z.header or e.header or relation not in (Relation.UNSEEN_UNIT, Relation.RESTATED):
            return None
        return distance if (short or distance <= VALUE_WINDOW) else None

    stages = (same_figure, near_miss, wrong_value, far_loose, last_resort)
    if len(zh_left) * len(en_left) > DENSE_PAIRS:
        # A long document: each stage compares only what is left within its window, relating
        # each pair at most once over the stages.
        cache: dict[tuple[int, int], tuple[Relation, Decimal | None] | None] = {}

        def related(zh_id: int, en_id: int) -> tuple[Relation, Decimal | None] | None:
            key = (zh_id, en_id)
            if key not in cache:
                cache[key] = relate(claim_of[zh_id], claim_of[en_id])
            return cache[key]

        for accept in stages:
            found = _stage(zh_left, en_left, zh_len, en_len, related, accept)
            pairs.extend(found)
            taken_zh = {id(p.zh) for p in found}
            taken_en = {id(p.en) for p in found}
            zh_left = [c for c in zh_left if id(c) not in taken_zh]
            en_left = [c for c in en_left if id(c) not in taken_en]
    else:
        # An ordinary document (and so is what is left of it at every later stage): each pair
        # is related once, up front, and a stage prices only the related pairs whose claims are
        # both still unpaired, rather than passing over every pair of what is left.
        candidates = _candidates(zh_left, en_left, zh_len, en_len)
        zh_taken: set[int] = set()
        en_taken: set[int] = set()
        for accept in stages:
            if not candidates:
                break
            edges: dict[tuple[int, int], _Edge] = {}
            for i, j, relation, factor, distance in candidates:
                cost = accept(zh_left[i], en_left[j], relation, distance)
                if cost is not None:
                    edges[(i, j)] = (cost, relation, factor)
            if not edges:
                continue
            for i, j in _matching(edges):
                _, relation, factor = edges[(i, j)]
                pairs.append(Pair(zh=zh_left[i], en=en_left[j], relation=relation, factor=factor))
                zh_taken.add(i)
                en_taken.add(j)
            candidates = [c for c in candidates if c[0] not in zh_taken and c[1] not in en_taken]
        zh_left = [c for i, c in enumerate(zh_left) if i not in zh_taken]
        en_left = [c for j, c in enumerate(en_left) if j not in en_taken]

    if zh_text is not None and en_text is not None and pairs:
        pairs = _bound_in_order(pairs, zh_text, en_text)
    # A gloss is checked against the original its figure restates: a wrong conversion is a finding.
    covered: set[int] = set()
    if glosses:
        heads = {id(p.en): p.zh for p in pairs}
        # Where the original glosses the same figure (1000斤（500公斤） → "1,000 jin (500 kg)"),
        # the translation's gloss renders that gloss.
        zh_gloss_of = {id(head): claim_of[g] for g, head in zh_glosses.items()}
        for gloss in en_claims:
            head = glosses.get(id(gloss))
            original = heads.get(id(head)) if head is not None else None
            if original is None:
                continue
            own = zh_gloss_of.get(id(original))
            if own is not None and relate(own, gloss) is not None:
                original = own
                covered.add(id(own))
            checked = relate(original, gloss)
            # Only a wrong figure or unit: a hedge is the head's to carry ("over 1,000 jin (500
            # kg)").
            if checked is not None and checked[0] in _GLOSS_SLIPS:
                pairs.append(Pair(zh=original, en=gloss, relation=checked[0], factor=checked[1]))
    pairs = _supply_date_parts(pairs, zh_claims)
    pairs = [
        replace(p, relation=Relation.DIRECTION)
        if p.relation in _SAME_FIGURE and reversed_change(p.zh, p.en)
        else p
        for p in pairs
    ]
    pairs = [
        replace(p, relation=Relation.PERIOD)
        if p.relation in _SAME_FIGURE and other_period(p.zh, p.en)
        else p
        for p in pairs
    ]
    paired_zh = [p.zh for p in pairs]
    paired_en = [p.en for p in pairs]
    glossed_heads: set[int] = set()
    dropped_glosses: tuple[Claim, ...] = ()
    if zh_glosses:
        paired_ids = {id(c) for c in paired_zh}
        glossed_heads = {id(head) for g, head in zh_glosses.items() if g in paired_ids}
        # A gloss dropped beside its rendered head is a note; beside a dropped head, the head's
        # omission says it all; a head dropped for its rendered gloss is no omission.
        dropped_glosses = tuple(
            c
            for c in zh_left
            if id(c) in zh_glosses and id(zh_glosses[id(c)]) in paired_ids and id(c) not in covered
        )
    # A rank left over is no omission or addition: ranks are often rendered without a number
    # (第一次 "for the first time", "No. 3 Flood" for 第3号洪水).
    omitted = tuple(
        c
        for c in zh_left
        if not c.header
        and not _ordinal(c)
        and id(c) not in zh_glosses
        and id(c) not in glossed_heads
        and not any(_same_figure(c, o) for o in paired_zh if o is not c)
    )
    added = tuple(
        c
        for c in en_left
        if not c.header
        and not _ordinal(c)
        and id(c) not in conversions
        and not any(_same_figure(c, o) for o in paired_en if o is not c)
        and not (c.period is not None and any(_restated_per_period(z, c) for z in paired_zh))
    )
    # A code, name or marker left over is a note only where the other side has a leftover
    # figure near it (module docstring); elsewhere the other side names the thing in words.
    omitted_kept = tuple(c for c in omitted if not _named_in_words(c, zh_len, added, en_len, short))
    added_kept = tuple(c for c in added if not _named_in_words(c, en_len, omitted, zh_len, short))
    if len(pairs) > 1:
        pairs.sort(key=lambda p: (p.zh.start, p.en.start))
    return Alignment(
        pairs=tuple(pairs),
        omitted=omitted_kept,
        added=added_kept,
        dropped_glosses=dropped_glosses,
    )


# The relations of two claims of the same figure: equal, hedged otherwise, or with a unit the
# reader saw on one side only (提高了0.6岁 against "fell by 0.6 years").
_SAME_FIGURE = frozenset({Relation.EQUAL, Relation.QUALIFIER, Relation.UNSEEN_UNIT})


def reversed_change(zh: Claim, en: Claim) -> bool:
    """Whether both sides state their figure as a change, in opposite directions (同比下降5%
    against "rose 5%", 增加3亿元 against "a decrease of 300 million"). A direction stated on one
    side only is no reversal ("增长5%" as "5%"), nor is a level reached ("rose to 5%")."""
    return zh.change is not None and en.change is not None and zh.change is not en.change


def _bound_in_order(pairs: list[Pair], zh_text: str, en_text: str) -> list[Pair]:
    """Figures bound in order (lang/order.py: a list bound by 分别 and "respectively", a change
    from one figure to another) that the matching paired crosswise, each to the same figure at
    another place of the other side's run, are figures swapped: each is paired with the figure of
    its own place instead (a wrong value whose suggestion is the original's figure there)."""
    zh_runs = ordered_runs(zh_text, "zh", [p.zh for p in pairs])
    if not zh_runs:
        return pairs
    en_runs = ordered_runs(en_text, "en", [p.en for p in pairs])
    if not en_runs:
        return pairs
    pair_of = {id(p.zh): p for p in pairs}
    replaced: dict[int, Pair] = {}
    for shape, zh_run in zh_runs:
        run_pairs = [pair_of[id(c)] for c in zh_run]
        if any(p.relation is not Relation.EQUAL or id(p.zh) in replaced for p in run_pairs):
            continue
        partners = [p.en for p in run_pairs]
        ids = {id(c) for c in partners}
        for en_shape, en_run in en_runs:
            if en_shape != shape or len(en_run) != len(zh_run) or {id(c) for c in en_run} != ids:
                continue
            if all(a is b for a, b in zip(partners, en_run, strict=True)):
                break
            swapped = [relate(z, e) for z, e in zip(zh_run, en_run, strict=True)]
            if any(r is None for r in swapped):
                break
            for z, e, related in zip(zh_run, en_run, swapped, strict=True):
                assert related is not None
                replaced[id(z)] = Pair(zh=z, en=e, relation=related[0], factor=related[1])
            break
    if not replaced:
        return pairs
    return [replaced.get(id(p.zh), p) for p in pairs]


def _run_rate(run: Sequence[Claim]) -> Claim | None:
    """The one rate of money (unit and what it is per) that a run's figures state, if one."""
    rates = [c for c in run if c.kind is Kind.MONEY and c.unit and "/" in c.unit and c.per]
    if not rates or len({(c.unit, c.per) for c in rates}) != 1:
        return None
    return rates[0]


def _shared_rates(
    zh_claims: Sequence[Claim], zh_text: str, en_claims: Sequence[Claim], en_text: str
) -> tuple[Sequence[Claim], Sequence[Claim]]:
    """What a run of figures is per, written once for them all (从每吨3200元涨到3650元, "from
    3,200 yuan to 3,650 yuan per tonne"): plain money of a run whose other figures state one rate
    of its currency is that rate (per the same unit, converted alike), where the other side has a
    run of the same shape and length that states a rate of the same unit too (每吨分别上调200元和
    190元, whose rate the reader does not see, stays as read)."""
    zh_runs = ordered_runs(zh_text, "zh", zh_claims)
    if not zh_runs:
        return zh_claims, en_claims
    en_runs = ordered_runs(en_text, "en", en_claims)
    if not en_runs:
        return zh_claims, en_claims
    rated: dict[tuple[str, int], list[tuple[tuple[Claim, ...], Claim]]] = {}
    for runs in (zh_runs, en_runs):
        for shape, run in runs:
            rate = _run_rate(run)
            if rate is not None:
                rated.setdefault((shape, len(run)), []).append((run, rate))
    shared: dict[int, Claim] = {}
    for found in rated.values():
        for run, rate in found:
            lang = run[0].lang
            if not any(
                other[0].lang is not lang and other_rate.unit == rate.unit
                for other, other_rate in found
            ):
                continue
            assert rate.unit is not None and rate.per is not None
            # As the reader converts a rate (extract.py): money per the canonical unit of what
            # it is per.
            per_factor, _ = units.canonicalize(Decimal(1), rate.per)
            currency = rate.unit.split("/", 1)[0]
            for claim in run:
                if (
                    claim.kind is Kind.MONEY
                    and claim.unit == currency
                    and isinstance(claim.value, Decimal)
                    and id(claim) not in shared
                ):
                    shared[id(claim)] = replace(
                        claim,
                        unit=rate.unit,
                        per=rate.per,
                        value=claim.value / per_factor,
                        high=claim.high / per_factor if claim.high is not None else None,
                    )
    if not shared:
        return zh_claims, en_claims
    return [shared.get(id(c), c) for c in zh_claims], [shared.get(id(c), c) for c in en_claims]


def _named_in_words(
    claim: Claim, length: int, others: Sequence[Claim], other_length: int, short: bool
) -> bool:
    """Whether a leftover with a role (code, name, list marker) has no leftover figure of the
    other side near it that could be its rendering (a figure without a unit: a date, a year or an
    amount is not a garbled code): the other side names the same thing in words, or leaves a
    marker out."""
    if role_of(claim) is None or _ordinal(claim):
        return False
    others = [o for o in others if o.kind in _COUNTS and o.unit is None]
    if short:
        return not others
    position = _position(claim, length)
    return all(abs(position - _position(o, other_length)) > VALUE_WINDOW for o in others)
