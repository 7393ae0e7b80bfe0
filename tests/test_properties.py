"""Properties over any text and any bytes: extraction never raises and keeps spans exact;
readers turn any bytes into documents or input errors."""

from __future__ import annotations

import io
import itertools
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import (
    ENCODINGS,
    GUESSED,
    article_bytes,
    article_text,
    figure_text,
    hostile_text,
)
from tradefacts.errors import InputError
from tradefacts.extract import extract_text
from tradefacts.lang import LANGS
from tradefacts.model import Document, Source
from tradefacts.pipeline import check_document
from tradefacts.readers import parse_article, read_items, read_pair_items
from tradefacts.text import MAX_FIGURE_DIGITS


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


def _one_input(items: list[Document | InputError]) -> bool:
    """What one input may give: notes on how it was read (InputError), then its document or an
    InputError in its place; never anything else, never two documents."""
    return (
        len(items) >= 1
        and all(isinstance(i, InputError) for i in items[:-1])
        and isinstance(items[-1], (Document, InputError))
    )


@given(st.binary(max_size=400))
def test_readers_turn_any_bytes_into_documents_or_errors(data: bytes) -> None:
    assert _one_input(list(read_items(["-"], stdin=io.BytesIO(data))))


@given(article_bytes)
def test_article_reader_turns_article_like_bytes_into_documents_or_errors(data: bytes) -> None:
    assert _one_input(list(read_items(["-"], stdin=io.BytesIO(data))))


@given(article_text, st.sampled_from(ENCODINGS))
def test_an_encoded_article_reads_back_as_the_same_document(text: str, encoding: str) -> None:
    # Any article that an encoding can hold reads back as the UTF-8 copy does (a lone CR is read
    # as a line break in both).
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    utf8 = list(read_items(["-"], stdin=io.BytesIO(text.encode())))
    copy = list(read_items(["-"], stdin=io.BytesIO(data)))
    same = [(type(i), getattr(i, "zh", None), getattr(i, "en", None)) for i in (utf8[-1], copy[-1])]
    assert same[0] == same[1] or encoding in GUESSED


@given(article_text)
def test_article_parser_gives_a_document_or_an_error(text: str) -> None:
    try:
        document = parse_article(text, "a.txt")
    except InputError as error:
        assert error.path == "a.txt"
    else:
        assert (document.zh.strip() != "", document.en.strip() != "") == (True, True)


@given(st.binary(max_size=300), st.binary(max_size=300))
def test_pair_reader_turns_any_two_files_into_a_document_or_errors(zh: bytes, en: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        zh_path, en_path = Path(folder, "zh.txt"), Path(folder, "en.txt")
        zh_path.write_bytes(zh)
        en_path.write_bytes(en)
        assert _one_input(list(read_pair_items(zh_path, en_path)))


@given(hostile_text)
def test_zh_extraction_of_hostile_text_keeps_the_span_invariant(text: str) -> None:
    claims = extract_text(text, LANGS["zh"])
    assert all(text[c.start : c.end] == c.text for c in claims)


@given(hostile_text)
def test_en_extraction_of_hostile_text_keeps_the_span_invariant(text: str) -> None:
    claims = extract_text(text, LANGS["en"])
    assert all(text[c.start : c.end] == c.text for c in claims)


@given(hostile_text)
def test_no_claim_holds_an_over_long_figure(text: str) -> None:
    claims = (*extract_text(text, LANGS["zh"]), *extract_text(text, LANGS["en"]))
    assert all(sum(ch.isdecimal() for ch in c.text) <= MAX_FIGURE_DIGITS for c in claims)


@given(st.binary(max_size=400))
def test_jsonl_reader_turns_any_bytes_into_documents_or_errors(data: bytes) -> None:
    items = list(read_items(["-"], input_format="jsonl", stdin=io.BytesIO(data)))
    assert all(isinstance(item, (Document, InputError)) for item in items)
