"""Tests of the eval's scoring (`eval/score.py`) on made-up tool results.

The injections are made by the injector from sentences written for these tests; the findings are
made up by hand, so each row says exactly what the score must count.
"""

from __future__ import annotations

import sys
from pathlib import Path
from random import Random
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from eval import inject, score
from eval.peers import PeerFinding

Pair = inject.Pair

# "12 percent" at en [14, 24), 12% at zh [4, 7): mutated by value.
_VALUE = Pair("v", "销量增长12%。", "Sales rose by 12 percent.")
# "In 2019, " is cut by the omission; the zh counterpart 2019年 is at [0, 5).
_OMIT = Pair("o", "2019年，该厂投产。", "In 2019, the plant opened.")
# A temperature: 31℃ at zh [4, 7), "31 degrees Celsius" at en [13, 31).
_UNIT = Pair("u", "最高气温31℃。", "The high was 31 degrees Celsius.")


def _finding(
    kind: str, zh: tuple[int, int] | None, en: tuple[int, int] | None, severity: str = "error"
) -> dict[str, Any]:
    def claim(span: tuple[int, int] | None) -> dict[str, int] | None:
        return {"start": span[0], "end": span[1]} if span else None

    return {"type": kind, "severity": severity, "zh": claim(zh), "en": claim(en)}


def _plan(*items: tuple[Pair, str]) -> inject.Plan:
    injections = []
    for pair, kind in items:
        injection = inject.inject(pair, kind, Random(0))
        assert injection is not None
        injections.append(injection)
    originals = tuple(pair for pair, _ in items)
    return inject.Plan(seed=0, clean=originals, injections=tuple(injections), originals=originals)


def _score_one(
    pair: Pair, kind: str, mutated: list[dict[str, Any]], unmutated: list[dict[str, Any]]
) -> dict[str, Any]:
    plan = _plan((pair, kind))
    (injection,) = plan.injections
    return score.score_tool(plan, {injection.id: mutated}, {pair.id: unmutated})


SCORE_CASES = [
    pytest.param(
        _VALUE, "value", [_finding("value", (4, 7), (14, 24))], [], (1, 1), id="new-finding-at-site"
    ),
    pytest.param(
        _VALUE,
        "value",
        [_finding("value", (4, 7), (14, 24))],
        [_finding("value", (4, 7), (14, 24))],
        (0, 0),
        id="finding-the-untouched-pair-had",
    ),
    pytest.param(
        _VALUE, "value", [_finding("addition", None, (14, 24))], [], (1, 0), id="wrong-type"
    ),
    pytest.param(
        _VALUE, "value", [_finding("value", None, (0, 5))], [], (0, 0), id="finding-elsewhere"
    ),
    pytest.param(
        _OMIT, "omission", [_finding("omission", (0, 5), None)], [], (1, 1), id="omission-by-zh"
    ),
    pytest.param(
        _OMIT,
        "omission",
        [_finding("omission", (0, 5), None)],
        [_finding("omission", (0, 5), None)],
        (0, 0),
        id="omission-the-untouched-pair-had",
    ),
    pytest.param(
        _UNIT, "unit", [_finding("magnitude", (4, 7), (13, 31))], [], (1, 0), id="unit-as-magnitude"
    ),
]


@pytest.mark.parametrize(("pair", "kind", "mutated", "unmutated", "expected"), SCORE_CASES)
def test_score_credits_only_new_findings_at_the_site(
    pair: Pair,
    kind: str,
    mutated: list[dict[str, Any]],
    unmutated: list[dict[str, Any]],
    expected: tuple[int, int],
) -> None:
    result = _score_one(pair, kind, mutated, unmutated)
    assert (result["detected"][kind].k, result["typed"][kind].k) == expected


@pytest.mark.parametrize(("pair", "kind", "mutated", "unmutated", "expected"), SCORE_CASES)
def test_score_counts_the_same_under_each_phenomenon_of_the_site(
    pair: Pair,
    kind: str,
    mutated: list[dict[str, Any]],
    unmutated: list[dict[str, Any]],
    expected: tuple[int, int],
) -> None:
    result = _score_one(pair, kind, mutated, unmutated)
    counted = {(e["detected"].k, e["typed"].k) for e in result["phenomena"].values()}
    assert counted == {expected}


