"""The pure per-document function: a document → its claims and findings.

Stage: glue of extract → align → classify, with no I/O. This is the function that `--jobs`, Dask
and corpus filters map over documents.
"""

from __future__ import annotations

import dataclasses
from typing import Final

from tradefacts.align import align_claims
from tradefacts.classify import classify
from tradefacts.errors import InputError, UsageError
from tradefacts.extract import extract_claims
from tradefacts.lang import LANGS
from tradefacts.model import (
    SEVERITY_RANK,
    Document,
    DocumentReport,
    Finding,
    FindingType,
    Lang,
    Severity,
    Source,
)

# Over this many (zh claim, en claim) pairs a document is not aligned. Alignment compares long
# documents only within a window and matches huge components best pair first (align.py), so 2,000
# × 1,000 claims take a few seconds; beyond that, text such as a flattened table or hostile input
# is refused with an `InputError` (split the document) rather than left to run for minutes.
MAX_ALIGNED_PAIRS: Final[int] = 4_000_000


def check_document(document: Document) -> DocumentReport:
    """Extract both sides, align them over the whole document and classify what disagrees.

    Raises `InputError` for a document with too many claims to align (`MAX_ALIGNED_PAIRS`).
    """
    zh_all, en_all = extract_claims(document, LANGS)
    if len(zh_all) * len(en_all) > MAX_ALIGNED_PAIRS:
        source = document.zh_source
        raise InputError(
            document.path,
            f"{len(zh_all)} × {len(en_all)} claims, more pairs than alignment takes"
            f" ({MAX_ALIGNED_PAIRS:,}); split the document",
            source.line if source.fixed_line else None,
        )
    alignment = align_claims(
        zh_all,
        en_all,
        zh_len=len(document.zh),
        en_len=len(document.en),
        en_text=document.en,
        zh_text=document.zh,
    )
    findings = classify(document, alignment, LANGS[Lang.EN], LANGS[Lang.ZH])
    return DocumentReport(
        document=document,
        zh_claims=tuple(c for c in zh_all if not c.header),
        en_claims=tuple(c for c in en_all if not c.header),
        findings=findings,
    )


# The place a `check` of two strings names: no file, as Python names code compiled from a string.
STRING_PATH: Final[str] = "<string>"


def check(zh: str, en: str) -> list[Finding]:
    """The findings of an original `zh` and its translation `en`, given as two strings.

    Lines and columns count inside each string. Raises `InputError` only for text with too many
    claims to align (`MAX_ALIGNED_PAIRS`).
    """
    source = Source(path=STRING_PATH)
    document = Document(
        id="string", path=STRING_PATH, zh=zh, en=en, zh_source=source, en_source=source
    )
    return list(check_document(document).findings)


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


def finding_types(select: str | None, ignore: str | None) -> frozenset[FindingType] | None:
    """The finding types a run reports (`--select`, `--ignore`: comma-separated type names), or
    None for all of them. An unknown name is a `UsageError`.

    >>> sorted(finding_types("magnitude,unit", "unit"))
    [<FindingType.MAGNITUDE: 'magnitude'>]
    """
    if select is None and ignore is None:
        return None
    chosen = _types(select, "--select") if select is not None else frozenset(FindingType)
    return chosen - (_types(ignore, "--ignore") if ignore is not None else frozenset())


def _types(names: str, option: str) -> frozenset[FindingType]:
    known = {t.value: t for t in FindingType}
    found: set[FindingType] = set()
    for name in (n.strip().lower() for n in names.split(",")):
        if not name:
            continue
        if name not in known:
            raise UsageError(
                f"{option}: unknown finding type {name!r}; known types: {', '.join(known)}"
            )
        found.add(known[name])
    return frozenset(found)


def check_selected(document: Document, types: frozenset[FindingType]) -> DocumentReport:
    """`check_document`, keeping only the findings of `types` (a module-level function, so that
    a worker process of `--jobs` can be handed it)."""
    report = check_document(document)
    kept = tuple(f for f in report.findings if f.type in types)
    if len(kept) == len(report.findings):
        return report
    return dataclasses.replace(report, findings=kept)
