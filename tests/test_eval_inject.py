"""Tests of the eval's injector (`eval/inject.py`).

Every sentence here is written by us for the slip under test; none comes from the dev corpus or the
seeds. The injector must do what its answer key says: the mutated figure really differs from the
original in the way its type claims (read back with the eval's own finder), the English stays well
formed, and the key's offsets point at the new text and at the Chinese counterpart.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path
from random import Random

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from eval import inject
from eval.figures import Figure, find_en_figures, find_zh_figures

Pair = inject.Pair

# (zh, en) pairs with a usable site for each finding type, written for these tests.
MAGNITUDE_CASES = [
    pytest.param("出口额达12亿美元。", "Exports reached $1.2 billion.", id="yi-billion"),
    pytest.param("他们筹得六千万元。", "They raised 60 million yuan.", id="numeral-wan"),
    pytest.param("工厂有704名工人。", "The plant has 704 workers.", id="count"),
    pytest.param("该湖面积为3.5万公顷。", "The lake covers 35,000 hectares.", id="area"),
    pytest.param("村里种了三百棵树。", "The village planted three hundred trees.", id="words"),
    pytest.param("产量增长了１５％。", "Output grew by 15%.", id="fullwidth-percent"),
]
VALUE_CASES = [
    pytest.param("共有2,345人参加。", "A total of 2,345 people took part.", id="digits"),
    pytest.param("2019年产量上升。", "Output rose in 2019.", id="year"),
    pytest.param("工程于7月9日开工。", "Work began on July 9.", id="date-day"),
    pytest.param("会议在下午3点开始。", "The meeting began at 3 p.m.", id="clock"),
    pytest.param("这是第十七届大会。", "It is the 17th congress.", id="ordinal"),
    pytest.param("村里有三十七户人家。", "The village has thirty-seven households.", id="words"),
    pytest.param("工期为3至5年。", "The work takes 3 to 5 years.", id="range"),
    pytest.param("收入增长了3倍。", "Income grew three times.", id="multiplier"),
]
UNIT_CASES = [
    pytest.param("全长12公里。", "It is 12 kilometers long.", "12 miles", id="km-miles"),
    pytest.param("河宽35米。", "The river is 35 meters wide.", "35 feet", id="m-feet"),
    pytest.param("运走了45吨垃圾。", "They removed 45 tons of waste.", "45 kilograms", id="t-kg"),
    pytest.param(
        "最高气温31℃。",
        "The high was 31 degrees Celsius.",
        "31 degrees Fahrenheit",
        id="temperature",
    ),
    pytest.param("林地800公顷。", "The forest covers 800 hectares.", "800 acres", id="ha-acres"),
    pytest.param(
        "水库蓄水6万立方米。",
        "The reservoir holds 60,000 cubic meters.",
        "60,000 liters",
        id="volume",
    ),
    pytest.param(
        "利润增长了3.5%。", "Profit grew by 3.5 percent.", "3.5 percentage points", id="percent"
    ),
    pytest.param("他们用了3个月。", "They took 3 months.", "3 years", id="duration"),
]
# The currency slip is written either way English writes dollars: both are checked by reading.
CURRENCY_CASES = [
    pytest.param("他们投资了5万元。", "They invested 50,000 yuan.", "USD", id="yuan-dollars"),
    pytest.param("罚款500欧元。", "The fine is 500 euros.", "USD", id="euro-dollars"),
    pytest.param("出口额达12亿美元。", "Exports reached $1.2 billion.", "CNY", id="dollars-yuan"),
]
QUALIFIER_CASES = [
    pytest.param("近300人到场。", "Nearly 300 people came.", id="nearly"),
    pytest.param("这里有500余种鸟类。", "There are more than 500 bird species here.", id="yu"),
    pytest.param("近2000名志愿者参与。", "2,000 volunteers took part.", id="jin-exact"),
    pytest.param("超过40架飞机参加。", "Over 40 aircraft took part.", id="chaoguo"),
    pytest.param("约60名学生参加。", "About 60 students took part.", id="yue"),
    pytest.param("他们运来了1000多斤粮食。", "They brought over 1,000 jin of grain.", id="duo-jin"),
    pytest.param("三百多人到场。", "More than three hundred people came.", id="words-opening"),
]
OMISSION_CASES = [
    pytest.param("销售额增长了12%。", "Sales rose by 12 percent.", "Sales rose.", id="phrase"),
    pytest.param(
        "2019年，该厂投产。", "In 2019, the plant opened.", "The plant opened.", id="opening-clause"
    ),
    pytest.param(
        "该厂有704名工人，位于北京。",
        "The plant, which has 704 workers, is in Beijing.",
        "The plant is in Beijing.",
        id="inserted-clause",
    ),
    pytest.param(
        "共有5例（其中3例为境外输入）。",
        "There were 5 cases (3 of them imported).",
        "There were 5 cases.",
        id="parenthesis",
    ),
    pytest.param("7月9日，工程开工。", "On July 9, work began.", "Work began.", id="date-clause"),
    pytest.param("他们在下午3点见面。", "They met at 3 p.m.", "They met.", id="clock-phrase"),
]
ADDITION_CASES = [
    pytest.param("工厂于2019年投产。", "The plant opened in 2019.", id="with-figure"),
    pytest.param("他们种了树。", "They planted trees.", id="no-figure"),
    pytest.param("“我们很高兴，”他说。", "“We are happy,” he said.", id="quote"),
]
ALL_CASES = [
    pytest.param(kind, *case.values[:2], id=f"{kind}-{case.id}")
    for kind, cases in (
        ("magnitude", MAGNITUDE_CASES),
        ("value", VALUE_CASES),
        ("unit", UNIT_CASES),
        ("qualifier", QUALIFIER_CASES),
        ("omission", OMISSION_CASES),
        ("addition", ADDITION_CASES),
    )
    for case in cases
]

# Pairs where a type has no usable site: the injector must decline rather than invent one.
NO_SITE_CASES = [
    pytest.param("magnitude", "他们种了树。", "They planted trees.", id="no-figure"),
    pytest.param("magnitude", "一架波音737飞机", "a Boeing 737 aircraft", id="model-number"),
    pytest.param("magnitude", "今年41岁", "He is 41 years old.", id="age"),
    pytest.param("value", "有300人", "There were 400 people.", id="no-counterpart"),
    pytest.param("value", "他第一次来", "He came for the first time.", id="lexical-ordinal"),
    pytest.param("unit", "有300人", "There were 300 people.", id="no-unit"),
    pytest.param("unit", "长12公里", "It is 12 long.", id="unit-left-implicit"),
    pytest.param("qualifier", "有300人", "There were 300 people.", id="exact-zh"),
    pytest.param("qualifier", "300多人", "Nearly 300 people.", id="already-contradicts"),
    pytest.param("omission", "增长12%", "up 12%", id="no-grammatical-cut"),
]

_WELL_FORMED_BREAKS = re.compile(r"  |\s[,.;:!?]|,,|^\s|^[a-z]")


def _inject(kind: str, zh: str, en: str, seed: int = 0) -> inject.Injection:
    injection = inject.inject(Pair("t", zh, en), kind, Random(seed))
    assert injection is not None, f"no {kind} site found"
    return injection


def _figure_at(text: str, start: int, end: int) -> Figure:
    """The eval finder's figure covering [start, end) of an English text."""
    figure = inject.figure_at(text, start, end)
    assert figure is not None, f"no figure at {text[start:end]!r}"
    return figure


