"""Fixtures of the notifier tests: loopback SMTP and HTTP sinks and channels pointing at them (``engine`` and
``db_path`` are the root conftest's). Plain helpers live in notify_helpers.py, which the crash tests' worker
subprocess imports without pytest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from notify_helpers import CHANNELS

from policywatch.notifier.channels import SLACK_WEBHOOK_BASE_ENV
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import HttpSink, SmtpSink


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpSink]:
    with SmtpSink(tmp_path / "mail") as sink:
        yield sink


@pytest.fixture
def http(tmp_path: Path) -> Iterator[HttpSink]:
    with HttpSink(tmp_path / "http") as sink:
        yield sink


@pytest.fixture
def environ(smtp: SmtpSink, http: HttpSink) -> dict[str, str]:
    return {
        "PW_TEST_EMAIL_URL": smtp.apprise_url(to="team@example.org"),
        "PW_TEST_SLACK_URL": http.slack_url(),
        "PW_TEST_JSON_URL": http.json_url(),
        SLACK_WEBHOOK_BASE_ENV: http.url,
    }


@pytest.fixture
def sender(environ: dict[str, str]) -> AppriseSender:
    return AppriseSender(CHANNELS, environ)
