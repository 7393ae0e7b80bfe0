"""Data integrity of the language tables: surfaces, meanings, magnitudes, units, reachability.

The zh part is in functions prefixed `test_zh_`; the en part sits beside it with `test_en_`.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import claims_of
from tradefacts import units
from tradefacts.lang import zh
from tradefacts.model import Approx, Role
from tradefacts.numerals import parse_number
from tradefacts.rules import LOCAL_CURRENCY_SUFFIX, TIMES_AS_MUCH_SUFFIX, Tok

# ---------------------------------------------------------------------------------------------
# zh

# Every table of lang/zh.py by name, with what kind of entries it holds.
ZH_SURFACE_TABLES: dict[str, Iterable[str]] = {
    name: value
    for name, value in vars(zh).items()
    if name.startswith("ZH_") and isinstance(value, (dict, frozenset))
}
# Tables whose values are unit names of units.txt.
ZH_UNIT_TABLES: dict[str, Mapping[str, str]] = {
    "ZH_CURRENCIES": zh.ZH_CURRENCIES,
    "ZH_CURRENCY_PREFIXES": zh.ZH_CURRENCY_PREFIXES,
    "ZH_FOREIGN_PREFIXES": zh.ZH_FOREIGN_PREFIXES,
    "ZH_MASS_UNITS": zh.ZH_MASS_UNITS,
    "ZH_PERCENT_UNITS": zh.ZH_PERCENT_UNITS,
    "ZH_PERCENT_PREFIXES": zh.ZH_PERCENT_PREFIXES,
    "ZH_TENTHS_UNITS": zh.ZH_TENTHS_UNITS,
    "ZH_DURATION_UNITS": zh.ZH_DURATION_UNITS,
    "ZH_CLASSIFIED_DURATIONS": zh.ZH_CLASSIFIED_DURATIONS,
    "ZH_LATIN_UNITS": zh.ZH_LATIN_UNITS,
}
ZH_QUALIFIER_TABLES = {
    "ZH_QUALIFIERS_BEFORE": zh.ZH_QUALIFIERS_BEFORE,
    "ZH_QUALIFIERS_AFTER": zh.ZH_QUALIFIERS_AFTER,
    "ZH_QUALIFIERS_ROUND": zh.ZH_QUALIFIERS_ROUND,
    "ZH_QUALIFIERS_SHORT_OF_ROUND": zh.ZH_QUALIFIERS_SHORT_OF_ROUND,
}


def _literal_surfaces(path: Path) -> dict[str, list[str]]:
    """The string entries of every dict or set literal assigned to a ZH_ name, as written."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        name = node.target.id
        if not name.startswith("ZH_") or node.value is None:
            continue
        entries: list[str] = []
        for inner in ast.walk(node.value):
            if isinstance(inner, ast.Dict):
                keys = [k for k in inner.keys if isinstance(k, ast.Constant)]
                entries += [k.value for k in keys if isinstance(k.value, str)]
            elif isinstance(inner, ast.Set):
                elts = [e for e in inner.elts if isinstance(e, ast.Constant)]
                entries += [e.value for e in elts if isinstance(e.value, str)]
        if entries:
            found[name] = entries
    return found


ZH_LITERALS = _literal_surfaces(Path(zh.__file__))


@pytest.mark.parametrize("name", sorted(ZH_SURFACE_TABLES))
def test_zh_table_has_no_empty_or_padded_surface(name: str) -> None:
    assert all(s and s == s.strip() for s in ZH_SURFACE_TABLES[name])


@pytest.mark.parametrize("name", sorted(ZH_LITERALS))
def test_zh_table_literal_has_no_duplicate_surface(name: str) -> None:
    entries = ZH_LITERALS[name]
    assert sorted(s for s in set(entries) if entries.count(s) > 1) == []


def _conflicts(
    tables: Iterable[Mapping[str, Any]], meaning: Callable[[Any], str]
) -> dict[str, set[str]]:
    """Surfaces that two tables (or two entries) give different meanings."""
    meanings: dict[str, set[str]] = {}
    for table in tables:
        for surface, value in table.items():
            meanings.setdefault(surface, set()).add(meaning(value))
    return {s: m for s, m in meanings.items() if len(m) > 1}


def _canonical_unit(unit: str) -> str:
    return units.canonicalize(Decimal(1), unit)[1]


def _approx_value(approx: Approx) -> str:
    return approx.value


def test_zh_unit_surfaces_have_one_meaning_across_tables() -> None:
    assert _conflicts(ZH_UNIT_TABLES.values(), _canonical_unit) == {}


def test_zh_qualifier_surfaces_have_one_meaning_across_tables() -> None:
    assert _conflicts(ZH_QUALIFIER_TABLES.values(), _approx_value) == {}


def test_zh_rules_keep_the_meaning_of_every_qualifier() -> None:
    # Span words (头, 前) are hedge-free in the rules, but a word that is also a qualifier (近)
    # keeps the qualifier's meaning.
    assert {s: a for s, a in zh.ZH_QUALIFIERS.items() if zh.RULES.qualifiers[s] is not a} == {}


def test_zh_numeral_classes_are_disjoint() -> None:
    classes = [
        set(zh.ZH_DIGITS),
        set(zh.ZH_FORMAL_DIGITS),
        set(zh.ZH_SMALL_UNITS),
        set(zh.ZH_FORMAL_UNITS),
        set(zh.ZH_MAGNITUDES),
        set(zh.ZH_VAGUE_DIGITS),
        set(zh.ZH_OVER_MARKS),
        set(zh.ZH_POINTS),
    ]
    assert [a & b for a, b in itertools.combinations(classes, 2) if a & b] == []


def test_zh_numeral_characters_are_not_units_or_measure_words() -> None:
    numerals = set(zh.ZH_NUMERALS.words)
    unit_surfaces = {s for table in ZH_UNIT_TABLES.values() for s in table}
    assert (numerals & (unit_surfaces | zh.ZH_MEASURE_WORDS)) == set()


@pytest.mark.parametrize(
    ("surface", "exponent"),
    sorted({**zh.ZH_SMALL_UNITS, **zh.ZH_FORMAL_UNITS, **zh.ZH_MAGNITUDES}.items()),
)
def test_zh_magnitude_is_a_power_of_ten(surface: str, exponent: int) -> None:
    parsed = parse_number(surface, zh.ZH_NUMERALS)
    assert parsed is not None
    assert parsed.low == Decimal(10) ** exponent


@pytest.mark.parametrize(("phrase", "bounds"), sorted(zh.ZH_VAGUE_PHRASES.items()))
def test_zh_vague_phrase_ends_are_powers_of_ten(phrase: str, bounds: tuple[Decimal, ...]) -> None:
    low, high = bounds
    assert low < high
    assert [b.normalize().as_tuple().digits for b in (low, high)] == [(1,), (1,)]


@pytest.mark.parametrize(
    ("surface", "unit"),
    sorted({(s, u) for table in ZH_UNIT_TABLES.values() for s, u in table.items()}),
)
def test_zh_unit_name_is_in_the_registry(surface: str, unit: str) -> None:
    _, code = units.canonicalize(Decimal(1), unit)
    assert units.is_known(code)


@pytest.mark.parametrize(("surface", "entry"), sorted(zh.ZH_NUMERALS.words.items()))
def test_zh_numeral_table_parses_its_own_entries(surface: str, entry: tuple[Tok, int]) -> None:
    tok, value = entry
    if tok is Tok.DIGIT:
        expected: tuple[Decimal, Decimal | None] = (Decimal(value), None)
        text = surface
    elif tok is Tok.ZERO:
        expected, text = (Decimal("0.5"), None), f"{surface}点五"
    elif tok in (Tok.SMALL, Tok.BIG):
        expected, text = (Decimal(10) ** value, None), surface
    elif tok is Tok.VAGUE:
        expected, text = (Decimal(200), Decimal(900)), f"{surface}百"
    elif tok is Tok.OVER:
        expected, text = (Decimal(100), None), f"百{surface}"
    else:  # a spelled decimal point
        expected, text = (Decimal("3.5"), None), f"三{surface}五"
    parsed = parse_number(text, zh.ZH_NUMERALS)
    assert parsed is not None
    assert (parsed.low, parsed.high) == expected
    assert parsed.over is (tok is Tok.OVER)


# Reachability: each table entry, put in a sentence made for its table, changes what the compiled
# patterns read. (template, what the claims must show) per table; {s} is the entry.
def _one(text: str) -> tuple[str, str, str, str | None, str]:
    claims = claims_of(text, "zh")
    assert len(claims) == 1, claims
    return claims[0]


