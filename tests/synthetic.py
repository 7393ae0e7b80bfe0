"""A synthetic parallel corpus for the scale tests (--jobs, Parquet, Dask).

Written by us from templates: clean pairs, a magnitude slip, a wrong percent and a dropped figure,
with figures that vary by record, so that findings differ between records and any reordering or
loss shows in the output bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

_TEMPLATES = (
    ("出口{a}万吨，增长{b}．５％。", "Exports were {a}0,000 tons, up {b}.5%."),
    ("出口{a}亿美元。", "Exports were ${a}0 billion."),
    ("投资{a}亿元，增长{b}％。", "Investment was {a} billion yuan, up {c}%."),
    ("棉花产量{a}万吨，比上年增长{b}％。", "Cotton output was {a}0,000 tons."),
    ("全年接待游客{a}万人次。", "It received {a}0,000 visitors in the year."),
)


def records(count: int) -> list[dict[str, str]]:
    """`count` pairs, deterministic."""
    out = []
    for index in range(count):
        zh, en = _TEMPLATES[index % len(_TEMPLATES)]
        a, b = 3 + index % 97, 2 + index % 13
        fields = {"a": str(a), "b": str(b), "c": str(b + 1)}
        out.append(
            {"id": f"pair-{index:04d}", "zh": zh.format(**fields), "en": en.format(**fields)}
        )
    return out


def write_jsonl(path: Path, count: int) -> Path:
    """The corpus as JSON Lines."""
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records(count))
    path.write_text("".join(lines), encoding="utf-8")
    return path


def write_parquet(path: Path, count: int, names: tuple[str, str, str], group_rows: int) -> Path:
    """The corpus as Parquet, with the given column names and rows per row group."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = records(count)
    table = pa.table(
        {name: [r[key] for r in rows] for name, key in zip(names, ("id", "zh", "en"), strict=True)}
    )
    pq.write_table(table, path, row_group_size=group_rows)
    return path
