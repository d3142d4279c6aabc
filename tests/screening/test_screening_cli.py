"""The screening commands, run through click against a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy.engine import Engine

from policywatch.cli import main

CPS = (
    "id,name,name_zh,aliases,country\n"
    "C-1,\"SKYDIO, INC\",,,US\n"
    "C-2,Boeing Capital Corp,,,US\n"
    "C-3,=HYPERLINK(\"x\"),斯凯迪奥公司,,\n"
)


def run(engine: Engine, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", engine.url.render_as_string(hide_password=False), *args])


def test_counterparties_import_hits_and_review(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
, monkeypatch: pytest.MonkeyPatch) -> None:
    record_notice("uel-2025-007.txt")
    path = csv_file(CPS, encoding="gb18030")
    result = run(engine, "counterparties", "import", str(path), "--json")
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert (counts["created"], counts["updated"], counts["unchanged"], counts["errors"], counts["hits"]) == (
        3, 0, 0, 0, 2)
    again = json.loads(run(engine, "counterparties", "import", str(path), "--json").output)
    assert (again["created"], again["unchanged"], again["hits"]) == (0, 3, 0)

    listed = json.loads(run(engine, "hits", "--json").output)
    assert {h["counterparty"]["id"] for h in listed} == {"C-1", "C-3"}
    assert all(h["list"] == "UEL" and h["listed_by"] == "UEL-2025-7" and h["state"] == "new" for h in listed)
    first = listed[0]["id"]
    result = run(engine, "review", str(first), "--dismiss", "--note", "different company", "--by", "ana")
    assert result.exit_code == 0, result.output
    dismissed = json.loads(run(engine, "hits", "--state", "dismissed", "--json").output)
    assert [(h["id"], h["reviewer"], h["note"]) for h in dismissed] == [(first, "ana", "different company")]
    assert len(json.loads(run(engine, "hits", "--json").output)) == 1
    # A second decision is a second row of the history, never an overwrite; the reviewer comes from the env.
    monkeypatch.setenv("POLICYWATCH_REVIEWER", "li.wei")
    result = run(engine, "review", str(first), "--confirm", "--note", "same registry number after all")
    assert result.exit_code == 0, result.output
    [hit] = [h for h in json.loads(run(engine, "hits", "--state", "all", "--json").output) if h["id"] == first]
    assert hit["state"] == "confirmed"
    assert [(r["decision"], r["by"], r["note"]) for r in hit["reviews"]] == [
        ("dismiss", "ana", "different company"), ("confirm", "li.wei", "same registry number after all")]
    assert hit["reviews"][0]["at"] <= hit["reviews"][1]["at"] and hit["reviews"][0]["at"].endswith("+08:00")


def test_import_refuses_a_file_with_bad_rows(engine: Engine, csv_file: Callable[..., Path]) -> None:
    result = run(engine, "counterparties", "import", str(csv_file(CPS + ",no id,,,\nC-9,x,,,USA\n")))
    assert result.exit_code == 2
    assert "2 bad row(s), nothing imported: line 5: id is empty" in result.output
    assert "line 6" in result.output
    assert json.loads(run(engine, "hits", "--state", "all", "--json").output) == []


def test_review_errors_are_one_line(engine: Engine) -> None:
    result = run(engine, "review", "42", "--confirm", "--note", "x")
    assert result.exit_code == 2 and "no hit 42" in result.output
    result = run(engine, "review", "42", "--note", "x")
    assert result.exit_code == 2 and "--confirm or --dismiss" in result.output
    result = run(engine, "review", "42", "--confirm", "--dismiss", "--note", "x")
    assert result.exit_code == 2 and "exactly one of --confirm or --dismiss" in result.output


def test_screen_json_follows_the_design_shape(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    record_notice("qa-2025-05-14-uel-suspension.txt")  # suspends UEL 2025 No.7 for 90 days
    path = csv_file(CPS)
    result = run(engine, "screen", str(path), "--as-of", "2025-06-01", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["id"] for r in rows] == ["C-1", "C-2", "C-3"]
    assert rows[1]["matches"] == []
    match = rows[0]["matches"][0]
    assert {k: match[k] for k in ("list", "name_zh", "name_en", "status", "listed_by", "score")} == {
        "list": "UEL", "name_zh": "斯凯迪奥公司", "name_en": "Skydio Inc.", "status": "suspended",
        "listed_by": "UEL-2025-7", "score": 1.0}
    # Why: which name matched which, by which rule.
    assert (match["query_name"], match["matched_name"], match["reason"]) == ("SKYDIO, INC", "Skydio Inc.", "exact")
    assert match["explanation"].startswith("exact: 'SKYDIO, INC' = 'Skydio Inc.'")
    # Before the listing there is nothing to match.
    before = json.loads(run(engine, "screen", str(path), "--as-of", "2025-04-03", "--json").output)
    assert all(r["matches"] == [] for r in before)
    # Nothing was stored.
    assert json.loads(run(engine, "hits", "--state", "all", "--json").output) == []


def test_screen_csv_escapes_formula_cells(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    result = run(engine, "screen", str(csv_file(CPS)), "--as-of", "2025-06-01", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("\ufeff")  # Excel reads the Chinese names as UTF-8
    rows = list(csv.DictReader(io.StringIO(result.output.removeprefix("\ufeff"))))
    assert [r["id"] for r in rows] == ["C-1", "C-2", "C-3"]
    assert rows[2]["name"] == "'=HYPERLINK(\"x\")" and rows[2]["list"] == "UEL"
    assert rows[1]["list"] == ""


def test_screen_refuses_bad_rows_before_printing(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    result = run(engine, "screen", str(csv_file(CPS + "C-1,dup,,,\n")), "--json")
    assert result.exit_code == 2
    assert "line 5: id 'C-1' repeats line 2" in result.output and "[" not in result.output


def test_screen_needs_a_recorded_list(engine: Engine, csv_file: Callable[..., Path]) -> None:
    result = run(engine, "screen", str(csv_file(CPS)))
    assert result.exit_code == 1 and "no listed entities are recorded" in result.output
    result = run(engine, "screen", str(csv_file(CPS)), "--as-of", "yesterday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


STRAY = "id,name,country\nC-1,Acme Trading Ltd,US\nC-2,\"Best Pipe Supply,US\nC-3,Skydio Inc,US\nC-4,Insitu Inc,US\n"


@pytest.mark.parametrize("command", [["counterparties", "import"], ["screen"]])
def test_a_stray_quote_refuses_the_file_naming_file_and_line(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path], command: list[str]
) -> None:
    """Before: ``created 2, errors 0`` and C-3 (listed) was never screened; now exit 2, nothing imported."""
    record_notice("uel-2025-007.txt")
    path = csv_file(STRAY)
    result = CliRunner().invoke(
        main, ["--db", engine.url.render_as_string(hide_password=False), *command, str(path)])
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert str(path) in result.stderr and "line 3" in result.stderr and "quote" in result.stderr, result.stderr
    assert result.stdout == ""
    assert json.loads(run(engine, "hits", "--state", "all", "--json").output) == []


def test_a_counterparty_with_only_a_chinese_name_is_imported_and_screened(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    """Issue 15 item 7: before, ``line 2: name is empty for id 'C-1'`` and exit 2."""
    record_notice("uel-2025-007.txt")
    path = csv_file("id,name,name_zh,aliases,country\nC-1,,斯凯迪奥公司,,US\nC-2,Acme Trading Ltd,,,GB\n")
    screened = run(engine, "screen", str(path), "--json", "--as-of", "2025-06-01")
    assert screened.exit_code == 0, screened.output
    matched = {r["id"]: [m["name_zh"] for m in r["matches"]] for r in json.loads(screened.output)}
    assert matched == {"C-1": ["斯凯迪奥公司"], "C-2": []}
    imported = run(engine, "counterparties", "import", str(path))
    assert imported.exit_code == 0, imported.output
    assert "created 2" in imported.output and "斯凯迪奥公司" in imported.output
    [hit] = json.loads(run(engine, "hits", "--json").output)
    assert hit["counterparty"] == {"id": "C-1", "name": "", "name_zh": "斯凯迪奥公司"}
    neither = run(engine, "counterparties", "import", str(csv_file("id,name,name_zh\nC-9,,\n", name="neither.csv")))
    assert neither.exit_code == 2 and "line 2" in neither.output and "C-9" in neither.output, neither.output
