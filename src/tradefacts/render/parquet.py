"""Parquet writers: findings as a table a data engineer can join back to the corpus on `doc`, and
the clean pairs of a corpus (the cleaning job of `tradefacts filter`).

Stage: renderers. Input: document reports, one at a time. Output: a Parquet file written in row
groups as reports come, so memory stays flat. Reads no environment and no clock. Values are exact
decimal text (as the JSON contract writes them), never binary floating point; dates stay ISO 8601.
Needs pyarrow (the `parquet` extra), imported only when a Parquet file is written.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Final, Self

from tradefacts.errors import UsageError
from tradefacts.model import Claim, DocumentReport, Finding, Severity
from tradefacts.render.contract import number
from tradefacts.render.jsonout import REASONS_FIELD, pair_record, reasons

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


class PairsWriter:
    """The pairs of a cleaning run (`tradefacts filter`): each record with every column it was
    read with, and for the rejected pairs (`reasons`) a `tradefacts_findings` column: the list of
    findings (type, severity, message) it was dropped for.

    The columns are those of `schema` (the input Parquet files' own, see `corpus_schema`), else
    those of the first row group's records; a record whose fields do not fit them (a JSONL corpus
    whose records vary) is a `UsageError` that names the field.
    """

    def __init__(
        self,
        path: Path,
        names: tuple[str, str, str] = ("id", "zh", "en"),
        schema: Any = None,
        *,
        drop: Severity | None = None,
    ) -> None:
        self._pa = arrow()
        self._path = path
        self._names = names
        self._drop = drop
        self._schema: Any = None
        if schema is not None:
            self._schema = self._with_reasons(schema)
        self._writer: Any = None
        self._rows: list[dict[str, object]] = []

    def _with_reasons(self, schema: Any) -> Any:
        if self._drop is None:
            return schema
        reason = self._pa.struct(
            [(name, self._pa.string()) for name in ("type", "severity", "message")]
        )
        return schema.append(self._pa.field(REASONS_FIELD, self._pa.list_(reason)))

    def write(self, report: DocumentReport) -> None:
        """One pair, as read (with what it was rejected for, when this writes rejected pairs)."""
        document = report.document
        if document.fields:
            row = pair_record(document)
        else:
            row = dict(zip(self._names, (document.id, document.zh, document.en), strict=True))
        if self._drop is not None:
            row[REASONS_FIELD] = reasons(report, self._drop)
        self._rows.append(row)
        if len(self._rows) >= ROWS_PER_GROUP:
            self.flush()

    def _infer(self) -> Any:
        pa = self._pa
        if not self._rows:
            return self._with_reasons(pa.schema([(name, pa.string()) for name in self._names]))
        plain = [{k: v for k, v in row.items() if k != REASONS_FIELD} for row in self._rows]
        inferred = pa.Table.from_pylist(plain).schema
        # A column null in every record of the first group would refuse any later value.
        fields = [
            pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in inferred
        ]
        return self._with_reasons(pa.schema(fields))

    def flush(self) -> None:
        """Write the buffered rows as one row group."""
        pa = self._pa
        if self._schema is None:
            self._schema = self._infer()
        if self._writer is None:
            self._writer = pa.parquet.ParquetWriter(str(self._path), self._schema)
        rows, self._rows = self._rows, []
        if not rows:
            return
        known = set(self._schema.names)
        for row in rows:
            extra = [key for key in row if key not in known]
            if extra:
                raise UsageError(
                    f"{self._path}: field {extra[0]!r} is not a column of the table being written"
                    " (records differ in their fields); write .jsonl instead"
                )
        try:
            table = pa.Table.from_pylist(rows, schema=self._schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise UsageError(
                f"{self._path}: records differ in the types of their fields ({exc});"
                " write .jsonl instead"
            ) from None
        self._writer.write_table(table)

    def close(self) -> None:
        """Write what is buffered and complete the file (a file with no rows has the columns)."""
        try:
            self.flush()
        finally:
            if self._writer is not None:
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


def corpus_schema(paths: Sequence[str]) -> Any:
    """The columns of the Parquet files named (unified), for writing their records back; None
    when an input is not a Parquet file (the records then tell) or cannot be read (the reader
    reports it)."""
    pa = arrow()
    if not paths or not all(Path(p).suffix.lower() == ".parquet" for p in paths):
        return None
    try:
        return pa.unify_schemas([pa.parquet.read_schema(p) for p in paths])
    except (OSError, ValueError):  # pyarrow's ArrowInvalid is a ValueError
        return None
