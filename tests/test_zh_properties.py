"""Properties of the zh side: integers written in Chinese numerals or fullwidth digits read back
exactly, and any text extracts without raising with every claim's span exact.

The writers here are test-side code, independent of the parser: they follow the rules of written
Chinese numerals (零 for a gap, 十五 rather than 一十五 at the head, 两 before 百 千 万 亿).
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import claims_of
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.lang.zh import ZH_NUMERALS
from tradefacts.numerals import parse_number

_DIGIT_CHARS = "零一二三四五六七八九"
_SECTION_UNITS = ("千", "百", "十", "")


def write_section(n: int, *, head: bool, liang: bool) -> str:
    """0 < n < 10000 in characters; `head` when nothing is written before it (十五, not 一十五)."""
    digits = (n // 1000, n // 100 % 10, n // 10 % 10, n % 10)
    out, gap, started = "", False, False
    for digit, unit in zip(digits, _SECTION_UNITS, strict=True):
        if digit == 0:
            gap = gap or started
            continue
        if gap:
            out += "零"
            gap = False
        if digit == 1 and unit == "十" and head and not started:
            char = ""
        elif digit == 2 and liang and unit in ("千", "百"):
            char = "两"
        else:
            char = _DIGIT_CHARS[digit]
        out += char + unit
        started = True
    return out


def write_zh(n: int, *, liang: bool = False) -> str:
    """0 <= n < 10^12 in Chinese numerals: 亿 and 万 sections, 零 for every gap."""
    if n == 0:
        return "零"
    out, gap = "", False
    for value, magnitude in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or value < 1000):
            out += "零"  # 一万零五百, 一亿零五千
        section = write_section(value, head=not out, liang=liang)
        if liang and section == "二" and magnitude:
            section = "两"  # 两万, 两亿
        out += section + magnitude
        gap = False
    return out


_FULLWIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def write_fullwidth(n: int) -> str:
    """n with thousands separators, in fullwidth digits and the fullwidth comma."""
    return f"{n:,}".translate(_FULLWIDTH)


def test_writer_follows_the_written_rules() -> None:
    assert [write_zh(n) for n in (15, 105, 1015, 10500, 100005000, 20000)] == [
        "十五",
        "一百零五",
        "一千零一十五",
        "一万零五百",
        "一亿零五千",
        "二万",
    ]
    assert write_zh(22000, liang=True) == "两万两千"


integers = st.integers(min_value=0, max_value=10**12 - 1)


@given(integers, st.booleans())
def test_zh_numeral_parses_back(n: int, liang: bool) -> None:
    parsed = parse_number(write_zh(n, liang=liang), ZH_NUMERALS)
    assert parsed is not None
    assert (parsed.low, parsed.high) == (Decimal(n), None)


@given(st.integers(min_value=1, max_value=10**12 - 1), st.booleans())
def test_zh_numeral_extracts_back_with_a_unit(n: int, liang: bool) -> None:
    written = write_zh(n, liang=liang)
    assert claims_of(f"运来{written}吨。", "zh") == (
        (f"{written}吨", "mass", str(n), "t", "exact"),
    )


@given(st.integers(min_value=1, max_value=10**15))
def test_zh_fullwidth_digits_with_separators_extract_back(n: int) -> None:
    written = write_fullwidth(n)
    assert claims_of(f"运来{written}吨。", "zh") == (
        (f"{written}吨", "mass", str(n), "t", "exact"),
    )


# Pieces of Chinese figures and of the words around them, so generated text hits the patterns'
# edges: numeral characters, units, hedges, list separators, ordinals, signs, both digit widths.
ZH_PIECES = [
    *"0123456789０１２３４５６７８９",
    *",.，．、%％-－~～ ：:",
    *"万亿萬億千百十拾佰仟零〇一二两三四五六七八九壹贰叁几数多余近约超逾上过第负点成倍",
    *"年月日号个项人家吨元斤克末初间来",
    "美元",
    "港币",
    "个百分点",
    "百分之",
    "千分之",
    "翻一番",
    "年代",
    "成千上万",
    "以上",
    "左右",
    "个多月",
    "电话",
    "\u3000",
    "\n",
]
zh_text = st.lists(st.one_of(st.sampled_from(ZH_PIECES), st.text(max_size=2)), max_size=50).map(
    "".join
)


@given(zh_text)
def test_zh_any_text_extracts_with_exact_spans(text: str) -> None:
    claims = extract_text(text, LANGS["zh"])
    assert all(text[c.start : c.end] == c.text for c in claims)
