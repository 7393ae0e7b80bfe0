"""Bad input (issue 10): broken encodings, half-converted files, truncated records, odd files in
a directory. Each problem is one line on stderr naming the place, the rest is still read, the
exit code is 2, no traceback is shown, and no input is written to.

The texts are written here for the cases; none comes from the seeds.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradefacts.cli import app
from tradefacts.errors import InputError
from tradefacts.extract import extract_claims
from tradefacts.lang import LANGS
from tradefacts.model import Claim, Document
from tradefacts.readers import MAX_LINE_BYTES, bounded_lines, read_items, read_pair_items

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"
runner = CliRunner()

ARTICLE = (
    "Title: Exports rise\n"
    "\n"
    "\tExports reached $1.5 billion in 1989, up 11.6 percent; cotton exports were 80,000 tons.\n"
    "\n"
    "<hr />\n"
    "\n"
    "Original:\n"
    "\n"
    "### 出口增长\n"
    "\n"
    "　　１９８９年出口１５亿美元，增长１１．６％；棉花出口８万吨。\n"
)
TRADITIONAL = ARTICLE.split("### ")[0] + (
    "### 出口增長\n\n　　１９８９年出口１５億美元，增長１１．６％；棉花出口８萬噸。\n"
)
GOOD_RECORD = {"id": "good", "zh": "棉花出口１０万吨。", "en": "Cotton exports were 100,000 tons."}


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _items(*paths: Path | str, **options: str) -> list[Document | InputError]:
    return list(read_items([str(p) for p in paths], **options))  # type: ignore[arg-type]


def _documents(items: list[Document | InputError]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _errors(items: list[Document | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def _claims(document: Document) -> list[tuple[object, ...]]:
    """What a claim says and where a user sees it, without its offsets into the side's text."""
    zh, en = extract_claims(document, LANGS)
    return [
        (c.lang, c.text, c.kind, c.value, c.unit, c.approx, c.line, c.column) for c in (*zh, *en)
    ]


def _exact(document: Document) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    return extract_claims(document, LANGS)


# --- Re-encoded copies of one document --------------------------------------------------------
# A copy of an article in another encoding yields the very same claims (offsets included, since
# a BOM is not text). CRLF line ends keep each claim's line and column; the CR characters stay in
# the text (offsets count them), so there the claims are compared without their offsets.

ENCODINGS = [
    pytest.param(lambda t: t.encode("gbk"), id="gbk"),
    pytest.param(lambda t: t.encode("gb18030"), id="gb18030"),
    pytest.param(lambda t: t.encode("utf-8-sig"), id="utf-8-bom"),
    pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
    pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(lambda t: t.encode("utf-16-be"), id="utf-16-be-no-bom"),
    pytest.param(lambda t: t.encode("utf-32"), id="utf-32-bom"),
]


@pytest.mark.parametrize("encode", ENCODINGS)
def test_reencoded_copy_yields_the_same_claims(
    tmp_path: Path, encode: Callable[[str], bytes]
) -> None:
    (original,) = _items(_write(tmp_path / "u.txt", ARTICLE.encode()))
    (copy,) = _items(_write(tmp_path / "c.txt", encode(ARTICLE)))
    assert isinstance(original, Document) and isinstance(copy, Document)
    assert _exact(copy) == _exact(original)


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n").encode(), id="crlf-utf-8"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("gbk"), id="crlf-gbk"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-16"), id="crlf-utf-16"),
        pytest.param(lambda t: t.replace("\n", "\r").encode(), id="cr-only"),
    ],
)
def test_line_ends_keep_every_claim_and_its_position(
    tmp_path: Path, encode: Callable[[str], bytes]
) -> None:
    (original,) = _items(_write(tmp_path / "u.txt", ARTICLE.encode()))
    (copy,) = _items(_write(tmp_path / "c.txt", encode(ARTICLE)))
    assert isinstance(original, Document) and isinstance(copy, Document)
    assert _claims(copy) == _claims(original)


