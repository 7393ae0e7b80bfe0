"""The languages tradefacts reads: language code → its rules (tables and patterns).

A language module compiles its patterns when it is imported (about a second each, with no cache
of any kind), so `LANGS` imports it on first use: `--help`, `--version` and the readers never
pay for it. `load_all()` compiles both up front, before worker processes are forked.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Final

from tradefacts.rules import LangRules

_CODES: Final[tuple[str, ...]] = ("zh", "en")


class _Langs(Mapping[str, LangRules]):
    """Language code → its rules, each language module imported when first asked for (and its
    rules kept, since a run asks for them for every document)."""

    def __init__(self) -> None:
        self._loaded: dict[str, LangRules] = {}

    def __getitem__(self, code: str) -> LangRules:
        rules = self._loaded.get(code)
        if rules is None:
            if code not in _CODES:
                raise KeyError(code)
            rules = importlib.import_module(f"tradefacts.lang.{code}").RULES
            self._loaded[code] = rules
        return rules

    def __iter__(self) -> Iterator[str]:
        return iter(_CODES)

    def __len__(self) -> int:
        return len(_CODES)


LANGS: Final[Mapping[str, LangRules]] = _Langs()


def load_all() -> None:
    """Import (and so compile) every language now."""
    for code in _CODES:
        LANGS[code]
