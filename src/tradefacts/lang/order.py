"""Figures bound in order: the words that make two or more figures go one to one (DESIGN §4).

Stage: alignment data (the words of both languages, and how to find the runs they bind). Two
shapes are read, each as a run of claims in the order their places are named:

- a list bound by "respectively": figures joined only by a list joiner (、, 和, "and", a comma),
  after 分别 in the same clause of the original, before "respectively" in the same clause of the
  translation (两地分别为3.2亿元和4.5亿元, "320 million yuan and 450 million yuan respectively");
- a change from one figure to another: the figure after 从/由 and the next figure after 至/到 in
  the same clause (从3.5%升至4.2%), "from 3.5% to 4.2%" or "to 4.2% from 3.5%" (the run is
  (from, to) whichever comes first in the text).

alignment (align.py) reads a run of the original and a run of the translation of the same shape
and length whose figures it paired crosswise (the same figures, exchanged between the places) as
two figures swapped: each figure is paired with the figure of its place instead.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from tradefacts.model import Claim

# The marks that end a clause: a list and its binding word, or a change's two ends, sit in one.
CLAUSE_ENDS: Final[dict[str, str]] = {"zh": "\u3002\uff1b\uff01\uff1f;", "en": ".;!?"}


@dataclass(frozen=True, slots=True)
class _Words:
    respectively: frozenset[str]
    joiners: frozenset[str]
    change_from: frozenset[str]
    change_to: frozenset[str]


@functools.cache
def _words(lang: str) -> _Words:
    """The words of a language (its module is imported by the time a document is aligned)."""
    module = importlib.import_module(f"tradefacts.lang.{lang}")
    if lang == "zh":
        return _Words(
            module.ZH_ORDER_RESPECTIVELY_WORDS,
            module.ZH_ORDER_LIST_JOINERS,
            module.ZH_RANGE_CHANGE_FROM_WORDS,
            module.ZH_ORDER_CHANGE_TO_WORDS,
        )
    return _Words(
        module.EN_ORDER_RESPECTIVELY_WORDS,
        module.EN_ORDER_LIST_JOINERS,
        module.EN_ORDER_CHANGE_FROM_WORDS,
        module.EN_ORDER_CHANGE_TO_WORDS,
    )


# How far (in characters) the binding word may be from its list, and the two ends of a change
# from each other, within their clause; how many characters of words may stand between 从 and
# its figure (从每吨3200元).
RESPECTIVELY_REACH: Final[dict[str, int]] = {"zh": 24, "en": 60}
CHANGE_GAP: Final[dict[str, int]] = {"zh": 12, "en": 30}
FROM_REACH: Final[dict[str, int]] = {"zh": 4, "en": 0}

_WORD = re.compile(r"[A-Za-z]+")


def _clause(text: str, lang: str, start: int, end: int) -> bool:
    """Whether text[start:end] stays within one clause."""
    return not any(mark in text[start:end] for mark in CLAUSE_ENDS[lang])


def _joined(gap: str, lang: str) -> bool:
    return "".join(gap.split()) in _words(lang).joiners or (
        lang == "zh" and gap.strip() in _words(lang).joiners
    )


def _bound_by_respectively(text: str, lang: str, run: Sequence[Claim]) -> bool:
    reach = RESPECTIVELY_REACH[lang]
    if lang == "zh":
        before = max(0, run[0].start - reach)
        window = text[before : run[0].start]
        for word in _words(lang).respectively:
            at = window.rfind(word)
            if at >= 0 and _clause(text, lang, before + at, run[0].start):
                return True
        return False
    window = text[run[-1].end : run[-1].end + reach]
    for word in _words(lang).respectively:
        at = window.find(word)
        if at >= 0 and _clause(text, lang, run[-1].end, run[-1].end + at):
            return True
    return False


def respectively_lists(text: str, lang: str, claims: Sequence[Claim]) -> list[tuple[Claim, ...]]:
    """The lists of two figures or more bound to their places by "respectively", in order."""
    if not any(word in text for word in _words(lang).respectively):
        return []
    ordered = sorted((c for c in claims if not c.header), key=lambda c: c.start)
    runs: list[list[Claim]] = []
    for claim in ordered:
        if runs and _joined(text[runs[-1][-1].end : claim.start], lang):
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return [
        tuple(run)
        for run in runs
        if len(run) > 1
        and len({c.kind for c in run}) == 1
        and _bound_by_respectively(text, lang, run)
    ]


def _ends_with_word(text: str, words: frozenset[str], lang: str, reach: int) -> bool:
    if lang == "zh":
        return any(w in text[len(text) - len(w) - reach :] for w in words)
    found = _WORD.findall(text[-24:])
    return bool(found) and found[-1].lower() in words and text.rstrip().endswith(found[-1])


def changes(text: str, lang: str, claims: Sequence[Claim]) -> list[tuple[Claim, ...]]:
    """The changes from one figure to another, each as (from, to)."""
    words = _words(lang)
    froms, tos = words.change_from, words.change_to
    ordered = sorted((c for c in claims if not c.header), key=lambda c: c.start)
    found: list[tuple[Claim, ...]] = []
    for first, second in itertools.pairwise(ordered):
        gap = text[first.end : second.start]
        if len(gap) > CHANGE_GAP[lang] or not _clause(text, lang, first.end, second.start):
            continue
        if first.kind is not second.kind:
            continue
        head = text[max(0, first.start - 24) : first.start]
        if _ends_with_word(head, froms, lang, FROM_REACH[lang]) and _ends_with_word(
            gap, tos, lang, FROM_REACH[lang] if lang == "zh" else 0
        ):
            found.append((first, second))
        elif (
            lang == "en"
            and _ends_with_word(head, tos, lang, 0)
            and _ends_with_word(gap, froms, lang, 0)
        ):
            found.append((second, first))
    return found


def ordered_runs(
    text: str, lang: str, claims: Sequence[Claim]
) -> list[tuple[str, tuple[Claim, ...]]]:
    """Every run of figures bound in order, with its shape ("list" or "change")."""
    return [("list", run) for run in respectively_lists(text, lang, claims)] + [
        ("change", run) for run in changes(text, lang, claims)
    ]
