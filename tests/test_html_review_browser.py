"""The review page as an editor uses it, in headless Chromium: a corpus page written by the
installed command shows the documents with findings (and counts the clean ones), filters by type
and severity, sorts, brings a finding's two spans into view side by side, shows a claim's value on
hover, and draws Chinese with a CJK font. Records written for these tests.

Uses the system's Chromium (`/usr/bin/chromium`) and a CJK font, which `.ci/run` installs with apt
(`chromium`, `fonts-noto-cjk`); skipped, saying why, where they are absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium; .ci/run does)"
)

SLIP = ("库存4.2亿吨。", "Stocks stood at 4.2 billion tons.")  # magnitude, error
CLEAN = ("库存4.2亿吨。", "Stocks stood at 420 million tons.")
DROP = ("利润增长65%，库存4.2亿吨。", "Stocks stood at 420 million tons.")  # omission, warning
TWO = ("出口3亿美元，进口2亿美元。", "Exports were $3 billion and imports $2 billion.")  # 2 errors
# (id, texts): 3 documents with findings among 6
CORPUS = [
    ("c1", CLEAN),
    ("s1", SLIP),
    ("c2", CLEAN),
    ("w1", DROP),
    ("c3", CLEAN),
    ("t2", TWO),
]


def _command() -> list[str]:
    script = Path(sys.executable).with_name("tradefacts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tradefacts"]


def _write_page(folder: Path, *options: str) -> Path:
    corpus = folder / "corpus.jsonl"
    lines = [
        json.dumps({"id": i, "zh": zh, "en": en}, ensure_ascii=False) for i, (zh, en) in CORPUS
    ]
    corpus.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    page = folder / ("review-all.html" if options else "review.html")
    result = subprocess.run(
        [*_command(), "diff", corpus.name, "--format", "html", "-o", page.name, *options],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    return page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def corpus_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    page.goto(_write_page(tmp_path).as_uri())
    yield page
    page.close()


def _shown_sections(page: Any) -> list[str]:
    """The ids of the visible document sections, top to bottom as the editor sees them."""
    return page.evaluate(
        """() => [...document.querySelectorAll('section.document')]
            .filter(s => s.offsetParent !== null)
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
            .map(s => s.querySelector('h2').textContent)"""
    )


def test_corpus_page_shows_documents_with_findings(corpus_page: Any) -> None:
    assert _shown_sections(corpus_page) == [
        "corpus.jsonl [s1]",
        "corpus.jsonl [w1]",
        "corpus.jsonl [t2]",
    ]


def test_corpus_page_counts_the_clean_documents(corpus_page: Any) -> None:
    counted = corpus_page.locator(".clean-count").inner_text()
    assert counted.startswith("3 documents without findings are not shown")


def test_summary_is_shown_first(corpus_page: Any) -> None:
    top = corpus_page.evaluate(
        """() => [document.getElementById('summary'), document.querySelector('section.document')]
            .map(e => e.getBoundingClientRect().top)"""
    )
    assert top[0] < top[1]


def test_html_all_shows_clean_documents_too(browser: Any, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(_write_page(tmp_path, "--html-all").as_uri())
    shown = (_shown_sections(page), page.locator(".clean-count").count())
    page.close()
    assert shown == ([f"corpus.jsonl [{i}]" for i, _ in CORPUS], 0)


def _visible_rows(page: Any) -> list[str]:
    return page.evaluate(
        """() => [...document.querySelectorAll('tr.finding')]
            .filter(r => r.offsetParent !== null).map(r => r.dataset.type)"""
    )


# (the boxes the editor unticks, the finding rows left, the sections left)
FILTERS = [
    pytest.param(
        [],
        ["magnitude", "omission", "magnitude", "magnitude"],
        ["corpus.jsonl [s1]", "corpus.jsonl [w1]", "corpus.jsonl [t2]"],
        id="nothing-unticked",
    ),
    pytest.param(
        ["input.filter-type[value=magnitude]"],
        ["omission"],
        ["corpus.jsonl [w1]"],
        id="type-magnitude-off",
    ),
    pytest.param(
        ["input.filter-severity[value=error]"],
        ["omission"],
        ["corpus.jsonl [w1]"],
        id="severity-error-off",
    ),
    pytest.param(
        ["input.filter-severity[value=warning]"],
        ["magnitude", "magnitude", "magnitude"],
        ["corpus.jsonl [s1]", "corpus.jsonl [t2]"],
        id="severity-warning-off",
    ),
]


@pytest.mark.parametrize(("untick", "rows", "sections"), FILTERS)
def test_filters_by_type_and_severity(
    corpus_page: Any, untick: list[str], rows: list[str], sections: list[str]
) -> None:
    for selector in untick:
        corpus_page.locator(selector).uncheck()
    assert (_visible_rows(corpus_page), _shown_sections(corpus_page)) == (rows, sections)


# (sort chosen, the sections top to bottom)
SORTS = [
    pytest.param(
        "input", ["corpus.jsonl [s1]", "corpus.jsonl [w1]", "corpus.jsonl [t2]"], id="input"
    ),
    pytest.param(
        "findings", ["corpus.jsonl [t2]", "corpus.jsonl [s1]", "corpus.jsonl [w1]"], id="findings"
    ),
    pytest.param(
        "errors", ["corpus.jsonl [t2]", "corpus.jsonl [s1]", "corpus.jsonl [w1]"], id="errors"
    ),
    pytest.param(
        "path", ["corpus.jsonl [s1]", "corpus.jsonl [w1]", "corpus.jsonl [t2]"], id="path"
    ),
]


@pytest.mark.parametrize(("order", "sections"), SORTS)
def test_sort_orders_the_documents(corpus_page: Any, order: str, sections: list[str]) -> None:
    corpus_page.select_option("select.sort", order)
    assert _shown_sections(corpus_page) == sections


def test_controls_cannot_be_used_without_the_script(browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(_write_page(tmp_path).as_uri())
    shown = (page.locator("form.controls").is_visible(), len(_rows_without_script(page)))
    context.close()
    assert shown == (False, 4)


def _rows_without_script(page: Any) -> list[Any]:
    rows = page.locator("tr.finding")
    return [rows.nth(i) for i in range(rows.count()) if rows.nth(i).is_visible()]


# The seed articles are long: a finding's two spans sit far apart in their texts.
@pytest.fixture(scope="module")
def seeds_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("seeds_review")
    out = folder / "seeds.html"
    subprocess.run(
        [*_command(), "diff", str(ROOT / "seeds"), "--format", "html", "-o", str(out)],
        check=False,
        capture_output=True,
    )
    page = browser.new_page(viewport={"width": 1400, "height": 800})
    page.goto(out.as_uri())
    yield page
    page.close()


def _in_view(page: Any, span_id: str) -> bool:
    """Whether a span is on screen: inside the window and inside its side's visible box."""
    return page.evaluate(
        """(id) => {
            const span = document.getElementById(id).getBoundingClientRect();
            const side = document.getElementById(id).closest('.text').getBoundingClientRect();
            return span.top >= Math.max(0, side.top) && span.bottom <= Math.min(innerHeight, side.bottom)
                && span.left >= 0 && span.right <= innerWidth;
        }""",
        span_id,
    )


