"""Status changes of earlier decisions: suspensions, extensions, resumptions and terminations, and what
they point back to."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

from policywatch.parsers.action_context import (
    _ABOVE_COUNT,
    _ADMIN_STEP,
    _ALONGSIDE,
    _ANAPHOR,
    _AS_FOLLOWS,
    _BARE_BRACKET,
    _BARE_REST,
    _CLAUSE_BACK,
    _COUNTS_FROM,
    _DATE_CITE,
    _DATES_IN_REST,
    _EACH_PERIOD,
    _EARLIER,
    _ENDS_ON,
    _ENTITY_OBJECT,
    _EXTENDS,
    _GENERIC_OBJECT,
    _LISTS,
    _MEASURES,
    _NO_LONGER,
    _NO_LONGER_CONTROLS,
    _NO_LONGER_LISTED,
    _NOT_AGAIN,
    _ONE_POINTER,
    _PERIOD_CLAUSE,
    _PERIOD_OBJECT,
    _PERIOD_SENTENCE,
    _PERIOD_TAIL,
    _POINTER,
    _POINTS_BACK,
    _QUESTION_MARKS,
    _RAN_TO,
    _REMOVE,
    _REMOVE_FROM,
    _REMOVE_ITS,
    _REMOVE_TOPIC,
    _REMOVED_SUBJECT,
    _RUNNING_OUT,
    _SAME_PERIOD,
    _SHARED_PERIOD,
    _STATED_RANGE,
    _VERB_END,
    _VERB_START,
    _WITHIN,
    OTHER_DOMAIN,
    STATUS_VERB,
    Context,
    _country,
    _entities_from,
    _start_told_after,
    _title_list,
    list_of,
    provides_rule,
    qualify_bare,
    verb_kind,
)
from policywatch.parsers.annexed_object import annexed_entities
from policywatch.parsers.dates import PERIOD, add_period, parse_date, parse_period, start_date, until_date
from policywatch.parsers.entities import (
    ORG_WORDS,
    bracketed_run,
    guess_kind,
    leading_country,
    prose_names,
    prose_orgs,
    split_inline,
)
from policywatch.parsers.item_controls import _licensed_goods
from policywatch.parsers.list_changes import (
    _NAMES_BEFORE_MEASURES,
    _earlier_listing_names,
    _listing_cited,
    _recited_names,
)
from policywatch.parsers.name_lines import _bare_names, _below_head, _bracketed_run, _listed_below
from policywatch.parsers.numbers import MASTHEAD_NO, NumberMatch, find_numbers
from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int
from policywatch.parsers.picks import PICKED, PICKED_BY_PLACE, places, stated_total
from policywatch.parsers.recited import recited_object, recited_target
from policywatch.parsers.status_targets import (
    _JOINT_WITH_CUSTOMS,
    _by_list,
    _cites,
    _clause_referred,
    _status_list,
    _target_list,
    _targets,
)
from policywatch.parsers.text import split_depth0, squash
from policywatch.parsers.types import Action, Entity, ListName


def _heading(line: str, title: str | None) -> bool:
    """The title or a masthead number on a line of its own: never part of the sentence below it (its number is
    this notice's, not a target)."""
    line = line.strip()
    if len(line) < 6 or "。" in line or line.endswith(("，", ",", "：", ":")):
        return False
    if title and (line == title or title.startswith(line) or title.endswith(line)):
        return True
    if _MASTHEAD_ISSUER.match(line) or _BARE_BRACKET.fullmatch(line) or MASTHEAD_NO.match(squash(line)):
        # "不可靠实体清单工作机制公告" over "〔2028〕5号", "中华人民共和国商务部令" over "2035年第4号": a masthead
        # split over two lines
        return True
    found = find_numbers(line, follow_on=False)
    return bool(found) and found[0].start == 0 and found[0].end == len(line)


_MASTHEAD_ISSUER = re.compile(r"^[\u4e00-\u9fff ]{4,40}?(?:(?<!特此)公告|(?<![决命])令)$")
_NOTE_LINE = re.compile(r"^\s*[（(][^（()）]*[）)]\s*$")


def _sentences(body: str, title: str | None = None, *, asked: bool = False) -> list[str]:
    """The body's sentences; ``asked``: a journalist's question kept as a sentence of its own (what an answer's
    该公告 may refer back to, never a change), else dropped."""
    # A line that is one bracket ("（2035年8月12日…令第110号公布，自公布之日起施行）") is a note of its own, never
    # the head of the sentence below it.
    kept = [ln + "。" if _NOTE_LINE.match(ln) or (asked and ln.startswith(_QUESTION_MARKS)) else ln
            for ln in body.split("\n")
            if (asked or not ln.startswith(_QUESTION_MARKS)) and not _heading(ln, title)]
    # A reprint's dateline ("【某报讯】") opens a sentence: the headline before it has no full stop of its own.
    text = _DATELINE.sub("。", _LATIN_WRAP.sub(" ", "\n".join(kept)).replace("\n", ""))
    return [s for s in text.split("。") if s.strip()]


_DATELINE = re.compile(r"(?=【[^】]{1,12}讯】)")
# "（Rapid Flight⏎LLC）": a line wrapped between two Latin words kept a space there; Chinese wraps without one.
_LATIN_WRAP = re.compile(r"(?<=[A-Za-z0-9.,&)])\n(?=[A-Za-z0-9(&])")


# "2036年1月，…", "2036年1月5日，…", "今年1月，…", "1月5日，…": a sentence opening with when something happened.
_TIME_OPENING = re.compile(r"^\s*(?:(?P<y>\d{4})\s*年|(?P<rel>今年|去年))?\s*(?P<m>\d{1,2})\s*月"
                           r"(?:\s*(?P<d>\d{1,2})\s*日)?\s*[，,]")
# "4月16日，商务部发布公告，…": a day without its year may be the day this very notice was issued, as a reprint tells.
_ISSUING = re.compile(r"发布|公布|宣布|印发")


def _told_before(sentence: str, published: dt.date | None) -> bool:
    """A sentence telling an event before the notice's date, with no decision and no start of its own: history."""
    m = _TIME_OPENING.match(sentence)
    if not m or published is None or "决定" in sentence or start_date(sentence, published)[1]:
        return False
    if not m.group("y") and _ISSUING.search(sentence):
        return False
    year = int(m.group("y")) if m.group("y") else published.year - (m.group("rel") == "去年")
    month = int(m.group("m"))
    if m.group("d"):
        try:
            return dt.date(year, month, int(m.group("d"))) < published
        except ValueError:
            return False
    return (year, month) < (published.year, published.month)


# "现决定将…", "商务部决定将…": a decision opening the object of the verb at its clause's end.
_DECIDES_THAT = re.compile(r"^[^，。；]{0,12}?决定\s*[：:]?\s*(?=将)")


# "如无新的决定", "若未另行决定": a condition on a later decision; the change it tells is not made by this notice.
UNLESS_DECIDED = re.compile(r"(?:如|若|如果|倘若)(?:无|没有|未)[^，。；]{0,10}?(?:决定|调整|安排)")


# "A的反制措施暂停实施一百二十日": the measures of a named entity, changed, the notice they are of cited before.
_NAMED_MEASURES = re.compile(rf"^(?P<obj>(?!上述|该|前述|其|对)[^，。]{{2,120}}?)的"
                             rf"(?P<m>(?:相关|有关)?(?:反制|处理|管控)?措施)(?P<verb>{STATUS_VERB})(?P<tail>[^，。]*)$")


def _names_something(obj: str) -> bool:
    """Whether ``obj`` is a run of names (each with a Latin name, or a word ending an organisation's name)."""
    pairs = split_inline(obj)[0]
    return bool(pairs) and all(en or (zh and ORG_WORDS.search(zh)) for zh, en, _rest in pairs)


# "对<notice>所列实体，亦作同样处理（暂停的起始时间和期限均与前者一致）": the change before, applied to another notice.
_SAME_TREATMENT = re.compile(r"对(?P<obj>[^。；]{2,80}?)[，,]\s*(?:亦|也|均)?(?:作|予以|按)?(?:同样|相同|同等|同一)"
                             r"(?:处理|办理|安排)")


def _status_changes(ctx: Context, in_force: dt.date | None = None) -> list[Action]:
    """``in_force``: when the document itself applies (a promulgation's 自…起施行), the start of a change that
    states none of its own."""
    actions: list[Action] = []
    doc_list = _title_list(ctx.title)
    cited_before = ""  # the last sentence citing a notice: what 该款/该公告 may refer back to
    last_start: dt.date | None = None  # the start the last sentence with a change stated
    running: list[int] = []  # suspensions told with an end and no start: perhaps the state a continuation extends
    continuing: list[int] = []  # changes read from 继续暂停
    sentences = _closed_items([_distributed(qualify_bare(s, doc_list))
                               for s in _sentences(ctx.body, ctx.title, asked=True)])
    history = False  # whether the sentence before told an earlier event
    for i_sentence, sentence in enumerate(sentences):
        cited_here = sentence if find_numbers(sentence) else ""
        if sentence.lstrip().startswith(_QUESTION_MARKS):
            # "问：<notice>所列实体的处理措施有何调整？" then "答：…暂停实施该公告规定的处理措施": the question cites
            # what the answer's 该公告 refers back to; the question itself changes nothing.
            # Only its numbers: the names a journalist asks about are not the answer's.
            cited_before = "、".join(f.raw for f in find_numbers(sentence)) or cited_before
            continue
        referred, cited_before = cited_before, cited_here or cited_before
        history = _told_before(sentence, ctx.published) or (history and _told_after(sentence, ctx.published))
        if actions and (same := _SAME_TREATMENT.search(sentence)) and (cited := find_numbers(same.group("obj"))):
            # "对<notice>所列实体，亦作同样处理": the change before, with its start and period, of another notice.
            previous = actions[-1]
            for number in cited:
                target = number.number.doc_id
                if target not in previous.targets:
                    actions.append(replace(previous, list=_target_list(target, ctx), targets=(target,), entities=()))
            continue
        if not re.search(STATUS_VERB, sentence):
            continue
        if OTHER_DOMAIN.search(sentence) and not list_of(sentence):
            continue  # a trade remedy or a tariff is suspended or ended: not a list, not an export control
        if UNLESS_DECIDED.search(sentence):
            continue  # "暂停期满后，如无新的决定，上述措施恢复执行": what happens by default later, no change now
        if provides_rule(sentence):
            continue  # "指引建议…，应暂停相关交易，待…后再行恢复": a rule's or a guideline's provision, no change
        if history:
            # "某年某月，工作机制暂停对…", "…列入清单。此后，工作机制暂停对上述企业…": an earlier change told as
            # history, the background of this one
            continue
        removal = bool(_REMOVE.search(sentence) or _REMOVE_FROM.search(sentence) or _REMOVE_ITS.search(sentence)
                       or _REMOVE_TOPIC.search(sentence) or _NO_LONGER.search(sentence) or _NOT_AGAIN.search(sentence)
                       or _REMOVED_SUBJECT.search(sentence)
                       or _NO_LONGER_LISTED.search(sentence))
        start, has_start = start_date(sentence, ctx.published)
        if not has_start and last_start is not None and _ALONGSIDE.match(sentence):
            start, has_start = last_start, True  # "同时，中方决定，对…继续暂停…": the decision before, continued
        later_period: tuple[int, str] | None = None
        later_end: dt.date | None = None
        if not has_start and (later := _start_told_after(sentences[i_sentence + 1: i_sentence + 3])):
            # "…暂停…120天；…暂停…，期限相同。上述暂停均自北京时间A起算。": one start for the changes before.
            start, has_start = start_date(later.group("start"), ctx.published)
            later_period = parse_period(later.group("p")) if later.group("p") else None
            later_end = parse_date(later.group("end")) if later.group("end") else None
        if has_start:
            last_start = start
        stated_until = until_date(sentence) or later_end
        said_period: tuple[int, str] | None = None  # the last period this sentence stated, which 期限相同 repeats
        clauses = [c.strip() for c in split_depth0(sentence, "，,；;")]
        # Clauses without a verb before a verb clause: its object when the verb clause names none
        # ("对A和B的相关措施，自…起，继续暂停实施180天").
        pending: list[str] = []
        shared = next((p for c in clauses if (p := _SHARED_PERIOD.match(c))), None)
        for i_clause, clause in enumerate(clauses):
            clause = _AS_FOLLOWS.sub("", clause)
            # "不再对该公告所列物项实施出口管制": the control ended, read as "不再实施对X的出口管制" (the verb first).
            clause = _NO_LONGER_CONTROLS.sub(r"不再实施对\g<obj>的\g<c>", clause)
            if _SHARED_PERIOD.match(clause) or (_PERIOD_CLAUSE.match(clause)
                                                and clause.startswith(("暂停", "中止", "暂缓"))):
                continue  # the period of the clause(s) before it ("…，暂停期限为一年"), read with them
            if _REMOVE.search(clause) or _REMOVE_FROM.search(clause):
                pending = []
                continue
            if pending and _EXTENDS.match(clause) and _PERIOD_OBJECT.search(pending[-1]):
                # "X第二款暂停实施的期限，自A起延长一年": the extension's verb in a clause of its own.
                clause = pending.pop() + clause
            # Only a clause that changes something takes the names back ("鉴于上述两家实体…" gives a reason).
            counted = _counted_back(clause, referred) if re.search(STATUS_VERB, clause) else None
            counted_names = None
            if counted:
                # "上述2家实体的管控措施暂停实施…", "对上述3家企业继续暂停…": the entities, and the listing that
                # lists them, named in the sentence before (a recital of an earlier decision too).
                clause, counted_names = counted
            if (cited := find_numbers("，".join(clauses[:i_clause])) or find_numbers(referred)) \
                    and not find_numbers(clause) \
                    and (owned := _NAMED_MEASURES.match(clause)) and _names_something(owned.group("obj")):
                # "<notice>所列两家银行…：…，A的反制措施暂停实施一百二十日，B的反制措施暂停实施六十日": each name's
                # measures, of the notice cited before (in the sentence, or the one before), each with its own
                # period.
                clause = (owned.group("verb") + "对" + cited[-1].raw + "所列" + owned.group("obj") + "采取的"
                          + owned.group("m") + owned.group("tail"))
            preobj = _OBJECT_FIRST.match(clause)
            named_first = False  # the names before the verb, the listing they are on told elsewhere or nowhere
            if preobj and referred and (cited := find_numbers(referred)) and _BACK_CITED.match(preobj.group("obj")) \
                    and not find_numbers(preobj.group("tail")):
                # "对上述公告所列A和B停止实施该公告规定的管控措施": the notice is the one the sentence before cites.
                clause = (preobj.group("head") + "对" + _BACK_CITED.sub(cited[-1].raw, preobj.group("obj"), count=1)
                          + preobj.group("tail"))
                preobj = _OBJECT_FIRST.match(clause)
            if preobj and referred and (cited := find_numbers(referred)) \
                    and (back_tail := _TAIL_BACK_CITED.match(preobj.group("tail"))) \
                    and not find_numbers(preobj.group("obj")):
                # "对A、B恢复实施该公告所列管控措施": the measures are those of the notice the sentence before cites.
                preobj = _OBJECT_FIRST.match(preobj.group("head") + "对" + preobj.group("obj") + back_tail.group("verb")
                                             + cited[-1].raw + preobj.group("tail")[back_tail.end():])
                assert preobj is not None
            if preobj and find_numbers(preobj.group("tail")) and not find_numbers(preobj.group("obj")):
                # "对上述2家实体恢复执行<notice>规定的措施": the entities before the verb, the cited notice after.
                clause = preobj.group("head") + preobj.group("tail")
            elif preobj and (find_numbers(preobj.group("obj")) or _DATE_CITE.search(preobj.group("obj"))) \
                    and not find_numbers(preobj.group("tail")) and _OBJECT_BEFORE.search("对" + preobj.group("obj")):
                # "对<notice>所列实体中的A、B暂停实施处理措施": the object clause and the verb in one clause; read
                # as "对<notice>所列实体中的A、B，暂停实施处理措施".
                pending.append("对" + preobj.group("obj"))
                # "将对A暂停实施处理措施的期限延长至B": the 将 of the extension goes with its object.
                clause = preobj.group("head").removesuffix("将") + preobj.group("tail")
            elif preobj and not find_numbers(clause) and _LISTING_IN_WORDS.match("对" + preobj.group("obj")):
                # "对此前有关公告所列实体暂停实施处理措施": the listing cited in words, before the verb.
                pending.append("对" + preobj.group("obj"))
                clause = preobj.group("head") + preobj.group("tail")
            elif preobj and not find_numbers(clause) and not referred \
                    and any(en for _zh, en, _rest in split_inline(preobj.group("obj"))[0]) \
                    and (verb := re.match(STATUS_VERB, preobj.group("tail"))):
                # "对A（…）和B（…）暂停实施管控措施", the listing told after: read as the verb first
                # (暂停实施对A和B实施的管控措施), the names its object.
                tail = preobj.group("tail")
                clause = (preobj.group("head") + verb.group(0) + "对" + preobj.group("obj") + "实施的"
                          + tail[verb.end():])
                named_first = True
            if referred and not find_numbers(clause) and (again := _OBJECT_FIRST.match(clause)) \
                    and (back_measures := _VERB_BACK_MEASURES.match(again.group("tail"))):
                # "对A和B恢复实施上述处理措施": the names before the verb, the measures those of the notice the
                # sentence before cites; read as the verb first (恢复实施对A和B实施上述处理措施).
                clause = (again.group("head") + back_measures.group("verb") + "对" + again.group("obj") + "实施"
                          + back_measures.group("m"))
            if referred and (first := _POINTER_FIRST.match(clause)):
                # "对其继续暂停相关措施", "对上述3家实体恢复执行该公告规定的措施": read as the verb first
                # (继续暂停对其相关措施), the object pointing back at the names of the sentence before.
                clause = first.group("head") + first.group("verb") + "对" + first.group("obj") + first.group("tail")
            if (placed_first := _PLACED_FIRST.match(clause)) and not find_numbers(placed_first.group("obj")):
                # "上述3家企业中的第二家自A起恢复…": the pick by place, then the verb, in one clause.
                pending.append(placed_first.group("obj"))
                clause = placed_first.group("tail")
            m = _VERB_START.match(clause) or _VERB_END.match(clause)
            if m and (_RECITED_CHANGE.search(m.group("rest"))
                      or (m.re is _VERB_START and _earlier(clause[:m.start("verb")], ctx.published))):
                pending = []
                continue  # "…已依据<order>暂停实施一年": history of the measures, the decision comes after
            if m and (_ENDS_ON.search(m.group("rest")) or _RUNNING_OUT.search(m.group("rest"))):
                pending = []
                continue  # "…暂停实施相关措施的期限将于A届满": the running suspension told, which the decision extends
            if not m or m.group("rest").startswith("或"):
                pending.append(clause)
                continue
            rest = m.group("rest")
            if m.re is _VERB_END and m.group("verb").endswith(("延长", "顺延")):
                # "现决定将上述暂停实施期限延长至A": the decision and its 将 before the object are no part of it.
                # (Only an extension's: "现决定将其移出" leaves its 其 to the removal's reader.)
                rest = _DECIDES_THAT.sub("", rest, count=1)
            if m.re is _VERB_END and rest.startswith("将"):
                rest = rest[1:]  # "将该项的暂停实施期限延长两年": the 将 of the extension is no part of its object
            if below_object := _OBJECT_LISTED_BELOW.match(rest):
                # "停止对以下实体实施上述措施：" and the names: the clause ends at the colon, the names are its
                # object's (read by the pointer from the lines below).
                rest = below_object.group("head")
            if (ends := _ENDS_ON.search(rest)) and not rest[ends.end():].strip():
                # "对<notice>所列A、B暂停实施相关处理措施的期限将于X届满": when the suspension in force runs out,
                # told before the decision that continues it; no change of its own.
                pending = []
                continue
            # "…公告如下：商务部公告X第一款": the object starts after the colon that introduces it.
            before, pending = re.split(r"[：:]", "，".join(pending))[-1], []
            if _ADMIN_STEP.search(rest) and not find_numbers(rest):
                continue  # "…申请，自…起恢复受理": licensing administration, no list or control changes
            if rest.endswith("同时") or clause.endswith("同时废止"):
                continue  # "…第90号同时废止": superseded by this notice's own content, not a relaxation
            back = _BACK_CITED_OBJECT.match(rest)
            if back and referred and (cited := find_numbers(referred)) and not find_numbers(rest):
                # "停止对上述决定所列A、B实施的反制措施": the decision is the one the sentence before cites.
                rest = "对" + cited[-1].raw + rest[back.end():]
            own = _DATES_IN_REST.sub("", rest)
            named_back: str | None = None  # the entities a change names where the cited notice is referred back to
            pointer: str | None = None  # 其, 上述2家企业: an object naming no one, pointing at the names before
            named_clause = _CLAUSE_BACK.match(own)
            anaphor = bool(_ANAPHOR.match(own) or named_clause)
            if (_BARE_REST.match(rest) or anaphor) and (find_numbers(before) or _DATE_CITE.search(before)):
                # "X第二款的暂停期限届满后，自A起至B，该款继续暂停实施": the object stands before the verb and is
                # referred back to by 该款/该公告/上述措施.
                rest = before + "，" + rest
            elif not find_numbers(rest) and _OBJECT_BEFORE.search(before) \
                    and (find_numbers(before) or _DATE_CITE.search(before)) and _MEASURES_OBJECT.match(rest):
                # "对<notice>所列实体，继续暂停相关措施120天": the object in the clause before the verb's.
                rest = before + "，" + rest
            elif (anaphor or (_BARE_REST.match(rest) and _POINTS_BACK.match(before.split("，")[-1]))) \
                    and not find_numbers(rest) and referred:
                # "X第二款的暂停期限将于…届满。经批准，…该款继续暂停实施": the object in the sentence before.
                # "该公告对A和B规定的管控措施，自…起暂停实施": the entities named in the clause that refers back.
                back_object = _BACK_OBJECT.match(before.split("，")[-1])
                rest, named_back = referred + "，" + rest, back_object.group("obj") if back_object else None
            elif referred and _cites(referred) and not find_numbers(rest) and not removal \
                    and (pointed := _POINTED_OBJECT.match(own)):
                # "暂停对其实施该决定规定的措施": 其 (上述三家实体) are the names of the listing the sentence
                # before cites; the measures are that notice's.
                rest, pointer = referred + "，" + rest, pointed.group("obj") or pointed.group("owner")
            elif referred and not find_numbers(rest) and (verb_object := _VERB_OBJECT.match(own)) \
                    and not find_numbers(verb_object.group("obj") or verb_object.group("owned") or ""):
                # "恢复对上述2家企业实施该公告规定的处理措施", "暂停对A实施上述反制措施", "恢复实施对A的反制措施":
                # the entities between 对 and the measures, which are those of the notice the sentence before cites.
                rest = _imposing(referred) + "，" + rest
                named_back = verb_object.group("obj") or verb_object.group("back") or verb_object.group("owned")
            targets = _targets(rest, ctx.published, list_of(clause) or list_of(rest) or doc_list)
            kind = verb_kind(m.group("verb"))
            if named_clause and targets:
                targets = _clause_referred(ctx, kind, targets, to_int(named_clause.group("n")))
            if removal and (kind == "remove" and re.search(r"移出|移除|删除", clause)
                            or kind in ("remove", "terminate") and _REMOVE_ITS.search(sentence)):
                # "决定，将A从<notice>所列名单中移出", "取消（停止）对A采取的措施，并将其从…移出": the removal read
                # by _remove, not a change of its own
                continue
            if removal and re.search(r"对其|(?:^|[，,])其(?!他|余|中)", rest):
                continue  # "移出…，并停止实施<notice>对其规定的管控措施": the removal's consequence for 其
            if removal:
                entities = []
            elif targets and (placed := PICKED_BY_PLACE.search(before)):
                # "前述三家企业中的第一家和第三家，即A、B，自…起恢复…": names picked by their place in the listing.
                entities = _placed_entities(ctx, placed, referred, list_of(referred) or doc_list)
            elif targets:
                # "暂停对<notice>所列A和B采取的处理措施": the change applies to the entities named only.
                named = counted_names or (preobj.group("obj") if preobj and find_numbers(preobj.group("tail"))
                                          else named_back)
                entities = _pointed_entities(ctx, referred, pointer, sentence, list_of(referred) or doc_list) \
                    if pointer and not counted_names else _cited_entities(ctx, rest, named)
                if not entities and not pointer and (front := _NAMES_BEFORE_MEASURES.match(rest.strip())):
                    # "A（…）、B（…）两家实体适用的出口管制措施（见<notice>）暂停执行": the names open the object.
                    entities = [replace(e, country=_country(ctx)) for e in _bracketed_run(front.group("run"))]
                if not entities and not pointer and (citing := _POINTER_CITING.match(own)):
                    # "鉴于A（…）和B（…）…，暂停对该两家企业实施<notice>规定的措施": the names told before the verb.
                    head = "，".join(clauses[:i_clause])
                    entities = _pointed_entities(ctx, head, citing.group("obj"), sentence, list_of(rest) or doc_list)
                if not entities and not pointer and (annexed := annexed_entities(ctx, rest, kind)) is not None:
                    # "对附件所列依据<notice>列入…的实体，暂停实施该公告规定的措施": the annex's names, not the
                    # whole cited listing.
                    entities = annexed
            else:
                entities = _object_entities(ctx, rest)
            if below_object and not entities and not removal:
                # "停止对下列实体实施<notice>规定的管控措施：" and the names below: the object the colon opens.
                entities = _names_after(ctx, below_object.group("obj"))
                if not entities:
                    ctx.warnings.append(f"{kind}: an object names no one ({below_object.group('obj')}) and no "
                                        "list of names follows it")
            in_words = bool(_LISTING_IN_WORDS.search(rest) or _LISTING_IN_WORDS.search(before.split("，")[-1]))
            if not targets and not entities and (not re.search(r"[相有]关措施", rest) or removal) \
                    and (removal or not in_words):
                # "暂停对此前有关公告所列实体实施…" is kept: a change of a listing cited in words, unresolved.
                continue  # "移出…，对该实体采取的相关措施不再执行": the removal's consequence, not an action of its own
            joint = bool(_JOINT_WITH_CUSTOMS.search(ctx.title or ""))
            list_name = _status_list(clause, targets, rest, doc_list, sentence, joint)
            if list_name is None and not entities and _licensed_goods(ctx.body, targets):
                list_name = "ITEM"
            if (entities or in_words) and list_name is None:
                # The measures name their list: 反制措施 (CML), 处理措施 (UEL), 管控措施 (ECL).
                # Names taken back from the sentence before (上述2家实体) take its measures' words too.
                said = rest + (referred if counted_names else "")
                list_name = list_of(sentence) or ("CML" if "反制" in said else "UEL" if "处理措施" in said
                                                  else "ECL" if "管控措施" in said else None)
            if kind == "remove" and list_name == "ITEM":
                kind = "terminate"  # 取消 a control: the control ends; nothing was on a list
            # The sentence as printed, or its clause where the lines of a lead were joined into it.
            at = ctx.body.find(sentence) if sentence in ctx.body else ctx.body.find(clause)
            if at < 0 and entities:
                # A clause rewritten verb first is not printed so: the change stands where its first name does.
                at = ctx.body.find(entities[0].name_zh or entities[0].name_en or "\0")
            if entities and not targets and list_name in ("UEL", "ECL", "CML") and at >= 0:
                # "<day>，工作机制发布公告（〔2025〕5号），将A、B等10家企业列入…。…暂停对前述A、B实施的处理措施":
                # the names changed are of the listing the text told before the decision.
                # "商务部曾以<order>对A、B采取反制措施。…解除对A、B采取的反制措施": the order recited before.
                targets = _listing_cited(ctx.body, list_name, at, ctx.title) \
                    or recited_target(ctx.body, at, [e.name_zh or e.name_en or "" for e in entities])
            until: dt.date | None = None
            computed = False
            period = parse_period(clause if m.groupdict().get("period") else rest) if kind == "suspend" else None
            if period is None and kind == "suspend":
                # "继续暂停实施X第二款，期限6个月": the period in a clause of its own right after the verb's.
                # "…，期限自A起计算，为期一年": or the one after a clause stating when the period counts from.
                after = clauses[i_clause + 1: i_clause + 3]
                if len(after) == 2 and not _COUNTS_FROM.match(after[0]):
                    after = after[:1]
                stated = next((p for c in after if (p := _PERIOD_CLAUSE.match(c))), None)
                period = parse_period(stated.group("p")) if stated else None
            if period is None and kind == "suspend" and shared:
                period = parse_period(shared.group("p"))
            if period is None and kind == "suspend" and said_period is not None \
                    and any(_SAME_PERIOD.match(c) for c in clauses[i_clause + 1: i_clause + 2]):
                period = said_period  # "其二，对…暂停实施…，期限相同": the period of the change before
            period = period or (later_period if kind == "suspend" else None)
            said_period = period or said_period
            if period is None and kind == "suspend" and (within := _WITHIN.search(sentence)):
                period = parse_period(within.group("p"))  # "自A起一年内，暂停…": the period after the start
            if period is None and kind == "suspend" and i_sentence + 1 < len(sentences) \
                    and (told := _PERIOD_SENTENCE.match(sentences[i_sentence + 1].strip())):
                # "该款继续暂停实施。继续暂停的期限为一年，自A起计算。": the period in a sentence of its own.
                period = parse_period(told.group("p"))
                if not has_start and (told_from := told.group("from") or told.group("from_first")):
                    start, has_start = start_date(told_from, ctx.published)
            if not has_start and (m.group("verb").startswith("继续") or m.group("verb").endswith(("延长", "顺延"))
                                  or "期限延长" in m.group("rest")):
                # "X第三款的暂停期限将于A届满。…该款继续暂停实施至B": the continuation starts the day after A.
                # "此前决定暂停…，暂停期限至A。…措施的期限延长至B": the extension starts the day after A, told in
                # the recital before.
                ends = _ENDS_ON.search(sentence) or _ENDS_ON.search(referred) or _RAN_TO.search(referred)
                expiry = parse_date(ends.group("d")) if ends else None
                # "X第三款暂停实施至A。…该款继续暂停实施一年": or the end of the suspension told before it.
                expiry = expiry or next((actions[i].until for i in running if actions[i].targets == tuple(targets)),
                                        None)
                if expiry is not None:
                    start, has_start = expiry + dt.timedelta(days=1), True
            # "暂停…，暂停期限一年" under "本决定自A起施行": the period runs from the decision's own start.
            from_day = start if has_start else in_force
            if period and from_day is not None:
                until, computed = add_period(from_day, *period), True
                if until is None:
                    ctx.warnings.append(f"{kind}: the period of {clause[:40]} runs past the calendar")
                ranged = _STATED_RANGE.search(sentence)
                if ranged and (printed := parse_date(ranged.group("end"))) is not None and printed != until:
                    # "期限为90天，自A起至B止" where A + 90 days is not B: the end printed is taken as printed (the
                    # crosscheck flags the disagreement for a reader).
                    until, computed = printed, False
            elif kind == "suspend":
                until = stated_until
            if not targets and (not entities or in_words or named_first):
                # "暂停对此前公告所列A、B…": the names read, the listing they are on cited in words only.
                ctx.warnings.append(f"{kind}: the measures it applies to are not cited by number ({clause[:40]})")
            effective = start if has_start else (in_force or ctx.published)
            groups = _by_list(targets, list_name, ctx)
            each = _each_until(clauses[i_clause + 1: i_clause + 3], len(groups), from_day) \
                if kind == "suspend" and period is None else None
            for i_group, (group_list, group) in enumerate(groups):
                if each is not None:
                    until, computed = each[i_group], True
                action = Action(kind, group_list, tuple(entities), tuple(group), effective, until, computed, (), None)
                said = next((i for i, a in enumerate(actions) if replace(a, list=action.list) == action
                             and a.list in (None, action.list)), None)
                if said is not None:
                    # "决定废止X。上述公告规定的出口管制措施自即日起不再执行": the one change said again; the second
                    # saying may name the measures, and so the list, the first left open.
                    actions[said] = action
                    continue
                if m.group("verb").startswith("继续") or m.group("verb").endswith(("延长", "顺延")):
                    # "…暂停实施期限延长至B": an extension continues the suspension as 继续暂停 does.
                    continuing.append(len(actions))
                elif kind == "suspend" and not has_start and until is not None and not computed:
                    running.append(len(actions))
                actions.append(action)
    return _without_running(actions, running, continuing)


def _each_until(after: list[str], n_groups: int, from_day: dt.date | None) -> list[dt.date | None] | None:
    """The ends of ``分别为P1和P2`` in the clauses after a verb, one per list it changes, when the counts agree."""
    each = next((p for c in after if (p := _EACH_PERIOD.match(c))), None)
    if each is None or from_day is None:
        return None
    periods = [parse_period(p.group(0)) for p in PERIOD.finditer(each.group("ps"))]
    if len(periods) != n_groups or any(p is None for p in periods):
        return None
    return [add_period(from_day, *p) for p in periods if p is not None]


# "对以下两份公告所列实体的相关措施暂停实施60天：一是A所列…，暂停的是P；二是B所列…，暂停的是Q": one verb and period
# for several listings, each named in an item after the colon with the measures it means.
_FOR_EACH_BELOW = re.compile(
    rf"^(?P<head>.*?)对(?:以下|下列)[^，。：:]{{0,8}}?(?:公告|决定|令)所列[^，。：:]*?(?P<verb>{STATUS_VERB})"
    rf"{_PERIOD_TAIL}[：:](?P<items>.+)$")
_EACH_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十]|"
                        r"[（(]?[一二三四五六七八九十][）)、])[，,：:]?\s*")
