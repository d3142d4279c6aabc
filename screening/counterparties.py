"""Reading a counterparty CSV: ``id,name`` and optional ``name_zh``, ``aliases`` (``;``-separated), ``country``.

A row needs an id and a name in either script: ``name`` may be empty when ``name_zh`` is set.

UTF-8, UTF-8 with a BOM and GB18030 are recognised. The file is streamed (a million rows never sit in memory at
once); every bad row comes back as a ``RowError`` with its line number so the caller can refuse the whole file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from policywatch.parsers.errors import PolicywatchError

REQUIRED = ("id", "name")
OPTIONAL = ("name_zh", "aliases", "country")
MAX_FIELD = 1000
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_CHUNK = 1 << 20
_BITMAP_MAX = 1 << 24
_HEADER = "id,name[,name_zh,aliases,country]"
T = TypeVar("T")
ScreenRow = tuple[str, str, str | None, tuple[str, ...]]  # what screen reads of a row: id, name, name_zh, aliases


class CounterpartyFileError(PolicywatchError, ValueError):
    """The file as a whole cannot be read (missing, undecodable, no header); ``exit_code`` 2: bad input."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class CounterpartyRow:
    line: int
    id: str
    name: str
    name_zh: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "message": self.message}


def detect_encoding(path: Path) -> str:
    """``utf-8-sig`` for a BOM, ``utf-8`` when the whole file decodes as UTF-8, else ``gb18030``.

    The check reads the file in 1 MiB chunks through an incremental decoder, so it costs no memory.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(3)
            if head == codecs.BOM_UTF8:
                return "utf-8-sig"
            decoder = codecs.getincrementaldecoder("utf-8")()
            decoder.decode(head)
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"
    except OSError as exc:
        raise CounterpartyFileError(f"cannot read {path}: {exc.strerror or exc}; check the path") from exc


def _clean(value: str | None) -> str:
    return (value or "").strip()


def read_counterparties(path: Path | str) -> Iterator[CounterpartyRow | RowError]:
    """Each data row of the CSV as a ``CounterpartyRow``, or a ``RowError`` naming its line and the problem.

    Repeated ids are found by a first pass over the file that keeps a fixed-size bitmap of id hashes (then only
    the ids that may repeat), so memory stays flat however many rows the file has.
    """
    path = Path(path)
    encoding = detect_encoding(path)
    twice = _maybe_repeated(path, encoding)
    first: dict[str, int] = {}
    # The rows are built once: a repeat is always a later row, found as the rows go by (only the few ids that
    # may repeat are remembered).
    for item in _rows(path, encoding):
        if twice and isinstance(item, CounterpartyRow) and hash(item.id) in twice:
            if item.id in first:
                yield RowError(item.line,
                               f"id {item.id!r} repeats line {first[item.id]}; ids must be unique in a file")
                continue
            first[item.id] = item.line
        yield item


def _maybe_repeated(path: Path, encoding: str) -> set[int]:
    """Hashes of the ids that may appear twice: a superset of the repeats, read from the id cells alone."""
    # A bitmap of id hashes (at most 16 MiB, whatever the row count) finds the few ids that may repeat;
    # only those are then compared by value, so a hash collision between two distinct ids is no error.
    size = 1 << (min(_BITMAP_MAX, max(4096, path.stat().st_size)).bit_length() - 1)  # a power of two
    bits = bytearray(size)
    mask = size * 8 - 1
    twice: set[int] = set()
    try:
        with path.open(encoding=encoding, newline="", errors="strict") as fh:
            # The same reader as the rows', without their checks: every id a row can have is among these cells.
            reader = csv.reader(fh, strict=True)
            header = next(reader, None)
            columns = [h.strip().lower() for h in header or ()]
            if "id" not in columns:
                return twice  # no rows to read: _records says why
            i = columns.index("id")
            try:
                for record in reader:
                    if i < len(record) and (ident := record[i].strip()):
                        h = hash(ident)
                        k = h & mask
                        if bits[k >> 3] & (1 << (k & 7)):
                            twice.add(h)
                        else:
                            bits[k >> 3] |= 1 << (k & 7)
            except csv.Error:
                pass  # the rows end at the same place, where _records reports it
    except (UnicodeDecodeError, OSError):
        pass  # _records reports it, with the line
    return twice


@dataclass(frozen=True, slots=True)
class DataRanges:
    """A CSV's data rows as byte ranges cut after a line end, each readable on its own (``read_range``)."""

    encoding: str
    index: dict[str, int]  # column → position, as the row-by-row reader finds them
    width: int
    ranges: list[tuple[int, int]]


