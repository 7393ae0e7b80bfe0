"""Core types: Document, Claim, Finding, Report and their enums.

Stage: none (shared by every stage). Holds invariants only, no behaviour: a violated invariant
raises `ValueError`, which is a bug in tradefacts, never a user error. Field names mirror the JSON
contract (DESIGN §4) one to one; internal extras are `compare=False` and stay out of the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from tradefacts.errors import InputError


class Lang(StrEnum):
    """The language of one side of a document."""

    ZH = "zh"
    EN = "en"


class Kind(StrEnum):
    """What a claim states."""

    MONEY = "money"
    MASS = "mass"
    PERCENT = "percent"
    YEAR = "year"
    DATE = "date"
    TIME = "time"  # a clock time: its value is ISO 8601 `HH:MM` (a string, like a date's)
    DURATION = "duration"
    COUNT = "count"
    MULTIPLIER = "multiplier"
    QUANTITY = "quantity"  # a physical amount of another dimension: length, area, volume, ...
    NUMBER = "number"


class Change(StrEnum):
    """The direction of a change a figure states (增长5% "rose 5%", 下降5% "fell 5%")."""

    RISE = "rise"
    FALL = "fall"


class Period(StrEnum):
    """The period an amount of money is stated per (月薪8000元 "8,000 yuan a month")."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Approx(StrEnum):
    """How a figure is hedged: exact, or an interval around or beside the stated value."""

    EXACT = "exact"
    ABOUT = "about"
    NEARLY = "nearly"
    OVER = "over"
    UNDER = "under"
    RANGE = "range"

    def mirrored(self) -> Approx:
        """The hedge that bounds the same figure from the other side once its sign is turned: a
        lower bound of a size is an upper bound of the negative value (over 20 → under -20)."""
        if self is Approx.OVER:
            return Approx.UNDER
        if self is Approx.UNDER:
            return Approx.OVER
        return self


class FindingType(StrEnum):
    """The six kinds of disagreement (DESIGN §3)."""

    MAGNITUDE = "magnitude"
    VALUE = "value"
    UNIT = "unit"
    QUALIFIER = "qualifier"
    OMISSION = "omission"
    ADDITION = "addition"


class Role(StrEnum):
    """What a figure does when it labels rather than counts or measures (DESIGN §2)."""

    LABEL = "label"  # a list or section marker: 1., 一、, （3）
    CODE = "code"  # a model, standard or stock code: 卡-52, J-20, COVID-19, 600606.SH
    NAME = "name"  # numerals inside a name or an idiom: 十四五, 五四运动
    ORDINAL = "ordinal"  # a rank: 第十七条, "the 16th"


class Severity(StrEnum):
    """How bad a finding is; `--fail-on` compares against it."""

    ERROR = "error"
    WARNING = "warning"
    # A leftover of low salience (a label, an ordinal, a small count): shown, but rarely a fix.
    NOTE = "note"


