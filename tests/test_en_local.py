"""English figures read by the one-pass reader (issue 16): physical amounts (lengths, areas,
volumes, speeds, energy, power, temperatures, data), currency signs and codes after the figure.

Cases written by us for each phenomenon, not copied from the seeds or any corpus.
"""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# fmt: off
EN_QUANTITIES = [
    pytest.param("a road of 12 km", (("12 km", "quantity", "12000", "m", "exact"),), id="km-symbol"),
    pytest.param("about 397 kilometres long", (("about 397 kilometres", "quantity", "397000", "m", "about"),), id="kilometres-hedged"),
    pytest.param("a 5-kilometre road", (("5-kilometre", "quantity", "5000", "m", "exact"),), id="hyphenated-adjective"),
    pytest.param("two meters high", (("two meters", "quantity", "2", "m", "exact"),), id="number-word-meters"),
    pytest.param("flew 1,000 miles", (("1,000 miles", "quantity", "1609344", "m", "exact"),), id="miles"),
    pytest.param("a nine-foot piano", (("nine-foot", "quantity", "2.7432", "m", "exact"),), id="foot-adjective"),
    pytest.param("6 to 12 inches of snow", (("6 to 12 inches", "quantity", "0.1524..0.3048", "m", "range"),), id="inch-range"),
    pytest.param("3-5 km away", (("3-5 km", "quantity", "3000..5000", "m", "range"),), id="km-range-hyphen"),
    pytest.param("350,000 square meters", (("350,000 square meters", "quantity", "350000", "m2", "exact"),), id="square-meters"),
    pytest.param("over 90 square kilometres", (("over 90 square kilometres", "quantity", "90000000", "m2", "over"),), id="square-km-hedged"),
    pytest.param("6,200 hectares", (("6,200 hectares", "quantity", "62000000", "m2", "exact"),), id="hectares"),
    pytest.param("a 300 sq ft flat", (("300 sq ft", "quantity", "27.870912", "m2", "exact"),), id="sq-ft"),
    pytest.param("a 10-km stretch", (("10-km", "quantity", "10000", "m", "exact"),), id="symbol-hyphenated"),
    pytest.param("a 40-MW plant", (("40-MW", "quantity", "40000000", "W", "exact"),), id="megawatt-hyphenated"),
    pytest.param("used 10 TWh", (("10 TWh", "quantity", "10000000000", "kWh", "exact"),), id="terawatt-hours"),
    pytest.param("shipped 2 bcm of gas", (("2 bcm", "quantity", "2000000000000", "L", "exact"),), id="billion-cubic-metres"),
    pytest.param("400 acres", (("400 acres", "quantity", "1618742.56896", "m2", "exact"),), id="acres"),
    pytest.param("3,000 mu of farmland", (("3,000 mu", "quantity", "2000000", "m2", "exact"),), id="mu"),
    pytest.param("a 100ml bottle", (("100ml", "quantity", "0.1", "L", "exact"),), id="millilitres-glued"),
    pytest.param("1.75 billion cubic meters", (("1.75 billion cubic meters", "quantity", "1750000000000", "L", "exact"),), id="cubic-meters-scale"),
    pytest.param("1 million barrels a day", (("1 million barrels", "quantity", "158987294.928", "L", "exact"),), id="barrels"),
    pytest.param("350 km/h", (("350 km/h", "quantity", "350", "km/h", "exact"),), id="km-per-hour"),
    pytest.param("145 kph", (("145 kph", "quantity", "145", "km/h", "exact"),), id="kph"),
    pytest.param("820,000 kilowatts", (("820,000 kilowatts", "quantity", "820000000", "W", "exact"),), id="kilowatts"),
    pytest.param("820,000kw", (("820,000kw", "quantity", "820000000", "W", "exact"),), id="kw-lowercase"),
    pytest.param("1.4 billion kWh", (("1.4 billion kWh", "quantity", "1400000000", "kWh", "exact"),), id="kwh"),
    pytest.param("37 degrees Celsius", (("37 degrees Celsius", "quantity", "37", "degC", "exact"),), id="degrees-celsius"),
    pytest.param("minus 18 degrees Celsius", (("minus 18 degrees Celsius", "quantity", "-18", "degC", "exact"),), id="minus-word"),
    pytest.param("it was -18°C", (("-18°C", "quantity", "-18", "degC", "exact"),), id="minus-sign-symbol"),
    pytest.param("lows of -18 degrees Celsius", (("-18 degrees Celsius", "quantity", "-18", "degC", "exact"),), id="minus-sign-degrees-celsius"),
    pytest.param("fell to minus 5 °C", (("minus 5 °C", "quantity", "-5", "degC", "exact"),), id="minus-word-symbol-spaced"),
    pytest.param("0°F outside", (("0°F", "quantity", "-17.77777777777777777777777778", "degC", "exact"),), id="fahrenheit-converted"),
    pytest.param("256 GB of storage", (("256 GB", "quantity", "256000000000", "B", "exact"),), id="gigabytes"),
    pytest.param("between 1 and 7 meters", (("between 1 and 7 meters", "quantity", "1..7", "m", "range"),), id="between-and"),
    pytest.param("between 3 km and 5 km", (("between 3 km and 5 km", "quantity", "3000..5000", "m", "range"),), id="between-and-unit-twice"),
    pytest.param("hundreds of mu", (("hundreds of mu", "quantity", "133333.3333333333333333333333..600000", "m2", "range"),), id="vague-of-unit"),
    pytest.param("thousands of kilometres", (("thousands of kilometres", "quantity", "2000000..9000000", "m", "range"),), id="vague-of-unit-kilometres"),
]
EN_QUANTITIES_NEGATIVE = [
    pytest.param("the One Million Mu Field project", id="capitalized-name"),
    pytest.param("COVID-19 cases", id="code"),
    pytest.param("turned 90 degrees", id="unsigned-degrees-angle"),
    pytest.param("a 20 degree slope", id="unsigned-degree-adjective"),
    pytest.param("version 2.5 L", id="after-a-code-word", marks=_gap("a label word before the figure is not checked by the local rules")),
]
EN_MONEY_AFTER = [
    pytest.param("It costs 25 €.", (("25 €", "money", "25", "EUR", "exact"),), id="euro-sign-after"),
    pytest.param("It was 40 £.", (("40 £", "money", "40", "GBP", "exact"),), id="pound-sign-after"),
    pytest.param("paid 240USD", (("240USD", "money", "240", "USD", "exact"),), id="glued-usd"),
    pytest.param("about 45EUR", (("about 45EUR", "money", "45", "EUR", "about"),), id="glued-eur-hedged"),
    pytest.param("300 ringgit", (("300 ringgit", "money", "300", "MYR", "exact"),), id="ringgit"),
    pytest.param("100 baht", (("100 baht", "money", "100", "THB", "exact"),), id="baht"),
    pytest.param("50,000 dong", (("50,000 dong", "money", "50000", "VND", "exact"),), id="dong"),
]

