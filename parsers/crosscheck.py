"""A second reading of the dates, periods and verbs of a notice, apart from the grammar that read its actions.

The grammar reads a notice by the sentence shapes it knows; a new shape can give a reading that looks complete and
is wrong (a start taken from the publication date where an item states its own, a suspension where the decision
resumes). Those are the silent misreads. These checks ask of the text, not of the grammar: every start the text
states is a start of some change read, a period states a length, and the verb of the decision is the kind of some
change read. A disagreement is a reason for a human to read the notice, never a correction.
"""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.dates import find_dates
from policywatch.parsers.types import Action

# "自2034年7月1日起", "自北京时间2034年7月1日零时起", "期限自…起至…止", "自…起算/起计算".
_STATED_START = re.compile(r"自\s*(?:北京时间\s*)?(?P<date>\d{4}\s*年[^起，。；至]{2,20}?)\s*(?:零时|0时)?\s*起")
# A start told of the past ("此前…自…起暂停", "已于…", "曾…"): a change made before, not one of this notice.
_PAST = re.compile(r"此前|曾|已(?:于|经|依据|根据|决定)|前期|原定|原公告|分别于")
# "期限为　个月", "暂停实施  天": the unit of a period printed without its number.
_BLANK_PERIOD = re.compile(r"(?:期限|为期|暂停期)(?:均|皆)?[为是]?[\s\u3000_＿]*(?:个月|天|周|年)(?!\d)"
                           r"|暂停(?:实施|执行)?[\s\u3000_＿]+(?:个月|天|周|年)(?!\d)")
# The decision's own verb: "决定…恢复实施". A clause that denies, conditions or recites it is not a decision.
_DECIDES = re.compile(r"决定")
_NOT_DECIDED = re.compile(r"不再|是否|如|若|一旦|视情|仍|不予恢复|终止暂停|此前|曾|已")


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[。\n]", text) if c.strip()]


def start_doubts(text: str, published: dt.date | None, actions: tuple[Action, ...]) -> list[str]:
    """A start the text states for this notice (after its publication day) that no change read starts on."""
    if not actions:
        return []
    read = {a.effective for a in actions} | {a.until for a in actions}
    for clause in _clauses(text):
        if _PAST.search(clause):
            continue
        for m in _STATED_START.finditer(clause):
            found = find_dates(m.group("date"))
            if not found:
                continue  # an impossible date, reported by its own reason
            day = found[0].date
            if published is not None and day <= published:
                continue
            if day not in read:
                return [f"the text states a start on {day.isoformat()} ({m.group(0)[:30]!r}), but no change read "
                        "starts then: is the start or the period read right?"]
    return []


def period_doubts(text: str) -> list[str]:
    """A period whose length is blank: an end date would be a guess."""
    m = _BLANK_PERIOD.search(text)
    return [f"the text states a period without its length ({m.group(0).strip()!r}): the end date is unknown"] if m \
        else []


def verb_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """The decision resumes (恢复) but no resumption was read: a suspension told beside it was taken instead."""
    if not actions:
        return []
    kinds = {a.kind for a in actions}
    for clause in _clauses(text):
        decided = _DECIDES.search(clause)
        if not decided:
            continue
        after = clause[decided.end():]
        if _NOT_DECIDED.search(after):
            continue
        if "恢复" in after and "resume" not in kinds:
            return ["the decision says 恢复 but no resumption was read: is the kind of change read right?"]
    return []


_OPPOSITE = {"suspend": "resume", "resume": "suspend", "add": "remove", "remove": "add"}


def twice_doubts(actions: tuple[Action, ...]) -> list[str]:
    """One entity (or cited clause) changed twice on one list by one notice (suspended twice, or suspended and
    resumed): one of the two is most likely an earlier change the notice recites, read as a change of its own."""
    seen: dict[tuple[str | None, str], str] = {}
    for action in actions:
        # A change of a whole notice or clause (no entity named) is the change of what it targets.
        subjects = [e.name_zh or e.name_en or "" for e in action.entities] or list(action.targets)
        for subject in subjects:
            key = (action.list, subject)
            before = seen.get(key)
            if before is not None and (before == action.kind or _OPPOSITE.get(before) == action.kind):
                return [f"{key[1][:30]!r} is read as changed twice on the {action.list} ({before}, then "
                        f"{action.kind}): is one of them an earlier change the notice recites?"]
            seen.setdefault(key, action.kind)
    return _whole_and_part_doubts(actions)


def _whole_and_part_doubts(actions: tuple[Action, ...]) -> list[str]:
    """A whole cited notice changed and some of its entities changed the same way (or back) by one notice: one of
    the two is most likely a recited earlier change, or the part was read as the whole."""
    whole = {(a.list, t): a.kind for a in actions if not a.entities for t in a.targets}
    for action in actions:
        if not action.entities:
            continue
        for target in action.targets:
            before = whole.get((action.list, target))
            if before is not None and (before == action.kind or _OPPOSITE.get(before) == action.kind):
                return [f"{target} is read as changed as a whole ({before}) and for some of its entities "
                        f"({action.kind}): is one of them an earlier change the notice recites?"]
    return []


# A decision that picks some of a cited listing: "第一家和第三家", "其中的", "部分实体", "N家实体中".
_PICKS_SOME = re.compile(r"第[一二三四五六七八九十两\d]{1,3}[家名个](?:和|、|及|与)|其中|部分(?:实体|企业|公司|人员)"
                         r"|\d{1,3}家[^，。；]{0,10}?实体中|[一二三四五六七八九十两]{1,3}家[^，。；]{0,10}?(?:实体|企业)中")
_CHANGES_SOME = ("suspend", "resume", "remove", "terminate")


def scope_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """The decision picks some entities of a listing, but a change read names none: it would apply to all of it."""
    if not any(a.kind in _CHANGES_SOME and a.targets and not a.entities for a in actions):
        return []
    for clause in _clauses(text):
        decided = _DECIDES.search(clause)
        if decided and not _NOT_DECIDED.search(clause[decided.end():]) \
                and (m := _PICKS_SOME.search(clause[decided.end():])):
            return [f"the decision picks some entities of a listing ({m.group(0)!r}) but a change read names none: "
                    "does it apply to the whole listing?"]
    return []


def crosscheck(text: str, published: dt.date | None, actions: tuple[Action, ...]) -> list[str]:
    """Every disagreement between the text and the reading, each a reason to read the notice."""
    return [*start_doubts(text, published, actions), *period_doubts(text), *verb_doubts(text, actions),
            *twice_doubts(actions), *scope_doubts(text, actions)]
