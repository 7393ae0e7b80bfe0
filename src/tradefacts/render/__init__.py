"""Renderers: format name → the function that writes a report in that format.

A renderer's module is imported when its format is first asked for: the table and HTML renderers
pull in rich and Jinja2, which a run writing JSON never needs (and a cold start would pay for).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import PurePath
from typing import Final, TextIO

from tradefacts.model import Report

Renderer = Callable[[Report, TextIO], None]


def counted(number: int, noun: str) -> str:
    """A count with its noun, plural unless the count is one: `1 finding`, `2 findings`.

    >>> counted(1, "document"), counted(0, "claim")
    ('1 document', '0 claims')
    """
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


# The formats a file named by `--output` may hold, by extension; the first is the one written when
# no `--format` is given, and a `--format` not listed is a contradiction. SARIF is JSON, and code
# scanning takes it as `.json` too; GitHub annotations are plain text like the table.
SUFFIX_FORMATS: Final[Mapping[str, tuple[str, ...]]] = {
    ".json": ("json", "sarif"),
    ".jsonl": ("jsonl",),
    ".ndjson": ("jsonl",),
    ".sarif": ("sarif",),
    ".html": ("html",),
    ".htm": ("html",),
    ".parquet": ("parquet",),
    ".txt": ("table", "github"),
}


def suffix_formats(path: PurePath) -> tuple[str, ...]:
    """The formats a file of this name may hold, the default first; () when its extension says
    nothing (any format goes there).

    >>> suffix_formats(PurePath("review.HTML")), suffix_formats(PurePath("out"))
    (('html',), ())
    """
    return SUFFIX_FORMATS.get(path.suffix.lower(), ())


class _Renderers(Mapping[str, Renderer]):
    """Format name → renderer, each imported from `module:function` on first use."""

    def __init__(self, table: dict[str, str]) -> None:
        self._table = table
        self._loaded: dict[str, Renderer] = {}

    def __getitem__(self, name: str) -> Renderer:
        found = self._loaded.get(name)
        if found is None:
            module, _, function = self._table[name].partition(":")
            found = self._loaded[name] = getattr(importlib.import_module(module), function)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


DIFF_RENDERERS: Mapping[str, Renderer] = _Renderers(
    {
        "table": "tradefacts.render.table:render_diff_table",
        "json": "tradefacts.render.jsonout:render_diff_json",
        "jsonl": "tradefacts.render.jsonout:render_diff_jsonl",
        "sarif": "tradefacts.render.sarif:render_diff_sarif",
        "github": "tradefacts.render.github:render_diff_github",
        "html": "tradefacts.render.html:render_diff_html",
    }
)
EXTRACT_RENDERERS: Mapping[str, Renderer] = _Renderers(
    {
        "table": "tradefacts.render.table:render_extract_table",
        "json": "tradefacts.render.jsonout:render_extract_json",
        "jsonl": "tradefacts.render.jsonout:render_extract_jsonl",
    }
)