# Clock times (kind `time`, value ISO 8601 HH:MM): p.m. adds 12 hours, 12 a.m. and 12 midnight are
# 00:00; "noon" and "midnight" are times only after a word that places an event in time.
EN_TIMES = [
    pytest.param("opens at 9:30 a.m. daily", (("9:30 a.m.", "time", "09:30", None, "exact"),), id="am-dotted"),
    pytest.param("ends at 2:15 pm", (("2:15 pm", "time", "14:15", None, "exact"),), id="pm-adds-twelve"),
    pytest.param("at 8 p.m. on Monday", (("8 p.m.", "time", "20:00", None, "exact"),), id="hour-only-pm"),
    pytest.param("at 8 PM sharp", (("8 PM", "time", "20:00", None, "exact"),), id="capitals"),
    pytest.param("at 9.30 am", (("9.30 am", "time", "09:30", None, "exact"),), id="dot-separator"),
    pytest.param("landed at 14:20", (("14:20", "time", "14:20", None, "exact"),), id="24h"),
    pytest.param("left at 07:45:30", (("07:45:30", "time", "07:45:30", None, "exact"),), id="with-seconds"),
    pytest.param("at 9 o'clock", (("9 o'clock", "time", "09:00", None, "exact"),), id="oclock"),
    pytest.param("at nine o’clock", (("nine o’clock", "time", "09:00", None, "exact"),), id="oclock-word-curly"),
    pytest.param("at 12 noon", (("12 noon", "time", "12:00", None, "exact"),), id="twelve-noon"),
    pytest.param("at 12 midnight", (("12 midnight", "time", "00:00", None, "exact"),), id="twelve-midnight"),
    pytest.param("at 12:30 a.m.", (("12:30 a.m.", "time", "00:30", None, "exact"),), id="twelve-am-is-zero"),
    pytest.param("by 12 p.m. today", (("12 p.m.", "time", "12:00", None, "exact"),), id="twelve-pm-is-noon"),
    pytest.param("at 10:30", (("10:30", "time", "10:30", None, "exact"),), id="colon-is-no-range"),
    pytest.param("between 20: 00 and 21: 00", (("20: 00", "time", "20:00", None, "exact"), ("21: 00", "time", "21:00", None, "exact")), id="spaced-colon-range"),
    pytest.param("open 08:00-17:30", (("08:00", "time", "08:00", None, "exact"), ("17:30", "time", "17:30", None, "exact")), id="range-hyphen"),
    pytest.param("at 18: 00 sharp", (("18: 00", "time", "18:00", None, "exact"),), id="space-before-00"),
    pytest.param("closed until noon", (("noon", "time", "12:00", None, "exact"),), id="noon-after-a-cue"),
    pytest.param("open till midnight", (("midnight", "time", "00:00", None, "exact"),), id="midnight-after-a-cue"),
    # Clock times in words, as machine translation writes them.
    pytest.param("the train left at half past seven", (("half past seven", "time", "07:30", None, "exact"),), id="half-past"),
    pytest.param("talks resumed at half past 3 in the afternoon", (("half past 3 in the afternoon", "time", "15:30", None, "exact"),), id="half-past-afternoon"),
    pytest.param("doors open at a quarter past eight", (("a quarter past eight", "time", "08:15", None, "exact"),), id="quarter-past"),
    pytest.param("we landed at eleven fifteen in the evening", (("eleven fifteen in the evening", "time", "23:15", None, "exact"),), id="hour-minute-words-evening"),
    pytest.param("the talks ended at four fifty-five.", (("four fifty-five", "time", "04:55", None, "exact"),), id="hour-minute-words-phrase-end"),
    pytest.param("the shop opens at 7 in the morning", (("7 in the morning", "time", "07:00", None, "exact"),), id="digit-hour-morning"),
    pytest.param("it struck ten at night", (("ten at night", "time", "22:00", None, "exact"),), id="at-night"),
    pytest.param("the ferry left at a quarter to six", (("a quarter to six", "time", "05:45", None, "exact"),), id="quarter-to"),
    pytest.param("open until a quarter to one a.m.", (("a quarter to one a.m.", "time", "00:45", None, "exact"),), id="quarter-to-one-am"),
    pytest.param("the show starts at 8:45 in the evening", (("8:45 in the evening", "time", "20:45", None, "exact"),), id="digits-evening"),
    pytest.param("the bells rang at eleven o'clock at night", (("eleven o'clock at night", "time", "23:00", None, "exact"),), id="oclock-at-night"),
]
EN_TIMES_NEGATIVE = [
    pytest.param("the noon bulletin", id="noon-names-a-programme"),
    pytest.param("soon after noon", id="after-noon-is-no-one-time"),
    pytest.param("Part 2: 15 rules", id="space-after-colon-only-before-00"),
    pytest.param("a 1:50,000 map", id="map-scale"),
    pytest.param("a 2:1 ratio", id="ratio"),
    pytest.param("at 13 p.m.", id="no-thirteen-pm"),
    pytest.param("at 9:75", id="no-minute-75"),
    pytest.param("at eleven twenty workers walked out", id="hour-minute-words-before-a-noun"),
    pytest.param("in quarter past reports", id="quarter-past-no-hour"),
    pytest.param("half past the hour", id="half-past-no-hour"),
    pytest.param("sales grew by a quarter to nine.", id="quarter-to-after-by-is-a-share"),
    pytest.param("at a quarter to ten million", id="quarter-to-before-a-scale"),
]

