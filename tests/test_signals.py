"""Pipes, signals, secrets (issue 10): Ctrl-C exits 130 without a traceback, a closed pipe ends the
run quietly, a bug's traceback shows no local variables (article text may be confidential), and
the tool opens no network connection.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tradefacts.cli import app

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"
GUARD = 120  # seconds: a safety net against a hang, not a timing assertion
SECRET = "CONFIDENTIAL-7f3a9c"


def _large_corpus(tmp_path: Path, records: int = 4000) -> Path:
    zh = "棉花出口１０万吨，增长１１．６％，金额１２亿美元。" * 10
    en = "Cotton exports were 100,000 tons, up 11.6 percent, worth $12 billion. " * 10
    path = tmp_path / "large.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(records):
            out.write(json.dumps({"id": str(number), "zh": zh, "en": en}, ensure_ascii=False))
            out.write("\n")
    return path


def _interrupted(tmp_path: Path, *options: str) -> tuple[int, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tradefacts", "diff", str(_large_corpus(tmp_path)), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    # Bytes, not text: communicate() reads on from the pipe where readline's buffer stopped, which
    # may be inside a character.
    proc.stdout.readline()  # the run is under way: its first finding is out
    proc.send_signal(signal.SIGINT)
    try:
        _, raw = proc.communicate(timeout=GUARD)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, raw.decode("utf-8", "replace")


@pytest.mark.parametrize(
    "options",
    [
        pytest.param(("--format", "jsonl"), id="one-process"),
        pytest.param(("--format", "jsonl", "--jobs", "2"), id="two-jobs"),
    ],
)
def test_ctrl_c_exits_130(tmp_path: Path, options: tuple[str, ...]) -> None:
    code, _ = _interrupted(tmp_path, *options)
    assert code == 130


def test_ctrl_c_shows_no_traceback(tmp_path: Path) -> None:
    _, err = _interrupted(tmp_path, "--format", "jsonl")
    assert "Traceback" not in err


@pytest.mark.parametrize("output_format", ["jsonl", "json", "table"])
def test_closed_pipe_on_a_large_corpus_is_quiet(tmp_path: Path, output_format: str) -> None:
    corpus = _large_corpus(tmp_path, records=300)
    proc = subprocess.run(
        f"'{sys.executable}' -m tradefacts diff '{corpus}' --format {output_format} | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        timeout=GUARD,
    )
    assert (proc.stderr, len(proc.stdout.splitlines())) == ("", 1)


# --- Secrets --------------------------------------------------------------------------------------


def test_a_bug_shows_no_local_variables(tmp_path: Path) -> None:
    # Force an internal error while a document is checked; the traceback (a bug's, so it is shown)
    # must not print the values of local variables, which hold article text.
    script = textwrap.dedent(
        """
        import sys
        from tradefacts import cli, pipeline

        def broken(document):
            secret_text = document.en
            raise RuntimeError("internal error")

        pipeline.check_document = broken
        sys.argv = ["tradefacts", "diff", "--zh", sys.argv[1], "--en", sys.argv[2]]
        cli.main()
        """
    )
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("出口１２亿美元。", "utf-8")
    en.write_text(f"Exports were $12 billion. {SECRET}", "utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", script, str(zh), str(en)],
        capture_output=True,
        text=True,
        check=False,
        timeout=GUARD,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "TERM": "xterm-256color"},
    )
    assert ("internal error" in proc.stderr, SECRET in proc.stderr + proc.stdout) == (True, False)


def test_typer_is_told_not_to_show_locals() -> None:
    assert app.pretty_exceptions_show_locals is False


# --- Network --------------------------------------------------------------------------------------


def test_a_full_diff_opens_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Any, ...]] = []

    def refuse(*args: Any, **kwargs: Any) -> socket.socket:
        opened.append(args)
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for format_name in ("json", "table", "html", "sarif"):
        CliRunner().invoke(app, ["diff", str(SEEDS), "--format", format_name])
    assert opened == []


def test_a_full_diff_runs_with_sockets_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> socket.socket:
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    result = CliRunner().invoke(app, ["diff", str(SEEDS), "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)["summary"]["documents"]) == (1, 2)