def test_crlf_claims_point_at_their_text(tmp_path: Path) -> None:
    (copy,) = _items(_write(tmp_path / "c.txt", ARTICLE.replace("\n", "\r\n").encode()))
    assert isinstance(copy, Document)
    zh, en = _exact(copy)
    assert all(copy.text(c.lang)[c.start : c.end] == c.text for c in (*zh, *en))


def test_big5_article_is_read_as_big5(tmp_path: Path) -> None:
    # Decision: GB18030 is tried first (it decodes almost any byte pair, Big5's too); Big5 is
    # taken when GB18030 reads private-use characters and Big5 reads mostly Han.
    (document,) = _items(_write(tmp_path / "b.txt", TRADITIONAL.encode("big5")))
    assert isinstance(document, Document) and "１５億美元" in document.zh


def test_big5_copy_yields_the_claims_of_the_utf8_original(tmp_path: Path) -> None:
    (original,) = _items(_write(tmp_path / "u.txt", TRADITIONAL.encode()))
    (copy,) = _items(_write(tmp_path / "b.txt", TRADITIONAL.encode("big5")))
    assert isinstance(original, Document) and isinstance(copy, Document)
    assert _exact(copy) == _exact(original)


def test_gbk_traditional_text_stays_gbk(tmp_path: Path) -> None:
    # Traditional characters written in GBK are not mistaken for Big5.
    (document,) = _items(_write(tmp_path / "g.txt", TRADITIONAL.encode("gbk")))
    assert isinstance(document, Document) and "１５億美元" in document.zh


# --- Undecodable, mixed and truncated files --------------------------------------------------


def test_half_converted_file_is_read_line_by_line_and_reported(tmp_path: Path) -> None:
    lines = ARTICLE.split("\n")
    head, tail = "\n".join(lines[:9]), "\n".join(lines[9:])
    path = _write(tmp_path / "half.txt", head.encode() + b"\n" + tail.encode("gbk"))
    items = _items(path)
    assert [type(i).__name__ for i in items] == ["InputError", "Document"]


def test_half_converted_file_keeps_its_claims(tmp_path: Path) -> None:
    lines = ARTICLE.split("\n")
    head, tail = "\n".join(lines[:9]), "\n".join(lines[9:])
    path = _write(tmp_path / "half.txt", head.encode() + b"\n" + tail.encode("gbk"))
    (original,) = _items(_write(tmp_path / "u.txt", ARTICLE.encode()))
    (document,) = _documents(_items(path))
    assert isinstance(original, Document)
    assert _exact(document) == _exact(original)


def test_half_converted_file_report_names_both_lines(tmp_path: Path) -> None:
    lines = ARTICLE.split("\n")
    head, tail = "\n".join(lines[:9]), "\n".join(lines[9:])
    path = _write(tmp_path / "half.txt", head.encode() + b"\n" + tail.encode("gbk"))
    (error,) = _errors(_items(path))
    assert ("half.txt" in str(error), "line 9 is UTF-8" in error.reason) == (True, True)


def test_truncated_utf8_file_is_read_up_to_the_cut(tmp_path: Path) -> None:
    data = ARTICLE.encode()[:-5]  # inside the last character
    items = _items(_write(tmp_path / "cut.txt", data))
    assert [type(i).__name__ for i in items] == ["InputError", "Document"]


def test_nul_padded_file_is_still_read(tmp_path: Path) -> None:
    # A truncated copy padded with NUL bytes: the padding falls in both byte parities alike and
    # does not pass for UTF-16.
    items = _items(_write(tmp_path / "pad.txt", ARTICLE.encode() + b"\x00" * 512))
    assert [type(i).__name__ for i in items] == ["Document"]


