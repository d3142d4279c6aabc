"""What the decision says, asked of the text alone, against what the grammar read.

The grammar reads a decision by the sentence shapes it knows. A shape it half knows gives a reading that looks
complete: one verb of two taken, an end the text states left for a computed one, one name of three. These checks
read only the decision's own clause (after its 决定, unless the clause denies, conditions or recites) and ask that
each verb it states is the kind of some change read, each end it states ends some change read, and each name it
gives in brackets is the name of some entity read. A disagreement is a reason to read the notice, never a
correction.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator

from policywatch.parsers.action_context import decided_part
from policywatch.parsers.dates import find_dates, normal_ends
from policywatch.parsers.numbers import CITED_CLAUSE, find_numbers
from policywatch.parsers.numerals import to_int
from policywatch.parsers.status_changes import UNLESS_DECIDED
from policywatch.parsers.types import Action

_DECIDES = re.compile(r"决定")
# A clause that denies, conditions or recites its verb decides nothing by it (如下 is no condition).
_NOT_DECIDED = re.compile(r"不再(?!列入)|是否|如(?!下)|若|一旦|视情|仍|不予|此前|曾|已(?:于|经|依据|根据|决定|将)"
                          r"|原定|前期")

# The decision's verbs and the kinds of change each is read as (a removal may be read as the end of the measures).
_VERBS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    ("移出", re.compile(r"移出|调出|移除|不再列入"), frozenset({"remove", "terminate"})),
    ("恢复", re.compile(r"恢复"), frozenset({"resume"})),
    ("暂停", re.compile(r"(?<!终止)(?<!取消)(?<!结束)暂停|中止|暂缓"), frozenset({"suspend"})),
    # 列入 as the verb of the decision, not the listed state named before a noun (对列入…的X).
    ("列入", re.compile(r"(?<![对被已曾不再])(?:列入|纳入)(?![^，。；：]{0,25}的)"), frozenset({"add", "control"})),
)

# "至2034年12月31日止", "至2034年12月31日（含）", "到…为止". Not "…至X届满": that is a running term's end, told as
# background before the change.
_STATED_END = re.compile(r"(?:至|到)\s*(?P<date>\d{4}\s*年[^止，。；（(]{2,16}?)\s*(?:（含）|\(含\))?"
                         r"\s*(?:止|为止|（含）)")
_PAST_END = re.compile(r"此前|曾|已(?:于|经|依据|根据|决定)|原定|原公告|前期|将于[^，。；]{0,20}届满")

# A Latin name in brackets after a Chinese one: "波音公司（The Boeing Company）".
_BRACKETED = re.compile(r"[（(](?P<name>[A-Za-z][A-Za-z0-9 .,&'’\-/]{2,120})[）)]")


def clauses(text: str) -> list[str]:
    """The text's sentences and lines, each read apart."""
    return [c for c in re.split(r"[。\n]", text) if c.strip()]


# What a decision cites by title is no part of what it decides: "（关于对…实施出口管制的决定）", "《…》".
_TITLES = re.compile(r"《[^》]*》|[（(]关于[^）)]*[）)]")
# A decision told of the past ("此前决定", "已决定", "原决定") or of the future ("如无新的决定", "另行决定").
_RECITED = re.compile(r"(?:此前|已经?|曾经?|原|先前|前期|新的|另行|另有|再行)\s*$")


