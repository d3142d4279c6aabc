"""A status change read as covering a whole cited notice while its sentence names or singles out entities is put in
front of a human: list state would otherwise move every entity of that notice (texts written for this test)."""

from __future__ import annotations

from policywatch.parsers.announcement import parse_text

HEAD = "不可靠实体清单工作机制公告\n2027年第9号\n\n"
CITED = "不可靠实体清单工作机制公告〔2025〕10号"
SIGN = "\n\n不可靠实体清单工作机制\n2027年3月2日\n"


def _reasons(body: str) -> list[str]:
    ann = parse_text(HEAD + body + SIGN)
    return [r for r in ann.review_reasons if "whole cited notice" in r]


def test_named_entities_of_a_cited_listing_that_are_not_read_are_doubted() -> None:
    # "所列实体中的两家美国企业" singles out entities without names the parser can carry: it must not be silent,
    # because the action as read suspends every entity of the cited notice.
    body = ("不可靠实体清单工作机制决定，对" + CITED + "所列实体中的两家美国企业，"
            "自2027年3月5日起暂停实施处理措施90天。")
    ann = parse_text(HEAD + body + SIGN)
    assert [a.entities for a in ann.actions] == [()]
    assert ann.needs_review and _reasons(body)


def test_named_entities_of_a_cited_listing_that_are_read_are_not_doubted() -> None:
    # Once "所列实体中的X（…）、Y（…）" is read as the scope, the action carries X and Y and the doubt is silent.
    body = ("不可靠实体清单工作机制决定，对" + CITED + "所列实体中的某甲科技公司（Moujia Tech Inc.）、"
            "某乙公司（Mouyi Inc.），自2027年3月5日起暂停实施处理措施90天。")
    ann = parse_text(HEAD + body + SIGN)
    assert [[e.name_zh for e in a.entities] for a in ann.actions] == [["某甲科技公司", "某乙公司"]]
    assert not _reasons(body)


def test_others_left_unchanged_is_doubted_when_the_action_names_no_one() -> None:
    body = ("不可靠实体清单工作机制决定，自2027年3月5日起暂停对" + CITED + "所列部分实体的处理措施，"
            "该公告所列其他实体的处理措施不变。")
    assert _reasons(body)


def test_a_whole_notice_suspension_is_not_doubted() -> None:
    body = "不可靠实体清单工作机制决定，自2027年3月5日起暂停对" + CITED + "所列实体采取的处理措施90天。"
    assert not _reasons(body)


def test_a_notice_whose_own_number_is_the_one_it_changes_is_doubted() -> None:
    # A reprint that gives its own number without the issuer's name ("发布2027年第8号公告称") while citing the listing
    # in full: the cited number must not pass for the notice's own unseen.
    text = ("商务部将两家实体移出管控名单\n2027-05-09　某报\n\n"
            "【某报讯】商务部5月8日发布2027年第8号公告称，决定自2027年5月15日起，"
            "将商务部公告2026年第11号列入出口管制管控名单的某丙株式会社（Moubing Co., Ltd.）移出该名单。\n")
    ann = parse_text(text)
    if ann.doc_id == "MOFCOM-2026-11":
        assert ann.needs_review and any("its own number was not read" in r for r in ann.review_reasons)
    else:
        assert not any("its own number was not read" in r for r in ann.review_reasons)


def test_a_second_list_acted_on_without_an_action_is_doubted() -> None:
    body = ("工作机制决定，自2027年3月5日起，继续暂停对" + CITED + "所列实体采取的处理措施90天；商务部公告2025年第21号"
            "列入出口管制管控名单的实体，其管控措施同样继续暂停90天。")
    ann = parse_text(HEAD + body + SIGN)
    if {a.list for a in ann.actions} >= {"UEL", "ECL"}:
        assert not any("no action on it was read" in r for r in ann.review_reasons)
    else:
        assert ann.needs_review and any("no action on it was read" in r for r in ann.review_reasons)


def test_a_list_left_as_it_is_is_no_doubt() -> None:
    body = ("工作机制决定，自2027年3月5日起暂停对" + CITED + "所列实体采取的处理措施90天。列入出口管制管控名单的实体，"
            "其管控措施不变。")
    assert not any("no action on it was read" in r for r in parse_text(HEAD + body + SIGN).review_reasons)
