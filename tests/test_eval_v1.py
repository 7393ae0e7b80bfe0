"""Tests of the first, narrow eval (`eval/v1/`), kept as the "v1 narrow finder" row of `make eval`.

Every sentence here is written by us for the behaviour under test; none comes from the dev corpus.
The injector must do what its answer key says: the mutated figure really differs from the
original in the way its type claims, and the key's offsets point at the new text. These tests do
not need the `peers` extra.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from random import Random

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from eval.v1 import inject
from eval.v1.figures import Figure, find_en_figures, find_zh_figures

Pair = inject.Pair

# (zh, en) pairs with a usable site for each finding type, written for these tests.
MAGNITUDE_CASES = [
    pytest.param("出口额达12亿美元。", "Exports reached $1.2 billion.", id="yi-billion"),
    pytest.param("销量为3000万台。", "Sales were 30 million units.", id="wan-million"),
    pytest.param("工厂有704名工人。", "The plant has 704 workers.", id="count"),
    pytest.param("产量增长了１５％。", "Output grew by 15%.", id="fullwidth-percent"),
]
VALUE_CASES = [
    pytest.param("共有2,345人参加。", "A total of 2,345 people took part.", id="separator"),
    pytest.param("该市人口为6.1万。", "The city has 61,000 residents.", id="wan"),
    pytest.param("2019年产量上升。", "Output rose in 2019.", id="year"),
    pytest.param("平均气温为２３．５度。", "The mean temperature was 23.5 degrees.", id="decimal"),
]
UNIT_CASES = [
    pytest.param("他们投资了5万元。", "They invested 50,000 yuan.", id="yuan"),
    pytest.param("出口额达12亿美元。", "Exports reached $1.2 billion.", id="dollar-sign"),
    pytest.param("利润增长了3.5%。", "Profit grew by 3.5 percent.", id="percent"),
    pytest.param("比例提高了2个百分点。", "The share rose by 2 percentage points.", id="points"),
]
QUALIFIER_CASES = [
    pytest.param("近300人到场。", "Nearly 300 people came.", id="nearly"),
    pytest.param("这里有500余种鸟类。", "There are more than 500 bird species here.", id="yu"),
    pytest.param("近2000名志愿者参与。", "2,000 volunteers took part.", id="jin-exact"),
    pytest.param("超过40架飞机参加。", "Over 40 aircraft took part.", id="chaoguo"),
]
OMISSION_CASES = [
    pytest.param("销售额增长了12%。", "Sales rose by 12 percent.", id="phrase"),
    pytest.param("2019年，该厂投产。", "In 2019, the plant opened.", id="opening-clause"),
    pytest.param(
        "该厂有704名工人，位于北京。",
        "The plant, which has 704 workers, is in Beijing.",
        id="inserted-clause",
    ),
    pytest.param(
        "共有5例（其中3例为境外输入）。",
        "There were 5 cases (3 of them imported).",
        id="parenthesis",
    ),
]
ADDITION_CASES = [
    pytest.param("工厂于2019年投产。", "The plant opened in 2019.", id="with-figure"),
    pytest.param("他们种了树。", "They planted trees.", id="no-figure"),
    pytest.param("“我们很高兴，”他说。", "“We are happy,” he said.", id="quote"),
]
ALL_CASES = [
    pytest.param(kind, *case.values, id=f"{kind}-{case.id}")
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
    pytest.param("value", "7月26日开幕", "It opened on July 26.", id="date"),
    pytest.param("value", "需要3至5年", "It takes 3 to 5 years.", id="range"),
    pytest.param("value", "有300人", "There were 400 people.", id="no-counterpart"),
    pytest.param("unit", "有300人", "There were 300 people.", id="no-unit"),
    pytest.param("qualifier", "有300人", "There were 300 people.", id="exact-zh"),
    pytest.param("omission", "增长12%", "up 12%", id="no-grammatical-cut"),
]

ZH_FINDER_CASES = [
    pytest.param(
        "出口１２亿美元", ("１２亿美元", Decimal("1.2E9"), "USD", "exact"), id="fullwidth-yi"
    ),
    pytest.param("进口3,200吨", ("3,200吨", Decimal(3200), "t", "exact"), id="separator-ton"),
    pytest.param("书记8000余名", ("8000余名", Decimal(8000), None, "over"), id="yu"),
    pytest.param("占近90%", ("近90%", Decimal(90), "%", "under"), id="jin-percent"),
    pytest.param("力量6.1万名", ("6.1万名", Decimal(61000), None, "exact"), id="decimal-wan"),
    pytest.param("投资300多万元", ("300多万元", Decimal(3000000), "CNY", "over"), id="duo-wan"),
]
EN_FINDER_CASES = [
    pytest.param(
        "exports of $1.2 billion", ("$1.2 billion", Decimal("1.2E9"), "USD", "exact"), id="usd"
    ),
    pytest.param(
        "more than 8,000 people", ("more than 8,000", Decimal(8000), None, "over"), id="over"
    ),
    pytest.param(
        "up 3.5 percentage points",
        ("3.5 percentage points", Decimal("3.5"), "pp", "exact"),
        id="pp",
    ),
    pytest.param("Nearly 90% of them", ("Nearly 90%", Decimal(90), "%", "under"), id="nearly"),
    pytest.param("RMB 5 million", ("RMB 5 million", Decimal(5000000), "CNY", "exact"), id="rmb"),
]


def _inject(kind: str, zh: str, en: str, seed: int = 0) -> inject.Injection:
    injection = inject.inject(Pair("t", zh, en), kind, Random(seed))
    assert injection is not None, f"no {kind} site found"
    return injection


def _figure_at(text: str, start: int, end: int) -> Figure:
    """The eval finder's figure exactly at [start, end) of an English text."""
    (figure,) = [f for f in find_en_figures(text) if (f.start, f.end) == (start, end)]
    return figure


