"""[tool.tradefacts] settings: found by walking up, overridden by options, unknown keys refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradefacts.cli import app
from tradefacts.config import find_config, load_settings
from tradefacts.errors import UsageError

runner = CliRunner()

WARN_ONLY = {"id": "w", "zh": "出口增长。", "en": "Exports grew 12%."}  # one addition (warning)
SLIP = {"id": "s", "zh": "出口１２亿美元。", "en": "Exports were $12 billion."}  # one error


def _repo(tmp_path: Path, table: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        f"[project]\nname = 'x'\n\n[tool.tradefacts]\n{table}\n", "utf-8"
    )
    folder = tmp_path / "translations" / "zh"
    folder.mkdir(parents=True)
    return folder


def _corpus(folder: Path, name: str, *records: dict[str, str]) -> Path:
    path = folder / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_config_is_found_by_walking_up_from_the_input(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'fail-on = "warning"')
    assert find_config([str(_corpus(folder, "a.jsonl", WARN_ONLY))]) == tmp_path / "pyproject.toml"


def test_pyproject_without_our_table_is_passed_over(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'fail-on = "warning"')
    (folder / "pyproject.toml").write_text("[project]\nname = 'inner'\n", "utf-8")
    assert find_config([str(folder)]) == tmp_path / "pyproject.toml"


def test_fail_on_from_config_applies(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'fail-on = "warning"')
    result = runner.invoke(
        app, ["diff", str(_corpus(folder, "a.jsonl", WARN_ONLY)), "--format", "json"]
    )
    assert result.exit_code == 1


def test_option_on_the_command_line_wins(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'fail-on = "warning"')
    path = _corpus(folder, "a.jsonl", WARN_ONLY)
    result = runner.invoke(app, ["diff", str(path), "--format", "json", "--fail-on", "error"])
    assert result.exit_code == 0


def test_format_from_config_applies(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'format = "github"')
    result = runner.invoke(app, ["diff", str(_corpus(folder, "a.jsonl", SLIP))])
    assert result.stdout.startswith("::error file=")


def test_unknown_key_is_an_error_naming_key_and_file(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'fail_on = "warning"')
    result = runner.invoke(app, ["diff", str(_corpus(folder, "a.jsonl", SLIP)), "--format", "json"])
    assert (result.exit_code, "'fail_on'" in result.stderr, "pyproject.toml" in result.stderr) == (
        2,
        True,
        True,
    )


@pytest.mark.parametrize(
    "table",
    [
        pytest.param('fail-on = "sometimes"', id="bad-choice"),
        pytest.param("include = 3", id="bad-globs"),
        pytest.param('format = "pdf"', id="bad-format"),
        pytest.param("encoding = ''", id="empty-string"),
        pytest.param("fail-on = [", id="bad-toml"),
        pytest.param("jobs = -1", id="negative-jobs"),
        pytest.param('jobs = "4"', id="jobs-as-text"),
        pytest.param('input = "csv"', id="bad-input"),
        pytest.param("id-column = 7", id="column-not-text"),
    ],
)
def test_bad_value_is_a_usage_error(tmp_path: Path, table: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.tradefacts]\n{table}\n", "utf-8")
    with pytest.raises(UsageError, match=r"pyproject\.toml"):
        load_settings(tmp_path / "pyproject.toml")


def test_include_and_exclude_select_files_below_a_directory(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'include = ["translations/**"]\nexclude = ["*.draft.jsonl"]')
    _corpus(folder, "a.jsonl", SLIP)
    _corpus(folder, "b.draft.jsonl", SLIP)
    _corpus(tmp_path, "outside.jsonl", SLIP)
    result = runner.invoke(app, ["diff", str(tmp_path), "--format", "json"])
    assert [d["path"].rsplit("/", 1)[-1] for d in json.loads(result.stdout)["documents"]] == [
        "a.jsonl"
    ]


def test_exclude_drops_a_named_file_too(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'exclude = ["*.draft.jsonl"]')
    draft = _corpus(folder, "b.draft.jsonl", SLIP)
    keep = _corpus(folder, "a.jsonl", WARN_ONLY)
    result = runner.invoke(app, ["diff", str(draft), str(keep), "--format", "json"])
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["w"]


def test_baseline_from_config_is_relative_to_it(tmp_path: Path) -> None:
    folder = _repo(tmp_path, 'baseline = "accepted.json"')
    path = _corpus(folder, "a.jsonl", SLIP)
    written = runner.invoke(
        app,
        [
            "diff",
            str(path),
            "--format",
            "json",
            "--write-baseline",
            str(tmp_path / "accepted.json"),
        ],
    )
    result = runner.invoke(app, ["diff", str(path), "--format", "json"])
    assert (
        written.exit_code,
        result.exit_code,
        json.loads(result.stdout)["summary"]["findings"],
    ) == (0, 0, 0)


def test_no_config_means_defaults(tmp_path: Path) -> None:
    path = _corpus(tmp_path, "a.jsonl", WARN_ONLY)
    result = runner.invoke(app, ["diff", str(path), "--format", "json"])
    assert result.exit_code == 0


# The new keys of issue 18, each read into its field (written by us, one row per key).
NEW_KEYS = [
    pytest.param("jobs = 0", "jobs", 0, id="jobs-every-core"),
    pytest.param("jobs = 3", "jobs", 3, id="jobs"),
    pytest.param('input = "jsonl"', "input", "jsonl", id="input"),
    pytest.param('id-column = "pair"', "id_column", "pair", id="id-column"),
    pytest.param('zh-column = "source"', "zh_column", "source", id="zh-column"),
    pytest.param('en-column = "target"', "en_column", "target", id="en-column"),
]


@pytest.mark.parametrize(("table", "field", "value"), NEW_KEYS)
def test_new_keys_are_read(tmp_path: Path, table: str, field: str, value: object) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.tradefacts]\n{table}\n", "utf-8")
    assert getattr(load_settings(tmp_path / "pyproject.toml"), field) == value


def test_broken_toml_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n\n[tool.tradefacts]\nfail-on = "warning\n', "utf-8")
    with pytest.raises(UsageError, match=r"pyproject\.toml:5: not valid TOML"):
        find_config([str(tmp_path)])


def test_broken_pyproject_without_our_table_is_an_error_too(tmp_path: Path) -> None:
    # It may be the one that was meant to hold the settings: a typo must not drop them silently.
    (tmp_path / "pyproject.toml").write_text("[project\n", "utf-8")
    with pytest.raises(UsageError, match=r":1: not valid TOML"):
        find_config([str(tmp_path)])
