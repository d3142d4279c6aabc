"""``policywatch demo``: the whole product, offline, on loopback, in one run.

It starts the replay site (``policywatch.offline.replay``), a real SMTP server and a Slack webhook sink
(``policywatch.offline.sinks``), builds a fresh SQLite database, imports the demo counterparties, and then drives the
scheduler's own tick functions (``policywatch.scheduler.Ticks``, the code ``policywatch run`` schedules) with a
demo clock on 2026-11-20: one crawl tick per source, plan + deliver, the daily reminders, the weekly digest, and
plan + deliver again. Channels and subscriptions come from ``config/demo/`` exactly as a user configures them,
the channel URLs from environment variables pointing at the sinks. Everything it started is stopped on the way
out, also on errors and Ctrl-C.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from policywatch.crawler import load_sources
from policywatch.notifier.exports import calendar_ics
from policywatch.offline.replay import serve
from policywatch.offline.sinks import HttpSink, SmtpSink
from policywatch.offline.sinks import demo_environment as sink_environment
from policywatch.parsers.errors import PolicywatchError
from policywatch.scheduler import Ticks
from policywatch.screening.counterparties import read_counterparties
from policywatch.screening.hits import hit_json
from policywatch.screening.hits import import_counterparties as do_import
from policywatch.store import init_db, list_state, make_engine, session_scope
from policywatch.store.models import Announcement, Delivery, Entity, Hit
from policywatch.store.wording import counted

DEMO_DATE = dt.date(2026, 11, 20)
# 08:50 in Beijing on the demo date: the crawl ticks run first, the daily reminders at 09:00 (as scheduled).
DEMO_START = dt.datetime(2026, 11, 20, 0, 50)
DB_NAME = "policywatch-demo.db"
DEFAULT_OUT = Path("policywatch-demo")
SINK_TIMEOUT = 10.0
# The channel names of config/demo/channels.yml.
EMAIL_CHANNEL = "demo-email"
SLACK_CHANNEL = "demo-slack"

Progress = Callable[[str], None]


class DemoError(PolicywatchError):
    """The demo could not run or its run showed a broken part; the message says which and what to do."""

    exit_code = 1


class DemoClock:
    """Naive-UTC ``now`` for the scheduler's ticks: starts on the demo date and moves only when told."""

    def __init__(self, start: dt.datetime = DEMO_START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: int = 1) -> dt.datetime:
        self.now += dt.timedelta(minutes=minutes)
        return self.now


@dataclass
class DemoResult:
    """What one demo run did and where its outputs are."""

    out: Path
    db: Path
    seconds: float = 0.0
    crawls: list[dict[str, Any]] = field(default_factory=list)
    notices: int = 0
    entities: int = 0
    list_status: dict[str, dict[str, int]] = field(default_factory=dict)
    counterparties: int = 0
    hits: list[dict[str, Any]] = field(default_factory=list)
    deliveries: dict[str, int] = field(default_factory=dict)
    failed_deliveries: list[str] = field(default_factory=list)
    reminders: list[dict[str, Any]] = field(default_factory=list)
    digests: int = 0
    emails: list[dict[str, str]] = field(default_factory=list)
    slack: list[Path] = field(default_factory=list)
    digest_file: Path | None = None
    ics_file: Path | None = None

    def summary(self) -> dict[str, Any]:
        """The DESIGN.md §5 demo summary: counts first, then where the outputs are."""
        return {
            "seconds": round(self.seconds, 1),
            "sources": len(self.crawls),
            "notices": self.notices,
            "entities": self.entities,
            "hits": len(self.hits),
            "emails": len(self.emails),
            "slack": len(self.slack),
            "digests": self.digests,
            "reminders": self.deliveries.get("reminder", 0),
            "files": {
                "eml": [m["eml"] for m in self.emails],
                "html": [m["html"] for m in self.emails if m.get("html")],
                "slack": [str(p) for p in self.slack],
                "digest": str(self.digest_file) if self.digest_file else None,
                "ics": str(self.ics_file) if self.ics_file else None,
            },
        }


