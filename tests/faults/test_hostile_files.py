"""Hostile files and databases (issue 17 items 3, 8 and 10) in the fault matrix: each case was a defect reproduced
here before its fix. The commands run through the console script's entry point (``policywatch.cli.app.run``)
against real files; every refusal is exit 2 with ONE line on stderr naming the thing, and nothing is imported.

A file case counts as lost alerts the hits a corrected file gives that the run never produced.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from fault_helpers import Pipeline
from fault_ledger import Ledger
from fixture_paths import announcements_dir

import policywatch.crawler.sources as sources_mod
import policywatch.store.db as store_db
from policywatch.cli.app import run
from policywatch.crawler.sources import SourceConfig
from policywatch.offline.demo import demo_config

LISTED = "uel-2025-007.txt"  # lists Skydio Inc. and Insitu Inc. among others
# C-3 and C-4 are listed companies; the stray quote on C-2 hid them inside C-2's name.
STRAY_QUOTE = ("id,name,country\nC-1,Acme Trading Ltd,US\nC-2,\"Best Pipe Supply,US\nC-3,Skydio Inc,US\n"
               "C-4,Insitu Inc,US\n")
FIXED = STRAY_QUOTE.replace('"Best Pipe Supply,US', "Best Pipe Supply,US")


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    def one_line(self) -> str:
        lines = self.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("policywatch: "), self.err
        assert "Traceback" not in self.err and "SELECT" not in self.err and "INSERT" not in self.err, self.err
        return lines[0]


Cli = Callable[..., Outcome]


@pytest.fixture
def db(tmp_path: Path, template_db: Path) -> Path:
    """A copy of the fault suite's template database (migrated, the demo counterparties imported)."""
    path = tmp_path / "pw.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def cli(db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Cli:
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, database: Path | None = db) -> Outcome:
        argv = [*(["--db", f"sqlite:///{database}"] if database else []), *args]
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_:
            run(argv)
        got = capsys.readouterr()
        return Outcome(int(exit_.value.code or 0), got.out, got.err)

    return invoke


@pytest.fixture
def listed(cli: Cli) -> Cli:
    done = cli("ingest", str(announcements_dir() / LISTED))
    assert done.code == 0, done.err
    return cli


def _hits(cli: Cli) -> set[str]:
    done = cli("hits", "--state", "all", "--json")
    assert done.code == 0, done.err
    return {h["counterparty"]["id"] for h in json.loads(done.out)}


def _screened_hits(cli: Cli, path: Path) -> set[str]:
    done = cli("screen", str(path), "--json", "--as-of", "2025-06-01")
    assert done.code == 0, done.err
    return {r["id"] for r in json.loads(done.out) if r["matches"]}


def test_stray_quote_in_an_imported_counterparty_csv(listed: Cli, tmp_path: Path, ledger: Ledger) -> None:
    """Before: ``created 2, updated 0, unchanged 0, errors 0``; C-3 and C-4 (listed) never screened."""
    name = "counterparty CSV with a stray quote (import)"
    ledger.note(name, False, 0, 0)
    before = _hits(listed)
    path = tmp_path / "counterparties.csv"
    path.write_text(STRAY_QUOTE, encoding="utf-8")
    done = listed("counterparties", "import", str(path))
    line = done.one_line()
    assert done.code == 2 and str(path) in line and "line 3" in line and "quote" in line, line
    assert _hits(listed) == before  # nothing imported
    path.write_text(FIXED, encoding="utf-8")
    assert listed("counterparties", "import", str(path)).code == 0
    got = _hits(listed) - before
    lost = len({"C-3", "C-4"} - got)
    ledger.note(name, lost == 0, lost, 0)
    assert lost == 0, got


def test_stray_quote_in_a_screened_csv(listed: Cli, tmp_path: Path, ledger: Ledger) -> None:
    """Before: ``screen`` printed three rows, C-3 and C-4 inside C-2's name, no match."""
    name = "counterparty CSV with a stray quote (screen)"
    ledger.note(name, False, 0, 0)
    path = tmp_path / "screen.csv"
    path.write_text(STRAY_QUOTE, encoding="utf-8")
    done = listed("screen", str(path), "--json", "--as-of", "2025-06-01")
    line = done.one_line()
    assert done.code == 2 and str(path) in line and "line 3" in line and done.out == "", (line, done.out)
    path.write_text(FIXED, encoding="utf-8")
    lost = len({"C-3", "C-4"} - _screened_hits(listed, path))
    ledger.note(name, lost == 0, lost, 0)
    assert lost == 0


