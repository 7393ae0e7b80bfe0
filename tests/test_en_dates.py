"""English years, dates and spans of time."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Years ("in 1986", "fiscal 2020", "FY2021"), decades ("the 1980s", "the '80s": the interval of
# their ten years), dates in the orders translators use (August 29, 1989; 29 August 1989;
# 1989-08-29; April 1982; 2020-07; a month alone after a word that makes it one: "the end of July",
# "mid-July"), and spans: durations with a unit ("for 15 years", "the first seven months", "the
# first three quarters" = 9 months, "in the seven years since 1982" = a duration and a year). An
# age ("a 15-year-old") is a bare figure, as 15岁 is. "The first half" names a period, as 上半年
# does: no figure. Cases written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
EN_DATES = [
    pytest.param("in 1986", (("1986", "year", "1986", None, "exact"),), id="in-year"),
    pytest.param("up 338 over 2018.", (("338", "number", "338", None, "exact"), ("2018", "year", "2018", None, "exact")), id="year-after-over-at-sentence-end"),
    pytest.param("in early 1988", (("1988", "year", "1988", None, "exact"),), id="early-year"),
    pytest.param("results for fiscal 2020", (("fiscal 2020", "year", "2020", None, "exact"),), id="fiscal-year"),
    pytest.param("FY2021 results", (("FY2021", "year", "2021", None, "exact"),), id="fy-year"),
    pytest.param("the fair opens on April the 9th", (("April the 9th", "date", "--04-09", None, "exact"),), id="month-the-day"),
    pytest.param("signed on June the 21st, 2019", (("June the 21st, 2019", "date", "2019-06-21", None, "exact"),), id="month-the-day-year"),
    pytest.param("during the 1980s", (("1980s", "year", "1980..1989", None, "range"),), id="decade"),
    pytest.param("in the '90s", (("'90s", "year", "1990..1999", None, "range"),), id="decade-two-digits"),
    pytest.param("the post-90s generation", (("90s", "year", "1990..1999", None, "range"),), id="generation-post-90s"),
    pytest.param("since April 1982", (("April 1982", "date", "1982-04", None, "exact"),), id="month-year"),
    pytest.param("from May 20 to 22, 2023", (("May 20", "date", "--05-20", None, "exact"), ("22, 2023", "date", "2023-05-22", None, "exact")), id="day-range-year-once"),
    pytest.param("on May 3-5, 2021", (("May 3", "date", "--05-03", None, "exact"), ("5, 2021", "date", "2021-05-05", None, "exact")), id="day-range-hyphen-year-once"),
    pytest.param("sizes 20 to 22, 2023 units", (("20 to 22", "number", "20..22", None, "range"), ("2023", "year", "2023", None, "exact")), id="no-month-no-date-range"),
    pytest.param("on August 29, 1989", (("August 29, 1989", "date", "1989-08-29", None, "exact"),), id="month-day-year"),
    pytest.param("on 29 August 1989", (("29 August 1989", "date", "1989-08-29", None, "exact"),), id="day-month-year"),
    pytest.param("on the 29th of August, 1989", (("29th of August, 1989", "date", "1989-08-29", None, "exact"),), id="ordinal-day-of-month-year"),
    pytest.param("dated 1989-08-29", (("1989-08-29", "date", "1989-08-29", None, "exact"),), id="iso-date"),
    pytest.param("the 2020-07 report", (("2020-07", "date", "2020-07", None, "exact"),), id="iso-month"),
    pytest.param("on Aug. 29, 1989", (("Aug. 29, 1989", "date", "1989-08-29", None, "exact"),), id="abbreviated-month"),
    pytest.param("on July 26th", (("July 26th", "date", "--07-26", None, "exact"),), id="month-day"),
    pytest.param("on 26 July", (("26 July", "date", "--07-26", None, "exact"),), id="day-month"),
    pytest.param("at 17:07 of July 13", (("17:07", "time", "17:07", None, "exact"), ("July 13", "date", "--07-13", None, "exact")), id="clock-minutes-are-no-day"),
    pytest.param("by the end of July", (("July", "date", "--07", None, "exact"),), id="end-of-month"),
    pytest.param("in mid-July", (("July", "date", "--07", None, "exact"),), id="mid-month"),
    pytest.param("in January and February", (("January", "date", "--01", None, "exact"), ("February", "date", "--02", None, "exact")), id="month-and-month"),
    pytest.param("from January to March", (("January", "date", "--01", None, "exact"), ("March", "date", "--03", None, "exact")), id="month-to-month"),
    pytest.param("on the 28th, the ministry said", (("28th", "number", "28", None, "exact"),), id="day-of-month-alone"),
    pytest.param("for 15 years", (("15 years", "duration", "15", "year", "exact"),), id="for-years"),
    pytest.param("in the first seven months", (("first seven months", "duration", "7", "month", "exact"),), id="first-months"),
    pytest.param("in the first three quarters", (("first three quarters", "duration", "9", "month", "exact"),), id="first-quarters"),
    pytest.param("in the seven years since 1982", (("seven years", "duration", "7", "year", "exact"), ("1982", "year", "1982", None, "exact")), id="years-since"),
    pytest.param("over the past five years", (("past five years", "duration", "5", "year", "exact"),), id="past-years"),
    pytest.param("a 10-day visit", (("10-day", "duration", "10", "day", "exact"),), id="day-adjective"),
    pytest.param("two weeks later", (("two weeks", "duration", "14", "day", "exact"),), id="weeks-in-days"),
    pytest.param("a 15-year-old student", (("15", "number", "15", None, "exact"),), id="age-is-a-figure"),
    pytest.param("when I was 15 years old", (("15", "number", "15", None, "exact"),), id="age-years-old"),
    pytest.param("in mid-2020", (("2020", "year", "2020", None, "exact"),), id="year-mid"),
    pytest.param("Late-2019 figures", (("2019", "year", "2019", None, "exact"),), id="year-late-capitalized"),
    pytest.param("pre-2008 levels", (("2008", "year", "2008", None, "exact"),), id="year-pre"),
    pytest.param("for 10 consecutive years", (("10 consecutive years", "duration", "10", "year", "exact"),), id="span-consecutive"),
    pytest.param("three straight months", (("three straight months", "duration", "3", "month", "exact"),), id="span-straight"),
    pytest.param("within 20 working days", (("20 working days", "duration", "20", "day", "exact"),), id="span-working-days"),
    pytest.param("nearly two more years", (("nearly two more years", "duration", "2", "year", "nearly"),), id="span-more-hedged"),
    pytest.param("two more people came", (("two", "number", "2", None, "exact"),), id="more-without-a-span"),
    pytest.param("a 10-day trip", (("10-day", "duration", "10", "day", "exact"),), id="span-adjective-unchanged"),
    pytest.param("aged at least 12 years of age", (("at least 12", "number", "12", None, "over"),), id="age-years-of-age"),
    pytest.param("after 12 years of agency work", (("12 years", "duration", "12", "year", "exact"),), id="years-of-agency-is-a-span"),
    pytest.param("for three decades", (("three decades", "duration", "30", "year", "exact"),), id="decades-in-years"),
    pytest.param("in 2021-22", (("2021", "year", "2021", None, "exact"), ("22", "year", "2022", None, "exact")), id="year-span-short"),
    pytest.param("the 2022/23 season", (("2022", "year", "2022", None, "exact"), ("23", "year", "2023", None, "exact")), id="year-span-short-slash"),
    pytest.param("from 1999-00", (("1999", "year", "1999", None, "exact"),), id="year-span-short-century-turn-unread"),
    pytest.param("a decade ago", (("a decade", "duration", "10", "year", "exact"),), id="a-decade"),
    pytest.param("over the past decade", (("past decade", "duration", "10", "year", "exact"),), id="past-decade"),
    pytest.param("for nearly half a century", (("nearly half a century", "duration", "50", "year", "nearly"),), id="half-a-century"),
    pytest.param("decades of war", (("decades", "duration", "20..90", "year", "range"),), id="decades-vague"),
    pytest.param("held March 15-17", (("March 15", "date", "--03-15", None, "exact"), ("17", "date", "--03-17", None, "exact")), id="day-range-month-once"),
    pytest.param("from March 15 to 17.", (("March 15", "date", "--03-15", None, "exact"), ("17", "date", "--03-17", None, "exact")), id="day-range-to-no-year"),
    pytest.param("on March 15 and 17", (("March 15", "date", "--03-15", None, "exact"), ("17", "number", "17", None, "exact")), id="two-days-with-and-unread"),
    pytest.param("released on 3/15/2021", (("3/15/2021", "date", "2021-03-15", None, "exact"),), id="numeric-month-first"),
    pytest.param("released on 15/3/2021", (("15/3/2021", "date", "2021-03-15", None, "exact"),), id="numeric-day-first"),
    pytest.param("released on 15.3.2021", (("15.3.2021", "date", "2021-03-15", None, "exact"),), id="numeric-dots"),
    pytest.param("released on 2021/03/15", (("2021/03/15", "date", "2021-03-15", None, "exact"),), id="numeric-year-first"),
    pytest.param("released on 3/4/2021", (("2021", "year", "2021", None, "exact"),), id="numeric-ambiguous-keeps-the-year"),
    pytest.param("upgrade to 2.3.15", (("2.3.15", "number", "2", None, "exact"),), id="version-is-one-code"),
    pytest.param("visit 192.168.1.1", (("192.168.1.1", "number", "192", None, "exact"),), id="address-is-one-code"),
]
# Time words with no figure: relative years, named periods, months that are ordinary words.
EN_DATES_NEGATIVE = [
    pytest.param("prices may the more easily fall", id="modal-may"),
    pytest.param("last year", id="last-year"),
    pytest.param("the stage play Fourteen Days", id="title-with-a-duration"),
    pytest.param("in the first half of the year", id="first-half"),
    pytest.param("in the next half of the year", id="next-half"),
    pytest.param("you may go", id="may-verb"),
    pytest.param("the decade ended", id="the-decade-names-one"),
    pytest.param("a century ago", id="a-century-unread-as-bai-nian"),
    pytest.param("a March on Washington", id="march-noun"),
    pytest.param("years of work", id="years-no-figure"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_DATES)
def test_en_dates(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_DATES_NEGATIVE)
def test_en_dates_negative(text: str) -> None:
    assert claims_of(text, "en") == ()
