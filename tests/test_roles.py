"""Figures that label rather than count (lang/roles.py): codes and list markers, both languages.

Each row is (surface, role, value) for every claim of the text; a figure that counts has role
None. Cases written by us for the phenomenon, not copied from the seeds or any corpus.
"""

from __future__ import annotations

import pytest

from tests.helpers import plain
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS

RoleRow = tuple[str, str | None, str]


def roles_of(text: str, lang: str) -> tuple[RoleRow, ...]:
    return tuple(
        (c.text, None if c.role is None else c.role.value, plain(c.value))
        for c in extract_text(text, LANGS[lang])
        if not isinstance(c.value, str)
    )


# fmt: off
ROLES = [
    # Codes: digits joined by a hyphen to a name or letters, glued to capitals, after a standard.
    pytest.param("zh", "引进卡-52直升机", (("52", "code", "52"),), id="zh-han-hyphen-model"),
    pytest.param("en", "a Ka-52 helicopter", (("52", "code", "52"),), id="en-letters-hyphen-model"),
    pytest.param("zh", "改进型卡-52M", (("52M", "code", "52"),), id="zh-model-suffix"),
    pytest.param("en", "the improved Ka-52M", (("52M", "code", "52"),), id="en-model-suffix"),
    pytest.param("zh", "歼-20战机", (("20", "code", "20"),), id="zh-han-hyphen-fighter"),
    pytest.param("en", "a J-20 fighter", (("20", "code", "20"),), id="en-letter-hyphen"),
    pytest.param("zh", "防控COVID-19疫情", (("19", "code", "19"),), id="zh-disease-name"),
    pytest.param("en", "the COVID-19 outbreak", (("19", "code", "19"),), id="en-disease-name"),
    pytest.param("zh", "出席G20峰会", (("20", "code", "20"),), id="zh-glued-capital"),
    pytest.param("en", "at the G20 summit", (("20", "code", "20"),), id="en-glued-capital"),
    pytest.param("en", "an A350 jet", (("350", "code", "350"),), id="en-airliner"),
    pytest.param("zh", "波音747KX机型", (("747KX", "code", "747"),), id="zh-capitals-after"),
    pytest.param("en", "the 747KX model", (("747KX", "code", "747"),), id="en-capitals-after"),
    pytest.param("zh", "某公司（600888.SH）", (("600888.SH", "code", "600888"),), id="zh-stock-code"),
    pytest.param("en", "the firm (600888.SH)", (("600888.SH", "code", "600888"),), id="en-stock-code"),
    pytest.param("zh", "依据GB/T 7714编写", (("7714", "code", "7714"),), id="zh-standard"),
    pytest.param("en", "under GB/T 7714 rules", (("7714", "code", "7714"),), id="en-standard"),
    # List markers that open a line.
    pytest.param("zh", "一、基本情况\n二、存在问题", (("一、", "label", "1"), ("二、", "label", "2")), id="zh-numeral-comma"),
    pytest.param("zh", "（三）工作要求", (("三）", "label", "3"),), id="zh-bracketed-numeral"),
    pytest.param("zh", "（4）加强监管", (("4）", "label", "4"),), id="zh-bracketed-digit"),
    pytest.param("zh", "1. 加强监管", (("1.", "label", "1"),), id="zh-digit-dot"),
    pytest.param("en", "1. Background\n2. Findings", (("1.", "label", "1"), ("2.", "label", "2")), id="en-digit-dot"),
    pytest.param("en", "  (4) Tighten oversight", (("4)", "label", "4"),), id="en-bracketed-indented"),
    pytest.param("en", "3) Next steps", (("3)", "label", "3"),), id="en-closing-bracket"),
    # Numerals inside a name: the plan, the movement, the shopping festivals.
    pytest.param("zh", "“十三五”规划收官", (("十三五", "name", "13"),), id="zh-plan"),
    pytest.param("zh", "发扬五四精神", (("五四", "name", "4"),), id="zh-may-fourth"),
    pytest.param("zh", "双11促销", (("11", "name", "11"),), id="zh-double-digits"),
    pytest.param("zh", "双十二当天", (("十二", "name", "12"),), id="zh-double-numerals"),
    pytest.param("zh", "完成“十四五”目标", (("十四五", "name", "14"),), id="zh-plan-alone"),
    pytest.param("zh", "十四五的开局", (("十四五", "name", "14"),), id="zh-plan-before-de"),
    pytest.param("zh", "神舟十五号乘组", (("十五号", "name", "15"),), id="zh-spacecraft"),
    pytest.param("zh", "长征5号火箭", (("5号", "name", "5"),), id="zh-rocket-digits"),
    pytest.param("zh", "纪念五四运动", (("五四", "name", "4"),), id="zh-may-fourth-movement"),
    pytest.param("en", "the Double 12 promotion", (("12", "name", "12"),), id="en-double-digits"),
    pytest.param("en", "during Double Eleven", (("Eleven", "name", "11"),), id="en-double-words"),
    # A rank keeps its own rule, now with its role.
    pytest.param("zh", "第十二条规定", (("第十二", "ordinal", "12"),), id="zh-article-ordinal"),
]

