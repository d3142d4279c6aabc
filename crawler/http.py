"""Polite HTTP for the watched sites: one client, explicit limits, retries, evidence-friendly pages.

Every request names itself (User-Agent), waits its turn per host, gives up after a timeout, retries what
is worth retrying (resets, timeouts, 5xx, 429 with ``Retry-After``) with exponential backoff and jitter,
stops reading at ``max_bytes``, asks conditionally (ETag / If-Modified-Since) when it knows a validator,
follows the JS redirect pages mofcom uses, and recognises anti-bot challenges instead of taking them for
content. ``sleep``, ``clock`` and ``rng`` are injectable so tests never really wait.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from policywatch.crawler.errors import (
    BodyTooLargeError,
    ChallengeError,
    CrawlError,
    DisallowedByRobots,
    FetchTimeout,
    HTTPStatusError,
    RedirectRefused,
    TransportError,
    TruncatedBodyError,
)
from policywatch.parsers import decode_body
from policywatch.parsers.errors import ParseError
from policywatch.parsers.pages import script_redirect

log = logging.getLogger(__name__)
DEFAULT_USER_AGENT = "policywatch/0.1 (export-control notice monitor; polite crawler; contact: see README)"
CAPTCHA_WORDS = ("验证码", "安全验证", "访问过于频繁")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A JS redirect page is a stub; a real article that happens to mention location.href is much larger.
_JS_REDIRECT_MAX = 4096


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how patiently to fetch; the defaults suit the real sites."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    retries: int = 3
    backoff_base: float = 2.0
    backoff_max: float = 120.0
    min_gap: float = 2.0
    max_bytes: int = 8 * 1024 * 1024
    max_js_redirects: int = 3


def is_loopback(url: str) -> bool:
    return (urlsplit(url).hostname or "") in {"127.0.0.1", "localhost", "::1"}


def policy_for(mirror: str | None, policy: FetchPolicy | None = None) -> FetchPolicy | None:
    """The policy to fetch with: the one given, else none of the politeness gap for a local replay copy (nobody
    to be polite to), else None (the defaults, which suit the real sites)."""
    if policy is None and mirror and is_loopback(mirror):
        return FetchPolicy(min_gap=0.0)
    return policy


@dataclass(frozen=True)
class Validators:
    """What a server said it would recognise next time (conditional GET)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass
class Page:
    """One answer: ``url`` is the canonical address asked for, ``final_url`` the one that answered."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    wire_bytes: int = 0
    hops: list[str] = field(default_factory=list)
    snapshot_id: int | None = None  # set once the page is kept as evidence

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def validators(self) -> Validators:
        return Validators(self.headers.get("etag"), self.headers.get("last-modified"))

    def text(self) -> str:
        return decode(self.body, self.content_type)


def decode(body: bytes, content_type: str | None = None) -> str:
    """The parsers' decoding (declared charset, else UTF-8, else GB18030); undecodable bytes are dropped."""
    try:
        return decode_body(body, content_type)
    except ParseError:
        return body.decode("utf-8", errors="ignore")


def challenge_reason(status: int, body: bytes) -> str | None:
    """Why this answer is an anti-bot challenge, or None when it is not one."""
    if status == 412:
        return "HTTP 412 with a JS cookie page (anti-bot challenge)"
    if not body:
        return None
    text = decode(body)
    for word in CAPTCHA_WORDS:
        if word in text:
            return f"captcha page (contains {word!r})"
    return None


def js_redirect_target(body: bytes) -> str | None:
    if len(body) > _JS_REDIRECT_MAX:
        return None
    return script_redirect(decode(body))


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