# An elapsed time written with colons after a word of a race or a record: minutes and seconds (or
# hours, minutes and seconds), each a span in its own unit, as the original writes them part by part.
EN_RACE_TIMES = [
    pytest.param("she won the final in 1:52", (("1", "duration", "1", "minute", "exact"), ("52", "duration", "52", "second", "exact")), id="in-minutes-seconds"),
    pytest.param("with a time of 2:11:47", (("2", "duration", "2", "hour", "exact"), ("11", "duration", "11", "minute", "exact"), ("47", "duration", "47", "second", "exact")), id="time-of-hours"),
    pytest.param("he clocked 4:02.7 on the track", (("4", "duration", "4", "minute", "exact"), ("02.7", "duration", "2.7", "second", "exact")), id="clocked-tenths"),
    pytest.param("he finished in 3:04:09 at last", (("3", "duration", "3", "hour", "exact"), ("04", "duration", "4", "minute", "exact"), ("09", "duration", "9", "second", "exact")), id="finished-in-leading-zeros"),
    pytest.param("a world record of 3:26.00", (("3", "duration", "3", "minute", "exact"), ("26.00", "duration", "26", "second", "exact")), id="record-of-hundredths"),
    # What is not an elapsed time: a clock time with "at" or a half of the day, a score, a ratio.
    pytest.param("the bus left at 2:40", (("2:40", "time", "02:40", None, "exact"),), id="at-is-a-clock-time"),
    pytest.param("back in 4:20 p.m. traffic", (("4:20 p.m.", "time", "16:20", None, "exact"),), id="day-half-is-a-clock-time"),
    pytest.param("they won 4:2 away", (("4", "number", "4", None, "exact"), ("2", "number", "2", None, "exact")), id="score-stays-a-score"),
]
EN_RACE_TIMES_NEGATIVE = [
    pytest.param("drawn in 1:25,000 scale", id="ratio-after-in"),
    pytest.param("in 1:75 scale", id="no-second-75"),
]

