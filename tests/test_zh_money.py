"""Chinese money: digits and numerals with 万/亿 and a currency, before or after the figure."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Money: a figure with a currency after it (美元, 瑞士法郎, 元, 港元…), before it (人民币500万元
# states it twice), or once for a whole list (分别为3亿、5亿美元: every figure of the list is USD).
# Minor units convert into their currency (30美分 = 0.3 USD). Cases written by us for the
# phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_MONEY = [
    pytest.param("出口１５亿美元", (("１５亿美元", "money", "1500000000", "USD", "exact"),), id="fullwidth-yi-usd"),
    pytest.param("合同额4518.3万瑞士法郎", (("4518.3万瑞士法郎", "money", "45183000", "CHF", "exact"),), id="wan-decimal-chf"),
    pytest.param("奖金几百万元", (("几百万元", "money", "2000000..9000000", "CNY", "range"),), id="vague-jibai-wan-yuan"),
    pytest.param("近２亿美元", (("近２亿美元", "money", "200000000", "USD", "nearly"),), id="nearly-yi"),
    pytest.param("投资一万五千亿元", (("一万五千亿元", "money", "1500000000000", "CNY", "exact"),), id="numerals-wan-qian-yi"),
    pytest.param("人民币500万元", (("人民币500万元", "money", "5000000", "CNY", "exact"),), id="renminbi-prefix-and-yuan"),
    pytest.param("1.2万亿元", (("1.2万亿元", "money", "1200000000000", "CNY", "exact"),), id="wan-yi-compound"),
    pytest.param("付了2,000美金", (("2,000美金", "money", "2000", "USD", "exact"),), id="meijin"),
    pytest.param("售价25元", (("25元", "money", "25", "CNY", "exact"),), id="yuan"),
    pytest.param("借款2亿人民币", (("2亿人民币", "money", "200000000", "CNY", "exact"),), id="renminbi-after"),
    pytest.param("计500人民币元", (("500人民币元", "money", "500", "CNY", "exact"),), id="renminbi-yuan"),
    pytest.param("收入8万元", (("8万元", "money", "80000", "CNY", "exact"),), id="wan-yuan"),
    pytest.param("投资6亿元", (("6亿元", "money", "600000000", "CNY", "exact"),), id="yi-yuan"),
    pytest.param("募集10万元人民币", (("10万元人民币", "money", "100000", "CNY", "exact"),), id="yuan-renminbi"),
    pytest.param("耗资300亿港元", (("300亿港元", "money", "30000000000", "HKD", "exact"),), id="hkd-gangyuan"),
    pytest.param("罚款2000港币", (("2000港币", "money", "2000", "HKD", "exact"),), id="hkd-gangbi"),
    pytest.param("融资5.5亿欧元", (("5.5亿欧元", "money", "550000000", "EUR", "exact"),), id="eur"),
    pytest.param("贷款20亿日元", (("20亿日元", "money", "2000000000", "JPY", "exact"),), id="jpy"),
    pytest.param("赔偿5000英镑", (("5000英镑", "money", "5000", "GBP", "exact"),), id="gbp"),
    pytest.param("售价300卢布", (("300卢布", "money", "300", "RUB", "exact"),), id="rub"),
    pytest.param("月薪5000卢比", (("5000卢比", "money", "5000", "INR", "exact"),), id="inr"),
    pytest.param("票价7000韩元", (("7000韩元", "money", "7000", "KRW", "exact"),), id="krw"),
    pytest.param("投资1亿新台币", (("1亿新台币", "money", "100000000", "TWD", "exact"),), id="twd"),
    pytest.param("出口4亿澳元", (("4亿澳元", "money", "400000000", "AUD", "exact"),), id="aud"),
    pytest.param("进口4亿加元", (("4亿加元", "money", "400000000", "CAD", "exact"),), id="cad"),
    pytest.param("每股30美分", (("30美分", "money", "0.3", "USD", "exact"),), id="us-cents"),
    pytest.param("价值$30", (("$30", "money", "30", "USD", "exact"),), id="dollar-sign-before"),
    pytest.param("利润约人民币5000万", (("约人民币5000万", "money", "50000000", "CNY", "about"),), id="renminbi-prefix-only"),
    pytest.param("分别为3亿、5亿美元", (("3亿", "money", "300000000", "USD", "exact"), ("5亿美元", "money", "500000000", "USD", "exact")), id="currency-stated-once-for-a-list"),
    pytest.param("分别为1亿、2亿和3亿元", (("1亿", "money", "100000000", "CNY", "exact"), ("2亿", "money", "200000000", "CNY", "exact"), ("3亿元", "money", "300000000", "CNY", "exact")), id="list-of-three-with-he"),
    pytest.param("投资-5亿美元", (("-5亿美元", "money", "-500000000", "USD", "exact"),), id="negative-money"),
    pytest.param("付港币壹仟元", (("港币壹仟元", "money", "1000", "HKD", "exact"),), id="foreign-prefix-then-yuan"),
    pytest.param("合美元100元", (("美元100元", "money", "100", "USD", "exact"),), id="usd-prefix-then-yuan"),
]
# Currency characters inside words: no money.
ZH_MONEY_NEGATIVE = [
    pytest.param("元旦放假", id="yuandan"),
    pytest.param("推进一元化管理", id="yiyuanhua"),
    pytest.param("打破二元结构", id="eryuan-structure"),
    pytest.param("经济多元化", id="duoyuanhua"),
    pytest.param("美元走强", id="currency-without-figure"),
    pytest.param("马克思主义", id="make-in-a-name"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_MONEY)
def test_zh_money(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_MONEY_NEGATIVE)
def test_zh_money_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()
