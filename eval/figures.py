"""The eval's own figure finder, for choosing mutation sites (independent of tradefacts).

Input: one zh or en string. Output: `Figure`s with their value, unit, qualifier, kind, the offsets
of their parts and the **phenomena** they show (how the figure is written: `zh_digits`,
`zh_numeral`, `zh_mixed`, `zh_wan_yi`, `en_digits`, `en_words`, `en_scale`; what it states:
`money_yuan`, `money_kuai`, `money_other`, `mass`, `length`, `area`, `volume`, `temperature`,
`percent`, `date`, `year`, `clock`, `duration`, `age`, `count`, `ordinal`, `multiplier`; how it is
hedged: `hedge`, `range`). `align_figures` pairs the figures that certainly state the same thing on
both sides; only such pairs become mutation sites.

It must not import tradefacts: if the tool under test chose the mutation sites, the eval could only
ever find errors where the tool already looks. It aims at every phenomenon the tool is meant to read
(the product spec's list of claims) but stays small: where a reading is doubtful (一 as a
determiner, 第一次, idioms, names, vague amounts like 几百 or "dozens") it finds nothing, and the
pair is simply not used as a mutation site for that figure.

Policy for overlapping readings: patterns run in a fixed order (dates, clock times, 百分之N,
amounts, ordinals, multipliers) and a later match that overlaps an earlier one is dropped; two
amounts joined by a range connector (至, 到, ～, "to", "between … and") become one range figure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Final

# Fullwidth digits and separators map 1:1 to ASCII, so offsets found in the mapped text are
# offsets in the original. The fullwidth comma "，" is a thousands separator only between digits
# with exactly three after it (１，２００); elsewhere it is punctuation.
_FULLWIDTH: Final = str.maketrans("０１２３４５６７８９．％～：－", "0123456789.%~:-")
_ZH_SEPARATOR_RE: Final = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


@dataclass(frozen=True, slots=True)
class Part:
    """A named piece of a figure (a range end, a date's day, a clock's hour), half-open span."""

    name: str  # num | low | high | year | month | day | hour | minute
    value: Decimal
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of one side, with the offsets of its parts (half-open, code points)."""

    lang: str
    start: int  # qualifier (if any) through unit
    end: int
    num_start: int  # the number as written (a range: both ends; a date: the whole date)
    num_end: int
    number: str
    value: Decimal  # low end of a range; the day (else month, else year) of a date
    kind: str  # number count money mass length area volume temperature percent duration age
    #            multiplier year date clock ordinal name
    phenomena: tuple[str, ...]
    unit: str | None = None
    approx: str = "exact"  # exact | about | over | under | range
    high: Decimal | None = None
    exponent: int = 0  # 万 4, 亿 8, million 6 ...: the magnitude written after the mantissa
    words: bool = False  # en: written in number words
    qual_span: tuple[int, int] | None = None
    cur_span: tuple[int, int] | None = None  # en currency prefix
    scale_span: tuple[int, int] | None = None  # en scale word / zh magnitude
    unit_span: tuple[int, int] | None = None
    parts: tuple[Part, ...] = ()

    @property
    def mantissa(self) -> Decimal:
        """The value before its magnitude (12 of 12亿, 1.2 of "1.2 billion")."""
        return self.value.scaleb(-self.exponent)

    def part(self, name: str) -> Part | None:
        """The part called `name`, if the figure has one."""
        return next((p for p in self.parts if p.name == name), None)


# --- shared tables -----------------------------------------------------------------------------

# unit code → (kind, phenomenon)
UNIT_KINDS: Final[dict[str, tuple[str, str]]] = {
    "CNY": ("money", "money_yuan"),
    **{
        code: ("money", "money_other")
        for code in ("USD", "EUR", "HKD", "JPY", "GBP", "TWD", "RUB", "KRW", "CHF", "AUD", "CAD")
    },
    "SGD": ("money", "money_other"),
    "t": ("mass", "mass"),
    "kg": ("mass", "mass"),
    "g": ("mass", "mass"),
    "jin": ("mass", "mass"),
    "lb": ("mass", "mass"),
    "km": ("length", "length"),
    "m": ("length", "length"),
    "cm": ("length", "length"),
    "mm": ("length", "length"),
    "mi": ("length", "length"),
    "ft": ("length", "length"),
    "yd": ("length", "length"),
    "m2": ("area", "area"),
    "km2": ("area", "area"),
    "ha": ("area", "area"),
    "mu": ("area", "area"),
    "acre": ("area", "area"),
    "sqft": ("area", "area"),
    "L": ("volume", "volume"),
    "mL": ("volume", "volume"),
    "m3": ("volume", "volume"),
    "gal": ("volume", "volume"),
    "degC": ("temperature", "temperature"),
    "degF": ("temperature", "temperature"),
    "%": ("percent", "percent"),
    "pp": ("percent", "percent"),
    "year": ("duration", "duration"),
    "month": ("duration", "duration"),
    "week": ("duration", "duration"),
    "day": ("duration", "duration"),
    "hour": ("duration", "duration"),
    "minute": ("duration", "duration"),
    "age": ("age", "age"),
    "times": ("multiplier", "multiplier"),
}


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation of `words`, escaped and longest first so 平方米 beats 米."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _unique_phenomena(*labels: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(label for label in labels if label))


# --- Chinese -------------------------------------------------------------------------------------

ZH_DIGITS: Final[dict[str, int]] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,  # 两 is "two" before a unit or measure word (两千, 两个), never in 十二
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
ZH_UNITS_SMALL: Final[dict[str, int]] = {"十": 1, "百": 2, "千": 3}
ZH_UNITS_BIG: Final[dict[str, int]] = {"万": 4, "亿": 8}

