"""Patterns compiled when the package is built, not each time it starts.

Stage: none (support for `lang/*`). The `regex` module parses a pattern in Python: compiling the
rules of both languages from their source takes about 0.8 s of CPU, several times a whole run over
a short article. So the language modules build every pattern through `pattern(source, flags)`,
and `make patterns` (`python -m tradefacts.compiled`) compiles each of them once and stores it in
`compiled.bin` beside this module: committed with the tables and shipped in the wheel. At run
time `pattern` returns the stored pattern when its source and flags are exactly the ones asked
for and the installed `regex` is the build that compiled it, and compiles from source otherwise
(a stale or foreign file costs time, never a different match). Nothing is written at run time.
The patterns the rule dispatch builds from the rules' declarations (`extract._Dispatch`) are
stored the same way, and so is the source of each alternation of a table's surfaces
(`rules.alternation`, by its set of surfaces): building those tries in Python was most of what a
language module cost at import once its patterns were stored.

A stored pattern is the `regex` module's own pickle of a compiled pattern (its compiled code:
loading it calls the engine's constructor without parsing). Loading accepts nothing but that
constructor, and only after the file's header names the installed `regex` version and engine
(`MAGIC`, `CODE_SIZE`): code compiled for another engine is never handed to this one.
`tests/test_compiled.py` checks that the committed file holds every pattern of both languages,
that each stored pattern is what compiling its source gives today, and the fallback.
"""

from __future__ import annotations

import importlib
import io
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import regex

# The engine (C): its MAGIC and CODE_SIZE name the format of compiled code; its `compile` is what
# a pattern's pickle calls. Not in the type stubs, so typed as Any.
_regex: Any = importlib.import_module("regex._regex")

FILE: Final[Path] = Path(__file__).with_name("compiled.bin")
FORMAT: Final[int] = 3

_Key = tuple[str, int]
# The source of an alternation of surfaces (`rules.alternation`), by its set of surfaces: building
# the trie of a long table in Python is most of what a language module costs at import besides
# loading its patterns, and the source is needed only to find the stored pattern.
_Surfaces = frozenset[str]


def engine() -> dict[str, Any]:
    """What a stored pattern must have been compiled by to be loaded into this process."""
    return {
        "format": FORMAT,
        "regex": regex.__version__,
        "magic": _regex.MAGIC,
        "code_size": _regex.CODE_SIZE,
        "default_version": int(regex.DEFAULT_VERSION),
    }


class _Patterns(pickle.Unpickler):
    """Unpickles stored patterns: the engine's constructor and plain data, nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return _regex.compile
        raise pickle.UnpicklingError(f"{FILE.name}: unexpected {module}.{name}")


class _Header(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{FILE.name}: unexpected {module}.{name}")


def _read(path: Path) -> tuple[dict[_Key, bytes], dict[_Surfaces, str]]:
    """The pickle of each stored pattern (not yet loaded) and the alternation sources of `path`,
    or none when it is missing, unreadable or compiled by another build of `regex`."""
    try:
        header, body = _Header(io.BytesIO(path.read_bytes())).load()
        if header != engine():
            return {}, {}
        stored, sources = _Header(io.BytesIO(body)).load()
        if not isinstance(stored, dict) or not isinstance(sources, dict):
            return {}, {}
    except (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError):
        return {}, {}
    return stored, sources


def _unpickle(data: bytes) -> regex.Pattern[str] | None:
    """One stored pattern: the engine's constructor called on its compiled code, or None where
    the pickle names anything else."""
    try:
        made = _Patterns(io.BytesIO(data)).load()
    except (pickle.UnpicklingError, ValueError, TypeError, EOFError):
        return None
    return made if isinstance(made, regex.Pattern) else None


def _load_all(path: Path) -> tuple[dict[_Key, regex.Pattern[str]], dict[_Surfaces, str]]:
    """Every stored pattern of `path`, loaded, and its alternation sources; none when the file
    is missing, unreadable, compiled by another build of `regex` or holds anything but
    patterns."""
    stored, sources = _read(path)
    loaded = {key: _unpickle(data) for key, data in stored.items()}
    if any(made is None for made in loaded.values()):
        return {}, {}
    return {key: made for key, made in loaded.items() if made is not None}, sources


def _load(path: Path) -> dict[_Key, regex.Pattern[str]]:
    """The stored patterns of `path` (see `_load_all`)."""
    return _load_all(path)[0]


# The pickle of each stored pattern, loaded when the pattern is first asked for: a start that
# reads no text (--help, --version) loads only the few patterns its modules build.
_stored: dict[_Key, bytes] | None = None
_sources: dict[_Surfaces, str] | None = None
_loaded: dict[_Key, regex.Pattern[str]] = {}
# Sources compiled from source in this process (missing from the file, or the file not loaded),
# and, while `make patterns` records, every pattern asked for.
compiled_here: list[_Key] = []
# Alternations built in this process (not stored, or the file not loaded), likewise.
built_here: list[_Surfaces] = []
_recording: dict[_Key, regex.Pattern[str]] | None = None
_recording_sources: dict[_Surfaces, str] | None = None
# Every pattern asked for in this process, in order: the engine's own modules (readers, text,
# extract) build theirs when the package is imported, before `record` can start.
_asked: dict[_Key, None] = {}


def _ensure_loaded() -> None:
    global _stored, _sources
    if _stored is None:
        _stored, _sources = _read(FILE)


def pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, from the stored patterns when they hold it."""
    key = (source, int(flags))
    _asked[key] = None
    if _recording is None:
        _ensure_loaded()
        assert _stored is not None
        found = _loaded.get(key)
        if found is not None:
            return found
        # Taken out of the file's table once loaded: the pickle is not held beside its pattern.
        data = _stored.pop(key, None)
        found = _unpickle(data) if data is not None else None
        if found is not None:
            _loaded[key] = found
            return found
    compiled_here.append(key)
    made = regex.compile(source, flags, cache_pattern=False)
    if _recording is not None:
        _recording[key] = made
    return made


