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

# Hostile text (issue 10): long runs of what figures are made of, zero-width and combining marks
# inside numbers, nested brackets, scripts mixed. Runs are long enough to cross the limit of a
# figure's digits (text.MAX_FIGURE_DIGITS) and the bounds of the patterns' repetitions.
HOSTILE_UNITS = [
    "1",
    "１",
    "1,",
    ",000",
    " 000",
    "1.",
    "万",
    "一二三四",
    "亿",
    "百分之",
    "\u200b",
    "\u200d",
    "\u0301",
    "\ufeff",
    "(",
    ")",
    "（",
    "one hundred and ",
    "twenty-",
    "million ",
    "a few ",
    "No. ",
    "第",
    "、",
    "-",
    "$",
    "%",
    "\r\n",
    "\u0660",
    "𝟏",
    "ا",
    "Ж",
]
hostile_text = st.lists(
    st.tuples(st.sampled_from(HOSTILE_UNITS), st.integers(min_value=1, max_value=120)),
    max_size=6,
).map(lambda runs: "".join(unit * count for unit, count in runs))

# Article files: the separator lines and headers of the format in any order, with figure text.
ARTICLE_PIECES = [
    "<hr />\n",
    "<HR/>\r\n",
    "Original:\n",
    "Title: ",
    "Date: 1990-03-01\n",
    "### ",
    "专栏：\n",
    "\u3000\u3000",
    "\n",
    "\r",
    "\r\n",
    "\ufeff",
]
article_text = st.lists(st.one_of(st.sampled_from(ARTICLE_PIECES), figure_text), max_size=12).map(
    "".join
)
# The encodings the readers detect without being told, and those that are guessed from the bytes
# (a short text may read as another encoding: GB18030 vs Big5, UTF-16 without a BOM).
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030", "gbk", "big5", "utf-16-le"]
GUESSED = frozenset({"gb18030", "gbk", "big5", "utf-16-le"})
article_bytes = st.one_of(
    st.tuples(article_text, st.sampled_from(ENCODINGS)).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")
    ),
    st.binary(max_size=300),
)