_MEANS = re.compile(r"^(?:暂停|中止|恢复|终止|停止)?的?(?:是|为)(?P<m>.+)$")


# "决定采取两项措施：一是A暂停…；二是B暂停…。上述两项措施均自X起生效，为期90天。": the items' start and period
# told once, in the sentence after them.
_ITEMS_AFTER_COLON = re.compile(r"^(?P<head>.*?决定[^：:]{0,16}?措施)[：:](?P<items>\s*一是.+)$")
_CLOSING_TERMS = re.compile(r"^\s*(?:上述|以上|前述)[^，。自]{0,10}?(?:均|都|皆|一并)?\s*(?P<start>自[^，。]{4,40}?起)"
                            r"(?:生效|实施|施行|执行)?(?:[，,]\s*(?P<period>(?:为期|期限为?)\s*[^，。；]{1,8}))?$")


def _closed_items(sentences: list[str]) -> list[str]:
    """Items numbered 一是/二是 after a decision's colon, with the start (and period) of all told in the sentence
    after them: each item written as a sentence of its own with that start and period, the closing one dropped."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        head = _ITEMS_AFTER_COLON.match(sentences[i])
        closing = _CLOSING_TERMS.match(sentences[i + 1]) if head and i + 1 < len(sentences) else None
        if head is None or closing is None:
            out.append(sentences[i])
            i += 1
            continue
        items = [_EACH_ITEM.sub("", it, count=1).strip() for it in split_depth0(head.group("items"), "；;")]
        period = f"，{closing.group('period')}" if closing.group("period") else ""
        out.append(head.group("head"))
        out.extend(f"{closing.group('start')}，{it}{period}" for it in items if it)
        i += 2
    return out


def _distributed(sentence: str) -> str:
    """The sentence with its one verb and period written into each listing item after its colon (``对A，暂停实施P60天；
    对B，暂停实施Q60天``), or as it is."""
    m = _FOR_EACH_BELOW.match(sentence)
    if not m:
        return _measures_below(sentence)
    items = [_EACH_ITEM.sub("", i, count=1) for i in split_depth0(m.group("items"), "；;")]
    out: list[str] = []
    for item in items:
        parts = [p.strip() for p in split_depth0(item, "，,")]
        means = next((mm.group("m") for p in parts[1:] if (mm := _MEANS.match(p))), "")
        out.append(f"对{parts[0]}，{m.group('verb')}{means or '相关措施'}{m.group('period') or ''}")
    return m.group("head") + "；".join(out)


# "自A起，暂停实施以下措施一百天：（一）<notice>对10家实体采取的处理措施；（二）…": one verb and period over the
# numbered measures below it, each of another notice (and list).
_MEASURES_BELOW = re.compile(rf"^(?P<head>.*?)(?P<verb>{STATUS_VERB})以下[^，。：:；]{{0,6}}?措施{_PERIOD_TAIL}"
                             rf"(?:[，,]\s*(?:期限|为期)[为是]?\s*{_PERIOD_TAIL.replace('period', 'period2')})?[：:]"
                             rf"(?P<items>\s*(?:[（(]?[一二三四五六七八九十][）)、]|\d{{1,2}}\s*[.．、]).+)$")
_ARABIC_MARK = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*")


def _measures_below(sentence: str) -> str:
    """The sentence with its verb and period written into each numbered measure below its colon, or as it is."""
    m = _MEASURES_BELOW.match(sentence)
    if not m:
        return sentence
    items = [_ARABIC_MARK.sub("", _EACH_ITEM.sub("", i, count=1), count=1).strip()
             for i in split_depth0(m.group("items"), "；;")]
    period = m.group("period") or m.group("period2") or ""
    return m.group("head") + "；".join(f"{m.group('verb')}{i}{period}" for i in items if i)


def _without_running(actions: list[Action], running: list[int], continuing: list[int]) -> list[Action]:
    """``X第三款暂停至A。…该款继续暂停，自A次日起…``: a suspension told with its end and no start of its
    own, which a continuation of the same notice takes up after that end, is the state continued, not a change."""
    def continued(told: Action, later: Action) -> bool:
        return bool(set(told.targets) & set(later.targets)) and told.until is not None \
            and later.effective is not None and told.until < later.effective

    gone = {i for i in running if any(continued(actions[i], actions[j]) for j in continuing)}
    return [a for i, a in enumerate(actions) if i not in gone]


# "上述2家实体", "上述3家美国企业", "上述企业": entities referred back to, named in the sentence before.
# "此后，…", "随后，…": the next step of the history the sentence before told.
_SEQUEL = re.compile(r"^\s*(?:此后|随后|其后|之后|后来|嗣后)[，,]")


def _told_after(sentence: str, published: dt.date | None) -> bool:
    """A sentence going on with the history told before it (此后，…), with no decision or start of its own."""
    return bool(_SEQUEL.match(sentence)) and "决定" not in sentence and not start_date(sentence, published)[1]


_PLACED_FIRST = re.compile(
    rf"^(?P<obj>[^，。]*?{PICKED})(?P<tail>\s*(?:自[^，。起]{{2,30}}?起)?\s*(?:{STATUS_VERB}).*)$")
_COUNTED_OBJECT = re.compile(r"(?:上述|前述)\s*(?:(?P<n>\d{1,4}|两|[一二三四五六七八九十]{1,3})\s*[家名])?\s*"
                             r"(?:美国|外国)?(?:实体|企业|公司|单位|机构|组织|人员|个人|银行)")
# What follows a cited listing before the names it lists: "（〔2025〕9号）所列", "…第51号列入管控名单的".
_NAMES_CITED = re.compile(rf"\s*(?:（[^（）]*）|）)?\s*(?:所列的?|列入(?:{_LISTS})的|中?列明的)")


def _counted_back(clause: str, referred: str) -> tuple[str, str] | None:
    """``clause`` with its ``上述N家实体`` written out as the listing and the names the sentence before gives
    (``<notice>所列A（…）、B（…）``), and those names; None unless that sentence names them (exactly N, where a
    count is stated) after a listing."""
    m = _COUNTED_OBJECT.search(clause)
    if not m or not referred or find_numbers(clause):
        return None
    for cited in reversed(find_numbers(referred)):
        rel = _NAMES_CITED.match(referred, cited.end)
        if not rel:
            continue
        run = bracketed_run(referred[rel.end():])
        if run is not None:
            return _written_out(clause, m, cited.raw, run)
    # "A（…）、B（…）系<notice>列入<list>的实体": the names open a clause that says what they are, the sentence's one
    # citation their listing.
    found = find_numbers(referred)
    for part in (p.strip() for p in split_depth0(referred, "，,；;")):
        run = bracketed_run(part)
        if run and len(found) == 1 and re.match(r"\s*(?:均|都)?(?:系|为|是)", part[len(run):]):
            return _written_out(clause, m, found[0].raw, run)
    recital = recited_object(referred)
    return _written_out(clause, m, *recital) if recital else None


def _written_out(clause: str, m: re.Match[str], cited: str, run: str) -> tuple[str, str] | None:
    if m.group("n") and len(split_inline(run)[0]) != to_int(m.group("n")):
        return None  # "上述3家" over two names: not these, a doubt left to the count
    return clause[: m.start()] + cited + "所列" + run + clause[m.end():], run


# "对<notice>所列实体，继续暂停相关措施": an object clause, then a verb whose object is only 相关措施.
# "<notice>列入管控名单的16家实体，其相关管控措施同样继续暂停": the object may stand without 对.
# "上述公告所列…", "该公告列明的…": a listing referred back to, cited in the sentence before.
_BACK_CITED = re.compile(r"^(?:上述|该|前述)(?:公告|决定)(?=所列|中?列明)")
# "恢复实施该公告所列管控措施": the verb, then its measures pointed back at the notice cited before.
_TAIL_BACK_CITED = re.compile(rf"^(?P<verb>(?:{STATUS_VERB})\s*)(?:上述|该|前述)(?:公告|决定|令)(?=所列|规定)")
_BACK_CITED_OBJECT = re.compile(r"^对(?:上述|该|前述)(?:公告|决定|令)(?=所列|中?列明)")
# "该公告对A和B规定的管控措施": a clause naming entities of the notice it refers back to.
_BACK_OBJECT = re.compile(
    rf"^(?:该|上述|前述)(?:公告|决定|令)对(?P<obj>[^，。]{{2,200}}?)(?:规定|采取|实施)的(?:相关|有关)?{_MEASURES}$")
# "对A实施上述反制措施", "对上述2家企业实施该公告规定的处理措施": the object, then measures referred back to.
# "对上述2家企业实施相关处理措施": entities referred back to (上述) need no measures referred back to.
_VERB_OBJECT = re.compile(
    rf"^对(?:(?P<obj>(?:(?!措施)[^，。]){{2,200}}?)(?:实施|采取|执行)的?"
    rf"(?:上述|该|前述)(?:公告|决定|令)?(?:规定的|所列的?)?(?:相关|有关)?{_MEASURES}"
    rf"|(?P<back>(?:上述|前述)(?:(?!措施)[^，。]){{1,16}}?)(?:实施|采取|执行)(?:相关|有关)?{_MEASURES}"
    # "恢复实施对A的反制措施": the measures on A, of no notice named here.
    rf"|(?P<owned>(?!上述|前述|该|其)(?:(?!措施)[^，。]){{2,200}}?)(?<!采取)(?<!实施)(?<!执行)的(?:相关|有关)?"
    rf"(?:反制|处理|管控)措施){_PERIOD_TAIL}$")


def _imposing(referred: str) -> str:
    """The clauses of ``referred`` that cite the notice imposing measures (``以<order>对…采取反制措施``), where it
    also cites one that suspended them (``并以<order>暂停实施上述措施``): measures are the imposing notice's."""
    clauses = split_depth0(referred, "，,；;")
    imposing = [c for c in clauses if find_numbers(c) and re.search(r"采取|实施[^，。；]{0,10}措施", c)
                and not re.search(STATUS_VERB, c)]
    changing = [c for c in clauses if find_numbers(c) and re.search(STATUS_VERB, c)]
    return "，".join(imposing) if imposing and changing else referred
