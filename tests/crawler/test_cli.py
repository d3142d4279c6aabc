"""The crawler's commands from outside: crawl, sources, run (lock and SIGTERM)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from importlib import resources
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.cli import main
from policywatch.offline.replay import ReplayServer
from policywatch.store.models import Lock

PACKAGED = Path(str(resources.files("policywatch.config")))


def config_with(tmp_path: Path, *names: str) -> Path:
    """A config folder holding only the named sources."""
    folder = tmp_path / "config"
    (folder / "sources").mkdir(parents=True)
    for name in names:
        shutil.copy(PACKAGED / "sources" / f"{name}.yml", folder / "sources" / f"{name}.yml")
    return folder


def test_crawl_json_and_exit_codes(tmp_path: Path, replay: ReplayServer) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    ok = runner.invoke(main, ["--db", db, "crawl", "--source", "mfa-fzcqdcs", "--mirror", replay.url, "--json"])
    assert ok.exit_code == 0, ok.output
    [outcome] = json.loads(ok.stdout)
    assert outcome["source"] == "mfa-fzcqdcs" and outcome["outcome"] == "ok"
    # A crawl reads the column's first list page; order 17 is on index_1.shtml (a backfill walks it).
    assert sorted(outcome["doc_ids"]) == ["MFA-ORDER-18", "MFA-ORDER-19"]
    assert set(outcome) == {"source", "outcome", "fetched", "bytes", "recorded", "doc_ids", "error", "known_challenge"}
    blocked = runner.invoke(main, ["--db", db, "crawl", "--source", "customs-zxwj", "--json"],
                            env={"POLICYWATCH_MIRROR": replay.url})
    assert blocked.exit_code == 1
    assert json.loads(blocked.stdout)[0]["outcome"] == "challenge"
    assert "customs-zxwj (challenge)" in blocked.stderr
    unknown = runner.invoke(main, ["--db", db, "crawl", "--source", "nope"])
    assert unknown.exit_code == 2 and "no source named 'nope'" in unknown.stderr
    health = runner.invoke(main, ["--db", db, "sources", "--json"])
    rows = {row["source"]: row for row in json.loads(health.stdout)}
    assert rows["mfa-fzcqdcs"]["last_outcome"] == "ok" and rows["mfa-fzcqdcs"]["items_seen"] == 2
    assert rows["customs-zxwj"]["last_outcome"] == "challenge" and rows["customs-zxwj"]["consecutive_failures"] == 1
    assert rows["mofcom-gg"]["last_outcome"] is None
    text = runner.invoke(main, ["--db", db, "sources"])
    assert "policywatch ingest" in text.stdout


def test_second_run_refuses_and_sigterm_stops(tmp_path: Path, replay: ReplayServer, engine: Engine,
                                              db_path: Path) -> None:
    config = config_with(tmp_path, "mfa-fzcqdcs")
    env = {**os.environ, "POLICYWATCH_MIRROR": replay.url, "POLICYWATCH_DB": f"sqlite:///{db_path}"}
    command = [sys.executable, "-m", "policywatch", "--config", str(config), "run"]
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stderr is not None
        for line in first.stderr:  # wait for the start line (pytest-timeout bounds this)
            if "policywatch run: started" in line:
                break
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 1
        assert "already running on this database" in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
        first.send_signal(signal.SIGTERM)
        rest = first.stderr.read()
        assert first.wait(timeout=120) == 0
        assert "policywatch run: stopped" in rest
    finally:
        if first.poll() is None:
            first.kill()
    with Session(engine) as session:
        assert session.exec(select(Lock)).all() == []