class Fetcher:
    """The crawler's one HTTP client; ``mirror`` routes ``https://host/path`` to ``<mirror>/host/path``."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        mirror: str | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.mirror = mirror.rstrip("/") if mirror else None
        self._sleep = sleep
        self._clock = clock
        self._rng = rng
        self._last_request: dict[str, float] = {}
        # Each host's robots.txt rules, read once per Fetcher (one crawl run); None: everything is allowed.
        self._robots: dict[str, RobotFileParser | None] = {}
        # Hosts a redirect may lead to besides the one that answered (the crawled source's own hosts).
        self._redirect_hosts: frozenset[str] = frozenset()
        self.bytes_transferred = 0
        self.requests = 0
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Language": "zh-CN,zh;q=0.9"},
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=True,
            transport=transport,
            event_hooks={"request": [self._stay_on_mirror] if self.mirror else [],
                         "response": [self._refuse_foreign_redirect]},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _stay_on_mirror(self, request: httpx.Request) -> None:
        # A redirect out of a recorded copy must never reach the live site (tests and demos stay offline).
        mirror = httpx.URL(self.mirror or "")
        if (request.url.host, request.url.port) != (mirror.host, mirror.port):
            raise httpx.ConnectError(f"refusing to leave the mirror {self.mirror} for {request.url}", request=request)

    @contextlib.contextmanager
    def redirect_hosts(self, hosts: Iterable[str]) -> Iterator[None]:
        """While crawling one source: redirects may also lead to these hosts (its declared URLs' and its
        ``allowed_hosts``)."""
        previous, self._redirect_hosts = self._redirect_hosts, frozenset(h.lower() for h in hosts)
        try:
            yield
        finally:
            self._redirect_hosts = previous

    def site_host(self, url: httpx.URL | str) -> str:
        """The site a URL belongs to: its host, or under a mirror the host folder it is a copy of."""
        parsed = httpx.URL(str(url))
        if self.mirror and str(parsed).startswith(self.mirror + "/"):
            return str(parsed)[len(self.mirror) + 1 :].split("/", 1)[0].split(":", 1)[0].lower()
        return (parsed.host or "").lower()

    def check_redirect(self, from_url: httpx.URL | str, to_url: httpx.URL | str, *, asked: str) -> None:
        """Raise ``RedirectRefused`` unless ``to_url`` stays on the answering host or the source's hosts."""
        here, there = self.site_host(from_url), self.site_host(to_url)
        if there == here or there in self._redirect_hosts:
            return
        raise RedirectRefused(f"redirect from {here} to {there} refused: not one of the source's hosts "
                              f"({', '.join(sorted(self._redirect_hosts | {here}))}); add it to the source's "
                              "allowed_hosts if it is the ministry's own", url=asked)

    def _refuse_foreign_redirect(self, response: httpx.Response) -> None:
        if response.has_redirect_location:
            target = response.request.url.join(response.headers["location"])
            self.check_redirect(response.request.url, target, asked=str(response.request.url))

    def route(self, url: str) -> str:
        """The address actually asked: the canonical URL, or its copy under the mirror."""
        if not self.mirror:
            return url
        parts = urlsplit(url)
        routed = f"{self.mirror}/{parts.netloc}{parts.path or '/'}"
        return f"{routed}?{parts.query}" if parts.query else routed

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        validators: Validators | None = None,
    ) -> Page:
        extra = dict(headers or {})
        if validators:
            extra.update(validators.headers())
        return self._fetch("GET", url, params=params, headers=extra)

    def post(self, url: str, *, data: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> Page:
        return self._fetch("POST", url, data=data, headers=dict(headers or {}))

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets our User-Agent fetch ``url`` (read once per host, through the same
        client, mirror and per-host gap as every request). No robots.txt (a 4xx, as on a loopback mirror
        without one) allows everything; one that cannot be read (5xx, reset, challenge) does not stop the crawl
        either: the page's own fetch then reports the site's trouble."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site + "/robots.txt")
        rules = self._robots[site]
        return rules is None or rules.can_fetch(self.policy.user_agent, url)

    def _read_robots(self, robots_url: str) -> RobotFileParser | None:
        try:
            page = self._with_retries("GET", robots_url, headers={})
        except CrawlError as exc:
            if not (isinstance(exc, HTTPStatusError) and 400 <= exc.status < 500):
                log.info("%s could not be read (%s); crawling as if it allowed everything", robots_url, exc.message)
            return None
        rules = RobotFileParser(robots_url)
        rules.parse(decode(page.body, page.content_type).splitlines())
        return rules

    def _fetch(self, method: str, url: str, **kwargs: Any) -> Page:
        hops: list[str] = []
        current = url
        for _ in range(self.policy.max_js_redirects + 1):
            if not self.allowed(current):
                log.warning("skipped %s: the site's robots.txt disallows it", current)
                raise DisallowedByRobots("the site's robots.txt disallows it: skipped, not fetched", url=current)
            page = self._with_retries(method, current, **kwargs)
            if page.status == 304 and not _asked_conditionally(kwargs.get("headers")):
                # Nothing to compare with: taking it as "unchanged" would hide every notice behind a broken proxy.
                raise HTTPStatusError("HTTP 304 to a request without validators (no earlier copy to reuse); "
                                      "a proxy or the site is misbehaving", url=url, status=304)
            page.url = url
            page.hops = hops
            target = js_redirect_target(page.body) if page.status == 200 and method == "GET" else None
            if not target:
                return page
            hops.append(current)
            self.check_redirect(current, urljoin(current, target), asked=url)
            current = urljoin(current, target)
            method, kwargs = "GET", {"headers": {}}
        raise CrawlError(f"more than {self.policy.max_js_redirects} JS redirects", url=url)

    def _with_retries(self, method: str, url: str, **kwargs: Any) -> Page:
        policy = self.policy
        for attempt in range(policy.retries + 1):
            self._wait_turn(url)
            retry_after: float | None = None
            try:
                page = self._once(method, url, **kwargs)
            except (TransportError, TruncatedBodyError) as exc:
                failure: CrawlError = exc
            else:
                if page.status not in RETRY_STATUSES:
                    return self._check(page)
                failure = HTTPStatusError(f"HTTP {page.status}", url=url, status=page.status)
                retry_after = parse_retry_after(page.headers.get("retry-after"), now=time.time())
            if attempt == policy.retries:
                raise failure
            backoff = min(policy.backoff_max, policy.backoff_base * 2**attempt)
            # Full jitter keeps several crawlers (or several ticks) from retrying in step.
            delay = backoff * (0.5 + self._rng() / 2)
            if retry_after is not None:
                delay = max(delay, min(retry_after, policy.backoff_max))
            self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _check(self, page: Page) -> Page:
        reason = challenge_reason(page.status, page.body)
        if reason:
            raise ChallengeError(reason, url=page.final_url, status=page.status, body=page.body)
        if page.status >= 400:
            raise HTTPStatusError(f"HTTP {page.status}", url=page.final_url, status=page.status)
        return page

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = self.policy.min_gap - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _once(self, method: str, url: str, **kwargs: Any) -> Page:
        routed = self.route(url)
        limit = self.policy.max_bytes
        self.requests += 1
        try:
            with self._client.stream(method, routed, **kwargs) as response:
                head = _head_size(response)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    self.bytes_transferred += head
                    raise BodyTooLargeError(f"body of {declared} bytes exceeds the limit of {limit}", url=url)
                chunks: list[bytes] = []
                size = 0
                try:
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > limit:
                            raise BodyTooLargeError(f"body exceeds the limit of {limit} bytes", url=url)
                        chunks.append(chunk)
                except httpx.RemoteProtocolError as exc:
                    raise TruncatedBodyError(f"body cut off after {size} bytes ({exc})", url=url) from exc
                except httpx.TimeoutException as exc:
                    raise FetchTimeout(f"body not received within {self.policy.timeout}s", url=url) from exc
                except httpx.TransportError as exc:
                    raise TruncatedBodyError(f"connection lost after {size} bytes ({exc})", url=url) from exc
                finally:
                    self.bytes_transferred += head + response.num_bytes_downloaded
                final = _canonical(url, routed, str(response.url), self.mirror)
                return Page(
                    url=url,
                    final_url=final,
                    status=response.status_code,
                    headers={k.lower(): v for k, v in response.headers.items()},
                    body=b"".join(chunks),
                    wire_bytes=head + response.num_bytes_downloaded,
                )
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"no answer within {self.policy.timeout}s", url=url) from exc
        except httpx.TransportError as exc:
            raise TransportError(f"connection failed ({type(exc).__name__}: {exc})", url=url) from exc


def _head_size(response: httpx.Response) -> int:
    """Bytes of the status line and headers, so a 304 still counts as traffic."""
    return 17 + sum(len(k) + len(v) + 4 for k, v in response.headers.raw)


def _canonical(url: str, routed: str, answered: str, mirror: str | None) -> str:
    if answered == routed:
        return url
    if mirror and answered.startswith(mirror + "/"):
        rest = answered[len(mirror) + 1 :]
        return f"{urlsplit(url).scheme}://{rest}"
    return answered


def _asked_conditionally(headers: Mapping[str, str] | None) -> bool:
    names = {k.lower() for k in (headers or {})}
    return bool(names & {"if-none-match", "if-modified-since"})