ZH_MONEY: Final[dict[str, str]] = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "块钱": "CNY",
    "块": "CNY",  # colloquial yuan; 一块蛋糕 (a piece) is excluded where 块 is read
    "美元": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "日圆": "JPY",
    "英镑": "GBP",
    "新台币": "TWD",
    "台币": "TWD",
    "卢布": "RUB",
    "韩元": "KRW",
    "瑞士法郎": "CHF",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "新元": "SGD",
}
# 毛 and 角 are tenths of a yuan: the value is scaled, the unit stays CNY.
ZH_TENTHS: Final = ("毛钱", "毛", "角")
ZH_MEASURES: Final[dict[str, str]] = {
    "公吨": "t",
    "吨": "t",
    "公斤": "kg",
    "千克": "kg",
    "克": "g",
    "斤": "jin",
    "平方公里": "km2",
    "平方千米": "km2",
    "平方米": "m2",
    "公顷": "ha",
    "英亩": "acre",
    "亩": "mu",
    "立方米": "m3",
    "毫升": "mL",
    "升": "L",
    "加仑": "gal",
    "公里": "km",
    "千米": "km",
    "厘米": "cm",
    "毫米": "mm",
    "米": "m",
    "英里": "mi",
    "英尺": "ft",
    "摄氏度": "degC",
    "℃": "degC",
    "华氏度": "degF",
    "℉": "degF",
    "个百分点": "pp",
    "百分点": "pp",
    "%": "%",
    "个多月": "month",
    "个月": "month",
    "周岁": "age",
    "岁": "age",
    "小时": "hour",
    "分钟": "minute",
    "星期": "week",
    "天": "day",
    "倍": "times",
}
ZH_UNIT_SURFACES: Final[dict[str, str]] = {**ZH_MONEY, **ZH_MEASURES}
# Measure words of counts: the figure counts something (704名工人, 178种).
ZH_MEASURE_WORDS: Final = (
    "个家名人种项位条次座例户辆只头台艘架所件本张片枚颗间栋层届期批支队份篇部场幅株棵匹根处"
    "起门首封双对股套辆扇棵亿"
)
ZH_QUALIFIERS_BEFORE: Final[dict[str, str]] = {
    "将近": "under",
    "接近": "under",
    "近": "under",
    "不到": "under",
    "不足": "under",
    "超过": "over",
    "逾": "over",
    "超": "over",
    "大约": "about",
    "约合": "about",
    "约": "about",
    "大概": "about",
}
ZH_QUALIFIERS_AFTER: Final[dict[str, str]] = {
    "多": "over",
    "余": "over",
    "以上": "over",
    "开外": "over",
    "出头": "over",
    "以下": "under",
    "左右": "about",
    "上下": "about",
}
ZH_DAY_PERIODS: Final[dict[str, int]] = {
    "凌晨": 0,
    "早上": 0,
    "早晨": 0,
    "上午": 0,
    "中午": 0,  # 中午12点 is noon; 中午1点 is 13:00 (handled below)
    "下午": 12,
    "傍晚": 12,
    "晚上": 12,
    "夜间": 12,
    "晚": 12,
}
# Words and names that contain numerals but state no figure; a candidate inside one is dropped.
ZH_FIXED_EXPRESSIONS: Final = (
    "千方百计",
    "一干二净",
    "三心二意",
    "四面八方",
    "五花八门",
    "七上八下",
    "九牛一毛",
    "十全十美",
    "一心一意",
    "独一无二",
    "一五一十",
    "乱七八糟",
    "万无一失",
    "一举两得",
    "十四五",
    "十三五",
    "五四",
    "三峡",
    "两会",
    "一带一路",
    "十九大",
    "二十大",
    "双十一",
    "双十二",
    "三农",
    "万众一心",
    "百分百",
    "千万",  # as an adverb ("by all means"); 千万元 and N千万 are read by the amount pattern
)

_ZH_DIGIT_CHARS: Final = "".join(ZH_DIGITS)
_ZH_NUMERAL_CHARS: Final = _ZH_DIGIT_CHARS + "十百千万亿"
_ZH_DEC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
# A figure core: digits and numeral characters in any mix (4万5000, 三千五百, 3422.7万, 二十三点六).
_ZH_CORE = (
    rf"(?:{_ZH_DEC}|[{_ZH_DIGIT_CHARS}十百千]|(?<=上)[万千百])"  # 上万 starts with its magnitude
    rf"(?:{_ZH_DEC}|[{_ZH_NUMERAL_CHARS}])*"
    rf"(?:点[{_ZH_DIGIT_CHARS}]+)?"  # 二十三点六
)
_ZH_SMALL = rf"(?:\d{{1,2}}|[{_ZH_DIGIT_CHARS}十]{{1,3}})"
_ZH_YEAR = rf"(?:\d{{4}}|[{_ZH_DIGIT_CHARS}]{{4}})"
# Not inside a Latin word, a code or another number (Han characters before a figure are normal).
_NOT_BEFORE_ZH: Final = r"(?<![A-Za-z0-9_.\-:/])"

