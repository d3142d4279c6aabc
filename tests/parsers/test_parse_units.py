"""Smaller pieces: normalisation, numbers with follow-ons, status-change phrasings, unrelated and empty texts."""

from __future__ import annotations

import datetime as dt

import pytest

from policywatch.parsers import EmptyDocumentError, parse_doc_number, parse_text
from policywatch.parsers.entities import name_pair, split_inline
from policywatch.parsers.numbers import find_numbers
from policywatch.parsers.numerals import to_int
from policywatch.parsers.text import clean


def test_clean_drops_format_characters_and_unifies_spaces() -> None:
    assert clean("（\u200cHigh Point）") == "（High Point）"
    assert clean("Cyberlux\u2002Corporation") == "Cyberlux Corporation"
    assert clean("外交部\u3000\u3000\n问：请问？&ensp;") == "外交部\n问：请问？"
    assert clean("Engineering,  Inc.") == "Engineering, Inc."
    assert clean("第\uff17号") == "第7号"


@pytest.mark.parametrize("raw, value", [("二〇二五", 2025), ("二○二五", 2025), ("二零二五", 2025), ("十一", 11),
                                        ("二十", 20), ("两", 2), ("十", 10), ("2025", 2025)])
def test_chinese_numerals(raw: str, value: int) -> None:
    assert to_int(raw) == value


def test_follow_on_numbers_keep_the_series_and_year() -> None:
    text = "商务部 海关总署公告2025年第55号、56号、57号、58号和商务部公告2025年第61号、62号暂停实施"
    assert [m.number.doc_id for m in find_numbers(text)] == [
        "MOFCOM-2025-55", "MOFCOM-2025-56", "MOFCOM-2025-57", "MOFCOM-2025-58", "MOFCOM-2025-61", "MOFCOM-2025-62"]
    assert [m.number.doc_id for m in find_numbers("（不可靠实体清单工作机制公告〔2025〕5号和6号）")] == [
        "UEL-2025-5", "UEL-2025-6"]


def test_no_number_is_none() -> None:
    assert parse_doc_number("2025年第7号") is None
    assert parse_doc_number("商务部新闻发言人答记者问") is None


def test_suspension_of_listed_notices_until_a_stated_date() -> None:
    # The phrasing of MOFCOM/GACC 2025 No.70 as SOURCES.md §6 describes it (that text is not in the fixtures).
    ann = parse_text(
        "商务部 海关总署公告2025年第70号\n\n经批准，自即日起至2026年11月10日，商务部 海关总署公告2025年第55号、56号、"
        "57号、58号和商务部公告2025年第61号、62号暂停实施。\n\n商务部 海关总署\n2025年11月7日"
    )
    assert ann.doc_id == "MOFCOM-2025-70" and ann.issuer == "商务部 海关总署"
    assert ann.published == dt.date(2025, 11, 7)
    [action] = ann.actions
    assert action.kind == "suspend" and action.list == "ITEM"
    assert action.targets == ("MOFCOM-2025-55", "MOFCOM-2025-56", "MOFCOM-2025-57", "MOFCOM-2025-58",
                              "MOFCOM-2025-61", "MOFCOM-2025-62")
    assert (action.effective, action.until, action.until_computed) == (
        dt.date(2025, 11, 7), dt.date(2026, 11, 10), False)


def test_order_style_suspension_with_chinese_numerals() -> None:
    ann = parse_text(
        "商务部令2025年第7号\n\n自北京时间2025年11月10日起，暂停商务部令二○二五年第6号（《关于对韩华海洋株式会社5家美国"
        "相关子公司采取反制措施的决定》）相关措施一年。\n\n商务部\n2025年11月10日"
    )
    assert ann.doc_id == "MOFCOM-ORDER-2025-7"
    [action] = ann.actions
    assert (action.kind, action.list, action.targets) == ("suspend", "CML", ("MOFCOM-ORDER-2025-6",))
    assert (action.effective, action.until, action.until_computed) == (
        dt.date(2025, 11, 10), dt.date(2026, 11, 10), True)


def test_cancellation_is_a_removal() -> None:
    ann = parse_text(
        "商务部令2026年第1号\n\n自2026年4月24日起，取消商务部令2025年第5号相关反制措施。\n商务部\n2026年4月24日"
    )
    [action] = ann.actions
    assert (action.kind, action.list, action.targets, action.effective) == (
        "remove", "CML", ("MOFCOM-ORDER-2025-5",), dt.date(2026, 4, 24))


def test_unrelated_notice_has_no_actions() -> None:
    ann = parse_text(
        "商务部办公厅关于做好2026年度商务统计工作的通知\n\n各省、自治区、直辖市商务主管部门：\n"
        "为做好2026年度商务统计工作，现将有关事项通知如下：\n一、按时报送统计数据。\n二、加强数据质量审核。\n\n"
        "商务部办公厅\n2026年1月5日"
    )
    assert ann.actions == ()
    assert ann.title == "商务部办公厅关于做好2026年度商务统计工作的通知"
    assert any("provisional" in w for w in ann.warnings)


