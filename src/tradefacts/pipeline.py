"""The pure per-document function: a document → its claims and findings.

Stage: glue of extract → align → classify, with no I/O. This is the function that `--jobs`, Dask
and corpus filters map over documents.
"""

from __future__ import annotations

from tradefacts.align import align_claims
from tradefacts.classify import classify
from tradefacts.extract import extract_claims
from tradefacts.lang import LANGS
from tradefacts.model import SEVERITY_RANK, Document, DocumentReport, Lang, Severity


def check_document(document: Document) -> DocumentReport:
    """Extract both sides, align them over the whole document and classify what disagrees."""
    zh_all, en_all = extract_claims(document, LANGS)
    alignment = align_claims(zh_all, en_all, zh_len=len(document.zh), en_len=len(document.en))
    findings = classify(document, alignment, LANGS[Lang.EN])
    return DocumentReport(
        document=document,
        zh_claims=tuple(c for c in zh_all if not c.header),
        en_claims=tuple(c for c in en_all if not c.header),
        findings=findings,
    )


def extract_document(document: Document) -> DocumentReport:
    """Only the claims of a document (for `tradefacts extract`)."""
    zh_all, en_all = extract_claims(document, LANGS)
    return DocumentReport(
        document=document,
        zh_claims=tuple(c for c in zh_all if not c.header),
        en_claims=tuple(c for c in en_all if not c.header),
    )


def is_clean(report: DocumentReport, drop: Severity) -> bool:
    """Whether a document has no finding at or above `drop` (a cleaning job keeps it)."""
    threshold = SEVERITY_RANK[drop]
    return all(SEVERITY_RANK[f.severity] < threshold for f in report.findings)