def _original(en: str, injection: inject.Injection) -> Figure:
    return _figure_at(en, injection.orig_start, injection.orig_end)


def _new(injection: inject.Injection) -> Figure:
    return _figure_at(injection.en, injection.en_start, injection.en_end)


def _zh_site(zh: str, injection: inject.Injection) -> Figure:
    (figure,) = [f for f in find_zh_figures(zh) if f.start == injection.zh_start]
    return figure


# --- the answer key ---------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_injection_has_the_intended_type(kind: str, zh: str, en: str) -> None:
    assert _inject(kind, zh, en).type == kind


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_key_offsets_point_at_the_new_text(kind: str, zh: str, en: str) -> None:
    injection = _inject(kind, zh, en)
    assert injection.en[injection.en_start : injection.en_end] == injection.new


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_key_original_surface_is_what_was_replaced(kind: str, zh: str, en: str) -> None:
    injection = _inject(kind, zh, en)
    assert en[injection.orig_start : injection.orig_end] == injection.original


@pytest.mark.parametrize(("kind", "zh", "en"), [c for c in ALL_CASES if c.values[0] != "addition"])
def test_key_zh_surface_is_the_counterpart(kind: str, zh: str, en: str) -> None:
    injection = _inject(kind, zh, en)
    assert injection.zh_start is not None
    assert zh[injection.zh_start : injection.zh_end] == injection.zh_surface


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_key_names_the_phenomena_of_the_site(kind: str, zh: str, en: str) -> None:
    injection = _inject(kind, zh, en)
    assert injection.phenomena and set(injection.phenomena) <= set(inject.PHENOMENA)


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_mutated_english_is_well_formed(kind: str, zh: str, en: str) -> None:
    mutated = _inject(kind, zh, en).en
    assert _WELL_FORMED_BREAKS.search(mutated) is None and mutated[-1] == en[-1]


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_offsets_after_the_edit_move_by_the_length_change(kind: str, zh: str, en: str) -> None:
    injection = _inject(kind, zh, en)
    assert injection.map_offset(len(en)) == len(injection.en)


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_same_seed_gives_the_same_injection(kind: str, zh: str, en: str) -> None:
    assert _inject(kind, zh, en, seed=3) == _inject(kind, zh, en, seed=3)


