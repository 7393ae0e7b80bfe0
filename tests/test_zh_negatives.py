"""Chinese text that looks numeric but states no figure: words, names, ordinals, codes."""

from __future__ import annotations

import pytest

from tests.helpers import Row, figures_of

# Numeral characters as parts of words (一味, 统一, 十分, 百姓), idioms (千方百计, 三心二意),
# names (两会, 一带一路, 十四五, 五四运动), relative expressions (上一年), ordinals (第一次), page
# and edition lines, phone numbers and codes: none of them states a figure. The positive table
# checks that the same texts still yield the figure when one is present next to them. Cases
# written by us for the phenomenon, not copied from the seeds or any corpus.
# fmt: off
ZH_NEGATIVES = [
    pytest.param("他一味地坚持", id="yiwei"),
    pytest.param("其中一部分", id="yibufen"),
    pytest.param("一般来说", id="yiban-general"),
    pytest.param("统一思想", id="tongyi"),
    pytest.param("双方意见一致", id="yizhi"),
    pytest.param("两岸一江之隔", id="yi-jiang-zhi-ge"),
    pytest.param("比上一年", id="shang-yi-nian"),
    pytest.param("万一失败", id="wanyi"),
    pytest.param("十分重要", id="shifen"),
    pytest.param("老百姓", id="baixing"),
    pytest.param("千方百计", id="qian-fang-bai-ji"),
    pytest.param("三心二意", id="san-xin-er-yi"),
    pytest.param("全国两会", id="lianghui"),
    pytest.param("共建一带一路", id="yidaiyilu"),
    pytest.param("十四五规划", id="shisiwu"),
    pytest.param("五四运动", id="wusi"),
    pytest.param("第一次来", id="di-yi-ci"),
    pytest.param("电话：010-65368888", id="phone"),
    pytest.param("传真 65368889", id="fax"),
    pytest.param("股票代码600519", id="stock-code"),
    pytest.param("一心一意", id="yi-xin-yi-yi"),
    pytest.param("一切", id="yiqie"),
    pytest.param("唯一", id="weiyi"),
    pytest.param("进一步", id="jinyibu"),
    pytest.param("七七事变", id="qiqi-event"),
]
# The same words beside a figure: the figure is read and the word adds nothing.
ZH_NEGATIVES_BESIDE_A_FIGURE = [
    pytest.param("比上一年增长5%", (("5%", "percent", "5", "%", "exact"),), id="shang-yi-nian-then-percent"),
    pytest.param("十四五期间投资3亿元", (("3亿元", "money", "300000000", "CNY", "exact"),), id="shisiwu-then-money"),
    pytest.param("第一次出口200吨", (("200吨", "mass", "200", "t", "exact"),), id="di-yi-ci-then-mass"),
    pytest.param("一带一路沿线65个国家", (("65个", "count", "65", None, "exact"),), id="yidaiyilu-then-count"),
]
# fmt: on


@pytest.mark.parametrize("text", ZH_NEGATIVES)
def test_zh_negatives(text: str) -> None:
    # Names with numerals and codes are claims with a role (test_roles.py), never figures.
    assert figures_of(text, "zh") == ()


@pytest.mark.parametrize(("text", "expected"), ZH_NEGATIVES_BESIDE_A_FIGURE)
def test_zh_negatives_beside_a_figure(text: str, expected: tuple[Row, ...]) -> None:
    assert figures_of(text, "zh") == expected
