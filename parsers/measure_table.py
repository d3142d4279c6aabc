"""A decision's table of objects and measures (``对象类别　名称　措施``, one row a line): the rows grouped by their
measures, one add to the countermeasure list per group, as a decision naming each group in prose would read."""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.entities import guess_kind, name_pair
from policywatch.parsers.types import Action, Entity, EntityKind

# The header row: a category column, a name column and a measures column, in this order.
# A first column of row numbers (序号) may stand before them.
_HEADER = re.compile(r"^(?:序号[\s\u3000]+)?(?:对象)?(?:类别|类型)[\s\u3000]+(?:名称|姓名|对象)[\s\u3000]+"
                     r"(?:反制)?措施$")
_PERSONS = re.compile(r"人员|个人|负责人|高管")
_ORGS = re.compile(r"企业|公司|机构|实体|组织|单位")
# "对下表所列企业和人员采取相应反制措施": the decision points at the table.
TABLE_DECISION = re.compile(r"决定[，,]?\s*对(?:下表|以下表格|下列表格|表中)所列[^。]{0,20}?采取[^。]{0,6}?反制")


def _row(line: str) -> tuple[str, str, str] | None:
    """(category, name cell, measures) of a row; the name cell keeps its own spaces (``John A. Cuomo``)."""
    line = re.sub(r"^\d{1,3}[.．、]?[\s\u3000]+", "", line.strip())  # the row's number, when the table has one
    head = re.match(r"^(?P<cat>[\u4e00-\u9fff]{2,8})[\s\u3000]+(?P<rest>.+)$", line)
    if not head:
        return None
    rest = head.group("rest")
    close = max(rest.rfind("）"), rest.rfind(")"))
    if close < 0:
        cells = re.split(r"[\s\u3000]+", rest, maxsplit=1)
        return (head.group("cat"), cells[0], cells[1]) if len(cells) == 2 else None
    name, measures = rest[: close + 1], rest[close + 1:].strip(" \u3000")
    return (head.group("cat"), name.strip(), measures) if measures else None


def _kind(category: str, zh: str | None, en: str | None, rest: str) -> EntityKind:
    if _PERSONS.search(category):
        return "person"
    if _ORGS.search(category):
        return "organization"
    return guess_kind(zh, en, rest)


def table_groups(body: str, effective: dt.date | None, country: str | None) -> list[Action]:
    """One action per run of rows with the same category and measures, in the table's order; none without the
    header row."""
    lines = body.split("\n")
    at = next((i for i, ln in enumerate(lines) if _HEADER.match(ln.strip())), None)
    if at is None:
        return []
    groups: list[tuple[tuple[str, str], list[Entity]]] = []
    for line in lines[at + 1:]:
        if not line.strip():
            break
        row = _row(line)
        if row is None:
            break
        category, cell, measures = row
        zh, en, rest = name_pair(cell)
        entity = Entity(zh, en, country, _kind(category, zh, en, rest))
        key = (category, measures)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(entity)
        else:
            groups.append((key, [entity]))
    return [Action("add", "CML", tuple(entities), (), effective, None, False,
                   tuple(m.strip() for m in re.split(r"[；;]", key[1]) if m.strip()))
            for key, entities in groups]
