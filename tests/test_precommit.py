"""The pre-commit hook as a repository of translations runs it: pre-commit picks the changed files
with the hook's `files` and `exclude` patterns (Python `re.search` on the repository-relative
path) and runs the hook's `entry` on them. Cases written for these tests.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[1]


def _hook() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with the dev group (through dask)")
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hook, dict)
    return hook


def _selected(path: str) -> bool:
    hook = _hook()
    return bool(re.search(hook["files"], path)) and not re.search(hook.get("exclude", "^$"), path)


# (path in the repository, whether the hook checks it)
SELECTION = [
    pytest.param("translations/1989/exports.txt", True, id="article"),
    pytest.param("corpus.jsonl", True, id="jsonl"),
    pytest.param("pairs.ndjson", True, id="ndjson"),
    pytest.param("project/zh-en.xlf", True, id="xliff"),
    pytest.param("memory.tmx", True, id="tmx"),
    pytest.param("locale/en/messages.po", True, id="po"),
    pytest.param("notes/requirements_for_editors.txt", False, id="requirements-like-name"),
    pytest.param("requirements.txt", False, id="requirements"),
    pytest.param("docs/requirements-dev.txt", False, id="requirements-dev-in-a-folder"),
    pytest.param("constraints.txt", False, id="constraints"),
    pytest.param("LICENSE.txt", False, id="licence"),
    pytest.param("CMakeLists.txt", False, id="cmake"),
    pytest.param("CHANGELOG.txt", False, id="changelog"),
    pytest.param("README.txt", False, id="readme"),
    pytest.param("src/pkg.egg-info/SOURCES.txt", False, id="egg-info"),
    pytest.param("README.md", False, id="markdown"),
    pytest.param("notes.docx", False, id="other-extension"),
]


@pytest.mark.parametrize(("path", "checked"), SELECTION)
def test_hook_selects_translation_files_only(path: str, checked: bool) -> None:
    assert _selected(path) is checked


ARTICLE = (
    "Title: Grain\n\n\tThe silos hold 4.2 billion tons.\n\n<hr />\n\nOriginal:\n\n"
    "　　粮仓存粮4.2亿吨。\n"
)


def _command() -> list[str]:
    script = Path(sys.executable).with_name("tradefacts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tradefacts"]


def _run_hook(repo: Path, changed: list[str]) -> subprocess.CompletedProcess[str]:
    entry = shlex.split(_hook()["entry"])
    assert entry[0] == "tradefacts"
    files = [name for name in changed if _selected(name)]
    return subprocess.run(
        [*_command(), *entry[1:], *files],
        cwd=repo,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _repository(tmp_path: Path) -> list[str]:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "grain.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "requirements.txt").write_text("tradefacts>=0.1\nrich\n", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("Permission is hereby granted...\n", encoding="utf-8")
    return ["translations/grain.txt", "requirements.txt", "LICENSE.txt"]


def test_hook_on_a_commit_with_requirements_reports_the_article_only(tmp_path: Path) -> None:
    result = _run_hook(tmp_path, _repository(tmp_path))
    assert (result.returncode, result.stderr, "4.2亿吨" in result.stdout) == (1, "", True)


def test_hook_on_a_commit_of_requirements_alone_runs_nothing(tmp_path: Path) -> None:
    changed = _repository(tmp_path)[1:]
    assert [name for name in changed if _selected(name)] == []
