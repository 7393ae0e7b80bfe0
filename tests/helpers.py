"""Test-side helpers shared by the phenomenon tables.

`project` turns claims into the one-line tuples that table rows compare against:
(surface, kind, value, unit, approx), where value is the exact decimal written plainly
("1200000000", "0.5"), a range or vague amount as "low..high", and a date as its ISO string.
"""

from __future__ import annotations

from decimal import Decimal

from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Claim

Row = tuple[str, str, str, str | None, str]


def plain(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros."""
    return format(value.normalize(), "f")


def project(claim: Claim) -> Row:
    """The comparable projection of one claim."""
    if isinstance(claim.value, str):
        value = claim.value
    else:
        value = plain(claim.value)
        if claim.high is not None:
            value = f"{value}..{plain(claim.high)}"
    return (claim.text, claim.kind.value, value, claim.unit, claim.approx.value)


def claims_of(text: str, lang: str) -> tuple[Row, ...]:
    """The projections of every claim extracted from `text` in language `lang`."""
    return tuple(project(c) for c in extract_text(text, LANGS[lang]))


def figures_of(text: str, lang: str) -> tuple[Row, ...]:
    """The projections of the claims of `text` that count or measure: a code or a list marker
    (a claim with a role other than a rank, see lang/roles.py) states no figure."""
    return tuple(
        project(c)
        for c in extract_text(text, LANGS[lang])
        if c.role is None or c.role.value == "ordinal"
    )
