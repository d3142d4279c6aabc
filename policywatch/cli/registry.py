"""Which module defines each command, and its one-line summary: ``policywatch --help`` reads this table
instead of importing every command module (and with them the crawler, notifier and screening stacks).

A command's module is imported only when that command runs or its own ``--help`` is asked for.
``tests/cli/test_cli_shell.py`` checks that the table names every registered command with the summary its
docstring gives, so the two cannot drift apart.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

import click


class Entry(NamedTuple):
    module: str
    summary: str


COMMANDS: dict[str, Entry] = {
    "aliases": Entry("policywatch.cli.aliases", "Names listed entities are also known by (from their filings, "
                     "websites …), matched by screen as aliases."),
    "counterparties": Entry("policywatch.cli.screening",
                            "Your counterparties (suppliers, customers, banks) to screen against the lists."),
    "coverage": Entry("policywatch.cli.history", "Per series and year: the numbers recorded, the gaps in the "
                      "numbering, the first and last date."),
    "crawl": Entry("policywatch.cli.crawl", "One pass over the configured sources: new links only, articles parsed "
                   "and recorded, evidence kept."),
    "deliver": Entry("policywatch.cli.notify", "Send the pending deliveries of the outbox (retries with backoff; "
                     "failed after repeated errors)."),
    "demo": Entry("policywatch.cli.demo", "Offline end-to-end run: replay site → crawler → store → screening → "
                  "email, Slack, digest, reminders."),
    "digest": Entry("policywatch.cli.notify",
                    "The weekly digest: what needs action first, then the changes grouped by list."),
    "export": Entry("policywatch.cli.notify", "Calendars, feeds and data: ``ics`` (suspension end dates), ``rss`` "
                    "(changes), ``ftm`` (FollowTheMoney)."),
    "history": Entry("policywatch.cli.lists", "Every event for an entity (name in either script, or entity id) or a "
                     "notice/item (doc_id, clause id)."),
    "hits": Entry("policywatch.cli.screening", "Counterparties that matched a listed entity, with their review state."),
    "ingest": Entry("policywatch.cli.lists",
                    "Parse notice files (.txt or saved .html pages) and record them as if crawled."),
    "lists": Entry("policywatch.cli.lists", "The state of every list on a date: active, suspended (until), "
                   "terminated, removed or lapsed."),
    "notices": Entry("policywatch.cli.notices", "Recorded announcements, those needing a human read first."),
    "parse": Entry("policywatch.cli.parse",
                   "Parse saved article pages (.html) or notice texts (.txt, UTF-8 or GB18030)."),
    "plan": Entry("policywatch.cli.notify",
                  "Turn new changes into deliveries in the outbox (screening listings first)."),
    "reminders": Entry("policywatch.cli.notify", "Suspensions whose reminder day has come (T-30/T-7/T-1) or that "
                       "ended with no follow-up notice seen."),
    "replay": Entry("policywatch.cli.crawl", "Serve a recorded copy of the sites (<host>/<path>; default: the demo "
                    "site) on 127.0.0.1."),
    "review": Entry("policywatch.cli.screening", "Confirm or dismiss a hit."),
    "run": Entry("policywatch.cli.crawl", "The scheduler: each source on its interval, plan+deliver every minute, "
                 "reminders daily, digest weekly."),
    "screen": Entry("policywatch.cli.screening", "Screen a CSV of counterparties without storing it."),
    "serve": Entry("policywatch.cli.web", "The review workspace (web pages) and the REST API under /api/v1."),
    "sources": Entry("policywatch.cli.crawl", "Health of each source: last success, last outcome, consecutive "
                     "failures, items seen."),
    "subscriptions": Entry("policywatch.cli.notify",
                           "List the subscriptions of subscriptions.yml and whether their channel's variable is set."),
    "tokens": Entry("policywatch.cli.web", "REST API tokens (shown once; only a hash is stored)."),
    "users": Entry("policywatch.cli.web", "Accounts of the review workspace (viewer, reviewer, admin)."),
}


def load_all() -> None:
    """Import every command module (tests, and anything that wants the whole command tree)."""
    for module in sorted({entry.module for entry in COMMANDS.values()}):
        importlib.import_module(module)


class LazyGroup(click.Group):
    """A group whose commands register themselves when their module is imported, on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if cmd_name not in self.commands and entry is not None:
            importlib.import_module(entry.module)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        width = formatter.width - 6 - max(len(name) for name in self.list_commands(ctx))
        rows = []
        for name in self.list_commands(ctx):
            entry = COMMANDS.get(name)
            # A stand-in command shortens the summary exactly as click shortens a loaded command's help.
            shown = click.Command(name, help=entry.summary) if entry else self.commands[name]
            rows.append((name, shown.get_short_help_str(width)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)
