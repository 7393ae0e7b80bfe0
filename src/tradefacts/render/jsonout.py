"""JSON and JSONL renderers (DESIGN §4), built on `contract.py`.

Stage: renderers. Input: a `Report`. Output: text on `out`. Reads no environment and no clock.
JSONL renderers also render one document at a time, so the CLI can stream a corpus.
"""

from __future__ import annotations

from typing import TextIO

from tradefacts.model import DocumentReport, Report
from tradefacts.render.contract import (
    claim_dict,
    diff_dict,
    dumps,
    extract_dict,
    finding_dict,
)


def render_diff_json(report: Report, out: TextIO) -> None:
    """`diff --format json`: one object with version, summary and documents."""
    out.write(dumps(diff_dict(report.documents), indent=2))
    out.write("\n")


def render_extract_json(report: Report, out: TextIO) -> None:
    """`extract --format json`: one object with version and documents."""
    out.write(dumps(extract_dict(report.documents), indent=2))
    out.write("\n")


def write_diff_jsonl(document: DocumentReport, out: TextIO) -> None:
    """The findings of one document, one JSON object a line, each with its `doc`."""
    for finding in document.findings:
        out.write(dumps({"doc": document.document.id, **finding_dict(finding)}))
        out.write("\n")


def write_extract_jsonl(document: DocumentReport, out: TextIO) -> None:
    """The claims of one document (zh, then en), one JSON object a line, each with its `doc`."""
    for claim in (*document.zh_claims, *document.en_claims):
        out.write(dumps({"doc": document.document.id, **claim_dict(claim)}))
        out.write("\n")


def write_pair_jsonl(document: DocumentReport, out: TextIO) -> None:
    """A document as a corpus record `{"id", "zh", "en"}` (what `tradefacts filter` keeps)."""
    pair = document.document
    out.write(dumps({"id": pair.id, "zh": pair.zh, "en": pair.en}))
    out.write("\n")


def render_diff_jsonl(report: Report, out: TextIO) -> None:
    """`diff --format jsonl`."""
    for document in report.documents:
        write_diff_jsonl(document, out)


def render_extract_jsonl(report: Report, out: TextIO) -> None:
    """`extract --format jsonl`."""
    for document in report.documents:
        write_extract_jsonl(document, out)
