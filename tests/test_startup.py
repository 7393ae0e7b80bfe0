"""What keeps a cold start short without changing results: nothing written at run time (the
patterns and unit factors are stored when the package is built, see also test_compiled.py), no pint
registry for canonical units or the units of the tables, and optional extras (Dask, pyarrow)
imported only when asked for, with a message naming the extra when missing."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tradefacts import units

ROOT = Path(__file__).parents[1]


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
        '{"id": "a", "zh": "出口12亿美元，增长7.6％。", "en": "Exports were $1.2 billion, up 7.6%."}\n'
        # A bare figure whose unit is named a few words on: the unit words of every table unit
        # (°F included, whose conversion needs the registry) are looked up.
        '{"id": "b", "zh": "日照时数3200小时左右。", "en": "About 3,200 sunny hours."}\n',
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


def test_a_run_writes_no_cache_beside_the_package(tmp_path: Path) -> None:
    # Everything derived from the language tables is derived at import: a run leaves nothing in
    # the package but Python's own bytecode.
    import shutil

    shutil.copytree(ROOT / "src" / "tradefacts", tmp_path / "tradefacts")
    probe = (
        "from tradefacts.extract import extract_text\n"
        "from tradefacts.lang import LANGS\n"
        "extract_text('出口12亿美元', LANGS['zh'])\n"
        "extract_text('exports of $1.2 billion', LANGS['en'])\n"
    )
    subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    written = sorted(
        p.name for p in (tmp_path / "tradefacts").rglob("__pycache__/*") if p.suffix != ".pyc"
    )
    assert written == []


def test_each_stored_unit_factor_is_what_the_registry_gives() -> None:
    stored = units.stored_factors()
    assert stored, "unit_factors.py missing or stale: run make patterns"
    assert sorted(stored) == units.table_units()
    for name, (factor, code) in stored.items():
        assert (Decimal(factor), code) == units.registry_factor(name), name


def test_stored_factors_are_ignored_once_units_txt_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    units.stored_factors.cache_clear()
    monkeypatch.setattr(units, "_definitions", lambda: b"a changed definitions file\n")
    try:
        assert units.stored_factors() == {}
        assert units.canonicalize(Decimal(2), "kilometer") == (Decimal(2000), "m")  # registry
    finally:
        monkeypatch.undo()
        units.stored_factors.cache_clear()
    assert units.stored_factors()


def test_text_with_units_of_the_tables_does_not_load_pint(tmp_path: Path) -> None:
    # Miles, kilometres, 亩, 公斤 and 万吨 convert by the stored factors: no registry, no pint.
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "a", "zh": "全长12公里，占地5亩，运来3公斤、2万吨。",'
        ' "en": "It is 7.5 miles long on 5 mu; 3 kilograms and 20,000 tons came."}\n',
        encoding="utf-8",
    )
    probe = (
        "import sys\n"
        "from tradefacts.cli import main\n"
        f"sys.argv = ['tradefacts', 'extract', {str(corpus)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('pint' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert '"quantity"' in result.stdout and '"mass"' in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_a_start_that_reads_nothing_loads_no_reader(option: str) -> None:
    # The installed command, as a user runs it: the language modules, the reader and the
    # classifier are imported when a command reads text, and of the stored patterns only those
    # of the modules the start imports are loaded.
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['tradefacts', {option!r}]\n"
        "try:\n    runpy.run_module('tradefacts', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "from tradefacts import compiled\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('tradefacts.'))\n"
        "print(' '.join(loaded), len(compiled._loaded), len(compiled._stored or {}),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip()  # the help or the version was printed
    *modules, loaded, stored = result.stderr.split()
    for heavy in ("extract", "lang.zh", "lang.en", "align", "classify", "pipeline"):
        assert f"tradefacts.{heavy}" not in modules
    assert "tradefacts.cli" in modules
    assert 0 < int(loaded) < int(stored) // 10


def test_the_package_names_resolve_on_first_use() -> None:
    # The public names are imported lazily (module __getattr__): each is the object of the module
    # that defines it, listed by dir(), and an unknown name is an AttributeError.
    import importlib

    import tradefacts

    for name in tradefacts.__all__:
        value = getattr(tradefacts, name)
        if name in tradefacts._LAZY:
            assert value is getattr(importlib.import_module(tradefacts._LAZY[name]), name)
        assert name in dir(tradefacts)
    assert (
        tradefacts.check("出口12亿美元。", "Exports were $12 billion.")[0].type.value == "magnitude"
    )
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = tradefacts.no_such_name  # type: ignore[attr-defined]
