"""Chinese money: digits and numerals with 万/亿 and a currency. Cases written for the phenomenon."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

ZH_MONEY = [
    pytest.param(
        "出口１２亿美元",
        (("１２亿美元", "money", "1200000000", "USD", "exact"),),
        id="fullwidth-yi-usd",
    ),
    pytest.param(
        "合同额3422.7万瑞士法郎",
        (("3422.7万瑞士法郎", "money", "34227000", "CHF", "exact"),),
        id="wan-decimal-chf",
    ),
    pytest.param(
        "奖金几百万元",
        (("几百万元", "money", "2000000..9000000", "CNY", "range"),),
        id="vague-jibai-wan-yuan",
    ),
    pytest.param(
        "近１亿美元", (("近１亿美元", "money", "100000000", "USD", "nearly"),), id="nearly-yi"
    ),
    pytest.param(
        "投资一万五千亿元",
        (("一万五千亿元", "money", "1500000000000", "CNY", "exact"),),
        id="numerals-wan-qian-yi",
    ),
    pytest.param(
        "人民币500万元",
        (("人民币500万元", "money", "5000000", "CNY", "exact"),),
        id="renminbi-prefix-and-yuan",
    ),
    pytest.param(
        "1.2万亿元",
        (("1.2万亿元", "money", "1200000000000", "CNY", "exact"),),
        id="wan-yi-compound",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZH_MONEY)
def test_zh_money(text: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert claims_of(text, "zh") == expected