# Signs: "-" glued to the digits and not after a word or a figure, "minus", "negative".
EN_SIGNS = [
    pytest.param("growth of -4.3% overall", (("-4.3%", "percent", "-4.3", "%", "exact"),), id="hyphen-percent"),
    pytest.param("output was down -4.3 % on the year", (("-4.3 %", "percent", "-4.3", "%", "exact"),), id="hyphen-percent-spaced"),
    pytest.param("a balance of -20000", (("-20000", "number", "-20000", None, "exact"),), id="hyphen-bare"),
    pytest.param("a net result of -3.5 million yuan", (("-3.5 million yuan", "money", "-3500000", "CNY", "exact"),), id="hyphen-scale-currency"),
    pytest.param("a net result of \u22122 billion dollars", (("\u22122 billion dollars", "money", "-2000000000", "USD", "exact"),), id="unicode-minus-scale-currency"),
    pytest.param("a stock change of minus 40 tons", (("minus 40 tons", "mass", "-40", "t", "exact"),), id="minus-word-mass"),
    pytest.param("fell to minus seven percent", (("minus seven percent", "percent", "-7", "%", "exact"),), id="minus-word-percent"),
    pytest.param("it came to negative two", (("negative two", "number", "-2", None, "exact"),), id="negative-word"),
    # "degrees" after a sign, or before "below zero", is a temperature in degrees Celsius.
    pytest.param("it was negative two degrees", (("negative two degrees", "quantity", "-2", "degC", "exact"),), id="negative-word-degrees"),
    pytest.param("about minus 5 degrees at night", (("about minus 5 degrees", "quantity", "-5", "degC", "about"),), id="minus-degrees-hedged"),
    pytest.param("a low of -18 degrees", (("-18 degrees", "quantity", "-18", "degC", "exact"),), id="hyphen-degrees"),
    pytest.param("ten degrees below zero", (("ten degrees below zero", "quantity", "-10", "degC", "exact"),), id="degrees-below-zero"),
    pytest.param("about -3% a year", (("about -3%", "percent", "-3", "%", "about"),), id="hedged"),
    pytest.param("(-1.5%)", (("-1.5%", "percent", "-1.5", "%", "exact"),), id="in-brackets"),
]
EN_SIGNS_NOT = [
    pytest.param("in 2019-2020 alone", id="year-span"),
    pytest.param("COVID-19 cases", id="code"),
    pytest.param("from Jan-Mar", id="month-span"),
    pytest.param("5-6 tons of steel", id="range"),
    pytest.param("she tested negative three times", id="test-result"),
    pytest.param("a 3 -2 win", id="after-a-figure-and-space"),
    pytest.param("pp.-3 and on", id="after-a-dot"),
    pytest.param("turned 90 degrees", id="unsigned-degrees-are-no-temperature"),
]

