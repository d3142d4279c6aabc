"""The shapes the twenty-fifth blind set showed the grammar did not read: a notice saying it has nothing to do with a
list (与…清单无关), an entity read into a change and also kept out of it, a comma inside a bracketed English name, a
start on the day after a stated expiry, customs' number printed inverted, a number printed only below the signature
or in a closing （公告编号：…） line, an item control opened by 商务部决定：, a removal after a colon with who leaves
as the subject and the listing in a 注： line, the day of a repeal in a closing （终止日期：…）, 亦作同样处理, a
reprint's 本月3日 with 「」 names and the listing told after, annex lines parted by a dash, a change said twice, an end
before the start. Texts written for these tests (issue 16), never copies of any held-out text; the entities are real
listed ones (shared facts), the numbers and dates made up."""

from __future__ import annotations

import pytest
from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names_zh_en as _zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def test_a_notice_saying_it_has_nothing_to_do_with_the_lists_is_no_list_notice() -> None:
    ann = _read("某市商务委员会关于将部分企业移出失信经营者名单的公告\n\n经复核，本委决定将12家企业移出失信经营者名单，"
                "此前暂停的备案同时恢复办理。本公告与出口管制管控名单、不可靠实体清单均无关。\n\n"
                "某市商务委员会\n2047年3月2日\n")
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]


@pytest.mark.parametrize("unrelated", ["均无关", "并无关", "没有关系", "没有关联", "均无任何关联", "不相关", "无涉"])
def test_every_way_of_saying_nothing_to_do_with_the_lists_disclaims_them(unrelated: str) -> None:
    # One vocabulary (action_context.UNRELATED_TO) for the relevance veto and for the clauses the review leaves out.
    ann = _read("某市商务委员会关于将部分企业移出失信经营者名单的公告\n\n经复核，本委决定将8家企业移出失信经营者名单，"
                f"此前暂停的备案同时恢复办理。本公告与不可靠实体清单{unrelated}。\n\n"
                "某市商务委员会\n2047年3月9日\n")
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]


def test_an_entity_named_in_a_suspension_and_among_those_kept_out_is_a_doubt_by_name() -> None:
    ann = _read("商务部公告2047年第8号\n\n关于暂停对部分实体实施管控措施的公告\n\n"
                "一、自2047年5月1日起，对商务部公告2025年第13号所列莱多斯公司（Leidos）和埃科达因公司（Echodyne）暂停"
                "实施该公告规定的管控措施，暂停期限六个月。\n"
                "二、埃科达因公司以及该公告所列其他实体，继续执行原有管控措施，不适用本公告第一条。\n\n"
                "商务部\n2047年4月20日\n")
    assert _acts(ann) == [("suspend", "ECL", "2047-05-01", "2047-11-01", ("MOFCOM-2025-13",))]
    assert _flagged(ann, "'埃科达因公司' is read into the change but also named among those kept out")
    assert not _flagged(ann, "莱多斯公司")


def test_the_rest_of_a_listing_kept_out_beside_the_change_is_no_doubt() -> None:
    ann = _read("商务部公告2047年第9号\n\n关于暂停对部分实体实施管控措施的公告\n\n"
                "自2047年6月1日起，对商务部公告2025年第13号所列莱多斯公司（Leidos）暂停实施该公告规定的管控措施，暂停期限"
                "三个月。该公告所列其他实体不在此次暂停之列，继续执行原有管控措施。\n\n商务部\n2047年5月25日\n")
    assert _acts(ann) == [("suspend", "ECL", "2047-06-01", "2047-09-01", ("MOFCOM-2025-13",))]
    _quiet(ann)