@pytest.mark.parametrize(("kind", "zh", "en"), NO_SITE_CASES)
def test_no_usable_site_gives_no_injection(kind: str, zh: str, en: str) -> None:
    assert inject.inject(Pair("t", zh, en), kind, Random(0)) is None


# --- each type changes what it says -------------------------------------------------------------


def _is_power_of_ten(ratio: Decimal) -> bool:
    return ratio.normalize().as_tuple().digits == (1,)


@pytest.mark.parametrize(("zh", "en"), MAGNITUDE_CASES)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_magnitude_changes_the_value_by_a_power_of_ten(zh: str, en: str, seed: int) -> None:
    injection = _inject("magnitude", zh, en, seed)
    old, new = _original(en, injection).value, _new(injection).value
    assert new != old and _is_power_of_ten(new / old)


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        pytest.param("出口额达12亿美元。", "Exports reached $1.2 billion.", "$12 billion", id="yi"),
        pytest.param("销量为3000万台。", "Sales were 30 million units.", "3,000 million", id="wan"),
        pytest.param(
            "筹得六千万元。", "They raised 60 million yuan.", "6,000 million yuan", id="numeral"
        ),
    ],
)
def test_magnitude_keeps_the_zh_mantissa_where_both_sides_have_a_scale(
    zh: str, en: str, expected: str
) -> None:
    assert _inject("magnitude", zh, en).new == expected


@pytest.mark.parametrize(("zh", "en"), MAGNITUDE_CASES)
def test_magnitude_keeps_words_as_words(zh: str, en: str) -> None:
    injection = _inject("magnitude", zh, en)
    assert _new(injection).words == _original(en, injection).words


@pytest.mark.parametrize(("zh", "en"), VALUE_CASES)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_value_changes_the_figure_but_not_by_a_power_of_ten(zh: str, en: str, seed: int) -> None:
    injection = _inject("value", zh, en, seed)
    old, new = _original(en, injection), _new(injection)
    changed = (new.value, new.high, new.parts) != (old.value, old.high, old.parts)
    ratio = new.value / old.value if old.value and new.high == old.high else Decimal(2)
    assert changed and (new.kind in {"date", "clock"} or not _is_power_of_ten(ratio))


@pytest.mark.parametrize(("zh", "en"), VALUE_CASES)
def test_value_keeps_the_kind_and_the_unit(zh: str, en: str) -> None:
    injection = _inject("value", zh, en)
    old, new = _original(en, injection), _new(injection)
    assert (new.kind, new.unit) == (old.kind, old.unit)


def test_value_on_a_date_changes_only_a_part_both_sides_state() -> None:
    # The Chinese names the day only: the month of "July 9" is the translator's, not a slip site.
    injection = _inject("value", "9日开工。", "Work began on July 9.")
    assert _new(injection).part("month") == _original("Work began on July 9.", injection).part(
        "month"
    )


@pytest.mark.parametrize(("zh", "en", "expected"), UNIT_CASES)
def test_unit_states_the_same_number_in_another_unit(zh: str, en: str, expected: str) -> None:
    assert _inject("unit", zh, en).new == expected


@pytest.mark.parametrize(("zh", "en", "expected"), UNIT_CASES)
def test_unit_keeps_the_value_and_the_dimension(zh: str, en: str, expected: str) -> None:
    injection = _inject("unit", zh, en)
    old, new = _original(en, injection), _new(injection)
    assert (new.value, new.kind, new.unit != old.unit) == (old.value, old.kind, True)


@pytest.mark.parametrize(("zh", "en", "currency"), CURRENCY_CASES)
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_unit_swaps_the_currency(zh: str, en: str, currency: str, seed: int) -> None:
    injection = _inject("unit", zh, en, seed)
    new = _new(injection)
    assert (new.unit, new.value) == (currency, _original(en, injection).value)


_CONTRADICTS = {"over": {"under", "exact"}, "under": {"over", "exact"}, "about": {"over"}}


