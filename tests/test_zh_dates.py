"""Chinese years, dates, decades and spans of time."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Calendar years (1988年, 一九八八年), dates with any of year/month/day (ISO values: 1989-08-29,
# 1982-04, --07 when the year is implicit), month ranges (1至7月: both ends), year ranges, decades
# (80年代 = 1980..1989), and spans (头7个月, 前三季度, 15年之久, 7年间, 3个多月). Phrases that name
# a part of a year without a figure (年初, 上半年) and relative years (上一年, 近年来) are no
# claims; a half is a figure in a span (半年, 两年半). Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_DATES = [
    pytest.param("1988年", (("1988年", "year", "1988", None, "exact"),), id="year"),
    pytest.param("一九八八年", (("一九八八年", "year", "1988", None, "exact"),), id="year-numerals"),
    pytest.param("公司2023财年营收下滑", (("2023", "year", "2023", None, "exact"),), id="fiscal-year-one"),
    pytest.param("2024赛季揭幕", (("2024", "year", "2024", None, "exact"),), id="season-one-year"),
    pytest.param("版本3.2022赛季", (("3.2022", "number", "3.2022", None, "exact"),), id="season-after-a-decimal-is-no-year"),
    pytest.param("1989年8月29日", (("1989年8月29日", "date", "1989-08-29", None, "exact"),), id="full-date"),
    pytest.param("一九八九年八月二十九日", (("一九八九年八月二十九日", "date", "1989-08-29", None, "exact"),), id="full-date-numerals"),
    pytest.param("1982年4月", (("1982年4月", "date", "1982-04", None, "exact"),), id="year-month"),
    pytest.param("7月末", (("7月末", "date", "--07", None, "exact"),), id="month-end"),
    pytest.param("十二月初", (("十二月初", "date", "--12", None, "exact"),), id="month-start-numerals"),
    pytest.param("5月3号", (("5月3号", "date", "--05-03", None, "exact"),), id="hao-day"),
    pytest.param("1至7月", (("1", "date", "--01", None, "exact"), ("7月", "date", "--07", None, "exact")), id="month-range"),
    pytest.param("2016-2020年", (("2016", "year", "2016", None, "exact"), ("2020年", "year", "2020", None, "exact")), id="year-range"),
    pytest.param("80年代", (("80年代", "year", "1980..1989", None, "range"),), id="decade-digits"),
    pytest.param("八十年代", (("八十年代", "year", "1980..1989", None, "range"),), id="decade-numerals"),
    pytest.param("1990年代", (("1990年代", "year", "1990..1999", None, "range"),), id="decade-four-digits"),
    pytest.param("“90后”更爱储蓄", (("90后", "year", "1990..1999", None, "range"),), id="generation-90-hou"),
    pytest.param("00后", (("00后", "year", "2000..2009", None, "range"),), id="generation-00-hou", marks=pytest.mark.xfail(strict=True, reason="00后 and 10后 are left unread, as 00年代")),
    pytest.param("头7个月", (("头7个月", "duration", "7", "month", "exact"),), id="first-seven-months"),
    pytest.param("前三季度", (("前三季度", "duration", "9", "month", "exact"),), id="first-three-quarters"),
    pytest.param("长达15年之久", (("达15年之久", "duration", "15", "year", "exact"),), id="fifteen-years-long"),
    pytest.param("7年间", (("7年间", "duration", "7", "year", "exact"),), id="seven-years-span"),
    pytest.param("近10年", (("近10年", "duration", "10", "year", "nearly"),), id="nearly-ten-years"),
    pytest.param("3个多月", (("3个多月", "duration", "3", "month", "over"),), id="over-three-months"),
    pytest.param("10多年", (("10多年", "duration", "10", "year", "over"),), id="over-ten-years"),
    pytest.param("三四年", (("三四年", "duration", "3..4", "year", "range"),), id="three-or-four-years"),
    pytest.param("胜利75周年", (("75周年", "duration", "75", "year", "exact"),), id="anniversary-is-years"),
    pytest.param("用了两年半", (("两年半", "duration", "2.5", "year", "exact"),), id="and-a-half-year"),
    pytest.param("用了三个半月", (("三个半月", "duration", "3.5", "month", "exact"),), id="and-a-half-month"),
    pytest.param("每半年一次", (("半年", "duration", "0.5", "year", "exact"),), id="half-a-year"),
    pytest.param("用了半个月", (("半个月", "duration", "0.5", "month", "exact"),), id="half-a-month"),
    pytest.param("十天半个月", (("十天", "duration", "10", "day", "exact"), ("半个月", "duration", "0.5", "month", "exact")), id="ten-days-half-a-month"),
    pytest.param("30天", (("30天", "duration", "30", "day", "exact"),), id="days"),
    pytest.param("展会3月15-17日举行", (("3月15", "date", "--03-15", None, "exact"), ("17日", "date", "--03-17", None, "exact")), id="day-range-month-once"),
    pytest.param("5月20日至22日", (("5月20日", "date", "--05-20", None, "exact"), ("22日", "date", "--05-22", None, "exact")), id="day-range-each-day-marked"),
    pytest.param("3月15日到4月2日", (("3月15日", "date", "--03-15", None, "exact"), ("4月2日", "date", "--04-02", None, "exact")), id="two-full-dates"),
    pytest.param("2021.3.15发布", (("2021.3.15", "date", "2021-03-15", None, "exact"),), id="numeric-dots"),
    pytest.param("2021/03/15发布", (("2021/03/15", "date", "2021-03-15", None, "exact"),), id="numeric-slashes"),
    pytest.param("增长2021.3", (("2021.3", "number", "2021.3", None, "exact"),), id="numeric-two-parts-is-a-decimal"),
    pytest.param("版本2.3.15", (("2.3.15", "number", "2", None, "exact"),), id="version-is-one-code"),
    pytest.param("地址192.168.1.1", (("192.168.1.1", "number", "192", None, "exact"),), id="address-is-one-code"),
    pytest.param("近半个世纪以来", (("近半个世纪", "duration", "50", "year", "nearly"),), id="half-a-century"),
    pytest.param("历时近80载", (("近80载", "duration", "80", "year", "nearly"),), id="zai-written-years"),
    pytest.param("苦读十载", (("十载", "duration", "10", "year", "exact"),), id="zai-numerals"),
    pytest.param("2019年中国出口增长", (("2019年", "year", "2019", None, "exact"),), id="year-before-zhongguo-is-no-span"),
    pytest.param("海关26日发布通知", (("26日", "date", "---26", None, "exact"),), id="day-of-month-alone"),
    pytest.param("自25日12时起停运", (("25日", "date", "---25", None, "exact"), ("12时", "time", "12:00", None, "exact")), id="day-before-clock-time"),
    pytest.param("须持7日内的证明", (("7日", "duration", "7", "day", "exact"),), id="days-within-are-a-span-not-a-date"),
    pytest.param("00年代", (("00年代", "year", "2000..2009", None, "range"),), id="decade-2000s", marks=pytest.mark.xfail(strict=True, reason="00年代 and 10年代 are left unread rather than guessed")),
    pytest.param("一年多", (("一年多", "duration", "1", "year", "over"),), id="over-a-year", marks=pytest.mark.xfail(strict=True, reason="a span of 一 is not read as a figure (一年 is often 'a year', an article)")),
]
# Time words that state no figure.
ZH_DATES_NEGATIVE = [
    pytest.param("年初以来", id="nianchu"),
    pytest.param("上半年", id="shangbannian"),
    pytest.param("下半年", id="xiabannian"),
    pytest.param("忙了大半年", id="dabannian-is-vague"),
    pytest.param("近年来", id="jinnianlai"),
    pytest.param("上一年", id="shang-yi-nian-is-relative"),
    pytest.param("去年同期", id="qunian"),
    pytest.param("今年以来", id="jinnian"),
    pytest.param("一年一度", id="yi-nian-yi-du"),
    pytest.param("三四月份交货", id="two-months-not-the-second"),
    pytest.param("千载难逢", id="qianzai-idiom"),
    pytest.param("满载而归", id="manzai-carry"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_DATES)
def test_zh_dates(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_DATES_NEGATIVE)
def test_zh_dates_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
