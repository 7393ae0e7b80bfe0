"""The peer of `make bench`: translate-toolkit's `numbers` check, as pofilter runs it (Chinese as
source, English as target), over every pair of a JSONL corpus. Writes how many pairs it flags to
`bench/out/peer.txt`; run as a child of bench/run.py so its time and memory are its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from translate.filters import checks
from translate.storage import base

OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    checker = checks.StandardChecker(
        checkerconfig=checks.CheckerConfig(targetlanguage="en"), limitfilters=["numbers"]
    )
    pairs = flagged = 0
    with open(sys.argv[1], encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            unit = base.TranslationUnit(record["zh"])
            unit.target = record["en"]
            pairs += 1
            flagged += bool(checker.run_filters(unit))
    (OUT / "peer.txt").write_text(f"flags {flagged:,} of {pairs:,} pairs\n")


if __name__ == "__main__":
    main()
