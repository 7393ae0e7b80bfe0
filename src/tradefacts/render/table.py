"""Table renderers for a terminal (rich).

Stage: renderers. Input: a `Report`. Output: a rich table on `out`. Article text enters as
`rich.text.Text`, never as markup, so a bracket in an article cannot restyle the output.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tradefacts.classify import count_by_type
from tradefacts.model import Claim, Report, Severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}


def _console(out: TextIO) -> Console:
    return Console(file=out, width=None if out.isatty() else 120, highlight=False)


def _where(claim: Claim | None) -> Text:
    if claim is None:
        return Text("—", style="dim")
    text = Text(claim.text)
    text.append(f"\n{claim.line}:{claim.column}", style="dim")
    return text


def render_diff_table(report: Report, out: TextIO, console: Console | None = None) -> None:
    """`diff --format table`: one row a finding, then a summary line."""
    console = console or _console(out)
    findings = [(d, f) for d in report.documents for f in d.findings]
    if findings:
        table = Table(show_lines=False, header_style="bold")
        table.add_column("document")
        table.add_column("type")
        table.add_column("original")
        table.add_column("translation")
        table.add_column("suggestion", no_wrap=True)
        table.add_column("message", ratio=1)
        for document, finding in findings:
            table.add_row(
                Text(document.document.id),
                Text(
                    f"{finding.type.value}\n{finding.severity.value}",
                    style=_STYLE[finding.severity],
                ),
                _where(finding.zh),
                _where(finding.en),
                Text(finding.suggestion or ""),
                Text(finding.message),
            )
        console.print(table)
    counts = count_by_type(f for _, f in findings)
    detail = ", ".join(f"{n} {t}" for t, n in counts.items())
    summary = f"{len(report.documents)} documents, {len(findings)} findings"
    console.print(Text(summary + (f" ({detail})" if detail else "")))


def render_extract_table(report: Report, out: TextIO, console: Console | None = None) -> None:
    """`extract --format table`: the claims of each document, original and translation."""
    console = console or _console(out)
    table = Table(header_style="bold")
    for name in ("document", "lang", "claim", "line:col", "kind", "value", "unit", "approx"):
        table.add_column(name)
    for document in report.documents:
        for claim in (*document.zh_claims, *document.en_claims):
            value = (
                claim.value
                if isinstance(claim.value, str)
                else format(claim.value.normalize(), "f")
            )
            if claim.high is not None:
                value += f"–{format(claim.high.normalize(), 'f')}"
            table.add_row(
                Text(document.document.id),
                claim.lang.value,
                Text(claim.text),
                f"{claim.line}:{claim.column}",
                claim.kind.value,
                value,
                claim.unit or "",
                claim.approx.value,
            )
    console.print(table)
