"""The tools people use today, run on the same pairs as tradefacts.

Input: zh/en strings. Output: `PeerFinding`s per pair. Two peers:
- translate-toolkit's `numbers` check, exactly as pofilter runs it (Chinese as source, English as
  target); a failing check is one finding on the pair, with no span.
- Microsoft Recognizers-Text (Number and NumberWithUnit models, zh and en): a value found in one
  language and not in the other is a finding, and so is a value whose currency or unit differs.
Both are optional (the `peers` extra); a peer that cannot be imported reports why instead of
failing the run. Nothing here may decide what tradefacts is credited with.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class PeerFinding:
    """One thing a peer flags; `key` says what, so two runs can be compared without offsets."""

    key: tuple[str, ...]
    zh_spans: tuple[Span, ...] = ()
    en_spans: tuple[Span, ...] = ()


class Peer(Protocol):
    """A checker run side by side with tradefacts."""

    name: str
    has_spans: bool
    error: str | None  # why it cannot run; None when it can

    def check(self, zh: str, en: str) -> list[PeerFinding]:
        """The findings on one pair."""
        ...


def _import_error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".splitlines()[0]


@dataclass(slots=True)
class TranslateToolkitNumbers:
    """pofilter's `numbers` check (`translate.filters.checks`), one finding per failing pair."""

    name: str = "translate-toolkit numbers"
    has_spans: bool = False
    error: str | None = None
    _run: Callable[[str, str], dict[str, Any]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        try:
            from translate.filters import checks
            from translate.storage import base
        except Exception as exc:  # any import failure means "not available", never a crash
            self.error = _import_error(exc)
            return
        checker = checks.StandardChecker(
            checkerconfig=checks.CheckerConfig(targetlanguage="en"), limitfilters=["numbers"]
        )

        def run(zh: str, en: str) -> dict[str, Any]:
            unit = base.TranslationUnit(zh)
            unit.target = en
            return dict(checker.run_filters(unit))

        self._run = run

    def check(self, zh: str, en: str) -> list[PeerFinding]:
        """A failing `numbers` check as one span-less finding."""
        assert self._run is not None, self.error
        failures = self._run(zh, en)
        return [PeerFinding(key=("numbers", str(message))) for message in failures.values()]


# Recognizers writes units as English names; these are the ones a zh↔en news pair produces.
# "Dollar" is what "$" resolves to; in Chinese news it is the US dollar (美元).
_RT_UNITS = {
    "Dollar": "USD",
    "United States dollar": "USD",
    "Chinese yuan": "CNY",
    "Euro": "EUR",
    "Hong Kong dollar": "HKD",
    "Pound sterling": "GBP",
    "Japanese yen": "JPY",
}


@dataclass(frozen=True, slots=True)
class _Value:
    value: Decimal
    unit: str | None
    span: Span


@dataclass(slots=True)
class RecognizersText:
    """Microsoft Recognizers-Text: values (and units) found on one side only become findings."""

    name: str = "Recognizers-Text"
    has_spans: bool = True
    error: str | None = None
    _models: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # its old dependencies warn on current Python
                from recognizers_number import NumberRecognizer  # type: ignore[import-untyped]
                from recognizers_number_with_unit import (  # type: ignore[import-untyped]
                    NumberWithUnitRecognizer,
                )
                from recognizers_text import Culture  # type: ignore[import-untyped]
        except Exception as exc:  # e.g. emoji>=2 breaks its import: report, do not crash
            self.error = _import_error(exc)
            return
        for lang, culture in (("zh", Culture.Chinese), ("en", Culture.English)):
            units = NumberWithUnitRecognizer(culture)
            self._models[lang] = (
                NumberRecognizer(culture).get_number_model(),
                units.get_currency_model(),
                units.get_dimension_model(),
            )

    def _values(self, lang: str, text: str) -> list[_Value]:
        number_model, *unit_models = self._models[lang]
        values = []
        for model, with_unit in [(number_model, False)] + [(m, True) for m in unit_models]:
            for result in model.parse(text):
                resolution = result.resolution or {}
                try:
                    value = Decimal(str(resolution.get("value")))
                except InvalidOperation:
                    continue  # "rmb" alone resolves to a unit without a value
                unit = None
                if with_unit:
                    name = str(resolution.get("unit"))
                    unit = resolution.get("isoCurrency") or _RT_UNITS.get(name, name)
                # Recognizers' `end` is inclusive; ours are half-open.
                values.append(_Value(value, unit, (result.start, result.end + 1)))
        return values

    def check(self, zh: str, en: str) -> list[PeerFinding]:
        """Values present on one side only, and same values with different units."""
        assert self._models, self.error
        zh_values, en_values = self._values("zh", zh), self._values("en", en)
        findings = []
        zh_set = {v.value for v in zh_values}
        en_set = {v.value for v in en_values}
        for value in sorted(zh_set - en_set):
            spans = tuple(v.span for v in zh_values if v.value == value)
            findings.append(PeerFinding(key=("zh-only", str(value)), zh_spans=spans))
        for value in sorted(en_set - zh_set):
            spans = tuple(v.span for v in en_values if v.value == value)
            findings.append(PeerFinding(key=("en-only", str(value)), en_spans=spans))
        for value in sorted(zh_set & en_set):
            zh_units = {v.unit for v in zh_values if v.value == value and v.unit}
            en_units = {v.unit for v in en_values if v.value == value and v.unit}
            if zh_units and en_units and not zh_units & en_units:
                findings.append(
                    PeerFinding(
                        key=(
                            "unit",
                            str(value),
                            ",".join(sorted(zh_units)),
                            ",".join(sorted(en_units)),
                        ),
                        zh_spans=tuple(v.span for v in zh_values if v.value == value and v.unit),
                        en_spans=tuple(v.span for v in en_values if v.value == value and v.unit),
                    )
                )
        return findings


def load_peers() -> Sequence[Peer]:
    """Both peers, in the report's column order (each says itself whether it can run)."""
    return (TranslateToolkitNumbers(), RecognizersText())