ZH_DATE_RE: Final = re.compile(
    rf"""
    {_NOT_BEFORE_ZH}
    (?:
        (?:(?P<y>{_ZH_YEAR})\s*年\s*)?                      # 2019年 (optional)
        (?P<m>{_ZH_SMALL})\s*月(?!份?[底初中末])              # 7月 (月底 etc. are spans of a month)
        (?:\s*(?P<d>{_ZH_SMALL})\s*[日号])?                  # 26日 / 26号
      | (?P<y2>{_ZH_YEAR})\s*年(?![代间度初底中末来内前后]|\d|多|以)  # 2019年 (not 年代)
      | (?<![月\d])(?P<d2>{_ZH_SMALL})\s*[日号](?![本元报记常])   # 26日 alone (not 日本, 日元)
    )
    """,
    re.VERBOSE,
)
ZH_CLOCK_RE: Final = re.compile(
    rf"""
    (?P<period>{_alternation(list(ZH_DAY_PERIODS))})?\s*
    {_NOT_BEFORE_ZH}
    (?:
        (?P<h>{_ZH_SMALL})\s*(?P<sep>[点时])                  # 9点 / 16时
        (?![间候期代刻速段光尚钟])                              # not 时间, 时期, 时速
        (?!\d+(?![\d\s]*分)|[{_ZH_DIGIT_CHARS}十]+(?![{_ZH_DIGIT_CHARS}十\s]*分))  # 三点五 is 3.5
        (?:(?P<half>半)|(?P<mi>{_ZH_SMALL})\s*分(?!之|钟)|整)?  # 半 / 20分
      | (?P<h2>\d{{1,2}}):(?P<mi2>\d{{2}})(?!\d|:\d)         # 07:45
    )
    """,
    re.VERBOSE,
)
ZH_PERCENT_RE: Final = re.compile(
    rf"(?P<qpre>{_alternation(list(ZH_QUALIFIERS_BEFORE))})?百分之(?P<num>{_ZH_CORE})"
)
ZH_AMOUNT_RE: Final = re.compile(
    rf"""
    (?:(?P<qpre>{_alternation([*ZH_QUALIFIERS_BEFORE, "上"])})  # 近 / 超过 / 上万
      | (?<![A-Za-z0-9_.\-:/第几数]))                       # not 第N, not 几百, not a code
    (?P<num>{_ZH_CORE})
    (?P<qmid>多|余)?                                       # 300多万: the hedge before 万
    (?P<mag>万亿|亿|万)?
    (?P<qafter1>多|余)?                                    # 2万余名
    (?:
        (?P<unit>{_alternation(list(ZH_UNIT_SURFACES))})
      | (?P<tenths>{_alternation(list(ZH_TENTHS))})
      | (?P<mw>[{ZH_MEASURE_WORDS}])
      | (?P<tail>年|周年)
    )?
    (?P<qafter>{_alternation(["以上", "以下", "左右", "上下", "开外", "出头", "多"])})?
    """,
    re.VERBOSE,
)
ZH_ORDINAL_RE: Final = re.compile(rf"第\s*(?P<num>{_ZH_DEC}|[{_ZH_DIGIT_CHARS}十百千]+)")
ZH_DOUBLING_RE: Final = re.compile(r"翻(?P<n>[一两二三四])?番")
_DATE_PARTS: Final = ("year", "month", "day")
ZH_RANGE_GLUE_RE: Final = re.compile(r"^\s*(?:至|到|～|~|-|—|－|–)\s*$")


def parse_zh_number(text: str) -> Decimal | None:
    """The value of a Chinese figure core, digits and numerals mixed; None if it is vague.

    >>> parse_zh_number("两千六百五"), parse_zh_number("4万5000"), parse_zh_number("六万万")
    (Decimal('2650'), Decimal('45000'), Decimal('600000000'))
    """
    text = text.replace(",", "")
    if text in ZH_UNITS_BIG:  # 上万: "over ten thousand"
        return Decimal(1).scaleb(ZH_UNITS_BIG[text])
    if "点" in text and not re.search(r"\d点", text):  # 二十三点六
        whole, _, frac = text.partition("点")
        base = parse_zh_number(whole) if whole else Decimal(0)
        if base is None or not frac or any(ch not in ZH_DIGITS for ch in frac):
            return None
        return base + Decimal("0." + "".join(str(ZH_DIGITS[ch]) for ch in frac))
    tokens = re.findall(r"\d+(?:\.\d+)?|.", text)
    if all(t in ZH_DIGITS for t in tokens) and len(tokens) > 1:
        # 二〇一九: digit by digit, as years are written; 七八 (seven or eight) is vague.
        if len(tokens) == 4:
            return Decimal("".join(str(ZH_DIGITS[t]) for t in tokens))
        return None
    total = Decimal(0)
    section = Decimal(0)
    number: Decimal | None = None
    number_is_zh_digit = False
    previous_unit: int | None = None
    previous_token: str | None = None
    for token in tokens:
        if token in ZH_DIGITS:
            if (
                number is not None
                and number_is_zh_digit
                and ZH_DIGITS[token] != 0
                and previous_token not in ("零", "〇")
            ):
                return None  # 三四百: vague
            if ZH_DIGITS[token] != 0 or number is None:
                number = Decimal(ZH_DIGITS[token])
                number_is_zh_digit = True
        elif token in ZH_UNITS_SMALL:
            section += (number if number is not None else Decimal(1)).scaleb(ZH_UNITS_SMALL[token])
            number, previous_unit = None, ZH_UNITS_SMALL[token]
        elif token in ZH_UNITS_BIG:
            exponent = ZH_UNITS_BIG[token]
            if number is None and section == 0 and previous_token == "万" and exponent == 4:
                total = total.scaleb(4)  # 六万万 = 6e8
            elif exponent == 8:
                total = (total + section + (number or 0)).scaleb(8)
            else:
                if number is None and section == 0:
                    return None
                total += (section + (number or 0)).scaleb(4)
            section, number, previous_unit = Decimal(0), None, exponent
        else:
            try:
                value = Decimal(token)
            except InvalidOperation:
                return None
            if number is not None and not number_is_zh_digit:
                return None
            number, number_is_zh_digit = value, False
        previous_token = token
    if number is not None:
        if number_is_zh_digit and previous_unit and previous_token in ZH_DIGITS:
            # 一万四 = 14000, 两千六百五 = 2650, 千五 = 1500: the unit below the last one is
            # implied, unless a 零 says the digit is a units digit (一千零五 = 1005).
            if "零" in text[-2:] or "〇" in text[-2:]:
                section += number
            else:
                section += number.scaleb(previous_unit - 1)
        else:
            section += number
    return total + section


def _zh_form(core: str) -> str:
    has_digit = bool(re.search(r"\d", core))
    # 4万5000 and 3千 mix the two ways of writing; 3422.7万 is digits with a magnitude.
    has_numeral = any(ch in _ZH_DIGIT_CHARS + "十百千" for ch in core) or bool(
        re.search(r"[万亿]\d", core)
    )
    if has_digit and has_numeral:
        return "zh_mixed"
    return "zh_digits" if has_digit else "zh_numeral"


def _zh_small(text: str) -> int | None:
    value = parse_zh_number(text.strip())
    return int(value) if value is not None and value == value.to_integral_value() else None


def _in_fixed_expression(text: str, start: int, end: int) -> bool:
    for word in ZH_FIXED_EXPRESSIONS:
        for m in re.finditer(re.escape(word), text):
            if m.start() < end and start < m.end() and not text.startswith("千万", start + 1):
                return True
    return False


