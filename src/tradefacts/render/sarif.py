"""SARIF 2.1.0 renderer, for code scanning (GitHub, GitLab, IDE viewers).

Stage: renderers. Input: a `Report`. Output: one SARIF log on `out`. Reads no environment and no
clock, so the same report gives the same bytes. Built on `contract.py` (numbers, JSON writing).

- The six finding types are the run's rules, in the fixed order of `classify.FINDING_TYPES`, so a
  result's `ruleIndex` never changes; a rule's default level is its severity.
  A finding of low salience (severity `note`) has the SARIF level `note`.
- A result is located at the translation's claim (where the fix goes), the original's claim is its
  related location; an omission is located at the original's claim. Regions count Unicode code
  points (`columnKind: "unicodeCodePoints"`), `endColumn` is exclusive; a claim of a corpus record
  or a translation-file unit has a line but no column (its columns are inside its own text). A
  suggestion is a `fix` when the claim's place in the file is exact.
- URIs are relative POSIX paths, as the readers display them (relative to the working directory),
  against the base `SRCROOT`; `partialFingerprints` carries the finding's fingerprint, so code
  scanning follows a finding across edits elsewhere in the text.
- Inputs that could not be read are `toolExecutionNotifications` of the one invocation, and make
  `executionSuccessful` false. No timestamps, no machine paths.
"""

from __future__ import annotations

from typing import Final, TextIO
from urllib.parse import quote

from tradefacts import __version__
from tradefacts.classify import FINDING_TYPES
from tradefacts.model import Claim, Document, Finding, Report
from tradefacts.render.contract import JSONValue, dumps, number
from tradefacts.render.spans import Span, claim_span, primary_claim, related_claim, side_name

SARIF_VERSION: Final = "2.1.0"
SARIF_SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"
URI_BASE: Final = "SRCROOT"
FINGERPRINT_KEY: Final = "tradefacts/v1"
RULE_INDEX: Final = {rule.type: index for index, rule in enumerate(FINDING_TYPES)}


def _rules() -> list[JSONValue]:
    return [
        {
            "id": rule.type.value,
            "name": "".join(part.title() for part in rule.type.value.split("_")),
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": rule.why},
            "defaultConfiguration": {"level": rule.severity.value},
            "properties": {"tags": ["translation", "figures"]},
        }
        for rule in FINDING_TYPES
    ]


def _uri(path: str) -> dict[str, JSONValue]:
    if path.startswith("/"):
        # Outside the working directory: an absolute file URI, with no base to resolve against.
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": URI_BASE}


def _location(document: Document, claim: Claim, ident: int | None) -> dict[str, JSONValue]:
    span = claim_span(document, claim)
    location: dict[str, JSONValue] = {}
    if ident is not None:
        location["id"] = ident
    if span.in_file:
        location["physicalLocation"] = {
            "artifactLocation": _uri(span.path),
            "region": {**_region(span), "snippet": {"text": claim.text}},
        }
    logical: list[JSONValue] = [{"name": document.id, "kind": "module"}]
    if span.unit is not None:
        logical.append({"name": span.unit, "kind": "element"})
    location["logicalLocations"] = logical
    location["message"] = {"text": f"{side_name(claim.lang)}: {claim.text}"}
    return location


def _region(span: Span) -> dict[str, JSONValue]:
    if not span.columns_in_file:
        # Columns inside a corpus record or a unit's text are not the file's: the line alone.
        return {"startLine": span.line, "endLine": span.end_line}
    return {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": span.end_line,
        "endColumn": span.end_column,
    }


def _message(document: Document, finding: Finding) -> str:
    text = finding.message
    unit = claim_span(document, primary_claim(finding)).unit
    if unit is not None:
        text += f" (unit {unit})"
    if finding.suggestion:
        text += f". Suggested: {finding.suggestion}"
    return text


def _fixes(document: Document, finding: Finding) -> list[JSONValue]:
    if not finding.suggestion or finding.en is None:
        return []
    span = claim_span(document, finding.en)
    if not span.in_file or not span.columns_in_file:
        return []  # a replacement needs the claim's exact place in the file
    return [
        {
            "description": {"text": f"Write the original's figure: {finding.suggestion}"},
            "artifactChanges": [
                {
                    "artifactLocation": _uri(span.path),
                    "replacements": [
                        {
                            "deletedRegion": _region(span),
                            "insertedContent": {"text": finding.suggestion},
                        }
                    ],
                }
            ],
        }
    ]


def _result(document: Document, finding: Finding) -> dict[str, JSONValue]:
    primary = primary_claim(finding)
    related = related_claim(finding)
    result: dict[str, JSONValue] = {
        "ruleId": finding.type.value,
        "ruleIndex": RULE_INDEX[finding.type],
        "level": finding.severity.value,
        "message": {"text": _message(document, finding)},
        "locations": [_location(document, primary, None)],
    }
    if related is not None:
        result["relatedLocations"] = [_location(document, related, 1)]
    if finding.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    fixes = _fixes(document, finding)
    if fixes:
        result["fixes"] = fixes
    result["properties"] = {
        "document": document.id,
        "factor": None if finding.factor is None else number(finding.factor),
        "suggestion": finding.suggestion,
    }
    return result


def sarif_dict(report: Report) -> dict[str, JSONValue]:
    """The SARIF log of a report."""
    results: list[JSONValue] = [
        _result(d.document, f) for d in report.documents for f in d.findings
    ]
    notifications: list[JSONValue] = [
        {"level": "error", "message": {"text": str(error)}, "descriptor": {"id": "input"}}
        for error in report.errors
    ]
    invocation: dict[str, JSONValue] = {"executionSuccessful": not report.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {"name": "tradefacts", "version": __version__, "rules": _rules()}
                },
                "invocations": [invocation],
                "originalUriBaseIds": {
                    URI_BASE: {"description": {"text": "The directory tradefacts ran in."}}
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render_diff_sarif(report: Report, out: TextIO) -> None:
    """`diff --format sarif`: one SARIF 2.1.0 log."""
    out.write(dumps(sarif_dict(report), indent=2))
    out.write("\n")
