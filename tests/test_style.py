"""House rules that the code itself must keep (STYLE §4): language knowledge lives in lang/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex

from tradefacts.lang.en import EN_NUMBER_WORDS, EN_SCALE_WORDS, EN_SMALL_SCALES

SRC = Path(__file__).parents[1] / "src" / "tradefacts"
HAN_RE = regex.compile(r"\p{Han}")
EN_WORDS_RE = regex.compile(
    r"\b(?:" + "|".join(sorted({*EN_NUMBER_WORDS, *EN_SCALE_WORDS, *EN_SMALL_SCALES})) + r")\b",
    regex.IGNORECASE,
)


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant of a module except docstrings (they may show examples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def _modules(excluded: str) -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.name != excluded or p.parent.name != "lang")


@pytest.mark.parametrize("path", _modules("zh.py"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_han_literal_outside_zh_module(path: Path) -> None:
    offending = [(line, text) for line, text in _string_literals(path) if HAN_RE.search(text)]
    assert offending == []


@pytest.mark.parametrize("path", _modules("en.py"), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_english_number_word_outside_en_module(path: Path) -> None:
    offending = [(line, text) for line, text in _string_literals(path) if EN_WORDS_RE.search(text)]
    assert offending == []