@pytest.mark.parametrize(("zh", "en"), QUALIFIER_CASES)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_qualifier_contradicts_or_drops_the_zh_hedge(zh: str, en: str, seed: int) -> None:
    injection = _inject("qualifier", zh, en, seed)
    assert _new(injection).approx in _CONTRADICTS[_zh_site(zh, injection).approx]


@pytest.mark.parametrize(("zh", "en"), QUALIFIER_CASES)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_qualifier_keeps_the_value(zh: str, en: str, seed: int) -> None:
    injection = _inject("qualifier", zh, en, seed)
    assert _new(injection).value == _original(en, injection).value


@pytest.mark.parametrize(("zh", "en", "expected"), OMISSION_CASES)
def test_omission_leaves_a_grammatical_sentence(zh: str, en: str, expected: str) -> None:
    assert _inject("omission", zh, en).en == expected


@pytest.mark.parametrize(("zh", "en", "expected"), OMISSION_CASES)
def test_omission_removes_exactly_the_figure(zh: str, en: str, expected: str) -> None:
    injection = _inject("omission", zh, en)
    before = [en[f.start : f.end] for f in find_en_figures(en)]
    after = [injection.en[f.start : f.end] for f in find_en_figures(injection.en)]
    assert len(after) == len(before) - 1 and set(after) <= set(before)


@pytest.mark.parametrize(("zh", "en"), ADDITION_CASES)
@pytest.mark.parametrize("seed", range(6))
def test_addition_adds_one_figure_the_zh_lacks(zh: str, en: str, seed: int) -> None:
    injection = _inject("addition", zh, en, seed)
    (new,) = [
        f
        for f in find_en_figures(injection.en)
        if injection.en_start <= f.start and f.end <= injection.en_end
    ]
    zh_values = {v for f in find_zh_figures(zh) for v in (f.value, *(p.value for p in f.parts))}
    assert new.value not in zh_values


@pytest.mark.parametrize(("zh", "en"), ADDITION_CASES)
def test_addition_goes_before_the_final_punctuation(zh: str, en: str) -> None:
    injection = _inject("addition", zh, en)
    assert injection.en.endswith(en[injection.orig_start :]) and injection.orig_start < len(en)


TO_WORDS_CASES = [
    pytest.param(7, "seven", id="one-digit"),
    pytest.param(63, "sixty-three", id="hyphen"),
    pytest.param(305, "three hundred and five", id="hundred-and"),
    pytest.param(4200, "four thousand two hundred", id="thousand"),
]


@pytest.mark.parametrize(("value", "expected"), TO_WORDS_CASES)
def test_to_words(value: int, expected: str) -> None:
    assert inject.to_words(Decimal(value)) == expected


# --- the corpus plan --------------------------------------------------------------------------

# A synthetic corpus: every row can carry several types, so the plan has choices to make.
_CORPUS = [
    Pair(f"p{n:02d}", str(case.values[1]), str(case.values[2]))
    for n, case in enumerate(ALL_CASES * 2)
]


def test_plan_is_deterministic_for_a_seed() -> None:
    first = inject.plan_corpus(_CORPUS, seed=11, per_type=3)
    assert first == inject.plan_corpus(_CORPUS, seed=11, per_type=3)


def test_plan_keeps_every_pair_as_a_clean_control() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=3)
    assert [p.id for p in plan.clean] == sorted(p.id for p in _CORPUS)


def test_plan_mutates_each_pair_at_most_once_per_type() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=3)
    keys = [(i.pair_id, i.type) for i in plan.injections]
    assert len(keys) == len(set(keys))


def test_plan_gives_each_mutated_record_its_own_id() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=3)
    ids = [i.id for i in plan.injections]
    assert len(ids) == len(set(ids))


def test_plan_injects_up_to_per_type_of_each_type() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=3)
    assert inject.count_by_type(plan.injections) == dict.fromkeys(inject.FINDING_TYPES, 3)


def test_plan_originals_are_the_untouched_pairs() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=3)
    by_id = {p.id: p for p in _CORPUS}
    assert list(plan.originals) == [by_id[i.pair_id] for i in plan.injections]


def test_plan_reaches_a_rare_phenomenon_before_filling_up_on_common_ones() -> None:
    common = [Pair(f"c{n}", f"有{300 + n}人。", f"There were {300 + n} people.") for n in range(9)]
    rare = Pair("rare", "最高气温31℃。", "The high was 31 degrees Celsius.")
    plan = inject.plan_corpus([*common, rare], seed=5, per_type=2)
    assert "rare" in {i.pair_id for i in plan.injections if i.type == "value"}
