"""Properties over any text and any bytes: extraction never raises and keeps spans exact;
readers turn any bytes into documents or input errors."""

from __future__ import annotations

import io
import itertools

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import figure_text
from tradefacts.errors import InputError
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Document, Source
from tradefacts.pipeline import check_document
from tradefacts.readers import read_documents


@given(figure_text)
def test_zh_extraction_keeps_the_span_invariant(text: str) -> None:
    claims = extract_text(text, LANGS["zh"])
    assert all(text[c.start : c.end] == c.text for c in claims)


@given(figure_text)
def test_en_extraction_keeps_the_span_invariant(text: str) -> None:
    claims = extract_text(text, LANGS["en"])
    assert all(text[c.start : c.end] == c.text for c in claims)


@given(figure_text)
def test_claims_do_not_overlap(text: str) -> None:
    claims = extract_text(text, LANGS["zh"])
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


@given(figure_text, figure_text)
def test_diff_never_raises_and_findings_point_into_the_texts(zh: str, en: str) -> None:
    document = Document(
        id="p", path="p", zh=zh, en=en, zh_source=Source(path="p"), en_source=Source(path="p")
    )
    report = check_document(document)
    spans = [
        document.text(c.lang)[c.start : c.end] == c.text
        for f in report.findings
        for c in (f.zh, f.en)
        if c is not None
    ]
    assert all(spans)


@given(st.binary(max_size=400))
def test_readers_turn_any_bytes_into_documents_or_errors(data: bytes) -> None:
    items = list(read_documents(["-"], stdin=io.BytesIO(data)))
    assert len(items) == 1 and isinstance(items[0], (Document, InputError))


@given(st.binary(max_size=400))
def test_jsonl_reader_turns_any_bytes_into_documents_or_errors(data: bytes) -> None:
    items = list(read_documents(["-"], input_format="jsonl", stdin=io.BytesIO(data)))
    assert all(isinstance(item, (Document, InputError)) for item in items)
