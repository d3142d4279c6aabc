"""Tables printed as text: rows of cells parted by ``|`` or ``│`` between rules (``+----+``, ``┌──┬──┐``,
``|---|``), as a page copied to text or a mail renders them.

The readers of names and items take a table as lines of one row each, its cells one space apart, under a head row
(``序号 中文名称 英文名称``). Where the head names a Chinese-name and an English-name column, a row is written as a
list item (``1. 中文名（English），other cells``): the bars tell exactly where each cell ends, which the spaces of a
cleaned row no longer do once an English name has spaces of its own.
"""

from __future__ import annotations

import re

# A rule: nothing but the strokes, corners and joints of a border.
_RULE = re.compile(r"^[\s|│┃:：\-—－─━=═+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰]*$")
_BARS = "|│┃║"
_ZH_COLUMN = re.compile(r"^(?:中文名称|中文名|姓名|名称)$")
_EN_COLUMN = re.compile(r"^(?:英文名称|英文名|外文名称)$")
_NUMBER_COLUMN = re.compile(r"^(?:序号|编号)$")


def is_rule(line: str) -> bool:
    """A border line of a text table: strokes and joints only, with a bar, a ``+`` or a box-drawing stroke (a
    line of hyphens alone is a separator of prose, not a table's)."""
    s = line.strip()
    return bool(s) and bool(_RULE.match(s)) and any(ch in _BARS or ch == "+" or "\u2500" <= ch <= "\u257f" for ch in s)


def cells(line: str) -> list[str] | None:
    """The cells of a table row (``| 1 | 某公司 |``, ``│1│某公司│``), or None for a line that is no row."""
    s = line.strip()
    if len(s) < 2 or s[0] not in _BARS or s[-1] not in _BARS:
        return None
    parts = re.split(f"[{_BARS}]", s[1:-1])
    return [" ".join(p.split()) for p in parts]


def _row_text(row: list[str], head: list[str] | None) -> str:
    filled = [c for c in row if c]
    if head is None or len(head) != len(row):
        return " ".join(filled)
    zh = next((i for i, h in enumerate(head) if _ZH_COLUMN.match(h)), None)
    en = next((i for i, h in enumerate(head) if _EN_COLUMN.match(h)), None)
    if zh is None or en is None or not row[zh]:
        return " ".join(filled)
    number = next((row[i] for i, h in enumerate(head) if _NUMBER_COLUMN.match(h) and row[i]), "")
    name = f"{row[zh]}（{row[en]}）" if row[en] else row[zh]
    rest = [c for i, c in enumerate(row) if c and i not in (zh, en) and not _NUMBER_COLUMN.match(head[i])]
    return (f"{number}. " if number else "") + "，".join([name, *rest])


def _is_head(row: list[str]) -> bool:
    """A head row: no cell holds a digit (a row of data is numbered or coded)."""
    return any(row) and not any(re.search(r"\d", c) for c in row)


def _joined(first: str, second: str) -> str:
    """Two lines of one wrapped cell as one: Chinese runs on, Latin words part by a space."""
    if not first or not second:
        return first or second
    wide = _WIDE.match(first[-1]) or _WIDE.match(second[0])
    return first + ("" if wide or first.endswith("-") else " ") + second


_WIDE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _wrapped_rows(lines: list[str]) -> list[str]:
    """``lines`` with each row whose cells wrap onto more lines written as one row line.

    A table that rules off every row (``├──┼──┤`` between them) makes each line between two rules one row. A table
    without rules between its rows wraps a row when a line leaves the number cell (序号) empty under a numbered row:
    a row of its own is numbered."""
    kinds = ["rule" if is_rule(ln) else "row" if cells(ln) is not None else "text" for ln in lines]
    ruled = _ruled_rows(kinds, lines)
    out: list[str] = []
    merged: list[str] | None = None  # the cells of the row being gathered, the last line of ``out``
    number_at: int | None = None
    for i, line in enumerate(lines):
        row = cells(line) if kinds[i] == "row" else None
        if row is None:
            merged, number_at = None, None if kinds[i] == "text" else number_at
            out.append(line)
            continue
        if merged is None and number_at is None and _is_head(row):
            # Only a number column tells a wrapped row: an empty first cell of another column may be merged down
            # from the row above ("日本" over two companies), which makes two rows.
            number_at = next((k for k, c in enumerate(row) if _NUMBER_COLUMN.match(c)), None)
        goes_on = merged is not None and len(row) == len(merged) and (
            i in ruled or number_at is not None and number_at < len(row) and not row[number_at]
            and bool(merged[number_at]) and not _is_head(merged))
        if goes_on and merged is not None:
            merged = [_joined(a, b) for a, b in zip(merged, row, strict=True)]
            out[-1] = "|" + "|".join(merged) + "|"
            continue
        merged = row
        out.append(line)
    return out


def _ruled_rows(kinds: list[str], lines: list[str]) -> set[int]:
    """The row lines that go on the row above them in a table that rules between its rows: a rule stands between two
    data rows somewhere in the table, so two row lines with no rule between them are one row."""
    going_on: set[int] = set()
    start = 0
    while start < len(lines):
        if kinds[start] == "text":
            start += 1
            continue
        end = start
        while end < len(lines) and kinds[end] != "text":
            end += 1
        rows = [i for i in range(start, end) if kinds[i] == "row"]
        data = [i for i in rows if not _is_head(cells(lines[i]) or [])]
        between = any(kinds[j] == "rule" and any(i < j for i in data) and any(i > j for i in data)
                      for j in range(start, end))
        if between:
            going_on.update(i for i in rows if i - 1 >= start and kinds[i - 1] == "row")
        start = end
    return going_on


def flatten_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table row written as one line (see the module's doc), a row whose cells wrap onto more
    lines written once (``_wrapped_rows``), and each rule dropped; a rule above or below the whole table stays as a
    blank line, which parts the table from the prose around it."""
    lines = _wrapped_rows(lines)
    out: list[str | None] = []  # None: a rule, decided once the lines on both sides are known
    head: list[str] | None = None
    for line in lines:
        if is_rule(line):
            out.append(None)  # "|---|---|" has bars too: a rule, no row
            continue
        row = cells(line)
        if row is None:
            head = None
            out.append(line)
            continue
        if head is None and _is_head(row):
            head = row
            out.append(" ".join(c for c in row if c))
            continue
        out.append(_row_text(row, head))
    kept: list[str] = []
    for i, printed in enumerate(out):
        if printed is not None:
            kept.append(printed)
        elif not (_is_row_at(out, lines, i, -1) and _is_row_at(out, lines, i, 1)):
            kept.append("")
    return kept


def _is_row_at(out: list[str | None], lines: list[str], i: int, step: int) -> bool:
    """Whether the nearest line that is no rule on the ``step`` side of ``i`` is a table row."""
    j = i + step
    while 0 <= j < len(out) and out[j] is None:
        j += step
    return 0 <= j < len(out) and cells(lines[j]) is not None and not is_rule(lines[j])
