"""Parquet writers: findings as a table a data engineer can join back to the corpus on `doc`, and
the clean pairs of a corpus (the cleaning job of `tradefacts filter`).

Stage: renderers. Input: document reports, one at a time. Output: a Parquet file written in row
groups as reports come, so memory stays flat. Reads no environment and no clock. Values are exact
decimal text (as the JSON contract writes them), never binary floating point; dates stay ISO 8601.
Needs pyarrow (the `parquet` extra), imported only when a Parquet file is written.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Final, Self

from tradefacts.errors import UsageError
from tradefacts.model import Claim, DocumentReport, Finding
from tradefacts.render.contract import number

# Rows buffered before a row group is written.
ROWS_PER_GROUP: Final[int] = 8192

_CLAIM_FIELDS: Final[tuple[tuple[str, str], ...]] = (
    ("text", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("line", "int64"),
    ("column", "int64"),
    ("kind", "string"),
    ("value", "string"),
    ("high", "string"),
    ("unit", "string"),
    ("approx", "string"),
)
# One row per finding: the document, what is wrong, and both claims flattened side by side.
FINDING_COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("doc", "string"),
    ("path", "string"),
    ("type", "string"),
    ("severity", "string"),
    ("message", "string"),
    ("factor", "string"),
    ("suggestion", "string"),
    ("fingerprint", "string"),
    *((f"zh_{name}", kind) for name, kind in _CLAIM_FIELDS),
    *((f"en_{name}", kind) for name, kind in _CLAIM_FIELDS),
)


def arrow() -> ModuleType:
    """`pyarrow`, or a `UsageError` naming the extra that installs it."""
    try:
        importlib.import_module("pyarrow.parquet")
        return importlib.import_module("pyarrow")
    except ImportError:
        raise UsageError("Parquet needs pyarrow: pip install 'tradefacts[parquet]'") from None


def _text(value: Decimal | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return format(number(value), "f")


def _claim_row(prefix: str, claim: Claim | None) -> dict[str, object]:
    if claim is None:
        return {f"{prefix}_{name}": None for name, _ in _CLAIM_FIELDS}
    return {
        f"{prefix}_text": claim.text,
        f"{prefix}_start": claim.start,
        f"{prefix}_end": claim.end,
        f"{prefix}_line": claim.line,
        f"{prefix}_column": claim.column,
        f"{prefix}_kind": claim.kind.value,
        f"{prefix}_value": _text(claim.value),
        f"{prefix}_high": _text(claim.high),
        f"{prefix}_unit": claim.unit,
        f"{prefix}_approx": claim.approx.value,
    }


def finding_row(report: DocumentReport, finding: Finding) -> dict[str, object]:
    """One finding as a flat row of the findings table."""
    return {
        "doc": report.document.id,
        "path": report.document.path,
        "type": finding.type.value,
        "severity": finding.severity.value,
        "message": finding.message,
        "factor": _text(finding.factor),
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
        **_claim_row("zh", finding.zh),
        **_claim_row("en", finding.en),
    }


class _TableWriter:
    """Rows in, row groups out; the file is created on open and complete on close."""

    def __init__(self, path: Path, columns: tuple[tuple[str, str], ...]) -> None:
        pa = arrow()
        self._pa = pa
        self._names = [name for name, _ in columns]
        self._schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in columns])
        self._writer: Any = pa.parquet.ParquetWriter(str(path), self._schema)
        self._rows: list[dict[str, object]] = []

    def add(self, row: dict[str, object]) -> None:
        self._rows.append(row)
        if len(self._rows) >= ROWS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
        self._writer.write_table(table)
        self._rows = []

    def close(self) -> None:
        self.flush()
        self._writer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


class FindingsWriter(_TableWriter):
    """`diff --format parquet`: one row per finding, written as documents come."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, FINDING_COLUMNS)

    def write(self, report: DocumentReport) -> None:
        """The findings of one document."""
        for finding in report.findings:
            self.add(finding_row(report, finding))


class PairsWriter(_TableWriter):
    """The pairs a cleaning run keeps: columns id, zh, en (named as in the input)."""

    def __init__(self, path: Path, names: tuple[str, str, str] = ("id", "zh", "en")) -> None:
        super().__init__(path, tuple((name, "string") for name in names))

    def write(self, report: DocumentReport) -> None:
        """One pair, as read."""
        document = report.document
        self.add(dict(zip(self._names, (document.id, document.zh, document.en), strict=True)))
