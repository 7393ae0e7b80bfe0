"""The seed articles end to end: every expected finding present, and no other error.

`tests/seeds_expected.json` was written by reading both sides of each article by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradefacts.model import Document, DocumentReport, Severity
from tradefacts.pipeline import check_document
from tradefacts.readers import read_items

ROOT = Path(__file__).parents[1]
EXPECTED = json.loads((ROOT / "tests" / "seeds_expected.json").read_text(encoding="utf-8"))

Key = tuple[str, str, str | None, str | None]


@pytest.fixture(scope="module")
def reports() -> list[DocumentReport]:
    items = list(read_items([str(ROOT / "seeds")]))
    assert all(isinstance(item, Document) for item in items)
    return [check_document(item) for item in items if isinstance(item, Document)]


def _key(doc: str, finding_type: str, zh: str | None, en: str | None) -> Key:
    return (doc, finding_type, zh, en)


def _found(reports: list[DocumentReport], severity: Severity | None = None) -> set[Key]:
    return {
        _key(
            r.document.id,
            f.type.value,
            f.zh.text if f.zh else None,
            f.en.text if f.en else None,
        )
        for r in reports
        for f in r.findings
        if severity is None or f.severity is severity
    }


@pytest.mark.parametrize(
    "expected",
    EXPECTED["findings"],
    ids=[f"{e['doc'][:3]}-{e['type']}-{e['zh']}" for e in EXPECTED["findings"]],
)
def test_expected_finding_is_reported(
    reports: list[DocumentReport], expected: dict[str, str]
) -> None:
    key = _key(expected["doc"], expected["type"], expected["zh"], expected["en"])
    assert key in _found(reports)


def test_no_other_error(reports: list[DocumentReport]) -> None:
    expected = {_key(e["doc"], e["type"], e["zh"], e["en"]) for e in EXPECTED["findings"]}
    assert _found(reports, Severity.ERROR) - expected == set()


@pytest.mark.parametrize(
    "expected",
    [e for e in EXPECTED["findings"] if e["suggestion"]],
    ids=lambda e: f"{e['doc'][:3]}-{e['zh']}",
)
def test_suggestion_is_the_original_in_the_translation_style(
    reports: list[DocumentReport], expected: dict[str, str]
) -> None:
    suggestions = {
        (r.document.id, f.zh.text if f.zh else None, f.en.text if f.en else None): f.suggestion
        for r in reports
        for f in r.findings
    }
    assert suggestions[(expected["doc"], expected["zh"], expected["en"])] == expected["suggestion"]


def test_every_claim_is_the_slice_of_its_text(reports: list[DocumentReport]) -> None:
    mismatched = [
        (r.document.id, c.text)
        for r in reports
        for c in (*r.zh_claims, *r.en_claims)
        if r.document.text(c.lang)[c.start : c.end] != c.text
    ]
    assert mismatched == []


def test_header_figures_are_not_claims(reports: list[DocumentReport]) -> None:
    # The English "Date:" line and the Chinese date/edition lines are metadata.
    header_dates = [
        c.text for r in reports for c in (*r.zh_claims, *r.en_claims) if c.text == "1989-08-29"
    ]
    assert header_dates == []
