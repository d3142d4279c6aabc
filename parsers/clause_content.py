"""A clause of an earlier notice named by what it says, not by its number: ``商务部公告2024年第46号中关于原则上不予许可
镓、锗、锑、超硬材料相关两用物项对美国出口的规定``. The clauses of the notices so cited are public facts (the text of
MOFCOM 2024 No.46 in ``shared/fixtures``); a clause named by content that this table cannot place is a doubt, never
the whole notice in silence."""

from __future__ import annotations

import re

from policywatch.parsers.numbers import find_numbers
from policywatch.parsers.types import Action

# doc_id → (clause number, words that clause alone says); a content naming every word of one set names that clause.
CLAUSE_WORDS: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {
    "MOFCOM-2024-46": ((1, ("禁止", "军事用户")), (1, ("禁止", "军事用途")),
                       (2, ("镓", "锗", "锑")), (2, ("超硬材料",)), (2, ("石墨",))),
}
# "…第46号中关于<content>的规定", "…第46号关于<content>的有关规定".
_BY_CONTENT = re.compile(r"\s*(?:[（(][^（）()]*[）)])?\s*(?:中|里)?(?:有关|关于)(?P<what>[^。；]{2,80}?)"
                         r"的(?:有关|相关)?(?:规定|措施|条款)")


def named_by_content(text: str, at: int) -> str | None:
    """What the clause cited right at ``at`` (after a number) says, when it is named by content."""
    m = _BY_CONTENT.match(text, at)
    return m.group("what") if m else None


def clause_of(doc_id: str, what: str) -> int | None:
    """The one clause of ``doc_id`` that ``what`` describes, or None when none or several do."""
    found = {n for n, words in CLAUSE_WORDS.get(doc_id, ()) if all(w in what for w in words)}
    return found.pop() if len(found) == 1 else None


def clause_content_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """A clause named by content that no action reads as that notice's clause."""
    read = {t for a in actions for t in a.targets}
    for found in find_numbers(text):
        what = named_by_content(text, found.end)
        if what is None or not any(t == found.number.doc_id or t.startswith(found.number.doc_id + "#")
                                   for t in read):
            continue
        n = clause_of(found.number.doc_id, what)
        if n is None or f"{found.number.doc_id}#{n}" not in read:
            return [f"a clause of {found.number.doc_id} is named by its content ({what[:24]!r}), not by number: "
                    "which clause is changed?"]
    return []