def packaged_config() -> Traversable:
    return resources.files("policywatch.config")


def demo_config() -> Path:
    """``config/demo/`` inside the installed package: channels.yml, subscriptions.yml, counterparties.csv, site/."""
    return Path(str(packaged_config() / "demo"))


def fresh_database(out: Path) -> Path:
    """``out/policywatch-demo.db`` with any earlier demo database (and its WAL files) removed."""
    out.mkdir(parents=True, exist_ok=True)
    db = out / DB_NAME
    for suffix in ("", "-wal", "-shm", "-journal"):
        db.with_name(DB_NAME + suffix).unlink(missing_ok=True)
    return db


def _clear_inbox(folder: Path) -> None:
    """Outputs of an earlier demo in the same folder would be mistaken for this run's."""
    if folder.is_dir():
        for item in folder.iterdir():
            if item.is_file() and item.suffix in {".eml", ".html", ".json", ".part"}:
                item.unlink()


@contextlib.contextmanager
def demo_environment(values: dict[str, str]) -> Iterator[None]:
    """Set the channel variables for the run only, as a user would export them; restore them afterwards."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


@contextlib.contextmanager
def interrupt_on_sigterm() -> Iterator[None]:
    """SIGTERM stops the demo like Ctrl-C does, so the ``finally`` blocks stop the servers."""

    def _raise(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        old = signal.signal(signal.SIGTERM, _raise)
    except ValueError:  # not the main thread (e.g. called from a test runner's worker): nothing to restore
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def run_demo(out: Path = DEFAULT_OUT, *, progress: Progress | None = None) -> DemoResult:
    """Run the demo into ``out`` and return what happened. Raises ``DemoError`` when a part did not work."""

    say = progress or (lambda _message: None)
    started = time.perf_counter()
    out = out.resolve()
    config = demo_config()
    db = fresh_database(out)
    mail_dir, slack_dir = out / "mail", out / "slack"
    for folder in (mail_dir, slack_dir):
        _clear_inbox(folder)
    result = DemoResult(out=out, db=db)
    clock = DemoClock()

    with contextlib.ExitStack() as stack:
        stack.enter_context(interrupt_on_sigterm())
        say("starting the replay site, the SMTP server and the Slack sink on 127.0.0.1")
        site = serve(config / "site")
        stack.callback(site.stop)
        smtp = SmtpSink(mail_dir).start()
        stack.callback(smtp.stop)
        slack = HttpSink(slack_dir).start()
        stack.callback(slack.stop)
        stack.enter_context(demo_environment(sink_environment(smtp, slack)))

        engine = make_engine(f"sqlite:///{db}")
        stack.callback(engine.dispose)
        init_db(engine)

        say("importing the demo counterparties")
        result.counterparties = import_counterparties(engine, config / "counterparties.csv")

        sources = load_sources(packaged_config())
        ticks = Ticks(engine, config, sources, mirror=site.url, clock=clock)
        for source in sources:
            if not source.enabled:
                continue
            say(f"crawling {source.name}")
            result.crawls.append(ticks.crawl_source(source.name).to_json())
            clock.advance()

        say("planning and delivering the alerts")
        _check_tick(ticks.plan_and_deliver(), "plan and deliver")
        clock.now = dt.datetime.combine(DEMO_DATE, dt.time(1, 0))  # 09:00 in Beijing: the daily reminders
        say("reminders and the weekly digest")
        _check_tick(ticks.reminders(), "reminders")
        clock.advance()
        # `run` builds the digest on Mondays; the demo builds this week's now, on its Friday.
        _check_tick(ticks.digest(), "digest")
        clock.advance()
        _check_tick(ticks.plan_and_deliver(), "plan and deliver")

        expected = _collect(engine, result)
        say("waiting for the sinks")
        _collect_files(smtp, slack, expected, result)
        result.ics_file = export_calendar(engine, out / "suspensions.ics", clock())
    result.seconds = time.perf_counter() - started
    _check(result)
    return result


def _check_tick(report: dict[str, Any], name: str) -> None:
    if report.get("skipped"):
        raise DemoError(f"the {name} tick was skipped: the notifier or its demo configuration is unusable "
                        "(run with --debug and see the log)")


def import_counterparties(engine: Engine, csv_path: Path) -> int:
    """``policywatch counterparties import`` of the demo CSV; returns the number of counterparties."""

    with session_scope(engine) as session:
        report = do_import(session, read_counterparties(csv_path))
    return report.created + report.updated + report.unchanged


def export_calendar(engine: Engine, path: Path, now: dt.datetime) -> Path:
    """``policywatch export ics`` into ``path``."""

    with session_scope(engine) as session:
        path.write_bytes(calendar_ics(session, now=now))
    return path


def _count(session: Session, model: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model)).one())


def _collect(engine: Engine, result: DemoResult) -> dict[str, int]:
    """Counts from the database (notices, entities, list state on the demo date, hits, the outbox).

    Returns the number of deliveries sent per channel, which the sinks must have received.
    """

    per_channel: Counter[str] = Counter()
    with session_scope(engine) as session:
        result.notices = _count(session, Announcement)
        result.entities = _count(session, Entity)
        by_list: dict[str, Counter[str]] = {}
        for entry in list_state(session, DEMO_DATE):
            by_list.setdefault(entry.list or "?", Counter())[entry.status] += 1
        result.list_status = {name: dict(sorted(c.items())) for name, c in sorted(by_list.items())}
        hits = session.exec(select(Hit).order_by(Hit.id)).all()  # type: ignore[arg-type]
        result.hits = [hit_json(session, h) for h in hits]
        sent: Counter[str] = Counter()
        for row in session.exec(select(Delivery).order_by(Delivery.id)).all():  # type: ignore[arg-type]
            if row.status != "sent":
                result.failed_deliveries.append(f"{row.kind} to {row.channel}: {row.status} ({row.last_error})")
                continue
            sent[row.kind] += 1
            per_channel[row.channel] += 1
            if row.kind == "reminder":
                payload = row.payload or {}
                result.reminders.append({key: payload.get(key) for key in REMINDER_KEYS})
        result.deliveries = dict(sorted(sent.items()))
        result.digests = sent.get("digest", 0)
    return dict(per_channel)


REMINDER_KEYS = ("target", "list", "until", "offset_days", "kind", "late", "subscription", "suspended_by")


def _collect_files(smtp: Any, slack: Any, expected: dict[str, int], result: DemoResult) -> None:
    """The received files, once the sinks hold every message the outbox says it sent."""
    emails = smtp.wait_for(expected.get(EMAIL_CHANNEL, 0), SINK_TIMEOUT)
    posts = slack.wait_for(expected.get(SLACK_CHANNEL, 0), SINK_TIMEOUT)
    for eml in emails:
        message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        html = eml.with_suffix(".html")
        kind = _kind_of(str(message["subject"] or ""))
        entry = {"eml": str(eml), "html": str(html) if html.exists() else "", "subject": str(message["subject"]),
                 "kind": kind}
        result.emails.append(entry)
        if kind == "digest" and result.digest_file is None and html.exists():
            result.digest_file = html
    result.slack = [p for p in posts if p.name.startswith("slack-")]


def _kind_of(subject: str) -> str:
    """What a received email is, from its subject (the notifier's subject lines)."""
    lowered = subject.lower()
    if "weekly digest" in lowered:
        return "digest"
    if "suspension of" in lowered and ("ends" in lowered or "ended" in lowered):
        return "reminder"
    return "alert"


def _check(result: DemoResult) -> None:
    """A demo that shows nothing is a failed demo: name the part that came out empty."""
    empty = [name for name, value in (("notices", result.notices), ("entities", result.entities),
                                      ("hits", len(result.hits)), ("emails", len(result.emails)),
                                      ("Slack posts", len(result.slack))) if not value]

    if result.failed_deliveries:
        raise DemoError(f"{counted(len(result.failed_deliveries), 'delivery')} not sent: "
                        f"{'; '.join(result.failed_deliveries[:3])}")
    if empty:
        raise DemoError(f"the demo produced no {', '.join(empty)}; run with --debug and check {result.out}")