def _pairs(page: Any) -> list[int]:
    rows = page.locator("tr.finding")
    return [
        i
        for i in range(rows.count())
        if rows.nth(i).get_attribute("data-zh") and rows.nth(i).get_attribute("data-en")
    ]


def test_seed_findings_with_two_spans_exist(seeds_page: Any) -> None:
    assert len(_pairs(seeds_page)) == 5


@pytest.mark.parametrize("nth", range(5))
def test_clicking_a_finding_brings_both_spans_into_view(seeds_page: Any, nth: int) -> None:
    seeds_page.evaluate("window.scrollTo(0, 0)")
    row = seeds_page.locator("tr.finding").nth(_pairs(seeds_page)[nth])
    row.locator(".message").click()
    zh, en = row.get_attribute("data-zh"), row.get_attribute("data-en")
    assert (_in_view(seeds_page, zh), _in_view(seeds_page, en)) == (True, True)


def test_clicking_a_span_link_brings_the_other_span_too(seeds_page: Any) -> None:
    seeds_page.evaluate("window.scrollTo(0, 0)")
    row = seeds_page.locator("tr.finding").nth(_pairs(seeds_page)[-1])
    row.locator("a.span-link[data-side=en]").click()
    zh, en = row.get_attribute("data-zh"), row.get_attribute("data-en")
    shown = (
        _in_view(seeds_page, zh),
        _in_view(seeds_page, en),
        seeds_page.evaluate("location.hash"),
    )
    assert shown == (True, True, "#" + en)


