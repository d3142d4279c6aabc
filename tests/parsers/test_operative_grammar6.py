"""The operative-sentence grammar on wordings new to the parser (issue 16, seventh round): texts written for these
tests in the forms where the seventh blind set found misses, each in wordings of its own — never copies of any
held-out text. Names, numbers and dates are made up."""

from __future__ import annotations

from typing import Any

import pytest
from grammar_helpers import acts as _acts
from grammar_helpers import head as _head
from grammar_helpers import names_zh_en as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

# ---------------------------------------------------------------- 1. a scope picked out of a cited listing

UEL_NO = "不可靠实体清单工作机制公告〔2027〕11号"
UEL_TAIL = "\n\n不可靠实体清单工作机制\n2027年6月2日\n"
CITED = "不可靠实体清单工作机制〔2026〕4号公告"
GULL = ("海鸥测绘公司", "Seagull Survey Inc.")
RIDGE = ("岭峰光学公司", "Ridgepeak Optics, LLC")
GULL_ZH = "海鸥测绘公司（Seagull Survey Inc.）"
RIDGE_ZH = "岭峰光学公司（Ridgepeak Optics, LLC）"


def _uel(sentence: str) -> dict[str, Any]:
    return _read(_head(UEL_NO, UEL_NO, "2027年6月2日") + sentence + UEL_TAIL)


@pytest.mark.parametrize("sentence", [
    # the names after 所列实体中的, the date and the verb after them
    f"经研究，工作机制决定，对{CITED}所列实体中的{GULL_ZH}、{RIDGE_ZH}，自2027年6月10日起暂停实施处理措施90天。",
    # 所列的实体中的 … 和 …
    f"工作机制决定，对{CITED}所列的实体中的{GULL_ZH}和{RIDGE_ZH}，自2027年6月10日起暂停实施处理措施90天。",
    # the listing first, then 其中的
    f"工作机制决定，对{CITED}所列实体，其中的{GULL_ZH}、{RIDGE_ZH}，自2027年6月10日起暂停实施处理措施90天。",
    # the date first, the names before the verb
    f"工作机制决定，自2027年6月10日起，对{CITED}所列实体中的{GULL_ZH}、{RIDGE_ZH}暂停实施处理措施90天。",
    # the names after the verb
    f"工作机制决定，自2027年6月10日起暂停实施对{CITED}所列实体中的{GULL_ZH}和{RIDGE_ZH}的处理措施90天。",
])
def test_a_suspension_of_names_picked_out_of_a_listing_carries_them(sentence: str) -> None:
    ann = _uel(sentence + "该公告所列其余实体的处理措施继续执行。")
    assert _acts(ann) == [("suspend", "UEL", "2027-06-10", "2027-09-08", ("UEL-2026-4",))]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)  # the scope doubt of review.py is silent once the names are read


def test_a_suspension_of_a_whole_listing_still_names_no_one() -> None:
    ann = _uel(f"工作机制决定，对{CITED}所列实体，自2027年6月10日起暂停实施处理措施90天。")
    assert _acts(ann) == [("suspend", "UEL", "2027-06-10", "2027-09-08", ("UEL-2026-4",))]
    assert _names(ann) == []
    _quiet(ann)


def test_picked_names_that_are_not_read_are_still_doubted() -> None:
    ann = _uel(f"工作机制决定，对{CITED}所列实体中的部分实体，自2027年6月10日起暂停实施处理措施90天。"
               "该公告所列其他实体的处理措施不变。")
    assert _names(ann) == []
    assert ann["needs_review"]


# ---------------------------------------------------------------- 4. a second list in the same answer

