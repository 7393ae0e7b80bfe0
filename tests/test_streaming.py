"""The reader streams a text: starts come out in text order once no later core can add to them,
and the overlap policy runs one cluster of overlapping matches at a time. Both must give exactly
what the whole-text forms give (every start at once; the policy over all matches of the text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradefacts import extract
from tradefacts.extract import (
    _BUILDERS,
    _anchored_matches,
    _ordered_starts,
    _span,
    find_spans,
)
from tradefacts.lang import LANGS
from tradefacts.text import mask_overlong_figures, normalize

ROOT = Path(__file__).parents[1]

# Texts where starts crowd (prefix words before cores, lists stating their unit once, ranges,
# qualifiers run together), written for this test, and repeated so clusters follow each other.
TEXTS = [
    ("zh", "近约超过3亿、5亿、7亿美元，不足两成，约合四五千万元至六千万元，" * 40),
    ("zh", "2019年6月3日上午9点半，零下18℃，4至8英寸，3～5万吨，第二十三条一、（3）" * 40),
    ("en", "nearly about more than 3, 5 and 7 million dollars, between 30 and 35 tons; " * 40),
    ("en", "On June 9, 2019 at 9:30 a.m., minus 5 °C, 12 km/h, up 7.6% to $1.2 billion. " * 40),
]


def _whole_text_policy(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The overlap policy over every match of the text at once (what the clusters must equal)."""
    rules = LANGS[lang]
    normalized = mask_overlong_figures(normalize(text))
    found = sorted(_anchored_matches(normalized, rules))
    occupied = bytearray(len(text) + 1)
    taken = []
    for _, _, start, end, rule, match in found:
        if any(occupied[start:end]):
            continue
        if _BUILDERS[rule.build](match.groupdict(), rules, rule) is None:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((start, end, rule.name, _span(match, "num")))
    return sorted(taken)


def _texts() -> list[tuple[str, str]]:
    seeds = []
    for path in sorted(ROOT.glob("seeds/*.txt")):
        body = path.read_text(encoding="utf-8")
        seeds.append(("zh", body))
        seeds.append(("en", body))
    return TEXTS + seeds


@pytest.mark.parametrize(("lang", "text"), _texts())
def test_clusters_take_what_the_whole_text_policy_takes(lang: str, text: str) -> None:
    streamed = [(c.start, c.end, c.rule.name, c.num_span) for c in find_spans(text, LANGS[lang])]
    assert streamed == _whole_text_policy(text, lang)
    assert streamed  # the texts do have claims


@pytest.mark.parametrize(("lang", "text"), _texts())
def test_starts_come_out_in_text_order_as_if_the_whole_text_were_held(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = LANGS[lang]
    assert rules.cores is not None
    normalized = mask_overlong_figures(normalize(text))
    streamed = list(_ordered_starts(normalized, rules, rules.cores))
    monkeypatch.setattr(extract, "_horizon", lambda longest: len(text) + 1)
    held = list(_ordered_starts(normalized, rules, rules.cores))
    assert streamed == held  # the same starts, windows and heads: nothing given out too early
    begins = [begin for begin, _ in streamed]
    assert begins == sorted(set(begins))
    assert len(begins) > 10
