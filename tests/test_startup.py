"""What keeps a cold start short without changing results: the compiled-pattern cache, no pint
registry for units that are already canonical, and optional extras (Dask, pyarrow) imported only
when asked for, with a message naming the extra when missing."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import regex

from tradefacts import units
from tradefacts.patterns import cache_file, cached_compiles

ROOT = Path(__file__).parents[1]
SOURCE = r"(?P<num>\d+)\s*(?P<unit>tons?|%)"


def _compile_twice(folder: Path) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    with cached_compiles(folder):
        first = regex.compile(SOURCE, regex.VERBOSE | regex.IGNORECASE)
    with cached_compiles(folder):
        second = regex.compile(SOURCE, regex.VERBOSE | regex.IGNORECASE)
    return first, second


def test_a_cached_pattern_is_the_compiled_one(tmp_path: Path) -> None:
    first, second = _compile_twice(tmp_path)
    text = "12 Tons and 7 %"
    assert (second.pattern, second.flags, [m.groupdict() for m in second.finditer(text)]) == (
        first.pattern,
        first.flags,
        [m.groupdict() for m in first.finditer(text)],
    )


def test_the_cache_is_written_beside_the_bytecode(tmp_path: Path) -> None:
    _compile_twice(tmp_path)
    assert cache_file(tmp_path).parent == tmp_path / "__pycache__"


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    path.parent.mkdir()
    path.write_bytes(b"not a pickle")
    with cached_compiles(tmp_path):
        pattern = regex.compile(SOURCE)
    assert pattern.match("3 tons") is not None


def test_a_cache_holding_other_objects_is_refused(tmp_path: Path) -> None:
    import pickle

    path = cache_file(tmp_path)
    path.parent.mkdir()
    path.write_bytes(pickle.dumps({(SOURCE, 0): Path("x")}))
    with cached_compiles(tmp_path):
        pattern = regex.compile(SOURCE)
    assert isinstance(pattern, regex.Pattern)


def test_compile_is_restored_after_the_block(tmp_path: Path) -> None:
    before = regex.compile
    with cached_compiles(tmp_path):
        pass
    assert regex.compile is before


@pytest.mark.parametrize("code", sorted(units.CANONICAL_UNITS))
def test_a_canonical_unit_needs_no_registry_and_converts_as_pint_would(code: str) -> None:
    name = units.CANONICAL_UNITS[code]
    ureg = units.registry()
    quantity = ureg.Quantity(Decimal(1), name)
    by_pint = next(
        (Decimal(quantity.to(n).magnitude), c)
        for c, n in units.CANONICAL_UNITS.items()
        if (c != "year" or code == "year")
        and quantity.dimensionality == ureg.Quantity(Decimal(1), n).dimensionality
    )
    assert units.canonicalize(Decimal("2.5"), name) == (Decimal("2.5") * by_pint[0], by_pint[1])


def test_diff_of_text_with_canonical_units_does_not_load_pint(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "a", "zh": "出口12亿美元，增长7.6％。", "en": "Exports were $1.2 billion, up 7.6%."}\n',
        encoding="utf-8",
    )
    probe = (
        "import sys\n"
        "from tradefacts.cli import main\n"
        f"sys.argv = ['tradefacts', 'diff', {str(corpus)!r}, '--format', 'jsonl']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('pint' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.stderr.strip().splitlines()[-1] == "False"


def test_diff_without_scheduler_imports_no_dask(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "a", "zh": "出口12亿美元。", "en": "Exports were $12 billion."}\n', "utf-8"
    )
    probe = (
        "import sys\n"
        "from tradefacts.cli import main\n"
        f"sys.argv = ['tradefacts', 'diff', {str(corpus)!r}, '--format', 'jsonl', '--jobs', '2']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"


def test_parquet_without_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from tradefacts.errors import UsageError
    from tradefacts.readers import parquet_module

    real = importlib.import_module

    def missing(name: str, package: str | None = None) -> object:
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", missing)
    with pytest.raises(UsageError, match=r"tradefacts\[parquet\]"):
        parquet_module()


def test_a_clean_json_run_imports_no_rich_pydantic_or_jinja(tmp_path: Path) -> None:
    # Rich (the error console, the table), Jinja2 (HTML) are imported only when used; typer is
    # pinned below the version that validates options through pydantic (README, dependencies).
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "zh": "三个项目", "en": "three projects"}\n', encoding="utf-8")
    probe = (
        "import sys\n"
        "from tradefacts.cli import main\n"
        f"sys.argv = ['tradefacts', 'diff', {str(corpus)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'jinja2', 'pydantic'}),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"
