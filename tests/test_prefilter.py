"""Triggers derived from the patterns: a text without a trigger of a rule has no match of it, so
skipping the rule there changes nothing. Start gates: a rule scanned behind its gate finds the same
matches, with the same groups, as the rule itself."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from tradefacts.lang import LANGS
from tradefacts.prefilter import derive, derive_gate, gate_holds, holds, scanner, triggers
from tradefacts.readers import read_items
from tradefacts.text import normalize

ROOT = Path(__file__).parents[1]
RULES = [(lang, rule) for lang in ("zh", "en") for rule in LANGS[lang].rules]
FILTERED = [(lang, rule) for lang, rule in RULES if triggers(rule.pattern) is not None]


def _paragraphs() -> list[str]:
    texts = []
    for document in read_items([str(ROOT / "seeds")]):
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


# Start gates.

GATED = [(lang, rule) for lang, rule in RULES if scanner(rule.pattern) is not rule.pattern]


def _matches(
    pattern: regex.Pattern[str], text: str
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_most_english_rules_are_gated() -> None:
    english = [rule for lang, rule in RULES if lang == "en"]
    assert len([r for lang, r in GATED if lang == "en"]) > len(english) * 3 // 4


@pytest.mark.parametrize(("lang", "rule"), GATED, ids=lambda v: getattr(v, "name", v))
def test_a_gated_rule_matches_the_seeds_as_the_rule(lang: str, rule: object) -> None:
    pattern = rule.pattern  # type: ignore[attr-defined]
    gated = scanner(pattern)
    for text in PARAGRAPHS:
        assert _matches(gated, text) == _matches(pattern, text), text


def _gate_tokens() -> list[str]:
    found = set(TOKENS)
    for _, rule in GATED:
        body = derive_gate(rule.pattern) or ""
        found.update(regex.findall(r"[^\\()|?:\[\]]{1,6}", body))
    found.update({"1st", "2nd", "30th", "1990s", "'80s", "$", "€5", "3-5", "12亿", "三百", "、"})
    return sorted(t for t in found if t.strip(" "))


GATE_TOKENS = _gate_tokens()


@given(st.lists(st.sampled_from(GATE_TOKENS), min_size=1, max_size=12).map(" ".join))
def test_a_gated_rule_matches_any_text_as_the_rule(text: str) -> None:
    folded = text.casefold()
    if not gate_holds(text, folded):
        return
    assert [
        r.name for _, r in GATED if _matches(scanner(r.pattern), text) != _matches(r.pattern, text)
    ] == []


@pytest.mark.parametrize(
    ("source", "flags", "texts"),
    [
        (r"(?:about\ )?\d+\ tons", regex.VERBOSE, ["about 5 tons", "5 tons", "15 tons"]),
        (r"\b(?:nearly|over)\ \d+%", regex.IGNORECASE, ["Nearly 5%", "OVER 12%"]),
        (r"(?P<n>[一二三])(?:个|家)", 0, ["三个", "一家"]),
        (r"\d{4}年", 0, ["2019年"]),
    ],
)
def test_a_gate_lets_every_match_through(source: str, flags: int, texts: list[str]) -> None:
    pattern = regex.compile(source, flags)
    gated = scanner(pattern)
    assert gated is not pattern
    for text in texts:
        assert _matches(gated, "x " + text + " y") == _matches(pattern, "x " + text + " y") != []


@pytest.mark.parametrize(
    "source",
    [
        r"\w+ tons",  # begins with any letter: nothing to gate on
        r"(?:about )?",  # may match nothing
        r"(?i)\d+ tons",  # inline flags open the pattern: nothing may precede them
        r"[^a]\d",  # a negated class
        r"\d",  # one character: no cheaper to check twice
    ],
)
def test_no_gate_where_none_is_selective_or_possible(source: str) -> None:
    pattern = regex.compile(source)
    assert scanner(pattern) is pattern


def test_a_gate_is_caseless_only_where_the_pattern_is() -> None:
    assert "(?i:" in scanner(regex.compile(r"(?:about )?\d+ tons", regex.IGNORECASE)).pattern
    assert "(?i:" in scanner(regex.compile(r"(?:(?i:about) )?\d+ tons")).pattern
    assert "(?i:" not in scanner(regex.compile(r"(?:about )?\d+ tons")).pattern


def test_a_text_with_a_two_character_case_fold_runs_ungated() -> None:
    # Full case folding matches ß with "ss": a gate cut between the two s would refuse the match.
    pattern = regex.compile(r"\d{3}ss", regex.IGNORECASE | regex.V1)
    text = "123ß"
    assert pattern.search(text) is not None
    assert scanner(pattern).search(text) is None
    assert gate_holds(text, text.casefold()) is False
    assert gate_holds("123ss", "123ss") is True


def test_extraction_of_a_text_with_sharp_s_finds_its_figures() -> None:
    from tradefacts.extract import extract_text

    claims = extract_text("Straße: 1.2 million tons in 2019", LANGS["en"])
    assert [(c.text, c.kind.value) for c in claims] == [
        ("1.2 million tons", "mass"),
        ("2019", "year"),
    ]
