"""The JSON contract (DESIGN §4): core types → JSON-ready values, and an exact JSON writer.

Stage: renderers. The only place that turns claims and findings into dicts; JSON, JSONL (and later
SARIF) build from it. `SCHEMA_VERSION` is the contract's version: a change to these dicts is a
version bump, and the golden files in tests/golden/ show it.

Numbers: a `Decimal` is written as its exact decimal text — an integer when integral, otherwise the
shortest plain decimal (`11.6`, `0.076`), never binary floating point on the way — so a JSON parser
reads back the same value a float's `repr` would, and `parse_float=Decimal` reads it exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, localcontext
from typing import Final, TypeAlias

from tradefacts.errors import InputError
from tradefacts.model import Claim, DocumentReport, Finding

# 2: a finding's severity may be `note` (a leftover of low salience), beside error and warning;
# the inputs that could not be read are listed in `errors` (json) and as records of their own
# (jsonl).
SCHEMA_VERSION = 2

JSONValue: TypeAlias = (
    "bool | int | str | Decimal | Sequence[JSONValue] | Mapping[str, JSONValue] | None"
)


def number(value: Decimal) -> Decimal:
    """A Decimal as the contract writes it: trailing zeros and exponents dropped, never rounded."""
    with localcontext() as context:
        # Enough digits that normalizing can never round (the default context keeps 28).
        context.prec = max(28, len(value.as_tuple().digits) + abs(value.adjusted()) + 2)
        normal = value.normalize()
        if normal == normal.to_integral_value():
            return normal.quantize(Decimal(1))
        return normal


def claim_dict(claim: Claim) -> dict[str, JSONValue]:
    """A claim as the contract's `Claim` object."""
    value: JSONValue = claim.value if isinstance(claim.value, str) else number(claim.value)
    return {
        "lang": claim.lang.value,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": claim.line,
        "column": claim.column,
        "kind": claim.kind.value,
        "value": value,
        "high": None if claim.high is None else number(claim.high),
        "unit": claim.unit,
        "approx": claim.approx.value,
        "role": None if claim.role is None else claim.role.value,
    }


def finding_dict(finding: Finding) -> dict[str, JSONValue]:
    """A finding as the contract's `Finding` object."""
    return {
        "type": finding.type.value,
        "severity": finding.severity.value,
        "message": finding.message,
        "zh": None if finding.zh is None else claim_dict(finding.zh),
        "en": None if finding.en is None else claim_dict(finding.en),
        "factor": None if finding.factor is None else number(finding.factor),
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
    }


def diff_document_dict(report: DocumentReport) -> dict[str, JSONValue]:
    """One document of `diff --format json`."""
    return {
        "id": report.document.id,
        "path": report.document.path,
        "claims": {"zh": len(report.zh_claims), "en": len(report.en_claims)},
        "findings": [finding_dict(f) for f in report.findings],
    }


def error_dict(error: InputError) -> dict[str, JSONValue]:
    """An input that could not be read: its path, its line (None for the whole file), why."""
    return {"path": error.path, "line": error.line, "reason": error.reason}


def diff_dict(
    reports: Sequence[DocumentReport], errors: Sequence[InputError] = ()
) -> dict[str, JSONValue]:
    """The whole `diff --format json` object."""
    # Imported here: the classifier is not loaded by a start that reads nothing (--help).
    from tradefacts.classify import count_by_type

    findings = [f for r in reports for f in r.findings]
    by_type: dict[str, JSONValue] = dict(count_by_type(findings))
    return {
        "version": SCHEMA_VERSION,
        "summary": {"documents": len(reports), "findings": len(findings), "by_type": by_type},
        "documents": [diff_document_dict(r) for r in reports],
        "errors": [error_dict(e) for e in errors],
    }


def extract_document_dict(report: DocumentReport) -> dict[str, JSONValue]:
    """One document of `extract --format json`."""
    return {
        "id": report.document.id,
        "path": report.document.path,
        "claims": {
            "zh": [claim_dict(c) for c in report.zh_claims],
            "en": [claim_dict(c) for c in report.en_claims],
        },
    }


def extract_dict(
    reports: Sequence[DocumentReport], errors: Sequence[InputError] = ()
) -> dict[str, JSONValue]:
    """The whole `extract --format json` object."""
    return {
        "version": SCHEMA_VERSION,
        "documents": [extract_document_dict(r) for r in reports],
        "errors": [error_dict(e) for e in errors],
    }


# What `json.dumps(text, ensure_ascii=False)` writes for a string (the json module's own
# function, in C where the json module has its accelerator).
_encode_string: Final[Callable[[str], str]] = json.encoder.encode_basestring


def dumps(value: JSONValue, *, indent: int | None = None) -> str:
    """JSON text with Decimals written exactly; keys keep their order; non-ASCII kept as is."""
    parts: list[str] = []
    _write(value, parts, indent, 0)
    return "".join(parts)


def _write(value: JSONValue, out: list[str], indent: int | None, depth: int) -> None:
    # Scalars are written as `json.dumps(value, ensure_ascii=False)` writes them, without
    # building an encoder per value: most of a finding's fields are strings.
    if isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, Decimal):
        out.append(format(value, "f"))
    elif isinstance(value, (dict, Mapping)):  # a dict is told at once, without the ABC
        if not value:
            out.append("{}")
            return
        out.append("{")
        separator = ": " if indent is not None else ":"
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            if indent is not None:
                _newline(out, indent, depth + 1)
            out.append(
                _encode_string(key) if isinstance(key, str) else json.dumps(key, ensure_ascii=False)
            )
            out.append(separator)
            # Strings and nulls, most of a record's values, are written here, without a call.
            if type(item) is str:
                out.append(_encode_string(item))
            elif item is None:
                out.append("null")
            else:
                _write(item, out, indent, depth + 1)
        if indent is not None:
            _newline(out, indent, depth)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            if indent is not None:
                _newline(out, indent, depth + 1)
            _write(item, out, indent, depth + 1)
        if indent is not None:
            _newline(out, indent, depth)
        out.append("]")
    else:
        out.append(json.dumps(value, ensure_ascii=False))


def _newline(out: list[str], indent: int | None, depth: int) -> None:
    if indent is not None:
        out.append("\n" + " " * (indent * depth))