# "对以下实体实施上述措施：" and the names after the colon: the object points forward.
_OBJECT_LISTED_BELOW = re.compile(
    r"^(?P<head>对(?P<obj>(?:以下|下列|下述)[^，。：:]{0,12}?)(?:实施|采取|执行)[^，。：:]*?措施)[：:]")
# An object that names no one and points back: 其, 上述2家企业, 上述实体.
# The words between never cite a notice (上述公告所列实体 is the whole listing, read by the citation).
_POINTER_OBJECT = (r"(?:其|(?:上述|前述|这|该)(?:(?!公告|决定|令|所列|列入)[^，。；]){0,8}?"
                   r"(?:实体|企业|公司|机构|单位|组织|人员|个人))")
_PERIOD_AFTER = rf"(?:(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?:个月|天|日|周|年))?"
_POINTER_FIRST = re.compile(
    rf"^(?P<head>[^，。]*?)对(?P<obj>{_POINTER_OBJECT})(?P<verb>{STATUS_VERB})(?P<tail>[^，。]*?措施{_PERIOD_AFTER})$")
# "对其实施该决定规定的措施", "对上述实体相关措施": the pointer, then the measures of the notice cited.
_POINTED_OBJECT = re.compile(
    rf"^对(?P<obj>{_POINTER_OBJECT})(?:(?:实施|采取|执行)的?)?(?:(?:上述|该|前述)(?:公告|决定|令)?(?:规定的|所列的?)?)?"
    rf"(?:相关|有关)?{_MEASURES}{_PERIOD_AFTER}$"
    # "将上述2家实体的暂停期限延长至A": the pointer before the verb, as its owner.
    rf"|^将?(?P<owner>{_POINTER_OBJECT})的?(?:相关|有关)?(?:{_MEASURES})?的?$")
