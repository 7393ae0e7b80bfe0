"""Beyond one machine (DESIGN §4a): the pure per-document function over partitions on Dask.

Stage: a driver around `check_document`, like `parallel.py` but across a cluster. Input: JSONL and
Parquet corpora (files or directories of them) on storage every worker can read. Output: one part
file per partition in an output folder (`part-00000.jsonl` or `.parquet`), written by the worker
that checked it; parts concatenated in order are byte for byte what one process writes. The client
only plans partitions and gathers small summaries: no document travels through it.

Nothing of Dask is imported unless this module is used, and `distributed` only by `diff_on_dask`
(a worker that runs `check_partition` needs tradefacts, not a client). A duplicate id is reported
within its partition only.

    >>> from tradefacts.dask import diff_on_dask                     # doctest: +SKIP
    >>> diff_on_dask(["corpus/"], "findings/", scheduler="tcp://scheduler:8786")  # doctest: +SKIP
"""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from tradefacts.errors import InputError, RunError, UsageError
from tradefacts.model import SEVERITY_RANK, Document, DocumentReport
from tradefacts.pipeline import check_document
from tradefacts.readers import (
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    Columns,
    parquet_module,
    read_jsonl_lines,
    read_parquet,
)

if TYPE_CHECKING:
    from distributed import Client

# Bytes of input per partition (JSONL bytes, or Parquet row groups' uncompressed bytes).
PARTITION_BYTES: Final[int] = 32 * 1024 * 1024
OUTPUT_FORMATS: Final[tuple[str, ...]] = ("jsonl", "parquet")
_READ_CHUNK: Final[int] = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of one input file: a byte range of a JSONL file or row groups of a Parquet file."""

    path: str
    kind: str  # "jsonl" or "parquet"
    first: int  # line (JSONL) or row (Parquet) number of the slice's first record, 1-based
    start: int = 0  # JSONL: byte range [start, end)
    end: int = 0
    row_groups: tuple[int, ...] = ()
    # How the user named the file, for messages and the `path` of documents.
    name: str = ""


@dataclass(frozen=True, slots=True)
class PartResult:
    """What a worker reports back about one partition (never the findings themselves)."""

    part: str
    documents: int
    findings: int
    by_type: tuple[tuple[str, int], ...]
    worst: int  # the highest severity rank among the findings, 0 when none
    # Inputs and records of the partition that could not be read, in input order (also written
    # into a JSONL part as `input-error` records, as a one-process JSONL run writes them).
    errors: tuple[InputError, ...]


@dataclass(frozen=True, slots=True)
class DaskSummary:
    """A whole run: the parts written, in order, and the totals."""

    parts: tuple[PartResult, ...]
    by_type: dict[str, int] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        """Documents checked."""
        return sum(p.documents for p in self.parts)

    @property
    def findings(self) -> int:
        """Findings written."""
        return sum(p.findings for p in self.parts)

    @property
    def worst(self) -> int:
        """The highest severity rank of any finding (0 when there is none)."""
        return max((p.worst for p in self.parts), default=0)

    @property
    def errors(self) -> tuple[InputError, ...]:
        """Inputs and records that could not be read, in input order."""
        return tuple(e for p in self.parts for e in p.errors)


def _corpus_files(paths: Iterable[str]) -> Iterator[tuple[Path, str]]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")),
                key=lambda p: p.as_posix(),
            )
            for item in found:
                if item.suffix.lower() in JSONL_SUFFIXES | PARQUET_SUFFIXES:
                    yield item, item.as_posix()
            continue
        if path.suffix.lower() not in JSONL_SUFFIXES | PARQUET_SUFFIXES:
            raise UsageError(f"{name}: a Dask run reads JSONL or Parquet corpora, not this file")
        if not path.is_file():
            raise UsageError(f"{name}: no such file")
        yield path, name


def plan_partitions(
    paths: Iterable[str], *, partition_bytes: int = PARTITION_BYTES
) -> list[Partition]:
    """Cut every corpus into partitions of about `partition_bytes`, at record boundaries."""
    partitions: list[Partition] = []
    for path, name in _corpus_files(paths):
        full = str(path.resolve())
        if path.suffix.lower() in PARQUET_SUFFIXES:
            partitions.extend(_parquet_partitions(full, name, partition_bytes))
        else:
            partitions.extend(_jsonl_partitions(full, name, partition_bytes))
    return partitions


def _jsonl_partitions(path: str, name: str, size: int) -> Iterator[Partition]:
    """Byte ranges that end at a line end, with the number of each range's first line."""
    total = os.path.getsize(path)
    start, first = 0, 1
    with open(path, "rb") as handle:
        while start < total:
            handle.seek(min(start + max(size, 1), total) - 1)
            handle.readline()  # on to the end of the line that holds the cut
            end = handle.tell()
            yield Partition(path, "jsonl", first, start, end, name=name)
            first += _count_lines(handle, start, end)
            start = end


def _count_lines(handle: io.BufferedReader, start: int, end: int) -> int:
    handle.seek(start)
    lines, left = 0, end - start
    while left > 0:
        chunk = handle.read(min(_READ_CHUNK, left))
        if not chunk:
            break
        lines += chunk.count(b"\n")
        left -= len(chunk)
    return lines


def _parquet_partitions(path: str, name: str, size: int) -> Iterator[Partition]:
    metadata = parquet_module().ParquetFile(path).metadata
    groups: list[int] = []
    group_bytes, first, row = 0, 1, 1
    for index in range(metadata.num_row_groups):
        group = metadata.row_group(index)
        groups.append(index)
        group_bytes += group.total_byte_size
        row += group.num_rows
        if group_bytes >= size:
            yield Partition(path, "parquet", first, row_groups=tuple(groups), name=name)
            groups, group_bytes, first = [], 0, row
    if groups:
        yield Partition(path, "parquet", first, row_groups=tuple(groups), name=name)


