"""Beyond one machine: the per-document function over Dask partitions on a real (local, two
process) distributed cluster gives byte for byte the findings of one process (that nothing of
Dask is imported without --scheduler is checked in test_startup.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.synthetic import write_jsonl, write_parquet
from tradefacts.cli import app
from tradefacts.readers import Columns

distributed = pytest.importorskip("distributed")
runner = CliRunner()


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local:
        yield local.scheduler_address


def _single(corpus: Path, *options: str) -> bytes:
    return runner.invoke(app, ["diff", str(corpus), "--format", "jsonl", *options]).stdout_bytes


def test_cluster_parts_concatenate_to_the_single_process_bytes(
    cluster: str, tmp_path: Path
) -> None:
    from tradefacts.dask import diff_on_dask

    corpus = write_jsonl(tmp_path / "corpus.jsonl", 200)
    summary = diff_on_dask([str(corpus)], tmp_path / "out", scheduler=cluster, partition_bytes=4000)
    parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
    joined = b"".join(p.read_bytes() for p in parts)
    assert (len(parts) > 2, len(parts), joined) == (True, len(summary.parts), _single(corpus))


def test_cli_scheduler_on_parquet_gives_the_single_process_findings(
    cluster: str, tmp_path: Path
) -> None:
    names = ("pid", "source", "target")
    options = ["--id-column", "pid", "--zh-column", "source", "--en-column", "target"]
    corpus = write_parquet(tmp_path / "corpus.parquet", 120, names, group_rows=30)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["diff", str(corpus), "--scheduler", cluster, "--output", str(out), *options]
    )
    joined = b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))
    assert (result.exit_code, joined) == (1, _single(corpus, *options))


def test_cluster_writes_parquet_parts(cluster: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from tradefacts.dask import diff_on_dask

    corpus = write_jsonl(tmp_path / "corpus.jsonl", 60)
    diff_on_dask(
        [str(corpus)],
        tmp_path / "out",
        scheduler=cluster,
        output_format="parquet",
        columns=Columns(),
        partition_bytes=2000,
    )
    rows = [
        r
        for p in sorted((tmp_path / "out").glob("*.parquet"))
        for r in pq.read_table(p).to_pylist()
    ]
    single = tmp_path / "single.parquet"
    runner.invoke(app, ["diff", str(corpus), "--output", str(single)])
    assert rows == pq.read_table(single).to_pylist()


def test_unreadable_records_are_structured_in_the_parts_as_in_one_process(
    cluster: str, tmp_path: Path
) -> None:
    from tradefacts.dask import diff_on_dask
    from tradefacts.errors import InputError

    corpus = write_jsonl(tmp_path / "corpus.jsonl", 120)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(30, "{not json\n")
    lines.insert(90, '{"id": "no-text"}\n')
    corpus.write_text("".join(lines), encoding="utf-8")
    summary = diff_on_dask([str(corpus)], tmp_path / "out", scheduler=cluster, partition_bytes=4000)
    joined = b"".join(p.read_bytes() for p in sorted((tmp_path / "out").glob("part-*.jsonl")))
    assert joined == _single(corpus)
    assert b'"kind": "input-error"' in joined or b'"kind":"input-error"' in joined
    assert [(type(e), e.line) for e in summary.errors] == [(InputError, 31), (InputError, 91)]
