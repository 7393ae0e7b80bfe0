"""The one pint registry and the conversion of (value, unit) pairs into canonical units.

Stage: used by extraction (to normalize) and classification (to compare). Input: a `Decimal` and a
unit name from a language table. Output: the value in the canonical unit of its dimension and that
unit's code (`t`, `%`, `pp`, `year`/`month`/`day`/`hour`/`minute`/`second`, ISO 4217). Nothing
else creates a registry, and nothing parses unit strings in a hot path: conversion factors are
computed once per unit name.

The factors of the units the language tables name are also stored, computed by the registry when
the package is built (`make patterns`), in the generated
module `unit_factors.py`, with the digest of the `units.txt` they came from: a run that meets only
those units never builds the registry or imports pint (0.15-0.25 s). The stored factors are used
only while `units.txt` is the file they were computed from; any other unit, an offset unit (°F)
or a changed `units.txt` goes to the registry. `tests/test_startup.py` checks each stored factor
against the registry and that every unit of the tables is stored.
"""

from __future__ import annotations

import functools
import hashlib
import json
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import pint

# The canonical units of physical amounts other than mass (claim kind `quantity`): canonical
# code → pint unit, as in `CANONICAL_UNITS`, which holds them too.
_QUANTITY_UNITS: Final[dict[str, str]] = {
    "m": "meter",
    "m2": "square_meter",
    "L": "liter",
    "km/h": "kilometer_per_hour",
    "kWh": "kilowatt_hour",
    "W": "watt",
    "degC": "degree_Celsius",
    "B": "byte",
    "bit/s": "bit_per_second",
    "Hz": "hertz",
    "Ah": "ampere_hour",
    "V": "volt",
    "A": "ampere",
    "px": "pixel",
    "mmHg": "millimeter_Hg",
    "Nm": "newton_meter",
    "Bft": "beaufort",
    "magnitude": "richter",
    "kJ": "kilojoule",
    "IU": "international_unit",
    "mmol/L": "millimole_per_liter",
    "dB": "decibel",
    "rpm": "revolution_per_minute",
}
# Canonical code of each dimension → the pint unit that is canonical for it. `%` cannot be a pint
# name, hence the mapping rather than using pint names as codes.
CANONICAL_UNITS: Final[dict[str, str]] = {
    "t": "t",
    "%": "percent",
    "pp": "pp",
    "year": "year",
    "month": "month",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "USD": "USD",
    "CHF": "CHF",
    "CNY": "CNY",
    "HKD": "HKD",
    "TWD": "TWD",
    "MOP": "MOP",
    "EUR": "EUR",
    "JPY": "JPY",
    "GBP": "GBP",
    "RUB": "RUB",
    "SUR": "SUR",
    "INR": "INR",
    "KRW": "KRW",
    "AUD": "AUD",
    "CAD": "CAD",
    "SGD": "SGD",
    "DEM": "DEM",
    "FRF": "FRF",
    "MYR": "MYR",
    "THB": "THB",
    "VND": "VND",
    "IDR": "IDR",
    "PHP": "PHP",
    "MXN": "MXN",
    "NZD": "NZD",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "ZAR": "ZAR",
    "BRL": "BRL",
    "SAR": "SAR",
    "AED": "AED",
    "TRY": "TRY",
    **_QUANTITY_UNITS,
}
CURRENCIES: Final[frozenset[str]] = frozenset(
    code for code in CANONICAL_UNITS if code.isupper() and len(code) == 3
)
# The canonical units of physical amounts other than mass (claim kind `quantity`).
QUANTITIES: Final[frozenset[str]] = frozenset(_QUANTITY_UNITS)
# Units whose zero is not the canonical unit's zero: converted through the registry, value by value.
_OFFSET_UNITS: Final[frozenset[str]] = frozenset({"degree_Fahrenheit"})
# Durations are compared in the unit they were stated in: "18 months" is not "a year and a half"
# for an editor, and months do not convert into days exactly; "90 minutes" is not "an hour and a
# half" either.
DURATIONS: Final[frozenset[str]] = frozenset({"year", "month", "day", "hour", "minute", "second"})
_DURATIONS: Final[frozenset[str]] = DURATIONS


@functools.cache
def registry() -> pint.UnitRegistry[Decimal]:
    """The single registry: our own definitions only, with `Decimal` as the number type."""
    from importlib import resources

    import pint

    ureg: pint.UnitRegistry[Decimal] = pint.UnitRegistry(
        None, non_int_type=Decimal, autoconvert_offset_to_baseunit=False
    )
    with resources.as_file(resources.files("tradefacts") / "units.txt") as path:
        ureg.load_definitions(str(path))
    return ureg


# A canonical unit is one of its own: no registry needed (loading pint is most of a cold start).
_CODE_OF_NAME: Final[dict[str, str]] = {name: code for code, name in CANONICAL_UNITS.items()}


