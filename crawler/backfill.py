"""``crawl --backfill``: walk each source back to its first notice, resumably, without alerting one by one.

Each layout's ``backfill(ctx, since)`` (``crawler/layouts/``) yields its list pages one at a time, newest
first (every year index; every JPaaS page; every MFA list page; every exportcontrol API page). Each page is
handled like a crawl handles its lists — new links only, the same Fetcher, per-host gap and allowed hosts —
and committed in ONE transaction with its ``BackfillStep``: a backfill killed at any point resumes after the
last page whose links were all recorded, reading finished pages from their kept copies instead of fetching
them again.

Changes recorded by a backfill are history, not news: they carry ``Change.backfill`` and the notifier never
alerts them one by one. When a backfill recorded anything, one ``backfill_summary`` Change lets each
subscription hear where the lists now stand (DESIGN §6 starting state).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import col

from policywatch.crawler.context import CrawlContext, ListResult, Progress
from policywatch.crawler.errors import CrawlError, outcome_of
from policywatch.crawler.http import Fetcher, FetchPolicy, policy_for
from policywatch.crawler.layout import layout
from policywatch.crawler.pipeline import CrawlOutcome, ParseFn, fetch_articles, new_links, record_articles
from policywatch.crawler.sources import SourceConfig
from policywatch.parsers import parse_article
from policywatch.parsers.errors import ParseError
from policywatch.store import session_scope
from policywatch.store.backfills import (
    add_recorded,
    finish_run,
    invocation,
    mark_step,
    start_run,
    steps_done,
)
from policywatch.store.baselines import update_baseline
from policywatch.store.changes import BackfillSummaryPayload, new_change
from policywatch.store.clock import beijing_today
from policywatch.store.coverage import record_gaps
from policywatch.store.models import Change, utcnow
from policywatch.store.wording import counted

log = logging.getLogger(__name__)

@dataclass
class BackfillOutcome:
    """One source's backfill: the pages walked and what they added."""

    source: str
    # ok | not_modified | done_before (finished by this backfill before it was killed) | a crawl failure outcome
    outcome: str = "running"
    pages: int = 0  # list pages handled in this run (fetched, or answered unchanged)
    resumed: int = 0  # list pages an interrupted earlier run finished: read from their kept copy, not fetched
    recorded: int = 0
    doc_ids: list[str] = field(default_factory=list)
    fetched: int = 0  # requests
    bytes: int = 0
    error: str | None = None
    finished: bool = False

    @property
    def failed(self) -> bool:
        return self.outcome in {"error", "challenge", "layout_error"}

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "outcome": self.outcome, "pages": self.pages, "resumed": self.resumed,
                "recorded": self.recorded, "doc_ids": list(self.doc_ids), "fetched": self.fetched,
                "bytes": self.bytes, "error": self.error, "finished": self.finished}


OnPage = Callable[[BackfillOutcome], None]


