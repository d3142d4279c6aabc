"""The calendar export words what followed a suspension by what the following notice did to it."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

import icalendar
from notify_helpers import ent, listing, record_facts
from sqlalchemy.engine import Engine

from policywatch.notifier.exports import calendar_ics, follow_up
from policywatch.parsers.types import Action, Announcement
from policywatch.store import record, session_scope, suspensions


def _follow_ups(engine: Engine) -> dict[tuple[str, str], str]:
    with session_scope(engine) as session:
        return {(s.target, s.suspended_by): follow_up(session, s.target, s.followed_by) for s in suspensions(session)}


def test_real_follow_ups_are_worded_by_their_kind(engine: Engine, facts: dict[str, Any]) -> None:
    record_facts(engine, facts)
    worded = _follow_ups(engine)
    by_target: dict[str, list[str]] = {}
    for (target, _by), text in sorted(worded.items(), key=lambda item: item[0][1]):
        by_target.setdefault(target, []).append(text)
    # UEL-2025-8's suspension was ended by the Q&A of 2025-08-12 (a termination), not continued.
    [uel8] = by_target["UEL-2025-8"]
    assert uel8.startswith("terminated by QA-2025-08-12")
    # UEL-2025-7's suspension was continued twice (2025-08-12, 2025-11-05); the last has no follow-up yet.
    assert [t.split(" by ")[0] for t in by_target["UEL-2025-7"]] == ["continued", "continued",
                                                                   "no follow-up notice seen yet"]


def _notice(doc_id: str, published: dt.date, action: Action) -> Announcement:
    return Announcement(
        doc_id=doc_id, number=None, issuer="不可靠实体清单工作机制", title=f"test notice {doc_id}", published=published,
        url=f"https://www.mofcom.gov.cn/zwgk/zcfb/art/test/{doc_id}.html", actions=(action,),
        text_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
    )


def test_calendar_says_terminated_not_continued(engine: Engine) -> None:
    with session_scope(engine) as session:
        record(session, listing("UEL-2099-50", dt.date(2099, 1, 5), [ent("测试公司", "Test Co.")]))
        for other in ("UEL-2099-51", "UEL-2099-52"):
            record(session, listing(other, dt.date(2099, 1, 5), [ent(f"{other}公司", f"{other} Co.")]))
        suspend = Action(kind="suspend", list="UEL", targets=("UEL-2099-50", "UEL-2099-51", "UEL-2099-52"),
                         effective=dt.date(2099, 2, 1), until=dt.date(2099, 4, 30))
        record(session, _notice("UEL-2099-60", dt.date(2099, 2, 1), suspend))
        # One suspension is ended, one resumed, one continued, each by a later notice.
        record(session, _notice("UEL-2099-61", dt.date(2099, 3, 1),
                                Action(kind="terminate", list="UEL", targets=("UEL-2099-50",))))
        record(session, _notice("UEL-2099-62", dt.date(2099, 3, 2),
                                Action(kind="resume", list="UEL", targets=("UEL-2099-51",))))
        record(session, _notice("UEL-2099-63", dt.date(2099, 4, 20),
                                Action(kind="suspend", list="UEL", targets=("UEL-2099-52",),
                                       effective=dt.date(2099, 5, 1), until=dt.date(2099, 7, 31))))
        ics = calendar_ics(session, now=dt.datetime(2099, 3, 3))
    # The summary names the list, the last day and what is suspended, then the doc_id (issue 15 item 9).
    events = {(re.search(r"\((UEL-2099-\d+)\)$", str(e["summary"])).group(1), e.decoded("dtstart")):  # type: ignore[union-attr]
              str(e["description"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    last_day = dt.date(2099, 4, 30)
    terminated = events[("UEL-2099-50", last_day)]
    resumed = events[("UEL-2099-51", last_day)]
    continued = events[("UEL-2099-52", last_day)]
    assert "terminated by UEL-2099-61" in terminated and "continued" not in terminated
    assert "measures resumed by UEL-2099-62" in resumed and "continued" not in resumed
    assert "continued by UEL-2099-63" in continued
    assert "no follow-up notice seen yet" in events[("UEL-2099-52", dt.date(2099, 7, 31))]
