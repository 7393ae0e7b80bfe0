"""The README tells the truth: every command and option is documented, and its examples run."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tradefacts.cli import app

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = typer.main.get_command(app)
COMMANDS = getattr(COMMAND, "commands", {})


def _options() -> list[tuple[str, str]]:
    found = []
    for name, command in sorted(COMMANDS.items()):
        for param in command.params:
            found.extend((name, opt) for opt in param.opts if opt.startswith("--"))
    return found


def test_app_has_commands() -> None:
    assert sorted(COMMANDS) == ["diff", "extract", "filter"]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_readme(name: str) -> None:
    assert f"tradefacts {name}" in README


@pytest.mark.parametrize(("command", "option"), _options(), ids=lambda v: str(v))
def test_option_is_in_readme(command: str, option: str) -> None:
    assert f"`{option}" in README


def _examples() -> list[str]:
    """The `tradefacts` lines of the README's sh blocks that need no file outside the repository."""
    lines = []
    in_sh = False
    for line in README.splitlines():
        if line.startswith("```"):
            in_sh = line.strip() == "```sh"
            continue
        if (
            in_sh
            and line.startswith("tradefacts ")
            and "|" not in line
            and "original.txt" not in line
        ):
            lines.append(line.split("#")[0].strip())
    return lines


@pytest.mark.parametrize("line", _examples())
def test_readme_example_runs(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = shlex.split(line)[1:]
    if "corpus.jsonl" in args:
        pytest.skip("needs a corpus of the user's")
    if "translations/" in args:
        pytest.skip(
            "needs a repository of translations (tests/test_baseline.py runs these options)"
        )
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.stderr


def test_readme_shows_the_current_seed_summary() -> None:
    result = CliRunner().invoke(app, ["diff", str(ROOT / "seeds"), "--format", "table"])
    summary = result.stdout.strip().splitlines()[-1]
    assert summary in README


# A Python block of the README followed by "prints" and a text block: the output it promises.
_PYTHON_EXAMPLE_RE = re.compile(
    r"```python\n((?:(?!```).)*)```\n\nprints\n\n```text\n((?:(?!```).)*)```", re.DOTALL
)


def _python_examples() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _PYTHON_EXAMPLE_RE.finditer(README)]


def test_readme_has_python_examples_with_output() -> None:
    assert len(_python_examples()) >= 2


@pytest.mark.parametrize(
    ("code", "expected"), _python_examples(), ids=lambda v: v.splitlines()[0][:40]
)
def test_readme_python_example_prints_what_it_says(
    code: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})
    assert printed.getvalue() == expected
