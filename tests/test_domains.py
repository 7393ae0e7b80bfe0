"""Figures as sports, weather, finance, health, transport and education news write them: the forms a
probe of those sections found misread or unread.

Cases written by us for each phenomenon (not copied from the seeds or any corpus): doses in
milligrams and micrograms, a speed stated as a distance each hour (每小时20公里), the parts of a
span in hours, minutes and seconds (4小时18分, 1分45秒), a race time with its hundredths (9秒83),
a change followed by the level it reaches (提高2个百分点至35%), which is no range, and scores
and ratios (3比1, 3：0, "won 3-1"), two figures on each side.
"""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# fmt: off
# Doses and nutrients: milligrams and micrograms are masses, on both sides.
ZH_DOSES = [
    pytest.param("每次500毫克", (("500毫克", "mass", "0.0000005", "t", "exact"),), id="milligrams"),
    pytest.param("每日400微克", (("400微克", "mass", "0.0000000004", "t", "exact"),), id="micrograms"),
    pytest.param("剂量为5毫克/千克", (("5毫克", "mass", "0.000000005", "t", "exact"),), id="per-kilogram"),
]
EN_DOSES = [
    pytest.param("take 250 mg daily", (("250 mg", "mass", "0.00000025", "t", "exact"),), id="mg"),
    pytest.param("400 micrograms of folic acid", (("400 micrograms", "mass", "0.0000000004", "t", "exact"),), id="micrograms"),
    pytest.param("a 50 mcg tablet", (("50 mcg", "mass", "0.00000000005", "t", "exact"),), id="mcg"),
]
# 每小时 before a distance states a speed, as 时速 does.
ZH_SPEEDS = [
    pytest.param("以每小时20公里的速度移动", (("每小时20公里", "quantity", "20", "km/h", "exact"),), id="meixiaoshi"),
    pytest.param("限速为每小时120公里", (("每小时120公里", "quantity", "120", "km/h", "exact"),), id="speed-limit"),
]
ZH_SPEEDS_NOT = [
    # A price or a count each hour is no speed.
    pytest.param("每小时30元", (("30元", "money", "30", "CNY", "exact"),), id="price-per-hour"),
    pytest.param("每小时5班", (("5班", "count", "5", None, "exact"),), id="trips-per-hour"),
]
# The parts of a span stated in hours, minutes and seconds: each part in its own unit.
ZH_SPAN_PARTS = [
    pytest.param("全程4小时18分", (("4小时", "duration", "4", "hour", "exact"), ("18分", "duration", "18", "minute", "exact")), id="hours-minutes"),
    pytest.param("用时1分45秒", (("1分", "duration", "1", "minute", "exact"), ("45秒", "duration", "45", "second", "exact")), id="minutes-seconds"),
    pytest.param("跑了2小时8分30秒", (("2小时", "duration", "2", "hour", "exact"), ("8分", "duration", "8", "minute", "exact"), ("30秒", "duration", "30", "second", "exact")), id="hours-minutes-seconds"),
    pytest.param("飞行3小时零5分", (("3小时", "duration", "3", "hour", "exact"), ("5分", "duration", "5", "minute", "exact")), id="ling"),
    pytest.param("以9秒83夺冠", (("9秒83", "duration", "9.83", "second", "exact"),), id="hundredths"),
    pytest.param("成绩为3分05秒12", (("3分", "duration", "3", "minute", "exact"), ("05秒12", "duration", "5.12", "second", "exact")), id="minutes-seconds-hundredths"),
]
ZH_SPAN_PARTS_NOT = [
    # 分 alone is a mark; after a clock hour minutes and seconds belong to the time.
    pytest.param("他得了18分", (("18", "number", "18", None, "exact"),), id="points"),
    pytest.param("定于14时20分出发", (("14时20分", "time", "14:20", None, "exact"),), id="clock-minutes"),
    pytest.param("3小时20分钟", (("3小时", "duration", "3", "hour", "exact"), ("20分钟", "duration", "20", "minute", "exact")), id="fenzhong-stays"),
    pytest.param("用了10秒20个人", (("10秒", "duration", "10", "second", "exact"), ("20个", "count", "20", None, "exact")), id="seconds-then-count"),
]
# A change followed by the level it reaches states two figures; a range states its unit once or
# the same unit twice.
ZH_CHANGE_TO_LEVEL = [
    pytest.param("提高2个百分点至35%", (("2个百分点", "percent", "2", "pp", "exact"), ("35%", "percent", "35", "%", "exact")), id="points-to-percent"),
    pytest.param("上涨3%至50元", (("3%", "percent", "3", "%", "exact"), ("50元", "money", "50", "CNY", "exact")), id="percent-to-price"),
    pytest.param("4英寸至8英寸", (("4英寸至8英寸", "quantity", "0.1016..0.2032", "m", "range"),), id="same-unit-twice"),
    pytest.param("30万至35万元", (("30万至35万元", "money", "300000..350000", "CNY", "range"),), id="unit-once"),
]
# A score or a ratio is two figures on both sides: 3比1, 3：0 and 1:2 in Chinese, "won 3-1", "a 2-1
# victory" and "3:0" in English. Not a clock time, not a range of a counted noun.
ZH_SCORES = [
    pytest.param("客场3：0完胜对手", (("3", "number", "3", None, "exact"), ("0", "number", "0", None, "exact")), id="fullwidth-colon"),
    pytest.param("以108:102击败对手", (("108", "number", "108", None, "exact"), ("102", "number", "102", None, "exact")), id="three-digits"),
    pytest.param("按1∶2的比例", (("1", "number", "1", None, "exact"), ("2", "number", "2", None, "exact")), id="ratio-sign"),
]
ZH_SCORES_NOT = [
    pytest.param("定于10:30开始", (("10:30", "time", "10:30", None, "exact"),), id="clock-time"),
    pytest.param("比例为1:2:3", (), id="three-parts"),
]
EN_SCORES = [
    pytest.param("Brazil beat Chile 4-1 in the semi-final", (("4", "number", "4", None, "exact"), ("1", "number", "1", None, "exact")), id="beat-team"),
    pytest.param("They lost 98-102 to Boston.", (("98", "number", "98", None, "exact"), ("102", "number", "102", None, "exact")), id="ascending-after-verb"),
    pytest.param("The hosts led 2-0.", (("2", "number", "2", None, "exact"), ("0", "number", "0", None, "exact")), id="sentence-end"),
    pytest.param("a 1-2 defeat at home", (("1", "number", "1", None, "exact"), ("2", "number", "2", None, "exact")), id="result-noun"),
    pytest.param("the match ended 2:1 after extra time", (("2", "number", "2", None, "exact"), ("1", "number", "1", None, "exact")), id="colon"),
]
EN_SCORES_NOT = [
    pytest.param("the party won 10-15 seats", (("10-15", "number", "10..15", None, "range"),), id="range-of-seats"),
    pytest.param("children aged 6-12", (("6-12", "number", "6..12", None, "range"),), id="ages"),
    pytest.param("they won 3-1.5 points", (), id="decimal-end"),
    pytest.param("we met at 10:30 a.m.", (("10:30 a.m.", "time", "10:30", None, "exact"),), id="clock-time"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_DOSES + ZH_SPEEDS + ZH_SPEEDS_NOT)
def test_zh_units_of_domains(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_DOSES)
def test_en_units_of_domains(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_SPAN_PARTS + ZH_SPAN_PARTS_NOT)
def test_zh_span_parts(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_CHANGE_TO_LEVEL)
def test_zh_change_to_level_is_no_range(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_SCORES + ZH_SCORES_NOT)
def test_zh_scores_are_two_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SCORES + EN_SCORES_NOT)
def test_en_scores_are_two_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


