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
