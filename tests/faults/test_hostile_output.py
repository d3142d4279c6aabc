"""Hostile scraped text (HTML and JS in entity names and titles; formula-leading names) reaches every output
escaped: email HTML, the digest, the Slack payload, the RSS feed, and the CSV exports of ``lists`` and ``screen``."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from fault_helpers import Pipeline, lost_and_duplicated

from policywatch.cli.app import run
from policywatch.notifier.exports import changes_rss
from policywatch.parsers.types import Action, Announcement, Entity
from policywatch.screening.counterparties import CounterpartyRow
from policywatch.screening.hits import import_counterparties
from policywatch.store import record, session_scope

SCRIPT = '<script>alert("pw")</script>'
IMG = "<img src=x onerror=alert(1)>"
EVIL_EN = f"{SCRIPT} Evil & Sons Trading"
EVIL_ZH = f"{IMG}邪恶贸易公司"
FORMULAS = ("=HYPERLINK(\"http://evil.example\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)")
RAW = re.compile(r"<\s*(script|img)\b", re.IGNORECASE)


def hostile_notice(doc_id: str, entities: list[Entity], title: str) -> Announcement:
    published = dt.date(2026, 11, 18)
    return Announcement(
        doc_id=doc_id, number=None, issuer="不可靠实体清单工作机制", title=title, published=published,
        url=f"https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/{doc_id}.html",
        actions=(Action(kind="add", list="UEL", entities=tuple(entities), effective=published,
                        measures=(f"禁止{SCRIPT}从事进出口活动",)),),
        text_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
    )


def test_html_and_js_in_names_and_titles_are_escaped_everywhere(pipe: Pipeline) -> None:
    with session_scope(pipe.engine) as session:
        import_counterparties(session, [CounterpartyRow(1, "C-EVIL", EVIL_EN)])
        record(session, hostile_notice("UEL-2099-1", [Entity(EVIL_ZH, EVIL_EN, "US")], f"{IMG}{SCRIPT} 公告"))
    report = pipe.plan_and_deliver()
    assert report["sent"] >= 3 and not report["errors"], report
    pipe.clock.now = dt.datetime(2026, 11, 20, 0, 0)
    pipe.ticks().digest()
    report = pipe.plan_and_deliver()
    assert report["sent"] >= 1, report
    snap = pipe.snapshot()
    assert snap.received and not snap.unsent

    htmls = [p for p in (pipe.root / "mail").iterdir() if p.suffix == ".html"]
    digests = [p for p in htmls if "digest" in p.read_text(encoding="utf-8").lower()]
    assert htmls and digests
    for page in htmls:
        body = page.read_text(encoding="utf-8")
        assert not RAW.search(body), (page.name, RAW.search(body))
        assert "Evil &amp; Sons" in body and "&lt;script&gt;" in body  # shown, as text
    posts = [json.loads(p.read_text(encoding="utf-8"))["body"] for p in pipe.slack.messages]
    assert posts
    for post in posts:
        text = json.dumps(post, ensure_ascii=False)
        # The starting state (what was true on the desk's `since`) names no entity; every alert names Evil.
        assert "Evil" in text or "starting state for" in text
        # Slack mrkdwn: <…> is a link or a mention; scraped text must carry &lt; &gt; &amp; instead.
        for value in _strings(post):
            assert not RAW.search(value), value
    with session_scope(pipe.engine) as session:
        feed = changes_rss(session).decode("utf-8")
    assert "Evil" in feed and not RAW.search(feed)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _cli(args: list[str], capfdbinary: pytest.CaptureFixture[bytes]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        run(args)
    out, err = capfdbinary.readouterr()
    assert not err or b"Traceback" not in err
    return int(exit_.value.code or 0), out.decode("utf-8-sig")


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_formula_leading_cells_are_neutralised_in_csv_exports(tmp_path: Path,
                                                              capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    db = f"sqlite:///{tmp_path / 'csv.db'}"
    entities = [Entity(None, name, "US") for name in FORMULAS]
    code, _ = _cli(["--db", db, "lists"], capfdbinary)  # creates the schema
    from policywatch.store import make_engine

    engine = make_engine(db)
    with session_scope(engine) as session:
        record(session, hostile_notice("UEL-2099-2", entities, "formula test"))
    engine.dispose()

    code, out = _cli(["--db", db, "lists", "--as-of", "2026-11-20", "--format", "csv"], capfdbinary)
    assert code == 0
    names = [c for c in _cells(out) if any(f in c for f in FORMULAS)]
    assert len(names) == len(FORMULAS), out
    assert all(c.startswith("'") for c in names), names

    rows = tmp_path / "cp.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name"])
        writer.writerows([f"{lead}{i}", text] for i, (lead, text) in enumerate(zip("=+-@", FORMULAS, strict=True)))
    code, out = _cli(["--db", db, "screen", str(rows), "--as-of", "2026-11-20", "--format", "csv"], capfdbinary)
    assert code == 0
    risky = [c for c in _cells(out)[1:] if c and c[0] in "=+-@\t\r"]
    assert not risky, risky
    assert sum(c.startswith("'") for c in _cells(out)) >= 2 * len(FORMULAS)


# Scraped text dressed as links and mentions (issue 17 item 1): a Markdown link that looks like the official one,
# Slack's own link and mention syntax, chat mentions and bare URLs.
DISGUISED_TITLE = "[官方页面](https://evil.example/phish) <!channel> @here 公告"
DISGUISED_EN = "<https://evil.example/login|Official page> @everyone Evil Corp www.evil.example"
DISGUISED_ZH = "<@U024BE7LH>邪恶公司 http://169.254.169.254/latest"
EVIL_LINK = re.compile(r"(https?://|www\.)\S*evil|evil\.example|169\.254\.169\.254|<(?!!DOCTYPE)[!@#]|@(here|channel|everyone)\b",
                       re.IGNORECASE)


def test_disguised_links_and_mentions_never_reach_a_message(pipe: Pipeline, ledger) -> None:
    """Every message format (Slack payload as received, Markdown, text, HTML) carries the scraped text
    readable, with no link but policywatch's own and nothing that mentions anyone."""
    from policywatch.notifier.render import render

    with session_scope(pipe.engine) as session:
        import_counterparties(session, [CounterpartyRow(1, "C-DISGUISED", DISGUISED_EN)])
        record(session, hostile_notice("UEL-2099-3", [Entity(DISGUISED_ZH, DISGUISED_EN, "US")], DISGUISED_TITLE))
    report = pipe.plan_and_deliver()
    assert report["sent"] >= 1 and not report["errors"], report
    snap = pipe.snapshot()
    posts = [json.loads(p.read_text(encoding="utf-8"))["body"] for p in pipe.slack.messages]
    assert posts
    official = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/UEL-2099-3.html"
    found = []
    for post in posts:
        for value in _strings(post):
            assert not EVIL_LINK.search(value), value
            links = re.findall(r"<([^>|]+)(?:\|[^>]*)?>", value)
            assert all(link == official for link in links), links
        found.append("Evil Corp" in json.dumps(post, ensure_ascii=False))
    assert any(found)
    htmls = [p.read_text(encoding="utf-8") for p in (pipe.root / "mail").iterdir() if p.suffix == ".html"]
    assert htmls
    for body in htmls:
        assert not EVIL_LINK.search(body)
        assert set(re.findall(r'href="([^"]+)"', body)) <= {official}
    view = {"kind": "listing", "list": "UEL", "headline": DISGUISED_TITLE, "title": DISGUISED_TITLE,
            "url": official, "hits": [], "referenced": [], "names_missing": False, "entities": [
                {"name_zh": DISGUISED_ZH, "name_en": DISGUISED_EN, "country": "US"}],
            "measures": [DISGUISED_EN], "doc_id": "UEL-2099-3", "number": None, "published": None,
            "effective": None, "until": None, "until_computed": False, "targets": [], "warnings": [],
            "list_label": "UEL", "summary": DISGUISED_TITLE}
    rendered = render("alert", DISGUISED_TITLE, change=view)
    # The Markdown body as apprise hands it to Slack: an escaped angle bracket becomes an entity.
    slack = rendered.slack.replace("\\<", "&lt;").replace("\\>", "&gt;")
    for body in (rendered.text, slack, rendered.html):
        assert not EVIL_LINK.search(body), body
        assert "Evil Corp" in body and official in body
    assert re.findall(r"\]\(([^)]*)\)", rendered.slack) == [official]
    ledger.note("disguised links and mentions", True, *lost_and_duplicated(snap, snap))
