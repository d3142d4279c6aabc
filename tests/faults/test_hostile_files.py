"""Hostile files and databases (issue 17 items 3, 8 and 10) in the fault matrix: each case was a defect reproduced
here before its fix. The commands run through the console script's entry point (``policywatch.cli.app.run``)
against real files; every refusal is exit 2 with ONE line on stderr naming the thing, and nothing is imported.

A file case counts as lost alerts the hits a corrected file gives that the run never produced.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from fault_ledger import Ledger
from fixture_paths import announcements_dir

from policywatch.cli.app import run

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