def test_utf16_without_ascii_is_read_with_an_encoding(tmp_path: Path) -> None:
    # Decision: UTF-16 without a BOM is told by the NUL bytes of its ASCII characters; text with
    # no ASCII at all cannot be told from a byte encoding and needs --encoding utf-16-le.
    zh = _write(tmp_path / "zh.txt", "出口增长１５亿美元".encode("utf-16-le"))
    en = _write(tmp_path / "en.txt", "Exports grew to $1.5 billion".encode("utf-16-le"))
    (document,) = list(read_pair_items(zh, en, "utf-16-le"))
    assert isinstance(document, Document) and document.zh == "出口增长１５亿美元"


def test_utf16_without_bom_is_detected_in_a_pair(tmp_path: Path) -> None:
    zh = _write(tmp_path / "zh.txt", "出口增长\n１５亿美元, 1989\n".encode("utf-16-le"))
    en = _write(tmp_path / "en.txt", "Exports grew to $1.5 billion".encode("utf-16-be"))
    (document,) = list(read_pair_items(zh, en))
    assert isinstance(document, Document) and document.en == "Exports grew to $1.5 billion"


BAD_FILES = [
    pytest.param(b"\x80\xff" * 16, "neither UTF-8 nor GB18030", id="undecodable"),
    pytest.param(b"", "is empty", id="empty"),
    pytest.param(b"\n \n\t\n", "is empty", id="blank"),
    pytest.param(b"\xef\xbb\xbf", "is empty", id="bom-only"),
    pytest.param(b"Only English.\n", "no '<hr />' line", id="no-separator"),
    pytest.param(b"\n<hr />\nOriginal:\n\xe5\x87\xba\xe5\x8f\xa3\n", "English side", id="no-en"),
    pytest.param(b"Exports.\n<hr />\nOriginal:\n\n", "Chinese side", id="no-zh"),
    pytest.param(b"\xfe\xff\xd8\x00", "byte-order mark", id="bad-utf-16-bom"),
]


@pytest.mark.parametrize(("data", "reason"), BAD_FILES)
def test_bad_file_is_one_error_naming_it(tmp_path: Path, data: bytes, reason: str) -> None:
    (item,) = _items(_write(tmp_path / "bad.txt", data))
    assert (isinstance(item, InputError), item.path.endswith("bad.txt"), reason in str(item)) == (
        True,
        True,
        True,
    )


@pytest.mark.parametrize(("data", "reason"), BAD_FILES)
def test_bad_file_leaves_the_others_read(tmp_path: Path, data: bytes, reason: str) -> None:
    _write(tmp_path / "a.txt", ARTICLE.encode())
    _write(tmp_path / "b.txt", data)
    _write(tmp_path / "c.txt", ARTICLE.encode("gbk"))
    items = _items(tmp_path)
    assert ([d.id for d in _documents(items)], len(_errors(items))) == (["a", "c"], 1)


# --- Pairs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en", "bad"),
    [
        pytest.param(b"", b"Exports were $1.5 billion.", "zh.txt", id="empty-zh"),
        pytest.param("出口１５亿美元。".encode(), b"  \n", "en.txt", id="empty-en"),
        pytest.param(b"\x80\xff" * 16, b"Exports.", "zh.txt", id="undecodable-zh"),
    ],
)
def test_bad_pair_is_one_error_naming_the_file(
    tmp_path: Path, zh: bytes, en: bytes, bad: str
) -> None:
    items = list(read_pair_items(_write(tmp_path / "zh.txt", zh), _write(tmp_path / "en.txt", en)))
    assert [(type(i).__name__, i.path.endswith(bad)) for i in items] == [("InputError", True)]


def test_pair_in_two_encodings_is_read(tmp_path: Path) -> None:
    zh = _write(tmp_path / "zh.txt", "出口１５亿美元。".encode("gb18030"))
    en = _write(tmp_path / "en.txt", "Exports were $1.5 billion.\r\n".encode("utf-16"))
    (document,) = list(read_pair_items(zh, en))
    assert isinstance(document, Document) and document.zh == "出口１５亿美元。"


