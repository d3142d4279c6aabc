"""The decision's coverage (parsers/coverage.py): each verb, stated end and bracketed name of the decision is
accounted for by some change read, or the notice is put in front of a human. Texts and names written for these
tests; dates made up."""

from __future__ import annotations

import datetime as dt

from policywatch.parsers import parse_text
from policywatch.parsers.coverage import decisions, end_coverage, name_coverage, target_coverage, verb_coverage
from policywatch.parsers.types import Action, Entity

PUBLISHED = dt.date(2037, 5, 10)
ACME = Entity("阿克米航电公司", "Acme Avionics Inc.")
BOLT = Entity("博尔特导航公司", "Bolt Navigation LLC")


def _act(kind: str = "suspend", effective: dt.date | None = PUBLISHED, until: dt.date | None = None,
         entities: tuple[Entity, ...] = (ACME,), lst: str = "ECL") -> Action:
    return Action(kind, lst, entities=entities, effective=effective, until=until)  # type: ignore[arg-type]


def test_a_decision_that_resumes_read_as_no_resumption_is_a_doubt() -> None:
    text = "工作机制决定，自2037年6月1日起，对以上两家企业恢复实施处理措施。"
    reasons = verb_coverage(text, (_act("suspend"),))
    assert reasons and "恢复" in reasons[0]
    assert verb_coverage(text, (_act("resume"),)) == []


def test_a_resumption_denied_or_conditioned_is_no_decision_to_resume() -> None:
    assert verb_coverage("工作机制决定，不予恢复。", (_act("suspend"),)) == []
    assert verb_coverage("工作机制决定，如其未履行承诺，将恢复实施处理措施。", (_act("suspend"),)) == []
    assert verb_coverage("暂停期满后，如无新的决定，上述措施恢复执行。", (_act("suspend"),)) == []


def test_each_verb_of_a_decision_needs_a_change_of_its_kind() -> None:
    text = "商务部决定将阿克米航电公司移出出口管制管控名单，将博尔特导航公司列入出口管制管控名单。"
    only_removal = (_act("remove"),)
    reasons = verb_coverage(text, only_removal)
    assert reasons and "列入" in reasons[0]
    assert verb_coverage(text, (_act("remove"), _act("add", entities=(BOLT,)))) == []


def test_a_removal_may_be_read_as_the_end_of_the_measures_and_an_item_put_under_control_as_a_control() -> None:
    assert verb_coverage("商务部决定取消对阿克米航电公司的管控措施，并将其移出管控名单。", (_act("terminate"),)) == []
    text = "商务部决定，即日起将某型号陀螺仪纳入出口管制，未经许可不得出口。"
    assert verb_coverage(text, (_act("control", lst="ITEM", entities=()),)) == []


def test_a_verb_recited_from_an_earlier_decision_or_in_a_cited_title_is_no_verb_of_this_decision() -> None:
    recited = "商务部此前决定暂停对阿克米航电公司实施管控措施。商务部决定，自2037年6月1日起恢复实施。"
    assert verb_coverage(recited, (_act("resume"),)) == []
    titled = "商务部决定停止执行商务部公告2036年第9号（关于将某物项纳入管制的决定）。"
    assert verb_coverage(titled, (_act("terminate", lst="ITEM", entities=()),)) == []
    assert decisions("对列入出口管制管控名单的阿克米航电公司，商务部决定暂停实施管控措施") == ["暂停实施管控措施"]


def test_an_end_the_text_states_that_no_change_read_ends_on_is_a_doubt() -> None:
    text = "商务部决定，自2037年6月1日起至2037年8月31日止，暂停对阿克米航电公司实施管控措施，期限90天。"
    reasons = end_coverage(text, PUBLISHED, (_act(dt.date(2037, 6, 1), dt.date(2037, 8, 30)),))
    assert reasons and "2037-08-31" in reasons[0]
    assert end_coverage(text, PUBLISHED, (_act(dt.date(2037, 6, 1), dt.date(2037, 8, 31)),)) == []


def test_a_running_term_told_as_background_is_no_stated_end() -> None:
    text = "该条款目前处于暂停实施状态，暂停期至2037年6月30日届满。商务部决定继续暂停实施该条款一年。"
    assert end_coverage(text, PUBLISHED, (_act(dt.date(2037, 7, 1), dt.date(2038, 7, 1)),)) == []
    past = "此前，商务部决定自2036年1月1日起至2037年6月30日止暂停实施。"
    assert end_coverage(past, PUBLISHED, (_act(),)) == []


def test_a_bracketed_name_of_the_decision_that_no_entity_holds_is_a_doubt() -> None:
    text = ("商务部决定将阿克米航电公司（Acme Avionics Inc.）、博尔特导航公司（Bolt Navigation LLC）列入出口管制"
            "管控名单。")
    reasons = name_coverage(text, (_act("add"),))
    assert reasons and "Bolt Navigation" in reasons[0]
    assert name_coverage(text, (_act("add", entities=(ACME, BOLT)),)) == []


def test_a_name_recited_before_the_decision_is_not_asked_for() -> None:
    text = ("2036年1月2日，商务部将阿克米航电公司（Acme Avionics Inc.）、博尔特导航公司（Bolt Navigation LLC）列入"
            "出口管制管控名单。商务部决定将阿克米航电公司移出出口管制管控名单。")
    assert name_coverage(text, (_act("remove"),)) == []


