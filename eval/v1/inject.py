"""Error injection: real pairs in, pairs with exactly one known error in the English out.

Input: zh/en pairs. Output: `Injection`s (the mutated English plus its answer-key entry) and a
`Plan` (which pairs are clean controls, which carry which error). Every mutation imitates a slip
a translator actually makes (the 亿 mantissa kept as billions, one digit mistyped, dollars for
yuan, "nearly" for 多, a figure phrase dropped or invented) and touches only a figure whose
counterpart the eval's own finder (`eval.figures`) sees in the Chinese. Everything random goes
through one `random.Random(seed)`, and nothing iterates over a set, so one seed gives one plan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from random import Random
from typing import Final

from eval.v1.figures import Figure, align_figures, find_en_figures, find_zh_figures

FINDING_TYPES: Final = ("magnitude", "value", "unit", "qualifier", "omission", "addition")


@dataclass(frozen=True, slots=True)
class Pair:
    """One corpus record: the only fields the eval reads."""

    id: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Injection:
    """One injected error and its answer-key entry.

    `en_start`/`en_end` is the span of the new text in the mutated English (empty, at the cut,
    for an omission); `orig_start`/`orig_end` is the span it replaced in the original English,
    which is what lets findings of the unmutated run be moved onto the mutated text.
    """

    id: str
    type: str
    strategy: str
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
    r"percent)\b",
    re.IGNORECASE,
)
_TRAILING_PUNCT_RE: Final = re.compile(r"[.!?][\"'”’)]*\s*$")


def _is_power_of_ten(ratio: Decimal) -> bool:
    return ratio.normalize().as_tuple().digits == (1,)


def _format_like(value: Decimal, template: str) -> str:
    """`value` written the way `template` writes numbers (thousands commas or not)."""
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    # English groups thousands ("3,000 million") unless the translator visibly did not ("1339").
    ungrouped = "," not in template and len(template.partition(".")[0]) >= 4
    if len(whole) >= 4 and not ungrouped:
        whole = f"{int(whole):,}"
    return f"{whole}.{frac}" if frac else whole


def _replace(
    pair: Pair, start: int, end: int, new: str, *, kind: str, strategy: str, zh: Figure | None
) -> Injection:
    """Replace en[start:end] with `new` and record it."""
    mutated = pair.en[:start] + new + pair.en[end:]
    return Injection(
        id=pair.id,
        type=kind,
        strategy=strategy,
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
    new_figure = pair.en[en.start : core_start] + core + pair.en[core_end : en.end]
    return _replace(pair, en.start, en.end, new_figure, kind=kind, strategy=strategy, zh=zh)


def mutate_magnitude(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Change the figure by a power of ten the way a translator slips on 万/亿."""
    if en.kind != "quantity" or (en.value < 10 and en.exponent == 0):
        return None
    candidates: list[tuple[str, str, int, int]] = []  # (strategy, new text, start, end)
    if en.scale_span:
        scale_start, scale_end = en.scale_span
        scale = pair.en[scale_start:scale_end]
        if zh.exponent:
            # 12亿 → "12 billion": the Chinese mantissa kept with the English scale word. It is
            # the slip the project exists for, so it is taken whenever the site allows it.
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
    # 3000万 → "300 million", 28 → "280": the decimal point lands one place off or a zero is
    # dropped or doubled. A count does not turn into 64,453.7, so without a scale word or a
    # percent sign the number shrinks only by a trailing zero.
    up = en.mantissa * 10
    candidates.append(("decimal-shift-up", _format_like(up, en.number), en.num_start, en.num_end))
    down = en.mantissa / 10
    if down >= 1 and (en.scale_span or en.unit == "%" or down == down.to_integral_value()):
        candidates.append(
            ("decimal-shift-down", _format_like(down, en.number), en.num_start, en.num_end)
        )
    rng.shuffle(candidates)
    for strategy, core, start, end in candidates:
        injection = _mutate_figure(
            pair, zh, en, core, kind="magnitude", strategy=strategy, core_start=start, core_end=end
        )
        if _changed_by_power_of_ten(injection, en):
            return injection
    return None


def _changed_by_power_of_ten(injection: Injection, en: Figure) -> bool:
    new_value = _figure_value(injection)
    return (
        new_value is not None and new_value != en.value and _is_power_of_ten(new_value / en.value)
    )


def has_mantissa_site(zh: Figure, en: Figure) -> bool:
    """Whether a site can carry the 12亿 → "12 billion" slip (a scale on both sides)."""
    return bool(zh.exponent and en.scale_span and en.kind == "quantity")


def _figure_value(injection: Injection) -> Decimal | None:
    """The value the eval's finder reads at the injected span (checks a mutation did its job)."""
    for figure in find_en_figures(injection.en):
        if figure.start == injection.en_start and figure.end == injection.en_end:
            return figure.value
    return None