def _zh_reach_cases() -> list[object]:
    cases: list[object] = []

    def add(table: str, surfaces: Iterable[str], template: str, check: str) -> None:
        for surface in sorted(surfaces):
            cases.append(
                pytest.param(template.format(s=surface), surface, check, id=f"{table}-{surface}")
            )

    add("currency", zh.ZH_CURRENCIES, "共5{s}", "unit")
    add("currency-prefix", zh.ZH_CURRENCY_PREFIXES, "共{s}100", "unit")
    add("foreign-prefix", zh.ZH_FOREIGN_PREFIXES, "共{s}100元", "unit")
    add("mass", zh.ZH_MASS_UNITS, "共5{s}", "unit")
    add("percent", zh.ZH_PERCENT_UNITS, "共5{s}", "unit")
    add("percent-prefix", zh.ZH_PERCENT_PREFIXES, "共{s}五", "unit")
    add("tenths", zh.ZH_TENTHS_UNITS, "共三{s}", "unit")
    add("currency-sign-after", zh.ZH_CURRENCY_SIGNS_AFTER, "共5{s}", "unit")
    add("discount", zh.ZH_DISCOUNT_UNITS, "打八{s}", "unit")
    add("discount-not-before", zh.ZH_DISCOUNT_NOT_BEFORE, "打八折{s}", "no-unit")
    add("discount-not-after", zh.ZH_DISCOUNT_NOT_AFTER, "一{s}三折", "no-unit")
    add("elided-unit", zh.ZH_ELIDED_UNITS, "高一{s}八", "unit")
    add("multiplier-sign", zh.ZH_MULTIPLIER_SIGNS, "有10{s}光学变焦", "multiplier")
    add("multiplier-sign-before", zh.ZH_MULTIPLIER_SIGN_BEFORE, "有10X{s}", "multiplier")
    clock_signs = zh.ZH_ROUND_THE_CLOCK_SIGNS
    add("round-the-clock-sign", clock_signs - {"/"}, "提供7{s}24服务", "whole")
    add("round-the-clock-slash", clock_signs & {"/"}, "提供24{s}7服务", "whole")
    add("round-the-clock-unit", zh.ZH_ROUND_THE_CLOCK_UNITS, "提供7×24{s}服务", "ends")
    add("video-lines", zh.ZH_VIDEO_LINE_MARKS, "拍摄1080{s}视频", "ends")
    add("pixel-unit", zh.ZH_PIXEL_UNITS, "主摄4800万{s}。", "unit")
    add("duration", zh.ZH_DURATION_UNITS, "共15{s}", "unit")
    add("classified-duration", zh.ZH_CLASSIFIED_DURATIONS, "共3个多{s}", "unit")
    # A measure word that is also a unit (亩, 米, 桶, 块) reads as that unit: see the next line.
    units = {*zh.ZH_QUANTITY_UNITS, *zh.ZH_COLLOQUIAL_MONEY}
    add("measure-word", zh.ZH_MEASURE_WORDS - {"倍"} - units, "共25{s}", "count")
    add("measure-word-unit", zh.ZH_MEASURE_WORDS & units, "共25{s}", "unit")
    add("quantity-unit", zh.ZH_QUANTITY_UNITS, "共25{s}。", "unit")
    add("colloquial-money", zh.ZH_COLLOQUIAL_MONEY, "共25{s}。", "unit")
    add("qualifier-before", zh.ZH_QUALIFIERS_BEFORE, "共{s}5吨", "starts")
    add("qualifier-after", zh.ZH_QUALIFIERS_AFTER, "共5吨{s}", "ends")
    add("qualifier-round", zh.ZH_QUALIFIERS_ROUND, "共{s}万人", "starts")
    add("multiplier", zh.ZH_MULTIPLIERS, "共{s}", "whole")
    add("vague-phrase", zh.ZH_VAGUE_PHRASES, "有{s}", "whole")
    add("month-part", zh.ZH_MONTH_PARTS, "在7月{s}", "ends")
    add("span-before", zh.ZH_SPAN_BEFORE, "在{s}7个月", "starts")
    add("span-after", zh.ZH_SPAN_AFTER, "在7年{s}", "ends")
    add("negative-sign", zh.ZH_NEGATIVE_SIGNS, "为{s}3%", "starts")
    add("decade", zh.ZH_DECADE_MARKS, "在80{s}", "ends")
    add("over-mark", zh.ZH_OVER_MARKS, "共3000{s}吨", "whole")
    add("list-separator", zh.ZH_LIST_SEPARATORS, "为3亿{s}5亿美元", "list")
    add("qualifier-lookalike", zh.ZH_QUALIFIER_LOOKALIKES, "{s}5吨", "bare-figure")
    add("share-phrase", zh.ZH_SHARE_PHRASES, "占{s}", "whole")
    add("share-not-after", zh.ZH_SHARE_NOT_AFTER, "{s}一半", "none")
    add("fraction-mark", zh.ZH_FRACTION_MARKS, "占三{s}二", "whole")
    add("half", zh.ZH_HALVES, "用了两年{s}", "whole")
    add("half-not-after", zh.ZH_HALF_NOT_AFTER, "在{s}半年", "no-year")
    add("generation", zh.ZH_GENERATION_MARKS, "“90{s}”", "whole")
    add("ordinal", zh.ZH_ORDINAL_MARKS, "获{s}3名", "starts")
    add("code-label", zh.ZH_CODE_LABELS, "{s}：65368888", "none")
    add("label-after", zh.ZH_LABEL_AFTER - zh.ZH_CLOCK_MARKS, "在13{s}", "none")
    # 10时 is a clock time (10:00); the half of the day reads before the hour, 钟 after it.
    add("clock-mark", zh.ZH_CLOCK_MARKS, "在10{s}", "ends")
    add("day-half", zh.ZH_DAY_HALVES, "定于{s}9点半", "starts")
    add("hour-mark", zh.ZH_HOUR_MARKS, "定于上午9{s}", "ends")
    add("hour-clock", zh.ZH_HOUR_CLOCK, "定于九点{s}", "ends")
    add("clock-qualifier", zh.ZH_CLOCK_QUALIFIERS, "定于10时{s}", "ends")
    add("clock-not-after", zh.ZH_CLOCK_NOT_AFTER, "在2时{s}", "none")
    add("compound-major", zh.ZH_COMPOUND_MAJORS - {"美元"}, "共八{s}四角", "whole")
    add("compound-joiner", zh.ZH_COMPOUND_JOINERS, "共三元{s}五分", "whole")
    add("minor-money", zh.ZH_MINOR_MONEY.keys() - {"美分"}, "共八元四{s}", "whole")
    add("money-tail", zh.ZH_MONEY_TAILS, "共两块五毛{s}", "whole")
    add("yuan-word", zh.ZH_YUAN_WORD_TAILS, "一元{s}", "none")
    add("tenths-not-before", zh.ZH_TENTHS_NOT_BEFORE, "三成{s}", "none")
    add("not-year-after", zh.ZH_NOT_YEAR_AFTER, "2019年{s}", "no-year")
    add("latin-unit", zh.ZH_LATIN_UNITS, "共25{s}。", "unit")
    add("latin-unit-not-before", zh.ZH_LATIN_UNIT_NOT_BEFORE, "评为4A{s}。", "no-unit")
    add("network-generation", zh.ZH_NETWORK_GENERATIONS, "套餐含{s}流量", "no-unit")
    add("dimension-separator", zh.ZH_DIMENSION_SEPARATORS, "尺寸30{s}20cm。", "dimension")
    words = {unit + after for unit, chars in zh.ZH_DURATION_NOT_BEFORE.items() for after in chars}
    add("duration-not-before", words, "那3{s}", "no-year")
    add("speed-mark", zh.ZH_SPEED_MARKS, "以{s}20公里前进", "starts")
    add("span-hours", zh.ZH_SPAN_HOURS, "用时2{s}8分", "span-minutes")
    add("span-minutes", zh.ZH_SPAN_MINUTES, "用时1{s}45秒", "span-minutes")
    add("span-gap", zh.ZH_SPAN_MINUTES_GAP, "用时1小时{s}5分", "span-minutes")
    add(
        "span-minutes-not-before",
        zh.ZH_SPAN_MINUTES_NOT_BEFORE,
        "用时1小时5分{s}",
        "no-span-minutes",
    )
    add("span-seconds", zh.ZH_SPAN_SECONDS, "跑出9{s}83", "unit")
    add("score-separator", zh.ZH_SCORE_SEPARATORS, "以5{s}6获胜", "score")
    add("date-numeric-sep", zh.ZH_DATE_NUMERIC_SEPARATORS, "于2021{s}3{s}15发布", "date")
    add("year-span-phrase", zh.ZH_YEAR_SPAN_PHRASES, "过去{s}的变化", "years")
    add("level-mark", zh.ZH_LEVEL_MARKS, "有7{s}大风", "wind")
    add("wind-before", zh.ZH_WIND_BEFORE, "今天{s}7级。", "wind")
    add("wind-after", zh.ZH_WIND_AFTER, "今天7级{s}。", "wind")
    add("wind-not-before", zh.ZH_WIND_NOT_BEFORE, "列为7级风{s}。", "no-unit")
    add("level-verb", zh.ZH_LEVEL_VERBS, "风力{s}7级。", "wind")
    add("level-joiner", zh.ZH_LEVEL_JOINERS, "北风6{s}7级。", "wind-range")
    add("quake-before", zh.ZH_QUAKE_BEFORE, "发生{s}6.5级。", "quake")
    add("quake-after", zh.ZH_QUAKE_AFTER, "发生6.5级{s}。", "quake")
    add("pressure-separator", zh.ZH_PRESSURE_SEPARATORS, "血压140{s}90毫米汞柱", "pressure")
    add("per-mark", zh.ZH_PER_MARKS - zh.ZH_PER_BEFORE, "价格30元{s}公斤。", "rate")
    add("per-before", zh.ZH_PER_BEFORE, "价格{s}公斤30元。", "rate")
    add("plan-measure", zh.ZH_PLAN_MEASURES, "第十四{s}五年规划", "whole")
    add("plan-length", zh.ZH_PLAN_LENGTHS, "第十四个{s}规划", "ends")
    # Without the plan word, 第十四 and 五年 are two claims: one claim is the plan's rank.
    add("plan-word", zh.ZH_PLAN_WORDS, "第十四个五年{s}", "plan")
    add("per-base-mark", zh.ZH_PER_BASE_MARKS, "{s}千人", "per-base")
    add("per-base", zh.ZH_PER_BASES, "每{s}人", "whole")
    add("per-base-noun", zh.ZH_PER_BASE_NOUNS, "每千{s}", "per-base")
    add("electricity-word", zh.ZH_ELECTRICITY_WORDS, "年{s}800度", "kwh")
    add("speed-gap", zh.ZH_SPEED_GAPS, "时速{s}250公里", "speed")
    add("per-distance-unit", zh.ZH_PER_DISTANCE_UNITS, "百{s}油耗", "hundred-km")
    add("per-distance-after", zh.ZH_PER_DISTANCE_AFTER, "百公里{s}", "hundred-km")
    add("era-year-zero", zh.ZH_ERA_YEAR_ZERO, "{s}110年", "era-year")
    add("traditional-script-mark", zh.ZH_TRADITIONAL_SCRIPT_MARKS, "{s}，共5元", "local-dollar")
    add("local-dollar-word", zh.ZH_LOCAL_DOLLAR_WORDS, "萬人，共5{s}", "local-dollar")
    add("renminbi-name", zh.ZH_RENMINBI_NAMES, "萬人，共{s}5億元", "no-local-dollar")
    add("day-span-verb", zh.ZH_DAY_SPAN_VERBS, "{s}15日。", "day-span")
    add("day-span-ending", zh.ZH_DAY_SPAN_ENDINGS, "需要15日{s}", "day-span")
    add("day-span-ending-not", zh.ZH_DAY_SPAN_ENDINGS_NOT, "15日{s}", "day-of-month")
    add("celsius-before", zh.ZH_CELSIUS_BEFORE, "气温{s}8度", "celsius")
    add("heat-word", zh.ZH_HEAT_WORDS, "{s}至8度", "celsius")
    add("dose-time", zh.ZH_DOSE_TIME_WORDS, "{s}半小时", "half-hour")
    add("qualifier-plus", zh.ZH_QUALIFIERS_PLUS, "共5万{s}。", "ends")
    add("qualifier-plus-count", zh.ZH_QUALIFIERS_PLUS, "共5万{s}件。", "over-count")
    add("web-scale", zh.ZH_WEB_SCALES.keys() - zh.ZH_WEB_SCALES_IN_NAMES, "共5{s}人。", "web-scale")
    model_words = {"上下文", "token", "tokens", "Token", "Tokens"}
    add("web-scale-next", zh.ZH_WEB_SCALE_NEXT - model_words, "共3W{s}。", "web-30000")
    # 3W上下 would read a watt and the hedge 上下: the model's words take a K.
    add("web-scale-next-model", zh.ZH_WEB_SCALE_NEXT & model_words, "共30K{s}。", "web-30000")
    add("web-scale-not-next", zh.ZH_WEB_SCALE_NOT_NEXT, "共8k{s}。", "no-web")
    add("rate-base-magnitude", zh.ZH_RATE_BASE_MAGNITUDES, "每一{s}人中有3人", "rate-base")
    add("quarter-noun", zh.ZH_QUARTER_NOUNS, "三{s}营收回升", "quarter-3")
    add("quarter-rank", zh.ZH_QUARTER_RANKS, "第{s}季度营收回升", "quarter-rank")
    add("quarter-not-after", zh.ZH_QUARTER_NOT_AFTER, "{s}三季度营收回升", "no-quarter-3")
    add("quarter-letter", zh.ZH_QUARTER_LETTERS, "今年,{s}3营收回升", "quarter-3-letter")
    add("quarter-letter-after", zh.ZH_QUARTER_LETTER_AFTER, "今{s}Q3营收回升", "quarter-3-letter")
    # Product, car and web registers.
    add("acceleration-after", zh.ZH_ACCELERATION_AFTER, "百公里{s}3.9秒", "accel-100")
    add("acceleration-zero", zh.ZH_ACCELERATION_ZERO, "{s}百加速3.9秒", "accel-100")
    add("acceleration-speed-unit", zh.ZH_ACCELERATION_SPEED_UNITS, "0-100{s}加速3.9秒", "accel-100")
    add("web-scale-in-names", zh.ZH_WEB_SCALES_IN_NAMES, "共3{s}播放。", "web-3000000")
    add("web-scale-counted", zh.ZH_WEB_SCALE_COUNTED, "{s}3M。", "web-3000000")
    add("web-scale-length", zh.ZH_WEB_SCALE_LENGTHS, "跑了5k{s}。", "web-5000-m")
    add("spend-threshold-mark", zh.ZH_SPEND_THRESHOLD_MARKS, "{s}300減50", "threshold")
    add("spend-threshold-cut", zh.ZH_SPEND_THRESHOLD_CUTS, "满300{s}50", "threshold")
    # Market and earnings text.
    add("stock-index-name", zh.ZH_STOCK_INDEX_NAMES, "{s}500指数收涨", "index-name")
    add("range-change-verb", zh.ZH_RANGE_CHANGE_VERBS, "余额{s}3亿元至50亿元", "change-to-level")
    add("valuation-ratio", zh.ZH_VALUATION_RATIOS, "该股{s}为15倍", "valuation-ratio")
    add("range-spread-mark", zh.ZH_RANGE_SPREAD_MARKS, "余额增加3亿元至50亿元{s}", "change-range")
    add("hk-quarter-span-before", zh.ZH_HK_QUARTER_SPAN_BEFORE, "{s}三季收入", "hk-quarter-span")
    # Calendars and eras: a round number of tens in one character, a decade after its century.
    add("contracted-tens", zh.ZH_CONTRACTED_TENS, "共{s}五人", "contracted-tens")
    add("century-of-decade", zh.ZH_CENTURY_OF_DECADE_MARKS, "在19{s}40年代", "decade-1840s")
    add("times-as-much-before", zh.ZH_TIMES_AS_MUCH_BEFORE, "是去年{s}3倍", "times-as-much")
    add("common-era", zh.ZH_COMMON_ERA, "建于{s}618年", "year-618")
    add("odds-idiom", zh.ZH_ODDS_IDIOMS, "他{s}会来", "none")
    # Weather text.
    add("second-speed-mark", zh.ZH_SECOND_SPEED_MARKS, "风速{s}45米", "second-speed")
    add("second-speed-unit", zh.ZH_SECOND_SPEED_UNITS, "风速每秒45{s}", "second-speed")
    # Shipping text: a ship's speed in knots.
    add("knot-speed-mark", zh.ZH_KNOT_SPEED_MARKS, "船舶{s}降至14节", "knots")
    add("knot-unit", zh.ZH_KNOT_UNITS, "航速14{s}", "knots")
    add("container-count-word", zh.ZH_CONTAINER_COUNT_WORDS, "装载量1.8万{s}", "containers")
    add("tonnage-class-mark", zh.ZH_TONNAGE_CLASS_MARKS, "可停靠30万{s}油轮", "tonnage-class")
    add("tonnage-class-bare", zh.ZH_TONNAGE_CLASS_BARE, "一艘{s}吨级货轮", "tonnage-class")
    # Real estate: the bedrooms of a layout.
    add("layout-room", zh.ZH_LAYOUT_ROOM_WORDS, "三{s}两厅", "layout")
    add("rate-period-gap", zh.ZH_RATE_PERIOD_GAPS, "租金每平方米{s}8元", "rate-per-area")
    # Science and engineering text.
    add("second-speed-km-unit", zh.ZH_SECOND_SPEED_KM_UNITS, "以每秒17{s}的速度", "km-per-second")
    add("second-speed-km-mark", zh.ZH_SECOND_SPEED_MARKS, "以{s}17公里的速度", "km-per-second")
    add("minute-turn-mark", zh.ZH_MINUTE_TURN_MARKS, "转速达{s}6500转", "turns-per-minute")
    add("minute-turn-unit", zh.ZH_MINUTE_TURN_UNITS, "转速达每分钟6500{s}", "turns-per-minute")
    add("power-of-ten-mark", zh.ZH_POWER_OF_TEN_MARKS, "光速约为3{s}10⁸米/秒", "power-of-ten")
    add("unit-after-digits", zh.ZH_UNITS_AFTER_DIGITS, "电压为220{s}。", "unit")
    # Statutes and sentences: a range stated by its two inclusive bounds.
    add(
        "statute-range-low",
        zh.ZH_STATUTE_RANGE_LOW_MARKS,
        "处一万元{s}十万元以下罚款",
        "statute-range",
    )
    add(
        "statute-range-high",
        zh.ZH_STATUTE_RANGE_HIGH_MARKS,
        "处一万元以上十万元{s}罚款",
        "statute-range",
    )
    # Colloquial hedges of speech and social media.
    add(
        "round-hedge-of-bare-magnitude",
        zh.ZH_ROUND_HEDGES_OF_BARE_MAGNITUDES,
        "来了千{s}人",
        "about-count",
    )
    add("magnitude-hedged-bare", zh.ZH_MAGNITUDES_HEDGED_BARE, "来了{s}把人", "about-count")
    add("qualifier-short-of-round", zh.ZH_QUALIFIERS_SHORT_OF_ROUND, "花了{s}一万", "nearly")
    add("round-hedged-short", zh.ZH_ROUNDS_HEDGED_SHORT, "花了小两{s}", "nearly")
    add("age-half-not-before", zh.ZH_AGE_HALF_NOT_BEFORE, "三岁半{s}", "no-half")
    add("hashtag-mark", zh.ZH_HASHTAG_MARKS, "{s}2024高考{s}开考", "index-name-2024")
    add("handle-mark", zh.ZH_HANDLE_MARKS, "{s}小王123 你好", "index-name-123")
    add("handle-end", zh.ZH_HANDLE_ENDS, "@小王123{s}你好", "index-name-123")
    add("price-each-one", zh.ZH_PRICE_EACH_ONE, "两块五{s}张", "price-each")
    add("fused-count", zh.ZH_FUSED_COUNTS, "等了{s}月", "fused-count")
    add("fused-count-not-after", zh.ZH_FUSED_COUNT_NOT_AFTER, "{s}俩", "no-fused-count")
    add("fused-count-not-before", zh.ZH_FUSED_COUNT_NOT_BEFORE, "仨{s}", "no-fused-count")
    # Dates of the lunar calendar.
    add("lunar-calendar", zh.ZH_LUNAR_CALENDARS, "{s}八月十五", "lunar")
    add("lunar-month-opener", zh.ZH_LUNAR_MONTH_OPENERS - {"大年初"}, "{s}初八", "lunar-any")
    add("lunar-new-year", {"大年初"}, "{s}八", "lunar-any")
    # E-commerce listings and stall prices.
    add("price-per-one", zh.ZH_PRICE_PER_ONE, "价格30元{s}公斤。", "rate")
    add("free-shipping-price", zh.ZH_FREE_SHIPPING_WORDS, "两块五{s}", "price-each")
    add("free-shipping-threshold", zh.ZH_FREE_SHIPPING_WORDS, "满99{s}", "shipping-threshold")
    # Public health, clinical and demographic text.
    add("ratio-before-colon", zh.ZH_RATIO_WORDS_BEFORE_COLON, "师生{s}1:18", "ratio-1-18")
    add("range-change-from", zh.ZH_RANGE_CHANGE_FROM_WORDS, "{s}5到10", "no-range")
    add("range-between-mark", zh.ZH_RANGE_BETWEEN_MARKS, "得分在5到10{s}", "range-5-10")
    # Number forms: a bare range of two digit runs, ended by a word or a mark.
    add("bare-range-end", zh.ZH_BARE_RANGE_ENDS, "分数在30至40{s}", "bare-range-30-40")
    add(
        "bare-range-end-mark", zh.ZH_BARE_RANGE_END_MARKS, "比例维持在30至40{s}", "bare-range-30-40"
    )
    add("e-notation-mark", zh.ZH_E_NOTATION_MARKS, "电荷为1.6{s}-19库仑", "e-notation")
    add("span-within-opener", zh.ZH_SPAN_WITHIN_OPENERS, "须在30天{s}内提交", "span-within")
    add("share-of-whole", zh.ZH_SHARE_OF_WHOLE_MARKS, "不超过合同总额{s}10%", "bound-of-whole")
    add("web-range-capital", zh.ZH_WEB_RANGE_CAPITAL_SCALES, "月薪8{s}-12{s}。", "web-range-8-12k")
    add(
        "statute-multiplier",
        zh.ZH_STATUTE_RANGE_MULTIPLIERS,
        "罚款一{s}以上五{s}以下",
        "multiplier-1-5",
    )
    add(
        "power-alone-mark",
        zh.ZH_POWER_OF_TEN_EXPONENT_MARKS - set("^⁻⁺"),
        "约有10{s}颗",
        "power-alone",
    )
    add(
        "power-alone-sign",
        {"⁻", "⁺"} & zh.ZH_POWER_OF_TEN_EXPONENT_MARKS,
        "约有10{s}³颗",
        "power-alone",
    )
    add(
        "power-alone-caret",
        {"^"} & zh.ZH_POWER_OF_TEN_EXPONENT_MARKS,
        "约有10{s}3颗",
        "power-alone",
    )
    # History and biography: years of a reign.
    add("reign-era", zh.ZH_REIGN_ERA_YEAR_ZERO, "{s}三年", "reign-year")
    add("era-first-year", zh.ZH_ERA_FIRST_YEAR_WORDS, "民国{s}年", "era-first-year")
    add("great-count-numeral", zh.ZH_GREAT_COUNT_NUMERALS, "{s}大发明", "great-count")
    add("great-count-mark", zh.ZH_GREAT_COUNT_MARKS, "四{s}发明", "great-count")
    add("great-count-not-before", zh.ZH_GREAT_COUNT_NOT_BEFORE, "四大{s}", "none")
    # Sports results: a field event's mark, the deciding game of a series.
    add("field-mark-metres", zh.ZH_FIELD_MARK_METRES, "以20{s}58夺冠", "unit")
    add("great-count-not-after", zh.ZH_GREAT_COUNT_NOT_AFTER, "{s}七大战", "none")
    add("life-span-separator", zh.ZH_LIFE_SPAN_SEPARATORS, "李白（701{s}762）", "life-span")
    add("life-span-bracket", zh.ZH_LIFE_SPAN_BRACKETS, "李白{s}701-762）", "life-span")
    # Education and admissions: university projects named by a number, tiers of admission.
    add(
        "university-project-number", zh.ZH_UNIVERSITY_PROJECT_NUMBERS, "一所{s}高校", "project-name"
    )
    add("university-project-word", zh.ZH_UNIVERSITY_PROJECT_WORDS, "一所985{s}", "project-name")
    add(
        "university-project-joiner",
        zh.ZH_UNIVERSITY_PROJECT_JOINERS,
        "985{s}211高校",
        "project-name",
    )
    add("admission-tier-mark", zh.ZH_ADMISSION_TIER_MARKS, "二{s}线为430分", "tier-line")
    add("admission-tier-word", zh.ZH_ADMISSION_TIER_WORDS, "二本{s}为430分", "tier-line")
    add("score-scale-top", zh.ZH_SCORE_SCALE_TOPS, "绩点3.8/{s}", "score-3.8")
    add("score-scale-slash", zh.ZH_SCORE_SCALE_SLASHES, "绩点3.8{s}4.0", "score-3.8")
    add("score-scale-label", zh.ZH_SCORE_SCALE_LABELS, "{s} 3.8/4.0", "score-3.8")
    add("mark-scale-phrase", zh.ZH_MARK_SCALE_PHRASES, "采用{s}", "mark-scale")
    add("school-grade-mark", zh.ZH_SCHOOL_GRADE_MARKS, "读六{s}", "school-grade")
    add("school-grade-not-after", zh.ZH_SCHOOL_GRADE_NOT_AFTER, "读{s}三年级", "none")
    # Entertainment and media: lists named by how many they rank, ratings in stars.
    add("ranked-list-name", zh.ZH_RANKED_LIST_NAMES, "{s}500强企业", "index-name")
    add("ranked-list-mark", zh.ZH_RANKED_LIST_MARKS, "财富500{s}企业", "index-name")
    add("star-rating-numeral", zh.ZH_STAR_RATING_NUMERALS, "给出{s}星半的评价", "star-half")
    add("star-rating-mark", zh.ZH_STAR_RATING_MARKS, "获得四{s}好评", "star-four")
    add("star-rating-word", zh.ZH_STAR_RATING_WORDS_AFTER, "获得四星{s}", "star-four")
    add("show-season-mark", zh.ZH_SHOW_SEASON_MARKS, "已播出十二{s}", "show-seasons")
    add("show-season-not-before", zh.ZH_SHOW_SEASON_NOT_BEFORE, "播出十二季{s}", "no-show-seasons")
    add("tier-mark", zh.ZH_TIER_MARKS, "价格分为十二{s}", "show-seasons")
    add("tier-not-before", zh.ZH_TIER_NOT_BEFORE, "价格分为十二档{s}", "no-show-seasons")
    # Technology: words opening with a measure word's character, names before a version.
    add("word-opening-with-measure", zh.ZH_WORDS_OPENING_WITH_A_MEASURE_WORD, "共25{s}", "no-count")
    add("model-name-in-han", zh.ZH_MODEL_NAMES_IN_HAN, "支持{s}5.3。", "model-code")
    # Personal finance: a buyer's second home.
    add("second-home-measure", zh.ZH_SECOND_HOME_MEASURES, "{s}房首付", "none")
    # Recipes and kitchen appliances: the verb of the oven after a bare 度.
    add("oven-verb-after-degree", zh.ZH_OVEN_VERBS_AFTER_DEGREE, "以8度{s}", "celsius")
    add("kitchen-measure-after-fraction", zh.ZH_KITCHEN_MEASURES_AFTER_FRACTION, "加1/4{s}", "none")
    return cases


