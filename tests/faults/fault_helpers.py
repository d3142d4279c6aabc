"""The whole pipeline in one process, on loopback: replay site (with faults) → crawl ticks → plan → deliver to a
real SMTP server and a Slack sink, through the scheduler's own tick functions (``policywatch.scheduler.Ticks``)
with the demo's channels and subscriptions and an injected clock. ``snapshot`` reads back what a run left:
list state, the outbox, what the sinks received, baselines and source health — to compare with a clean run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import json
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import FetchPolicy, load_sources
from policywatch.offline.demo import DEMO_DATE, DemoClock, demo_config, demo_environment, import_counterparties
from policywatch.offline.replay import ReplayServer, serve
from policywatch.offline.sinks import HttpSink, SmtpSink
from policywatch.offline.sinks import demo_environment as sink_environment
from policywatch.scheduler import Ticks
from policywatch.store import init_db, list_state, make_engine, session_scope
from policywatch.store.models import Announcement, Baseline, Change, Delivery, SeenLink, Source

# One source keeps each case fast (4 notices; tests/crawler covers every layout's faults): the 安全与管制局 home page.
SOURCES = ("aqygzj-home",)
SOURCE = SOURCES[0]
LIST_PAGE = "/aqygzj.mofcom.gov.cn/"
ARTICLE = "/aqygzj.mofcom.gov.cn/flzc/gzjgfxwj/art/2025/art_d52352ad387d4d9eac9ce684f12e777b.html"
# Beside the demo's subscriptions (email only on a counterparty hit), a mailbox hearing of every listing, so the
# SMTP cases have mail to lose.
EXTRA_SUBSCRIPTION = """
  - name: faults-desk-email
    who: every listing by email
    channel: demo-email
    events: [listing, suspension, termination]
    digest: false
    since: 2025-04-01
"""
FAILED = ("error", "challenge", "layout_error")
# Retries and backoff as shipped, only scaled down so a case does not sleep for seconds.
FAST = FetchPolicy(timeout=2.0, retries=3, backoff_base=0.01, backoff_max=0.05, min_gap=0.0)


def make_config(folder: Path) -> Path:
    """A --config folder: the demo's channels and subscriptions, and the shipped config of ``SOURCES`` only."""
    shipped = Path(str(demo_config().parent))
    (folder / "sources").mkdir(parents=True)
    for name in SOURCES:
        shutil.copy(shipped / "sources" / f"{name}.yml", folder / "sources" / f"{name}.yml")
    shutil.copy(demo_config() / "channels.yml", folder / "channels.yml")
    subscriptions = (demo_config() / "subscriptions.yml").read_text(encoding="utf-8")
    (folder / "subscriptions.yml").write_text(subscriptions.rstrip("\n") + "\n" + EXTRA_SUBSCRIPTION, encoding="utf-8")
    return folder


def make_template(db: Path) -> Path:
    """An empty, migrated database holding the demo counterparties (copied per test: migrations run once)."""
    engine = make_engine(f"sqlite:///{db}")
    try:
        init_db(engine)
        import_counterparties(engine, demo_config() / "counterparties.csv")
    finally:
        engine.dispose()
    return db


@dataclass
class Snapshot:
    """What a run left behind, in terms that do not depend on row ids or timing."""

    lists: list[dict[str, Any]]
    announcements: list[str]
    alerts: Counter[tuple[Any, ...]]  # sent alert deliveries by (change kind, doc_id, subscription, channel)
    unsent: list[str]
    dedupe_keys: Counter[str]
    received: Counter[tuple[str, str]]  # what the sinks got: (sink, subject or Slack title), ops messages excluded
    ops_received: int
    baselines: dict[str, list[tuple[Any, ...]]]
    orphans: list[str]  # seen links whose doc_id was never recorded
    health: dict[str, tuple[str | None, int]]
    health_changes: Counter[str]


@dataclass
class Pipeline:
    """One database, one replay server, one SMTP server and one Slack sink; ``tick()`` runs the scheduler's ticks."""

    root: Path
    config: Path
    template: Path
    replay: ReplayServer = field(init=False)
    smtp: SmtpSink = field(init=False)
    slack: HttpSink = field(init=False)
    engine: Engine = field(init=False)
    clock: DemoClock = field(default_factory=DemoClock)
    policy: FetchPolicy = field(default_factory=lambda: FAST)
    stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    @property
    def db(self) -> Path:
        return self.root / "policywatch.db"

    def start(self) -> Pipeline:
        self.root.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.template, self.db)
        self.replay = serve(demo_config() / "site")
        self.stack.callback(self.replay.stop)
        self.smtp = SmtpSink(self.root / "mail").start()
        self.stack.callback(lambda: self.smtp.stop())
        self.slack = HttpSink(self.root / "slack").start()
        self.stack.callback(self.slack.stop)
        self.stack.enter_context(demo_environment(sink_environment(self.smtp, self.slack)))
        self.engine = make_engine(f"sqlite:///{self.db}")
        self.stack.callback(self.engine.dispose)
        return self

    def close(self) -> None:
        self.stack.close()

    def ticks(self) -> Ticks:
        return Ticks(self.engine, self.config, load_sources(self.config), mirror=self.replay.url, clock=self.clock,
                     policy=self.policy)

    def crawl(self) -> dict[str, Any]:
        ticks = self.ticks()
        outcomes = {}
        for source in ticks.sources:
            outcomes[source.name] = ticks.crawl_source(source.name)
            self.clock.advance()
        return outcomes

    def plan_and_deliver(self) -> dict[str, Any]:
        report = self.ticks().plan_and_deliver()
        self.clock.advance(5)
        return report

    def tick(self) -> tuple[dict[str, Any], dict[str, Any]]:
        return self.crawl(), self.plan_and_deliver()

    def recover(self) -> None:
        """Faults gone: the next tick (an hour later, past any backoff) catches up; one more plan+deliver shows
        that nothing is left to send."""
        self.replay.faults.clear()
        self.clock.advance(60)
        self.tick()
        self.clock.advance(60)
        self.plan_and_deliver()

    def snapshot(self, *, wait: bool = True) -> Snapshot:
        return snapshot(self.engine, self.smtp, self.slack, wait=wait)


