"""The web page in a real browser: headless Chromium driven by Playwright.

Skips (with the reason) when the ``playwright`` package or ``/usr/bin/chromium`` is
missing; CI installs both (Debian's ``chromium`` package: never ``playwright install``).
The tests start the server themselves on 127.0.0.1 and keep screenshots in
``tests/artifacts/`` (or ``$COPYDESK_TEST_ARTIFACTS``).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from test_web_support import REWRITE, ROOT, WIRE, LiveServer

from copydesk.web.app import WebOptions

CHROMIUM = os.environ.get("COPYDESK_CHROMIUM", "/usr/bin/chromium")
if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("COPYDESK_TEST_ARTIFACTS", ROOT / "tests" / "artifacts"))
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}

#: Each sets window.__pwned if it ever runs.
XSS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    '<a href="javascript:window.__pwned = 3">click me</a>',
    '"><svg onload="window.__pwned = 4">',
]


@pytest.fixture(scope="module")
def server():
    with LiveServer(WebOptions(workers=2)) as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    pg = ctx.new_page()
    pg.problems = []  # dialogs and CSP violations seen
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on(
        "console",
        lambda m: pg.problems.append(m.text) if "Content Security Policy" in m.text else None,
    )
    yield pg
    ctx.close()


def shot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    return path


def _submit_pair(pg, server, a: str, b: str) -> None:
    pg.goto(server.url + "/")
    pg.fill("#a_text", a)
    pg.fill("#b_text", b)
    with pg.expect_navigation():
        pg.click("button:has-text('Compare')")


def test_compare_flow_desktop(page, server):
    _submit_pair(page, server, WIRE, REWRITE)
    assert "/report/" in page.url
    # verdict first, above the fold
    verdict = page.locator("section.verdict")
    assert verdict.is_visible()
    assert verdict.bounding_box()["y"] < DESKTOP["height"]
    assert page.locator(".rel").first.inner_text().lower() in ("rewrite", "copy", "excerpt")
    # side by side: the two columns of a pair sit next to each other
    row = page.locator(".row.k-paraphrase, .row.k-verbatim, .row.k-partial").first
    left, right = row.locator(".side").nth(0), row.locator(".side").nth(1)
    lb, rb = left.bounding_box(), right.bounding_box()
    assert rb["x"] > lb["x"] + lb["width"] - 1 and abs(rb["y"] - lb["y"]) < 5
    # hover one side: the pair is highlighted (both partners live in the row)
    before = row.evaluate("e => getComputedStyle(e).boxShadow")
    right.hover()
    after = row.evaluate("e => getComputedStyle(e).boxShadow")
    assert before != after and after != "none"
    # click a partner link: the browser jumps to it and :target marks it
    link = row.locator("a[href^='#d-']").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"{target}:target").count() == 1
    assert page.locator(".row.k-omission, .row.k-addition").count() >= 1
    assert page.problems == []
    shot(page, "report-desktop")


def test_downloads(page, server):
    _submit_pair(page, server, WIRE, REWRITE)
    with page.expect_download() as dl:
        page.click("text=Download JSON")
    data = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert data["schema"] == "copydesk.compare"
    with page.expect_download() as dl:
        page.click("text=Download HTML report")
    html_path = Path(dl.value.path())
    html = html_path.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    # the downloaded report opens from disk, with no server, and renders the same
    standalone = ARTIFACTS / "report-standalone.html"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    standalone.write_text(html, encoding="utf-8")
    page.goto(standalone.as_uri())
    assert page.locator("section.verdict").is_visible()
    assert page.locator(".row").count() >= 5
    assert page.problems == []  # its own CSP allows its own stylesheet
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.verdict')).borderRadius") == "8px"
    )
    shot(page, "report-standalone")


def test_phone_width(browser, server):
    ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    pg = ctx.new_page()
    pg.goto(server.url + "/")
    assert pg.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(pg, "form-phone")
    pg.fill("#a_text", WIRE)
    pg.fill("#b_text", REWRITE)
    with pg.expect_navigation():
        pg.tap("button:has-text('Compare')")
    # no sideways scrolling; the two sides of a pair stack
    assert pg.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    row = pg.locator(".row.k-paraphrase, .row.k-verbatim, .row.k-partial").first
    lb = row.locator(".side").nth(0).bounding_box()
    rb = row.locator(".side").nth(1).bounding_box()
    assert rb["y"] >= lb["y"] + lb["height"] - 1
    assert row.locator(".lab").first.is_visible()  # "source" / "derivative" labels shown
    shot(pg, "report-phone")
    ctx.close()


def test_keyboard_only(page, server):
    page.goto(server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the form"
    focused = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.name"))
        if focused[-1] == "a_text":
            break
    assert "a_text" in focused
    page.keyboard.type("The council voted on Tuesday to double the flood budget.")
    page.keyboard.press("Tab")  # a_file
    page.keyboard.press("Tab")  # b_text
    assert page.evaluate("document.activeElement.id") == "b_text"
    page.keyboard.type("The council voted on Tuesday to triple the flood budget.")
    # on to the submit button, then Enter
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "BUTTON":
            break
    assert page.evaluate("document.activeElement.textContent") == "Compare"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/report/" in page.url
    # the report's links are reachable by keyboard and their focus shows
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "A"
    assert page.problems == []


@pytest.mark.parametrize("payload", XSS)
def test_hostile_input_never_runs(page, server, payload):
    a = f"{WIRE}\n\nMayor Varga added: {payload} and left."
    b = f"{REWRITE}\n\nMayor Varga added: {payload} and left."
    _submit_pair(page, server, a, b)
    assert "/report/" in page.url
    assert page.evaluate("window.__pwned") is None
    body = page.inner_text("main")
    assert payload in body or payload.replace('"', "") in body or "window.__pwned" in body
    # no element from the input made it into the DOM
    assert page.locator("main script, main img, main svg, main iframe").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    for link in page.locator("a").all():
        anchor = link.get_attribute("href") or ""
        if anchor.startswith("#d-") or anchor.startswith("#s-"):
            link.click()
            break
    assert page.evaluate("window.__pwned") is None
    assert not [p for p in page.problems if p.startswith("dialog")]


def test_errors_are_announced(page, server):
    page.goto(server.url + "/")
    page.fill("#b_text", "Only one article.")
    with page.expect_navigation():
        page.click("button:has-text('Compare')")
    alert = page.get_by_role("alert")
    assert alert.is_visible() and "Article A" in alert.inner_text()
    assert page.input_value("#b_text") == "Only one article."
    shot(page, "form-error")
