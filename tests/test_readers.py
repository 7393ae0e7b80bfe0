"""Readers: article files, pairs, JSONL, directories, stdin; encodings; bad input in place."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tradefacts.errors import InputError
from tradefacts.extract import extract_claims
from tradefacts.lang import LANGS
from tradefacts.model import Document
from tradefacts.readers import (
    MAX_ERRORS_PER_FILE,
    parse_article,
    read_items,
    read_pair,
    reads,
    sniff_stdin,
)

ARTICLE = (
    "Title: Exports rise\n"
    "Author: A. Writer\n"
    "Date: 1990-03-01\n"
    "Edition: 2\n"
    "\n"
    "\tExports reached $1.5 billion in 1989.\n"
    "\n"
    "<hr /> \n"
    "\n"
    "Original: \n"
    "\n"
    "### 出口增长\n"
    "某作者\n"
    "1990-03-01\n"
    "第2版(经济)\n"
    "专栏：\n"
    "\n"
    "　　１９８９年出口１５亿美元。\n"
)


def _only(items: list[Document | InputError]) -> Document:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Document)
    return item


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_article_splits_into_english_and_chinese() -> None:
    document = parse_article(ARTICLE, "a.txt")
    assert ("Exports reached" in document.en, "出口１５亿美元" in document.zh) == (True, True)


def test_article_id_is_the_file_stem(tmp_path: Path) -> None:
    path = _write(tmp_path, "007_abc.txt", ARTICLE.encode())
    assert _only(list(read_items([str(path)]))).id == "007_abc"


def test_article_header_lines_are_metadata() -> None:
    document = parse_article(ARTICLE, "a.txt")
    zh, en = extract_claims(document, LANGS)
    header = sorted(c.text for c in (*zh, *en) if c.header)
    assert header == ["1990-03-01", "1990-03-01", "2", "第2"]


def test_article_title_is_kept_as_meta() -> None:
    document = parse_article(ARTICLE, "a.txt")
    assert ("title", "Exports rise") in document.meta


def test_chinese_claim_reports_its_line_in_the_file() -> None:
    document = parse_article(ARTICLE, "a.txt")
    zh, _ = extract_claims(document, LANGS)
    money = next(c for c in zh if c.unit == "USD")
    assert (money.line, money.column) == (18, 10)


def test_english_claim_reports_its_line_in_the_file() -> None:
    document = parse_article(ARTICLE, "a.txt")
    _, en = extract_claims(document, LANGS)
    money = next(c for c in en if c.unit == "USD")
    assert (money.line, money.column) == (6, 18)


def test_article_without_separator_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"a\.txt: no '<hr />' line"):
        parse_article("Title: x\n\nOnly English.\n", "a.txt")


def test_article_with_empty_chinese_side_names_its_line() -> None:
    with pytest.raises(InputError, match=r"a.txt:3: the Chinese side"):
        parse_article("English text.\n<hr />\nOriginal:\n\n", "a.txt")


@pytest.mark.parametrize(
    "encoding",
    [
        pytest.param("utf-8", id="utf-8"),
        pytest.param("utf-8-sig", id="utf-8-bom"),
        pytest.param("utf-16", id="utf-16-bom"),
        pytest.param("gb18030", id="gb18030"),
    ],
)
def test_encoding_is_detected(tmp_path: Path, encoding: str) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode(encoding))
    document = _only(list(read_items([str(path)])))
    assert document.zh == parse_article(ARTICLE, "a.txt").zh


def test_reencoded_copy_yields_the_same_claims(tmp_path: Path) -> None:
    utf8 = _only(list(read_items([str(_write(tmp_path, "u.txt", ARTICLE.encode()))])))
    gbk = _only(list(read_items([str(_write(tmp_path, "g.txt", ARTICLE.encode("gbk")))])))
    assert extract_claims(utf8, LANGS) == extract_claims(gbk, LANGS)


def test_undecodable_file_is_reported_with_its_path(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.txt", b"\xff\xfe\xfa" * 3 + b"\x81")
    (item,) = list(read_items([str(path)]))
    assert isinstance(item, InputError) and "bad.txt" in str(item)


def test_encoding_option_overrides_detection(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode("gb18030"))
    (item,) = list(read_items([str(path)], encoding="utf-8"))
    assert isinstance(item, InputError) and "utf-8" in item.reason


def _jsonl(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_jsonl_yields_one_document_per_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "c.jsonl",
        _jsonl(
            json.dumps({"id": "a", "zh": "１０万吨", "en": "100,000 tons"}),
            json.dumps({"id": "b", "zh": "7.6万吨", "en": "76,000 tons"}),
        ),
    )
    assert [d.id for d in read_items([str(path)]) if isinstance(d, Document)] == ["a", "b"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("{not json", "not JSON", id="not-json"),
        pytest.param('{"id": "x", "zh": "一"}', 'missing "en"', id="missing-en"),
        pytest.param('{"id": "x", "en": "one"}', 'missing "zh"', id="missing-zh"),
        pytest.param('{"id": "x", "zh": 1, "en": "one"}', "must be strings", id="not-string"),
        pytest.param("[1, 2]", "not a JSON object", id="array"),
    ],
)
def test_bad_jsonl_line_is_reported_and_the_rest_read(
    tmp_path: Path, line: str, reason: str
) -> None:
    good = json.dumps({"id": "ok", "zh": "１０万吨", "en": "100,000 tons"})
    path = _write(tmp_path, "c.jsonl", _jsonl(good, line, good.replace('"ok"', '"ok2"')))
    items = list(read_items([str(path)]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    documents = [i.id for i in items if isinstance(i, Document)]
    assert (
        len(errors),
        reason in errors[0],
        errors[0].startswith("c.jsonl:2:") or ":2:" in errors[0],
        documents,
    ) == (
        1,
        True,
        True,
        ["ok", "ok2"],
    )


def test_jsonl_duplicate_id_is_reported(tmp_path: Path) -> None:
    line = json.dumps({"id": "same", "zh": "１０万吨", "en": "100,000 tons"})
    path = _write(tmp_path, "c.jsonl", _jsonl(line, line))
    errors = [i for i in read_items([str(path)]) if isinstance(i, InputError)]
    assert [e.line for e in errors] == [2]


def test_jsonl_claims_report_the_record_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "c.jsonl",
        _jsonl("", json.dumps({"id": "a", "zh": "出口１０万吨", "en": "100,000 tons"})),
    )
    document = _only(list(read_items([str(path)])))
    zh, _ = extract_claims(document, LANGS)
    assert (zh[0].line, zh[0].column) == (2, 3)


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    _write(tmp_path / "b", "2.txt", ARTICLE.encode())
    _write(tmp_path, "a.txt", ARTICLE.encode())
    _write(tmp_path, "notes.md", b"# not an input")
    ids = [d.id for d in read_items([str(tmp_path)]) if isinstance(d, Document)]
    assert ids == ["a", "2"]


def test_missing_path_is_reported() -> None:
    (item,) = list(read_items(["no/such/file.txt"]))
    assert isinstance(item, InputError) and item.path == "no/such/file.txt"


def test_unknown_extension_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.docx", b"x")
    (item,) = list(read_items([str(path)]))
    assert isinstance(item, InputError) and "--input" in item.reason


def test_pair_of_files_is_one_document(tmp_path: Path) -> None:
    zh = _write(tmp_path, "art.zh.txt", "出口１５亿美元。".encode())
    en = _write(tmp_path, "art.en.txt", b"Exports were $1.5 billion.")
    document = read_pair(zh, en)
    assert (document.zh, document.en_source.path.endswith("art.en.txt")) == (
        "出口１５亿美元。",
        True,
    )


def test_stdin_jsonl() -> None:
    stream = io.BytesIO(_jsonl(json.dumps({"id": "s", "zh": "１０万吨", "en": "100,000 tons"})))
    (item,) = list(read_items(["-"], input_format="jsonl", stdin=stream))
    assert isinstance(item, Document) and item.id == "s"


def test_stdin_article() -> None:
    (item,) = list(read_items(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert isinstance(item, Document) and item.path == "<stdin>"


def test_input_file_is_not_modified(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode("gb18030"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    list(read_items([str(tmp_path)]))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# Standard input with --input auto: the first non-empty line decides (cases written by us).
SNIFFS = [
    pytest.param(b'{"id": "a", "zh": "x", "en": "y"}\n', ("jsonl", False), id="object"),
    pytest.param(b'\xef\xbb\xbf{"zh": "x", "en": "y"}\n', ("jsonl", False), id="object-after-bom"),
    pytest.param(b"{broken\n", ("jsonl", True), id="brace-but-no-json"),
    pytest.param(b'["x"]\n', ("article", True), id="array"),
    pytest.param(b"Title: Exports\n", ("article", False), id="header-line"),
    pytest.param(b"", ("article", False), id="empty"),
]


@pytest.mark.parametrize(("first", "expected"), SNIFFS)
def test_stdin_is_sniffed_by_its_first_line(first: bytes, expected: tuple[str, bool]) -> None:
    kind, note = sniff_stdin(first)
    assert (kind, note is not None) == expected


def test_stdin_auto_reads_jsonl_after_blank_lines() -> None:
    stream = io.BytesIO(b'\n\n{"id": "p", "zh": "x", "en": "y"}\n')
    (item,) = list(read_items(["-"], stdin=stream))
    assert isinstance(item, Document) and (item.id, item.zh_source.line) == ("p", 3)


def test_stdin_filename_names_standard_input() -> None:
    (item,) = list(read_items(["-"], stdin=io.BytesIO(ARTICLE.encode()), stdin_name="a/b.txt"))
    assert isinstance(item, Document) and item.path == "a/b.txt"


def test_a_file_named_twice_is_read_once_and_said(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "p", "zh": "x", "en": "y"}\n', encoding="utf-8")
    notes: list[str] = []
    items = list(read_items([str(path), str(tmp_path), str(path)], note=notes.append))
    assert (len(items), len(notes)) == (1, 2)


def test_bad_lines_of_a_jsonl_in_a_folder_are_capped(tmp_path: Path) -> None:
    (tmp_path / "log.jsonl").write_text('{"n": 1}\n' * (MAX_ERRORS_PER_FILE + 4), "utf-8")
    items = list(read_items([str(tmp_path)]))
    assert [str(i).split(": ", 1)[1] for i in items[MAX_ERRORS_PER_FILE:]] == [
        "4 more lines not read (not shown); skipped"
    ]


def test_bad_lines_of_a_named_jsonl_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text('{"n": 1}\n' * (MAX_ERRORS_PER_FILE + 4), "utf-8")
    assert len(list(read_items([str(path)]))) == MAX_ERRORS_PER_FILE + 4


READS = [
    pytest.param("docs/review.html", "auto", False, id="html"),
    pytest.param("docs/out.sarif", "auto", False, id="sarif"),
    pytest.param("docs/out.jsonl", "auto", True, id="jsonl"),
    pytest.param("docs/a.txt", "auto", True, id="txt"),
    pytest.param("docs/a.xlf", "auto", True, id="xliff"),
    pytest.param("docs/.hidden.jsonl", "auto", False, id="hidden"),
    pytest.param("docs/review.html", "jsonl", True, id="any-file-with-input-named"),
]


@pytest.mark.parametrize(("name", "input_format", "expected"), READS)
def test_reads_tells_the_files_a_folder_walk_reads(
    name: str, input_format: str, expected: bool
) -> None:
    assert reads(Path(name), input_format) is expected