def test_missing_pair_file_exits_2_without_traceback(tmp_path: Path) -> None:
    zh = _write(tmp_path / "zh.txt", "出口１５亿美元。".encode())
    result = runner.invoke(app, ["diff", "--zh", str(zh), "--en", str(tmp_path / "nope.txt")])
    assert (result.exit_code, "nope.txt" in result.stderr, "Traceback" in result.stderr) == (
        2,
        True,
        False,
    )


# --- JSONL -------------------------------------------------------------------------------------

BAD_LINES = [
    pytest.param(b"{not json", "not JSON", id="not-json"),
    pytest.param(b'{"id": "x", "zh": "\xe4\xb8\x80"', "not JSON", id="truncated-record"),
    pytest.param(b'{"id": "x", "zh": "one"}', 'missing "en"', id="missing-en"),
    pytest.param(b'{"id": "x", "en": "one"}', 'missing "zh"', id="missing-zh"),
    pytest.param(b'{"id": "x", "zh": ["a"], "en": "one"}', "must be strings", id="list-value"),
    pytest.param(b'{"id": "x", "zh": null, "en": "one"}', "must be strings", id="null-value"),
    pytest.param(b'{"id": {"a": 1}, "zh": "a", "en": "b"}', '"id" must be', id="object-id"),
    pytest.param(b'"just a string"', "not a JSON object", id="string"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "nested too deeply", id="deep-nesting"),
    pytest.param(b'{"id": ' + b"9" * 5000 + b', "zh": "a", "en": "b"}', "not JSON", id="huge-int"),
    pytest.param(b'{"id": "x", "zh": "\\ud800", "en": "b"}', "surrogate", id="lone-surrogate"),
    pytest.param(b'{"id": "x", "zh": "\xb3\xf6\xbf\xda", "en": "b"}', "not valid UTF-8", id="gbk"),
]


def _corpus(tmp_path: Path, bad: bytes) -> Path:
    good = json.dumps(GOOD_RECORD, ensure_ascii=False).encode()
    other = good.replace(b'"good"', b'"good2"')
    return _write(tmp_path / "c.jsonl", good + b"\n" + bad + b"\n" + other + b"\n")


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_bad_jsonl_line_is_one_error_naming_path_and_line(
    tmp_path: Path, line: bytes, reason: str
) -> None:
    errors = _errors(_items(_corpus(tmp_path, line)))
    assert [(Path(e.path).name, e.line, reason in e.reason) for e in errors] == [
        ("c.jsonl", 2, True)
    ]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_bad_jsonl_line_loses_no_good_record(tmp_path: Path, line: bytes, reason: str) -> None:
    documents = _documents(_items(_corpus(tmp_path, line)))
    assert [d.id for d in documents] == ["good", "good2"]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_bad_jsonl_line_exits_2_without_traceback(tmp_path: Path, line: bytes, reason: str) -> None:
    result = runner.invoke(app, ["diff", str(_corpus(tmp_path, line)), "--format", "json"])
    assert (
        result.exit_code,
        result.stderr.count("c.jsonl:2:"),
        "Traceback" in result.stderr,
        json.loads(result.stdout)["summary"]["documents"],
    ) == (2, 1, False, 2)


def test_duplicate_ids_are_reported_once_and_both_checked(tmp_path: Path) -> None:
    line = json.dumps(GOOD_RECORD).encode()
    items = _items(_write(tmp_path / "c.jsonl", line + b"\n" + line + b"\n"))
    assert ([e.line for e in _errors(items)], len(_documents(items))) == ([2], 2)


def test_over_long_line_is_skipped_without_holding_it(tmp_path: Path) -> None:
    good = json.dumps(GOOD_RECORD).encode()
    limit = 1000
    stream = _write(tmp_path / "c.jsonl", good + b"\n" + b"x" * 5000 + b"\n" + good + b"\n")
    with stream.open("rb") as handle:
        lengths = [len(line) for line in bounded_lines(handle, limit)]
    assert lengths == [len(good) + 1, limit + 1, len(good) + 1]


