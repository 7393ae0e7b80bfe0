"""`make eval`: inject known errors into real pairs and measure who finds them.

Input: a JSONL corpus of {"id", "zh", "en"} (default `../shared/data/dev.jsonl` beside the repo,
or `$TRADEFACTS_EVAL_DATA`, or `--data`). Output: Markdown tables on stdout (per finding type and
per phenomenon; tradefacts, translate-toolkit's `numbers` check, Recognizers-Text side by side; the
share of clean pairs with a finding at each severity over the whole corpus; the first, narrow
eval's numbers as one row) and, under `eval/out/` (git-ignored), the mutated and clean corpora,
the answer keys, every tool's raw output and `report.json`. Progress goes to stderr. The same seed
gives the same numbers; wall times go to stderr only, so report.json is byte-identical between
runs of the same code.

    python -m eval.run [--seed 7] [--per-type 100] [--data FILE] [--tool-cmd CMD] [--no-v1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from eval.inject import (
    FINDING_TYPES,
    Injection,
    Pair,
    Plan,
    count_by_phenomenon,
    count_by_type,
    plan_corpus,
)
from eval.peers import Peer, PeerFinding, load_peers
from eval.score import (
    DEFINITIONS,
    REPORT_DEFINITIONS,
    Ratio,
    score_peer,
    score_seeds,
    score_tool,
)
from eval.v1 import inject as v1_inject

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = "../shared/data/dev.jsonl"  # relative to the repo root
DATA_ENV = "TRADEFACTS_EVAL_DATA"
TOOL_TIMEOUT_S = 420
# The first eval's own settings, so its row is the number it always reported.
V1_PER_TYPE = 50
V1_CLEAN = 300


def log(message: str) -> None:
    """Progress and problems go to stderr; stdout carries only the report."""
    print(message, file=sys.stderr, flush=True)


def read_pairs(path: Path) -> list[Pair]:
    """The corpus records; a malformed line is reported with its number and skipped."""
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                pairs.append(Pair(id=str(record["id"]), zh=record["zh"], en=record["en"]))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                log(f"{path.name}:{number}: skipped ({type(exc).__name__}: {exc})")
    return pairs


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """One JSON object per line, keys in a fixed order, UTF-8 as is."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _relative(path: Path) -> str:
    """A path as the report shows it: relative to the repo, never a machine path."""
    return os.path.relpath(path.resolve(), REPO)


# --- tradefacts -----------------------------------------------------------------------------


def _tool(cmd: Sequence[str], args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*cmd, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TOOL_TIMEOUT_S,
        check=False,
    )


def probe_tool(cmd: Sequence[str]) -> tuple[str | None, str]:
    """(why the tool cannot run or None, the text of `diff --help`)."""
    try:
        probe = _tool(cmd, ["diff", "--help"])
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{type(exc).__name__}: {exc}", ""
    if probe.returncode != 0:
        lines = (probe.stderr or probe.stdout).strip().splitlines()
        return (lines[-1] if lines else f"exit {probe.returncode}"), ""
    return None, probe.stdout


