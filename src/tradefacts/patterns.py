"""A cache of compiled patterns beside the bytecode, so a cold start does not compile them again.

Stage: none (start-up of the language modules). Compiling the language patterns is most of a cold
`tradefacts diff`, and the `regex` module keeps no cache across processes. A compiled `regex`
pattern pickles as its compiled code, so loading it back skips the parser and the compiler; the
result is the same pattern (same source, flags and code), so extraction cannot change.

While `cached_compiles()` is active (around the import of the language modules), `regex.compile`
with a pattern and flags is answered from `__pycache__/tradefacts-patterns.*.pickle` when the cache
holds that exact source and flags, and compiled otherwise. The cache is written back (atomically,
with only the patterns of this run) when something was missing. It lives where Python writes
bytecode and follows the same rules: not written under `PYTHONDONTWRITEBYTECODE`, silently skipped
where the folder is not writable. Only `regex` patterns are ever unpickled from it.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import regex

_Key = tuple[str, int]
# Only what a pickled regex pattern refers to may be loaded from the cache.
_ALLOWED: Final[frozenset[tuple[str, str]]] = frozenset({("regex._regex", "compile")})


class _PatternUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a pattern")
        return super().find_class(module, name)


def cache_file(folder: Path) -> Path:
    """The cache's file: one per `regex` and Python version, whose compiled code differs."""
    version = f"{regex.__version__}-{sys.implementation.cache_tag}"
    return folder / "__pycache__" / f"tradefacts-patterns.{version}.pickle"


def _load(path: Path) -> dict[_Key, regex.Pattern[str]]:
    try:
        data = path.read_bytes()
        loaded = _PatternUnpickler(io.BytesIO(data)).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        key: value
        for key, value in loaded.items()
        if isinstance(key, tuple) and isinstance(value, regex.Pattern)
    }


def _save(path: Path, patterns: dict[_Key, regex.Pattern[str]]) -> None:
    if sys.dont_write_bytecode:
        return
    try:
        path.parent.mkdir(exist_ok=True)
        import tempfile  # only when the cache is written: it costs a cold start otherwise

        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    except OSError:
        return  # a read-only install: every start compiles, as it would without the cache
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(patterns, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


@contextlib.contextmanager
def cached_compiles(folder: Path) -> Iterator[None]:
    """Answer `regex.compile(pattern, flags)` from the cache in `folder` while active."""
    path = cache_file(folder)
    cached = _load(path)
    used: dict[_Key, regex.Pattern[str]] = {}
    compile_: Callable[..., regex.Pattern[str]] = regex.compile

    def compile_cached(pattern: Any, flags: int = 0, **options: Any) -> regex.Pattern[str]:
        if options or not isinstance(pattern, str) or not isinstance(flags, int):
            return compile_(pattern, flags, **options)
        key = (pattern, int(flags))
        found = cached.get(key)
        if found is None:
            found = compile_(pattern, flags)
        used[key] = found
        return found

    regex.compile = compile_cached  # type: ignore[assignment]
    try:
        yield
    finally:
        regex.compile = compile_  # type: ignore[assignment]
    if used.keys() != cached.keys():
        _save(path, used)
