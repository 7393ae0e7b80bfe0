"""The patterns stored at build time (`compiled.bin`, `make patterns`): current, used, and a
stored pattern matches exactly as its source compiled today; without the file (or with a file
from another build of `regex`) every pattern is compiled from source and the claims are the same."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from tradefacts import compiled, rules

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "src" / "tradefacts"

# Texts with figures of many shapes (written for this test), both languages mixed: every
# position of each is a place a stored pattern and its source compiled now must agree.
PROBES = [
    "出口１２亿美元，增长7.6％，约520多家企业",
    "两千六百五十块钱，三亿七千二百零五万零一十八元",
    "2019 年 6 月 3 日上午9点半，零下18℃，4至8英寸，3～5万吨",
    "第二十三条 一、（3）GB/T 7714 神舟十五号 十四五 六成四 千分之三",
    "近百家、超过30万至35万元、不足两成、翻一番、两吨半",
    "Exports rose 7.6% to $1.2 billion, about 520 firms, HK$ 25, 25 €",
    "Four hundred and twenty six thousand tons; minus seven percent; -4.3%",
    "On June 9, 2019 at 9:30 a.m., 12 km/h, 400 square meters, 3 kWh, 5 GB",
    "eight times more, hundreds of times, half as many, a 60th anniversary",
    "between 30 and 35 million yuan, nearly 100, at least 80,000 people",
]


def _stored() -> dict[tuple[str, int], regex.Pattern[str]]:
    found = compiled._load(compiled.FILE)
    assert found, "compiled.bin missing or unreadable: run make patterns"
    return found


def test_the_committed_file_holds_every_pattern_of_both_languages() -> None:
    # A fresh process, as `make patterns --check` runs: every pattern the language modules build
    # is stored, and nothing stored is no longer built.
    result = subprocess.run(
        [sys.executable, "-W", "ignore::RuntimeWarning", "-m", "tradefacts.compiled", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_start_compiles_no_language_pattern_from_source() -> None:
    # Neither the languages' patterns nor their dispatch's, nor the alternations of their tables:
    # all are read from the file.
    probe = (
        "from tradefacts import compiled\n"
        "from tradefacts.extract import extract_text\n"
        "from tradefacts.lang import LANGS\n"
        "claims = [extract_text(t, LANGS[l]) for t in ('近3亿美元', 'nearly $300 million')"
        " for l in ('zh', 'en')]\n"
        "print(len(compiled.compiled_here), len(compiled.built_here), sum(map(len, claims)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    compiled_here, built_here, claims = map(int, result.stdout.split())
    assert (compiled_here, built_here) == (0, 0)
    assert claims >= 2


def test_each_stored_alternation_is_what_its_surfaces_build_now() -> None:
    _, sources = compiled._load_all(compiled.FILE)
    assert len(sources) > 50
    for surfaces, source in sources.items():
        assert rules._trie_alternation(surfaces) == source


def test_each_stored_pattern_matches_as_its_source_compiled_now() -> None:
    for (source, flags), stored in _stored().items():
        fresh = regex.compile(source, flags, cache_pattern=False)
        assert (stored.pattern, stored.flags, stored.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groupindex,
        )
        for text in PROBES:
            for pos in range(len(text)):
                a, b = stored.match(text, pos), fresh.match(text, pos)
                assert (a and a.span(), a and a.groups()) == (b and b.span(), b and b.groups()), (
                    source[:60],
                    text,
                    pos,
                )


_CLAIMS_PROBE = (
    "import json\n"
    "from tradefacts import compiled\n"
    "import tradefacts.readers\n"
    "from tradefacts.extract import extract_text\n"
    "from tradefacts.lang import LANGS\n"
    f"texts = {PROBES!r}\n"
    "out = [[(c.text, c.kind.value, str(c.value), c.unit) for c in extract_text(t, LANGS[l])]"
    " for t in texts for l in ('zh', 'en')]\n"
    "print(json.dumps([out, len(set(compiled.compiled_here)), compiled.__file__]))\n"
)


def test_without_the_file_every_pattern_is_compiled_from_source_with_the_same_claims(
    tmp_path: Path,
) -> None:
    # A copy of the package without compiled.bin, as an install that lost it would be: every
    # pattern (the language modules', their dispatch's, the engine modules') is compiled at start.
    shutil.copytree(PACKAGE, tmp_path / "tradefacts", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "tradefacts" / "compiled.bin").unlink()
    runs = {}
    for missing, path in ((False, str(PACKAGE.parent)), (True, str(tmp_path))):
        env = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
        result = subprocess.run(
            [sys.executable, "-c", _CLAIMS_PROBE],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        runs[missing] = json.loads(result.stdout)
    assert runs[True][2].startswith(str(tmp_path))
    assert runs[False][1] == 0
    assert runs[True][1] == len(_stored())
    assert runs[True][0] == runs[False][0]
    assert any(runs[False][0])  # the probes do have claims


def _rewrite(path: Path, header: dict[str, object], body: bytes) -> None:
    path.write_bytes(pickle.dumps((header, body), protocol=5))


def test_a_file_from_another_build_of_regex_is_not_loaded(tmp_path: Path) -> None:
    header, body = pickle.loads(compiled.FILE.read_bytes())
    assert compiled._load(compiled.FILE)
    for field, other in (("magic", -1), ("code_size", 99), ("regex", "0.0"), ("format", 0)):
        changed = tmp_path / f"{field}.bin"
        _rewrite(changed, {**header, field: other}, body)
        assert compiled._load(changed) == {}


def test_a_file_naming_anything_but_the_engine_is_refused(tmp_path: Path) -> None:
    class Sneaky:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.getenv, ("HOME",))

    bad = tmp_path / "bad.bin"
    _rewrite(bad, compiled.engine(), pickle.dumps(({("x", 0): Sneaky()}, {}), protocol=5))
    assert compiled._load(bad) == {}
    # Each pattern is unpickled when it is asked for: one naming anything else is refused then.
    sneaky = tmp_path / "sneaky.bin"
    entry = pickle.dumps(Sneaky(), protocol=5)
    _rewrite(sneaky, compiled.engine(), pickle.dumps(({("x", 0): entry}, {}), protocol=5))
    assert compiled._read(sneaky)[0] == {("x", 0): entry}
    assert compiled._unpickle(entry) is None
    assert compiled._load(sneaky) == {}
    (tmp_path / "garbage.bin").write_bytes(b"not a pickle")
    assert compiled._load(tmp_path / "garbage.bin") == {}


def test_a_pattern_missing_from_the_file_is_compiled_from_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(compiled, "_stored", {})
    monkeypatch.setattr(compiled, "compiled_here", [])
    made = compiled.pattern(r"(?P<n>\d+)元", regex.V1)
    assert made.match("35元").group("n") == "35"
    assert compiled.compiled_here == [(r"(?P<n>\d+)元", int(regex.V1))]


def test_language_modules_compile_only_through_the_stored_patterns() -> None:
    for module in sorted((PACKAGE / "lang").glob("*.py")):
        assert "regex.compile(" not in module.read_text(encoding="utf-8"), module.name


def test_a_read_only_install_without_bytecode_uses_the_file_and_reads_the_same(
    tmp_path: Path,
) -> None:
    # As a read-only install or a container run as another user: nothing can be written beside
    # the package, and no bytecode is written anywhere.
    site = tmp_path / "site"
    shutil.copytree(PACKAGE, site / "tradefacts", ignore=shutil.ignore_patterns("__pycache__"))
    for path in sorted(site.rglob("*"), reverse=True):
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"}
    probe = (
        "import sys, tradefacts\n"
        "from tradefacts import compiled\n"
        "from tradefacts.cli import main\n"
        "sys.argv = ['tradefacts', 'diff', sys.argv[1], '--format', 'json', '--fail-on', 'never']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(tradefacts.__file__, len(compiled.compiled_here), file=sys.stderr)\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", probe, str(ROOT / "seeds")],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=True,
        )
    finally:
        for path in site.rglob("*"):
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    where, from_source = result.stderr.strip().splitlines()[-1].rsplit(" ", 1)
    assert where.startswith(str(site)) and from_source == "0"
    assert not list(site.rglob("__pycache__"))
    installed = subprocess.run(
        [sys.executable, "-m", "tradefacts", "diff", str(ROOT / "seeds"), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert json.loads(result.stdout)["documents"] == json.loads(installed.stdout)["documents"]


def test_english_patterns_fold_case_one_character_for_one() -> None:
    # Full case folding (regex's version 1 default under IGNORECASE) made every lookaround over
    # letters several times slower; English figures never need it (ß = ss).
    from tradefacts.lang import en

    case_blind = [
        r.pattern for r in (*en.RULES.rules, *en.RULES.local_rules, *en.RULES.local_fallbacks)
    ]
    assert case_blind and all(
        p.pattern.startswith("(?-f)") for p in case_blind if p.flags & regex.IGNORECASE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THREE HUNDRED TONS", ("mass", "3E+2", "t", "exact")),
        ("Twenty-Five Million Dollars", ("money", "2.5E+7", "USD", "exact")),
        ("NEARLY 5 PERCENT", ("percent", "5", "%", "nearly")),
    ],
)
def test_english_figures_read_in_any_case(text: str, expected: tuple[str, ...]) -> None:
    from tradefacts.extract import extract_text
    from tradefacts.lang import LANGS

    (claim,) = extract_text(text, LANGS["en"])
    assert (claim.kind.value, str(claim.value), claim.unit, claim.approx.value) == expected