def test_a_decision_read_whole_is_not_flagged_by_its_coverage() -> None:
    # Real listed entities, in a notice written for this test.
    text = ("商务部公告2037年第5号\n\n关于将红猫控股公司等2家实体列入出口管制管控名单的公告\n\n"
            "根据《中华人民共和国出口管制法》有关规定，商务部决定将红猫控股公司（Red Cat Holdings, Inc.）、"
            "蒂尔无人机公司（Teal Drones, Inc.）列入出口管制管控名单，禁止对其出口两用物项。"
            "本公告自公布之日起实施。\n\n商务部\n2037年5月10日\n")
    ann = parse_text(text)
    assert [(a.kind, len(a.entities)) for a in ann.actions] == [("add", 2)]
    assert not any("decision" in r or "states an end" in r for r in ann.review_reasons), ann.review_reasons


def test_a_decision_dated_before_the_notice_is_the_one_it_recites() -> None:
    text = "工作机制决定于2037年2月4日将阿克米航电公司列入不可靠实体清单。现决定对该企业采取以下处理措施："
    assert verb_coverage(text, (_act("amend", lst="UEL"),), PUBLISHED) == []
    assert verb_coverage(text.replace("2037年2月4日", "2037年6月1日"), (_act("amend", lst="UEL"),), PUBLISHED)


def test_a_title_that_only_removes_counts_the_removed_not_a_listing_in_the_same_decision() -> None:
    # Real listed entities, in a notice written for this test (found trying the product as a new user would).
    text = ("商务部公告2041年第9号\n\n关于将红猫控股公司等2家实体移出出口管制管控名单的公告\n\n"
            "根据《中华人民共和国出口管制法》有关规定，商务部决定将红猫控股公司（Red Cat Holdings, Inc.）、"
            "蒂尔无人机公司（Teal Drones, Inc.）移出出口管制管控名单，并将吉布斯与考克斯公司（Gibbs & Cox, Inc.）"
            "列入出口管制管控名单。\n\n本公告自公布之日起实施。\n\n商务部\n2041年3月2日\n")
    ann = parse_text(text)
    assert [(a.kind, len(a.entities)) for a in ann.actions] == [("remove", 2), ("add", 1)]
    assert not ann.needs_review, ann.review_reasons


def test_a_decision_that_takes_the_measures_below_still_decides() -> None:
    # 如下 is no condition (如): the decision's verb is still asked for.
    text = "商务部决定将阿克米航电公司列入出口管制管控名单，并采取如下措施："
    reasons = verb_coverage(text, (_act("suspend"),))
    assert reasons and "列入" in reasons[0]


def _on(*targets: str, kind: str = "suspend", lst: str = "UEL") -> Action:
    return Action(kind, lst, targets=targets, effective=PUBLISHED)  # type: ignore[arg-type]


# A decision that opens a list of the measures it suspends, one cited notice per item.
TWO_ITEMS = ("有关部门决定，自2037年6月1日起，暂停实施下列措施九十天：\n"
             "（一）不可靠实体清单工作机制公告〔2036〕4号对有关企业采取的处理措施；\n"
             "（二）商务部公告2036年第17号对有关企业采取的出口管制管控措施。\n")


def test_a_notice_the_decision_cites_that_no_change_applies_to_is_a_doubt() -> None:
    reasons = target_coverage(TWO_ITEMS, PUBLISHED, (_on("UEL-2036-4"),), "QA-2037-05-10-abc")
    assert reasons and "MOFCOM-2036-17" in reasons[0]
    both = (_on("UEL-2036-4"), _on("MOFCOM-2036-17", lst="ECL"))
    assert target_coverage(TWO_ITEMS, PUBLISHED, both, "QA-2037-05-10-abc") == []
    # A clause of a cited notice is that notice.
    assert target_coverage(TWO_ITEMS, PUBLISHED, (_on("UEL-2036-4"), _on("MOFCOM-2036-17#2", lst="ITEM")), "") == []


def test_a_notice_cited_as_the_ground_or_the_notice_itself_is_no_target() -> None:
    text = ("商务部根据商务部公告2036年第17号的有关规定，"
            "决定依据商务部公告2036年第17号将阿克米航电公司移出出口管制管控名单。")
    assert target_coverage(text, PUBLISHED, (_on("ECL@2036-03-01", kind="remove", lst="ECL"),), "") == []
    own = "商务部公告2037年第9号\n商务部决定，自公布之日起暂停商务部公告2037年第9号附件所列措施。"
    assert target_coverage(own, PUBLISHED, (_on(kind="suspend", lst="ECL"),), "MOFCOM-2037-9") == []


def test_a_listing_cites_nothing_it_must_apply_to() -> None:
    text = "商务部决定，参照商务部公告2036年第17号的做法，将阿克米航电公司列入出口管制管控名单。"
    assert target_coverage(text, PUBLISHED, (_act("add"),), "") == []


def test_a_clause_the_decision_changes_is_the_target_not_the_whole_notice() -> None:
    text = ("商务部决定，商务部公告2036年第30号《关于有关物项出口管制的公告》第二款自2037年6月1日起继续暂停实施，"
            "至2038年5月31日止。")
    whole = (_on("MOFCOM-2036-30", lst="ITEM"),)
    reasons = target_coverage(text, PUBLISHED, whole, "MOFCOM-2037-12")
    assert reasons and "第二款" in reasons[0] and "MOFCOM-2036-30" in reasons[0]
    assert target_coverage(text, PUBLISHED, (_on("MOFCOM-2036-30#2", lst="ITEM"),), "MOFCOM-2037-12") == []
