"""Parquet corpora in (record batches, settable column names) and Parquet/JSONL out: findings as a
table joinable on the document id, and the clean pairs of a corpus (`tradefacts filter`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.synthetic import records, write_jsonl, write_parquet
from tradefacts.cli import app
from tradefacts.errors import InputError
from tradefacts.readers import Columns, read_parquet

pq = pytest.importorskip("pyarrow.parquet")
runner = CliRunner()
NAMES = ("pid", "source", "target")
OPTIONS = ["--id-column", "pid", "--zh-column", "source", "--en-column", "target"]


def _findings(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_parquet_input_gives_the_findings_of_the_same_jsonl(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "corpus.jsonl", 60)
    parquet = write_parquet(tmp_path / "corpus.parquet", 60, NAMES, group_rows=25)
    from_jsonl = runner.invoke(app, ["diff", str(jsonl), "--format", "jsonl"])
    from_parquet = runner.invoke(app, ["diff", str(parquet), "--format", "jsonl", *OPTIONS])
    assert (from_parquet.stdout_bytes, from_parquet.exit_code) == (
        from_jsonl.stdout_bytes,
        from_jsonl.exit_code,
    )


def test_parquet_rows_are_numbered_like_lines(tmp_path: Path) -> None:
    parquet = write_parquet(tmp_path / "corpus.parquet", 30, NAMES, group_rows=7)
    documents = list(read_parquet(parquet, Columns(*NAMES)))
    assert [(d.id, d.zh_source.line) for d in documents if not isinstance(d, InputError)][-1] == (
        "pair-0029",
        30,
    )


def test_parquet_missing_column_names_the_option(tmp_path: Path) -> None:
    parquet = write_parquet(tmp_path / "corpus.parquet", 5, NAMES, group_rows=5)
    result = runner.invoke(app, ["diff", str(parquet), "--format", "jsonl"])
    assert (result.exit_code, "--zh-column" in result.stderr) == (2, True)


def test_findings_table_has_one_row_per_finding_joinable_on_doc(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 40)
    table_path = tmp_path / "findings.parquet"
    as_jsonl = runner.invoke(app, ["diff", str(corpus), "--format", "jsonl"])
    runner.invoke(app, ["diff", str(corpus), "--output", str(table_path)])
    rows = pq.read_table(table_path).to_pylist()
    want = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert [(r["doc"], r["type"], r["zh_text"], r["en_text"], r["fingerprint"]) for r in rows] == [
        (
            f["doc"],
            f["type"],
            f["zh"] and f["zh"]["text"],
            f["en"] and f["en"]["text"],
            f["fingerprint"],
        )
        for f in want
    ]


def test_findings_table_values_are_exact_text(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 3)
    table_path = tmp_path / "findings.parquet"
    runner.invoke(app, ["diff", str(corpus), "--format", "parquet", "-o", str(table_path)])
    row = pq.read_table(table_path).to_pylist()[0]
    assert (row["type"], row["zh_value"], row["en_value"], row["factor"]) == (
        "magnitude",
        "400000000",
        "40000000000",
        "100",
    )


def test_format_parquet_needs_an_output_file(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 3)
    result = runner.invoke(app, ["diff", str(corpus), "--format", "parquet"])
    assert (result.exit_code, "--output" in result.stderr) == (2, True)


def test_filter_writes_the_pairs_without_error_findings_as_jsonl(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 20)
    clean = tmp_path / "clean.jsonl"
    result = runner.invoke(app, ["filter", str(corpus), "--output", str(clean)])
    findings = runner.invoke(app, ["diff", str(corpus), "--format", "jsonl"])
    dirty = {json.loads(x)["doc"] for x in findings.stdout.splitlines() if '"error"' in x}
    want = [r for r in records(20) if r["id"] not in dirty]
    assert (result.exit_code, _findings(clean)) == (0, want)


def test_filter_writes_parquet_with_the_input_column_names(tmp_path: Path) -> None:
    parquet = write_parquet(tmp_path / "corpus.parquet", 20, NAMES, group_rows=6)
    clean = tmp_path / "clean.parquet"
    runner.invoke(app, ["filter", str(parquet), "-o", str(clean), "--drop", "warning", *OPTIONS])
    table = pq.read_table(clean)
    assert (table.schema.names, table.num_rows) == (list(NAMES), 8)


def test_an_output_never_overwrites_an_input(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 3)
    before = corpus.read_bytes()
    result = runner.invoke(app, ["filter", str(corpus), "--output", str(corpus)])
    assert (result.exit_code, corpus.read_bytes()) == (2, before)
