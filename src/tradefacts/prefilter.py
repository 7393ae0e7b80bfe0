"""Triggers: strings one of which a text must contain for a pattern to match in it at all.

Stage: claims (an accelerator of `extract.py`; it never decides what a claim is). Input: a compiled
pattern. Output: its triggers, derived from the pattern itself, so they follow the language tables
the pattern was built from (a money pattern cannot match where no currency surface occurs, a date
pattern where no month does). `extract.py` skips a rule over a text that holds none of its
triggers, which saves the regex scan and cannot change a result: every match contains one.

Derivation: the pattern is parsed with the standard library's parser (the syntax the two modules
share) and walked: a literal requires itself, a sequence requires what any of its parts requires
(consecutive literals combine into words), an alternation the union of what its branches require,
a repetition of at least one what its body requires, a lookaround's content must be in the text
too. Everything else requires nothing. A pattern that uses syntax only `regex` has (fuzzy matching,
set operations, `\\p{…}`, branch reset, recursion) gets no triggers and always runs. Texts and
triggers are compared case-folded, which can only let more texts through.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import importlib
import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Final

import regex

_MAX_STRINGS: Final[int] = 256  # a larger set is no cheaper than the scan it would save
_MAX_RANGE: Final[int] = 32  # characters of a class spelled out as strings
# Syntax whose meaning differs between `regex` and the standard parser, or that it lacks: a brace
# that is not a counted repetition (fuzzy matching), nested or combined sets, POSIX classes.
_UNSHARED_RE: Final = re.compile(r"(?<!\\)\{(?![\d,])|\[\[|--|&&|~~|\|\||\(\?\||\(\?&|\(\?R")
_NAMED_RE: Final = re.compile(r"\(\?P<(\w+)>")

# The standard library's regex parser (stable in substance since Python 3.11, private in name);
# without it every pattern simply runs.
_p: Any = importlib.util.find_spec("re._parser") and importlib.import_module("re._parser")
_c: Any = _p and importlib.import_module("re._constants")
# Sets of triggers checked for one rule: each must be met.
_MAX_SETS: Final[int] = 3


Triggers = tuple[frozenset[str], ...]
# Bump when the derivation changes: cached triggers of an older derivation are not read.
DERIVATION: Final[int] = 1


@functools.cache
def triggers(pattern: regex.Pattern[str]) -> Triggers | None:
    """Sets of case-folded strings: a text the pattern matches in holds one of each set.

    Derived once per pattern and kept beside the bytecode (like the compiled patterns), since
    deriving them for every rule would cost a cold start as much as importing does.

    >>> triggers(regex.compile(r"(?P<num>\\d+)\\s*(?:tons?|tonnes)"))
    (frozenset({'ton'}),)
    """
    key = hashlib.sha256(f"{DERIVATION}\0{pattern.flags}\0{pattern.pattern}".encode()).hexdigest()
    stored = _stored()
    if key in stored:
        entry = stored[key]
        return None if entry is None else tuple(frozenset(group) for group in entry)
    found = derive(pattern)
    stored[key] = None if found is None else [sorted(group) for group in found]
    _store_at_exit()
    return found


def derive(pattern: regex.Pattern[str]) -> Triggers | None:
    """The triggers of a pattern, derived from its source (see the module docstring)."""
    verbose = bool(pattern.flags & regex.VERBOSE)
    source = _widen_properties(pattern.pattern, verbose)
    if _p is None or _UNSHARED_RE.search(source) or "(?P=" in source:
        return None
    source = _unname_repeats(source)
    flags = re.VERBOSE if verbose else 0
    try:
        parsed = _p.parse(source, flags)
    except (re.error, OverflowError, RecursionError):
        return None
    sets = list({_minimal(frozenset(x.casefold() for x in f)) for f in _all(list(parsed))})
    sets.sort(key=lambda found: (_score(found), sorted(found)), reverse=True)
    return tuple(sets[:_MAX_SETS]) or None


@functools.cache
def _stored() -> dict[str, list[list[str]] | None]:
    try:
        loaded = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _cache_path() -> Path:
    tag = sys.implementation.cache_tag
    return Path(__file__).parent / "__pycache__" / f"tradefacts-triggers.{tag}.json"


@functools.cache
def _store_at_exit() -> None:
    if not sys.dont_write_bytecode:
        atexit.register(_store)


def _store() -> None:
    path = _cache_path()
    try:
        path.parent.mkdir(exist_ok=True)
        import tempfile  # only when the cache is written: it costs a cold start otherwise

        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".triggers-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(_stored(), out)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _unname_repeats(source: str) -> str:
    """`regex` allows a group name twice (in alternatives); the standard parser does not."""
    seen: set[str] = set()

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in seen:
            return "(?:"
        seen.add(name)
        return match.group(0)

    return _NAMED_RE.sub(rename, source)


def _widen_properties(source: str, verbose: bool) -> str:
    """`\\p{…}`/`\\P{…}` (which the standard parser lacks) as any character: more matches, so
    what the widened pattern requires, the pattern requires too."""
    out: list[str] = []
    index, in_class, size = 0, False, len(source)
    while index < size:
        char = source[index]
        if char == "\\" and index + 1 < size:
            if source[index + 1] in "pP" and index + 2 < size and source[index + 2] == "{":
                close = source.find("}", index + 3)
                if close < 0:
                    return source
                out.append("\\s\\S" if in_class else "[\\s\\S]")
                index = close + 1
                continue
            out.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]" or source[index - 1] == "["
        elif char == "[":
            in_class = True
            if source.startswith("[^]", index) or source.startswith("[]", index):
                out.append(source[index : index + (3 if source[index + 1] == "^" else 2)])
                index += 3 if source[index + 1] == "^" else 2
                continue
        elif char == "#" and verbose:
            end = source.find("\n", index)
            end = size if end < 0 else end
            out.append(source[index:end])
            index = end
            continue
        out.append(char)
        index += 1
    return "".join(out)


def holds(sets: tuple[frozenset[str], ...], folded: str) -> bool:
    """Whether a case-folded text holds a trigger of every set."""
    return all(any(t in folded for t in found) for found in sets)


def _score(found: frozenset[str] | set[str]) -> tuple[int, int]:
    return min(map(len, found)), -len(found)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop a string that contains another: where it occurs, the shorter one does too."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _all(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """Every requirement of a sequence of items: its parts' and its literal runs'."""
    found: list[set[str]] = []
    run: set[str] = {""}
    for op, av in items:
        exact = _exact_item(op, av)
        joined = _product(run, exact) if exact is not None else None
        if joined is None:
            found.extend(s for s in [_usable(run)] if s is not None)
            run = {""} if exact is None else exact
        else:
            run = joined
        item = _required_item(op, av)
        if item is not None:
            found.append(item)
    found.extend(s for s in [_usable(run)] if s is not None)
    return found


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective requirement of a sequence of items."""
    found = _all(items)
    return max(found, key=_score) if found else None


