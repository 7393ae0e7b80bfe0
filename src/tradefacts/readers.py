"""Readers: paths, directories, JSONL corpora and standard input → `Document | InputError`.

Stage: readers (first). Input: what the user named on the command line. Output: documents, one at a
time, in a deterministic order; an input that cannot be read is yielded as an `InputError` in its
place, and the rest is still read. Must not write anything, and opens every input read-only.

Bilingual article files (`seeds/*.txt`): the English block, a line `<hr />`, a line `Original:`,
then the Chinese block. Header lines are metadata (DESIGN §1): on the English side `Title:`,
`Author:`, `Date:`, `Edition:`, `Page:` lines; on the Chinese side the author, date, edition
(`第N版`) and column (`专栏：`) lines between the `###` title and the body. Titles are body
text: a figure in a headline is a claim. The figures of metadata lines are not claims (they are
not reported, not counted), but a body figure that restates one on the other side (a dateline
"August 29, 1989", "4th Edition") is paired with it and so is no addition.
"""

from __future__ import annotations

import codecs
import importlib
import itertools
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, Final

import regex

from tradefacts import compiled
from tradefacts.catfiles import CAT_FORMATS, cat_format, parse_cat
from tradefacts.errors import InputError, UsageError
from tradefacts.model import Document, Lang, Source

ARTICLE_SUFFIXES: Final[frozenset[str]] = frozenset({".txt"})
JSONL_SUFFIXES: Final[frozenset[str]] = frozenset({".jsonl", ".ndjson"})
PARQUET_SUFFIXES: Final[frozenset[str]] = frozenset({".parquet"})
INPUT_FORMATS: Final[tuple[str, ...]] = ("auto", "article", "jsonl", *CAT_FORMATS)
# Over this size a single file is refused rather than read into memory whole.
MAX_FILE_BYTES: Final[int] = 256 * 1024 * 1024
# Over this length a JSONL line is refused: no more than this is held in memory, the rest of the
# line is skipped unread, and the next line is read as usual.
MAX_LINE_BYTES: Final[int] = 64 * 1024 * 1024
# Seconds a reader's pattern may spend on one file (they are linear; this is a safety net).
READ_TIMEOUT: Final[float] = 5.0
# The name standard input goes by in messages and outputs, unless `--stdin-filename` gives one.
STDIN_NAME: Final[str] = "<stdin>"
# Bad lines reported of one JSONL file found below a directory: a file there may be no corpus at
# all (a log, another tool's records), and one error a line would bury every other message.
MAX_ERRORS_PER_FILE: Final[int] = 10

# `\r?` before the end of a line: files with CRLF line ends (Windows, many archives) split alike.
_SEPARATOR_RE: Final = compiled.pattern(
    r"^[ \t]*<hr\s*/?>[ \t]*\r?$", regex.MULTILINE | regex.IGNORECASE
)
_ORIGINAL_RE: Final = compiled.pattern(r"^[ \t]*Original:[ \t]*\r?$", regex.MULTILINE)
_EN_HEADER_RE: Final = compiled.pattern(
    r"^[ \t]*(?P<key>Title|Author|Authors|Date|Edition|Page|Section|Column):[ \t]*(?P<value>.*)$",
    regex.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class _Decoded:
    text: str
    encoding: str
    # A problem worth a line on stderr although the text was read (a file mixing encodings).
    note: str | None = None


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode an input file: the user's `encoding`, else a BOM, else UTF-8, else GB18030 (line by
    line where UTF-8 and GB18030 lines are mixed), else Big5.

    Raises `InputError` naming the path when none fits.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError as exc:
            raise UsageError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise InputError(
                path, f"cannot be decoded as {encoding} (byte {exc.start}); check --encoding"
            ) from exc
    return _sniff(data, path).text


