"""The languages tradefacts reads: language code → its rules (tables and patterns)."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from tradefacts.patterns import cached_compiles
from tradefacts.prefilter import scanner
from tradefacts.rules import LangRules

# Compiled patterns come from a cache beside the bytecode (see patterns.py): a cold start then
# loads them instead of compiling them again, the gated forms the engine scans with included.
with cached_compiles(Path(__file__).parent):
    from tradefacts.lang import en, zh

    for _rule in (*zh.RULES.rules, *en.RULES.rules):
        scanner(_rule.pattern)

LANGS: Final[dict[str, LangRules]] = {"zh": zh.RULES, "en": en.RULES}
