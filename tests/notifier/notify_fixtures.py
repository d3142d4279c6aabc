"""Fixtures of the notifier tests: a real SQLite file, loopback SMTP and HTTP sinks, channels pointing at them.

They live in a plain module rather than a conftest.py so that each test module says where its fixtures come from:
it star-imports them (``__all__`` below), and the worker subprocesses of the crash tests can import the helpers
beside them without pytest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from notify_helpers import CHANNELS
from sqlalchemy.engine import Engine

from policywatch.notifier.channels import SLACK_WEBHOOK_BASE_ENV
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import HttpSink, SmtpSink
from policywatch.store import init_db, make_engine

__all__ = ["db_path_fixture", "engine_fixture", "environ_fixture", "http_fixture", "sender_fixture", "smtp_fixture"]


@pytest.fixture(name="db_path")
def db_path_fixture(tmp_path: Path) -> Path:
    return tmp_path / "policywatch.db"


@pytest.fixture(name="engine")
def engine_fixture(db_path: Path) -> Iterator[Engine]:
    eng = make_engine(f"sqlite:///{db_path}")
    init_db(eng)
    yield eng
    eng.dispose()


@pytest.fixture(name="smtp")
def smtp_fixture(tmp_path: Path) -> Iterator[SmtpSink]:
    with SmtpSink(tmp_path / "mail") as sink:
        yield sink


@pytest.fixture(name="http")
def http_fixture(tmp_path: Path) -> Iterator[HttpSink]:
    with HttpSink(tmp_path / "http") as sink:
        yield sink


@pytest.fixture(name="environ")
def environ_fixture(smtp: SmtpSink, http: HttpSink) -> dict[str, str]:
    return {
        "PW_TEST_EMAIL_URL": smtp.apprise_url(to="team@example.org"),
        "PW_TEST_SLACK_URL": http.slack_url(),
        "PW_TEST_JSON_URL": http.json_url(),
        SLACK_WEBHOOK_BASE_ENV: http.url,
    }


@pytest.fixture(name="sender")
def sender_fixture(environ: dict[str, str]) -> AppriseSender:
    return AppriseSender(CHANNELS, environ)


