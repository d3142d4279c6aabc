"""Every CSV export goes through one writer (issue 15 item 8): UTF-8 with a BOM, so Excel reads Chinese names, and
formula-leading cells guarded, so a scraped or imported name never runs in a reviewer's spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from pathlib import Path

import pytest

from policywatch.cli.app import run
from policywatch.parsers.types import Action, Announcement, Entity
from policywatch.store import make_engine, record, session_scope
from policywatch.store.csv_export import csv_bytes, csv_cell

REPO = Path(__file__).resolve().parents[2]
BOM = b"\xef\xbb\xbf"
HOSTILE_EN = "=HYPERLINK(\"http://evil.example\",\"Evil Trading\")"
HOSTILE_ZH = "@邪恶贸易公司"


def _cli(args: list[str], capfdbinary: pytest.CaptureFixture[bytes]) -> tuple[int, bytes]:
    with pytest.raises(SystemExit) as exit_:
        run(args)
    out, err = capfdbinary.readouterr()
    assert b"Traceback" not in err, err.decode("utf-8", "replace")
    return int(exit_.value.code or 0), out


def _notice() -> Announcement:
    published = dt.date(2026, 11, 18)
    return Announcement(
        doc_id="UEL-2099-3", number=None, issuer="不可靠实体清单工作机制", title="csv test", published=published,
        url="https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/UEL-2099-3.html",
        actions=(Action(kind="add", list="UEL", entities=(Entity(HOSTILE_ZH, HOSTILE_EN, "US"),),
                        effective=published, measures=("禁止上述企业从事与中国有关的进出口活动",)),),
        text_hash=hashlib.sha256(b"UEL-2099-3").hexdigest(),
    )


def _cells(body: bytes) -> list[list[str]]:
    assert body.startswith(BOM), body[:40]
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def _guarded(rows: list[list[str]], value: str) -> None:
    assert any(c == "'" + value for row in rows for c in row), (value, rows)
    risky = [c for row in rows for c in row if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not risky, risky


def test_every_csv_command_writes_a_bom_and_guards_formulas(tmp_path: Path,
                                                           capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    db = f"sqlite:///{tmp_path / 'csv.db'}"
    assert _cli(["--db", db, "lists"], capfdbinary)[0] == 0  # creates the schema
    engine = make_engine(db)
    with session_scope(engine) as session:
        record(session, _notice())
    engine.dispose()
    cps = tmp_path / "cp.csv"
    cps.write_text(f'id,name,name_zh\nC-1,"{HOSTILE_EN.replace(chr(34), chr(34) * 2)}",{HOSTILE_ZH}\n',
                   encoding="utf-8")

    code, body = _cli(["--db", db, "lists", "--as-of", "2026-11-20", "--format", "csv"], capfdbinary)
    assert code == 0
    rows = _cells(body)
    _guarded(rows, HOSTILE_EN)
    _guarded(rows, HOSTILE_ZH)

    code, body = _cli(["--db", db, "screen", str(cps), "--as-of", "2026-11-20", "--format", "csv"], capfdbinary)
    assert code == 0
    rows = _cells(body)
    assert rows[0][:2] == ["id", "name"] and len(rows) == 2
    _guarded(rows, HOSTILE_EN)
    _guarded(rows, HOSTILE_ZH)

    assert _cli(["--db", db, "counterparties", "import", str(cps)], capfdbinary)[0] == 0
    code, body = _cli(["--db", db, "hits", "--state", "all", "--format", "csv"], capfdbinary)
    assert code == 0
    rows = _cells(body)
    assert len(rows) == 2 and rows[1][rows[0].index("counterparty_id")] == "C-1"
    hit = dict(zip(rows[0], rows[1], strict=True))
    assert (hit["entity_status"], hit["measures_in_force"]) == ("active", "true")  # the status today beside it
    _guarded(rows, HOSTILE_EN)
    _guarded(rows, HOSTILE_ZH)


def test_the_writer_guards_every_formula_lead_and_writes_crlf_rows() -> None:
    for value in ("=1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        assert csv_cell(value) == "'" + value
    assert csv_cell(None) == "" and csv_cell(True) == "true" and csv_cell(0.5) == "0.5"
    body = csv_bytes(["name"], [["斯凯迪奥公司"], ["=evil"]])
    assert body == BOM + "name\r\n斯凯迪奥公司\r\n'=evil\r\n".encode()


def test_no_other_module_writes_csv_or_guards_formulas() -> None:
    """One writer: a second copy of the guard or of a csv.writer for output is how a new export forgets the BOM."""
    allowed = {
        Path("store/csv_export.py"),
        # Builds an upload from the workspace's add-counterparty form: input to the importer, not an export.
        Path("policywatch/web/pages.py"),
    }
    copies = []
    for top in ("parsers", "store", "crawler", "screening", "notifier", "policywatch"):
        for path in (REPO / top).rglob("*.py"):
            rel = path.relative_to(REPO)
            text = path.read_text(encoding="utf-8")
            if rel not in allowed and re.search(r"csv\.(writer|DictWriter)\(|\\ufeff|\(\"=\", \"\+\"", text):
                copies.append(str(rel))
    assert not copies, copies
