"""Baselines: the fingerprints of accepted findings in a file → only the findings that are new.

Stage: after findings, before rendering. Input: a baseline file (or a report to record) and the
findings of a run. Output: the findings whose fingerprint the baseline does not hold, and the
baseline's entries that the run no longer produces (stale: the figure was fixed or its text
changed, so the entry can go). Fingerprints hash what a finding says, not where (classify.py), so
a baseline survives edits elsewhere in the text.

The file is small, sorted and versioned JSON; besides the fingerprint each entry keeps the
document, the type and both surfaces, for the human who reviews the baseline's diff:

    {"version": 1, "findings": [{"fingerprint": "…", "doc": "…", "type": "magnitude",
                                 "zh": "１２亿美元", "en": "$12 billion"}, …]}

Stale entries are counted only for documents this run checked, so a run on a few changed files
(pre-commit) does not call the rest of the baseline stale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final, TextIO

from tradefacts.errors import UsageError
from tradefacts.model import DocumentReport, Finding, Report
from tradefacts.render.contract import JSONValue, dumps

BASELINE_VERSION: Final = 1


@dataclass(frozen=True, slots=True)
class Entry:
    """One accepted finding."""

    fingerprint: str
    doc: str
    type: str
    zh: str | None
    en: str | None


@dataclass(frozen=True, slots=True)
class Baseline:
    """The accepted findings of a baseline file."""

    path: str
    entries: tuple[Entry, ...]

    @property
    def fingerprints(self) -> frozenset[str]:
        """The fingerprints the baseline accepts."""
        return frozenset(e.fingerprint for e in self.entries)


def entry_of(doc: str, finding: Finding) -> Entry:
    """The baseline entry that accepts a finding."""
    return Entry(
        fingerprint=finding.fingerprint,
        doc=doc,
        type=finding.type.value,
        zh=None if finding.zh is None else finding.zh.text,
        en=None if finding.en is None else finding.en.text,
    )


def baseline_dict(documents: Sequence[DocumentReport]) -> dict[str, JSONValue]:
    """The baseline that accepts every finding of `documents`: sorted, one entry a fingerprint."""
    entries = {
        (d.document.id, f.fingerprint): entry_of(d.document.id, f)
        for d in documents
        for f in d.findings
    }
    return {
        "version": BASELINE_VERSION,
        "findings": [
            {"fingerprint": e.fingerprint, "doc": e.doc, "type": e.type, "zh": e.zh, "en": e.en}
            for _, e in sorted(entries.items())
        ],
    }


def write_baseline(report: Report, out: TextIO) -> None:
    """Write the baseline of a report's findings."""
    out.write(dumps(baseline_dict(report.documents), indent=2))
    out.write("\n")


def read_baseline(path: Path) -> Baseline:
    """A baseline file. Raises `UsageError` naming the file when it cannot be used."""
    name = path.as_posix()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(
            f"{name}: no such baseline file; create it with --write-baseline"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{name}: baseline cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{name}:{exc.lineno}: baseline is not JSON ({exc.msg})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise UsageError(f"{name}: not a tradefacts baseline of version {BASELINE_VERSION}")
    raw = data.get("findings")
    if not isinstance(raw, list):
        raise UsageError(f'{name}: baseline has no "findings" list')
    entries = []
    for index, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise UsageError(f'{name}: baseline entry {index} has no "fingerprint"')
        entries.append(
            Entry(
                fingerprint=item["fingerprint"],
                doc=str(item.get("doc", "")),
                type=str(item.get("type", "")),
                zh=_text(item.get("zh")),
                en=_text(item.get("en")),
            )
        )
    return Baseline(path=name, entries=tuple(entries))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def suppress(report: DocumentReport, fingerprints: frozenset[str]) -> DocumentReport:
    """A document's report without the findings a baseline accepts."""
    kept = tuple(f for f in report.findings if f.fingerprint not in fingerprints)
    return report if len(kept) == len(report.findings) else replace(report, findings=kept)


def apply_baseline(report: Report, baseline: Baseline) -> tuple[Report, tuple[Entry, ...]]:
    """The report without the accepted findings, and the baseline's stale entries.

    An entry is stale when its document was checked in this run and produced no finding with its
    fingerprint.
    """
    fingerprints = baseline.fingerprints
    checked = {d.document.id for d in report.documents}
    produced = {f.fingerprint for d in report.documents for f in d.findings}
    stale = tuple(e for e in baseline.entries if e.doc in checked and e.fingerprint not in produced)
    documents = tuple(suppress(d, fingerprints) for d in report.documents)
    return replace(report, documents=documents), stale


def stale_message(baseline: Baseline, stale: Sequence[Entry]) -> str | None:
    """The one info line about stale entries, or None when there are none."""
    if not stale:
        return None
    count = len(stale)
    noun = "entry matches" if count == 1 else "entries match"
    return (
        f"{baseline.path}: {count} baseline {noun} no finding any more"
        " (fixed or reworded); rewrite it with --write-baseline to drop them"
    )


def suppressing(
    stream: Callable[[DocumentReport, TextIO], None], fingerprints: frozenset[str]
) -> Callable[[DocumentReport, TextIO], None]:
    """A streaming writer that leaves out the findings a baseline accepts."""

    def write(report: DocumentReport, out: TextIO) -> None:
        stream(suppress(report, fingerprints), out)

    return write
