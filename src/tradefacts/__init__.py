"""tradefacts: check the figures in a Chinese-to-English translation against the original.

Public API: `check` (two strings → findings), `read_documents` (inputs → documents, with the
inputs that could not be read in its `.errors`), `extract_claims` (a document → both sides'
claims), `check_document` (a document → claims and findings), `diff_document` (the findings only),
and the core types.
"""

from __future__ import annotations

from tradefacts.errors import InputError, TradefactsError, UsageError
from tradefacts.extract import extract_claims, extract_text
from tradefacts.model import (
    Approx,
    Claim,
    Document,
    DocumentReport,
    Finding,
    FindingType,
    Kind,
    Lang,
    Report,
    Severity,
    Source,
)
from tradefacts.pipeline import check, check_document, extract_document
from tradefacts.readers import Columns, Reading, read_documents

__version__ = "0.1.0"


def diff_document(document: Document) -> tuple[Finding, ...]:
    """The findings of one document."""
    return check_document(document).findings


__all__ = [
    "Approx",
    "Claim",
    "Columns",
    "Document",
    "DocumentReport",
    "Finding",
    "FindingType",
    "InputError",
    "Kind",
    "Lang",
    "Reading",
    "Report",
    "Severity",
    "Source",
    "TradefactsError",
    "UsageError",
    "__version__",
    "check",
    "check_document",
    "diff_document",
    "extract_claims",
    "extract_document",
    "extract_text",
    "read_documents",
]