# -- databases (issue 17 item 10) -------------------------------------------------------------------------------

TEXTS = sorted(announcements_dir().glob("uel-2025-00*.txt"))


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_concurrent_ingest_on_one_sqlite_file_waits_instead_of_failing(tmp_path: Path, ledger: Ledger) -> None:
    """Before: 5 of 6 concurrent ``ingest`` runs on a new file printed SQL and exit 1 (``table action already
    exists`` while migrating, ``UNIQUE constraint failed: blob.sha256``, ``database is locked``)."""
    name = "concurrent ingest on one SQLite file (3 processes)"
    ledger.note(name, False, 0, 0)
    db = tmp_path / "shared.db"
    argv = [sys.executable, "-m", "policywatch", "--db", f"sqlite:///{db}", "ingest", "--json", *map(str, TEXTS)]
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
             for _ in range(3)]
    results = [(p.wait(timeout=240), *p.communicate()) for p in procs]
    assert [(rc, err) for rc, _, err in results] == [(0, "")] * 3, results
    docs = _count(db, "SELECT COUNT(DISTINCT doc_id) FROM announcement")
    lost = len(TEXTS) - docs
    duplicated = (_count(db, "SELECT COUNT(*) FROM announcement") - docs
                  + _count(db, "SELECT COUNT(*) FROM blob") - _count(db, "SELECT COUNT(DISTINCT sha256) FROM blob"))
    assert _count(db, "SELECT COUNT(*) FROM blob") == len(TEXTS)  # one stored body per text, whoever stored it
    ledger.note(name, lost == 0 and duplicated == 0, lost, duplicated)
    assert (lost, duplicated) == (0, 0)