# "决定于2025年2月4日将…列入": a decision dated before the notice is the one it recites, not its own.
_DATED = re.compile(r"\s*[于在]\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def decisions(clause: str, published: dt.date | None = None) -> list[str]:
    """What each decision of the clause decides: the words after each 决定 up to the next, when it decides now."""
    if UNLESS_DECIDED.search(clause):
        return []  # "如无新的决定，上述措施恢复执行": a default for later, not the decision
    marks = list(_DECIDES.finditer(clause))
    out: list[str] = []
    for i, m in enumerate(marks):
        if _RECITED.search(clause[max(0, m.start() - 4):m.start()]):
            continue
        after = _TITLES.sub("", clause[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(clause)])
        dated = _DATED.match(after)
        if dated and published is not None and (day := find_dates(dated.group("date"))) \
                and day[0].date < published:
            continue
        if not _NOT_DECIDED.search(after):
            out.append(after)
    return out


def verb_coverage(text: str, actions: tuple[Action, ...], published: dt.date | None = None) -> list[str]:
    """A verb of the decision (移出, 恢复, 暂停, 列入) with no change read of its kind: a verb of two was taken, or a
    change the notice recites was read in place of the one it decides (a suspension told beside a resumption)."""
    if not actions:
        return []
    kinds = {a.kind for a in actions}
    for after in (d for clause in clauses(text) for d in decisions(clause, published)):
        for word, verb, read_as in _VERBS:
            if verb.search(after) and not kinds & read_as:
                return [f"the decision says {word} but no change of that kind was read: is the kind of change read "
                        "right?"]
    return []


def end_coverage(text: str, published: dt.date | None, actions: tuple[Action, ...]) -> list[str]:
    """An end the text states for this notice's change (至…止) that no change read ends or starts on."""
    if not actions:
        return []
    read = {a.effective for a in actions} | {a.until for a in actions}
    # The day before a change read starts is the end of the term it continues, told as background.
    read |= {a.effective - dt.timedelta(days=1) for a in actions if a.effective}
    # "截至…24时", "至次年…": the ends in the forms the grammar reads them in.
    for day, said in stated_dates(normal_ends(text), _STATED_END, _PAST_END, published):
        if day not in read:
            return [f"the text states an end on {day.isoformat()} ({said[:30]!r}), but no change read ends then: "
                    "is the period read right?"]
    return []


def stated_dates(text: str, pattern: re.Pattern[str], past: re.Pattern[str],
                 published: dt.date | None) -> Iterator[tuple[dt.date, str]]:
    """The dates after the publication day that ``pattern`` (its group ``date``) finds, with the words that say
    them, in clauses that do not tell the past (``past``); an impossible date is reported by its own reason."""
    for clause in clauses(text):
        if past.search(clause):
            continue
        for m in pattern.finditer(clause):
            found = find_dates(m.group("date"))
            if found and (published is None or found[0].date > published):
                yield found[0].date, m.group(0)


def _folded(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", name).casefold())


def name_coverage(text: str, actions: tuple[Action, ...], published: dt.date | None = None) -> list[str]:
    """A name the decision gives in brackets that no entity read holds: a name of several was left out."""
    read = [_folded(e.name_en) for a in actions for e in a.entities if e.name_en]
    if not read:
        return []  # a change of a whole notice, or names read without English: nothing to compare
    for after in (d for clause in clauses(text) for d in decisions(clause, published)):
        for m in _BRACKETED.finditer(after):
            name = _folded(m.group("name"))
            if len(name) >= 3 and not any(name in r or r in name for r in read):
                return [f"the decision names {m.group('name')[:40]!r}, but no entity read is that name: is every "
                        "entity read?"]
    return []


# A company's Latin name told by its legal form: "KAWAJU Gifu Engineering Co., Ltd.", "Aerkomm Inc.".
_LEGAL_FORM = (r"(?:Co\.,?[ \t]*(?:Ltd\.?|Limited)|Ltd\.?|Limited|Inc\.?|Incorporated|Corporation|Corp\.?|LLC"
               r"|L\.L\.C\.|GmbH|PLC|plc|Company|K\.K\.|S\.A\.|AG|N\.V\.|B\.V\.|LLP)")
_LATIN_COMPANY = re.compile(r"(?<![A-Za-z])(?:[A-Z0-9][A-Za-z0-9&'’.\-]*,?[ \t]+|&[ \t]+|(?:of|and|for|the|de)[ \t]+)"
                            r"{1,12}" + _LEGAL_FORM + r"(?![A-Za-z])")

_BRANCH_LINE = re.compile(r"\s*[-‐‑–·•]")


def english_coverage(text: str, actions: tuple[Action, ...], published: dt.date | None = None) -> list[str]:
    """A company's English name the text prints that no entity read holds: an English name given apart from its
    Chinese one (a 英文名称 list after the annex) or a Latin-only line left unread, and a screen by the English name
    would miss it. A sentence dated before the notice recites; a name on a line a dash opens under an entity
    (及其分支机构 ⏎ -X GmbH) is one of its branches."""
    if not any(a.entities for a in actions):
        return []
    read = [_folded(e.name_en) for a in actions for e in a.entities if e.name_en]
    for clause in clauses(unicodedata.normalize("NFKC", text)):
        dated = find_dates(clause)
        if _BRANCH_LINE.match(clause) or dated and published is not None and dated[0].date < published:
            continue
        for m in _LATIN_COMPANY.finditer(clause):
            words = re.sub(r"^[\d.\s]+", "", m.group(0))
            name = _folded(words)
            bare = name.removeprefix("the")
            if len(name) < 6 or any(bare in r or r in name for r in read):
                continue
            return [f"the text names {words[:50]!r}, but no entity read has that English name: is every entity "
                    "read with its English name?"]
    return []


# The kinds of change that act on an earlier instrument, so a notice the decision cites is one they apply to.
_ON_EARLIER = frozenset({"remove", "suspend", "resume", "terminate"})
# "根据商务部公告2025年第1号", "依照…": a notice cited as the ground of the decision, not as what it changes.
_GROUND = re.compile(r"(?:根据|依据|依照|按照|参照|援引)[^，。；：]{0,12}$")
# An item of a list the decision opens ("暂停实施以下措施：" then "（一）…；（二）…").
_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])")




