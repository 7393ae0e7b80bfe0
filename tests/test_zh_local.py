"""Chinese figures read by the one-pass reader (issue 16): numerals with no digit and no unit,
spaces inside a figure, colloquial money, other currencies, lengths/areas/volumes and other
physical amounts, tenths with decimals, signs, speeds after 时速.

Cases written by us for each phenomenon, not copied from the seeds or any corpus. Known gaps are
strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of, figures_of
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Kind, Role


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# Numerals with no digit and no unit state a figure where they are not part of a word.
# fmt: off
ZH_BARE_NUMERALS = [
    pytest.param("他欠了两千六百五。", (("两千六百五", "number", "2650", None, "exact"),), id="elided-tens"),
    pytest.param("押金一共一万四。", (("一万四", "number", "14000", None, "exact"),), id="elided-thousands"),
    pytest.param("价格是八百八。", (("八百八", "number", "880", None, "exact"),), id="elided-tens-short"),
    pytest.param("人口三亿七千二百零五万零一十八。", (("三亿七千二百零五万零一十八", "number", "372050018", None, "exact"),), id="long-with-placeholders"),
    pytest.param("编号后是一万零十五，", (("一万零十五", "number", "10015", None, "exact"),), id="placeholder-then-tens"),
    pytest.param("总数三十二万亿。", (("三十二万亿", "number", "32000000000000", None, "exact"),), id="wan-yi"),
    pytest.param("减少了六千万。", (("六千万", "number", "60000000", None, "exact"),), id="qian-wan"),
    pytest.param("共计12万3千。", (("12万3千", "number", "123000", None, "exact"),), id="mixed-digits-and-units"),
    pytest.param("约6万2千8百，", (("约6万2千8百", "number", "62800", None, "about"),), id="mixed-three-units-hedged"),
    pytest.param("有3千零7。", (("3千零7", "number", "3007", None, "exact"),), id="mixed-placeholder"),
    pytest.param("投资5千零20万元", (("5千零20万元", "money", "50200000", "CNY", "exact"),), id="mixed-placeholder-magnitude"),
    pytest.param("增加二十三点六。", (("二十三点六", "number", "23.6", None, "exact"),), id="decimal-in-numerals"),
    pytest.param("气温负四十一。", (("负四十一", "number", "-41", None, "exact"),), id="negative-word"),
    pytest.param("达到两万多的押金", (("达到两万多", "number", "20000", None, "over"),), id="over-then-de"),
    pytest.param("人口共六万万。", (("六万万", "number", "600000000", None, "exact"),), id="wan-wan"),
    pytest.param("8万万人", (("8万万人", "count", "800000000", None, "exact"),), id="wan-wan-digits"),
    pytest.param("六万万同胞", (("六万万", "number", "600000000", None, "exact"),), id="wan-wan-before-a-noun"),
    # A numeral that closes with 万 or 亿 may run on into a noun: no word opens with such a figure.
    pytest.param("有两亿多网民", (("两亿多", "number", "200000000", None, "over"),), id="yi-over-before-a-noun"),
    pytest.param("三千万居民", (("三千万", "number", "30000000", None, "exact"),), id="qian-wan-before-a-noun"),
    # Without 零 the digit before the point is the elided next unit: 3004.2 is written 三千零四点二.
    pytest.param("三千四点二。", (("三千四点二", "number", "3400.2", None, "exact"),), id="elided-decimal"),
    pytest.param("一万五点二。", (("一万五点二", "number", "15000.2", None, "exact"),), id="elided-decimal-after-wan"),
    pytest.param("三千零四点二。", (("三千零四点二", "number", "3004.2", None, "exact"),), id="placeholder-decimal"),
    # A decimal below one is a figure, never the article 一.
    pytest.param("利率下调零点八。", (("零点八", "number", "0.8", None, "exact"),), id="zero-point-eight"),
    pytest.param("约零点五的差距", (("约零点五", "number", "0.5", None, "about"),), id="zero-point-five-hedged"),
]
ZH_BARE_NUMERALS_NEGATIVE = [
    pytest.param("他千方百计地找", id="idiom-qianfangbaiji"),
    pytest.param("这是十四五规划", id="plan-name"),
    pytest.param("召开十九大", id="congress-name"),
    pytest.param("全球五百强企业", id="ranking-name"),
    pytest.param("这件事十分重要", id="shifen-very"),
    pytest.param("千万别去", id="qianwan-adverb"),
    pytest.param("万万不可", id="wanwan-adverb"),
    pytest.param("老百姓的生活", id="baixing"),
    pytest.param("一些人", id="yixie"),
    pytest.param("第一次", id="first-time"),
    pytest.param("零点开始", id="lingdian-midnight"),
    pytest.param("情况十万火急", id="idiom-shiwan-huoji"),
    pytest.param("进入世界五百强名单", id="ranking-name-before-a-noun"),
    pytest.param("一点意见", id="yidian-a-little"),
]

# Spaces inside a figure or between a figure and its unit, as web and product text writes them.
ZH_SPACES = [
    pytest.param("3 月15 日开幕", (("3 月15 日", "date", "--03-15", None, "exact"),), id="date-spaces"),
    pytest.param("2019 年 6 月", (("2019 年 6 月", "date", "2019-06", None, "exact"),), id="year-month-spaces"),
    pytest.param("全长12 千米", (("12 千米", "quantity", "12000", "m", "exact"),), id="number-space-unit"),
    pytest.param("投资1,500 万元", (("1,500 万元", "money", "15000000", "CNY", "exact"),), id="space-before-magnitude"),
    pytest.param("出口 30 亿美元", (("30 亿美元", "money", "3000000000", "USD", "exact"),), id="spaces-around"),
    pytest.param("共有 12 个", (("12 个", "count", "12", None, "exact"),), id="measure-word-after-space"),
    pytest.param("占 89 %", (("89 %", "percent", "89", "%", "exact"),), id="percent-after-space"),
    pytest.param("2020 年举办", (("2020 年", "year", "2020", None, "exact"),), id="year-space"),
    pytest.param("运来3 000吨", (("3 000吨", "mass", "3000", "t", "exact"),), id="thousands-space"),
    pytest.param("共2 500 000元", (("2 500 000元", "money", "2500000", "CNY", "exact"),), id="thousands-spaces"),
    pytest.param("约4 200人", (("约4 200人", "count", "4200", None, "about"),), id="thousands-space-hedged"),
    pytest.param("2019 123人", (("2019", "number", "2019", None, "exact"), ("123人", "count", "123", None, "exact")), id="space-between-two-figures"),
]

# Colloquial and other currencies. 块 is money only where no noun follows it.
ZH_MONEY_FORMS = [
    pytest.param("花了35块", (("35块", "money", "35", "CNY", "exact"),), id="kuai"),
    pytest.param("他有两千六百五块钱", (("两千六百五块钱", "money", "2650", "CNY", "exact"),), id="kuaiqian-numerals"),
    pytest.param("票价300块左右", (("300块左右", "money", "300", "CNY", "about"),), id="kuai-hedged"),
    pytest.param("售价5000新台币", (("5000新台币", "money", "5000", "TWD", "exact"),), id="xintaibi"),
    pytest.param("花了300台币", (("300台币", "money", "300", "TWD", "exact"),), id="taibi"),
    pytest.param("花了台币300", (("台币300", "money", "300", "TWD", "exact"),), id="taibi-before"),
    pytest.param("票价台币250元左右", (("台币250元左右", "money", "250", "TWD", "about"),), id="taibi-before-yuan-hedged"),
    pytest.param("门票港币50", (("港币50", "money", "50", "HKD", "exact"),), id="gangbi-before"),
    pytest.param("共计480臺幣", (("480臺幣", "money", "480", "TWD", "exact"),), id="taibi-traditional"),
    pytest.param("月薪8000新元", (("8000新元", "money", "8000", "SGD", "exact"),), id="xinyuan"),
    pytest.param("价值50万令吉", (("50万令吉", "money", "500000", "MYR", "exact"),), id="ringgit"),
    pytest.param("20亿日圆", (("20亿日圆", "money", "2000000000", "JPY", "exact"),), id="riyuan-variant"),
    pytest.param("门票100泰铢", (("100泰铢", "money", "100", "THB", "exact"),), id="baht"),
    pytest.param("5万越南盾", (("5万越南盾", "money", "50000", "VND", "exact"),), id="dong"),
    pytest.param("30万至35万元", (("30万至35万元", "money", "300000..350000", "CNY", "range"),), id="range-currency-once"),
    pytest.param("八元四毛", (("八元四毛", "money", "8.4", "CNY", "exact"),), id="compound-yuan-mao"),
    pytest.param("花了八块五", (("八块五", "money", "8.5", "CNY", "exact"),), id="kuai-elided-jiao"),
    pytest.param("找回20元5角8分", (("20元5角8分", "money", "20.58", "CNY", "exact"),), id="compound-yuan-jiao-fen"),
    pytest.param("只要三美元又五美分", (("三美元又五美分", "money", "3.05", "USD", "exact"),), id="compound-dollars-you-cents"),
    pytest.param("票价三元零五分", (("三元零五分", "money", "3.05", "CNY", "exact"),), id="compound-ling-joins"),
    pytest.param("花了两块五毛钱。", (("两块五毛钱", "money", "2.5", "CNY", "exact"),), id="compound-kuai-mao-qian"),
    pytest.param("约十块五左右", (("约十块五左右", "money", "10.5", "CNY", "about"),), id="compound-elided-hedged"),
]
ZH_MONEY_FORMS_NEGATIVE = [
    pytest.param("吃了一块蛋糕", id="kuai-piece-of-cake"),
]
ZH_MONEY_FORMS_COUNTS = [
    pytest.param("6000多块五边形镜子", (("6000多块", "count", "6000", None, "over"),), id="kuai-counts-pieces"),
    pytest.param("三块地", (("三块", "count", "3", None, "exact"),), id="kuai-counts-plots"),
    pytest.param("两块五花肉", (("两块", "count", "2", None, "exact"),), id="kuai-digit-then-noun"),
]
# A minor unit of another currency, or 分 that is "minutes", ends the compound at its first part.
ZH_MONEY_COMPOUND_SPLIT = [
    pytest.param("三美元五角", (("三美元", "money", "3", "USD", "exact"), ("五角", "money", "0.5", "CNY", "exact")), id="two-currencies-two-amounts"),
    pytest.param("5元5分钟", (("5元", "money", "5", "CNY", "exact"), ("5分钟", "duration", "5", "minute", "exact")), id="fen-of-minutes"),
]

# Physical amounts (kind quantity), in the canonical unit of their dimension.
ZH_QUANTITIES = [
    pytest.param("全长397公里", (("397公里", "quantity", "397000", "m", "exact"),), id="gongli"),
    pytest.param("高13.2米", (("13.2米", "quantity", "13.2", "m", "exact"),), id="mi-decimal"),
    pytest.param("长约50厘米", (("约50厘米", "quantity", "0.5", "m", "about"),), id="limi-hedged"),
    pytest.param("降雨197.5毫米", (("197.5毫米", "quantity", "0.1975", "m", "exact"),), id="haomi"),
    pytest.param("飞行1000英里", (("1000英里", "quantity", "1609344", "m", "exact"),), id="yingli-mile"),
    pytest.param("4至8英寸", (("4至8英寸", "quantity", "0.1016..0.2032", "m", "range"),), id="inch-range"),
    pytest.param("从20里外赶来", (("20里", "quantity", "10000", "m", "exact"),), id="li-before-wai"),
    pytest.param("面积35万平方米", (("35万平方米", "quantity", "350000", "m2", "exact"),), id="square-metres"),
    pytest.param("超过90平方公里", (("超过90平方公里", "quantity", "90000000", "m2", "over"),), id="square-km-hedged"),
    pytest.param("6200公顷", (("6200公顷", "quantity", "62000000", "m2", "exact"),), id="hectares"),
    pytest.param("种了3000亩", (("3000亩", "quantity", "2000000", "m2", "exact"),), id="mu"),
    pytest.param("每天5升", (("5升", "quantity", "5", "L", "exact"),), id="litre"),
    pytest.param("蓄水42万立方米", (("42万立方米", "quantity", "420000000", "L", "exact"),), id="cubic-metres"),
    pytest.param("日产100万桶", (("100万桶", "quantity", "158987294.928", "L", "exact"),), id="barrels"),
    pytest.param("时速350公里", (("时速350公里", "quantity", "350", "km/h", "exact"),), id="speed-shisu"),
    pytest.param("350公里/小时", (("350公里/小时", "quantity", "350", "km/h", "exact"),), id="speed-per-hour"),
    pytest.param("装机82万千瓦", (("82万千瓦", "quantity", "820000000", "W", "exact"),), id="kilowatts"),
    pytest.param("发电14亿千瓦时", (("14亿千瓦时", "quantity", "1400000000", "kWh", "exact"),), id="kilowatt-hours"),
    pytest.param("用电10太瓦时", (("10太瓦时", "quantity", "10000000000", "kWh", "exact"),), id="terawatt-hours"),
    pytest.param("储能5吉瓦时", (("5吉瓦时", "quantity", "5000000", "kWh", "exact"),), id="gigawatt-hours"),
    pytest.param("发电超1.98亿度", (("超1.98亿度", "quantity", "198000000", "kWh", "over"),), id="du-after-yi-is-kwh"),
    pytest.param("用电700多万度", (("700多万度", "quantity", "7000000", "kWh", "over"),), id="du-after-wan-over"),
    pytest.param("气温37℃左右", (("37℃左右", "quantity", "37", "degC", "about"),), id="celsius-sign-hedged"),
    pytest.param("零下18℃", (("零下18℃", "quantity", "-18", "degC", "exact"),), id="below-zero"),
    pytest.param("-18摄氏度", (("-18摄氏度", "quantity", "-18", "degC", "exact"),), id="minus-sign-sheshidu"),
    # 度 below zero is a degree Celsius; 度 alone stays a measure word (气温30度, below).
    pytest.param("气温零下十八度", (("零下十八度", "quantity", "-18", "degC", "exact"),), id="below-zero-du"),
    pytest.param("约零下5度左右", (("约零下5度左右", "quantity", "-5", "degC", "about"),), id="below-zero-du-hedged"),
    pytest.param("存储256GB", (("256GB", "quantity", "256000000000", "B", "exact"),), id="gigabytes"),
]
ZH_QUANTITIES_NEGATIVE = [
    pytest.param("价格升至5元", id="sheng-verb-is-no-litre-before-money"),
    pytest.param("十里长街", id="li-in-a-name"),
    pytest.param("气温30度", id="du-degrees-of-heat"),
    pytest.param("种大米", id="mi-rice"),
]

# Tenths with decimals; shares of tenths with a digit after 成.
ZH_TENTHS = [
    pytest.param("占6.4成", (("6.4成", "percent", "64", "%", "exact"),), id="tenths-decimal"),
    pytest.param("约七点五成", (("约七点五成", "percent", "75", "%", "about"),), id="tenths-numeral-decimal"),
    pytest.param("四成五的人", (("四成五", "percent", "45", "%", "exact"),), id="tenths-and-hundredths"),
    pytest.param("七成五", (("七成五", "percent", "75", "%", "exact"),), id="tenths-and-hundredths-end"),
    pytest.param("近八成五的人", (("近八成五", "percent", "85", "%", "nearly"),), id="tenths-and-hundredths-hedged"),
]

# 多 after a unit: a little over (两年多 = over two years), before what ends the phrase; a word that
# begins with 多 (多地, 多元化, 多少, 多次) leaves the figure as it is.
ZH_OVER_AFTER_UNIT = [
    pytest.param("工作了两年多", (("两年多", "duration", "2", "year", "over"),), id="years-over"),
    pytest.param("三成多的人", (("三成多", "percent", "30", "%", "over"),), id="tenths-over"),
    pytest.param("重两吨多，", (("两吨多", "mass", "2", "t", "over"),), id="mass-over"),
    pytest.param("一米多高", (("一米多", "quantity", "1", "m", "over"),), id="length-over-adjective"),
    pytest.param("花了5块多钱", (("5块多", "money", "5", "CNY", "over"),), id="kuai-over"),
    pytest.param("三年多以来", (("三年多", "duration", "3", "year", "over"),), id="years-over-since"),
    pytest.param("近两年多地出现", (("近两年", "duration", "2", "year", "nearly"),), id="duo-di-many-places"),
    pytest.param("3年多元化发展", (("3年", "duration", "3", "year", "exact"),), id="duo-yuan-diverse"),
    pytest.param("两年多次获奖", (("两年", "duration", "2", "year", "exact"),), id="duo-ci-many-times"),
    pytest.param("一年多少钱", (), id="duo-shao-how-much"),
]
ZH_TENTHS_NEGATIVE_PART = [
    # 五 begins a word here: the share is 三成 alone.
    pytest.param("三成五星级酒店", (("三成", "percent", "30", "%", "exact"), ("五星级", "count", "5", None, "exact")), id="digit-begins-a-word"),
]

# Clock times (kind `time`, value ISO 8601 HH:MM): the half of the day adds 12 hours after noon;
# a time needs that half, its minutes or 钟, since 点 is also a decimal point and a measure word.
ZH_TIMES = [
    pytest.param("上午9点半开会", (("上午9点半", "time", "09:30", None, "exact"),), id="morning-half-past"),
    pytest.param("下午3点到", (("下午3点", "time", "15:00", None, "exact"),), id="afternoon-adds-twelve"),
    pytest.param("14时20分起飞", (("14时20分", "time", "14:20", None, "exact"),), id="shi-fen"),
    pytest.param("定于14:20开始", (("14:20", "time", "14:20", None, "exact"),), id="colon-24h"),
    pytest.param("07:45出发", (("07:45", "time", "07:45", None, "exact"),), id="colon-leading-zero"),
    pytest.param("凌晨2点15分发生", (("凌晨2点15分", "time", "02:15", None, "exact"),), id="small-hours"),
    pytest.param("晚上8点播出", (("晚上8点", "time", "20:00", None, "exact"),), id="evening"),
    pytest.param("今晚8点", (("晚8点", "time", "20:00", None, "exact"),), id="wan-single-character"),
    pytest.param("下午三点五十到", (("下午三点五十", "time", "15:50", None, "exact"),), id="numerals-minutes-without-fen"),
    pytest.param("九点钟见", (("九点钟", "time", "09:00", None, "exact"),), id="zhong-numerals"),
    pytest.param("十点一刻", (("十点一刻", "time", "10:15", None, "exact"),), id="quarter"),
    pytest.param("10时许到达", (("10时许", "time", "10:00", None, "about"),), id="xu-about"),
    pytest.param("中午12点", (("中午12点", "time", "12:00", None, "exact"),), id="noon-stays-twelve"),
    pytest.param("凌晨12点半", (("凌晨12点半", "time", "00:30", None, "exact"),), id="midnight-is-zero"),
    pytest.param("下午3:30", (("下午3:30", "time", "15:30", None, "exact"),), id="afternoon-colon"),
    pytest.param("下午5点多", (("下午5点多", "time", "17:00", None, "over"),), id="duo-after"),
    pytest.param("当日0—8时", (("0", "time", "00:00", None, "exact"), ("8时", "time", "08:00", None, "exact")), id="range-first-end-borrows-the-mark"),
    pytest.param("10时至11时", (("10时", "time", "10:00", None, "exact"), ("11时", "time", "11:00", None, "exact")), id="range-both-ends"),
    pytest.param("每周六18时起", (("18时", "time", "18:00", None, "exact"),), id="after-a-weekday-numeral"),
    pytest.param("8时期间停运", (("8时", "time", "08:00", None, "exact"),), id="shi-before-qijian"),
    pytest.param("上午10时30分开幕", (("上午10时30分", "time", "10:30", None, "exact"),), id="morning-shi-fen"),
    pytest.param("会议10:30开始", (("10:30", "time", "10:30", None, "exact"),), id="colon-between-han"),
]
ZH_TIMES_NEGATIVE = [
    pytest.param("提出三点意见", id="dian-measure-word"),
    pytest.param("2时代的产物", id="shi-begins-a-word"),
    pytest.param("比例尺1:50,000", id="map-scale"),
    pytest.param("比分3:1", id="score"),
]

# A minus sign written "-" before a bare figure keeps its sign; a hyphen that joins a name or two
# figures is no sign.
ZH_SIGNS = [
    pytest.param("差额为-20000。", (("-20000", "number", "-20000", None, "exact"),), id="hyphen-bare-digits"),
    pytest.param("净流出 -3.6万", (("-3.6万", "number", "-36000", None, "exact"),), id="hyphen-with-magnitude"),
    pytest.param("（-7万）", (("-7万", "number", "-70000", None, "exact"),), id="hyphen-in-brackets"),
    pytest.param("降至-12以下", (("-12以下", "number", "-12", None, "under"),), id="after-a-verb-hedged"),
    pytest.param("增长-5.2万", (("-5.2万", "number", "-52000", None, "exact"),), id="after-a-verb-of-change"),
    pytest.param("同比 -3.1万", (("-3.1万", "number", "-31000", None, "exact"),), id="after-tongbi-and-space"),
    pytest.param("利润减少-800", (("-800", "number", "-800", None, "exact"),), id="after-jianshao"),
]
ZH_SIGNS_NOT = [
    pytest.param("武直卡-52参加演习", ("52", "number", "52", None, "exact"), id="model-name"),
    pytest.param("1992年-1997年", ("1997年", "year", "1997", None, "exact"), id="year-span"),
    pytest.param("比分3 -2", ("-2", "number", "-2", None, "exact"), id="after-a-figure-and-space"),
    pytest.param("引进长-8火箭", ("8", "number", "8", None, "exact"), id="han-that-is-no-verb"),
]

# A round figure with no digit before a currency: 百亿美元 is 10^10 dollars.
ZH_ROUND_MONEY = [
    pytest.param("投资百亿美元", (("百亿美元", "money", "10000000000", "USD", "exact"),), id="bai-yi-dollars"),
    pytest.param("千亿元规模", (("千亿元", "money", "100000000000", "CNY", "exact"),), id="qian-yi-yuan"),
    pytest.param("万亿元左右", (("万亿元左右", "money", "1000000000000", "CNY", "about"),), id="wan-yi-hedged"),
    pytest.param("数百亿美元", (("数百亿美元", "money", "20000000000..90000000000", "USD", "range"),), id="vague-digit-still-vague"),
]
ZH_ROUND_MONEY_NEGATIVE = [
    pytest.param("老百姓的钱", id="baixing"),
    pytest.param("千万别花钱", id="qianwan-adverb"),
    pytest.param("二元结构", id="yuan-word"),
]

# Ranges of bare figures with the magnitude on the second end and no unit.
ZH_BARE_RANGES = [
    pytest.param("年产30万到35万。", (("30万到35万", "number", "300000..350000", None, "range"),), id="dao"),
    pytest.param("约30万至35万", (("约30万至35万", "number", "300000..350000", None, "range"),), id="zhi-hedged"),
    pytest.param("规模3～5万", (("3～5万", "number", "30000..50000", None, "range"),), id="first-end-borrows-magnitude"),
    pytest.param("20至30万的", (("20至30万", "number", "200000..300000", None, "range"),), id="zhi-before-de"),
    # Numeral ends: an end with tens or hundreds but no magnitude borrows the other's.
    pytest.param("二十至三十万。", (("二十至三十万", "number", "200000..300000", None, "range"),), id="numerals-tens-borrow-wan"),
    pytest.param("三百到五百万元", (("三百到五百万元", "money", "3000000..5000000", "CNY", "range"),), id="numerals-hundreds-borrow-wan-money"),
    pytest.param("十至二十万人", (("十至二十万人", "count", "100000..200000", None, "range"),), id="numerals-borrow-before-measure-word"),
]
ZH_BARE_RANGES_NOT = [
    pytest.param("比分2至3", (("2", "number", "2", None, "exact"), ("3", "number", "3", None, "exact")), id="no-magnitude-two-figures"),
    pytest.param("3至5万人参加", (("3至5万人", "count", "30000..50000", None, "range"),), id="measure-word-count-rule"),
    pytest.param("3月至5月", (("3月", "date", "--03", None, "exact"), ("5月", "date", "--05", None, "exact")), id="months"),
    # Borrowing would put the low end above the high one: the ends stay as written.
    pytest.param("3千至5万。", (("3千至5万", "number", "3000..50000", None, "range"),), id="no-borrow-past-the-high-end"),
    pytest.param("八千至一万二。", (("八千至一万二", "number", "8000..12000", None, "range"),), id="no-borrow-elided-end"),
    # A range in web text's scale letters: on both ends, or on the second, which the first borrows.
    pytest.param("月薪8k-12k", (("8k-12k", "number", "8000..12000", None, "range"),), id="web-k-both-ends"),
    pytest.param("薪资6-9k", (("6-9k", "number", "6000..9000", None, "range"),), id="web-k-borrowed"),
    pytest.param("约1.5w-2w元", (("约1.5w-2w元", "money", "15000..20000", "CNY", "range"),), id="web-w-money-hedged"),
    pytest.param("GT8-12k", (("8", "number", "8", None, "exact"), ("12k", "number", "12000", None, "exact")), id="web-range-not-after-letters"),
    pytest.param("3-5k视频", (), id="web-range-not-before-video"),
    pytest.param("8K-12K", (("8K-12K", "number", "8000..12000", None, "range"),), id="web-range-capitals-on-both-ends"),
]

# A half after a unit of mass or length, as after a span.
ZH_UNIT_HALF = [
    pytest.param("运了两吨半", (("两吨半", "mass", "2.5", "t", "exact"),), id="tons-and-a-half"),
    pytest.param("约三公里半的路", (("约三公里半", "quantity", "3500", "m", "about"),), id="km-and-a-half-hedged"),
    pytest.param("两吨半左右", (("两吨半左右", "mass", "2.5", "t", "about"),), id="tons-and-a-half-post"),
    pytest.param("用了两年半", (("两年半", "duration", "2.5", "year", "exact"),), id="years-and-a-half-unchanged"),
    # 两 as a unit of mass takes a half too: 二两半 is 2.5 liang (125 g).
    pytest.param("称了二两半。", (("二两半", "mass", "0.000125", "t", "exact"),), id="liang-and-a-half"),
    pytest.param("约三两半左右", (("约三两半左右", "mass", "0.000175", "t", "about"),), id="liang-and-a-half-hedged"),
    pytest.param("只要一两半。", (("一两半", "mass", "0.000075", "t", "exact"),), id="yiliang-and-a-half"),
]
# 两 as a unit of mass (a liang, 50 g), alone or after 斤; as a digit it stays "two".
ZH_LIANG = [
    pytest.param("打了二两酒", (("二两", "mass", "0.0001", "t", "exact"),), id="erliang"),
    pytest.param("称了三斤二两", (("三斤二两", "mass", "0.0016", "t", "exact"),), id="jin-and-liang"),
    pytest.param("十二两黄金", (("十二两", "mass", "0.0006", "t", "exact"),), id="tens-liang"),
    pytest.param("约2两左右", (("约2两左右", "mass", "0.0001", "t", "about"),), id="digit-liang-hedged"),
]
ZH_LIANG_NOT = [
    pytest.param("两人同行", (("两人", "count", "2", None, "exact"),), id="liang-digit-measure-word"),
    pytest.param("两千元", (("两千元", "money", "2000", "CNY", "exact"),), id="liang-digit-magnitude"),
    pytest.param("一两天", (("一两天", "duration", "1..2", "day", "range"),), id="yiliang-a-day-or-two"),
    pytest.param("说了三两句", (), id="sanliang-a-few"),
    pytest.param("两者半斤八两", (), id="idiom-banjin-baliang"),
    pytest.param("三两个人", (("三两个", "count", "2..3", None, "range"),), id="sanliang-before-measure-word"),
]
# Two numerals side by side name an approximate range before a measure word, a unit, a span or
# 十/百/千/万 (lang/zh.py ZH_RANGE_PAIRS): consecutive ones (四五个) and 三五 (3–5), 三两 (2–3).
ZH_APPROXIMATE_PAIRS = [
    pytest.param("来了三五个朋友", (("三五个", "count", "3..5", None, "range"),), id="sanwu-measure-word"),
    pytest.param("等三五天再说", (("三五天", "duration", "3..5", "day", "range"),), id="sanwu-days"),
    pytest.param("花了三两天", (("三两天", "duration", "2..3", "day", "range"),), id="sanliang-days"),
    pytest.param("只有一两个", (("一两个", "count", "1..2", None, "range"),), id="yiliang-measure-word"),
    pytest.param("约三五十人", (("约三五十人", "count", "30..50", None, "range"),), id="sanwu-tens-hedged"),
    pytest.param("三五百万元", (("三五百万元", "money", "3000000..5000000", "CNY", "range"),), id="sanwu-hundreds-money"),
    pytest.param("一两千元", (("一两千元", "money", "1000..2000", "CNY", "range"),), id="yiliang-thousands-money"),
    pytest.param("五六个小组", (("五六个", "count", "5..6", None, "range"),), id="wuliu-consecutive"),
    pytest.param("八九年", (("八九年", "duration", "8..9", "year", "range"),), id="bajiu-years"),
]
# Real numbers and names stay what they are; a pair that does not open the numeral is no range.
ZH_APPROXIMATE_PAIRS_NOT = [
    pytest.param("三十五个", (("三十五个", "count", "35", None, "exact"),), id="sanshiwu-a-number"),
    pytest.param("二十三天", (("二十三天", "duration", "23", "day", "exact"),), id="ershisan-a-number"),
    pytest.param("纪念五四运动", (("五四", "number", "4", None, "exact"),), id="wusi-a-name"),
    pytest.param("游客三五成群", (), id="idiom-sanwu-chengqun"),
    pytest.param("十三五个", (), id="pair-not-opening-the-numeral"),
    pytest.param("三两黄金", (), id="sanliang-before-a-noun"),
]
# 来 between a round figure and what it counts or measures is "about" (十来个 "ten or so"); after a
# span it is "over the past" (10年来, exact as before), after a measure word a verb.
ZH_LAI_HEDGES = [
    pytest.param("来了十来个人", (("十来个", "count", "10", None, "about"),), id="shilai-measure-word"),
    pytest.param("他二十来岁", (("二十来岁", "count", "20", None, "about"),), id="ershilai-age"),
    pytest.param("村里百来人", (("百来人", "count", "100", None, "about"),), id="bailai-bare-hundred"),
    pytest.param("干了三十来年", (("三十来年", "duration", "30", "year", "about"),), id="sanshilai-years"),
    pytest.param("住了20来天", (("20来天", "duration", "20", "day", "about"),), id="digits-lai-days"),
    pytest.param("等了十来个小时", (("十来个小时", "duration", "10", "hour", "about"),), id="shilai-hours-classified"),
    pytest.param("花了十来块钱", (("十来块钱", "money", "10", "CNY", "about"),), id="shilai-kuai-money"),
    pytest.param("走了十来公里", (("十来公里", "quantity", "10000", "m", "about"),), id="shilai-km"),
    pytest.param("树有一米来高", (("一米来", "quantity", "1", "m", "about"),), id="yimi-lai-gao"),
    pytest.param("鱼有三斤来重", (("三斤来", "mass", "0.0015", "t", "about"),), id="sanjin-lai-zhong"),
]
ZH_LAI_NOT = [
    pytest.param("三个人来了", (("三个", "count", "3", None, "exact"),), id="lai-verb-after-measure-word"),
    pytest.param("10年来变化很大", (("10年来", "duration", "10", "year", "exact"),), id="past-ten-years-digits"),
    pytest.param("十年来变化很大", (("十年来", "duration", "10", "year", "exact"),), id="past-ten-years-numerals"),
    pytest.param("一来二去就熟了", (), id="idiom-yilai-erqu"),
    pytest.param("五来个", (), id="not-a-round-figure"),
    pytest.param("从三十来到这里", (), id="lai-opens-a-verb"),
]
# A share stated as a count in each count (每四个人中有三个 = 75 %), the counterpart of "three out
# of every four"; a group named between the count and 中 is part of the share.
ZH_SHARE_IN = [
    pytest.param("每四个人中有三个同意", (("四个人中有三个", "percent", "75", "%", "exact"),), id="three-in-every-four"),
    pytest.param("每十户中就有一户", (("十户中就有一户", "percent", "10", "%", "exact"),), id="one-in-every-ten-jiu"),
    pytest.param("每5个学生中约有2个", (("5个学生中约有2个", "percent", "40", "%", "about"),), id="digits-hedged"),
]
ZH_SHARE_IN_NOT = [
    pytest.param("每年有3个", (("3个", "count", "3", None, "exact"),), id="each-year-no-share"),
    pytest.param("每4个人有3个", (("4个", "count", "4", None, "exact"), ("3个", "count", "3", None, "exact")), id="no-zhong"),
    # A group of a thousand or more is the base of a rate ("12.3 per 100,000 population"): the
    # base and the count, as 每千人 reads.
    pytest.param("每十萬人口中有8.6宗", (("十萬人", "count", "100000", None, "exact"), ("8.6宗", "count", "8.6", None, "exact")), id="rate-per-100000-traditional"),
    pytest.param("每2000人中有7人", (("2000人", "count", "2000", None, "exact"), ("7人", "count", "7", None, "exact")), id="rate-per-2000-digits"),
    pytest.param("每千人中有4人", (("千", "number", "1000", None, "exact"), ("4人", "count", "4", None, "exact")), id="rate-per-thousand"),
]
ZH_UNIT_HALF_NOT = [
    pytest.param("3吨半成品", (("3吨", "mass", "3", "t", "exact"),), id="ban-opens-a-word"),
    pytest.param("二两半导体", (("二两", "mass", "0.0001", "t", "exact"),), id="liang-ban-opens-a-word"),
]
# fmt: on

# Levels of a scale: a wind force (Beaufort) with 级 after a word of wind or before one, an
# earthquake's magnitude likewise; a pair of blood pressures that states its unit once.
ZH_LEVELS = [
    pytest.param(
        "沿海有6级大风。", (("6级", "quantity", "6", "Bft", "exact"),), id="level-before-gale"
    ),
    pytest.param(
        "预计风力可达九级。",
        (("九级", "quantity", "9", "Bft", "exact"),),
        id="wind-force-verb-numeral",
    ),
    pytest.param(
        "阵风10级以上。", (("10级以上", "quantity", "10", "Bft", "over"),), id="gusts-over"
    ),
    pytest.param(
        "刮起七八级大风", (("七八级", "quantity", "7..8", "Bft", "range"),), id="adjacent-range"
    ),
    pytest.param(
        "转北风一二级",
        (("一二级", "quantity", "1..2", "Bft", "range"),),
        id="wind-before-adjacent-range",
    ),
    pytest.param(
        "偏南风三四间五级",
        (("三四间五级", "quantity", "3..5", "Bft", "range"),),
        id="forecast-at-times",
    ),
    pytest.param(
        "十二级台风登陆", (("十二级", "quantity", "12", "Bft", "exact"),), id="typhoon-force"
    ),
    pytest.param(
        "当地发生里氏5.8级地震",
        (("5.8级", "quantity", "5.8", "magnitude", "exact"),),
        id="richter-quake",
    ),
    pytest.param(
        "发生4.1级余震", (("4.1级", "quantity", "4.1", "magnitude", "exact"),), id="aftershock"
    ),
    pytest.param(
        "震级为7.0级",
        (("7.0级", "quantity", "7", "magnitude", "exact"),),
        id="magnitude-word-before",
    ),
    pytest.param(
        "收缩压高于140/90毫米汞柱",
        (
            ("140", "quantity", "140", "mmHg", "exact"),
            ("90毫米汞柱", "quantity", "90", "mmHg", "exact"),
        ),
        id="pressure-pair",
    ),
    pytest.param(
        "血压为120／80mmHg",
        (
            ("120", "quantity", "120", "mmHg", "exact"),
            ("80mmHg", "quantity", "80", "mmHg", "exact"),
        ),
        id="pressure-pair-latin-fullwidth-slash",
    ),
    # 级 alone is a grade or a class, and a word that begins with 风 is no wind.
    pytest.param("三级医院", (), id="grade-of-hospital"),
    pytest.param("一级风险", (), id="level-of-risk"),
    pytest.param("二级风景区", (), id="grade-of-park"),
    pytest.param("7级工", (("7", "number", "7", None, "exact"),), id="grade-of-worker"),
    pytest.param("6.5级", (("6.5", "number", "6.5", None, "exact"),), id="level-alone"),
    pytest.param(
        "比例为3/4", (("3/4", "percent", "75", "%", "exact"),), id="slash-with-no-pressure-unit"
    ),
]

# Open bounds: a lower and an upper bound in one phrase. With a unit or a span of time on each,
# one range (a statute's inclusive bounds); bounds of a count keep their own qualifiers.
ZH_OPEN_BOUNDS = [
    pytest.param(
        "罚款3000元以上3万元以下",
        (("3000元以上3万元以下", "money", "3000..30000", "CNY", "range"),),
        id="money-bounds",
    ),
    pytest.param(
        "年满16周岁以上60周岁以下",
        (("16周岁以上", "count", "16", None, "over"), ("60周岁以下", "count", "60", None, "under")),
        id="age-bounds",
    ),
    pytest.param(
        "处2年以上7年以下",
        (("2年以上7年以下", "duration", "2..7", "year", "range"),),
        id="span-bounds",
    ),
    pytest.param(
        "面积50平方米以上200平方米以下",
        (("50平方米以上200平方米以下", "quantity", "50..200", "m2", "range"),),
        id="area-bounds",
    ),
]

# Rates: money per an amount of mass, area or volume, in the currency per the canonical unit of the
# denominator (CNY/t, CNY/m2); money per a person or a day stays money.
ZH_RATES = [
    pytest.param(
        "每亩地平均增收600元",
        (("600元", "money", "0.9", "CNY/m2", "exact"),),
        id="per-before-longest-words-between",
    ),
    pytest.param(
        "每公斤售价9元",
        (("9元", "money", "9000", "CNY/t", "exact"),),
        id="per-before-words-between",
    ),
    pytest.param(
        "每亩增收600元",
        (("600元", "money", "0.9", "CNY/m2", "exact"),),
        id="per-mu-words-between",
    ),
    pytest.param(
        "电价每千瓦时0.6元",
        (("0.6元", "money", "0.6", "CNY/kWh", "exact"),),
        id="per-unit-not-cut-short",
    ),
    pytest.param(
        "每公斤的价格从10元涨到12元",
        (("10元", "money", "10000", "CNY/t", "exact"), ("12元", "money", "12", "CNY", "exact")),
        id="only-the-first-figure-after-the-unit",
    ),
    pytest.param(
        "售价每公斤24元", (("24元", "money", "24000", "CNY/t", "exact"),), id="per-before"
    ),
    pytest.param(
        "售价24元/公斤", (("24元/公斤", "money", "24000", "CNY/t", "exact"),), id="slash-after"
    ),
    pytest.param(
        "售价24元每公斤", (("24元每公斤", "money", "24000", "CNY/t", "exact"),), id="per-after"
    ),
    pytest.param(
        "均价每平方米3.5万元",
        (("3.5万元", "money", "35000", "CNY/m2", "exact"),),
        id="per-square-metre-before",
    ),
    pytest.param(
        "均价3.5万元/平方米",
        (("3.5万元/平方米", "money", "35000", "CNY/m2", "exact"),),
        id="per-square-metre-after",
    ),
    pytest.param("收购价8元/斤", (("8元/斤", "money", "16000", "CNY/t", "exact"),), id="per-jin"),
    pytest.param(
        "油价每桶70美元左右",
        (("70美元左右", "money", "0.4402867539302473589664998693", "USD/L", "about"),),
        id="per-barrel-hedged",
    ),
    pytest.param(
        "门票每人60元", (("60元", "money", "60", "CNY", "exact"),), id="per-person-is-money"
    ),
    pytest.param(
        "门票60元/人", (("60元", "money", "60", "CNY", "exact"),), id="slash-person-is-money"
    ),
    # A range of rates: the currency stated once or on both ends, the per mark before or after.
    pytest.param(
        "均价每平方米5万至6万元",
        (("5万至6万元", "money", "50000..60000", "CNY/m2", "range"),),
        id="range-per-before",
    ),
    pytest.param(
        "报价20-25元/公斤",
        (("20-25元/公斤", "money", "20000..25000", "CNY/t", "range"),),
        id="range-slash-after",
    ),
    pytest.param(
        "每斤收购价2元至3元",
        (("2元至3元", "money", "4000..6000", "CNY/t", "range"),),
        id="range-currency-twice",
    ),
    pytest.param(
        "6万元至7万元/平方米",
        (("6万元至7万元/平方米", "money", "60000..70000", "CNY/m2", "range"),),
        id="range-currency-twice-slash",
    ),
    pytest.param(
        "人均每年5万至6万元",
        (("5万至6万元", "money", "50000..60000", "CNY", "range"),),
        id="range-per-year-is-money",
    ),
    pytest.param(
        "每人20至30元",
        (("20至30元", "money", "20..30", "CNY", "range"),),
        id="range-per-person-is-money",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZH_SIGNS + ZH_ROUND_MONEY + ZH_BARE_RANGES)
def test_zh_signs_round_money_bare_ranges(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "unsigned"), ZH_SIGNS_NOT)
def test_zh_hyphen_that_joins_is_no_sign(text: str, unsigned: Row) -> None:
    claims = claims_of(text, "zh")
    # The figure after the hyphen is read as written, never negated, unless it follows a figure and
    # a space (3 -2 is a score or a sign: the reader leaves its sign out).
    negated = [c for c in claims if c[2].startswith("-")]
    if unsigned[0].startswith("-"):
        assert negated == [] and all(not c[0].startswith("-") for c in claims)
    else:
        assert unsigned in claims and negated == []


@pytest.mark.parametrize("text", ZH_ROUND_MONEY_NEGATIVE)
def test_zh_round_money_negative(text: str) -> None:
    assert all(row[1] != "money" for row in claims_of(text, "zh"))


@pytest.mark.parametrize(
    ("text", "expected"),
    ZH_BARE_RANGES_NOT + ZH_UNIT_HALF + ZH_UNIT_HALF_NOT + ZH_LIANG + ZH_LIANG_NOT,
)
def test_zh_bare_ranges_and_halves(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_BARE_NUMERALS)
def test_zh_bare_numerals(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_BARE_NUMERALS_NEGATIVE)
def test_zh_bare_numerals_negative(text: str) -> None:
    # A name with numerals (十四五) is read with the role name (test_roles.py), not as a figure.
    assert figures_of(text, "zh") == ()


@pytest.mark.parametrize(("text", "expected"), ZH_SPACES)
def test_zh_spaces_inside_figures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_MONEY_FORMS + ZH_MONEY_FORMS_COUNTS)
def test_zh_money_forms(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_MONEY_COMPOUND_SPLIT)
def test_zh_compound_of_two_kinds_is_split(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_MONEY_FORMS_NEGATIVE)
def test_zh_money_forms_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()


@pytest.mark.parametrize(("text", "expected"), ZH_QUANTITIES)
def test_zh_quantities(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_QUANTITIES_NEGATIVE)
def test_zh_quantities_negative(text: str) -> None:
    assert all(row[1] != "quantity" for row in claims_of(text, "zh"))


# Two digit words side by side that name no range state no number: a word's last character before
# a numeral (唯一一支), a year cut to two digits (九八年); with a zero or three digits, digit by digit.
ZH_TWO_DIGIT_WORDS = [
    pytest.param("唯一一支球队", (), id="word-end-and-numeral"),
    pytest.param("一一对应", (), id="one-by-one"),
    pytest.param("九八年抗洪", (), id="year-cut-to-two-digits"),
    pytest.param("三二个", (), id="falling-pair-no-range"),
    pytest.param("三四个", (("三四个", "count", "3..4", None, "range"),), id="rising-pair-range"),
    pytest.param(
        "二〇二〇年", (("二〇二〇年", "year", "2020", None, "exact"),), id="year-digit-by-digit"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZH_TWO_DIGIT_WORDS)
def test_zh_two_digit_words(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


# Events named by their date with a middle dot: a date with the role name.
ZH_DATE_NAMES = [
    pytest.param("5·12汶川地震", (("5·12", "date", "--05-12", None, "exact"),), id="earthquake"),
    pytest.param("“3·15”晚会", (("3·15", "date", "--03-15", None, "exact"),), id="quoted-gala"),
    pytest.param("9・11事件", (("9・11", "date", "--09-11", None, "exact"),), id="katakana-dot"),
    pytest.param(
        "比分3·1",
        (("3", "number", "3", None, "exact"), ("1", "number", "1", None, "exact")),
        id="score-not-before-a-name",
    ),
    pytest.param(
        "15·12事件",
        (("15", "number", "15", None, "exact"), ("12", "number", "12", None, "exact")),
        id="no-month-15",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZH_DATE_NAMES)
def test_zh_events_named_by_their_date(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected
    roles = [c.role for c in extract_text(text, LANGS["zh"]) if c.kind is Kind.DATE]
    assert roles == [Role.NAME] * len(roles)


@pytest.mark.parametrize(("text", "expected"), ZH_OVER_AFTER_UNIT)
def test_zh_over_after_a_unit(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_TENTHS)
def test_zh_tenths(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_TENTHS_NEGATIVE_PART)
def test_zh_tenths_digit_in_a_word(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_TIMES)
def test_zh_clock_times(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_TIMES_NEGATIVE)
def test_zh_clock_times_negative(text: str) -> None:
    assert all(row[1] != "time" for row in claims_of(text, "zh"))


@pytest.mark.parametrize(("text", "expected"), ZH_APPROXIMATE_PAIRS + ZH_APPROXIMATE_PAIRS_NOT)
def test_zh_approximate_pairs(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_LAI_HEDGES + ZH_LAI_NOT)
def test_zh_lai_hedges(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_SHARE_IN + ZH_SHARE_IN_NOT)
def test_zh_share_in_each_count(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_LEVELS)
def test_zh_levels_of_a_scale_and_pressures(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_OPEN_BOUNDS)
def test_zh_open_bounds(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ZH_RATES)
def test_zh_rates_per_unit(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected
