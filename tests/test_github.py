"""GitHub workflow commands: escaping that round-trips, and one annotation per finding."""

from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradefacts.errors import InputError
from tradefacts.model import Report
from tradefacts.pipeline import check_document
from tradefacts.readers import parse_article, read_jsonl_lines
from tradefacts.render.github import command, render_diff_github

# How the runner reads a workflow command (written here, independent of the renderer).
_COMMAND_RE = re.compile(r"^::(?P<name>[a-z]+)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def _unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(text: str) -> str:
    return _unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    match = _COMMAND_RE.match(line)
    assert match is not None, line
    props = {}
    for item in (match["props"] or "").split(","):
        if item:
            key, _, value = item.partition("=")
            props[key] = _unescape_property(value)
    return match["name"], props, _unescape_data(match["message"])


HARD = [
    pytest.param("100%", id="percent"),
    pytest.param("1,200 t: up 11.6%", id="comma-colon-percent"),
    pytest.param("line one\nline two\r\nthree", id="newlines"),
    pytest.param("%0A is not a newline, %25 is not a percent", id="escape-lookalikes"),
    pytest.param("a::b,c=d", id="separators"),
]


@pytest.mark.parametrize("text", HARD)
def test_message_round_trips(text: str) -> None:
    assert _parse(command("error", text, {"title": "t"}))[2] == text


@pytest.mark.parametrize("text", HARD)
def test_property_round_trips(text: str) -> None:
    assert _parse(command("warning", "m", {"title": text, "file": "a,b:c.txt"}))[1] == {
        "title": text,
        "file": "a,b:c.txt",
    }


@pytest.mark.parametrize("text", HARD)
def test_command_is_one_line(text: str) -> None:
    assert len(command("error", text, {"title": text}).splitlines()) == 1


def _render(records: list[dict[str, str]]) -> list[str]:
    """Annotations for articles (English on line 1, Chinese on line 4 of `docs/<id>.txt`)."""
    documents = [
        parse_article(f"{r['en']}\n<hr />\nOriginal:\n{r['zh']}\n", f"docs/{r['id']}.txt")
        for r in records
    ]
    out = io.StringIO()
    render_diff_github(Report(documents=tuple(check_document(d) for d in documents)), out)
    return out.getvalue().splitlines()


def test_corpus_record_is_annotated_on_its_line_only() -> None:
    lines = [
        json.dumps(
            {"id": "a", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}
        ).encode()
    ]
    documents = [d for d in read_jsonl_lines(lines, "c.jsonl") if not isinstance(d, Exception)]
    out = io.StringIO()
    render_diff_github(Report(documents=tuple(check_document(d) for d in documents)), out)
    assert sorted(_parse(out.getvalue().strip())[1]) == ["endLine", "file", "line", "title"]


def test_figure_with_a_thousands_comma_keeps_the_annotation_whole() -> None:
    lines = _render([{"id": "a", "zh": "出口１２００吨。", "en": "Exports were 1,300 tons."}])
    name, props, message = _parse(lines[0])
    assert (name, props["line"], props["col"], "1,300 tons" in message) == (
        "error",
        "1",
        "14",
        True,
    )


def test_annotation_points_at_the_translation_span() -> None:
    lines = _render([{"id": "a", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}])
    _, props, _ = _parse(lines[0])
    assert {k: props[k] for k in ("file", "line", "col", "endLine", "endColumn")} == {
        "file": "docs/a.txt",
        "line": "1",
        "col": "14",
        "endLine": "1",
        "endColumn": "25",
    }


def test_warning_findings_are_warnings() -> None:
    lines = _render([{"id": "a", "zh": "出口增长。", "en": "Exports grew 12%."}])
    assert [_parse(line)[0] for line in lines] == ["warning"]


def test_note_findings_are_notices() -> None:
    lines = _render([{"id": "a", "zh": "两国签署协议。", "en": "The countries signed it."}])
    assert [_parse(line)[0] for line in lines] == ["notice"]


def test_unreadable_input_is_an_error_annotation_on_its_file_and_line() -> None:
    out = io.StringIO()
    render_diff_github(Report(documents=(), errors=(InputError("a.jsonl", "not JSON", 2),)), out)
    name, properties, message = _parse(out.getvalue().strip())
    assert (name, properties.get("file"), properties.get("line"), message) == (
        "error",
        "a.jsonl",
        "2",
        "not JSON",
    )


def test_unreadable_stdin_is_an_error_annotation_without_a_file() -> None:
    out = io.StringIO()
    render_diff_github(Report(documents=(), errors=(InputError("<stdin>", "empty"),)), out)
    name, properties, message = _parse(out.getvalue().strip())
    assert (name, "file" in properties, message) == ("error", False, "<stdin>: empty")


@given(st.text())
def test_any_message_round_trips(text: str) -> None:
    assert _parse(command("error", text, {"title": text}))[1:] == ({"title": text}, text)
