"""Dates of the Chinese lunar calendar, on both sides.

A lunar date (农历八月十五, 正月初一, 腊月二十三, 五月初五) is a date with the role of a name: its month
and day are not the Gregorian calendar's, so it pairs with the same lunar date in the translation
("the 15th day of the eighth lunar month") and with nothing else, and a month or day written wrong
is a `value` finding whose suggestion keeps the translation's wording. Cases written by us.
"""

from __future__ import annotations

import pytest

from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Role
from tradefacts.pipeline import check

# (text, claims as (surface, kind, value, role))
Read = tuple[tuple[str, str, str, Role | None], ...]

# fmt: off
ZH_LUNAR_DATES = [
    pytest.param("农历八月十五是中秋节", (("八月十五", "date", "--08-15", Role.NAME),), id="calendar-word"),
    pytest.param("阴历 九月初九登高", (("九月初九", "date", "--09-09", Role.NAME),), id="calendar-word-space"),
    pytest.param("农历8月15日", (("8月15日", "date", "--08-15", Role.NAME),), id="calendar-word-digits"),
    pytest.param("農曆十二月三十", (("十二月三十", "date", "--12-30", Role.NAME),), id="traditional-script"),
    pytest.param("农历七月", (("七月", "date", "--07", Role.NAME),), id="calendar-month-alone"),
    pytest.param("正月十五闹元宵", (("正月十五", "date", "--01-15", Role.NAME),), id="zhengyue"),
    pytest.param("腊月二十三祭灶", (("腊月二十三", "date", "--12-23", Role.NAME),), id="layue"),
    pytest.param("腊月初八喝粥", (("腊月初八", "date", "--12-08", Role.NAME),), id="layue-chu"),
    pytest.param("臘月廿三", (("臘月廿三", "date", "--12-23", Role.NAME),), id="nian"),
    pytest.param("冬月里下了雪", (("冬月", "date", "--11", Role.NAME),), id="dongyue-alone"),
    pytest.param("五月初五赛龙舟", (("五月初五", "date", "--05-05", Role.NAME),), id="numeral-month-chu"),
    pytest.param("十月初一送寒衣", (("十月初一", "date", "--10-01", Role.NAME),), id="tenth-month-chu"),
    pytest.param("大年初一拜年", (("大年初一", "date", "--01-01", Role.NAME),), id="danian"),
]
ZH_LUNAR_DATES_NOT = [
    # Early May, a Gregorian date, grades of middle school and words with 正 stay as they were.
    pytest.param("五月初天气转热", (("五月初", "date", "--05", None),), id="early-may"),
    pytest.param("八月十五日发布", (("八月十五日", "date", "--08-15", None),), id="gregorian-day"),
    pytest.param("10月初上市", (("10月初", "date", "--10", None),), id="digits-early-month"),
    pytest.param("初三学生300人", (("300人", "count", "300", None),), id="grade"),
    pytest.param("正在建设3个项目", (("3个", "count", "3", None),), id="zhengzai"),
]
EN_LUNAR_DATES = [
    pytest.param("the 15th day of the eighth lunar month", (("15th day of the eighth lunar month", "date", "--08-15", Role.NAME),), id="digits-word"),
    pytest.param("the first day of the first lunar month", (("first day of the first lunar month", "date", "--01-01", Role.NAME),), id="first-first"),
    pytest.param("the 23rd day of the 12th lunar month", (("23rd day of the 12th lunar month", "date", "--12-23", Role.NAME),), id="digits-digits"),
    pytest.param("the fifth day of the fifth month of the Chinese lunar calendar", (("fifth day of the fifth month of the Chinese lunar calendar", "date", "--05-05", Role.NAME),), id="calendar-phrase"),
    pytest.param("the 15th of the first lunar month", (("15th of the first lunar month", "date", "--01-15", Role.NAME),), id="no-day-word"),
    pytest.param("in the twelfth lunar month", (("twelfth lunar month", "date", "--12", Role.NAME),), id="month-alone"),
]
EN_LUNAR_DATES_NOT = [
    # Ordinals with no lunar calendar named stay ordinals; a Gregorian date stays a date.
    pytest.param("the fifth day of the month", (("fifth", "number", "5", Role.ORDINAL),), id="no-calendar"),
    pytest.param("on August 15", (("August 15", "date", "--08-15", None),), id="gregorian"),
]
LUNAR_PAIRS = [
    pytest.param("农历八月十五是中秋节。", "The 15th day of the eighth lunar month is the Mid-Autumn Festival.", (), None, id="same-day"),
    pytest.param("腊月二十三是小年。", "The 23rd day of the 12th lunar month is the Little New Year.", (), None, id="layue"),
    pytest.param("正月初一，全家团聚。", "On the first day of the first lunar month, families gather.", (), None, id="first-day"),
    pytest.param("五月初五端午节。", "The Dragon Boat Festival falls on the fifth day of the fifth lunar month.", (), None, id="chu"),
    pytest.param("农历八月十五是中秋节。", "The 15th day of the ninth lunar month is the Mid-Autumn Festival.", ("value",), "15th day of the eighth lunar month", id="month-slip"),
    pytest.param("腊月二十三是小年。", "The 13th day of the 12th lunar month is the Little New Year.", ("value",), "23rd day of the 12th lunar month", id="day-slip"),
    pytest.param("正月初一，全家团聚。", "On the first day of the second lunar month, families gather.", ("value",), "first day of the first lunar month", id="word-slip"),
]
# fmt: on


def _read(text: str, lang: str) -> Read:
    return tuple(
        (c.text, c.kind.value, str(c.value), c.role) for c in extract_text(text, LANGS[lang])
    )


@pytest.mark.parametrize(("text", "expected"), ZH_LUNAR_DATES + ZH_LUNAR_DATES_NOT)
def test_zh_lunar_dates(text: str, expected: Read) -> None:
    assert _read(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_LUNAR_DATES + EN_LUNAR_DATES_NOT)
def test_en_lunar_dates(text: str, expected: Read) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(("zh", "en", "types", "suggestion"), LUNAR_PAIRS)
def test_lunar_dates_pair(zh: str, en: str, types: tuple[str, ...], suggestion: str | None) -> None:
    findings = check(zh, en)
    assert tuple(f.type.value for f in findings) == types
    if suggestion is not None:
        assert findings[0].suggestion == suggestion


def test_a_lunar_date_is_not_a_gregorian_one() -> None:
    """农历八月十五 and "August 15" state different days: they never pair as the same date."""
    zh = extract_text("农历八月十五", LANGS["zh"])[0]
    en = extract_text("on August 15", LANGS["en"])[0]
    assert (zh.value, zh.role) == ("--08-15", Role.NAME)
    assert (en.value, en.role) == ("--08-15", None)
