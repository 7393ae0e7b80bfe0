"""Chinese stated ordinals: 第N states a rank (第4版 "4th Edition", 第十四个五年计划 "the 14th
Five-Year Plan"), a `number` that pairs only with an English stated ordinal. 第一/第二 in words are
"first"/"second", which state no figure. The edition line of an article's header (第4版(经济))
is metadata, not text (readers.py); in the text, 第3版 states a rank. Cases written by us for the phenomenon, not copied from
the seeds or any corpus."""

from __future__ import annotations

import pytest

from tests.helpers import Row, claims_of

# fmt: off
ZH_ORDINALS = [
    pytest.param("见本报第3版", (("第3", "number", "3", None, "exact"),), id="edition"),
    pytest.param("获得第3名", (("第3", "number", "3", None, "exact"),), id="rank"),
    pytest.param("第3次会议", (("第3", "number", "3", None, "exact"),), id="session"),
    pytest.param("第十五届全运会", (("第十五", "number", "15", None, "exact"),), id="numeral-edition"),
    pytest.param("第十四个五年计划", (("第十四个五年", "number", "14", None, "exact"),), id="five-year-plan"),
    pytest.param("见第12页", (("第12", "number", "12", None, "exact"),), id="page"),
    pytest.param("（第3版）", (("第3", "number", "3", None, "exact"),), id="edition-line"),
    pytest.param("第3年", (("第3", "number", "3", None, "exact"),), id="ordinal-year"),
    pytest.param("第3日", (("第3", "number", "3", None, "exact"),), id="ordinal-day"),
    # A quarter named by its rank is Q1–Q4, with or without 第 (not a span of quarters).
    pytest.param("一季度营收下滑", (("一季度", "number", "1", None, "exact"),), id="quarter-one"),
    pytest.param("二季度营收回升", (("二季度", "number", "2", None, "exact"),), id="quarter-two-not-six-months"),
    pytest.param("第三季度营收回升", (("第三季度", "number", "3", None, "exact"),), id="quarter-with-ordinal-mark"),
    pytest.param("今年4季度营收回升", (("4季度", "number", "4", None, "exact"),), id="quarter-digit"),
    pytest.param("他说，二季度营收回升", (("二季度", "number", "2", None, "exact"),), id="quarter-after-comma"),
    pytest.param("Q1营收回升", (("1", "number", "1", None, "exact"),), id="quarter-letter-opening"),
]
ZH_ORDINALS_NEGATIVE = [
    pytest.param("每季度开一次会", id="quarter-every"),
    pytest.param("第一次来", id="di-yi-ci"),
    pytest.param("第二天", id="di-er-tian"),
    pytest.param("次第", id="ci-di-word"),
    pytest.param("第一", id="di-yi"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ZH_ORDINALS)
def test_zh_ordinals(text: str, expected: tuple[Row, ...]) -> None:
    assert claims_of(text, "zh") == expected


@pytest.mark.parametrize("text", ZH_ORDINALS_NEGATIVE)
def test_zh_ordinals_negative(text: str) -> None:
    assert claims_of(text, "zh") == ()


def test_quarter_letters_after_a_year_are_a_rank_and_after_a_name_a_code() -> None:
    from tradefacts.extract import extract_text
    from tradefacts.lang import LANGS
    from tradefacts.model import Role

    after_year = extract_text("2023年Q3营收回升", LANGS["zh"])
    assert [(c.text, c.role) for c in after_year if c.role] == [("3", Role.ORDINAL)]
    car = extract_text("他买了一辆奥迪Q3", LANGS["zh"])
    assert [(c.text, c.role) for c in car] == [("3", Role.CODE)]