def _definitions() -> bytes:
    from importlib import resources

    return (resources.files("tradefacts") / "units.txt").read_bytes()


@functools.cache
def stored_factors() -> dict[str, tuple[str, str]]:
    """The factors stored when the package was built, or none if `units.txt` has changed since."""
    try:
        from tradefacts import unit_factors
    except ImportError:
        return {}
    if hashlib.sha256(_definitions()).hexdigest() != unit_factors.UNITS_TXT_SHA256:
        return {}
    return unit_factors.FACTORS


@functools.cache
def _factor(unit: str) -> tuple[Decimal, str]:
    """How many canonical units one `unit` is, and the canonical code."""
    if unit in _DURATIONS:
        return Decimal(1), unit
    if unit in _CODE_OF_NAME:
        return Decimal(1), _CODE_OF_NAME[unit]
    stored = stored_factors().get(unit)
    if stored is not None:
        return Decimal(stored[0]), stored[1]
    return registry_factor(unit)


def registry_factor(unit: str) -> tuple[Decimal, str]:
    """`_factor` computed by the registry (what the stored factors are made of)."""
    ureg = registry()
    quantity = ureg.Quantity(Decimal(1), unit)
    if quantity.dimensionality == ureg.Quantity(Decimal(1), "year").dimensionality:
        years = Decimal(quantity.to("year").magnitude)
        if years == years.to_integral_value():
            return years, "year"  # a span of whole years (a decade) is counted in years, as 30年
    for code, name in CANONICAL_UNITS.items():
        if code == "year":
            # A year is 12 months in the registry; a span in weeks or quarters lands on day/month.
            continue
        if quantity.dimensionality == ureg.Quantity(Decimal(1), name).dimensionality:
            return Decimal(quantity.to(name).magnitude), code
    raise ValueError(f"unit {unit!r} has no canonical unit")


def canonicalize(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """Express `value` in `unit` in the canonical unit of its dimension.

    >>> canonicalize(Decimal("76"), "kilogram")
    (Decimal('0.076000'), 't')
    """
    if unit in _OFFSET_UNITS:
        ureg = registry()
        converted = ureg.Quantity(value, unit).to("degree_Celsius").magnitude
        return Decimal(converted), "degC"
    factor, code = _factor(unit)
    if factor == 1:
        return value, code
    return value * factor, code


def canonical_code(unit: str) -> str:
    """The canonical unit of `unit`'s dimension, from the stored factors (no registry is built,
    not even for a unit with an offset).

    >>> canonical_code("degree_Fahrenheit"), canonical_code("kilogram")
    ('degC', 't')
    """
    if unit in _OFFSET_UNITS:
        return "degC"
    return _factor(unit)[1]


def from_canonical(value: Decimal, unit: str) -> Decimal:
    """A canonical value expressed in `unit`: the inverse of `units.canonicalize`, offsets
    included (27 °C is 80.6 °F, not 27 × 1.8).

    >>> str(from_canonical(Decimal(27), "degree_Fahrenheit"))
    '80.6'
    """
    offset, _ = canonicalize(Decimal(0), unit)
    scale, _ = canonicalize(Decimal(1), unit)
    if offset == 0:
        return value / scale
    with localcontext() as context:
        # An offset unit goes through pint's floats: 20 digits drop their noise (80.59999…936).
        context.prec = 20
        return (+((value - offset) / (scale - offset))).normalize()


def is_known(code: str) -> bool:
    """Whether `code` is a canonical unit code."""
    return code in CANONICAL_UNITS


def table_units() -> list[str]:
    """Every unit name the language tables and rules convert from (not canonical, no offset)."""
    from tradefacts.lang import LANGS

    names: set[str] = set()
    for code in LANGS:
        lang = LANGS[code]
        names.update(lang.units.values())
        names.update(
            r.unit for r in (*lang.rules, *lang.local_rules, *lang.local_fallbacks) if r.unit
        )
    return sorted(
        n
        for n in names
        if n not in _DURATIONS and n not in _CODE_OF_NAME and n not in _OFFSET_UNITS
    )


def factors_module() -> str:
    """The source of `unit_factors.py`: every table unit's factor, as the registry gives it now."""
    lines = [
        '"""Generated by `make patterns` (`python -m tradefacts.compiled`) from units.txt through',
        "the pint registry: the factor of each unit the language tables name. Do not edit; see",
        'units.py."""',
        "",
        "from typing import Final",
        "",
        f'UNITS_TXT_SHA256: Final[str] = "{hashlib.sha256(_definitions()).hexdigest()}"',
        "FACTORS: Final[dict[str, tuple[str, str]]] = {",
    ]
    for name in table_units():
        factor, code = registry_factor(name)
        lines.append(f"    {json.dumps(name)}: ({json.dumps(str(factor))}, {json.dumps(code)}),")
    lines.append("}")
    return "\n".join(lines) + "\n"
