"""Tests of `make bench`'s own logic (`bench/run.py`): the verdicts against the targets, the
read-only copy the cold starts import, and the hostile texts it generates. No timing is asserted
here: the figures themselves belong to `make bench`."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from bench import run


@pytest.mark.parametrize(
    ("value", "target", "at_least", "expected"),
    [
        pytest.param(9_000.0, 8_000.0, True, "met", id="above-a-floor"),
        pytest.param(8_000.0, 8_000.0, True, "met", id="at-a-floor"),
        pytest.param(800.0, 8_000.0, True, "missed (x10.0)", id="under-a-floor"),
        pytest.param(0.0, 8_000.0, True, "missed", id="nothing-done"),
        pytest.param(0.1, 0.15, False, "met", id="under-a-ceiling"),
        pytest.param(0.15, 0.15, False, "met", id="at-a-ceiling"),
        pytest.param(0.6, 0.15, False, "missed (x4.0)", id="over-a-ceiling"),
        pytest.param(300.0, 150.0, False, "missed (x2.0)", id="memory-over"),
    ],
)
def test_verdict_states_met_or_how_far_missed(
    value: float, target: float, at_least: bool, expected: str
) -> None:
    assert run.verdict(value, target, at_least=at_least) == expected


def test_a_run_that_timed_out_is_missed_by_at_least_its_box() -> None:
    assert run.verdict(None, 2.0, at_least=False, bound=60.0) == "missed (x30 or more: timed out)"


def test_the_read_only_copy_is_imported_read_only_and_removed() -> None:
    with run.read_only_copy() as base:
        package = base / "tradefacts"
        paths = [base, *base.rglob("*")]
        writable = [p for p in paths if os.stat(p).st_mode & (stat.S_IWUSR | stat.S_IWGRP)]
        cached = [p for p in paths if p.name == "__pycache__" or p.suffix == ".pyc"]
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(base)}
        child = subprocess.run(
            [sys.executable, "-c", "import tradefacts; print(tradefacts.__file__)"],
            env=env,
            cwd=base,
            capture_output=True,
            text=True,
            check=True,
        )
        imported = Path(child.stdout.strip()).resolve()
        assert (writable, cached, imported, (package / "cli.py").is_file()) == (
            [],
            [],
            (package / "__init__.py").resolve(),
            True,
        )
    assert not base.exists()


def _size(zh: str, en: str) -> int:
    return max(len(zh.encode()), len(en.encode()))


@pytest.mark.parametrize(
    ("name", "at_least", "digits"),
    [
        pytest.param("1.5 MB of 万 (zh)", 1_500_000, False, id="wan"),
        pytest.param("100,000 digits (zh)", 100_000, True, id="digits-zh"),
        pytest.param("100,000 digits (en)", 100_000, True, id="digits-en"),
        pytest.param("1.5 MB line of dense figures (zh)", 1_500_000, True, id="dense-zh"),
        pytest.param("its English counterpart, 1.5 MB (en)", 1_500_000, True, id="dense-en"),
        pytest.param("5 MB of one sentence, no figure (zh)", 5_000_000, False, id="sentence"),
    ],
)
def test_hostile_texts_are_as_large_as_named_and_on_one_line(
    name: str, at_least: int, digits: bool
) -> None:
    zh, en = run.hostile_cases()[name]
    hostile = zh if len(zh.encode()) > len(en.encode()) else en
    assert (
        _size(zh, en) >= at_least,
        "\n" in zh + en,
        bool(re.search(r"[0-9]", hostile)),
    ) == (True, False, digits)


def test_the_sentence_without_a_figure_has_no_sentence_end() -> None:
    zh, _ = run.hostile_cases()["5 MB of one sentence, no figure (zh)"]
    assert [mark for mark in "。！？" if mark in zh] == []


def test_the_installed_read_only_copy_has_bytecode_and_no_write_bit() -> None:
    # As pip installs a wheel: bytecode compiled beside each module, then nothing writable.
    with run.read_only_copy(bytecode=True) as base:
        compiled = {p.name.split(".")[0] for p in base.rglob("__pycache__/*.pyc")}
        assert {"extract", "cli", "zh", "en"} <= compiled
        writable = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
        assert not [p for p in base.rglob("*") if p.stat().st_mode & writable]
