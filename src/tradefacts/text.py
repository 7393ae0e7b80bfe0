"""Offset-preserving text normalization and position helpers.

Stage: before extraction. Input: a language's text. Output: a string of the same length in which
fullwidth digits, separators and signs are their ASCII forms, so one set of patterns reads both.
Must not change the length of the text: claims report offsets into the original, and
`claim.text == source[claim.start:claim.end]` must keep holding. Never NFKC here.
"""

from __future__ import annotations

import bisect
from typing import Final

from tradefacts import compiled
from tradefacts.model import Segment, Source

# Fullwidth forms (U+FF01..U+FF5E) are ASCII shifted by 0xFEE0: digits, letters, `．`, `，`, `％`,
# `－`, `＋`, `＄`, `～`, `：`. The ideographic space becomes a plain space so `\s` patterns see it.
# Each maps one code point to one code point, which is what keeps offsets intact.
_FULLWIDTH: Final[dict[int, int]] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_EXTRA: Final[dict[int, int]] = {
    0x3000: 0x20,  # ideographic space
    0x00A0: 0x20,  # no-break space, common between a figure and its unit
    0x202F: 0x20,  # narrow no-break space, a thousands separator in some styles
    0x2009: 0x20,  # thin space, likewise
    0x2212: 0x2D,  # minus sign
    0x2013: 0x2D,  # en dash, written in ranges
    0x2014: 0x2D,  # em dash, likewise in some CJK typesetting
    0x2019: 0x27,  # right single quote, as in "China’s"
    0xFE50: 0x2C,  # small comma
    0xFF64: 0x2C,  # halfwidth ideographic comma
    # The fullwidth yen sign, the usual price sign of Chinese shop text (U+FFE5, outside the
    # shifted block above): read as the yen sign, which both languages read as the renminbi's.
    0xFFE5: 0xA5,
}
NORMALIZE_TABLE: Final[dict[int, int]] = {**_FULLWIDTH, **_EXTRA}


def normalize(text: str) -> str:
    """Map fullwidth and look-alike characters to ASCII, one code point for one.

    >>> normalize("１２亿美元，７．６％")
    '12亿美元,7.6%'
    """
    if text.isascii():
        return text  # no key of the table is ASCII
    return text.translate(NORMALIZE_TABLE)


# A figure of more than this many digits is not a claim. The largest figures of trade and
# economics (a world GDP in yuan, a national debt in won) have about 16 digits; 40 leaves room for
# any exact statement and none for a serial number, a hash, the digits of pi or hostile text.
# Hiding such a run before the patterns run keeps each pattern's work per position bounded (a
# 100,000-digit number, or 1,000,000,… without end, would otherwise be re-read from every
# position: quadratic time) and keeps Decimal arithmetic to the size of real figures.
MAX_FIGURE_DIGITS: Final[int] = 40
# One figure as the patterns read it: digits, thousands groups (comma or space), decimals. `\d`
# is any decimal digit, as in the patterns (Decimal reads them all).
_FIGURE_RE: Final = compiled.pattern(r"\d++(?:[, ]\d{3}+(?!\d))*+(?:\.\d++)?+")
# What every figure of more than `MAX_FIGURE_DIGITS` digits contains: that many digits and one
# more, at most one separator between two of them. Where it is not found, no figure is masked.
_LONG_RE: Final = compiled.pattern(rf"\d(?:[, .]?\d){{{MAX_FIGURE_DIGITS}}}")
# What an over-long figure becomes: a Latin letter, so that the guards against codes and IDs (no
# figure inside a run of letters and digits) treat its neighbours as they treated the digits.
_MASK: Final[str] = "x"


def mask_overlong_figures(text: str) -> str:
    """Replace each figure of more than `MAX_FIGURE_DIGITS` digits by as many `x` (same length).

    >>> mask_overlong_figures("1" * 41 + " t, 12 t")
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx t, 12 t'
    """
    if _LONG_RE.search(text) is None:
        return text
    pieces: list[str] = []
    last = 0
    for match in _FIGURE_RE.finditer(text):
        start, end = match.span()
        if end - start <= MAX_FIGURE_DIGITS:
            continue  # no more digits than characters
        if sum(ch.isdecimal() for ch in match.group()) <= MAX_FIGURE_DIGITS:
            continue
        pieces += (text[last:start], _MASK * (end - start))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def line_starts(text: str) -> tuple[int, ...]:
    """The offset of the first character of every line of `text`."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return tuple(starts)


def position(source: Source, starts: tuple[int, ...], offset: int) -> tuple[int, int]:
    """The 1-based (line, column) in the input file of character `offset` of a side's text."""
    if source.segments:
        segment = segment_at(source, offset)
        if segment is not None:
            return segment.line, offset - segment.start + 1
    if source.fixed_line:
        return source.line, offset + 1
    row = bisect.bisect_right(starts, offset) - 1
    column = offset - starts[row] + 1
    if row == 0:
        column += source.column - 1
    return source.line + row, column


def segment_at(source: Source, offset: int) -> Segment | None:
    """The translation-file unit that character `offset` of a side's text belongs to, if any."""
    if not source.segments:
        return None
    index = bisect.bisect_right(source.segments, offset, key=lambda s: s.start) - 1
    return source.segments[max(index, 0)]
