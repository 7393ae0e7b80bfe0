"""HTML page (without a browser): self-contained, escaped, every finding linked to its spans.

tests/test_html_browser.py opens the same page in headless Chromium.
"""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from tradefacts.model import Approx, Claim, DocumentReport, Kind, Lang, Report
from tradefacts.pipeline import check_document
from tradefacts.readers import read_jsonl_lines
from tradefacts.render.html import HtmlPage, normalized, render_diff_html

# Markup in every field an article controls; no digits in it, so its claims are the plain pair's.
HOSTILE = {
    "id": "x\"'><script>alert(document.domain)</script>",
    "zh": "出口１２亿美元，增长１１．６％。</td><script>alert('zh')</script>",
    "en": 'Exports were $12 billion. </td></tr></table><script>alert("en")</script><img src=x onerror=alert(document.cookie)>',
}
PLAIN = {"id": "p", "zh": "出口１２亿美元，增长１１．６％。", "en": "Exports were $12 billion."}


def _page(*records: dict[str, str]) -> str:
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    documents = [d for d in read_jsonl_lines(lines, "c.jsonl") if not isinstance(d, Exception)]
    out = io.StringIO()
    render_diff_html(Report(documents=tuple(check_document(d) for d in documents)), out)
    return out.getvalue()


class _Elements(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    return parser.tags


def test_hostile_article_adds_no_element() -> None:
    assert [t for t, _ in _tags(_page(HOSTILE))] == [t for t, _ in _tags(_page(PLAIN))]


def test_hostile_article_text_is_escaped() -> None:
    page = _page(HOSTILE)
    assert ("&lt;script&gt;alert(&#34;en&#34;)" in page, page.count("<script")) == (True, 1)


def test_the_one_script_is_the_page_own() -> None:
    scripts = [
        re.findall(r"<script>.*?</script>", p, re.DOTALL) for p in (_page(HOSTILE), _page(PLAIN))
    ]
    assert (len(scripts[0]), scripts[0] == scripts[1], "alert" in scripts[0][0]) == (1, True, False)


def test_page_loads_nothing_from_the_network() -> None:
    page = _page(PLAIN)
    assert re.findall(r"(?:src|href)=\"(?!#)[^\"]*\"", page) == []


def test_every_finding_links_to_existing_spans() -> None:
    tags = _tags(_page(PLAIN))
    ids = {a["id"] for _, a in tags if a.get("id")}
    targets = {a["href"][1:] for t, a in tags if t == "a" and "span-link" in (a.get("class") or "")}
    assert (len(targets) > 0, targets - ids) == (True, set())


def test_every_span_mark_links_back_to_its_finding() -> None:
    tags = _tags(_page(PLAIN))
    findings = {a["id"] for t, a in tags if t == "tr" and "finding" in (a.get("class") or "")}
    backs = {a["href"][1:] for t, a in tags if t == "a" and "mark" in (a.get("class") or "")}
    assert (len(findings), backs) == (2, findings)


def test_claims_carry_a_class_per_kind() -> None:
    kinds = {
        c
        for t, a in _tags(_page(PLAIN))
        if t == "span"
        for c in (a.get("class") or "").split()
        if c.startswith("kind-")
    }
    assert kinds == {"kind-money", "kind-percent"}


CLEAN = {"id": "c", "zh": "库存4.2亿吨。", "en": "Stocks stood at 420 million tons."}


def _reports(*records: dict[str, str]) -> list[DocumentReport]:
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    documents = [d for d in read_jsonl_lines(lines, "c.jsonl") if not isinstance(d, Exception)]
    return [check_document(d) for d in documents]


def test_clean_documents_are_counted_not_shown() -> None:
    out = io.StringIO()
    render_diff_html(Report(documents=tuple(_reports(CLEAN, PLAIN, CLEAN))), out)
    page = out.getvalue()
    shown = re.findall(r'<section class="document" id="([^"]+)"', page)
    assert (shown, "2 documents without findings are not shown" in page) == (["d2"], True)


def test_include_clean_shows_every_document() -> None:
    out = io.StringIO()
    render_diff_html(Report(documents=tuple(_reports(CLEAN, PLAIN))), out, include_clean=True)
    page = out.getvalue()
    shown = re.findall(r'<section class="document" id="([^"]+)"', page)
    assert (shown, "without findings" in page) == (["d1", "d2"], False)


def test_a_document_is_written_when_it_comes() -> None:
    out = io.StringIO()
    page = HtmlPage()
    clean, plain = _reports(CLEAN, PLAIN)
    page.write(clean, out)
    before = out.getvalue()
    page.write(plain, out)
    after = out.getvalue()
    assert ("Stocks stood" in before, "Exports were" in after, "</html>" in after) == (
        False,
        True,
        False,
    )


# (kind, value, unit, approx, high) → what hovering the claim shows; cases written for the hover
NORMALIZED = [
    pytest.param(
        ("money", "1200000000", "USD", "exact", None), "money: 1,200,000,000 USD", id="money"
    ),
    pytest.param(("percent", "11.6", "%", "about", None), "percent: about 11.6%", id="percent"),
    pytest.param(
        ("count", "2000000", None, "range", "9000000"), "count: 2,000,000 to 9,000,000", id="range"
    ),
    pytest.param(("date", "1989-08-29", None, "exact", None), "date: 1989-08-29", id="date"),
    pytest.param(("mass", "3.50", "t", "over", None), "mass: over 3.5 t", id="mass-over"),
]


@pytest.mark.parametrize(("fields", "shown"), NORMALIZED)
def test_normalized_value_for_hover(
    fields: tuple[str, str, str | None, str, str | None], shown: str
) -> None:
    kind, value, unit, approx, high = fields
    claim = Claim(
        lang=Lang.EN,
        text="x",
        start=0,
        end=1,
        line=1,
        column=1,
        kind=Kind(kind),
        value=value if kind == "date" else Decimal(value),
        unit=unit,
        approx=Approx(approx),
        high=None if high is None else Decimal(high),
    )
    assert normalized(claim) == shown
