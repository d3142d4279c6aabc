"""One crawl pass: list pages → new links only → articles → parse → record, with evidence and health.

Evidence (every fetch) is kept in its own small transactions, so a failed crawl still leaves the pages it
saw. What a crawl learned — the announcements, the links now seen and the list baselines — is written in
ONE transaction with the source's health, so a baseline never moves past something not recorded.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from sqlalchemy.engine import Engine
from sqlmodel import Session

from policywatch.crawler import challenges
from policywatch.crawler.context import CrawlContext, ListResult, Progress
from policywatch.crawler.errors import CrawlError, DisallowedByRobots, outcome_of
from policywatch.crawler.http import Fetcher, FetchPolicy, Page, policy_for
from policywatch.crawler.layout import layout
from policywatch.crawler.sources import SourceConfig
from policywatch.parsers import parse_article
from policywatch.parsers.errors import ParseError, RedirectPageError
from policywatch.parsers.types import Announcement, Link
from policywatch.store import record, session_scope
from policywatch.store.baselines import doc_id_for_url, mark_seen, seen_count, seen_urls, update_baseline
from policywatch.store.clock import beijing_today
from policywatch.store.coverage import record_gaps
from policywatch.store.health import record_outcome

log = logging.getLogger(__name__)
ParseFn = Callable[..., Announcement]


@dataclass
class CrawlOutcome:
    """DESIGN §5 crawl outcome: one per source."""

    source: str
    outcome: str
    fetched: int = 0
    bytes: int = 0
    recorded: int = 0
    doc_ids: list[str] = field(default_factory=list)
    error: str | None = None
    new_links: int = 0
    # A challenge the source's last crawl already ended on, the same page again (crawler/challenges.py).
    known_challenge: bool = False

    @property
    def failed(self) -> bool:
        return self.outcome in {"error", "challenge", "layout_error"}

    @property
    def new_failure(self) -> bool:
        """A failure that was not already reported: everything but a known, unchanged challenge."""
        return self.failed and not self.known_challenge

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "outcome": self.outcome,
            "fetched": self.fetched,
            "bytes": self.bytes,
            "recorded": self.recorded,
            "doc_ids": list(self.doc_ids),
            "error": self.error,
            "known_challenge": self.known_challenge,
        }


@dataclass
class FetchedArticle:
    link: Link
    announcement: Announcement | None
    snapshot_id: int | None
    known_doc_id: str | None = None
    url: str | None = None  # where the text was read, when a forwarding page led elsewhere


# Every source is crawled at least daily: a number still missing a day after the one above it was recorded
# is not merely on a source that has not been crawled yet.
GAP_SETTLE = dt.timedelta(days=1)


def crawl(
    engine: Engine,
    sources: Iterable[SourceConfig],
    *,
    mirror: str | None = None,
    client: Fetcher | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    policy: FetchPolicy | None = None,
    now: dt.datetime | None = None,
) -> list[CrawlOutcome]:
    """One pass over ``sources``; a failing source never stops the others.

    ``now`` (naive UTC) stamps everything the pass writes (snapshots, changes, baselines, source health) and,
    when ``today`` is not given, sets it; by default both come from the wall clock.
    """
    own = client is None
    fetcher = client or Fetcher(policy_for(mirror, policy), mirror=mirror)
    try:
        outcomes = []
        for source in sources:
            if source.enabled:
                with fetcher.redirect_hosts(source.hosts):
                    outcomes.append(crawl_source(engine, source, fetcher, progress=progress,
                                                 today=today or beijing_today(now), now=now))
        return outcomes
    finally:
        if own:
            fetcher.close()


def crawl_source(
    engine: Engine,
    source: SourceConfig,
    fetcher: Fetcher,
    *,
    progress: Progress | None = None,
    today: dt.date | None = None,
    parse: ParseFn | None = None,
    now: dt.datetime | None = None,
) -> CrawlOutcome:
    """Crawl one source; ``now`` (naive UTC, default the wall clock) as in ``crawl``."""
    start_bytes, start_requests = fetcher.bytes_transferred, fetcher.requests
    result = CrawlOutcome(source=source.name, outcome="ok")
    ctx = CrawlContext(engine, source, fetcher, today or beijing_today(now), progress, now=now)
    standing = challenges.standing_challenge(engine, source.name)
    try:
        lists = layout(source.layout).discover(ctx)
        articles, failure = fetch_articles(ctx, new_links(lists, ctx.seen), parse or parse_article)
        _commit(engine, source, lists, articles, failure, result, now)
    except Exception as exc:  # one source's failure, even a bug, never stops the others
        if not isinstance(exc, (CrawlError, ParseError)):
            log.exception("crawl of %s failed unexpectedly", source.name)
        result.outcome = outcome_of(exc)
        result.error = str(exc) if isinstance(exc, (CrawlError, ParseError)) else f"{type(exc).__name__}: {exc}"
        with session_scope(engine) as session:
            record_outcome(session, source.name, result.outcome, result.error,
                           items=seen_count(session, source.name), now=now)
    finally:
        result.fetched = fetcher.requests - start_requests
        result.bytes = fetcher.bytes_transferred - start_bytes
    if result.outcome == "challenge":
        result.known_challenge = challenges.is_known(engine, ctx.snapshots, standing)
    ctx.say(f"{result.outcome}: {result.recorded} recorded" + (f" ({result.error})" if result.error else ""))
    return result


def new_links(lists: list[ListResult], seen: set[str]) -> list[Link]:
    out: dict[str, Link] = {}
    for item in lists:
        for link in item.links:
            if link.url not in seen and link.url not in out:
                out[link.url] = link
    return list(out.values())


def fetch_articles(
    ctx: CrawlContext, links: list[Link], parse: ParseFn
) -> tuple[list[FetchedArticle], CrawlError | ParseError | None]:
    """Fetch and parse each new link; the first failure is kept (and the rest still tried, recorded and marked
    seen). A failed article is not marked seen and the list baseline does not move, so the next tick retries it."""
    wanted = {link.url for link in links}
    with session_scope(ctx.engine) as session:
        known = {url: doc_id_for_url(session, url) for url in seen_urls(session) & wanted}
    articles: list[FetchedArticle] = []
    failure: CrawlError | ParseError | None = None
    for link in links:
        if link.url in known:
            # Another source already fetched and recorded this page: do not fetch it twice.
            articles.append(FetchedArticle(link, None, None, known[link.url]))
            continue
        try:
            (page, announcement), url = _fetch_and_parse(ctx, link, parse)
        except DisallowedByRobots as exc:
            ctx.say(f"article skipped: {exc}")  # not a failure: the site asks us not to fetch it
            continue
        except (CrawlError, ParseError) as exc:
            ctx.say(f"article failed: {exc}")
            failure = failure or exc
            continue
        except Exception as exc:  # a parser bug on one article never blocks the good ones beside it
            log.exception("parsing %s failed unexpectedly", link.url)
            wrapped = CrawlError(f"the parser failed: {type(exc).__name__}: {exc}", url=link.url)
            ctx.say(f"article failed: {wrapped}")
            failure = failure or wrapped
            continue
        articles.append(FetchedArticle(link, announcement, page.snapshot_id, url=url))
    return articles, failure


def _fetch_and_parse(ctx: CrawlContext, link: Link, parse: ParseFn) -> tuple[tuple[Page, Announcement], str]:
    """The article behind ``link``; a forwarding page the parser reports (``RedirectPageError``) is followed once,
    to the source's own hosts only (as HTTP redirects are). Returns ((page, announcement), the URL read)."""
    page, _key = ctx.get(link.url, conditional=False)
    try:
        return (page, parse(page.body, url=link.url, content_type=page.content_type)), link.url
    except RedirectPageError as exc:
        target = urljoin(link.url, exc.target)
        ctx.fetcher.check_redirect(link.url, target, asked=link.url)
        ctx.say(f"forwarded to {target}")
        page, _key = ctx.get(target, conditional=False)
        try:
            return (page, parse(page.body, url=target, content_type=page.content_type)), target
        except RedirectPageError as again:
            raise CrawlError(f"forwarded to {target}, which forwards again to {again.target}; followed once only",
                             url=link.url) from again


