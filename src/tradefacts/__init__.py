"""tradefacts: check the figures in a Chinese-to-English translation against the original.

Public API: `check` (two strings → findings), `read_documents` (inputs → documents, with the
inputs that could not be read in its `.errors`), `extract_claims` (a document → both sides'
claims), `check_document` (a document → claims and findings), `diff_document` (the findings only),
and the core types.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tradefacts.errors import InputError, TradefactsError, UsageError

if TYPE_CHECKING:
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

# The public names of the modules that read and check, imported on first use: importing the
# package, or running `tradefacts --help`, loads no language module and no pattern.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("extract_claims", "extract_text"), "tradefacts.extract"),
    **dict.fromkeys(
        (
            "Approx",
            "Claim",
            "Document",
            "DocumentReport",
            "Finding",
            "FindingType",
            "Kind",
            "Lang",
            "Report",
            "Severity",
            "Source",
        ),
        "tradefacts.model",
    ),
    **dict.fromkeys(("check", "check_document", "extract_document"), "tradefacts.pipeline"),
    **dict.fromkeys(("Columns", "Reading", "read_documents"), "tradefacts.readers"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tradefacts' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"


def diff_document(document: Document) -> tuple[Finding, ...]:
    """The findings of one document."""
    from tradefacts.pipeline import check_document

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