@pytest.mark.parametrize(("text", "surface", "check"), _zh_reach_cases())
def test_zh_table_entry_is_reachable(text: str, surface: str, check: str) -> None:
    claims = claims_of(text, "zh")
    if check in ("local-dollar", "no-local-dollar"):
        # The rule name marks an amount in the local dollar of a text in traditional script.
        money = [c for c in extract_text(text, zh.RULES) if c.kind.value == "money"]
        assert len(money) == 1, money
        assert money[0].rule.endswith(LOCAL_CURRENCY_SUFFIX) is (check == "local-dollar")
    elif check == "times-as-much":
        (claim,) = extract_text(text, zh.RULES)
        assert (claim.text, claim.rule.endswith(TIMES_AS_MUCH_SUFFIX)) == ("3倍", True)
    elif check == "rate-base":
        assert [c[0] for c in claims] == [f"一{surface}人", "3人"]
    elif check == "celsius":
        assert [c[1:4] for c in claims] == [("quantity", "8", "degC")]
    elif check == "half-hour":
        assert [c[:4] for c in claims] == [("半小时", "duration", "0.5", "hour")]
    elif check == "day-span":
        assert [c[:4] for c in claims] == [("15日", "duration", "15", "day")]
    elif check == "day-of-month":
        assert [c[:3] for c in claims] == [("15日", "date", "---15")]
    elif check == "era-year":
        assert claims == ((f"{surface}110年", "year", "2021", None, "exact"),)
    elif check == "reign-year":
        year = str(zh.ZH_REIGN_ERA_YEAR_ZERO[surface] + 3)
        assert claims == ((f"{surface}三年", "year", year, None, "exact"),)
    elif check == "life-span":
        assert [c[:3] for c in claims] == [("701", "year", "701"), ("762", "year", "762")]
    elif check == "star-half":
        value = str(zh.ZH_STAR_RATING_NUMERALS[surface]) + ".5"
        assert [c[1:3] for c in claims] == [("number", value)]
    elif check == "star-four":
        assert [c[1:3] for c in claims] == [("number", "4")]
    elif check == "show-seasons":
        assert [c[1:3] for c in claims] == [("count", "12")]
    elif check == "no-show-seasons":
        assert all(c[1] != "count" for c in claims)
    elif check == "great-count":
        value = str(zh.ZH_GREAT_COUNT_NUMERALS.get(surface, 4))
        assert [c[1:3] for c in claims] == [("count", value)]
    elif check == "era-first-year":
        assert claims == ((f"民国{surface}年", "year", "1912", None, "exact"),)
    elif check == "none":
        assert claims == ()
    elif check == "bare-range-30-40":
        assert claims == (("30至40", "number", "30..40", None, "range"),)
    elif check == "web-range-8-12k":
        assert [c[1:3] for c in claims] == [("number", "8000..12000")]
    elif check == "bound-of-whole":
        assert claims == (("10%", "percent", "10", "%", "under"),)
    elif check == "span-within":
        assert claims == ((f"30天{surface}内", "duration", "30", "day", "exact"),)
    elif check == "multiplier-1-5":
        assert [c[1:3] for c in claims] == [("multiplier", "1..5")]
    elif check == "e-notation":
        assert [c[:2] for c in claims] == [(f"1.6{surface}-19", "number")]
    elif check == "power-alone":
        assert [(c[0].endswith(surface) or surface in c[0], c[1]) for c in claims] == [
            (True, "number")
        ]
    elif check == "statute-range":
        assert [c[1:5] for c in claims] == [("money", "10000..100000", "CNY", "range")]
    elif check == "bare-figure":
        assert [c[0] for c in claims] == ["5吨"]
    elif check == "no-year":
        assert [c for c in claims if c[1] in ("year", "duration")] == []
    elif check == "no-unit":
        assert [c for c in claims if c[3] is not None] == []
    elif check == "span-minutes":
        # The minutes of a span (8分 of 2小时8分) read as minutes, not a fen or a bare number.
        assert [(c[1], c[3]) for c in claims if c[0].endswith("分")] == [("duration", "minute")]
    elif check == "score":
        assert [c[1:3] for c in claims] == [("number", "5"), ("number", "6")]
    elif check == "ratio-1-18":
        assert [c[:3] for c in claims] == [("1", "number", "1"), ("18", "number", "18")]
    elif check == "range-5-10":
        assert [c[:3] for c in claims] == [("5到10", "number", "5..10")]
    elif check == "no-range":
        assert [c[:3] for c in claims] == [("5", "number", "5"), ("10", "number", "10")]
    elif check == "quarter-3":
        assert [c[:3] for c in claims] == [(f"三{surface}", "number", "3")]
    elif check == "quarter-rank":
        assert [c[1:3] for c in claims] == [("number", str("一二三四1234".index(surface) % 4 + 1))]
    elif check == "quarter-3-letter":
        assert [c[:3] for c in claims] == [("3", "number", "3")]
    elif check == "no-quarter-3":
        assert [c for c in claims if c[1:3] == ("number", "3")] == []
    elif check == "no-span-minutes":
        assert [c for c in claims if c[0].endswith("分")] == []
    elif check == "wind":
        assert [(c[1], c[2], c[3]) for c in claims] == [("quantity", "7", "Bft")]
    elif check == "wind-range":
        assert [(c[1], c[2], c[3]) for c in claims] == [("quantity", "6..7", "Bft")]
    elif check == "quake":
        assert [(c[1], c[2], c[3]) for c in claims] == [("quantity", "6.5", "magnitude")]
    elif check == "rate":
        assert [(c[1], c[2], c[3]) for c in claims] == [("money", "30000", "CNY/t")]
    elif check == "pressure":
        assert [(c[1], c[2], c[3]) for c in claims] == [
            ("quantity", "140", "mmHg"),
            ("quantity", "90", "mmHg"),
        ]
    elif check == "dimension":
        assert [(c[1], c[2], c[3]) for c in claims] == [
            ("quantity", "0.3", "m"),
            ("quantity", "0.2", "m"),
        ]
    elif check == "list":
        assert [c[1:4] for c in claims] == [
            ("money", "300000000", "USD"),
            ("money", "500000000", "USD"),
        ]
    elif check == "date":
        assert [c[1:3] for c in claims] == [("date", "2021-03-15")]
    elif check == "years":
        assert [(c[0], c[1], c[3]) for c in claims] == [(surface, "duration", "year")]
    elif check == "over-count":
        assert [c[1:] for c in claims] == [("count", "50000", None, "over")]
    elif check == "web-scale":
        value = 5 * 10 ** zh.ZH_WEB_SCALES[surface]
        assert [c[:3] for c in claims] == [(f"5{surface}人", "count", str(value))]
    elif check == "web-30000":
        assert [c[1:3] for c in claims] == [("number", "30000")]
    elif check == "accel-100":
        assert [c[1:4] for c in claims if c[1] == "quantity"] == [("quantity", "100", "km/h")]
    elif check == "web-3000000":
        assert [c[1:3] for c in claims] == [("number", "3000000")]
    elif check == "threshold":
        assert [c[1:4] for c in claims] == [("money", "300", "CNY"), ("money", "50", "CNY")]
    elif check == "web-5000-m":
        assert [c[1:4] for c in claims] == [("quantity", "5000", "m")]
    elif check == "no-web":
        assert [c for c in claims if c[2] == "8000"] == []
    elif check == "project-name":
        named = [(c.text, c.role) for c in extract_text(text, zh.RULES)]
        assert named == [(n, Role.NAME) for n in ("985", "211") if n in text]
    elif check == "school-grade":
        assert [c[:3] for c in claims] == [("六", "number", "6")]
    elif check == "mark-scale":
        value = str(zh.ZH_MARK_SCALE_PHRASES[surface][0])
        assert claims == ((surface, "count", value, None, "exact"),)
    elif check == "score-3.8":
        assert [c[1:3] for c in claims] == [("number", "3.8")]
    elif check == "tier-line":
        assert [c[:3] for c in claims] == [("430", "number", "430")]
    elif check == "index-name":
        named = [(c.text, c.role) for c in extract_text(text, zh.RULES)]
        assert named == [("500", Role.NAME)]
    elif check == "change-to-level":
        assert [c[:2] for c in claims] == [("3亿元", "money"), ("50亿元", "money")]
    elif check == "hk-quarter-span":
        assert [c[:4] for c in claims] == [("三季", "duration", "9", "month")]
    elif check == "change-range":
        assert [c[:3] for c in claims] == [("3亿元至50亿元", "money", "300000000..5000000000")]
    elif check == "valuation-ratio":
        assert [c[:3] for c in claims] == [("15倍", "number", "15")]
    elif check == "contracted-tens":
        value = 10 * zh.ZH_CONTRACTED_TENS[surface] + 5
        assert claims == ((f"{surface}五人", "count", str(value), None, "exact"),)
    elif check == "year-618":
        assert claims == (("618年", "year", "618", None, "exact"),)
    elif check == "decade-1840s":
        assert claims == ((f"19{surface}40年代", "year", "1840..1849", None, "range"),)
    elif check == "second-speed":
        assert [c[1:4] for c in claims] == [("quantity", "162", "km/h")]
    elif check == "knots":
        assert [c[1:4] for c in claims] == [("quantity", "25.928", "km/h")]
    elif check == "containers":
        assert [c[1:4] for c in claims] == [("count", "18000", None)]
    elif check == "tonnage-class":
        assert [(c[1], c[3]) for c in claims] == [("mass", "t")]
    elif check == "rate-per-area":
        assert [c[:4] for c in claims] == [("8元", "money", "8", "CNY/m2")]
    elif check == "layout":
        assert [c[:3] for c in claims] == [(f"三{surface}", "count", "3"), ("两厅", "count", "2")]
    elif check == "km-per-second":
        assert [c[1:4] for c in claims] == [("quantity", "61200", "km/h")]
    elif check == "turns-per-minute":
        assert [c[1:4] for c in claims] == [("quantity", "6500", "rpm")]
    elif check == "lunar":
        assert [(c.text, c.value, c.role) for c in extract_text(text, zh.RULES)] == [
            ("八月十五", "--08-15", Role.NAME)
        ]
    elif check == "lunar-any":
        (claim,) = extract_text(text, zh.RULES)
        month = zh.ZH_LUNAR_MONTH_WORDS[surface.removesuffix("月").removesuffix("初")]
        assert (claim.text, claim.value, claim.role) == (text, f"--{month:02}-08", Role.NAME)
    elif check == "fused-count":
        value = str(zh.ZH_FUSED_COUNTS[surface])
        assert claims == ((f"{surface}月", "duration", value, "month", "exact"),)
    elif check in ("index-name-2024", "index-name-123"):
        named = [(c.text, c.role) for c in extract_text(text, zh.RULES)]
        assert named == [(check.rsplit("-", 1)[1], Role.NAME)]
    elif check == "shipping-threshold":
        assert [c[:4] for c in claims] == [("99", "money", "99", "CNY")]
    elif check == "price-each":
        assert [c[:4] for c in claims] == [("两块五", "money", "2.5", "CNY")]
    elif check == "no-half":
        assert [c[:3] for c in claims] == [("三岁", "count", "3")]
    elif check == "nearly":
        assert [(c[0][0], c[4]) for c in claims] == [("小", "nearly")]
    elif check == "no-fused-count":
        assert [c for c in claims if c[0][0] in zh.ZH_FUSED_COUNTS] == []
    elif check == "about-count":
        assert [c[1:] for c in claims] == [("count", claims[0][2], None, "about")]
        assert claims[0][2] in ("100", "1000", "10000")
    elif check == "power-of-ten":
        assert [c[1:4] for c in claims] == [("quantity", "1080000000", "km/h")]
    elif check == "no-count":
        assert [c[:3] for c in claims] == [("25", "number", "25")]
    elif check == "model-code":
        assert [(c.text, c.role) for c in extract_text(text, zh.RULES)] == [("5.3", Role.CODE)]
    else:
        (claim,) = claims
        if check == "unit":
            assert claim[0].endswith(surface) or claim[0].startswith(surface) or surface in claim[0]
            assert claim[3] is not None
        elif check == "count":
            assert claim[:2] == (f"25{surface}", "count")
        elif check == "multiplier":
            assert claim[1] == "multiplier"
        elif check == "starts":
            assert claim[0].startswith(surface)
        elif check == "ends":
            assert claim[0].endswith(surface)
        elif check == "plan":
            assert claim[:3] == ("第十四个五年", "number", "14")
        elif check == "per-base":
            assert claim[:3] == ("千", "number", "1000")
        elif check == "speed":
            assert surface in claim[0] and claim[2:4] == ("250", "km/h")
        elif check == "hundred-km":
            assert claim[2:4] == ("100000", "m")
        elif check == "kwh":
            assert claim[:4] == ("800度", "quantity", "800", "kWh")
        else:
            assert surface in claim[0]


