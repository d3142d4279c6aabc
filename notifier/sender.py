"""Sending one rendered message to one channel with apprise, reading the per-service result."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import apprise
from apprise.plugins.slack import NotifySlack

from policywatch.notifier import neutralize
from policywatch.notifier.channels import (
    SLACK_WEBHOOK_BASE_ENV,
    Channel,
    ChannelError,
    resolve_url,
    scrub,
)

log = logging.getLogger("policywatch.notifier")
BEIJING_OFFSET = dt.timedelta(hours=8)
# One email send at a time may lend apprise its own text part (see own_text_part).
_TEXT_PART_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """What the outbox hands to a sender: already rendered, no secret inside."""

    delivery_id: int
    dedupe_key: str
    kind: str
    channel: str
    subject: str
    text: str
    html: str
    slack: str


@dataclass(frozen=True, slots=True)
class SendOutcome:
    ok: bool
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "error": self.error}


Send = Callable[[OutgoingMessage], SendOutcome]


def point_slack_at(plugin: Any, base: str | None) -> None:
    """Send a Slack webhook to ``<base>/services/…`` instead of hooks.slack.com.

    apprise 2.x builds the webhook URL from the class attribute ``NotifySlack.webhook_url`` and offers no URL
    option for it, so a loopback Slack sink (tests, ``policywatch demo``) is reached by shadowing that attribute
    on this one plugin instance. Real deployments leave ``POLICYWATCH_SLACK_WEBHOOK_BASE`` unset.
    """
    if base and isinstance(plugin, NotifySlack):
        plugin.webhook_url = base.rstrip("/") + "/services"


class ClockZone(dt.tzinfo):
    """Beijing time (UTC+8, no DST) whose "now" is an injected clock's: the Date header of an email.

    apprise stamps an email with ``datetime.now(tz=asset.tzinfo)``, and ``datetime.now(tz)`` is
    ``tz.fromutc(<the wall clock>)``, so this zone is how the scheduler's clock (a replayed day, the demo's
    2026-11-20) dates the email as it dates the content. Only ever given to apprise for one email send.
    """

    def __init__(self, clock: Callable[[], dt.datetime]) -> None:
        super().__init__()
        self._clock = clock

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        return BEIJING_OFFSET

    def dst(self, when: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def tzname(self, when: dt.datetime | None) -> str:
        return "CST"

    def fromutc(self, when: dt.datetime) -> dt.datetime:
        now = self._clock()
        utc = now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now  # naive clocks are UTC
        return (utc + BEIJING_OFFSET).replace(tzinfo=self)


def _format_for(url: str) -> str:
    scheme = url.split("://", 1)[0].lower()
    if scheme in ("mailto", "mailtos", "email", "emails"):
        return "email"
    if scheme == "slack" or url.startswith(("https://hooks.slack.com/", "https://hooks.slack-gov.com/")):
        return "slack"
    return "text"


@contextlib.contextmanager
def own_text_part(html: str, text: str) -> Iterator[None]:
    """While apprise builds an email whose HTML body is ``html``, its text/plain part is ``text``.

    apprise writes the text/plain alternative by converting the HTML, which puts every table cell and every
    ``<code>`` on a line of its own: a review command is cut from its sentence. Our ``.txt`` template is written
    to be read as text, so for this one body apprise's converter hands it back. An apprise without that converter
    keeps its own conversion, which is still readable.
    """
    try:
        module: Any = importlib.import_module("apprise.plugins.email.base")
    except ImportError:
        module = None
    original = getattr(module, "convert_between", None)
    if original is None:
        yield
        return

    def convert(source: Any, target: Any, content: str, *args: Any, **kwargs: Any) -> str:
        # apprise strips the body it is given, so the HTML is compared stripped too.
        if target == apprise.NotifyFormat.TEXT and content.strip() == html.strip():
            return text
        converted: str = original(source, target, content, *args, **kwargs)
        return converted

    with _TEXT_PART_LOCK:
        module.convert_between = convert
        try:
            yield
        finally:
            module.convert_between = original


class AppriseSender:
    """A ``Send``: resolves the channel's URL from the environment and sends with apprise.

    Email gets the HTML body with our text body as its text/plain alternative, Slack its mrkdwn body, every
    other service (``json://``…) the plain text body.
    """

    def __init__(self, channels: Mapping[str, Channel], environ: Mapping[str, str] | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.channels = dict(channels)
        self.environ = os.environ if environ is None else environ
        # The time an email says it was sent (naive UTC); the wall clock without one.
        self.clock = clock
        # apprise logs the full service URL (webhook tokens) at DEBUG, and urllib3 (under apprise's requests) logs
        # each request line, the Slack webhook path with its token: never let that level through for either.
        for name in ("apprise", "urllib3"):
            logger = logging.getLogger(name)
            if logger.getEffectiveLevel() < logging.INFO:
                logger.setLevel(logging.INFO)

    def __call__(self, message: OutgoingMessage) -> SendOutcome:
        channel = self.channels.get(message.channel)
        if channel is None:
            return SendOutcome(False, f"channel '{message.channel}' is not defined in channels.yml")
        try:
            url = resolve_url(channel, self.environ)
        except ChannelError as exc:
            return SendOutcome(False, str(exc))
        kind = _format_for(url)
        # In-memory state only: apprise's on-disk cache would be a second place a delivery is remembered.
        zone = ClockZone(self.clock) if self.clock is not None and kind == "email" else None
        asset = apprise.AppriseAsset(storage_mode=apprise.PersistentStoreMode.MEMORY, timezone=zone)
        plugin = apprise.Apprise.instantiate(url, asset=asset, suppress_exceptions=True)
        if plugin is None:
            return SendOutcome(
                False, f"channel '{channel.name}': the URL in {channel.env} is not a valid apprise URL; fix it"
            )
        point_slack_at(plugin, self.environ.get(SLACK_WEBHOOK_BASE_ENV))
        notifier = apprise.Apprise(asset=asset)
        notifier.add(plugin)
        # A text service shows the title as text (Mattermost, Discord…); apprise escapes the Slack attachment title.
        title = neutralize.plain(message.subject) if kind == "text" else message.subject
        if kind == "email":
            body, body_format = message.html, apprise.NotifyFormat.HTML
        elif kind == "slack":
            body, body_format = message.slack or message.text, apprise.NotifyFormat.MARKDOWN
        else:
            body, body_format = message.text, apprise.NotifyFormat.TEXT
        text_part = own_text_part(message.html, message.text) if kind == "email" else contextlib.nullcontext()
        try:
            with text_part:
                result = notifier.notify(body=body, title=title, body_format=body_format)
        except Exception as exc:  # a plugin bug must not stop the outbox; keep the reason, never the URL
            return SendOutcome(False, scrub(f"{type(exc).__name__}: {exc}", url))
        if result:
            return SendOutcome(True)
        return SendOutcome(False, scrub(_failure_reason(result, channel), url))


def _failure_reason(result: Any, channel: Channel) -> str:
    """The warnings and errors apprise logged for the failed service(s), one line."""
    reasons: list[str] = []
    for service in result:
        if service:
            continue
        for entry in service.logs():
            if _level(entry.level) >= logging.WARNING and entry.message not in reasons:
                reasons.append(str(entry.message))
        if not reasons:
            reasons.append(f"{service.name}: {service.status.name.lower()}")
    if not reasons:
        reasons.append(f"apprise reported {result.status.name.lower()}")
    return f"channel '{channel.name}': " + "; ".join(r.replace("\n", " ") for r in reasons)[:500]


def _level(level: Any) -> int:
    if isinstance(level, int):
        return level
    value = logging.getLevelName(str(level).upper())
    return value if isinstance(value, int) else logging.WARNING