def _documents(partition: Partition, columns: Columns) -> Iterator[Document | InputError]:
    name = partition.name or partition.path
    if partition.kind == "parquet":
        yield from read_parquet(
            Path(partition.path),
            columns,
            row_groups=partition.row_groups,
            first_row=partition.first,
            name=name,
        )
        return
    with open(partition.path, "rb") as handle:
        handle.seek(partition.start)
        data = handle.read(partition.end - partition.start)
    yield from read_jsonl_lines(io.BytesIO(data), name, first_line=partition.first)


def check_partition(
    partition: Partition,
    index: int,
    output_dir: str,
    output_format: str = "jsonl",
    columns: Columns | None = None,
) -> PartResult:
    """Check every document of one partition and write its findings as part number `index`.

    Runs on a worker. The part is written under a temporary name and renamed when complete, so a
    retried task never leaves half a part behind.
    """
    part = f"part-{index:05d}.{output_format}"
    target = os.path.join(output_dir, part)
    partial = target + ".tmp"
    counts: Counter[str] = Counter()
    errors: list[InputError] = []
    documents = worst = 0
    write, write_error, close = _part_writer(partial, output_format)
    try:
        for item in _documents(partition, columns or Columns()):
            if isinstance(item, InputError):
                errors.append(item)
                write_error(item)
                continue
            try:
                report = check_document(item)
            except InputError as error:
                errors.append(error)
                write_error(error)
                continue
            documents += 1
            for finding in report.findings:
                counts[finding.type.value] += 1
                worst = max(worst, SEVERITY_RANK[finding.severity])
            write(report)
    finally:
        close()
    os.replace(partial, target)
    return PartResult(
        part=part,
        documents=documents,
        findings=sum(counts.values()),
        by_type=tuple(sorted(counts.items())),
        worst=worst,
        errors=tuple(errors),
    )


def _part_writer(
    path: str, output_format: str
) -> tuple[Callable[[DocumentReport], None], Callable[[InputError], None], Callable[[], None]]:
    """How a part writes a document's findings and an input it could not read, and closes.

    A Parquet part holds findings only (its schema has no place for an error): its errors reach
    the summary alone."""
    if output_format == "parquet":
        from tradefacts.render.parquet import FindingsWriter

        writer = FindingsWriter(Path(path))
        return writer.write, lambda error: None, writer.close
    from tradefacts.render.jsonout import write_diff_jsonl, write_error_jsonl

    handle = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 (closed by caller)

    def write(report: DocumentReport) -> None:
        write_diff_jsonl(report, handle)

    def write_error(error: InputError) -> None:
        write_error_jsonl(error, handle)

    return write, write_error, handle.close


def diff_on_dask(
    paths: Sequence[str],
    output_dir: str | os.PathLike[str],
    *,
    scheduler: str | Client,
    output_format: str = "jsonl",
    columns: Columns | None = None,
    partition_bytes: int = PARTITION_BYTES,
    on_part: Callable[[PartResult], None] | None = None,
) -> DaskSummary:
    """Check JSONL/Parquet corpora on a Dask cluster; one findings part per partition.

    `scheduler` is the address of a running scheduler (`tcp://host:8786`) or a `Client`.
    `output_dir` must be reachable by every worker (a shared file system) and is created if
    missing. `on_part` is called as each partition completes (for a progress bar).
    """
    if output_format not in OUTPUT_FORMATS:
        raise UsageError(f"a Dask run writes {' or '.join(OUTPUT_FORMATS)}, not {output_format}")
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'tradefacts[dask]'") from None
    partitions = plan_partitions(paths, partition_bytes=partition_bytes)
    folder = Path(output_dir).resolve()
    _check_output(folder, partitions)
    folder.mkdir(parents=True, exist_ok=True)
    client = scheduler if isinstance(scheduler, Client) else _connect(scheduler)
    try:
        futures = [
            client.submit(
                check_partition,
                partition,
                index,
                str(folder),
                output_format,
                columns,
                key=f"tradefacts-part-{index:05d}-{os.getpid()}-{id(partitions)}",
                pure=False,
            )
            for index, partition in enumerate(partitions)
        ]
        if on_part is not None:
            for future in as_completed(futures):  # type: ignore[no-untyped-call]
                on_part(future.result())
        results: list[PartResult] = client.gather(futures)  # type: ignore[no-untyped-call]
    finally:
        if client is not scheduler:
            client.close()  # type: ignore[no-untyped-call]
    counts: Counter[str] = Counter()
    for result in results:
        counts.update(dict(result.by_type))
    return DaskSummary(parts=tuple(results), by_type=dict(sorted(counts.items())))


def _connect(address: str) -> Client:
    """A client of the scheduler at `address`; one that cannot be reached is a `RunError`."""
    from distributed import Client

    try:
        return Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise RunError(f"{address}: the Dask scheduler cannot be reached ({exc})") from None


def _check_output(folder: Path, partitions: Sequence[Partition]) -> None:
    inputs = {Path(p.path) for p in partitions}
    if folder in inputs or folder.is_file():
        raise UsageError(f"{folder.name}: the output folder is a file (an input?); name a folder")
    stale = sorted(folder.glob("part-*")) if folder.is_dir() else []
    if stale:
        raise UsageError(f"{folder}: already holds part files; name an empty or new folder")
