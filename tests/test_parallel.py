"""--jobs: a process pool over documents; output order and bytes do not depend on N."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tests.synthetic import write_jsonl
from tradefacts.cli import app
from tradefacts.errors import InputError
from tradefacts.model import DocumentReport
from tradefacts.parallel import map_documents
from tradefacts.pipeline import check_document
from tradefacts.readers import read_items

runner = CliRunner()


def test_jobs_2_writes_the_bytes_of_jobs_1(tmp_path: Path) -> None:
    corpus = str(write_jsonl(tmp_path / "corpus.jsonl", 150))
    one = runner.invoke(app, ["diff", corpus, "--format", "jsonl", "--jobs", "1"])
    two = runner.invoke(app, ["diff", corpus, "--format", "jsonl", "--jobs", "2"])
    assert (two.stdout_bytes, two.exit_code) == (one.stdout_bytes, one.exit_code)


def test_jobs_2_json_report_equals_jobs_1(tmp_path: Path) -> None:
    corpus = str(write_jsonl(tmp_path / "corpus.jsonl", 120))
    one = runner.invoke(app, ["diff", corpus, "--format", "json"])
    two = runner.invoke(app, ["diff", corpus, "--format", "json", "-j", "2"])
    assert two.stdout_bytes == one.stdout_bytes


def test_pool_keeps_input_order_and_errors_in_place(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 40)
    lines = corpus.read_bytes().splitlines(keepends=True)
    corpus.write_bytes(b"".join([*lines[:7], b"{not json\n", *lines[7:]]))
    items = list(read_items([str(corpus)]))
    results = list(map_documents(items, check_document, jobs=2, chunk=3))
    shape = [r.document.id if isinstance(r, DocumentReport) else f"error:{r.line}" for r in results]
    expected = [i.id if not isinstance(i, InputError) else f"error:{i.line}" for i in items]
    assert shape == expected


def test_a_streamed_run_keeps_its_exit_code_without_keeping_findings(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 25)
    warnings = tmp_path / "warnings.jsonl"
    warnings.write_text(
        "".join(
            line + "\n"
            for i, line in enumerate(corpus.read_text("utf-8").splitlines())
            if i % 5 == 3
        ),
        encoding="utf-8",
    )
    codes = [
        runner.invoke(app, ["diff", str(path), "--format", "jsonl", "--fail-on", level]).exit_code
        for path, level in ((corpus, "error"), (warnings, "error"), (warnings, "warning"))
    ]
    assert codes == [1, 0, 1]
