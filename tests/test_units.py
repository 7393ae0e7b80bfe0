"""Units: the one registry, exact canonical conversion, currencies as separate dimensions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradefacts import units

CONVERSIONS = [
    pytest.param("76", "kilogram", "0.076", "t", id="kg-to-t"),
    pytest.param("220000000", "pound", "99790.3214", "t", id="pounds-to-t-exact"),
    pytest.param("5", "jin", "0.0025", "t", id="jin-to-t"),
    pytest.param("3", "permille", "0.3", "%", id="permille-to-percent"),
    pytest.param("2", "week", "14", "day", id="weeks-to-days"),
    pytest.param("3", "quarter", "9", "month", id="quarters-to-months"),
    pytest.param("15", "year", "15", "year", id="years-stay-years"),
    pytest.param("50", "USD_cent", "0.5", "USD", id="cents-to-dollars"),
    pytest.param("12.5", "CHF", "12.5", "CHF", id="currency-is-canonical"),
]


@pytest.mark.parametrize(("value", "unit", "expected", "code"), CONVERSIONS)
def test_canonicalize(value: str, unit: str, expected: str, code: str) -> None:
    converted, canonical = units.canonicalize(Decimal(value), unit)
    assert (converted, canonical) == (Decimal(expected), code)


def test_conversion_keeps_decimal_type() -> None:
    converted, _ = units.canonicalize(Decimal("1"), "pound")
    assert isinstance(converted, Decimal)


def test_registry_is_built_once() -> None:
    assert units.registry() is units.registry()


def test_currencies_do_not_convert_into_each_other() -> None:
    import pint

    ureg = units.registry()
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(Decimal(1), "USD").to("CHF")


def test_percent_and_points_are_different_dimensions() -> None:
    assert units.canonicalize(Decimal(1), "pp")[1] != units.canonicalize(Decimal(1), "percent")[1]


def test_unknown_unit_is_a_bug_not_a_silent_default() -> None:
    with pytest.raises(Exception, match=r"furlong|not defined|undefined"):
        units.canonicalize(Decimal(1), "furlong")


@pytest.mark.parametrize("code", sorted(units.CANONICAL_UNITS))
def test_every_canonical_code_is_in_the_registry(code: str) -> None:
    assert units.canonicalize(Decimal(1), units.CANONICAL_UNITS[code]) == (Decimal(1), code)
