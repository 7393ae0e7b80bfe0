"""`make bench`: speed and memory of tradefacts on a corpus built from the dev corpus, with
translate-toolkit's `numbers` check (as pofilter runs it) over the same pairs beside it.

Builds `bench/out/corpus.jsonl` (the dev pairs repeated to at least 100,000, each copy with its own
id; git-ignored), then measures, each run time-boxed, every child on its own (`os.wait4`):
- pairs per second per core (CPU seconds of the child) and MB/s of `diff --format jsonl` on a slice;
- peak RSS at 1× and 4× a slice (streaming JSONL: memory must stay flat);
- `--jobs 2` against `--jobs 1`: speed-up, and the output bytes must be identical;
- the whole corpus with `--jobs 2`;
- the wall time of a cold `tradefacts diff seeds/` (median of several) next to `python -c pass`;
- the peer over the slice.
Figures go to stdout as a table and to `bench/out/bench.json`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

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


def measure(argv: list[str], *, limit: float, env: dict[str, str] | None = None) -> Run:
    """Run `argv` with stdout to a file; wall, CPU and peak RSS of that child alone."""
    OUT.mkdir(parents=True, exist_ok=True)
    sink = OUT / "stdout.tmp"
    with sink.open("wb") as handle:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=handle, stderr=subprocess.DEVNULL, env=env)
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
    digest = hashlib.sha256(sink.read_bytes()).hexdigest()
    size = sink.stat().st_size
    sink.unlink()
    return Run(
        command=" ".join(_short(a) for a in argv),
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        rss_mb=usage.ru_maxrss / 1024,
        status=os.waitstatus_to_exitcode(status) if status >= 0 else -1,
        digest=digest,
        out_bytes=size,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000, help="corpus size (at least)")
    parser.add_argument("--slice", type=int, default=4_000, help="pairs of the speed slice")
    parser.add_argument("--memory", type=int, default=2_000, help="pairs of the 1x memory run")
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--limit", type=float, default=240.0, help="time box per run, seconds")
    parser.add_argument("--whole-limit", type=float, default=420.0, help="time box, whole corpus")
    args = parser.parse_args()
    if not DEV.exists():
        sys.exit(f"bench: {DEV} not found (the dev corpus lives in ../shared/data/)")

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    figures: dict[str, object] = {
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
    figures["cold_seeds_s"] = statistics.median(r.wall for r in cold)
    figures["cold_seeds_cpu_s"] = statistics.median(r.cpu for r in cold)
    figures["python_pass_s"] = statistics.median(r.wall for r in floor)
    figures["cold_seeds_rss_mb"] = max(r.rss_mb for r in cold)
    print(
        f"cold diff seeds/: {figures['cold_seeds_s']:.3f} s wall (median of {len(cold)}), "
        f"{figures['cold_seeds_cpu_s']:.3f} s CPU; python -c pass {figures['python_pass_s']:.3f} s",
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

    runs: dict[str, list[Run]] = {
        "cold": cold,
        "speed": [one, two],
        "memory": [small, large],
        "whole": [whole],
    }
    (OUT / "bench.json").write_text(
        json.dumps(
            {
                "figures": figures,
                "runs": {k: [asdict(r) for r in v] for k, v in runs.items()},
            },
            indent=2,
        )
    )
    print(f"\nfigures in {_short(str(OUT / 'bench.json'))}")


if __name__ == "__main__":
    main()