def _sniff(data: bytes, path: str) -> _Decoded:
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, name in boms:
        if data.startswith(bom):
            try:
                return _Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise InputError(
                    path, f"starts with a {name} byte-order mark but is not {name}"
                ) from exc
    utf16 = _utf16_order(data)
    if utf16 is not None:
        try:
            return _Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all (an unpaired surrogate): try the byte encodings
    try:
        return _Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            # A UTF-8 file cut off inside its last character (a truncated copy): keep the rest.
            return _Decoded(
                data[: exc.start].decode("utf-8"),
                "utf-8",
                f"ends inside a UTF-8 character (byte {exc.start}): truncated? read up to there",
            )
    # GB18030 is a superset of GBK and GB2312, the encodings of mainland archives. It decodes
    # almost any pair of bytes, Big5's too, so it is tried first, and Big5 (Taiwan, Hong Kong)
    # when GB18030 fails or reads the bytes as private-use characters rather than Chinese.
    lines = _decode_lines(data)
    if isinstance(lines, _Decoded) and (
        lines.encoding != "gb18030" or _private_share(lines.text) <= _PRIVATE_USE_LIMIT
    ):
        return lines
    big5 = _big5(data)
    if big5 is not None:
        return big5
    if isinstance(lines, _Decoded):
        return lines  # GB18030 with user-defined characters (rare names), not Big5
    raise InputError(
        path,
        f"line {lines} is neither UTF-8 nor GB18030 (nor is the file Big5); pass --encoding",
    )


