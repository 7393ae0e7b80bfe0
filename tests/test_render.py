"""Renderers: golden files of every format from small synthetic documents, and exact numbers.

Regenerate the golden files with `make golden` and review the diff like code: the golden JSON is
the contract, so a change there means a version bump.
"""

from __future__ import annotations

import io
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradefacts.model import Document, Report
from tradefacts.pipeline import check_document, extract_document
from tradefacts.readers import read_jsonl_lines
from tradefacts.render import DIFF_RENDERERS, EXTRACT_RENDERERS
from tradefacts.render.contract import dumps, number

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = bool(os.environ.get("TRADEFACTS_REGENERATE_GOLDEN"))

# Synthetic pairs written for the renderers: one of each common finding and a clean pair.
CASES = [
    {
        "id": "clean",
        "zh": "大豆出口２０万吨，增长８．７％。",
        "en": "Soybean exports: 200,000 tons, up 8.7%.",
    },
    {
        "id": "magnitude",
        "zh": "旅游收入7.25亿瑞士法郎。",
        "en": "Tourism income: 7.25 billion Swiss francs.",
    },
    {"id": "value", "zh": "小麦出口３５万吨。", "en": "Wheat exports were 360,000 tons."},
    {"id": "omission", "zh": "1991年出口4000多种商品。", "en": "In 1991 it exported many goods."},
    {"id": "addition", "zh": "出口增长。", "en": "Exports grew 12% last year."},
    {"id": "note", "zh": "两国签署协议。", "en": "The countries signed an agreement."},
    {
        "id": "[b]x[/b]",
        "zh": "近２亿美元",
        "en": "[red]nearly $2 billion[/red] <script>",
    },
]


def _documents() -> list[Document]:
    lines = [json.dumps(case, ensure_ascii=False).encode() for case in CASES]
    return [d for d in read_jsonl_lines(lines, "cases.jsonl") if isinstance(d, Document)]


def _render(kind: str, fmt: str) -> str:
    documents = _documents()
    if kind == "diff":
        report = Report(documents=tuple(check_document(d) for d in documents))
        renderer = DIFF_RENDERERS[fmt]
    else:
        report = Report(documents=tuple(extract_document(d) for d in documents))
        renderer = EXTRACT_RENDERERS[fmt]
    out = io.StringIO()
    renderer(report, out)
    return out.getvalue()


FORMATS = [
    ("diff", "json", "json"),
    ("diff", "jsonl", "jsonl"),
    ("diff", "table", "txt"),
    ("diff", "sarif", "sarif"),
    ("diff", "github", "github"),
    ("diff", "html", "html"),
    ("extract", "json", "json"),
    ("extract", "jsonl", "jsonl"),
]


@pytest.mark.parametrize(
    ("kind", "fmt", "suffix"), FORMATS, ids=[f"{k}-{f}" for k, f, _ in FORMATS]
)
def test_golden(kind: str, fmt: str, suffix: str) -> None:
    path = GOLDEN / f"{kind}.{suffix}"
    rendered = _render(kind, fmt)
    if REGENERATE:
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_markup_in_article_text_is_printed_as_text() -> None:
    assert "[b]x[/b]" in _render("diff", "table")


def test_json_numbers_are_exact() -> None:
    data = json.loads(_render("extract", "json"), parse_float=Decimal)
    values = [c["value"] for c in data["documents"][0]["claims"]["zh"]]
    assert values == [200000, Decimal("8.7")]


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, min_value=-(10**30), max_value=10**30, places=None
    )
)
def test_rendered_number_round_trips_to_the_decimal(value: Decimal) -> None:
    assert json.loads(dumps({"v": number(value)}), parse_float=Decimal)["v"] == value


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12, places=6
    )
)
def test_rendered_number_reads_back_as_a_float_of_the_same_value(value: Decimal) -> None:
    parsed = json.loads(dumps({"v": number(value)}))["v"]
    assert Decimal(repr(parsed)) == value or float(value) == parsed


def test_integral_value_is_written_as_an_integer() -> None:
    assert dumps({"v": number(Decimal("1.2E+9"))}) == '{"v":1200000000}'