def backfill(
    engine: Engine,
    sources: Iterable[SourceConfig],
    *,
    since: int | None = None,
    client: Fetcher | None = None,
    mirror: str | None = None,
    policy: FetchPolicy | None = None,
    progress: Progress | None = None,
    on_page: OnPage | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> list[BackfillOutcome]:
    """Backfill ``sources`` one after the other (a failing source never stops the others).

    ``on_page`` is called after each list page is committed (progress, heartbeat). ``now`` stamps what is
    written, as in ``crawl``.
    """
    own = client is None
    fetcher = client or Fetcher(policy_for(mirror, policy), mirror=mirror)
    outcomes: list[BackfillOutcome] = []
    chosen = [s for s in sources if s.enabled]
    with session_scope(engine) as session:
        started, finished = invocation(session, [s.name for s in chosen], now=now)
        earlier = {name: steps_done(session, name) for name in finished}
    try:
        for source in chosen:
            if source.name in finished:
                # Finished by this same backfill before it was killed: nothing to walk again.
                outcomes.append(BackfillOutcome(source=source.name, outcome="done_before", resumed=earlier[source.name],
                                                finished=True))
                continue
            with fetcher.redirect_hosts(source.hosts):
                outcomes.append(backfill_source(engine, source, fetcher, since=since, progress=progress,
                                                on_page=on_page, today=today or beijing_today(now), now=now,
                                                started=started))
    finally:
        if own:
            fetcher.close()
    _summary(engine, outcomes, since, now)
    return outcomes


def backfill_source(
    engine: Engine,
    source: SourceConfig,
    fetcher: Fetcher,
    *,
    since: int | None = None,
    progress: Progress | None = None,
    on_page: OnPage | None = None,
    today: dt.date | None = None,
    parse: ParseFn | None = None,
    now: dt.datetime | None = None,
    started: dt.datetime | None = None,
) -> BackfillOutcome:
    """Walk one source; ``started`` is the start of the backfill it belongs to (default ``now``)."""
    start_bytes, start_requests = fetcher.bytes_transferred, fetcher.requests
    out = BackfillOutcome(source=source.name)
    with session_scope(engine) as session:
        _run, done = start_run(session, source.name, since, now=started or now)
    ctx = CrawlContext(engine, source, fetcher, today or beijing_today(now), progress, now=now, done=done)
    failure: CrawlError | ParseError | None = None

    def counted() -> None:
        out.fetched = fetcher.requests - start_requests
        out.bytes = fetcher.bytes_transferred - start_bytes

    try:
        for page in layout(source.layout).backfill(ctx, since):
            if page.skipped:
                out.resumed += 1
                continue
            page_failure = _handle_page(engine, ctx, source, page, out, parse or parse_article, now)
            failure = failure or page_failure
            out.pages += 1
            counted()
            if on_page is not None:
                on_page(out)
        out.outcome = "ok" if out.recorded else "not_modified"
        if failure is not None:
            out.outcome, out.error = outcome_of(failure), str(failure)
    except Exception as exc:  # one source's failure, even a bug, never stops the others
        if not isinstance(exc, (CrawlError, ParseError)):
            log.exception("backfill of %s failed unexpectedly", source.name)
        out.outcome = outcome_of(exc)
        out.error = str(exc) if isinstance(exc, (CrawlError, ParseError)) else f"{type(exc).__name__}: {exc}"
    counted()
    with session_scope(engine) as session:
        finish_run(session, source.name, out.outcome, now=now)
        out.finished = not out.failed
        if out.recorded:
            record_gaps(session, now=now)  # once the history is in, a number still missing is news
    ctx.say(f"backfill {out.outcome}: {out.recorded} recorded" + (f" ({out.error})" if out.error else ""))
    return out


def _handle_page(engine: Engine, ctx: CrawlContext, source: SourceConfig, page: ListResult, out: BackfillOutcome,
                 parse: ParseFn, now: dt.datetime | None) -> CrawlError | ParseError | None:
    """Fetch the page's new links and commit them with the page's step; a failed article leaves the page
    unfinished (the next backfill walks it again and fetches only what failed)."""
    articles, failure = fetch_articles(ctx, new_links([page], ctx.seen), parse)
    result = CrawlOutcome(source=source.name, outcome="ok")
    with session_scope(engine) as session:
        change_ids = record_articles(session, source, articles, result, now)
        if change_ids:
            session.execute(update(Change).where(col(Change.id).in_(change_ids)).values(backfill=True))
        add_recorded(session, source.name, result.recorded)
        if failure is None:
            if not page.unchanged:
                update_baseline(session, source.name, page.key, content_hash=page.content_hash,
                                etag=page.validators.etag, last_modified=page.validators.last_modified,
                                link_count=len(page.links), now=now)
            mark_step(session, source.name, page.key, links=len(page.links), now=now)
    ctx.seen.update(article.link.url for article in articles)
    out.recorded += result.recorded
    out.doc_ids.extend(d for d in result.doc_ids if d not in out.doc_ids)
    return failure


def _summary(engine: Engine, outcomes: list[BackfillOutcome], since: int | None, now: dt.datetime | None) -> None:
    """One Change for the whole backfill, so each subscription hears one summary instead of every notice."""
    recorded = {o.source: o.recorded for o in outcomes if o.recorded}
    if not recorded:
        return
    doc_ids = sorted({d for o in outcomes for d in o.doc_ids})
    with session_scope(engine) as session:
        session.add(new_change(
            BackfillSummaryPayload(sources=recorded, doc_ids=doc_ids, since=since,
                                   unfinished=sorted(o.source for o in outcomes if not o.finished)),
            source="backfill", created_at=now or utcnow(),
            summary=f"backfill recorded {counted(len(doc_ids), 'earlier notice')} from {', '.join(sorted(recorded))}",
        ))
