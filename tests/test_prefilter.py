"""Triggers derived from the patterns: a text without a trigger of a rule has no match of it, so
skipping the rule there changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from tradefacts.lang import LANGS
from tradefacts.prefilter import derive, holds, triggers
from tradefacts.readers import read_documents
from tradefacts.text import normalize

ROOT = Path(__file__).parents[1]
RULES = [(lang, rule) for lang in ("zh", "en") for rule in LANGS[lang].rules]
FILTERED = [(lang, rule) for lang, rule in RULES if triggers(rule.pattern) is not None]


def _paragraphs() -> list[str]:
    texts = []
    for document in read_documents([str(ROOT / "seeds")]):
        assert not isinstance(document, Exception)
        texts.extend(line for side in (document.zh, document.en) for line in side.splitlines())
    return [normalize(t) for t in texts if t.strip()]


PARAGRAPHS = _paragraphs()


def _skipped_but_matching(rule_pattern: regex.Pattern[str], texts: list[str]) -> list[str]:
    needs = triggers(rule_pattern)
    assert needs is not None
    return [t for t in texts if not holds(needs, t.casefold()) and rule_pattern.search(t)]


def test_most_rules_have_triggers() -> None:
    assert len(FILTERED) > len(RULES) // 2


@pytest.mark.parametrize(("lang", "rule"), FILTERED, ids=lambda v: getattr(v, "name", v))
def test_no_seed_paragraph_without_a_trigger_matches(lang: str, rule: object) -> None:
    assert _skipped_but_matching(rule.pattern, PARAGRAPHS) == []  # type: ignore[attr-defined]


def _tokens() -> list[str]:
    found = set()
    for _, rule in FILTERED:
        for group in triggers(rule.pattern) or ():
            for token in group:
                found.update({token, token.upper(), token.title(), token[:-1], token[1:]})
    found.update({"1", "12", "3.5", "1,200", " ", ",", "-", "the ", "of ", "and ", "%"})
    return sorted(t for t in found if t)


TOKENS = _tokens()


@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12).map("".join))
def test_no_text_without_a_trigger_matches(text: str) -> None:
    assert [r.name for _, r in FILTERED if _skipped_but_matching(r.pattern, [text])] == []


def test_triggers_of_a_table_alternation() -> None:
    pattern = regex.compile(r"(?P<num>\d+)\ ?(?P<unit>tons?|tonnes|kg)\b", regex.IGNORECASE)
    assert triggers(pattern) == (frozenset({"ton", "kg"}),)


def test_syntax_the_standard_parser_lacks_gets_no_triggers() -> None:
    assert triggers(regex.compile(r"(?:tons){e<=1}")) is None


def test_stored_triggers_are_the_derived_ones() -> None:
    assert [triggers(r.pattern) for _, r in RULES] == [derive(r.pattern) for _, r in RULES]