def _usable(found: set[str] | None) -> set[str] | None:
    if not found or "" in found or len(found) > _MAX_STRINGS:
        return None
    return found


def _product(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return {a + b for a in left for b in right}


def _required_item(op: Any, av: Any) -> set[str] | None:
    if op in (_c.SUBPATTERN,):
        return _required(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _required(list(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _required(list(branch))
            if found is None:
                return None
            union |= found
            if len(union) > _MAX_STRINGS:
                return None
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = av
        return _required(list(body)) if low >= 1 else None
    if op is _c.ASSERT:
        return _required(list(av[1]))
    return _usable(_exact_item(op, av))


def _exact_item(op: Any, av: Any) -> set[str] | None:
    """The strings an item matches, when they are few; zero-width items match the empty one."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None  # a negation, a category, a wide range
        return chars
    if op is _c.SUBPATTERN:
        return _exact(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _exact(list(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _exact(list(branch))
            if found is None:
                return None
            union |= found
        return union if len(union) <= _MAX_STRINGS else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _exact(list(body))
        if inner is None or high - low > 2 or high > 4:
            return None
        strings: set[str] = set()
        for count in range(low, high + 1):
            step: set[str] | None = {""}
            for _ in range(count):
                step = _product(step, inner) if step is not None else None
            if step is None:
                return None
            strings |= step
        return strings if len(strings) <= _MAX_STRINGS else None
    return None


def _exact(items: list[tuple[Any, Any]]) -> set[str] | None:
    result: set[str] | None = {""}
    for op, av in items:
        found = _exact_item(op, av)
        if found is None or result is None:
            return None
        result = _product(result, found)
    return result
