"""Baselines: accept today's findings, then report only new ones, and say which entries are stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradefacts.cli import app

runner = CliRunner()

# A bilingual article written for these tests: one magnitude error (１２亿美元 → $12 billion).
EN = (
    "Title: Trade\n\nIn 1988 the province's exports were $12 billion, a record for the year.\n\n"
    "Imports rose 5%.\n"
)
ZH = "### 贸易\n\n　　1988年全省出口１２亿美元，创历史最高纪录，令人瞩目。\n\n　　进口增长5%。\n"
# A paragraph inserted elsewhere, with an error of its own (２５万吨 → 260,000 tons).
EN_INSERT = "Corn exports were 260,000 tons.\n\n"
ZH_INSERT = "　　玉米出口２５万吨。\n\n"


def _article(path: Path, en: str, zh: str) -> Path:
    path.write_text(f"{en}<hr />\nOriginal:\n{zh}", encoding="utf-8")
    return path


def _with_insert(en: str, zh: str) -> tuple[str, str]:
    """The article with a paragraph inserted before its last paragraph, away from the error."""
    at_en = en.index("Imports")
    at_zh = zh.index("　　进口")
    return en[:at_en] + EN_INSERT + en[at_en:], zh[:at_zh] + ZH_INSERT + zh[at_zh:]


def _findings(stdout: str) -> list[tuple[str, str, str]]:
    data = json.loads(stdout)
    return [
        (f["type"], f["zh"] and f["zh"]["text"], f["en"] and f["en"]["text"])
        for d in data["documents"]
        for f in d["findings"]
    ]


def _write(article: Path, baseline: Path) -> None:
    result = runner.invoke(
        app, ["diff", str(article), "--format", "json", "--write-baseline", str(baseline)]
    )
    assert result.exit_code == 0, result.stderr


def test_write_baseline_records_sorted_versioned_entries(tmp_path: Path) -> None:
    article = _article(tmp_path / "a.txt", *_with_insert(EN, ZH))
    baseline = tmp_path / "baseline.json"
    _write(article, baseline)
    data = json.loads(baseline.read_text(encoding="utf-8"))
    entries = data["findings"]
    assert (
        data["version"],
        [(e["doc"], e["type"], e["zh"], e["en"]) for e in entries],
        entries == sorted(entries, key=lambda e: (e["doc"], e["fingerprint"])),
    ) == (
        1,
        sorted(
            [
                ("a", "magnitude", "１２亿美元", "$12 billion"),
                ("a", "value", "２５万吨", "260,000 tons"),
            ],
            key=lambda row: next(e["fingerprint"] for e in entries if e["zh"] == row[2]),
        ),
        True,
    )


def test_baseline_survives_a_paragraph_inserted_elsewhere(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _write(_article(tmp_path / "a.txt", EN, ZH), baseline)
    edited = _article(tmp_path / "a.txt", *_with_insert(EN, ZH))
    result = runner.invoke(
        app, ["diff", str(edited), "--format", "json", "--baseline", str(baseline)]
    )
    assert (result.exit_code, _findings(result.stdout)) == (
        1,
        [("value", "２５万吨", "260,000 tons")],
    )


def test_without_the_baseline_both_findings_are_reported(tmp_path: Path) -> None:
    edited = _article(tmp_path / "a.txt", *_with_insert(EN, ZH))
    result = runner.invoke(app, ["diff", str(edited), "--format", "json"])
    assert sorted(_findings(result.stdout)) == [
        ("magnitude", "１２亿美元", "$12 billion"),
        ("value", "２５万吨", "260,000 tons"),
    ]


def test_exit_code_counts_only_the_new_findings(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    article = _article(tmp_path / "a.txt", EN, ZH)
    _write(article, baseline)
    result = runner.invoke(
        app, ["diff", str(article), "--format", "json", "--baseline", str(baseline)]
    )
    assert (result.exit_code, _findings(result.stdout), result.stderr) == (
        0,
        [],
        f"tradefacts: {baseline}: the baseline accepted 1 finding\n",
    )


def test_stale_entries_are_one_info_line(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _write(_article(tmp_path / "a.txt", *_with_insert(EN, ZH)), baseline)
    fixed = _article(tmp_path / "a.txt", EN.replace("$12 billion", "$1.2 billion"), ZH)
    result = runner.invoke(
        app, ["diff", str(fixed), "--format", "json", "--baseline", str(baseline)]
    )
    # One line says what the baseline suppressed (none), one that two of its entries are stale.
    lines = result.stderr.strip().splitlines()
    assert (result.exit_code, len(lines), "2 baseline entries match no finding" in lines[1]) == (
        0,
        2,
        True,
    )


def test_entries_of_documents_not_checked_are_not_stale(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _write(_article(tmp_path / "a.txt", EN, ZH), baseline)
    other = _article(tmp_path / "b.txt", EN.replace("$12 billion", "$1.2 billion"), ZH)
    result = runner.invoke(
        app, ["diff", str(other), "--format", "json", "--baseline", str(baseline)]
    )
    assert (result.exit_code, "no finding any more" in result.stderr) == (0, False)


def test_jsonl_stream_leaves_out_accepted_findings(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _write(_article(tmp_path / "a.txt", EN, ZH), baseline)
    edited = _article(tmp_path / "a.txt", *_with_insert(EN, ZH))
    result = runner.invoke(
        app, ["diff", str(edited), "--format", "jsonl", "--baseline", str(baseline)]
    )
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == ["value"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "no such baseline file", id="missing"),
        pytest.param("{", "baseline is not JSON", id="not-json"),
        pytest.param('{"version": 9, "findings": []}', "not a tradefacts baseline", id="version"),
        pytest.param('{"version": 1, "findings": [{}]}', 'no "fingerprint"', id="entry"),
    ],
)
def test_bad_baseline_is_a_usage_error(tmp_path: Path, content: str | None, message: str) -> None:
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    article = _article(tmp_path / "a.txt", EN, ZH)
    result = runner.invoke(
        app, ["diff", str(article), "--format", "json", "--baseline", str(baseline)]
    )
    assert (result.exit_code, message in result.stderr, "Traceback" in result.stderr) == (
        2,
        True,
        False,
    )
