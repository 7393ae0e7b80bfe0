"""Properties of alignment over generated documents.

A translation that restates every figure of the original correctly, in any order and in the
English styles translators use, gives no finding; the same translation with one figure ×10 gives
exactly one magnitude finding with factor 10 and the original's figure as the suggestion. The
writers below are test-side code, independent of the extractor.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from tradefacts.model import Document, FindingType, Source
from tradefacts.pipeline import check_document

# Chinese unit → how English writes the same amount (before, after the number).
UNITS = {
    "美元": ("$", ""),
    "瑞士法郎": ("", " Swiss francs"),
    "元": ("", " yuan"),
    "吨": ("", " tons"),
}
MAGNITUDES = {"": 0, "万": 4, "亿": 8}
SCALES = ((9, "billion"), (6, "million"))
LABELS = "甲乙丙丁戊"
EN_LABELS = ["A", "B", "C", "D", "E"]


def en_figure(value: Decimal, unit: str) -> str:
    """English for `value` in `unit`, with a scale word from a million up, else grouped digits."""
    before, after = UNITS[unit]
    for exponent, word in SCALES:
        if value >= Decimal(1).scaleb(exponent):
            mantissa = format(value.scaleb(-exponent).normalize(), "f")
            return f"{before}{mantissa} {word}{after}"
    whole = format(value.normalize(), "f")
    number = f"{int(Decimal(whole)):,}" if "." not in whole else whole
    return f"{before}{number}{after}"


@st.composite
def figures(draw: st.DrawFn) -> list[tuple[str, Decimal, str]]:
    """Distinct figures: (Chinese surface, exact value, unit)."""
    count = draw(st.integers(min_value=1, max_value=4))
    out: list[tuple[str, Decimal, str]] = []
    for _ in range(count):
        mantissa = draw(st.integers(min_value=11, max_value=9999))
        decimals = draw(st.sampled_from([0, 1, 2]))
        magnitude = draw(st.sampled_from(sorted(MAGNITUDES)))
        unit = draw(st.sampled_from(sorted(UNITS)))
        number = Decimal(mantissa).scaleb(-decimals) if magnitude else Decimal(mantissa)
        value = number.scaleb(MAGNITUDES[magnitude])
        out.append((f"{format(number, 'f')}{magnitude}{unit}", value, unit))
    values = [v for _, v, _ in out]
    assume(len(set(values)) == len(values))
    return out


def document(zh: str, en: str) -> Document:
    return Document(
        id="g", path="g", zh=zh, en=en, zh_source=Source(path="g"), en_source=Source(path="g")
    )


def texts(
    items: list[tuple[str, Decimal, str]], order: list[int], slip: int | None
) -> tuple[str, str]:
    zh = "".join(f"项目{LABELS[i]}为{surface}。" for i, (surface, _, _) in enumerate(items))
    sentences = []
    for i in order:
        _, value, unit = items[i]
        shown = value * 10 if i == slip else value
        sentences.append(f"Item {EN_LABELS[i]} was {en_figure(shown, unit)}.")
    return zh, " ".join(sentences)


@given(figures(), st.randoms())
def test_correct_restatement_in_any_order_has_no_finding(items, rng) -> None:  # type: ignore[no-untyped-def]
    order = list(range(len(items)))
    rng.shuffle(order)
    zh, en = texts(items, order, None)
    assert check_document(document(zh, en)).findings == ()


@given(figures(), st.randoms(), st.data())
def test_one_figure_times_ten_is_one_magnitude_finding(items, rng, data) -> None:  # type: ignore[no-untyped-def]
    order = list(range(len(items)))
    rng.shuffle(order)
    slip = data.draw(st.integers(min_value=0, max_value=len(items) - 1))
    # No other figure may be (a rounding of) the slipped one: then the translation would be right
    # about that figure, and the slip would read as a different finding.
    slipped = items[slip][1] * 10
    assume(all(abs(v - slipped) > slipped / 10 for _, v, _ in items))
    zh, en = texts(items, order, slip)
    findings = check_document(document(zh, en)).findings
    _, value, unit = items[slip]
    assert [(f.type, f.factor, f.suggestion) for f in findings] == [
        (FindingType.MAGNITUDE, Decimal(10), en_figure(value, unit))
    ]