def _original_figure(en: str, injection: inject.Injection) -> Figure:
    return _figure_at(en, injection.orig_start, injection.orig_end)


def _is_power_of_ten(ratio: Decimal) -> bool:
    return ratio.normalize().as_tuple().digits == (1,)


def _describe(figure: Figure) -> tuple[str, Decimal, str | None, str]:
    return figure.lang, figure.value, figure.unit, figure.approx


# --- the finder -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), ZH_FINDER_CASES)
def test_zh_finder_reads_value_unit_and_qualifier(text: str, expected: tuple[object, ...]) -> None:
    (figure,) = find_zh_figures(text)
    assert (text[figure.start : figure.end], figure.value, figure.unit, figure.approx) == expected


@pytest.mark.parametrize(("text", "expected"), EN_FINDER_CASES)
def test_en_finder_reads_value_unit_and_qualifier(text: str, expected: tuple[object, ...]) -> None:
    (figure,) = find_en_figures(text)
    assert (text[figure.start : figure.end], figure.value, figure.unit, figure.approx) == expected


# --- the answer key ---------------------------------------------------------------------------


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
    assert (injection.zh_start, injection.zh_end) != (None, None)
    assert zh[injection.zh_start : injection.zh_end] == injection.zh_surface


@pytest.mark.parametrize(("kind", "zh", "en"), [c for c in ALL_CASES if c.values[0] != "omission"])
def test_text_outside_the_key_span_is_untouched(kind: str, zh: str, en: str) -> None:
    injection = _inject(kind, zh, en)
    # An addition's key starts after the ", " that joins it; the edit itself starts at orig_start.
    outside = (injection.en[: injection.orig_start], injection.en[injection.en_end :])
    assert outside == (en[: injection.orig_start], en[injection.orig_end :])


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_offsets_after_the_edit_move_by_the_length_change(kind: str, zh: str, en: str) -> None:
    injection = _inject(kind, zh, en)
    last = len(en)
    assert injection.map_offset(last) == len(injection.en)


@pytest.mark.parametrize(("kind", "zh", "en"), ALL_CASES)
def test_same_seed_gives_the_same_injection(kind: str, zh: str, en: str) -> None:
    assert _inject(kind, zh, en, seed=3) == _inject(kind, zh, en, seed=3)


@pytest.mark.parametrize(("kind", "zh", "en"), NO_SITE_CASES)
def test_no_usable_site_gives_no_injection(kind: str, zh: str, en: str) -> None:
    assert inject.inject(Pair("t", zh, en), kind, Random(0)) is None


# --- each type changes what it says -------------------------------------------------------------


@pytest.mark.parametrize(("zh", "en"), MAGNITUDE_CASES)
def test_magnitude_changes_the_value_by_a_power_of_ten(zh: str, en: str) -> None:
    injection = _inject("magnitude", zh, en)
    old = _original_figure(en, injection).value
    new = _figure_at(injection.en, injection.en_start, injection.en_end).value
    assert new != old and _is_power_of_ten(new / old)


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        pytest.param("出口额达12亿美元。", "Exports reached $1.2 billion.", "$12 billion", id="yi"),
        pytest.param("销量为3000万台。", "Sales were 30 million units.", "3,000 million", id="wan"),
    ],
)
def test_magnitude_keeps_the_zh_mantissa_where_both_sides_have_a_scale(
    zh: str, en: str, expected: str
) -> None:
    assert _inject("magnitude", zh, en).new == expected


@pytest.mark.parametrize(("zh", "en"), VALUE_CASES)
def test_value_changes_the_value_but_not_by_a_power_of_ten(zh: str, en: str) -> None:
    injection = _inject("value", zh, en)
    old = _original_figure(en, injection).value
    new = _figure_at(injection.en, injection.en_start, injection.en_end).value
    assert new != old and not _is_power_of_ten(new / old)


