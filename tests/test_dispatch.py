"""The dispatch of rules by what begins at a start and what follows its number head
(`Rule.begins`, `Rule.follows`, `extract._Dispatch`).

A rule is tried only where one of the surfaces it declares begins (or a digit, if it declares
one) and, if it declares `follows`, where one of those surfaces follows the number head read at
that start; a declaration that misses a way its pattern can begin or go on would silently lose
claims. The integrity test matches every rule at every start of every text of the phenomenon
tables and checks that each rule that matches there is one the dispatch tries there.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tradefacts.extract import _dispatch, _local_starts, _longest, _ordered_starts
from tradefacts.lang import LANGS
from tradefacts.text import mask_overlong_figures, normalize

# (language, text, position, rules that must be tried there, rules that must not). Our own cases.
# fmt: off
DISPATCH = [
    pytest.param("zh", "时速350公里", 0, {"zh.local.speed"}, {"zh.money", "zh.ordinal", "zh.local.time"}, id="speed-mark"),
    pytest.param("zh", "第3名", 0, {"zh.ordinal"}, {"zh.count", "zh.date.iso", "zh.number"}, id="ordinal-mark"),
    pytest.param("zh", "下午3点", 0, {"zh.local.time"}, {"zh.money", "zh.ordinal"}, id="day-half"),
    pytest.param("zh", "约3亿元", 0, {"zh.money", "zh.local.unit", "zh.number"}, {"zh.ordinal", "zh.date"}, id="qualifier"),
    pytest.param("zh", "2021-03-04", 0, {"zh.date.iso", "zh.number", "zh.year"}, {"zh.ordinal", "zh.percent.share"}, id="digit"),
    pytest.param("zh", "三百人", 0, {"zh.count", "zh.local.bare"}, {"zh.date.iso", "zh.number", "zh.local.year", "zh.date"}, id="numeral-char"),
    pytest.param("zh", "翻两番", 0, {"zh.multiplier.word"}, {"zh.count", "zh.money"}, id="opener"),
    pytest.param("en", "between 5 and 7 tons", 0, {"en.number.range", "en.mass.range"}, {"en.date", "en.money.before"}, id="between"),
    pytest.param("en", "August 3", 0, {"en.date"}, {"en.money.before", "en.local.time"}, id="month"),
    pytest.param("en", "Million tons", 0, {"en.number", "en.mass"}, {"en.date", "en.local.time"}, id="scale-word-capitalized"),
    pytest.param("en", "$5 million", 0, {"en.money.before"}, {"en.mass", "en.number"}, id="currency-first"),
    pytest.param("en", "12:30", 0, {"en.local.time.open", "en.local.time"}, {"en.multiplier.word"}, id="clock-digit"),
    # What follows the number head: only the rules that read it next are tried.
    pytest.param("zh", "约3亿元", 0, {"zh.money", "zh.local.unit", "zh.number"}, {"zh.mass", "zh.count", "zh.percent", "zh.money.range"}, id="follows-currency"),
    pytest.param("zh", "三百五十吨", 0, {"zh.mass", "zh.local.unit", "zh.local.bare"}, {"zh.money", "zh.count", "zh.year"}, id="follows-numeral-unit"),
    pytest.param("zh", "3～5万吨", 0, {"zh.mass.range", "zh.local.range"}, {"zh.mass", "zh.money"}, id="follows-range"),
    pytest.param("zh", "3亿、5亿美元", 0, {"zh.money.list", "zh.mass.list"}, {"zh.money", "zh.mass", "zh.money.range"}, id="follows-list-separator"),
    pytest.param("zh", "1,500 万元", 0, {"zh.money", "zh.local.unit"}, {"zh.count", "zh.percent"}, id="follows-space-magnitude"),
    pytest.param("zh", "2019 年 6 月", 0, {"zh.local.year", "zh.local.date", "zh.year"}, {"zh.money", "zh.count"}, id="follows-after-a-space"),
    pytest.param("zh", "半年", 0, {"zh.duration"}, {"zh.money"}, id="no-head-all-followers"),
    pytest.param("en", "about 5 million tons", 0, {"en.mass", "en.number"}, {"en.money.after", "en.percent", "en.duration"}, id="follows-scale-then-unit"),
    pytest.param("en", "3m tons", 0, {"en.mass"}, {"en.percent", "en.duration"}, id="follows-scale-letter"),
    pytest.param("en", "five-year plan", 0, {"en.duration"}, {"en.mass", "en.money.after"}, id="follows-hyphen"),
    pytest.param("en", "5 to 6 percent", 0, {"en.percent.range", "en.number.range"}, {"en.percent", "en.money.after", "en.duration"}, id="follows-range-word"),
    pytest.param("en", "5 mice", 0, {"en.number"}, {"en.local.quantity", "en.mass", "en.money.after"}, id="follows-whole-words-only"),
    pytest.param("en", "million million million", 0, {"en.number"}, {"en.mass", "en.money.after", "en.percent"}, id="follows-hostile-run"),
    pytest.param("zh", "5吨", 0, {"zh.mass", "zh.local.unit.half"}, {"zh.local.time.open", "zh.local.range.bare", "zh.local.money.round", "zh.label"}, id="follows-unit-not-time-range-label"),
    pytest.param("zh", "14:20", 0, {"zh.local.time.open"}, {"zh.mass", "zh.local.unit.half", "zh.label"}, id="follows-clock-colon"),
    pytest.param("zh", "九点一刻", 0, {"zh.local.time.open"}, {"zh.mass", "zh.local.money.round"}, id="follows-quarter-after-a-point"),
    pytest.param("en", "5 tons", 0, {"en.mass"}, {"en.ordinal", "en.date", "en.local.time", "en.local.money.one", "en.local.money.lower", "en.label"}, id="follows-unit-not-ordinal-date-time"),
    pytest.param("en", "twenty-first", 0, {"en.ordinal"}, {"en.mass", "en.date"}, id="follows-ordinal-word-tail"),
    pytest.param("en", "9 a.m.", 0, {"en.local.time"}, {"en.ordinal", "en.date"}, id="follows-day-half"),
    # What a rule needs before its number (`Rule.needs`): tried only where one is written.
    pytest.param("zh", "约3亿元", 0, {"zh.money"}, {"zh.money.prefix", "zh.money.foreign", "zh.percent.prefix", "zh.percent.share"}, id="needs-none-written"),
    pytest.param("zh", "约人民币3亿", 0, {"zh.money.prefix"}, {"zh.money.foreign", "zh.percent.prefix"}, id="needs-currency-after-qualifier"),
    pytest.param("zh", "近百分之十五", 0, {"zh.percent.prefix"}, {"zh.money.prefix", "zh.percent.share"}, id="needs-written-past-the-core"),
    pytest.param("en", "nearly 5 tons", 0, {"en.mass"}, {"en.money.before", "en.fraction", "en.local.money.spaced"}, id="needs-none-written-en"),
    pytest.param("en", "nearly $5", 0, {"en.money.before"}, {"en.fraction", "en.local.money.spaced"}, id="needs-currency-sign"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "pos", "tried", "skipped"), DISPATCH)
def test_dispatch_tries_the_rules_that_can_begin_there(
    lang: str, text: str, pos: int, tried: set[str], skipped: set[str]
) -> None:
    rules = LANGS[lang]
    assert rules.cores is not None
    endpos, heads = dict(_ordered_starts(text, rules, rules.cores))[pos]
    names = {rule.name for _, rule in _dispatch(rules).rules_at(text, pos, heads, endpos, {})}
    assert tried <= names
    assert not skipped & names


# (language, text, where the core begins, every start the prefix words before it give).
# fmt: off
PREFIX_STARTS = [
    pytest.param("en", "More than 5", 10, {0, 7, 10}, id="capitalized-and-every-ending"),
    pytest.param("en", "nearly more than 5", 17, {0, 7, 14, 17}, id="two-prefixes"),
    pytest.param("en", "Ünmore than 5", 12, {2, 9, 12}, id="cased-non-ascii-before"),
    pytest.param("en", "ÀBOUT 5", 6, {6}, id="cased-non-ascii-inside"),
    pytest.param("en", "about about about about 5", 24, {6, 12, 18, 24}, id="three-words-at-most"),
    pytest.param("en", "tons 5", 5, {5}, id="no-prefix"),
    pytest.param("zh", "超过5", 2, {0, 1, 2}, id="every-prefix-that-ends-there"),
    pytest.param("zh", "近约5", 2, {0, 1, 2}, id="run-of-han-prefixes"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "core", "expected"), PREFIX_STARTS)
def test_prefix_words_before_a_core_are_starts(
    lang: str, text: str, core: int, expected: set[int]
) -> None:
    prefixes = LANGS[lang].prefixes
    assert _local_starts(text, core, prefixes, _longest(prefixes)) == expected


def test_dispatch_keeps_the_priority_order() -> None:
    rules = LANGS["zh"]
    order = [rule.name for rule in (*rules.local_rules, *rules.rules, *rules.local_fallbacks)]
    names = [rule.name for _, rule in _dispatch(rules).rules_at("约3亿元", 0, (0, 1), 4, {})]
    assert names == sorted(names, key=order.index)
    assert names[-1] == "zh.local.bare"  # the fallback comes last


def _table_texts() -> Iterator[tuple[str, str]]:
    """The first value of every row of the phenomenon tables (tests/test_{zh,en}_*.py)."""
    for path in sorted(Path(__file__).parent.glob("test_*_*.py")):
        lang = path.stem.split("_")[1]
        if lang not in LANGS or path.stem.endswith("properties"):
            continue
        module = importlib.import_module(f"tests.{path.stem}")
        for value in vars(module).values():
            if not isinstance(value, list):
                continue
            for row in value:
                values = getattr(row, "values", None)
                if values and isinstance(values[0], str):
                    yield lang, values[0]


TABLE_TEXTS = sorted(set(_table_texts()))


def test_the_integrity_test_reads_the_tables() -> None:
    langs = {lang for lang, _ in TABLE_TEXTS}
    assert langs == {"zh", "en"}
    assert len(TABLE_TEXTS) > 500


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_rule_with_a_unit_after_its_number_declares_what_follows(lang: str) -> None:
    # The rules the head dispatch prunes: most of them, or it saves nothing.
    rules = LANGS[lang]
    every = (*rules.local_rules, *rules.rules, *rules.local_fallbacks)
    assert rules.head is not None
    assert sum(rule.follows is not None for rule in every) >= 15


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_rule_that_matches_at_a_start_is_tried_there(lang: str) -> None:
    rules = LANGS[lang]
    assert rules.cores is not None
    dispatch = _dispatch(rules)
    every = (*rules.local_rules, *rules.rules, *rules.local_fallbacks)
    missed = []
    for text_lang, text in TABLE_TEXTS:
        if text_lang != lang:
            continue
        normalized = mask_overlong_figures(normalize(text))
        for begin, (endpos, heads) in _ordered_starts(normalized, rules, rules.cores):
            tried = {
                rule.name for _, rule in dispatch.rules_at(normalized, begin, heads, endpos, {})
            }
            for rule in every:
                match = rule.pattern.match(normalized, begin, endpos)
                if match is not None and match.end() > begin and rule.name not in tried:
                    missed.append((rule.name, text, match.group()))
    assert missed == []


@pytest.mark.parametrize("written", ["RMB", "rmb", "Rmb", "US$", "us$"])
def test_a_prefix_word_is_a_start_in_any_case(written: str) -> None:
    # The walk back over the prefix words compares lower-cased characters: a word written with
    # capitals in a table (RMB, US$) is found as written and in either case.
    prefixes = frozenset({"RMB", "US$", "约"})
    text = f"{written}5"
    assert _local_starts(text, len(written), prefixes, _longest(prefixes)) == {0, len(written)}


@pytest.mark.parametrize(
    ("lang", "text"), [("zh", "约人民币3亿元，近百分之十五"), ("en", "nearly $5 million, 3m tons")]
)
def test_each_rule_tried_is_matched_with_its_own_pattern(lang: str, text: str) -> None:
    # The reader calls the bound `pattern.match` stored beside each rule in the memoized rule
    # lists (`matchers_at`, shared by every list that holds the rule, and narrowed by `needs`).
    rules = LANGS[lang]
    assert rules.cores is not None
    dispatch = _dispatch(rules)
    normalized = mask_overlong_figures(normalize(text))
    seen = 0
    for begin, (endpos, heads) in _ordered_starts(normalized, rules, rules.cores):
        matchers = dispatch.matchers_at(normalized, begin, heads, endpos, {})
        assert all(match.__self__ is rule.pattern for _, rule, match in matchers)  # type: ignore[attr-defined]
        seen += len(matchers)
    assert seen > 10