# "此前有关公告所列实体": a listing cited by words alone, with no number or date to resolve it.
# "对该两家企业实施〔2029〕3号公告规定的处理措施": a pointer, then the measures of a notice cited by number.
_POINTER_CITING = re.compile(rf"^对(?P<obj>{_POINTER_OBJECT})(?:实施|采取|执行)的?[^，。]*?{_MEASURES}")
_LISTING_IN_WORDS = re.compile(r"^对[^，。]{0,12}?(?:公告|决定|令)所列")
_OBJECT_BEFORE = re.compile(rf"(?:^|[，,])\s*对?[^，,]*?(?:所列|所涉(?:及)?的?|列入(?:{_LISTS})的|中?列明的)")
# "所采取的反制措施": the measures taken against the object before, named by the taking.
# "该公告规定的措施", "出口管制管控措施": the measures of the listing named in the clause before.
_MEASURES_OBJECT = re.compile(rf"^(?:对其|对上述实体|其)?(?:所?(?:采取|实施))?的?"
                              rf"(?:(?:该|上述|前述)(?:公告|决定|令)?(?:规定的|所列的?))?(?:相关|有关|上述)?"
                              rf"(?:出口管制|{_LISTS})?{_MEASURES}")
# "对A和B恢复执行<notice>规定的措施": the object stands between 对 and the verb.
_OBJECT_FIRST = re.compile(
    rf"^(?P<head>[^，。]*?)对(?P<obj>(?:(?!措施|{STATUS_VERB})[^，。]){{2,200}}?)(?P<tail>(?:{STATUS_VERB})[^，。]*?措施[^，。]*)$")
