"""What the user reads: counts with the right plural, JSON errors without a doubled word, percent
figures without a stray space. Through the installed command, as a user runs it; cases written for
these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

MAGNITUDE = {"zh": "库存4.2亿吨。", "en": "Stocks stood at 4.2 billion tons."}
CLEAN = {"zh": "库存4.2亿吨。", "en": "Stocks stood at 420 million tons."}
PERCENT = {"zh": "利润增长65%。", "en": "Profits rose 63%."}


def _command() -> list[str]:
    script = Path(sys.executable).with_name("tradefacts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tradefacts"]


def _corpus(tmp_path: Path, records: list[dict[str, str]]) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"r{i}", **r}, ensure_ascii=False) for i, r in enumerate(records)]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_command(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


# (records of a corpus, the last line of `diff --format table`)
SUMMARIES = [
    pytest.param([MAGNITUDE], "1 document, 1 finding (1 magnitude)", id="one-and-one"),
    pytest.param([MAGNITUDE, MAGNITUDE], "2 documents, 2 findings (2 magnitude)", id="two-and-two"),
    pytest.param([CLEAN], "1 document, 0 findings", id="one-clean"),
    pytest.param([CLEAN, MAGNITUDE], "2 documents, 1 finding (1 magnitude)", id="two-one"),
]


@pytest.mark.parametrize(("records", "summary"), SUMMARIES)
def test_table_summary_counts_in_words(
    records: list[dict[str, str]], summary: str, tmp_path: Path
) -> None:
    result = _run("diff", str(_corpus(tmp_path, records)), "--format", "table")
    assert result.stdout.strip().splitlines()[-1] == summary


# (records, the claim count line of the first document on the HTML page)
CLAIM_LINES = [
    pytest.param([MAGNITUDE], "1 claim in the original, 1 in the translation", id="one-claim-each"),
    pytest.param(
        [{"zh": "三吨和五吨", "en": "three tons and five tons"}],
        "2 claims in the original, 2 in the translation",
        id="two-claims-each",
    ),
]


@pytest.mark.parametrize(("records", "line"), CLAIM_LINES)
def test_html_claim_counts_in_words(
    records: list[dict[str, str]], line: str, tmp_path: Path
) -> None:
    # --html-all: a document without findings is otherwise only counted, not shown.
    result = _run("diff", str(_corpus(tmp_path, records)), "--format", "html", "--html-all")
    assert f'<p class="where">{line}</p>' in result.stdout


# (a JSONL line that is not JSON, what stderr says of it)
BAD_JSON = [
    pytest.param(
        '{"zh": "abc', "not JSON (Unterminated string starting at column 8)", id="unterminated"
    ),
    pytest.param(
        '{"zh": "a\tb", "en": "c"}',
        "not JSON (Invalid control character at column 10)",
        id="control-character",
    ),
    pytest.param(
        "{zh}",
        "not JSON (Expecting property name enclosed in double quotes at column 2)",
        id="bare-key",
    ),
]


@pytest.mark.parametrize(("line", "said"), BAD_JSON)
def test_bad_json_line_message_reads_once(line: str, said: str) -> None:
    result = _run(
        "diff", "-", "--input", "jsonl", "--format", "json", stdin=line
    )  # no line end: it would sit inside an open string
    assert result.stderr.strip() == f"tradefacts: <stdin>:1: {said}; skipped"


# (records, the message of the only finding)
PERCENT_MESSAGES = [
    pytest.param([PERCENT], "'63%' (63%) differs from the original '65%' (65%)", id="value"),
    pytest.param(
        [{"zh": "利润增长65%。", "en": "Profits rose."}],
        "'65%' (65%) has no counterpart in the translation",
        id="omission",
    ),
]


@pytest.mark.parametrize(("records", "message"), PERCENT_MESSAGES)
def test_percent_is_written_without_a_space(
    records: list[dict[str, str]], message: str, tmp_path: Path
) -> None:
    result = _run("diff", str(_corpus(tmp_path, records)), "--format", "json")
    (finding,) = json.loads(result.stdout)["documents"][0]["findings"]
    assert finding["message"] == message