@pytest.mark.parametrize("text", ["", "   \n\u3000\n", "\u200c"])
def test_empty_text_is_an_error(text: str) -> None:
    with pytest.raises(EmptyDocumentError):
        parse_text(text)


def test_name_pairs() -> None:
    assert name_pair("立方全球防务公司(Cubic Global Defense)") == ("立方全球防务公司", "Cubic Global Defense", "")
    assert name_pair("哈利法克斯国际安全论坛 （Halifax International Security Forum）")[:2] == (
        "哈利法克斯国际安全论坛", "Halifax International Security Forum")
    assert name_pair("帕尔默·卢基（安杜里尔公司创始人）")[:2] == ("帕尔默·卢基", None)
    assert name_pair("岩崎茂（IWASAKI Shigeru），男，1953年2月3日生，日本籍。") == (
        "岩崎茂", "IWASAKI Shigeru", "，男，1953年2月3日生，日本籍。")


def test_inline_lists_split_on_he_only_between_names() -> None:
    pairs, count, deng = split_inline("欧盟UAB Urbo Bankas和AB Mano Bankas两家银行")
    assert [p[1] for p in pairs] == ["UAB Urbo Bankas", "AB Mano Bankas"] and count == 2 and not deng
    pairs, _count, _deng = split_inline("吉布斯和考克斯公司（Gibbs&Cox, Inc.）、莱多斯公司（Leidos）")
    assert [p[0] for p in pairs] == ["吉布斯和考克斯公司", "莱多斯公司"]


@pytest.mark.parametrize("verb, kind", [("暂停", "suspend"), ("继续暂停", "suspend"), ("停止", "terminate"),
                                        ("恢复", "resume"), ("取消", "remove")])
def test_status_verbs(verb: str, kind: str) -> None:
    # Phrasing only: the Q&A form with a date cite and a bracketed number.
    ann = parse_text(
        "来源：商务部新闻办公室 2025-08-12 09:00\n\n商务部新闻发言人答记者问\n答：自2025年8月12日起，"
        f"{verb}4月4日公告（不可靠实体清单工作机制〔2025〕7号）相关措施。"
    )
    [action] = ann.actions
    assert (action.kind, action.list, action.targets) == (kind, "UEL", ("UEL-2025-7",))
    assert action.until is None and not action.until_computed


def test_date_only_citation_is_resolved_through_known_listings() -> None:
    ann = parse_text(
        "来源：商务部新闻办公室 2025-05-14 22:00\n\n商务部新闻发言人就不可靠实体清单有关问题答记者问\n"
        "答：自2025年5月14日起，暂停4月4日公告相关措施90天。"
    )
    [action] = ann.actions
    assert action.targets == ("UEL-2025-7",) and action.until == dt.date(2025, 8, 12)


def test_date_only_citation_of_an_unknown_listing_is_a_date_reference() -> None:
    # A listing newer than the known table: the store resolves ``UEL@…`` against the notices it has recorded.
    ann = parse_text(
        "来源：商务部新闻办公室 2027-05-14 22:00\n\n商务部新闻发言人就不可靠实体清单有关问题答记者问\n"
        "答：自2027年5月14日起，暂停4月2日公告相关措施90天。"
    )
    [action] = ann.actions
    assert (action.kind, action.list, action.targets) == ("suspend", "UEL", ("UEL@2027-04-02",))


def test_date_only_citation_shared_by_two_lists_is_not_guessed() -> None:
    # 2025-04-04 saw a UEL listing and an ECL listing: with no list named, neither is picked.
    ann = parse_text(
        "来源：商务部新闻办公室 2025-05-14 22:00\n\n商务部新闻发言人答记者问\n答：自2025年5月14日起，"
        "暂停4月4日公告相关措施90天。"
    )
    assert all(not a.targets for a in ann.actions)
    assert any("not cited by number" in w for w in ann.warnings)


def test_status_change_without_a_resolvable_target_warns() -> None:
    ann = parse_text(
        "来源：商务部新闻办公室 2025-08-12 09:00\n\n商务部新闻发言人答记者问\n"
        "答：自2025年8月12日起，继续暂停上述相关措施90天。"
    )
    [action] = ann.actions
    assert action.targets == () and action.until == dt.date(2025, 11, 10)
    assert any("not cited by number" in w for w in ann.warnings)


def test_list_words() -> None:
    from policywatch.parsers.action_context import list_of

    assert [list_of(w) for w in ("不可靠实体清单", "出口管制管控名单", "出口管制关注名单", "反制清单", "名录")] == [
        "UEL", "ECL", "ECWL", "CML", None]