# Currencies in lower case, other dollars with a space or after letters, scaled codes, pence.
EN_CURRENCIES = [
    pytest.param("cost 25 swiss francs", (("25 swiss francs", "money", "25", "CHF", "exact"),), id="lower-swiss-francs"),
    pytest.param("about 300 chinese yuan", (("about 300 chinese yuan", "money", "300", "CNY", "about"),), id="lower-chinese-yuan"),
    pytest.param("just 50 rmb each", (("50 rmb", "money", "50", "CNY", "exact"),), id="lower-rmb"),
    pytest.param("12 million hong kong dollars", (("12 million hong kong dollars", "money", "12000000", "HKD", "exact"),), id="lower-hong-kong-dollars"),
    pytest.param("worth a us dollar", (("a us dollar", "money", "1", "USD", "exact"),), id="a-us-dollar"),
    pytest.param("for a dollar a day", (("a dollar", "money", "1", "USD", "exact"),), id="a-dollar"),
    pytest.param("tickets at hk $ 30", (("hk $ 30", "money", "30", "HKD", "exact"),), id="hk-dollar-spaced-lower"),
    pytest.param("only c $ 5", (("c $ 5", "money", "5", "CAD", "exact"),), id="c-dollar-spaced-lower"),
    pytest.param("only HK $ 8", (("HK $ 8", "money", "8", "HKD", "exact"),), id="hk-dollar-spaced"),
    pytest.param("sold for Mex$10", (("Mex$10", "money", "10", "MXN", "exact"),), id="mex-dollar"),
    pytest.param("sold for MXN$11", (("MXN$11", "money", "11", "MXN", "exact"),), id="mxn-dollar"),
    pytest.param("a budget of 45 MUSD", (("45 MUSD", "money", "45000000", "USD", "exact"),), id="mega-usd"),
    pytest.param("revenue of 3MEUR", (("3MEUR", "money", "3000000", "EUR", "exact"),), id="mega-eur-glued"),
    pytest.param("fees of 20 kEUR", (("20 kEUR", "money", "20000", "EUR", "exact"),), id="kilo-eur"),
    pytest.param("a stamp of 50 pence", (("50 pence", "money", "0.5", "GBP", "exact"),), id="pence"),
    pytest.param("not worth a penny", (("a penny", "money", "0.01", "GBP", "exact"),), id="a-penny"),
    pytest.param("a two-yen coin", (("two-yen", "money", "2", "JPY", "exact"),), id="two-yen-adjective"),
    pytest.param("a 100-yuan note", (("100-yuan", "money", "100", "CNY", "exact"),), id="digits-yuan-adjective"),
]
EN_CURRENCIES_NOT = [
    pytest.param("the euro zone grew", id="euro-zone"),
    pytest.param("a dollar-denominated bond", id="dollar-denominated"),
    pytest.param("prices rub off", id="rub-is-a-verb"),
    pytest.param("paid R$10", id="unknown-dollar-prefix"),
    pytest.param("5 BUSD tokens", id="busd-is-a-coin"),
]

