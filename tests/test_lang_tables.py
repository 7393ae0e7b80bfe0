"""Data integrity of the language tables: surfaces, meanings, magnitudes, units, reachability.

The zh part is in functions prefixed `test_zh_`; the en part sits beside it with `test_en_`.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers import claims_of
from tradefacts import units
from tradefacts.lang import zh
from tradefacts.numerals import parse_number
from tradefacts.rules import Tok

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
}
ZH_QUALIFIER_TABLES = {
    "ZH_QUALIFIERS_BEFORE": zh.ZH_QUALIFIERS_BEFORE,
    "ZH_QUALIFIERS_AFTER": zh.ZH_QUALIFIERS_AFTER,
    "ZH_QUALIFIERS_ROUND": zh.ZH_QUALIFIERS_ROUND,
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


def test_zh_unit_surfaces_have_one_meaning_across_tables() -> None:
    meanings: dict[str, set[str]] = {}
    for table in ZH_UNIT_TABLES.values():
        for surface, unit in table.items():
            meanings.setdefault(surface, set()).add(units.canonicalize(Decimal(1), unit)[1])
    assert {s: m for s, m in meanings.items() if len(m) > 1} == {}


def test_zh_qualifier_surfaces_have_one_meaning_across_tables() -> None:
    meanings: dict[str, set[str]] = {}
    for table in ZH_QUALIFIER_TABLES.values():
        for surface, approx in table.items():
            meanings.setdefault(surface, set()).add(approx.value)
    assert {s: m for s, m in meanings.items() if len(m) > 1} == {}


def test_zh_rules_keep_the_meaning_of_every_qualifier() -> None:
    # Span words (头, 前) are hedge-free in the rules, but a word that is also a qualifier (近)
    # keeps the qualifier's meaning.
    assert {s: a for s, a in zh.ZH_QUALIFIERS.items() if zh.RULES.qualifiers[s] is not a} == {}


def test_zh_numeral_classes_are_disjoint() -> None:
    classes = [
        set(zh.ZH_DIGITS),
        set(zh.ZH_SMALL_UNITS),
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
    ("surface", "exponent"), sorted({**zh.ZH_SMALL_UNITS, **zh.ZH_MAGNITUDES}.items())
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
    add("duration", zh.ZH_DURATION_UNITS, "共15{s}", "unit")
    add("classified-duration", zh.ZH_CLASSIFIED_DURATIONS, "共3个多{s}", "unit")
    add("measure-word", zh.ZH_MEASURE_WORDS - {"倍"}, "共25{s}", "count")
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
    add("ordinal", zh.ZH_ORDINAL_MARKS, "获{s}3名", "none")
    add("code-label", zh.ZH_CODE_LABELS, "{s}：65368888", "none")
    add("label-after", zh.ZH_LABEL_AFTER, "在10{s}", "none")
    add("yuan-word", zh.ZH_YUAN_WORD_TAILS, "一元{s}", "none")
    add("tenths-not-before", zh.ZH_TENTHS_NOT_BEFORE, "三成{s}", "none")
    add("not-year-after", zh.ZH_NOT_YEAR_AFTER, "2019年{s}", "no-year")
    return cases


@pytest.mark.parametrize(("text", "surface", "check"), _zh_reach_cases())
def test_zh_table_entry_is_reachable(text: str, surface: str, check: str) -> None:
    claims = claims_of(text, "zh")
    if check == "none":
        assert claims == ()
    elif check == "no-year":
        assert [c for c in claims if c[1] in ("year", "duration")] == []
    elif check == "list":
        assert [c[1:4] for c in claims] == [
            ("money", "300000000", "USD"),
            ("money", "500000000", "USD"),
        ]
    else:
        (claim,) = claims
        if check == "unit":
            assert claim[0].endswith(surface) or claim[0].startswith(surface) or surface in claim[0]
            assert claim[3] is not None
        elif check == "count":
            assert claim[:2] == (f"25{surface}", "count")
        elif check == "starts":
            assert claim[0].startswith(surface)
        elif check == "ends":
            assert claim[0].endswith(surface)
        else:
            assert surface in claim[0]