# Figures that look like a code or a marker but count or measure: they keep no role.
NOT_ROLES = [
    pytest.param("zh", "增速为-3%", (("-3%", None, "-3"),), id="zh-minus-percent"),
    pytest.param("en", "a 5-6% rise", (("5-6%", None, "5"),), id="en-range-hyphen"),
    pytest.param("zh", "气温-5℃", (("-5℃", None, "-5"),), id="zh-minus-degrees"),
    pytest.param("en", "paid 240USD", (("240USD", None, "240"),), id="en-glued-currency-code"),
    pytest.param("zh", "容量45GB", (("45GB", None, "45000000000"),), id="zh-glued-unit"),
    pytest.param("en", "raised 5MM", (("5MM", None, "5000000"),), id="en-scale-abbreviation"),
    pytest.param("zh", "增长5-6%", (("5-6%", None, "5"),), id="zh-range-hyphen"),
    pytest.param("en", "about 12. Then", (("about 12", None, "12"),), id="en-dot-mid-line"),
    pytest.param("zh", "共有1.5万人", (("1.5万人", None, "15000"),), id="zh-decimal-at-line-start"),
    pytest.param("zh", "双方签约111项", (("111项", None, "111"),), id="zh-double-not-before-figure"),
    pytest.param("zh", "双111件", (("111件", None, "111"),), id="zh-double-longer-figure"),
    pytest.param("en", "a double 12 order", (("12", None, "12"),), id="en-double-lowercase"),
    pytest.param("en", "1.5 million people", (("1.5 million", None, "1500000"),), id="en-decimal-at-line-start"),
    pytest.param("zh", "十四五个人", (("十四五个", None, "14"),), id="zh-plan-digits-before-measure-word"),
    pytest.param("zh", "十四五岁的孩子", (("十四五岁", None, "14"),), id="zh-plan-digits-before-age"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "expected"), ROLES)
def test_role_is_read(lang: str, text: str, expected: tuple[RoleRow, ...]) -> None:
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_ROLES)
def test_figure_keeps_no_role(lang: str, text: str, expected: tuple[RoleRow, ...]) -> None:
    assert roles_of(text, lang) == expected


# A numbered part of a text or round of an event in English (Article 17, Section 5, Round 2)
# renders 第N条/节/款/轮: read as a rank on both sides, so the two pair and a changed number is found.
RANK_NOUNS = [
    pytest.param("Article 17 of the law", (("Article 17", "ordinal", "17"),), id="article"),
    pytest.param("as section 5 says", (("section 5", "ordinal", "5"),), id="section-lowercase"),
    pytest.param("Round 2 of the talks", (("Round 2", "ordinal", "2"),), id="round"),
    pytest.param("Article 17.2 applies", (), id="not-a-subsection-number"),
    pytest.param("Windows 10 users", (), id="other-capitalized-word-stays-a-label"),
]


@pytest.mark.parametrize(("text", "expected"), RANK_NOUNS)
def test_a_numbered_part_is_a_rank(text: str, expected: tuple[RoleRow, ...]) -> None:
    assert roles_of(text, "en") == expected


RANK_PAIRS = [
    pytest.param("第十七条规定", "Article 17 provides", [], id="article-agrees"),
    pytest.param("第23条规定", "Article 32 provides", [("value", "Article 23")], id="changed"),
    pytest.param("根据第三款", "Under Paragraph 3", [], id="paragraph-in-numerals"),
    pytest.param(
        "根据第三款", "Under Paragraph 4", [("value", "Paragraph 3")], id="paragraph-changed"
    ),
]


@pytest.mark.parametrize(("zh", "en", "expected"), RANK_PAIRS)
def test_a_numbered_part_pairs_with_the_original(
    zh: str, en: str, expected: list[tuple[str, str | None]]
) -> None:
    from tradefacts import check

    assert [(f.type.value, f.suggestion) for f in check(zh, en)] == expected