def mutate_value(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Mistype one significant digit (never a change by a power of ten)."""
    if en.kind not in {"quantity", "year", "duration"}:
        return None
    digits = [i for i, ch in enumerate(en.number) if ch.isdigit()]
    last_nonzero = max((i for i in digits if en.number[i] != "0"), default=digits[0])
    positions = [i for i in digits if i <= last_nonzero]
    if en.kind == "year":  # 2019 → 2018 or 2009 is a slip; 2019 → 7019 is not
        positions = [i for i in positions if i >= 2]
    rng.shuffle(positions)
    taken = {f.value for f in find_zh_figures(pair.zh)} | {
        f.value for f in find_en_figures(pair.en)
    }
    for pos in positions:
        first = pos == digits[0] and len(digits) > 1
        choices = [d for d in "0123456789" if d != en.number[pos] and not (first and d == "0")]
        digit = rng.choice(choices)
        number = en.number[:pos] + digit + en.number[pos + 1 :]
        new_value = Decimal(number.replace(",", "")).scaleb(en.exponent)
        # Landing on another figure of the pair would look like a correct restatement of it.
        if new_value in taken or _is_power_of_ten(new_value / en.value):
            continue
        return _mutate_figure(
            pair,
            zh,
            en,
            number,
            kind="value",
            strategy="digit",
            core_start=en.num_start,
            core_end=en.num_end,
        )
    return None


_CURRENCY_SWAPS: Final[dict[str, str]] = {
    "USD": "CNY",
    "CNY": "USD",
    "EUR": "USD",
    "HKD": "CNY",
    "GBP": "USD",
}


def mutate_unit(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Swap the currency (dollars↔yuan) or percent↔percentage points, keeping the number."""
    if en.kind != "quantity" or zh.unit != en.unit or en.unit is None:
        return None
    number = pair.en[en.num_start : en.scale_span[1] if en.scale_span else en.num_end]
    core_start = en.cur_span[0] if en.cur_span else en.num_start
    core_end = en.unit_span[1] if en.unit_span else (en.scale_span or (0, en.num_end))[1]
    if en.unit == "%":
        core, strategy = f"{number} percentage points", "percent-to-points"
    elif en.unit == "pp":
        core, strategy = f"{number} percent", "points-to-percent"
    elif en.unit in _CURRENCY_SWAPS:
        target = _CURRENCY_SWAPS[en.unit]
        if target == "USD":
            # Both ways an English text writes dollars, so neither is the only one tested.
            core = f"${number}" if rng.random() < 0.5 else f"{number} US dollars"
        else:
            core = f"{number} yuan"
        strategy = f"{en.unit}-to-{target}"
    else:
        return None
    return _mutate_figure(
        pair, zh, en, core, kind="unit", strategy=strategy, core_start=core_start, core_end=core_end
    )


_OPPOSITES: Final[dict[str, tuple[str, ...]]] = {
    "over": ("nearly", "less than"),
    "under": ("over", "more than"),
}
_ARTICLE_BEFORE_RE: Final = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
_OPEN_ENDED_AFTER_RE: Final = re.compile(r"^(?:\s*\+|\s+or\s+(?:more|less|so)\b|\s+plus\b)")


def mutate_qualifier(pair: Pair, zh: Figure, en: Figure, rng: Random) -> Injection | None:
    """Give the figure the qualifier opposite to the Chinese one (多 → "nearly", 近 → "over")."""
    if en.kind != "quantity" or zh.approx not in _OPPOSITES:
        return None
    if en.approx == _opposite_direction(zh.approx):  # the translation already contradicts it
        return None
    if _OPEN_ENDED_AFTER_RE.match(pair.en[en.end :]):
        return None
    word = rng.choice(_OPPOSITES[zh.approx])
    if en.qual_span:
        old = pair.en[en.qual_span[0] : en.qual_span[1]]
        word = word.capitalize() if old[0].isupper() else word
        return _mutate_figure(
            pair,
            zh,
            en,
            word,
            kind="qualifier",
            strategy="replace",
            core_start=en.qual_span[0],
            core_end=en.qual_span[1],
        )
    if _ARTICLE_BEFORE_RE.search(pair.en[: en.start]):  # "the over 500 species" reads as noise
        return None
    sentence_start = en.start == 0 or re.search(r"[.!?]\s+$", pair.en[: en.start]) is not None
    word = word.capitalize() if sentence_start else word
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


def _opposite_direction(approx: str) -> str:
    return {"over": "under", "under": "over"}.get(approx, "")


_PREPOSITION_BEFORE_RE: Final = re.compile(
    r"\s(?:of|by|to|at|with|totaling|totalling|worth|reaching)\s$", re.IGNORECASE
)
_YEAR_PREPOSITION_BEFORE_RE: Final = re.compile(r"\s(?:in|since|during|until|by)\s$")
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
    if en.kind not in {"quantity", "year", "duration"}:
        return None
    before, after = text[: en.start], text[en.end :]
    # 1. "rose by 5 percent." → "rose."; "a force of 61,000 for villages" → "a force for villages"
    prep = _PREPOSITION_BEFORE_RE.search(before)
    if prep is None and en.kind == "year":
        prep = _YEAR_PREPOSITION_BEFORE_RE.search(before)
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
        end = en.end
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


_ADDITIONS: Final = (
    ", up {p} percent from a year earlier",
    ", an increase of {p} percent year on year",
    ", down {p} percent from the previous year",
    ", or {p} percent of the total",
)


def mutate_addition(pair: Pair, rng: Random) -> Injection | None:
    """Append a figure phrase the original lacks (", up 12.4 percent from a year earlier")."""
    end = _TRAILING_PUNCT_RE.search(pair.en)
    if end is None or not re.search(r"[\w)]$", pair.en[: end.start()]):
        return None
    taken = {f.value for f in find_zh_figures(pair.zh)} | {
        f.value for f in find_en_figures(pair.en)
    }
    # A decimal with a non-zero tenth cannot coincide with a Chinese numeral the finder misses.
    while True:
        p = Decimal(rng.randrange(21, 300)) / 10
        if p % 1 and p not in taken and str(p) not in pair.zh and str(p) not in pair.en:
            break
    phrase = rng.choice(_ADDITIONS).format(p=p)
    injection = _replace(
        pair, end.start(), end.start(), phrase, kind="addition", strategy="appended", zh=None
    )
    # The key points at the phrase itself, not at the comma that joins it.
    lead = len(phrase) - len(phrase.lstrip(", "))
    return replace(injection, en_start=injection.en_start + lead, new=phrase[lead:])


FigureMutator = Callable[[Pair, Figure, Figure, Random], Injection | None]
FIGURE_MUTATORS: Final[dict[str, FigureMutator]] = {
    "magnitude": mutate_magnitude,
    "value": mutate_value,
    "unit": mutate_unit,
    "qualifier": mutate_qualifier,
    "omission": mutate_omission,
}


def inject(pair: Pair, kind: str, rng: Random) -> Injection | None:
    """One error of type `kind` in `pair`, at a random usable site, or None if it has none."""
    if kind == "addition":
        return mutate_addition(pair, rng)
    sites = align_figures(find_zh_figures(pair.zh), find_en_figures(pair.en))
    rng.shuffle(sites)
    if kind == "magnitude":
        sites.sort(key=lambda site: not has_mantissa_site(*site))  # stable: still shuffled within
    for zh, en in sites:
        injection = FIGURE_MUTATORS[kind](pair, zh, en, rng)
        if injection is not None:
            return injection
    return None


def _has_mantissa_site(pair: Pair) -> bool:
    sites = align_figures(find_zh_figures(pair.zh), find_en_figures(pair.en))
    return any(has_mantissa_site(zh, en) for zh, en in sites)


# Scarce types choose first, so the common ones do not use up the few pairs that can carry them.
_ASSIGNMENT_ORDER: Final = ("qualifier", "unit", "magnitude", "omission", "value", "addition")


@dataclass(frozen=True, slots=True)
class Plan:
    """Which pairs stay clean and which carry which injected error."""

    seed: int
    clean: tuple[Pair, ...]
    injections: tuple[Injection, ...]
    originals: tuple[Pair, ...]  # the unmutated pairs behind `injections`, same order


def plan_corpus(pairs: Iterable[Pair], *, seed: int, per_type: int, clean: int) -> Plan:
    """Draw clean controls at random, then up to `per_type` mutated pairs of each finding type."""
    rng = Random(seed)
    pool = sorted(pairs, key=lambda p: p.id)
    rng.shuffle(pool)
    controls, rest = pool[:clean], pool[clean:]
    chosen: dict[str, Injection] = {}
    # Only pairs with a 万/亿 ↔ million/billion site can carry the mantissa slip, and they are
    # few: magnitude tries them first, the types that choose before it try them last.
    precious = {p.id for p in rest if _has_mantissa_site(p)}
    for kind in _ASSIGNMENT_ORDER:
        count = 0
        order = rest
        if kind == "magnitude":
            order = sorted(rest, key=lambda p: p.id not in precious)  # stable sort
        elif _ASSIGNMENT_ORDER.index(kind) < _ASSIGNMENT_ORDER.index("magnitude"):
            order = sorted(rest, key=lambda p: p.id in precious)
        for pair in order:
            if count == per_type:
                break
            if pair.id in chosen:
                continue
            injection = inject(pair, kind, rng)
            if injection is not None:
                chosen[pair.id] = injection
                count += 1
    by_id = {p.id: p for p in rest}
    injections = tuple(sorted(chosen.values(), key=lambda i: (FINDING_TYPES.index(i.type), i.id)))
    return Plan(
        seed=seed,
        clean=tuple(sorted(controls, key=lambda p: p.id)),
        injections=injections,
        originals=tuple(by_id[i.id] for i in injections),
    )


def count_by_type(injections: Sequence[Injection]) -> dict[str, int]:
    """How many injections of each finding type, in the contract's order."""
    return {t: sum(1 for i in injections if i.type == t) for t in FINDING_TYPES}
