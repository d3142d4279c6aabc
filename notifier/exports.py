"""Exports for people who live in calendars and feed readers: suspension end dates (iCalendar), changes (RSS)."""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator
from icalendar import Calendar, Event
from sqlmodel import Session, select

from policywatch.notifier.reminders import suspended_subject
from policywatch.notifier.views import change_view, status_of_target
from policywatch.parsers.types import LIST_LABELS
from policywatch.store.clock import beijing_date
from policywatch.store.models import Announcement, Change, ListEvent, utcnow

FEED_LINK = "https://github.com/policywatch/policywatch"
# What the notice that followed a suspension did to it, by the kind of its event on the same target.
FOLLOW_UP = {
    "suspend": "continued by {doc}",
    "resume": "measures resumed by {doc}",
    "terminate": "terminated by {doc}",
    "remove": "removed from the list by {doc}",
}


def follow_up(session: Session, target: str, followed_by: str | None) -> str:
    """How a suspension of ``target`` ended up, worded by what ``followed_by`` did (not every follower continues)."""
    if not followed_by:
        return "no follow-up notice seen yet"
    subject = {target, target.split("#", 1)[0]}
    entity_id = int(target.removeprefix("entity:")) if target.startswith("entity:") else None
    kinds = [
        ev.event
        for ev in session.exec(select(ListEvent).where(ListEvent.doc_id == followed_by))
        if ev.event in FOLLOW_UP
        and (ev.target in subject if entity_id is None else ev.entity_id == entity_id or ev.target in subject)
    ]
    # A notice acting on the target twice (rare): its last word on it is how the suspension ended up.
    return FOLLOW_UP[kinds[-1]].format(doc=followed_by) if kinds else f"followed by {followed_by}"


def calendar_ics(session: Session, *, now: dt.datetime | None = None) -> bytes:
    """One all-day event per suspension on its last day (superseded ones included, marked as such)."""
    from policywatch.store import suspensions

    stamp = (now or utcnow()).replace(tzinfo=dt.UTC)
    today = beijing_date(stamp)
    urls = {a.doc_id: a.url for a in session.exec(select(Announcement))}
    cal = Calendar()
    cal.add("prodid", "-//policywatch//suspension end dates//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "policywatch: suspensions ending")
    for s in suspensions(session):
        if s.until is None:
            continue
        event = Event()
        event.add("uid", f"{s.target}-{s.until.isoformat()}-{s.suspended_by}@policywatch")
        event.add("dtstamp", stamp)
        event.add("dtstart", s.until)
        event.add("dtend", s.until + dt.timedelta(days=1))
        status = follow_up(session, s.target, s.followed_by)
        where = LIST_LABELS.get(s.list or "", s.list or "list unknown")
        event.add("summary", f"{s.list or 'List unknown'}: last day {s.until.isoformat()} of the suspension of "
                             f"{suspended_subject(session, s.target, s.list)} ({s.target})")
        event.add("description", f"{where}. Suspended by {s.suspended_by}"
                                 f"{' from ' + s.effective.isoformat() if s.effective else ''}; the suspension "
                                 f"covers {s.until.isoformat()} inclusive"
                                 f"{' (computed from the stated period)' if s.until_computed else ''}. {status}."
                                 f"{_status_words(status_of_target(session, s.target, s.list, today), today)}")
        url = urls.get(s.suspended_by)
        if url and url.startswith(("http://", "https://")):
            event.add("url", url)
        cal.add_component(event)
    return cal.to_ical()


def _status_words(lines: list[dict[str, object]], today: dt.date) -> str:
    """`` Status today (DATE): …`` for a feed entry or a calendar event; empty when nothing is about a listing."""
    if not lines:
        return ""
    said = "; ".join(f"{line['subjects']}: {line['text']}" if int(str(line["count"])) > 1 else str(line["text"])
                     for line in lines)
    return f" Status today ({today.isoformat()}): {said}."


def changes_rss(session: Session, *, limit: int = 200, now: dt.datetime | None = None) -> bytes:
    """An RSS 2.0 feed of the newest ``limit`` changes."""
    feed = FeedGenerator()
    feed.title("policywatch: export-control and sanctions changes")
    feed.link(href=FEED_LINK, rel="alternate")
    feed.description("New listings, suspensions, terminations and item controls from MOFCOM, UEL and GACC notices.")
    feed.language("en")
    today = beijing_date(now or utcnow())
    rows = session.exec(select(Change).order_by(Change.id.desc()).limit(limit)).all()  # type: ignore[union-attr]
    for change in reversed(rows):  # feedgen puts the last added first
        if change.kind == "delivery_failed":
            continue
        view = change_view(session, change, today=today)
        entry = feed.add_entry()
        entry.id(f"policywatch-change-{change.id}")
        entry.guid(f"policywatch-change-{change.id}", permalink=False)
        entry.title(f"{view['list'] or change.kind}: {change.summary}")
        names = "; ".join(" / ".join(n for n in (e.get("name_zh"), e.get("name_en")) if n) for e in view["entities"])
        detail = [change.summary]
        if view["effective"]:
            detail.append(f"Effective {view['effective']}.")
        if view["until"]:
            detail.append(f"Until {view['until']} (last day).")
        if names:
            detail.append(f"Entities: {names}" + ("" if names.endswith(".") else "."))  # "Inc." ends it already
        status = _status_words(view["status_today"], today).strip()
        if status:
            detail.append(status)
        entry.description(" ".join(detail))  # feedgen escapes it in the XML
        if view["url"]:
            entry.link(href=view["url"])
        entry.pubDate(change.created_at.replace(tzinfo=dt.UTC))
        if view["list"]:
            entry.category(term=view["list"])
    return feed.rss_str(pretty=True)
