"""The options many commands share, each with one help text pattern: ``--json``, ``--format``, ``--as-of`` and
the other dates. A command says only what is particular to it (what it prints, what the date means).

Kept free of our other modules: ``policywatch --help`` imports this through no command module, but every
command module imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

# A day as the user types it; click turns it into a datetime at midnight (commands take its .date()).
DATE = click.DateTime(formats=["%Y-%m-%d"])


def json_option(what: str, *, same_as_format: bool = False) -> Callable[[F], F]:
    """``--json`` (into ``as_json``): "Print WHAT as JSON." — and, beside ``--format``, that it is its shorthand."""
    also = " (same as --format json)" if same_as_format else ""
    return click.option("--json", "as_json", is_flag=True, help=f"Print {what} as JSON{also}.")


def format_option(choices: Sequence[str], default: str | None) -> Callable[[F], F]:
    """``--format`` (into ``fmt``): the first choice is for reading, json and csv for other tools."""
    reading, *others = choices
    machine = " and ".join(c for c in others if c in ("json", "csv"))
    help_text = f"{reading} for reading; {machine} for other tools"
    if "csv" in others:
        help_text += " (csv is Excel-safe, with a BOM)"
    if default is None:
        help_text += f"; default {reading}, or json with --json"
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default,
                        show_default=default is not None, help=help_text + ".")


def date_option(name: str, help: str, *, default: str = "today", zone: str = "Beijing",
                dest: str | None = None, parse: bool = True) -> Callable[[F], F]:
    """A date option NAME: "HELP (YYYY-MM-DD, ZONE); default DEFAULT."

    ``parse=False`` hands the command the text as typed (a command that reads the date itself).
    """
    decls = [name, dest] if dest else [name]
    kind: click.ParamType | None = DATE if parse else None
    return click.option(*decls, type=kind, metavar="DATE", help=f"{help} (YYYY-MM-DD, {zone}); default {default}.")


def as_of_option(help: str, *, parse: bool = True) -> Callable[[F], F]:
    """``--as-of`` (into ``as_of``): the day a command looks at the lists as they stood, Beijing, default today."""
    return date_option("--as-of", help, dest="as_of", parse=parse)
