"""An English company name the text prints that no entity read holds puts the notice in front of a human
(``parsers/coverage.english_coverage``): a screen by the English name would miss the entity. Texts and names
written for these tests; dates made up."""

from __future__ import annotations

import datetime as dt

from policywatch.parsers import parse_text
from policywatch.parsers.coverage import english_coverage
from policywatch.parsers.types import Action, Entity

PUBLISHED = dt.date(2037, 5, 10)


def _add(*entities: Entity) -> tuple[Action, ...]:
    return (Action("add", "ECL", entities=entities, effective=PUBLISHED),)  # type: ignore[arg-type]


def test_english_names_given_apart_from_the_chinese_ones_are_a_doubt() -> None:
    text = ("附件：1. 阿克米航电株式会社\n2. 博尔特导航株式会社\n英文名称对照：\n1. Acme Avionics Co., Ltd.\n"
            "2. Bolt Navigation Co., Ltd.")
    reasons = english_coverage(text, _add(Entity("阿克米航电株式会社", None), Entity("博尔特导航株式会社", None)),
                               PUBLISHED)
    assert reasons and "Acme Avionics Co., Ltd." in reasons[0]
    read = _add(Entity("阿克米航电株式会社", "Acme Avionics Co., Ltd."),
                Entity("博尔特导航株式会社", "Bolt Navigation Co., Ltd."))
    assert english_coverage(text, read, PUBLISHED) == []


def test_a_name_recited_from_an_earlier_notice_or_a_branch_of_one_read_is_no_doubt() -> None:
    recital = "2037年3月1日，工作机制将阿克米航电公司（Acme Avionics Inc.）列入不可靠实体清单。"
    assert english_coverage(recital, _add(Entity("博尔特导航公司", "Bolt Navigation LLC")), PUBLISHED) == []
    branches = "博尔特导航公司（Bolt Navigation LLC）及其分支机构\n-Bolt Navigation Europe Limited"
    assert english_coverage(branches, _add(Entity("博尔特导航公司", "Bolt Navigation LLC")), PUBLISHED) == []
    # "The" before a name read without it is the same name; nothing to compare without entities.
    assert english_coverage("The Bolt Navigation Company", _add(Entity("博尔特", "Bolt Navigation Company")),
                            PUBLISHED) == []
    assert english_coverage("Acme Avionics Inc.", (), PUBLISHED) == []


def test_a_notice_whose_english_names_stand_in_a_list_of_their_own_is_read_with_them_or_flagged() -> None:
    text = ("商务部公告2037年第9号\n根据《中华人民共和国出口管制法》，商务部决定将下列2家实体列入出口管制管控名单。"
            "本公告自发布之日起实施。\n附件：出口管制管控名单\n一、阿克米航电株式会社\n二、博尔特导航株式会社\n"
            "英文名称对照：\n一、Acme Avionics Co., Ltd.\n二、Bolt Navigation Co., Ltd.\n商务部\n2037年5月10日")
    announcement = parse_text(text)
    english = {e.name_en for a in announcement.actions for e in a.entities}
    assert announcement.actions
    assert english == {"Acme Avionics Co., Ltd.", "Bolt Navigation Co., Ltd."} or any(
        "English name" in r for r in announcement.review_reasons), (english, announcement.review_reasons)


def test_a_second_unit_of_one_group_whose_english_name_is_unread_is_a_doubt() -> None:
    text = "附件：\n1. 阿克米航电公司（Acme Avionics Inc.）\n2. 阿克米导航公司\nAcme Navigation Inc."
    read = _add(Entity("阿克米航电公司", "Acme Avionics Inc."), Entity("阿克米导航公司", None))
    reasons = english_coverage(text, read, PUBLISHED)
    assert reasons and "Acme Navigation Inc." in reasons[0]
