"""The dispatch of rules by what begins at a start and what follows its number head
(`Rule.begins`, `Rule.follows`, `Rule.then`, `extract._Dispatch`).

A rule is tried only where one of the surfaces it declares begins (or a digit, if it declares
one) and, if it declares `follows`, where one of those surfaces follows the number head read at
that start, and if it declares `then`, where one of those surfaces is written within its reach of
the head; a declaration that misses a way its pattern can begin or go on would silently lose
claims. The integrity test matches every rule at every start of every text of the phenomenon
tables and checks that each rule that matches there is one the dispatch tries there.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tradefacts.extract import _Dispatch, _dispatch, _local_starts, _longest, _ordered_starts
from tradefacts.lang import LANGS
from tradefacts.lang.en import EN_NUMBER_WORDS
from tradefacts.lang.zh import ZH_PLAN_NAMES
from tradefacts.rules import Begins, LangRules, Rule, Then, follows
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
    pytest.param("zh", "5吨半", 0, {"zh.mass", "zh.local.unit.half"}, {"zh.local.time.open", "zh.local.range.bare", "zh.local.money.round", "zh.label"}, id="follows-unit-not-time-range-label"),
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
    # What ends right before the start (`Begins.after`): a rule whose lookbehind opens its match.
    pytest.param("zh", "神舟十五号", 2, {"zh.local.name"}, {"zh.local.share.in", "zh.name"}, id="after-series-name"),
    pytest.param("zh", "长征 五号", 3, {"zh.local.name"}, set(), id="after-series-name-and-space"),
    pytest.param("zh", "三百人", 0, {"zh.local.bare", "zh.count"}, {"zh.local.name", "zh.local.share.in", "zh.name", "zh.local.liang", "zh.local.model"}, id="after-nothing-zh"),
    pytest.param("zh", "每4个人中有3个", 1, {"zh.local.share.in"}, {"zh.local.name", "zh.name"}, id="after-each"),
    pytest.param("zh", "双11当天", 1, {"zh.name"}, {"zh.local.name", "zh.local.share.in"}, id="after-double"),
    pytest.param("zh", "十四五规划", 0, {"zh.name", "zh.local.name"}, {"zh.local.share.in"}, id="begins-plan-name"),
    pytest.param("zh", "Mate 60系列", 5, {"zh.local.model"}, set(), id="after-latin-word-and-space"),
    pytest.param("zh", "约60部", 1, {"zh.count"}, {"zh.local.model", "zh.local.count"}, id="after-no-latin-word"),
    pytest.param("en", "Double 11 sales", 7, {"en.name"}, {"en.day", "en.local.year.short_end"}, id="after-double-en"),
    pytest.param("en", "on the 28th,", 7, {"en.day"}, {"en.name", "en.local.year.short_end"}, id="after-the"),
    pytest.param("en", "11 tons", 0, {"en.mass"}, {"en.name", "en.day", "en.local.year.short_end", "en.local.time.open", "en.local.composite"}, id="after-nothing-en"),
    pytest.param("en", "2021-22", 5, {"en.local.year.short_end"}, {"en.name", "en.day"}, id="after-year-separator"),
    # What begins a phone number: an opener or a trunk zero, not any digit.
    pytest.param("zh", "010-6536 8888", 0, {"zh.local.phone"}, set(), id="phone-trunk-zero"),
    pytest.param("zh", "6536 8888", 0, {"zh.number"}, {"zh.local.phone"}, id="phone-not-any-digit"),
    pytest.param("en", "+44 20 7946 0958", 0, {"en.local.phone"}, set(), id="phone-opener-en"),
    pytest.param("en", "7946 tons", 0, {"en.mass"}, {"en.local.phone"}, id="phone-not-any-digit-en"),
    # What the head ends with (`Rule.ends`) and the new follows declarations.
    pytest.param("zh", "二两茶叶", 0, {"zh.local.liang"}, set(), id="ends-liang"),
    pytest.param("zh", "三斤二两", 0, {"zh.local.liang"}, set(), id="follows-jin"),
    pytest.param("zh", "二十人", 0, {"zh.count"}, {"zh.local.liang"}, id="ends-not-liang"),
    pytest.param("zh", "2022-23赛季", 0, {"zh.local.year.span"}, set(), id="follows-year-span-separator"),
    pytest.param("zh", "2022年", 0, {"zh.year"}, {"zh.local.year.span"}, id="follows-not-year-span"),
    pytest.param("en", "05:03", 0, {"en.local.time.open"}, {"en.mass"}, id="begins-zero-no-head"),
    pytest.param("en", "9 o'clock", 0, {"en.local.time.open"}, {"en.local.composite"}, id="follows-oclock"),
    pytest.param("en", "5 thousand 20 hundred", 0, {"en.local.composite"}, {"en.local.time.open"}, id="follows-composite-digits"),
    pytest.param("en", "3 thousand and 4 hundred", 0, {"en.local.composite"}, {"en.local.time.open"}, id="follows-composite-and"),
    # What a rule reads a few characters past its head (`Rule.then`): a range separator, a per.
    pytest.param("zh", "30万元至35万元", 0, {"zh.local.range"}, set(), id="then-range-separator"),
    pytest.param("zh", "30万元，增长35%", 0, {"zh.local.unit"}, {"zh.local.range", "zh.local.rate"}, id="then-none-written"),
    # Rules narrowed to what they must write: a space before the measure word, a range's
    # separator before the last day, a Latin capital or hyphen at a code, a sign, a phrase.
    pytest.param("zh", "约60 部", 1, {"zh.local.count"}, set(), id="then-space-before-measure"),
    pytest.param("zh", "约60部", 1, {"zh.count"}, {"zh.local.count"}, id="then-no-space-before-measure"),
    pytest.param("zh", "3月15日至17日", 6, {"zh.local.date.range.end"}, set(), id="behind-day-range-separator"),
    pytest.param("zh", "3月15日开幕", 2, set(), {"zh.local.date.range.end"}, id="behind-no-day-range-separator"),
    pytest.param("zh", "歼-20战机", 2, {"zh.code"}, set(), id="then-code-hyphen"),
    pytest.param("zh", "737NG客机", 0, {"zh.code"}, set(), id="then-code-capital-after"),
    pytest.param("zh", "20架战机", 0, set(), {"zh.code"}, id="then-no-code-mark"),
    pytest.param("zh", "近半个世纪", 0, {"zh.local.span.years"}, set(), id="needs-year-span-phrase"),
    pytest.param("zh", "近20年", 0, set(), {"zh.local.span.years"}, id="needs-no-year-span-phrase"),
    pytest.param("zh", "拘留十五日", 2, {"zh.local.duration.day_span"}, set(), id="then-day-span-verb"),
    pytest.param("zh", "30日内", 0, {"zh.local.duration.day_span"}, set(), id="then-day-span-ending"),
    pytest.param("zh", "3月15日开幕", 2, set(), {"zh.local.duration.day_span"}, id="then-no-day-span-word"),
    pytest.param("zh", "花了两千六百五", 2, {"zh.local.bare"}, set(), id="then-numeral-character"),
    pytest.param("zh", "共4万5000", 1, {"zh.local.bare"}, set(), id="then-numeral-character-among-digits"),
    pytest.param("zh", "共45000", 1, set(), {"zh.local.bare"}, id="then-digits-alone"),
    pytest.param("en", "on the 28th,", 7, {"en.day"}, set(), id="follows-ordinal-suffix"),
    pytest.param("en", "on the 28 ships", 7, set(), {"en.day"}, id="follows-no-ordinal-suffix"),
    pytest.param("en", "the G20 summit", 5, {"en.code"}, set(), id="then-cased-capital-before"),
    pytest.param("en", "a 737NG jet", 2, {"en.code"}, set(), id="then-cased-capital-after"),
    pytest.param("en", "the Ka-52 helicopter", 7, {"en.code"}, set(), id="then-cased-hyphen"),
    pytest.param("en", "in 2019 it rose", 3, set(), {"en.code"}, id="then-cased-no-lower-case"),
    pytest.param("en", "fell to minus 5 tons", 8, {"en.local.signed.amount"}, set(), id="needs-sign-word"),
    pytest.param("en", "about 5 tons", 0, set(), {"en.local.signed.amount", "en.local.signed", "en.local.signed.percent"}, id="needs-no-sign"),
    pytest.param("zh", "约5元/公斤", 0, {"zh.local.rate"}, set(), id="then-per-mark"),
    pytest.param("zh", "每公斤5元", 3, {"zh.local.rate"}, set(), id="then-per-before"),
    pytest.param("zh", "每年的收入总共加起来也只有区区几百块钱而已大约共5元", 24, {"zh.local.unit"}, {"zh.local.rate"}, id="then-per-too-far-before"),
    pytest.param("zh", "5元钱买了半公斤大米和两公斤面粉，还剩下一些零钱和三公斤/袋", 0, {"zh.local.unit"}, {"zh.local.rate"}, id="then-per-out-of-reach"),
    pytest.param("zh", "五块钱一斤", 0, {"zh.local.rate"}, set(), id="then-per-one-unit"),
    pytest.param("en", "30 yuan a kilo", 0, {"en.local.rate"}, set(), id="then-per-word"),
    pytest.param("en", "$5 million, up 7%", 0, {"en.money.before"}, {"en.local.rate", "en.money.before.range"}, id="then-no-per"),
    pytest.param("en", "$5m - 6m", 0, {"en.money.before.range"}, set(), id="then-range-after-letter"),
    pytest.param("en", "3 percent to 5 percent", 0, {"en.percent.range"}, set(), id="then-range-after-unit"),
    pytest.param("en", "7.6%, nearly 50,000 tons", 0, {"en.percent"}, {"en.percent.range"}, id="then-not-to-of-tons"),
    pytest.param("zh", "一米来高", 0, {"zh.local.lai.size"}, set(), id="then-lai"),
    pytest.param("zh", "一米多高", 0, set(), {"zh.local.lai.size"}, id="then-no-lai"),
    pytest.param("zh", "八元四毛", 0, {"zh.local.compound"}, set(), id="then-minor-unit"),
    pytest.param("zh", "八块五", 0, {"zh.local.compound"}, set(), id="then-elided-digit"),
    pytest.param("zh", "3亿美元，增长7.6%", 0, {"zh.money"}, {"zh.local.compound"}, id="then-no-minor-unit"),
    pytest.param("zh", "两吨半", 0, {"zh.local.unit.half"}, set(), id="then-half"),
    pytest.param("zh", "两吨多", 0, set(), {"zh.local.unit.half"}, id="then-no-half"),
    pytest.param("en", "5 to 12 inches", 0, {"en.local.quantity.range"}, set(), id="then-quantity-range"),
    pytest.param("en", "5 inches, 12 feet", 0, set(), {"en.local.quantity.range"}, id="then-no-quantity-range"),
]

# Texts the integrity test reads beside the phenomenon tables: the declarations of what ends
# before a start (`Begins.after`), what ends a head (`Rule.ends`), and a leading 0, where the
# tables hold few cases. Our own.
AROUND = [
    ("zh", "神舟十五号载人飞船和长征 五号、天宫二号"),
    ("zh", "2022-23赛季与2019/20财年，2021至2022学年"),
    ("zh", "双11当天，双十二前夕"),
    ("zh", "每5个人中就有3个"),
    ("zh", "（010）6512 3456，+86 10 6512 3456"),
    ("zh", "Mate 60系列和iPhone 15上市"),
    ("zh", "买了二两茶叶、三斤二两肉和3两酒"),
    ("en", "the Double 11 festival and Double-12 sales"),
    ("en", "on the 3rd, of 21st. and the 30th"),
    ("en", "the 2019-20 season, 2021/22 and 2018–19"),
    ("en", "at 05:03 local time, 07:45 or 20: 00, nine o’clock"),
    ("en", "2 million 350 thousand, 5 thousand 20 hundred and 3 thousand and 4 hundred"),
    ("en", "+44 20 7946 0958 or (020) 7946 0958"),
    ("zh", "每公斤30元，猪肉28.5元/斤，30万元至35万元，4至8英寸"),
    ("en", "30 yuan a kilo, $5 per kilogram and 2 dollars/kg"),
    ("en", "a magnitude of 6.5 quake, a 7.1-magnitude tremor, winds of up to force 8, level-7 winds"),
    ("en", "140/90 mmHg, from May 20 through 22, 2023, beat Japan 3-1, a 2:0 lead, ran 2:05:30"),
    ("en", "$5m - 6m, between $3 and $4 billion, 3 percent - 5 percent, 5pc to 6pc"),
    ("zh", "5%-6%，三成至四成，一米来高，两斤来重"),
    ("zh", "八元四毛，20元5角8分，三美元又五美分，八块五，两块五毛钱，12 元 35 分"),
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


TABLE_TEXTS = sorted({*_table_texts(), *AROUND})


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


def _missed(rules: LangRules, dispatch: _Dispatch) -> list[tuple[str, str, str]]:
    """Every (rule, text, match) of the texts of the language where a rule matches at a start
    that `dispatch` does not try it at."""
    assert rules.cores is not None
    every = (*rules.local_rules, *rules.rules, *rules.local_fallbacks)
    missed = []
    for text_lang, text in TABLE_TEXTS:
        if text_lang != rules.lang:
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
    return missed


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_rule_that_matches_at_a_start_is_tried_there(lang: str) -> None:
    rules = LANGS[lang]
    assert _missed(rules, _dispatch(rules)) == []


def _narrowed(lang: str, name: str, **changes: object) -> LangRules:
    """The rules of `lang` with the declarations of the rule `name` changed."""
    rules = LANGS[lang]

    def change(group: tuple[Rule, ...]) -> tuple[Rule, ...]:
        return tuple(
            dataclasses.replace(rule, **changes) if rule.name == name else rule  # type: ignore[arg-type]
            for rule in group
        )

    return dataclasses.replace(
        rules,
        rules=change(rules.rules),
        local_rules=change(rules.local_rules),
        local_fallbacks=change(rules.local_fallbacks),
    )


# (language, rule, a declaration left short, what the integrity test must then find missed).
# fmt: off
SHORT = [
    pytest.param("zh", "zh.local.name", {"begins": Begins.of(ZH_PLAN_NAMES)}, "十五号", id="after-left-out"),
    pytest.param("zh", "zh.local.share.in", {"begins": Begins.behind({"各"})}, "5个人中就有3个", id="after-wrong-surface"),
    pytest.param("zh", "zh.local.liang", {"ends": None}, "二两", id="ends-left-out"),
    pytest.param("en", "en.local.time.open", {"begins": Begins.of(EN_NUMBER_WORDS, digit=True)}, "05:03", id="zero-left-out"),
    pytest.param("en", "en.local.composite", {"follows": follows(EN_NUMBER_WORDS, ("and",))}, "5 thousand 20 hundred", id="digits-left-out"),
    pytest.param("zh", "zh.local.range", {"then": Then(follows("至"), within=0)}, "30万元至35万元", id="then-within-short"),
    pytest.param("zh", "zh.local.rate", {"then": Then(follows("/", "每"), within=1)}, "30元", id="then-behind-left-out"),
    pytest.param("en", "en.local.rate", {"then": Then(follows({" per "}), within=9)}, "30 yuan a kilo", id="then-word-left-out"),
    pytest.param("en", "en.money.before.range", {"then": Then(follows({"-"}), within=1)}, "$5m - 6m", id="then-range-within-short"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "name", "changes", "found"), SHORT)
def test_the_integrity_test_finds_a_declaration_left_short(
    lang: str, name: str, changes: dict[str, object], found: str
) -> None:
    rules = _narrowed(lang, name, **changes)
    missed = _missed(rules, _Dispatch(rules))
    assert (name, found) in {(rule, match) for rule, _, match in missed}


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