SEVERITY_RANK: dict[Severity, int] = {Severity.NOTE: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True, slots=True)
class Segment:
    """One unit of a translation file (XLIFF, TMX, PO) inside a side's joined text.

    `start` is the offset in the side's text where the unit's text begins, `line` the unit's
    1-based line in the file, `unit` its id (what a translator looks it up by).
    """

    start: int
    line: int
    unit: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where one language's text sits in an input file, to turn offsets into line and column.

    `line`/`column` are the 1-based position of the text's first character in the file. When
    `fixed_line` is true (a corpus record), every claim reports `line` and a column counted inside
    the record's text. When `segments` is given (a translation file, in text order), a claim
    reports the line of its unit and a column counted inside the unit's text.
    """

    path: str
    line: int = 1
    column: int = 1
    fixed_line: bool = False
    segments: tuple[Segment, ...] = ()

    def __post_init__(self) -> None:
        if self.line < 1 or self.column < 1:
            raise ValueError(f"bad source position {self.line}:{self.column}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One unit of checking: an original (zh) and its translation (en).

    `zh_header`/`en_header` are half-open spans of metadata lines (title blocks' author, date,
    edition): figures there are not claims, but may absorb a restatement on the other side.
    """

    id: str
    path: str
    zh: str
    en: str
    zh_source: Source
    en_source: Source
    meta: tuple[tuple[str, str], ...] = ()
    zh_header: tuple[tuple[int, int], ...] = ()
    en_header: tuple[tuple[int, int], ...] = ()
    # A corpus record's fields in its order, for `filter` to write the record back whole: the two
    # texts' keys hold the `Lang` member (`Lang.ZH` stands for `zh`), every other key its value
    # as read. Not part of the contract.
    fields: tuple[tuple[str, object], ...] = field(default=(), compare=False, repr=False)

    def text(self, lang: Lang) -> str:
        """The text of one side."""
        return self.zh if lang is Lang.ZH else self.en

    def source(self, lang: Lang) -> Source:
        """The file position of one side."""
        return self.zh_source if lang is Lang.ZH else self.en_source

    def header(self, lang: Lang) -> tuple[tuple[int, int], ...]:
        """The metadata spans of one side."""
        return self.zh_header if lang is Lang.ZH else self.en_header


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One numeric statement in one language, normalized to a canonical unit.

    `value` is a `Decimal`, except for `date` and `time`, where it is an ISO 8601 string
    (`1989-08-29`, `1982-04`, `--07`; `09:30`, `21:00`). `high` is the upper bound of a range or
    vague amount.
    """

    lang: Lang
    text: str
    start: int
    end: int
    line: int
    column: int
    kind: Kind
    value: Decimal | str
    high: Decimal | None = None
    unit: str | None = None
    approx: Approx = Approx.EXACT
    role: Role | None = None
    rule: str = field(default="", compare=False, repr=False)
    header: bool = field(default=False, compare=False, repr=False)
    # As stated, before conversion to the canonical unit: 76,000 kilograms keeps 76000 and
    # "kilogram", so a wrong unit is told from a wrong value.
    stated: Decimal | None = field(default=None, compare=False, repr=False)
    stated_unit: str | None = field(default=None, compare=False, repr=False)
    # The unit a rate is stated per, as the unit registry names it (kilogram for 每公斤30元,
    # whose value is in CNY per ton): how a message describes it as written.
    per: str | None = field(default=None, compare=False, repr=False)
    # Whether its hedge bounds the figure (at least, no more than, 以上, 不超过) rather than hedges
    # its precision (520多, "300-odd"): two bounds the same way state the same figure only where
    # their figures agree ("at least 20%" is not "at least 25%"). Not part of the JSON contract.
    bound: bool = field(default=False, compare=False, repr=False)
    # The direction of the change it states, where a word of change stands right next to it
    # (同比下降5%, "rose 5%", "a 5% rise"); None where it states none, or a level reached ("rose
    # to 5%"). Two figures of opposite changes are a reversed direction. Not part of the JSON
    # contract.
    change: Change | None = field(default=None, compare=False, repr=False)
    # The period an amount of money is stated per, where a word of a period stands right next to
    # it (月薪8000元, 3000元/月, "8,000 yuan a month", "a monthly salary of"); None where it states
    # none, or an average per period (月均). Not part of the JSON contract.
    period: Period | None = field(default=None, compare=False, repr=False)
    # Where the number and the hedge sit inside `text` (relative offsets), for suggestions.
    num_span: tuple[int, int] | None = field(default=None, compare=False, repr=False)
    pre_span: tuple[int, int] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span {self.start}:{self.end} for {self.text!r}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"surface {self.text!r} does not fit span {self.start}:{self.end}")
        if self.kind in (Kind.DATE, Kind.TIME):
            if not isinstance(self.value, str):
                raise ValueError(f"a {self.kind}'s value is an ISO 8601 string")
        elif not isinstance(self.value, Decimal):
            raise ValueError(f"value {self.value!r} is not a Decimal")
        if self.high is not None and not isinstance(self.high, Decimal):
            raise ValueError(f"high {self.high!r} is not a Decimal")


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One disagreement between the two sides of a document."""

    type: FindingType
    severity: Severity
    message: str
    zh: Claim | None
    en: Claim | None
    factor: Decimal | None = None
    suggestion: str | None = None
    fingerprint: str = ""

    def __post_init__(self) -> None:
        if self.zh is None and self.en is None:
            raise ValueError("a finding needs a claim on either side")


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentReport:
    """The claims and findings of one document."""

    document: Document
    zh_claims: tuple[Claim, ...]
    en_claims: tuple[Claim, ...]
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything one run produced, in input order, plus the inputs that could not be read."""

    documents: tuple[DocumentReport, ...]
    errors: tuple[InputError, ...] = ()
