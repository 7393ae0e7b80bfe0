"""`make bench`: speed and memory of tradefacts on a corpus built from the dev corpus, with
translate-toolkit's `numbers` check (as pofilter runs it) over the same pairs beside it.

Builds `bench/out/corpus.jsonl` (the dev pairs repeated to at least 100,000, each copy with its own
id; git-ignored), then measures, each run time-boxed, every child on its own (`os.wait4`):
- pairs per second per core (CPU seconds of the child) and MB/s of `diff --format jsonl` on a slice;
- peak RSS at 1× and 4× a slice (streaming JSONL: memory must stay flat);
- `--jobs 2` against `--jobs 1`: speed-up, and the output bytes must be identical;
- the whole corpus with `--jobs 2`;
- the start of `tradefacts diff seeds/` with bytecode cached (median of several) next to
  `python -c pass`;
- cold starts as issue 16 defines them: the package copied to a read-only temporary folder and
  imported from there (checked) with `PYTHONDONTWRITEBYTECODE=1`, so nothing of it is cached:
  `diff seeds/ --format json`, `--help`, `--version`, median wall and CPU of several;
- hostile text generated here (1.5 MB of 万, 100,000 digits, a 1.5 MB line of dense figures in
  each language, 5 MB of one Chinese sentence without a figure), each a JSONL pair run through
  `tradefacts extract` in a child with its own time box: CPU seconds and peak RSS;
- the peer over the slice.
Each figure is printed beside its target of issue 16 ("met" or "missed (xN)") and the peer's
figure where the peer has one; figures, targets and runs go to `bench/out/bench.json`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev.jsonl"
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
TRADEFACTS = str(BIN / "tradefacts")


@dataclass
class Run:
    """One measured child process."""

    command: str
    wall: float  # seconds
    cpu: float  # user + system seconds of the child
    rss_mb: float  # peak resident set of the child
    status: int  # exit status; -1 when the time box ran out
    digest: str  # sha256 of stdout (or of the output file)
    out_bytes: int
    out_lines: int


def measure(
    argv: list[str],
    *,
    limit: float,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Run:
    """Run `argv` with stdout to a file; wall, CPU and peak RSS of that child alone."""
    OUT.mkdir(parents=True, exist_ok=True)
    sink = OUT / "stdout.tmp"
    with sink.open("wb") as handle:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=handle, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
        deadline = start + limit
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                child.kill()
                _, status, usage = os.wait4(child.pid, 0)
                status = -1 << 8
                break
            time.sleep(0.01)
        wall = time.perf_counter() - start
    child.returncode = 0  # reaped by wait4
    output = sink.read_bytes()
    digest = hashlib.sha256(output).hexdigest()
    size = len(output)
    lines = output.count(b"\n")
    sink.unlink()
    return Run(
        command=" ".join(_short(a) for a in argv),
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        rss_mb=usage.ru_maxrss / 1024,
        status=os.waitstatus_to_exitcode(status) if status >= 0 else -1,
        digest=digest,
        out_bytes=size,
        out_lines=lines,
    )


def _short(arg: str) -> str:
    for base, name in ((str(OUT), "bench/out"), (str(BIN), ".venv/bin"), (str(ROOT), ".")):
        arg = arg.replace(base, name)
    return arg


def build_corpus(pairs: int) -> tuple[Path, int]:
    """The dev pairs (id, zh, en only) repeated until there are at least `pairs`."""
    records = []
    with DEV.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            records.append({"id": record["id"], "zh": record["zh"], "en": record["en"]})
    copies = -(-pairs // len(records))
    path = OUT / "corpus.jsonl"
    OUT.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for copy in range(copies):
            for record in records:
                out.write(
                    json.dumps({**record, "id": f"{record['id']}#{copy}"}, ensure_ascii=False)
                )
                out.write("\n")
    return path, copies * len(records)


def slice_of(corpus: Path, pairs: int, name: str) -> Path:
    """The first `pairs` lines of the corpus."""
    path = OUT / name
    with corpus.open("rb") as source, path.open("wb") as out:
        for index, line in enumerate(source):
            if index >= pairs:
                break
            out.write(line)
    return path


# Targets of issue 16.
TARGET_PAIRS = 8_000.0  # pairs/s per core, pure Python
GOAL_PAIRS = 20_000.0
TARGET_COLD_S = 0.15  # each cold start, no cache of any kind
TARGET_HOSTILE_S = 2.0  # CPU seconds for each hostile text
TARGET_RSS_MB = 150.0
FLAT = 1.10  # "flat": peak RSS at 4x a slice within 10 % of that at 1x


def verdict(
    value: float | None, target: float, *, at_least: bool, bound: float | None = None
) -> str:
    """Met, or missed (xN) with N how far the figure is from the target; `value` is None when
    the time box `bound` ran out."""
    if value is None:
        return f"missed (x{(bound or 0) / target:.0f} or more: timed out)"
    if (value >= target) if at_least else (value <= target):
        return "met"
    if at_least and value <= 0:
        return "missed"
    return f"missed (x{target / value if at_least else value / target:.1f})"


@contextmanager
def read_only_copy(*, bytecode: bool = False) -> Iterator[Path]:
    """The installed package copied (without bytecode) into a read-only temporary folder; yields the
    folder to put on PYTHONPATH. Write permission is given back before the folder is removed.

    With `bytecode`, the copy's bytecode is compiled before it is made read-only, as pip does when
    it installs a wheel (`compileall`): a read-only install as a container image ships it."""
    spec = find_spec("tradefacts")
    if spec is None or spec.origin is None:
        sys.exit("bench: the tradefacts package is not importable")
    package = Path(spec.origin).parent
    base = Path(tempfile.mkdtemp(prefix="tradefacts-ro-"))
    copy = base / "tradefacts"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if bytecode:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy)], check=True)
    try:
        for folder, _, files in os.walk(base, topdown=False):
            for name in files:
                os.chmod(Path(folder, name), stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
        yield base
    finally:
        for folder, _, _ in os.walk(base):
            os.chmod(folder, stat.S_IRWXU)
        shutil.rmtree(base)


def cold_starts(runs: int, *, bytecode: bool = False) -> tuple[dict[str, object], list[Run]]:
    """Issue 16's cold starts: from a read-only copy, `PYTHONDONTWRITEBYTECODE=1`, medians (with
    `bytecode`: the copy's bytecode compiled first, as a pip install has it)."""
    figures: dict[str, Any] = {}
    measured: list[Run] = []
    with read_only_copy(bytecode=bytecode) as base:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(base)}
        probe = subprocess.run(
            [sys.executable, "-c", "import tradefacts; print(tradefacts.__file__)"],
            env=env,
            cwd=base,
            capture_output=True,
            text=True,
            check=False,
        )
        imported = Path(probe.stdout.strip()).resolve()
        expected = (base / "tradefacts" / "__init__.py").resolve()
        if imported != expected:
            sys.exit(f"bench: the child imported {imported}, not the read-only copy {expected}")
        before = set(base.rglob("*"))
        commands = {
            "diff seeds/": ["diff", str(ROOT / "seeds"), "--format", "json"],
            "--help": ["--help"],
            "--version": ["--version"],
        }
        for name, args in commands.items():
            argv = [sys.executable, "-m", "tradefacts", *args]
            done = [measure(argv, limit=60, env=env, cwd=base) for _ in range(runs)]
            measured.extend(done)
            wall = statistics.median(r.wall for r in done)
            cpu = statistics.median(r.cpu for r in done)
            figures[name] = {
                "wall_s": wall,
                "cpu_s": cpu,
                "rss_mb": max(r.rss_mb for r in done),
                "status": sorted({r.status for r in done}),
            }
        figures["imported_from"] = "a read-only copy (checked in the child)"
        # Mode bits do not stop root: check that nothing was written into the copy either.
        figures["files_written_into_copy"] = sorted(
            str(p.relative_to(base)) for p in base.rglob("*") if p not in before
        )
    return figures, measured


