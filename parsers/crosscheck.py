"""A second reading of the dates, periods and verbs of a notice, apart from the grammar that read its actions.

The grammar reads a notice by the sentence shapes it knows; a new shape can give a reading that looks complete and
is wrong (a start taken from the publication date where an item states its own, a suspension where the decision
resumes). Those are the silent misreads. These checks ask of the text, not of the grammar: every start the text
states is a start of some change read, a period states a length; and (``coverage``) each verb, stated end and
bracketed name of the decision is accounted for by some change read. A disagreement is a reason for a human to read
the notice, never a correction.
"""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.clause_content import clause_content_doubts
from policywatch.parsers.coverage import clauses as _clauses
from policywatch.parsers.coverage import coverage, decisions, stated_dates
from policywatch.parsers.dates import YEAR, add_period, find_dates, parse_date, table_starts
from policywatch.parsers.english_list import english_list_doubts
from policywatch.parsers.listed_names import paired_name_doubts
from policywatch.parsers.listing_members import member_doubts
from policywatch.parsers.numbers import find_numbers
from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int
from policywatch.parsers.registry import parse_date_reference
from policywatch.parsers.text import squash
from policywatch.parsers.title_kind import title_kind_doubts
from policywatch.parsers.traditional import to_simplified
from policywatch.parsers.types import Action
from policywatch.parsers.version_kind import version_kind_doubts
from policywatch.parsers.weekdays import weekday_doubts

# "自2034年7月1日起", "自北京时间2034年7月1日零时起", "期限自…起至…止", "自…起算/起计算"; "本公告于2049年4月1日起
# 正式实施" (于 for 自, the notice itself the subject).
_STATED_START = re.compile(rf"(?:自|(?<=本公告|本决定)于)\s*(?:北京时间\s*)?"
                           rf"(?P<date>{YEAR}\s*年[^起，。；至]{{2,20}}?)\s*(?:零时|0时)?\s*起"
                           r"(?:施行|生效)?")
# A start told of the past ("此前…自…起暂停", "已于…", "曾…"): a change made before, not one of this notice.
_PAST = re.compile(r"此前|曾|已(?:于|经|依据|根据|决定)|前期|原定|原公告|分别于")
# "期限为　个月", "暂停实施  天": the unit of a period printed without its number.
_BLANK_PERIOD = re.compile(r"(?:期限|为期|暂停期)(?:均|皆)?[为是]?[\s\u3000_＿]*(?:个月|天|周|年)(?!\d)"
                           r"|暂停(?:实施|执行)?[\s\u3000_＿]+(?:个月|天|周|年)(?!\d)")


def start_doubts(text: str, published: dt.date | None, actions: tuple[Action, ...]) -> list[str]:
    """A start the text states for this notice (after its publication day) that no change read starts on."""
    if not actions:
        return []
    read = {a.effective for a in actions} | {a.until for a in actions}
    # "现予公布，自A起施行" and the decision's "自B起，取消…": A is when the order is in force, B when the change
    # starts; once a change read starts on a start the text states for it, A starts none.
    stated = [(day, said, said.endswith(("施行", "生效")))
              for day, said in stated_dates(text, _STATED_START, _PAST, published)]
    decided = any(day in read for day, _said, in_force in stated if not in_force)
    for day, said, in_force in stated:
        if decided and in_force:
            continue
        if day not in read:
            return [f"the text states a start on {day.isoformat()} ({said[:30]!r}), but no change read starts then: "
                    "is the start or the period read right?"]
    for day in table_starts(text):
        if (published is None or day > published) and day not in read:
            return [f"a table prints a start on {day.isoformat()}, but no change read starts then: is the start "
                    "read right?"]
    return []


def period_doubts(text: str) -> list[str]:
    """A period whose length is blank: an end date would be a guess."""
    m = _BLANK_PERIOD.search(text)
    return [f"the text states a period without its length ({m.group(0).strip()!r}): the end date is unknown"] if m \
        else []


