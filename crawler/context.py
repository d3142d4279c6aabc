"""What a per-site list walker gets to work with, and what it hands back to the pipeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from sqlalchemy.engine import Engine

from policywatch.crawler.errors import ChallengeError, CrawlError, DisallowedByRobots, HTTPStatusError
from policywatch.crawler.http import Fetcher, Page, Validators, decode
from policywatch.parsers.types import Link
from policywatch.store import session_scope
from policywatch.store.baselines import get_baseline, seen_urls
from policywatch.store.evidence import blob_body, content_hash, save_snapshot

if TYPE_CHECKING:
    from policywatch.crawler.sources import SourceConfig

Progress = Callable[[str, str], None]


@dataclass
class ListResult:
    """One list page walked: its links, and the baseline it would move to once its links are handled."""

    key: str  # the baseline key: the list URL (with its parameters, for APIs)
    links: list[Link]
    content_hash: str | None
    validators: Validators
    unchanged: bool = False
    # A backfill resumed past this page: it was finished (its links recorded) before, and not fetched again.
    skipped: bool = False


@dataclass
class CrawlContext:
    engine: Engine
    source: SourceConfig
    fetcher: Fetcher
    today: dt.date
    progress: Progress | None = None
    seen: set[str] = field(default_factory=set)
    snapshots: list[int] = field(default_factory=list)
    # Naive UTC for the snapshots' fetched_at (an injected clock's); None stamps each with the wall clock.
    now: dt.datetime | None = None
    # Backfill only: the list pages a resumed backfill finished before (keys), walked from their kept copy.
    done: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        with session_scope(self.engine) as session:
            self.seen = seen_urls(session, self.source.name)

    def say(self, message: str) -> None:
        if self.progress is not None:
            self.progress(self.source.name, message)

    def baseline(self, key: str) -> tuple[Validators, str | None]:
        with session_scope(self.engine) as session:
            row = get_baseline(session, self.source.name, key)
            if row is None:
                return Validators(), None
            return Validators(row.etag, row.last_modified), row.content_hash

    def previous_body(self, digest: str | None) -> bytes | None:
        with session_scope(self.engine) as session:
            return blob_body(session, digest)

    def kept_text(self, key: str) -> str | None:
        """The kept copy of the list page ``key`` (the body its baseline was taken from), decoded."""
        body = self.previous_body(self.baseline(key)[1])
        return None if body is None else decode(body)

    def skipped_result(self, key: str) -> ListResult:
        validators, digest = self.baseline(key)
        return ListResult(key=key, links=[], content_hash=digest, validators=validators, unchanged=True, skipped=True)

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        conditional: bool = True,
    ) -> tuple[Page, str]:
        """GET ``url`` (conditionally when a baseline exists), keep it as evidence; returns (page, key)."""
        key = api_key(url, params)
        validators = self.baseline(key)[0] if conditional else None
        self.say(f"GET {key}")
        return self._evidence(key, lambda: self.fetcher.get(url, params=params, validators=validators)), key

    def post(self, url: str, *, data: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> tuple[Page, str]:
        key = api_key(url, data)
        self.say(f"POST {key}")
        return self._evidence(key, lambda: self.fetcher.post(url, data=data, headers=headers)), key

    def _evidence(self, key: str, call: Callable[[], Page]) -> Page:
        try:
            page = call()
        except DisallowedByRobots:
            raise  # nothing was asked, so there is nothing to keep
        except CrawlError as exc:
            status = exc.status if isinstance(exc, (ChallengeError, HTTPStatusError)) else None
            body = exc.body if isinstance(exc, ChallengeError) else None
            with session_scope(self.engine) as session:
                snap = save_snapshot(
                    session, source=self.source.name, url=key, status=status, headers={}, body=body,
                    outcome=exc.outcome, error=str(exc), now=self.now,
                )
                self.snapshots.append(snap.id or 0)
            raise
        with session_scope(self.engine) as session:
            snap = save_snapshot(
                session, source=self.source.name, url=key, status=page.status, headers=page.headers,
                body=page.body or None, outcome="not_modified" if page.not_modified else "ok", now=self.now,
            )
            self.snapshots.append(snap.id or 0)
        page.snapshot_id = snap.id
        return page

    def list_result(self, key: str, page: Page, links: list[Link]) -> ListResult:
        digest = content_hash(page.body)
        unchanged = digest == self.baseline(key)[1]
        return ListResult(key=key, links=links, content_hash=digest, validators=page.validators, unchanged=unchanged)

    def unchanged_result(self, key: str) -> ListResult:
        validators, digest = self.baseline(key)
        return ListResult(key=key, links=[], content_hash=digest, validators=validators, unchanged=True)


def api_key(url: str, params: Mapping[str, Any] | None) -> str:
    """A stable name for a list request: the URL plus its parameters, sorted."""
    if not params:
        return url
    return f"{url}?{urlencode(sorted((str(k), str(v)) for k, v in params.items()))}"