def _dense_zh(size: int) -> str:
    parts: list[str] = []
    total = index = 0
    while total < size:
        i = index
        part = f"近{i % 97 + 1}万吨，约{i % 13 + 2}亿美元，增长{i % 9}.{i % 10}%，"
        parts.append(part)
        total += len(part.encode())
        index += 1
    return "".join(parts)


def _dense_en(size: int) -> str:
    parts: list[str] = []
    total = index = 0
    while total < size:
        i = index
        part = (
            f"nearly {i % 97 + 1}0,000 tons, about ${i % 13 + 2}00 million, up {i % 9}.{i % 10}%, "
        )
        parts.append(part)
        total += len(part)
        index += 1
    return "".join(parts)


def _sentence_zh(size: int) -> str:
    # No figure, but words where a figure could begin (qualifiers, a numeral character in 一些).
    clause = (
        "近年来经济发展的质量和效益稳步提高，约有不少企业走出国门，"
        "一些地区的市场活力继续增强，几乎所有人都多次参与，"
    )
    return clause * (size // len(clause.encode()) + 1)


PLAIN_ZH = "这里没有数字。"
PLAIN_EN = "No figures here."


def hostile_cases() -> dict[str, tuple[str, str]]:
    """(zh, en) of each hostile pair: hostile text on one side, a plain sentence on the other."""
    mb = 1_500_000
    return {
        "1.5 MB of 万 (zh)": ("万" * (mb // 3), PLAIN_EN),
        "100,000 digits (zh)": ("1" * 100_000 + "美元", PLAIN_EN),
        "100,000 digits (en)": (PLAIN_ZH, "$" + "1" * 100_000),
        "1.5 MB line of dense figures (zh)": (_dense_zh(mb), PLAIN_EN),
        "its English counterpart, 1.5 MB (en)": (PLAIN_ZH, _dense_en(mb)),
        "5 MB of one sentence, no figure (zh)": (_sentence_zh(5_000_000), PLAIN_EN),
    }


def hostile(limit: float, env: dict[str, str]) -> tuple[dict[str, object], list[Run]]:
    """Each hostile pair through `tradefacts extract`, a child with its own time box."""
    figures: dict[str, Any] = {}
    measured: list[Run] = []
    path = OUT / "hostile.jsonl"
    for name, (zh, en) in hostile_cases().items():
        record = {"id": "hostile", "zh": zh, "en": en}
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        argv = [TRADEFACTS, "extract", str(path), "--format", "jsonl"]
        run = measure(argv, limit=limit, env=env)
        measured.append(run)
        figures[name] = {
            "bytes": len(zh.encode()) + len(en.encode()),
            "cpu_s": run.cpu if run.status != -1 else None,
            "wall_s": run.wall,
            "rss_mb": run.rss_mb,
            "status": run.status,
            "timed_out": run.status == -1,
            "claims": run.out_lines if run.status == 0 else None,
        }
        shown = (
            f"{run.cpu:.2f} s CPU, {run.out_lines:,} claims"
            if run.status != -1
            else f"timed out after {limit:.0f} s"
        )
        print(
            f"hostile, {name}: {shown}, peak RSS {run.rss_mb:.0f} MB, exit {run.status}",
            flush=True,
        )
    path.unlink()
    return figures, measured


def judge(figures: dict[str, Any]) -> list[dict[str, object]]:
    """Each figure beside its target of issue 16, met or missed, and the peer's where it has one."""
    rows: list[dict[str, object]] = []

    def row(what: str, value: str, target: str, result: str, peer: str = "") -> None:
        rows.append(
            {"what": what, "tradefacts": value, "target": target, "verdict": result, "peer": peer}
        )

    speed = float(figures["pairs_per_s_per_core"])
    peer_speed = figures.get("peer_pairs_per_s_per_core")
    peer_text = f"{float(peer_speed):,.0f} pairs/s per core" if peer_speed is not None else ""
    row(
        f"diff --format jsonl, {figures['slice_pairs']:,} pairs, --jobs 1",
        f"{speed:,.0f} pairs/s per core",
        f">= {TARGET_PAIRS:,.0f} pairs/s per core",
        verdict(speed, TARGET_PAIRS, at_least=True),
        peer_text,
    )
    row(
        "the same, against the goal",
        f"{speed:,.0f} pairs/s per core",
        f">= {GOAL_PAIRS:,.0f} pairs/s per core (goal)",
        verdict(speed, GOAL_PAIRS, at_least=True),
        peer_text,
    )
    for key, label in (
        ("cold", "read-only copy, no bytecode, no cache"),
        ("cold_installed", "read-only install with pip's bytecode"),
    ):
        cold = figures.get(key)
        if not isinstance(cold, dict):
            continue
        for name in ("diff seeds/", "--help", "--version"):
            entry = cold[name]
            row(
                f"cold {name} ({label})",
                f"{entry['wall_s']:.3f} s wall, {entry['cpu_s']:.3f} s CPU",
                f"<= {TARGET_COLD_S} s",
                verdict(entry["wall_s"], TARGET_COLD_S, at_least=False),
            )
    hostile = figures["hostile"]
    assert isinstance(hostile, dict)
    for name, entry in hostile.items():
        row(
            f"hostile: {name}",
            f"{entry['cpu_s']:.2f} s CPU, {entry['rss_mb']:.0f} MB"
            if entry["cpu_s"] is not None
            else f"timed out ({entry['rss_mb']:.0f} MB by then)",
            f"<= {TARGET_HOSTILE_S} s",
            verdict(
                entry["cpu_s"], TARGET_HOSTILE_S, at_least=False, bound=figures["hostile_limit_s"]
            ),
        )
    peaks = {
        "memory 1x": float(figures["rss_1x_mb"]),
        "memory 4x": float(figures["rss_4x_mb"]),
        **{f"hostile: {k}": float(v["rss_mb"]) for k, v in hostile.items()},
    }
    if figures.get("whole_completed"):
        peaks["whole corpus (parent)"] = float(figures["whole_rss_mb"])
    worst = max(peaks, key=lambda k: peaks[k])
    peer_rss = figures.get("peer_rss_mb")
    row(
        "peak RSS, every run above",
        f"{peaks[worst]:.0f} MB at most ({worst})",
        f"<= {TARGET_RSS_MB:.0f} MB",
        verdict(peaks[worst], TARGET_RSS_MB, at_least=False),
        f"{float(peer_rss):.0f} MB" if peer_rss is not None else "",
    )
    growth = peaks["memory 4x"] / peaks["memory 1x"]
    row(
        f"peak RSS flat, {figures['memory_pairs']:,} to {4 * int(figures['memory_pairs']):,} pairs",
        f"{peaks['memory 1x']:.0f} MB to {peaks['memory 4x']:.0f} MB ({growth:.2f}x)",
        f"4x the pairs within {FLAT:.2f}x the memory",
        verdict(growth, FLAT, at_least=False),
    )
    return rows


def print_targets(rows: list[dict[str, object]]) -> None:
    """The targets of issue 16 as a table on stdout."""
    header: dict[str, object] = {
        "what": "what",
        "tradefacts": "tradefacts",
        "target": "target (issue 16)",
    }
    header |= {"verdict": "", "peer": "translate-toolkit numbers"}
    table: list[dict[str, object]] = [header, *rows]
    keys = ("what", "tradefacts", "target", "verdict", "peer")
    widths = {k: max(len(str(r[k])) for r in table) for k in keys}
    print("\ntargets of issue 16")
    for r in table:
        print("  ".join(str(r[k]).ljust(widths[k]) for k in keys).rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000, help="corpus size (at least)")
    parser.add_argument("--slice", type=int, default=4_000, help="pairs of the speed slice")
    parser.add_argument("--memory", type=int, default=2_000, help="pairs of the 1x memory run")
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--limit", type=float, default=240.0, help="time box per run, seconds")
    parser.add_argument("--whole-limit", type=float, default=420.0, help="time box, whole corpus")
    parser.add_argument(
        "--hostile-limit", type=float, default=60.0, help="time box per hostile text, seconds"
    )
    args = parser.parse_args()
    if not DEV.exists():
        sys.exit(f"bench: {DEV} not found (the dev corpus lives in ../shared/data/)")

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    figures: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    }
    figures["load_average_1min"] = os.getloadavg()[0]
    print(
        f"machine: {figures['machine']}; load average {figures['load_average_1min']:.1f} "
        "(wall times and speed-ups are only as good as the machine is idle)",
        flush=True,
    )
    corpus, total = build_corpus(args.pairs)
    mb = corpus.stat().st_size / 1e6
    print(f"corpus: {total:,} pairs, {mb:.1f} MB ({_short(str(corpus))})", flush=True)
    speed = slice_of(corpus, args.slice, "slice.jsonl")
    one_x = slice_of(corpus, args.memory, "memory-1x.jsonl")
    four_x = slice_of(corpus, 4 * args.memory, "memory-4x.jsonl")

    # Warm-up: bytecode and the compiled-pattern cache, as an installed package has them.
    measure([TRADEFACTS, "diff", str(ROOT / "seeds"), "--format", "json"], limit=60, env=env)

    floor = [measure([sys.executable, "-c", "pass"], limit=30, env=env) for _ in range(5)]
    cold = [
        measure([TRADEFACTS, "diff", str(ROOT / "seeds"), "--format", "json"], limit=60, env=env)
        for _ in range(args.cold_runs)
    ]
    figures["cached_seeds_s"] = statistics.median(r.wall for r in cold)
    figures["cached_seeds_cpu_s"] = statistics.median(r.cpu for r in cold)
    figures["python_pass_s"] = statistics.median(r.wall for r in floor)
    figures["cached_seeds_rss_mb"] = max(r.rss_mb for r in cold)
    print(
        f"diff seeds/ with bytecode cached: {figures['cached_seeds_s']:.3f} s wall "
        f"(median of {len(cold)}), {figures['cached_seeds_cpu_s']:.3f} s CPU; "
        f"python -c pass {figures['python_pass_s']:.3f} s",
        flush=True,
    )
    cold_figures, read_only = cold_starts(args.cold_runs)
    figures["cold"] = cold_figures
    installed_figures, read_only_installed = cold_starts(args.cold_runs, bytecode=True)
    figures["cold_installed"] = installed_figures
    read_only = [*read_only, *read_only_installed]
    for label, found in (
        ("read-only copy, no bytecode, no cache", cold_figures),
        ("read-only install with pip's bytecode", installed_figures),
    ):
        for name in ("diff seeds/", "--help", "--version"):
            entry = found[name]
            assert isinstance(entry, dict)
            print(
                f"cold {name}, {label}: {entry['wall_s']:.3f} s wall, "
                f"{entry['cpu_s']:.3f} s CPU (median of {args.cold_runs}), exit {entry['status']}",
                flush=True,
            )

    diff = [TRADEFACTS, "diff", "--format", "jsonl", "--fail-on", "never"]
    one = measure([*diff, str(speed), "--jobs", "1"], limit=args.limit, env=env)
    slice_mb = speed.stat().st_size / 1e6
    figures["slice_pairs"] = args.slice
    figures["pairs_per_s_per_core"] = args.slice / one.cpu
    figures["pairs_per_s_wall"] = args.slice / one.wall
    figures["mb_per_s"] = slice_mb / one.wall
    print(
        f"diff --jobs 1, {args.slice:,} pairs: {one.wall:.1f} s wall, "
        f"{figures['pairs_per_s_per_core']:,.0f} pairs/s per core, {figures['mb_per_s']:.3f} MB/s",
        flush=True,
    )
    two = measure([*diff, str(speed), "--jobs", "2"], limit=args.limit, env=env)
    figures["jobs2_speedup"] = one.wall / two.wall
    figures["jobs2_cpu_ratio"] = two.cpu / one.cpu
    figures["jobs2_identical"] = one.digest == two.digest and one.status == two.status == 0
    print(
        f"diff --jobs 2: {two.wall:.1f} s wall, speed-up {figures['jobs2_speedup']:.2f}x "
        f"(CPU of all processes {figures['jobs2_cpu_ratio']:.2f}x that of --jobs 1), "
        f"output identical to --jobs 1: {figures['jobs2_identical']}",
        flush=True,
    )

    small = measure([*diff, str(one_x)], limit=args.limit, env=env)
    large = measure([*diff, str(four_x)], limit=args.limit, env=env)
    figures["rss_1x_mb"], figures["rss_4x_mb"] = small.rss_mb, large.rss_mb
    figures["memory_pairs"] = args.memory
    print(
        f"peak RSS: {small.rss_mb:.0f} MB at {args.memory:,} pairs, "
        f"{large.rss_mb:.0f} MB at {4 * args.memory:,} pairs",
        flush=True,
    )

    whole = measure([*diff, str(corpus), "--jobs", "2"], limit=args.whole_limit, env=env)
    figures["whole_pairs"] = total
    figures["whole_completed"] = whole.status == 0
    figures["whole_wall_s"] = whole.wall
    figures["whole_rss_mb"] = whole.rss_mb
    figures["whole_output_mb"] = whole.out_bytes / 1e6
    if whole.status == 0:
        figures["whole_pairs_per_s"] = total / whole.wall
        figures["whole_mb_per_s"] = mb / whole.wall
        print(
            f"whole corpus --jobs 2: {whole.wall:.1f} s wall, {total / whole.wall:,.0f} pairs/s, "
            f"{mb / whole.wall:.2f} MB/s, parent peak RSS {whole.rss_mb:.0f} MB",
            flush=True,
        )
    else:
        print(
            f"whole corpus --jobs 2: did not finish within {args.whole_limit:.0f} s "
            f"(parent peak RSS {whole.rss_mb:.0f} MB by then)",
            flush=True,
        )

    peer = measure([sys.executable, "-m", "bench.peer", str(speed)], limit=args.limit, env=env)
    if peer.status == 0:
        figures["peer_pairs_per_s_per_core"] = args.slice / peer.cpu
        figures["peer_mb_per_s"] = slice_mb / peer.wall
        figures["peer_rss_mb"] = peer.rss_mb
        flagged = (OUT / "peer.txt").read_text().strip()
        figures["peer_flagged"] = flagged
        print(
            f"translate-toolkit numbers, same {args.slice:,} pairs: "
            f"{figures['peer_pairs_per_s_per_core']:,.0f} pairs/s per core, "
            f"{figures['peer_mb_per_s']:.3f} MB/s, peak RSS {peer.rss_mb:.0f} MB, {flagged}",
            flush=True,
        )
    else:
        figures["peer"] = "not available (pip install -e '.[peers]')"
        print("translate-toolkit numbers: not available (pip install -e '.[peers]')")

    hostile_figures, hostile_runs = hostile(args.hostile_limit, env)
    figures["hostile"] = hostile_figures
    figures["hostile_limit_s"] = args.hostile_limit
    targets = judge(figures)
    print_targets(targets)

    runs: dict[str, list[Run]] = {
        "cached_start": cold,
        "cold_read_only": read_only,
        "hostile": hostile_runs,
        "speed": [one, two],
        "memory": [small, large],
        "whole": [whole],
    }
    (OUT / "bench.json").write_text(
        json.dumps(
            {
                "figures": figures,
                "targets": targets,
                "runs": {k: [asdict(r) for r in v] for k, v in runs.items()},
            },
            indent=2,
        )
    )
    print(f"\nfigures in {_short(str(OUT / 'bench.json'))}")


if __name__ == "__main__":
    main()
