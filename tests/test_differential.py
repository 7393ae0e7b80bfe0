"""Old reader against new (issue 16), while both exist: the whole-text scans and the anchored
one-pass reader must give the same claims over the dev pairs and over every phenomenon table.

Each difference is a fix, listed in FIXES with the test row that pins the new reading; any other
difference fails. The dev pairs are skipped when the file is absent (a fresh clone).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import project
from tradefacts import extract
from tradefacts.errors import InputError
from tradefacts.lang import LANGS

DEV = Path(__file__).parents[2] / "shared" / "data" / "dev.jsonl"
TESTS = Path(__file__).parent

# Differences that are fixes: (record id, lang) → (old-only surfaces, new-only surfaces), each with
# the test row that pins the new reading.
FIXES: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {
    # 一二月份 / 七八月份 name two months; the old scan read the second alone as one month
    # (test_zh_dates.py::ZH_DATES_NEGATIVE[two-months-not-the-second]).
    ("wmt21-A-01205", "zh"): (frozenset({"二月份"}), frozenset()),
    ("wmt21-A-01690", "zh"): (frozenset({"八月份"}), frozenset()),
    # 人数 is "the number of people", not a vague digit before the figure: the count is read
    # with its measure word (test_zh_counts.py::ZH_COUNTS[renshu-then-count]).
    ("wmt21-A-01548", "zh"): (frozenset({"448"}), frozenset({"448人"})),
}

# Rows of the phenomenon tables that pin a fix (the old reader read them otherwise).
TABLE_FIXES: frozenset[str] = frozenset({"三四月份交货", "参赛人数36人"})

Key = tuple[str, int, str, str, str | None, str]


def _claims(text: str, lang: str, engine: str) -> frozenset[Key] | str:
    extract.ENGINE = engine
    try:
        return frozenset(
            (row[0], claim.start, *row[1:])
            for claim in extract.extract_text(text, LANGS[lang])
            for row in [project(claim)]
        )
    except InputError as exc:
        return f"error: {exc}"
    finally:
        extract.ENGINE = "anchored"


def _differs(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]] | None:
    old, new = _claims(text, lang, "whole"), _claims(text, lang, "anchored")
    if old == new:
        return None
    if isinstance(old, str) or isinstance(new, str):
        return frozenset({str(old)}), frozenset({str(new)})
    return (
        frozenset(k[0] for k in old - new),
        frozenset(k[0] for k in new - old),
    )


def _table_texts() -> Iterator[tuple[str, str]]:
    """(lang, text) of every row of every phenomenon table."""
    for path in sorted(TESTS.glob("test_*.py")):
        lang = path.stem.split("_")[1]
        if lang not in LANGS or path.stem == "test_differential":
            continue
        module = importlib.import_module(f"tests.{path.stem}")
        for name, value in vars(module).items():
            if not name.isupper() or not isinstance(value, list):
                continue
            for row in value:
                values = getattr(row, "values", None)
                if values and isinstance(values[0], str):
                    yield lang, values[0]


def test_tables_read_the_same_by_both_readers() -> None:
    differing = [
        (lang, text, found)
        for lang, text in _table_texts()
        if text not in TABLE_FIXES
        for found in [_differs(text, lang)]
        if found is not None
    ]
    assert differing == []


@pytest.mark.parametrize("text", sorted(TABLE_FIXES))
def test_table_fixes_differ_from_the_old_reader(text: str) -> None:
    assert _differs(text, "zh") is not None


@pytest.mark.skipif(not DEV.exists(), reason="the dev pairs are not in this checkout")
def test_dev_pairs_read_the_same_by_both_readers_but_the_fixes() -> None:
    differing: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for lang in ("zh", "en"):
            found = _differs(record[lang], lang)
            if found is not None:
                differing[(record["id"], lang)] = found
    assert differing == FIXES