def alternation(surfaces: _Surfaces, build: Callable[[_Surfaces], str]) -> str:
    """`build(surfaces)`, the source of an alternation, from the stored sources when they hold
    it (the same set of surfaces gives the same source)."""
    if _recording_sources is None:
        _ensure_loaded()
        assert _sources is not None
        found = _sources.get(surfaces)
        if found is not None:
            return found
    built_here.append(surfaces)
    made = build(surfaces)
    if _recording_sources is not None:
        _recording_sources[surfaces] = made
    return made


Recorded = tuple[dict[_Key, regex.Pattern[str]], dict[_Surfaces, str]]


def record() -> Recorded:
    """Every pattern the package builds (its language modules, their dispatch, and the engine's
    modules imported with the package), compiled from source in this process, and every
    alternation source the language modules build.

    Must run before any language module is imported (a fresh process): a module builds its
    patterns once, at import."""
    global _recording, _recording_sources
    if "tradefacts.lang.zh" in sys.modules or "tradefacts.lang.en" in sys.modules:
        raise RuntimeError("record() needs a process where no language module is imported yet")
    _recording, _recording_sources = {}, {}
    try:
        from tradefacts.extract import dispatch_patterns
        from tradefacts.lang import LANGS

        for lang in LANGS:
            dispatch_patterns(LANGS[lang])
        import tradefacts.readers  # noqa: F401  (imported with the package; named for clarity)

        patterns = dict(_recording)
        for source, flags in _asked:
            if (source, flags) not in patterns:
                patterns[source, flags] = regex.compile(source, flags, cache_pattern=False)
        return patterns, dict(_recording_sources)
    finally:
        _recording, _recording_sources = None, None


def dump(recorded: Recorded) -> bytes:
    """The file's bytes: a header naming the engine, then the pickle of the patterns (sorted by
    key, each pickled on its own so that it is loaded only when asked for) and of the alternation
    sources. Not compressed: inflating it cost a start more than reading it.

    Not byte-for-byte reproducible: `regex` compiles some choices in an order that varies from
    process to process (matching alike). So a file is current when it holds the same keys for
    the same engine (`stale`), not when its bytes are equal."""
    patterns, sources = recorded
    ordered = dict(sorted(sources.items(), key=lambda item: sorted(item[0])))
    each = {key: pickle.dumps(made, protocol=5) for key, made in sorted(patterns.items())}
    body = pickle.dumps((each, ordered), protocol=5)
    return pickle.dumps((engine(), body), protocol=5)


def stale(path: Path, wanted: Recorded) -> list[str]:
    """What `path` lacks or holds in excess against `wanted` (empty: current)."""
    stored, sources = _load_all(path)
    if not stored:
        return [f"{path.name}: missing, unreadable or compiled by another build of regex"]
    patterns, alternations = wanted
    missing = [f"missing: {k[0].strip()[:70]!r}" for k in patterns if k not in stored]
    extra = [f"no longer built: {k[0].strip()[:70]!r}" for k in stored if k not in patterns]
    changed = [
        f"alternation missing or changed: {source[:70]!r}"
        for surfaces, source in alternations.items()
        if sources.get(surfaces) != source
    ]
    unused = [
        f"alternation no longer built: {source[:70]!r}"
        for surfaces, source in sources.items()
        if surfaces not in alternations
    ]
    return missing + extra + changed + unused


FACTORS_FILE: Final[Path] = Path(__file__).with_name("unit_factors.py")


def main(argv: list[str] | None = None) -> int:
    """`make patterns`: rewrite `compiled.bin` (the compiled patterns of the language modules) and
    `unit_factors.py` (the factors of their units, see units.py) when they are not current; with
    `--check`, only say whether they are (exit 1 if not)."""
    from tradefacts import units

    args = sys.argv[1:] if argv is None else argv
    wanted = record()
    problems = stale(FILE, wanted)
    factors = units.factors_module()
    factors_current = FACTORS_FILE.exists() and FACTORS_FILE.read_text("utf-8") == factors
    if "--check" in args:
        for line in problems[:20]:
            print(line)
        print(f"{FILE.name}: {'stale: run make patterns' if problems else 'up to date'}")
        state = "up to date" if factors_current else "stale: run make patterns"
        print(f"{FACTORS_FILE.name}: {state}")
        return 1 if problems or not factors_current else 0
    if problems:
        data = dump(wanted)
        FILE.write_bytes(data)
        print(f"{FILE.name}: written ({len(wanted[0])} patterns, {len(data):,} bytes)")
    else:
        print(f"{FILE.name}: up to date ({len(wanted[0])} patterns)")
    if not factors_current:
        FACTORS_FILE.write_text(factors, "utf-8")
    print(f"{FACTORS_FILE.name}: {'up to date' if factors_current else 'written'}")
    return 0


if __name__ == "__main__":
    # Run as a script this file is `__main__`, a second copy: record through the module that the
    # language modules import.
    from tradefacts.compiled import main as _main

    raise SystemExit(_main())
