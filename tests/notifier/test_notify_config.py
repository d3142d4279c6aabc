"""channels.yml and subscriptions.yml: parsing, the shipped examples, redaction of URLs."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml
from sqlalchemy.engine import Engine

from policywatch.notifier.channels import (
    Channel,
    ChannelError,
    load_channels,
    parse_channels,
    redact,
    resolve_url,
    scrub,
)
from policywatch.notifier.subscriptions import (
    SubscriptionSpec,
    load_subscriptions,
    parse_subscriptions,
    stored_subscriptions,
    sync_subscriptions,
)
from policywatch.store import session_scope


def test_shipped_examples_and_demo_config_parse() -> None:
    config = resources.files("policywatch.config")
    channels = parse_channels(yaml.safe_load((config / "channels.example.yml").read_text(encoding="utf-8")))
    subs = parse_subscriptions(yaml.safe_load((config / "subscriptions.example.yml").read_text(encoding="utf-8")))
    assert {s.channel for s in subs} <= set(channels)
    desk = next(s for s in subs if s.name == "trade-desk-slack")
    assert (desk.countries, desk.only_when_hit, desk.reminder_offsets) == (("US",), True, (7, 1))
    demo_channels = load_channels(config / "demo")
    assert {s.channel for s in load_subscriptions(config / "demo")} <= set(demo_channels)


def test_short_form_and_errors() -> None:
    assert parse_channels({"channels": {"ops": "OPS_URL"}}) == {"ops": Channel("ops", "OPS_URL")}
    with pytest.raises(ChannelError, match="channel 'ops' needs 'env: VARIABLE_NAME'"):
        parse_channels({"channels": {"ops": {"url": "slack://a/b/c"}}})
    with pytest.raises(ChannelError, match="environment variable OPS_URL is not set"):
        resolve_url(Channel("ops", "OPS_URL"), {})


def test_redact_and_scrub_hide_every_secret_piece() -> None:
    url = "mailtos://alerts:p4ssw0rd-xyz@smtp.example.org:587?to=team@example.org"
    assert redact(url) == "mailtos://smtp.example.org:587/***"
    assert redact("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7") == "slack://***"
    message = f"could not send to {url} (login alerts:p4ssw0rd-xyz refused)"
    assert "p4ssw0rd-xyz" not in scrub(message, url) and url not in scrub(message, url)
    token_url = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7"
    assert "TIiajkdnlazkcOXrIdevi7" not in scrub("POST .../TIiajkdnlazkcOXrIdevi7 failed", token_url)


def test_sync_mirrors_the_file_into_the_table(engine: Engine) -> None:
    a = SubscriptionSpec(name="a", channel="mail", lists=("UEL",), send_empty_digest=True)
    b = SubscriptionSpec(name="b", channel="slack", reminder_offsets=())
    with session_scope(engine) as session:
        sync_subscriptions(session, [a, b])
    with session_scope(engine) as session:
        assert stored_subscriptions(session) == [a, b]
        sync_subscriptions(session, [b])
    with session_scope(engine) as session:
        assert stored_subscriptions(session) == [b]
