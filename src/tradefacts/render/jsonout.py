"""JSON and JSONL renderers (DESIGN §4), built on `contract.py`.

Stage: renderers. Input: a `Report`. Output: text on `out`. Reads no environment and no clock.
JSONL renderers also render one document at a time, so the CLI can stream a corpus.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, TextIO

from tradefacts.errors import InputError
from tradefacts.model import SEVERITY_RANK, Document, DocumentReport, Lang, Report, Severity
from tradefacts.render.contract import (
    JSONValue,
    claim_dict,
    diff_dict,
    dumps,
    error_dict,
    extract_dict,
    finding_dict,
)


def render_diff_json(report: Report, out: TextIO) -> None:
    """`diff --format json`: one object with version, summary and documents."""
    out.write(dumps(diff_dict(report.documents, report.errors), indent=2))
    out.write("\n")


def render_extract_json(report: Report, out: TextIO) -> None:
    """`extract --format json`: one object with version and documents."""
    out.write(dumps(extract_dict(report.documents, report.errors), indent=2))
    out.write("\n")


def write_diff_jsonl(document: DocumentReport, out: TextIO) -> None:
    """The findings of one document, one JSON object a line, each with its `doc`."""
    for finding in document.findings:
        out.write(dumps({"doc": document.document.id, **finding_dict(finding)}))
        out.write("\n")


# The `kind` of a JSONL record that reports an input not read (a finding has a `type`, a claim a
# `kind` of its own such as "money"; neither is ever this).
ERROR_KIND: Final[str] = "input-error"


def write_error_jsonl(error: InputError, out: TextIO) -> None:
    """An input that could not be read, as a JSONL record of its own kind (it has no `doc`)."""
    out.write(dumps({"kind": ERROR_KIND, **error_dict(error)}))
    out.write("\n")


def write_extract_jsonl(document: DocumentReport, out: TextIO) -> None:
    """The claims of one document (zh, then en), one JSON object a line, each with its `doc`."""
    for claim in (*document.zh_claims, *document.en_claims):
        out.write(dumps({"doc": document.document.id, **claim_dict(claim)}))
        out.write("\n")


# The field a rejected record gets (`filter --rejected`): the findings it was dropped for. Named
# so that it does not take the place of a field of the record's own.
REASONS_FIELD: Final[str] = "tradefacts_findings"


def pair_record(document: Document) -> dict[str, object]:
    """A document as the corpus record it was read from, every field in its order (a record read
    without its fields, such as an article, as `{"id", "zh", "en"}`)."""
    if not document.fields:
        return {"id": document.id, "zh": document.zh, "en": document.en}
    texts = {Lang.ZH: document.zh, Lang.EN: document.en}
    return {
        key: texts[value] if isinstance(value, Lang) else value for key, value in document.fields
    }


def reasons(report: DocumentReport, drop: Severity) -> list[dict[str, str]]:
    """The findings at or above `drop` that a pair was rejected for: type, severity, message."""
    threshold = SEVERITY_RANK[drop]
    return [
        {"type": f.type.value, "severity": f.severity.value, "message": f.message}
        for f in report.findings
        if SEVERITY_RANK[f.severity] >= threshold
    ]


def _json_ready(value: object) -> JSONValue:
    """A value of a record as JSON can hold it; a value JSON has no type for (a Parquet
    timestamp, bytes) as its text."""
    if value is None or isinstance(value, (bool, int, str, Decimal)):
        return value
    if isinstance(value, float):
        # repr is the shortest text that reads back as the same float; NaN and infinities have
        # none in JSON and are written as text ("nan", "inf") rather than dropped.
        return Decimal(repr(value)) if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(v) for v in value]
    return str(value)


def write_pair_jsonl(document: DocumentReport, out: TextIO) -> None:
    """A document as its corpus record, every field kept (what `tradefacts filter` keeps)."""
    out.write(dumps(_json_ready(pair_record(document.document))))
    out.write("\n")


def write_rejected_jsonl(document: DocumentReport, out: TextIO, drop: Severity) -> None:
    """A rejected pair: its corpus record and, in `tradefacts_findings`, what it was dropped for."""
    record = {**pair_record(document.document), REASONS_FIELD: reasons(document, drop)}
    out.write(dumps(_json_ready(record)))
    out.write("\n")


def render_diff_jsonl(report: Report, out: TextIO) -> None:
    """`diff --format jsonl`: the findings, then a record per input not read."""
    for document in report.documents:
        write_diff_jsonl(document, out)
    for error in report.errors:
        write_error_jsonl(error, out)


def render_extract_jsonl(report: Report, out: TextIO) -> None:
    """`extract --format jsonl`: the claims, then a record per input not read."""
    for document in report.documents:
        write_extract_jsonl(document, out)
    for error in report.errors:
        write_error_jsonl(error, out)
