"""HTML renderer: one self-contained page for an editor's review (`diff --format html`).

Stage: renderers. Input: document reports, one at a time (`HtmlPage`), or a whole `Report`
(`render_diff_html`). Output: one HTML page on `out`: per document with findings the original and
the translation side by side, every claim highlighted by kind (`class="claim kind-money"`) with its
normalized value shown on hover, every finding listed with its message and suggestion and linked
to its spans (`#d1-zh-364`), each span linking back to its findings (`#d1-f1`); a summary with the
count of documents without findings (shown only with `include_clean`), and filters by finding type
and severity and a sort of the documents. Reads no environment and no clock; loads nothing from
the network (inline CSS and one inline script; without the script every link still works).

Memory stays flat over a corpus: each document's section is written as it comes and dropped, and
a clean document is only counted. The summary, known only at the end, is written last and shown
first (CSS `order`).

Article text reaches the page only through the Jinja2 template with autoescape on, as data, never
as markup: `<script>`, `</td>` and quotes in an article render as text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any, Final, TextIO

from tradefacts import __version__
from tradefacts.classify import FINDING_TYPES
from tradefacts.errors import InputError
from tradefacts.model import (
    Approx,
    Claim,
    Document,
    DocumentReport,
    Finding,
    Kind,
    Lang,
    Report,
    Severity,
)
from tradefacts.render.contract import number as exact
from tradefacts.render.spans import claim_span

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
    value: str | None = None  # the claim's normalized value, shown on hover


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
    index: int
    path: str
    zh: list[Piece]
    en: list[Piece]
    claims: dict[str, int]
    findings: list[FindingView]
    errors: int


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
                value=normalized(claim),
            )
        )
        cursor = end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:]))
    return pieces


def _figure(value: Decimal) -> str:
    return f"{exact(value):,}"


def normalized(claim: Claim) -> str:
    """A claim's value as tradefacts read it, for the page's hover: `money: 608,000,000 CHF`,
    `percent: about 12%`, `count: 2,000,000 to 9,000,000`, `date: 1989-08-29`."""
    if isinstance(claim.value, str):
        value = claim.value
    else:
        value = _figure(claim.value)
        if claim.high is not None:
            value += f" to {_figure(claim.high)}"
    hedge = "" if claim.approx in (Approx.EXACT, Approx.RANGE) else f"{claim.approx.value} "
    unit = "" if claim.unit is None else claim.unit if claim.unit == "%" else f" {claim.unit}"
    return f"{claim.kind.value}: {hedge}{value}{unit}"


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
        index=index,
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
        errors=sum(1 for f in report.findings if f.severity is Severity.ERROR),
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
def _template() -> Any:
    """The page's template module: its macros `head`, `section`, `summary` and `tail`."""
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
    return environment.from_string(source).module


class HtmlPage:
    """The page written document by document: `write` each report as it comes, then `finish`.

    Only documents with findings get a section, unless `include_clean`; the others are counted.
    Nothing of a document is kept once its section is written.
    """

    def __init__(self, *, include_clean: bool = False) -> None:
        self._include_clean = include_clean
        self._started = False
        self._documents = 0
        self._shown = 0
        self._by_type: Counter[str] = Counter()
        self._by_severity: Counter[str] = Counter()
        self._nav: list[tuple[str, str, str, int]] = []

    def _start(self, out: TextIO) -> None:
        if not self._started:
            out.write(str(_template().head(version=__version__)))
            self._started = True

    def write(self, report: DocumentReport, out: TextIO) -> None:
        """One document: its section if it has findings (or clean ones are included)."""
        self._start(out)
        self._documents += 1
        for finding in report.findings:
            self._by_type[finding.type.value] += 1
            self._by_severity[finding.severity.value] += 1
        if not report.findings and not self._include_clean:
            return
        self._shown += 1
        view = _document_view(self._documents, report)
        label = view.path + ("" if view.id in view.path else f" [{view.id}]")
        self._nav.append((view.anchor, label, view.id, len(view.findings)))
        out.write(str(_template().section(document=view)))

    def finish(self, errors: Sequence[InputError], out: TextIO) -> None:
        """The summary (counts, filters, sort, the list of documents, unreadable inputs), then
        the end of the page."""
        self._start(out)
        findings = sum(self._by_type.values())
        order = [rule.type.value for rule in FINDING_TYPES]
        summary = {
            "documents": self._documents,
            "shown": self._shown,
            "clean": self._documents - self._shown if not self._include_clean else 0,
            "findings": findings,
            "by_type": {t: self._by_type[t] for t in order if self._by_type[t]},
            "by_severity": {s.value: self._by_severity[s.value] for s in Severity},
        }
        out.write(
            str(
                _template().summary(
                    summary=summary,
                    errors=[str(e) for e in errors],
                    kinds=[k.value for k in Kind],
                    types=[(rule.type.value, rule.title) for rule in FINDING_TYPES],
                    severities=[s.value for s in Severity],
                    nav=self._nav,
                )
            )
        )
        out.write(str(_template().tail()))


def render_diff_html(report: Report, out: TextIO, *, include_clean: bool = False) -> None:
    """`diff --format html`: one self-contained page (documents without findings only counted,
    unless `include_clean`)."""
    page = HtmlPage(include_clean=include_clean)
    for document in report.documents:
        page.write(document, out)
    page.finish(report.errors, out)
