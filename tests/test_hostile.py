"""Hostile text (issue 10): very long lines, 100,000-digit numbers, runs of separators, numeral
characters and number words, zero-width and combining marks inside numbers, mixed scripts,
nested brackets, megabytes of 万万万, a long line of figures. Extraction is linear by construction (one
scan for cores, every rule anchored at a core and reading a bounded window; a figure of over 40
digits is not a claim): hostile text is read, not refused, and nothing can hang.

Each case runs `tradefacts diff` in a subprocess under a wall-clock guard. The guard is a safety
net, not a timing assertion: the test asserts that the run finished with a sensible exit code and
a parseable report. Speed belongs to `make bench`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tradefacts.errors import InputError
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Document, Source
from tradefacts.pipeline import check_document
from tradefacts.text import MAX_FIGURE_DIGITS, mask_overlong_figures

# Seconds after which a run counts as hung. Far above any expected time: a safety net only.
GUARD = 240

# (zh, en) of each case; both sides get hostile text of their own script where it differs.
HOSTILE = [
    pytest.param("1" * 100_000 + "美元", "$" + "1" * 100_000, id="100k-digit-number"),
    pytest.param("１" * 100_000 + "吨", "1" * 100_000 + " tons", id="100k-fullwidth-digits"),
    pytest.param("1" + ",000" * 25_000 + "美元", "$1" + ",000" * 25_000, id="endless-groups"),
    pytest.param("3." + "1" * 100_000 + "%", "3." + "1" * 100_000 + "%", id="100k-decimals"),
    pytest.param("1," * 10_000 + "1万吨", "1," * 10_000 + "1 tons", id="comma-list"),
    pytest.param("1.1" * 10_000, "1.1" * 10_000, id="dotted-run"),
    pytest.param("万" * 100_000, "million " * 12_000, id="magnitudes"),
    pytest.param("一二三四" * 25_000, "one two three four " * 5_000, id="numeral-run"),
    pytest.param("亿万千百十" * 20_000, "hundred thousand " * 6_000, id="units-run"),
    pytest.param("三千五百" * 25_000 + "美元", "twenty-" * 14_000 + "five", id="chained-words"),
    pytest.param("1\u200b" * 20_000 + "万吨", "1\u200b" * 20_000 + " tons", id="zero-width"),
    pytest.param("1\u0301" * 20_000 + "%", "1\u0301" * 20_000 + "%", id="combining"),
    pytest.param(
        "(" * 50_000 + "1万吨" + ")" * 50_000, "(" * 50_000 + "1" + ")" * 50_000, id="brackets"
    ),
    pytest.param(
        "（" * 50_000 + "１２亿美元" + "）" * 50_000,
        "[" * 50_000 + "$12 billion",
        id="wide-brackets",
    ),
    pytest.param(
        " " * 100_000 + "1. 5万吨", " " * 100_000 + "1. 50,000 tons", id="long-blank-line"
    ),
    pytest.param("\n" * 50_000 + "5万吨", "\n" * 50_000 + "50,000 tons", id="many-lines"),
    pytest.param("近" * 50_000 + "1万吨", "nearly " * 10_000 + "10,000 tons", id="qualifiers"),
    pytest.param("第1、" * 20_000, "No. 1, " * 10_000, id="ordinals"),
    pytest.param("电话" + "1-" * 30_000, "Tel. " + "1-" * 30_000, id="phone"),
    pytest.param("3亿、" * 20_000 + "5亿美元", "$3, " * 15_000 + "$5 billion", id="long-list"),
    pytest.param("百分之" * 30_000 + "五", "percent " * 10_000, id="percent-words"),
    pytest.param("1989年" * 15_000, "in 1989, " * 10_000, id="years"),
    pytest.param(
        "增长１１．６％，Ж١٢٣𝟏ا" * 8_000, "rose 11.6%, Ж١٢٣𝟏ا " * 8_000, id="mixed-scripts"
    ),
    pytest.param("\u0660" * 100_000 + "吨", "\u0660" * 100_000 + " tons", id="arabic-digits"),
    pytest.param("x" * 300_000 + "5万吨", "y" * 300_000 + " 50,000 tons", id="one-long-word"),
    pytest.param("万" * 500_000, "million " * 12_000, id="megabytes-of-wan"),
    pytest.param(
        "近5万吨，约3亿美元，增长7.6%，" * 2_000,
        "nearly 50,000 tons, about $300 million, up 7.6%, " * 2_000,
        id="one-long-line-of-figures",
    ),
]


def _run(tmp_path: Path, zh: str, en: str) -> subprocess.CompletedProcess[str]:
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text(json.dumps({"id": "h", "zh": zh, "en": en}, ensure_ascii=False) + "\n")
    return subprocess.run(
        [sys.executable, "-m", "tradefacts", "diff", str(corpus), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=GUARD,
    )


@pytest.mark.parametrize(("zh", "en"), HOSTILE)
def test_hostile_text_finishes_with_a_report(tmp_path: Path, zh: str, en: str) -> None:
    proc = _run(tmp_path, zh, en)
    report = json.loads(proc.stdout)
    # Read, not refused: the document is checked (exit 0 or 1), or (when its figures are too many
    # to align) reported on stderr with exit 2; never a traceback.
    checked = report["summary"]["documents"] == 1 and proc.returncode in (0, 1)
    too_many = report["summary"]["documents"] == 0 and "claims" in proc.stderr
    assert (checked or too_many, "Traceback" in proc.stderr) == (True, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1" * 41, "x" * 41, id="41-digits"),
        pytest.param("1" * 40, "1" * 40, id="40-digits-kept"),
        pytest.param("1" + ",000" * 14, "x" * 57, id="groups"),
        pytest.param("1" + ",000" * 13, "1" + ",000" * 13, id="groups-kept"),
        pytest.param("0." + "3" * 40, "x" * 42, id="decimals"),
        pytest.param("1,2,3,4,5,6,7,8,9," * 5, "1,2,3,4,5,6,7,8,9," * 5, id="list-kept"),
        pytest.param("a" + "9" * 50 + "b", "a" + "x" * 50 + "b", id="inside-words"),
        pytest.param("1" + " 000" * 14, "x" * 57, id="space-groups"),
        pytest.param("\u0663" * 41, "x" * 41, id="digits-of-another-script"),
        pytest.param("12 345 678 " * 6, "12 345 678 " * 6, id="spaced-figures-kept"),
        pytest.param("7.5 " * 30, "7.5 " * 30, id="decimals-in-a-row-kept"),
    ],
)
def test_over_long_figures_are_masked_in_place(text: str, expected: str) -> None:
    assert mask_overlong_figures(text) == expected


def test_a_figure_of_over_40_digits_is_no_claim() -> None:
    claims = extract_text("1" * (MAX_FIGURE_DIGITS + 1) + "美元", LANGS["zh"])
    assert claims == ()


def test_a_figure_of_40_digits_is_still_a_claim() -> None:
    (claim,) = extract_text("1" * MAX_FIGURE_DIGITS + "美元", LANGS["zh"])
    assert claim.value == Decimal("1" * MAX_FIGURE_DIGITS)


def test_figures_beside_an_over_long_one_are_kept() -> None:
    claims = extract_text("出口5万吨，" + "9" * 100 + "，进口3万吨。", LANGS["zh"])
    assert [c.text for c in claims] == ["5万吨", "3万吨"]


def test_a_document_with_too_many_claims_to_align_is_an_input_error() -> None:
    # Thousands of figures a side (a flattened table, hostile text) would take alignment minutes.
    text = "1\u200b" * 2100
    document = Document(
        id="d",
        path="many.jsonl",
        zh=text,
        en=text,
        zh_source=Source(path="many.jsonl", line=7, fixed_line=True),
        en_source=Source(path="many.jsonl", line=7, fixed_line=True),
    )
    with pytest.raises(InputError, match=r"many\.jsonl:7: 2100 × 2100 claims"):
        check_document(document)


def test_hundreds_of_figures_a_side_are_aligned() -> None:
    # 600 identical figures a side: one dense component, matched best pair first.
    text = "1\u200b" * 600
    document = Document(
        id="d",
        path="many.jsonl",
        zh=text,
        en=text,
        zh_source=Source(path="many.jsonl"),
        en_source=Source(path="many.jsonl"),
    )
    assert check_document(document).findings == ()