# "期限为90天，自A起至B止", "自A起至B止，为期一年": a period whose length and whose printed range are both stated.
_RANGE = re.compile(r"自\s*(?:北京时间\s*)?(?P<a>[^，。；起]{6,24}?)\s*(?:零时|0时)?\s*起\s*至\s*(?:北京时间\s*)?"
                    r"(?P<b>[^，。；起]{6,24}?日)")
_LENGTH = re.compile(rf"(?:期限|为期|暂停期|有效期|暂停(?:实施|执行)?)[为是]?\s*"
                     rf"(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?P<unit>个月|天|日|周|年)")


def range_doubts(text: str) -> list[str]:
    """A sentence stating a period's length and its range where the two disagree: either end could be meant.
    Counting the start day too (a year from 1 January to 31 December) agrees."""
    for sentence in re.split(r"[。\n]", text):
        ranged, length = _RANGE.search(sentence), _LENGTH.search(sentence)
        if not ranged or not length:
            continue
        start, end = parse_date(ranged.group("a")), parse_date(ranged.group("b"))
        try:
            n = to_int(length.group("n"))
        except ValueError:
            continue
        counted = add_period(start, n, length.group("unit")) if start else None
        if start is None or end is None or counted is None:
            continue
        if end not in (counted, counted - dt.timedelta(days=1)):
            return [f"the text states a period of {length.group('n')}{length.group('unit')} from {start.isoformat()} "
                    f"(to {counted.isoformat()}) and an end on {end.isoformat()}: which end is meant?"]
    return []


# "自A起", "A零时起": a date stated as a start, which cites no notice.
_AS_START = re.compile(r"\s*(?:\d{1,2}\s*[时点])?\s*(?:零时|0时)?\s*(?:起|开始)")


def target_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """A change aimed at the listing of a day (``ECL@2038-01-20``) where the text prints that day only as a start:
    the listing is cited otherwise (by number, by 上述公告) and was not resolved."""
    for action in actions:
        for target in action.targets:
            ref = parse_date_reference(target)
            if ref is None:
                continue
            day = ref[1]
            printed = [d for d in find_dates(text) if d.date == day]
            if printed and all(_AS_START.match(text, d.end) for d in printed):
                return [f"{action.kind} {action.list}: the target {target} is a day the text states as a start, not "
                        "a notice it cites: which listing is changed?"]
    return []


def name_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """A name read that the text does not print: pieces stitched together (``Rapid Flight⏎LLC`` read as
    ``Rapid FlightLLC``) or a part lost. An English name is compared with runs of whitespace made one space, a
    Chinese one without whitespace and in Simplified characters (a reprint prints Traditional)."""
    spaced = " ".join(text.split())
    bare = squash(to_simplified(text))
    for action in actions:
        for entity in action.entities:
            en, zh = entity.name_en, entity.name_zh
            if en and " ".join(en.split()) not in spaced:
                return [f"{action.kind} {action.list}: the name {en!r} is not printed so in the text: is it read "
                        "right?"]
            if zh and squash(zh) not in bare:
                return [f"{action.kind} {action.list}: the name {zh!r} is not printed so in the text: is it read "
                        "right?"]
            before = re.search(rf"(?P<w>[\u3400-\u9fff·・]{{2,20}}) {re.escape(' '.join(en.split()))}(?![A-Za-z])",
                               spaced) if en and not zh else None
            if before and not _NO_NAME_BEFORE.search(before.group("w")):
                return [f"{action.kind} {action.list}: {(en or '')[:40]!r} was read with no Chinese name, but "
                        f"{before.group('w')!r} stands before it: is it the Chinese name (a table's cell)?"]
            if zh and not en and _CELLS_AS_ONE.search(zh):
                return [f"{action.kind} {action.list}: the Chinese name {zh[:40]!r} runs on into Latin words and no "
                        "English name was read: are two cells of a row read as one name?"]
    return []


# A qualifier or a word of the sentence before a Latin-only name, not a Chinese name of it: 美国, 欧盟, 所列, 对.
_NO_NAME_BEFORE = re.compile(r"(?:国|盟|地区|所列|列明|的|对|将|和|及|与|或|即|为|是|包括|名称|英文名)$")
# "立方公司 Cubic Corporation" (or "Cubic Corporation 立方公司") read as one Chinese name: the English one was not
# split off (a table's cells).
_CELLS_AS_ONE = re.compile(r"[\u3400-\u9fff]\s+[A-Za-z]{2,}|[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[\u3400-\u9fff]")


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


