"""The operative part of a notice → Actions: additions, amendments, suspensions and their kin, item controls.

This module holds the dispatcher; the readers of each kind of action live in the modules it imports."""

from __future__ import annotations

from dataclasses import replace

from policywatch.parsers.action_context import (
    _ADD,
    _ADD_COLON,
    _ADD_STATED,
    _AMEND,
    _COUNTER,
    _COUNTER_PLAIN,
    _DECISION_ITEMS,
    _EARLIER,
    _FORMER_NAME,
    _NO_LONGER,
    _NOT_AGAIN,
    _NOTICE_TITLE,
    _REMOVE,
    _REMOVE_FROM,
    _REMOVE_ITS,
    _REMOVE_TOPIC,
    _REMOVED_SUBJECT,
    COUNTER_LAW,
    REPEATED,
    VETOED,
    Context,
    _check_count,
    _country,
    _current,
    _decided_earlier,
    _decided_start,
    _disclaimed,
    _entities_from,
    _imposed,
    _in_sentence_of,
    _sentence_at,
    _start_of_decision,
    _told_as_past,
    _without_clause_names,
    articles_as_items,
    coordinated,
    decided_part,
    effective_of,
    items_on_lines,
)
from policywatch.parsers.countermeasures import (
    _APPLIED_TO,
    _COUNTER_RUN,
    _GROUP_MEASURES,
    _amend,
    _annex_group_measures,
    _applied_measures,
    _counter_groups,
    _counter_run,
    _countermeasure,
    _inline_groups_after,
    measure_groups,
)
from policywatch.parsers.dates import start_date
from policywatch.parsers.entities import leading_country, split_inline, strip_country_word
from policywatch.parsers.item_controls import _control
from policywatch.parsers.list_changes import _add, _remove
from policywatch.parsers.measure_table import TABLE_DECISION, table_groups
from policywatch.parsers.measures_by_number import assigned_measures
from policywatch.parsers.name_lines import fields_on_one_line
from policywatch.parsers.status_changes import _status_changes
from policywatch.parsers.types import Action, Entity