def test_over_long_line_is_reported_with_its_line(tmp_path: Path) -> None:
    good = json.dumps(GOOD_RECORD).encode()
    data = (
        good + b"\n" + b" " * (MAX_LINE_BYTES + 10) + b"\n" + good.replace(b"good", b"ok") + b"\n"
    )
    items = _items(_write(tmp_path / "c.jsonl", data))
    assert ([e.line for e in _errors(items)], [d.id for d in _documents(items)]) == (
        [2],
        ["good", "ok"],
    )


def test_jsonl_with_crlf_line_ends_is_read(tmp_path: Path) -> None:
    good = json.dumps(GOOD_RECORD).encode()
    items = _items(_write(tmp_path / "c.jsonl", good + b"\r\n" + good.replace(b"good", b"ok")))
    assert [d.id for d in _documents(items)] == ["good", "ok"]


# --- Directories -------------------------------------------------------------------------------

_ROOT_READS_ANYTHING = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(
    _ROOT_READS_ANYTHING, reason="running as root: chmod 000 does not block reading"
)
def test_unreadable_file_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE.encode())
    locked = _write(tmp_path / "b.txt", ARTICLE.encode())
    locked.chmod(0)
    try:
        items = _items(tmp_path)
    finally:
        locked.chmod(0o644)
    assert ([d.id for d in _documents(items)], [Path(e.path).name for e in _errors(items)]) == (
        ["a"],
        ["b.txt"],
    )


