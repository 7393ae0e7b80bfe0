"""Translation files of CAT tools (XLIFF 1.2/2.0, TMX, PO): same findings as the same segments in JSONL.

The files are written here from small bilingual segments made up for these tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from tradefacts.cli import app
from tradefacts.readers import read_items

pytest.importorskip(
    "translate.storage", reason="translate-toolkit is the cat extra (and a dev dependency)"
)

runner = CliRunner()

# (unit id, original, translation): a magnitude, a value, a clean pair and an omission.
SEGMENTS = [
    ("s1", "今年出口１２亿美元。", "Exports this year were $12 billion."),
    ("s2", "玉米出口２５万吨。", "Corn exports were 260,000 tons."),
    ("s3", "增长１１．６％。", "Up 11.6%."),
    ("s4", "共有3000多种商品出口。", "Many goods were exported."),
]


def _xliff12(segments: list[tuple[str, str, str]]) -> str:
    units = "".join(
        f'      <trans-unit id="{i}">\n        <source>{escape(zh)}</source>\n'
        f"        <target>{escape(en)}</target>\n      </trans-unit>\n"
        for i, zh, en in segments
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '  <file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext">\n'
        f"    <body>\n{units}    </body>\n  </file>\n</xliff>\n"
    )


def _xliff20(segments: list[tuple[str, str, str]]) -> str:
    units = "".join(
        f'    <unit id="{i}">\n      <segment>\n        <source>{escape(zh)}</source>\n'
        f"        <target>{escape(en)}</target>\n      </segment>\n    </unit>\n"
        for i, zh, en in segments
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh" trgLang="en">\n'
        f'  <file id="f1">\n{units}  </file>\n</xliff>\n'
    )


def _tmx(segments: list[tuple[str, str, str]]) -> str:
    # The English variant first in every other unit: variants are picked by language, not order.
    units = "".join(
        f'    <tu tuid="{i}">\n'
        + (
            f'      <tuv xml:lang="zh-CN"><seg>{escape(zh)}</seg></tuv>\n      <tuv xml:lang="en-US"><seg>{escape(en)}</seg></tuv>\n'
            if n % 2 == 0
            else f'      <tuv xml:lang="en-US"><seg>{escape(en)}</seg></tuv>\n      <tuv xml:lang="zh-CN"><seg>{escape(zh)}</seg></tuv>\n'
        )
        + "    </tu>\n"
        for n, (i, zh, en) in enumerate(segments)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        '  <header creationtool="tests" creationtoolversion="1" segtype="sentence" o-tmf="none"'
        ' adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n'
        f"  <body>\n{units}  </body>\n</tmx>\n"
    )


def _po(segments: list[tuple[str, str, str]]) -> str:
    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    return head + "".join(
        f'msgctxt "{i}"\nmsgid "{zh}"\nmsgstr "{en}"\n\n' for i, zh, en in segments
    )


WRITERS = {"a.xlf": _xliff12, "b.xliff": _xliff20, "c.tmx": _tmx, "d.po": _po}


def _findings(path: Path) -> list[tuple[str, str | None, str | None, str | None]]:
    result = runner.invoke(app, ["diff", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    return sorted(
        (
            f["type"],
            f["zh"] and f["zh"]["text"],
            f["en"] and f["en"]["text"],
            f["suggestion"],
        )
        for d in data["documents"]
        for f in d["findings"]
    )


def _write(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text(WRITERS[name](SEGMENTS), encoding="utf-8")
    return path


@pytest.fixture
def jsonl_findings(tmp_path: Path) -> list[tuple[str, str | None, str | None, str | None]]:
    path = tmp_path / "same.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": i, "zh": zh, "en": en}, ensure_ascii=False) + "\n"
            for i, zh, en in SEGMENTS
        ),
        encoding="utf-8",
    )
    return _findings(path)


def test_segments_in_jsonl_have_the_expected_findings(
    jsonl_findings: list[tuple[str, str | None, str | None, str | None]],
) -> None:
    assert [f[0] for f in jsonl_findings] == ["magnitude", "omission", "value"]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_cat_file_gives_the_findings_of_the_same_segments_in_jsonl(
    name: str, tmp_path: Path, jsonl_findings: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _findings(_write(tmp_path, name)) == jsonl_findings


def _claims(path: Path) -> list[tuple[str, int, int]]:
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    return [
        (c["text"], c["line"], c["column"]) for c in map(json.loads, result.stdout.splitlines())
    ]


def test_xliff_claims_point_at_the_unit_line_and_a_column_inside_it(tmp_path: Path) -> None:
    claims = _claims(_write(tmp_path, "a.xlf"))
    assert claims[:2] == [("１２亿美元", 5, 5), ("２５万吨", 9, 5)]


def test_po_claims_point_at_the_unit_line(tmp_path: Path) -> None:
    claims = _claims(_write(tmp_path, "d.po"))
    assert claims[:2] == [("１２亿美元", 5, 5), ("２５万吨", 9, 5)]


def test_sarif_names_the_unit_id(tmp_path: Path) -> None:
    path = _write(tmp_path, "c.tmx")
    data = json.loads(runner.invoke(app, ["diff", str(path), "--format", "sarif"]).stdout)
    location = data["runs"][0]["results"][0]["locations"][0]
    assert (
        location["logicalLocations"][-1],
        location["physicalLocation"]["region"]["startLine"],
    ) == (
        {"name": "s1", "kind": "element"},
        5,
    )


def test_github_annotation_names_the_unit_id(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.xliff")
    first = runner.invoke(app, ["diff", str(path), "--format", "github"]).stdout.splitlines()[0]
    assert ("line=5," in first, first.endswith("%0AUnit: s1")) == (True, True)  # <segment> line


def test_one_document_per_file(tmp_path: Path) -> None:
    documents = list(read_items([str(_write(tmp_path, "a.xlf"))]))
    assert [(d.id, d.zh.count("\n") + 1) for d in documents] == [("a", 4)]  # type: ignore[union-attr]


def test_directory_picks_up_translation_files(tmp_path: Path) -> None:
    for name in WRITERS:
        _write(tmp_path, name)
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    assert [d.id for d in read_items([str(tmp_path)])] == ["a", "b", "c", "d"]  # type: ignore[union-attr]


def test_file_declaring_english_as_source_is_read_the_other_way(tmp_path: Path) -> None:
    path = tmp_path / "r.xlf"
    text = _xliff12([(i, en, zh) for i, zh, en in SEGMENTS])
    path.write_text(
        text.replace(
            'source-language="zh-CN" target-language="en"',
            'source-language="en" target-language="zh-CN"',
        ),
        encoding="utf-8",
    )
    jsonl = tmp_path / "same.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({"id": i, "zh": zh, "en": en}, ensure_ascii=False) + "\n"
            for i, zh, en in SEGMENTS
        ),
        encoding="utf-8",
    )
    assert _findings(path) == _findings(jsonl)


def test_malformed_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlf"
    path.write_text("<xliff version='1.2'><file><body><trans-unit", encoding="utf-8")
    result = runner.invoke(app, ["diff", str(path), "--format", "json"])
    assert (
        result.exit_code,
        result.stderr.startswith("tradefacts: bad.xlf") or "bad.xlf:" in result.stderr,
        "Traceback" in result.stderr,
    ) == (2, True, False)


def test_missing_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "c.tmx")
    monkeypatch.setitem(sys.modules, "translate.storage", None)
    result = runner.invoke(app, ["diff", str(path), "--format", "json"])
    assert (result.exit_code, "pip install 'tradefacts[cat]'" in result.stderr) == (2, True)


def test_stdin_reads_a_cat_format_by_input(tmp_path: Path) -> None:
    text = _po(SEGMENTS)
    result = runner.invoke(
        app, ["diff", "-", "--input", "po", "--format", "json"], input=text.encode()
    )
    data = json.loads(result.stdout)
    assert sorted(f["type"] for f in data["documents"][0]["findings"]) == [
        "magnitude",
        "omission",
        "value",
    ]