def split_rows(path: Path, parts: int) -> DataRanges | None:
    """The data rows in about ``parts`` byte ranges, or None for a header the row-by-row reader must judge (quoted,
    a column missing, undecodable).

    A cut goes after a line end where the quotes since the header pair up: outside every quoted value when the
    file's quotes are well formed. ``read_range`` proves each cut (a range that ends inside a quoted value is a
    CSV error there), so a stray quote that misleads the count is found, never silently read across.
    Cutting at a byte is safe in GB18030 too: its multi-byte characters hold no line end or quote byte.
    """
    encoding = detect_encoding(path)
    size = path.stat().st_size
    try:
        with path.open("rb") as fh:
            head = fh.readline(1 << 16)
            if not head.endswith(b"\n") or b'"' in head:
                return None
            try:
                header = next(csv.reader([head.decode(encoding)]), None)
            except UnicodeDecodeError:
                return None
            columns = [h.strip().lower() for h in header or ()]
            if any(c not in columns for c in REQUIRED):
                return None
            start = pos = len(head)
            step = max(1, (size - start) // max(1, parts))
            cuts = [start]
            quotes = 0
            while cuts[-1] + step < size:
                quotes += fh.read(cuts[-1] + step - pos).count(b'"')
                pos = cuts[-1] + step
                while line := fh.readline():
                    quotes += line.count(b'"')
                    pos += len(line)
                    if quotes % 2 == 0 and line.endswith(b"\n"):
                        break
                if pos >= size:
                    break
                cuts.append(pos)
    except OSError as exc:
        raise CounterpartyFileError(f"cannot read {path}: {exc.strerror or exc}; check the path") from exc
    cuts.append(size)
    index = {c: columns.index(c) for c in (*REQUIRED, *OPTIONAL) if c in columns}
    ranges = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    return DataRanges(encoding, index, len(columns), ranges)


def read_range(path: Path, split: DataRanges, start: int, end: int) -> Iterator[ScreenRow | RowError]:
    """The rows of one range of ``split_rows`` as (id, name, name_zh, aliases), checked as the row-by-row reader
    checks them.

    Line numbers count from the range's start and repeated ids are not looked for: a caller that meets a
    ``RowError`` (or a repeat among the ranges' ids) reads the file row by row, which names the true lines.
    """
    with path.open("rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    try:
        text = data.decode("utf-8" if split.encoding == "utf-8-sig" else split.encoding)
    except UnicodeDecodeError as exc:
        yield RowError(1, f"byte {exc.start} of the range does not decode as {split.encoding}")
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    yield from _record_items(reader, 1, split.index, split.width, _screen_row)


def _rows(path: Path, encoding: str) -> Iterator[CounterpartyRow | RowError]:
    return _records(path, encoding, _row)


def _records(
    path: Path, encoding: str, build: Callable[[int, list[str], dict[str, int], int], T]
) -> Iterator[T | RowError]:
    """``build(line, cells, column index, header width)`` for each non-blank data row; a CSV syntax error ends
    the file as a ``RowError``."""
    try:
        with path.open(encoding=encoding, newline="", errors="strict") as fh:
            # strict: a quote left open to the end of the file, or closed in the middle of a value, is an error
            # (the lenient reader folds every later row into that one value and reports nothing).
            reader = csv.reader(fh, strict=True)
            try:
                header = next(reader)
            except StopIteration:
                raise CounterpartyFileError(f"{path} is empty; expected a header line '{_HEADER}'") from None
            columns = [h.strip().lower() for h in header]
            missing = [c for c in REQUIRED if c not in columns]
            if missing:
                raise CounterpartyFileError(
                    f"{path}: header has no {', '.join(missing)} column; expected '{_HEADER}'"
                )
            index = {c: columns.index(c) for c in (*REQUIRED, *OPTIONAL) if c in columns}
            yield from _record_items(reader, reader.line_num + 1, index, len(columns), build)
    except UnicodeDecodeError as exc:
        raise CounterpartyFileError(
            f"{path} is neither UTF-8 nor GB18030 (byte {exc.start}); save it as UTF-8 and import again"
        ) from exc
    except OSError as exc:
        raise CounterpartyFileError(f"cannot read {path}: {exc.strerror or exc}; check the path") from exc


def _record_items(
    reader: Any, start: int, index: dict[str, int], width: int,
    build: Callable[[int, list[str], dict[str, int], int], T],
) -> Iterator[T | RowError]:
    """The data rows of a ``csv.reader`` whose next record starts on line ``start``: blank rows skipped, a NUL or a
    quoted value that swallowed rows refused, a CSV syntax error ending the rows as a ``RowError``."""
    try:
        for record in reader:
            line = start
            start = reader.line_num + 1
            joined = "".join(record)  # one string per row answers both checks below
            if not joined or joined.isspace():
                continue
            if "\x00" in joined:
                # PostgreSQL cannot store a NUL in text: refused here, with the line, not later as SQL.
                yield RowError(line, "holds a NUL byte (0x00), which the database cannot store; remove it")
                continue
            if reader.line_num > line and (swallowed := _swallowed_rows(record)):
                yield RowError(line, f"a quoted value runs from line {line} to line {reader.line_num} and "
                                     f"holds what look like rows ({swallowed!r}); close or remove the "
                                     "stray quote on this line")
                continue
            yield build(line, record, index, width)
    except csv.Error as exc:
        yield RowError(start, _syntax_error(exc, start, reader.line_num))


def _swallowed_rows(record: list[str]) -> str | None:
    """The first line inside a multi-line value that reads as a row of its own (``C-3,Skydio Inc,US``): the sign
    of a stray quote. A line break in a name or address (``Unit 4, Harbour Road``) is not one."""
    for cell in record:
        for text in cell.splitlines()[1:]:
            fields = text.split(",")
            first = fields[0].strip()
            if len(fields) >= 2 and first and not any(ch.isspace() for ch in first):
                return text[:60]
    return None


def _syntax_error(exc: csv.Error, start: int, end: int) -> str:
    if "unexpected end of data" in str(exc):
        return ("a quoted value opened on this line is never closed (it runs to the end of the file); close or "
                "remove the stray quote")
    span = f"a quoted value runs from this line to line {end}: " if end > start else ""
    return f"malformed CSV ({span}{exc}); fix the quoting on this line"


class CounterpartyRecord(BaseModel):
    """One data row as declared: the columns a counterparty CSV may have, each bounded (``extra="forbid"``)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)

    id: str = Field(max_length=MAX_FIELD)
    name: str = Field(default="", max_length=MAX_FIELD)
    name_zh: str = Field(default="", max_length=MAX_FIELD)
    aliases: str = Field(default="", max_length=MAX_FIELD)
    country: str = Field(default="", max_length=2 * MAX_FIELD)

    @field_validator("id")
    @classmethod
    def _has_id(cls, value: str) -> str:
        if not value:
            raise ValueError("id is empty; every counterparty needs an id")
        return value

    @field_validator("country")
    @classmethod
    def _two_letters(cls, value: str) -> str:
        if value and not _COUNTRY_RE.match(value.upper()):
            raise ValueError(f"country {value!r} is not a two-letter code (e.g. US, CN)")
        return value.upper()

    @model_validator(mode="after")
    def _a_name(self) -> CounterpartyRecord:
        if not self.name and not self.name_zh:
            raise ValueError("no name")
        return self


# Whitespace that str.strip removes but the validator's strip keeps: a row holding one takes the validator's path.
_STRIP_DIFFERS_RE = re.compile("[\x1c-\x1f]")


def _plain_values(record: list[str], index: dict[str, int]) -> tuple[str, str, str, tuple[str, ...], str] | None:
    """(id, name, name_zh, aliases, country) as ``CounterpartyRecord`` would give them, without the validator, when
    the row is plainly valid; else None (the validator then answers, with its message)."""
    n = len(record)
    i = index["id"]
    ident = record[i].strip() if i < n else ""
    i = index["name"]
    name = record[i].strip() if i < n else ""
    i = index.get("name_zh", n)
    name_zh = record[i].strip() if i < n else ""
    i = index.get("aliases", n)
    aliases = record[i].strip() if i < n else ""
    i = index.get("country", n)
    country = record[i].strip() if i < n else ""
    if not ident or not (name or name_zh):
        return None
    # Most rows are short together, which answers the four bounds at once.
    if len(ident) + len(name) + len(name_zh) + len(aliases) > MAX_FIELD and (
            len(ident) > MAX_FIELD or len(name) > MAX_FIELD or len(name_zh) > MAX_FIELD or len(aliases) > MAX_FIELD):
        return None
    if country:
        country = country.upper()
        if not _COUNTRY_RE.match(country):  # two letters: within its bound too
            return None
    return ident, name, name_zh, _aliases(aliases), country


def _aliases(cell: str) -> tuple[str, ...]:
    """The ;-separated aliases of a cell, stripped, each once, in order."""
    return tuple(dict.fromkeys(a.strip() for a in cell.split(";") if a.strip())) if cell else ()


def _row(line: int, record: list[str], index: dict[str, int], width: int) -> CounterpartyRow | RowError:
    if len(record) > width:
        return RowError(line, f"{len(record)} fields but the header has {width}; quote values that contain commas")
    # A character in any cell, read or not, sends the row to the validator, which answers plain rows alike.
    if not _STRIP_DIFFERS_RE.search("".join(record)):
        plain = _plain_values(record, index)
        if plain is not None:
            ident, name, name_zh, alias_list, country = plain
            return CounterpartyRow(line, ident, name, name_zh or None, alias_list, country or None)
    n = len(record)
    values = {c: record[i] if i < n else "" for c, i in index.items()}
    try:
        row = CounterpartyRecord.model_validate(values)
    except ValidationError as exc:
        return RowError(line, _row_problem(exc, values.get("id", "").strip()))
    return CounterpartyRow(line, row.id, row.name, row.name_zh or None, _aliases(row.aliases), row.country or None)


def _screen_row(line: int, record: list[str], index: dict[str, int], width: int) -> ScreenRow | RowError:
    """``_row`` as the tuple ``screen`` needs (id, name, name_zh, aliases): the same values and refusals, and the
    commonest row built without a row object."""
    if len(record) <= width and not _STRIP_DIFFERS_RE.search("".join(record)):
        plain = _plain_values(record, index)
        if plain is not None:
            return plain[0], plain[1], plain[2] or None, plain[3]
    row = _row(line, record, index, width)
    return row if isinstance(row, RowError) else (row.id, row.name, row.name_zh, row.aliases)


def _row_problem(exc: ValidationError, ident: str) -> str:
    error = exc.errors()[0]
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "string_too_long":
        message = f"a value is longer than {MAX_FIELD} characters"
    if message == "no name":
        return f"no name for id {ident!r}: fill in name or name_zh (either is enough)"
    column = ".".join(str(p) for p in error["loc"])
    if column and column not in ("id", "country") and not message.startswith("a value"):
        message = f"{column}: {message}"
    return message if not ident or error["loc"] == ("id",) else f"{message} for id {ident!r}"