def test_a_second_list_opened_with_yi_is_a_change_of_its_own() -> None:
    ann = _read("商务部新闻发言人就有关清单措施答问\n来源：商务部新闻办公室　2027-08-03 10:00\n\n"
                "问：请介绍有关清单措施的安排。\n\n"
                "答：经研究，自2027年8月15日起，中方将对不可靠实体清单工作机制公告〔2026〕2号所列实体继续暂停相关措施"
                "90天；对商务部公告2026年第9号所列实体，也继续暂停相关措施90天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-08-15", "2027-11-13", ("UEL-2026-2",)),
                          ("suspend", "ECL", "2027-08-15", "2027-11-13", ("MOFCOM-2026-9",))]
    _quiet(ann)


# ---------------------------------------------------------------- 2. some named entities of an order or a reprint

def test_a_resumption_for_named_units_of_an_order_in_chinese_numerals() -> None:
    number = "商务部令二〇二七年第九号"
    ann = _read(_head(f"{number} 关于对北岬重工集团2家美国子公司恢复实施反制措施的决定", number, "2027年10月9日")
                + "中华人民共和国商务部令\n二〇二七年　第九号\n\n"
                "现公布《关于对北岬重工集团2家美国子公司恢复实施反制措施的决定》，"
                "自2027年10月12日起施行。\n\n商务部\n2027年10月9日\n\n关于对北岬重工集团2家美国子公司恢复实施反制措施的决定\n\n"
                "依据有关法律法规，中方决定，对商务部令二〇二六年第四号所列北岬重工集团美国子公司中的"
                "Northcape Marine Inc."
                "和Northcape Harbor Services LLC，恢复实施该令规定的反制措施。\n")
    assert _acts(ann) == [("resume", "CML", "2027-10-12", None, ("MOFCOM-ORDER-2026-4",))]
    assert _names(ann) == [(None, "Northcape Marine Inc."), (None, "Northcape Harbor Services LLC")]
    _quiet(ann)


def test_a_reprint_headline_before_its_dateline_is_not_a_change_of_its_own() -> None:
    ann = _read("文匯報　2027年9月3日　A5版　要聞\n\n商務部停止對兩家德國實體的管控措施\n\n"
                "【文匯報訊】記者報道：商務部9月2日發布公告（商務部公告2027年第41號），決定自2027年9月5日起，"
                "停止對商務部公告2026年第17號所列雷納光電有限公司（Rhena Optronics GmbH）、"
                "易北精工有限公司（Elbe Precision GmbH）實施的出口管制管控措施。該公告所列其餘實體的措施繼續執行。\n")
    assert _acts(ann) == [("terminate", "ECL", "2027-09-05", None, ("MOFCOM-2026-17",))]
    assert [n for n, _ in _names(ann)] == ["雷纳光电有限公司", "易北精工有限公司"]
    _quiet(ann)


# ---------------------------------------------------------------- 3. removals: 移出该名单 with the names below; 列明的

def test_a_removal_from_that_list_with_the_names_below_reads_the_list_and_the_listing() -> None:
    number = "商务部公告2027年第14号"
    ann = _read(f"{number} 关于将松岭航电公司等2家实体移出出口管制管控名单的公告\n"
                "发布时间：2027-03-02　　来源：商务部安全与管制局\n\n"
                f"{number}\n\n依据有关规定，经审查，商务部决定将商务部公告2026年第23号列入出口管制管控名单的"
                "以下2家实体移出该名单：\n\n1.松岭航电公司（Pineridge Avionics, Inc.）\n"
                "2.海角动力公司（Capeside Power LLC）\n\n"
                "本公告自发布之日起实施。\n\n商务部\n2027年3月2日\n")
    assert _acts(ann) == [("remove", "ECL", "2027-03-02", None, ("MOFCOM-2026-23",))]
    assert [n for n, _ in _names(ann)] == ["松岭航电公司", "海角动力公司"]
    _quiet(ann)


