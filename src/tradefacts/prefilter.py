"""Triggers and start gates: what a text must hold for a pattern to match, and where.

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

Start gates: the same parse gives what a match can begin with, its first few characters (up to
four; a leading word boundary kept; zero-width items such as lookbehinds passed over; a class kept
as one). `scanner()` puts them in front of the pattern as a lookahead, so the engine tries the
whole pattern only where a figure, a qualifier or a month can begin instead of at every character
(most of the cost of a scan: a pattern that opens on optional words and lookbehinds cannot be
searched for). The lookahead holds wherever the pattern matches, so matches, spans and groups stay
the same. No gate where it would not be selective: a start of fewer than two characters, one
that may be empty, a pattern that already opens on a literal character.
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
DERIVATION: Final[int] = 2
# Start strings of a gate: more are no cheaper to check than the pattern itself.
_MAX_STARTS: Final[int] = 400
# Characters of each start string a gate checks (it falls back to `_MIN_DEPTH` when the strings
# of this length are too many; below that, no gate).
_DEPTH: Final[int] = 4
_MIN_DEPTH: Final[int] = 2


@functools.cache
def triggers(pattern: regex.Pattern[str]) -> Triggers | None:
    """Sets of case-folded strings: a text the pattern matches in holds one of each set.

    Derived once per pattern and kept beside the bytecode (like the compiled patterns), since
    deriving them for every rule would cost a cold start as much as importing does.

    >>> triggers(regex.compile(r"(?P<num>\\d+)\\s*(?:tons?|tonnes)"))[0]
    frozenset({'ton'})
    """
    key = _key(pattern)
    stored = _stored()
    if key in stored:
        entry = stored[key]
        return None if entry is None else tuple(frozenset(group) for group in entry)
    found = derive(pattern)
    stored[key] = None if found is None else [sorted(group) for group in found]
    _store_at_exit()
    return found


def _key(pattern: regex.Pattern[str]) -> str:
    """A pattern's key in the store of derivations (its source and flags, and the derivation)."""
    return hashlib.sha256(f"{DERIVATION}\0{pattern.flags}\0{pattern.pattern}".encode()).hexdigest()


