"""HTML page (without a browser): self-contained, escaped, every finding linked to its spans.

tests/test_html_browser.py opens the same page in headless Chromium.
"""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

from tradefacts.model import Report
from tradefacts.pipeline import check_document
from tradefacts.readers import read_jsonl_lines
from tradefacts.render.html import render_diff_html

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
    assert ("&lt;script&gt;alert(&#34;en&#34;)" in page, "<script>" in page) == (True, False)


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
