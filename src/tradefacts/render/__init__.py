"""Renderers: format name → the function that writes a report in that format."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from tradefacts.model import Report
from tradefacts.render.github import render_diff_github
from tradefacts.render.html import render_diff_html
from tradefacts.render.jsonout import (
    render_diff_json,
    render_diff_jsonl,
    render_extract_json,
    render_extract_jsonl,
)
from tradefacts.render.sarif import render_diff_sarif
from tradefacts.render.table import render_diff_table, render_extract_table

Renderer = Callable[[Report, TextIO], None]

DIFF_RENDERERS: dict[str, Renderer] = {
    "table": render_diff_table,
    "json": render_diff_json,
    "jsonl": render_diff_jsonl,
    "sarif": render_diff_sarif,
    "github": render_diff_github,
    "html": render_diff_html,
}
EXTRACT_RENDERERS: dict[str, Renderer] = {
    "table": render_extract_table,
    "json": render_extract_json,
    "jsonl": render_extract_jsonl,
}
