"""The shapes the twenty-seventh blind set showed the grammar did not read: names and items in text tables (box
characters ┌─┬─┐ │, ASCII +---+ |), items as 第一类/第二类 paragraphs with a control whose body is its subject and a
start in Chinese numerals with 零时, a joint number parted by an ideographic space, a Traditional reprint dated in the
ROC era, a range ending in 次年, an end told as 截至…24时, a clause cited as 第（二）项 with an end in Chinese
numerals, and an order numbered in a parenthesis under its title resuming the measures of the order that imposed
them. Texts written for these tests (issue 16), never copies of any held-out text; the entities are real listed ones
(shared facts), the numbers and dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts as _acts
from grammar_helpers import names_zh_en as _zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.dates import find_dates, normal_ends
from policywatch.parsers.text_tables import cells, flatten_tables, is_rule

_RED_CAT = ("红猫控股公司", "Red Cat Holdings, Inc.")
_TEAL = ("蒂尔无人机公司", "Teal Drones, Inc.")


def _uel_add(names_block: str, pointer: str, end: str) -> str:
    return ("不可靠实体清单工作机制关于将2家美国实体列入不可靠实体清单的公告\n〔2048〕4号\n\n"
            f"根据《不可靠实体清单规定》，工作机制决定将{pointer}2家美国实体列入不可靠实体清单{end}\n\n"
            f"{names_block}\n\n上述实体不得从事与中国有关的进出口活动。\n本公告自公布之日起施行。\n\n"
            "不可靠实体清单工作机制\n2048年6月9日\n")


_BOX = ("┌──┬────────┬──────────────┐\n"
        "│序号│中文名称      │英文名称                │\n"
        "├──┼────────┼──────────────┤\n"
        f"│1 │{_RED_CAT[0]}  │{_RED_CAT[1]}  │\n"
        "├──┼────────┼──────────────┤\n"
        f"│2 │{_TEAL[0]}│{_TEAL[1]}       │\n"
        "└──┴────────┴──────────────┘")
_ASCII = ("+----+--------------+----------------------+\n"
          "| 序号 | 中文名称 | 英文名称 |\n"
          "+----+--------------+----------------------+\n"
          f"| 1 | {_RED_CAT[0]} | {_RED_CAT[1]} |\n"
          f"| 2 | {_TEAL[0]} | {_TEAL[1]} |\n"
          "+----+--------------+----------------------+")
_LIST = f"1. {_RED_CAT[0]}（{_RED_CAT[1]}）\n2. {_TEAL[0]}（{_TEAL[1]}）"


def test_names_in_a_box_drawn_table_under_a_sentence_pointing_at_it() -> None:
    ann = _read(_uel_add(_BOX, "下表所列", "。"))
    assert _acts(ann) == [("add", "UEL", "2048-06-09", None, ())]
    assert _zh_en(ann) == [_RED_CAT, _TEAL]
    _quiet(ann)


def test_the_same_names_read_the_same_as_a_list_a_box_table_or_an_ascii_table() -> None:
    """Metamorphic: the layout of the names changes nothing that is read."""
    as_list = _read(_uel_add(_LIST, "下列", "："))
    for table in (_BOX, _ASCII):
        for pointer, end in (("下表所列", "。"), ("下列", "：")):
            ann = _read(_uel_add(table, pointer, end))
            assert ann["actions"] == as_list["actions"], (table[:1], pointer)
            _quiet(ann)
    assert _zh_en(as_list) == [_RED_CAT, _TEAL]


def test_table_reader_cells_rules_and_head() -> None:
    assert cells("│1 │红猫控股公司│Red Cat Holdings, Inc.│") == ["1", "红猫控股公司", "Red Cat Holdings, Inc."]
    assert cells("| 序号 | 物项 |") == ["序号", "物项"]
    assert cells("红猫控股公司") is None
    assert is_rule("├──┼──┤") and is_rule("+----+----+") and is_rule("|---|---|")
    assert not is_rule("------") and not is_rule("序号")
    rows = flatten_tables(["说明。", "+--+--+", "| 序号 | 物项 | 编号 |", "+--+--+", "| 1 | 磷化镓晶片 | 3818009099 |",
                           "+--+--+", "后文。"])
    assert rows == ["说明。", "", "序号 物项 编号", "1 磷化镓晶片 3818009099", "", "后文。"]


def test_items_in_an_ascii_table_under_a_joint_number_parted_by_an_ideographic_space() -> None:
    ann = _read("商务部\u3000海关总署公告2048年第3号\n关于对磷化镓相关物项实施出口管制的公告\n\n"
                "依照出口管制法，经国务院批准，两部门决定对下表所列物项实行出口管制。\n\n"
                "+------+------------------------+--------------+\n"
                "| 序号 | 物项                   | 海关商品编号 |\n"
                "+------+------------------------+--------------+\n"
                "| 1    | 磷化镓单晶片（直径≥50毫米） | 3818009099   |\n"
                "| 2    | 高纯镓锭（纯度≥99.99999%）  | 8112929099   |\n"
                "+------+------------------------+--------------+\n\n"
                "出口经营者出口上述物项，应当依照规定办理许可手续。本公告自2048年9月15日起正式实施。\n\n"
                "商务部\u3000海关总署\n2048年8月20日\n")
    assert ann["doc_id"] == "MOFCOM-2048-3"
    assert ann["issuer"] == "商务部 海关总署"
    assert _acts(ann) == [("control", "ITEM", "2048-09-15", None, ())]
    _quiet(ann)


def test_items_as_categories_with_the_start_after_them_in_chinese_numerals_at_zero_hour() -> None:
    ann = _read("商务部公告2048年第7号　关于对部分砷化镓相关物项实施出口管制的公告\n\n"
                "依照出口管制法的规定，商务部对下列物项实施出口管制：\n"
                "第一类　砷化镓晶锭，纯度不低于99.9999%（参考海关商品编号2853909099）。\n"
                "第二类　砷化镓外延生长设备（参考海关商品编号8486209099）。\n"
                "第三类　砷化镓外延片检测仪器（参考海关商品编号9031809099）。\n"
                "上述管制自二〇四八年十二月一日零时起施行。出口经营者应当申请许可。\n\n商务部\n2048年11月2日\n")
    assert _acts(ann) == [("control", "ITEM", "2048-12-01", None, ())]
    _quiet(ann)


def test_a_traditional_reprint_dated_in_the_roc_era_takes_the_notice_day_in_that_year() -> None:
    ann = _read("【兩岸新聞】民國137年9月3日　星期四\n\n陸商務部：美國企業移出出口管制管控名單\n\n"
                "（記者綜合報導）中國大陸商務部9月1日發布2048年第21號公告，宣布將依據商務部公告2025年第22號"
                "列入出口管制管控名單的VSE公司（VSE Corporation）移出該名單，自公告發布之日起生效。\n"
                "公告稱，該企業已提交書面承諾。該公告所列其他實體不在此次調整之列。\n")
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MOFCOM-2048-21", "商务部", "2048-09-01")
    assert _acts(ann) == [("remove", "ECL", "2048-09-01", None, ("MOFCOM-2025-22",))]
    assert _zh_en(ann) == [("VSE公司", "VSE Corporation")]
    _quiet(ann)


def test_roc_era_dates_and_ends_in_words() -> None:
    assert [d.date for d in find_dates("民國137年9月3日，民国一百三十七年十月一日")] == [dt.date(2048, 9, 3),
                                                                               dt.date(2048, 10, 1)]
    assert normal_ends("暂停自即日起，截至2048年3月31日24时。") == "暂停自即日起，至2048年3月31日止。"
    assert normal_ends("自2048年12月20日至次年3月19日，暂停") == "自2048年12月20日起至2049年3月19日止，暂停"
    assert normal_ends("至二〇四八年五月一日二十四时止") == "至二〇四八年五月一日止"


def test_qa_range_whose_end_is_in_the_next_year_over_two_lists() -> None:
    ann = _read("商务部新闻发言人就暂停实施有关措施答记者问\n2048年12月16日\n\n问：请问具体安排如何？\n"
                "答：经研究，不可靠实体清单工作机制和商务部决定，自2048年12月20日至次年3月19日，暂停实施不可靠实体清单"
                "工作机制〔2025〕5号公告和商务部公告2025年第22号规定的相关措施。\n")
    assert _acts(ann) == [("suspend", "UEL", "2048-12-20", "2049-03-19", ("UEL-2025-5",)),
                          ("suspend", "ECL", "2048-12-20", "2049-03-19", ("MOFCOM-2025-22",))]
    _quiet(ann)


def test_an_end_told_as_the_last_hour_of_its_day() -> None:
    ann = _read("商务部公告2048年第9号\n关于暂停实施有关管控措施的公告\n\n"
                "经研究，商务部决定暂停实施商务部公告2025年第22号规定的管控措施。暂停自本公告发布之日起，"
                "截至2048年3月31日24时。\n\n商务部\n2048年1月5日\n")
    assert _acts(ann) == [("suspend", "ECL", "2048-01-05", "2048-03-31", ("MOFCOM-2025-22",))]
    _quiet(ann)


def test_a_clause_cited_with_a_bracketed_numeral_and_an_end_in_chinese_numerals() -> None:
    ann = _read("商务部公告2048年第30号\n\n商务部公告2024年第46号第（二）项，自2048年11月28日起"
                "至二〇四九年十一月二十七日止继续暂停实施。\n其余事项按原公告执行。\n\n商务部\n2048年11月18日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2048-11-28", "2049-11-27", ("MOFCOM-2024-46#2",))]
    _quiet(ann)


def test_an_order_numbered_under_its_title_resumes_the_measures_of_the_imposing_order() -> None:
    ann = _read("关于恢复对Hanwha Philly Shipyard Inc.实施反制措施的决定\n（商务部令2048年第2号）\n\n"
                "商务部曾以商务部令2025年第6号对韩华海洋株式会社的若干美国子公司采取反制措施，并以商务部令2025年第7号"
                "暂停实施上述措施。鉴于有关情况，商务部决定自2048年4月1日起恢复实施对Hanwha Philly Shipyard Inc.的"
                "反制措施。\n其他子公司的暂停安排不作调整。\n\n部长　\n2048年3月27日\n")
    assert (ann["doc_id"], ann["issuer"]) == ("MOFCOM-ORDER-2048-2", "商务部")
    assert _acts(ann) == [("resume", "CML", "2048-04-01", None, ("MOFCOM-ORDER-2025-6",))]
    assert _zh_en(ann) == [(None, "Hanwha Philly Shipyard Inc.")]
    _quiet(ann)


def test_names_of_a_cited_listing_put_before_the_body_that_suspends_their_measures() -> None:
    ann = _read("商务部公告2048年第12号\n关于暂停对两家实体实施出口管制管控措施的公告\n\n"
                f"经研究，对商务部公告2025年第22号列入出口管制管控名单的{_RED_CAT[0]}（{_RED_CAT[1]}）和{_TEAL[0]}"
                f"（{_TEAL[1]}），商务部暂停实施相关管控措施。暂停自本公告发布之日起，截至2048年5月31日24时。\n"
                "该公告所列其他实体不在暂停之列。\n\n商务部\n2048年2月14日\n")
    assert _acts(ann) == [("suspend", "ECL", "2048-02-14", "2048-05-31", ("MOFCOM-2025-22",))]
    assert _zh_en(ann) == [_RED_CAT, _TEAL]
    _quiet(ann)
