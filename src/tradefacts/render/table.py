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
from tradefacts.model import Claim, DocumentReport, Report, Severity
from tradefacts.render import counted

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def table_console(out: TextIO, *, color: bool | None = None) -> Console:
    """The console a table is printed on: as wide as the terminal, else 120 columns; `color`
    forces colors on (True) or off (False), else they follow the terminal (and NO_COLOR)."""
    return Console(
        file=out,
        width=None if out.isatty() else 120,
        highlight=False,
        force_terminal=True if color else None,
        no_color=color is False or None,
    )


def _console(out: TextIO) -> Console:
    return table_console(out)


def _where(claim: Claim | None) -> Text:
    if claim is None:
        return Text("—", style="dim")
    text = Text(claim.text)
    text.append(f"\n{claim.line}:{claim.column}", style="dim")
    return text


def render_diff_table(
    report: Report, out: TextIO, console: Console | None = None, *, summary: bool = True
) -> None:
    """`diff --format table`: a table of findings per document, then a summary line (unless
    `summary` is false).

    The last column is the fix when there is one (the original's figure in the translation's
    style), else what is wrong.
    """
    console = console or _console(out)
    total = 0
    for document in report.documents:
        if not document.findings:
            continue
        table = Table(
            title=Text(document.document.path + _id_suffix(document), style="bold"),
            title_justify="left",
            header_style="bold",
        )
        table.add_column("finding", no_wrap=True)
        table.add_column("original")
        table.add_column("translation")
        table.add_column("fix or reason", ratio=1)
        for finding in document.findings:
            table.add_row(
                Text(
                    f"{finding.type.value}\n{finding.severity.value}",
                    style=_STYLE[finding.severity],
                ),
                _where(finding.zh),
                _where(finding.en),
                Text(finding.suggestion)
                if finding.suggestion
                else Text(finding.message, style="dim"),
            )
        console.print(table)
        total += len(document.findings)
    if not summary:
        return
    counts = count_by_type(f for d in report.documents for f in d.findings)
    detail = ", ".join(f"{n} {t}" for t, n in counts.items())
    line = f"{counted(len(report.documents), 'document')}, {counted(total, 'finding')}"
    console.print(Text(line + (f" ({detail})" if detail else "")))


def _id_suffix(document: DocumentReport) -> str:
    """The document id when the path alone does not name it (a corpus record)."""
    return (
        ""
        if document.document.path.endswith(document.document.id + ".txt")
        else (f" [{document.document.id}]")
    )


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