# fmt: off
# Science and engineering: sound levels, frequencies, rotation, small and astronomical lengths,
# speeds a second, currents and voltages, read with their units on both sides.
ZH_SCIENCE_UNITS = [
    pytest.param("音量控制在60分贝以下", (("60分贝以下", "quantity", "60", "dB", "under"),), id="decibels"),
    pytest.param("主频2.4吉赫", (("2.4吉赫", "quantity", "2400000000", "Hz", "exact"),), id="gigahertz"),
    pytest.param("调频103.7兆赫", (("103.7兆赫", "quantity", "103700000", "Hz", "exact"),), id="megahertz"),
    pytest.param("交流电50赫兹", (("50赫兹", "quantity", "50", "Hz", "exact"),), id="hertz"),
    pytest.param("转速1500转/分", (("1500转/分", "quantity", "1500", "rpm", "exact"),), id="turns-per-minute"),
    pytest.param("以每分钟1200转运转", (("每分钟1200转", "quantity", "1200", "rpm", "exact"),), id="each-minute-turns"),
    pytest.param("颗粒直径10微米", (("10微米", "quantity", "0.00001", "m", "exact"),), id="micrometres"),
    pytest.param("相距8.6光年", (("8.6光年", "quantity", "81362282064194880", "m", "exact"),), id="light-years"),
    pytest.param("相距5.2天文单位", (("5.2天文单位", "quantity", "777908927640", "m", "exact"),), id="astronomical-units"),
    pytest.param("以每秒11.2公里的速度", (("每秒11.2公里", "quantity", "40320", "km/h", "exact"),), id="each-second-km"),
    pytest.param("轨道速度7.8公里/秒", (("7.8公里/秒", "quantity", "28080", "km/h", "exact"),), id="km-per-second"),
    pytest.param("输出电流300毫安", (("300毫安", "quantity", "0.3", "A", "exact"),), id="milliamperes"),
    pytest.param("电压为800千伏", (("800千伏", "quantity", "800000", "V", "exact"),), id="kilovolts"),
    pytest.param("额定电流16安培", (("16安培", "quantity", "16", "A", "exact"),), id="amperes"),
    pytest.param("额定电压为220伏", (("220伏", "quantity", "220", "V", "exact"),), id="volts-after-digits"),
    pytest.param("电压为220至240伏", (("220至240伏", "quantity", "220..240", "V", "range"),), id="volts-range"),
    pytest.param("能量密度260瓦时/千克", (("260瓦时", "quantity", "0.26", "kWh", "exact"),), id="watt-hours"),
    pytest.param("约合2个标准大气压", (("约合2个标准大气压", "quantity", "1520", "mmHg", "about"),), id="atmospheres"),
    pytest.param("用水量不得超过5吨", (("不得超过5吨", "mass", "5", "t", "under"),), id="must-not-exceed"),
    pytest.param("浓度为420ppm", (("420ppm", "percent", "0.042", "%", "exact"),), id="ppm"),
    pytest.param("浓度为百万分之五", (("百万分之五", "percent", "0.0005", "%", "exact"),), id="per-million"),
    pytest.param("光速约为3×10⁸米/秒", (("约为3×10⁸米/秒", "quantity", "1080000000", "km/h", "about"),), id="power-superscript"),
    pytest.param("光速约为3×10^8米/秒", (("约为3×10^8米/秒", "quantity", "1080000000", "km/h", "about"),), id="power-caret"),
    pytest.param("电荷量为1.6×10⁻¹⁹库仑", (("1.6×10⁻¹⁹", "number", "0.00000000000000000016", None, "exact"),), id="power-negative-bare"),
    pytest.param("约有5×10^6个细胞", (("约有5×10^6", "number", "5000000", None, "about"),), id="power-bare"),
]
ZH_SCIENCE_UNITS_NOT = [
    # A product of two sizes is no power of ten.
    pytest.param("尺寸30×20厘米", (("30", "quantity", "0.3", "m", "exact"), ("20厘米", "quantity", "0.2", "m", "exact")), id="dimensions"),
    # 伏 alone is a season (三伏), 天文 no day, and a count or a price each minute or second no speed.
    pytest.param("三伏天最热", (), id="season-no-volts"),
    pytest.param("一伏饺子二伏面", (), id="seasons-no-volts"),
    pytest.param("3安全", (("3", "number", "3", None, "exact"),), id="an-no-ampere"),
    pytest.param("第一天文台", (), id="observatory-no-day"),
    pytest.param("每分钟3次", (("3次", "count", "3", None, "exact"),), id="count-each-minute"),
    pytest.param("每秒5元", (("5元", "money", "5", "CNY", "exact"),), id="price-each-second"),
]
EN_SCIENCE_UNITS = [
    pytest.param("kept below 60 decibels", (("below 60 decibels", "quantity", "60", "dB", "under"),), id="decibels"),
    pytest.param("noise of 120 dB", (("120 dB", "quantity", "120", "dB", "exact"),), id="dB"),
    pytest.param("idles at 1,500 rpm", (("1,500 rpm", "quantity", "1500", "rpm", "exact"),), id="rpm"),
    pytest.param("1,200 revolutions per minute", (("1,200 revolutions per minute", "quantity", "1200", "rpm", "exact"),), id="revolutions"),
    pytest.param("particles 10 microns across", (("10 microns", "quantity", "0.00001", "m", "exact"),), id="microns"),
    pytest.param("10 µm particles", (("10 µm", "quantity", "0.00001", "m", "exact"),), id="micro-sign"),
    pytest.param("8.6 light-years away", (("8.6 light-years", "quantity", "81362282064194880", "m", "exact"),), id="light-years"),
    pytest.param("5.2 AU from the Sun", (("5.2 AU", "quantity", "777908927640", "m", "exact"),), id="AU"),
    pytest.param("11.2 kilometers per second", (("11.2 kilometers per second", "quantity", "40320", "km/h", "exact"),), id="km-per-second"),
    pytest.param("at 8 km/s", (("8 km/s", "quantity", "28800", "km/h", "exact"),), id="km/s"),
    pytest.param("a 300 milliamps output", (("300 milliamps", "quantity", "0.3", "A", "exact"),), id="milliamps"),
    pytest.param("about 2 atmospheres", (("about 2 atmospheres", "quantity", "1520", "mmHg", "about"),), id="atmospheres"),
    pytest.param("1 atm", (("1 atm", "quantity", "760", "mmHg", "exact"),), id="atm"),
    pytest.param("420 parts per million", (("420 parts per million", "percent", "0.042", "%", "exact"),), id="parts-per-million"),
    pytest.param("a level of 5 ppm", (("5 ppm", "percent", "0.0005", "%", "exact"),), id="ppm"),
    pytest.param("about 3 x 10^8 m/s", (("about 3 x 10^8 m/s", "quantity", "1080000000", "km/h", "about"),), id="power-caret"),
    pytest.param("some 3×10⁸ m/s", (("some 3×10⁸ m/s", "quantity", "1080000000", "km/h", "about"),), id="power-superscript"),
    pytest.param("1.6 × 10⁻¹⁹ coulombs", (("1.6 × 10⁻¹⁹", "number", "0.00000000000000000016", None, "exact"),), id="power-negative-bare"),
    pytest.param("125 quadrillion calculations", (("125 quadrillion", "number", "125000000000000000", None, "exact"),), id="quadrillion"),
    pytest.param("a mass of 2 x 10^30 kg", (("2 x 10^30 kg", "mass", "2000000000000000000000000000", "t", "exact"),), id="power-mass"),
]
EN_SCIENCE_UNITS_NOT = [
    pytest.param("30 x 20 cm", (("30", "quantity", "0.3", "m", "exact"), ("20 cm", "quantity", "0.2", "m", "exact")), id="dimensions"),
    pytest.param("a bar of soap", (), id="bar-of-soap"),
    pytest.param("3 bars", (("3", "number", "3", None, "exact"),), id="bars-counted"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_SCIENCE_UNITS + ZH_SCIENCE_UNITS_NOT)
def test_zh_units_of_science(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SCIENCE_UNITS + EN_SCIENCE_UNITS_NOT)
def test_en_units_of_science(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected
