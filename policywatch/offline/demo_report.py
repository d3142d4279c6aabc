"""The human report of ``policywatch demo``: what happened, in the order it happened, and where the outputs are."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from policywatch.offline.demo import DEMO_DATE, DemoResult

STATUS_ORDER = ("active", "suspended", "lapsed", "terminated", "removed", "unresolved")
LIST_LABELS = {
    "UEL": "Unreliable Entity List",
    "ECL": "Export control list",
    "ECWL": "Export control watch list",
    "CML": "Countermeasure list",
    "ITEM": "Item controls",
}
OUTCOME_NOTES = {
    "challenge": "anti-bot page (HTTP 412) kept as evidence, not bypassed — manual path: policywatch ingest FILE",
}


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _rel(path: str | Path | None, base: Path) -> str:
    if not path:
        return "-"
    p = Path(path)
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        try:
            return str(base.name / p.relative_to(base))
        except ValueError:
            return str(p)


def print_report(result: DemoResult, console: Console | None = None) -> None:
    console = console or Console()
    out = result.out
    title = Text.assemble(("policywatch demo", "bold"), f" — offline, on 127.0.0.1, as of {DEMO_DATE} (Beijing)")
    console.print(title, soft_wrap=True)

    sources = Table(title="Sources crawled (replay site, real crawler)", title_justify="left", box=None,
                    padding=(0, 2, 0, 0))
    for column in ("source", "outcome", "fetched", "recorded", ""):
        sources.add_column(column, justify="right" if column in ("fetched", "recorded") else "left")
    for c in result.crawls:
        style = "green" if c["outcome"] in ("ok", "not_modified") else "yellow"
        note = OUTCOME_NOTES.get(c["outcome"], c["error"] or "")
        sources.add_row(Text(c["source"]), Text(c["outcome"], style=style), str(c["fetched"]), str(c["recorded"]),
                        Text(note))
    console.print(sources)
    console.print(f"Notices recorded: [bold]{result.notices}[/bold]   entities: [bold]{result.entities}[/bold]   "
                  f"counterparties imported: [bold]{result.counterparties}[/bold]", soft_wrap=True)

    lists = Table(title=f"Lists on {DEMO_DATE}", title_justify="left", box=None, padding=(0, 2, 0, 0))
    lists.add_column("list")
    statuses = [s for s in STATUS_ORDER if any(s in c for c in result.list_status.values())]
    statuses += sorted({s for c in result.list_status.values() for s in c} - set(statuses))
    for status in statuses:
        lists.add_column(status, justify="right")
    for name, counts in result.list_status.items():
        label = f"{name} {LIST_LABELS.get(name, '')}".strip()
        lists.add_row(label, *(str(counts.get(s, "")) for s in statuses))
    console.print(lists)

    hits = Table(title="Counterparty hits (awaiting review)", title_justify="left", box=None, padding=(0, 2, 0, 0))
    for column in ("hit", "your counterparty", "listed entity", "list", "listed by", "score"):
        hits.add_column(column, justify="right" if column in ("hit", "score") else "left")
    for h in result.hits:
        listed = " / ".join(n for n in (h.get("name_zh"), h.get("name_en")) if n)
        hits.add_row(str(h["id"]), Text(f"{h['counterparty']['id']} {h['counterparty']['name']}"), Text(listed),
                     Text(h["list"] or "-"), Text(h["listed_by"] or "-"), f"{h['score']:.2f}")
    console.print(hits)

    d = result.deliveries
    kinds = ", ".join(_plural(d.get(kind, 0), label) for kind, label in (
        ("alert", "alert"), ("ops", "source-health alert"), ("digest", "digest"), ("reminder", "reminder")))
    console.print(f"Messages delivered: [bold]{_plural(len(result.emails), 'email')}[/bold], "
                  f"[bold]{_plural(len(result.slack), 'Slack post')}[/bold] ({kinds})", soft_wrap=True)
    for r in result.reminders:
        if r.get("kind") == "before_end" and r.get("subscription"):
            console.print(Text(f"  reminder to {r['subscription']}: suspension of {r['target']} ends {r['until']} "
                               f"(T-{r['offset_days']})"), soft_wrap=True)

    mails = Table(title="Received email (SMTP server on 127.0.0.1)", title_justify="left", box=None,
                  padding=(0, 2, 0, 0))
    mails.add_column("file", no_wrap=True)
    mails.add_column("subject", overflow="fold")
    for m in result.emails:
        name = Path(m["eml"]).name
        mails.add_row(Text(name + (" + .html" if m["html"] else "")), Text(m["subject"].removeprefix("[policywatch] ")))
    console.print(mails)

    files = Table(title="Files", title_justify="left", box=None, padding=(0, 2, 0, 0))
    files.add_column("what", no_wrap=True)
    files.add_column("where", overflow="fold")
    files.add_row("database", Text(_rel(result.db, out)))
    files.add_row("emails", Text(f"{_rel(out / 'mail', out)}/ ({len(result.emails)} .eml, each with its HTML part "
                                 "as .html)"))
    slack_note = f", first: {Path(result.slack[0]).name}" if result.slack else ""
    files.add_row("Slack posts", Text(f"{_rel(out / 'slack', out)}/ ({len(result.slack)} .json{slack_note})"))
    files.add_row("weekly digest", Text(_rel(result.digest_file, out)))
    files.add_row("calendar", Text(_rel(result.ics_file, out)))
    console.print(files)
    console.print(f"Done in [bold]{result.seconds:.1f} s[/bold].", soft_wrap=True)
    console.print(Text(f"Look around: policywatch --db sqlite:///{_rel(result.db, out)} lists --as-of {DEMO_DATE}"),
                  soft_wrap=True)
    workspace_db = f"sqlite:///{_rel(result.db, out)}"
    console.print(Text(f"Open the review workspace: echo 'choose-a-password' | policywatch --db {workspace_db} "
                       f"users add admin --role admin --password-stdin && policywatch --db {workspace_db} serve  "
                       "(then http://127.0.0.1:8000/)"), soft_wrap=True)