def record_articles(
    session: Session, source: SourceConfig, articles: list[FetchedArticle], result: CrawlOutcome,
    now: dt.datetime | None,
) -> list[int]:
    """Record the parsed articles and mark their links seen (the caller's transaction); returns the Change ids."""
    change_ids: list[int] = []
    for article in articles:
        doc_id = article.known_doc_id
        ann = article.announcement
        # A notice that needs review is recorded even with no action read: it alerts, it is never dropped.
        if ann is not None and (ann.actions or ann.needs_review):
            recorded = record(session, ann, snapshot_id=article.snapshot_id, url=article.url or article.link.url,
                              now=now)
            doc_id = recorded.doc_id
            change_ids.extend(recorded.change_ids)
            if recorded.status in ("new", "revised") and doc_id not in result.doc_ids:
                result.recorded += 1
                result.doc_ids.append(doc_id)
        mark_seen(session, source.name, article.link.url, title=article.link.title,
                  listed_on=article.link.listed_on, doc_id=doc_id, now=now)
    return change_ids


def _commit(
    engine: Engine,
    source: SourceConfig,
    lists: list[ListResult],
    articles: list[FetchedArticle],
    failure: CrawlError | ParseError | None,
    result: CrawlOutcome,
    now: dt.datetime | None,
) -> None:
    with session_scope(engine) as session:
        record_articles(session, source, articles, result, now)
        result.new_links = len(articles)
        if failure is None:
            for item in lists:
                if not item.unchanged:
                    update_baseline(
                        session, source.name, item.key, content_hash=item.content_hash, etag=item.validators.etag,
                        last_modified=item.validators.last_modified, link_count=len(item.links), now=now,
                    )
            changed = any(not item.unchanged for item in lists) or bool(articles)
            result.outcome = "ok" if changed else "not_modified"
        else:
            result.outcome = outcome_of(failure)
            result.error = str(failure)
        # A number skipped in a dense series is news, once per gap, when no source has brought it for a day.
        record_gaps(session, now=now, settle=GAP_SETTLE)
        record_outcome(session, source.name, result.outcome, result.error, items=seen_count(session, source.name),
                       now=now)