# "恢复实施上述处理措施": the verb, then measures referred back to (the object stood before the verb).
_VERB_BACK_MEASURES = re.compile(
    rf"^(?P<verb>{STATUS_VERB})(?P<m>(?:上述|该|前述)(?:公告|决定|令)?(?:规定的|所列的?)?(?:相关|有关)?{_MEASURES}"
    rf"{_PERIOD_AFTER})$")
# "已依据<order>暂停实施", "已于…暂停": a change made before, recited.
_RECITED_CHANGE = re.compile(r"已(?:依据|根据|按照|于|经)|已$")
# "工作机制于2036年2月决定暂停…": a decision dated, which is earlier when its month is before the notice's.
_DECIDED_ON = re.compile(r"于\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:作出)?决定")


def _earlier(head: str, published: dt.date | None) -> bool:
    """Whether the subject before a verb says its decision was an earlier one (此前决定, 于<an earlier month>决定)."""
    if _EARLIER.search(head):
        return True
    dated = _DECIDED_ON.search(head)
    return bool(dated and published and (int(dated.group("y")), int(dated.group("m"))) < (published.year,
                                                                                           published.month))


# After the cited notice (and its title in 《》): "所列A和B采取的处理措施", "对A、B五家公司采取的反制措施",
# "列入<list>的A的相关措施",
# "所列A、B实施相关处理措施".
_CITED_OBJECT = re.compile(
    rf"\s*(?:（[^（）]*）|）|《[^》。]*》)?\s*(?:(?:公告|决定|令)?所列的?|列入(?:{_LISTS})的|(?:公告|决定|令)?中?列明的|对)"
    rf"(?P<obj>[^。；]+?)"
    rf"(?:(?:采取|实施)的|的(?:相关|有关)|的(?={_MEASURES})|[，,]\s*(?=(?:(?:该|上述)(?:公告|决定|令)规定的)?(?:相关|有关)?(?:出口管制)?{_MEASURES})"
    rf"|(?:采取|实施)(?=(?:(?:该|上述|前述)(?:公告|决定|令)规定的)?(?:相关|有关)?{_MEASURES}))"
    rf"[^，。]{{0,8}}?措施")