# Composite numbers, counted dozens, "half as".
EN_COMPOSITES = [
    pytest.param("5 thousand 2 hundred and 17 people", (("5 thousand 2 hundred and 17", "number", "5217", None, "exact"),), id="digits-and-scales"),
    pytest.param("2 million 300 thousand", (("2 million 300 thousand", "number", "2300000", None, "exact"),), id="million-thousand"),
    pytest.param("3 thousand and 4 hundred", (("3 thousand and 4 hundred", "number", "3400", None, "exact"),), id="and-hundred"),
    pytest.param("bought four dozen eggs", (("four dozen", "number", "48", None, "exact"),), id="four-dozen"),
    pytest.param("four dozens of them", (("four dozens", "number", "48", None, "exact"),), id="four-dozens"),
    pytest.param("6 dozen roses", (("6 dozen", "number", "72", None, "exact"),), id="digit-dozen"),
    pytest.param("half as many visitors", (("half", "multiplier", "0.5", None, "exact"),), id="half-as-many"),
    pytest.param("half as large", (("half", "multiplier", "0.5", None, "exact"),), id="half-as-large"),
    pytest.param("60 million and 200 million yuan", (("60 million", "number", "60000000", None, "exact"), ("200 million yuan", "money", "200000000", "CNY", "exact")), id="list-of-two-amounts"),
    pytest.param("5 thousand, 2 hundred", (("5 thousand", "number", "5000", None, "exact"), ("2 hundred", "number", "200", None, "exact")), id="comma-separates"),
    pytest.param("half the population", (("half", "percent", "50", "%", "exact"),), id="half-the-is-a-share"),
]
# Shares stated with "one" or a plural denominator, with no "of" after them, and as a count in a
# count ("one in five"): percent, so they pair with 三分之一 and 五分之一.
EN_SHARES = [
    pytest.param("Sales fell by one third.", (("one third", "percent", "33.33333333333333333333333333", "%", "exact"),), id="one-third-alone"),
    pytest.param("cut by one-third", (("one-third", "percent", "33.33333333333333333333333333", "%", "exact"),), id="one-third-hyphen"),
    pytest.param("roughly one-fifth", (("roughly one-fifth", "percent", "20", "%", "about"),), id="one-fifth-hedged"),
    pytest.param("grew by one tenth", (("one tenth", "percent", "10", "%", "exact"),), id="one-tenth"),
    pytest.param("down by two thirds", (("two thirds", "percent", "66.66666666666666666666666667", "%", "exact"),), id="two-thirds-alone"),
    pytest.param("cut its stake by one-quarter", (("one-quarter", "percent", "25", "%", "exact"),), id="one-quarter-hyphen"),
    pytest.param("one in five adults", (("one in five", "percent", "20", "%", "exact"),), id="one-in-five"),
    pytest.param("one out of every five cars", (("one out of every five", "percent", "20", "%", "exact"),), id="one-out-of-every-five"),
    pytest.param("nearly 1 in 10 homes", (("nearly 1 in 10", "percent", "10", "%", "nearly"),), id="digits-in-digits-hedged"),
    pytest.param("about three out of every four", (("about three out of every four", "percent", "75", "%", "about"),), id="three-out-of-every-four"),
]
EN_SHARES_NOT = [
    pytest.param("the third round", (("third", "number", "3", None, "exact"),), id="the-third-an-ordinal"),
    pytest.param("one third-party app", (), id="one-third-party"),
    pytest.param("one of the third", (("third", "number", "3", None, "exact"),), id="one-of-the-third"),
    pytest.param("on the 3rd", (("3rd", "number", "3", None, "exact"),), id="the-3rd-as-it-is"),
    pytest.param("a third country", (("third", "number", "3", None, "exact"),), id="a-third-an-ordinal"),
    pytest.param("a two-thirds deal", (), id="compound-adjective-after-an-article"),
    pytest.param("profit rose in one quarter", (), id="one-quarter-a-period"),
    pytest.param("ranked number one in five categories", (("five", "number", "5", None, "exact"),), id="number-one-in"),
    pytest.param("one in five years", (("five years", "duration", "5", "year", "exact"),), id="one-in-a-span"),
]
# Spans named by a phrase: "a fortnight" (14 days), "a week and a half" (10.5 days), as "two weeks".
EN_SPANS = [
    pytest.param("for a fortnight", (("a fortnight", "duration", "14", "day", "exact"),), id="fortnight"),
    pytest.param("about a fortnight later", (("about a fortnight", "duration", "14", "day", "about"),), id="fortnight-hedged"),
    pytest.param("a week and a half", (("a week and a half", "duration", "10.5", "day", "exact"),), id="week-and-a-half"),
    pytest.param("two weeks", (("two weeks", "duration", "14", "day", "exact"),), id="two-weeks-unchanged"),
]
EN_SPANS_NOT = [
    pytest.param("a fortnightly meeting", (), id="fortnightly"),
    pytest.param("a week ago", (), id="a-week-unread"),
]
# fmt: on

