"""GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` per finding.

Stage: renderers. Input: a `Report`. Output: lines on `out` that a GitHub Actions runner turns into
annotations on the changed files. Reads no environment.

Escaping (STYLE §6): a message escapes `%` (first), CR and LF; a property value (file, title)
additionally escapes `:` and `,`, so a figure such as `1,200` or a title with a colon cannot end
the property early. The annotation sits on the translation's claim (where the fix goes), or on the
original's for an omission; the message names the other side's place. A claim of a corpus record
or a translation-file unit is annotated on its line only (its columns are inside its own text).
"""

from __future__ import annotations

from typing import Final, TextIO

from tradefacts.classify import FINDING_TYPES
from tradefacts.errors import InputError
from tradefacts.model import Document, Finding, Report, Severity
from tradefacts.render.spans import claim_span, primary_claim, related_claim, side_name

TITLES: Final = {rule.type: rule.title for rule in FINDING_TYPES}
# GitHub's three annotation levels; a note is a `::notice`.
COMMANDS: Final = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message, escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value, escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, properties: dict[str, str | int]) -> str:
    """One workflow command line: `::name key=value,...::message`."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def _annotation(document: Document, finding: Finding) -> str:
    primary = primary_claim(finding)
    span = claim_span(document, primary)
    message = finding.message
    if finding.suggestion:
        message += f"\nSuggested: {finding.suggestion}"
    related = related_claim(finding)
    if related is not None:
        other = claim_span(document, related)
        message += (
            f"\n{side_name(related.lang).capitalize()}: {related.text}"
            f" at {other.path}:{other.line}:{other.column}"
        )
    if span.unit is not None:
        message += f"\nUnit: {span.unit}"
    properties: dict[str, str | int] = {}
    if span.in_file:
        properties |= {"file": span.path, "line": span.line}
        if span.columns_in_file:
            properties |= {"col": span.column}
        properties |= {"endLine": span.end_line}
        if span.columns_in_file:
            properties |= {"endColumn": span.end_column}
    properties["title"] = f"{TITLES[finding.type]} ({finding.type.value})"
    return command(COMMANDS[finding.severity], message, properties)


def render_diff_github(report: Report, out: TextIO) -> None:
    """`diff --format github`: an annotation per finding, then one per unreadable input."""
    for document in report.documents:
        for finding in document.findings:
            out.write(_annotation(document.document, finding) + "\n")
    for error in report.errors:
        out.write(error_annotation(error) + "\n")


def error_annotation(error: InputError) -> str:
    """An input not read, as an `::error` on its file (and line); standard input named by no
    `--stdin-filename` has no file to sit on."""
    properties: dict[str, str | int] = {}
    if not error.path.startswith("<"):
        properties["file"] = error.path
        if error.line is not None:
            properties["line"] = error.line
    properties["title"] = "tradefacts: input not read"
    return command("error", error.reason if properties.get("file") else str(error), properties)