@pytest.mark.skipif(
    _ROOT_READS_ANYTHING, reason="running as root: chmod 000 does not block listing"
)
def test_unlistable_directory_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE.encode())
    _write(tmp_path / "locked" / "b.txt", ARTICLE.encode())
    (tmp_path / "locked").chmod(0)
    try:
        items = _items(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert ([d.id for d in _documents(items)], [Path(e.path).name for e in _errors(items)]) == (
        ["a"],
        ["locked"],
    )


def test_symlink_loop_is_reported_once_and_the_rest_read(tmp_path: Path) -> None:
    _write(tmp_path / "sub" / "a.txt", ARTICLE.encode())
    (tmp_path / "sub" / "back").symlink_to(tmp_path, target_is_directory=True)
    items = _items(tmp_path)
    assert ([d.id for d in _documents(items)], len(_errors(items))) == (["a"], 1)


def test_self_referencing_symlink_is_reported(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE.encode())
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    items = _items(tmp_path)
    assert ([d.id for d in _documents(items)], [Path(e.path).name for e in _errors(items)]) == (
        ["a"],
        ["loop.txt"],
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_named_pipe_in_a_directory_is_skipped_not_waited_on(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE.encode())
    os.mkfifo(tmp_path / "pipe.txt")
    items = _items(tmp_path)
    assert ([d.id for d in _documents(items)], [Path(e.path).name for e in _errors(items)]) == (
        ["a"],
        ["pipe.txt"],
    )


def test_undecodable_file_name_is_shown_and_written_as_utf8(tmp_path: Path) -> None:
    # A GBK file name on a UTF-8 disk: shown with \xNN escapes, and the JSON output is UTF-8.
    name = os.fsdecode("出口".encode("gbk") + b".txt")
    _write(tmp_path / name, ARTICLE.encode())
    proc = subprocess.run(
        [sys.executable, "-m", "tradefacts", "diff", str(tmp_path), "--format", "json"],
        capture_output=True,
        check=False,
    )
    data = json.loads(proc.stdout.decode("utf-8"))
    assert (proc.returncode, data["documents"][0]["path"].endswith("\\xb3\\xf6\\xbf\\xda.txt")) == (
        0,
        True,
    )


# --- The whole command line on a directory of bad files -----------------------------------------


def _bad_tree(root: Path) -> Path:
    for seed in sorted(SEEDS.glob("*.txt")):
        _write(root / seed.name, seed.read_bytes())
    _write(root / "gbk.txt", ARTICLE.encode("gbk"))
    _write(root / "utf16.txt", ARTICLE.encode("utf-16"))
    _write(root / "crlf.txt", ARTICLE.replace("\n", "\r\n").encode())
    _write(root / "empty.txt", b"")
    _write(root / "binary.txt", bytes(range(256)) * 4)
    _write(root / "one-side.txt", b"English only.\n<hr />\nOriginal:\n")
    _write(root / "corpus.jsonl", _corpus(root / "tmp", b"{broken").read_bytes())
    (root / "tmp" / "c.jsonl").unlink()
    (root / "tmp").rmdir()
    (root / "sub").mkdir()
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    return root


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tradefacts", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_directory_of_bad_files_exits_2_and_names_each_once(tmp_path: Path) -> None:
    proc = _run_cli("diff", str(_bad_tree(tmp_path)), "--format", "json")
    lines = proc.stderr.splitlines()
    named = sorted(line.split(":")[1].split("/")[-1].strip() for line in lines)
    assert (proc.returncode, named) == (
        2,
        ["binary.txt", "corpus.jsonl", "empty.txt", "loop", "one-side.txt"],
    )


def test_directory_of_bad_files_shows_no_traceback(tmp_path: Path) -> None:
    proc = _run_cli("diff", str(_bad_tree(tmp_path)), "--format", "json")
    assert "Traceback" not in proc.stderr


def test_directory_of_bad_files_keeps_every_good_document(tmp_path: Path) -> None:
    proc = _run_cli("diff", str(_bad_tree(tmp_path)), "--format", "json")
    ids = [d["id"] for d in json.loads(proc.stdout)["documents"]]
    seeds = [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    assert sorted(ids) == sorted([*seeds, "crlf", "gbk", "good", "good2", "utf16"])


def _digest(root: Path) -> dict[str, tuple[str, int, int]]:
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        info = path.stat()
        found[str(path)] = (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            info.st_mtime_ns,
            info.st_mode,
        )
    return found


@pytest.mark.parametrize("output_format", ["json", "jsonl", "table", "sarif", "html"])
def test_inputs_are_not_modified(tmp_path: Path, output_format: str) -> None:
    root = _bad_tree(tmp_path)
    before = _digest(root)
    _run_cli("diff", str(root), "--format", output_format)
    _run_cli("extract", str(root), "--format", "json" if output_format != "jsonl" else "jsonl")
    assert _digest(root) == before


def test_json_report_keeps_no_document_text(tmp_path: Path) -> None:
    # The JSON and table reports are built from findings and counts: a run keeps no text for them.
    from tradefacts import cli

    seen: list[cli.Report] = []
    real = cli.DIFF_RENDERERS["json"]

    def spy(report: cli.Report, out: object) -> None:
        seen.append(report)
        real(report, out)  # type: ignore[arg-type]

    patched = dict(cli.DIFF_RENDERERS, json=spy)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli, "DIFF_RENDERERS", patched)
        runner.invoke(app, ["diff", str(SEEDS), "--format", "json"])
    texts = {(d.document.zh, d.document.en) for d in seen[0].documents}
    assert texts == {("", "")}


def test_unreadable_file_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same case without chmod (which does not stop root): opening the file is refused.
    _write(tmp_path / "a.txt", ARTICLE.encode())
    locked = _write(tmp_path / "b.txt", ARTICLE.encode())
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    items = _items(tmp_path)
    assert ([d.id for d in _documents(items)], [str(e) for e in _errors(items)]) == (
        ["a"],
        [f"{locked}: permission denied"],
    )


def test_unlistable_directory_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "a.txt", ARTICLE.encode())
    _write(tmp_path / "locked" / "b.txt", ARTICLE.encode())
    real_scandir = os.scandir

    def refuse(path: object) -> object:
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    items = _items(tmp_path)
    assert ([d.id for d in _documents(items)], [Path(e.path).name for e in _errors(items)]) == (
        ["a"],
        ["locked"],
    )