# A decision that picks some of a cited listing: "第一家和第三家", "其中的", "部分实体", "N家实体中", "所列下列实体".
_PICKS_SOME = re.compile(r"所列的?(?:下列|以下)"
                         r"|第[一二三四五六七八九十两\d]{1,3}[家名个](?:和|、|及|与)|其中|部分(?:实体|企业|公司|人员)"
                         r"|\d{1,3}家[^，。；]{0,10}?实体中|[一二三四五六七八九十两]{1,3}家[^，。；]{0,10}?(?:实体|企业)中")
# "所列B不在本次暂停范围之内": a name of the listing left out, so the change is of the others only.
_LEAVES_SOME = re.compile(r"不在[^，。；]{0,6}?(?:暂停|恢复|移出|调整|本次)[^，。；]{0,4}?范围|不(?:适用|包括在)本次")
_CHANGES_SOME = ("suspend", "resume", "remove", "terminate")


def scope_doubts(text: str, actions: tuple[Action, ...], published: dt.date | None = None) -> list[str]:
    """The decision picks some entities of a listing, but a change read names none: it would apply to all of it."""
    if not any(a.kind in _CHANGES_SOME and a.targets and not a.entities for a in actions):
        return []
    for clause in _clauses(text):
        if m := _LEAVES_SOME.search(clause):
            return [f"the text leaves some entities of a listing out ({m.group(0)!r}) but a change read names none: "
                    "does it apply to the whole listing?"]
    for decided in (d for clause in _clauses(text) for d in decisions(clause, published)):
        if m := _PICKS_SOME.search(decided):
            return [f"the decision picks some entities of a listing ({m.group(0)!r}) but a change read names none: "
                    "does it apply to the whole listing?"]
    return []


# "该实体系依据<notice>列入…", "上述企业由<notice>列入…": the listing told again in a sentence of its own.
_LISTED_BY = re.compile(r"(?:该|上述|前述|其|这)[^，。；]{0,12}?(?:系|是|为|由|经|于|依据|根据|按照)")
_CHANGES_LISTING = ("remove", "suspend", "resume", "terminate")


def listing_doubts(text: str, doc_id: str, actions: tuple[Action, ...]) -> list[str]:
    """A change aimed at one cited listing where another sentence says the same entities were listed by another
    notice of the same series (第22号 in the decision, 第21号 in the recital): which listing is meant?"""
    aimed = {t.split("#")[0] for a in actions if a.kind in _CHANGES_LISTING for t in a.targets}
    if not aimed:
        return []
    series = {t.rsplit("-", 2)[0] for t in aimed}
    for clause in re.split(r"[。\n；]", text):
        if "列入" not in clause or not _LISTED_BY.search(clause):
            continue
        for found in find_numbers(clause):
            cited = found.number.doc_id
            if cited == doc_id or cited in aimed or cited.rsplit("-", 2)[0] not in series:
                continue
            if "列入" in clause[found.end: found.end + 30]:
                return [f"the change cites {', '.join(sorted(aimed))} as the listing, but the text says the entities "
                        f"were listed by {cited}: which listing is changed?"]
    return []


_DECIDES = re.compile(r"决定")
# "决定对以下3名人员采取…：A、B", "将下列2家实体列入…": a count pointing at the names that follow.
_FORWARD_COUNT = re.compile(rf"(?:以下|下列|如下)\s*(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*[名家个]")


def count_doubts(text: str, actions: tuple[Action, ...], published: dt.date | None = None) -> list[str]:
    """A decision stating how many names follow, and a reading with a different number of entities: a name lost,
    or one the text never gives (the count is the text's word, the names the reading's)."""
    found = sum(len(a.entities) for a in actions)
    if not actions or not found:
        return []
    for clause in _clauses(text):
        if _PAST.search(clause):
            continue
        for m in (m for decided in decisions(clause, published) for m in _FORWARD_COUNT.finditer(decided)):
            try:
                n = to_int(m.group("n"))
            except ValueError:
                continue
            if n != found:
                return [f"the decision states {m.group(0)!r} ({n}) but {found} entities were read: is a name "
                        "missing?"]
    return []


