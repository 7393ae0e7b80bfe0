"""Error injection: real pairs in, pairs with exactly one known error in the English out.

Input: zh/en pairs. Output: `Injection`s (the mutated English plus its answer-key entry: the claim
site, the finding type expected there and the phenomena of the figure) and a `Plan`. Every mutation
imitates a slip a translator makes, on figures of every kind the eval's own finder
(`eval.figures`) reads, and only where that figure's counterpart is in the Chinese:

- magnitude: 万/亿 misread (12亿 kept as "12 billion", 六千万 as "6 million"), a scale word
  swapped, the decimal point one place off — in digits or in words;
- value: one digit mistyped, another number word, a year/month/day or an hour changed, another
  ordinal or multiplier;
- unit: the same number with another unit of the same dimension (km → miles, m → feet, yuan →
  dollars, tons → kilograms, °C → °F, hectares → acres, percent → percentage points, years →
  months);
- qualifier: the hedge of 多/余/近/以上 turned to its opposite ("more than" → "nearly"), dropped,
  or the opposite one inserted;
- omission: the phrase or clause holding the figure cut, keeping the sentence grammatical;
- addition: a figure phrase the original lacks appended (a percent, an amount of yuan, a date, a
  count in words).

Each mutation is checked with the eval's own finder (the new figure reads as intended). Everything
random goes through one `random.Random(seed)` and nothing iterates over a set, so one seed gives
one plan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from random import Random
from typing import Final

from eval.figures import (
    EN_MONTHS,
    EN_ONES,
    EN_ORDINALS,
    EN_TENS,
    Figure,
    align_figures,
    find_en_figures,
    find_zh_figures,
)

FINDING_TYPES: Final = ("magnitude", "value", "unit", "qualifier", "omission", "addition")
# The rows of the per-phenomenon table, in the order they are reported.
PHENOMENA: Final = (
    "zh_digits",
    "zh_numeral",
    "zh_mixed",
    "zh_wan_yi",
    "en_digits",
    "en_words",
    "en_scale",
    "money_yuan",
    "money_kuai",
    "money_other",
    "mass",
    "length",
    "area",
    "volume",
    "temperature",
    "percent",
    "count",
    "age",
    "duration",
    "year",
    "date",
    "clock",
    "ordinal",
    "multiplier",
    "hedge",
    "range",
)


@dataclass(frozen=True, slots=True)
class Pair:
    """One corpus record: the only fields the eval reads."""

    id: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Injection:
    """One injected error and its answer-key entry.

    `id` names the mutated record (the pair id and the type: one pair may carry each type once, in
    separate records); `pair_id` the untouched pair. `en_start`/`en_end` is the span of the new
    text in the mutated English (empty, at the cut, for an omission); `orig_start`/`orig_end` is
    the span it replaced in the original English, which lets findings of the untouched pair be
    moved onto the mutated text. `zh_start`/`zh_end` is the Chinese figure the site corresponds to
    (None for an addition).
    """

    id: str
    pair_id: str
    type: str
    strategy: str
    phenomena: tuple[str, ...]
    en: str
    en_start: int
    en_end: int
    orig_start: int
    orig_end: int
    original: str
    new: str
    zh_surface: str | None
    zh_start: int | None
    zh_end: int | None
    delta: int  # len(mutated English) - len(original English)

    def to_key(self) -> dict[str, object]:
        """The answer-key record (everything but the mutated text itself)."""
        record = asdict(self)
        del record["en"]
        record["phenomena"] = list(self.phenomena)
        return record

    def map_offset(self, offset: int) -> int:
        """Where an offset of the original English lies in the mutated English."""
        if offset <= self.orig_start:
            return offset
        if offset >= self.orig_end:
            return offset + self.delta
        return self.en_start


# Any other figure in a removed stretch would make a second omission.
_EN_NUMBER_WORD_RE: Final = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|double[ds]?|twice|triple[ds]?|"
    r"percent|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b",
    re.IGNORECASE,
)
_TRAILING_PUNCT_RE: Final = re.compile(r"[.!?][\"'”’)]*\s*$")
_AMOUNT_KINDS: Final = frozenset(
    {
        "number",
        "count",
        "money",
        "mass",
        "length",
        "area",
        "volume",
        "temperature",
        "percent",
        "duration",
        "age",
    }
)


def _is_power_of_ten(ratio: Decimal) -> bool:
    return ratio != 0 and ratio.normalize().as_tuple().digits == (1,)


def _format_like(value: Decimal, template: str) -> str:
    """`value` written the way `template` writes numbers (thousands commas or not)."""
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    ungrouped = "," not in template and len(template.partition(".")[0]) >= 4
    if len(whole) >= 4 and not ungrouped:
        whole = f"{int(whole):,}"
    return f"{whole}.{frac}" if frac else whole


_WORDS_BY_VALUE: Final = {v: w for w, v in {**EN_ONES, **EN_TENS}.items()}


def to_words(value: Decimal) -> str | None:
    """An integer below a million in English words ("three hundred and five"), else None."""
    if value != value.to_integral_value() or not 0 < value < 1_000_000:
        return None
    n = int(value)
    if n >= 1000:
        head, rest = divmod(n, 1000)
        head_words = to_words(Decimal(head))
        tail = to_words(Decimal(rest)) if rest else None
        return f"{head_words} thousand" + (f" {tail}" if tail else "")
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        tail = to_words(Decimal(rest)) if rest else None
        return f"{_WORDS_BY_VALUE[hundreds]} hundred" + (f" and {tail}" if tail else "")
    if n in _WORDS_BY_VALUE:
        return _WORDS_BY_VALUE[n]
    tens, ones = divmod(n, 10)
    return f"{_WORDS_BY_VALUE[tens * 10]}-{_WORDS_BY_VALUE[ones]}"


def _render_number(value: Decimal, en: Figure) -> str | None:
    """`value` (a mantissa) written as the translation wrote the original: digits or words."""
    if en.words:
        words = to_words(value)
        if words is None:
            return None
        original = en.number
        return words.capitalize() if original[:1].isupper() else words
    return _format_like(value, en.number)


def _replace(
    pair: Pair, start: int, end: int, new: str, *, kind: str, strategy: str, zh: Figure | None
) -> Injection:
    """Replace en[start:end] with `new` and record it."""
    mutated = pair.en[:start] + new + pair.en[end:]
    return Injection(
        id=f"{pair.id}#{kind}",
        pair_id=pair.id,
        type=kind,
        strategy=strategy,
        phenomena=(),
        en=mutated,
        en_start=start,
        en_end=start + len(new),
        orig_start=start,
        orig_end=end,
        original=pair.en[start:end],
        new=new,
        zh_surface=pair.zh[zh.start : zh.end] if zh else None,
        zh_start=zh.start if zh else None,
        zh_end=zh.end if zh else None,
        delta=len(new) - (end - start),
    )


def _mutate_figure(
    pair: Pair,
    zh: Figure,
    en: Figure,
    core: str,
    *,
    kind: str,
    strategy: str,
    core_start: int,
    core_end: int,
) -> Injection:
    """Rewrite en[core_start:core_end] inside figure `en`; the key spans the whole new figure."""
    start, end = min(en.start, core_start), max(en.end, core_end)
    new_figure = pair.en[start:core_start] + core + pair.en[core_end:end]
    return _replace(pair, start, end, new_figure, kind=kind, strategy=strategy, zh=zh)


def figure_at(text: str, start: int, end: int) -> Figure | None:
    """The eval finder's figure covering [start, end) of an English text, if it reads one there."""
    for figure in find_en_figures(text):
        if figure.start <= start and end <= figure.end and start < end:
            return figure
    return None