# Levels of a scale: a wind force (Beaufort) after "force" or "level" next to a word of wind, an
# earthquake's magnitude; a pair of blood pressures that states its unit once.
EN_LEVELS = [
    pytest.param(
        "gale-force winds of force 9.",
        (("9", "quantity", "9", "Bft", "exact"),),
        id="winds-of-force",
    ),
    pytest.param(
        "a Force-10 storm hit", (("10", "quantity", "10", "Bft", "exact"),), id="force-hyphen-storm"
    ),
    pytest.param(
        "level-6 winds", (("6", "quantity", "6", "Bft", "exact"),), id="level-hyphen-winds"
    ),
    pytest.param(
        "a force seven gale", (("seven", "quantity", "7", "Bft", "exact"),), id="force-word"
    ),
    pytest.param(
        "a magnitude-5.8 earthquake",
        (("5.8", "quantity", "5.8", "magnitude", "exact"),),
        id="magnitude-before",
    ),
    pytest.param(
        "a 4.1-magnitude aftershock",
        (("4.1", "quantity", "4.1", "magnitude", "exact"),),
        id="magnitude-after",
    ),
    pytest.param(
        "the 6.5 earthquake",
        (("6.5", "quantity", "6.5", "magnitude", "exact"),),
        id="decimal-before-earthquake",
    ),
    pytest.param(
        "3 earthquakes and 2 quakes",
        (("3", "number", "3", None, "exact"), ("2", "number", "2", None, "exact")),
        id="quakes-counted",
    ),
    pytest.param(
        "measured 7.0 on the Richter scale",
        (("7.0", "quantity", "7", "magnitude", "exact"),),
        id="richter-scale",
    ),
    pytest.param(
        "a pressure of 140/90 mmHg",
        (
            ("140", "quantity", "140", "mmHg", "exact"),
            ("90 mmHg", "quantity", "90", "mmHg", "exact"),
        ),
        id="pressure-pair",
    ),
    pytest.param(
        "120/80 millimetres of mercury",
        (
            ("120", "quantity", "120", "mmHg", "exact"),
            ("80 millimetres of mercury", "quantity", "80", "mmHg", "exact"),
        ),
        id="pressure-pair-words",
    ),
    # Not a level of wind or an earthquake: a name, an alert level, a game level, a fraction.
    pytest.param("Air Force 2 flew", (), id="air-force"),
    pytest.param("a level 3 alert", (("3", "number", "3", None, "exact"),), id="alert-level"),
    pytest.param("Level 5 of the game", (), id="game-level"),
    pytest.param("in 3/4 of cases", (("3/4", "percent", "75", "%", "exact"),), id="fraction-slash"),
]

# Open bounds: a hedge after a figure is none where another figure follows it ("over 16 and under
# 60" is two bounds), while "12 and under" alone is one.
EN_OPEN_BOUNDS = [
    pytest.param(
        # A floor and a ceiling in one currency: one range, as 3000元以上3万元以下 is read.
        "a fine of more than 3,000 yuan and less than 30,000 yuan",
        (
            (
                "more than 3,000 yuan and less than 30,000 yuan",
                "money",
                "3000..30000",
                "CNY",
                "range",
            ),
        ),
        id="money-bounds",
    ),
    pytest.param(
        "aged over 16 and under 60",
        (("over 16", "number", "16", None, "over"), ("under 60", "number", "60", None, "under")),
        id="and-under-before-a-figure",
    ),
    pytest.param(
        "those 16 and over and under sixty",
        (
            ("16 and over", "number", "16", None, "over"),
            ("under sixty", "number", "60", None, "under"),
        ),
        id="and-over-then-under-a-word",
    ),
    pytest.param(
        "3,000 yuan or more and 30,000 yuan or less",
        (
            ("3,000 yuan or more", "money", "3000", "CNY", "over"),
            ("30,000 yuan or less", "money", "30000", "CNY", "under"),
        ),
        id="hedges-after",
    ),
    pytest.param(
        "kids 12 and under",
        (("12 and under", "number", "12", None, "under"),),
        id="and-under-alone",
    ),
    pytest.param(
        "10 plus 5",
        (("10", "number", "10", None, "exact"), ("5", "number", "5", None, "exact")),
        id="plus-before-a-figure",
    ),
]

