"""The fetcher against a real loopback server: retries, limits, challenges, conditional GET, JS redirects."""

from __future__ import annotations

from pathlib import Path

import pytest

from policywatch.crawler import Fetcher, FetchPolicy, Validators
from policywatch.crawler.errors import (
    BodyTooLargeError,
    ChallengeError,
    FetchTimeout,
    HTTPStatusError,
    TransportError,
    TruncatedBodyError,
)
from policywatch.crawler.http import parse_retry_after
from policywatch.offline.replay import Fault, ReplayServer

INDEX = "https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html"
INDEX_PATH = "/www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html"


def test_get_names_itself_and_routes_through_the_mirror(fetcher: Fetcher, replay: ReplayServer) -> None:
    page = fetcher.get(INDEX)
    assert page.status == 200 and page.url == INDEX and page.final_url == INDEX
    assert "/zcfb/blgg/gg/2025/art/" in page.text()
    assert replay.log[-1] == ("GET", INDEX_PATH, 200)
    assert replay.request_headers[-1]["user-agent"].startswith("policywatch/")
    assert fetcher.bytes_transferred >= len(page.body)


def test_5xx_is_retried_with_exponential_backoff(fetcher: Fetcher, replay: ReplayServer, sleeps: list[float]) -> None:
    replay.set_fault(INDEX_PATH, Fault("status", status=503, times=2))
    page = fetcher.get(INDEX)
    assert page.status == 200
    assert [s for _m, p, s in replay.log if p == INDEX_PATH] == [503, 503, 200]
    assert sleeps == [1.0, 2.0]  # base 1s doubled; the injected rng gives the top of the jitter range


def test_429_honours_retry_after(fetcher: Fetcher, replay: ReplayServer, sleeps: list[float]) -> None:
    replay.set_fault(INDEX_PATH, Fault("status", status=429, times=1, retry_after="7"))
    assert fetcher.get(INDEX).status == 200
    assert sleeps == [7.0]
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480.0) == 0.0


def test_5xx_for_ever_raises_with_the_url(fetcher: Fetcher, replay: ReplayServer) -> None:
    replay.set_fault(INDEX_PATH, Fault("status", status=502))
    with pytest.raises(HTTPStatusError) as err:
        fetcher.get(INDEX)
    assert err.value.status == 502 and err.value.url == INDEX
    assert len([p for _m, p, _s in replay.log if p == INDEX_PATH]) == 3  # one try and two retries


def test_reset_then_success(fetcher: Fetcher, replay: ReplayServer) -> None:
    replay.set_fault(INDEX_PATH, Fault("reset", times=1))
    assert fetcher.get(INDEX).status == 200
    replay.set_fault(INDEX_PATH, Fault("reset"))
    with pytest.raises(TransportError) as err:
        fetcher.get(INDEX)
    assert err.value.url == INDEX


def test_slow_body_times_out(replay: ReplayServer, sleeps: list[float]) -> None:
    replay.set_fault(INDEX_PATH, Fault("slow", delay=10))
    policy = FetchPolicy(timeout=0.3, retries=0, min_gap=0)
    with Fetcher(policy, mirror=replay.url, sleep=sleeps.append) as client, pytest.raises(FetchTimeout):
        client.get(INDEX)


def test_truncated_and_oversize_bodies(fetcher: Fetcher, replay: ReplayServer) -> None:
    replay.set_fault(INDEX_PATH, Fault("truncate"))
    with pytest.raises(TruncatedBodyError):
        fetcher.get(INDEX)
    replay.set_fault(INDEX_PATH, Fault("oversize", size=300_000))
    limited = Fetcher(FetchPolicy(max_bytes=100_000, min_gap=0), mirror=replay.url)
    with limited, pytest.raises(BodyTooLargeError, match="exceeds the limit of 100000"):
        limited.get(INDEX)


def test_challenges_are_recognised_not_taken_for_content(fetcher: Fetcher, replay: ReplayServer) -> None:
    with pytest.raises(ChallengeError) as err:
        fetcher.get("http://www.customs.gov.cn/customs/302249/2480148/index.html")
    assert err.value.status == 412 and err.value.body and b"<script" in err.value.body
    replay.set_fault(INDEX_PATH, Fault("captcha"))
    with pytest.raises(ChallengeError, match="captcha"):
        fetcher.get(INDEX)


def test_conditional_get_answers_304(fetcher: Fetcher) -> None:
    first = fetcher.get(INDEX)
    assert first.validators.etag
    again = fetcher.get(INDEX, validators=first.validators)
    assert again.not_modified and again.body == b""
    by_date = fetcher.get(INDEX, validators=Validators(last_modified=first.validators.last_modified))
    assert by_date.not_modified


def test_js_redirects_are_followed(fetcher: Fetcher, site: Path) -> None:
    folder = site / "www.mofcom.gov.cn" / "xwfb"
    (folder / "jump1.html").write_text("<script>window.location.href='/xwfb/jump2.html';</script>", encoding="utf-8")
    (folder / "jump2.html").write_text(
        '<script>var _cofing1={href:"/zcfb/blgg/gg/2025/index.html",type:"1"};</script>', encoding="utf-8"
    )
    page = fetcher.get("https://www.mofcom.gov.cn/xwfb/jump1.html")
    assert page.final_url == INDEX
    assert page.hops == ["https://www.mofcom.gov.cn/xwfb/jump1.html", "https://www.mofcom.gov.cn/xwfb/jump2.html"]
    assert "txtList_01" in page.text()


def test_per_host_gap_waits_on_the_injected_clock(replay: ReplayServer) -> None:
    now = [100.0]
    waits: list[float] = []
    with Fetcher(FetchPolicy(min_gap=2.0), mirror=replay.url, sleep=waits.append, clock=lambda: now[0]) as client:
        client.get(INDEX)
        now[0] += 0.5
        client.get(INDEX)
        client.get("https://aqygzj.mofcom.gov.cn/")  # another host: no wait for its robots.txt
    # Each host's robots.txt is read first, and takes its turn like any request: the page after it waits 2 s.
    assert waits == [2.0, 1.5, 2.0]


def test_gb18030_body_is_decoded(fetcher: Fetcher, replay: ReplayServer) -> None:
    replay.set_fault(INDEX_PATH, Fault("gb18030", declare_charset=False))
    page = fetcher.get(INDEX)
    assert page.body.decode("gb18030") == page.text()
    assert "商务部" in page.text()


def test_a_mirror_is_never_left(fetcher: Fetcher, site: Path) -> None:
    page = site / "www.mofcom.gov.cn" / "away.html"
    page.write_text("moved", encoding="utf-8")
    page.with_name("away.html.meta.json").write_text(
        '{"status": 301, "headers": {"Location": "https://www.mofcom.gov.cn/"}}', encoding="utf-8"
    )
    with pytest.raises(TransportError, match="refusing to leave the mirror"):
        fetcher.get("https://www.mofcom.gov.cn/away.html")


def test_304_without_validators_is_an_error(fetcher: Fetcher, replay: ReplayServer) -> None:
    replay.set_fault(INDEX_PATH, Fault("not_modified"))
    with pytest.raises(HTTPStatusError, match="without validators") as caught:
        fetcher.get(INDEX)
    assert caught.value.status == 304 and caught.value.url == INDEX
