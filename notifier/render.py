"""Rendering with jinja2: every message has a subject, a plain-text body, an HTML body and a Slack body.

Autoescape is on for ``.html`` templates, so every scraped string reaching HTML is escaped; Slack bodies pass
scraped strings through the ``slack`` filter (no raw ``<``/``>`` that Slack would read as a link or mention).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str
    slack: str


def _slack(value: Any) -> str:
    """A scraped string for apprise's Markdown→Slack conversion: angle brackets escaped, never tags."""
    if value is None:
        return ""
    return str(value).replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>")


def _slack_url(value: Any) -> str:
    return "" if value is None else str(value).replace(" ", "%20").replace(")", "%29").replace("<", "%3C").replace(
        ">", "%3E"
    )


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("policywatch.notifier", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    # .txt and .slack.md are not HTML: autoescape off for them only.
    env.autoescape = lambda name: bool(name and name.endswith(".html"))
    env.filters["slack"] = _slack
    env.filters["slack_url"] = _slack_url
    return env


def render(name: str, subject: str, **context: Any) -> Rendered:
    """Render ``<name>.txt``, ``<name>.html`` and ``<name>.slack.md`` with the same context."""
    env = environment()
    context["subject"] = subject
    return Rendered(
        subject=subject,
        text=env.get_template(f"{name}.txt").render(**context).strip() + "\n",
        html=env.get_template(f"{name}.html").render(**context),
        slack=env.get_template(f"{name}.slack.md").render(**context).strip(),
    )
