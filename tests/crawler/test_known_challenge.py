"""``crawl`` and an anti-bot challenge that stays (issue 15 item 10): customs answers 412 on every run, so cron saw
exit 1 for ever. A challenge already reported and unchanged is not a new failure (exit 0, outcome still
``challenge``); a new or changed one, or one after the source had recovered or failed otherwise, is (exit 1);
``--strict`` keeps exit 1 for every challenge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from policywatch.cli import main
from policywatch.offline.replay import Fault, ReplayServer

CUSTOMS_LIST = "www.customs.gov.cn/customs/302249/2480148/index.html"


def _crawl(db: str, replay: ReplayServer, *extra: str) -> tuple[Result, dict[str, Any]]:
    result = CliRunner().invoke(main, ["--db", db, "crawl", "--source", "customs-zxwj", "--mirror", replay.url,
                                       "--json", *extra])
    assert "Traceback" not in result.output, result.output
    [outcome] = json.loads(result.stdout)
    return result, outcome


def test_an_unchanged_challenge_already_reported_is_not_a_new_failure(tmp_path: Path, replay: ReplayServer,
                                                                      site: Path) -> None:
    db = f"sqlite:///{tmp_path / 'challenge.db'}"
    first, outcome = _crawl(db, replay)
    assert first.exit_code == 1 and outcome["outcome"] == "challenge" and outcome["known_challenge"] is False
    assert "customs-zxwj (challenge)" in first.stderr

    again, outcome = _crawl(db, replay)
    assert again.exit_code == 0, again.stderr
    assert outcome["outcome"] == "challenge" and outcome["known_challenge"] is True and "412" in outcome["error"]
    assert "unchanged" in again.stderr and "customs-zxwj" in again.stderr  # still said, as a note

    strict, outcome = _crawl(db, replay, "--strict")
    assert strict.exit_code == 1 and outcome["known_challenge"] is True

    # The per-request token of the page changes on every real answer: still the same challenge.
    page = site / CUSTOMS_LIST
    body = page.read_text(encoding="utf-8")
    page.write_text(body.replace("replay-challenge-token", "another-token-7f3a"), encoding="utf-8")
    token, outcome = _crawl(db, replay)
    assert token.exit_code == 0 and outcome["known_challenge"] is True

    # A different challenge (another page, another message) is new: reported once, then known.
    page.write_text(body.replace("<body></body>", "<body><p>访问被拒绝 (blocked by WAF)</p></body>"),
                    encoding="utf-8")
    changed, outcome = _crawl(db, replay)
    assert changed.exit_code == 1 and outcome["known_challenge"] is False
    assert _crawl(db, replay)[0].exit_code == 0


def test_a_challenge_after_another_failure_is_new_again(tmp_path: Path, replay: ReplayServer) -> None:
    db = f"sqlite:///{tmp_path / 'challenge.db'}"
    assert _crawl(db, replay)[0].exit_code == 1
    replay.set_fault("/" + CUSTOMS_LIST, Fault("status", status=500))
    failed, outcome = _crawl(db, replay)
    assert failed.exit_code == 1 and outcome["outcome"] == "error" and outcome["known_challenge"] is False
    replay.set_fault("/" + CUSTOMS_LIST, None)
    back, outcome = _crawl(db, replay)
    assert back.exit_code == 1 and outcome["outcome"] == "challenge" and outcome["known_challenge"] is False


def test_other_sources_failing_still_fail_the_run(tmp_path: Path, replay: ReplayServer) -> None:
    db = f"sqlite:///{tmp_path / 'challenge.db'}"
    runner = CliRunner()
    args = ["--db", db, "crawl", "--mirror", replay.url, "--json"]
    assert runner.invoke(main, [*args, "--source", "customs-zxwj"]).exit_code == 1
    replay.set_fault("/www.mfa.gov.cn/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/index.shtml",
                     Fault("status", status=500))
    mfa = runner.invoke(main, [*args, "--source", "mfa-fzcqdcs"])
    assert mfa.exit_code == 1, mfa.output
    customs = runner.invoke(main, [*args, "--source", "customs-zxwj"])
    assert customs.exit_code == 0, customs.output