# "暂停实施以下措施45天：对A采取的处理措施；对B采取的出口管制措施。": the measures changed, one an item after the colon.
_MEASURE_ITEMS = re.compile(r"(?:暂停|恢复|停止|终止|解除)(?:实施|执行)?以下措施[^：:。]{0,12}[：:](?P<items>[^。]+)")


def item_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """Measures changed by items after a colon, more of them than the changes read: an item (a listing) is lost."""
    for m in _MEASURE_ITEMS.finditer(text):
        items = [i for i in re.split(r"[；;]", m.group("items")) if i.strip().startswith("对")]
        if len(items) > 1 and len(items) > len(actions):
            return [f"the text changes {len(items)} measures by items ({m.group(0)[:24]!r}…) but {len(actions)} "
                    "changes were read: is an item lost?"]
    return []


# "商务部公告2025年第号", "〔2025〕号": a citation printed without its number.
_BROKEN_CITATION = re.compile(r"(?:公告|令)\s*(?:\d{4}\s*年)?\s*第[\s\u3000_＿]*号|〔\d{4}〕[\s\u3000_＿]*号")


# "暂停期限为30个工作日", "为期十五个工作日": a length in working days; which days count is not in the text.
_WORKING_DAYS = re.compile(rf"(?:期限|为期|暂停期|有效期)(?:均|皆)?[为是]?\s*"
                           rf"(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*个?工作日")


def working_day_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """A period of a change counted in working days: its end depends on holidays the text does not give."""
    m = _WORKING_DAYS.search(text) if actions else None
    return [f"the text states a period in working days ({m.group(0)!r}): its end cannot be computed from the text"] \
        if m else []


# "自10月1日起": a start printed without its year ("自2041年10月1日起" does not match).
_YEARLESS_START = re.compile(r"自\s*(?:北京时间\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:零时|0时)?\s*起")


def yearless_doubts(text: str, published: dt.date | None, actions: tuple[Action, ...]) -> list[str]:
    """A start printed without a year that, in the year of publication, falls before the publication day: a start
    in the past, or a start in the next year? Either is a guess."""
    if not actions or published is None:
        return []
    for clause in _clauses(text):
        if _PAST.search(clause):
            continue
        for m in _YEARLESS_START.finditer(clause):
            try:
                day = dt.date(published.year, int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if day < published:
                return [f"the text states a start without a year ({m.group(0)!r}) that falls before the publication "
                        f"day {published.isoformat()}: which year is meant?"]
    return []


def citation_doubts(text: str) -> list[str]:
    """A notice cited by a number that is not printed: which notice is changed (or meant) is unknown."""
    m = _BROKEN_CITATION.search(text)
    return [f"the text cites a notice whose number does not read ({m.group(0)!r}): which notice is meant?"] if m \
        else []


def crosscheck(text: str, published: dt.date | None, actions: tuple[Action, ...], doc_id: str = "") -> list[str]:
    """Every disagreement between the text and the reading, each a reason to read the notice."""
    return [*start_doubts(text, published, actions), *period_doubts(text), *range_doubts(text),
            *target_doubts(text, actions), *name_doubts(text, actions),
            *twice_doubts(actions), *scope_doubts(text, actions, published), *count_doubts(text, actions, published),
            *citation_doubts(text), *working_day_doubts(text, actions), *yearless_doubts(text, published, actions),
            *paired_name_doubts(actions), *member_doubts(actions), *item_doubts(text, actions),
            *listing_doubts(text, doc_id, actions), *weekday_doubts(text), *title_kind_doubts(text, actions),
            *version_kind_doubts(text, actions),
            *english_list_doubts(text, [e for a in actions for e in a.entities]), *clause_content_doubts(text, actions),
            *coverage(text, published, actions, doc_id)]