def test_a_comma_inside_the_bracketed_english_name_of_a_group_is_kept() -> None:
    ann = _read("商务部公告2047年第11号\n\n关于暂停对部分实体实施管控措施的公告\n\n"
                "经审查，商务部决定，自本公告发布之日起至2047年12月31日，暂停对商务部公告2025年第1号所列"
                "可利尔阿莱恩公司（Clear Align LLC）、波音防务、空间与安全集团（Boeing Defense, Space & Security）"
                "实施该公告规定的管控措施。\n\n"
                "商务部\n2047年7月2日\n")
    assert _acts(ann) == [("suspend", "ECL", "2047-07-02", "2047-12-31", ("MOFCOM-2025-1",))]
    assert _zh_en(ann) == [("可利尔阿莱恩公司", "Clear Align LLC"),
                           ("波音防务、空间与安全集团", "Boeing Defense, Space & Security")]
    _quiet(ann)


def test_a_continuation_from_the_day_after_the_stated_expiry() -> None:
    ann = _read("商务部公告2047年第14号\n\n关于商务部公告2024年第46号第二款继续暂停实施的公告\n\n"
                "商务部公告2024年第46号第二款的现行暂停期，将于2047年6月30日届满。商务部决定，该款自现行暂停期届满次日起"
                "继续暂停实施，期限六个月。\n\n商务部\n2047年6月18日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2047-07-01", "2048-01-01", ("MOFCOM-2024-46#2",))]
    _quiet(ann)


def test_customs_number_printed_inverted_on_the_first_line() -> None:
    ann = _read("海关总署2047年第5号公告\n\n关于对钨合金棒材实施出口管制的公告\n\n"
                "依照出口管制法，海关总署决定对下列物项实施出口管制。"
                "出口时，发货人应当向海关提交两用物项出口许可证件：\n"
                "1. 钨合金棒材（海关商品编号8101940000）。\n\n上述管制自2047年9月1日起执行。\n\n"
                "海关总署\n2047年8月10日\n")
    assert ann["doc_id"] == "GACC-2047-5" and ann["issuer"] == "海关总署"
    assert _acts(ann) == [("control", "ITEM", "2047-09-01", None, ())]


def test_a_joint_number_printed_only_in_a_closing_line_names_every_agency() -> None:
    ann = _read("商务部　海关总署　国家国防科技工业局\n关于对钽靶材实施出口管制的公告\n\n"
                "依照出口管制法，经国务院批准，三部门就有关事项公告如下：\n\n一、下列物项，未经许可不得出口：\n"
                "（一）钽溅射靶材（参考海关商品编号：8103990000）。\n\n二、本公告自2047年10月1日起施行。\n\n"
                "商务部　海关总署　国家国防科技工业局\n2047年9月3日\n\n（公告编号：〔2047〕3号）\n")
    assert ann["doc_id"] == "MOFCOM-2047-3"
    assert ann["issuer"] == "商务部 海关总署 国家国防科技工业局"
    assert _acts(ann) == [("control", "ITEM", "2047-10-01", None, ())]


def test_an_order_number_on_its_own_line_below_the_signature() -> None:
    ann = _read("关于对埃科达因公司实施反制措施的决定\n\n"
                "外交部决定，对埃科达因公司（Echodyne）采取反制措施：冻结其在我国境内的动产、不动产和其他各类财产。本决定自2047年2月1日起施行。\n\n外交部\n2047年2月1日\n\n"
                "外交部令第140号\n")
    assert ann["doc_id"] == "MFA-ORDER-140" and ann["issuer"] == "外交部"


def test_a_note_after_the_signature_citing_another_notice_is_no_number_of_its_own() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2047〕2号\n\n关于将两家企业移出不可靠实体清单的公告\n\n"
                "依照《不可靠实体清单规定》，工作机制作出决定：红色六方案公司（Red Six Solutions）、火风暴实验室公司"
                "（Firestorm Labs, Inc.）移出不可靠实体清单。\n\n本公告自公布之日起生效。\n\n"
                "不可靠实体清单工作机制\n2047年3月15日\n\n"
                "注：两家企业于2025年1月2日依不可靠实体清单工作机制公告〔2025〕7号被列入清单。\n")
    assert ann["doc_id"] == "UEL-2047-2"
    assert _acts(ann) == [("remove", "UEL", "2047-03-15", None, ("UEL-2025-7",))]
    assert _zh_en(ann) == [("红色六方案公司", "Red Six Solutions"), ("火风暴实验室公司", "Firestorm Labs, Inc.")]
    _quiet(ann)


