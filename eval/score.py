"""Scoring: findings of a run against the answer key.

Input: the plan (`eval.inject`), tradefacts' JSONL findings for the mutated records (by record id)
and the untouched pairs (by pair id), peer findings, and the seeds' JSON report. Output: plain dicts
of counts, ready for the table and report.json: per finding type and per phenomenon, precision on
mutated records, and the share of clean pairs with a finding at each severity. A finding counts
only if it is *new*: the same pair untouched did not already have a finding of the same type at the
same place (its English offsets moved onto the mutated text).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from eval.inject import FINDING_TYPES, PHENOMENA, Injection, Plan
from eval.peers import PeerFinding

Span = tuple[int, int]
Finding = Mapping[str, Any]

DEFINITIONS: dict[str, str] = {
    "new finding": (
        "a finding on a mutated pair that the same pair unmutated did not have (same type and "
        "overlapping span, the unmutated English offsets moved past the edit); only new findings "
        "are credited"
    ),
    "detected": (
        "tradefacts: a new finding whose en span overlaps the injected en span (omission: whose zh "
        "claim overlaps the zh counterpart of the removed figure); peers: the pair gets a new "
        "finding (translate-toolkit: the check fails on the mutated pair and passed on the "
        "unmutated one)"
    ),
    "typed": "a detecting finding has the injected type (peers have no types: n/a)",
    "precision": (
        "new findings on mutated pairs that point at the injected site (en span overlaps the "
        "injected en span, or zh span overlaps its zh counterpart) / all new findings on mutated "
        "pairs; translate-toolkit has no spans: n/a"
    ),
    "by phenomenon": (
        "the same detected/typed counts over the injections whose site shows the phenomenon (on "
        "either side; one injection counts under each of its phenomena, so rows overlap)"
    ),
    "typed precision": (
        "new findings on mutated pairs that point at the injected site and have the injected type "
        "/ all new findings on mutated pairs (a unit slip reported as an omission plus an addition "
        "is two findings at the site, neither of them typed)"
    ),
    "clean pairs": (
        "every pair of the corpus, untouched: the share with at least one finding of each severity "
        "(keyed by the finding's `severity` string), with a warning or an error, and with any "
        "finding; peers have no severities, so every peer finding counts as an error"
    ),
    "seeds": (
        "tests/seeds_expected.json entries found (doc, type, zh surface, en surface), error "
        "findings not expected, warning findings not expected"
    ),
}

# Figures that are in report.json but not in the table.
REPORT_DEFINITIONS: dict[str, str] = {
    "flagged": (
        "peers: mutated pairs with any finding at all, including findings the unmutated pair "
        "already had (an upper bound on what a reviewer would be pointed to)"
    ),
    "outcomes": "one record per injected error: whether each tool detected (and typed) it",
}


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _claim_span(finding: Finding, lang: str) -> Span | None:
    claim = finding.get(lang)
    if not claim:
        return None
    return int(claim["start"]), int(claim["end"])


def _moved(injection: Injection, span: Span) -> Span:
    """An en span of the original text, moved onto the mutated text (edited parts collapse)."""
    start, end = span
    if start > injection.orig_start:
        start = injection.en_start if start < injection.orig_end else start + injection.delta
    if end > injection.orig_start:
        end = injection.en_end if end <= injection.orig_end else end + injection.delta
    return start, max(start, end)


def _same(injection: Injection, new: Finding, old: Finding) -> bool:
    """Whether `old` (unmutated run) already said what `new` (mutated run) says."""
    if new.get("type") != old.get("type"):
        return False
    new_en, old_en = _claim_span(new, "en"), _claim_span(old, "en")
    if new_en and old_en:
        moved = _moved(injection, old_en)
        # A claim inside the edited text collapses to an empty span: it sat at the site, unless
        # the edit was a cut, which took the claim with it.
        if moved[0] == moved[1]:
            if injection.en_end == injection.en_start:
                return False
            moved = (injection.en_start, injection.en_end)
        return _overlaps(new_en, moved)
    new_zh, old_zh = _claim_span(new, "zh"), _claim_span(old, "zh")
    if not new_en and not old_en and new_zh and old_zh:
        return _overlaps(new_zh, old_zh)
    return False


def _injected_en(injection: Injection) -> Span | None:
    return (injection.en_start, injection.en_end) if injection.en_end > injection.en_start else None


def _injected_zh(injection: Injection) -> Span | None:
    if injection.zh_start is None or injection.zh_end is None:
        return None
    return injection.zh_start, injection.zh_end


def _detects(injection: Injection, finding: Finding) -> bool:
    if injection.type == "omission":
        zh, site = _claim_span(finding, "zh"), _injected_zh(injection)
        return bool(zh and site and _overlaps(zh, site))
    en, site = _claim_span(finding, "en"), _injected_en(injection)
    return bool(en and site and _overlaps(en, site))


def _at_site(injection: Injection, finding: Finding) -> bool:
    en, en_site = _claim_span(finding, "en"), _injected_en(injection)
    zh, zh_site = _claim_span(finding, "zh"), _injected_zh(injection)
    return bool(
        (en and en_site and _overlaps(en, en_site)) or (zh and zh_site and _overlaps(zh, zh_site))
    )


@dataclass(frozen=True, slots=True)
class Ratio:
    """k of n, printed as `k/n (p%)`."""

    k: int
    n: int

    def __str__(self) -> str:
        return f"{self.k}/{self.n} ({100 * self.k / self.n:.1f}%)" if self.n else f"{self.k}/0"

    def to_json(self) -> dict[str, Any]:
        """`{"k", "n", "rate"}`, rate rounded so the report is stable across platforms."""
        return {"k": self.k, "n": self.n, "rate": round(self.k / self.n, 4) if self.n else None}


def _new_findings(
    injection: Injection,
    mutated: Mapping[str, Sequence[Finding]],
    unmutated: Mapping[str, Sequence[Finding]],
) -> list[Finding]:
    before = unmutated.get(injection.pair_id, ())
    return [
        f for f in mutated.get(injection.id, ()) if not any(_same(injection, f, o) for o in before)
    ]


def _tables(plan: Plan, outcomes: Sequence[Mapping[str, Any]], *, typed: bool) -> dict[str, Any]:
    """detected/typed Ratios per finding type and per phenomenon, from one record per injection."""

    def ratio(rows: Sequence[Mapping[str, Any]], key: str) -> Ratio:
        return Ratio(sum(bool(r[key]) for r in rows), len(rows))

    by_type = {t: [o for o in outcomes if o["type"] == t] for t in FINDING_TYPES}
    labels = [p for p in PHENOMENA if any(p in i.phenomena for i in plan.injections)]
    labels += sorted({p for i in plan.injections for p in i.phenomena} - set(PHENOMENA))
    by_phenomenon = {
        p: [o for o, i in zip(outcomes, plan.injections, strict=True) if p in i.phenomena]
        for p in labels
    }
    result: dict[str, Any] = {
        "detected": {t: ratio(rows, "detected") for t, rows in by_type.items()},
        "typed": {t: ratio(rows, "typed") for t, rows in by_type.items()} if typed else None,
        "phenomena": {
            p: {
                "detected": ratio(rows, "detected"),
                "typed": ratio(rows, "typed") if typed else None,
            }
            for p, rows in by_phenomenon.items()
        },
        "all": {
            "detected": ratio(outcomes, "detected"),
            "typed": ratio(outcomes, "typed") if typed else None,
        },
    }
    return result


def score_tool(
    plan: Plan,
    mutated: Mapping[str, Sequence[Finding]],
    unmutated: Mapping[str, Sequence[Finding]],
) -> dict[str, Any]:
    """tradefacts' figures: per type and phenomenon detected/typed, precision, clean pairs."""
    at_site = typed_at_site = total_new = 0
    outcomes = []
    for injection in plan.injections:
        new = _new_findings(injection, mutated, unmutated)
        hits = [f for f in new if _detects(injection, f)]
        at_site += sum(_at_site(injection, f) for f in new)
        typed_at_site += sum(
            _at_site(injection, f) and f.get("type") == injection.type for f in new
        )
        total_new += len(new)
        outcomes.append(
            {
                "id": injection.id,
                "type": injection.type,
                "phenomena": list(injection.phenomena),
                "detected": bool(hits),
                "typed": any(f.get("type") == injection.type for f in hits),
                "found_types": sorted({str(f.get("type")) for f in hits}),
                "new_findings": len(new),
            }
        )
    return {
        **_tables(plan, outcomes, typed=True),
        "precision": Ratio(at_site, total_new),
        "typed_precision": Ratio(typed_at_site, total_new),
        "clean": score_clean(
            [p.id for p in plan.clean],
            {p.id: [str(f.get("severity")) for f in unmutated.get(p.id, ())] for p in plan.clean},
        ),
        "outcomes": outcomes,
    }