def decided_texts(text: str, published: dt.date | None = None) -> Iterator[str]:
    """The words of each decision, and the items of a list a decision opens (…以下措施：⏎（一）…⏎（二）…)."""
    parts = clauses(text)
    for i, clause in enumerate(parts):
        for after in decisions(clause, published):
            yield after
            if after.rstrip().endswith(("：", ":")):
                for item in parts[i + 1:]:
                    if not _ITEM.match(item):
                        break
                    yield item


def target_coverage(text: str, published: dt.date | None, actions: tuple[Action, ...],
                    doc_id: str = "") -> list[str]:
    """A notice the decision cites that no change read applies to: a change of two was taken, or the target of a
    suspension, a resumption or a removal was read as another notice."""
    if not actions or not any(a.kind in _ON_EARLIER for a in actions):
        return []
    exact = {t for a in actions for t in a.targets}
    targeted = {t.partition("#")[0] for t in exact}
    for after in decided_texts(text, published):
        for found in find_numbers(after):
            cited = found.number.doc_id
            if cited == doc_id or _GROUND.search(after[:found.start]):
                continue
            if cited not in targeted:
                return [f"the decision cites {found.raw} ({cited}), but no change read applies to it: is every "
                        "change read, and its target?"]
            clause = CITED_CLAUSE.match(after, found.end)
            if clause and f"{cited}#{to_int(clause.group('n'))}" not in exact:
                return [f"the decision changes {clause.group(0).strip()} of {cited}, but no change read applies to "
                        "that clause: is the target read right?"]
    return []


# A notice cited by number ("公告〔2025〕5号", "2025年第22号", "令第119号") or referred back to.
_CITED_NUMBER = re.compile(r"[〔［\[]\s*\d{4}\s*[〕］\]]\s*第?\s*\d{1,4}\s*号|\d{4}\s*年\s*第\s*\d{1,4}\s*号"
                           r"|第\s*\d{1,4}\s*号"
                           # "暂停实施该公告规定的措施": the notice cited before, referred back to.
                           r"|(?:该|上述|前述)(?:公告|决定|令)")
_CHANGE_VERB = re.compile(r"(?<!终止)(?<!取消)(?<!结束)暂停|中止|暂缓|恢复|移出|调出|移除")


def count_coverage(text: str, actions: tuple[Action, ...], published: dt.date | None = None) -> list[str]:
    """More decisions that change the status under a cited notice than changes read: one decision of several (an
    answer of a Q&A, a paragraph) was not read. A reprint's lead retells its full text and is not counted."""
    if not actions:
        return []
    stated = sum(1 for clause in clauses(decided_part(text)) for d in decisions(clause, published)
                 if _CHANGE_VERB.search(d) and _CITED_NUMBER.search(d))
    if stated > len(actions):
        return [f"the text decides {stated} changes under cited notices, but {len(actions)} read: is every "
                "decision read?"]
    return []


def coverage(text: str, published: dt.date | None, actions: tuple[Action, ...], doc_id: str = "") -> list[str]:
    """Every verb, end, bracketed or English name, cited notice and status decision that the reading does not
    account for."""
    return [*verb_coverage(text, actions, published), *end_coverage(text, published, actions),
            *name_coverage(text, actions, published), *english_coverage(text, actions, published),
            *target_coverage(text, published, actions, doc_id),
            *count_coverage(text, actions, published)]
