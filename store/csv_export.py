"""The one CSV writer of every export (``lists``, ``screen``, ``hits``, the workspace's download).

Excel is where these files are opened. It reads a file without a BOM in the machine's ANSI code page, so
Chinese names garble; it also runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and a tab or
carriage return can hide one), so a scraped name could carry a payload into a reviewer's spreadsheet. Every
export goes through here: UTF-8 with a BOM, CRLF rows (RFC 4180), and formula-leading cells prefixed with an
apostrophe, which spreadsheets show as text and do not display.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

BOM = "\ufeff"
FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text, never evaluates; None is empty, booleans are ``true``/``false``."""
    if value is None:
        return ""
    text = str(value).lower() if isinstance(value, bool) else str(value)
    return "'" + text if text.startswith(FORMULA_LEAD) else text


class CsvExport:
    """A CSV written in pieces, so a large export streams: the first piece carries the BOM and the header."""

    def __init__(self, columns: Sequence[str]) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")
        self._buffer.write(BOM)
        self._writer.writerow([csv_cell(c) for c in columns])

    def row(self, values: Iterable[Any]) -> None:
        self._writer.writerow([csv_cell(v) for v in values])

    def take(self) -> str:
        """What was written since the last call (the BOM and header the first time)."""
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return text


def csv_lines(rows: Iterable[Iterable[Any]], *, guarded: bool = False) -> str:
    """Rows alone, guarded, no BOM or header: a piece of an export whose head ``CsvExport`` wrote (a worker's chunk).

    ``guarded``: every cell already went through ``csv_cell`` or is None, and the rows are written as given (a
    screen chunk guards its two filled cells of a row without a match, not its nine empty ones)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if guarded:
        writer.writerows(rows)
        return buffer.getvalue()
    cell = csv_cell
    # csv.writer writes None as an empty cell, as csv_cell would: a screen chunk's empty columns cost no call.
    writer.writerows([None if v is None else cell(v) for v in values] for values in rows)
    return buffer.getvalue()


def csv_text(columns: Sequence[str], rows: Iterable[Iterable[Any]]) -> str:
    out = CsvExport(columns)
    for values in rows:
        out.row(values)
    return out.take()


def csv_bytes(columns: Sequence[str], rows: Iterable[Iterable[Any]]) -> bytes:
    """The whole file as UTF-8 bytes, BOM first."""
    return csv_text(columns, rows).encode("utf-8")


def dict_rows(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> Iterator[list[Any]]:
    """Rows of JSON objects as cells in ``columns`` order (a missing key is an empty cell)."""
    for row in rows:
        yield [row.get(column) for column in columns]
