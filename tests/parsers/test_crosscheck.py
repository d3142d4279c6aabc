"""The second reading (parsers/crosscheck.py): a reading that disagrees with the text's own dates, periods and verbs
is put in front of a human. Texts and names written for these tests; dates made up."""

from __future__ import annotations

import datetime as dt

from policywatch.parsers.crosscheck import crosscheck, period_doubts, start_doubts, twice_doubts
from policywatch.parsers.types import Action, Entity

PUBLISHED = dt.date(2037, 5, 10)
ACME = Entity("阿克米航电公司", "Acme Avionics Inc.")
BOLT = Entity("博尔特导航公司", "Bolt Navigation LLC")


def _act(kind: str = "suspend", effective: dt.date | None = PUBLISHED, until: dt.date | None = None,
         entities: tuple[Entity, ...] = (ACME,), lst: str = "ECL", targets: tuple[str, ...] = ()) -> Action:
    return Action(kind, lst, entities=entities, targets=targets, effective=effective,  # type: ignore[arg-type]
                  until=until)


def test_a_start_stated_in_an_item_that_no_change_starts_on_is_a_doubt() -> None:
    text = "海关总署决定对钨合金棒材实施出口管制。\n一、自2037年7月1日起，出口上述物项的，应当提交许可证件。"
    reasons = start_doubts(text, PUBLISHED, (_act("control", lst="ITEM", entities=()),))
    assert reasons and "2037-07-01" in reasons[0]


def test_a_start_some_change_starts_on_is_no_doubt() -> None:
    text = "一、自2037年7月1日起，出口上述物项的，应当提交许可证件。"
    assert start_doubts(text, PUBLISHED, (_act("control", dt.date(2037, 7, 1), lst="ITEM", entities=()),)) == []


def test_the_end_of_a_period_read_accounts_for_the_date_too() -> None:
    text = "期限自2037年6月1日起至2037年9月1日止。"
    assert start_doubts(text, PUBLISHED, (_act(until=dt.date(2037, 6, 1)),)) == []


def test_a_start_told_of_an_earlier_decision_or_on_the_day_of_issue_is_no_doubt() -> None:
    past = "商务部此前决定，自2037年6月1日起暂停对阿克米航电公司实施管控措施。"
    assert start_doubts(past, PUBLISHED, (_act(),)) == []
    today = "自2037年5月10日起，对阿克米航电公司暂停实施管控措施。"
    assert start_doubts(today, PUBLISHED, (_act(),)) == []


def test_no_action_no_start_doubt() -> None:
    # A notice with no action read is flagged by its own reason; this check speaks only of a reading.
    assert start_doubts("自2037年7月1日起执行。", PUBLISHED, ()) == []


def test_a_period_printed_without_its_length_is_a_doubt() -> None:
    assert period_doubts("上述企业的暂停期限为　个月，自公布之日起计算。")
    assert period_doubts("对其暂停实施   天。")
    assert period_doubts("上述企业的暂停期限为6个月。") == []
    assert period_doubts("暂停实施90天。") == []


def test_one_entity_changed_twice_on_one_list_is_a_doubt() -> None:
    twice = (_act(until=dt.date(2037, 5, 31)), _act(effective=dt.date(2037, 6, 1), until=dt.date(2037, 8, 30)))
    assert twice_doubts(twice)
    opposite = (_act("suspend"), _act("resume"))
    assert twice_doubts(opposite)


def test_a_clause_suspended_twice_is_a_doubt_and_two_lists_or_two_entities_are_not() -> None:
    clause = ("MOFCOM-2031-7#2",)
    assert twice_doubts((_act(lst="ITEM", entities=(), targets=clause),
                         _act(lst="ITEM", entities=(), targets=clause)))
    assert twice_doubts((_act(lst="UEL"), _act(lst="ECL"))) == []
    assert twice_doubts((_act(entities=(ACME,)), _act(entities=(BOLT,)))) == []
    assert twice_doubts((_act("add"), _act("suspend"))) == []


def test_crosscheck_gathers_every_disagreement() -> None:
    text = "工作机制决定，自2037年6月1日起，对阿克米航电公司（Acme Avionics Inc.）恢复实施处理措施，期限为　天。"
    reasons = crosscheck(text, PUBLISHED, (_act("suspend"), _act("suspend", until=dt.date(2037, 6, 30))))
    assert len(reasons) == 4
