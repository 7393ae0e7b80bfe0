"""Chinese numerals: 一…九, 两, 〇/零, 十 百 千 万 亿, mixes with digits, 大写 and traditional forms."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Figures written in Chinese numerals, alone or mixed with digits: units inside a section
# (三千五百), sections (一万五千, 二十万亿), placeholder zeros (二百零五), the elided last unit
# (三千五), 两 as a digit, digits read one by one in a year (二〇一七年), spelled decimal points
# (三点五万), the financial 大写 forms and traditional 萬/億/噸, and two adjacent digits that name a
# range (三四个, 七八千). Cases written by us for the phenomenon, not copied from the seeds or any
# corpus.
# fmt: off
ZH_NUMERALS = [
    pytest.param("运来九吨", (("九吨", "mass", "9", "t", "exact"),), id="single-digit"),
    pytest.param("运来两吨", (("两吨", "mass", "2", "t", "exact"),), id="liang"),
    pytest.param("运来十吨", (("十吨", "mass", "10", "t", "exact"),), id="shi-alone"),
    pytest.param("运来十五吨", (("十五吨", "mass", "15", "t", "exact"),), id="shi-wu"),
    pytest.param("运来二十吨", (("二十吨", "mass", "20", "t", "exact"),), id="er-shi"),
    pytest.param("运来三千五百吨", (("三千五百吨", "mass", "3500", "t", "exact"),), id="qian-bai"),
    pytest.param("运来三千五吨", (("三千五吨", "mass", "3500", "t", "exact"),), id="elided-last-unit"),
    pytest.param("运来二百零五吨", (("二百零五吨", "mass", "205", "t", "exact"),), id="ling-placeholder"),
    pytest.param("运来一千零五吨", (("一千零五吨", "mass", "1005", "t", "exact"),), id="ling-skips-two-places"),
    pytest.param("运来一万五千吨", (("一万五千吨", "mass", "15000", "t", "exact"),), id="wan-qian"),
    pytest.param("拨款两万两千元", (("两万两千元", "money", "22000", "CNY", "exact"),), id="liang-twice"),
    pytest.param("规模二十万亿元", (("二十万亿元", "money", "20000000000000", "CNY", "exact"),), id="wan-yi"),
    pytest.param("规模一万五千亿元", (("一万五千亿元", "money", "1500000000000", "CNY", "exact"),), id="wan-qian-yi"),
    pytest.param("运来3万4000吨", (("3万4000吨", "mass", "34000", "t", "exact"),), id="digits-wan-digits"),
    pytest.param("运来25万6千吨", (("25万6千吨", "mass", "256000", "t", "exact"),), id="digits-wan-digit-qian"),
    pytest.param("运来1,100万吨", (("1,100万吨", "mass", "11000000", "t", "exact"),), id="separator-then-wan"),
    pytest.param("合同1,100.9亿美元", (("1,100.9亿美元", "money", "110090000000", "USD", "exact"),), id="separator-decimal-yi"),
    pytest.param("规模1.2万亿元", (("1.2万亿元", "money", "1200000000000", "CNY", "exact"),), id="decimal-wan-yi"),
    pytest.param("运来三点五万吨", (("三点五万吨", "mass", "35000", "t", "exact"),), id="spelled-point-then-wan"),
    pytest.param("运来零点五吨", (("零点五吨", "mass", "0.5", "t", "exact"),), id="ling-dian-wu"),
    pytest.param("始于二〇一七年", (("二〇一七年", "year", "2017", None, "exact"),), id="year-digit-by-digit"),
    pytest.param("金额壹佰贰拾叁元", (("壹佰贰拾叁元", "money", "123", "CNY", "exact"),), id="daxie"),
    pytest.param("金额叁仟伍佰元", (("叁仟伍佰元", "money", "3500", "CNY", "exact"),), id="daxie-qian"),
    pytest.param("人民币壹万圆", (("人民币壹万圆", "money", "10000", "CNY", "exact"),), id="daxie-wan-yuan"),
    pytest.param("產量三萬噸", (("三萬噸", "mass", "30000", "t", "exact"),), id="traditional-wan-ton"),
    pytest.param("投資十二億元", (("十二億元", "money", "1200000000", "CNY", "exact"),), id="traditional-yi"),
    pytest.param("投資五十三點五億元", (("五十三點五億元", "money", "5350000000", "CNY", "exact"),), id="traditional-point"),
    pytest.param("登陆5个城市", (("5个", "count", "5", None, "exact"),), id="formal-digit-in-a-word-beside-a-figure"),
    pytest.param("来了三四个", (("三四个", "count", "3..4", None, "range"),), id="adjacent-digits-range"),
    pytest.param("来了五六十人", (("五六十人", "count", "50..60", None, "range"),), id="adjacent-digits-tens"),
    pytest.param("花了七八千元", (("七八千元", "money", "7000..8000", "CNY", "range"),), id="adjacent-digits-thousands"),
    pytest.param("十七八岁", (("十七八岁", "count", "17..18", None, "range"),), id="adjacent-after-shi"),
]
# Numeral characters inside words, idioms and names: no figure.
ZH_NUMERALS_NEGATIVE = [
    pytest.param("他一五一十地说了", id="idiom-yi-wu-yi-shi"),
    pytest.param("十全十美", id="idiom-shi-quan"),
    pytest.param("心里七上八下", id="idiom-qi-shang"),
    pytest.param("九死一生", id="idiom-jiu-si"),
    pytest.param("三三两两地走来", id="idiom-san-san"),
    pytest.param("来自五湖四海", id="idiom-wu-hu"),
    pytest.param("一家百年老店", id="bare-bai-nian"),
    pytest.param("入选千人计划", id="bare-qian-ren"),
    pytest.param("万人空巷", id="bare-wan-ren"),
    pytest.param("千万不要忘记", id="qian-wan-by-all-means"),
    pytest.param("成了百万富翁", id="bare-bai-wan"),
    pytest.param("中国大陆，各国之外", id="formal-lu-in-dalu"),
    pytest.param("他入伍了", id="formal-wu-in-ruwu"),
    pytest.param("疫情肆虐", id="formal-si-in-sinue"),
    pytest.param("收拾好了", id="formal-shi-in-shoushi"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_NUMERALS)
def test_zh_numerals(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_NUMERALS_NEGATIVE)
def test_zh_numerals_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