def _zh_dates(text: str) -> Iterator[Figure]:
    for m in ZH_DATE_RE.finditer(text):
        parts = []
        for name, groups in (("year", ("y", "y2")), ("month", ("m",)), ("day", ("d", "d2"))):
            for group in groups:
                if m.group(group):
                    value = _zh_small(m.group(group))
                    if value is None:
                        break
                    parts.append(Part(name, Decimal(value), *m.span(group)))
        names = {p.name for p in parts}
        if not parts or len(parts) != sum(1 for g in ("y", "y2", "m", "d", "d2") if m.group(g)):
            continue
        year, month, day = (
            next((p.value for p in parts if p.name == n), None) for n in _DATE_PARTS
        )
        if year is not None and not 1000 <= year <= 2100:
            continue
        if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
            continue
        kind = "year" if names == {"year"} else "date"
        core = m.group(0)
        form = "zh_numeral" if not re.search(r"\d", core) else "zh_digits"
        yield Figure(
            lang="zh",
            start=m.start(),
            end=m.end(),
            num_start=m.start(),
            num_end=m.end(),
            number=core,
            value=parts[-1].value,
            kind=kind,
            phenomena=(form, kind),
            parts=tuple(parts),
        )


def _zh_clocks(text: str) -> Iterator[Figure]:
    for m in ZH_CLOCK_RE.finditer(text):
        hour = _zh_small(m.group("h") or m.group("h2"))
        minute = 0
        if m.group("half"):
            minute = 30
        elif m.group("mi") or m.group("mi2"):
            minute = _zh_small(m.group("mi") or m.group("mi2")) or 0
        if hour is None or hour > 24 or minute > 59:
            continue
        period = m.group("period")
        # 三点 alone is as often "three points" as three o'clock.
        bare = m.group("sep") == "点" and not (period or m.group("half") or m.group("mi"))
        if bare and not re.match(r"\d", m.group("h") or ""):
            continue
        if period and hour < 12 and (ZH_DAY_PERIODS[period] or (period == "中午" and hour < 3)):
            hour += 12
        h_group = "h" if m.group("h") else "h2"
        parts = [Part("hour", Decimal(hour), *m.span(h_group))]
        mi_group = "mi" if m.group("mi") else "mi2" if m.group("mi2") else "half"
        if m.group(mi_group):
            parts.append(Part("minute", Decimal(minute), *m.span(mi_group)))
        start = m.start("period") if period else m.start(h_group)
        core = text[start : m.end()]
        yield Figure(
            lang="zh",
            start=start,
            end=m.end(),
            num_start=start,
            num_end=m.end(),
            number=core,
            value=Decimal(hour * 100 + minute),
            kind="clock",
            phenomena=("zh_numeral" if not re.search(r"\d", core) else "zh_digits", "clock"),
            parts=tuple(parts),
        )


def _zh_amount(m: re.Match[str], text: str) -> Figure | None:
    core = m.group("num")
    value = parse_zh_number(core)
    if value is None:
        return None
    has_digit = bool(re.search(r"\d", core))
    unit_surface = m.group("unit")
    tail = m.group("tail")
    mw = m.group("mw")
    qpre = m.group("qpre")
    if qpre == "上" and not re.fullmatch(r"[万千百亿]", core):
        qpre = None  # 上万 / 上千 is "over ten thousand"; elsewhere 上 is not a hedge
    start = m.start("qpre") if qpre else m.start("num")
    # A numeral with no digit states a figure only with a unit, a measure word, a magnitude or a
    # hedge beside it (一些, 一直, 十九大 and the like do not).
    if not has_digit:
        if core == "一" and not (m.group("mag") or unit_surface or m.group("tenths")):
            return None
        anchored = unit_surface or mw or tail or m.group("mag") or m.group("tenths")
        big = re.search(r"[百千万亿]", core)
        if not anchored and not big:
            return None
        if _in_fixed_expression(text, m.start("num"), m.end()):
            return None
    if unit_surface in ("块", "块钱") and unit_surface == "块":
        # 一块蛋糕 is a piece; 35块 / 35块钱 / 三块五 is money.
        after = text[m.end("unit") :]
        if re.match(r"[\u4e00-\u9fff]", after) and not re.match(f"[钱多{_ZH_DIGIT_CHARS}]", after):
            return None
    magnitude = m.group("mag")
    exponent = {"万": 4, "亿": 8, "万亿": 12}.get(magnitude or "", 0)
    scale_span = m.span("mag") if magnitude else None
    if magnitude:
        value = value.scaleb(exponent)
    else:
        trailing = re.search(r"(万亿|亿|万)$", core)
        if trailing and len(trailing.group(1)) < len(core):
            exponent = {"万": 4, "亿": 8, "万亿": 12}[trailing.group(1)]
            scale_span = (m.end("num") - len(trailing.group(1)), m.end("num"))
    approx = "exact"
    if qpre:
        approx = "over" if qpre == "上" else ZH_QUALIFIERS_BEFORE[qpre]
    for group in ("qmid", "qafter1", "qafter"):
        if m.group(group):
            approx = ZH_QUALIFIERS_AFTER[m.group(group)]
    unit: str | None = None
    kind = "count" if mw else "number"
    unit_span = None
    money_label = None
    if unit_surface:
        unit = ZH_UNIT_SURFACES[unit_surface]
        kind = UNIT_KINDS[unit][0]
        unit_span = m.span("unit")
        if unit == "CNY":
            money_label = "money_kuai" if unit_surface.startswith("块") else "money_yuan"
    elif m.group("tenths"):
        unit, kind, unit_span, money_label = "CNY", "money", m.span("tenths"), "money_kuai"
        value = value / 10
    if tail:
        plain_year = has_digit and len(core) == 4 and core.isdigit() and 1000 <= int(core) <= 2100
        if tail == "周年" or (plain_year and approx == "exact"):
            return None  # 2019年 is read as a date; anniversaries are ordinals in English
        unit, kind, unit_span = "year", "duration", m.span("tail")
    if unit_surface == "倍":
        kind = "multiplier"
    end = m.end()
    if m.group("qafter") == "多" and not (unit or mw):
        end = m.end("qafter")
    form = _zh_form(core)
    return Figure(
        lang="zh",
        start=start,
        end=end,
        num_start=m.start("num"),
        num_end=m.end("num"),
        number=core,
        value=value,
        kind=kind,
        phenomena=_unique_phenomena(
            form,
            "zh_wan_yi" if exponent or re.search(r"[万亿]", core) else None,
            money_label or (UNIT_KINDS[unit][1] if unit else None),
            "count" if mw else None,
            "hedge" if approx != "exact" else None,
        ),
        unit=unit,
        approx=approx,
        exponent=exponent,
        qual_span=(start, m.end("qpre")) if qpre else None,
        scale_span=scale_span,
        unit_span=unit_span,
    )


def _zh_percent(m: re.Match[str]) -> Figure | None:
    value = parse_zh_number(m.group("num"))
    if value is None:
        return None
    qpre = m.group("qpre")
    return Figure(
        lang="zh",
        start=m.start(),
        end=m.end(),
        num_start=m.start("num"),
        num_end=m.end("num"),
        number=m.group("num"),
        value=value,
        kind="percent",
        phenomena=_unique_phenomena(_zh_form(m.group("num")), "percent", "hedge" if qpre else None),
        unit="%",
        approx=ZH_QUALIFIERS_BEFORE[qpre] if qpre else "exact",
        qual_span=m.span("qpre") if qpre else None,
        unit_span=(m.end("qpre") if qpre else m.start(), m.start("num")),
    )


def _zh_ordinal(m: re.Match[str]) -> Figure | None:
    core = m.group("num")
    value = parse_zh_number(core)
    # 第一次, 第二天 are words ("the first time", "the next day"), not figures anyone checks.
    if value is None or (not core[0].isdigit() and value <= 2):
        return None
    return Figure(
        lang="zh",
        start=m.start(),
        end=m.end(),
        num_start=m.start("num"),
        num_end=m.end("num"),
        number=core,
        value=value,
        kind="ordinal",
        phenomena=(_zh_form(core), "ordinal"),
    )


def _zh_doubling(m: re.Match[str]) -> Figure:
    times = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}[m.group("n") or "一"]
    return Figure(
        lang="zh",
        start=m.start(),
        end=m.end(),
        num_start=m.start(),
        num_end=m.end(),
        number=m.group(0),
        value=Decimal(2**times),
        kind="multiplier",
        phenomena=("zh_numeral", "multiplier"),
        unit="times",
    )


def _merge_ranges(text: str, figures: list[Figure], glue: re.Pattern[str]) -> list[Figure]:
    """Two amounts joined by a range connector become one figure with a low and a high end."""
    merged: list[Figure] = []
    for figure in figures:
        if merged:
            low = merged[-1]
            amounts = {"date", "clock", "year", "ordinal", "name"}
            compatible = low.unit is None or low.unit == figure.unit
            if (
                low.kind not in amounts
                and figure.kind not in amounts
                and compatible
                and low.approx == "exact"
                and glue.match(text[low.end : figure.start])
            ):
                low_value = low.value
                if low.exponent == 0 and figure.exponent and low.value < figure.mantissa:
                    low_value = low.value.scaleb(figure.exponent)  # 3～5万吨: both ends in 万
                if low_value < figure.value:
                    merged[-1] = replace(
                        figure,
                        start=low.start,
                        num_start=low.num_start,
                        number=text[low.num_start : figure.num_end],
                        value=low_value,
                        high=figure.value,
                        approx="range",
                        phenomena=_unique_phenomena(*low.phenomena, *figure.phenomena, "range"),
                        qual_span=None,
                        parts=(
                            Part("low", low.value, low.num_start, low.num_end),
                            Part("high", figure.mantissa, figure.num_start, figure.num_end),
                        ),
                    )
                    continue
        merged.append(figure)
    return merged


def _collect(text: str, finders: Sequence[Callable[[str], Iterator[Figure]]]) -> list[Figure]:
    """Run the finders in order; a figure overlapping an earlier one is dropped."""
    taken: list[tuple[int, int]] = []
    figures: list[Figure] = []
    for finder in finders:
        for figure in finder(text):
            if any(figure.start < e and s < figure.end for s, e in taken):
                continue
            taken.append((figure.start, figure.end))
            figures.append(figure)
    return sorted(figures, key=lambda f: f.start)


def _iter_matches(
    pattern: re.Pattern[str], read: Callable[[re.Match[str]], Figure | None]
) -> Callable[[str], Iterator[Figure]]:
    def finder(text: str) -> Iterator[Figure]:
        for m in pattern.finditer(text):
            figure = read(m)
            if figure is not None:
                yield figure

    return finder


def find_zh_figures(text: str) -> list[Figure]:
    """The figures of a Chinese text."""
    mapped = _ZH_SEPARATOR_RE.sub(",", text.translate(_FULLWIDTH))
    figures = _collect(
        mapped,
        (
            _zh_dates,
            _zh_clocks,
            _iter_matches(ZH_PERCENT_RE, _zh_percent),
            _iter_matches(ZH_ORDINAL_RE, _zh_ordinal),
            _iter_matches(ZH_AMOUNT_RE, lambda m: _zh_amount(m, mapped)),
            _iter_matches(ZH_DOUBLING_RE, _zh_doubling),
        ),
    )
    return _merge_ranges(mapped, figures, ZH_RANGE_GLUE_RE)


# --- English -------------------------------------------------------------------------------------