def test_a_database_locked_past_the_wait_is_one_line_then_recovers(cli: Cli, db: Path, ledger: Ledger,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: ``(sqlite3.OperationalError) database is locked [SQL: INSERT INTO blob …] [parameters: …]``."""
    name = "database locked by another writer past the wait (ingest)"
    ledger.note(name, False, 0, 0)
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_S", 0.2)  # the shipped wait is 30 s
    cli("lists")  # migrated before the other writer takes the lock
    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        done = cli("ingest", str(announcements_dir() / LISTED))
    finally:
        other.execute("ROLLBACK")
        other.close()
    line = done.one_line()
    assert done.code == 1 and str(db) in line and "locked" in line and "again" in line, line
    again = cli("ingest", "--json", str(announcements_dir() / LISTED))
    lost = 0 if again.code == 0 and json.loads(again.out) == ["UEL-2025-7"] else 1
    ledger.note(name, lost == 0, lost, 0)
    assert lost == 0, again


def _truncated(tmp_path: Path, template_db: Path) -> str:
    path = tmp_path / "truncated.db"
    path.write_bytes(template_db.read_bytes()[:5000])
    return str(path)


def _not_a_database(tmp_path: Path, _template_db: Path) -> str:
    path = tmp_path / "notes.db"
    path.write_text("id,name\nC-1,Acme\n", encoding="utf-8")
    return str(path)


def _read_only(tmp_path: Path, template_db: Path) -> str:
    path = tmp_path / "readonly.db"
    shutil.copy(template_db, path)
    return f"file:{path}?mode=ro&uri=true"  # SQLite's own read-only open (a chmod does not stop root)


def _missing_folder(tmp_path: Path, _template_db: Path) -> str:
    return str(tmp_path / "no" / "such" / "folder" / "pw.db")


@pytest.mark.parametrize(("case", "make", "words"), [
    ("truncated database file", _truncated, "not a readable policywatch database"),
    ("a file that is not a database", _not_a_database, "not a readable policywatch database"),
    ("read-only database", _read_only, "read-only"),
    ("database folder missing", _missing_folder, "folder does not exist"),
])
def test_a_database_that_cannot_be_used_is_one_line_naming_it(case: str, make: Callable[[Path, Path], str],
                                                               words: str, cli: Cli, tmp_path: Path,
                                                               template_db: Path, ledger: Ledger) -> None:
    """Before: two lines (``(sqlite3.DatabaseError) file is not a database (Background on this error at: …)``),
    exit 1, the path not named."""
    name = f"database: {case}"
    ledger.note(name, False, 0, 0)
    target = make(tmp_path, template_db)
    argv = ["--db", f"sqlite:///{target}", "ingest", str(announcements_dir() / LISTED)]
    done = cli(*argv, database=None)
    line = done.one_line()
    shown = target.split("?")[0]
    assert done.code == 2 and shown in line and words in line, line
    ledger.note(name, True, 0, 0)


# -- NUL bytes and YAML (issue 17 item 10) ----------------------------------------------------------------------


def test_a_nul_byte_in_a_counterparty_csv_is_refused_naming_the_line(listed: Cli, tmp_path: Path,
                                                                     ledger: Ledger) -> None:
    """Before: imported into SQLite as is; on PostgreSQL the INSERT failed with SQL and parameters, exit 1."""
    name = "NUL byte in a counterparty CSV"
    ledger.note(name, False, 0, 0)
    before = _hits(listed)
    path = tmp_path / "nul.csv"
    path.write_bytes(FIXED.replace("Skydio Inc", "Skydio\x00 Inc").encode())
    for command in (["counterparties", "import"], ["screen"]):
        done = listed(*command, str(path))
        line = done.one_line()
        assert done.code == 2 and str(path) in line and "line 4" in line and "NUL" in line, line
    assert _hits(listed) == before
    ledger.note(name, True, 0, 0)


def test_a_nul_byte_in_a_notice_text_is_refused_naming_the_line(cli: Cli, tmp_path: Path, ledger: Ledger) -> None:
    """Before: recorded into SQLite with the NUL; on PostgreSQL SQL and parameters, exit 1."""
    name = "NUL byte in a notice text"
    ledger.note(name, False, 0, 0)
    text = (announcements_dir() / LISTED).read_text(encoding="utf-8").split("\n")
    text[2] = text[2] + "\x00"
    path = tmp_path / "nul.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    done = cli("ingest", str(path))
    line = done.one_line()
    assert done.code == 2 and str(path) in line and "line 3" in line and "NUL" in line, line
    assert json.loads(cli("lists", "--json").out) == []
    ledger.note(name, True, 0, 0)


@pytest.mark.parametrize(("file", "text", "where"), [
    ("sources/bad.yml", "name: bad\n  layout: [oops\n", "line 2"),
    ("subscriptions.yml", "subscriptions:\n  - name: a\n   channel: x\n", "line 3"),
    ("channels.yml", "channels:\n  desk: {env: X\n", "line 3"),
])
def test_a_yaml_syntax_error_is_one_line_naming_file_and_line(file: str, text: str, where: str, cli: Cli,
                                                              tmp_path: Path, fault_config: Path,
                                                              ledger: Ledger) -> None:
    """Before: 3–4 lines (PyYAML's marks and a caret) after ``not valid YAML (``."""
    name = f"YAML syntax error in {file}"
    ledger.note(name, False, 0, 0)
    config = tmp_path / "config"
    shutil.copytree(fault_config, config)
    (config / file).write_text(text, encoding="utf-8")
    command = "sources" if file.startswith("sources/") else "subscriptions"
    done = cli("--config", str(config), command)
    line = done.one_line()
    assert done.code == 2 and file in line and where in line and "YAML" in line, line
    ledger.note(name, True, 0, 0)


# -- absurd configuration values (issue 17 item 8) --------------------------------------------------------------


@pytest.mark.parametrize(("case", "key", "value", "words"), [
    ("interval 99999999999999999999d", "interval", "99999999999999999999d", "must be at most 7d"),
    ("jitter 99999999999d", "jitter", "99999999999d", "must be at most 1d"),
    ("jitter longer than the interval", "jitter", "3h", "at most the interval"),
    ("page_size 10^9", "options", {"page_size": 10**9, "max_pages": 5}, "less than or equal to 200"),
])
def test_an_absurd_number_in_a_source_is_refused_when_the_config_loads(case: str, key: str, value: object,
                                                                       words: str, cli: Cli, tmp_path: Path,
                                                                       fault_config: Path, ledger: Ledger) -> None:
    """Before: ``interval: 99999999999999999999d`` loaded, then ``run`` died with ``Python int too large``; a huge
    jitter killed the scheduler thread with a traceback."""
    name = f"source config: {case}"
    ledger.note(name, False, 0, 0)
    config = tmp_path / "config"
    shutil.copytree(fault_config, config)
    shutil.copy(Path(str(demo_config().parent)) / "sources" / "mofcom-zcfb.yml", config / "sources")
    path = config / "sources" / "mofcom-zcfb.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[key] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for command in (["sources"], ["run", "--once"]):
        done = cli("--config", str(config), *command)
        line = done.one_line()
        assert done.code == 2 and "sources/mofcom-zcfb.yml" in line and key in line and words in line, line
    ledger.note(name, True, 0, 0)


def test_a_scheduler_thread_that_dies_stops_run_with_one_line(pipe: Pipeline, cli: Cli, fault_config: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              ledger: Ledger) -> None:
    """Before: the scheduler thread died with a traceback (``OverflowError`` computing a jittered fire time) and
    ``run`` kept running with no scheduler, forever. The huge jitter is injected past validation here."""
    name = "scheduler thread dies (huge jitter)"
    ledger.note(name, False, 0, 0)
    real = sources_mod.load_sources

    def huge_jitter(*args: Any, **kwargs: Any) -> list[SourceConfig]:
        return [dataclasses.replace(s, jitter=10**20) for s in real(*args, **kwargs)]

    monkeypatch.setattr(sources_mod, "load_sources", huge_jitter)
    done = cli("--config", str(fault_config), "run", "--mirror", pipe.replay.url, database=pipe.db)
    errors = [ln for ln in done.err.splitlines() if ln.startswith("policywatch: ") and "started as" not in ln]
    assert done.code == 1 and len(errors) == 1 and "Traceback" not in done.err, done.err
    # The error's type depends on the platform (OverflowError, or OSError EOVERFLOW from the C time functions).
    assert "scheduler stopped" in errors[0] and "jitter" in errors[0], errors
    ledger.note(name, True, 0, 0)


@pytest.mark.parametrize(("case", "file", "entry", "key", "words"), [
    ("reminder offset of 99999 days", "subscriptions.yml", {"reminder_offsets": [30, 99999]},
     "subscription 'demo-compliance': reminder_offsets[1]", "366"),
    ("a misspelt subscription key", "subscriptions.yml", {"reminder_ofsets": [7]},
     "subscription 'demo-compliance': reminder_ofsets", "unknown key"),
    ("a URL as the channel", "subscriptions.yml", {"channel": "slack://T000/B000/s3cr3t-token"},
     "subscription 'demo-compliance': channel", "never a URL"),
    ("a misspelt channel key", "channels.yml", {"descripton": "ops"}, "channels.demo-email.descripton",
     "unknown key"),
])
def test_a_bad_subscription_or_channel_is_one_line_with_file_and_key_path(case: str, file: str, entry: dict,
                                                                         key: str, words: str, cli: Cli,
                                                                         tmp_path: Path, fault_config: Path,
                                                                         ledger: Ledger) -> None:
    """Before: offsets up to 366 only by a hand-written check, other numbers unbounded; messages without the key
    path. Now the declared models refuse it when the file loads."""
    name = f"notify config: {case}"
    ledger.note(name, False, 0, 0)
    config = tmp_path / "config"
    shutil.copytree(fault_config, config)
    path = config / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if file == "subscriptions.yml":
        data["subscriptions"][0].update(entry)
    else:
        data["channels"]["demo-email"].update(entry)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    done = cli("--config", str(config), "subscriptions")
    line = done.one_line()
    assert done.code == 2 and f"{file}: {key}: " in line and words in line, line
    assert "s3cr3t" not in done.err
    ledger.note(name, True, 0, 0)