def test_a_uel_removal_citing_the_listing_with_lieming_reads_the_listing() -> None:
    ann = _uel("经审查，工作机制决定，将2026年5月6日发布的不可靠实体清单工作机制公告〔2026〕3号中列明的"
               "晨星无人机公司（Morningstar Drones, Inc.）、远帆通信公司（Farsail Communications Inc.）"
               "移出不可靠实体清单，对上述2家企业采取的处理措施相应解除。")
    assert _acts(ann) == [("remove", "UEL", "2027-06-02", None, ("UEL-2026-3",))]
    assert [n for n, _ in _names(ann)] == ["晨星无人机公司", "远帆通信公司"]
    _quiet(ann)


# ---------------------------------------------------------------- 5. a statistics answer that changes no list

def test_a_statistics_answer_saying_it_lists_and_removes_no_one_is_neither_acted_on_nor_flagged() -> None:
    ann = _read("商务部新闻发言人就去年两用物项出口工作情况答记者问\n来源：商务部新闻办公室　2027-02-20 15:00\n\n"
                "问：去年两用物项出口许可办理情况如何？\n\n"
                "答：去年商务部办结两用物项出口许可申请3.1万件，平均办理时限进一步压缩。"
                "上述数据不涉及对出口管制管控名单或不可靠实体清单的列入、移出，也不涉及暂停或恢复任何措施。\n")
    assert ann["actions"] == []
    _quiet(ann)


# ---------------------------------------------------------------- 4. older and grouped countermeasure decisions

def test_an_older_order_that_imposes_anti_sanction_measures_on_the_companies_above() -> None:
    ann = _read("关于对雷鸣动力公司等2家美国军工企业采取反制裁措施的决定\n2027-05-04 09:00\n\n"
                "（2027年5月4日中华人民共和国外交部令第52号公布，自2027年5月4日起施行）\n\n"
                "美方近日再次宣布对台军售。雷鸣动力公司（Thunderclap Dynamics Corp.）和海燕舰船系统公司"
                "（Petrel Naval Systems Inc.）参与其中。根据《中华人民共和国反外国制裁法》有关规定，"
                "中方决定对上述两家公司实施反制裁措施：\n\n一、冻结其在我国境内的动产、不动产和其他各类财产；\n"
                "二、禁止我国境内的组织、个人与其进行交易、合作等活动。\n\n本决定自2027年5月4日起施行。\n\n外交部\n2027年5月4日\n")
    assert _acts(ann) == [("add", "CML", "2027-05-04", None, ())]
    assert [n for n, _ in _names(ann)] == ["雷鸣动力公司", "海燕舰船系统公司"]
    _quiet(ann)


def test_companies_and_their_managers_in_two_groups_introduced_by_yixia_fanzhi_cuoshi() -> None:
    ann = _read("关于对岩鹰公司等2家美国企业及其2名高级管理人员采取反制措施的决定\n2027-09-01 10:00\n\n"
                "（2027年9月1日中华人民共和国外交部令第57号公布，自2027年9月1日起施行）\n\n"
                "依据《中华人民共和国反外国制裁法》有关规定，中方决定采取以下反制措施：\n\n"
                "一、对岩鹰公司（Rockhawk Inc.）、北港防务公司（Northport Defense Corp.），冻结其在我国境内的动产、"
                "不动产和其他各类财产；禁止我国境内的组织、个人与其进行有关交易、合作等活动。\n\n"
                "二、对汤姆·韦伯（Tom Webber）、莉莎·格兰特（Lisa Grant），禁止我国境内的组织、个人与其本人进行"
                "有关交易、合作等活动；对其本人不予签发签证、不准入境。\n\n本决定自2027年9月1日起施行。\n\n"
                "外交部\n2027年9月1日\n")
    assert _acts(ann) == [("add", "CML", "2027-09-01", None, ()), ("add", "CML", "2027-09-01", None, ())]
    assert [n for n, _ in _names(ann, 0)] == ["岩鹰公司", "北港防务公司"]
    assert [(e["name_zh"], e["kind"]) for e in ann["actions"][1]["entities"]] == [
        ("汤姆·韦伯", "person"), ("莉莎·格兰特", "person")]
    _quiet(ann)