_EXCEPT = re.compile(r"^除|以外|之外|外(?:的|其他|其余)")
# "所列实体中的A、B", "所列的实体中的A和B", "所列实体，其中的A", "所列某集团子公司中的A": the change picks names
# out of the cited listing.
_PICKED = re.compile(
    r"^\s*(?:（[^（）]*）|）|《[^》。]*》)?\s*(?:公告|决定|令)?(?:（[^（）]*）)?\s*所列的?"
    r"(?:实体|企业|公司|单位|机构|组织|个人|人员|[^，,。；（）]{2,30}?(?:子公司|实体|企业|公司|单位|机构))?(?:名单)?"
    r"(?:[，,]\s*)?(?:其)?中的?(?P<obj>.+)$", re.S)
# What follows the names when the verb comes after them: "…的处理措施", "采取的反制措施", "暂停实施…".
_PICKED_TAIL = re.compile(rf"(?:(?:采取|实施)的|的(?:相关|有关)?(?:处理|反制)?措施|(?:{STATUS_VERB})).*$", re.S)


def _picked_object(after: str) -> str | None:
    """The names a change picks out of a cited listing (``所列实体中的A（…）、B（…）``), or None."""
    m = _PICKED.match(after)
    if not m:
        return None
    obj = split_depth0(m.group("obj"), "，,。；;")[0]
    obj = _PICKED_TAIL.sub("", obj).strip()
    return obj or None