SEVERITY_ORDER: tuple[str, ...] = ("error", "warning", "note")


def score_clean(ids: Sequence[str], severities: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Share of pairs with a finding of each severity that occurs, with a warning or error, any."""
    n = len(ids)
    seen = {s for i in ids for s in severities.get(i, ())}
    order = [s for s in SEVERITY_ORDER if s in seen] + sorted(seen - set(SEVERITY_ORDER))
    return {
        "pairs": n,
        "by_severity": {s: Ratio(sum(s in severities.get(i, ()) for i in ids), n) for s in order},
        "warning_or_error": Ratio(
            sum(bool({"error", "warning"} & set(severities.get(i, ()))) for i in ids), n
        ),
        "any": Ratio(sum(bool(severities.get(i)) for i in ids), n),
    }


def score_peer(
    plan: Plan,
    mutated: Mapping[str, Sequence[PeerFinding]],
    unmutated: Mapping[str, Sequence[PeerFinding]],
    *,
    has_spans: bool,
) -> dict[str, Any]:
    """A peer's figures: detection is pair-level; precision only if the peer gives spans."""
    at_site = total_new = 0
    outcomes = []
    flagged = dict.fromkeys(FINDING_TYPES, 0)  # any finding at all, old or new (report only)
    for injection in plan.injections:
        old_keys = {f.key for f in unmutated.get(injection.pair_id, ())}
        new = [f for f in mutated.get(injection.id, ()) if f.key not in old_keys]
        flagged[injection.type] += bool(mutated.get(injection.id))
        en_site, zh_site = _injected_en(injection), _injected_zh(injection)
        for finding in new:
            total_new += 1
            at_site += any(en_site and _overlaps(s, en_site) for s in finding.en_spans) or any(
                zh_site and _overlaps(s, zh_site) for s in finding.zh_spans
            )
        outcomes.append(
            {"id": injection.id, "type": injection.type, "detected": bool(new), "typed": False}
        )
    return {
        **_tables(plan, outcomes, typed=False),
        "flagged": {t: Ratio(flagged[t], _count(plan, t)) for t in FINDING_TYPES},
        "precision": Ratio(at_site, total_new) if has_spans else None,
        "clean": score_clean(
            [p.id for p in plan.clean],
            {p.id: ["error" for _ in unmutated.get(p.id, ())] for p in plan.clean},
        ),
        "outcomes": outcomes,
    }


def _count(plan: Plan, kind: str) -> int:
    return sum(1 for i in plan.injections if i.type == kind)


def _doc_key(doc: object) -> str:
    # The seeds may be named by id, file name or path; the stem is what they share.
    return PurePath(str(doc)).stem


def score_seeds(report: Mapping[str, Any], expected: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Expected seed findings found, and error/warning findings nobody expected."""
    actual = []
    for document in report.get("documents", ()):
        for finding in document.get("findings", ()):
            zh, en = finding.get("zh"), finding.get("en")
            actual.append(
                {
                    "doc": _doc_key(document.get("id") or document.get("path")),
                    "type": finding.get("type"),
                    "severity": finding.get("severity"),
                    "zh": zh.get("text") if zh else None,
                    "en": en.get("text") if en else None,
                }
            )

    def key(f: Mapping[str, Any]) -> tuple[object, ...]:
        return _doc_key(f.get("doc")), f.get("type"), f.get("zh"), f.get("en")

    expected_keys = {key(e) for e in expected}
    actual_keys = {key(a) for a in actual}
    missing = [dict(e) for e in expected if key(e) not in actual_keys]
    false_errors = [a for a in actual if a["severity"] == "error" and key(a) not in expected_keys]
    spurious = [a for a in actual if a["severity"] == "warning" and key(a) not in expected_keys]
    return {
        "found": Ratio(len(expected) - len(missing), len(expected)),
        "false_errors": len(false_errors),
        "spurious_warnings": len(spurious),
        "missing": missing,
        "false_error_findings": false_errors,
        "spurious_warning_findings": spurious,
    }