# Rates: money per an amount of mass, area or volume ("per", "a", "/"), as 24元/公斤 is read; money
# per a person or a period stays money.
EN_RATES = [
    pytest.param(
        "spent 16 yuan on fertilizer per mu",
        (
            (
                "16 yuan on fertilizer per mu",
                "money",
                "0.024",
                "CNY/m2",
                "exact",
            ),
        ),
        id="per-words-after-the-money",
    ),
    pytest.param(
        "earned 5 million yuan in sales per year",
        (("5 million yuan", "money", "5000000", "CNY", "exact"),),
        id="per-a-period-is-no-rate",
    ),
    pytest.param(
        "paid 100 yuan of which 20 per cent",
        (
            ("100 yuan", "money", "100", "CNY", "exact"),
            ("20 per cent", "percent", "20", "%", "exact"),
        ),
        id="per-cent-is-no-rate",
    ),
    pytest.param(
        "at 0.6 yuan per kilowatt-hour",
        (("0.6 yuan per kilowatt-hour", "money", "0.6", "CNY/kWh", "exact"),),
        id="per-kilowatt-hour",
    ),
    pytest.param(
        "sold at 24 yuan per kilogram",
        (("24 yuan per kilogram", "money", "24000", "CNY/t", "exact"),),
        id="per-kilogram",
    ),
    pytest.param(
        "sold at 24 yuan/kg", (("24 yuan/kg", "money", "24000", "CNY/t", "exact"),), id="slash-kg"
    ),
    pytest.param(
        "sold at 24 yuan a kilo",
        (("24 yuan a kilo", "money", "24000", "CNY/t", "exact"),),
        id="a-kilo",
    ),
    pytest.param(
        "about $2 per pound",
        (("about $2 per pound", "money", "4409.245243697551614459476027", "USD/t", "about"),),
        id="dollars-per-pound",
    ),
    pytest.param(
        "35,000 yuan per square metre",
        (("35,000 yuan per square metre", "money", "35000", "CNY/m2", "exact"),),
        id="per-square-metre",
    ),
    pytest.param(
        "$3 a gallon",
        (("$3 a gallon", "money", "0.7925161570744452461396997648", "USD/L", "exact"),),
        id="a-gallon",
    ),
    pytest.param(
        "60 yuan per person",
        (("60 yuan", "money", "60", "CNY", "exact"),),
        id="per-person-is-money",
    ),
    pytest.param("$5 a month", (("$5", "money", "5", "USD", "exact"),), id="a-month-is-money"),
    # A range of rates: the currency written once after both ends or before each of them.
    pytest.param(
        "50,000 to 60,000 yuan per square metre",
        (("50,000 to 60,000 yuan per square metre", "money", "50000..60000", "CNY/m2", "range"),),
        id="range-per-square-metre",
    ),
    pytest.param(
        "$2 to $3 a kilogram",
        (("$2 to $3 a kilogram", "money", "2000..3000", "USD/t", "range"),),
        id="range-dollar-each-end",
    ),
    pytest.param(
        "20-25 yuan/kg",
        (("20-25 yuan/kg", "money", "20000..25000", "CNY/t", "range"),),
        id="range-hyphen-slash",
    ),
    pytest.param(
        "20 to 30 yuan per person",
        (("20 to 30 yuan", "money", "20..30", "CNY", "range"),),
        id="range-per-person-is-money",
    ),
    pytest.param(
        "from 2019 to 30 yuan per kilogram",
        (
            ("2019", "year", "2019", None, "exact"),
            ("30 yuan per kilogram", "money", "30000", "CNY/t", "exact"),
        ),
        id="year-is-no-low-end-of-a-rate",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_SIGNS + EN_CURRENCIES + EN_COMPOSITES)
def test_en_signs_currencies_composites(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_SIGNS_NOT)
def test_en_hyphen_that_joins_is_no_sign(text: str) -> None:
    assert [row for row in claims_of(text, "en") if row[2].startswith("-")] == []


@pytest.mark.parametrize("text", EN_CURRENCIES_NOT)
def test_en_currencies_negative(text: str) -> None:
    assert all(row[1] != "money" for row in claims_of(text, "en"))


@pytest.mark.parametrize(("text", "expected"), EN_QUANTITIES)
def test_en_quantities(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_QUANTITIES_NEGATIVE)
def test_en_quantities_negative(text: str) -> None:
    assert all(row[1] != "quantity" for row in claims_of(text, "en"))


@pytest.mark.parametrize(("text", "expected"), EN_MONEY_AFTER)
def test_en_money_after_the_figure(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_TIMES)
def test_en_clock_times(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_TIMES_NEGATIVE)
def test_en_clock_times_negative(text: str) -> None:
    assert all(row[1] != "time" for row in claims_of(text, "en"))


@pytest.mark.parametrize(("text", "expected"), EN_RACE_TIMES)
def test_en_race_times(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_RACE_TIMES_NEGATIVE)
def test_en_race_times_negative(text: str) -> None:
    assert claims_of(text, "en") == ()


@pytest.mark.parametrize(("text", "expected"), EN_SHARES + EN_SHARES_NOT)
def test_en_shares(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SPANS + EN_SPANS_NOT)
def test_en_spans_named_by_a_phrase(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_LEVELS)
def test_en_levels_of_a_scale_and_pressures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_OPEN_BOUNDS)
def test_en_open_bounds(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), EN_RATES)
def test_en_rates_per_unit(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected
