"""Countermeasures (反制措施) and the groups of names each set of measures applies to, and amendments."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from policywatch.parsers import registry
from policywatch.parsers.action_context import (
    _AMEND_MEASURES,
    _FAMILY,
    _FREEZE_FIRST,
    _ITEM,
    _ITEM_LISTS,
    _NAMED_LINE,
    _NAMES_COLON,
    _NUMBERED,
    _POINTER,
    STATUS_VERB,
    Context,
    _check_count,
    _entities_from,
    _trim,
    list_of,
    measures_after,
)
from policywatch.parsers.dates import parse_date, start_date
from policywatch.parsers.entities import (
    MEASURE_VERB,
    PERSONS_WORD,
    find_count,
    guess_kind,
    leading_country,
    split_inline,
    split_object,
    unclosed_bracket,
)
from policywatch.parsers.name_lines import (
    _after_list,
    _bare_end,
    _bare_names,
    _below_head,
    _bracketed_run,
    _listed_below,
)
from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int
from policywatch.parsers.text import split_depth0
from policywatch.parsers.types import Action, Entity, ListName


def _countermeasure(ctx: Context, m: re.Match[str], effective: dt.date | None,
                    country: str | None) -> list[Action]:
    tail = ctx.body[m.end():]
    listed = _listed_below(tail) if m.group("seg").startswith(("以下", "下列", "下述")) else []
    if listed:
        # "决定对下列人员采取反制措施：（一）张某（Zhang Mou），…": the object is the list that follows.
        # "对以下3名人员采取反制措施：" states the count of the names that follow: they must agree.
        action = Action("add", "CML", tuple(Entity(e.name_zh, e.name_en, country, e.kind) for e in listed), (),
                        effective, None, False, tuple(measures_after(tail, _after_list(tail))),
                        find_count(m.group("seg")))
        _check_count(ctx, action)
        return [action]
    inline = _INLINE_RUN.match(tail) if m.group("seg").startswith(("以下", "下列")) and not listed else None
    if inline and (named := _bracketed_run(inline.group("run"))):
        # "决定对下列企业实施反制裁：A（…）；B（…）。" and the measures after the names ("反制裁措施为：1. …").
        action = Action("add", "CML", tuple(replace(e, country=country) for e in named), (), effective, None,
                        False, tuple(_measures_told_after(tail, inline.end())), find_count(m.group("seg")))
        _check_count(ctx, action)
        return [action]
    colon = m.group(0).endswith(("：", ":"))
    bare = _bare_names(_below_head([ln.strip() for ln in tail.split("\n")])) \
        if colon and m.group("seg").startswith(("以下", "下列", "下述")) else []
    if bare:
        # "决定对以下美国企业采取反制裁措施：" then the names on bare lines (or the rows of a 姓名/职务 table), the
        # measures below them.
        persons = bool(PERSONS_WORD.search(m.group("seg")))
        listed = [Entity(zh, en, country, "person" if persons else guess_kind(zh, en, rest))
                  for zh, en, rest in bare]
        action = Action("add", "CML", tuple(listed), (), effective, None, False,
                        tuple(measures_after(tail, _bare_end(tail, len(bare)))), find_count(m.group("seg")))
        _check_count(ctx, action)
        return [action]
    if m.group("seg").startswith("以下") or _measure_per_part(ctx, tail):
        return _counter_groups(ctx, tail, effective, country)
    measures = measures_after(tail, 0) if m.group(0).endswith(("：", ":")) else []
    groups = [] if ctx.annex else _object_groups(m.group("seg"))
    if groups:
        return _inline_groups(ctx, groups, measures, effective, country)
    pairs, count, deng = split_inline(m.group("seg"))
    entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
    action = Action("add", "CML", tuple(entities), (), effective, None, False, tuple(measures), count)
    _check_count(ctx, action)
    return [action]


# "反制裁措施为：" over the measures, numbered 1. 2. (or 一、 （一）).
_MEASURES_HEADING = re.compile(r"\s*[^。\n]{0,12}?措施(?:[为是]|如下)[：:]\s*\n")
_ARABIC_ITEM = re.compile(r"^\d{1,2}\s*[.．、]\s*(?P<text>.+)$")


def _measures_told_after(tail: str, pos: int) -> list[str]:
    """The measures after names: under a heading of their own (numbered lines), or the sentence at ``pos``."""
    heading = _MEASURES_HEADING.match(tail, pos)
    if heading is None:
        return measures_after(tail, pos)
    out: list[str] = []
    for line in tail[heading.end():].split("\n"):
        item = _ARABIC_ITEM.match(line.strip()) or _NUMBERED.match(line.strip())
        if not item:
            break
        out.append(_trim(item.group("text")))
    return out


# The names right after the decision's colon, on its line, up to the full stop: "A（…）；B（…）。".
_INLINE_RUN = re.compile(r"[ \t]*(?P<run>[^。\n：:]+)。")
# "对A公司、B公司，以及A公司首席执行官C、某部前官员D采取反制措施": companies, then persons, joined by ，以及.
_GROUP_JOIN = re.compile(r"^(?:以及|及|和|还有)")
# "冻结上述企业…", "对上述人员不予签发签证": a measure pointing at one of the groups.
# "上述企业", "这两家企业", "该两名人员": the group named above, pointed at.
_FOR_ORGS = re.compile(rf"(?:上述|这|该)(?:\d{{1,3}}|[{CN_NUMBER_CHARS}]{{1,3}})?[家个]?(?:企业|公司|机构|单位|实体)")
_FOR_PERSONS = re.compile(rf"(?:上述|这|该)(?:\d{{1,3}}|[{CN_NUMBER_CHARS}]{{1,3}})?[名个]?(?:人员|个人)")
# "A（…）、B（…）在我国境内的动产…": the names end where what they own in China begins.
_OWNED_IN_CHINA = re.compile(r"(?<=[）)])\s*(?:在|于)(?:我国|中国|中华人民共和国)?境内的")


# "对A、B及其关联企业C采取…": persons, then the companies tied to them.
_AFFILIATES = re.compile(r"及其(?:关联|控制的|所属|旗下)(?:企业|公司|机构|实体)")


def _object_groups(seg: str) -> list[str]:
    """The two groups of an object joined by ``，以及`` or ``及其关联企业`` (each a run of names), or [] for an
    object of one run."""
    affiliates = [m for m in _AFFILIATES.finditer(seg) if not unclosed_bracket(seg[: m.start()])]
    if len(affiliates) == 1:
        return [seg[: affiliates[0].start()].strip(), seg[affiliates[0].end():].strip()]
    parts = [p.strip() for p in split_depth0(seg, "，,")]
    if len(parts) != 2 or not _GROUP_JOIN.match(parts[1]):
        return []
    return [parts[0], _GROUP_JOIN.sub("", parts[1])]


def _inline_groups(ctx: Context, groups: list[str], measures: list[str], effective: dt.date | None,
                   country: str | None) -> list[Action]:
    """Companies and persons named in one object: one action per group when the groups differ in kind and the
    measures point at each (上述企业, 上述人员); else one action with every name."""
    read: list[tuple[list[Entity], int | None]] = []
    for group in groups:
        pairs, count, deng = split_inline(group)
        read.append((_entities_from(ctx, pairs, count, deng, country or leading_country(pairs)), count))
    kinds = [{e.kind for e in entities} for entities, _count in read]
    apart = all(len(k) == 1 for k in kinds) and kinds[0] != kinds[1] and any(
        _FOR_ORGS.search(x) or _FOR_PERSONS.search(x) for x in measures)
    if not apart:
        entities = [e for group_entities, _count in read for e in group_entities]
        action = Action("add", "CML", tuple(entities), (), effective, None, False, tuple(measures), None)
        _check_count(ctx, action)
        return [action]
    actions: list[Action] = []
    for (entities, count), kind in zip(read, kinds, strict=True):
        mine, other = (_FOR_PERSONS, _FOR_ORGS) if "person" in kind else (_FOR_ORGS, _FOR_PERSONS)
        own = tuple(x for x in measures if mine.search(x) or not other.search(x))
        action = Action("add", "CML", tuple(entities), (), effective, None, False, own, count)
        _check_count(ctx, action)
        actions.append(action)
    return actions


# "一、冻结附件第一部分所列企业…；二、对附件第二部分所列人员…": a measure for each part of the annex.
# "对附件一所列人员…；对附件二所列企业…": a measure for each of several annexes, read the same way.
_ANNEX_PART = re.compile(
    rf"附件(?:第(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}})部分|(?P<annex>[{CN_NUMBER_CHARS}\d]{{1,3}})(?=所列|中))")


# "附件所列企业", "附件第二部分所列高级管理人员": the annex group an object names, by the words up to its kind word
# (never a measure's: "对附件所列企业冻结…" names 企业).
_ANNEX_GROUP = (rf"(?P<where>附件[^所，,]{{0,8}})所列的?(?P<who>(?:(?!{MEASURE_VERB.pattern})[\u4e00-\u9fff]){{0,8}}"
                r"(?:企业|公司|实体|单位|机构|组织|人员|个人))")
_ANNEX_NAMED = re.compile(_ANNEX_GROUP)


def _measure_per_part(ctx: Context, tail: str) -> bool:
    """The numbered measures after the decision each name a part of an annex in parts, or each a different group
    by its heading (一、冻结附件所列企业…；二、对附件所列高级管理人员不予…): one group per part."""
    items = [m.group("text") for ln in tail.split("\n") if (m := _ITEM.match(ln.strip()))]
    if not ctx.annex or len(items) < 2:
        return False
    # An annex with fewer parts than the measures name gives a part no names: flagged, never folded into another.
    if all(_ANNEX_PART.search(t) for t in items):
        return True
    groups = [_annex_group_of(ctx, n.group("where"), n.group("who"), set()) if (n := _ANNEX_NAMED.search(t))
              else None for t in items]
    return None not in groups and len(set(groups)) == len(groups)


def _part_of(ctx: Context, text: str, i: int) -> int | None:
    """The annex group of item ``i``: the part it names (附件第二部分), or the group its heading names (对附件所列
    人员 under 二、高级管理人员), else the group in the same place."""
    part = _ANNEX_PART.search(text)
    named = None if part else _ANNEX_NAMED.search(text)
    if named and (by_head := _annex_group_of(ctx, named.group("where"), named.group("who"), set())) is not None:
        return by_head
    at = to_int(part.group("n") or part.group("annex")) - 1 if part else i
    return at if 0 <= at < len(ctx.annex) else None


_DECISION_END = re.compile(rf"^(?:[{CN_NUMBER_CHARS}]{{1,3}}、)?"
                           rf"(?:附件[：:]|本(?:决定|令|公告)[^。]{{0,20}}?(?:施行|实施|生效)。?$)")


# An item that lifts, suspends or resumes the measures taken on someone before: read with the status changes.
_LIFTS = re.compile(rf"(?:{STATUS_VERB})[^。]*?对[^。]+?(?:采取|实施)的[^。]{{0,8}}?措施")


def _counter_groups(ctx: Context, tail: str, effective: dt.date | None, country: str | None) -> list[Action]:
    """Numbered groups ``一、对<object>，<measures>``: one add to the countermeasure list per group."""
    actions: list[Action] = []
    all_lines = [ln.strip() for ln in tail.split("\n")]
    # The groups end where the decision does: "本决定自…施行", or the index of its annexes (附件：一、…二、…), whose
    # numbered titles are no groups.
    end = next((i for i, ln in enumerate(all_lines) if _DECISION_END.match(ln)), len(all_lines))
    all_lines = all_lines[:end]
    items = [i_line for i_line, ln in enumerate(all_lines) if _ITEM.match(ln)]
    numbered = bool(items)
    if not numbered:
        # Unnumbered groups: each paragraph opening with the names it acts on.
        items = [i_line for i_line, ln in enumerate(all_lines) if _NAMED_LINE.match(ln)]
    for i, i_line in enumerate(items):
        item = _ITEM.match(all_lines[i_line]) if numbered else None
        text = item.group("text") if item else all_lines[i_line]
        pointed = _pointed_group(text, actions)
        if pointed is not None:
            # "（二）禁止…与上述企业进行有关交易": a further measure of a group named above, naming no one itself.
            earlier = actions[pointed]
            actions[pointed] = replace(earlier, measures=(*earlier.measures, _trim(text.rstrip("；;。"))))
            continue
        if _LIFTS.match(text):
            continue  # "二、解除<order>对A采取的反制措施": a change of measures taken before, no group of this one
        list_name: ListName = "CML"
        listing = _ITEM_LISTS.match(text)
        freeze = _FREEZE_FIRST.match(text)
        if freeze:
            # The measures are joined by commas here: "冻结…财产，禁止…交易".
            seg = freeze.group("seg")
            tail_text = _measure_commas(freeze.group("verb") + freeze.group("where"))
        elif listing:
            # "（一）将A、B列入反制清单，禁止…": the list is named in the item.
            list_name = list_of(listing.group("list")) or "CML"
            seg, tail_text = listing.group("seg"), listing.group("rest").lstrip("，,")
        elif named_colon := _NAMES_COLON.match(text):
            seg, tail_text = named_colon.group("seg"), named_colon.group("m")
        else:
            parts = split_depth0(text.removeprefix("对"), "，")
            seg, tail_text = parts[0], "，".join(parts[1:])
            if owned := _OWNED_IN_CHINA.search(seg):
                # "一、A（…）、B（…）在我国境内的财产，一律予以冻结": the measure on what the names own.
                seg, tail_text = seg[: owned.start()], seg[owned.start():].strip() + "，" + tail_text
            seg, measure_run = split_object(seg)
            if measure_run:
                # "对A（…）、B（…）冻结…；禁止…": no comma between the object and its measures.
                tail_text = measure_run + ("，" + tail_text if tail_text else "")
            took = re.search(r"采取(?P<m>[^。]*?)的?措施", seg)
            if took and not tail_text:
                # "（二）对X采取不予签发签证、不准入境的措施": the measures inside the object's clause.
                seg, tail_text = seg[: took.start()], took.group("m")
        measures = [_trim(x) for x in split_depth0(tail_text, "；，") if _trim(x)] if listing else \
            [_trim(x) for x in split_depth0(tail_text, "；") if _trim(x)]
        pairs, count, deng = split_inline(_FAMILY.sub("", seg.strip()))
        group = _part_of(ctx, text, i)
        bare = _bare_names(all_lines[i_line + 1:]) if _POINTER.match(seg.strip()) and text.endswith(("：", ":")) \
            else []
        if bare:
            # "（一）对下列企业，<measures>：" and the names on bare lines below, up to the next item.
            person = bool(PERSONS_WORD.search(seg))
            entities = [Entity(zh, en, country, "person" if person else guess_kind(zh, en, rest))
                        for zh, en, rest in bare]
        elif group is not None or not ctx.annex:
            entities = _entities_from(ctx, pairs, count, deng, country, group)
        elif pairs and all(zh and en for zh, en, _rest in pairs):
            # "对附件所列企业，…。对上述企业的高级管理人员A（…）和B（…），…": a group named inline beside the
            # annex's, each name with its English bracket.
            person = bool(PERSONS_WORD.search(seg))
            entities = [Entity(zh, en, country, "person" if person else guess_kind(zh, en, rest))
                        for zh, en, rest in pairs]
        else:
            entities = []
        action = Action("add", list_name, tuple(entities), (), effective, None, False, tuple(measures), count)
        _check_count(ctx, action)
        actions.append(action)
    return actions


def _pointed_group(text: str, actions: list[Action]) -> int | None:
    """The earlier group an item's measure points at (上述企业, 上述人员) when it names no one of its own."""
    if "（" in text or "(" in text:
        return None
    kind = "organization" if _FOR_ORGS.search(text) else "person" if _FOR_PERSONS.search(text) else None
    if kind is None:
        return None
    for i in range(len(actions) - 1, -1, -1):
        if actions[i].entities and all(e.kind == kind for e in actions[i].entities):
            return i
    return None


# "中方决定：对附件所列企业，冻结…；对附件所列高级管理人员，不予签发签证…。": one sentence, a measure for each group of
# the annex, each part naming its group by the annex's own heading (企业, 高级管理人员) or part (附件第二部分).
# The parts may be sentences of their own ("对附件所列企业，冻结…。对附件所列人员，不予…。").
_GROUP_MEASURES = re.compile(
    r"决定[：:，,]?\s*(?P<start>自[^。，：]{4,30}?起[，,]?)?\s*(?P<run>对附件[^。]+(?:。\s*对附件[^。]+)*)。")
_ANNEX_OBJECT = re.compile(rf"^对{_ANNEX_GROUP}[，,]?\s*(?P<m>.+)$")


def _annex_group_measures(ctx: Context, run: str, effective: dt.date | None, country: str | None) -> list[Action]:
    """One add to the countermeasure list per ``；`` part of ``run`` whose object is a group of the annex; a part
    naming a group the annex does not have gets no names (a doubt), never another group's."""
    actions: list[Action] = []
    used: set[int] = set()
    for part in (p.strip() for p in split_depth0(run, "；;。")):
        m = _ANNEX_OBJECT.match(part)
        if not m:
            return []  # a part of another shape: not this grammar
        at = _annex_group_of(ctx, m.group("where"), m.group("who"), used)
        entities = [] if at is None else [Entity(e.name_zh, e.name_en, country, e.kind, e.branches)
                                          for e in ctx.annex[at].entities]
        if at is not None:
            used.add(at)
        measures = tuple(_trim(x) for x in split_depth0(_measure_commas(m.group("m")), "；") if _trim(x))
        action = Action("add", "CML", tuple(entities), (), effective, None, False, measures, None)
        _check_count(ctx, action)
        actions.append(action)
    return actions


# "对上述企业的高级管理人员A（…）和B（…），不予签发签证…。": a group the decision names inline after the annex's.
_INLINE_GROUP_AFTER = re.compile(r"\s*对(?P<seg>[^。，；]+?[）)])[，,]\s*(?P<m>[^。]+)。")


def _inline_groups_after(ctx: Context, pos: int, effective: dt.date | None, country: str | None) -> list[Action]:
    """The groups named inline in the sentences right after the annex's groups, each with its own measures."""
    actions: list[Action] = []
    while m := _INLINE_GROUP_AFTER.match(ctx.body, pos):
        pairs = split_inline(m.group("seg"))[0]
        if not pairs or not all(zh and en for zh, en, _rest in pairs):
            break
        person = bool(PERSONS_WORD.search(m.group("seg")))
        entities = tuple(Entity(zh, en, country, "person" if person else guess_kind(zh, en, rest))
                         for zh, en, rest in pairs)
        measures = tuple(_trim(x) for x in split_depth0(_measure_commas(m.group("m")), "；") if _trim(x))
        actions.append(Action("add", "CML", entities, (), effective, None, False, measures, None))
        pos = m.end()
    return actions


def _annex_group_of(ctx: Context, where: str, who: str, used: set[int]) -> int | None:
    """The annex group ``附件第N部分所列`` or ``附件所列<heading>`` points at; a headless annex by the kind of its
    names (人员 for persons)."""
    part = _ANNEX_PART.search(where + "所列")
    if part:
        at = to_int(part.group("n") or part.group("annex")) - 1
        return at if 0 <= at < len(ctx.annex) else None
    person = bool(PERSONS_WORD.search(who))
    # A group of the kind the object names (人员 for persons): "企业高级管理人员" is a group of persons.
    free = [i for i in range(len(ctx.annex)) if i not in used and ctx.annex[i].entities
            and all((e.kind == "person") == person for e in ctx.annex[i].entities)]
    if any(g.head for g in ctx.annex):
        # "企业" under "一、企业名单", "人员" under "二、高级管理人员": the heading and the object share their word.
        free = [i for i in free if (h := ctx.annex[i].head) and (who in h or h.removesuffix("名单") in who)]
    return free[0] if len(free) == 1 else None


def _measure_commas(measures: str) -> str:
    """``冻结…财产，禁止…交易``: measures joined by commas, each opening with its verb, split as by ``；``."""
    return re.sub(r"[，,](?=禁止|不予|不准)", "；", measures)


# "中方决定，对A（…）、B（…）冻结…；禁止…。": the object and its measures in one run, no 采取…措施 between them.
_COUNTER_RUN = re.compile(r"决定[，,]?\s*(?P<start>自(?:即日|[^。，：]{4,30}?)起)?[，,]?\s*对(?P<run>[^。：]+)。")


# "（一）冻结…；（二）禁止…。上述措施适用于A、B。": the measures listed first, the names they apply to after them.
_APPLIED_TO = re.compile(r"(?:^|(?<=[。\n]))\s*(?:上述|以上|前述)(?:反制(?:裁)?)?措施(?:适用于|针对)"
                         r"(?P<seg>[^。\n]+?)。")


def _applied_measures(ctx: Context, listed: str, seg: str, effective: dt.date | None,
                      country: str | None) -> Action:
    """One add to the countermeasure list: the numbered measures of ``listed``, applied to the names of ``seg``."""
    measures = tuple(_trim(item.group("text").rstrip("；;。")) for ln in listed.split("\n")
                     if (item := _ITEM.match(ln.strip())))
    pairs, count, deng = split_inline(seg)
    entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
    action = Action("add", "CML", tuple(entities), (), effective, None, False, measures, count)
    _check_count(ctx, action)
    return action


def _counter_run(ctx: Context, run: str, effective: dt.date | None, country: str | None) -> Action | None:
    seg, measure_run = split_object(run)
    if not measure_run or not seg or re.search(STATUS_VERB, seg) or "措施" in seg \
            or len(split_depth0(seg, "，,；")) > 1:
        return None  # "对A解除反制措施，不再禁止…": a relaxation or a clause, not an object followed by its measures
    pairs, count, deng = split_inline(seg)
    entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
    measures = tuple(_trim(x) for x in split_depth0(measure_run, "；") if _trim(x))
    action = Action("add", "CML", tuple(entities), (), effective, None, False, measures, count)
    _check_count(ctx, action)
    return action


def _amend(ctx: Context, m: re.Match[str], effective: dt.date | None, country: str | None) -> Action:
    list_name = list_of(m.group("list"))
    listed_on = parse_date(m.group("date"))
    target = registry.cite_listing(list_name, listed_on)
    if target is None:
        ctx.warnings.append(f"amend {list_name}: no listing date to attach the measures to")
    pairs, _count, _deng = split_inline(m.group("seg"))
    country = country or leading_country(pairs)
    tail = ctx.body[m.end():]
    intro = _AMEND_MEASURES.search(tail)
    measures = measures_after(tail, intro.end()) if intro else []
    entities = [Entity(zh, en, country, guess_kind(zh, en, rest)) for zh, en, rest in pairs]
    return Action("amend", list_name, tuple(entities), (target,) if target else (), effective, None, False,
                  tuple(measures), None)