# ---------------------------------------------------------------------------------------------
# en


from tradefacts.extract import extract_text  # noqa: E402
from tradefacts.lang import en  # noqa: E402

# Every table of lang/en.py by name.
EN_SURFACE_TABLES: dict[str, Iterable[str]] = {
    name: value
    for name, value in vars(en).items()
    if name.startswith("EN_") and isinstance(value, (dict, frozenset))
}
# Tables whose values are unit names of units.txt.
EN_UNIT_TABLES: dict[str, Mapping[str, str]] = {
    "EN_CURRENCIES_AFTER": en.EN_CURRENCIES_AFTER,
    "EN_CURRENCIES_BEFORE": en.EN_CURRENCIES_BEFORE,
    "EN_MASS_UNITS": en.EN_MASS_UNITS,
    "EN_MASS_SYMBOLS": en.EN_MASS_SYMBOLS,
    "EN_PERCENT_UNITS": en.EN_PERCENT_UNITS,
    "EN_DURATION_UNITS": en.EN_DURATION_UNITS,
}
EN_QUALIFIER_TABLES = {
    "EN_QUALIFIERS_BEFORE": en.EN_QUALIFIERS_BEFORE,
    "EN_QUALIFIERS_AFTER": en.EN_QUALIFIERS_AFTER,
    "EN_QUALIFIERS_GLUED": en.EN_QUALIFIERS_GLUED,
}
# Phrase tables merged into the rules' `vague`: one surface, one table.
EN_PHRASE_TABLES: dict[str, Iterable[str]] = {
    "EN_NUMBER_PHRASES": en.EN_NUMBER_PHRASES,
    "EN_FRACTIONS": en.EN_FRACTIONS,
    "EN_ORDINAL_WORDS": en.EN_ORDINAL_WORDS,
    "EN_FREQUENCY_WORDS": en.EN_FREQUENCY_WORDS,
    "EN_AGE_DECADES": en.EN_AGE_DECADES,
    "EN_DECADE_WORD_YEARS": en.EN_DECADE_WORD_YEARS,
}
_EN_WITH_ORDINALS = en.RULES