def _cited_entities(ctx: Context, rest: str, named: str | None) -> list[Entity]:
    """The entities of a cited listing a status change names; [] when it concerns the whole notice. Where several
    listings are cited, each with its names, the names of all."""
    found: list[NumberMatch | None] = list(find_numbers(rest)) if named is None else []
    earlier, whole = _earlier_listing_names(ctx, rest, found)
    entities = earlier + _last_cited_entities(ctx, rest, named)
    if whole and entities:
        # The whole of one listing beside names of another: one action cannot say both scopes.
        ctx.warnings.append(f"a status change names no one of one cited listing ({whole[0][:20]}) and names of "
                            "another: its scope must be checked")
    return entities


def _last_cited_entities(ctx: Context, rest: str, named: str | None) -> list[Entity]:
    obj = named
    if obj is None:
        # After the cited notice's number, or its date ("2034年5月8日公告所列A…").
        found = find_numbers(rest)
        dated = list(_DATE_CITE.finditer(rest))
        anchor = found[-1].end if found else dated[-1].end() if dated else None
        # "所列实体中的A": the names picked out of the listing, before any object of the wider pattern.
        obj = _picked_object(rest[anchor:]) if anchor is not None else None
        cited = _CITED_OBJECT.match(rest, anchor) if anchor is not None and obj is None else None
        obj = cited.group("obj") if cited else obj
    if obj is None:
        return []
    obj = re.sub(r"[，,]?\s*所$", "", obj.strip())  # "所列A，所采取的措施": the 所 of the taking is no name
    if _EXCEPT.search(obj):
        # "所列除A以外的实体": the change excepts A; its scope is the notice less A, which no action here can say.
        ctx.warnings.append(f"a status change names no one it applies to, only an exception ({obj[:30]})")
        return []
    if _POINTER.match(obj) or _SOME.match(obj):
        # "所列下列实体…：" and the numbered names below, "所列部分实体…，具体为：A（…）、B（…）": the names follow.
        named_after = _names_after(ctx, obj)
        if named_after:
            return named_after
    if _GENERIC_OBJECT.match(obj):
        return []
    pairs, count, deng = split_inline(obj)
    if not pairs and count is None:
        return []
    return _entities_from(ctx, pairs, count, deng, _country(ctx) or leading_country(pairs))


