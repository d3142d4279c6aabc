"""The workspace in a real browser (Debian's Chromium driven by Playwright; nothing downloaded)."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from web_world import PASSWORD, Clock, build

from policywatch.settings import packaged_config
from policywatch.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
expect = playwright_api.expect
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    engine = build(tmp_path_factory.mktemp("browser") / "web.db")
    app = create_app(engine, config_dir=packaged_config(), clock=Clock())
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)  # listening before the thread starts: the browser's first request simply queues
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


def log_in(browser, server: str, name: str):  # noqa: ANN201
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(f"{server}/")
    return page


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screenshots go: POLICYWATCH_SCREENSHOTS to keep them, else the test's own folder (never the tree)."""
    kept = os.environ.get("POLICYWATCH_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_reviewer_confirms_a_hit_and_admin_sees_it_in_the_audit(server: str, browser, shots: Path) -> None:
    page = log_in(browser, server, "rita")
    page.screenshot(path=str(shots / "home.png"), full_page=True)
    page.click("nav >> text=Hits")
    link = page.locator("table.hits tr", has_text="SKYDIO, INC").locator("a").first
    link.click()
    assert "Why it matched" in page.inner_text("dl.facts")
    assert page.inner_text("dd.why").strip() not in ("", "no explanation recorded")
    page.fill("textarea[name=note]", "same company: address and registry number checked")
    page.screenshot(path=str(shots / "hit.png"), full_page=True)
    # The form posts and redirects back to the hit: wait for that page, not for the one being left.
    with page.expect_navigation():
        page.click("button[value=confirm]")
    history = page.locator("table.history")
    expect(history).to_contain_text("rita")
    expect(history).to_contain_text("same company: address and registry number checked")
    expect(page.locator("dl.facts")).to_contain_text("confirmed")
    page.close()

    viewer = log_in(browser, server, "vera")
    viewer.goto(f"{server}/hits?status=all")
    viewer.locator("table.hits a").first.click()
    assert viewer.locator("form.review").count() == 0  # a viewer gets no review form
    assert viewer.goto(f"{server}/audit").status == 403
    viewer.close()

    admin = log_in(browser, server, "ada")
    admin.goto(f"{server}/audit")
    row = admin.locator("table.audit tr", has_text="review").first
    assert "rita" in row.inner_text() and "127.0.0.1" in row.inner_text()
    admin.close()


def test_notice_shows_facts_beside_evidence_and_hostile_names_stay_text(server: str, browser, shots: Path) -> None:
    page = log_in(browser, server, "ada")
    page.goto(f"{server}/notices/UEL-2025-7")
    parsed, evidence = page.locator("section.parsed"), page.locator("section.evidence")
    assert parsed.bounding_box()["x"] < evidence.bounding_box()["x"]  # side by side
    assert "斯凯迪奥公司" in parsed.inner_text() and "斯凯迪奥公司" in evidence.inner_text()
    assert len(page.inner_text("code.sha")) == 64
    page.screenshot(path=str(shots / "notice.png"), full_page=True)
    for path in ["/", "/hits?status=all", "/hits/2", "/notices", "/notices/UEL-2025-7", "/lists", "/entities/2",
                 "/counterparties", "/audit"]:
        page.goto(f"{server}{path}")
        assert page.evaluate("window.__pwned === undefined"), path
        assert page.locator("img[src=x]").count() == 0, path
    page.goto(f"{server}/lists")
    assert "<img src=x onerror=" in page.inner_text("main")  # shown, as text
    page.close()