def _new_figure(injection: Injection) -> Figure | None:
    return figure_at(injection.en, injection.en_start, injection.en_end)


def _taken_values(pair: Pair) -> set[Decimal]:
    values: set[Decimal] = set()
    for figure in (*find_zh_figures(pair.zh), *find_en_figures(pair.en)):
        values.add(figure.value)
        values.update(p.value for p in figure.parts)
        if figure.high is not None:
            values.add(figure.high)
    return values


# --- magnitude ---------------------------------------------------------------------------------


def mutate_magnitude(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Change an amount by a power of ten the way a translator slips on 万/亿."""
    # Ages, durations and temperatures do not get a 万 wrong; a range has two ends to get wrong.
    spans = {"age", "duration", "temperature"}
    if en.kind not in _AMOUNT_KINDS or {en.kind, zh.kind} & spans or en.high is not None:
        return None
    if en.value < 10 and en.exponent == 0:
        return None
    candidates: list[tuple[str, str, int, int]] = []  # (strategy, new text, start, end)
    if en.scale_span:
        scale_start, scale_end = en.scale_span
        scale = pair.en[scale_start:scale_end]
        if zh.exponent and not en.words:
            # 12亿 → "12 billion", 六千万 → "6,000 million": the Chinese mantissa kept with the
            # English scale word; the slip the project exists for, taken whenever it fits.
            kept = f"{_format_like(zh.mantissa, en.number)} {scale}"
            injection = _mutate_figure(
                pair,
                zh,
                en,
                kept,
                kind="magnitude",
                strategy="mantissa-kept",
                core_start=en.num_start,
                core_end=scale_end,
            )
            if _changed_by_power_of_ten(injection, en):
                return injection
        swaps = {"thousand": "million", "million": "billion", "billion": "million"}
        if scale.lower() in swaps:
            candidates.append(("scale-word", swaps[scale.lower()], scale_start, scale_end))
    mantissa_end = en.scale_span[0] if en.words and en.scale_span else en.num_end
    mantissa_text = pair.en[en.num_start : mantissa_end].strip()
    mantissa = en.mantissa
    # 六千万 → "6 million" for "60 million", 28 → "280": the decimal point lands one place off or a
    # zero is dropped or doubled. A count does not turn into 64,453.7, so without a scale word or
    # a percent sign it shrinks only by a trailing zero.
    for strategy, new in (
        ("decimal-shift-up", mantissa * 10),
        ("decimal-shift-down", mantissa / 10),
    ):
        if strategy == "decimal-shift-down" and not (
            new >= 1 and (en.scale_span or en.unit == "%" or new == new.to_integral_value())
        ):
            continue
        rendered = _render_number(new, replace(en, number=mantissa_text))
        if rendered is not None:
            candidates.append((strategy, rendered, en.num_start, en.num_start + len(mantissa_text)))
    rng.shuffle(candidates)
    for strategy, core, start, end in candidates:
        injection = _mutate_figure(
            pair, zh, en, core, kind="magnitude", strategy=strategy, core_start=start, core_end=end
        )
        if _changed_by_power_of_ten(injection, en):
            return injection
    return None


def _changed_by_power_of_ten(injection: Injection, en: Figure) -> bool:
    new = _new_figure(injection)
    return (
        new is not None
        and new.value != en.value
        and new.unit == en.unit
        and _is_power_of_ten(new.value / en.value)
    )


def has_mantissa_site(zh: Figure, en: Figure) -> bool:
    """Whether a site can carry the 12亿 → "12 billion" slip (a scale on both sides)."""
    return bool(zh.exponent and en.scale_span and en.kind in _AMOUNT_KINDS)


# --- value -------------------------------------------------------------------------------------

_MONTH_NAMES: Final = [m.capitalize() for m in EN_MONTHS if not m.endswith(".")]


def _digit_slip(number: str, rng: Random, *, keep_first: int = 0) -> Iterable[tuple[int, str]]:
    """(position, new number) candidates with one significant digit changed."""
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    if not digits:
        return
    last_nonzero = max((i for i in digits if number[i] != "0"), default=digits[0])
    positions = [i for i in digits[keep_first:] if i <= last_nonzero]
    rng.shuffle(positions)
    for pos in positions:
        first = pos == digits[0] and len(digits) > 1
        choices = [d for d in "0123456789" if d != number[pos] and not (first and d == "0")]
        rng.shuffle(choices)
        for digit in choices:
            yield pos, number[:pos] + digit + number[pos + 1 :]


def _value_of_part(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Dates and clock times: change one part both sides state (a day, a month, a year, an hour)."""
    zh_parts = {p.name for p in zh.parts} | ({"year"} if zh.kind == "year" else set())
    shared = [p for p in en.parts if p.name in zh_parts]
    if en.kind == "year":
        shared = []
    rng.shuffle(shared)
    for part in shared:
        surface = pair.en[part.start : part.end]
        if part.name == "month":
            choices = [m for m in _MONTH_NAMES if EN_MONTHS[m.lower()] != part.value]
            new = rng.choice(choices)
            if surface.endswith("."):
                continue
        elif part.name == "year":
            new = str(int(part.value) + rng.choice((-2, -1, 1)))
        elif part.name == "day":
            day = int(part.value)
            options = [d for d in (day - 2, day - 1, day + 1, day + 2) if 1 <= d <= 28]
            if not options:
                continue
            new = str(rng.choice(options))
        elif part.name == "hour":
            hour = int(part.value)
            shown = int(surface)
            options = [h for h in (shown - 2, shown - 1, shown + 1, shown + 2) if 1 <= h <= 12]
            if hour >= 13 or (":" in pair.en[en.start : en.end] and shown > 12):
                options = [h for h in (shown - 2, shown - 1, shown + 1, shown + 2) if 0 <= h <= 23]
            if not options:
                continue
            new = (
                f"{rng.choice(options):0{len(surface)}d}"
                if surface.startswith("0")
                else str(rng.choice(options))
            )
        elif part.name == "minute":
            minute = int(part.value)
            new = f"{(minute + rng.choice((10, 20, 40))) % 60:02d}"
        else:
            continue
        injection = _mutate_figure(
            pair,
            zh,
            en,
            new,
            kind="value",
            strategy=f"{en.kind}-{part.name}",
            core_start=part.start,
            core_end=part.end,
        )
        new_figure = _new_figure(injection)
        if new_figure is not None and new_figure.kind == en.kind and new_figure.parts != en.parts:
            return injection
    return None


_ORDINAL_WORDS: Final = {v: w for w, v in EN_ORDINALS.items()}
_MULTIPLIER_SWAPS: Final = {
    "twice": "three times",
    "doubled": "tripled",
    "doubling": "tripling",
    "double": "triple",
    "twofold": "threefold",
    "tripled": "doubled",
    "triple": "double",
    "threefold": "twofold",
    "quadrupled": "tripled",
    "fourfold": "threefold",
}


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def mutate_value(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Mistype one significant digit, or state another number (never a power of ten away)."""
    if en.kind in {"date", "clock"}:
        return _value_of_part(pair, zh, en, rng)
    taken = _taken_values(pair)
    if en.kind == "ordinal":
        n = int(en.value)
        options = [m for m in (n - 2, n - 1, n + 1, n + 2) if m >= 3 and Decimal(m) not in taken]
        rng.shuffle(options)
        for m in options:
            if en.words:
                if m not in _ORDINAL_WORDS:
                    continue
                word = _ORDINAL_WORDS[m]
                new = word.capitalize() if en.number[:1].isupper() else word
            else:
                new = f"{m}{_suffix(m)}"
            return _mutate_figure(
                pair,
                zh,
                en,
                new,
                kind="value",
                strategy="ordinal",
                core_start=en.num_start,
                core_end=en.num_end,
            )
        return None
    swap = _MULTIPLIER_SWAPS.get(en.number.lower())
    if en.kind == "multiplier" and swap is not None:
        return _mutate_figure(
            pair,
            zh,
            en,
            swap.capitalize() if en.number[:1].isupper() else swap,
            kind="value",
            strategy="multiplier",
            core_start=en.num_start,
            core_end=en.num_end,
        )
    if en.kind not in _AMOUNT_KINDS | {"year", "multiplier"}:
        return None
    # A range: the slip is in one end; take the high end, which the finder reads as its own part.
    target_start, target_end = en.num_start, en.num_end
    old_value = en.value
    if en.high is not None and len(en.parts) == 2:
        high = en.parts[1]
        target_start, target_end = high.start, high.end
        old_value = en.high
    number = pair.en[target_start:target_end]
    if en.words:
        mantissa_end = en.scale_span[0] if en.scale_span else target_end
        words = pair.en[target_start:mantissa_end].strip()
        from eval.figures import parse_en_words

        base = parse_en_words(words)
        if base is None:
            return None
        steps = [-3, -2, -1, 1, 2, 3]
        rng.shuffle(steps)
        for step in steps:
            new_base = base + step
            if new_base < 2 or _is_power_of_ten(new_base / base):
                continue
            new_value = new_base.scaleb(en.exponent) if en.scale_span else new_base
            rendered = to_words(new_base)
            if rendered is None or new_value in taken:
                continue
            rendered = rendered.capitalize() if words[:1].isupper() else rendered
            return _mutate_figure(
                pair,
                zh,
                en,
                rendered,
                kind="value",
                strategy="word",
                core_start=target_start,
                core_end=target_start + len(words),
            )
        return None
    keep_first = 2 if en.kind == "year" else 0  # 2019 → 2018 or 2009 is a slip; 7019 is not
    for _, new_number in _digit_slip(number, rng, keep_first=keep_first):
        new_value = Decimal(new_number.replace(",", "")).scaleb(en.exponent)
        if new_value in taken or old_value == 0:
            continue
        if _is_power_of_ten(new_value / old_value.scaleb(0)):
            continue
        injection = _mutate_figure(
            pair,
            zh,
            en,
            new_number,
            kind="value",
            strategy="digit",
            core_start=target_start,
            core_end=target_end,
        )
        read = _new_figure(injection)
        changed = read is not None and (read.value, read.high) != (en.value, en.high)
        if changed and read is not None and (read.high is None) == (en.high is None):
            return injection  # a range stays a range
    return None


# --- unit --------------------------------------------------------------------------------------

# canonical unit → (the unit a translator confuses it with, its English words singular/plural)
_UNIT_SLIPS: Final[dict[str, tuple[str, str, str]]] = {
    "km": ("mi", "mile", "miles"),
    "mi": ("km", "kilometer", "kilometers"),
    "m": ("ft", "foot", "feet"),
    "ft": ("m", "meter", "meters"),
    "cm": ("in", "inch", "inches"),
    "mm": ("cm", "centimeter", "centimeters"),
    "m2": ("sqft", "square foot", "square feet"),
    "km2": ("sqmi", "square mile", "square miles"),
    "ha": ("acre", "acre", "acres"),
    "mu": ("ha", "hectare", "hectares"),
    "acre": ("ha", "hectare", "hectares"),
    "L": ("gal", "gallon", "gallons"),
    "m3": ("L", "liter", "liters"),
    "t": ("kg", "kilogram", "kilograms"),
    "kg": ("lb", "pound", "pounds"),
    "jin": ("kg", "kilogram", "kilograms"),
    "degC": ("degF", "degree Fahrenheit", "degrees Fahrenheit"),
    "degF": ("degC", "degree Celsius", "degrees Celsius"),
    "%": ("pp", "percentage point", "percentage points"),
    "pp": ("%", "percent", "percent"),
    "year": ("month", "month", "months"),
    "month": ("year", "year", "years"),
    "week": ("month", "month", "months"),
    "day": ("week", "week", "weeks"),
    "hour": ("minute", "minute", "minutes"),
    "CNY": ("USD", "US dollar", "US dollars"),
    "USD": ("CNY", "yuan", "yuan"),
    "EUR": ("USD", "US dollar", "US dollars"),
    "HKD": ("CNY", "yuan", "yuan"),
    "GBP": ("USD", "US dollar", "US dollars"),
    "JPY": ("CNY", "yuan", "yuan"),
    "TWD": ("USD", "US dollar", "US dollars"),
}


def mutate_unit(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """The same number with another unit of the same dimension (km → miles, yuan → dollars)."""
    if en.unit is None or zh.unit != en.unit or en.unit not in _UNIT_SLIPS or en.kind == "age":
        return None
    target, singular, plural = _UNIT_SLIPS[en.unit]
    number_end = en.scale_span[1] if en.scale_span else en.num_end
    number = pair.en[en.num_start : number_end]
    core_start = en.cur_span[0] if en.cur_span else en.num_start
    core_end = en.unit_span[1] if en.unit_span else number_end
    words = singular if en.value == 1 and not en.scale_span and en.high is None else plural
    if target == "USD" and rng.random() < 0.5:
        core = f"${number}"  # both ways English writes dollars, so neither is the only one tested
    elif target == "%" and not en.words and rng.random() < 0.5:
        core = f"{number}%"
    else:
        core = f"{number} {words}"
    injection = _mutate_figure(
        pair,
        zh,
        en,
        core,
        kind="unit",
        strategy=f"{en.unit}-to-{target}",
        core_start=core_start,
        core_end=core_end,
    )
    new = _new_figure(injection)
    if new is None or new.unit == en.unit or new.value != en.value:
        return None
    return injection


# --- qualifier ---------------------------------------------------------------------------------

_OPPOSITES: Final[dict[str, tuple[str, ...]]] = {
    "over": ("nearly", "less than", "almost"),
    "under": ("over", "more than"),
    # 约/左右 is near the figure on both sides; "more than" is not (issue: hedges as intervals),
    # while "nearly" is close enough to "about" that a reader would not call it a slip.
    "about": ("more than", "over"),
}
_ARTICLE_BEFORE_RE: Final = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
_OPEN_ENDED_AFTER_RE: Final = re.compile(r"^(?:\s*\+|\s+or\s+(?:more|less|so)\b|\s+plus\b)")


def mutate_qualifier(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Turn the hedge of 多/余/近/约 to its opposite, drop it, or insert the opposite one."""
    if en.kind not in _AMOUNT_KINDS or zh.approx not in _OPPOSITES or en.high is not None:
        return None
    if _OPEN_ENDED_AFTER_RE.match(pair.en[en.end :]):
        return None
    if en.approx not in ("exact", zh.approx):
        return None  # the translation already says something else; leave it alone
    options: list[str] = []
    if en.qual_span:
        options.append("turn")
        if zh.approx in ("over", "under"):
            options.append("drop")
    elif not _ARTICLE_BEFORE_RE.search(pair.en[: en.start]):  # "the over 500 species" is noise
        options.append("insert")
    if not options:
        return None
    strategy = rng.choice(options)
    if strategy == "drop":
        assert en.qual_span is not None
        end = en.qual_span[1]
        while end < len(pair.en) and pair.en[end] == " ":
            end += 1
        rest = pair.en[end : en.end]
        if pair.en[en.start].isupper():  # "More than three hundred came" → "Three hundred came"
            rest = rest[:1].upper() + rest[1:]
        return _replace(pair, en.start, en.end, rest, kind="qualifier", strategy="drop", zh=zh)
    word = rng.choice(_OPPOSITES[zh.approx])
    if strategy == "turn":
        assert en.qual_span is not None
        old = pair.en[en.qual_span[0] : en.qual_span[1]]
        word = word.capitalize() if old[0].isupper() else word
        return _mutate_figure(
            pair,
            zh,
            en,
            word,
            kind="qualifier",
            strategy="turn",
            core_start=en.qual_span[0],
            core_end=en.qual_span[1],
        )
    sentence_start = en.start == 0 or re.search(r"[.!?]\s+$", pair.en[: en.start]) is not None
    word = word.capitalize() if sentence_start else word
    lowered = pair.en[en.start : en.start + 1]
    if sentence_start and lowered.isupper() and en.words:
        # "Three hundred" → "Nearly three hundred"
        return _replace(
            pair,
            en.start,
            en.end,
            f"{word} {lowered.lower()}{pair.en[en.start + 1 : en.end]}",
            kind="qualifier",
            strategy="insert",
            zh=zh,
        )
    return _mutate_figure(
        pair,
        zh,
        en,
        f"{word} ",
        kind="qualifier",
        strategy="insert",
        core_start=en.start,
        core_end=en.start,
    )


# --- omission ----------------------------------------------------------------------------------

_PREPOSITION_BEFORE_RE: Final = re.compile(
    r"\s(?:of|by|to|at|with|totaling|totalling|worth|reaching)\s$", re.IGNORECASE
)
_TIME_PREPOSITION_BEFORE_RE: Final = re.compile(r"\s(?:in|since|during|until|by|on|at)\s$")
_PHRASE_END_RE: Final = re.compile(
    r"^(?:[,.;:)!?]|\s+(?:for|in|from|and|as|compared|year|on|at|over|since|during|last|this|"
    r"with|while|when|after|before|due|because|but)\b|$)"
)
_CLAUSE_SEPARATOR_RE: Final = re.compile(r"[,;]\s+")
_WORD_BEFORE_RE: Final = re.compile(r"([\w’']+)[,]?$")
_NEEDS_COMPLEMENT: Final = frozenset({"starting", "beginning", "began", "begun", "started"})
_INSERTED_CLAUSE_RE: Final = re.compile(r"(?:which|who|whose|where|including|of which)\b")
_SENTENCE_BREAK_RE: Final = re.compile(r"[.!?][\"'”’]?\s+\S")


def _only_figure(text: str, start: int, end: int, figure: Figure) -> bool:
    """Whether text[start:end] holds no numeric content besides `figure`."""
    rest = text[start : figure.start] + " " + text[figure.end : end]
    return _EN_NUMBER_WORD_RE.search(rest) is None


def _cut(
    pair: Pair, zh: Figure, start: int, end: int, strategy: str, *, capitalize: bool = False
) -> Injection:
    injection = _replace(pair, start, end, "", kind="omission", strategy=strategy, zh=zh)
    tail = pair.en[end:]
    if capitalize and tail:
        # The clause that opened the sentence is gone; the next one now opens it.
        return replace(injection, en=pair.en[:start] + tail[0].upper() + tail[1:])
    return injection


def mutate_omission(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Drop the phrase or clause that holds the figure, keeping the sentence grammatical."""
    del rng  # the smallest grammatical cut is taken, so nothing is random here
    text = pair.en
    if en.kind in {"ordinal", "name", "multiplier"}:
        return None
    before, after = text[: en.start], text[en.end :]
    figure_end = en.end
    if text[en.start : en.end].endswith(".") and not after.strip():
        figure_end, after = en.end - 1, "."  # "met at 3 p.m." → "met.": the period stays
    # 1. "rose by 5 percent." → "rose."; "on July 26, ..." → "..."
    prep = _PREPOSITION_BEFORE_RE.search(before)
    if prep is None and en.kind in {"year", "date", "clock"}:
        prep = _TIME_PREPOSITION_BEFORE_RE.search(before)
    head = _WORD_BEFORE_RE.search(before[: prep.start()]) if prep else None
    # "Starting in 2010, ..." and "Born in 1974, ..." lose their sense without the year.
    if (
        prep
        and head
        and head.group(1)[0].islower()
        and head.group(1).lower() not in _NEEDS_COMPLEMENT
        and _PHRASE_END_RE.match(after)
        and _only_figure(text, prep.start(), en.end, en)
    ):
        end = figure_end
        # "However, since 1997, as ..." → "However, as ...", not "However,, as ..."
        if after.startswith(",") and re.search(r"(?:,|\b(?:and|but|or))$", before[: prep.start()]):
            end += 1
        return _cut(pair, zh, prep.start(), end, "phrase")
    # 2. "... cases (61 of them imported)" → "... cases"
    open_at, close_at = before.rfind("("), text.find(")", en.end)
    if open_at != -1 and close_at != -1 and "(" not in text[open_at + 1 : en.start]:
        start = open_at - 1 if open_at > 0 and text[open_at - 1] == " " else open_at
        if _only_figure(text, start, close_at + 1, en):
            return _cut(pair, zh, start, close_at + 1, "parenthesis")
    # 3. the comma- or semicolon-delimited clause holding the figure, with one separator
    body_end = len(text) - len(m.group()) if (m := _TRAILING_PUNCT_RE.search(text)) else len(text)
    seps = list(_CLAUSE_SEPARATOR_RE.finditer(text[:body_end]))
    chunk_start, chunk_end, sep_before, sep_after = 0, body_end, None, None
    for sep in seps:
        if sep.end() <= en.start:
            chunk_start, sep_before = sep.end(), sep
        elif sep.start() >= en.end and sep_after is None:
            chunk_end, sep_after = sep.start(), sep
    if (sep_before is None and sep_after is None) or (chunk_end - chunk_start) > 0.6 * body_end:
        return None
    if not _only_figure(text, chunk_start, chunk_end, en):
        return None
    if _SENTENCE_BREAK_RE.search(text[chunk_start:chunk_end]):  # a cut stays inside one sentence
        return None
    if sep_before is not None:
        end = chunk_end
        # "The plant, which has 704 workers, is ..." → "The plant is ...": an inserted clause
        # takes both of its commas with it.
        if sep_after is not None and _INSERTED_CLAUSE_RE.match(text[chunk_start:chunk_end]):
            end = sep_after.start() + 1
        return _cut(pair, zh, sep_before.start(), end, "clause")
    assert sep_after is not None
    return _cut(pair, zh, chunk_start, sep_after.end(), "clause", capitalize=True)


# --- addition ----------------------------------------------------------------------------------

# {p} a percent with one decimal, {n} a mantissa of millions, {d} a day of the month, {w} a count
# in words: each template adds a figure of another phenomenon.
_ADDITIONS: Final = (
    ", up {p} percent from a year earlier",
    ", an increase of {p} percent year on year",
    ", or {p} percent of the total",
    ", worth {n} million yuan in total",
    ", according to figures released on {month} {d}",
    ", involving {w} people",
)


def mutate_addition(pair: Pair, rng: Random) -> Injection | None:
    """Append a figure phrase the original lacks (", up 12.4 percent from a year earlier")."""
    end = _TRAILING_PUNCT_RE.search(pair.en)
    if end is None or not re.search(r"[\w)]$", pair.en[: end.start()]):
        return None
    taken = _taken_values(pair)
    template = rng.choice(_ADDITIONS)
    # A decimal with a non-zero tenth cannot coincide with a Chinese numeral the finder misses.
    while True:
        p = Decimal(rng.randrange(21, 300)) / 10
        if p % 1 and p not in taken and str(p) not in pair.zh and str(p) not in pair.en:
            break
    n = Decimal(rng.randrange(13, 98)) / 10
    while n % 1 == 0 or n.scaleb(6) in taken:
        n = Decimal(rng.randrange(13, 98)) / 10
    w = rng.choice([v for v in range(23, 99) if v % 10 and Decimal(v) not in taken])
    month = rng.choice(_MONTH_NAMES)
    zh_months = {p.value for f in find_zh_figures(pair.zh) for p in f.parts if p.name == "month"}
    if EN_MONTHS[month.lower()] in zh_months:
        return None
    d = rng.choice([v for v in range(2, 29) if Decimal(v) not in taken])
    phrase = template.format(p=p, n=n, d=d, w=to_words(Decimal(w)), month=month)
    injection = _replace(
        pair, end.start(), end.start(), phrase, kind="addition", strategy="appended", zh=None
    )
    # The key points at the phrase itself, not at the comma that joins it.
    lead = len(phrase) - len(phrase.lstrip(", "))
    injection = replace(injection, en_start=injection.en_start + lead, new=phrase[lead:])
    added = [
        f
        for f in find_en_figures(injection.en)
        if injection.en_start <= f.start and f.end <= injection.en_end
    ]
    if len(added) != 1:
        return None
    return replace(injection, phenomena=added[0].phenomena)


# --- the plan ----------------------------------------------------------------------------------

FigureMutator = Callable[[Pair, Figure, Figure, Random], Injection | None]
FIGURE_MUTATORS: Final[dict[str, FigureMutator]] = {
    "magnitude": mutate_magnitude,
    "value": mutate_value,
    "unit": mutate_unit,
    "qualifier": mutate_qualifier,
    "omission": mutate_omission,
}


def _with_phenomena(injection: Injection, zh: Figure, en: Figure) -> Injection:
    return replace(injection, phenomena=tuple(dict.fromkeys((*zh.phenomena, *en.phenomena))))


def candidates(pair: Pair, kind: str, rng: Random) -> list[Injection]:
    """Every injection of type `kind` this pair can carry (at most one per site)."""
    if kind == "addition":
        injection = mutate_addition(pair, rng)
        return [injection] if injection is not None else []
    found = []
    sites = align_figures(find_zh_figures(pair.zh), find_en_figures(pair.en))
    for zh, en in sites:
        injection = FIGURE_MUTATORS[kind](pair, zh, en, rng)
        if injection is not None:
            found.append(_with_phenomena(injection, zh, en))
    return found


def inject(pair: Pair, kind: str, rng: Random) -> Injection | None:
    """One error of type `kind` in `pair`, at a random usable site, or None if it has none."""
    found = candidates(pair, kind, rng)
    if not found:
        return None
    if kind == "magnitude":
        kept = [i for i in found if i.strategy == "mantissa-kept"]
        found = kept or found
    return rng.choice(found)


@dataclass(frozen=True, slots=True)
class Plan:
    """Which pairs are the clean controls and which mutated records carry which error."""

    seed: int
    clean: tuple[Pair, ...]  # every pair, untouched
    injections: tuple[Injection, ...]
    originals: tuple[Pair, ...]  # the untouched pair behind each injection, same order


def plan_corpus(pairs: Iterable[Pair], *, seed: int, per_type: int) -> Plan:
    """Up to `per_type` mutated records of each finding type, spread over the phenomena.

    Each pair can carry each type once (in its own mutated record). Within a type the sites are
    chosen greedily: the next one is the candidate whose rarest phenomenon has been chosen least
    so far (ties in a seeded random order), so scarce phenomena (money in 块, temperatures,
    multipliers, ranges) are all used before common ones (digits, counts) fill the quota.
    """
    rng = Random(seed)
    pool = sorted(pairs, key=lambda p: p.id)
    order = list(pool)
    rng.shuffle(order)
    by_id = {p.id: p for p in pool}
    chosen: list[Injection] = []
    for kind in FINDING_TYPES:
        options: list[Injection] = []
        for pair in order:
            found = candidates(pair, kind, rng)
            rng.shuffle(found)
            options.extend(found)
        counts: Counter[str] = Counter()
        used_pairs: set[str] = set()
        picked = 0
        while picked < per_type:
            best: Injection | None = None
            best_score: tuple[int, int] | None = None
            for position, option in enumerate(options):
                if option.pair_id in used_pairs:
                    continue
                score = (
                    min(counts[p] for p in option.phenomena) if option.phenomena else 0,
                    position,
                )
                if best_score is None or score < best_score:
                    best, best_score = option, score
            if best is None:
                break
            chosen.append(best)
            used_pairs.add(best.pair_id)
            counts.update(best.phenomena)
            picked += 1
    injections = tuple(sorted(chosen, key=lambda i: (FINDING_TYPES.index(i.type), i.pair_id)))
    return Plan(
        seed=seed,
        clean=tuple(pool),
        injections=injections,
        originals=tuple(by_id[i.pair_id] for i in injections),
    )


def count_by_type(injections: Sequence[Injection]) -> dict[str, int]:
    """How many injections of each finding type, in the contract's order."""
    return {t: sum(1 for i in injections if i.type == t) for t in FINDING_TYPES}


def count_by_phenomenon(injections: Sequence[Injection]) -> dict[str, int]:
    """How many injections show each phenomenon, in the report's order."""
    return {p: sum(1 for i in injections if p in i.phenomena) for p in PHENOMENA}
