"""Redirects are followed only to the source's own hosts: a watched page that forwards to another host (an
internal address, a metadata service) is an error naming both hosts, never stored as the official page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_ledger import Ledger

from policywatch.crawler import Fetcher, FetchPolicy
from policywatch.crawler.errors import CrawlError
from policywatch.offline.replay import ReplayServer

SITE = "www.mofcom.gov.cn"
META = "169.254.169.254"


def _page(root: Path, host: str, path: str, body: str, **meta: object) -> None:
    file = root / host / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(body, encoding="utf-8")
    if meta:
        (file.parent / (file.name + ".meta.json")).write_text(json.dumps(meta), encoding="utf-8")


@pytest.fixture(name="site")
def site_fixture(tmp_path: Path) -> Iterator[ReplayServer]:
    root = tmp_path / "site"
    _page(root, META, "latest/meta-data", "iam-credentials: SECRET")
    _page(root, "evil.example", "phish.html", "<html><body>forged notice</body></html>")
    _page(root, SITE, "moved.html", "moved", status=302, headers={"Location": f"/{META}/latest/meta-data"})
    _page(root, SITE, "js.html",
          "<html><script>window.location.href='https://evil.example/phish.html'</script></html>")
    _page(root, SITE, "same.html", "moved", status=301, headers={"Location": f"/{SITE}/real.html"})
    _page(root, SITE, "real.html", "<html><body>the notice</body></html>")
    _page(root, SITE, "to-mirror.html", "moved", status=302,
          headers={"Location": "/exportcontrol.mofcom.gov.cn/a.html"})
    _page(root, "exportcontrol.mofcom.gov.cn", "a.html", "<html><body>mirror copy</body></html>")
    with ReplayServer(root) as server:
        yield server


def _fetcher(site: ReplayServer) -> Fetcher:
    return Fetcher(FetchPolicy(min_gap=0.0, retries=0), mirror=site.url)


def test_an_http_redirect_to_another_host_is_refused_naming_both(site: ReplayServer, ledger: Ledger) -> None:
    name = "HTTP redirect from a watched page to a metadata address (issue 17 item 6)"
    ledger.note(name, False, 0, 0)
    with _fetcher(site) as fetcher, pytest.raises(CrawlError) as info:
        fetcher.get(f"https://{SITE}/moved.html")
    assert SITE in str(info.value) and META in str(info.value)
    assert not any(path.startswith(f"/{META}") for _method, path, _status in site.log)  # never even asked
    ledger.note(name, True, 0, 0)


def test_a_js_redirect_to_another_host_is_refused_naming_both(site: ReplayServer, ledger: Ledger) -> None:
    name = "script redirect from a watched page to another host (issue 17 item 6)"
    ledger.note(name, False, 0, 0)
    with _fetcher(site) as fetcher, pytest.raises(CrawlError) as info:
        fetcher.get(f"https://{SITE}/js.html")
    assert SITE in str(info.value) and "evil.example" in str(info.value)
    assert not any("phish" in path for _method, path, _status in site.log)
    ledger.note(name, True, 0, 0)


def test_same_host_and_allowed_host_redirects_are_followed(site: ReplayServer) -> None:
    with _fetcher(site) as fetcher:
        assert b"the notice" in fetcher.get(f"https://{SITE}/same.html").body
        with pytest.raises(CrawlError, match="exportcontrol.mofcom.gov.cn"):
            fetcher.get(f"https://{SITE}/to-mirror.html")
        with fetcher.redirect_hosts({SITE, "exportcontrol.mofcom.gov.cn"}):
            page = fetcher.get(f"https://{SITE}/to-mirror.html")
    assert b"mirror copy" in page.body and page.final_url == "https://exportcontrol.mofcom.gov.cn/a.html"
