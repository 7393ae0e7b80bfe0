"""Where a claim sits in its input file, for renderers that point into files (SARIF, GitHub, HTML).

Stage: renderers. Input: a document and one of its claims. Output: a `Span` with the file's path,
the 1-based start line and column, the end line and the end column (exclusive: the column after
the claim's last character, as SARIF's `endColumn` is), and the translation-file unit the claim
belongs to, if any. Columns count Unicode code points. Reads no environment.

A corpus record (JSONL, Parquet) or a translation-file unit reports columns inside its own text,
which are not columns of the file (JSON escapes, XML markup come between): `columns_in_file` is
false for them, and renderers that point into files give the line alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from tradefacts.model import Claim, Document, Finding, Lang
from tradefacts.text import line_starts, position, segment_at

STDIN_PATHS = frozenset({"-", "<stdin>"})


@dataclass(frozen=True, slots=True)
class Span:
    """A claim's place in its input file."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    unit: str | None = None
    columns_in_file: bool = True

    @property
    def in_file(self) -> bool:
        """False for standard input, which no tool can open again."""
        return self.path not in STDIN_PATHS


def claim_span(document: Document, claim: Claim) -> Span:
    """The file position of a claim of `document`."""
    source = document.source(claim.lang)
    starts = line_starts(document.text(claim.lang))
    end_line, end_column = position(source, starts, claim.end)
    segment = segment_at(source, claim.start)
    return Span(
        path=source.path,
        line=claim.line,
        column=claim.column,
        end_line=end_line,
        end_column=end_column,
        unit=None if segment is None else segment.unit,
        columns_in_file=not source.fixed_line and not source.segments,
    )


def primary_claim(finding: Finding) -> Claim:
    """Where a finding is reported: at the translation's claim, else at the original's."""
    claim = finding.en if finding.en is not None else finding.zh
    assert claim is not None  # a Finding always has a claim on one side (model invariant)
    return claim


def related_claim(finding: Finding) -> Claim | None:
    """The other side's claim of a finding, if it has both."""
    return finding.zh if finding.en is not None else None


def side_name(lang: Lang) -> str:
    """How a side is named to a user."""
    return "original" if lang is Lang.ZH else "translation"