def run_tool_diff(
    cmd: Sequence[str], corpus: Path, out: Path, jobs: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """`tradefacts diff CORPUS --format jsonl --fail-on never`, findings grouped by record id."""
    result = _tool(cmd, ["diff", str(corpus), "--format", "jsonl", "--fail-on", "never", *jobs])
    out.write_text(result.stdout, encoding="utf-8")
    if result.returncode != 0:
        detail = result.stderr.strip()[:500]
        log(f"tradefacts diff {corpus.name}: exit {result.returncode}: {detail}")
    findings: dict[str, list[dict[str, Any]]] = {}
    for number, line in enumerate(result.stdout.splitlines(), 1):
        if not line.strip():
            continue
        try:
            finding = json.loads(line)
        except json.JSONDecodeError:
            log(f"{out.name}:{number}: not JSON, ignored")
            continue
        findings.setdefault(str(finding.get("doc")), []).append(finding)
    return findings


def run_tool_seeds(cmd: Sequence[str], out: Path) -> dict[str, Any] | str:
    """`tradefacts diff seeds/ --format json` scored against tests/seeds_expected.json."""
    expected_path = REPO / "tests" / "seeds_expected.json"
    if not expected_path.exists():
        return "tests/seeds_expected.json missing"
    result = _tool(cmd, ["diff", "seeds/", "--format", "json", "--fail-on", "never"])
    out.write_text(result.stdout, encoding="utf-8")
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return f"no JSON from diff seeds/ (exit {result.returncode})"
    expected = json.loads(expected_path.read_text(encoding="utf-8")).get("findings", [])
    return score_seeds(report, expected)


# --- peers ------------------------------------------------------------------------------------


def run_peer(peer: Peer, pairs: Sequence[Pair]) -> dict[str, list[PeerFinding]]:
    """A peer's findings on each pair."""
    return {pair.id: peer.check(pair.zh, pair.en) for pair in pairs}


def _peer_dump(findings: Mapping[str, Sequence[PeerFinding]]) -> Iterable[dict[str, Any]]:
    for doc, items in findings.items():
        for f in items:
            yield {"doc": doc, "key": list(f.key), "zh_spans": f.zh_spans, "en_spans": f.en_spans}


# --- report ---------------------------------------------------------------------------------


def _cell(value: Ratio | str | None) -> str:
    return "n/a" if value is None else str(value)


Columns = Sequence[tuple[str, Mapping[str, Any] | str]]


def _severities(columns: Columns) -> list[str]:
    seen: list[str] = []
    for _, score in columns:
        if not isinstance(score, str):
            seen += [s for s in score["clean"]["by_severity"] if s not in seen]
    return seen


def render_table(columns: Columns, seeds: list[str], v1_row: list[str] | None) -> str:
    """The main Markdown table: one row per figure, one column per tool."""
    header = "| | " + " | ".join(name for name, _ in columns) + " |"
    lines = [header, "|---" * (len(columns) + 1) + "|"]

    def row(label: str, pick: Any) -> None:
        cells = []
        for _, score in columns:
            cells.append("unavailable" if isinstance(score, str) else _cell(pick(score)))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    for kind in FINDING_TYPES:
        row(f"{kind}: detected", lambda s, k=kind: s["detected"][k])
        row(f"{kind}: typed", lambda s, k=kind: s["typed"][k] if s["typed"] else None)
    row("all types: detected", lambda s: s["all"]["detected"])
    row("all types: typed", lambda s: s["all"]["typed"])
    row("precision on mutated pairs", lambda s: s["precision"])
    row("typed precision on mutated pairs", lambda s: s.get("typed_precision"))
    for severity in _severities(columns):
        row(
            f"clean pairs with a finding of severity `{severity}`",
            lambda s, v=severity: s["clean"]["by_severity"].get(v),  # peers: errors only
        )
    row("clean pairs with a warning or an error", lambda s: s["clean"]["warning_or_error"])
    row("clean pairs with any finding", lambda s: s["clean"]["any"])
    lines.append("| seeds | " + " | ".join(seeds) + " |")
    if v1_row is not None:
        lines.append(
            "| v1 narrow finder (digits, 万/亿, a few units) | " + " | ".join(v1_row) + " |"
        )
    return "\n".join(lines)


def render_phenomena(columns: Columns, counts: Mapping[str, int]) -> str:
    """The per-phenomenon table: detected / typed for tradefacts, detected for the peers."""
    names = [name for name, _ in columns]
    header = "| phenomenon | injected | " + " | ".join(names) + " |"
    lines = [header, "|---" * (len(columns) + 2) + "|"]
    for label, n in counts.items():
        if not n:
            continue
        cells = []
        for _, score in columns:
            if isinstance(score, str):
                cells.append("unavailable")
                continue
            entry = score["phenomena"].get(label)
            if entry is None:
                cells.append("n/a")
            elif entry["typed"] is None:
                cells.append(f"{entry['detected']}")
            else:
                cells.append(f"{entry['detected']} / {entry['typed']}")
        lines.append(f"| {label} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _seeds_cell(seeds: Mapping[str, Any] | str) -> str:
    if isinstance(seeds, str):
        return seeds
    return (
        f"{seeds['found']} expected found, {seeds['false_errors']} false errors, "
        f"{seeds['spurious_warnings']} spurious warnings"
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, Ratio):
        return value.to_json()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line; every default reproduces the figures in the README."""
    parser = argparse.ArgumentParser(prog="python -m eval.run", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get(DATA_ENV) or REPO / DEFAULT_DATA),
        help=f"corpus JSONL (default ${DATA_ENV} or {DEFAULT_DATA} from the repo root)",
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--per-type", type=int, default=100, help="mutated records per finding type (100)"
    )
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "out", help="output folder")
    parser.add_argument(
        "--tool-cmd",
        default=f"{shlex.quote(sys.executable)} -m tradefacts",
        help="how to run tradefacts (default: this Python's `-m tradefacts`)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="tradefacts --jobs, if it has it (2)")
    parser.add_argument("--no-peers", action="store_true", help="skip the peer columns")
    parser.add_argument("--no-v1", action="store_true", help="skip the v1 narrow finder row")
    return parser.parse_args(argv)


def write_inputs(plan: Plan, out: Path, prefix: str = "") -> Path:
    """{prefix}mutated.jsonl and {prefix}key.jsonl (clean.jsonl: every pair, untouched)."""
    out.mkdir(parents=True, exist_ok=True)
    mutated = out / f"{prefix}mutated.jsonl"
    write_jsonl(
        mutated,
        (
            {"id": i.id, "zh": o.zh, "en": i.en}
            for i, o in zip(plan.injections, plan.originals, strict=True)
        ),
    )
    write_jsonl(out / f"{prefix}key.jsonl", (i.to_key() for i in plan.injections))
    return mutated


def v1_plan(pairs: Sequence[Pair], seed: int) -> Plan:
    """The first eval's plan (its narrow finder and injector), in the current plan's terms."""
    old = v1_inject.plan_corpus(
        [v1_inject.Pair(p.id, p.zh, p.en) for p in pairs],
        seed=seed,
        per_type=V1_PER_TYPE,
        clean=V1_CLEAN,
    )
    injections = tuple(
        Injection(
            id=f"{i.id}#v1",
            pair_id=i.id,
            type=i.type,
            strategy=i.strategy,
            phenomena=(),
            en=i.en,
            en_start=i.en_start,
            en_end=i.en_end,
            orig_start=i.orig_start,
            orig_end=i.orig_end,
            original=i.original,
            new=i.new,
            zh_surface=i.zh_surface,
            zh_start=i.zh_start,
            zh_end=i.zh_end,
            delta=i.delta,
        )
        for i in old.injections
    )
    originals = tuple(Pair(p.id, p.zh, p.en) for p in old.originals)
    return Plan(seed=seed, clean=(), injections=injections, originals=originals)


def _v1_cells(score: Mapping[str, Any] | str, plan: Plan) -> str:
    """The v1 row's cell: all types together, and its weakest type."""
    if isinstance(score, str):
        return "unavailable"
    counts = count_by_type(plan.injections)
    weakest = min(FINDING_TYPES, key=lambda t: score["typed"][t].k / max(1, counts[t]))
    return (
        f"{len(plan.injections)} mutated ({V1_PER_TYPE} per type): "
        f"detected {score['all']['detected']}, typed {score['all']['typed']}, "
        f"precision {score['precision']}; weakest: {weakest} typed {score['typed'][weakest]}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the whole evaluation; 0 on success, 2 if the corpus cannot be read."""
    args = parse_args(argv)
    started = time.monotonic()
    if not args.data.is_file():
        log(f"{args.data}: corpus not found (set ${DATA_ENV} or pass --data)")
        return 2
    pairs = read_pairs(args.data)
    plan = plan_corpus(pairs, seed=args.seed, per_type=args.per_type)
    counts = count_by_type(plan.injections)
    phenomena = count_by_phenomenon(plan.injections)
    log(f"{len(pairs)} pairs, all clean controls; injected {counts}")
    short = [t for t, n in counts.items() if n < args.per_type]
    if short:
        log(f"fewer usable sites than --per-type for: {', '.join(short)}")
    mutated_path = write_inputs(plan, args.out)
    clean_path = args.out / "clean.jsonl"
    write_jsonl(clean_path, ({"id": p.id, "zh": p.zh, "en": p.en} for p in plan.clean))
    old_plan = None if args.no_v1 else v1_plan(pairs, args.seed)
    old_path = write_inputs(old_plan, args.out, "v1.") if old_plan else None
    mutated_pairs = [
        Pair(i.id, o.zh, i.en) for i, o in zip(plan.injections, plan.originals, strict=True)
    ]
    timings: dict[str, float] = {}

    columns: list[tuple[str, Mapping[str, Any] | str]] = []
    seeds_cells: list[str] = []
    v1_cells: list[str] = []
    report: dict[str, Any] = {}

    cmd = shlex.split(args.tool_cmd)
    t0 = time.monotonic()
    problem, help_text = probe_tool(cmd)
    if problem is None:
        jobs = ["--jobs", str(args.jobs)] if "--jobs" in help_text else []
        log("tradefacts: mutated pairs …")
        tool_mut = run_tool_diff(cmd, mutated_path, args.out / "tradefacts.mutated.jsonl", jobs)
        log("tradefacts: every pair, untouched …")
        tool_clean = run_tool_diff(cmd, clean_path, args.out / "tradefacts.clean.jsonl", jobs)
        tool_score: Mapping[str, Any] | str = score_tool(plan, tool_mut, tool_clean)
        seeds: Mapping[str, Any] | str = run_tool_seeds(cmd, args.out / "tradefacts.seeds.json")
        old_score: Mapping[str, Any] | str = "not run"
        if old_plan is not None and old_path is not None:
            log("tradefacts: v1 mutated pairs …")
            old_mut = run_tool_diff(cmd, old_path, args.out / "tradefacts.v1.mutated.jsonl", jobs)
            old_score = score_tool(old_plan, old_mut, tool_clean)
            v1_cells.append(_v1_cells(old_score, old_plan))
    else:
        log(f"tradefacts unavailable: {problem}")
        tool_score = seeds = old_score = problem
        v1_cells.append("unavailable")
    timings["tradefacts"] = time.monotonic() - t0
    columns.append(("tradefacts", tool_score))
    seeds_cells.append(_seeds_cell(seeds) if not isinstance(tool_score, str) else "unavailable")
    report["tradefacts"] = {"score": tool_score, "seeds": seeds, "v1": old_score}

    peers = () if args.no_peers else load_peers()
    for peer in peers:
        t0 = time.monotonic()
        if peer.error is not None:
            log(f"{peer.name} unavailable: {peer.error}")
            score: Mapping[str, Any] | str = peer.error
        else:
            log(f"{peer.name}: {len(mutated_pairs) + len(plan.clean)} pairs …")
            found_mut = run_peer(peer, mutated_pairs)
            found_clean = run_peer(peer, plan.clean)
            slug = peer.name.split()[0].lower()
            write_jsonl(args.out / f"{slug}.mutated.jsonl", _peer_dump(found_mut))
            write_jsonl(args.out / f"{slug}.clean.jsonl", _peer_dump(found_clean))
            score = score_peer(plan, found_mut, found_clean, has_spans=peer.has_spans)
        timings[peer.name] = time.monotonic() - t0
        columns.append((peer.name, score))
        seeds_cells.append(
            "n/a (no types or spans to match)" if not isinstance(score, str) else "unavailable"
        )
        v1_cells.append("not run")
        report[peer.name] = {"score": score}

    title = (
        f"tradefacts eval: seed {args.seed}, {len(plan.injections)} mutated records "
        f"({', '.join(f'{t} {n}' for t, n in counts.items())}), {len(plan.clean)} clean pairs, "
        f"from {args.data.name}"
    )
    print(f"### {title}\n")
    print(render_table(columns, seeds_cells, v1_cells if old_plan is not None else None))
    print()
    print("By phenomenon (detected / typed; peers: detected):\n")
    print(render_phenomena(columns, phenomena))
    print()
    for term, text in DEFINITIONS.items():
        print(f"- **{term}**: {text}")
    for name, outcome in columns:
        if isinstance(outcome, str):
            print(f"- **unavailable**: {name}: {outcome}")

    full = {
        "config": {
            "seed": args.seed,
            "per_type": args.per_type,
            "data": _relative(args.data),
            "data_sha256": _sha256(args.data),
            "pairs": len(pairs),
            "injected": counts,
            "injected_by_phenomenon": phenomena,
            "v1": None
            if old_plan is None
            else {
                "per_type": V1_PER_TYPE,
                "clean": V1_CLEAN,
                "injected": count_by_type(old_plan.injections),
            },
            "tool_cmd": "python -m tradefacts"
            if args.tool_cmd == parse_args([]).tool_cmd
            else args.tool_cmd,
        },
        "definitions": {**DEFINITIONS, **REPORT_DEFINITIONS},
        "columns": [name for name, _ in columns],
        **report,
        "injections": [i.to_key() for i in plan.injections],
    }
    (args.out / "report.json").write_text(
        json.dumps(_jsonable(full), ensure_ascii=False, indent=1, sort_keys=False) + "\n",
        encoding="utf-8",
    )
    timings["total"] = time.monotonic() - started
    log("wall time: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()))
    log(f"wrote {_relative(args.out / 'report.json')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
