"""Reading counterparty CSVs: encodings, bad rows with line numbers, streaming."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from policywatch.screening.counterparties import (
    CounterpartyFileError,
    CounterpartyRecord,
    CounterpartyRow,
    RowError,
    detect_encoding,
    read_counterparties,
)

CSV_TEXT = "id,name,name_zh,aliases,country\nC-1,\"SKYDIO, INC\",斯凱迪奧公司,Skydio;Skydio Drones,us\nC-2,Contoso,,,\n"


def write(tmp_path: Path, text: str, encoding: str, name: str = "cp.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "detected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                    ("gb18030", "gb18030")])
def test_encodings_are_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    path = write(tmp_path, CSV_TEXT, encoding)
    assert detect_encoding(path) == detected
    rows = list(read_counterparties(path))
    assert rows[0] == CounterpartyRow(2, "C-1", "SKYDIO, INC", "斯凱迪奧公司", ("Skydio", "Skydio Drones"), "US")
    assert rows[1] == CounterpartyRow(3, "C-2", "Contoso")


def test_bad_rows_come_back_with_their_line_numbers(tmp_path: Path) -> None:
    text = (
        "id,name,country\n"
        "C-1,Good,US\n"
        ",No id,US\n"
        "C-3,,US\n"
        "C-4,Bad country,USA\n"
        "C-1,Repeated,US\n"
        "\n"
        "C-6,Too,many,fields\n"
        "C-7,\"multi\nline\",CN\n"
        "C-8,After,JP\n"
    )
    rows = list(read_counterparties(write(tmp_path, text, "utf-8")))
    errors = {r.line: r.message for r in rows if isinstance(r, RowError)}
    assert set(errors) == {3, 4, 5, 6, 8}
    assert "id is empty" in errors[3]
    assert "no name for id" in errors[4]
    assert "two-letter" in errors[5]
    assert "repeats line 2" in errors[6]
    assert "quote values" in errors[8]
    good = [r for r in rows if isinstance(r, CounterpartyRow)]
    assert [(r.id, r.line) for r in good] == [("C-1", 2), ("C-7", 9), ("C-8", 11)]
    assert good[1].name == "multi\nline"


def test_header_problems_stop_the_file(tmp_path: Path) -> None:
    with pytest.raises(CounterpartyFileError, match="no name column"):
        list(read_counterparties(write(tmp_path, "id,nmae\n1,x\n", "utf-8")))
    with pytest.raises(CounterpartyFileError, match="is empty"):
        list(read_counterparties(write(tmp_path, "", "utf-8")))
    with pytest.raises(CounterpartyFileError, match="cannot read"):
        list(read_counterparties(tmp_path / "missing.csv"))


def test_reading_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id,name\n")
        for i in range(20_000):
            fh.write(f"C-{i},Company {i}\n")
    rows = read_counterparties(path)
    assert isinstance(rows, Iterator)
    first = next(rows)
    assert isinstance(first, CounterpartyRow) and first.id == "C-0"
    rows.close()  # type: ignore[attr-defined]


def test_repeated_ids_are_found_among_many_rows(tmp_path: Path) -> None:
    # Enough rows that the id bitmap has real collisions to sort out; only true repeats are errors.
    lines = ["id,name"] + [f"C-{i},Firm {i}" for i in range(20_000)] + ["C-7,Again", "C-19999,Again"]
    rows = list(read_counterparties(write(tmp_path, "\n".join(lines) + "\n", "utf-8")))
    errors = [r for r in rows if isinstance(r, RowError)]
    assert [str(e) for e in errors] == ["line 20002: id 'C-7' repeats line 9; ids must be unique in a file",
                                        "line 20003: id 'C-19999' repeats line 20001; ids must be unique in a file"]
    assert sum(isinstance(r, CounterpartyRow) for r in rows) == 20_000


# A stray opening quote (issue 17 item 3): the reader would put every later row into C-2's name.
STRAY = "id,name,country\nC-1,Acme Trading Ltd,US\nC-2,\"Best Pipe Supply,US\nC-3,Skydio Inc,US\nC-4,Insitu Inc,US\n"


@pytest.mark.parametrize(("case", "text"), [
    ("quote runs to the end of the file", STRAY),
    ("quote closed rows later", STRAY.replace("C-4,Insitu Inc,US", "C-4,\"Insitu Inc\",US")),
    ("quote holds rows, then closes at a line end", STRAY.replace("C-4,Insitu Inc,US", "C-4,Insitu Inc,US\"")),
    ("one line, no closing quote", "id,name\nC-1,\"Acme\n"),
])
def test_a_stray_quote_is_an_error_naming_its_line(tmp_path: Path, case: str, text: str) -> None:
    rows = list(read_counterparties(write(tmp_path, text, "utf-8")))
    errors = [r for r in rows if isinstance(r, RowError)]
    line = 2 if case == "one line, no closing quote" else 3
    assert errors and errors[0].line == line, (case, rows)
    assert "quote" in errors[0].message, errors[0]
    # Nothing after the stray quote came through as a (swallowed) row.
    assert all(r.line < line for r in rows if isinstance(r, CounterpartyRow)), rows


def test_a_quoted_line_break_without_rows_in_it_is_still_a_value(tmp_path: Path) -> None:
    text = "id,name,country\nC-1,\"Acme\nTrading Ltd\",US\nC-2,\"Unit 4, Harbour Road\nBuilding 7, Floor 3\",GB\n"
    rows = list(read_counterparties(write(tmp_path, text, "utf-8")))
    assert [(r.id, r.name) for r in rows if isinstance(r, CounterpartyRow)] == [
        ("C-1", "Acme\nTrading Ltd"), ("C-2", "Unit 4, Harbour Road\nBuilding 7, Floor 3")]


def test_a_row_with_only_a_chinese_name_is_a_counterparty(tmp_path: Path) -> None:
    """Issue 15 item 7: ``name`` empty and ``name_zh`` set was refused; either name is enough, neither is an error."""
    text = "id,name,name_zh,country\nC-1,,斯凯迪奥公司,US\nC-2,,,US\nC-3,Acme Ltd,,GB\n"
    rows = list(read_counterparties(write(tmp_path, text, "utf-8")))
    assert rows[0] == CounterpartyRow(2, "C-1", "", "斯凯迪奥公司", (), "US")
    assert isinstance(rows[1], RowError) and rows[1].line == 3 and "no name" in rows[1].message, rows[1]
    assert rows[2] == CounterpartyRow(4, "C-3", "Acme Ltd", None, (), "GB")


def test_the_plain_row_path_builds_what_the_validator_builds() -> None:
    # The reader skips the validator for plainly valid rows; both must give the same row, and the validator
    # must still answer (with its message) every row the plain path does not take.
    from policywatch.screening.counterparties import _row

    index = {"id": 0, "name": 1, "name_zh": 2, "aliases": 3, "country": 4}
    records = [["C-1", " Acme ", "", "", ""], [" C-2", "", "华为", " A ; B;A;", "us"], ["C-3", "X", "", "", "ß"],
               ["C-4", "Y\u3000", "", "", " de "], ["C-5", "\x1cZ\x1c", "", "", ""], ["", "N", "", "", ""],
               ["C-6", "", " ", "", ""], ["C-7", "a" * 1001, "", "", ""], ["C-8", " " + "a" * 1000 + " ", "", "", ""],
               ["C-9", "Q", "", "", "USA"], ["C-10", "R", "", ";", "cn"]]
    for record in records:
        fast = _row(7, record, index, 5)
        values = dict(zip(index, record, strict=True))
        try:
            row = CounterpartyRecord.model_validate(values)
        except ValidationError:
            assert isinstance(fast, RowError), record
            continue
        aliases = tuple(dict.fromkeys(a.strip() for a in row.aliases.split(";") if a.strip()))
        assert fast == CounterpartyRow(7, row.id, row.name, row.name_zh or None, aliases, row.country or None), record
