"""Screening by byte ranges: cuts land between rows (quoted line breaks included), a misplaced cut is found, and a
bad row or a repeated id still stops ``screen`` with the true line number (issue 19 speed)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy.engine import Engine

from policywatch.cli import main
from policywatch.screening.acronyms import AcronymIndex, plainly_not_acronym
from policywatch.screening.counterparties import CounterpartyRow, RowError, read_counterparties, read_range, split_rows
from policywatch.screening.stream import WORKERS_ENV

# Quoted values with commas, quotes and line breaks, CRLF rows, a blank row, Chinese names and aliases.
ROWS = [
    'C-{i},"SKYDIO, INC",,,US',
    'C-{i},"Acme\r\nTrading ""North"" Ltd",,,GB',
    "C-{i},Boeing Capital Corp,,,",
    "",
    'C-{i},,斯凯迪奥公司,"Skydio;Skydio Drones",CN',
    'C-{i},"Unit 4, Harbour Road\nBuilding 7, Floor 3",,,DE',
    "C-{i},Insitu Inc,,,us",
]


def many_rows(count: int) -> str:
    lines = [ROWS[i % len(ROWS)].replace("{i}", str(i)) for i in range(count)]
    return "id,name,name_zh,aliases,country\r\n" + "\r\n".join(lines) + "\r\n"


def by_ranges(path: Path, parts: int) -> list[tuple[str, str, str | None, tuple[str, ...]]] | None:
    """The rows read range by range, or None when a range holds an error (the caller reads row by row)."""
    split = split_rows(path, parts)
    assert split is not None
    rows: list[tuple[str, str, str | None, tuple[str, ...]]] = []
    for start, end in split.ranges:
        for row in read_range(path, split, start, end):
            if isinstance(row, RowError):
                return None
            rows.append(row)
    return rows


def row_by_row(path: Path) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    rows = list(read_counterparties(path))
    assert all(isinstance(r, CounterpartyRow) for r in rows), rows
    return [(r.id, r.name, r.name_zh, r.aliases) for r in rows if isinstance(r, CounterpartyRow)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_cuts_fall_between_rows_whatever_the_quoted_line_breaks(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "cp.csv"
    path.write_bytes(many_rows(500).encode(encoding))
    expected = row_by_row(path)
    for parts in (1, 2, 3, 7, 40, 400):
        split = split_rows(path, parts)
        assert split is not None and len(split.ranges) > min(parts, 2) - 1
        assert split.ranges[-1][1] == path.stat().st_size
        assert all(a < b for a, b in split.ranges)
        assert by_ranges(path, parts) == expected, parts


def test_a_cut_a_stray_quote_misplaces_is_found_never_read_across(tmp_path: Path) -> None:
    # A lone quote inside an unquoted value is a literal character to the CSV reader, but it makes the quote count
    # odd: the cuts after it may fall inside a quoted value. Each range is then either right or refused.
    body = many_rows(300).replace("C-149,Boeing Capital Corp", 'C-149,Boeing "Capital Corp')
    path = tmp_path / "cp.csv"
    path.write_text(body, encoding="utf-8", newline="")
    expected = row_by_row(path)
    assert ("C-149", 'Boeing "Capital Corp', None, ()) in expected
    refused = 0
    for parts in range(1, 60):
        got = by_ranges(path, parts)
        if got is None:
            refused += 1
        else:
            assert got == expected, parts
    assert refused, "no cut fell inside a quoted value: the case is not exercised"


def test_a_header_the_row_reader_must_judge_is_not_split(tmp_path: Path) -> None:
    quoted = tmp_path / "quoted.csv"
    quoted.write_text('"id","name"\nC-1,Acme\n', encoding="utf-8")
    missing = tmp_path / "missing.csv"
    missing.write_text("id,nmae\nC-1,Acme\n", encoding="utf-8")
    assert split_rows(quoted, 4) is None and split_rows(missing, 4) is None


def run(engine: Engine, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", engine.url.render_as_string(hide_password=False), *args])


def screen(engine: Engine, path: Path, workers: int, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.setenv(WORKERS_ENV, str(workers))
    return run(engine, "screen", str(path), "--as-of", "2025-06-01", *args)


@pytest.mark.parametrize("fmt", ["json", "csv", "text"])
def test_two_workers_reading_ranges_print_what_one_process_prints(
    engine: Engine, record_notice: Callable[[str], list[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    record_notice("uel-2025-007.txt")
    path = tmp_path / "cp.csv"
    path.write_text(many_rows(700), encoding="utf-8", newline="")
    one = screen(engine, path, 1, monkeypatch, "--format", fmt)
    two = screen(engine, path, 2, monkeypatch, "--format", fmt)
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    assert two.stdout_bytes == one.stdout_bytes
    if fmt == "json":
        results = json.loads(two.output)
        assert len(results) == 600  # the blank rows are no rows
        assert any(r["matches"] for r in results) and any(not r["matches"] for r in results)


def line_of(text: str, cell: str) -> int:
    """The line a row starts on, counted as the CSV reader counts (every quoted line break is a line too)."""
    return text[: text.index(cell)].count("\n") + 1


@pytest.mark.parametrize(("case", "old", "new", "message"), [
    ("bad row in the last range", "C-699,Insitu Inc,,,us", "C-699,Insitu Inc,,,USA",
     "line {line}: country 'USA' is not a two-letter code"),
    ("id repeated across ranges", "C-699,Insitu Inc", "C-6,Insitu Inc", "line {line}: id 'C-6' repeats line {c6}"),
    ("stray quote", "C-401,Boeing Capital Corp,,,", 'C-401,"Boeing Capital Corp,,,', "line {line}"),
])
def test_a_bad_file_read_by_ranges_names_its_true_line(
    engine: Engine, record_notice: Callable[[str], list[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    case: str, old: str, new: str, message: str,
) -> None:
    record_notice("uel-2025-007.txt")
    path = tmp_path / "cp.csv"
    text = many_rows(700)
    assert old in text, case
    expected = message.format(line=line_of(text, old), c6=line_of(text, "C-6,"))
    path.write_text(text.replace(old, new), encoding="utf-8", newline="")
    result = screen(engine, path, 2, monkeypatch, "--json")
    assert result.exit_code == 2, (case, result.output)
    assert result.stdout == ""
    assert expected in result.stderr and str(path) in result.stderr, (case, expected, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1


def test_plainly_not_an_acronym_is_only_said_of_what_query_key_refuses() -> None:
    index = AcronymIndex(set())
    names = ["GDIT", "G.D.I.T.", "GA-ASI", "Gdit Inc", "Ltd GDIT", "inc GDIT", "ltd ABC", "A1B", "  gd IT", "IBM Corp",
             "Nortech Sunex Ltd", "IHI株式会社", "the ABC", "The ABC", "co. ABC", "Co ABC", "abc", "ABC def", "-x YZ",
             "HavocAI", "L3Harris Technologies", "3M", "(GDLS)", "Gmbh XYZ"]
    for name in names:
        if plainly_not_acronym(name):
            assert index.query_key(name) is None, name
    assert not plainly_not_acronym("GDIT") and not plainly_not_acronym("Ltd GDIT")
    assert plainly_not_acronym("Nortech Sunex Ltd") and plainly_not_acronym("IHI株式会社")
