"""How a finding's message describes a claim's value: a figure converted from the unit it was
stated in is shown to six significant digits, never as the long quotient of its conversion; a figure
read exactly is shown exactly, however many digits it has. Cases written for these tests."""

from __future__ import annotations

import pytest

from tradefacts.pipeline import check

# fmt: off
DESCRIBED = [
    pytest.param("烤箱预热至180度。", "Preheat the oven to 300°F.", "'300°F' (148.889 degC) differs", id="fahrenheit"),
    pytest.param("面积1200亩。", "The area is 150 acres.", "'150 acres' (607,028 m2) differs", id="acres"),
    pytest.param("重3吨。", "It weighs 7,000 pounds.", "'7,000 pounds' (3.17515 t) differs", id="pounds"),
    pytest.param("人口1234567人。", "The population was 1,234,568.", "'1,234,568' (1,234,568) differs", id="exact-seven-digits"),
    pytest.param("收入12.3456789亿元。", "Income was 1.23456780 billion yuan.", "(1,234,567,800 CNY) differs", id="exact-money"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "en", "shown"), DESCRIBED)
def test_a_converted_value_is_described_to_six_digits(zh: str, en: str, shown: str) -> None:
    (finding,) = check(zh, en)
    assert shown in finding.message, finding.message
