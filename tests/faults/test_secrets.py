"""Channel URLs are secrets (SMTP password, webhook token): with both channels failing, no command prints them,
no log record holds them, and the database does not store them."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from fault_helpers import make_config

from policywatch.cli.app import run
from policywatch.notifier.channels import SLACK_WEBHOOK_BASE_ENV
from policywatch.offline.demo import demo_config
from policywatch.offline.replay import serve
from policywatch.offline.sinks import HttpSink

SECRETS = ("S3cretSmtpPass", "XoxbSecretWebhookToken123", "T0SECRET1", "B0SECRET2")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_secret_channel_urls_never_appear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    config = make_config(tmp_path / "config")
    db = tmp_path / "secret.db"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYWATCH_DEMO_EMAIL_URL",
                       f"mailto://pwuser:S3cretSmtpPass@127.0.0.1:{_closed_port()}?from=a@example.org"
                       "&to=b@example.org&smtp=127.0.0.1&mode=insecure")
    monkeypatch.setenv("POLICYWATCH_DEMO_SLACK_URL", "slack://T0SECRET1/B0SECRET2/XoxbSecretWebhookToken123")
    caplog.set_level(logging.DEBUG)
    site = serve(demo_config() / "site")
    out: list[str] = []
    try:
        with HttpSink(tmp_path / "slack") as slack:
            slack.fail_next(1000, 500)  # Slack answers 500 to every post
            monkeypatch.setenv(SLACK_WEBHOOK_BASE_ENV, slack.url)
            commands = [
                ["crawl", "--mirror", site.url], ["plan"], ["deliver"], ["--debug", "deliver", "--json"],
                ["digest", "--send"], ["reminders", "--send"], ["sources"], ["subscriptions", "--json"],
                ["run", "--once", "--mirror", site.url, "--json"],
            ]
            for argv in commands:
                with pytest.raises(SystemExit):
                    run(["--db", f"sqlite:///{db}", "--config", str(config), *argv])
                captured = capsys.readouterr()
                out.append(captured.out + captured.err)
            assert not slack.messages
    finally:
        site.stop()
    text = "\n".join(out) + "\n".join(r.getMessage() + str(r.exc_info or "") for r in caplog.records)
    assert "deliver" in text.lower() or "retry" in text.lower()
    assert "failed" in text or "error" in text.lower()  # the failures are reported…
    for secret in SECRETS:  # …without the URLs
        assert secret not in text, secret
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("secret.db*"))
    for secret in SECRETS:
        assert secret.encode() not in stored, secret
