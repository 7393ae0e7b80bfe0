"""Alignment and classification on small synthetic documents, one behaviour a row.

Every row is written for the rule it pins down (align.py's docstring lists the rules): equivalences
that must give no finding, and each finding type with its factor and suggestion.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tradefacts.model import Document, Source
from tradefacts.pipeline import check_document
from tradefacts.readers import read_documents

Found = tuple[tuple[str, str | None, str | None, Decimal | None, str | None], ...]


def findings_of(zh: str, en: str) -> Found:
    document = Document(
        id="t",
        path="t",
        zh=zh,
        en=en,
        zh_source=Source(path="t"),
        en_source=Source(path="t"),
    )
    return tuple(
        (
            f.type.value,
            f.zh.text if f.zh else None,
            f.en.text if f.en else None,
            f.factor,
            f.suggestion,
        )
        for f in check_document(document).findings
    )


# Equivalences: the translation says the same thing in its own way. Written for each rule.
EQUIVALENT = [
    pytest.param("出口１５亿美元。", "Exports were $1.5 billion.", id="yi-as-billion"),
    pytest.param(
        "贸易额4518.3万瑞士法郎。", "Trade was 45.183 million Swiss francs.", id="wan-as-million"
    ),
    pytest.param(
        "贸易额4518.3万瑞士法郎。",
        "Trade was 45.2 million Swiss francs.",
        id="rounded-to-stated-precision",
    ),
    pytest.param(
        "全市有近百家工厂。", "The city has nearly a hundred factories.", id="nearly-a-hundred"
    ),
    pytest.param("贸易额翻一番。", "Trade volume doubled.", id="doubling"),
    pytest.param("1995年6月开通航线。", "The route opened in June 1995.", id="month-year-order"),
    pytest.param(
        "头9个月进口增长。", "Imports grew in the first nine months.", id="first-nine-months"
    ),
    pytest.param("补贴几百万元。", "Subsidies of several million yuan.", id="vague-interval"),
    pytest.param("招聘7000多人。", "Over 7,000 people were hired.", id="over-seven-thousand"),
    pytest.param("出口２０万吨。", "Exports were 440 million pounds.", id="converted-unit"),
    pytest.param("增长８．７％。", "It grew nearly 9%.", id="hedged-rounding"),
    pytest.param(
        "大豆１５万吨，小麦３５万吨。",
        "Wheat: 350,000 tons. Soybeans: 150,000 tons.",
        id="reordered",
    ),
    pytest.param(
        "１９９３年出口增长。１９９３年进口下降。",
        "In 1993 exports rose and imports fell.",
        id="stated-twice-once",
    ),
    pytest.param("占６５％。", "It accounts for 65 per cent.", id="per-cent"),
    pytest.param("刊于第6版。", "Printed in the 6th Edition.", id="stated-ordinal"),
    pytest.param("第一次出口。", "Exported for the first time.", id="unstated-ordinal"),
    pytest.param(
        "“珠江2018年第2号洪水”形成。",
        "The No. 2 Flood of the Pearl River in 2018 formed.",
        id="rank-without-its-number",
    ),
    pytest.param("经济负增长4%。", "The economy contracted 4%.", id="sign-carried-by-a-verb"),
    pytest.param(
        "夜间气温零下５度。",
        "Night temperatures of 5 degrees below zero.",
        id="sign-carried-by-below-zero",
    ),
    pytest.param(
        "银行18日发布公告。",
        "The bank issued a statement on the 18th.",
        id="day-of-month-as-ordinal",
    ),
    pytest.param(
        "新华社5月14日电 14日发布公告。",
        "Xinhua, May 14. A statement was issued on May 14.",
        id="day-of-month-given-its-month",
    ),
    pytest.param("超过５５％。", "More than 55%.", id="over-percent"),
    pytest.param(
        "机器的效率是人工的数百倍。",
        "The machine works hundreds of times faster than a person.",
        id="vague-multiplier-in-words",
    ),
    pytest.param("参赛者须年满16岁。", "Entrants must be 16 years of age.", id="age-of-age"),
    pytest.param(
        "4·20芦山地震后", "After the April 20 Lushan earthquake", id="event-named-by-date"
    ),
    pytest.param("4·20芦山地震后", "After the Lushan earthquake", id="event-date-left-out"),
    # A multiplier and the percent change it makes: x2 is +100 %, a growth of 1.5 times +150 %.
    pytest.param("销量翻了一番。", "Sales rose 100%.", id="doubled-as-percent"),
    pytest.param("销量增长了1.5倍。", "Sales rose 150%.", id="growth-times-as-percent"),
    pytest.param("销量增长了200%。", "Sales tripled.", id="percent-as-tripled"),
    pytest.param("成本减半。", "Costs fell by 50%.", id="halved-as-percent"),
    pytest.param("成本减半。", "Costs were cut by half.", id="halved-as-by-half"),
    pytest.param("公元前221年统一。", "Unified in 221 BC.", id="year-before-the-common-era"),
    pytest.param(
        "全年日照时数3200小时左右。",
        "It has around 3,200 annual sunshine hours.",
        id="unit-named-a-few-words-after",
    ),
    pytest.param("前30个交易日的均价。", "The average of the 30 trading days.", id="trading-days"),
    pytest.param("下调17个基本点。", "Cut by 17 basis points.", id="basis-points-in-full"),
    pytest.param("28日前后到达。", "Arriving around the 28th.", id="day-hedged-around"),
    pytest.param("美国五角大楼说。", "The Pentagon said.", id="pentagon-is-no-money"),
    pytest.param("合同金额50万英镑。", "A deal worth 500,000 pounds.", id="pounds-as-sterling"),
    pytest.param("时速350公里。", "At 350 km per hour.", id="km-per-hour"),
    pytest.param(
        "售价1500至2500元。", "Priced at 1,500 to 2,500 yuan.", id="range-from-a-year-shaped-end"
    ),
    pytest.param("增长百分之十到十五。", "Up 10 to 15 percent.", id="percent-prefix-range"),
    pytest.param("翻了两番。", "It quadrupled.", id="fanliangfan-quadrupled"),
    pytest.param(
        "人均预期寿命达77.3岁。", "Life expectancy reached 77.3 years.", id="age-as-span-of-years"
    ),
    pytest.param(
        "话剧《十四天》完成了。", "The play Fourteen Days is done.", id="title-not-rendered"
    ),
    pytest.param(
        "他宣读了《2020年政府工作报告》。",
        "He read the 2020 Government Work Report.",
        id="title-figure-restated",
    ),
    pytest.param("长三角地区。", "The Yangtze River Delta.", id="delta-is-no-money"),
    pytest.param("成本减少了一半。", "Costs were halved.", id="a-half-as-halved"),
    # A conversion into another currency in parentheses, in either text: not checked (no rate).
    pytest.param(
        "投资８亿元。", "It invested 800 million yuan ($110 million).", id="currency-gloss-added"
    ),
    pytest.param(
        "投资８亿元（约合１.１亿美元）。", "It invested $110 million.", id="only-the-gloss-kept"
    ),
    pytest.param(
        "投资８亿元（约合１.１亿美元）。",
        "It invested 800 million yuan (about 110 million US dollars).",
        id="both-kept",
    ),
    # Two numerals side by side are an approximate range (三五 = 3–5, 三两 = 2–3), not 35 or 32.
    pytest.param("休息三五天。", "Rest three to five days.", id="sanwu-days-range"),
    pytest.param("等了三两天。", "Waited two to three days.", id="sanliang-days-range"),
    # An elapsed time written with colons pairs part by part with the original's parts.
    pytest.param("她以1分52秒夺冠。", "She won in 1:52.", id="race-minutes-seconds"),
    pytest.param("以2小时11分47秒完赛。", "He finished in 2:11:47.", id="race-hours"),
    pytest.param("跑出4分2秒7。", "He clocked 4:02.7.", id="race-tenths"),
    pytest.param("要三五年。", "It takes 3 to 5 years.", id="sanwu-years-same-ends"),
    # Levels of a scale pair with the same level: wind force, earthquake magnitude; pressures.
    pytest.param("沿海有6级大风。", "Force 6 winds on the coast.", id="wind-force"),
    pytest.param("风力达到八级。", "Winds reached level 8.", id="wind-force-level-words"),
    pytest.param("发生6.5级地震。", "A 6.5 earthquake struck.", id="quake-magnitude"),
    pytest.param("里氏5.1级地震。", "A magnitude-5.1 quake.", id="quake-richter"),
    pytest.param(
        "血压140/90毫米汞柱。", "Blood pressure of 140/90 mmHg.", id="blood-pressure-pair"
    ),
    pytest.param("六万万同胞。", "600 million compatriots.", id="wan-wan-before-a-noun"),
    # 来 between a round figure and its measure word is "about"; 二两半 is 125 grams.
    pytest.param("来了十来个人。", "About ten people came.", id="shilai-about-ten"),
    pytest.param(
        "干了三十来年。", "He worked for about 30 years.", id="sanshilai-about-thirty-years"
    ),
    pytest.param("称了二两半。", "It weighed 125 grams.", id="liang-and-a-half-grams"),
    # Shares with "one" and as a count in a count; a span named by a phrase.
    pytest.param("销量下降了三分之一。", "Sales fell by one third.", id="one-third-alone"),
    pytest.param("减少了五分之一。", "It fell by one-fifth.", id="one-fifth-hyphen"),
    pytest.param("五分之一的成年人。", "One in five adults.", id="one-in-five"),
    pytest.param(
        "每四个人中有三个同意。", "Three out of every four agreed.", id="three-in-every-four"
    ),
    pytest.param("休假两周。", "A fortnight of leave.", id="fortnight-two-weeks"),
    # Statistics and machine translation: the base of a rate, rates per thousand, 万 transliterated.
    pytest.param(
        "每千人拥有医生3.1人。", "There are 3.1 doctors per 1,000 people.", id="per-base-digits"
    ),
    pytest.param(
        "每百户拥有汽车40辆。",
        "There are 40 cars for every hundred households.",
        id="per-base-words",
    ),
    pytest.param("死亡率为7.18‰。", "The death rate was 7.18 per thousand.", id="permille-words"),
    pytest.param("售价12万元。", "It sells for 12 wan yuan.", id="wan-transliterated"),
    pytest.param("年耗电量约800度。", "It uses about 800 kWh a year.", id="kwh-after-electricity"),
    pytest.param("海拔高度为3,000米。", "The altitude is 3000m.", id="glued-metres"),
    pytest.param("百公里油耗为5.6升。", "It uses 5.6 liters per 100 kilometers.", id="per-100-km"),
    pytest.param("百公里油耗为5.6升。", "Fuel consumption: 5.6L/100km.", id="per-100-km-glued"),
    pytest.param(
        "最高时速可达250公里。", "The top speed can reach 250 km/h.", id="speed-can-reach"
    ),
    pytest.param("开放时间为上午8点至下午5点。", "Open 8am-5pm.", id="am-pm-range"),
    pytest.param("营业时间：9:00-21:00。", "Opening hours: 9:00-21:00.", id="label-colon-time"),
    pytest.param("第十四个五年规划。", "The 14th Five-Year Plan.", id="plan-rank-both-sides"),
    pytest.param("净利润30亿元。", "Net profit was Rmb3bn.", id="rmb-title-case-bn"),
    pytest.param("投资45亿美元。", "It invested 4.5 bln dollars.", id="bln-dollars"),
    pytest.param(
        "通胀回落至1.8%。", "Inflation eased to one point eight percent.", id="decimal-in-words"
    ),
    pytest.param("二季度营收回升。", "Revenue recovered in Q2.", id="quarter-code"),
    pytest.param(
        "2023年Q3营收回升。",
        "Revenue recovered in the third quarter of 2023.",
        id="quarter-letter-in-chinese",
    ),
    pytest.param(
        "一季度营收下滑。", "Revenue fell in the first quarter.", id="quarter-first-in-words"
    ),
    pytest.param("第三季度营收回升。", "Third-quarter revenue recovered.", id="quarter-adjective"),
    pytest.param(
        "二季度营收回升。", "Revenue recovered in the quarter.", id="quarter-rank-left-unsaid"
    ),
]


@pytest.mark.parametrize(("zh", "en"), EQUIVALENT)
def test_equivalent_rendering_has_no_finding(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


# One finding each: type, both surfaces, factor, suggestion in the translation's style.
FINDINGS = [
    pytest.param(
        "话剧《十四天》完成了。",
        "The drama, fourteen weeks, is done.",
        (("unit", "十四天", "fourteen weeks", None, "fourteen days"),),
        id="title-figure-kept-unit-changed",
    ),
    pytest.param(
        "她获得第3名。",
        "She finished second.",
        (("value", "第3", "second", None, "third"),),
        id="placing-in-words-wrong",
    ),
    pytest.param(
        "翻了两番。",
        "It tripled.",
        (("value", "翻了两番", "tripled", None, "quadrupled"),),
        id="a-word-multiplier-has-no-other-convention",
    ),
    pytest.param(
        "价值五百万英镑。",
        "Worth five hundred thousand pounds.",
        (
            (
                "magnitude",
                "五百万英镑",
                "five hundred thousand pounds",
                Decimal("0.1"),
                "five million pounds",
            ),
        ),
        id="pounds-as-sterling-magnitude",
    ),
    pytest.param(
        "增长百分之十到十五。",
        "Up 10 to 20 percent.",
        (("value", "百分之十到十五", "10 to 20 percent", None, "10 to 15 percent"),),
        id="percent-prefix-range-end-changed",
    ),
    pytest.param(
        "公元前221年统一。",
        "Unified in 212 BC.",
        (("value", "公元前221年", "212 BC", None, "221 BC"),),
        id="year-before-the-common-era-wrong",
    ),
    pytest.param(
        "销量翻了一番。",
        "Sales rose 80%.",
        (("omission", "翻了一番", None, None, None), ("addition", None, "80%", None, None)),
        id="doubled-is-not-any-percent",
    ),
    # Around a conversion into another currency, the figures are still checked; the original's own
    # gloss, dropped beside its rendered head, is a note.
    pytest.param(
        "投资８亿元（约合１.１亿美元）。",
        "It invested 800 million yuan.",
        (("omission", "约合１.１亿美元", None, None, None),),
        id="original-gloss-dropped",
    ),
    pytest.param(
        "投资８亿元（约合１.１亿美元）。",
        "It invested 800 million yuan (over $110 million).",
        (("qualifier", "约合１.１亿美元", "over $110 million", None, "about $110 million"),),
        id="gloss-rendered-with-another-hedge",
    ),
    pytest.param(
        "重1000斤（500公斤）。",
        "It weighs 1,000 jin (600 kg).",
        (("value", "500公斤", "600 kg", None, "500 kg"),),
        id="gloss-renders-the-original-gloss",
    ),
    pytest.param(
        "投资８亿元（约合１.１亿美元）。",
        "It invested $210 million.",
        (("value", "约合１.１亿美元", "$210 million", None, "$110 million"),),
        id="kept-gloss-wrong",
    ),
    pytest.param(
        "投资８亿元。",
        "It invested 8 billion yuan ($110 million).",
        (("magnitude", "８亿元", "8 billion yuan", Decimal(10), "800 million yuan"),),
        id="head-wrong-beside-a-currency-gloss",
    ),
    pytest.param(
        "出口１５亿美元。",
        "Exports were $15 billion.",
        (("magnitude", "１５亿美元", "$15 billion", Decimal(10), "$1.5 billion"),),
        id="magnitude-yi-as-billion",
    ),
    pytest.param(
        "贸易额7.25亿瑞士法郎。",
        "Trade was 7.25 billion Swiss francs.",
        (
            (
                "magnitude",
                "7.25亿瑞士法郎",
                "7.25 billion Swiss francs",
                Decimal(10),
                "725 million Swiss francs",
            ),
        ),
        id="magnitude-suggestion-rescaled",
    ),
    pytest.param(
        "投资3000万美元。",
        "Investment was $3 million.",
        (("magnitude", "3000万美元", "$3 million", Decimal("0.1"), "$30 million"),),
        id="magnitude-too-small",
    ),
    pytest.param(
        "新建1800间宿舍。",
        "It will build 180 dormitories.",
        (("magnitude", "1800间", "180", Decimal("0.1"), "1,800"),),
        id="magnitude-count-that-looks-like-a-year",
    ),
    pytest.param(
        "小麦３５万吨。",
        "Wheat: 360,000 tons.",
        (("value", "３５万吨", "360,000 tons", None, "350,000 tons"),),
        id="value-one-digit",
    ),
    pytest.param(
        "出口１５亿美元。",
        "Exports were 1.5 billion yuan.",
        (("unit", "１５亿美元", "1.5 billion yuan", None, "$1.5 billion"),),
        id="unit-currency",
    ),
    pytest.param(
        "提高3个百分点。",
        "Up 3%.",
        (("unit", "3个百分点", "3%", None, "3 percentage points"),),
        id="unit-percentage-points",
    ),
    pytest.param(
        "减少近２亿美元。",
        "A loss of over $200 million.",
        (("qualifier", "近２亿美元", "over $200 million", None, "nearly $200 million"),),
        id="qualifier-nearly-vs-over",
    ),
    pytest.param(
        "减少近２亿美元。",
        "A loss of $200 million.",
        (("qualifier", "近２亿美元", "$200 million", None, "nearly $200 million"),),
        id="qualifier-dropped-hedge",
    ),
    pytest.param(
        "检查36万余次，维修31万余台。",
        "Nearly 360,000 checks and nearly 310,000 repairs.",
        (
            ("qualifier", "36万余次", "Nearly 360,000", None, "Over 360,000"),
            ("qualifier", "31万余台", "nearly 310,000", None, "over 310,000"),
        ),
        id="hedged-figures-pair-by-closest-value",
    ),
    pytest.param(
        "十几天来一直下雨。",
        "It has rained for the past ten days.",
        (("qualifier", "十几天来", "past ten days", None, None),),
        id="vague-against-exact-is-a-qualifier",
    ),
    pytest.param(
        "百余名学生参加。",
        "Hundreds of students took part.",
        (("qualifier", "百余名", "Hundreds", None, None),),
        id="vague-against-vague-is-a-qualifier",
    ),
    pytest.param(
        "出口２０万吨，增长８．７％。",
        "Exports were 200,000 tons.",
        (("omission", "８．７％", None, None, None),),
        id="omission",
    ),
    pytest.param(
        "出口增长。",
        "Exports grew 12%.",
        (("addition", None, "12%", None, None),),
        id="addition",
    ),
    pytest.param(
        "1996年5月17日签约。",
        "Signed on May 16, 1996.",
        (("value", "1996年5月17日", "May 16, 1996", None, "May 17, 1996"),),
        id="wrong-day",
    ),
    pytest.param(
        "1995年6月开通。",
        "Opened in July 1995.",
        (("value", "1995年6月", "July 1995", None, "June 1995"),),
        id="wrong-month",
    ),
    pytest.param(
        "1996年5月17日签约。",
        "Signed on 16 May 1996.",
        (("value", "1996年5月17日", "16 May 1996", None, "17 May 1996"),),
        id="wrong-day-day-first",
    ),
    pytest.param(
        "生于1961年，5月上任。",
        "Born in 1951, took office in May.",
        (("value", "1961年", "1951", None, "1961"),),
        id="year-and-month-share-nothing",
    ),
    pytest.param(
        "比2016年下降近三成。",
        "Down nearly 30% over 2015.",
        (("value", "2016年", "2015", None, "2016"),),
        id="year-read-as-a-bare-figure",
    ),
    pytest.param(
        "银行18日发布公告。",
        "The bank issued a statement on the 19th.",
        (("value", "18日", "19th", None, "18th"),),
        id="wrong-day-of-month",
    ),
    pytest.param(
        "第十四个五年计划。",
        "The 13th Five-Year Plan.",
        (("value", "第十四个五年", "13th Five-Year Plan", None, "14th Five-Year Plan"),),
        id="wrong-ordinal",
    ),
    pytest.param(
        "每千人拥有医生3.1人。",
        "There are 3.1 doctors per 100 people.",
        (("magnitude", "千", "100", Decimal("0.1"), "1,000"),),
        id="per-base-wrong-magnitude",
    ),
    pytest.param(
        "死亡率为7.18‰。",
        "The death rate was 7.18%.",
        (("unit", "7.18‰", "7.18%", None, "0.718%"),),
        id="permille-as-percent",
    ),
    pytest.param(
        "1993年出口增长。",
        "Exports grew in 1994.",
        (("value", "1993年", "1994", None, "1993"),),
        id="wrong-year",
    ),
    pytest.param(
        "休息三五天。",
        "Rest 35 days.",
        (("value", "三五天", "35 days", None, "3-5 days"),),
        id="sanwu-days-read-as-35",
    ),
    pytest.param(
        "她以1分52秒夺冠。",
        "She won in 1:53.",
        (("value", "52秒", "53", None, "52"),),
        id="race-wrong-seconds",
    ),
    pytest.param(
        "以2小时11分47秒完赛。",
        "He finished in 2:12:47.",
        (("value", "11分", "12", None, "11"),),
        id="race-wrong-minutes",
    ),
    # Two ranges with both ends written that overlap but differ end for end: a wrong value, also
    # where the original writes its ends side by side (两三天 = 2-3 days).
    pytest.param(
        "等了两三天。",
        "Waited three to five days.",
        (("value", "两三天", "three to five days", None, "two to three days"),),
        id="liangsan-days-against-three-to-five",
    ),
    pytest.param(
        "要三至五年。",
        "It takes 2 to 3 years.",
        (("value", "三至五年", "2 to 3 years", None, "3 to 5 years"),),
        id="overlapping-written-ranges",
    ),
    pytest.param(
        "沿海有8级大风。",
        "Force 7 winds on the coast.",
        (("value", "8级", "7", None, "8"),),
        id="wind-force-wrong",
    ),
    pytest.param(
        "发生6.5级地震。",
        "A magnitude 6.4 earthquake struck.",
        (("value", "6.5级", "6.4", None, "6.5"),),
        id="quake-magnitude-wrong",
    ),
    pytest.param(
        "血压140/90毫米汞柱。",
        "Blood pressure of 140/95 mmHg.",
        (("value", "90毫米汞柱", "95 mmHg", None, "90 mmHg"),),
        id="blood-pressure-wrong",
    ),
    pytest.param(
        "发生6级地震。",
        "Force 6 winds.",
        (("unit", "6级", "6", None, "magnitude 6"),),
        id="quake-rendered-as-wind-force",
    ),
    pytest.param(
        "罚款3000元以上3万元以下。",
        "A fine of less than 3,000 yuan and more than 30,000 yuan.",
        # The bounds are one range (3,000 to 30,000 yuan); swapped hedges make no range in English.
        (
            ("qualifier", "3000元以上3万元以下", "less than 3,000 yuan", None, None),
            ("addition", None, "more than 30,000 yuan", None, None),
        ),
        id="open-bounds-swapped",
    ),
    pytest.param(
        "年满16周岁以上60周岁以下。",
        "Aged over 16 and under 65.",
        (("value", "60周岁以下", "under 65", None, "under 60"),),
        id="open-bound-wrong",
    ),
    pytest.param(
        "售价24元/公斤。",
        "It sells at 24 yuan per pound.",
        (("unit", "24元/公斤", "24 yuan per pound", None, None),),
        id="rate-per-another-unit",
    ),
    pytest.param(
        "售价24元/公斤。",
        "It sells at 24 yuan.",
        (("unit", "24元/公斤", "24 yuan", None, None),),
        id="rate-rendered-as-money",
    ),
    pytest.param(
        "售价24元/公斤。",
        "It sells at 28 yuan per kilogram.",
        (("value", "24元/公斤", "28 yuan per kilogram", None, "24 yuan per kilogram"),),
        id="rate-wrong-figure",
    ),
    pytest.param(
        "每亩还能节约16元。",
        "It saves RMB 160 on labour per mu.",
        (
            (
                "magnitude",
                "16元",
                "RMB 160 on labour per mu",
                Decimal(10),
                "RMB 16 on labour per mu",
            ),
        ),
        id="rate-against-money-compares-the-money",
    ),
    pytest.param(
        "每亩还能节约16元。",
        "It saves RMB 160 a year on labour.",
        (("magnitude", "16元", "RMB 160", Decimal(10), "RMB 16"),),
        id="rate-against-plain-money-compares-the-money",
    ),
    pytest.param(
        "每亩还能节约16元。",
        "It saves RMB 18 a year on labour.",
        (("omission", "16元", None, None, None), ("addition", None, "RMB 18", None, None)),
        id="rate-against-other-money-is-no-pair",
    ),
    pytest.param(
        "净利润30亿元。",
        "Net profit was Rmb3mn.",
        (("magnitude", "30亿元", "Rmb3mn", Decimal("0.001"), "Rmb3bn"),),
        id="rmb-scale-abbreviation-off",
    ),
    pytest.param(
        "净利润为-350万元。",
        "Net profit was -35 million yuan.",
        (("magnitude", "-350万元", "-35 million yuan", Decimal("10"), "-3.5 million yuan"),),
        id="signed-scaled-money-off-by-ten",
    ),
    pytest.param(
        "通胀回落至1.8%。",
        "Inflation eased to one point six percent.",
        (("value", "1.8%", "one point six percent", None, "1.8 percent"),),
        id="decimal-in-words-wrong",
    ),
    pytest.param(
        "二季度营收回升。",
        "Revenue recovered in the third quarter.",
        (("value", "二季度", "third quarter", None, "second quarter"),),
        id="quarter-wrong-rank",
    ),
    pytest.param(
        "二季度营收回升。",
        "Revenue recovered in Q1.",
        (("value", "二季度", "1", None, "2"),),
        id="quarter-code-wrong-rank",
    ),
    pytest.param(
        "2023年Q3营收回升。",
        "Revenue recovered in the second quarter of 2023.",
        (("value", "3", "second quarter", None, "third quarter"),),
        id="quarter-letter-in-chinese-wrong-rank",
    ),
    # A range misread by one power of ten at both ends is one magnitude slip, not an omission and
    # an addition; ends misread by different powers, or a range against one figure, are not.
    pytest.param(
        "预计投资5万至8万元。",
        "Investment of 500,000 to 800,000 yuan is expected.",
        (
            (
                "magnitude",
                "5万至8万元",
                "500,000 to 800,000 yuan",
                Decimal(10),
                "50,000 to 80,000 yuan",
            ),
        ),
        id="range-magnitude-both-ends",
    ),
    pytest.param(
        "年产6万至9万吨。",
        "It produces 6,000-9,000 tons a year.",
        (("magnitude", "6万至9万吨", "6,000-9,000 tons", Decimal("0.1"), "60,000-90,000 tons"),),
        id="range-magnitude-too-small",
    ),
    pytest.param(
        "均价每平方米5万至6万元。",
        "Homes sell for 500,000 to 600,000 yuan per square metre.",
        (
            (
                "magnitude",
                "5万至6万元",
                "500,000 to 600,000 yuan per square metre",
                Decimal(10),
                "50,000 to 60,000 yuan per square metre",
            ),
        ),
        id="range-of-rates-magnitude",
    ),
    pytest.param(
        "预计投资5万至8万元。",
        "Investment of 50,000 to 800,000 yuan is expected.",
        (("value", "5万至8万元", "50,000 to 800,000 yuan", None, "50,000 to 80,000 yuan"),),
        id="range-ends-misread-by-different-powers",
    ),
    pytest.param(
        "预计投资5万至8万元。",
        "Investment of 500,000 yuan is expected.",
        (("value", "5万至8万元", "500,000 yuan", None, "50,000-80,000 yuan"),),
        id="range-against-one-figure-is-no-magnitude",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), FINDINGS)
def test_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


def test_a_year_shaped_figure_is_not_a_misread_number_word() -> None:
    # 2020 (a year written without 年) against "two": the same digit, but no magnitude slip.
    assert [
        f[0] for f in findings_of("截止日（2017 年）前的价格。", "the lower of the two prices")
    ] != ["magnitude"]


def test_unrelated_counts_far_apart_are_not_a_wrong_value() -> None:
    zh = "全省有213个企业。" + "其他内容。" * 200 + "新增58个项目。"
    en = "The province has 213 enterprises. " + "Other text. " * 200 + "It added 12 new types."
    assert [f[0] for f in findings_of(zh, en)] == ["omission", "addition"]


# Hedges as intervals at the stated precision (align.py's docstring, the compatibility table).
# Written for each row of the table and each interval: the rendering that agrees is silent.
HEDGES_AGREE = [
    pytest.param("520多家企业。", "more than 520 firms.", id="over-over-same-floor"),
    pytest.param("520多家企业。", "more than 525 firms.", id="over-inside-over"),
    pytest.param("近百家工厂。", "about 100 factories.", id="nearly-to-about-drops-direction"),
    pytest.param("出口9000多吨。", "Exports were about 9,000 tons.", id="over-to-about"),
    pytest.param("不到50人参加。", "Nearly 50 people came.", id="under-nearly"),
    pytest.param("约50人参加。", "About 48 people came.", id="about-about-within-half-step"),
    pytest.param("增长近9%。", "It grew 8.7%.", id="exact-inside-nearly"),
    pytest.param("出口3422.7万吨。", "Exports were over 34 million tons.", id="exact-inside-over"),
    pytest.param("共有100多名代表。", "There were 100-odd delegates.", id="duo-and-odd"),
    pytest.param("不少于20人。", "No fewer than 20 people.", id="floor-and-no-fewer-than"),
    pytest.param("约25万人。", "About a quarter of a million people.", id="a-quarter-of-a-million"),
    pytest.param(
        "实现两位数增长。", "It posted double-digit growth.", id="liang-wei-shu-double-digit"
    ),
    pytest.param(
        "约250万人参加。",
        "About two and a half million people took part.",
        id="two-and-a-half-million",
    ),
    pytest.param(
        "收入是去年的2.5倍。",
        "Income was two and a half times last year's.",
        id="and-a-half-times-multiplier",
    ),
    pytest.param(
        "过去十年，收入翻了一番。", "Over the past decade, incomes doubled.", id="past-decade"
    ),
    pytest.param("几十年来变化巨大。", "Over decades, it changed greatly.", id="decades"),
    pytest.param(
        "近半个世纪以来首次。", "The first time in nearly half a century.", id="half-a-century"
    ),
    pytest.param(
        "每亩增收500元。", "Income rose by 500 yuan per mu.", id="rate-with-words-between"
    ),
    pytest.param(
        "电价为每千瓦时0.56元。", "Power costs 0.56 yuan per kilowatt-hour.", id="rate-per-kwh"
    ),
]


@pytest.mark.parametrize(("zh", "en"), HEDGES_AGREE)
def test_compatible_hedges_are_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


HEDGE_FINDINGS = [
    pytest.param(
        "出口520多吨。",
        "Exports were over 540 tons.",
        (("value", "520多吨", "over 540 tons", None, "over 520 tons"),),
        id="over-intervals-apart-are-a-value",
    ),
    pytest.param(
        "至少8万人参加。",
        "At least 65,000 people came.",
        (("value", "至少8万人", "At least 65,000", None, "At least 80,000"),),
        id="same-hedge-anchors-unitless-figures",
    ),
    pytest.param(
        "约50人参加。",
        "Over 50 people came.",
        (("qualifier", "约50人", "Over 50", None, "About 50"),),
        id="about-to-over-adds-a-direction",
    ),
    pytest.param(
        "约100家工厂。",
        "nearly 100 factories.",
        (("qualifier", "约100家", "nearly 100", None, "about 100"),),
        id="about-to-nearly-adds-a-direction",
    ),
    pytest.param(
        "出口50吨。",
        "Exports were nearly 50 tons.",
        (("qualifier", "50吨", "nearly 50 tons", None, "50 tons"),),
        id="exact-at-the-end-of-nearly",
    ),
    pytest.param(
        "约50人参加。",
        "About 60 people came.",
        (("value", "约50人", "About 60", None, "About 50"),),
        id="about-intervals-apart-are-a-value",
    ),
    pytest.param(
        "增长15%。",
        "It grew 15-30%.",
        (("qualifier", "15%", "15-30%", None, None),),
        id="exact-as-one-end-of-a-range",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), HEDGE_FINDINGS)
def test_hedge_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# Units: a correct conversion to the precision the translation states is silent; the same figure
# with another unit of the dimension is a unit finding whose suggestion is the unit, in the
# translation's own words; the converted figure with the original's unit word is a wrong value.
UNITS_AGREE = [
    pytest.param("出口45吨。", "Exports were 45,000 kilograms.", id="tons-as-kilograms"),
    pytest.param("出口45吨。", "Exports were 99,000 pounds.", id="tons-as-pounds-rounded"),
    pytest.param("出口1000公斤。", "Exports were 2,205 pounds.", id="kilograms-as-pounds"),
    pytest.param("出口2吨。", "Exports were 4,409 pounds.", id="tons-as-pounds-to-the-pound"),
    pytest.param("培训两星期。", "Training took 14 days.", id="weeks-as-days-another-dimension"),
]


@pytest.mark.parametrize(("zh", "en"), UNITS_AGREE)
def test_converted_unit_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


UNIT_FINDINGS = [
    pytest.param(
        "出口45吨。",
        "Exports were 45 kilograms.",
        (("unit", "45吨", "45 kilograms", None, "45 tons"),),
        id="same-figure-smaller-unit",
    ),
    pytest.param(
        "出口45公斤。",
        "Exports were 45 tons.",
        (("unit", "45公斤", "45 tons", None, "45 kilograms"),),
        id="same-figure-larger-unit-suggested-in-its-own-words",
    ),
    pytest.param(
        "出口10万吨。",
        "Exports were 100,000 kilograms.",
        (("unit", "10万吨", "100,000 kilograms", None, "100,000 tons"),),
        id="same-figure-after-a-magnitude",
    ),
    pytest.param(
        "培训两星期。",
        "Training took 2 days.",
        (("unit", "两星期", "2 days", None, "2 weeks"),),
        id="same-figure-other-unit-of-time",
    ),
    pytest.param(
        "出口1000公斤。",
        "Exports were 2,205 kilograms.",
        (("value", "1000公斤", "2,205 kilograms", None, "1,000 kilograms"),),
        id="converted-figure-with-the-original-unit-word",
    ),
    pytest.param(
        "出口45吨。",
        "Exports were 4,500 kilograms.",
        (("magnitude", "45吨", "4,500 kilograms", Decimal("0.1"), "45,000 kilograms"),),
        id="converted-and-off-by-ten",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), UNIT_FINDINGS)
def test_unit_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# Pairing that survives a lost unit: the same figure with a unit on one side only pairs when
# nothing better exists (a unit finding at warning severity, no suggestion), not an omission plus
# an addition; unit-less figures with the same digits a power of ten apart are a magnitude slip.
LOST_UNIT_SILENT = [
    pytest.param("卖了35件，收入35元。", "It sold 35 pieces for 35 yuan.", id="better-pairs-exist"),
    pytest.param("会期12天。", "The session ran 12 days.", id="span-read-on-both-sides"),
    pytest.param("共有4070人。", "There are 4,070 people.", id="unitless-same-figure"),
]


@pytest.mark.parametrize(("zh", "en"), LOST_UNIT_SILENT)
def test_lost_unit_pairing_leaves_correct_renderings_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


LOST_UNIT_FINDINGS = [
    pytest.param(
        "卖了35件。",
        "It sold for 35 yuan.",
        (("unit", "35件", "35 yuan", None, None),),
        id="count-against-money",
    ),
    pytest.param(
        "工期28天。",
        "The work took 28.",
        (("unit", "28天", "28", None, None),),
        id="span-against-a-bare-figure",
    ),
    pytest.param(
        "共有4070人。",
        "There are 407 people.",
        (("magnitude", "4070人", "407", Decimal("0.1"), "4,070"),),
        id="unitless-digits-a-power-of-ten-apart",
    ),
    pytest.param(
        "共有4070人。",
        "There are 512 people.",
        (("omission", "4070人", None, None, None), ("addition", None, "512", None, None)),
        id="unitless-figures-that-share-nothing",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), LOST_UNIT_FINDINGS)
def test_lost_unit_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


def test_unit_the_reader_could_not_see_is_a_warning_not_an_error() -> None:
    document = Document(
        id="t",
        path="t",
        zh="卖了35件。",
        en="It sold for 35 yuan.",
        zh_source=Source(path="t"),
        en_source=Source(path="t"),
    )
    assert [f.severity.value for f in check_document(document).findings] == ["warning"]


@pytest.mark.parametrize(
    ("zh", "en", "severity"),
    [
        # What a figure is per may stand words away from it, where the reader does not look.
        pytest.param(
            "每亩还能节约16元。",
            "It saves RMB 16 on labour.",
            "warning",
            id="per-written-away",
        ),
        pytest.param(
            "售价24元/公斤。", "It sells at 24 yuan.", "warning", id="rate-as-plain-money"
        ),
        pytest.param(
            "售价24元/公斤。",
            "It sells at 24 yuan per pound.",
            "error",
            id="per-another-unit-stays-an-error",
        ),
    ],
)
def test_a_rate_against_plain_money_is_a_warning(zh: str, en: str, severity: str) -> None:
    document = Document(
        id="t", path="t", zh=zh, en=en, zh_source=Source(path="t"), en_source=Source(path="t")
    )
    assert [(f.type.value, f.severity.value) for f in check_document(document).findings] == [
        ("unit", severity)
    ]


# Dates: a day of the month pairs with a full date that states the same day. A month or year the
# translation adds is silent when the original states it elsewhere (in its text or its header);
# named nowhere in the original, it is a value finding (DATE_PARTS_ADDED below). A different day
# is a wrong value, corrected in the translation's own date style.
DATES_AGREE = [
    pytest.param("展会4月9日开幕。", "The fair opens on April the 9th.", id="month-the-day"),
    pytest.param("2023财年营收下滑。", "Revenue fell in FY2023.", id="fiscal-year-code"),
    pytest.param("2024赛季揭幕。", "The 2024 season opened.", id="season-year"),
    pytest.param(
        "6月5日签约，9日发布公告。",
        "Signed on June 5 and issued on June 9.",
        id="month-stated-earlier-in-the-original",
    ),
    pytest.param(
        "2020年3月1日开幕，15日发布公告。",
        "It opened on March 1, 2020 and issued it on March 15, 2020.",
        id="month-and-year-stated-earlier",
    ),
    pytest.param("银行9日发布公告。", "The bank issued it on the 9th.", id="day-alone-both-sides"),
    pytest.param(
        "会议于2023年5月20日至22日举行。",
        "It was held from May 20 to 22, 2023.",
        id="day-range-year-stated-once-on-each-side",
    ),
]


@pytest.mark.parametrize(("zh", "en"), DATES_AGREE)
def test_day_of_month_rendered_as_a_date_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


# A month (or a day) the translation adds and the original names nowhere: a value finding of
# severity warning in a whole article, its suggestion the original's parts alone; a year alone
# added to a month and day: the same finding as a note (classify._pair_severity). Each row is
# checked inside a two-paragraph article; as a lone segment (below) an added month is a note.
DATE_PARTS_ADDED = [
    pytest.param(
        "银行9日发布公告。",
        "The bank issued it on June 9.",
        (("value", "warning", "9日", "June 9", "9th"),),
        id="month-added-to-a-day",
    ),
    pytest.param(
        "银行15日发布公告。",
        "The bank issued it on March 15, 2020.",
        (("value", "warning", "15日", "March 15, 2020", "15th"),),
        id="month-and-year-added",
    ),
    pytest.param(
        "会议于3月召开。",
        "The meeting was held on March 12.",
        (("value", "warning", "3月", "March 12", "March"),),
        id="day-added-to-a-month",
    ),
    pytest.param(
        "6月9日发布。",
        "Issued on 9 June 2021.",
        (("value", "note", "6月9日", "9 June 2021", "9 June"),),
        id="year-added-is-a-note",
    ),
]


def severity_findings(
    zh: str, en: str
) -> tuple[tuple[str, str, str | None, str | None, str | None], ...]:
    document = Document(
        id="t", path="t", zh=zh, en=en, zh_source=Source(path="t"), en_source=Source(path="t")
    )
    return tuple(
        (
            f.type.value,
            f.severity.value,
            f.zh.text if f.zh else None,
            f.en.text if f.en else None,
            f.suggestion,
        )
        for f in check_document(document).findings
    )


_LEAD_ZH = "本报讯。\n"
_LEAD_EN = "Our report.\n"


@pytest.mark.parametrize(("zh", "en", "expected"), DATE_PARTS_ADDED)
def test_date_part_the_original_names_nowhere(
    zh: str, en: str, expected: tuple[tuple[str, str, str | None, str | None, str | None], ...]
) -> None:
    assert severity_findings(_LEAD_ZH + zh, _LEAD_EN + en) == expected


@pytest.mark.parametrize(("zh", "en", "expected"), DATE_PARTS_ADDED)
def test_date_part_added_in_a_lone_segment_is_a_note(
    zh: str, en: str, expected: tuple[tuple[str, str, str | None, str | None, str | None], ...]
) -> None:
    # A sentence of a corpus, cut from its article: the month usually comes from the dateline.
    assert severity_findings(zh, en) == tuple((kind, "note", *rest) for kind, _, *rest in expected)


DATE_FINDINGS = [
    pytest.param(
        "展会4月9日开幕。",
        "The fair opens on April the 19th.",
        (("value", "4月9日", "April the 19th", None, "April 9th"),),
        id="month-the-day-wrong-day",
    ),
    pytest.param(
        "2023财年营收下滑。",
        "Revenue fell in FY2022.",
        (("value", "2023", "FY2022", None, "2023"),),
        id="fiscal-year-wrong",
    ),
    pytest.param(
        "银行20日发布公告。",
        "The bank issued it on the 22nd.",
        (("value", "20日", "22nd", None, "20th"),),
        id="other-day-ordinal-ending-follows-the-day",
    ),
    pytest.param(
        "银行20日发布公告。",
        "The bank issued it on July 22.",
        (("value", "20日", "July 22", None, "July 20"),),
        id="other-day-keeps-the-supplied-month",
    ),
    pytest.param(
        "银行20日发布公告。",
        "The bank issued it on 22 July 2020.",
        (("value", "20日", "22 July 2020", None, "20 July 2020"),),
        id="other-day-day-first",
    ),
    pytest.param(
        "6月9日发布。",
        "Issued on July 9.",
        (("value", "6月9日", "July 9", None, "June 9"),),
        id="other-month",
    ),
    pytest.param(
        "2020年6月9日发布。",
        "Issued on June 9, 2021.",
        (("value", "2020年6月9日", "June 9, 2021", None, "June 9, 2020"),),
        id="other-year",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), DATE_FINDINGS)
def test_date_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# Clock times: the same time is silent, whether on a 12- or a 24-hour clock, and a time with no
# half of the day agrees with the same time twelve hours later; a different time is a wrong
# value, corrected in the translation's own style.
TIMES_AGREE = [
    pytest.param("会议上午9点半开始。", "The meeting starts at 9:30 a.m.", id="am"),
    pytest.param("会议下午3点开始。", "The meeting starts at 3 PM.", id="pm-capitals"),
    pytest.param("会议下午3点开始。", "The meeting starts at 15:00.", id="pm-on-24h-clock"),
    pytest.param("会议14时20分开始。", "The meeting starts at 2:20 p.m.", id="24h-on-12h-clock"),
    pytest.param("晚上8点开始。", "It starts at eight o'clock.", id="open-hour-in-english"),
    pytest.param("会议9点15分开始。", "The meeting starts at 9:15 p.m.", id="open-hour-in-chinese"),
    pytest.param("会议9点开始。", "The meeting starts at 9 a.m.", id="hour-read-as-bare-figure"),
    pytest.param("当日12时起停运。", "Service stops at noon.", id="noon"),
    pytest.param(
        "会议9点半开始。", "The meeting starts at half past nine.", id="half-past-in-words"
    ),
    pytest.param(
        "会议十点一刻开始。",
        "The meeting starts at a quarter past ten.",
        id="quarter-past-in-words",
    ),
    pytest.param(
        "会议9点45分开始。", "The meeting starts at a quarter to ten.", id="quarter-to-in-words"
    ),
    pytest.param(
        "航班晚上11点15分到达。",
        "The flight lands at eleven fifteen in the evening.",
        id="hour-minute-in-words",
    ),
    pytest.param("下午6点闭馆。", "It closes at 6 in the evening.", id="evening-phrase"),
    pytest.param("当日0—24时新增5例。", "5 new cases from 0:00 to midnight.", id="24h-is-midnight"),
    pytest.param(
        "当日0时至24时新增5例。", "5 new cases from 0:00 to 24 that day.", id="hour-as-bare-figure"
    ),
]


@pytest.mark.parametrize(("zh", "en"), TIMES_AGREE)
def test_same_clock_time_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


TIME_FINDINGS = [
    pytest.param(
        "会议9点半开始。",
        "The meeting starts at half past ten.",
        (("value", "9点半", "half past ten", None, "9:30"),),
        id="half-past-wrong-hour",
    ),
    pytest.param(
        "下午6点闭馆。",
        "It closes at 6 in the morning.",
        (("value", "下午6点", "6 in the morning", None, "6 in the evening"),),
        id="day-half-phrase-flipped",
    ),
    pytest.param(
        "晚上8点45分开演。",
        "The show starts at 8:45 in the morning.",
        (("value", "晚上8点45分", "8:45 in the morning", None, "8:45 in the evening"),),
        id="digits-day-half-phrase-flipped",
    ),
    pytest.param(
        "会议9点45分开始。",
        "The meeting starts at a quarter to nine.",
        (("value", "9点45分", "a quarter to nine", None, "9:45"),),
        id="quarter-to-wrong-hour",
    ),
    pytest.param(
        "会议上午9点半开始。",
        "The meeting starts at 10:30 a.m.",
        (("value", "上午9点半", "10:30 a.m.", None, "9:30 a.m."),),
        id="other-hour-am",
    ),
    pytest.param(
        "会议下午3点开始。",
        "The meeting starts at 3 a.m.",
        (("value", "下午3点", "3 a.m.", None, "3 p.m."),),
        id="half-of-day-flipped",
    ),
    pytest.param(
        "会议下午3点开始。",
        "The meeting starts at 4 PM.",
        (("value", "下午3点", "4 PM", None, "3 PM"),),
        id="case-kept",
    ),
    pytest.param(
        "会议14时20分开始。",
        "The meeting starts at 14:25.",
        (("value", "14时20分", "14:25", None, "14:20"),),
        id="minutes-24h",
    ),
    pytest.param(
        "会议07:45开始。",
        "The meeting starts at 8:45.",
        (("value", "07:45", "8:45", None, "7:45"),),
        id="width-of-the-translation",
    ),
    pytest.param(
        "晚上8点开始。",
        "It starts at nine o'clock.",
        (("value", "晚上8点", "nine o'clock", None, "8 o'clock"),),
        id="oclock",
    ),
    pytest.param(
        "当日13时起停运。",
        "Service stops at noon.",
        (("value", "13时", "noon", None, "13:00"),),
        id="noon-against-another-hour",
    ),
    pytest.param(
        "地震发生在凌晨2点15分。",
        "The quake struck before dawn.",
        (("omission", "凌晨2点15分", None, None, None),),
        id="time-left-out",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), TIME_FINDINGS)
def test_time_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# A rank against a cardinal of the same figure, and an upper bound that includes its figure.
RESTATED_SILENT = [
    pytest.param("建国75周年。", "The 75th anniversary.", id="anniversary-as-ordinal"),
    pytest.param("出口50吨。", "Exports were up to 50 tons.", id="up-to-includes-its-figure"),
    pytest.param("出口不到50吨。", "Exports were less than 50 tons.", id="under-under"),
]


@pytest.mark.parametrize(("zh", "en"), RESTATED_SILENT)
def test_rank_restated_and_inclusive_bound_are_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


RESTATED_FINDINGS = [
    pytest.param(
        "建国75周年。",
        "The 76th anniversary.",
        (("omission", "75周年", None, None, None),),
        id="rank-of-another-figure-does-not-pair",
    ),
    pytest.param(
        "出口60吨。",
        "Exports were up to 50 tons.",
        (("value", "60吨", "up to 50 tons", None, "up to 60 tons"),),
        id="figure-above-the-bound",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), RESTATED_FINDINGS)
def test_rank_and_bound_findings(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# A bound of the original stated as the exact figure is a dropped hedge (a qualifier, whose
# suggestion puts the bound back); the bound rendered, or added by the translation where the
# original's verb carries it, is silent. Written for the rule in align.py's docstring.
DROPPED_BOUND_SILENT = [
    pytest.param("出口4000多种商品。", "It exports over 4,000 kinds of goods.", id="over-kept"),
    pytest.param("每笔20元以下。", "Each under 20 yuan.", id="under-kept"),
    pytest.param("出口8万吨。", "Exports were more than 80,000 tons.", id="over-added-by-a-verb"),
]


@pytest.mark.parametrize(("zh", "en"), DROPPED_BOUND_SILENT)
def test_bound_kept_or_added_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


DROPPED_BOUND_FINDINGS = [
    pytest.param(
        "出口4000多种商品。",
        "It exports 4,000 kinds of goods.",
        (("qualifier", "4000多种", "4,000", None, "over 4,000"),),
        id="over-dropped",
    ),
    pytest.param(
        "出口3000多吨。",
        "Exports were 3,000 tons.",
        (("qualifier", "3000多吨", "3,000 tons", None, "over 3,000 tons"),),
        id="over-dropped-with-a-unit",
    ),
    pytest.param(
        "每笔20元以下。",
        "Each of 20 yuan.",
        (("qualifier", "20元以下", "20 yuan", None, "less than 20 yuan"),),
        id="under-dropped",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), DROPPED_BOUND_FINDINGS)
def test_dropped_bound_is_a_qualifier(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# A hedge's precision is the figure's as stated, before conversion to the canonical unit (60多亩
# is 60-70 mu). Written for the rule in align.py's docstring.
STATED_PRECISION_SILENT = [
    pytest.param("流转了60多亩地。", "He rented over 65 mu of land.", id="inside-the-stated-step"),
    pytest.param("面积50多平方米。", "An area of over 50 square meters.", id="same-floor"),
]


@pytest.mark.parametrize(("zh", "en"), STATED_PRECISION_SILENT)
def test_hedge_inside_its_stated_precision_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


STATED_PRECISION_FINDINGS = [
    pytest.param(
        "流转了60多亩地。",
        "He rented over 70 mu of land.",
        (("value", "60多亩", "over 70 mu", None, "over 60 mu"),),
        id="next-step-in-mu-is-another-figure",
    ),
    pytest.param(
        "面积50多平方米。",
        "An area of over 60 square meters.",
        (("value", "50多平方米", "over 60 square meters", None, "over 50 square meters"),),
        id="next-step-in-square-meters",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), STATED_PRECISION_FINDINGS)
def test_hedge_outside_its_stated_precision_is_a_value(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# Ranges with both ends written agree end for end; vague amounts still agree by overlap. Written for
# the rule in align.py's docstring.
RANGES_SILENT = [
    pytest.param("降雨3至5英寸。", "Rain of 3 to 5 inches.", id="same-ends"),
    pytest.param("水位上涨1至7米。", "The water rose 1-7 meters.", id="same-ends-dash"),
    pytest.param("增长15%至30%。", "It grew 15-30%.", id="percent-range"),
    pytest.param("补贴几百万元。", "Subsidies of 2-3 million yuan.", id="vague-overlaps-a-range"),
]


@pytest.mark.parametrize(("zh", "en"), RANGES_SILENT)
def test_range_with_the_same_ends_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


RANGE_FINDINGS = [
    pytest.param(
        "降雨3至5英寸。",
        "Rain of 3 to 8 inches.",
        (("value", "3至5英寸", "3 to 8 inches", None, "3 to 5 inches"),),
        id="high-end-changed",
    ),
    pytest.param(
        "水位上涨1至7米。",
        "The water rose 2 to 7 meters.",
        (("value", "1至7米", "2 to 7 meters", None, "1 to 7 meters"),),
        id="low-end-changed",
    ),
    pytest.param(
        "增长15%至30%。",
        "It grew 15-20%.",
        (("value", "15%至30%", "15-20%", None, "15-30%"),),
        id="percent-high-end-changed",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), RANGE_FINDINGS)
def test_range_with_an_end_changed_is_a_value(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# A generation named by its decade of birth (90后) reads as that decade on both sides, so its
# English name ("the post-90s") pairs with it. Written for the rule.
def test_generation_rendered_as_post_decade_is_silent() -> None:
    assert findings_of("“90后”更爱攒钱。", "The post-90s generation saves more.") == ()


def test_generation_of_another_decade_is_a_value() -> None:
    assert findings_of("“90后”更爱攒钱。", "The post-80s generation saves more.") == (
        ("value", "90后", "80s", None, "90s"),
    )


# A bare figure against an amount in a converted unit is compared as written (上百亩 against
# "hundreds of mu"; and 30亩 against a bare 30); only the same figure pairs them.
BARE_AGAINST_CONVERTED = [
    pytest.param(
        "果园里上百亩苹果树遭了灾。",
        "Hundreds of mu of apple trees in the orchards were hit.",
        (("qualifier", "上百亩", "Hundreds of mu", None, None),),
        id="vague-against-vague-pairs",
    ),
    pytest.param("面积30亩。", "An area of 30 of land.", (), id="same-figure-pairs"),
    pytest.param(
        "面积30亩。",
        "An area of 300 of land.",
        (("omission", "30亩", None, None, None), ("addition", None, "300", None, None)),
        id="other-figure-does-not-pair",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), BARE_AGAINST_CONVERTED)
def test_bare_figure_against_a_converted_amount(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# A temperature in an offset unit: the same number in °F for °C is a unit slip (its sign in the
# canonical unit is no sign in words), a correct conversion is silent, and a wrong one is a value
# whose suggestion is the converted figure. Written for the rule.
TEMPERATURES_SILENT = [
    pytest.param("最高气温27℃。", "The high will be 80.6 degrees Fahrenheit.", id="converted"),
    pytest.param(
        "最高气温27℃。", "The high will be 81 degrees Fahrenheit.", id="converted-rounded"
    ),
]


@pytest.mark.parametrize(("zh", "en"), TEMPERATURES_SILENT)
def test_converted_temperature_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


TEMPERATURE_FINDINGS = [
    pytest.param(
        "最高气温27℃。",
        "The high will be 27 degrees Fahrenheit.",
        (("unit", "27℃", "27 degrees Fahrenheit", None, "27°C"),),
        id="same-number-other-scale",
    ),
    pytest.param(
        "最高气温27℃。",
        "The high will be 85 degrees Fahrenheit.",
        (("value", "27℃", "85 degrees Fahrenheit", None, "80.6 degrees Fahrenheit"),),
        id="wrong-conversion",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), TEMPERATURE_FINDINGS)
def test_temperature_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# An oven's heat in Celsius rendered in Fahrenheit to the nearest 25, and a core temperature to
# the nearest 5, agree; a figure off that step, or the step of 25 below boiling, is a value slip.
OVEN_FAHRENHEIT_SILENT = [
    pytest.param("烤箱预热至160℃。", "Preheat the oven to 325°F.", id="160-325"),
    pytest.param("烤箱预热至190℃。", "Preheat the oven to 375°F.", id="190-375"),
    pytest.param("烤箱预热至230℃。", "Preheat the oven to 450°F.", id="230-450"),
    pytest.param("以180°C（350°F）烘烤。", "Bake at 180°C (350°F).", id="both-scales"),
    pytest.param("烤至中心温度达到63℃。", "Cook to a core temperature of 145°F.", id="core-step-5"),
]
OVEN_FAHRENHEIT_SLIPS = [
    pytest.param("烤箱预热至160℃。", "Preheat the oven to 300°F.", id="160-300"),
    pytest.param("烤箱预热至220℃。", "Preheat the oven to 400°F.", id="220-400"),
    pytest.param("烤箱预热至190℃。", "Preheat the oven to 250°F.", id="190-250"),
    pytest.param("室温为22℃。", "The room is at 50°F.", id="room-step-25"),
    pytest.param("烤至中心温度达到63℃。", "Cook to a core temperature of 155°F.", id="core-off"),
]


@pytest.mark.parametrize(("zh", "en"), OVEN_FAHRENHEIT_SILENT)
def test_oven_fahrenheit_rounded_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


@pytest.mark.parametrize(("zh", "en"), OVEN_FAHRENHEIT_SLIPS)
def test_oven_fahrenheit_off_step_is_a_value(zh: str, en: str) -> None:
    assert [f[0] for f in findings_of(zh, en)] == ["value"]


# A figure restated at once in parentheses in another unit is a gloss: it does not pair on its
# own, and it is checked against the original its head pairs with. Written for the rule.
GLOSSES_SILENT = [
    pytest.param(
        "面积扩展到30000亩。", "It grew to 30,000 mu (2,000 hectares).", id="gloss-agrees"
    ),
    pytest.param("家里1000多斤粮食。", "The over 1,000 jin (500 kg) of grain.", id="hedge-on-head"),
    pytest.param("全长3公里、5公里。", "Lengths 3 km, 5 km.", id="a-list-is-no-gloss"),
]


@pytest.mark.parametrize(("zh", "en"), GLOSSES_SILENT)
def test_gloss_that_agrees_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


GLOSS_FINDINGS = [
    pytest.param(
        "面积扩展到30000亩。",
        "It grew to 20,000 mu (2,000 hectares).",
        (("value", "30000亩", "20,000 mu", None, "30,000 mu"),),
        id="wrong-head-with-a-right-gloss",
    ),
    pytest.param(
        "面积扩展到30000亩。",
        "It grew to 30,000 mu (3,000 hectares).",
        (("value", "30000亩", "3,000 hectares", None, "2,000 hectares"),),
        id="wrong-gloss",
    ),
    pytest.param(
        "面积扩展到30000亩。",
        "It grew to 30,000 hectares (2,000 hectares).",
        (("unit", "30000亩", "30,000 hectares", None, "30,000 mu"),),
        id="unit-slip-on-the-head",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), GLOSS_FINDINGS)
def test_gloss_finding(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# Labels and codes (a claim's role, lang/roles.py): the same role and figure on both sides pair
# silently; against a bare figure of the same number (the other side read no role) they pair as a
# restatement; never with an amount; left over, they are notes, never warnings.
ROLES_SILENT = [
    pytest.param(
        "新型直升机卡-52已交付。", "The new Ka-52 helicopter was delivered.", id="code-hyphen"
    ),
    pytest.param("歼-20首次亮相。", "The J-20 made its debut.", id="code-letter-hyphen"),
    pytest.param("这次G20峰会召开。", "This G20 summit opened.", id="code-glued-letters"),
    pytest.param("公司（600888.SH）公告。", "The company (600888.SH) announced.", id="stock-code"),
    pytest.param("按照GB/T 7714编排。", "Arranged by GB/T 7714.", id="standard-number"),
    pytest.param(
        "一、总体思路\n二、主要任务", "1. General approach\n2. Main tasks", id="list-markers"
    ),
    pytest.param("（3）加强管理", "(3) Strengthen management", id="bracketed-marker"),
    pytest.param("订购波音747客机。", "Ordered the 747KX airliner.", id="code-against-bare-figure"),
    pytest.param("双11销量大增。", "Double 11 sales surged.", id="name-both-sides"),
    pytest.param(
        "双11销量大增。", "Sales surged on Double Eleven.", id="name-digits-against-words"
    ),
    # A name written as a code in the translation (a spacecraft, a rocket): the same figure.
    pytest.param(
        "神舟十二号飞船返回。", "The Shenzhou-12 spacecraft returned.", id="name-against-code"
    ),
    pytest.param(
        "长征七号火箭升空。", "The Long March 7 rocket lifted off.", id="name-against-bare-figure"
    ),
]


@pytest.mark.parametrize(("zh", "en"), ROLES_SILENT)
def test_role_claims_pair_silently(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


ROLE_NOTES = [
    # A code or a marker is a note only where the other side has a leftover figure near it, one
    # that could be its garbled rendering; another code is another name.
    pytest.param("这是COVID-19病毒。", "This is the COVID-19 virus.", (), id="same-code-in-both"),
    pytest.param("歼-20首次亮相。", "The J-31 made its debut.", ("note", "note"), id="other-code"),
    # A name against a code one digit off is the name mistyped (an error); further off, another.
    pytest.param(
        "神舟十二号飞船返回。",
        "The Shenzhou-13 spacecraft returned.",
        ("error",),
        id="name-against-a-code-one-digit-off",
    ),
    pytest.param(
        "神舟十二号飞船返回。",
        "The Shenzhou-47 spacecraft returned.",
        ("note", "note"),
        id="name-against-another-code",
    ),
    pytest.param(
        "卡-52直升机抵达。",
        "The 53 helicopters arrived.",
        ("note", "warning"),
        id="code-against-a-leftover-figure",
    ),
    # An amount, a date or a year left over is no garbled code: the code beside it stays silent.
    pytest.param(
        "新冠肺炎疫情蔓延，出口下降。",
        "The COVID-19 epidemic spread and exports fell 5%.",
        ("warning",),
        id="code-beside-an-amount-left-over",
    ),
    # The plan's name pairs with the plan named by its rank; its length ("Five-Year") is part of
    # that name, no span of time left over.
    pytest.param(
        "“十三五”规划收官。", "The 13th Five-Year Plan ends.", (), id="name-against-ordinal"
    ),
    # Another plan's rank against the name is a wrong value (an error, not a note).
    pytest.param(
        "“十三五”规划收官。",
        "The 12th Five-Year Plan ends.",
        ("error",),
        id="name-against-another-plan",
    ),
]

# Where the other side states no figure, it names the same thing in words or leaves a marker
# out: no finding (align.py, leftovers with a role).
ROLES_NAMED_IN_WORDS = [
    pytest.param("卡-52直升机抵达。", "The helicopter arrived.", id="code-left-out"),
    pytest.param("新冠肺炎疫情蔓延。", "The COVID-19 epidemic spread.", id="code-added"),
    pytest.param("一、总体思路", "General approach", id="marker-left-out"),
    pytest.param("双11销量大增。", "Singles' Day sales surged.", id="name-left-out"),
    pytest.param(
        "新冠肺炎疫情蔓延，全省新增病例3例。",
        "The COVID-19 epidemic spread; the province had 3 new cases.",
        id="code-added-other-figures-paired",
    ),
]


@pytest.mark.parametrize(("zh", "en"), ROLES_NAMED_IN_WORDS)
def test_role_claim_named_in_words_on_the_other_side_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


# Two codes with one digit changed or two swapped are one code mistyped: a value finding of
# severity warning, its suggestion the original's digits in the translation's code.
CODE_FINDINGS = [
    pytest.param(
        "新型直升机卡-52已交付。",
        "The new Ka-53 helicopter was delivered.",
        (("value", "warning", "52", "53", "52"),),
        id="model-digit-changed",
    ),
    pytest.param(
        "按照GB/T 7714编排。",
        "Arranged by GB/T 7741.",
        (("value", "warning", "7714", "7741", "7714"),),
        id="standard-digits-swapped",
    ),
    pytest.param(
        "股票（600888.SH）上涨。",
        "The stock (600886.SH) rose.",
        (("value", "warning", "600888.SH", "600886.SH", "600888.SH"),),
        id="stock-code-keeps-its-exchange",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), CODE_FINDINGS)
def test_code_with_a_digit_changed_is_a_value(
    zh: str, en: str, expected: tuple[tuple[str, str, str | None, str | None, str | None], ...]
) -> None:
    assert severity_findings(zh, en) == expected


CODES_SILENT = [
    pytest.param(
        "新型直升机卡-52已交付。", "The new Ka-52 helicopter was delivered.", id="same-model"
    ),
    pytest.param("按照GB/T 7714编排。", "Arranged by GB/T 7714.", id="same-standard"),
]


@pytest.mark.parametrize(("zh", "en"), CODES_SILENT)
def test_identical_codes_are_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


def severities_of(zh: str, en: str) -> tuple[str, ...]:
    document = Document(
        id="t", path="t", zh=zh, en=en, zh_source=Source(path="t"), en_source=Source(path="t")
    )
    return tuple(f.severity.value for f in check_document(document).findings)


@pytest.mark.parametrize(("zh", "en", "expected"), ROLE_NOTES)
def test_role_claims_left_over_are_notes(zh: str, en: str, expected: tuple[str, ...]) -> None:
    assert severities_of(zh, en) == expected


def test_a_code_never_pairs_with_an_amount() -> None:
    # 52 tons against the code 52: the amount is left over as a warning; an amount is no garbled
    # code, so the code beside it is silent.
    assert severities_of("运来52吨。", "The Ka-52 came.") == ("warning",)
    assert findings_of("运来52吨。", "The Ka-52 came.")[0][:3] == ("omission", "52吨", None)


# "N times" is read as a frequency; against a multiplier of the original it is the multiplier it
# renders: the same figure is silent, another figure a wrong value.
FREQUENCY_AS_MULTIPLIER_SILENT = [
    pytest.param("产量是去年的6倍。", "Output is six times last year's.", id="words"),
    pytest.param("产量是去年的2倍。", "Output is twice last year's.", id="twice"),
    pytest.param("他去过三次。", "He went there three times.", id="a-frequency-stays-a-count"),
]


@pytest.mark.parametrize(("zh", "en"), FREQUENCY_AS_MULTIPLIER_SILENT)
def test_frequency_rendering_a_multiplier_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


def test_frequency_rendering_another_multiplier_is_a_value() -> None:
    assert findings_of("产量是去年的6倍。", "Output is four times last year's.") == (
        ("value", "6倍", "four times", None, "six times"),
    )


# Ranks pair only with ranks, so a wrong rank is found further apart than other wrong values (a
# rank at the head of a long original, mid-way in its translation), and its fix keeps the
# translation's ending right.
RANK_FINDINGS = [
    pytest.param(
        "作为第三届博览会的合作单位，公司介绍了新的检测方法和合作模式。",
        "The company, speaking with partners about new testing methods and cooperation models"
        " as a partner of the 4th Expo, gave a talk.",
        (("value", "第三", "4th", None, "3rd"),),
        id="rank-far-apart",
    ),
    pytest.param(
        "第二十二届会议开幕。",
        "The 21st session opened.",
        (("value", "第二十二", "21st", None, "22nd"),),
        id="rank-ending-follows-the-number",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), RANK_FINDINGS)
def test_wrong_rank(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


def _article(date_line: str, zh_body: str, en_body: str) -> str:
    return (
        f"Title: Bank\nDate: 2020-06-01\n\n\t{en_body}\n\n<hr />\n\nOriginal:\n\n"
        f"### 银行公告\n{date_line}\n\n　　{zh_body}\n"
    )


def _article_findings(tmp_path: Path, text: str) -> tuple[tuple[str, str], ...]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (document,) = list(read_documents([str(path)]))
    return tuple((f.type.value, f.severity.value) for f in check_document(document).findings)


def test_month_stated_by_the_original_header_is_supplied(tmp_path: Path) -> None:
    article = _article("2020-06-01", "银行9日发布公告。", "The bank issued it on June 9.")
    assert _article_findings(tmp_path, article) == ()


def test_month_the_original_header_does_not_state_is_a_warning(tmp_path: Path) -> None:
    article = _article("2020-07-01", "银行9日发布公告。", "The bank issued it on June 9.")
    assert _article_findings(tmp_path, article) == (("value", "warning"),)


# Web shorthand read alike on both sides: a plus after a figure is "more than" (10万+ against
# "100,000+" or "over 100,000" is silent, against a bare "100,000" a hedge finding), and a scale
# letter is its scale (1.2w against "12,000" is silent, against "1,200" a magnitude error).
WEB_AGREE = [
    pytest.param("阅读量20万+。", "It has 200,000+ reads.", id="wan-plus-against-plus"),
    pytest.param("阅读量20万+。", "It has over 200,000 reads.", id="wan-plus-against-over"),
    pytest.param(
        "月销3万+件。", "More than 30,000 units sell a month.", id="plus-count-against-more-than"
    ),
    pytest.param("消息99+。", "99+ new messages.", id="digits-plus-both-sides"),
    pytest.param("好评2.4w条。", "24,000 good reviews.", id="lower-w-against-digits"),
    pytest.param("她有4.5W粉丝。", "She has 45k followers.", id="capital-w-against-k"),
    pytest.param("收藏20w+。", "200K+ saves.", id="w-plus-against-k-plus"),
    pytest.param("押金2K元。", "A deposit of 2,000 yuan.", id="capital-k-money"),
    pytest.param("支持120W快充。", "It supports 120W fast charging.", id="watts-stay-watts"),
    # A range in scale letters: on both ends, on the second only (the first borrows it), money.
    pytest.param("月薪8k-12k。", "A monthly salary of 8,000-12,000 yuan.", id="k-range-both-ends"),
    pytest.param("月薪6-9k。", "Pay is 6,000 to 9,000 a month.", id="k-range-borrowed"),
    pytest.param("月薪1.5w-2w元。", "15,000 to 20,000 yuan a month.", id="w-range-money"),
]


@pytest.mark.parametrize(("zh", "en"), WEB_AGREE)
def test_web_shorthand_read_alike_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


WEB_FINDINGS = [
    pytest.param(
        "阅读量20万+。",
        "It has 200,000 reads.",
        (("qualifier", "20万+", "200,000"),),
        id="plus-dropped",
    ),
    pytest.param(
        "好评2.4w条。",
        "2,400 good reviews.",
        (("magnitude", "2.4w条", "2,400"),),
        id="w-read-as-thousand",
    ),
    pytest.param(
        "她有4.5W粉丝。", "She has 4.5k followers.", (("magnitude", "4.5W", "4.5k"),), id="w-as-k"
    ),
    pytest.param(
        "月薪6-9k。",
        "Pay is 60,000 to 90,000 a month.",
        (("magnitude", "6-9k", "60,000 to 90,000"),),
        id="k-range-read-as-ten-thousands",
    ),
    pytest.param(
        "押金2K元。", "A deposit of 2 yuan.", (("magnitude", "2K元", "2 yuan"),), id="k-dropped"
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), WEB_FINDINGS)
def test_web_shorthand_finding(
    zh: str, en: str, expected: tuple[tuple[str, str, str], ...]
) -> None:
    assert tuple(f[:3] for f in findings_of(zh, en)) == expected


# A temperature below zero against the bare figure of its size (the unit of "from 5 to 3 degrees
# Celsius" is written once, at the end of the range): the sign was dropped, a wrong value with the
# original's sign proposed. The figure with its sign, or another figure, is no such pair.
TEMPERATURE_SIGN_DROPPED = [
    pytest.param(
        "最低气温零下18℃。",
        "The low will be 18.",
        (("value", "零下18℃", "18", None, "-18"),),
        id="bare",
    ),
    pytest.param(
        "气温零下5度至3度。",
        "From 5 to 3 degrees Celsius.",
        (("value", "零下5度", "5", None, "-5"),),
        id="range-start",
    ),
]
TEMPERATURE_SIGN_KEPT = [
    pytest.param("最低气温零下18℃。", "The low will be minus 18.", (), id="minus-word"),
    pytest.param("气温零下5度至3度。", "From minus 5 to 3 degrees Celsius.", (), id="range-minus"),
    pytest.param("气温18℃。", "The low will be 18.", (), id="above-zero"),
]


@pytest.mark.parametrize(("zh", "en", "expected"), TEMPERATURE_SIGN_DROPPED + TEMPERATURE_SIGN_KEPT)
def test_temperature_sign_dropped_against_a_bare_figure(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# ---------------------------------------------------------------------------------------------
# Figures bound in order (lang/order.py): a list bound by 分别 and "respectively", a change from
# one figure to another. The same figures exchanged between the places are two wrong values,
# each suggesting the original's figure of its place; the order kept, or a change written "to Y
# from X", is silent.

BOUND_IN_ORDER_SILENT = [
    pytest.param(
        "甲乙两厂分别亏损7.5%和2.25%。",
        "Plants A and B lost 7.5% and 2.25% respectively.",
        id="list-kept",
    ),
    pytest.param(
        "南北两区分别为14.6亿元、9.3亿元和6.1亿元。",
        "The regions posted 1.46 billion, 930 million and 610 million yuan, respectively.",
        id="list-of-three-restated-in-billions",
    ),
    pytest.param(
        "水位从31.4米降至29.8米。", "The water level fell from 31.4 m to 29.8 m.", id="change-kept"
    ),
    pytest.param(
        "水位从31.4米降至29.8米。",
        "The water level fell to 29.8 m from 31.4 m.",
        id="change-to-before-from",
    ),
    pytest.param(
        "东店和西店客流分别为610人和840人。",
        "The west shop saw 840 visitors and the east shop 610.",
        id="no-respectively-no-order",
    ),
    pytest.param(
        "两家店客流为610人和840人。",
        "The two shops saw 840 and 610 visitors respectively.",
        id="original-binds-no-order",
    ),
]


@pytest.mark.parametrize(("zh", "en"), BOUND_IN_ORDER_SILENT)
def test_figures_bound_in_order_kept_are_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


BOUND_IN_ORDER_SWAPPED = [
    pytest.param(
        "甲乙两厂分别亏损7.5%和2.25%。",
        "Plants A and B lost 2.25% and 7.5% respectively.",
        (
            ("value", "7.5%", "2.25%", None, "7.5%"),
            ("value", "2.25%", "7.5%", None, "2.25%"),
        ),
        id="list-of-two-swapped",
    ),
    pytest.param(
        "三区分别为14.6亿元、9.3亿元和6.1亿元。",
        "The districts posted 1.46 billion yuan, 610 million yuan and 930 million yuan respectively.",
        (
            ("value", "9.3亿元", "610 million yuan", None, "930 million yuan"),
            ("value", "6.1亿元", "930 million yuan", None, "610 million yuan"),
        ),
        id="list-of-three-last-two-swapped",
    ),
    pytest.param(
        "水位从31.4米降至29.8米。",
        "The water level fell from 29.8 m to 31.4 m.",
        (
            ("value", "31.4米", "29.8 m", None, "31.4 m"),
            ("value", "29.8米", "31.4 m", None, "29.8 m"),
        ),
        id="change-ends-swapped",
    ),
    pytest.param(
        "水位由31.4米降到29.8米。",
        "The water level fell to 31.4 m from 29.8 m.",
        (
            ("value", "31.4米", "29.8 m", None, "31.4 m"),
            ("value", "29.8米", "31.4 m", None, "29.8 m"),
        ),
        id="change-ends-swapped-to-before-from",
    ),
    pytest.param(
        "甲、乙兩廠分別虧損7.5%與2.25%。",
        "Plants A and B lost 2.25% and 7.5%, respectively.",
        (
            ("value", "7.5%", "2.25%", None, "7.5%"),
            ("value", "2.25%", "7.5%", None, "2.25%"),
        ),
        id="traditional-script-list-swapped",
    ),
    pytest.param(
        "甲乙两厂分别亏损7.5%及2.25%。",
        "Plants A and B lost 2.25%, 7.5% respectively.",
        (
            ("value", "7.5%", "2.25%", None, "7.5%"),
            ("value", "2.25%", "7.5%", None, "2.25%"),
        ),
        id="list-joined-by-a-comma-swapped",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), BOUND_IN_ORDER_SWAPPED)
def test_figures_bound_in_order_swapped_are_wrong_values(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# What a run of figures is per, written once for them all: plain money of the run against the
# same figure as a rate is that rate when another figure of its run states it per the same unit.
SHARED_RATE_SILENT = [
    pytest.param(
        "棉价从每吨15800元涨到16450元。",
        "Cotton rose from 15,800 yuan to 16,450 yuan per tonne.",
        id="change-per-unit-moved-to-the-end",
    ),
    pytest.param(
        "租金从每平方米85元降至72元。",
        "Rents fell from 85 yuan to 72 yuan per square metre.",
        id="change-per-area-moved-to-the-end",
    ),
]


@pytest.mark.parametrize(("zh", "en"), SHARED_RATE_SILENT)
def test_a_rate_written_once_for_its_run_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


SHARED_RATE_FINDINGS = [
    pytest.param(
        "棉价从每吨15800元涨到16450元。",
        "Cotton rose from 15,800 yuan to 16,450 yuan per kilogram.",
        "16450元",
        id="run-rate-per-another-unit",
    ),
    pytest.param(
        "棉价每吨15800元，纱价16450元。",
        "Cotton sold at 15,800 yuan and yarn at 16,450 yuan per tonne.",
        "16450元",
        id="no-run-no-shared-rate",
    ),
]


@pytest.mark.parametrize(("zh", "en", "original"), SHARED_RATE_FINDINGS)
def test_a_rate_not_shared_by_a_run_is_still_a_unit_finding(
    zh: str, en: str, original: str
) -> None:
    assert ("unit", original) in [(f[0], f[1]) for f in findings_of(zh, en)]


def test_a_wrong_figure_at_the_end_of_a_run_sharing_a_rate_is_a_wrong_value() -> None:
    assert findings_of(
        "棉价从每吨15800元涨到16450元。",
        "Cotton rose from 15,800 yuan to 16,540 yuan per tonne.",
    ) == (("value", "16450元", "16,540 yuan per tonne", None, "16,450 yuan per tonne"),)


# A long article: two figures that agree only loosely (a hedge, a range, a rounding) far apart
# are another figure read loosely; the figures near each one are paired first, wrong values
# included, and a loose pair far apart is taken only when nothing nearer is left for it.
_REPORTS_ZH = "会议还听取了有关情况汇报。" * 30
_REPORTS_EN = "The meeting also heard reports on related work. " * 30
LOOSE_FAR_FINDINGS = [
    pytest.param(
        "今年城镇新增就业41.6万人。" + _REPORTS_ZH + "明年目标是城镇新增就业40万人以上。",
        "This year 461,000 new urban jobs were created. "
        + _REPORTS_EN
        + "The target for next year is about 400,000 new urban jobs.",
        (("value", "41.6万人", "461,000", None, "416,000"),),
        id="exact-slip-not-covered-by-a-distant-hedge",
    ),
    pytest.param(
        "快递业务量增长21%。" + _REPORTS_ZH + "明年力争增长15%至18%。",
        "Parcel volume rose 12%. " + _REPORTS_EN + "Next year it aims for growth of 15% to 20%.",
        (
            ("value", "21%", "12%", None, "21%"),
            ("value", "15%至18%", "15% to 20%", None, "15% to 18%"),
        ),
        id="exact-and-range-each-near-their-own",
    ),
    pytest.param(
        "去年接待游客约12万人次。" + _REPORTS_ZH + "各项工作取得新进展。",
        "Work made new progress. "
        + _REPORTS_EN
        + "It received more than 120,000 tourists last year.",
        (("qualifier", "约12万人", "more than 120,000", None, "about 120,000"),),
        id="same-figure-other-hedge-far-still-pairs",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), LOOSE_FAR_FINDINGS)
def test_a_loose_pair_far_apart_yields_to_near_figures(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


LOOSE_FAR_SILENT = [
    pytest.param(
        "全省生产总值1.28万亿元。" + _REPORTS_ZH + "各项工作取得新进展。",
        "Work made new progress. " + _REPORTS_EN + "The province's GDP was 1.3 trillion yuan.",
        id="rounded-figure-moved-to-the-end",
    ),
    pytest.param(
        "全省生产总值1.28万亿元。" + _REPORTS_ZH + "各项工作取得新进展。",
        "Work made new progress. "
        + _REPORTS_EN
        + "The province's GDP was nearly 1.3 trillion yuan.",
        id="hedged-figure-moved-to-the-end",
    ),
]


@pytest.mark.parametrize(("zh", "en"), LOOSE_FAR_SILENT)
def test_a_loose_pair_far_apart_with_nothing_nearer_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


# A restatement in another unit set off by a comma, a few words after its head in the same
# sentence, is a gloss as one in parentheses is: it states the head's value, so it adds nothing.
# A figure of another value, or in another sentence, is a figure of its own.
CLAUSE_GLOSS_SILENT = [
    pytest.param(
        "种植茶叶5600亩，去年产茶420吨。",
        "It grows tea on 5,600 mu of hillside, about 373 hectares. It produced 420 tonnes.",
        id="area-restated-after-a-comma",
    ),
    pytest.param("公路长20公里。", "The road is 20 km long, or 12.4 miles.", id="length-or"),
    pytest.param(
        "种茶5600亩，种稻300公顷。",
        "It grows tea on 5,600 mu, and rice on 300 hectares.",
        id="two-areas-listed-each-paired",
    ),
]


@pytest.mark.parametrize(("zh", "en"), CLAUSE_GLOSS_SILENT)
def test_a_restatement_after_a_comma_is_silent(zh: str, en: str) -> None:
    assert findings_of(zh, en) == ()


CLAUSE_GLOSS_FINDINGS = [
    pytest.param(
        "种植茶叶5600亩，去年产茶420吨。",
        "It grows tea on 5,600 mu of hillside, about 573 hectares. It produced 420 tonnes.",
        (("addition", None, "about 573 hectares", None, None),),
        id="another-value-is-no-gloss",
    ),
    pytest.param(
        "种植茶叶5600亩。",
        "It grows tea on 5,600 mu. That is 373 hectares.",
        (("addition", None, "373 hectares", None, None),),
        id="another-sentence-is-no-gloss",
    ),
    pytest.param(
        "公路长20公里，另有30公里在建。",
        "The road is 20 km long, and another 30 miles are being built.",
        (("unit", "30公里", "30 miles", None, "30 kilometres"),),
        id="another-figure-in-another-unit",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), CLAUSE_GLOSS_FINDINGS)
def test_a_clause_gloss_states_the_head_value(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected


# Personal finance: a share in tenths (成) is converted by every translation ("30%"), so its digit
# kept before a percent sign is a misread magnitude, not a wrong unit word; a unit a translation
# does carry (吨 against "kilograms") stays a unit finding.
TENTHS_AS_PERCENT_FINDINGS = [
    pytest.param(
        "首付比例为三成。",
        "The down payment is 3%.",
        (("magnitude", "三成", "3%", Decimal("0.1"), "30%"),),
        id="tenths-digit-as-percent",
    ),
    pytest.param(
        "坏账率约两成。",
        "Bad debts are about 2%.",
        (("magnitude", "约两成", "about 2%", Decimal("0.1"), "about 20%"),),
        id="hedged-tenths-digit-as-percent",
    ),
    pytest.param(
        "首付四成五。",
        "A down payment of 4.5%.",
        (("magnitude", "四成五", "4.5%", Decimal("0.1"), "45%"),),
        id="tenths-with-a-digit-after-as-percent",
    ),
    pytest.param(
        "首付比例为三成。",
        "The down payment is 13%.",
        (("value", "三成", "13%", None, "30%"),),
        id="other-digits-stay-a-value",
    ),
    pytest.param("首付比例为三成。", "The down payment is 30%.", (), id="converted-is-silent"),
    pytest.param(
        "出口45吨。",
        "Exports were 45 kilograms.",
        (("unit", "45吨", "45 kilograms", None, "45 tons"),),
        id="a-carried-unit-stays-a-unit",
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), TENTHS_AS_PERCENT_FINDINGS)
def test_tenths_digit_kept_as_percent_is_a_magnitude(zh: str, en: str, expected: Found) -> None:
    assert findings_of(zh, en) == expected
