"""`tradefacts filter` as a data engineer runs it: every field of a record and every column of a
row survives the cleaning, and `--rejected` writes the dropped pairs with what they were dropped
for. Through the installed command; records written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

CLEAN = {"zh": "库存4.2亿吨。", "en": "Stocks stood at 420 million tons."}
SLIP = {"zh": "库存4.2亿吨。", "en": "Stocks stood at 4.2 billion tons."}
DROPPED = {"zh": "利润增长65%，库存4.2亿吨。", "en": "Stocks stood at 420 million tons."}
SLIP_MESSAGE = (
    "'4.2 billion tons' is 10× the original '4.2亿吨' (420,000,000 t); a magnitude was misread"
)

# Records with fields of every JSON type around the texts, as a corpus file holds them; one has no
# id, one an integer id; numbers that a float would not keep (0.10, 1E+3, 30 digits).
LINES = [
    '{"id": "a1", "source": "wire", "score": 0.10, "zh": "%(c_zh)s", "en": "%(c_en)s", "tags": ["econ", 2]}',
    '{"lang_pair": "zh-en", "zh": "%(s_zh)s", "en": "%(s_en)s", "meta": {"year": 1991, "ok": true, "note": null}}',
    '{"id": 7, "zh": "%(c_zh)s", "en": "%(c_en)s", "score": 1E+3, "big": 123456789012345678901234567890}',
    '{"id": "a4", "zh": "%(d_zh)s", "en": "%(d_en)s", "score": -2.5e-7}',
]
TEXTS = {
    "c_zh": CLEAN["zh"],
    "c_en": CLEAN["en"],
    "s_zh": SLIP["zh"],
    "s_en": SLIP["en"],
    "d_zh": DROPPED["zh"],
    "d_en": DROPPED["en"],
}
RECORDS: list[dict[str, Any]] = [json.loads(line % TEXTS, parse_float=Decimal) for line in LINES]


def _command() -> list[str]:
    script = Path(sys.executable).with_name("tradefacts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tradefacts"]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_command(), *map(str, args)], capture_output=True, text=True, encoding="utf-8"
    )


def _key(record: dict[str, Any]) -> str:
    return str(record.get("id"))


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(line % TEXTS + "\n" for line in LINES), encoding="utf-8")
    return path


def _read(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line, parse_float=Decimal) for line in lines]


def test_filter_keeps_every_field_of_a_record(tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    result = _run("filter", _corpus(tmp_path), "--output", clean)
    assert (result.returncode, _read(clean)) == (0, [RECORDS[0], RECORDS[2], RECORDS[3]])


def test_filter_writes_numbers_of_a_record_as_they_were(tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    _run("filter", _corpus(tmp_path), "--output", clean)
    text = clean.read_text(encoding="utf-8")
    assert ('"score":0.10' in text, "123456789012345678901234567890" in text) == (True, True)


def test_filter_rejected_pairs_carry_their_findings(tmp_path: Path) -> None:
    clean, dropped = tmp_path / "clean.jsonl", tmp_path / "dropped.jsonl"
    result = _run("filter", _corpus(tmp_path), "-o", clean, "--rejected", dropped)
    reason = {"type": "magnitude", "severity": "error", "message": SLIP_MESSAGE}
    assert (result.returncode, _read(dropped)) == (
        0,
        [{**RECORDS[1], "tradefacts_findings": [reason]}],
    )


def test_filter_rejected_with_drop_warning_lists_warnings(tmp_path: Path) -> None:
    clean, dropped = tmp_path / "clean.jsonl", tmp_path / "dropped.jsonl"
    _run("filter", _corpus(tmp_path), "-o", clean, "--rejected", dropped, "--drop", "warning")
    shown = [
        (r.get("id"), [(f["type"], f["severity"]) for f in r["tradefacts_findings"]])
        for r in _read(dropped)
    ]
    assert shown == [(None, [("magnitude", "error")]), ("a4", [("omission", "warning")])]


def test_filter_kept_and_rejected_make_the_corpus(tmp_path: Path) -> None:
    clean, dropped = tmp_path / "clean.jsonl", tmp_path / "dropped.jsonl"
    _run("filter", _corpus(tmp_path), "-o", clean, "--rejected", dropped, "--drop", "warning")
    back = [
        {k: v for k, v in r.items() if k != "tradefacts_findings"}
        for r in _read(clean) + _read(dropped)
    ]
    assert sorted(back, key=_key) == sorted(RECORDS, key=_key)


def test_filter_refuses_a_rejected_file_that_is_the_output(tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    result = _run("filter", _corpus(tmp_path), "-o", clean, "--rejected", clean)
    assert (result.returncode, str(clean) in result.stderr) == (2, True)


pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def _parquet(tmp_path: Path) -> tuple[Path, Any]:
    table = pa.table(
        {
            "pid": pa.array(["p1", "p2", "p3"]),
            "weight": pa.array([0.5, None, 2.25], pa.float64()),
            "source": pa.array(["zh", "zh", "zh"]),
            "target": pa.array(["en", "en", "en"]),
            "count": pa.array([1, 2, 3], pa.int32()),
            "tags": pa.array([["x"], [], ["y", "z"]], pa.list_(pa.string())),
        }
    )
    texts = [CLEAN, SLIP, CLEAN]
    table = table.set_column(2, "source", pa.array([t["zh"] for t in texts]))
    table = table.set_column(3, "target", pa.array([t["en"] for t in texts]))
    path = tmp_path / "corpus.parquet"
    pq.write_table(table, path)
    return path, table


COLUMNS = ["--id-column", "pid", "--zh-column", "source", "--en-column", "target"]


def test_filter_parquet_keeps_every_column_with_its_type(tmp_path: Path) -> None:
    corpus, table = _parquet(tmp_path)
    clean = tmp_path / "clean.parquet"
    result = _run("filter", corpus, "-o", clean, *COLUMNS)
    written = pq.read_table(clean)
    assert (result.returncode, written.schema, written.to_pylist()) == (
        0,
        table.schema,
        [table.to_pylist()[0], table.to_pylist()[2]],
    )


def test_filter_parquet_rejected_rows_get_a_findings_column(tmp_path: Path) -> None:
    corpus, table = _parquet(tmp_path)
    clean, dropped = tmp_path / "clean.parquet", tmp_path / "dropped.parquet"
    _run("filter", corpus, "-o", clean, "--rejected", dropped, *COLUMNS)
    rows = pq.read_table(dropped).to_pylist()
    reason = {"type": "magnitude", "severity": "error", "message": SLIP_MESSAGE}
    assert rows == [{**table.to_pylist()[1], "tradefacts_findings": [reason]}]


def test_filter_jsonl_to_parquet_keeps_the_fields(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "r1", "score": 3, **CLEAN}, {"id": "r2", "score": 4, **SLIP}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    clean = tmp_path / "clean.parquet"
    result = _run("filter", corpus, "-o", clean)
    assert (result.returncode, pq.read_table(clean).to_pylist()) == (0, [records[0]])


def test_filter_jsonl_to_parquet_refuses_records_with_other_fields(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "r1", **CLEAN}, {"id": "r2", **CLEAN, "extra": "x"}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = _run("filter", corpus, "-o", tmp_path / "clean.parquet")
    assert (result.returncode, "'extra'" in result.stderr, "Traceback" in result.stderr) == (
        2,
        True,
        False,
    )