def _utf16_order(data: bytes) -> str | None:
    """UTF-16 without a BOM: the codec its NUL bytes point to, or None.

    The ASCII characters of UTF-16 text (spaces, line breaks, digits, English) put a NUL byte in
    every other position, all of one parity: odd for little-endian, even for big-endian. Text in
    a byte encoding has no NUL bytes, and a run of NUL padding (a truncated file) falls in both
    parities alike. A UTF-16 text with no ASCII character at all has no NUL byte and is not
    recognized: it needs `--encoding utf-16-le` (or `-be`).
    """
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    # Han characters whose low byte is 0 (一 is U+4E00) put a few NULs in the other parity.
    if max(even, odd) < max(2, pairs // 100) or min(even, odd) * 4 > max(even, odd):
        return None
    return "utf-16-le" if odd > even else "utf-16-be"


def _decode_lines(data: bytes) -> _Decoded | int:
    """A file that is not UTF-8 as a whole: GB18030, or UTF-8 and GB18030 lines mixed (a file
    converted halfway, or pieced together). Each line is UTF-8 when it reads as UTF-8 with some
    character beyond the two-byte range (as Chinese text in UTF-8 has, and GB18030 text hardly
    ever does), else GB18030. Neither codec uses byte 0x0A inside a character, so lines split
    safely. Returns the 1-based number of the first line that is neither, instead, on failure.
    """
    lines: list[str] = []
    first_gb: int | None = None
    first_utf8: int | None = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if raw.isascii() or max(map(ord, line)) >= 0x800:
                if not raw.isascii() and first_utf8 is None:
                    first_utf8 = number
                lines.append(line)
                continue
        try:
            lines.append(raw.decode("gb18030"))
        except UnicodeDecodeError:
            return number
        if first_gb is None:
            first_gb = number
    text = "\n".join(lines)
    if first_utf8 is None:
        return _Decoded(text, "gb18030")
    note = (
        f"mixes UTF-8 and GB18030 (line {first_utf8} is UTF-8, line {first_gb} GB18030);"
        " read line by line"
    )
    return _Decoded(text, "mixed", note)


# Over this share of its non-ASCII characters in the Unicode private-use area, a GB18030 reading
# is not Chinese text: GB18030 maps the bytes of Big5 punctuation (A1 41 is Big5's "，") and
# many other Big5 characters to user-defined codes, which real GB text does not use.
_PRIVATE_USE_LIMIT: Final[float] = 0.05
# At least this share of a Big5 reading's non-ASCII characters must be Han for it to be taken.
_BIG5_HAN_SHARE: Final[float] = 0.5
_HAN_RE: Final = compiled.pattern(r"\p{Han}")


def _private_share(text: str) -> float:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    return sum(0xE000 <= ord(ch) <= 0xF8FF for ch in wide) / len(wide)


def _big5(data: bytes) -> _Decoded | None:
    """Big5 (with the Hong Kong supplement), when the bytes are Big5 and the text mostly Han."""
    try:
        text = data.decode("big5hkscs")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide or _private_share(text) > 0:
        return None
    han = sum(1 for ch in wide if _HAN_RE.match(ch))
    return _Decoded(text, "big5") if han / len(wide) >= _BIG5_HAN_SHARE else None


def _read_bytes(path: Path) -> bytes:
    name = _display(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(name, f"is {size} bytes, over the {MAX_FILE_BYTES}-byte limit")
        with path.open("rb") as handle:
            return handle.read()
    except IsADirectoryError as exc:
        raise InputError(name, "is a directory") from exc
    except FileNotFoundError as exc:
        raise InputError(name, "no such file") from exc
    except PermissionError as exc:
        raise InputError(name, "permission denied") from exc
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from exc


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _article_id(path: str) -> str:
    return Path(path).stem if path != "-" else "stdin"


def parse_article(text: str, path: str) -> Document:
    """Split a bilingual article file into its English and Chinese sides.

    Raises `InputError` when the separator or one of the two sides is missing.
    """
    if not text.strip():
        raise InputError(path, "is empty")
    try:
        separator = _SEPARATOR_RE.search(text, timeout=READ_TIMEOUT)
        original = separator and _ORIGINAL_RE.search(text, separator.end(), timeout=READ_TIMEOUT)
    except TimeoutError as exc:
        raise InputError(path, "defeats the article splitter (timed out); skipped") from exc
    if separator is None:
        raise InputError(path, "no '<hr />' line separates the English text from the Chinese")
    en_start, en_end = 0, separator.start()
    zh_start = original.end() if original else separator.end()
    zh_end = len(text)
    en = text[en_start:en_end]
    zh = text[zh_start:zh_end]
    if not en.strip():
        raise InputError(path, "the English side (before '<hr />') is empty", line=1)
    if not zh.strip():
        raise InputError(
            path, "the Chinese side (after '<hr />') is empty", line=_line_of(text, zh_start)
        )
    meta: list[tuple[str, str]] = []
    en_header: list[tuple[int, int]] = []
    try:
        for match in _EN_HEADER_RE.finditer(en, timeout=READ_TIMEOUT):
            key = match.group("key").lower()
            meta.append((key, match.group("value").strip()))
            if key != "title":
                en_header.append(match.span())
    except TimeoutError as exc:
        raise InputError(path, "defeats the header reader (timed out); skipped") from exc
    zh_header = _zh_header(zh)
    zh_line = _line_of(text, zh_start)
    zh_column = zh_start - (text.rfind("\n", 0, zh_start) + 1) + 1
    return Document(
        id=_article_id(path),
        path=path,
        zh=zh,
        en=en,
        zh_source=Source(path=path, line=zh_line, column=zh_column),
        en_source=Source(path=path, line=1, column=1),
        meta=tuple(meta),
        zh_header=tuple(zh_header),
        en_header=tuple(en_header),
    )


def _zh_header(zh: str) -> list[tuple[int, int]]:
    """The metadata lines of the Chinese block: between the `###` title and the column line."""
    spans: list[tuple[int, int]] = []
    offset = 0
    seen_title = False
    for line in zh.splitlines(keepends=True):
        start, end = offset, offset + len(line.rstrip("\r\n"))
        offset += len(line)
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("###"):
            seen_title = True
            continue
        if not seen_title:
            break
        if line[:1] in (" ", "\t", "\u3000"):
            break  # an indented paragraph: the body has begun
        spans.append((start, end))
        if _column_line_re().match(line):
            break
    return spans if seen_title else []


def _article_items(path: Path, encoding: str | None) -> Iterator[Document | InputError]:
    """An article file: a note on how it was read, if it deserves one, then its document."""
    name = _display(path)
    decoded = _decode_file(_read_bytes(path), name, encoding)
    if decoded.note:
        yield InputError(name, decoded.note)
    yield parse_article(decoded.text, name)


def _decode_file(data: bytes, name: str, encoding: str | None) -> _Decoded:
    """A whole file's text: decoded, without its BOM, old Mac line ends (a lone CR) read as LF.

    Replacing a lone CR by LF keeps every offset (one character for one), so lines and columns
    count as in an editor; CRLF stays as it is, and its CR is part of the line's end.
    """
    decoded = _Decoded(decode(data, name, encoding), encoding) if encoding else _sniff(data, name)
    text = _strip_bom(decoded.text)
    if "\r" in text:
        text = _LONE_CR_RE.sub("\n", text)
    return _Decoded(text, decoded.encoding, decoded.note)


_LONE_CR_RE: Final = compiled.pattern(r"\r(?!\n)")


def _last(items: Iterator[Document | InputError]) -> Document:
    """The document of a reader's items (notes before it are dropped)."""
    document: Document | InputError | None = None
    for item in items:
        document = item
    assert isinstance(document, Document)  # the readers end with the document or raise
    return document


def read_pair(zh_path: Path, en_path: Path, encoding: str | None = None) -> Document:
    """An original and its translation in two files (`--zh FILE --en FILE`)."""
    return _last(read_pair_items(zh_path, en_path, encoding))


def read_pair_items(
    zh_path: Path, en_path: Path, encoding: str | None = None
) -> Iterator[Document | InputError]:
    """`read_pair` as a reader: notes on how the files were read, then the document, or an
    `InputError` in its place."""
    try:
        yield from _pair_items(zh_path, en_path, encoding)
    except InputError as error:
        yield error


def _pair_items(
    zh_path: Path, en_path: Path, encoding: str | None
) -> Iterator[Document | InputError]:
    zh_name, en_name = _display(zh_path), _display(en_path)
    zh_decoded = _decode_file(_read_bytes(zh_path), zh_name, encoding)
    en_decoded = _decode_file(_read_bytes(en_path), en_name, encoding)
    for name, decoded in ((zh_name, zh_decoded), (en_name, en_decoded)):
        if decoded.note:
            yield InputError(name, decoded.note)
    zh, en = zh_decoded.text, en_decoded.text
    if not zh.strip():
        raise InputError(zh_name, "the Chinese file is empty")
    if not en.strip():
        raise InputError(en_name, "the English file is empty")
    yield Document(
        id=zh_path.stem,
        path=zh_name,
        zh=zh,
        en=en,
        zh_source=Source(path=zh_name),
        en_source=Source(path=en_name),
    )


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


# Decimal, not float: the record's other fields are written back exactly by `filter`. One decoder
# for every line (what `json.loads(line, parse_float=Decimal)` builds anew for each).
_RECORD_DECODER: Final = json.JSONDecoder(parse_float=Decimal)


def _load_record(line: str) -> object:
    """`json.loads(line, parse_float=Decimal)`, with the decoder built once."""
    if line.startswith("\ufeff"):
        # json.loads refuses a byte-order mark with a message of its own; a decoder does not.
        return json.loads(line, parse_float=Decimal)
    return _RECORD_DECODER.decode(line)


def read_jsonl_lines(
    lines: Iterable[bytes],
    path: str,
    encoding: str | None = None,
    *,
    first_line: int = 1,
    fields: bool = False,
) -> Iterator[Document | InputError]:
    """One document per JSON line `{"id", "zh", "en"}`; a bad line is an `InputError` instead.

    `first_line` is the line number of the first of `lines` (a part of a file, as Dask reads it);
    with `fields`, each document carries every field of its record (`Document.fields`).
    """
    seen: set[str] = set()
    for number, raw in enumerate(lines, start=first_line):
        if len(raw) > MAX_LINE_BYTES:
            yield InputError(path, f"line is over the {MAX_LINE_BYTES}-byte limit; skipped", number)
            continue
        try:
            line = decode(raw, path, encoding or "utf-8")
        except InputError:
            yield InputError(
                path, f"line is not valid {encoding or 'UTF-8'}; skipped (see --encoding)", number
            )
            continue
        if number == 1:
            line = _strip_bom(line)
        if not line.strip():
            continue
        try:
            record = _load_record(line)
        except json.JSONDecodeError as exc:
            # json's messages end in "at" ("Unterminated string starting at"): the column follows.
            reason = exc.msg.removesuffix(" at")
            yield InputError(path, f"not JSON ({reason} at column {exc.colno}); skipped", number)
            continue
        except ValueError as exc:  # an integer of over 4300 digits (sys.int_info)
            yield InputError(path, f"not JSON we can read ({exc}); skipped", number)
            continue
        except RecursionError:
            yield InputError(path, "JSON nested too deeply; skipped", number)
            continue
        if not isinstance(record, dict):
            yield InputError(path, "not a JSON object; skipped", number)
            continue
        missing = [key for key in ("zh", "en") if key not in record]
        if missing:
            yield InputError(path, f'missing "{missing[0]}" field; skipped', number)
            continue
        if not isinstance(record["zh"], str) or not isinstance(record["en"], str):
            yield InputError(path, '"zh" and "en" must be strings; skipped', number)
            continue
        if _SURROGATE_RE.search(record["zh"]) or _SURROGATE_RE.search(record["en"]):
            # JSON may escape half of a UTF-16 pair (\\ud800) alone: that is no Unicode text,
            # and it could not be written out again as UTF-8.
            yield InputError(
                path, "an unpaired surrogate escape (\\ud800-\\udfff); skipped", number
            )
            continue
        raw_id = record["id"] if "id" in record else f"{Path(path).stem}:{number}"
        if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
            yield InputError(path, '"id" must be a string or an integer; skipped', number)
            continue
        doc_id = str(raw_id)
        if doc_id in seen:
            yield InputError(
                path, f"duplicate id {doc_id!r}; checked again under the same id", number
            )
        seen.add(doc_id)
        source = Source(path=path, line=number, fixed_line=True)
        yield Document(
            id=doc_id,
            path=path,
            zh=record["zh"],
            en=record["en"],
            zh_source=source,
            en_source=source,
            fields=record_fields(record.items(), "zh", "en") if fields else (),
        )


def record_fields(
    items: Iterable[tuple[str, object]], zh_key: str, en_key: str
) -> tuple[tuple[str, object], ...]:
    """A record's fields for `Document.fields`: the texts' keys stand as `Lang` members."""
    texts = {zh_key: Lang.ZH, en_key: Lang.EN}
    return tuple((key, texts.get(key, value)) for key, value in items)


_SURROGATE_RE: Final = compiled.pattern(r"[\ud800-\udfff]")


def _display(path: Path) -> str:
    """A path as the user would recognize it: relative to the working directory when below it.

    A file name that is not valid in the file system's encoding (a GBK name on a UTF-8 disk) shows
    its odd bytes as `\\xNN`, so that it can be printed and written into UTF-8 output.
    """
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        shown = path.as_posix()
    if _SURROGATE_RE.search(shown):
        shown = os.fsencode(shown).decode("utf-8", "backslashreplace")
    return shown


def _kind(path: Path, input_format: str) -> str | None:
    if input_format != "auto":
        return input_format
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    if suffix in ARTICLE_SUFFIXES:
        return "article"
    return cat_format(path)


def reads(path: Path, input_format: str = "auto") -> bool:
    """Whether a file found below a directory would be read as an input (by its extension, or
    any file when `input_format` names the type); hidden files never are.

    >>> reads(Path("out/review.html")), reads(Path("out/findings.jsonl"))
    (False, True)
    """
    return not path.name.startswith(".") and _kind(path, input_format) is not None


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Every file below `root`, in sorted order, following no symlinked directory twice."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            info = directory.stat()
            if (info.st_dev, info.st_ino) in seen:
                yield InputError(
                    _display(directory), "directory already read (a symlink loop or a second link)"
                )
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(_display(directory), f"cannot be listed ({exc.strerror or exc})")
            continue
        subdirectories = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subdirectories.append(path)
            else:
                yield path
        # Depth-first in sorted order: files of a directory, then its subdirectories.
        stack.extend(reversed(subdirectories))


def _walk_sorted(root: Path) -> Iterator[Path | InputError]:
    items = list(_walk(root))
    paths = sorted((p for p in items if isinstance(p, Path)), key=lambda p: p.as_posix())
    yield from (e for e in items if isinstance(e, InputError))
    yield from paths


class Reading(Iterator[Document]):
    """The documents of some inputs, read one at a time; the inputs that could not be read are
    collected in `errors` as the iteration reaches them (so after a full pass it holds them all).

    Iterating yields only `Document`s; each `InputError` goes to `errors` instead, in input order.
    A `Reading` is an iterator: it is read once, like an open file.
    """

    __slots__ = ("_items", "errors")

    def __init__(self, items: Iterable[Document | InputError]) -> None:
        self._items = iter(items)
        self.errors: list[InputError] = []

    def __iter__(self) -> Reading:
        return self

    def __next__(self) -> Document:
        for item in self._items:
            if isinstance(item, InputError):
                self.errors.append(item)
                continue
            return item
        raise StopIteration


def read_documents(
    paths: Iterable[str],
    *,
    input_format: str = "auto",
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
    select: Callable[[Path], bool] | None = None,
    columns: Columns | None = None,
) -> Reading:
    """The documents of every input, in order, with what could not be read in `.errors`.

    >>> documents = read_documents(["no/such/file.txt"])
    >>> list(documents), [str(e) for e in documents.errors]
    ([], ['no/such/file.txt: no such file or directory'])
    """
    return Reading(
        read_items(
            paths,
            input_format=input_format,
            encoding=encoding,
            stdin=stdin,
            select=select,
            columns=columns,
        )
    )


def read_items(
    paths: Iterable[str],
    *,
    input_format: str = "auto",
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
    select: Callable[[Path], bool] | None = None,
    columns: Columns | None = None,
    stdin_name: str = STDIN_NAME,
    note: Callable[[str], None] | None = None,
) -> Iterator[Document | InputError]:
    """Every document of every input, in order; unreadable inputs as `InputError` in place
    (the one stream the CLI reads, so that an error is reported where it occurs).

    `select` (the include/exclude globs of a configuration) keeps or drops each file found below
    a directory; files named in `paths` are read as named. A file reached twice (named twice, or
    named and found below a named directory) is read once. Of a JSONL file found below a
    directory (perhaps no corpus at all) at most `MAX_ERRORS_PER_FILE` bad lines are reported,
    then a count of the rest. Standard input is named `stdin_name`. `note` gets what is worth
    saying but is no error: a file read once though named twice, what standard input was read as.
    """
    if input_format not in INPUT_FORMATS:
        raise UsageError(f"unknown --input {input_format!r}; use {' or '.join(INPUT_FORMATS)}")
    say = note or (lambda _: None)
    seen: set[Path] = set()

    def first_time(path: Path) -> bool:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):
            return True
        if key in seen:
            say(f"{_display(path)}: named more than once; checked once")
            return False
        seen.add(key)
        return True

    for name in paths:
        if name == "-":
            keep = columns is not None and columns.others
            stream = stdin or sys.stdin.buffer
            yield from _read_stdin(stream, input_format, encoding, keep, stdin_name, say)
            continue
        path = Path(name)
        if path.is_dir():
            for item in _walk_sorted(path):
                if isinstance(item, InputError):
                    yield item
                    continue
                if select is not None and not select(item):
                    continue
                kind = _kind(item, input_format)
                if kind is None:
                    continue
                if not _is_regular(item):
                    # A pipe would block the reader forever; a broken link has nothing to read.
                    yield InputError(
                        _display(item),
                        "not a regular file (a pipe, a device or a broken link); skipped",
                    )
                    continue
                if first_time(item):
                    yield from _capped(_read_file(item, kind, encoding, columns), _display(item))
            continue
        if not path.exists():
            yield InputError(name, "no such file or directory")
            continue
        if not first_time(path):
            continue
        kind = _kind(path, input_format)
        if kind is None:
            yield InputError(
                name,
                f"unknown file type {path.suffix or '(none)'!r};"
                f" pass --input {'|'.join(INPUT_FORMATS[1:])}",
            )
            continue
        yield from _read_file(path, kind, encoding, columns)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def _read_file(
    path: Path, kind: str, encoding: str | None, columns: Columns | None = None
) -> Iterator[Document | InputError]:
    if kind == "parquet":
        yield from read_parquet(path, columns or Columns())
        return
    if kind in CAT_FORMATS:
        # XML and PO files declare their own encoding; translate-toolkit decodes them.
        try:
            yield parse_cat(_read_bytes(path), _display(path), kind)
        except InputError as error:
            yield error
        return
    if kind == "jsonl":
        name = _display(path)
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield InputError(name, f"cannot be read ({exc.strerror or exc})")
            return
        with handle:
            try:
                keep = columns is not None and columns.others
                yield from read_jsonl_lines(bounded_lines(handle), name, encoding, fields=keep)
            except OSError as exc:
                yield InputError(name, f"read failed ({exc.strerror or exc})")
        return
    try:
        yield from _article_items(path, encoding)
    except InputError as error:
        yield error


def bounded_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """The lines of a binary stream, none held longer than `limit` + 1 bytes: of a longer line
    only its first `limit` + 1 bytes are yielded (so that a reader sees it is too long) and the
    rest is read past in pieces, never whole."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def _read_stdin(
    stream: BinaryIO,
    input_format: str,
    encoding: str | None,
    fields: bool = False,
    name: str = STDIN_NAME,
    note: Callable[[str], None] | None = None,
) -> Iterator[Document | InputError]:
    head: list[bytes] = []
    lines = bounded_lines(stream)
    if input_format == "auto":
        # The first non-empty line decides: a JSON object is a JSONL corpus, anything else an
        # article. Only the lines up to it are read ahead; the rest is still streamed.
        for line in lines:
            head.append(line)
            if line.strip():
                break
        input_format, unsure = sniff_stdin(head[-1] if head else b"")
        if unsure is not None and note is not None:
            note(f"{name}: read as {unsure}")
    if input_format == "jsonl":
        chained = itertools.chain(head, lines)
        yield from read_jsonl_lines(chained, name, encoding, fields=fields)
        return
    data = b"".join(head) + stream.read()
    if input_format in CAT_FORMATS:
        try:
            yield parse_cat(data, name, input_format)
        except InputError as error:
            yield error
        return
    try:
        decoded = _decode_file(data, name, encoding)
        if decoded.note:
            yield InputError(name, decoded.note)
        yield parse_article(decoded.text, name)
    except InputError as error:
        yield error


def sniff_stdin(first: bytes) -> tuple[str, str | None]:
    """How `--input auto` reads standard input, from its first non-empty line: the input type,
    and what to tell the user when the line leaves room for doubt (None when it does not).

    >>> sniff_stdin(b'{"zh": "a", "en": "b"}\\n')
    ('jsonl', None)
    >>> sniff_stdin(b"{not json\\n")[0], sniff_stdin(b"Title: a\\n")
    ('jsonl', ('article', None))
    """
    text = _strip_bom(first.decode("utf-8", "replace")).strip()
    if text.startswith("{"):
        try:
            if isinstance(json.loads(text), dict):
                return "jsonl", None
        except (json.JSONDecodeError, ValueError, RecursionError):
            pass
        return "jsonl", "JSONL, though its first line is no JSON object (else: --input article)"
    if text.startswith("["):
        return "article", "an article, though its first line looks like JSON (else: --input jsonl)"
    return "article", None


def _capped(items: Iterator[Document | InputError], name: str) -> Iterator[Document | InputError]:
    """The items of one file with at most `MAX_ERRORS_PER_FILE` errors, then a count of the rest."""
    errors = 0
    for item in items:
        if isinstance(item, InputError):
            errors += 1
            if errors > MAX_ERRORS_PER_FILE:
                continue
        yield item
    if errors > MAX_ERRORS_PER_FILE:
        rest = errors - MAX_ERRORS_PER_FILE
        yield InputError(
            name, f"{rest} more {'line' if rest == 1 else 'lines'} not read (not shown); skipped"
        )


@dataclass(frozen=True, slots=True)
class Columns:
    """The columns of a Parquet corpus that hold a pair's id, original and translation."""

    id: str = "id"
    zh: str = "zh"
    en: str = "en"
    # Read every column (and every field of a JSONL record), not only these three, into
    # `Document.fields`: `filter` writes them back; other commands need only the three.
    others: bool = False


# Rows per record batch: memory stays flat whatever the size of the file.
PARQUET_BATCH_ROWS: Final[int] = 1024


def read_parquet(
    path: Path,
    columns: Columns | None = None,
    *,
    row_groups: Sequence[int] | None = None,
    first_row: int = 1,
    name: str | None = None,
) -> Iterator[Document | InputError]:
    """One document per row of a Parquet corpus, read in record batches (never the whole file).

    A row's `line` is its 1-based row number; `row_groups` and `first_row` read a part of the
    file (as Dask does). Needs pyarrow (the `parquet` extra).
    """
    pq = parquet_module()
    cols = columns or Columns()
    name = name or _display(path)
    try:
        handle = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:  # pyarrow.ArrowInvalid is a ValueError
        yield InputError(name, f"cannot be read as Parquet ({exc})")
        return
    present = set(handle.schema_arrow.names)
    wanted = (cols.id, cols.zh, cols.en)
    missing = [c for c in (cols.zh, cols.en) if c not in present]
    if missing:
        option = "--zh-column" if missing[0] == cols.zh else "--en-column"
        yield InputError(name, f"no column {missing[0]!r}; name it with {option}")
        return
    has_id = cols.id in present
    seen: set[str] = set()
    number = first_row
    try:
        batches = handle.iter_batches(
            batch_size=PARQUET_BATCH_ROWS,
            columns=None if cols.others else [c for c in wanted if c in present],
            row_groups=row_groups,
        )
        for batch in batches:
            zh_values = batch.column(cols.zh).to_pylist()
            en_values = batch.column(cols.en).to_pylist()
            ids = batch.column(cols.id).to_pylist() if has_id else [None] * len(zh_values)
            rows = batch.to_pylist() if cols.others else [{}] * len(zh_values)
            for raw_id, zh, en, row in zip(ids, zh_values, en_values, rows, strict=True):
                fields = record_fields(row.items(), cols.zh, cols.en)
                item = _parquet_row(name, number, raw_id, zh, en, seen, path.stem, fields)
                number += 1
                yield from item
    except (OSError, ValueError) as exc:
        yield InputError(name, f"read failed ({exc})", number)


def _parquet_row(
    name: str,
    number: int,
    raw_id: object,
    zh: object,
    en: object,
    seen: set[str],
    stem: str,
    fields: tuple[tuple[str, object], ...] = (),
) -> Iterator[Document | InputError]:
    if not isinstance(zh, str) or not isinstance(en, str):
        yield InputError(name, "the zh and en columns must be strings; skipped", number)
        return
    if raw_id is None:
        raw_id = f"{stem}:{number}"
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        yield InputError(name, "the id column must be a string or an integer; skipped", number)
        return
    doc_id = str(raw_id)
    if doc_id in seen:
        yield InputError(name, f"duplicate id {doc_id!r}; checked again under the same id", number)
    seen.add(doc_id)
    source = Source(path=name, line=number, fixed_line=True)
    yield Document(
        id=doc_id, path=name, zh=zh, en=en, zh_source=source, en_source=source, fields=fields
    )


def parquet_module() -> ModuleType:
    """`pyarrow.parquet`, or a `UsageError` naming the extra that installs it."""
    try:
        return importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise UsageError("Parquet needs pyarrow: pip install 'tradefacts[parquet]'") from None


def count_records(paths: Iterable[str]) -> int | None:
    """How many documents the named files hold, when that is cheap to know (for an ETA)."""
    total = 0
    try:
        for name in paths:
            path = Path(name)
            suffix = path.suffix.lower()
            if name == "-" or not path.is_file():
                return None
            if suffix in JSONL_SUFFIXES:
                with path.open("rb") as handle:
                    chunks = iter(lambda: handle.read(1 << 20), b"")
                    total += sum(chunk.count(b"\n") for chunk in chunks)
            elif suffix in PARQUET_SUFFIXES:
                total += parquet_module().ParquetFile(path).metadata.num_rows
            elif suffix in ARTICLE_SUFFIXES:
                total += 1
            else:
                return None
    except (OSError, ValueError, UsageError):
        return None
    return total


def _column_line_re() -> regex.Pattern[str]:
    """The Chinese column line, from the language module (imported on first use: it compiles
    every Chinese pattern, which a reader that meets no header never needs)."""
    from tradefacts.lang.zh import ZH_COLUMN_LINE_RE

    return ZH_COLUMN_LINE_RE
