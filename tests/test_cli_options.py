"""The command-line conveniences of issue 18, each run as a user runs it: the installed `tradefacts`
command in a subprocess (on a pseudo-terminal where a terminal matters), in a folder of our own.

The corpora are written here: one pair with a magnitude slip, one correct pair, one with a
dropped figure (an omission), so that selecting and ignoring finding types has something to act on.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.test_terminal import ANSI, TRADEFACTS, _environment, _on_terminal

GUARD = 120  # seconds: a safety net against a hang, not a timing assertion

pytestmark = pytest.mark.skipif(
    not TRADEFACTS.exists(), reason="the tradefacts command is not installed beside this Python"
)

SLIP = {"id": "slip", "zh": "去年出口３亿美元。", "en": "Exports last year were $3 billion."}
GOOD = {"id": "good", "zh": "钢材产量２０万吨。", "en": "Steel output was 200,000 tons."}
DROP = {
    "id": "drop",
    "zh": "合同金额５０００万美元，工期１８个月。",
    "en": "The contract is worth $50 million.",
}
ARTICLE = (
    "Title: Trade\n\nExports were $3 billion last year.\n<hr />\nOriginal:\n去年出口３亿美元。\n"
)


def _corpus(folder: Path, *records: dict[str, str], name: str = "corpus.jsonl") -> Path:
    path = folder / name
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def _run(
    args: list[str], cwd: Path, stdin: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = _environment(**env)
    return subprocess.run(
        [str(TRADEFACTS), *args],
        cwd=cwd,
        input=(stdin or b"").decode("utf-8"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=GUARD,
        env=environment,
    )


# --- 1. -o FILE: the extension picks the format -------------------------------------------------

SUFFIXES = [
    pytest.param("out.json", lambda t: json.loads(t)["version"] == 2, id="json"),
    pytest.param("out.jsonl", lambda t: json.loads(t.splitlines()[0])["doc"] == "slip", id="jsonl"),
    pytest.param("out.sarif", lambda t: json.loads(t)["version"] == "2.1.0", id="sarif"),
    pytest.param("out.html", lambda t: t.lstrip().lower().startswith("<!doctype html"), id="html"),
    pytest.param("out.txt", lambda t: "1 document, 1 finding" in t and "\x1b[" not in t, id="txt"),
    pytest.param("out", lambda t: json.loads(t)["version"] == 2, id="no-extension-json"),
]


@pytest.mark.parametrize(("name", "looks_right"), SUFFIXES)
def test_output_extension_picks_the_format(tmp_path: Path, name: str, looks_right: object) -> None:
    _corpus(tmp_path, SLIP)
    result = _run(["diff", "corpus.jsonl", "-o", name], tmp_path)
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert callable(looks_right)
    assert (result.returncode, looks_right(text)) == (1, True)


CONTRADICTIONS = [
    pytest.param(["diff", "--format", "parquet", "-o", "x.json"], id="parquet-json"),
    pytest.param(["diff", "--format", "json", "-o", "x.html"], id="json-html"),
    pytest.param(["diff", "--format", "table", "-o", "x.sarif"], id="table-sarif"),
    pytest.param(["extract", "--format", "jsonl", "-o", "x.json"], id="extract-jsonl-json"),
    pytest.param(["extract", "-o", "x.html"], id="extract-html"),
]


@pytest.mark.parametrize("args", CONTRADICTIONS)
def test_a_format_the_extension_contradicts_is_a_usage_error(
    tmp_path: Path, args: list[str]
) -> None:
    _corpus(tmp_path, SLIP)
    result = _run([*args, "corpus.jsonl"], tmp_path)
    written = [p.name for p in tmp_path.iterdir() if p.name != "corpus.jsonl"]
    assert (result.returncode, len(result.stderr.strip().splitlines()), written) == (2, 1, [])


def test_a_sarif_log_may_be_named_json(tmp_path: Path) -> None:
    _corpus(tmp_path, SLIP)
    _run(["diff", "corpus.jsonl", "--format", "sarif", "-o", "x.json"], tmp_path)
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_extract_output_is_written_in_place_of_stdout(tmp_path: Path) -> None:
    _corpus(tmp_path, SLIP)
    result = _run(["extract", "corpus.jsonl", "-o", "claims.jsonl"], tmp_path)
    lines = (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert (result.returncode, result.stdout, {json.loads(x)["lang"] for x in lines}) == (
        0,
        "",
        {"zh", "en"},
    )


# --- 2. an output inside an input folder --------------------------------------------------------

INSIDE = [
    pytest.param("review.html", 1, id="html-not-read"),
    pytest.param("findings.sarif", 1, id="sarif-not-read"),
    pytest.param("findings.jsonl", 2, id="jsonl-would-be-read"),
    pytest.param("report.txt", 2, id="txt-would-be-read"),
]


@pytest.mark.parametrize(("name", "code"), INSIDE)
def test_output_inside_an_input_folder_is_refused_only_if_it_would_be_read(
    tmp_path: Path, name: str, code: int
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _corpus(folder, SLIP)
    result = _run(["diff", "docs", "-o", f"docs/{name}"], tmp_path)
    assert (result.returncode, (folder / name).exists()) == (code, code == 1)


# --- 3. standard input with --input auto --------------------------------------------------------

STDIN = [
    pytest.param(json.dumps(SLIP, ensure_ascii=False) + "\n", ["slip"], False, id="jsonl-detected"),
    pytest.param(
        "\n\n" + json.dumps(SLIP, ensure_ascii=False) + "\n", ["slip"], False, id="blank-first"
    ),
    pytest.param(ARTICLE, ["<stdin>"], False, id="article-detected"),
    pytest.param('["zh", "en"]\n' + ARTICLE, ["<stdin>"], True, id="json-array-is-unsure"),
]


@pytest.mark.parametrize(("text", "docs", "unsure"), STDIN)
def test_stdin_is_read_as_what_its_first_line_says(
    tmp_path: Path, text: str, docs: list[str], unsure: bool
) -> None:
    result = _run(["diff", "-", "--format", "json"], tmp_path, stdin=text.encode("utf-8"))
    data = json.loads(result.stdout)
    found = [d["id"] for d in data["documents"]]
    assert (found, "<stdin>: read as" in result.stderr) == (docs, unsure)


def test_stdin_filename_names_the_file_in_sarif(tmp_path: Path) -> None:
    args = ["diff", "-", "--format", "sarif", "--stdin-filename", "docs/trade.txt"]
    result = _run(args, tmp_path, stdin=ARTICLE.encode("utf-8"))
    location = json.loads(result.stdout)["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "docs/trade.txt"


def test_stdin_filename_names_an_unreadable_stdin_in_github_annotations(tmp_path: Path) -> None:
    args = ["diff", "-", "--format", "github", "--stdin-filename", "docs/trade.txt"]
    result = _run(args, tmp_path, stdin=b"no separator here\n")
    assert result.stdout.startswith("::error file=docs/trade.txt,")


# --- 4. settings --------------------------------------------------------------------------------


def test_a_broken_pyproject_is_a_usage_error_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tradefacts]\nfail-on = "warning"\nbaseline = \n', encoding="utf-8"
    )
    _corpus(tmp_path, GOOD)
    result = _run(["diff", "corpus.jsonl"], tmp_path)
    lines = result.stderr.strip().splitlines()
    assert (
        result.returncode,
        len(lines),
        lines[0].startswith("tradefacts: pyproject.toml:3:"),
    ) == (
        2,
        1,
        True,
    )


CONFIGS = [
    pytest.param("settings.toml", '[tool.tradefacts]\nfail-on = "never"\n', id="tool-table"),
    pytest.param("tradefacts.toml", 'fail-on = "never"\n', id="top-level"),
]


@pytest.mark.parametrize(("name", "text"), CONFIGS)
def test_config_file_is_read_instead_of_pyproject(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.tradefacts]\nfail-on = "error"\n')
    (tmp_path / name).write_text(text, encoding="utf-8")
    _corpus(tmp_path, SLIP)
    result = _run(["diff", "corpus.jsonl", "--config", name], tmp_path)
    assert result.returncode == 0


def test_settings_give_input_and_jobs(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tradefacts]\ninput = "jsonl"\njobs = 0\n', encoding="utf-8"
    )
    _corpus(tmp_path, SLIP, name="corpus.data")
    result = _run(["diff", "corpus.data", "--format", "json"], tmp_path)
    assert (result.returncode, json.loads(result.stdout)["summary"]["findings"]) == (1, 1)


# --- 5. conveniences ----------------------------------------------------------------------------


def test_h_is_help(tmp_path: Path) -> None:
    result = _run(["diff", "-h"], tmp_path)
    assert (result.returncode, "--fail-on" in result.stdout) == (0, True)


SELECTIONS = [
    pytest.param([], {"magnitude", "omission"}, 1, id="all"),
    pytest.param(["--select", "omission"], {"omission"}, 0, id="select-omission"),
    pytest.param(["--ignore", "magnitude"], {"omission"}, 0, id="ignore-magnitude"),
    pytest.param(
        ["--select", "magnitude,omission", "--ignore", "omission"],
        {"magnitude"},
        1,
        id="select-and-ignore",
    ),
]


@pytest.mark.parametrize(("args", "types", "code"), SELECTIONS)
def test_select_and_ignore_finding_types(
    tmp_path: Path, args: list[str], types: set[str], code: int
) -> None:
    _corpus(tmp_path, SLIP, DROP)
    result = _run(["diff", "corpus.jsonl", "--format", "jsonl", *args], tmp_path)
    found = {json.loads(line)["type"] for line in result.stdout.splitlines()}
    assert (found, result.returncode) == (types, code)


def test_an_unknown_finding_type_is_a_usage_error(tmp_path: Path) -> None:
    _corpus(tmp_path, SLIP)
    result = _run(["diff", "corpus.jsonl", "--select", "magnitud"], tmp_path)
    assert (result.returncode, "unknown finding type 'magnitud'" in result.stderr) == (2, True)


def test_jobs_0_is_one_process_per_core_with_the_same_output(tmp_path: Path) -> None:
    _corpus(tmp_path, SLIP, GOOD, DROP)
    one = _run(["diff", "corpus.jsonl", "--format", "jsonl"], tmp_path)
    every = _run(["diff", "corpus.jsonl", "--format", "jsonl", "--jobs", "0"], tmp_path)
    assert (every.returncode, every.stdout) == (one.returncode, one.stdout)


def test_baseline_says_how_many_findings_it_suppressed(tmp_path: Path) -> None:
    _corpus(tmp_path, SLIP, DROP)
    recorded = _run(["diff", "corpus.jsonl", "--write-baseline", "base.json"], tmp_path)
    result = _run(["diff", "corpus.jsonl", "--baseline", "base.json"], tmp_path)
    assert (recorded.stdout, result.returncode) == ("", 0)
    assert "base.json: the baseline accepted 2 findings" in result.stderr


def test_write_baseline_with_a_format_writes_the_report(tmp_path: Path) -> None:
    _corpus(tmp_path, SLIP)
    args = ["diff", "corpus.jsonl", "--write-baseline", "base.json", "--format", "json"]
    result = _run(args, tmp_path)
    assert json.loads(result.stdout)["summary"]["findings"] == 1


def _table_run(tmp_path: Path, *options: str) -> tuple[int, str]:
    _corpus(tmp_path, SLIP)
    return _on_terminal(["diff", "corpus.jsonl", "--format", "table", *options], tmp_path)


def test_quiet_leaves_out_the_summary_and_the_bar(tmp_path: Path) -> None:
    code, terminal = _table_run(tmp_path, "--quiet")
    plain = ANSI.sub("", terminal)
    assert (code, "magnitude" in plain, "1 finding" in plain, "checking" in plain) == (
        1,
        True,
        False,
        False,
    )


def test_no_progress_leaves_out_the_bar_only(tmp_path: Path) -> None:
    code, terminal = _table_run(tmp_path, "--no-progress")
    plain = ANSI.sub("", terminal)
    assert (code, "1 finding" in plain, "checking" in plain) == (1, True, False)


COLORS = [
    pytest.param([], True, id="terminal-default"),
    pytest.param(["--no-color"], False, id="no-color"),
]


@pytest.mark.parametrize(("options", "colored"), COLORS)
def test_no_color_on_a_terminal(tmp_path: Path, options: list[str], colored: bool) -> None:
    _, terminal = _table_run(tmp_path, "--no-progress", *options)
    assert ("\x1b[31" in terminal or "\x1b[1;31" in terminal) is colored


def test_color_forces_colors_into_a_pipe(tmp_path: Path) -> None:
    _corpus(tmp_path, SLIP)
    result = _run(["diff", "corpus.jsonl", "--format", "table", "--color"], tmp_path)
    assert "\x1b[" in result.stdout


# --- 6. unreadable inputs in the machine outputs -------------------------------------------------


def _broken(tmp_path: Path) -> None:
    path = _corpus(tmp_path, SLIP)
    with path.open("a", encoding="utf-8") as out:
        out.write("{not json\n")


def test_json_lists_unreadable_inputs(tmp_path: Path) -> None:
    _broken(tmp_path)
    result = _run(["diff", "corpus.jsonl", "--format", "json"], tmp_path)
    errors = json.loads(result.stdout)["errors"]
    assert (result.returncode, [(e["path"], e["line"]) for e in errors]) == (
        2,
        [("corpus.jsonl", 2)],
    )


def test_extract_json_lists_unreadable_inputs(tmp_path: Path) -> None:
    _broken(tmp_path)
    result = _run(["extract", "corpus.jsonl", "--format", "json"], tmp_path)
    assert [e["line"] for e in json.loads(result.stdout)["errors"]] == [2]


def test_jsonl_has_a_record_per_unreadable_input(tmp_path: Path) -> None:
    _broken(tmp_path)
    result = _run(["diff", "corpus.jsonl", "--format", "jsonl"], tmp_path)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = [(r.get("kind"), r.get("line")) for r in records if "doc" not in r]
    assert kinds == [("input-error", 2)]


def test_github_annotates_unreadable_inputs_on_their_line(tmp_path: Path) -> None:
    _broken(tmp_path)
    result = _run(["diff", "corpus.jsonl", "--format", "github"], tmp_path)
    assert "::error file=corpus.jsonl,line=2,title=" in result.stdout


# --- 7. the same file twice; an unrelated .jsonl in a directory ----------------------------------


def test_a_file_named_twice_is_checked_once(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _corpus(folder, SLIP)
    args = ["diff", "docs/corpus.jsonl", "docs", "./docs/corpus.jsonl", "--format", "json"]
    result = _run(args, tmp_path)
    data = json.loads(result.stdout)
    assert (data["summary"]["documents"], "checked once" in result.stderr) == (1, True)


def test_an_unrelated_jsonl_in_a_directory_gets_capped_errors(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "events.jsonl").write_text(
        "".join(f'{{"event": {n}}}\n' for n in range(25)), encoding="utf-8"
    )
    result = _run(["diff", "docs", "--format", "json"], tmp_path)
    lines = result.stderr.strip().splitlines()
    assert (len(lines), "15 more lines not read" in lines[-1]) == (11, True)


# --- 8. help texts ------------------------------------------------------------------------------


def test_extract_help_offers_only_its_formats_and_lists_examples_apart(tmp_path: Path) -> None:
    text = _run(["extract", "--help"], tmp_path, COLUMNS="100").stdout
    example_lines = [line for line in text.splitlines() if "tradefacts extract" in line]
    assert ("sarif" in text, len(example_lines) >= 3) == (False, True)


@pytest.mark.parametrize("label", ["<int range>", "[error]", "INTEGER RANGE"])
def test_help_has_no_odd_labels(tmp_path: Path, label: str) -> None:
    assert label not in _run(["diff", "--help"], tmp_path, COLUMNS="100").stdout


ERROR_COLORS = [
    pytest.param([], True, id="terminal-default"),
    pytest.param(["--no-color"], False, id="no-color"),
]


@pytest.mark.parametrize(("options", "colored"), ERROR_COLORS)
def test_errors_are_red_on_a_terminal_unless_no_color(
    tmp_path: Path, options: list[str], colored: bool
) -> None:
    _broken(tmp_path)
    code, terminal = _on_terminal(
        ["diff", "corpus.jsonl", "--format", "json", "--no-progress", *options],
        tmp_path,
        stdout=tmp_path / "out.json",
    )
    line = next(x for x in terminal.splitlines() if "corpus.jsonl:2" in x)
    assert (code, "\x1b[31m" in line) == (2, colored)