_POINTER_COUNT = re.compile(rf"(?P<n>\d{{1,4}}|两|[{CN_NUMBER_CHARS}]{{1,3}})\s*[家名个]")


def _pointed_entities(ctx: Context, referred: str, pointer: str, sentence: str,
                      list_name: ListName | None) -> list[Entity]:
    """Who ``pointer`` (其, 上述2家企业) is: the entities of the cited listing the sentence before names
    (``…所列A（…）、B（…）``, ``…将A（…）和B（…）等实体列入<list>``). The count the sentence states checks them."""
    stated = _POINTER_COUNT.search(pointer) or _ABOVE_COUNT.search(sentence)
    count = to_int(stated.group("n")) if stated else None
    pairs, listed = _recited_names(referred, list_name, len(referred))
    if (count if count is not None else listed) != len(pairs):
        pairs = []  # "将A等8家实体列入…": the listing named only in part, never who 其/上述企业 is
    country = _country(ctx) or leading_country(pairs)
    found: list[Entity] = []
    for candidate in ("cited", "recited", "counted", "told"):
        if candidate == "cited":
            # "〔2028〕4号公告所列A和B": the word 公告 after the number, as the citation's own 所列 reads it.
            entities = _cited_entities(ctx, re.sub(r"号\s*公告(?=所列)", "号", referred), None)
        elif candidate == "recited":
            entities = [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in pairs]
        elif candidate == "counted":
            # "A（…）和B（…）违反承诺…。…恢复对上述2家实体…": the names told between the listing and the
            # decision, counted back to.
            entities = _cited_entities(ctx, referred, pointer) if count is not None else []
        else:
            # "鉴于A（…）和B（…）已…，暂停对其…": the names with their brackets in the text pointed back at.
            told = prose_orgs(referred) + prose_names(referred)
            entities = [Entity(zh, en, country or leading_country(told), guess_kind(zh, en, rest))
                        for zh, en, rest in told]
        if entities and (count is None or len(entities) == count):
            return entities
        found = found or entities
    if _ONE_POINTER.match(pointer.strip()) and pointer in ctx.body:
        # "A公司（…）是<notice>所列实体之一。该企业近期…。…暂停对该企业实施…": the one entity the text names
        # before it first points back at it, however many sentences before.
        before = ctx.body[: ctx.body.find(pointer)]
        told = prose_orgs(before) + prose_names(before)
        if len(told) == 1:
            zh, en, rest = told[0]
            return [Entity(zh, en, _country(ctx), guess_kind(zh, en, rest))]
    if count is not None:
        ctx.warnings.append(f"the text states {count} entities ({pointer}), {len(found)} found")
    else:
        ctx.warnings.append(f"a status change of {pointer} names no one it applies to: who it concerns must be checked")
    return found


def _placed_entities(ctx: Context, placed: re.Match[str], referred: str,
                     list_name: ListName | None) -> list[Entity]:
    """The entities a pick by place names: of the listing the sentence before recites, checked against the names the
    pick gives after 即 (either alone where the other is missing); a doubt where they disagree or none is found."""
    pairs, listed = _recited_names(referred, list_name, len(referred))
    total = stated_total(placed)
    if (total is not None and total != len(pairs)) or (listed is not None and listed != len(pairs)):
        pairs = []  # "将A等8家…列入": the listing named only in part; its third name is not known
    wanted = places(placed)
    chosen = [pairs[k - 1] for k in wanted if 0 < k <= len(pairs)] if pairs else []
    given = split_inline(placed.group("names"))[0] if placed.group("names") else []
    country = _country(ctx) or leading_country(chosen or given)
    if chosen and len(chosen) == len(wanted) and (not given or [g[0] for g in given] == [c[0] for c in chosen]):
        return [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in chosen]
    if given and len(given) == len(wanted) and not chosen:
        return [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in given]
    ctx.warnings.append(f"a change picks entities by their place ({placed.group('places')}) and names no one for "
                        "sure: who they are must be checked")
    return []


_SOME = re.compile(r"^(?:部分|个别)")
_NAMES_FOLLOW = re.compile(r"(?:具体|分别)(?:为|是|包括)[：:][ \t]*(?P<run>[^。\n]+)")


def _names_after(ctx: Context, obj: str) -> list[Entity]:
    """The names an object points at (下列实体, 部分实体) where the sentence goes on to list them: numbered lines
    under its colon, or a run after 具体为："""
    at = ctx.body.find(obj)
    if at < 0:
        return []
    end = ctx.body.find("。", at)
    sentence = ctx.body[at: end if end >= 0 else len(ctx.body)]
    colon = re.search(r"[：:][ \t]*\n", sentence)
    listed = _listed_below(ctx.body[at + colon.end():]) if colon else []
    if not listed and colon:
        # "…停止对以下实体实施上述措施：" and the names on bare lines, one a line, each with its English name (a
        # signature below a colon is no name).
        tail = ctx.body[at + colon.end():].split("\n")
        bare = list(itertools.takewhile(lambda p: p[1], _bare_names(_below_head([ln.strip() for ln in tail]))))
        listed = [Entity(zh, en, None, guess_kind(zh, en, rest)) for zh, en, rest in bare]
    if not listed and (run := _NAMES_FOLLOW.search(sentence)):
        listed = _bracketed_run(run.group("run"))
    return [Entity(e.name_zh, e.name_en, _country(ctx), e.kind) for e in listed]


def _object_entities(ctx: Context, rest: str) -> list[Entity]:
    obj = _ENTITY_OBJECT.match(rest)
    if obj and _ONE_POINTER.match(obj.group("obj")):
        # "鉴于A公司（…）已停止有关行为，…解除对该企业采取的反制措施": the one entity named before.
        before = ctx.body[: ctx.body.find(rest)] if rest in ctx.body else ctx.body
        named = prose_orgs(before) + prose_names(before)
        if len(named) != 1:
            ctx.warnings.append(f"{obj.group('obj')} names no one for sure: {len(named)} names stand before it")
            return []
        return [Entity(zh, en, _country(ctx), guess_kind(zh, en, r)) for zh, en, r in named]
    if not obj or obj.group("obj").startswith(("上述", "该", "其")):
        return []
    # "对此前公告所列A（…）、B（…）": the listing cited in words is no part of the first name; "所列企业" names no one.
    obj_text = re.sub(r"^[^、，（()）]*?所列的?", "", obj.group("obj"))
    if _GENERIC_OBJECT.match(obj_text):
        return []
    pairs, count, deng = split_inline(obj_text)
    return _entities_from(ctx, pairs, count, deng, _country(ctx) or leading_country(pairs))
