"""The installed command on a real pseudo-terminal (issue 15): the progress bar appears, updates and
vanishes, and the output is the same as with stderr redirected; crashes, interrupts and closed
pipes get their own exit codes and leave no output file that looks complete.

Each run is the `tradefacts` script of this environment, started as a user starts it. Stderr (and,
for the table, stdout) is the slave side of a pty of 120×40; the test reads the master side.
`TRADEFACTS_PROGRESS_DELAY=0` shows the bar from the first document, so a short corpus is enough
to exercise it (the default waits half a second; the bar itself is the same).
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import textwrap
import time
from pathlib import Path

import pytest

GUARD = 120  # seconds: a safety net against a hang, not a timing assertion
TRADEFACTS = Path(sys.executable).with_name("tradefacts")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

pytestmark = pytest.mark.skipif(
    not TRADEFACTS.exists(), reason="the tradefacts command is not installed beside this Python"
)


def _corpus(tmp_path: Path, records: int = 150) -> Path:
    """A corpus of our own: most pairs correct, every fifth one with a magnitude slip."""
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(records):
            amount = 3 + number % 7
            wrong = number % 5 == 0
            record = {
                "id": f"p{number}",
                "zh": f"去年出口{amount}亿美元，增长１２．５％，钢材２０万吨。",
                "en": (
                    f"Exports last year were ${amount}{'0' if wrong else '00'} million, "
                    "up 12.5%, with 200,000 tons of steel."
                ),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "CI")}
    env.update({"TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"})
    env["TRADEFACTS_PROGRESS_DELAY"] = "0"
    env.update(extra)
    return env


def _on_terminal(
    args: list[str], cwd: Path, *, stdout: Path | None = None, **env: str
) -> tuple[int, str]:
    """Run the command with stderr (and stdout unless a file is given) on a pty: exit code and
    what the terminal received."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    sink = stdout.open("wb") if stdout is not None else None
    try:
        proc = subprocess.Popen(
            [str(TRADEFACTS), *args],
            stdin=slave,
            stdout=sink if sink is not None else slave,
            stderr=slave,
            cwd=cwd,
            env=_environment(**env),
        )
    finally:
        os.close(slave)
    received = bytearray()
    deadline = time.monotonic() + GUARD
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every holder of the slave side has closed it
                break
            if not chunk:
                break
            received += chunk
        code = proc.wait(timeout=GUARD)
    finally:
        os.close(master)
        if sink is not None:
            sink.close()
        if proc.poll() is None:
            proc.kill()
    return code, received.decode("utf-8", "replace")