@contextlib.contextmanager
def pipeline(root: Path, config: Path, template: Path) -> Iterator[Pipeline]:
    pipe = Pipeline(root, config, template).start()
    try:
        yield pipe
    finally:
        pipe.close()


def baselines(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    for b in session.exec(select(Baseline)).all():
        # Not the content hash: a GB18030 copy of a page hashes differently from the UTF-8 one and is as good.
        out.setdefault(b.source, []).append((b.url, b.link_count))
    return {k: sorted(v) for k, v in out.items()}


def _received(smtp: SmtpSink, slack: HttpSink, ops_subjects: set[str]) -> tuple[Counter[tuple[str, str]], int]:
    got: Counter[tuple[str, str]] = Counter()
    ops = 0
    for eml in smtp.messages:
        subject = str(email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)["subject"])
        if subject in ops_subjects:
            ops += 1
        else:
            got[("email", subject)] += 1
    for post in slack.messages:
        body = json.loads(post.read_text(encoding="utf-8"))["body"]
        title = str(body["attachments"][0].get("title") if body.get("attachments") else body.get("text"))
        if any(title.startswith(s) or s.startswith(title) for s in ops_subjects):
            ops += 1
        else:
            got[("slack", title)] += 1
    return got, ops


def _entry(entry: dict[str, Any]) -> dict[str, Any]:
    """A list entry without its row id (which depends on the order notices were recorded in)."""
    return {k: v for k, v in entry.items() if k != "entity_id"}


def snapshot(engine: Engine, smtp: SmtpSink, slack: HttpSink, *, wait: bool = True) -> Snapshot:
    with session_scope(engine) as session:
        rows = session.exec(select(Delivery)).all()
        sent = [r for r in rows if r.status == "sent"]
        if wait:  # the outbox says these were accepted: the sinks hold them once their threads wrote the files
            smtp.wait_for(sum(r.channel == "demo-email" for r in sent), 10)
            slack.wait_for(sum(r.channel == "demo-slack" for r in sent), 10)
        alerts: Counter[tuple[Any, ...]] = Counter(
            ((r.payload or {}).get("change_kind"), (r.payload or {}).get("doc_id"), r.subscription, r.channel)
            for r in sent if r.kind == "alert"
        )
        ops_subjects = {r.subject for r in rows if r.kind == "ops"}
        received, ops = _received(smtp, slack, ops_subjects)
        seen_docs = {s.doc_id for s in session.exec(select(SeenLink)).all() if s.doc_id}
        recorded = {a.doc_id for a in session.exec(select(Announcement)).all()}
        sources = {s.name: (s.last_outcome, s.consecutive_failures) for s in session.exec(select(Source)).all()}
        health_changes = Counter(
            c.source or "" for c in session.exec(select(Change).where(Change.kind == "source_health")).all()
        )
        return Snapshot(
            lists=[_entry(e.to_json()) for e in list_state(session, DEMO_DATE)],
            announcements=sorted(recorded),
            alerts=alerts,
            unsent=[f"{r.dedupe_key}: {r.status} ({r.last_error})" for r in rows if r.status != "sent"],
            dedupe_keys=Counter(r.dedupe_key for r in rows),
            received=received,
            ops_received=ops,
            baselines=baselines(session),
            orphans=sorted(seen_docs - recorded),
            health=sources,
            health_changes=health_changes,
        )


def lost_and_duplicated(clean: Snapshot, got: Snapshot) -> tuple[int, int]:
    """Alerts the clean run delivered that this run did not, and those it delivered more often (outbox + sinks)."""
    lost = sum((clean.alerts - got.alerts).values()) + sum((clean.received - got.received).values())
    duplicated = (sum((got.alerts - clean.alerts).values()) + sum((got.received - clean.received).values())
                  + sum(n - 1 for n in got.dedupe_keys.values() if n > 1))
    return lost, duplicated


def day_start() -> dt.datetime:
    return DemoClock().now
