"""Coverage-guided fuzzing of the readers and of extraction (issue 10), with atheris.

Run `make fuzz` (a few minutes; `FUZZ_SECONDS=600 make fuzz` for longer) or `make fuzz-smoke`
(30 seconds, as CI does). libFuzzer arguments pass through:
`python fuzz/fuzz_tradefacts.py -max_total_time=60 fuzz/out/corpus`.

What must hold for any input, whatever the fuzzer makes of it:
- readers: any bytes, read as an article file, a JSONL corpus or a pair of files, give documents
  and `InputError`s only (never another exception), and each document can be checked;
- extraction: any text gives claims whose span is exact (`text[start:end] == claim.text`); it
  never raises (the reader is linear by construction: no timeouts, no refusals).
A crash is written to `fuzz/out/` with the input that caused it.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["tradefacts"]):
    from tradefacts.errors import InputError
    from tradefacts.extract import extract_text
    from tradefacts.lang import LANGS
    from tradefacts.model import Document
    from tradefacts.pipeline import check_document
    from tradefacts.readers import read_items, read_pair_items

_FOLDER = tempfile.mkdtemp(prefix="tradefacts-fuzz-")


def _check(items: list[Document | InputError]) -> None:
    for item in items:
        if isinstance(item, Document):
            # Too many claims to align (alignment's bound): an InputError, reported, is no crash.
            with contextlib.suppress(InputError):
                check_document(item)
        elif not isinstance(item, InputError):
            raise AssertionError(f"a reader gave {type(item).__name__}")


def _read_article(data: bytes) -> None:
    _check(list(read_items(["-"], stdin=io.BytesIO(data))))


def _read_jsonl(data: bytes) -> None:
    _check(list(read_items(["-"], input_format="jsonl", stdin=io.BytesIO(data))))


def _read_pair(data: bytes) -> None:
    cut = len(data) // 2
    zh, en = Path(_FOLDER, "zh.txt"), Path(_FOLDER, "en.txt")
    zh.write_bytes(data[:cut])
    en.write_bytes(data[cut:])
    _check(list(read_pair_items(zh, en)))


def _extract(data: bytes, lang: str) -> None:
    text = data.decode("utf-8", errors="replace")
    for claim in extract_text(text, LANGS[lang]):
        if text[claim.start : claim.end] != claim.text:
            raise AssertionError(f"span {claim.start}:{claim.end} is not {claim.text!r}")


def test_one_input(data: bytes) -> None:
    """One fuzzer input: its first byte picks the target, the rest is the input."""
    if not data:
        return
    target, rest = data[0] % 5, data[1:]
    if target == 0:
        _read_article(rest)
    elif target == 1:
        _read_jsonl(rest)
    elif target == 2:
        _read_pair(rest)
    else:
        _extract(rest, "zh" if target == 3 else "en")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