# Names other modules have always imported from here; they stay importable from here after the split.
def read_actions(ctx: Context) -> list[Action]:
    ctx.body = items_on_lines(coordinated(_FORMER_NAME.sub("", articles_as_items(fields_on_one_line(
        decided_part(ctx.body))))))
    actions: list[Action] = []
    at: list[int] = []  # where each listing or removal is decided
    body = ctx.body
    effective = effective_of(body, ctx.published)
    country = _country(ctx)
    for m in (*_ADD.finditer(body), *_ADD_COLON.finditer(body)):
        if body.startswith("的", m.end()):
            continue  # "…列入<list>的X移出<list>": a relative clause; the verb comes later
        if _decided_earlier(body, m.start()) or _told_as_past(ctx, m.start()):
            continue  # "工作机制此前决定将A等5家实体列入…": the listing recited, before this notice's change
        actions.append(_add(ctx, m, _start_of_decision(m, ctx, effective), country))
        at.append(m.start())
    removals = (*_REMOVE.finditer(body), *_REMOVE_FROM.finditer(body), *_REMOVE_ITS.finditer(body),
                *_REMOVE_TOPIC.finditer(body), *_REMOVED_SUBJECT.finditer(body))
    no_longer = (*_NO_LONGER.finditer(body), *_NOT_AGAIN.finditer(body))
    for m in (*removals, *(n for n in no_longer if not _in_sentence_of(n, removals))):
        if _decided_earlier(body, m.start()) or _EARLIER.search(m.groupdict().get("head") or "") \
                or _told_as_past(ctx, m.start()):
            continue
        actions.append(_remove(ctx, m, _start_of_decision(m, ctx, effective or ctx.published), country))
        at.append(m.start())
    # Listings and removals in the order the text decides them ("一、…移出…；二、…列入…").
    actions = [a for _, a in sorted(zip(at, actions, strict=True), key=lambda pa: pa[0])]
    counter = _imposed(_current(ctx, _COUNTER))
    plain = _imposed(_current(ctx, _COUNTER_PLAIN))
    if counter is None and plain and ("反制" in (ctx.title or "") + plain.group("seg")
                                      or COUNTER_LAW in _sentence_at(body, plain.start())):
        counter = plain
    table = table_groups(body, effective, country) if TABLE_DECISION.search(body) and not actions else []
    if table:
        # "决定对下表所列企业和人员采取反制措施" over a 对象类别/名称/措施 table: the table's groups are the objects.
        stated = start_date(counter.group("start"), ctx.published)[0] if counter and counter.group("start") else None
        actions.extend(replace(a, effective=stated or a.effective) for a in table)
        counter = plain = None
    if counter and not any(a.list == "CML" for a in actions):
        stated = start_date(counter.group("start"), ctx.published)[0] if counter.group("start") else None
        actions.extend(_countermeasure(ctx, counter, stated or effective, country))
    items = _DECISION_ITEMS.search(body)
    applied = _APPLIED_TO.search(body, items.end()) if items and not counter and not actions else None
    if items and applied and "反制" in (ctx.title or "") + body:
        actions.append(_applied_measures(ctx, body[items.start():applied.start()], applied.group("seg"),
                                         effective, country))
    elif items and not counter and not actions and "反制" in (ctx.title or "") + body:
        actions.extend(_counter_groups(ctx, body[items.start():], effective, country))
    if not counter and not items and not actions and "反制" in (ctx.title or "") + body:
        # "决定采取下列三项措施：一、…" then "第一项、第二项措施适用于A和B": one group per assignment.
        for measures, names in assigned_measures(body):
            pairs, count, deng = split_inline(names)
            assigned = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
            group = Action("add", "CML", tuple(assigned), (), effective, None, False, measures, count)
            _check_count(ctx, group)
            actions.append(group)
    by_group = None if counter or items or actions or not ctx.annex else _GROUP_MEASURES.search(body)
    if by_group and "反制" in (ctx.title or "") + body:
        stated = start_date(by_group.group("start"), ctx.published)[0] if by_group.group("start") else None
        actions.extend(_annex_group_measures(ctx, by_group.group("run"), stated or effective, country))
        if actions:
            actions.extend(_inline_groups_after(ctx, by_group.end(), stated or effective, country))
    run = None if counter or items or actions else _current(ctx, _COUNTER_RUN)
    if run and "反制" in (ctx.title or "") + body:
        stated = start_date(run.group("start"), ctx.published)[0] if run.group("start") else None
        action = _counter_run(ctx, run.group("run"), stated or effective, country)
        if action is not None:
            actions.append(action)
    if not actions and "反制" in (ctx.title or "") + body:
        actions.extend(measure_groups(ctx, effective, country))
    amend = _AMEND.search(body)
    if amend:
        actions.append(_amend(ctx, amend, effective, country))
    actions.extend(_status_changes(ctx, effective))
    stated_add = None if actions or not _NOTICE_TITLE.search(ctx.title or "") else _ADD_STATED.search(body)
    if stated_add and not body.startswith("的", stated_add.end()):
        actions.append(_add(ctx, stated_add, _decided_start(stated_add, ctx) or effective, country))
    if not actions:
        control = _control(ctx, effective)
        if control is not None:
            actions.append(control)
    vetoed = _disclaimed(body)
    for action in actions:
        if action.list in vetoed:
            # A list changed by a notice that says it changes no list: a contradiction a human must settle.
            ctx.warnings.append(f"{action.kind} {action.list}: {VETOED}")
    return [_without_repeats(ctx, _without_clause_names(ctx, _without_country_word(a)))
            for a in actions if a.list not in vetoed]


def _without_repeats(ctx: Context, action: Action) -> Action:
    """One entity per entry printed twice (the same Chinese and English names): the list holds it once, and the
    doubt is a human's, since a copy slip that repeats an entry may have cost the entry it replaced."""
    kept: list[Entity] = []
    for e in action.entities:
        key = (e.name_zh, " ".join((e.name_en or "").split()).casefold())
        if any((k.name_zh, " ".join((k.name_en or "").split()).casefold()) == key for k in kept):
            ctx.warnings.append(f"{action.kind} {action.list}: {(e.name_zh or e.name_en or '')[:30]!r} is {REPEATED}: "
                                "one entry, or was another name lost?")
            continue
        kept.append(e)
    return action if len(kept) == len(action.entities) else replace(action, entities=tuple(kept))


def _without_country_word(action: Action) -> Action:
    """``美国I领域公司（Area-I）``: a country word before a Latin-led name its English does not carry qualifies
    the name, it is no part of it (``美国光子公司（American Photonics）`` keeps it)."""
    return replace(action, entities=tuple(replace(e, name_zh=strip_country_word(e.name_zh, e.name_en))
                                          for e in action.entities))
