"""The Python API as a user calls it: `tradefacts.check` on two strings, and `read_documents`
telling documents and unreadable inputs apart. Cases written for these tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import tradefacts
from tradefacts import Document, InputError, Reading, check, read_documents

ARTICLE = (
    "Title: Steel\n\n\tMills shipped 2.4 million tons in 1987.\n\n<hr />\n\nOriginal:\n\n"
    "　　1987年钢厂发运240万吨。\n"
)

# (zh, en, expected (type, severity, suggestion) of each finding)
CHECK_CASES = [
    pytest.param(
        "仓库存粮4.2亿吨。",
        "The depots hold 4.2 billion tons of grain.",
        [("magnitude", "error", "420 million tons")],
        id="magnitude",
    ),
    pytest.param(
        "仓库存粮4.2亿吨。",
        "The depots hold 420 million tons of grain.",
        [],
        id="clean",
    ),
    pytest.param(
        "去年利润增长了百分之十七。",
        "Profits rose 71 percent last year.",
        [("value", "error", "17 percent")],
        id="value",
    ),
    pytest.param("", "", [], id="empty-strings"),
    pytest.param("没有数字。", "No figures here.", [], id="no-figures"),
]


@pytest.mark.parametrize(("zh", "en", "expected"), CHECK_CASES)
def test_check_two_strings(zh: str, en: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(f.type.value, f.severity.value, f.suggestion) for f in check(zh, en)] == expected


def test_check_returns_a_list_of_findings() -> None:
    findings = check("仓库存粮4.2亿吨。", "The depots hold 4.2 billion tons of grain.")
    assert (type(findings), {type(f) for f in findings}) == (list, {tradefacts.Finding})


def test_check_counts_columns_inside_each_string() -> None:
    (finding,) = check("仓库存粮4.2亿吨。", "The depots hold 4.2 billion tons of grain.")
    assert finding.zh is not None and finding.en is not None
    assert (finding.zh.line, finding.zh.column, finding.en.line, finding.en.column) == (1, 5, 1, 17)


def _corpus(tmp_path: Path) -> list[str]:
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    broken = tmp_path / "b.txt"
    broken.write_text("no separator here\n", encoding="utf-8")
    lines = tmp_path / "c.jsonl"
    records = ['{"id": "r1", "zh": "五吨", "en": "five tons"}', "{not json", '{"id": "r2"}']
    lines.write_text("\n".join(records) + "\n", encoding="utf-8")
    return [str(good), str(broken), str(lines), str(tmp_path / "missing.txt")]


def test_read_documents_yields_documents_only(tmp_path: Path) -> None:
    found = list(read_documents(_corpus(tmp_path)))
    assert ([type(d) for d in found], [d.id for d in found]) == ([Document, Document], ["a", "r1"])


def test_read_documents_collects_each_unreadable_input_in_order(tmp_path: Path) -> None:
    documents = read_documents(_corpus(tmp_path))
    for _ in documents:
        pass
    shown = [(Path(e.path).name, e.line) for e in documents.errors]
    assert shown == [("b.txt", None), ("c.jsonl", 2), ("c.jsonl", 3), ("missing.txt", None)]


def test_read_documents_errors_are_input_errors(tmp_path: Path) -> None:
    documents = read_documents(_corpus(tmp_path))
    list(documents)
    assert {type(e) for e in documents.errors} == {InputError}


def test_read_documents_errors_fill_as_iteration_reaches_them(tmp_path: Path) -> None:
    documents = read_documents(_corpus(tmp_path))
    first = next(documents)
    before = len(documents.errors)
    second = next(documents)
    assert (first.id, before, second.id, len(documents.errors)) == ("a", 0, "r1", 1)


def test_read_documents_is_a_reading_read_once(tmp_path: Path) -> None:
    documents = read_documents(_corpus(tmp_path))
    assert (isinstance(documents, Reading), len(list(documents)), list(documents)) == (True, 2, [])


def test_read_documents_reads_jsonl_from_a_stream() -> None:
    record = {"id": "s1", "zh": "三吨", "en": "three tons"}
    stream = io.BytesIO((json.dumps(record, ensure_ascii=False) + "\n").encode())
    documents = read_documents(["-"], input_format="jsonl", stdin=stream)
    assert [d.id for d in documents] == ["s1"]
