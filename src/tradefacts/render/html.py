"""HTML renderer: one self-contained page for an editor's review (`diff --format html`).

Stage: renderers. Input: a `Report` (with its claims). Output: one HTML page on `out`: a summary,
then per document the original and the translation side by side, every claim highlighted by kind
(`class="claim kind-money"`), every finding listed with its message and suggestion and linked to
its spans (`#d1-zh-364`), each span linking back to its findings (`#d1-f1`). Reads no environment
and no clock; loads nothing from the network (inline CSS, no script).

Article text reaches the page only through the Jinja2 template with autoescape on, as data, never
as markup: `<script>`, `</td>` and quotes in an article render as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Final, TextIO

from tradefacts import __version__
from tradefacts.classify import FINDING_TYPES, count_by_type
from tradefacts.model import Claim, Document, DocumentReport, Finding, Kind, Lang, Report, Severity
from tradefacts.render.spans import claim_span

if TYPE_CHECKING:
    import jinja2

TEMPLATE: Final = "report.html.j2"
TITLES: Final = {rule.type: rule.title for rule in FINDING_TYPES}


@dataclass(slots=True)
class Mark:
    """A finding's reference on a highlighted span."""

    id: str
    number: int
    severity: str


@dataclass(slots=True)
class Piece:
    """A run of a side's text: plain, or a claim (highlighted, maybe marked by findings)."""

    text: str
    kind: str | None = None
    id: str | None = None
    marks: list[Mark] = field(default_factory=list)


@dataclass(slots=True)
class Side:
    """A finding's span on one side: where it is, as a link target and as text."""

    href: str
    text: str
    where: str


@dataclass(slots=True)
class FindingView:
    """A finding as the page lists it."""

    id: str
    number: int
    type: str
    title: str
    severity: str
    message: str
    suggestion: str | None
    zh: Side | None
    en: Side | None


@dataclass(slots=True)
class DocumentView:
    """One document's section."""

    id: str
    anchor: str
    path: str
    zh: list[Piece]
    en: list[Piece]
    claims: dict[str, int]
    findings: list[FindingView]


def _span_id(anchor: str, claim: Claim) -> str:
    return f"{anchor}-{claim.lang.value}-{claim.start}"


def _pieces(
    text: str, claims: tuple[Claim, ...], marks: dict[tuple[int, int], list[Mark]], anchor: str
) -> list[Piece]:
    spans: dict[tuple[int, int], Claim] = {(c.start, c.end): c for c in claims}
    pieces: list[Piece] = []
    cursor = 0
    for (start, end), claim in sorted(spans.items()):
        if start < cursor:
            continue  # overlapping spans are not expected; the earlier one wins
        if start > cursor:
            pieces.append(Piece(text[cursor:start]))
        pieces.append(
            Piece(
                text[start:end],
                kind=claim.kind.value,
                id=_span_id(anchor, claim),
                marks=marks.get((start, end), []),
            )
        )
        cursor = end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:]))
    return pieces


def _side(document: Document, claim: Claim | None, anchor: str) -> Side | None:
    if claim is None:
        return None
    span = claim_span(document, claim)
    where = f"{span.path}:{span.line}:{span.column}"
    if span.unit is not None:
        where += f" (unit {span.unit})"
    return Side(href="#" + _span_id(anchor, claim), text=claim.text, where=where)


def _document_view(index: int, report: DocumentReport) -> DocumentView:
    document = report.document
    anchor = f"d{index}"
    findings: list[FindingView] = []
    marks: dict[Lang, dict[tuple[int, int], list[Mark]]] = {Lang.ZH: {}, Lang.EN: {}}
    finding_claims: dict[Lang, list[Claim]] = {Lang.ZH: [], Lang.EN: []}
    for number, finding in enumerate(report.findings, start=1):
        view = _finding_view(document, finding, anchor, number)
        findings.append(view)
        for claim in (finding.zh, finding.en):
            if claim is not None:
                mark = Mark(view.id, number, finding.severity.value)
                marks[claim.lang].setdefault((claim.start, claim.end), []).append(mark)
                finding_claims[claim.lang].append(claim)
    return DocumentView(
        id=document.id,
        anchor=anchor,
        path=document.path,
        # A finding's claim is always highlighted, even one the claim lists leave out.
        zh=_pieces(
            document.zh, (*report.zh_claims, *finding_claims[Lang.ZH]), marks[Lang.ZH], anchor
        ),
        en=_pieces(
            document.en, (*report.en_claims, *finding_claims[Lang.EN]), marks[Lang.EN], anchor
        ),
        claims={"zh": len(report.zh_claims), "en": len(report.en_claims)},
        findings=findings,
    )


def _finding_view(document: Document, finding: Finding, anchor: str, number: int) -> FindingView:
    return FindingView(
        id=f"{anchor}-f{number}",
        number=number,
        type=finding.type.value,
        title=TITLES[finding.type],
        severity=finding.severity.value,
        message=finding.message,
        suggestion=finding.suggestion,
        zh=_side(document, finding.zh, anchor),
        en=_side(document, finding.en, anchor),
    )


@cache
def _template() -> jinja2.Template:
    # Imported here: a run that writes no HTML does not pay for Jinja2's import.
    import jinja2

    source = files("tradefacts.render").joinpath(TEMPLATE).read_text(encoding="utf-8")
    environment = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.from_string(source)


def render_diff_html(report: Report, out: TextIO) -> None:
    """`diff --format html`: one self-contained page."""
    findings = [f for d in report.documents for f in d.findings]
    page = _template().render(
        version=__version__,
        documents=[_document_view(i, d) for i, d in enumerate(report.documents, start=1)],
        summary={
            "documents": len(report.documents),
            "findings": len(findings),
            "by_type": count_by_type(findings),
            "errors": sum(1 for f in findings if f.severity is Severity.ERROR),
            "warnings": sum(1 for f in findings if f.severity is Severity.WARNING),
            "notes": sum(1 for f in findings if f.severity is Severity.NOTE),
        },
        errors=list(report.errors),
        kinds=[k.value for k in Kind],
    )
    out.write(page)
