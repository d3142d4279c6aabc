"""The operative-sentence grammar on the shapes of the sixteenth and seventeenth blind sets: a recital going on with
此后/其后, entities of a cited listing picked by their place (第二家和第三家), and the second reading's doubts on a
whole listing and part of it changed by one notice. Texts written for these tests (issue 16), never copies of any
held-out text; the entities are real listed ones (shared facts), the numbers and dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.crosscheck import crosscheck
from policywatch.parsers.types import Action, Entity


def _uel(number: int, body: str, day: str) -> str:
    return f"不可靠实体清单工作机制公告\n〔2038〕{number}号\n\n{body}\n\n不可靠实体清单工作机制\n{day}\n"


_RECITAL = ("2025年4月9日，不可靠实体清单工作机制发布公告（〔2025〕7号），将斯凯迪奥公司（Skydio Inc.）、"
            "BRINC无人机公司（BRINC Drones,Inc.）和红色六方案公司（Red Six Solutions）列入不可靠实体清单。"
            "其后，工作机制暂停对该三家企业实施处理措施。")


def test_a_recital_going_on_with_qihou_is_history_and_a_pick_by_place_names_those_places() -> None:
    ann = _read(_uel(4, _RECITAL + "\n\n依据《不可靠实体清单规定》第十一条，工作机制决定，上述3家企业中的第二家、第三家"
                                   "自2038年3月2日起恢复实施该公告规定的处理措施。", "2038年2月26日"))
    assert _acts(ann) == [("resume", "UEL", "2038-03-02", None, ("UEL-2025-7",))]
    assert _names(ann) == [("BRINC无人机公司", "BRINC Drones,Inc.", "organization"),
                           ("红色六方案公司", "Red Six Solutions", "organization")]
    _quiet(ann)


def test_a_pick_by_place_whose_names_after_ji_agree_is_read_quietly() -> None:
    ann = _read(_uel(5, _RECITAL + "\n\n工作机制决定，前述三家企业中的第一家和第二家，即斯凯迪奥公司、BRINC无人机公司，"
                                   "自2038年3月2日起恢复实施该公告规定的处理措施。", "2038年2月26日"))
    assert [n[0] for n in _names(ann)] == ["斯凯迪奥公司", "BRINC无人机公司"]
    _quiet(ann)


def test_a_pick_by_place_whose_names_after_ji_disagree_is_a_doubt() -> None:
    ann = _read(_uel(6, _RECITAL + "\n\n工作机制决定，前述三家企业中的第一家和第二家，即斯凯迪奥公司、红色六方案公司，"
                                   "自2038年3月2日起恢复实施该公告规定的处理措施。", "2038年2月26日"))
    assert _flagged(ann, "place")


_DAY = dt.date(2038, 3, 2)


def test_the_second_reading_doubts_a_whole_listing_and_part_of_it_changed_by_one_notice() -> None:
    skydio = Entity("斯凯迪奥公司", "Skydio Inc.", None, "organization")
    part = Action("suspend", "UEL", (skydio,), ("UEL-2025-7",), _DAY, None, False, (), None)
    whole = Action("resume", "UEL", (), ("UEL-2025-7",), _DAY, None, False, (), None)
    assert any("as a whole" in r for r in crosscheck("工作机制决定恢复。", None, (whole, part)))
    assert not any("as a whole" in r for r in crosscheck("工作机制决定恢复。", None, (whole,)))


def test_the_second_reading_doubts_a_pick_of_some_read_as_the_whole_listing() -> None:
    whole = Action("resume", "UEL", (), ("UEL-2025-7",), _DAY, None, False, (), None)
    text = "工作机制决定，上述3家企业中的第二家和第三家恢复实施处理措施。"
    assert any("picks some" in r for r in crosscheck(text, None, (whole,)))
    assert not crosscheck("工作机制决定，恢复实施该公告规定的处理措施。", None, (whole,))


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    return (f"商务部公告2038年第{number}号　{title}\n【发布单位】安全与管制局\n【发文日期】{day}\n\n{body}\n\n"
            f"商务部\n{day}\n")


def test_a_removal_with_its_object_put_first_after_duiyu_leaves_the_listing_it_cites() -> None:
    ann = _read(_mofcom(
        3, "关于将莱多斯公司等2家美国实体移出出口管制管控名单的公告",
        "鉴于有关实体已书面承诺纠正其违法行为，根据《中华人民共和国出口管制法》有关规定，商务部决定，对于2025年4月9日"
        "以商务部公告2025年第13号列入出口管制管控名单的莱多斯公司（Leidos）和监控研究公司（IP Video Market Info, "
        "Inc.），自2038年2月1日起移出该名单。", "2038年1月20日"))
    assert _acts(ann) == [("remove", "ECL", "2038-02-01", None, ("MOFCOM-2025-13",))]
    assert [n[1] for n in _names(ann)] == ["Leidos", "IP Video Market Info, Inc."]
    _quiet(ann)


def test_a_repeal_worded_buzai_shixing_yuyi_feizhi_ends_the_item_control_it_cites() -> None:
    ann = _read(_mofcom(
        9, "关于废止商务部公告2038年第2号的公告",
        "根据《中华人民共和国出口管制法》有关规定，商务部决定，自2038年6月1日起，商务部公告2038年第2号（关于对某合金"
        "粉末相关物项实施出口管制的决定）不再施行，予以废止。", "2038年5月12日"))
    assert _acts(ann) == [("terminate", "ITEM", "2038-06-01", None, ("MOFCOM-2038-2",))]
    _quiet(ann)


def test_a_repeal_of_a_notice_whose_list_is_not_said_is_a_doubt() -> None:
    ann = _read(_mofcom(10, "关于废止商务部公告2038年第2号的公告",
                        "商务部决定，自2038年6月1日起，商务部公告2038年第2号不再施行。", "2038年5月12日"))
    assert _acts(ann) == [("terminate", None, "2038-06-01", None, ("MOFCOM-2038-2",))]
    assert ann["needs_review"]


def test_two_of_a_cited_listing_named_before_and_pointed_at_as_zhe_liang_jia_are_suspended() -> None:
    ann = _read(_mofcom(
        11, "关于暂停对美国光子公司等2家美国实体实施出口管制措施的公告",
        "商务部公告2025年第22号所列美国实体中，美国光子公司（American Photonics）和埃科达因公司（Echodyne）已提交整改"
        "材料。根据《中华人民共和国出口管制法》有关规定，商务部决定：对这两家实体暂停实施该公告规定的管控措施，暂停期限"
        "为90天，自2038年4月1日开始。\n\n上述公告所列其余实体不在本次暂停范围之内。", "2038年3月25日"))
    assert _acts(ann) == [("suspend", "ECL", "2038-04-01", "2038-06-30", ("MOFCOM-2025-22",))]
    assert [n[1] for n in _names(ann)] == ["American Photonics", "Echodyne"]
    _quiet(ann)


def test_a_qa_with_two_lists_one_period_said_again_as_qixian_xiangtong_and_one_start_after_both() -> None:
    ann = _read(
        "商务部新闻发言人就调整部分美国实体清单措施答记者问\n来源：商务部新闻办公室　2038-04-20 18:00\n\n"
        "问：中方是否将调整对有关美国实体的措施？\n\n"
        "答：经研究，中方将调整以下两项措施。一是，对不可靠实体清单工作机制公告（〔2025〕8号）所列美国企业，暂停实施"
        "该公告规定的措施90天；二是，对商务部公告2025年第21号所列美国实体，暂停实施出口管制管控措施，期限相同。"
        "以上措施均自北京时间2038年5月1日起计算。\n")
    assert _acts(ann) == [("suspend", "UEL", "2038-05-01", "2038-07-30", ("UEL-2025-8",)),
                          ("suspend", "ECL", "2038-05-01", "2038-07-30", ("MOFCOM-2025-21",))]
    _quiet(ann)


_BOEING_DSS = ("波音防务、空间与安全集团", "Boeing Defense, Space & Security", "organization")


def test_a_name_holding_a_dunhao_named_in_a_reason_clause_is_one_entity_of_gai_liang_jia() -> None:
    ann = _read(_uel(
        12, "依据《不可靠实体清单规定》第二条、第八条有关规定，鉴于波音防务、空间与安全集团（Boeing Defense, Space & "
            "Security）与吉布斯与考克斯公司（Gibbs & Cox, Inc.）参与对台湾地区军售，工作机制决定将该两家实体列入"
            "不可靠实体清单，并采取以下措施：\n\n一、禁止其从事与中国有关的进出口活动。\n\n本公告自公布之日起实施。",
        "2038年6月2日"))
    assert _names(ann) == [_BOEING_DSS, ("吉布斯与考克斯公司", "Gibbs & Cox, Inc.", "organization")]
    _quiet(ann)


def test_a_name_holding_a_dunhao_said_again_with_qianshu_is_removed_as_one_entity() -> None:
    ann = _read(_mofcom(
        14, "关于将波音防务、空间与安全集团移出出口管制管控名单的公告",
        "2025年1月2日，商务部以2025年第1号公告，将通用动力公司（General Dynamics）、波音防务、空间与安全集团（Boeing "
        "Defense, Space & Security）等28家美国实体列入出口管制管控名单。\n\n根据《中华人民共和国出口管制法》有关规定，"
        "商务部决定将前述波音防务、空间与安全集团移出出口管制管控名单。", "2038年6月9日"))
    assert _acts(ann) == [("remove", "ECL", "2038-06-09", None, ("MOFCOM-2025-1",))]
    assert _names(ann) == [_BOEING_DSS]
    _quiet(ann)


def test_one_verb_and_period_before_a_colon_are_each_listing_items_after_it() -> None:
    ann = _read(
        "商务部新闻发言人就暂停部分美国实体清单措施答记者问\n2038-07-01 19:30　来源：商务部新闻办公室\n\n"
        "问：能否介绍有关措施调整的情况？\n\n"
        "答：中方决定，对下列两份公告所列美国实体的相关措施暂停实施90天：一是不可靠实体清单工作机制公告（〔2025〕7号）"
        "所列美国企业，暂停的是不可靠实体清单处理措施；二是商务部公告2025年第22号所列美国实体，暂停的是出口管制管控措施。"
        "上述暂停均自北京时间2038年7月5日起执行。\n")
    assert _acts(ann) == [("suspend", "UEL", "2038-07-05", "2038-10-03", ("UEL-2025-7",)),
                          ("suspend", "ECL", "2038-07-05", "2038-10-03", ("MOFCOM-2025-22",))]
    _quiet(ann)


def _order(number: int, body: str, day: str, signed: str = "外交部") -> str:
    return (f"关于对美国有关企业和人员采取反制措施的决定\n（{day}中华人民共和国外交部令第{number}号公布，"
            f"自公布之日起施行）\n\n{body}\n\n{signed}\n{day}\n")


_LAW = "依据《中华人民共和国反外国制裁法》第四条、第五条、第六条、第九条、第十五条，中方决定"


def test_persons_on_unnumbered_lines_under_an_annex_title_on_the_colon_line_are_the_annex() -> None:
    ann = _read(_order(
        120, _LAW + "对本决定附件所列人员采取反制措施：冻结其在我国境内的动产、不动产和其他各类财产；对其不予签发签证、"
                    "不准入境。\n\n附件：反制清单\n帕尔默·卢基（Palmer Luckey），美国军工企业创始人\n"
                    "约翰·库默（John A. Cuomo），美国军工企业首席执行官", "2038年8月1日"))
    assert _acts(ann) == [("add", "CML", "2038-08-01", None, ())]
    assert _names(ann) == [("帕尔默·卢基", "Palmer Luckey", "person"), ("约翰·库默", "John A. Cuomo", "person")]
    _quiet(ann)


def test_persons_on_lines_labelling_name_and_office_are_the_names_below_the_colon() -> None:
    ann = _read(_order(
        121, _LAW + "将下列人员列入反制清单，并采取反制措施：\n\n"
                    "姓名：杰伊·霍夫利奇（Jay Hoflich）　身份：美国军工企业副总裁\n"
                    "姓名：迈克尔·卡诺维尔（Michael J. Carnovale）　身份：美国军工企业高级管理人员\n\n"
                    "对上述人员采取以下措施：冻结其在我国境内的动产、不动产和其他各类财产。", "2038年8月2日"))
    assert _names(ann) == [("杰伊·霍夫利奇", "Jay Hoflich", "person"),
                           ("迈克尔·卡诺维尔", "Michael J. Carnovale", "person")]
    _quiet(ann)


_NORTHROP = ("诺斯罗普·格鲁曼系统公司", "Northrop Grumman Systems Corporation", "organization")
_GIBBS = ("吉布斯与考克斯公司", "Gibbs & Cox, Inc.", "organization")


def test_numbered_groups_naming_their_persons_before_a_colon_each_take_their_measures() -> None:
    ann = _read(
        "外交部令\n第122号\n\n关于对美国有关人员及企业采取反制措施的决定\n\n" + _LAW + "：\n\n"
        "（一）帕尔默·卢基（Palmer Luckey）、约翰·库默（John A. Cuomo）：对其本人不予签发签证、不准入境，冻结其在我国"
        "境内的财产。\n\n（二）诺斯罗普·格鲁曼系统公司（Northrop Grumman Systems Corporation）、吉布斯与考克斯公司"
        "（Gibbs & Cox, Inc.）：禁止我国境内的组织、个人与其进行有关交易、合作等活动。\n\n"
        "本决定自2038年8月3日起施行。\n\n"
        "中华人民共和国外交部\n2038年8月3日\n")
    assert ann["published"] == "2038-08-03"
    assert _acts(ann) == [("add", "CML", "2038-08-03", None, ()), ("add", "CML", "2038-08-03", None, ())]
    assert [n[0] for n in _names(ann, 0)] == ["帕尔默·卢基", "约翰·库默"]
    assert _names(ann, 1) == [_NORTHROP, _GIBBS]
    _quiet(ann)


def test_unnumbered_paragraphs_each_opening_with_their_names_are_groups_of_the_decision() -> None:
    ann = _read(_order(
        123, _LAW + "：\n\n诺斯罗普·格鲁曼系统公司（Northrop Grumman Systems Corporation）与"
                    "吉布斯与考克斯公司（Gibbs & Cox, Inc.）两家企业，其在我国境内的动产、不动产和其他各类财产"
                    "予以冻结。\n\n上述企业的高级管理人员帕尔默·卢基（Palmer Luckey）、约翰·库默（John A. Cuomo），"
                    "不予签发签证、不准入境。", "2038年8月4日"))
    assert _acts(ann) == [("add", "CML", "2038-08-04", None, ()), ("add", "CML", "2038-08-04", None, ())]
    assert _names(ann, 0) == [_NORTHROP, _GIBBS]
    assert _names(ann, 1) == [("帕尔默·卢基", "Palmer Luckey", "person"), ("约翰·库默", "John A. Cuomo", "person")]
    _quiet(ann)


def test_an_item_control_decided_after_its_start_starts_then() -> None:
    ann = _read(_mofcom(
        15, "关于对某合金粉末相关物项实施出口管制的决定",
        "为维护国家安全和利益，依据《中华人民共和国出口管制法》有关规定，经国务院批准，自2038年9月1日起，商务部决定对"
        "粒度小于10微米的某合金粉末（参考海关商品编号：8112990000）实施出口管制。", "2038年7月20日"))
    assert _acts(ann) == [("control", "ITEM", "2038-09-01", None, ())]
    _quiet(ann)


def test_a_briefing_heading_opening_with_its_day_dates_the_page_and_acts_on_nothing() -> None:
    ann = _read("2038年10月9日外交部发言人例行记者会\n问：中方是否会对更多美国企业采取反制措施？\n"
                "答：中方将依法维护自身权益，目前没有可以发布的消息。\n")
    assert ann["published"] == "2038-10-09"
    assert ann["doc_id"].startswith("DOC-2038-10-09-")  # the provisional id of an unnumbered page (README)
    assert not ann["actions"]
    _quiet(ann)


def test_a_reprint_lead_numbers_the_notice_by_its_bracket_and_only_the_full_text_decides() -> None:
    removal = ("决定将2025年4月4日公告（〔2025〕7号）所列斯凯迪奥公司（Skydio Inc.）和赛尼克斯公司"
               "（SYNEXXUS,Inc.）移出不可靠实体清单")
    ann = _read(
        "某某日报　2038年11月3日　A8版\n\n工作机制将两家美企移出不可靠实体清单\n\n【某某日报讯】记者北京报道："
        f"不可靠实体清单工作机制11月2日发布〔2038〕21号公告，{removal}。\n\n公告全文如下：\n\n根据《不可靠实体清单规定》第十三条，"
        f"不可靠实体清单工作机制{removal}。\n\n不可靠实体清单工作机制\n2038年11月2日\n")
    assert ann["doc_id"] == "UEL-2038-21"
    assert _acts(ann) == [("remove", "UEL", "2038-11-02", None, ("UEL-2025-7",))]
    assert [n[0] for n in _names(ann)] == ["斯凯迪奥公司", "赛尼克斯公司"]
    _quiet(ann)


def test_a_count_pointing_back_over_fewer_names_keeps_those_named_and_is_a_doubt() -> None:
    ann = _read(_order(
        124, "日本前防卫官员岩崎茂（IWASAKI Shigeru）、日本国会议员石平近期再次发表错误言论。" + _LAW
        + "对上述三人采取反制措施：冻结其在我国境内的动产、不动产和其他各类财产。", "2038年12月1日"))
    assert sorted(n[0] for n in _names(ann)) == sorted(["岩崎茂", "石平"])
    assert _flagged(ann, "3 entities")


def test_a_bureau_signing_a_notice_of_a_training_is_mofcom_and_the_notice_acts_on_nothing() -> None:
    ann = _read("商务部安全与管制局关于举办出口管制合规培训班的通知\n发布时间：2038-03-02\n\n各有关单位：\n\n"
                "为帮助企业了解出口管制管控名单和不可靠实体清单的合规要求，我局定于2038年4月举办培训班，内容包括被列入"
                "清单实体的暂停、恢复和移出情形。请于2038年3月20日前报名。\n\n商务部安全与管制局\n2038年3月2日\n")
    assert ann["issuer"] == "商务部"
    assert not ann["actions"]
    _quiet(ann)


def test_a_sentence_of_its_own_after_the_decision_gives_the_suspensions_start_and_period() -> None:
    ann = _read(_mofcom(
        16, "关于暂停对埃科达因公司实施管控措施的公告",
        "2025年4月9日，商务部以2025年第22号公告，将埃科达因公司（Echodyne）等12家美国实体列入出口管制管控名单。\n\n"
        "近期，前述埃科达因公司主动说明情况。根据《中华人民共和国出口管制法》有关规定，商务部决定暂停对该实体实施"
        "管控措施。暂停自2038年5月2日起，期限三个月。", "2038年4月28日"))
    assert _acts(ann) == [("suspend", "ECL", "2038-05-02", "2038-08-02", ("MOFCOM-2025-22",))]
    assert _names(ann) == [("埃科达因公司", "Echodyne", "organization")]
    _quiet(ann)


def test_an_annex_opened_by_fu_and_a_colon_alone_holds_the_names_with_and_without_english() -> None:
    ann = _read(
        "不可靠实体清单工作机制公告\n〔2038〕30号\n关于将反无人机技术公司等3家美国企业列入不可靠实体清单的公告\n"
        "不可靠实体清单工作机制依据《不可靠实体清单规定》第二条、第八条有关规定，决定将反无人机技术公司等3家美国企业列入"
        "不可靠实体清单（名单附后），并采取以下处理措施：\n一、禁止上述企业从事与中国有关的进出口活动。\n"
        "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2038年12月5日\n附：\n不可靠实体清单（2038年第2批）\n"
        "一、反无人机技术公司（Dedrone by Axon）\n二、迪杰恩技术公司\n三、伊比鲁斯公司\n")
    assert _names(ann) == [("反无人机技术公司", "Dedrone by Axon", "organization"),
                           ("迪杰恩技术公司", None, "organization"), ("伊比鲁斯公司", None, "organization")]
    _quiet(ann)


def test_a_single_place_picked_names_that_one() -> None:
    ann = _read(_uel(7, _RECITAL + "\n\n工作机制决定，上述三家企业中的第三家自2038年3月2日起恢复实施该公告规定的"
                                   "处理措施。", "2038年2月26日"))
    assert _names(ann) == [("红色六方案公司", "Red Six Solutions", "organization")]
    _quiet(ann)


def test_places_picked_from_a_listing_recited_only_in_part_are_a_doubt() -> None:
    recital = ("2025年4月9日，不可靠实体清单工作机制发布公告（〔2025〕7号），将斯凯迪奥公司（Skydio Inc.）、"
               "BRINC无人机公司（BRINC Drones,Inc.）等5家美国企业列入不可靠实体清单。")
    ann = _read(_uel(8, recital + "\n\n工作机制决定，前述5家企业中的第三家和第四家自2038年3月2日起恢复实施该公告规定的"
                                  "处理措施。", "2038年2月26日"))
    assert _flagged(ann, "place") and _flagged(ann, "picks some")


def test_words_before_a_dunhao_join_a_name_only_where_its_english_lists_divisions_too() -> None:
    from policywatch.parsers.entities import prose_orgs

    assert prose_orgs("鉴于莱多斯公司、监控研究公司（IP Video Market Info, Inc.）违反承诺") == [
        ("监控研究公司", "IP Video Market Info, Inc.", "")]
    assert prose_orgs("参与对台军售、监控研究公司（IP Video Market Info, Inc.）等") == [
        ("监控研究公司", "IP Video Market Info, Inc.", "")]
    assert [p[0] for p in prose_orgs("鉴于波音防务、空间与安全集团（Boeing Defense, Space & Security）参与")] == [
        "波音防务、空间与安全集团"]
