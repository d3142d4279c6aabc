"""Scraped text made inert for each message format: no link but policywatch's own, no mention of anyone.

A notice title or an entity name is text from a web page; in a chat message it must read as text. Each format has
its own ways to make a link or to notify people, so each has its function:

- ``plain`` — text bodies for chat services that render Markdown or autolink (Mattermost, Teams, Discord,
  Telegram, webhooks): mentions (``@here``, ``@everyone``, ``<!channel>``, ``<@U…>``), Markdown links
  (``[x](url)``, ``![x](url)``), Slack links (``<url|x>``), bare URLs and domains are all defused.
- ``markdown`` — the Slack body (apprise turns our Markdown into Slack mrkdwn): the same defusing, with a
  backslash before the characters of link, mention and code syntax (apprise turns ``\\<`` into ``&lt;`` and drops
  the others' backslashes; emphasis is harmless and a backslash before it would show in Slack).
- ``html`` — the email body: ``plain``'s defusing of URLs and mentions, then HTML-escaped (email clients autolink
  bare URLs too).

Defusing keeps the text readable: ``https://evil.example/x`` becomes ``hxxps[:]//evil[.]example/x`` (the usual
"defanged" form analysts know), ``@here`` becomes ``＠here`` and angle brackets become ``＜ ＞`` (fullwidth forms that
no chat service parses). Policywatch's own links are marked with ``own_link`` and left alone.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape


class OwnLink(str):
    """A link policywatch itself puts in a message (the official page): never defused."""

    __slots__ = ()


class Neutral(str):
    """Text already neutralised for the format it is in (a filter's output): not neutralised twice."""

    __slots__ = ()


# Top-level domains chat clients autolink, and a few used for internal hosts; a name like "Co.Ltd" stays as is.
_TLDS = (
    "com|net|org|info|biz|io|co|me|app|dev|xyz|top|site|online|link|click|example|test|local|localhost|internal|"
    "gov|edu|mil|int|cn|hk|tw|mo|jp|kr|ru|uk|us|de|fr|nl|eu|in|sg|au|ca|ly|gl|to|cc|tk|ml|ga|cf|gq|ai|gg|sh|su|ws|"
    "zip|mov|is|it|es|ch|se|no|br|mx|ir|kp|by|ua|pl|cz|vn|th|my|id|ph|pk|ae|sa|il|tr|za|nz|ar|cl|be|at|dk|fi|pt"
)
_SCHEME = re.compile(r"\b([a-z][a-z0-9+.-]{1,15}):(?=//)", re.IGNORECASE)
_HTTP = re.compile(r"\bhttp(s?)(?=\[:\]//)", re.IGNORECASE)
_DOMAIN = re.compile(rf"\b((?:[a-z0-9-]+\.)+)({_TLDS})(?![a-z0-9-])", re.IGNORECASE)
_IPV4 = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
_WWW = re.compile(r"\bwww\.", re.IGNORECASE)
_MENTION = re.compile(r"@(?=[\w\u00c0-\uffff])")
_MD_LINK = re.compile(r"\]\s*\(")
_MD_SPECIAL = re.compile(r"([`\[\]<>])")


def _defang(text: str) -> str:
    text = _SCHEME.sub(r"\1[:]", text)
    text = _HTTP.sub(r"hxxp\1", text)
    text = _WWW.sub("www[.]", text)
    text = _DOMAIN.sub(lambda m: m.group(1)[:-1].replace(".", "[.]") + "[.]" + m.group(2), text)
    return _IPV4.sub(r"\1[.]\2[.]\3[.]\4", text)


def _defuse(text: str) -> str:
    """URLs and domains defanged, mentions broken; shared by every format."""
    return _MENTION.sub("＠", _defang(text))


def plain(value: Any) -> str:
    """Scraped text for a plain-text chat body: no link, no mention, no Markdown or Slack link syntax."""
    if value is None:
        return ""
    text = _defuse(str(value)).replace("<", "＜").replace(">", "＞")
    return _MD_LINK.sub("] (", text)


def markdown(value: Any) -> Neutral:
    """Scraped text for a Markdown body (Slack via apprise): URLs and mentions defused, link syntax broken, and
    ``< > [ ]`` and backticks escaped (apprise turns ``\\<`` into Slack's ``&lt;``); a scraped backslash becomes
    ``＼`` so it cannot undo an escape."""
    if value is None:
        return Neutral("")
    text = _MD_LINK.sub("] (", _defuse(str(value)).replace("\\", "＼"))
    return Neutral(_MD_SPECIAL.sub(r"\\\1", text))


def html(value: Any) -> Markup:
    """Scraped text for an HTML body: URLs and mentions defused, then escaped."""
    return escape("" if value is None else _defuse(str(value)))


def own_link(value: Any) -> OwnLink:
    """Mark a URL policywatch puts in a message itself (the official page)."""
    return OwnLink("" if value is None else str(value))


def finalizer(fmt: str) -> Any:
    """A jinja2 ``finalize`` for templates of ``fmt`` (``text``, ``markdown``, ``html``): every ``{{ value }}`` not
    already neutralised (a filter's output) or marked as policywatch's own link is neutralised for that format."""
    neutral = {"text": plain, "markdown": markdown, "html": html}[fmt]

    def finalize(value: Any) -> Any:
        if not isinstance(value, str) or isinstance(value, (OwnLink, Neutral, Markup)):
            return value
        return neutral(value)

    return finalize
