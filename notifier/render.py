"""Rendering with jinja2: every message has a subject, a plain-text body, an HTML body and a Slack body.

Autoescape is on for ``.html`` templates, so every scraped string reaching HTML is escaped; on top of that every
``{{ value }}`` of every format is neutralised by ``notifier/neutralize.py`` (no link but policywatch's own, marked
``| link`` or ``| slack_url``; no mention of anyone).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from policywatch.notifier import neutralize
from policywatch.notifier.neutralize import OwnLink, own_link
from policywatch.parsers.measures import english_or_note


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str
    slack: str


def _slack_url(value: Any) -> OwnLink:
    return own_link("" if value is None else str(value).replace(" ", "%20").replace(")", "%29").replace(
        "<", "%3C").replace(">", "%3E"))


@cache
def environment(fmt: str = "html") -> Environment:
    """The environment for one output format (``html``, ``text``, ``markdown``): every ``{{ value }}`` is
    neutralised for it (``notifier/neutralize.py``) unless a filter already did or it is marked ``| link``."""
    env = Environment(
        loader=PackageLoader("policywatch.notifier", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        finalize=neutralize.finalizer(fmt),
    )
    # .txt and .slack.md are not HTML: autoescape off for them only.
    env.autoescape = lambda name: bool(name and name.endswith(".html"))
    env.filters["slack"] = neutralize.markdown
    env.filters["slack_url"] = _slack_url
    env.filters["link"] = own_link
    # The English of a measure from the table of standard phrasings, or the note that there is none.
    env.filters["measure_en"] = english_or_note
    return env


def render(name: str, subject: str, **context: Any) -> Rendered:
    """Render ``<name>.txt``, ``<name>.html`` and ``<name>.slack.md`` with the same context."""
    context["subject"] = subject
    return Rendered(
        subject=subject,
        text=environment("text").get_template(f"{name}.txt").render(**context).strip() + "\n",
        html=environment("html").get_template(f"{name}.html").render(**context),
        slack=environment("markdown").get_template(f"{name}.slack.md").render(**context).strip(),
    )
