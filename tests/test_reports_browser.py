"""The HTML reports in a real headless Chromium (Debian's ``chromium``, driven by Playwright; never downloaded)."""

from __future__ import annotations

import shutil

import pytest

from .feedback_run import XSS, XSS_AGENT

pytestmark = pytest.mark.integration
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no system chromium: `make test` installs Debian's package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


def open_page(browser, path):
    """A fresh page with the file loaded; returns it and the console errors / page errors seen."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning")
            else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors


def svg_sizes(page) -> list[tuple[float, float]]:
    return page.eval_on_selector_all("svg.chart", "els => els.map(e => [e.getBoundingClientRect().width, "
                                                  "e.getBoundingClientRect().height])")


def test_browser_every_page_loads_cleanly_with_charts(browser, feedback_run):
    pages = [feedback_run.out / "index.html", *sorted((feedback_run.out / "agents").glob("*.html"))]
    assert len(pages) == 6
    for path in pages:
        page, errors = open_page(browser, path)
        assert errors == [], (path.name, errors)
        sizes = svg_sizes(page)
        assert len(sizes) >= 3 and all(w > 0 and h > 0 for w, h in sizes), (path.name, sizes)
        assert page.locator("svg.chart rect").count() > 0
        page.close()


def test_browser_index_sorts_and_links_to_agents(browser, feedback_run, tmp_path):
    page, errors = open_page(browser, feedback_run.out / "index.html")

    def column(i: int) -> list[str]:
        return page.eval_on_selector_all("#agents tbody tr", f"rows => rows.map(r => r.cells[{i}].textContent.trim())")

    header = page.locator("#agents thead th", has_text="mean score")
    header.click()
    up = [float(x) for x in column(2)]
    assert up == sorted(up) and header.get_attribute("aria-sort") == "ascending"
    header.click()
    down = [float(x) for x in column(2)]
    assert down == sorted(down, reverse=True) and header.get_attribute("aria-sort") == "descending"
    page.locator("#agents thead th", has_text="agent").first.click()
    assert column(0) == sorted(column(0))
    cells = page.locator("svg.heatmap rect.cell").count()
    assert cells > 0 and cells % 5 == 0  # agents × items
    shots = tmp_path / "out" / "screenshots"
    shots.mkdir(parents=True)
    page.screenshot(path=str(shots / "index.png"), full_page=True)
    page.locator("#agents a", has_text="agent-leak").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/agents/agent-leak.html") and "QA feedback" in page.title()
    page.screenshot(path=str(shots / "agent.png"), full_page=True)
    assert errors == []
    assert all((shots / n).stat().st_size > 10_000 for n in ("index.png", "agent.png"))


def test_browser_agent_page_sorts_interactions(browser, feedback_run):
    page, errors = open_page(browser, feedback_run.out / "agents" / "agent-leak.html")
    assert page.locator("#strengths li").count() >= 2 and page.locator("#development li").count() >= 1
    assert page.locator("#development .tip").count() >= 1
    header = page.locator("#items thead th", has_text="pass rate")
    header.click()
    keys = page.eval_on_selector_all("#items tbody tr", "rows => rows.map(r => r.cells[1].dataset.sort)")
    numbers = [float(k) for k in keys if k != ""]
    assert numbers == sorted(numbers) and keys[len(numbers):] == [""] * (len(keys) - len(numbers))
    assert errors == []


def test_browser_injected_html_is_shown_as_text_never_run(browser, feedback_run):
    from pipeline.feedback.aggregate import file_id

    for path in (feedback_run.out / "agents" / f"{file_id(XSS_AGENT)}.html", feedback_run.out / "index.html"):
        page, errors = open_page(browser, path)
        assert page.evaluate("typeof window.__ccqa_xss") == "undefined"
        assert page.locator("img").count() == 0
        text = page.inner_text("body")
        assert XSS_AGENT in text  # the agent id itself held markup
        if path.name != "index.html":
            assert XSS[0] in text and XSS[1] in text
        assert errors == []
