"""The command line: formats, exit codes, stdout as the contract, stderr naming bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradefacts.cli import app

ROOT = Path(__file__).parents[1]
SEEDS = str(ROOT / "seeds")
runner = CliRunner()

GOOD = {"id": "good", "zh": "大豆出口２０万吨。", "en": "Soybean exports were 200,000 tons."}
SLIP = {"id": "slip", "zh": "出口１５亿美元。", "en": "Exports were $15 billion."}
DROP = {"id": "drop", "zh": "出口２０万吨，增长８．７％。", "en": "Exports were 200,000 tons."}


def _corpus(tmp_path: Path, *records: dict[str, str]) -> str:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return str(path)


def test_diff_json_is_the_contract() -> None:
    result = runner.invoke(app, ["diff", SEEDS, "--format", "json"])
    data = json.loads(result.stdout)
    assert (data["version"], sorted(data["summary"]), result.exit_code) == (
        2,
        ["by_type", "documents", "findings"],
        1,
    )


def test_diff_json_finding_has_every_contract_field() -> None:
    data = json.loads(runner.invoke(app, ["diff", SEEDS, "--format", "json"]).stdout)
    finding = data["documents"][0]["findings"][0]
    assert sorted(finding) == sorted(
        ["type", "severity", "message", "zh", "en", "factor", "suggestion", "fingerprint"]
    )


def test_claim_has_every_contract_field() -> None:
    result = runner.invoke(app, ["extract", SEEDS, "--format", "jsonl"])
    claim = json.loads(result.stdout.splitlines()[0])
    assert sorted(claim) == sorted(
        [
            "doc",
            "lang",
            "text",
            "start",
            "end",
            "line",
            "column",
            "kind",
            "value",
            "high",
            "unit",
            "approx",
            "role",
        ]
    )


def test_default_format_off_a_terminal_is_json() -> None:
    result = runner.invoke(app, ["diff", SEEDS])
    assert json.loads(result.stdout)["version"] == 2


def test_clean_pair_exits_0(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", _corpus(tmp_path, GOOD), "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)["summary"]["findings"]) == (0, 0)


def test_error_finding_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", _corpus(tmp_path, SLIP), "--format", "json"])
    assert result.exit_code == 1


def test_warning_only_exits_0_by_default(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", _corpus(tmp_path, DROP), "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)["summary"]["by_type"]) == (
        0,
        {"omission": 1},
    )


def test_fail_on_warning_exits_1_on_a_warning(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", _corpus(tmp_path, DROP), "--fail-on", "warning"])
    assert result.exit_code == 1


NOTE = {"id": "note", "zh": "两国签署协议。", "en": "The countries signed an agreement."}


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [
        pytest.param("note", 1, id="note-fails-on-note"),
        pytest.param("warning", 0, id="warning-passes-a-note"),
    ],
)
def test_fail_on_note(tmp_path: Path, fail_on: str, code: int) -> None:
    result = runner.invoke(app, ["diff", _corpus(tmp_path, NOTE), "--fail-on", fail_on])
    assert result.exit_code == code


def test_fail_on_never_exits_0_on_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", _corpus(tmp_path, SLIP), "--fail-on", "never"])
    assert result.exit_code == 0


def test_unreadable_input_exits_2_names_it_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(SLIP) + "\n{broken\n", "utf-8")
    result = runner.invoke(app, ["diff", str(path), "--format", "json"])
    assert (
        result.exit_code,
        "corpus.jsonl:2:" in result.stderr,
        json.loads(result.stdout)["summary"]["documents"],
    ) == (2, True, 1)


def test_missing_file_exits_2_without_traceback() -> None:
    result = runner.invoke(app, ["diff", "no-such-file.txt"])
    assert (
        result.exit_code,
        "no-such-file.txt" in result.stderr,
        "Traceback" in result.stderr,
    ) == (
        2,
        True,
        False,
    )


def test_zh_without_en_is_a_usage_error(tmp_path: Path) -> None:
    zh = tmp_path / "a.txt"
    zh.write_text("１０万吨", "utf-8")
    result = runner.invoke(app, ["diff", "--zh", str(zh)])
    assert (result.exit_code, "--zh and --en" in result.stderr) == (2, True)


def test_no_input_is_a_usage_error() -> None:
    result = runner.invoke(app, ["diff"])
    assert result.exit_code == 2


def test_pair_of_files(tmp_path: Path) -> None:
    zh, en = tmp_path / "a.zh", tmp_path / "a.en"
    zh.write_text("出口１５亿美元。", "utf-8")
    en.write_text("Exports were $15 billion.", "utf-8")
    result = runner.invoke(app, ["diff", "--zh", str(zh), "--en", str(en), "--format", "json"])
    finding = json.loads(result.stdout)["documents"][0]["findings"][0]
    assert (finding["type"], finding["factor"], finding["suggestion"]) == (
        "magnitude",
        10,
        "$1.5 billion",
    )


def test_diff_jsonl_has_one_finding_per_line_with_doc(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", _corpus(tmp_path, GOOD, SLIP, DROP), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc"], r["type"]) for r in rows] == [("slip", "magnitude"), ("drop", "omission")]


def test_extract_json_lists_claims_of_both_languages() -> None:
    data = json.loads(runner.invoke(app, ["extract", SEEDS, "--format", "json"]).stdout)
    first = data["documents"][0]["claims"]
    assert (data["version"], len(first["zh"]) > 10, len(first["en"]) > 10) == (2, True, True)


def test_table_format_shows_the_suggestion() -> None:
    result = runner.invoke(app, ["diff", SEEDS, "--format", "table"], terminal_width=200)
    assert "608 million Swiss francs" in result.stdout


def test_stdin_jsonl() -> None:
    result = runner.invoke(
        app, ["diff", "-", "--input", "jsonl", "--format", "jsonl"], input=json.dumps(SLIP) + "\n"
    )
    assert json.loads(result.stdout)["type"] == "magnitude"


def test_output_is_deterministic() -> None:
    first = runner.invoke(app, ["diff", SEEDS, "--format", "json"]).stdout
    second = runner.invoke(app, ["diff", SEEDS, "--format", "json"]).stdout
    assert first == second


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.stdout.startswith("tradefacts ")


@pytest.mark.parametrize("command", ["diff", "extract"])
def test_closed_pipe_exits_quietly(command: str) -> None:
    # `tradefacts … | head -c 1`: the reader leaves early; no traceback may follow.
    proc = subprocess.run(
        f"{sys.executable} -m tradefacts {command} {SEEDS} --format jsonl | head -c 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in proc.stderr


def test_module_entry_point_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tradefacts", "diff", SEEDS, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, json.loads(proc.stdout)["summary"]["by_type"]["magnitude"]) == (1, 5)