def _hover_text(page: Any, selector: str) -> str:
    page.locator(selector).first.hover()
    return page.evaluate(
        "(s) => getComputedStyle(document.querySelector(s), '::after').content", selector
    )


# (claim span by its text on the seeds page, what hovering shows)
HOVERS = [
    pytest.param("6.08亿瑞士法郎", '"money: 608,000,000 CHF"', id="zh-money"),
    pytest.param("6.08 billion Swiss francs", '"money: 6,080,000,000 CHF"', id="en-money"),
    pytest.param("7年间", '"duration: 7 year"', id="zh-duration"),
]


@pytest.mark.parametrize(("text", "shown"), HOVERS)
def test_hover_shows_the_normalized_value(seeds_page: Any, text: str, shown: str) -> None:
    span_id = seeds_page.evaluate(
        """(t) => [...document.querySelectorAll('.text .claim')].find(e => e.textContent === t).id""",
        text,
    )
    assert _hover_text(seeds_page, f"[id='{span_id}']") == shown


def _cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    return bool(listed.stdout.strip())


def _fonts_of(page: Any, selector: str) -> list[str]:
    """The fonts Chromium really drew a node's text with (DevTools: CSS.getPlatformFontsForNode)."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    return [font["familyName"] for font in fonts]


@pytest.mark.skipif(not _cjk_font(), reason="no CJK font (apt-get install fonts-noto-cjk)")
def test_chinese_is_drawn_with_a_cjk_font_of_the_stack(seeds_page: Any) -> None:
    stack = seeds_page.evaluate(
        "() => getComputedStyle(document.querySelector('.text[lang=zh]')).fontFamily"
    )
    fonts = _fonts_of(seeds_page, ".text[lang=zh]")
    assert (len(fonts) > 0, all(f'"{font}"' in stack for font in fonts)) == (True, True)


@pytest.mark.skipif(not _cjk_font(), reason="no CJK font (apt-get install fonts-noto-cjk)")
def test_screenshot_draws_distinct_han_glyphs(browser: Any, tmp_path: Path) -> None:
    # Without a CJK font every Han character is the same empty box; with one, 一 and 二 differ.
    page = browser.new_page(viewport={"width": 800, "height": 400})
    page.goto(_write_page(tmp_path).as_uri())
    page.evaluate(
        """() => { for (const t of ['一', '二']) {
            const span = document.createElement('span');
            span.lang = 'zh'; span.className = 'probe'; span.textContent = t;
            span.style.fontSize = '64px';
            document.querySelector('.text[lang=zh]').prepend(span); } }"""
    )
    probes = page.locator("span.probe")
    shots = [probes.nth(i).screenshot(path=str(tmp_path / f"glyph{i}.png")) for i in range(2)]
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    page.close()
    assert (shots[0] != shots[1], (tmp_path / "review.png").stat().st_size > 1000) == (True, True)
