"""A crawled notice that needs review is recorded and alerts even when no action was read; never dropped."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import Fetcher
from policywatch.crawler.pipeline import crawl_source
from policywatch.parsers import Announcement, parse_article
from policywatch.store.models import Announcement as StoredAnnouncement
from policywatch.store.models import Change

NOW = dt.datetime(2026, 11, 27, 17, 0)


def _unread(body: bytes, **kwargs: Any) -> Announcement:
    # The real page, read as if its operative sentence were in wording the parser does not know.
    ann = parse_article(body, **kwargs)
    return replace(ann, actions=(), needs_review=True, review_reasons=("a notice with no action read",))


def test_flagged_article_without_actions_is_recorded(engine: Engine, fetcher: Fetcher, sources: Any) -> None:
    outcome = crawl_source(engine, sources["mfa-fzcqdcs"], fetcher, parse=_unread, now=NOW)
    assert outcome.outcome == "ok" and outcome.recorded > 0
    with Session(engine) as session:
        flagged = session.exec(select(StoredAnnouncement)).all()
        changes = session.exec(select(Change).where(Change.kind == "needs_review")).all()
    assert flagged and all(a.needs_review for a in flagged)
    assert {c.doc_id for c in changes} == {a.doc_id for a in flagged}
