"""Bad usage anywhere: exit 2 and ONE line on stderr naming the thing and what to do; no traceback without
``--debug``. In-process through the console script's entry point (``policywatch.cli.app.run``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policywatch.cli.app import run

GOOD_CSV = "id,name\nC-1,Acme Trading Ltd\n"

# (case, argv after the global options); {tmp} is the test's folder, {csv} a valid counterparty CSV.
BAD = [
    ("parse: missing file", ["parse", "{tmp}/missing.html"]),
    ("parse: no file", ["parse"]),
    ("ingest: missing file", ["ingest", "{tmp}/missing.txt"]),
    ("lists: bad date", ["lists", "--as-of", "2025-13-40"]),
    ("lists: unknown list", ["lists", "--list", "NOPE"]),
    ("lists: unknown format", ["lists", "--format", "xml"]),
    ("crawl: unknown source", ["crawl", "--source", "no-such-source"]),
    ("crawl: bad mirror URL", ["crawl", "--source", "mofcom-gg", "--mirror", "not a url"]),
    ("run: bad mirror URL", ["run", "--once", "--mirror", "ftp://127.0.0.1:1/"]),
    ("screen: missing file", ["screen", "{tmp}/missing.csv"]),
    ("screen: bad date", ["screen", "{csv}", "--as-of", "yesterday"]),
    ("screen: threshold out of range", ["screen", "{csv}", "--threshold", "7"]),
    ("counterparties import: missing file", ["counterparties", "import", "{tmp}/missing.csv"]),
    ("counterparties import: not a CSV of counterparties", ["counterparties", "import", "{tmp}/bad.csv"]),
    ("digest: bad date", ["digest", "--since", "last week"]),
    ("reminders: bad date", ["reminders", "--on", "2026-02-30"]),
    ("history: no name", ["history"]),
    ("review: hit id not a number", ["review", "abc", "--note", "x", "--confirm"]),
    ("export rss: bad limit", ["export", "rss", "--limit", "0"]),
    ("export ics: folder missing", ["export", "ics", "--out", "{tmp}/no/such/dir/x.ics"]),
    ("replay: folder missing", ["replay", "{tmp}/no-site"]),
    ("unknown command", ["frobnicate"]),
    ("bad --db URL", ["--db", "nosuchdialect://x", "lists"]),
    ("missing --config folder", ["--config", "{tmp}/no-config", "sources"]),
]


@pytest.mark.parametrize("argv", [a for _, a in BAD], ids=[n for n, _ in BAD])
def test_bad_usage_is_one_line_and_exit_2(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.csv").write_text(GOOD_CSV, encoding="utf-8")
    (tmp_path / "bad.csv").write_text("this,is\nnot,counterparties\n", encoding="utf-8")
    args = [a.format(tmp=tmp_path, csv=tmp_path / "ok.csv") for a in argv]
    if args[0] != "--db":
        args = ["--db", f"sqlite:///{tmp_path / 'pw.db'}", *args]
    with pytest.raises(SystemExit) as exit_:
        run(args)
    err = capsys.readouterr().err
    assert exit_.value.code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policywatch: "), err
    assert "Traceback" not in err
