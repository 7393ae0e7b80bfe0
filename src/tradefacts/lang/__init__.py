"""The languages tradefacts reads: language code → its rules (tables and patterns)."""

from __future__ import annotations

from typing import Final

from tradefacts.lang import en, zh
from tradefacts.rules import LangRules

LANGS: Final[dict[str, LangRules]] = {"zh": zh.RULES, "en": en.RULES}