def test_an_item_control_opened_by_a_decision_colon_with_its_start_and_lettered_items() -> None:
    ann = _read("商务部公告2047年第20号\n\n关于对氮化镓外延片实施出口管制的公告\n\n"
                "为维护国家安全，依据出口管制法，商务部决定：\n\n自2047年8月1日起，下列物项非经许可不得出口——\n"
                "甲、氮化镓外延片（参考海关商品编号：3818009000）；\n乙、上述外延片的专用生长设备（参考海关商品编号："
                "8486209000）。\n\n商务部\n2047年7月10日\n")
    assert _acts(ann) == [("control", "ITEM", "2047-08-01", None, ())]
    _quiet(ann)


def test_a_repeal_dated_only_in_a_closing_parenthesis() -> None:
    ann = _read("商务部公告2047年第30号\n\n关于终止对氮化镓外延片实施出口管制的公告\n\n"
                "商务部公告2047年第20号对氮化镓外延片实施了出口管制。经评估，已无继续管制的必要。\n\n"
                "商务部决定，终止实施上述公告规定的出口管制措施。（终止日期：2047年12月1日）\n\n商务部\n2047年11月20日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2047-12-01", None, ("MOFCOM-2047-20",))]
    _quiet(ann)


def test_a_change_said_twice_is_read_once() -> None:
    ann = _read("商务部公告2047年第31号\n\n关于废止部分两用物项出口管制公告的公告\n\n"
                "商务部决定废止商务部公告2047年第20号。上述公告规定的出口管制措施自本公告发布之日起不再执行。\n\n"
                "商务部\n2047年12月5日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2047-12-05", None, ("MOFCOM-2047-20",))]


def test_the_same_treatment_for_a_second_notice_takes_the_start_and_period() -> None:
    ann = _read("来源：商务部新闻办公室　发布时间：2047年4月2日\n\n商务部新闻发言人就有关措施答记者问\n\n"
                "问：请介绍有关安排。\n\n答：商务部公告2025年第13号对有关实体采取的管控措施，自北京时间2047年4月5日零时起"
                "暂停实施，为期九十日。对不可靠实体清单工作机制〔2025〕7号公告所列实体，亦作同样处理。\n")
    assert _acts(ann) == [("suspend", "ECL", "2047-04-05", "2047-07-04", ("MOFCOM-2025-13",)),
                          ("suspend", "UEL", "2047-04-05", "2047-07-04", ("UEL-2025-7",))]


def test_a_reprint_dated_this_month_with_quoted_names_and_the_listing_told_after() -> None:
    ann = _read("某日报　2047年5月9日　星期四　第3版\n\n商务部暂停对两家实体的管控措施\n\n"
                "【本报综合报道】商务部本月7日发布2047年第12号公告称，自公告发布之日起，对「莱多斯公司」（Leidos）和"
                "「埃科达因公司」（Echodyne）暂停实施出口管制管控措施，暂停期限为90天。\n\n"
                "公告指出，上述两家实体是依据商务部公告2025年第13号被列入出口管制管控名单的。（完）\n")
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MOFCOM-2047-12", "商务部", "2047-05-07")
    assert _acts(ann) == [("suspend", "ECL", "2047-05-07", "2047-08-05", ("MOFCOM-2025-13",))]
    assert _zh_en(ann) == [("莱多斯公司", "Leidos"), ("埃科达因公司", "Echodyne")]


def test_names_before_the_verb_with_no_listing_anywhere_are_a_doubt() -> None:
    ann = _read("外交部令\n第141号\n\n外交部决定，对埃科达因公司（Echodyne）解除反制措施。"
                "本决定自2047年3月1日起施行。\n\n"
                "外交部\n2047年3月1日\n")
    assert ann["needs_review"]