# "对A（…）、B（…）两名高级管理人员，措施为：…", "同时，将C（…）列为反制对象，措施为：…": a paragraph naming a group and
# stating its measures after 措施为.
_GROUP_THEN_MEASURES = re.compile(
    r"^(?:(?:同时|此外|另外|另)[，,]?\s*)?(?:对|将)?(?P<seg>[^。：:]+?[）)][^。：:，,]{0,16}?)"
    r"(?:列为反制对象|列入反制(?:裁)?清单)?[，,]?\s*(?:对其)?(?:采取的)?(?:反制(?:裁)?)?措施(?:为|是|如下)[：:]\s*(?P<m>.+)$")
# "自A起，外交部…采取下列反制措施。": the start the sentence announcing the groups states for them all.
_GROUPS_ANNOUNCED = re.compile(r"[^。\n]*采取(?:下列|以下|如下)反制(?:裁)?措施[。：:]?")


def measure_groups(ctx: Context, effective: dt.date | None, country: str | None) -> list[Action]:
    """Groups in paragraphs of their own, each naming its object and stating its measures (``措施为：``): one
    addition to the countermeasure list per group, its count checked."""
    announced = _GROUPS_ANNOUNCED.search(ctx.body)
    stated = start_date(announced.group(0), ctx.published)[0] if announced else None
    actions: list[Action] = []
    for line in ctx.body.split("\n"):
        m = _GROUP_THEN_MEASURES.match(line.strip())
        if not m:
            continue
        pairs, count, deng = split_inline(m.group("seg"))
        if not pairs or not all(en for _zh, en, _rest in pairs):
            continue
        persons = bool(PERSONS_WORD.search(m.group("seg")))
        entities = [replace(e, kind="person") if persons else e
                    for e in _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))]
        measures = [_trim(x) for x in split_depth0(m.group("m"), "；;") if _trim(x)]
        action = Action("add", "CML", tuple(entities), (), stated or effective, None, False, tuple(measures), count)
        _check_count(ctx, action)
        actions.append(action)
    return actions
