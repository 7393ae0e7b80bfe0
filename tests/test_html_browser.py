"""The HTML page in a real browser: headless Chromium through Playwright.

Uses the system's Chromium (`/usr/bin/chromium`, which `.ci/run` installs with apt); Playwright never
downloads a browser here. Skipped, saying why, where that binary is absent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tradefacts.cli import app

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium; .ci/run does)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _write_page(tmp_path: Path, *args: str) -> Path:
    result = CliRunner().invoke(app, ["diff", *args, "--format", "html"])
    assert result.exit_code in (0, 1), result.stderr
    page = tmp_path / "report.html"
    page.write_text(result.stdout, encoding="utf-8")
    return page


def _seed_findings() -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["diff", str(SEEDS), "--format", "json"])
    data = json.loads(result.stdout)
    return [f for d in data["documents"] for f in d["findings"]]


@pytest.fixture(scope="module")
def seeds_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("seeds_page")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(_write_page(folder, str(SEEDS)).as_uri())
    page.screenshot(path=str(folder / "seeds.png"), full_page=True)
    page.requests = requests
    yield page
    page.close()


def test_every_finding_of_diff_is_listed_and_visible(seeds_page: Any) -> None:
    rows = seeds_page.locator("tr.finding")
    visible = [rows.nth(i).is_visible() for i in range(rows.count())]
    assert (len(visible), all(visible)) == (len(_seed_findings()), True)


def test_findings_show_their_type_message_and_suggestion(seeds_page: Any) -> None:
    rows = seeds_page.locator("tr.finding")
    shown = [
        (
            rows.nth(i).get_attribute("data-type"),
            rows.nth(i).locator(".message").inner_text(),
            rows.nth(i).locator(".suggestion").all_inner_texts(),
        )
        for i in range(rows.count())
    ]
    expected = [
        (f["type"], f["message"], [f["suggestion"]] if f["suggestion"] else [])
        for f in _seed_findings()
    ]
    assert shown == expected


def _linked_spans(page: Any) -> list[tuple[str, str, bool]]:
    """(side, span text, span visible) for every span link of every finding row."""
    links = page.locator("tr.finding a.span-link")
    found = []
    for i in range(links.count()):
        link = links.nth(i)
        target = page.locator(link.get_attribute("href"))
        side = target.locator("xpath=ancestor::div[@lang][1]").get_attribute("lang")
        found.append(
            (link.get_attribute("data-side"), side, target.inner_text() == link.inner_text())
        )
    return found


def test_every_finding_links_to_its_spans_on_the_right_side(seeds_page: Any) -> None:
    findings = _seed_findings()
    expected_links = sum((f["zh"] is not None) + (f["en"] is not None) for f in findings)
    links = _linked_spans(seeds_page)
    assert (len(links), {(a == b and same) for a, b, same in links}) == (expected_links, {True})


def test_following_a_link_shows_the_span(seeds_page: Any) -> None:
    link = seeds_page.locator("tr.finding a.span-link").last
    href = link.get_attribute("href")
    link.click()
    assert (seeds_page.evaluate("location.hash"), seeds_page.locator(href).is_visible()) == (
        href,
        True,
    )


def test_every_marked_span_links_back_to_a_finding_row(seeds_page: Any) -> None:
    marks = seeds_page.locator(".text a.mark")
    rows = {
        seeds_page.locator("tr.finding").nth(i).get_attribute("id")
        for i in range(seeds_page.locator("tr.finding").count())
    }
    backs = {marks.nth(i).get_attribute("href")[1:] for i in range(marks.count())}
    assert backs == rows


def test_claims_are_highlighted_by_kind(seeds_page: Any) -> None:
    colours = seeds_page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('.text .claim')].map(
            e => [e.className.split(' ').find(c => c.startsWith('kind-')),
                  getComputedStyle(e).backgroundColor]))"""
    )
    assert ("kind-money" in colours, "rgba(0, 0, 0, 0)" in colours.values()) == (True, False)


def test_page_makes_no_network_request(seeds_page: Any) -> None:
    assert [u for u in seeds_page.requests if not u.startswith("file:")] == []


def test_hostile_article_renders_as_text(browser: Any, tmp_path: Path) -> None:
    record = {
        "id": "evil<script>window.pwned=1</script>",
        "zh": "出口１２亿美元。</td><script>window.pwned=1</script>",
        "en": "Exports were $12 billion.</td></tr></table><script>window.pwned=1</script>"
        '<img src=x onerror="window.pwned=1"> "quoted" \'single\'',
    }
    corpus = tmp_path / "evil.jsonl"
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(_write_page(tmp_path, str(corpus)).as_uri())
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    seen = (
        page.evaluate("document.scripts.length"),
        page.evaluate("document.images.length"),
        page.evaluate("window.pwned === undefined"),
        "<script>window.pwned=1</script>" in page.locator(".text[lang=en]").inner_text(),
        dialogs,
    )
    page.close()
    assert seen == (1, 0, True, True, [])  # the one script is the page's own


def test_screenshot_is_saved(seeds_page: Any, tmp_path: Path) -> None:
    path = tmp_path / "seeds.png"
    seeds_page.screenshot(path=str(path))
    assert path.stat().st_size > 1000
