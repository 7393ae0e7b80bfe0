"""SARIF output: valid against the official 2.1.0 schema, rules in the fixed order, stable bytes.

The schema is the OASIS file kept beside the repository in `shared/schemas/` (see its README);
these tests skip, saying so, only where that folder is absent. CI has it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from tradefacts.classify import FINDING_TYPES
from tradefacts.errors import InputError
from tradefacts.model import Report
from tradefacts.pipeline import check_document
from tradefacts.readers import parse_article
from tradefacts.render.sarif import render_diff_sarif

GOLDEN = Path(__file__).parent / "golden"
SCHEMAS = Path(__file__).parents[2] / "shared" / "schemas"
SCHEMA = SCHEMAS / "sarif-schema-2.1.0.json"
needs_schema = pytest.mark.skipif(
    not SCHEMA.is_file(),
    reason=f"the SARIF 2.1.0 schema is not in {SCHEMAS.name}/ beside the repository (CI has it)",
)


def _golden() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN / "diff.sarif").read_text(encoding="utf-8"))
    return data


def _sarif(records: list[dict[str, str]], errors: tuple[InputError, ...] = ()) -> dict[str, Any]:
    """SARIF for articles (English on line 1, Chinese on line 4 of `docs/<id>.txt`)."""
    documents = [
        parse_article(f"{r['en']}\n<hr />\nOriginal:\n{r['zh']}\n", f"docs/{r['id']}.txt")
        for r in records
    ]
    report = Report(documents=tuple(check_document(d) for d in documents), errors=errors)
    out = io.StringIO()
    render_diff_sarif(report, out)
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def _validate(data: dict[str, Any]) -> None:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(data)


@needs_schema
def test_sarif_with_unreadable_inputs_is_valid_against_the_schema() -> None:
    data = _sarif(
        [{"id": "a", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}],
        errors=(
            InputError("docs/bad.jsonl", "not JSON (Expecting value at column 1); skipped", 3),
        ),
    )
    _validate(data)


@needs_schema
@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.sarif")), ids=lambda p: p.name)
def test_every_golden_sarif_file_is_valid(path: Path) -> None:
    _validate(json.loads(path.read_text(encoding="utf-8")))


def test_rules_are_the_six_finding_types_in_fixed_order() -> None:
    rules = _golden()["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [t.type.value for t in FINDING_TYPES]


def test_rule_index_points_at_the_rule_of_the_result() -> None:
    run = _golden()["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert {(r["ruleId"], ids[r["ruleIndex"]]) for r in run["results"]} == {
        (r["ruleId"], r["ruleId"]) for r in run["results"]
    }


def test_levels_follow_severity() -> None:
    results = _golden()["runs"][0]["results"]
    assert {(r["ruleId"], r["level"]) for r in results} == {
        ("magnitude", "error"),
        ("value", "error"),
        ("omission", "warning"),
        ("addition", "warning"),
        ("omission", "note"),
    }


def test_columns_count_code_points() -> None:
    assert _golden()["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_uris_are_relative_posix_with_a_base() -> None:
    data = _sarif([{"id": "a", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}])
    location = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "docs/a.txt", "uriBaseId": "SRCROOT"}


def test_corpus_record_region_is_its_line_only() -> None:
    region = _golden()["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 2,
        "endLine": 2,
        "snippet": {"text": "7.25 billion Swiss francs"},
    }


def test_suggestion_is_a_fix_replacing_the_translation_span() -> None:
    data = _sarif([{"id": "a", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}])
    replacement = data["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement == {
        "deletedRegion": {"startLine": 1, "startColumn": 14, "endLine": 1, "endColumn": 25},
        "insertedContent": {"text": "$1.2 billion"},
    }


def test_both_spans_are_located() -> None:
    data = _sarif([{"id": "a", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}])
    result = data["runs"][0]["results"][0]
    snippets = (
        result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"],
        result["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"],
    )
    assert snippets == ("$12 billion", "１２亿美元")


def test_region_of_a_claim_is_its_code_points() -> None:
    data = _sarif([{"id": "a", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}])
    region = data["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (4, 3, 8)


def test_partial_fingerprint_is_the_finding_fingerprint() -> None:
    golden_json = json.loads((GOLDEN / "diff.json").read_text(encoding="utf-8"))
    expected = [f["fingerprint"] for d in golden_json["documents"] for f in d["findings"]]
    results = _golden()["runs"][0]["results"]
    assert [r["partialFingerprints"]["tradefacts/v1"] for r in results] == expected


def test_unreadable_inputs_are_notifications() -> None:
    data = _sarif([], errors=(InputError("docs/bad.txt", "no '<hr />' line"),))
    invocation = data["runs"][0]["invocations"][0]
    assert (
        invocation["executionSuccessful"],
        [n["message"]["text"] for n in invocation["toolExecutionNotifications"]],
    ) == (False, ["docs/bad.txt: no '<hr />' line"])


def test_a_clean_run_is_successful_without_notifications() -> None:
    assert _golden()["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_no_timestamps_and_no_information_uri() -> None:
    text = (GOLDEN / "diff.sarif").read_text(encoding="utf-8")
    assert ("Time" in text, "informationUri" in text) == (False, False)


def test_driver_names_tool_and_version() -> None:
    from tradefacts import __version__

    driver = _golden()["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("tradefacts", __version__)


def test_cli_run_with_an_unreadable_input_exits_2_with_a_notification(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tradefacts.cli import app

    (tmp_path / "bad.txt").write_text("no separator here", encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", str(tmp_path), "--format", "sarif"])
    notes = json.loads(result.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert (result.exit_code, len(notes), "bad.txt" in notes[0]["message"]["text"]) == (2, 1, True)


def test_extract_refuses_sarif() -> None:
    from typer.testing import CliRunner

    from tradefacts.cli import app

    seeds = str(Path(__file__).parents[1] / "seeds")
    result = CliRunner().invoke(app, ["extract", seeds, "--format", "sarif"])
    # Its --format offers only what it writes, so the choice is refused when options are parsed.
    expected = "'sarif' is not one of 'table', 'json', 'jsonl'"
    assert (result.exit_code, expected in result.stderr) == (2, True)


@needs_schema
def test_sarif_of_stdin_and_of_a_corpus_is_valid(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tradefacts.cli import app

    record = {
        "id": "a",
        "zh": "出口１２亿美元，增长１１．６％。",
        "en": "Exports were $12 billion.",
    }
    line = json.dumps(record, ensure_ascii=False) + "\n"
    piped = CliRunner().invoke(
        app, ["diff", "-", "--input", "jsonl", "--format", "sarif"], input=line.encode()
    )
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(line, encoding="utf-8")
    named = CliRunner().invoke(app, ["diff", str(corpus), "--format", "sarif"])
    _validate(json.loads(piped.stdout))
    _validate(json.loads(named.stdout))
    assert "physicalLocation" not in json.dumps(json.loads(piped.stdout)["runs"][0]["results"])