def derive(pattern: regex.Pattern[str]) -> Triggers | None:
    """The triggers of a pattern, derived from its source (see the module docstring)."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    sets = list({_minimal(frozenset(x.casefold() for x in f)) for f in _all(list(parsed))})
    sets.sort(key=lambda found: (_score(found), sorted(found)), reverse=True)
    return tuple(sets[:_MAX_SETS]) or None


@functools.cache
def scanner(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """`pattern` behind its start gate (see the module docstring), or itself when it has none.

    Matches, spans and groups are those of `pattern` on a text whose case folding keeps its
    length (`gate_holds`); only the positions tried differ.

    >>> scanner(regex.compile(r"(?:about )?\\d+ tons")).pattern
    '(?=(?:\\\\d(?:\\\\ to|\\\\d(?:\\\\ t|\\\\d[\\\\ \\\\d]))|abou))(?:(?:about )?\\\\d+ tons)'
    """
    source = pattern.pattern
    if _FLAG_GROUP_RE.match(source.lstrip()):
        return pattern  # inline flags must open the pattern: nothing may go before them
    body = _gate(pattern)
    if body is None:
        return pattern
    end = "\n)" if pattern.flags & regex.VERBOSE else ")"
    if pattern.flags & regex.IGNORECASE or _CASELESS_RE.search(source):
        body = f"(?i:{body})"  # as caseless as any part of the pattern
    return regex.compile(f"(?={body})(?:{source}{end}", pattern.flags)


def gate_holds(normalized: str, folded: str) -> bool:
    """Whether the gates may be used on a text: its case folding maps each character to one.

    Full case folding matches one character with two (ß with "ss", ﬁ with "fi"); a gate that
    stops between the two would refuse a match the pattern makes, so such a text runs ungated.
    """
    return len(folded) == len(normalized)


def _gate(pattern: regex.Pattern[str]) -> str | None:
    key = "gate:" + _key(pattern)
    stored = _stored()
    if key in stored:
        entry = stored[key]
        return entry if isinstance(entry, str) else None
    found = derive_gate(pattern)
    stored[key] = found
    _store_at_exit()
    return found


def derive_gate(pattern: regex.Pattern[str]) -> str | None:
    """The lookahead body that every match of `pattern` satisfies where it starts, or None."""
    parsed = _parse(pattern)
    if parsed is None or not len(parsed) or parsed[0][0] in (_c.LITERAL, _c.IN):
        return None  # a pattern that opens on a character the engine already seeks quickly
    for depth in range(_DEPTH, _MIN_DEPTH - 1, -1):
        starts = _starts(list(parsed), depth)
        if starts is None:
            continue
        if any(_length(atoms) == 0 for atoms, _ in starts):
            return None  # a match may begin with nothing known (or be empty)
        if any(_length(atoms) < _MIN_DEPTH and not whole for atoms, whole in starts):
            return None  # a start known this short is no cheaper to check than the pattern
        return _render({atoms for atoms, _ in starts})
    return None


# A start string is a tuple of atoms, each the regex source of one character (escaped), of a class
# (`[...]`, digits as `_DIGIT`) or `_BOUNDARY` (\b, zero-width).
_DIGIT: Final = "\\d"
_BOUNDARY: Final = "\\b"
_Atoms = tuple[str, ...]
# Start strings, each with whether the items it spells out were matched whole (so what follows
# them may extend it) or the string stopped at the depth.
_Starts = set[tuple[_Atoms, bool]]
_CLASS_ITEM_RE: Final = re.compile(r"\\.|.", re.DOTALL)  # one character of a class's inside
_CASELESS_RE: Final = re.compile(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)-]")  # an inline (?i) or (?i:
_FLAG_GROUP_RE: Final = re.compile(r"\(\?[a-zA-Z]+\)")


def _parse(pattern: regex.Pattern[str]) -> Any:
    verbose = bool(pattern.flags & regex.VERBOSE)
    source = _widen_properties(pattern.pattern, verbose)
    if _p is None or _UNSHARED_RE.search(source) or "(?P=" in source:
        return None
    source = _unname_repeats(source)
    try:
        return _p.parse(source, re.VERBOSE if verbose else 0)
    except (re.error, OverflowError, RecursionError):
        return None


def _length(atoms: _Atoms) -> int:
    return len(atoms) - atoms.count(_BOUNDARY)


def _inside(atom: str) -> str | None:
    """What a class needs inside to match what `atom` matches, if it matches one character."""
    if atom == _BOUNDARY:
        return None
    return atom[1:-1] if atom.startswith("[") and len(atom) > 1 else atom


@functools.cache
def _class_items(atom: str) -> frozenset[str]:
    """The characters (escaped) a class made to match `atom` holds."""
    return frozenset(_CLASS_ITEM_RE.findall(_inside(atom) or ""))


def _compact(starts: _Starts) -> _Starts:
    """Strings that differ only in their last atom, one character each, become one string that
    ends in a class (`一个`, `一家` → `一[个家]`): the same texts, far fewer strings."""
    groups: dict[tuple[_Atoms, bool], list[_Atoms]] = {}
    out: _Starts = set()
    for atoms, whole in starts:
        if atoms and _inside(atoms[-1]) is not None:
            groups.setdefault((atoms[:-1], whole), []).append(atoms)
        else:
            out.add((atoms, whole))
    for (head, whole), members in groups.items():
        if len(members) == 1:
            out.add((members[0], whole))
            continue
        chars = set().union(*(_class_items(atoms[-1]) for atoms in members))
        out.add(((*head, "[" + "".join(sorted(chars)) + "]"), whole))
    return out


def _shrink(starts: _Starts) -> _Starts | None:
    """At most `_MAX_STARTS` strings: merged into classes, then the longest cut by a character
    until they fit (a cut string promises less, so the gate lets more through, never fewer)."""
    while len(starts) > _MAX_STARTS:
        starts = _compact(starts)
        if len(starts) <= _MAX_STARTS:
            break
        longest = max(_length(atoms) for atoms, _ in starts)
        if longest <= 1:
            return None
        starts = {
            (atoms[:-1], False) if _length(atoms) == longest else (atoms, whole)
            for atoms, whole in starts
        }
    return starts


def _then(left: _Starts, right: _Starts, depth: int) -> _Starts | None:
    """Start strings of `left` followed by `right`, cut at `depth` characters."""
    out: _Starts = set()
    for atoms, whole in left:
        if not whole:
            out.add((atoms, False))
            continue
        for more, more_whole in right:
            joined = atoms + more
            if _length(joined) >= depth:
                cut, size = [], 0
                for atom in joined:
                    if size >= depth:
                        break
                    cut.append(atom)
                    size += atom != _BOUNDARY
                out.add((tuple(cut), False))
            else:
                out.add((joined, more_whole))
        if len(out) > 16 * _MAX_STARTS:  # shrink on the way only when far over (it is costly)
            shrunk = _shrink(out)
            if shrunk is None:
                return None
            out = shrunk
    return _shrink(out)


def _starts(items: list[tuple[Any, Any]], depth: int) -> _Starts | None:
    """The start strings of a sequence of items, or None when they cannot be listed."""
    found: _Starts = {((), True)}
    for op, av in items:
        if all(not whole for _, whole in found):
            break
        step = _item_starts(op, av, depth)
        if step is None:
            return None
        joined = _then(found, step, depth)
        if joined is None:
            return None
        found = joined
    return found


def _item_starts(op: Any, av: Any, depth: int) -> _Starts | None:
    if op is _c.LITERAL:
        return {((re.escape(chr(av)),), True)}
    if op is _c.AT:
        # A word boundary is kept (it is cheap and selective); other anchors are passed over.
        return {((_BOUNDARY,), True)} if av is _c.AT_BOUNDARY else {((), True)}
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return {((), True)}  # zero-width: what it asserts is left to the pattern
    if op is _c.IN:
        # One string per character (a trie of literals is what the engine checks fastest); where
        # that makes too many, `_compact` folds them back into classes.
        out: _Starts = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                out.add(((re.escape(chr(value)),), True))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_RANGE:
                out.update(((re.escape(chr(c)),), True) for c in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                out.add(((_DIGIT,), True))
            else:
                return None  # a negation, another category, a wide range
        return out
    if op is _c.SUBPATTERN:
        return _starts(list(av[3]), depth)
    if op is _c.ATOMIC_GROUP:
        return _starts(list(av), depth)
    if op in (_c.BRANCH, _c.GROUPREF_EXISTS):
        branches = av[1] if op is _c.BRANCH else [av[1], av[2] or []]
        union: _Starts = set()
        for branch in branches:
            found = _starts(list(branch), depth)
            if found is None:
                return None
            union |= found
            if len(union) > _MAX_STARTS:
                shrunk = _shrink(union)
                if shrunk is None:
                    return None
                union = shrunk
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _starts(list(body), depth)
        if inner is None:
            return None
        # Each repetition that consumes adds a character, so `depth` more than the minimum are
        # enough; after the last one listed, a body that may be empty could repeat on, so those
        # strings are marked as cut (nothing known follows them).
        last = min(high, low + depth + 1)
        current: _Starts | None = {((), True)}
        result: _Starts = set()
        for count in range(last + 1):
            if current is None:
                return None
            if count == last and high > last:
                current = {(atoms, False) for atoms, _ in current}
            if count >= low:
                result |= current
            if count < last:
                current = _then(current, inner, depth)
        return _shrink(result)
    return None  # any character, a back reference, a class of all letters: unknown


def _render(strings: set[_Atoms]) -> str:
    """A trie of the start strings as a regex; characters that end a branch form one class."""
    trie: dict[str, Any] = {}
    for atoms in sorted(strings):
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict[str, Any]) -> str:
    parts: list[str] = []
    ends: list[str] = []
    for atom, child in node.items():
        if not atom:
            continue
        if set(child) == {""} and atom != _BOUNDARY:
            ends.append(atom)
        else:
            parts.append(atom + _branch(child))
    if len(ends) == 1:
        parts.append(ends[0])
    elif ends:
        # Strings that end here in one character (or class) each: one class of them all.
        chars = set().union(*(_class_items(end) for end in ends))
        parts.append("[" + "".join(sorted(chars)) + "]")
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    return "(?:" + "|".join(parts) + ("|)" if "" in node else ")")


@functools.cache
def _stored() -> dict[str, list[list[str]] | str | None]:
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
    contains = folded.__contains__
    return all(any(map(contains, found)) for found in sets)


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
