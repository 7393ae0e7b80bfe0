"""Hypothesis strategies: text mixing CJK, fullwidth and ASCII figures; raw bytes of inputs."""

from __future__ import annotations

from hypothesis import strategies as st

# Pieces that figures are made of, so generated text often looks like a figure and hits the
# patterns' edges: digits (both widths), separators, magnitudes, units, hedges, numeral words.
FIGURE_PIECES = [
    *"0123456789０１２３４５６７８９",
    *",.，．%％-~～ $¥",
    *"万亿千百十零一二两三四五六七八九几多余近约超逾年月日个项吨元",
    "美元",
    "瑞士法郎",
    "百分之",
    "翻一番",
    " million",
    " billion",
    " tons",
    " percent",
    " Swiss francs",
    "nearly ",
    "over ",
    "twenty-",
    "a hundred",
    "several ",
    " to ",
    "April ",
    "first ",
    " years",
    "\n",
    "\u3000",
    "\u200b",
    "\u0301",
]

figure_text = st.lists(
    st.one_of(st.sampled_from(FIGURE_PIECES), st.text(max_size=3)), max_size=40
).map("".join)