def _redirected(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The same run with stdout and stderr redirected (no terminal anywhere)."""
    return subprocess.run(
        [str(TRADEFACTS), *args],
        cwd=cwd,
        capture_output=True,
        check=False,
        timeout=GUARD,
        env=_environment(),
        stdin=subprocess.DEVNULL,
    )


def _bar_was_drawn(terminal: str) -> bool:
    plain = ANSI.sub("", terminal)
    return bool(re.search(r"checking .*\d+/150 pairs", plain))


STREAMED = [
    pytest.param(["diff", "corpus.jsonl", "--format", "jsonl"], id="diff-jsonl"),
    pytest.param(
        ["diff", "corpus.jsonl", "--format", "jsonl", "--jobs", "2"], id="diff-jsonl-jobs2"
    ),
    pytest.param(["diff", "corpus.jsonl", "--format", "json"], id="diff-json"),
    pytest.param(["extract", "corpus.jsonl", "--format", "jsonl"], id="extract-jsonl"),
]


@pytest.mark.parametrize("args", STREAMED)
def test_output_on_a_terminal_equals_the_redirected_run(tmp_path: Path, args: list[str]) -> None:
    # One run at the terminal serves both checks (a start costs seconds where no cache is kept):
    # the transient bar was drawn and cleared (erase line at the end), and stdout is complete.
    _corpus(tmp_path)
    code, terminal = _on_terminal(args, tmp_path, stdout=tmp_path / "out")
    expected = _redirected(args, tmp_path)
    outcome = (
        code,
        "Traceback" in terminal,
        _bar_was_drawn(terminal),
        terminal.rstrip().endswith("\x1b[2K"),
        (tmp_path / "out").read_bytes() == expected.stdout,
    )
    assert outcome == (expected.returncode, False, True, True, True)


def test_a_dumb_terminal_still_completes(tmp_path: Path) -> None:
    _corpus(tmp_path)
    args = ["diff", "corpus.jsonl", "--format", "jsonl"]
    code, terminal = _on_terminal(args, tmp_path, stdout=tmp_path / "out", TERM="dumb")
    expected = _redirected(args, tmp_path)
    outcome = (code, "Traceback" in terminal, (tmp_path / "out").read_bytes() == expected.stdout)
    assert outcome == (1, False, True)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_table_on_a_terminal(tmp_path: Path, jobs: str) -> None:
    _corpus(tmp_path)
    code, terminal = _on_terminal(
        ["diff", "corpus.jsonl", "--format", "table", "--jobs", jobs], tmp_path
    )
    plain = ANSI.sub("", terminal)
    summary = re.findall(r"^150 documents, (\d+) findings", plain, flags=re.MULTILINE)
    assert (code, "Traceback" in plain, summary) == (1, False, ["30"])


def test_filter_on_a_terminal_writes_every_kept_pair(tmp_path: Path) -> None:
    _corpus(tmp_path)
    code, terminal = _on_terminal(["filter", "corpus.jsonl", "-o", "a.jsonl"], tmp_path)
    _redirected(["filter", "corpus.jsonl", "-o", "b.jsonl"], tmp_path)
    kept = (tmp_path / "a.jsonl").read_bytes()
    plain = ANSI.sub("", terminal)
    outcome = (
        code,
        "Traceback" in plain,
        _bar_was_drawn(terminal),
        len(kept.splitlines()),
        "kept 120 of 150 pairs" in plain,
        kept == (tmp_path / "b.jsonl").read_bytes(),
    )
    assert outcome == (0, False, True, 120, True, True)


# --- Interrupts, crashes, closed pipes ----------------------------------------------------------


def _interrupt_after_first_output(args: list[str], cwd: Path) -> tuple[int, str]:
    """Start the command, wait until it has written something, then send Ctrl-C (SIGINT)."""
    proc = subprocess.Popen(
        [str(TRADEFACTS), *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(TRADEFACTS_PROGRESS_DELAY="0.5"),
    )
    deadline = time.monotonic() + GUARD
    written = [p for p in cwd.iterdir() if p.name.endswith(".part")]
    while not written and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
        written = [p for p in cwd.iterdir() if p.name.endswith(".part") and p.stat().st_size]
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=GUARD)
    return proc.returncode, err.decode("utf-8", "replace")


def test_an_interrupted_filter_leaves_no_output(tmp_path: Path) -> None:
    _corpus(tmp_path, records=20000)
    code, err = _interrupt_after_first_output(
        ["filter", "corpus.jsonl", "-o", "out.jsonl"], tmp_path
    )
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "corpus.jsonl")
    assert (code, left, "Traceback" in err) == (130, [], False)


def test_an_interrupted_diff_to_a_file_leaves_no_output(tmp_path: Path) -> None:
    _corpus(tmp_path, records=20000)
    args = ["diff", "corpus.jsonl", "--format", "jsonl", "-o", "findings.jsonl"]
    code, _ = _interrupt_after_first_output(args, tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "corpus.jsonl")
    assert (code, left) == (130, [])


def test_a_completed_output_replaces_an_older_file(tmp_path: Path) -> None:
    _corpus(tmp_path, records=10)
    (tmp_path / "kept.jsonl").write_text("old\n", "utf-8")
    proc = _redirected(["filter", "corpus.jsonl", "-o", "kept.jsonl"], tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    kept = (tmp_path / "kept.jsonl").read_text("utf-8").splitlines()
    assert (proc.returncode, left, len(kept)) == (0, ["corpus.jsonl", "kept.jsonl"], 8)


_BROKEN = textwrap.dedent(
    """
    import sys
    from tradefacts import cli, pipeline

    calls = 0

    def broken(document):
        global calls
        calls += 1
        if calls > 3:
            raise RuntimeError("internal error")
        return real(document)

    real = pipeline.check_document
    pipeline.check_document = broken
    sys.argv = ["tradefacts", *sys.argv[1:]]
    cli.main()
    """
)


def _crashed(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    _corpus(tmp_path, records=10)
    return subprocess.run(
        [sys.executable, "-c", _BROKEN, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=GUARD,
        env=_environment(),
    )


def test_a_crash_exits_3_with_one_line_and_a_traceback(tmp_path: Path) -> None:
    proc = _crashed(tmp_path, "diff", "corpus.jsonl", "--format", "jsonl")
    first = proc.stderr.splitlines()[0]
    outcome = (proc.returncode, first.startswith("tradefacts: crashed"), "Traceback" in proc.stderr)
    assert outcome == (3, True, True)


def test_a_crash_leaves_no_output_file(tmp_path: Path) -> None:
    proc = _crashed(tmp_path, "filter", "corpus.jsonl", "-o", "kept.jsonl")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert (proc.returncode, left) == (3, ["corpus.jsonl"])


def test_a_crash_leaves_no_findings_file(tmp_path: Path) -> None:
    proc = _crashed(tmp_path, "diff", "corpus.jsonl", "-o", "findings.jsonl", "--format", "jsonl")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert (proc.returncode, left) == (3, ["corpus.jsonl"])


@pytest.mark.parametrize("command", ["diff", "extract"])
def test_a_closed_pipe_exits_0_under_pipefail(tmp_path: Path, command: str) -> None:
    _corpus(tmp_path, records=3000)
    proc = subprocess.run(
        [
            "bash",
            "-c",
            f"set -o pipefail; '{TRADEFACTS}' {command} corpus.jsonl --format jsonl | head -n 2",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=GUARD,
        env=_environment(),
    )
    assert (proc.returncode, proc.stderr, len(proc.stdout.splitlines())) == (0, "", 2)


def test_an_unreachable_scheduler_is_a_crash_not_findings(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    _corpus(tmp_path, records=10)
    # A port on this machine that nothing listens on: the connection is refused at once.
    proc = _redirected(
        ["diff", "corpus.jsonl", "--scheduler", "tcp://127.0.0.1:9", "--output", "parts"], tmp_path
    )
    err = proc.stderr.decode("utf-8", "replace")
    outcome = (proc.returncode, "cannot be reached" in err, "Traceback" in err)
    assert outcome == (3, True, False)
