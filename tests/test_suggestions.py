"""Suggestions: the original's figure, right, in the translation's own style, one phenomenon a table.

Each row is a pair with one slip, written by us for the phenomenon (none copied from the seeds or a
corpus), and the exact suggestion an editor would paste: digits or words as the translator wrote
them, thousands grouped as translators group them, the unit word agreeing with its figure, a sign
written once, a figure as stated rather than converted back, a range's high end in its own style, and
a span word kept beside the original's hedge.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradefacts.classify import format_figure
from tradefacts.lang import LANGS
from tradefacts.model import Document, Source
from tradefacts.pipeline import check_document


def suggestions(zh: str, en: str) -> list[str | None]:
    document = Document(
        id="t", path="t", zh=zh, en=en, zh_source=Source(path="t"), en_source=Source(path="t")
    )
    return [f.suggestion for f in check_document(document).findings]


# A figure the translation wrote in words is suggested in words, in its case; a figure that reads
# badly in words (3,500, 1.5 million) goes in digits.
WORDS = [
    pytest.param("栽了九棵树。", "They planted eight trees.", "nine", id="unit-word"),
    pytest.param("来了十四位客人。", "Sixteen guests came.", "Fourteen", id="teen-capitalized"),
    pytest.param("有三十七名队员。", "There were thirty-one players.", "thirty-seven", id="hyphened"),
    pytest.param("约有八千名观众。", "About eight hundred spectators.", "About eight thousand",
                 id="round-thousands"),
    pytest.param("人口四千万。", "A population of four hundred million.", "forty million",
                 id="round-millions"),
    pytest.param("亏损三十亿。", "A loss of three hundred million.", "three billion",
                 id="round-billions"),
    pytest.param("三千六百吨煤。", "Three thousand tons of coal.", "3,600 tons",
                 id="not-round-digits"),
    pytest.param("有四十多个村庄。", "Over twenty villages.", "Over forty", id="hedged"),
    pytest.param("一百万名游客。", "A hundred thousand visitors.", "A million", id="article-kept"),
    pytest.param("一千万名游客。", "A million visitors.", "Ten million", id="article-ten"),
    pytest.param("为期九个月。", "It runs for eleven months.", "nine months", id="span"),
    pytest.param("头5个月。", "In the first four months.", "first five months", id="span-first"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "en", "suggestion"), WORDS)
def test_figure_in_words_stays_in_words(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# Thousands are grouped (5,000) as translators group them, unless the translation wrote its own
# figure of four digits without a separator.
GROUPING = [
    pytest.param("借款7000元。", "A loan of 700 yuan.", "7,000 yuan", id="thousands"),
    pytest.param("超过2000人。", "Over 200 people.", "Over 2,000", id="hedged-thousands"),
    pytest.param("罚款4600元。", "A fine of 6400 yuan.", "4600 yuan", id="kept-ungrouped"),
    pytest.param("卖了800件。", "It sold 8,000 pieces.", "800", id="below-a-thousand"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), GROUPING)
def test_thousands_grouped_as_the_translation_groups(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# The unit word after the figure agrees with it: "1 ton", "3 feet"; a hyphened unit is an
# adjective and stays singular.
AGREEMENT = [
    pytest.param("运来1吨水泥。", "3 tons of cement arrived.", "1 ton", id="to-singular"),
    pytest.param("运来3吨水泥。", "1 ton of cement arrived.", "3 tons", id="to-plural"),
    pytest.param("只等了1天。", "They waited only 4 days.", "1 day", id="day-singular"),
    pytest.param(
        "提高1个百分点。", "Up 3 percentage points.", "1 percentage point", id="two-words"
    ),
    pytest.param("宽4英尺。", "It is 1 foot wide.", "4 feet", id="irregular"),
    pytest.param("长1英里。", "It is 6 miles long.", "1 mile", id="before-stop"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), AGREEMENT)
def test_unit_word_agrees_with_the_figure(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


def test_unit_suggestion_agrees_with_the_figure() -> None:
    assert suggestions("重1公斤。", "It weighs 1 ton.") == ["1 kilogram"]


def test_unit_word_that_did_not_agree_is_left() -> None:
    # "a 5 day trip": the word is an adjective; the figure changes, the word stays.
    assert suggestions("一次4天的旅行。", "A 5 day trip.") == ["4 day"]


def test_hyphened_unit_stays_an_adjective() -> None:
    assert suggestions("一个3米高的墙。", "A 5-meter wall.") == ["3-meter"]


# A sign written as a word is not written again as a minus.
SIGNS = [
    pytest.param("零下8摄氏度。", "It was minus 18 degrees Celsius.", "minus 8 degrees Celsius",
                 id="minus-word"),
    pytest.param("气温-8℃。", "It was -6°C.", "-8°C", id="minus-sign"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "en", "suggestion"), SIGNS)
def test_sign_written_once(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


def test_figure_as_stated_not_converted_back() -> None:
    # 亩 is 666.66… square metres: the figure comes back as stated, not as 2999.99….
    assert suggestions("承包3000亩。", "It leases 300 mu.") == ["3,000 mu"]


# A figure that is more than its number ("a week and a half") is replaced whole.
HALVES = [
    pytest.param("只用了三周。", "It took only a week and a half.", "three weeks", id="words"),
    pytest.param("工期4年。", "It takes 2 and a half years.", "4 years", id="digits"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), HALVES)
def test_figure_with_a_half_replaced_whole(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# A range's high end is rewritten where the translation wrote it, in its style.
RANGES = [
    pytest.param("需要4至6周。", "It takes four to eight weeks.", "four to six weeks", id="words"),
    pytest.param("需要两到三个月。", "It takes two to five months.", "two to three months",
                 id="zh-words"),
    pytest.param("售价600至900元。", "It sells for 600 to 1,200 yuan.", "600 to 900 yuan",
                 id="digits"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "en", "suggestion"), RANGES)
def test_range_high_end_in_its_style(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# A hedge that opens the sentence: what replaces it opens it too.
CAPITALS = [
    pytest.param("近两百人。", "More than 200 people.", "Nearly 200", id="hedge-replaced"),
    pytest.param("三十多人。", "Thirty people came.", "Over thirty", id="hedge-added-before-word"),
    pytest.param("有三十人。", "Nearly thirty people came.", "Thirty", id="hedge-dropped"),
    pytest.param("超过300港元。", "HK$300.", "over HK$300", id="sign-kept"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), CAPITALS)
def test_hedge_keeps_the_sentence_capital(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


def test_span_word_kept_beside_the_hedge() -> None:
    assert suggestions("近8个月来。", "Over the past 8 months.") == ["past nearly 8 months"]


# An abbreviated scale word stays abbreviated, in its own family, gap and case; a family with no
# abbreviation for the scale writes the word.
ABBREVIATIONS = [
    pytest.param("34亿美元。", "A deal of $340mn.", "$3.4bn", id="mn-to-bn"),
    pytest.param("3400万美元。", "A deal of $3.4bn.", "$34mn", id="bn-to-mn"),
    pytest.param("800万美元。", "A deal of $80m.", "$8m", id="letter"),
    pytest.param("80万美元。", "A deal of $8m.", "$800k", id="letter-thousands"),
    pytest.param("7000万美元。", "A deal of US$700 mln.", "US$70 mln", id="gap-kept"),
    pytest.param("70亿美元。", "A deal of US$700 mln.", "US$7 bln", id="mln-to-bln"),
    pytest.param("8万亿美元。", "A deal of $8b.", "$8 trillion", id="no-abbreviation"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), ABBREVIATIONS)
def test_abbreviated_scale_stays_abbreviated(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


def test_currency_sign_takes_digits() -> None:
    assert suggestions("价值300万美元。", "Worth three million euros.") == ["$3 million"]


# A figure written as a word with no number in it is swapped for a word of the same shape, in lowest
# terms and in the case written.
WORD_SWAPS = [
    pytest.param("五分之一的学生。", "A third of the students.", "A fifth", id="article-fraction"),
    pytest.param("三分之二的面积。", "Three-quarters of the area.", "Two-thirds", id="hyphened"),
    pytest.param("五分之二的面积。", "Two thirds of the area.", "Two fifths", id="numerator"),
    pytest.param("六分之二的面积。", "Two-fifths of the area.", "One-third", id="lowest-terms"),
    pytest.param("近半年来。", "For half a year.", "nearly half a year", id="hedge-added"),
    pytest.param("出口翻了一番。", "Exports quadrupled.", "doubled", id="verb"),
    pytest.param("利润增长了两倍。", "Profits grew fivefold.", "twofold", id="fold"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), WORD_SWAPS)
def test_word_figure_swapped_for_one_of_its_shape(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# A date in the translation's own pattern: the day as it writes days ("26th"), the words between day
# and month kept.
DATES = [
    pytest.param("8月12日。", "On the 13th of August.", "12th of August", id="day-of-month"),
    pytest.param("2019年8月12日。", "On August 11th, 2019.", "August 12th, 2019", id="ordinal-day"),
    pytest.param("2019年8月12日。", "On 12 September 2019.", "12 August 2019", id="day-first"),
    pytest.param("8月3日。", "On August 2nd.", "August 3rd", id="ordinal-ending"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "en", "suggestion"), DATES)
def test_date_in_the_translation_pattern(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# Halves: kept where the translation wrote one and the original has one; written in words where
# the translation writes words.
HALVES_IN_WORDS = [
    pytest.param("三年半。", "Four and a half years.", "Three and a half years", id="half-kept"),
    pytest.param("两个半月。", "Three months.", "Two and a half months", id="half-added"),
    pytest.param("两个半月。", "3 months.", "2.5 months", id="digits"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), HALVES_IN_WORDS)
def test_half_as_the_translation_writes_it(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# A rank in words is swapped for the original's rank in words.
ORDINALS = [
    pytest.param("排在第五位。", "It ranked sixth.", "fifth", id="unit"),
    pytest.param("获得第2名。", "He finished third.", "second", id="second"),
]


@pytest.mark.parametrize(("zh", "en", "suggestion"), ORDINALS)
def test_rank_in_words(zh: str, en: str, suggestion: str) -> None:
    assert suggestions(zh, en) == [suggestion]


# format_figure alone: words only where the style is words, and only for figures that read well.
FIGURES = [
    pytest.param("7", "eight", "seven", id="unit"),
    pytest.param("0", "one", "zero", id="zero"),
    pytest.param("2.4", "three", "2.4", id="fraction-digits"),
    pytest.param("2.5", "three", "two and a half", id="and-a-half"),
    pytest.param("250", "three hundred", "250", id="not-round"),
    pytest.param("9E+2", "a", "nine hundred", id="hundreds"),
    pytest.param("1.2E+9", "one billion", "1.2 billion", id="scaled-digits"),
    pytest.param("7", "8", "7", id="digits-stay"),
]


@pytest.mark.parametrize(("value", "style", "expected"), FIGURES)
def test_format_figure(value: str, style: str, expected: str) -> None:
    assert format_figure(Decimal(value), style, LANGS["en"]) == expected
