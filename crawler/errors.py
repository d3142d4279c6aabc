"""The crawler's typed errors (httpx-style): every error carries the URL it is about.

    CrawlError                (a PolicywatchError: exit 1, the work failed)
    ├── TransportError        the connection failed (reset, refused, DNS)
    │   └── FetchTimeout      no answer, or a body too slow, within the timeout
    ├── HTTPStatusError       an unexpected status (4xx/5xx after retries)
    ├── BodyTooLargeError     the body passed the configured maximum
    ├── TruncatedBodyError    the body stopped before its declared length
    ├── ChallengeError        an anti-bot page (412 JS cookie, captcha words): never bypassed
    ├── DisallowedByRobots    the host's robots.txt disallows the path: skipped, never asked
    ├── ApiError              a list API answered but said it failed (``success:false``)
    └── StalledPaginationError  a further page repeated the previous one
"""

from __future__ import annotations

from policywatch.parsers.errors import LayoutError, PolicywatchError


class CrawlError(PolicywatchError):
    """A fetch or list walk failed; ``outcome`` is what ``policywatch crawl`` reports for it."""

    outcome = "error"

    def __init__(self, message: str, *, url: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")


class TransportError(CrawlError):
    """The connection failed before a full answer arrived."""


class FetchTimeout(TransportError):
    """The site did not answer, or sent the body too slowly."""


class HTTPStatusError(CrawlError):
    def __init__(self, message: str, *, url: str, status: int) -> None:
        self.status = status
        super().__init__(message, url=url)


class RedirectRefused(CrawlError):
    """A redirect (HTTP or JS) to a host that is not the source's: followed, it would fetch an internal address
    or store another site's answer as the official page."""


class BodyTooLargeError(CrawlError):
    """The answer was larger than ``max_bytes``; the rest was not read."""


class TruncatedBodyError(CrawlError):
    """The answer ended before the length it declared."""


class ChallengeError(CrawlError):
    """The site answered with an anti-bot challenge instead of content."""

    outcome = "challenge"

    def __init__(self, message: str, *, url: str, status: int | None = None, body: bytes | None = None) -> None:
        self.status = status
        self.body = body
        super().__init__(message, url=url)


class DisallowedByRobots(CrawlError):
    """The host's robots.txt disallows this path for our User-Agent: the page is skipped, never asked (a skip,
    not a failure of the source)."""

    outcome = "disallowed"


class ApiError(CrawlError):
    """A list API answered with an explicit failure."""


class StalledPaginationError(CrawlError):
    """Paging returned the same page again: the walk cannot be trusted to be complete."""

    outcome = "layout_error"


def outcome_of(exc: BaseException) -> str:
    """The crawl outcome an exception stands for (layout errors come from the list parsers)."""
    if isinstance(exc, CrawlError):
        return exc.outcome
    if isinstance(exc, LayoutError):
        return "layout_error"
    return "error"