def _en_literal_surfaces(path: Path) -> dict[str, list[str]]:
    """The string entries of every dict or set literal assigned to an EN_ name, as written."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        if not node.target.id.startswith("EN_") or node.value is None:
            continue
        entries: list[str] = []
        for inner in ast.walk(node.value):
            if isinstance(inner, ast.Dict):
                keys = [k for k in inner.keys if isinstance(k, ast.Constant)]
                entries += [k.value for k in keys if isinstance(k.value, str)]
            elif isinstance(inner, ast.Set):
                elts = [e for e in inner.elts if isinstance(e, ast.Constant)]
                entries += [e.value for e in elts if isinstance(e.value, str)]
        if entries:
            found[node.target.id] = entries
    return found


EN_LITERALS = _en_literal_surfaces(Path(en.__file__))


@pytest.mark.parametrize("name", sorted(EN_SURFACE_TABLES))
def test_en_table_has_no_empty_or_padded_surface(name: str) -> None:
    surfaces = [s for s in EN_SURFACE_TABLES[name] if isinstance(s, str)]
    assert all(s and s == s.strip() for s in surfaces)


@pytest.mark.parametrize("name", sorted(EN_LITERALS))
def test_en_table_literal_has_no_duplicate_surface(name: str) -> None:
    entries = EN_LITERALS[name]
    assert sorted(s for s in set(entries) if entries.count(s) > 1) == []


def test_en_unit_surfaces_have_one_meaning_across_tables() -> None:
    assert _conflicts(EN_UNIT_TABLES.values(), _canonical_unit) == {}


def test_en_qualifier_surfaces_have_one_meaning_across_tables() -> None:
    assert _conflicts(EN_QUALIFIER_TABLES.values(), _approx_value) == {}


def test_en_rules_keep_the_meaning_of_every_qualifier() -> None:
    assert {s: a for s, a in en.EN_QUALIFIERS.items() if en.RULES.qualifiers[s] is not a} == {}


def test_en_phrase_tables_are_disjoint() -> None:
    tables = [set(t) for t in EN_PHRASE_TABLES.values()]
    assert [a & b for a, b in itertools.combinations(tables, 2) if a & b] == []


def test_en_rules_read_every_phrase_with_its_table_value() -> None:
    expected = {
        **en.EN_NUMBER_PHRASES,
        **{s: (v, v) for s, v in en.EN_FRACTIONS.items()},
        **{s: (Decimal(v), Decimal(v)) for s, v in en.EN_ORDINAL_WORDS.items()},
        **{s: (Decimal(v), Decimal(v)) for s, v in en.EN_FREQUENCY_WORDS.items()},
        **en.EN_AGE_DECADES,
        **en.EN_SPAN_PHRASES,
        **en.EN_YEAR_SPAN_PHRASES,
        **en.EN_PLACE_ORDINALS,
        **en.EN_QUARTER_RANKS,
        **en.EN_DECADE_WORD_YEARS,
    }
    assert dict(en.RULES.vague) == expected


def test_en_numeral_classes_are_disjoint() -> None:
    classes = [
        set(en.EN_NUMBER_WORDS),
        set(en.EN_SMALL_SCALES),
        set(en.EN_SCALE_WORDS),
        {s.lower() for s in en.EN_SCALE_ABBREVIATIONS},
        {s.lower() for s in en.EN_SCALE_LETTERS},
        set(en.EN_VAGUE_WORDS),
    ]
    assert [a & b for a, b in itertools.combinations(classes, 2) if a & b] == []


def test_en_multiplier_surfaces_have_one_factor() -> None:
    both = set(en.EN_MULTIPLIERS) & set(en.EN_COMPARED_MULTIPLIERS)
    assert both == set()


@pytest.mark.parametrize(
    ("surface", "exponent"),
    sorted(
        {
            **en.EN_SMALL_SCALES,
            **en.EN_SCALE_WORDS,
            **en.EN_SCALE_ABBREVIATIONS,
            **en.EN_SCALE_LETTERS,
            **en.EN_VAGUE_PLURALS,
        }.items()
    ),
)
def test_en_magnitude_is_a_power_of_ten(surface: str, exponent: int) -> None:
    if surface in en.EN_VAGUE_PLURALS:
        # "tens" is read only as the head of "tens of thousands".
        phrase = surface if surface in en.RULES.vague else f"{surface} of thousands"
        shift = 0 if phrase == surface else 3
        assert en.RULES.vague[phrase][0] == Decimal(2).scaleb(exponent + shift)
        return
    parsed = parse_number(surface, en.EN_NUMERALS)
    assert parsed is not None
    assert parsed.low == Decimal(10) ** exponent


@pytest.mark.parametrize(
    ("surface", "unit"),
    sorted(
        {(s, u) for table in EN_UNIT_TABLES.values() for s, u in table.items()}
        | {(r.name, r.unit) for r in en.RULES.rules if r.unit is not None}
    ),
)
def test_en_unit_name_is_in_the_registry(surface: str, unit: str) -> None:
    _, code = units.canonicalize(Decimal(1), unit)
    assert units.is_known(code)


@pytest.mark.parametrize(("surface", "entry"), sorted(en.EN_NUMERALS.words.items()))
def test_en_numeral_table_parses_its_own_entries(surface: str, entry: tuple[Tok, int]) -> None:
    tok, value = entry
    if tok is Tok.DIGIT:
        expected: tuple[Decimal, Decimal | None] = (Decimal(value), None)
        text = surface
    elif tok in (Tok.SMALL, Tok.BIG):
        expected, text = (Decimal(10) ** value, None), surface
    elif tok is Tok.VAGUE:
        expected, text = (Decimal(200), Decimal(900)), f"{surface} hundred"
    elif tok is Tok.POINT:
        expected, text = (Decimal("5.25"), None), f"five {surface} two five"
    else:  # a joining word
        expected, text = (Decimal(105), None), f"one hundred {surface} five"
    parsed = parse_number(text, en.EN_NUMERALS)
    assert parsed is not None
    assert (parsed.low, parsed.high) == expected


# Reachability: each table entry, put in a sentence made for its table, changes what the compiled
# patterns read: (template, check) per table; {s} is the entry.
def _en_reach_cases() -> list[object]:
    cases: list[object] = []

    def add(table: str, surfaces: Iterable[str], template: str, check: str) -> None:
        for surface in sorted(surfaces):
            text = template.format(s=surface).replace("- ", "-")
            cases.append(pytest.param(text, surface, check, id=f"{table}-{surface}"))

    add("currency-after", en.EN_CURRENCIES_AFTER, "paid 5 {s} in all", "unit-end")
    add(
        "currency-after-bracketed",
        en.EN_CURRENCIES_AFTER_BRACKETED,
        "paid 5 million {s} in all",
        "unit-end",
    )
    add("currency-before", en.EN_CURRENCIES_BEFORE, "paid {s}5 in all", "unit-start")
    add("mass", en.EN_MASS_UNITS, "shipped 5 {s} in all", "unit-end")
    add("quantity", en.EN_QUANTITY_UNITS, "measured 5 {s} in all", "unit-end")
    add("quantity-symbol", en.EN_QUANTITY_SYMBOLS, "measured 5 {s} in all", "unit-end")
    add("sign-after", en.EN_CURRENCY_SIGNS_AFTER, "paid 5 {s} in all", "unit-end")
    add("code-after", en.EN_CURRENCY_CODES, "paid 5{s} in all", "unit-end")
    signs = en.EN_NEGATIVE_SIGNS
    add("negative", {s for s in signs if s.isalpha()}, "fell to {s} 5 degrees Celsius", "starts")
    # A sign mark is glued to its figure: between two spaces a dash is punctuation.
    add("negative", {s for s in signs if not s.isalpha()}, "fell to {s}5 degrees Celsius", "starts")
    add("mass-symbol", en.EN_MASS_SYMBOLS, "shipped 5{s} in all", "unit-end")
    add("dimension", en.EN_DIMENSION_SEPARATORS, "a box 30 {s} 20 cm in all", "dimension")
    add("ordinal-unit", en.EN_DURATION_ORDINAL_UNITS, "sold 5 {s}-hand cars", "bare-5")
    add("half-word", en.EN_HALF_WORDS, "took {s} an hour in all", "half-span")
    add("and-a-half", en.EN_AND_A_HALF, "took two {s} years in all", "half-span")
    add("percent", en.EN_PERCENT_UNITS, "rose 5 {s} in all", "unit-end")
    add("duration", en.EN_DURATION_UNITS, "for 15 {s} in all", "unit-end")
    add("qualifier-before", en.EN_QUALIFIERS_BEFORE, "with {s} 5 tons", "starts")
    add("qualifier-after", en.EN_QUALIFIERS_AFTER, "with 5 tons {s}", "ends")
    add("qualifier-glued", en.EN_QUALIFIERS_GLUED, "with 50{s} delegates", "ends")
    add("web-count-noun", en.EN_WEB_COUNT_NOUNS, "with 15k {s} in all", "web-15000")
    add("range-before", en.EN_RANGE_BEFORE, "growth {s} 5 and 6 percent", "range-starts")
    add("change-before", en.EN_CHANGE_BEFORE, "rose {s} 5% to 6%", "two")
    add("range-verb", en.EN_RANGE_VERBS, "rises {s} from 5% to 6%", "range-any")
    add("multiplier", en.EN_MULTIPLIERS, "output {s} again", "multiplier")
    add("compared", en.EN_COMPARED_MULTIPLIERS, "{s} as many", "multiplier")
    add("comparison", en.EN_COMPARISON_AFTER, "three times {s} expected", "multiplier")
    add("growth-verb", en.EN_GROWTH_VERBS, "output {s} three times", "multiplier")
    add("times", en.EN_TIMES, "three {s} as many", "multiplier")
    add("fold", en.EN_FOLD, "a 3{s} rise", "multiplier")
    add("month", en.EN_MONTHS, "on {s} 5, 1990", "date")
    add("month-context", en.EN_MONTH_CONTEXT, "{s} July", "date")
    add("fiscal", en.EN_FISCAL, "{s} 2020 results", "year-starts")
    add("year-elision", en.EN_YEAR_ELISIONS, "in the {s}90s, prices", "year-starts")
    add("month-joint", en.EN_MONTH_JOINTS, "in January {s} February", "two-months")
    add("span-before", en.EN_SPAN_BEFORE, "the {s} seven months", "starts")
    add("age", en.EN_AGE_AFTER, "a 15-year-{s} boy", "bare-15")
    add("span-modifier", en.EN_SPAN_MODIFIERS, "for 15 {s} years", "span-15")
    add("vague-of", en.EN_VAGUE_OF, "hundreds {s} times that of", "multiplier")
    add("year-prefix", en.EN_YEAR_PREFIXES, "in {s}-2020 prices", "year-2020")
    add("before-common-era", en.EN_BEFORE_COMMON_ERA, "in 221 {s}, Qin", "year-bc")
    add("place-ordinal", en.EN_PLACE_ORDINALS, "she finished {s} in Rome", "ordinal-any")
    add("place-verb", en.EN_PLACE_VERBS, "she {s} second in Rome", "ordinal-any")
    add("place-noun", en.EN_PLACE_NOUNS, "took second {s} in Rome", "ordinal-any")
    assert {"+", "("} == en.EN_PHONE_OPENERS
    add("phone-opener", {"+"}, "call {s}86 10 6536 8888 now", "code")
    add("phone-opener", {"("}, "call {s}010) 6536 8888 now", "code")
    add("year-span-separator", en.EN_YEAR_SPAN_SEPARATORS, "the 2019{s}22 season", "two-years")
    add("fraction-slash", en.EN_FRACTION_SLASH, "nearly 2{s}3 of the land", "percent-any")
    add("slashed-fraction", en.EN_SLASHED_FRACTIONS, "some {s} of the land", "percent-any")
    add(
        "number-phrase",
        en.EN_NUMBER_PHRASES.keys() - en.EN_VAGUE_ONLY_BEFORE_OF,
        "they saw {s} ships",
        "phrase",
    )
    add("number-phrase-of", en.EN_VAGUE_ONLY_BEFORE_OF, "they saw {s} of ships", "phrase")
    add("fraction", en.EN_FRACTIONS, "{s} of the land", "fraction")
    add("frequency", en.EN_FREQUENCY_WORDS, "she came {s}", "phrase")
    add("age-decade", en.EN_AGE_DECADES, "now in her {s}, she", "phrase")
    add("age-possessive", en.EN_AGE_DECADE_POSSESSIVES, "now in {s} 40s, she", "vague-40")
    add("ordinal-word", en.EN_ORDINAL_WORDS, "the {s} session", "ordinal")
    add("ordinal-suffix", en.EN_ORDINAL_SUFFIXES, "on the 5{s}, he said", "bare-5")
    add("day-after", en.EN_DAY_AFTER, "on the 5th {s} it", "bare-5")
    add("day-before", en.EN_DAY_BEFORE, "{s} 5th, he said", "bare-5")
    add("clock", en.EN_CLOCK_AFTER - {*en.EN_DAY_HALVES, *en.EN_OCLOCK}, "by 12 {s} today", "none")
    # "12 p.m.", "12 o'clock": clock times.
    add("day-half", en.EN_DAY_HALVES, "by 12 {s} today", "time")
    add("oclock", en.EN_OCLOCK, "by 12 {s} today", "time")
    add("clock-word", en.EN_CLOCK_WORDS, "closed until {s} today", "time")
    add("race-cue", en.EN_RACE_CUES, "she {s} 3:59.4 there", "race")
    add("wind-level", en.EN_WIND_LEVELS, "a {s} 7 gale", "wind")
    add("wind-word", en.EN_WIND_WORDS, "a force 7 {s} here", "wind")
    add("wind-word-before", en.EN_WIND_WORDS, "the {s} reached force 7.", "wind")
    add("quake-before", en.EN_QUAKE_BEFORE, "a {s} 6.5 quake", "quake")
    add("quake-after", en.EN_QUAKE_AFTER, "a 6.5 {s} quake", "quake")
    add("quake-noun", en.EN_QUAKE_NOUNS, "a 6.5 {s} hit", "quake")
    add("pressure-separator", en.EN_PRESSURE_SEPARATORS, "at 140{s}90 mmHg", "pressure")
    add("per-word", en.EN_PER_WORDS, "at 30 yuan {s} kilogram now", "rate")
    add("per-after-word", en.EN_PER_AFTER_WORDS, "spent 30 yuan on seed {s} kilogram now", "rate")
    add("per-sign", en.EN_PER_SIGNS, "at 30 yuan{s}kilogram now", "rate")
    add("acceleration-speed", en.EN_ACCELERATION_SPEED_UNITS, "from 0 to 60 {s} in 3 s", "accel")
    add("acceleration-zero-word", en.EN_ACCELERATION_ZERO_WORDS, "{s} to 100 km/h now", "accel")
    add("rate-unit", en.EN_RATE_UNITS, "at 30 yuan per {s} now", "rate-any")
    add("clock-cue", en.EN_CLOCK_WORD_CUES, "closed {s} noon today", "time-word")
    add("name-article", en.EN_NAME_ARTICLES, "call {s} 120 Emergency Center", "none")
    add("vague-word", en.EN_VAGUE_WORDS, "{s} hundred ships", "vague")
    add("number-word", set(en.EN_NUMBER_WORDS) - {"zero", "one"}, "they saw {s} ships", "word")
    add("scale-word", {**en.EN_SMALL_SCALES, **en.EN_SCALE_WORDS}, "two {s} ships", "scale")
    add("scale-abbreviation", en.EN_SCALE_ABBREVIATIONS, "assets of 5{s} in all", "scale")
    add("scale-letter", en.EN_SCALE_LETTERS, "paid $5{s} in all", "scale")
    add("transliterated-scale", en.EN_TRANSLITERATED_SCALES, "paid 5 {s} yuan in all", "scale")
    add("untranslated-chinese-scale", en.EN_UNTRANSLATED_CHINESE_SCALES, "paid 5{s} yuan", "scale")
    add("glossed-scale", en.EN_GLOSSED_SCALES, "paid 5 {s} yuan in all", "scale")
    add("plan-name", en.EN_PLAN_NAMES, "under the 14th {s}, it grew", "bare-14")
    add("per-base-word", en.EN_PER_BASE_WORDS, "{s} thousand people", "bare-1000")
    add("per-base-noun", en.EN_PER_BASE_NOUNS, "per thousand {s}", "bare-1000")
    add("money-cue", en.EN_MONEY_CUES, "{s} 5 million pounds", "gbp")
    add("function-word", en.EN_FUNCTION_WORDS, "{s} 500 people", "bare-500")
    add("instruction-verb", en.EN_INSTRUCTION_VERBS, "{s} 500 people", "bare-500")
    add("phrase-idiom", en.EN_NUMBER_WORD_PHRASE_IDIOMS, "the {s} agreed", "none")
    add("half-period", en.EN_HALF_PERIOD_BEFORE, "the {s} half of the year", "none")
    add("percent-idiom", en.EN_PERCENT_IDIOMS, "a hundred percent {s}", "none")
    add("percent-idiom-figure", en.EN_PERCENT_IDIOM_FIGURES, "I am a {s} percent sure", "none")
    add("word-idiom", en.EN_NUMBER_WORD_IDIOMS, "a two-{s} deal", "none")
    add("vague-only-before-of", en.EN_VAGUE_ONLY_BEFORE_OF, "the test {s} rose", "none")
    add("e-notation-mark", en.EN_E_NOTATION_MARKS, "a charge of 1.6{s}-19 C", "e-notation")
    add("web-range-scale", en.EN_WEB_RANGE_SCALES, "pay of 8{s}-12{s} a month", "web-range-8-12k")
    add("web-range-not-before", en.EN_WEB_RANGE_NOT_BEFORE, "a 5k-10k {s} today", "no-web-range")
    add(
        "power-alone-mark",
        en.EN_POWER_OF_TEN_EXPONENT_MARKS - set("^⁻⁺"),
        "about 10{s} stars",
        "power-alone",
    )
    add(
        "power-alone-sign",
        {"⁻", "⁺"} & en.EN_POWER_OF_TEN_EXPONENT_MARKS,
        "about 10{s}³ stars",
        "power-alone",
    )
    add(
        "power-alone-caret",
        {"^"} & en.EN_POWER_OF_TEN_EXPONENT_MARKS,
        "about 10{s}3 stars",
        "power-alone",
    )
    add("double-name", en.EN_DOUBLE_NAMES, "sales on {s} 11 rose", "bare-11")
    add(
        "university-project-word",
        en.EN_UNIVERSITY_PROJECT_WORDS,
        "a {s} 985 school",
        "project-name",
    )
    add("score-scale-top", en.EN_SCORE_SCALE_TOPS, "a GPA of 3.8/{s}", "bare-3.8")
    add("test-score-name", en.EN_TEST_SCORE_NAMES, "with {s} 0.62 in all", "bare-0.62")
    add("score-scale-slash", en.EN_SCORE_SCALE_SLASHES, "a GPA of 3.8{s}4.0", "bare-3.8")
    add("score-scale-label", en.EN_SCORE_SCALE_LABELS, "{s} 3.8/4.0", "bare-3.8")
    add(
        "university-project-number",
        en.EN_UNIVERSITY_PROJECT_NUMBERS,
        "a Project {s} school",
        "project-name",
    )
    add("currency-before-spaced", en.EN_CURRENCIES_BEFORE_SPACED, "paid {s}5 in all", "unit-start")
    add("currency-lower", en.EN_CURRENCIES_LOWER, "paid 5 {s} in all", "unit-end")
    add("currency-one", en.EN_CURRENCIES_ONE, "paid a {s} in all", "unit-end")
    add("currency-noun-after", en.EN_CURRENCY_NOUN_AFTER, "a dollar {s} rose", "none")
    add("code-scale", en.EN_CODE_SCALES, "paid 5{s}USD in all", "scale")
    add("half-compared", en.EN_HALF_COMPARED, "{s} as many", "multiplier")
    add("half-comparison", en.EN_HALF_COMPARISON, "half {s} many", "multiplier")
    add("negative-result", en.EN_NEGATIVE_RESULT_VERBS, "{s} negative 5 times", "bare-5")
    add("sign-not-after", en.EN_SIGN_NOT_AFTER, "code A{s}-3 here", "unsigned")
    add("currency-title", en.EN_CURRENCIES_TITLE, "Firm Paid 5 {s} In All", "unit-end")
    titled = {s.title() for s in en.EN_TITLE_CURRENCY_NOT}
    add("title-currency-not", titled, "Korea 5 {s} Gold", "bare-5")
    add("degree-word", en.EN_DEGREE_WORDS, "fell to minus 5 {s} at night", "unit-end")
    add("below-zero", en.EN_BELOW_ZERO, "it was 5 degrees {s} at night", "unit-end")
    add("rank-noun", en.EN_RANK_NOUNS, "as {s} 17 says", "starts")
    add("day-range-joint", en.EN_DAY_RANGE_JOINTS, "held May 20 {s} 22, 2023 there", "two-dates")
    add(
        "date-numeric-sep", en.EN_DATE_NUMERIC_SEPARATORS, "held on 2021{s}3{s}15 there", "date-any"
    )
    add("share-alone", en.EN_SHARES_ALONE, "sales fell by {s} in all", "fraction")
    add("fraction-period", en.EN_FRACTION_PERIODS, "profit rose in one {s} in all", "none")
    add("share-in", en.EN_SHARE_IN_WORDS, "one {s} five adults", "share-20")
    add("share-every", en.EN_SHARE_EVERY, "one in {s} five adults", "share-20")
    add("share-not-after", en.EN_SHARE_NOT_AFTER, "ranked {s} one in five here", "bare-5")
    add("span-phrase", en.EN_SPAN_PHRASES, "waited {s} in all", "phrase")
    add("year-span-phrase", en.EN_YEAR_SPAN_PHRASES, "waited {s} in all", "phrase")
    add("half-span-opener", en.EN_HALF_SPAN_OPENERS, "waited {s} in all", "duration")
    add("discount-word", en.EN_DISCOUNT_WORDS, "sold at 5% {s} in all", "unit-end")
    add("multiplier-sign", en.EN_MULTIPLIER_SIGNS, "a 3{s} zoom", "multiplier")
    add("round-the-clock-sign", en.EN_ROUND_THE_CLOCK_SIGNS, "open 24 {s} 7 now", "bare-24")
    add("round-the-clock-day", en.EN_ROUND_THE_CLOCK_DAY, "open 24 {s}, 7 days a week", "bare-24")
    week = en.EN_ROUND_THE_CLOCK_WEEK
    add("round-the-clock-week", week, "open 24 hours a day, 7 {s} now", "bare-24")
    add("video-lines", en.EN_VIDEO_LINE_MARKS, "a 1080{s} video", "bare-1080")
    add("colloquial-currency", en.EN_COLLOQUIAL_CURRENCIES, "paid 5 {s} in all", "unit-end")
    add("score-verb", en.EN_SCORE_VERBS, "Italy {s} Spain 5-6 at home", "two")
    add("score-noun", en.EN_SCORE_NOUNS, "a 5-6 {s} at home", "two")
    add("score-follower", en.EN_SCORE_FOLLOWERS, "Italy beat Spain 5-6 {s} home", "two")
    add("score-separator", en.EN_SCORE_SEPARATORS, "the score was 5{s}6 at home", "two")
    add("score-stage", en.EN_SCORE_STAGE_PHRASES, "it stood at 5-6 {s}, and", "two")
    add("score-noun-modifier", en.EN_SCORE_NOUN_MODIFIERS, "a 5-6 {s} lead at home", "two")
    add("metre-event", en.EN_METRE_EVENTS, "she won the 50m {s} title", "metres-50")
    add("month-name-after", en.EN_MONTH_NAMES_AFTER, "during the May {s} holiday", "none")
    add("name-ending-in-a-month", en.EN_NAMES_ENDING_IN_A_MONTH, "the {s} March 5 rocket", "none")
    add("month-possessive", en.EN_MONTH_POSSESSIVE_MARKS, "of December{s} deliveries", "december")
    add("month-naming-people", en.EN_MONTHS_NAMING_PEOPLE, "{s}'s government fell", "none")
    add("mach", en.EN_MACH_WORDS, "a top speed of {s} 2.", "mach")
    add("share-by", en.EN_SHARE_BY, "fell {s} a quarter.", "share-25")
    add("share-by-follower", en.EN_SHARE_BY_FOLLOWERS, "fell by a quarter {s} all", "share-25")
    add("quarter-ordinal", en.EN_QUARTER_ORDINALS, "sales in the {s} quarter slowed", "quarter")
    add("quarter-noun", en.EN_QUARTER_NOUNS, "sales in the third {s} slowed", "quarter")
    add("quarter-letter", en.EN_QUARTER_LETTERS, "sales in {s}3 slowed", "quarter")
    add("quarter-rank", en.EN_QUARTER_RANKS, "sales in the {s} slowed", "phrase")
    add("decade-word", en.EN_DECADE_WORD_YEARS, "songs of the late {s} returned", "phrase")
    add("common-era-before", en.EN_COMMON_ERA, "founded in {s} 618.", "year-618")
    add("common-era-after", en.EN_COMMON_ERA, "founded in 618 {s} by", "year-618")
    add("share-round-base", en.EN_SHARE_ROUND_BASES, "three in a {s} of", "share-round-base")
    add("day-half-phrase", en.EN_DAY_HALF_PHRASES, "it shut at 6 {s}", "time")
    add("clock-past", en.EN_CLOCK_PAST, "it shut at half {s} six", "clock")
    add("clock-quarter", en.EN_CLOCK_QUARTERS, "it shut at a {s} past six", "clock")
    add("clock-to", en.EN_CLOCK_TO, "it shut at a quarter {s} six", "clock")
    add("clock-to-cue", en.EN_CLOCK_TO_CUES, "it shut {s} a quarter to six", "time-05:45")
    add("decimal-point", en.EN_DECIMAL_POINTS, "it rose five {s} two percent", "decimal-5.2")
    add("month-day-article", en.EN_MONTH_DAY_ARTICLES, "it opened on May {s} 3rd", "date")
    # Transport and logistics text.
    add("transport-count-noun", en.EN_TRANSPORT_COUNT_NOUNS, "with 15k {s} in all", "web-15000")
    # Headline English: counts of people and goods with a scale letter.
    add("headline-count-noun", en.EN_HEADLINE_COUNT_NOUNS, "with 15k {s} in all", "web-15000")
    # Science and engineering text.
    add("power-of-ten-mark", en.EN_POWER_OF_TEN_MARKS, "about 3 {s} 10^8 m/s", "power-of-ten")
    # Statutes: a floor and a ceiling joined into one range.
    add(
        "bound-joiner",
        en.EN_BOUND_JOINERS,
        "fined not less than 10 yuan {s} not more than 20 yuan",
        "bounds-range",
    )
    # Dates of the Chinese lunar calendar.
    add(
        "lunar-month-phrase",
        en.EN_LUNAR_MONTH_PHRASES,
        "on the 15th day of the eighth {s}",
        "lunar",
    )
    # Public health, clinical and demographic text.
    add(
        "ratio-before-colon", en.EN_RATIO_WORDS_BEFORE_COLON, "pupils were {s} 1:18 in all", "ratio"
    )
    add("ratio-after-colon", en.EN_RATIO_WORDS_AFTER_COLON, "pupils in a 1:18 {s} in all", "ratio")
    add(
        "statistic-abbreviation", en.EN_STATISTIC_ABBREVIATIONS, "with {s} 0.62 in all", "bare-0.62"
    )
    add(
        "per-mille-follower", en.EN_PER_MILLE_FOLLOWERS, "a rate of 5 per 1,000 {s} it", "per-mille"
    )
    add(
        "hyphenated-age-bound", en.EN_HYPHENATED_AGE_BOUNDS, "jabs for the {s}-60s now", "age-bound"
    )
    # A suspended hyphen stands before a space, which add() would close up: written out here.
    for table, surfaces, template in (
        ("suspended-hyphen", en.EN_SUSPENDED_HYPHENS, "rose five{s} to tenfold"),
        ("suspended-joiner", en.EN_SUSPENDED_JOINERS, "rose five- {s} tenfold"),
    ):
        for surface in sorted(surfaces):
            text = template.format(s=surface)
            cases.append(pytest.param(text, surface, "fold-5-10", id=f"{table}-{surface}"))
    # History and biography: "first" ranks a year of a reign or an era.
    add("reign-noun", en.EN_REIGN_NOUNS, "in the first year of the Jiaqing {s}", "ordinal-any")
    add("ranked-part-noun", en.EN_RANKED_PART_NOUNS, "read the second {s} now", "ordinal-any")
    add("life-span-separator", en.EN_LIFE_SPAN_SEPARATORS, "Li Bai (701{s}762) wrote", "life-span")
    # Fitness and daily life: a height in feet and inches is one length.
    add("height-feet", en.EN_HEIGHT_FEET, "he is 5 {s} 10 inches tall", "height-5-10")
    add("height-inches", en.EN_HEIGHT_INCHES, "he is 5 feet 10 {s} tall", "height-5-10")
    # Personal finance: verbs of paying off before "over" and a term.
    add(
        "paid-off-over-verb",
        en.EN_PAID_OFF_OVER_VERBS,
        "the loan is {s} over 36 months",
        "term-36-months",
    )
    return cases


# Tables read only through tables built from them (above) or by the suggestion writer.
EN_SOURCE_TABLES = {
    "EN_ARTICLE_ONE": "EN_NUMERALS (a hundred)",
    "EN_VAGUE_PLURALS": "EN_NUMBER_PHRASES",
    "EN_GLOSSED_VAGUE_PLURALS": "EN_NUMBER_PHRASES",
    "EN_VAGUE_LEADING": "EN_NUMBER_PHRASES",
    "EN_VAGUE_MULTIPLES": "EN_NUMBER_PHRASES",
    "EN_FIXED_PHRASES": "EN_NUMBER_PHRASES",
    "EN_QUARTERS_OF": "EN_NUMBER_PHRASES",
    "EN_PERCENT_LOWER_CASE": "EN_PERCENT_UNITS (its case-sensitive part)",
    "EN_FRACTION_DENOMINATORS": "EN_FRACTIONS",
    "EN_FRACTION_PLURALS": "EN_FRACTIONS",
    "EN_ORDINAL_UNITS": "EN_ORDINAL_WORDS",
    "EN_ORDINAL_TEENS": "EN_ORDINAL_WORDS",
    "EN_ORDINAL_TENS": "EN_ORDINAL_WORDS",
    "EN_ORDINAL_IDIOMS": "EN_ORDINAL_WORDS",
    "EN_DECADE_MARKS": "EN_AGE_DECADES",
    "EN_POUND_WORDS": "EN_MONEY_CUES",
    "EN_UNITS": "the unit tables",
    "EN_QUALIFIERS": "the qualifier tables",
    "EN_PHRASES": "the phrase tables",
    # Figures bound in order: read by lang/order.py for alignment (rows in tests/test_align.py).
    "EN_ORDER_RESPECTIVELY_WORDS": "lang/order.py",
    "EN_ORDER_LIST_JOINERS": "lang/order.py",
    "EN_ORDER_CHANGE_FROM_WORDS": "lang/order.py",
    "EN_ORDER_CHANGE_TO_WORDS": "lang/order.py",
    "EN_SUGGEST_SCALES": "classify.format_figure",
    "EN_SUGGEST_HEDGES": "classify",
    "EN_UNIT_STYLES": "classify",
    "EN_DAY_SUFFIXES": "classify (suggested dates)",
    "EN_SUGGEST_NUMBER_WORDS": "classify.format_figure (figures in words)",
    "EN_SUGGEST_WORD_SCALES": "classify.format_figure (figures in words)",
    "EN_IRREGULAR_PLURALS": "EN_UNIT_PLURALS",
    "EN_UNIT_PLURALS": "classify (a unit word agreeing with its figure)",
    "EN_SUGGEST_FRACTIONS": "classify (a fraction swapped for another)",
    "EN_SUGGEST_ORDINALS": "classify (a rank in words swapped for another)",
    "EN_OPENERS": "the phrase, fraction, ordinal, multiplier, month and scale tables (cores)",
    "EN_DOZEN_WORDS": "EN_COUNTED_DOZENS",
    "EN_COUNTED_DOZENS": "EN_NUMBER_PHRASES",
    "EN_DOLLAR_HEADS_NOT_LOWER": "EN_CURRENCIES_BEFORE_SPACED",
    "EN_INDIAN_SCALE_WORDS": "EN_SUGGEST_WORD_SCALES",
    "EN_PRECISION_HEDGES": "the qualifier tables (bounds against hedges: tests/test_bounds.py)",
    "EN_LUNAR_MARKS": "the `then` of en.local.lunar.date (each EN_LUNAR_MONTH_PHRASES phrase)",
    # The direction of a change: read after extraction (tests/test_change_direction.py).
    "EN_CHANGE_RISE_VERBS": "Claim.change (tests/test_change_direction.py)",
    "EN_CHANGE_FALL_VERBS": "Claim.change (tests/test_change_direction.py)",
    "EN_CHANGE_RISE_NOUNS": "Claim.change (tests/test_change_direction.py)",
    "EN_CHANGE_FALL_NOUNS": "Claim.change (tests/test_change_direction.py)",
    "EN_CHANGE_RISE_AFTER": "Claim.change (tests/test_change_direction.py)",
    "EN_CHANGE_FALL_AFTER": "Claim.change (tests/test_change_direction.py)",
    "EN_CHANGE_UP_PHRASAL_VERBS": "Claim.change (tests/test_change_direction.py)",
    "EN_CHANGE_LEVEL_HEDGES": "Claim.change (tests/test_change_direction.py)",
    # The period of an amount of money.
    "EN_MONEY_PERIOD_NOUNS": "Claim.period (tests/test_money_period.py)",
    "EN_MONEY_PERIOD_ADVERBS": "Claim.period (tests/test_money_period.py)",
    "EN_MONEY_PERIOD_ADJECTIVES": "Claim.period (tests/test_money_period.py)",
    "EN_MONEY_PERIOD_PAY_NOUNS": "Claim.period (tests/test_money_period.py)",
    "EN_MONEY_PERIOD_NOT_AFTER": "Claim.period (tests/test_money_period.py)",
    "EN_MONEY_PERIOD_PER_WHOM": "Claim.period (tests/test_money_period.py)",
}


_EN_REACH_IDS = {
    "EN_CURRENCIES_AFTER": "currency-after-",
    "EN_CURRENCIES_AFTER_BRACKETED": "currency-after-bracketed-",
    "EN_QUANTITY_UNITS": "quantity-",
    "EN_QUANTITY_SYMBOLS": "quantity-symbol-",
    "EN_CURRENCY_SIGNS_AFTER": "sign-after-",
    "EN_CURRENCY_CODES": "code-after-",
    "EN_NEGATIVE_SIGNS": "negative-",
    "EN_PREFIXES": "qualifier-before-",
    "EN_CURRENCIES_BEFORE": "currency-before-",
    "EN_MASS_UNITS": "mass-",
    "EN_MASS_SYMBOLS": "mass-symbol-",
    "EN_PERCENT_UNITS": "percent-",
    "EN_DURATION_UNITS": "duration-",
    "EN_QUALIFIERS_BEFORE": "qualifier-before-",
    "EN_QUALIFIERS_AFTER": "qualifier-after-",
    "EN_QUALIFIERS_GLUED": "qualifier-glued-",
    "EN_WEB_COUNT_NOUNS": "web-count-noun-",
    "EN_TRANSPORT_COUNT_NOUNS": "transport-count-noun-",
    "EN_HEADLINE_COUNT_NOUNS": "headline-count-noun-",
    "EN_RANGE_BEFORE": "range-before-",
    "EN_CHANGE_BEFORE": "change-before-",
    "EN_RANGE_VERBS": "range-verb-",
    "EN_MULTIPLIERS": "multiplier-",
    "EN_COMPARED_MULTIPLIERS": "compared-",
    "EN_COMPARISON_AFTER": "comparison-",
    "EN_GROWTH_VERBS": "growth-verb-",
    "EN_TIMES": "times-",
    "EN_FOLD": "fold-",
    "EN_MONTHS": "month-",
    "EN_MONTH_CONTEXT": "month-context-",
    "EN_FISCAL": "fiscal-",
    "EN_MONTH_JOINTS": "month-joint-",
    "EN_SPAN_BEFORE": "span-before-",
    "EN_AGE_AFTER": "age-",
    "EN_SPAN_MODIFIERS": "span-modifier-",
    "EN_VAGUE_OF": "vague-of-",
    "EN_YEAR_PREFIXES": "year-prefix-",
    "EN_BEFORE_COMMON_ERA": "before-common-era-",
    "EN_PHONE_OPENERS": "phone-opener-",
    "EN_PLACE_ORDINALS": "place-ordinal-",
    "EN_PLACE_VERBS": "place-verb-",
    "EN_PLACE_NOUNS": "place-noun-",
    "EN_YEAR_SPAN_SEPARATORS": "year-span-separator-",
    "EN_FRACTION_SLASH": "fraction-slash-",
    "EN_SLASHED_FRACTIONS": "slashed-fraction-",
    "EN_NUMBER_PHRASES": "number-phrase-",
    "EN_FRACTIONS": "fraction-",
    "EN_FREQUENCY_WORDS": "frequency-",
    "EN_AGE_DECADES": "age-decade-",
    "EN_AGE_DECADE_POSSESSIVES": "age-possessive-",
    "EN_ORDINAL_WORDS": "ordinal-word-",
    "EN_ORDINAL_SUFFIXES": "ordinal-suffix-",
    "EN_DAY_AFTER": "day-after-",
    "EN_DAY_BEFORE": "day-before-",
    "EN_CLOCK_AFTER": "clock-",
    "EN_DAY_HALVES": "day-half-",
    "EN_OCLOCK": "oclock-",
    "EN_CLOCK_WORDS": "clock-word-",
    "EN_CLOCK_WORD_CUES": "clock-cue-",
    "EN_NAME_ARTICLES": "name-article-",
    "EN_VAGUE_WORDS": "vague-word-",
    "EN_NUMBER_WORDS": "number-word-",
    "EN_SMALL_SCALES": "scale-word-",
    "EN_SCALE_WORDS": "scale-word-",
    "EN_SCALE_ABBREVIATIONS": "scale-abbreviation-",
    "EN_SCALE_LETTERS": "scale-letter-",
    "EN_TRANSLITERATED_SCALES": "transliterated-scale-",
    "EN_UNTRANSLATED_CHINESE_SCALES": "untranslated-chinese-scale-",
    "EN_GLOSSED_SCALES": "glossed-scale-",
    "EN_PLAN_NAMES": "plan-name-",
    "EN_PER_BASE_WORDS": "per-base-word-",
    "EN_PER_BASE_NOUNS": "per-base-noun-",
    "EN_MONEY_CUES": "money-cue-",
    "EN_FUNCTION_WORDS": "function-word-",
    "EN_INSTRUCTION_VERBS": "instruction-verb-",
    "EN_NUMBER_WORD_PHRASE_IDIOMS": "phrase-idiom-",
    "EN_HALF_PERIOD_BEFORE": "half-period-",
    "EN_PERCENT_IDIOMS": "percent-idiom-",
    "EN_PERCENT_IDIOM_FIGURES": "percent-idiom-figure-",
    "EN_NUMBER_WORD_IDIOMS": "word-idiom-",
    "EN_YEAR_ELISIONS": "year-elision-",
    "EN_DOUBLE_NAMES": "double-name-",
    "EN_UNIVERSITY_PROJECT_WORDS": "university-project-word-",
    "EN_SCORE_SCALE_TOPS": "score-scale-top-",
    "EN_TEST_SCORE_NAMES": "test-score-name-",
    "EN_SCORE_SCALE_SLASHES": "score-scale-slash-",
    "EN_SCORE_SCALE_LABELS": "score-scale-label-",
    "EN_UNIVERSITY_PROJECT_NUMBERS": "university-project-number-",
    "EN_CURRENCIES_BEFORE_SPACED": "currency-before-spaced-",
    "EN_CURRENCIES_LOWER": "currency-lower-",
    "EN_CURRENCIES_ONE": "currency-one-",
    "EN_CURRENCY_NOUN_AFTER": "currency-noun-after-",
    "EN_CODE_SCALES": "code-scale-",
    "EN_HALF_COMPARED": "half-compared-",
    "EN_HALF_COMPARISON": "half-comparison-",
    "EN_NEGATIVE_RESULT_VERBS": "negative-result-",
    "EN_SIGN_NOT_AFTER": "sign-not-after-",
    "EN_CURRENCIES_TITLE": "currency-title-",
    "EN_TITLE_CURRENCY_NOT": "title-currency-not-",
    "EN_DEGREE_WORDS": "degree-word-",
    "EN_BELOW_ZERO": "below-zero-",
    "EN_RANK_NOUNS": "rank-noun-",
    "EN_DAY_RANGE_JOINTS": "day-range-joint-",
    "EN_DATE_NUMERIC_SEPARATORS": "date-numeric-sep-",
    "EN_DIMENSION_SEPARATORS": "dimension-",
    "EN_DURATION_ORDINAL_UNITS": "ordinal-unit-",
    "EN_HALF_WORDS": "half-word-",
    "EN_AND_A_HALF": "and-a-half-",
    "EN_SHARES_ALONE": "share-alone-",
    "EN_FRACTION_PERIODS": "fraction-period-",
    "EN_SHARE_IN_WORDS": "share-in-",
    "EN_SHARE_EVERY": "share-every-",
    "EN_SHARE_NOT_AFTER": "share-not-after-",
    "EN_SPAN_PHRASES": "span-phrase-",
    "EN_YEAR_SPAN_PHRASES": "year-span-phrase-",
    "EN_HALF_SPAN_OPENERS": "half-span-opener-",
    "EN_DISCOUNT_WORDS": "discount-word-",
    "EN_MULTIPLIER_SIGNS": "multiplier-sign-",
    "EN_ROUND_THE_CLOCK_SIGNS": "round-the-clock-sign-",
    "EN_ROUND_THE_CLOCK_DAY": "round-the-clock-day-",
    "EN_ROUND_THE_CLOCK_WEEK": "round-the-clock-week-",
    "EN_VIDEO_LINE_MARKS": "video-lines-",
    "EN_COLLOQUIAL_CURRENCIES": "colloquial-currency-",
    "EN_SCORE_VERBS": "score-verb-",
    "EN_SCORE_NOUNS": "score-noun-",
    "EN_SCORE_STAGE_PHRASES": "score-stage-",
    "EN_SCORE_FOLLOWERS": "score-follower-",
    "EN_SCORE_SEPARATORS": "score-separator-",
    "EN_SCORE_NOUN_MODIFIERS": "score-noun-modifier-",
    "EN_METRE_EVENTS": "metre-event-",
    "EN_MONTH_NAMES_AFTER": "month-name-after-",
    "EN_NAMES_ENDING_IN_A_MONTH": "name-ending-in-a-month-",
    "EN_MONTH_POSSESSIVE_MARKS": "month-possessive-",
    "EN_MONTHS_NAMING_PEOPLE": "month-naming-people-",
    "EN_MACH_WORDS": "mach-",
    "EN_SHARE_BY": "share-by-",
    "EN_SHARE_BY_FOLLOWERS": "share-by-follower-",
    "EN_RACE_CUES": "race-cue-",
    "EN_WIND_LEVELS": "wind-level-",
    "EN_WIND_WORDS": "wind-word-",
    "EN_QUAKE_BEFORE": "quake-before-",
    "EN_QUAKE_AFTER": "quake-after-",
    "EN_QUAKE_NOUNS": "quake-noun-",
    "EN_PRESSURE_SEPARATORS": "pressure-separator-",
    "EN_PER_WORDS": "per-word-",
    "EN_PER_SIGNS": "per-sign-",
    "EN_PER_AFTER_WORDS": "per-after-word-",
    "EN_RATE_UNITS": "rate-unit-",
    "EN_QUARTER_ORDINALS": "quarter-ordinal-",
    "EN_QUARTER_NOUNS": "quarter-noun-",
    "EN_QUARTER_LETTERS": "quarter-letter-",
    "EN_QUARTER_RANKS": "quarter-rank-",
    "EN_DAY_HALF_PHRASES": "day-half-phrase-",
    "EN_CLOCK_PAST": "clock-past-",
    "EN_CLOCK_QUARTERS": "clock-quarter-",
    "EN_CLOCK_TO": "clock-to-",
    "EN_CLOCK_TO_CUES": "clock-to-cue-",
    "EN_DECIMAL_POINTS": "decimal-point-",
    "EN_MONTH_DAY_ARTICLES": "month-day-article-",
    "EN_POWER_OF_TEN_MARKS": "power-of-ten-mark-",
    "EN_ACCELERATION_SPEED_UNITS": "acceleration-speed-",
    "EN_ACCELERATION_ZERO_WORDS": "acceleration-zero-word-",
    "EN_DECADE_WORD_YEARS": "decade-word-",
    "EN_COMMON_ERA": "common-era-",
    "EN_SHARE_ROUND_BASES": "share-round-base-",
    "EN_BOUND_JOINERS": "bound-joiner-",
    "EN_LUNAR_MONTH_PHRASES": "lunar-month-phrase-",
    "EN_RATIO_WORDS_BEFORE_COLON": "ratio-before-colon-",
    "EN_RATIO_WORDS_AFTER_COLON": "ratio-after-colon-",
    "EN_STATISTIC_ABBREVIATIONS": "statistic-abbreviation-",
    "EN_PER_MILLE_FOLLOWERS": "per-mille-follower-",
    "EN_SUSPENDED_HYPHENS": "suspended-hyphen-",
    "EN_HYPHENATED_AGE_BOUNDS": "hyphenated-age-bound-",
    "EN_SUSPENDED_JOINERS": "suspended-joiner-",
    # Number forms.
    "EN_VAGUE_ONLY_BEFORE_OF": "vague-only-before-of-",
    "EN_E_NOTATION_MARKS": "e-notation-mark-",
    "EN_WEB_RANGE_SCALES": "web-range-scale-",
    "EN_WEB_RANGE_NOT_BEFORE": "web-range-not-before-",
    "EN_POWER_OF_TEN_EXPONENT_MARKS": "power-alone-",
    "EN_REIGN_NOUNS": "reign-noun-",
    "EN_RANKED_PART_NOUNS": "ranked-part-noun-",
    "EN_LIFE_SPAN_SEPARATORS": "life-span-separator-",
    # Fitness and daily life.
    "EN_HEIGHT_FEET": "height-feet-",
    "EN_HEIGHT_INCHES": "height-inches-",
    # Personal finance.
    "EN_PAID_OFF_OVER_VERBS": "paid-off-over-verb-",
}


@pytest.mark.parametrize("name", sorted(EN_SURFACE_TABLES))
def test_en_table_is_reached_or_feeds_a_reached_one(name: str) -> None:
    if name in EN_SOURCE_TABLES:
        assert EN_SOURCE_TABLES[name]
        return
    prefix = _EN_REACH_IDS[name]
    assert any(str(c.id).startswith(prefix) for c in _en_reach_cases())  # type: ignore[attr-defined]


_APPROX = {"under": Approx.UNDER, "over": Approx.OVER}


@pytest.mark.parametrize(("text", "surface", "check"), _en_reach_cases())
def test_en_table_entry_is_reachable(text: str, surface: str, check: str) -> None:
    rules = _EN_WITH_ORDINALS if check == "ordinal" else en.RULES
    claims = [
        (c.text, c.kind.value, c.value, c.high, c.unit, c.approx) for c in extract_text(text, rules)
    ]
    if check == "project-name":
        named = [(c.text, c.role) for c in extract_text(text, rules)]
        assert len(named) == 1 and named[0][1] is Role.NAME and named[0][0] in ("985", "211")
        return
    if check == "none":
        assert claims == []
        return
    if check == "ordinal-any":
        assert [c[1] for c in claims] == ["number"] and claims[0][2] in (Decimal(1), Decimal(2))
        return
    if check == "height-5-10":
        assert [c[1:5] for c in claims] == [("quantity", Decimal("1.778"), None, "m")]
        return
    if check == "life-span":
        assert [c[:3] for c in claims] == [("701", "year", 701), ("762", "year", 762)]
        return
    if check == "term-36-months":
        assert [c[:3] for c in claims] == [("36 months", "duration", 36)]
        return
    if check == "bounds-range":
        assert [(c[1], c[2], c[3], c[4]) for c in claims] == [
            ("money", Decimal(10), Decimal(20), "CNY")
        ]
        return
    if check == "code":
        assert [(c[1], c[0][:1]) for c in claims] == [("number", surface)]
        return
    if check == "two-years":
        assert [(c[1], c[2]) for c in claims] == [("year", Decimal(2019)), ("year", Decimal(2022))]
        return
    if check == "percent-any":
        assert [c[1] for c in claims] == ["percent"]
        return
    if check == "two-months":
        assert [c[2] for c in claims] == ["--01", "--02"]
        return
    if check == "mach":
        assert [(c[0], c[1], c[2]) for c in claims] == [("2", "number", Decimal(2))]
        return
    if check == "date-any":
        assert [(c[1], c[2]) for c in claims] == [("date", "2021-03-15")]
        return
    if check == "december":
        assert [(c[1], c[2]) for c in claims] == [("date", "--12")]
        return
    if check == "two-dates":
        assert [c[2] for c in claims] == ["--05-20", "2023-05-22"]
        return
    if check == "ratio":
        assert [(c[0], c[1]) for c in claims] == [("1", "number"), ("18", "number")]
        return
    if check == "per-mille":
        assert [(c[0], c[1], c[2]) for c in claims] == [("5 per 1,000", "percent", Decimal("0.5"))]
        return
    if check == "age-bound":
        assert [(c[1], c[2], c[5]) for c in claims] == [("number", Decimal(60), _APPROX[surface])]
        return
    if check == "fold-5-10":
        assert [(c[1], c[2], c[3]) for c in claims] == [("multiplier", Decimal(5), Decimal(10))]
        return
    if check == "bare-0.62":
        assert [(c[0], c[1]) for c in claims] == [("0.62", "number")]
        return
    if check == "two":
        assert [c[2] for c in claims] == [Decimal(5), Decimal(6)]
        return
    if check == "metres-50":
        assert [(c[1], c[2], c[4]) for c in claims] == [("quantity", Decimal(50), "m")]
        return
    if check == "web-range-8-12k":
        assert [(c[1], c[2], c[3]) for c in claims] == [("number", Decimal(8000), Decimal(12000))]
        return
    if check == "no-web-range":
        assert all(c[3] is None for c in claims), claims
        return
    if check == "e-notation":
        assert [c[:2] for c in claims] == [(f"1.6{surface}-19", "number")]
        return
    if check == "power-alone":
        assert [(c[0].startswith("about 10"), c[1]) for c in claims] == [(True, "number")]
        return
    if check == "power-of-ten":
        assert [(c[1], c[2], c[4]) for c in claims] == [("quantity", Decimal(1080000000), "km/h")]
        return
    if check == "rate":
        assert [(c[1], c[2], c[4]) for c in claims] == [("money", Decimal(30000), "CNY/t")]
        return
    if check == "rate-any":
        assert [(c[1], c[4][:4]) for c in claims] == [("money", "CNY/")]
        return
    if check in ("wind", "quake", "pressure"):
        expected = {
            "wind": [("quantity", Decimal(7), "Bft")],
            "quake": [("quantity", Decimal("6.5"), "magnitude")],
            "pressure": [("quantity", Decimal(140), "mmHg"), ("quantity", Decimal(90), "mmHg")],
        }[check]
        assert [(c[1], c[2], c[4]) for c in claims] == expected
        return
    if check == "accel":
        # A range from standstill reads as the speed it is timed to (60 mph or 100 km/h).
        assert [(c[1], c[3], c[4]) for c in claims if c[1] == "quantity"] == [
            ("quantity", None, "km/h")
        ]
        return
    if check == "lunar":
        assert [(c[1], c[2]) for c in claims] == [("date", "--08-15")]
        return
    if check == "web-15000":
        assert [(c[0], c[1], c[2]) for c in claims] == [("15k", "number", Decimal(15000))]
        return
    if check == "race":
        assert [(c[1], c[2], c[4]) for c in claims] == [
            ("duration", Decimal(3), "minute"),
            ("duration", Decimal("59.4"), "second"),
        ]
        return
    if check == "dimension":
        assert [(c[1], c[4]) for c in claims] == [("quantity", "m"), ("quantity", "m")]
        return
    if check == "half-span":
        assert [(c[1], c[2], c[4]) for c in claims] in (
            [("duration", Decimal("0.5"), "hour")],
            [("duration", Decimal("2.5"), "year")],
        )
        return
    if check == "unsigned":
        assert [c[2] for c in claims if isinstance(c[2], Decimal) and c[2] < 0] == []
        return
    (claim,) = claims
    claim_text, kind, value, high, unit, approx = claim
    if check == "unit-end":
        assert claim_text.endswith(surface) and unit is not None
    elif check == "unit-start":
        assert claim_text.startswith(surface) and unit is not None
    elif check == "starts":
        assert claim_text.startswith(surface)
    elif check == "ends":
        assert claim_text.endswith(surface) and approx is not Approx.EXACT
    elif check == "time":
        assert (claim_text.endswith(surface), kind) == (True, "time")
    elif check == "decimal-5.2":
        assert (surface in claim_text, kind, value) == (True, "percent", Decimal("5.2"))
    elif check == "time-05:45":
        assert (kind, value) == ("time", "05:45")
    elif check == "clock":
        assert (surface in claim_text, kind) == (True, "time")
    elif check == "time-word":
        assert (claim_text, kind) == ("noon", "time")
    elif check == "range-any":
        assert (claim_text, approx) == ("5% to 6%", Approx.RANGE)
    elif check == "range-starts":
        assert claim_text.startswith(surface) and approx is Approx.RANGE
    elif check == "multiplier":
        assert kind == "multiplier"
    elif check == "span-15":
        assert (surface in claim_text, kind, value) == (True, "duration", Decimal(15))
    elif check == "year-bc":
        assert (claim_text.endswith(surface), kind, value) == (True, "year", Decimal(-221))
    elif check == "year-2020":
        assert (claim_text, kind, value) == ("2020", "year", Decimal(2020))
    elif check == "year-618":
        assert (surface in claim_text, kind, value) == (True, "year", Decimal(618))
    elif check == "share-round-base":
        base = {"hundred": 100, "thousand": 1000}[surface]
        assert (claim_text, kind, value) == (
            f"three in a {surface}",
            "percent",
            Decimal(300) / base,
        )
    elif check == "date":
        assert kind == "date"
    elif check == "year-starts":
        assert (claim_text.startswith(surface), kind) == (True, "year")
    elif check in (
        "bare-15",
        "bare-5",
        "bare-500",
        "bare-11",
        "bare-14",
        "bare-24",
        "bare-1000",
        "bare-1080",
        "bare-3.8",
    ):
        assert value == Decimal(check.split("-")[1])
    elif check == "phrase":
        assert (value, high or value) == en.RULES.vague[surface]
    elif check == "fraction":
        assert (kind, unit, value) == ("percent", "%", en.EN_FRACTIONS[surface] * 100)
    elif check == "share-20":
        assert (kind, unit, value) == ("percent", "%", Decimal(20))
    elif check == "share-25":
        assert (kind, unit, value) == ("percent", "%", Decimal(25))
    elif check == "quarter":
        assert (kind, value in {Decimal(n) for n in range(1, 5)}) == ("number", True)
    elif check == "duration":
        assert (claim_text, kind) == (surface, "duration")
    elif check == "ordinal":
        assert (claim_text, value) == (surface, Decimal(en.EN_ORDINAL_WORDS[surface]))
    elif check == "vague-40":
        assert (value, high) == (Decimal(40), Decimal(49))
    elif check == "vague":
        assert (value, high) == (Decimal(200), Decimal(900))
    elif check == "word":
        assert (claim_text, value) == (surface, Decimal(en.EN_NUMBER_WORDS[surface]))
    elif check == "scale":
        assert surface in claim_text and isinstance(value, Decimal) and value >= 100
    else:  # gbp
        assert unit == "GBP"


def test_en_every_lunar_month_phrase_writes_a_lunar_mark() -> None:
    """The lunar date rule is tried only where a mark of EN_LUNAR_MARKS is written past the
    figure: every phrase it reads must write one."""
    for phrase in en.EN_LUNAR_MONTH_PHRASES:
        assert any(mark in phrase.lower() for mark in en.EN_LUNAR_MARKS), phrase
