"""A JSONL line past the first is decoded as `json.loads(line, parse_float=Decimal)` decodes it.

The reader keeps one decoder for every line; these rows pin what that must not change: the
message of a line that is not JSON (a byte-order mark inside the file has json's own), and
fractions read as exact decimals. Cases written by us for this test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradefacts.errors import InputError
from tradefacts.model import Document
from tradefacts.readers import read_jsonl_lines

GOOD = b'{"id": "a", "zh": "x", "en": "y"}'

# (the second line of a file, the reason its error gives)
BAD_SECOND_LINES = [
    pytest.param(
        '\ufeff{"id": "b", "zh": "x", "en": "y"}'.encode(),
        "not JSON (Unexpected UTF-8 BOM (decode using utf-8-sig) at column 1); skipped",
        id="byte-order-mark-inside-the-file",
    ),
    pytest.param(
        b'{"id": "b", "zh": "x",}',
        "not JSON (Expecting property name enclosed in double quotes at column 23); skipped",
        id="trailing-comma",
    ),
    pytest.param(
        b'{"id": "b"} {"zh": "x"}',
        "not JSON (Extra data at column 13); skipped",
        id="two-objects",
    ),
]


@pytest.mark.parametrize(("line", "reason"), BAD_SECOND_LINES)
def test_bad_second_line_says_what_json_says(line: bytes, reason: str) -> None:
    first, second = read_jsonl_lines([GOOD, line], "c.jsonl")
    assert isinstance(first, Document)
    assert isinstance(second, InputError) and (second.line, second.reason) == (2, reason)


def test_fractions_of_a_record_are_read_as_exact_decimals() -> None:
    line = b'{"id": "b", "zh": "x", "en": "y", "score": 0.1}'
    (_, second) = read_jsonl_lines([GOOD, line], "c.jsonl", fields=True)
    assert isinstance(second, Document)
    assert dict(second.fields)["score"] == Decimal("0.1")
