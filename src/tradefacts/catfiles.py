"""Readers for the files of translation tools: XLIFF 1.2 and 2.x, TMX and PO → one `Document`.

Stage: readers. Input: the bytes of one translation file. Output: one document per file, one
segment per unit, the units' source texts (Chinese) joined with newlines into `zh` and their target
texts (English) into `en`, with a `Segment` per unit on both sides so that a claim reports the
unit's line in the file and a column inside the unit's text. Parsing goes through translate-toolkit
(`pip install tradefacts[cat]`), imported only when such a file is read; without it the file is an
`InputError` that names the extra. Must not write anything.

Lines: PO units carry their line number; for the XML formats it is the line of the unit's element
(lxml's, as translate-toolkit parsed it), else the first line of the file text naming the unit's id.
TMX units are read by language (`xml:lang` zh-* and en-*), not by order.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final, Protocol

from tradefacts.errors import InputError
from tradefacts.model import Document, Segment, Source

XLIFF_SUFFIXES: Final[frozenset[str]] = frozenset({".xlf", ".xliff"})
TMX_SUFFIXES: Final[frozenset[str]] = frozenset({".tmx"})
PO_SUFFIXES: Final[frozenset[str]] = frozenset({".po"})
# `--input` names of the formats, and the format of each suffix.
CAT_FORMATS: Final[tuple[str, ...]] = ("xliff", "tmx", "po")
MISSING_EXTRA: Final = "reading {fmt} files needs translate-toolkit: pip install 'tradefacts[cat]'"
_XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
# The standard library compiles this bytes pattern at import in microseconds (`regex` parses in
# Python, and stores only the text patterns of compiled.bin).
_XLIFF2_RE: Final = re.compile(rb"<xliff\b[^>]*\bversion\s*=\s*[\"']2", re.IGNORECASE)


class _Unit(Protocol):
    """The part of a translate-toolkit unit this module reads."""

    source: object
    target: object

    def getid(self) -> str: ...
    def isheader(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class _Pair:
    unit: str
    line: int
    zh: str
    en: str


def cat_format(path: Path) -> str | None:
    """The CAT format of a file by its suffix (`xliff`, `tmx`, `po`), or None."""
    suffix = path.suffix.lower()
    if suffix in XLIFF_SUFFIXES:
        return "xliff"
    if suffix in TMX_SUFFIXES:
        return "tmx"
    if suffix in PO_SUFFIXES:
        return "po"
    return None


def parse_cat(data: bytes, path: str, fmt: str) -> Document:
    """One translation file as one document. Raises `InputError` when it cannot be read."""
    pairs = _pairs(data, path, fmt)
    if not pairs:
        raise InputError(path, f"no translation units in this {fmt} file")
    zh_parts: list[str] = []
    en_parts: list[str] = []
    zh_segments: list[Segment] = []
    en_segments: list[Segment] = []
    zh_offset = en_offset = 0
    for pair in pairs:
        zh_segments.append(Segment(start=zh_offset, line=pair.line, unit=pair.unit))
        en_segments.append(Segment(start=en_offset, line=pair.line, unit=pair.unit))
        zh_parts.append(pair.zh)
        en_parts.append(pair.en)
        zh_offset += len(pair.zh) + 1
        en_offset += len(pair.en) + 1
    return Document(
        id=Path(path).stem if path != "<stdin>" else "stdin",
        path=path,
        zh="\n".join(zh_parts),
        en="\n".join(en_parts),
        zh_source=Source(path=path, segments=tuple(zh_segments)),
        en_source=Source(path=path, segments=tuple(en_segments)),
    )


def _pairs(data: bytes, path: str, fmt: str) -> list[_Pair]:
    try:
        from translate.storage import po, tmx, xliff, xliff2
    except ImportError:
        raise InputError(path, MISSING_EXTRA.format(fmt=fmt.upper())) from None
    text = data.decode("utf-8", errors="replace")
    try:
        # translate-toolkit is untyped; its parsers are named here with the type we rely on.
        parsers: dict[str, Callable[[BinaryIO], object]] = {
            "po": po.pofile.parsefile,
            "tmx": tmx.tmxfile.parsefile,
            "xliff2": xliff2.Xliff2File.parsefile,
            "xliff": xliff.xlifffile.parsefile,
        }
        version = "xliff2" if fmt == "xliff" and _XLIFF2_RE.search(data[:4096]) else fmt
        store = parsers[version](io.BytesIO(data))
    # translate-toolkit reports a malformed file with lxml's, ValueError or its own parse errors.
    except (ValueError, SyntaxError, KeyError, AttributeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(path, f"not a readable {fmt.upper()} file ({reason})") from exc
    swap = _reversed_languages(store)
    pairs: list[_Pair] = []
    for index, unit in enumerate(_units(store), start=1):
        if unit.isheader():
            continue
        unit_id = _unit_id(unit, fmt, index)
        if fmt == "tmx":
            zh, en = _tmx_texts(unit)
        else:
            zh, en = _plain(unit.source), _plain(unit.target)
            if swap:
                zh, en = en, zh
        pairs.append(_Pair(unit=unit_id, line=_line(unit, unit_id, text), zh=zh, en=en))
    return pairs


def _units(store: object) -> Sequence[_Unit]:
    units = getattr(store, "units", [])
    return [u for u in units if hasattr(u, "isheader")]


def _reversed_languages(store: object) -> bool:
    """Whether a file declares English as its source and Chinese as its target (read reversed)."""
    source = str(getattr(store, "sourcelanguage", "") or "").lower()
    target = str(getattr(store, "targetlanguage", "") or "").lower()
    return source.startswith("en") and target.startswith("zh")


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def _unit_id(unit: _Unit, fmt: str, index: int) -> str:
    element = getattr(unit, "xmlelement", None)
    if fmt == "tmx":
        tuid = element.get("tuid") if element is not None else None
        return str(tuid) if tuid else f"#{index}"
    if element is not None and element.get("id"):
        return str(element.get("id"))
    if fmt == "po":
        # A PO unit has no id: its msgctxt names it, else the start of its msgid.
        context = _plain(getattr(unit, "getcontext", lambda: "")())
        msgid = " ".join(_plain(unit.source).split())
        return context or (msgid if len(msgid) <= 30 else msgid[:29] + "…")
    return _plain(unit.getid()) or f"#{index}"


def _tmx_texts(unit: _Unit) -> tuple[str, str]:
    zh = en = ""
    nodes: list[Any] = getattr(unit, "getlanguageNodes", list)()
    for node in nodes:
        lang = str(node.get(_XML_LANG) or node.get("lang") or "").lower()
        text = _plain(unit.getNodeText(node))  # type: ignore[attr-defined]
        if lang.startswith("zh") and not zh:
            zh = text
        elif lang.startswith("en") and not en:
            en = text
    return zh, en


def _line(unit: _Unit, unit_id: str, text: str) -> int:
    number = getattr(unit, "line_number", None)
    if isinstance(number, int) and number > 0:
        return number
    element = getattr(unit, "xmlelement", None)
    sourceline = getattr(element, "sourceline", None)
    if isinstance(sourceline, int) and sourceline > 0:
        return sourceline
    # No line from the parser: the first line of the file naming the unit's id.
    for needle in (f'id="{unit_id}"', f"id='{unit_id}'", unit_id):
        found = text.find(needle)
        if found != -1:
            return text.count("\n", 0, found) + 1
    return 1
