"""English money: currency signs, codes and names before or after the figure; minor units."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# Money: a figure with a currency sign or code before it ($, US$, HK$, €, £, ¥, CHF, SFr, RMB,
# CNY, USD) or a currency name after it (US dollars, dollars, Swiss francs, yuan, renminbi, euros,
# yen, roubles/rubles, rupees, won), with scale words and abbreviations, and minor units (cents)
# converted exactly into their currency. ¥ is the yuan (a translation of Chinese text uses it for
# 元); yen is written "yen" or JP¥. "pounds" are sterling after a money cue, mass otherwise
# (test_en_mass.py). Cases written by us for the phenomenon, not copied from the seeds or any
# corpus.
# fmt: off
EN_MONEY = [
    pytest.param("exports of $1.2 billion", (("$1.2 billion", "money", "1200000000", "USD", "exact"),), id="dollar-sign-billion"),
    pytest.param("a US$300 fee", (("US$300", "money", "300", "USD", "exact"),), id="us-dollar-sign"),
    pytest.param("300 US dollars", (("300 US dollars", "money", "300", "USD", "exact"),), id="us-dollars"),
    pytest.param("5 million dollars", (("5 million dollars", "money", "5000000", "USD", "exact"),), id="dollars"),
    pytest.param("USD 300 million", (("USD 300 million", "money", "300000000", "USD", "exact"),), id="usd-before"),
    pytest.param("300 million USD", (("300 million USD", "money", "300000000", "USD", "exact"),), id="usd-after"),
    pytest.param("608 million Swiss francs", (("608 million Swiss francs", "money", "608000000", "CHF", "exact"),), id="swiss-francs"),
    pytest.param("SFr 5 million", (("SFr 5 million", "money", "5000000", "CHF", "exact"),), id="sfr"),
    pytest.param("CHF 5.5 million", (("CHF 5.5 million", "money", "5500000", "CHF", "exact"),), id="chf"),
    pytest.param("1.5 billion yuan", (("1.5 billion yuan", "money", "1500000000", "CNY", "exact"),), id="yuan"),
    pytest.param("RMB 20 billion", (("RMB 20 billion", "money", "20000000000", "CNY", "exact"),), id="rmb-before"),
    pytest.param("20 billion RMB", (("20 billion RMB", "money", "20000000000", "CNY", "exact"),), id="rmb-after"),
    pytest.param("3 billion renminbi", (("3 billion renminbi", "money", "3000000000", "CNY", "exact"),), id="renminbi"),
    pytest.param("net profit of Rmb3bn", (("Rmb3bn", "money", "3000000000", "CNY", "exact"),), id="rmb-title-case-glued"),
    pytest.param("capex of Rmb 45.2 bln", (("Rmb 45.2 bln", "money", "45200000000", "CNY", "exact"),), id="rmb-title-case-bln"),
    pytest.param("sales of $7.1 bln", (("$7.1 bln", "money", "7100000000", "USD", "exact"),), id="dollar-bln"),
    pytest.param("CNY 80,000", (("CNY 80,000", "money", "80000", "CNY", "exact"),), id="cny"),
    pytest.param("a ¥500 ticket", (("¥500", "money", "500", "CNY", "exact"),), id="yen-sign-is-yuan"),
    pytest.param("JP¥500", (("JP¥500", "money", "500", "JPY", "exact"),), id="jp-yen-sign"),
    pytest.param("HK$3.2 billion", (("HK$3.2 billion", "money", "3200000000", "HKD", "exact"),), id="hk-dollar"),
    pytest.param("40 million euros", (("40 million euros", "money", "40000000", "EUR", "exact"),), id="euros"),
    pytest.param("€40 million", (("€40 million", "money", "40000000", "EUR", "exact"),), id="euro-sign"),
    pytest.param("£2.5 billion", (("£2.5 billion", "money", "2500000000", "GBP", "exact"),), id="pound-sign"),
    pytest.param("2 million pounds sterling", (("2 million pounds sterling", "money", "2000000", "GBP", "exact"),), id="pounds-sterling"),
    pytest.param("a deal worth 5 million pounds", (("5 million pounds", "money", "5000000", "GBP", "exact"),), id="pounds-after-money-cue"),
    pytest.param("fined 20,000 pounds", (("20,000 pounds", "money", "20000", "GBP", "exact"),), id="pounds-fined"),
    pytest.param("120 billion yen", (("120 billion yen", "money", "120000000000", "JPY", "exact"),), id="yen"),
    pytest.param("900 million roubles", (("900 million roubles", "money", "900000000", "RUB", "exact"),), id="roubles"),
    pytest.param("900 million rubles", (("900 million rubles", "money", "900000000", "RUB", "exact"),), id="rubles"),
    pytest.param("4,000 rupees", (("4,000 rupees", "money", "4000", "INR", "exact"),), id="rupees"),
    pytest.param("50,000 won", (("50,000 won", "money", "50000", "KRW", "exact"),), id="won"),
    pytest.param("75 cents", (("75 cents", "money", "0.75", "USD", "exact"),), id="cents"),
    pytest.param("$5m", (("$5m", "money", "5000000", "USD", "exact"),), id="dollar-m"),
    pytest.param("$3-5 million", (("$3-5 million", "money", "3000000..5000000", "USD", "range"),), id="dollar-range-shared-scale"),
    pytest.param("hundreds of millions of dollars", (("hundreds of millions of dollars", "money", "200000000..900000000", "USD", "range"),), id="vague-hundreds-of-millions"),
    pytest.param("nearly $1 billion", (("nearly $1 billion", "money", "1000000000", "USD", "nearly"),), id="nearly-dollars"),
    # Title case, as headlines write currency names (matched case-sensitively: not "Won").
    pytest.param("5 Million Yuan", (("5 Million Yuan", "money", "5000000", "CNY", "exact"),), id="title-case-yuan"),
    pytest.param("Firm Pays 20 Swiss Francs", (("20 Swiss Francs", "money", "20", "CHF", "exact"),), id="title-case-swiss-francs"),
    pytest.param("About 3 Billion US Dollars", (("About 3 Billion US Dollars", "money", "3000000000", "USD", "about"),), id="title-case-us-dollars-hedged"),
]
# Currency words with no figure, and figures next to words that only look like currencies.
EN_MONEY_NEGATIVE = [
    pytest.param("the dollar weakened", id="dollar-no-figure"),
    pytest.param("the yuan's exchange rate", id="yuan-no-figure"),
    pytest.param("the team won the final", id="won-verb"),
    pytest.param("CHF rose against the euro", id="chf-no-figure"),
    pytest.param("the Three Dollars Cafe", id="title-case-name"),
]
# A figure before a title-case word that only looks like a currency stays a bare figure.
EN_MONEY_TITLE_NOT = [
    pytest.param("Korea 3 Won Gold", (("3", "number", "3", None, "exact"),), id="title-case-won-is-a-verb"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EN_MONEY)
def test_en_money(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected


@pytest.mark.parametrize("text", EN_MONEY_NEGATIVE)
def test_en_money_negative(text: str) -> None:
    assert claims_of(text, "en") == ()


@pytest.mark.parametrize(("text", "expected"), EN_MONEY_TITLE_NOT)
def test_en_money_title_case_not(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "en") == expected
