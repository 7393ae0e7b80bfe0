"""The two ways alignment runs its stages give the same pairs and leftovers.

An ordinary document relates each pair of claims once and lets each stage price only the related
pairs still unpaired; a long one (past `DENSE_PAIRS`) relates, stage by stage, what is left within
a window. With no window (`LONG_WINDOW` covering the whole text) the two must agree exactly: the
first is only a faster way to run the second. Cases written by us for this test: several figures
of one kind on each side, so that stages compete for the same claims (the same figure twice, a
slip beside a correct rendering, a unit unseen, a rank, a gloss, a date supplied from context).
"""

from __future__ import annotations

import pytest

from tradefacts import align
from tradefacts.extract import extract_claims
from tradefacts.lang import LANGS
from tradefacts.model import Claim, Document, Source

Projection = tuple[tuple[tuple[str, str, str], ...], tuple[str, ...], tuple[str, ...]]

CASES = [
    pytest.param(
        "去年出口12亿美元，进口8亿美元，顺差4亿美元。",
        "Exports were $1.2 billion last year, imports $800 million, a surplus of $400 million.",
        id="three-amounts-equal",
    ),
    pytest.param(
        "去年出口12亿美元，进口8亿美元，顺差4亿美元。",
        "Exports were $12 billion last year, imports $800 million, a surplus of $400 million.",
        id="magnitude-slip-beside-equals",
    ),
    pytest.param(
        "两家工厂各有300名工人，其中300名是技术工人，另有30名学徒。",
        "The two plants each have 300 workers, 300 of them skilled, and 3 apprentices.",
        id="same-figure-twice-and-a-slip",
    ),
    pytest.param(
        "价格从35块涨到了45元，涨幅约28%。",
        "The price rose from 35 yuan to 45 yuan, up about 29%.",
        id="unseen-unit-and-hedge",
    ),
    pytest.param(
        "该村有2万亩耕地，去年种了5000亩小麦。",
        "The village has 20,000 mu (1,333 hectares) of farmland and sowed 5,000 mu of wheat.",
        id="gloss-and-second-amount",
    ),
    pytest.param(
        "第3届论坛于6月5日开幕，9日闭幕，共有1200人参加。",
        "The 3rd forum opened on June 5 and closed on June 9, with 1,300 participants.",
        id="rank-dates-and-a-value",
    ),
    pytest.param(
        "近两年来，公司营收增长了3倍，利润超过5000万元，员工增至8000多人。",
        "In the past two years revenue quadrupled, profit topped 50 million yuan and the"
        " workforce grew to 8,000.",
        id="hedges-and-multiplier",
    ),
    pytest.param(
        "会议于上午9点开始，持续3小时，共讨论了12项议题。",
        "The meeting began at 9 a.m., lasted three hours and covered 21 items.",
        id="clock-duration-and-swapped-digits",
    ),
]


def _claims(zh: str, en: str) -> tuple[list[Claim], list[Claim]]:
    source = Source(path="stages")
    document = Document(
        id="stages", path="stages", zh=zh, en=en, zh_source=source, en_source=source
    )
    zh_claims, en_claims = extract_claims(document, LANGS)
    return list(zh_claims), list(en_claims)


def _aligned(zh: str, en: str) -> Projection:
    zh_claims, en_claims = _claims(zh, en)
    alignment = align.align_claims(zh_claims, en_claims, zh_len=len(zh), en_len=len(en), en_text=en)
    return (
        tuple((p.zh.text, p.en.text, p.relation.value) for p in alignment.pairs),
        tuple(c.text for c in alignment.omitted),
        tuple(c.text for c in alignment.added),
    )


@pytest.mark.parametrize(("zh", "en"), CASES)
def test_pairs_related_once_match_the_stage_by_stage_path(
    zh: str, en: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ordinary = _aligned(zh, en)
    monkeypatch.setattr(align, "DENSE_PAIRS", 0)
    monkeypatch.setattr(align, "LONG_WINDOW", 1.0)
    assert _aligned(zh, en) == ordinary


@pytest.mark.parametrize(("zh", "en"), CASES)
def test_each_case_has_figures_on_both_sides(zh: str, en: str) -> None:
    zh_claims, en_claims = _claims(zh, en)
    assert len(zh_claims) >= 2 and len(en_claims) >= 2


def test_the_cases_reach_every_stage() -> None:
    # Equal pairs (first stage), a slip of a power of ten (second), a wrong value (third) and a
    # unit unseen or a rank restated (last): otherwise the agreement above proves little.
    relations = {r for zh, en in (c.values for c in CASES) for _, _, r in _aligned(zh, en)[0]}
    assert {"equal", "magnitude", "value"} <= relations
    assert relations & {"unseen_unit", "restated"}
