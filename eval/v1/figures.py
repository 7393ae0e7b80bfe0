"""A small figure finder of the eval's own, for choosing mutation sites.

Input: one zh or en string. Output: `Figure`s (digit figures only, with their qualifier, magnitude,
unit and span). It must not import tradefacts: if the tool under test chose the mutation sites, the
eval could only ever find errors where the tool already looks. It is deliberately narrow (digits,
万/亿 after digits, thousand/million/billion, %, a few currencies and mass units); pairs where it
sees nothing are simply not used as mutation sites.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

# Fullwidth digits and separators map 1:1 to ASCII, so offsets found in the mapped text are
# offsets in the original.
_FULLWIDTH: Final = str.maketrans("０１２３４５６７８９，．％", "0123456789,.%")

ZH_MAGNITUDES: Final[dict[str, int]] = {
    "万亿": 12,
    "千亿": 11,
    "百亿": 10,
    "十亿": 9,
    "亿": 8,
    "千万": 7,
    "百万": 6,
    "十万": 5,
    "万": 4,
}
EN_SCALES: Final[dict[str, int]] = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}

ZH_UNITS: Final[dict[str, str]] = {
    "个百分点": "pp",
    "百分点": "pp",
    "%": "%",
    "美元": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "英镑": "GBP",
    "日元": "JPY",
    # Plain 元 is the yuan; the longer currency names above win because alternations are
    # sorted longest first.
    "元": "CNY",
    "人民币": "CNY",
    "吨": "t",
    "公斤": "kg",
    "千克": "kg",
}
EN_UNITS: Final[dict[str, str]] = {
    "percentage points": "pp",
    "percentage point": "pp",
    "per cent": "%",
    "percent": "%",
    "%": "%",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "dollars": "USD",
    "Hong Kong dollars": "HKD",
    "HK dollars": "HKD",
    "yuan": "CNY",
    "RMB": "CNY",
    "renminbi": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "metric tons": "t",
    "tonnes": "t",
    "tons": "t",
    "kilograms": "kg",
    "kg": "kg",
}
EN_CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "US$": "USD",
    "US $": "USD",
    "HK$": "HKD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "RMB": "CNY",
    "¥": "CNY",
}

# Qualifiers are reduced to the direction they push the figure; "nearly" and "less than" are both
# "under" because the injector only needs to know which replacement contradicts them.
ZH_QUALIFIERS_BEFORE: Final[dict[str, str]] = {
    "将近": "under",
    "接近": "under",
    "近": "under",
    "不到": "under",
    "不足": "under",
    "超过": "over",
    "逾": "over",
    "大约": "about",
    "约": "about",
}
ZH_QUALIFIERS_AFTER: Final[dict[str, str]] = {
    "多": "over",
    "余": "over",
    "以上": "over",
    "以下": "under",
    "左右": "about",
    "上下": "about",
}
EN_QUALIFIERS: Final[dict[str, str]] = {
    "more than": "over",
    "over": "over",
    "above": "over",
    "exceeding": "over",
    "upwards of": "over",
    "at least": "over",
    "less than": "under",
    "fewer than": "under",
    "nearly": "under",
    "almost": "under",
    "close to": "under",
    "under": "under",
    "below": "under",
    "up to": "under",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
}

# What follows a zh number when it is a date, a time or a span rather than an amount. 个月 must be
# tried before the measure word 个.
_ZH_TAILS: Final[dict[str, str]] = {
    "个月": "duration",
    "小时": "duration",
    "分钟": "duration",
    "周年": "duration",
    "天": "duration",
    "周": "duration",
    "岁": "age",
    "年": "year",
    "月": "date",
    "日": "date",
    "号": "date",
    "时": "date",
    "点": "date",
    "分": "date",
    "秒": "date",
}
# Measure words are swallowed so that an after-qualifier (8000余名, 3000人以上) stays attached.
_ZH_MEASURE_WORDS: Final = "个名人家种项位条次座例户辆只头台艘架所"

_MONTHS: Final = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
)
_EN_DURATION_WORDS: Final = r"(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?)\b"


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation of `words`, escaped and longest first so 万亿 beats 万."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_ZH_NUM: Final = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
ZH_FIGURE_RE: Final = re.compile(
    rf"""
    (?<![\w.\-:/第])                                 # not inside a word, a code, or 第N
    (?P<qpre>{_alternation(list(ZH_QUALIFIERS_BEFORE))})?
    (?P<num>{_ZH_NUM})
    (?![\d]|[:/]\d|\.[A-Za-z])                      # 8:30, 1/3, 600606.SH
    (?P<qmid>多|余)?                                  # 300多万: the qualifier sits before 万
    (?P<mag>{_alternation(list(ZH_MAGNITUDES))})?
    (?:
        (?P<tail>{_alternation(list(_ZH_TAILS))})
      | (?P<qafter1>多|余)?                          # 2万余名
        (?:(?P<unit>{_alternation(list(ZH_UNITS))})|(?P<mw>[{_ZH_MEASURE_WORDS}]))?
        (?P<qafter>{_alternation(["以上", "以下", "左右", "上下"])})?
    )
    """,
    re.VERBOSE | re.ASCII,
)

_EN_NUM: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
EN_FIGURE_RE: Final = re.compile(
    rf"""
    (?<![\w.,\-:/$€£¥])                              # not inside a word, a number or a code
    (?:(?P<qual>{_alternation(list(EN_QUALIFIERS))})\s+)?
    (?:(?P<cur>{_alternation(list(EN_CURRENCY_PREFIXES))})\s?)?     # "$5", "RMB 5"
    (?P<num>{_EN_NUM})
    (?:\s(?P<scale>{_alternation(list(EN_SCALES))})\b)?
    (?:\s?(?P<unit>{_alternation(list(EN_UNITS))})(?![A-Za-z]))?
    (?![\w\-]|\.[A-Za-z])                            # 1980s, 26th, 5-year, 600606.SH
    """,
    re.VERBOSE | re.IGNORECASE,
)
_EN_DATE_BEFORE_RE: Final = re.compile(rf"(?:{_MONTHS})\s+$")
_EN_DATE_AFTER_RE: Final = re.compile(rf"^\s*(?:{_MONTHS}|a\.m\.|p\.m\.|am\b|pm\b|:\d|o'clock)")
_EN_DURATION_AFTER_RE: Final = re.compile(rf"^\s+{_EN_DURATION_WORDS}")
# The year of "December 29, 2019" belongs to the date.
_EN_DATE_YEAR_BEFORE_RE: Final = re.compile(rf"(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+$")
# "Boeing 737", "Police 110": a bare number after a capitalized word inside a sentence is a name.
_EN_NAME_BEFORE_RE: Final = re.compile(r"\b[A-Z][\w-]*\s$")
_EN_SENTENCE_START_RE: Final = re.compile(r"(?:^|[.!?:\"“”]\s*)$")
# Ranges and lists ("3至5年", "3-5", "between 3 and 5 percent") are left alone: which end a
# translation error belongs to is a question of its own, not one the eval should pose.
_ZH_RANGE_AFTER_RE: Final = re.compile(r"^(?:[-~—–至到]|[、和或])\d")
_ZH_RANGE_BEFORE_RE: Final = re.compile(r"\d(?:[-~—–至到]|[、和或])$")
_EN_RANGE_AFTER_RE: Final = re.compile(r"^(?:\s*[-–—]\s*|\s+(?:to|and|or)\s+)[$€£¥]?\d")
_EN_RANGE_BEFORE_RE: Final = re.compile(r"\d(?:\s*[-–—]\s*|\s+(?:to|and|or)\s+)$")


@dataclass(frozen=True, slots=True)
class Figure:
    """One digit figure with the offsets of its parts (half-open, code points)."""

    lang: str
    start: int  # qualifier (if any) through unit
    end: int
    num_start: int
    num_end: int
    number: str  # the digits as written, fullwidth mapped to ASCII
    exponent: int  # 万 4, 亿 8, million 6, ...
    value: Decimal
    unit: str | None
    approx: str  # exact | about | over | under
    kind: str  # quantity | year | date | duration | age
    qual_span: tuple[int, int] | None = None
    cur_span: tuple[int, int] | None = None  # en currency prefix
    scale_span: tuple[int, int] | None = None  # en scale word / zh magnitude
    unit_span: tuple[int, int] | None = None

    @property
    def mantissa(self) -> Decimal:
        """The number as written, before its magnitude."""
        return Decimal(self.number.replace(",", ""))


def _span(m: re.Match[str], group: str) -> tuple[int, int] | None:
    return m.span(group) if m.group(group) is not None else None


def find_zh_figures(text: str) -> list[Figure]:
    """The digit figures of a Chinese text."""
    mapped = text.translate(_FULLWIDTH)
    figures = []
    for m in ZH_FIGURE_RE.finditer(mapped):
        number = m.group("num")
        exponent = ZH_MAGNITUDES.get(m.group("mag") or "", 0)
        approx = "exact"
        if m.group("qpre"):
            approx = ZH_QUALIFIERS_BEFORE[m.group("qpre")]
        for group in ("qmid", "qafter1", "qafter"):
            if m.group(group):
                approx = ZH_QUALIFIERS_AFTER[m.group(group)]
        kind = "quantity"
        tail = m.group("tail")
        if tail:
            kind = _ZH_TAILS[tail]
            plain = number.isdigit() and len(number) == 4 and not m.group("mag")
            if kind == "year" and not (plain and 1000 <= int(number) <= 2100):
                kind = "duration"
            elif kind == "year" and re.match(r"\d{1,2}月", mapped[m.end() :]):
                kind = "date"  # 2019年12月29日 is one date, not a year beside a date
        unit = ZH_UNITS[m.group("unit")] if m.group("unit") else None
        end = m.end() - (len(tail) if tail else 0)
        if _ZH_RANGE_AFTER_RE.match(mapped[m.end("num") :]) or _ZH_RANGE_BEFORE_RE.search(
            mapped[: m.start()]
        ):
            kind = "range"
        figures.append(
            Figure(
                lang="zh",
                start=m.start(),
                end=end,
                num_start=m.start("num"),
                num_end=m.end("num"),
                number=number,
                exponent=exponent,
                value=Decimal(number.replace(",", "")).scaleb(exponent),
                unit=unit,
                approx=approx,
                kind=kind,
                qual_span=_span(m, "qpre"),
                scale_span=_span(m, "mag"),
                unit_span=_span(m, "unit"),
            )
        )
    return figures


def _en_kind(text: str, m: re.Match[str]) -> str:
    before, after = text[: m.start("num")], text[m.end() :]
    number = m.group("num")
    if _EN_DATE_BEFORE_RE.search(before) or _EN_DATE_AFTER_RE.match(after):
        return "date"
    if _EN_DATE_YEAR_BEFORE_RE.search(before):
        return "date"
    if _EN_RANGE_AFTER_RE.match(text[m.end("num") :]) or _EN_RANGE_BEFORE_RE.search(
        text[: m.start()]
    ):
        return "range"
    if m.group("scale") or m.group("unit") or m.group("cur"):
        return "quantity"
    name = _EN_NAME_BEFORE_RE.search(before)
    if name and not m.group("qual") and not _EN_SENTENCE_START_RE.search(before[: name.start()]):
        return "name"
    if _EN_DURATION_AFTER_RE.match(after):
        return "duration"
    if number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100:
        return "year"
    return "quantity"


def _canonical(table: dict[str, str], surface: str) -> str:
    """Look a surface up case-insensitively (sentence-initial "Nearly", "percent" vs "Percent")."""
    for key, value in table.items():
        if key.lower() == surface.lower():
            return value
    raise KeyError(surface)


def find_en_figures(text: str) -> list[Figure]:
    """The digit figures of an English text."""
    figures = []
    for m in EN_FIGURE_RE.finditer(text):
        number = m.group("num")
        exponent = EN_SCALES[m.group("scale").lower()] if m.group("scale") else 0
        unit = None
        if m.group("unit"):
            unit = _canonical(EN_UNITS, m.group("unit"))
        elif m.group("cur"):
            unit = _canonical(EN_CURRENCY_PREFIXES, m.group("cur"))
        approx = _canonical(EN_QUALIFIERS, m.group("qual")) if m.group("qual") else "exact"
        figures.append(
            Figure(
                lang="en",
                start=m.start(),
                end=m.end(),
                num_start=m.start("num"),
                num_end=m.end("num"),
                number=number,
                exponent=exponent,
                value=Decimal(number.replace(",", "")).scaleb(exponent),
                unit=unit,
                approx=approx,
                kind=_en_kind(text, m),
                qual_span=_span(m, "qual"),
                cur_span=_span(m, "cur"),
                scale_span=_span(m, "scale"),
                unit_span=_span(m, "unit"),
            )
        )
    return figures


def _units_compatible(zh: Figure, en: Figure) -> bool:
    # A translation often leaves a unit implicit ("8000余名" → "more than 8,000"), so a missing
    # unit on one side is no contradiction; two different known units are.
    return zh.unit is None or en.unit is None or zh.unit == en.unit


def align_figures(zh: Sequence[Figure], en: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """zh/en figure pairs that certainly state the same figure.

    A pair needs the same exact value and kind, compatible units, and a value that occurs exactly
    once on each side: with two candidates we could not say which one an injected error
    corresponds to, and a figure stated twice is not omitted when one statement goes.
    """
    usable_kinds = {"quantity", "year", "duration"}
    zh_counts = Counter(f.value for f in zh)
    en_counts = Counter(f.value for f in en)
    pairs = []
    for e in en:
        if e.kind not in usable_kinds or en_counts[e.value] != 1 or zh_counts[e.value] != 1:
            continue
        for z in zh:
            if z.value == e.value and z.kind == e.kind and _units_compatible(z, e):
                pairs.append((z, e))
    return pairs