EN_ONES: Final[dict[str, int]] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
EN_TENS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_SCALES: Final[dict[str, int]] = {
    "hundred": 2,
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
}
EN_ORDINALS: Final[dict[str, int]] = {
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
EN_MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan.": 1,
    "feb.": 2,
    "aug.": 8,
    "sept.": 9,
    "sep.": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
}
EN_UNITS: Final[dict[str, str]] = {
    "yuan": "CNY",
    "RMB": "CNY",
    "renminbi": "CNY",
    "yuan (RMB)": "CNY",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "dollars": "USD",
    "Hong Kong dollars": "HKD",
    "HK dollars": "HKD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "British pounds": "GBP",
    "yen": "JPY",
    "Japanese yen": "JPY",
    "New Taiwan dollars": "TWD",
    "NT dollars": "TWD",
    "rubles": "RUB",
    "roubles": "RUB",
    "Swiss francs": "CHF",
    "Australian dollars": "AUD",
    "Canadian dollars": "CAD",
    "Singapore dollars": "SGD",
    "metric tons": "t",
    "tonnes": "t",
    "tons": "t",
    "tonne": "t",
    "ton": "t",
    "kilograms": "kg",
    "kilogram": "kg",
    "kg": "kg",
    "grams": "g",
    "jin": "jin",
    "pounds": "lb",
    "lbs": "lb",
    "square kilometers": "km2",
    "square kilometres": "km2",
    "sq km": "km2",
    "km2": "km2",
    "km²": "km2",
    "square meters": "m2",
    "square metres": "m2",
    "sq m": "m2",
    "m2": "m2",
    "m²": "m2",
    "square feet": "sqft",
    "hectares": "ha",
    "hectare": "ha",
    "mu": "mu",
    "acres": "acre",
    "acre": "acre",
    "cubic meters": "m3",
    "cubic metres": "m3",
    "m3": "m3",
    "m³": "m3",
    "liters": "L",
    "litres": "L",
    "liter": "L",
    "litre": "L",
    "milliliters": "mL",
    "millilitres": "mL",
    "gallons": "gal",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "km": "km",
    "meters": "m",
    "metres": "m",
    "meter": "m",
    "metre": "m",
    "m": "m",
    "centimeters": "cm",
    "centimetres": "cm",
    "cm": "cm",
    "millimeters": "mm",
    "millimetres": "mm",
    "mm": "mm",
    "miles": "mi",
    "mile": "mi",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "yards": "yd",
    "degrees Celsius": "degC",
    "degree Celsius": "degC",
    "°C": "degC",
    "℃": "degC",
    "degrees Fahrenheit": "degF",
    "°F": "degF",
    "percentage points": "pp",
    "percentage point": "pp",
    "per cent": "%",
    "percent": "%",
    "%": "%",
    "years": "year",
    "year": "year",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "years old": "age",
    "-year-old": "age",
    "times": "times",
    "-fold": "times",
    "fold": "times",
}
EN_CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "US$": "USD",
    "US $": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "RMB": "CNY",
    "CNY": "CNY",
    "USD": "USD",
    "EUR": "EUR",
    "¥": "CNY",
}
EN_QUALIFIERS: Final[dict[str, str]] = {
    "more than": "over",
    "over": "over",
    "above": "over",
    "exceeding": "over",
    "upwards of": "over",
    "at least": "over",
    "in excess of": "over",
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
EN_MULTIPLIER_WORDS: Final[dict[str, int]] = {
    "twice": 2,
    "doubled": 2,
    "doubling": 2,
    "double": 2,
    "twofold": 2,
    "tripled": 3,
    "triple": 3,
    "threefold": 3,
    "quadrupled": 4,
    "fourfold": 4,
}

_EN_DIGIT_WORDS = _alternation([w for w in EN_ONES if EN_ONES[w] < 10])
_EN_WORD = (
    rf"(?:{_alternation(list(EN_TENS))})(?:-(?:{_EN_DIGIT_WORDS}))?"  # "sixty-three"
    rf"|{_alternation(list(EN_ONES))}"
)
_EN_SCALE_ALT = _alternation(list(EN_SCALES))
_EN_BIG_SCALE_ALT = _alternation([s for s in EN_SCALES if s != "hundred"])
_EN_WORD_TOKEN = rf"(?:{_EN_WORD}|{_EN_SCALE_ALT})"
_EN_WORDS = (
    rf"(?:(?:a|an|one)\s+(?=(?:{_EN_SCALE_ALT})\b))?"  # "a million", "one hundred"
    rf"{_EN_WORD_TOKEN}(?:(?:\s+and\s+|\s+)(?={_EN_WORD_TOKEN}\b){_EN_WORD_TOKEN})*"
)
_EN_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTH = _alternation([m.capitalize() for m in EN_MONTHS])
_EN_ORD_SUFFIX = r"(?:st|nd|rd|th)"

EN_DATE_RE: Final = re.compile(
    rf"""
    (?<![\w$])
    (?:
        (?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}){_EN_ORD_SUFFIX}?(?!\d|:)   # July 26 / July 26th
        (?:,?\s+(?P<year>\d{{4}})(?!\d))?                               # , 2019
      | (?P<day2>\d{{1,2}}){_EN_ORD_SUFFIX}?\s+(?:of\s+)?(?P<month2>{_MONTH})  # 26 July
        (?:,?\s+(?P<year2>\d{{4}})(?!\d))?
      | (?P<month3>{_MONTH}),?\s+(?P<year3>\d{{4}})(?!\d)                 # July 2019
      | (?<=\bon\s)the\s+(?P<day4>\d{{1,2}}){_EN_ORD_SUFFIX}\b            # on the 25th
    )
    """,
    re.VERBOSE,
)
EN_CLOCK_RE: Final = re.compile(
    r"""
    (?<![\w.:/$])
    (?P<h>\d{1,2})
    (?:
        :(?P<mi>\d{2})(?!\d|:\d)(?:\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b))?   # 9:30 a.m. / 16:00
      | \s*(?P<ap2>a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)                    # 4 p.m. / 9 o'clock
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
_EN_UNIT_ALT = _alternation(list(EN_UNITS))
EN_AMOUNT_RE: Final = re.compile(
    rf"""
    (?<![\w.,\-:/$€£¥])                                   # not inside a word, number or code
    (?:(?P<age>aged|age)\s+)?
    (?:(?P<qual>{_alternation(list(EN_QUALIFIERS))})\s+)?
    (?:(?P<cur>{_alternation(list(EN_CURRENCY_PREFIXES))})\s?)?   # "$5", "RMB 5"
    (?:
        (?P<digits>{_EN_DIGITS})(?:\s(?P<scale>{_EN_BIG_SCALE_ALT})\b)?   # "1.2 billion"
      | (?P<words>{_EN_WORDS})
    )
    (?:(?P<sep>\s?)(?P<unit>{_EN_UNIT_ALT})(?![A-Za-z]))?
    (?![\w\-]|\.\d|\.[A-Za-z]|,\d|/\d)                   # 1980s, 26th, 5-year, 600606.SH, 24/7
    """,
    re.VERBOSE | re.IGNORECASE,
)
EN_ORDINAL_RE: Final = re.compile(
    rf"(?<![\w.,\-])(?:(?P<digits>\d+){_EN_ORD_SUFFIX}|(?P<word>{_alternation(list(EN_ORDINALS))}))\b",
    re.IGNORECASE,
)
EN_MULTIPLIER_RE: Final = re.compile(
    rf"\b(?P<word>{_alternation(list(EN_MULTIPLIER_WORDS))})\b", re.IGNORECASE
)
EN_RANGE_GLUE_RE: Final = re.compile(r"^\s*(?:-|–|—|to|and)\s*$")
_EN_NAME_BEFORE_RE: Final = re.compile(r"\b[A-Z][\w-]*\s$")
_EN_SENTENCE_START_RE: Final = re.compile(r"(?:^|[.!?:;\"“”(]\s*)$")
_EN_BETWEEN_RE: Final = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def parse_en_words(text: str) -> Decimal | None:
    """The value of English number words ("two hundred and five", "a million").

    >>> parse_en_words("sixty-three"), parse_en_words("three thousand four hundred")
    (Decimal('63'), Decimal('3400'))
    """
    total, current = Decimal(0), Decimal(0)
    seen = False
    for token in re.findall(r"[a-z]+", text.lower().replace("-", " ")):
        if token in ("a", "an"):
            current += 1
        elif token == "and":
            continue
        elif token in EN_ONES:
            current += EN_ONES[token]
            seen = True
        elif token in EN_TENS:
            current += EN_TENS[token]
            seen = True
        elif token == "hundred":
            current = (current or Decimal(1)) * 100
            seen = True
        elif token in EN_SCALES:
            total += (current or Decimal(1)).scaleb(EN_SCALES[token])
            current = Decimal(0)
            seen = True
        else:
            return None
    return total + current if seen else None


def _canonical(table: Mapping[str, str], surface: str) -> str:
    """Look a surface up case-insensitively ("Nearly", "Percent")."""
    if surface in table:
        return table[surface]
    for key, value in table.items():
        if key.lower() == surface.lower():
            return value
    raise KeyError(surface)


def _en_dates(text: str) -> Iterator[Figure]:
    for m in EN_DATE_RE.finditer(text):
        parts = []
        for name, groups in (
            ("year", ("year", "year2", "year3")),
            ("month", ("month", "month2", "month3")),
            ("day", ("day", "day2", "day4")),
        ):
            for group in groups:
                if m.group(group):
                    surface = m.group(group)
                    value = EN_MONTHS[surface.lower()] if name == "month" else int(surface)
                    parts.append(Part(name, Decimal(value), *m.span(group)))
        year = next((p.value for p in parts if p.name == "year"), None)
        day = next((p.value for p in parts if p.name == "day"), None)
        if (year is not None and not 1000 <= year <= 2100) or (
            day is not None and not 1 <= day <= 31
        ):
            continue
        if m.group("month") == "May" and not m.group("day"):
            continue
        yield Figure(
            lang="en",
            start=m.start(),
            end=m.end(),
            num_start=m.start(),
            num_end=m.end(),
            number=m.group(0),
            value=parts[-1].value,
            kind="date",
            phenomena=("en_digits", "date"),
            parts=tuple(parts),
        )


def _en_clocks(text: str) -> Iterator[Figure]:
    for m in EN_CLOCK_RE.finditer(text):
        hour = int(m.group("h"))
        minute = int(m.group("mi") or 0)
        ap = (m.group("ap") or m.group("ap2") or "").lower()
        if hour > 24 or minute > 59 or (not m.group("mi") and not ap):
            continue
        if ap.startswith("p") and hour < 12:
            hour += 12
        if ap.startswith("a") and hour == 12:
            hour = 0
        parts = [Part("hour", Decimal(hour), *m.span("h"))]
        if m.group("mi"):
            parts.append(Part("minute", Decimal(minute), *m.span("mi")))
        yield Figure(
            lang="en",
            start=m.start(),
            end=m.end(),
            num_start=m.start(),
            num_end=m.end(),
            number=m.group(0),
            value=Decimal(hour * 100 + minute),
            kind="clock",
            phenomena=("en_digits", "clock"),
            parts=tuple(parts),
        )


def _en_amount(m: re.Match[str], text: str) -> Figure | None:
    digits, words = m.group("digits"), m.group("words")
    scale_span = m.span("scale") if m.group("scale") else None
    exponent = 0
    if digits:
        value = _dec(digits)
        if m.group("scale"):
            exponent = EN_SCALES[m.group("scale").lower()]
            value = value.scaleb(exponent)
        num_start, num_end = m.span("digits")
    else:
        parsed = parse_en_words(words)
        if parsed is None:
            return None
        value = parsed
        num_start, num_end = m.span("words")
        last = re.search(
            rf"({_alternation([s for s in EN_SCALES if s != 'hundred'])})$", words, re.I
        )
        if last:
            exponent = EN_SCALES[last.group(1).lower()]
            scale_span = (num_end - len(last.group(1)), num_end)
        if value == 1 and not last:
            return None  # "one" is a pronoun or a determiner far more often than a figure
    unit_surface = m.group("unit")
    unit = _canonical(EN_UNITS, unit_surface) if unit_surface else None
    if unit_surface and unit_surface.lower() == "m" and m.group("sep") != "":
        if not digits:
            return None
        unit = "m" if m.group("sep") == "" else None
    if unit_surface and unit_surface.lower() in ("-year-old", "-fold") and m.group("sep") != "":
        return None
    if unit is None and unit_surface:
        unit_surface = None
    cur = m.group("cur")
    if cur:
        if unit is not None and UNIT_KINDS.get(unit, ("",))[0] != "money":
            return None
        unit = unit or _canonical(EN_CURRENCY_PREFIXES, cur)
    if m.group("age"):
        if unit is not None:
            return None
        unit = "age"
    end = m.end() if unit_surface else (scale_span[1] if scale_span else num_end)
    before = text[: m.start()]
    kind = UNIT_KINDS[unit][0] if unit else "number"
    if unit is None and digits:
        if re.fullmatch(r"\d{4}", digits) and 1900 <= int(digits) <= 2100 and not cur:
            kind = "year"
        name = _EN_NAME_BEFORE_RE.search(before)
        if (
            name
            and not m.group("qual")
            and not _EN_SENTENCE_START_RE.search(before[: name.start()])
        ):
            kind = "name"  # "Boeing 737", "Route 66"
    if unit == "year" and digits is None and m.group("qual") is None and value == 1:
        return None
    qual = m.group("qual")
    approx = _canonical(EN_QUALIFIERS, qual) if qual else "exact"
    if qual and qual.lower() == "some" and not (digits or unit):
        return None  # "some two" is rare; "some" before words is mostly a determiner
    start = (
        m.start("age")
        if m.group("age")
        else m.start("qual")
        if qual
        else m.start("cur")
        if cur
        else num_start
    )
    money_label = None
    if unit == "CNY":
        money_label = "money_yuan"
    return Figure(
        lang="en",
        start=start,
        end=end,
        num_start=num_start,
        num_end=num_end,
        number=text[num_start:num_end],
        value=value,
        kind=kind,
        phenomena=_unique_phenomena(
            "en_words" if words else "en_digits",
            "en_scale" if exponent else None,
            money_label or (UNIT_KINDS[unit][1] if unit else None),
            "year" if kind == "year" else None,
            "hedge" if qual else None,
        ),
        unit=unit,
        approx=approx,
        exponent=exponent,
        words=bool(words),
        qual_span=m.span("qual") if qual else None,
        cur_span=m.span("cur") if cur else None,
        scale_span=scale_span,
        unit_span=m.span("unit") if unit_surface else None,
    )


def _en_ordinal(m: re.Match[str]) -> Figure | None:
    digits = m.group("digits")
    value = int(digits) if digits else EN_ORDINALS[m.group("word").lower()]
    return Figure(
        lang="en",
        start=m.start(),
        end=m.end(),
        num_start=m.start(),
        num_end=m.end(),
        number=m.group(0),
        value=Decimal(value),
        kind="ordinal",
        phenomena=("en_digits" if m.group("digits") else "en_words", "ordinal"),
        words=not m.group("digits"),
    )


def _en_multiplier(m: re.Match[str]) -> Figure:
    return Figure(
        lang="en",
        start=m.start(),
        end=m.end(),
        num_start=m.start(),
        num_end=m.end(),
        number=m.group(0),
        value=Decimal(EN_MULTIPLIER_WORDS[m.group("word").lower()]),
        kind="multiplier",
        phenomena=("en_words", "multiplier"),
        unit="times",
        words=True,
    )


def find_en_figures(text: str) -> list[Figure]:
    """The figures of an English text."""
    figures = _collect(
        text,
        (
            _en_dates,
            _en_clocks,
            _iter_matches(EN_AMOUNT_RE, lambda m: _en_amount(m, text)),
            _iter_matches(EN_ORDINAL_RE, _en_ordinal),
            _iter_matches(EN_MULTIPLIER_RE, _en_multiplier),
        ),
    )
    # "and" joins a range only after "between" / "from" ("between 3 and 5", not "3 and 5 cases").
    merged: list[Figure] = []
    for figure in _merge_ranges(text, figures, EN_RANGE_GLUE_RE):
        if figure.approx == "range":
            low_end = figure.parts[0].end
            glue = text[low_end : figure.parts[1].start]
            if "and" in glue and not _EN_BETWEEN_RE.search(text[: figure.start]):
                merged.extend(f for f in figures if figure.start <= f.start < figure.end)
                continue
        merged.append(figure)
    return merged


# --- alignment ---------------------------------------------------------------------------------

_COUNTS: Final = frozenset({"number", "count"})


def _same_kind(zh: Figure, en: Figure) -> bool:
    if zh.kind == en.kind:
        return zh.unit is None or en.unit is None or zh.unit == en.unit
    if zh.kind in _COUNTS and en.kind in _COUNTS:
        return True
    # A translation often leaves a unit implicit (8000余名 → "more than 8,000"; 1万元 → "10,000").
    return en.kind == "number" and zh.kind not in {"date", "year", "clock", "ordinal"}


def _key(figure: Figure) -> tuple[object, ...]:
    if figure.kind in {"date", "clock"}:
        return (figure.kind, tuple((p.name, p.value) for p in figure.parts))
    if figure.kind == "year":
        return ("year", figure.value)
    return ("amount", figure.value, figure.high)


def _same_figure(zh: Figure, en: Figure) -> bool:
    if zh.kind in {"date", "year"} and en.kind in {"date", "year"}:
        zh_parts = {p.name: p.value for p in zh.parts}
        en_parts = {p.name: p.value for p in en.parts} if en.kind == "date" else {"year": en.value}
        if zh.kind == "year" and en.kind == "year":
            return zh.value == en.value
        shared = zh_parts.keys() & en_parts.keys()
        return (
            bool(shared)
            and all(zh_parts[n] == en_parts[n] for n in shared)
            and (zh.kind == en.kind)
        )
    if zh.kind == "clock" or en.kind == "clock":
        return zh.kind == en.kind == "clock" and zh.value == en.value
    if zh.kind == "ordinal" or en.kind == "ordinal":
        return zh.kind == en.kind == "ordinal" and zh.value == en.value
    if en.kind == "name":
        return False
    return zh.value == en.value and zh.high == en.high and _same_kind(zh, en)


def align_figures(zh: Sequence[Figure], en: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """zh/en figure pairs that certainly state the same figure.

    A pair needs the same value (dates and clock times: the same shared parts), a compatible kind
    and unit, and must be the only candidate on both sides: with two candidates we could not say
    which one an injected error corresponds to, and a figure stated twice is not omitted when one
    statement goes.
    """
    pairs = []
    zh_keys = Counter(_key(f) for f in zh)
    en_keys = Counter(_key(f) for f in en)
    for e in en:
        matches = [z for z in zh if _same_figure(z, e)]
        if len(matches) != 1 or en_keys[_key(e)] != 1 or zh_keys[_key(matches[0])] != 1:
            continue
        (z,) = matches
        if sum(1 for other in en if _same_figure(z, other)) != 1:
            continue
        pairs.append((z, e))
    return pairs
