"""``policywatch ingest`` of the real texts, then ``lists`` on the timeline's dates, CSV export and ``history``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_dbs import BACKENDS, fresh_database
from store_facts import announcement_from_facts
from store_oracle import expected_state

from policywatch import parsers
from policywatch.cli import run
from policywatch.cli.lists import entries_csv
from policywatch.store.csv_export import csv_cell

DATES = ["2025-04-05", "2025-06-01", "2025-09-01", "2026-01-01", "2026-11-25"]
# Lists whose every event has a text in the fixtures (ITEM and the ECL steps after April are facts only).
TEXT_LISTS = ("UEL", "ECL", "CML")


def policywatch(capfdbinary: pytest.CaptureFixture[bytes], db_url: str, *args: str) -> tuple[int, bytes, bytes]:
    """Run the command in-process (the real entry point, exit code included); returns (code, stdout, stderr)."""
    capfdbinary.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", db_url, *args])
    out, err = capfdbinary.readouterr()
    return int(exit_info.value.code or 0), out, err


def ok_json(result: tuple[int, bytes, bytes]) -> Any:
    code, out, err = result
    assert code == 0, err.decode()
    return json.loads(out)


@pytest.fixture(scope="module", params=BACKENDS)
def ingested(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
             text_files: list[Path]) -> Iterator[str]:
    """One database per backend with every real text ingested through the command line."""
    if not hasattr(parsers, "parse_text"):
        pytest.skip("policywatch.parsers.parse_text is not available yet (issue 3): ingest needs the parser")
    with fresh_database(request.param, tmp_path_factory.mktemp("cli")) as url:
        proc = subprocess.run([sys.executable, "-m", "policywatch", "--db", url, "ingest", "--json",
                               *map(str, text_files)], capture_output=True, timeout=300)
        assert proc.returncode == 0, proc.stderr.decode()
        doc_ids = json.loads(proc.stdout)
        assert len(doc_ids) == len(text_files) and all(doc_ids)
        yield url


def test_lists_after_ingest_match_the_facts_entity_by_entity(
    ingested: str, facts: dict[str, Any], text_files: list[Path], capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    with_text = [facts[p.name] for p in text_files]
    announcements = [a for a in (announcement_from_facts(e, merge_known=False) for e in with_text) if a]
    for day in DATES:
        rows = ok_json(policywatch(capfdbinary, ingested, "lists", "--as-of", day, "--json"))
        got = {
            (r["list"], r["name_en"] or r["name_zh"]): (r["status"], r["listed_by"], r["until"])
            for r in rows if r["list"] in TEXT_LISTS and r["entity_id"] is not None
        }
        want = {
            key: (e.status, e.listed_by, e.until.isoformat() if e.until else None)
            for key, e in expected_state(announcements, dt.date.fromisoformat(day)).items()
            if key[0] in TEXT_LISTS and e.target is None
        }
        assert got == want, day
        assert len([r for r in rows if r["list"] == "UEL" and r["listed_by"] == "UEL-2025-7"]) == 11


def test_ingest_twice_changes_nothing_and_history_shows_evidence(
    ingested: str, text_files: list[Path], capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    before = policywatch(capfdbinary, ingested, "lists", "--as-of", "2026-01-01", "--json")[1]
    again = ok_json(policywatch(capfdbinary, ingested, "ingest", "--json", *map(str, text_files)))
    assert len(again) == len(text_files)
    assert policywatch(capfdbinary, ingested, "lists", "--as-of", "2026-01-01", "--json")[1] == before
    events = ok_json(policywatch(capfdbinary, ingested, "history", "Illumina, Inc.", "--json"))
    assert [(e["doc_id"], e["event"]) for e in events][:2] == [("UEL-2025-4", "add"), ("UEL-2025-6", "amend")]
    assert all(len(e["snapshot_hash"] or "") == 64 and e["date"] for e in events)
    notice = ok_json(policywatch(capfdbinary, ingested, "history", "UEL-2025-7", "--json"))
    assert len([e for e in notice if e["doc_id"] == "UEL-2025-7" and e["event"] == "add"]) == 11
    assert {e["doc_id"][:13] for e in notice if e["event"] == "suspend"} == {"QA-2025-05-14", "QA-2025-08-12",
                                                                              "QA-2025-11-05"}
    code, out, _ = policywatch(capfdbinary, ingested, "history", "Illumina, Inc.")
    assert code == 0 and "amend" in out.decode()


def test_lists_csv_opens_cleanly_in_excel(ingested: str, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    code, body, _ = policywatch(capfdbinary, ingested, "lists", "--as-of", "2025-06-01", "--list", "UEL",
                                "--format", "csv")
    assert code == 0
    assert body.startswith(b"\xef\xbb\xbf") and b"\r\n" in body
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows and {r["list"] for r in rows} == {"UEL"}
    assert {r["status"] for r in rows if r["listed_by"] == "UEL-2025-7"} == {"suspended"}


def test_csv_cells_that_start_a_formula_are_escaped() -> None:
    for value in ("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        assert csv_cell(value) == "'" + value
    assert csv_cell("斯凯迪奥公司") == "斯凯迪奥公司" and csv_cell(None) == "" and csv_cell(True) == "true"
    text = entries_csv([{"list": "UEL", "name_en": "=cmd|' /C calc'!A0", "status": "active"}]).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text)))[1][3] == "'=cmd|' /C calc'!A0"


def test_bad_input_is_one_line_and_exit_2(
    db_url: str, tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    if not hasattr(parsers, "parse_text"):
        pytest.skip("policywatch.parsers.parse_text is not available yet (issue 3): ingest needs the parser")
    junk = tmp_path / "not-a-notice.txt"
    junk.write_text("hello", encoding="utf-8")
    code, _, err = policywatch(capfdbinary, db_url, "ingest", str(junk))
    lines = err.decode().strip().splitlines()
    assert code == 2 and len(lines) == 1 and "not-a-notice.txt" in lines[0]
    code, _, err = policywatch(capfdbinary, db_url, "history", "no such company anywhere")
    assert code == 1 and len(err.decode().strip().splitlines()) == 1
