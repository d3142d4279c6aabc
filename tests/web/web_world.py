"""A small real database for the workspace tests: a notice with a hostile entity name, its snapshot, a hit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.parsers import Action, Announcement, Entity
from policywatch.screening.counterparties import read_counterparties
from policywatch.screening.hits import import_counterparties
from policywatch.store import init_db, make_engine, record, session_scope
from policywatch.store.evidence import save_snapshot
from policywatch.store.models import Hit
from policywatch.web.accounts import add_user

HOSTILE_ZH = "<script>window.__pwned=1</script>恶意公司"
HOSTILE_EN = '<img src=x onerror="window.__pwned=2">Evil Corp'
NOW = dt.datetime(2026, 12, 1, 2, 0)  # naive UTC: 10:00 in Beijing
PASSWORD = "correct horse battery"
USERS = {"vera": "viewer", "rita": "reviewer", "rob": "reviewer", "ada": "admin"}
EVIDENCE = ("<html><head><script>window.__pwned=3</script></head><body><h1>不可靠实体清单工作机制公告</h1>"
            "<p>将<b>斯凯迪奥公司</b>列入不可靠实体清单。</p><img src=x onerror=\"window.__pwned=4\"></body></html>")


def notices() -> list[Announcement]:
    skydio = Entity("斯凯迪奥公司", "Skydio Inc.", "US")
    hostile = Entity(HOSTILE_ZH, HOSTILE_EN, "US")
    return [
        Announcement("UEL-2025-7", "不可靠实体清单工作机制公告〔2025〕7号", "不可靠实体清单工作机制",
                     "关于将斯凯迪奥公司列入不可靠实体清单的公告", dt.date(2025, 4, 4),
                     "https://www.mofcom.gov.cn/zcfb/blgg/art/2025/art_7.html",
                     (Action("add", "UEL", (skydio, hostile), effective=dt.date(2025, 4, 4),
                             measures=("禁止上述企业从事与中国有关的进出口活动",)),), text_hash="h7"),
        Announcement("UEL-2026-3", "不可靠实体清单工作机制公告〔2026〕3号", "不可靠实体清单工作机制",
                     "<b>未读出措施</b>的公告", dt.date(2026, 3, 1), "https://www.mofcom.gov.cn/x/3.html",
                     (), text_hash="h3", needs_review=True,
                     review_reasons=("a notice of the UEL working mechanism with no action read",)),
    ]


def build(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    init_db(engine)
    with session_scope(engine) as session:
        for n in notices():
            snap = save_snapshot(session, source="mofcom-gg", url=n.url or "", status=200,
                                 headers={"content-type": "text/html"}, body=EVIDENCE.encode("utf-8"), outcome="ok",
                                 now=NOW - dt.timedelta(days=1))
            record(session, n, snapshot_id=snap.id)
        for name, role in USERS.items():
            add_user(session, name, role, PASSWORD, now=NOW)
    csv = path.with_suffix(".csv")
    csv.write_text(f'id,name,name_zh\nC-1,"SKYDIO, INC",\nC-2,"{HOSTILE_EN.replace(chr(34), chr(34) * 2)}",\n',
                   encoding="utf-8")
    with session_scope(engine) as session:
        import_counterparties(session, read_counterparties(csv), as_of=dt.date(2026, 12, 1))
    with session_scope(engine) as session:
        assert len(session.exec(select(Hit)).all()) >= 2, "the world needs a hit per counterparty"
    return engine


class Clock:
    """The injected clock: tests move it forward by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):  # noqa: ANN204
        return self.now


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token (read from a page's form)."""
    page = client.get("/login")
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    response = client.post("/login", data={"name": name, "password": password, "csrf": csrf},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    home = client.get("/")
    return home.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
