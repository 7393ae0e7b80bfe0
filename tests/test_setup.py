"""Set-up from a clone: what `make run` and `make test` install (dry runs of the Makefile).

`make run` needs the runtime only (≈ 50 MB); the dev group (test, lint and browser tools, ≈ 550 MB)
is for `make test` and the other development targets.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")


def _planned(target: str) -> list[str]:
    """The commands `make TARGET` runs on a fresh clone (-B: as if nothing were installed yet)."""
    # Run inside `make test`, a nested make prints "make[1]: Entering directory" lines unless told
    # not to; MAKEFLAGS from the outer make would also carry over.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return [line for line in result.stdout.splitlines() if not line.startswith("make")]


def _installs(target: str) -> list[str]:
    return [line for line in _planned(target) if "pip install" in line and "pip>=" not in line]


@pytest.mark.parametrize(
    ("target", "dev_group"),
    [
        pytest.param("run", False, id="run-installs-the-runtime-only"),
        pytest.param("test", True, id="test-installs-the-dev-group"),
        pytest.param("lint", True, id="lint-installs-the-dev-group"),
    ],
)
def test_make_target_installs(target: str, dev_group: bool) -> None:
    installs = _installs(target)
    assert (bool(installs), any("--group dev" in line for line in installs)) == (True, dev_group)


def test_make_run_checks_the_seeds() -> None:
    assert _planned("run")[-1].endswith("tradefacts diff seeds/ --format table --fail-on never")