def test_score_moves_untouched_offsets_past_the_edit() -> None:
    # The omission cuts "In 2019, " (9 characters): a finding at [19, 25) before is at [10, 16) now.
    result = _score_one(
        _OMIT,
        "omission",
        [_finding("addition", None, (10, 16))],
        [_finding("addition", None, (19, 25))],
    )
    assert result["precision"].n == 0


def test_score_precision_counts_new_findings_away_from_the_site() -> None:
    mutated = [_finding("value", (4, 7), (14, 24)), _finding("addition", None, (0, 5))]
    result = _score_one(_VALUE, "value", mutated, [])
    assert (result["precision"].k, result["precision"].n) == (1, 2)


def test_score_typed_precision_counts_only_findings_of_the_injected_type() -> None:
    mutated = [_finding("omission", (4, 7), None), _finding("addition", None, (14, 24))]
    result = _score_one(_VALUE, "value", mutated, [])
    assert (result["precision"].k, result["typed_precision"].k) == (2, 0)


def test_score_phenomenon_rows_only_count_injections_with_that_phenomenon() -> None:
    plan = _plan((_VALUE, "value"), (_UNIT, "unit"))
    value, unit = plan.injections
    mutated = {value.id: [_finding("value", (4, 7), (14, 24))], unit.id: []}
    result = score.score_tool(plan, mutated, {})
    rows = result["phenomena"]
    assert (rows["percent"]["typed"].k, rows["percent"]["typed"].n) == (1, 1)
    assert (rows["temperature"]["detected"].k, rows["temperature"]["detected"].n) == (0, 1)


def test_score_all_types_sums_the_types() -> None:
    plan = _plan((_VALUE, "value"), (_UNIT, "unit"), (_OMIT, "omission"))
    value = plan.injections[0]
    result = score.score_tool(plan, {value.id: [_finding("value", (4, 7), (14, 24))]}, {})
    assert (result["all"]["typed"].k, result["all"]["typed"].n) == (1, 3)


# --- clean pairs --------------------------------------------------------------------------------

_SEVERITIES = {"a": ["error", "note"], "b": ["warning"], "c": ["note", "note"], "d": []}


def test_clean_shares_per_severity_in_order() -> None:
    result = score.score_clean(list(_SEVERITIES), _SEVERITIES)
    shares = {s: (r.k, r.n) for s, r in result["by_severity"].items()}
    assert list(shares.items()) == [("error", (1, 4)), ("warning", (1, 4)), ("note", (2, 4))]


def test_clean_warning_or_error_leaves_notes_out() -> None:
    result = score.score_clean(list(_SEVERITIES), _SEVERITIES)
    assert (result["warning_or_error"].k, result["any"].k) == (2, 3)


def test_clean_lists_an_unknown_severity_after_the_known_ones() -> None:
    result = score.score_clean(["a", "b"], {"a": ["info"], "b": ["warning"]})
    assert list(result["by_severity"]) == ["warning", "info"]


def test_score_tool_counts_clean_pairs_from_every_untouched_pair() -> None:
    plan = _plan((_VALUE, "value"), (_UNIT, "unit"))
    untouched = {"v": [_finding("addition", None, (0, 5), "note")], "u": []}
    result = score.score_tool(plan, {}, untouched)
    clean = result["clean"]
    assert (clean["pairs"], clean["by_severity"]["note"].k, clean["warning_or_error"].k) == (
        2,
        1,
        0,
    )


# --- peers ----------------------------------------------------------------------------------------


def test_peer_detects_by_a_finding_the_untouched_pair_lacked() -> None:
    plan = _plan((_VALUE, "value"), (_UNIT, "unit"))
    value, unit = plan.injections
    old = PeerFinding(key=("en-only", "5"))
    mutated = {value.id: [PeerFinding(key=("en-only", "13"))], unit.id: [old]}
    result = score.score_peer(plan, mutated, {"u": [old]}, has_spans=True)
    assert (result["detected"]["value"].k, result["detected"]["unit"].k) == (1, 0)


def test_peer_findings_on_clean_pairs_count_as_errors() -> None:
    plan = _plan((_VALUE, "value"), (_UNIT, "unit"))
    result = score.score_peer(plan, {}, {"v": [PeerFinding(key=("x",))]}, has_spans=False)
    assert (result["clean"]["by_severity"]["error"].k, result["precision"]) == (1, None)