@pytest.mark.parametrize(("zh", "en"), VALUE_CASES)
def test_value_changes_exactly_one_digit(zh: str, en: str) -> None:
    injection = _inject("value", zh, en)
    changed = [a for a, b in zip(injection.original, injection.new, strict=True) if a != b]
    assert len(changed) == 1


@pytest.mark.parametrize(("zh", "en"), UNIT_CASES)
def test_unit_keeps_the_value_and_changes_the_unit(zh: str, en: str) -> None:
    injection = _inject("unit", zh, en)
    old = _original_figure(en, injection)
    new = _figure_at(injection.en, injection.en_start, injection.en_end)
    assert (new.value, new.unit != old.unit, new.unit is not None) == (old.value, True, True)


@pytest.mark.parametrize(("zh", "en"), QUALIFIER_CASES)
def test_qualifier_contradicts_the_zh_qualifier(zh: str, en: str) -> None:
    injection = _inject("qualifier", zh, en)
    (zh_figure,) = find_zh_figures(zh)
    new = _figure_at(injection.en, injection.en_start, injection.en_end)
    assert {zh_figure.approx, new.approx} == {"over", "under"}


@pytest.mark.parametrize(("zh", "en"), QUALIFIER_CASES)
def test_qualifier_keeps_the_value(zh: str, en: str) -> None:
    injection = _inject("qualifier", zh, en)
    new = _figure_at(injection.en, injection.en_start, injection.en_end)
    assert new.value == _original_figure(en, injection).value


@pytest.mark.parametrize(("zh", "en"), OMISSION_CASES)
def test_omission_removes_the_figure_from_the_english(zh: str, en: str) -> None:
    injection = _inject("omission", zh, en)
    (zh_figure,) = [f for f in find_zh_figures(zh) if f.start == injection.zh_start]
    assert zh_figure.value not in {f.value for f in find_en_figures(injection.en)}


@pytest.mark.parametrize(("zh", "en"), OMISSION_CASES)
def test_omission_leaves_every_other_figure(zh: str, en: str) -> None:
    injection = _inject("omission", zh, en)
    before = sorted(f.value for f in find_en_figures(en))
    after = sorted(f.value for f in find_en_figures(injection.en))
    assert len(after) == len(before) - 1 and set(after) <= set(before)


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        pytest.param(*OMISSION_CASES[0].values, "Sales rose.", id="phrase"),
        pytest.param(*OMISSION_CASES[1].values, "The plant opened.", id="opening-clause"),
        pytest.param(*OMISSION_CASES[2].values, "The plant is in Beijing.", id="inserted-clause"),
        pytest.param(*OMISSION_CASES[3].values, "There were 5 cases.", id="parenthesis"),
    ],
)
def test_omission_leaves_a_grammatical_sentence(zh: str, en: str, expected: str) -> None:
    assert _inject("omission", zh, en).en == expected


@pytest.mark.parametrize(("zh", "en"), ADDITION_CASES)
def test_addition_adds_a_figure_the_zh_lacks(zh: str, en: str) -> None:
    injection = _inject("addition", zh, en)
    (new,) = [
        f
        for f in find_en_figures(injection.en)
        if injection.en_start <= f.start and f.end <= injection.en_end
    ]
    assert new.value not in {f.value for f in find_zh_figures(zh)}


@pytest.mark.parametrize(("zh", "en"), ADDITION_CASES)
def test_addition_goes_before_the_final_punctuation(zh: str, en: str) -> None:
    injection = _inject("addition", zh, en)
    assert injection.en.endswith(en[injection.orig_start :]) and injection.orig_start < len(en)


# --- the corpus plan --------------------------------------------------------------------------

# A synthetic corpus: every row can carry several types, so the plan has choices to make.
_CORPUS = [
    Pair(f"p{n:02d}", str(case.values[1]), str(case.values[2]))
    for n, case in enumerate(ALL_CASES * 3)
]


def test_plan_is_deterministic_for_a_seed() -> None:
    first = inject.plan_corpus(_CORPUS, seed=11, per_type=2, clean=5)
    assert first == inject.plan_corpus(_CORPUS, seed=11, per_type=2, clean=5)


def test_plan_never_mutates_a_clean_pair() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=2, clean=5)
    assert not {p.id for p in plan.clean} & {i.id for i in plan.injections}


def test_plan_mutates_each_pair_at_most_once() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=2, clean=5)
    ids = [i.id for i in plan.injections]
    assert len(ids) == len(set(ids))


def test_plan_injects_up_to_per_type_of_each_type() -> None:
    plan = inject.plan_corpus(_CORPUS, seed=11, per_type=2, clean=5)
    assert inject.count_by_type(plan.injections) == dict.fromkeys(inject.FINDING_TYPES, 2)