def test_annex_lines_giving_the_english_name_first_after_a_dash() -> None:
    ann = _read("商务部公告2047年第6号\n\n关于将2家日本实体列入出口管制管控名单的公告\n\n"
                "商务部决定将附件所列2家日本实体列入出口管制管控名单，并采取下列措施：\n（一）禁止向其出口两用物项。\n\n"
                "本公告自公布之日起实施。\n\n商务部\n2047年3月20日\n\n附件\n出口管制管控名单\n"
                "一、IHI Power Systems Co., Ltd.——IHI原动机株式会社\n二、日本海洋联合株式会社——Japan Marine United "
                "Corporation\n")
    assert _acts(ann) == [("add", "ECL", "2047-03-20", None, ())]
    assert _zh_en(ann) == [("IHI原动机株式会社", "IHI Power Systems Co., Ltd."),
                           ("日本海洋联合株式会社", "Japan Marine United Corporation")]
    _quiet(ann)


def test_an_end_before_the_start_is_flagged() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2047〕4号\n\n关于暂停对部分实体采取处理措施的公告\n\n"
                "经研究，工作机制决定自2047年9月1日起至2047年2月28日止，暂停对不可靠实体清单工作机制公告〔2025〕7号所列"
                "火风暴实验室公司（Firestorm Labs, Inc.）实施该公告规定的处理措施。\n\n"
                "不可靠实体清单工作机制\n2047年8月20日\n")
    assert _acts(ann) == [("suspend", "UEL", "2047-09-01", "2047-02-28", ("UEL-2025-7",))]
    assert _flagged(ann, "lies before its start")


def test_each_named_entitys_measures_suspended_for_its_own_period_in_one_sentence() -> None:
    ann = _read("中华人民共和国商务部令\n\n二〇四七年　第 二 号\n\n关于暂停对两家银行实施反制措施的决定\n\n"
                "依照反外国制裁法，商务部对商务部令2025年第5号所列两家银行作出如下决定：\n"
                "一、自二〇四七年五月一日起，AB Mano Bankas的反制措施暂停实施九十日，UAB Urbo Bankas的反制措施暂停实施"
                "三十日。\n\n部长\n二〇四七年四月二十日\n")
    assert ann["doc_id"] == "MOFCOM-ORDER-2047-2"
    assert _acts(ann) == [("suspend", "CML", "2047-05-01", "2047-07-30", ("MOFCOM-ORDER-2025-5",)),
                          ("suspend", "CML", "2047-05-01", "2047-05-31", ("MOFCOM-ORDER-2025-5",))]
    assert _zh_en(ann, 0) == [(None, "AB Mano Bankas")] and _zh_en(ann, 1) == [(None, "UAB Urbo Bankas")]
    _quiet(ann)


def test_measures_counted_in_words_with_the_names_owning_what_is_frozen() -> None:
    ann = _read("关于对埃科达因公司、菱形力量公司实施反制裁的决定\n\n"
                "外交部依照反外国制裁法，决定采取下列反制裁措施：\n\n"
                "第一，埃科达因公司（Echodyne）、菱形力量公司（Rhombus Power Inc.）在我国境内的动产、不动产和其他各类"
                "财产，一律予以冻结；\n第二，我国境内组织和个人不得与这两家企业进行交易。\n\n"
                "本决定自2047年6月1日起施行。\n\n外交部\n2047年6月1日\n\n外交部令第142号\n")
    assert ann["doc_id"] == "MFA-ORDER-142"
    assert _acts(ann) == [("add", "CML", "2047-06-01", None, ())]
    assert _zh_en(ann) == [("埃科达因公司", "Echodyne"), ("菱形力量公司", "Rhombus Power Inc.")]
    assert len(ann["actions"][0]["measures"]) == 2
    _quiet(ann)
