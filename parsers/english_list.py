"""English names printed apart from the Chinese ones: an annex ``一、甲公司 二、乙公司`` then ``英文名称对照：`` and
``1. A Co. 2. B Co.``. The two lists pair by place; when their lengths differ no pair is guessed."""

from __future__ import annotations

import re
from dataclasses import replace

from policywatch.parsers.types import Entity

# "英文名称对照：", "英文名称对照表", "外文名称对照": the heading of the list of English names.
ENGLISH_LIST_HEAD = re.compile(r"^(?:英文名称|英文名|外文名称)对照表?[：:]?$")
# "1. Mitsubishi Heavy Industries …, Ltd.": an item of that list, a number and a Latin name only.
_ENGLISH_ITEM = re.compile(r"^\d{1,3}\s*[.．、]\s*(?P<en>[A-Za-z][^\u3400-\u9fff（）]*)$")


def english_item(line: str) -> str | None:
    m = _ENGLISH_ITEM.match(line)
    return " ".join(m.group("en").split()) if m else None


def paired(entities: list[Entity], names: list[str]) -> list[Entity] | None:
    """``entities`` with the ``names`` given by place to those printed in Chinese only, or None when the counts of
    the two lists differ (a reader must pair them)."""
    bare = [i for i, e in enumerate(entities) if e.name_zh and not e.name_en]
    if not names or len(bare) != len(names):
        return None
    out = list(entities)
    for i, en in zip(bare, names, strict=True):
        out[i] = replace(out[i], name_en=en)
    return out


def english_list_doubts(text: str, entities: list[Entity]) -> list[str]:
    """A list of English names is printed, yet a name read has none: the two lists did not pair."""
    if not any(ENGLISH_LIST_HEAD.match(line.strip()) for line in text.split("\n")):
        return []
    unpaired = [e.name_zh for e in entities if e.name_zh and not e.name_en]
    return [f"the text lists English names apart (英文名称对照), but {unpaired[0]!r} was given none: do the two "
            "lists pair?"] if unpaired else []
