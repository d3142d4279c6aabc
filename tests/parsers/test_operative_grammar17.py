"""The operative-sentence grammar on the shapes of the eighteenth blind set, and the second reading's doubts on the
kinds of mistake it made there: customs' 出口监管, a stated range whose end disagrees with its length, 有效期, 上述公告
after a start date, an English name wrapped over two lines, 所涉 over two lists, 予以列入 with names put apart by ，,
groups numbered inline (一是/二是), names opening the line after a colon, a default for later (如无新的决定) and a
start that is no date. Texts written for these tests (issue 16), never copies of any held-out text; the entities
are real listed ones (shared facts), the items, numbers and dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.crosscheck import name_doubts, range_doubts, target_doubts
from policywatch.parsers.review import is_relevant, review_reasons
from policywatch.parsers.types import Action, Entity


def _gacc(body: str, day: str = "2039年3月2日") -> str:
    return (f"海关总署公告2039年第4号（关于对高纯铍粉相关物项实施出口监管的公告）\n\n{body}\n\n"
            f"　　特此公告。\n\n海关总署\n{day}\n")


_SUPERVISE = ("根据《中华人民共和国出口管制法》，海关总署决定，自2039年4月1日起，对高纯铍粉（纯度不低于99.5%）"
              "实施出口{verb}，出口时须向海关提交两用物项和技术出口许可证件。")


def test_customs_chukou_jianguan_under_a_licence_is_an_item_control() -> None:
    ann = _read(_gacc(_SUPERVISE.format(verb="监管")))
    assert ann["doc_id"] == "GACC-2039-4"
    assert _acts(ann) == [("control", "ITEM", "2039-04-01", None, ())]
    _quiet(ann)


def test_a_decision_requiring_a_dual_use_licence_by_a_verb_not_known_is_relevant_and_flagged() -> None:
    text = _gacc(_SUPERVISE.format(verb="查核"))
    assert is_relevant(text, "GACC-2039-4", "海关总署")
    ann = _read(text)
    assert ann["actions"] == [] and _flagged(ann, "no action read")


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    number_text = f"商务部公告2039年第{number}号"
    return _head(f"{number_text} {title}", number_text, day) + f"{body}\n\n商务部\n{day}\n"


def test_a_range_whose_end_disagrees_with_its_length_keeps_the_printed_end_and_is_flagged() -> None:
    ann = _read(_mofcom(
        6, "关于暂停对3家美国实体实施出口管制管控措施的公告",
        "根据《中华人民共和国出口管制法》有关规定，商务部决定，对商务部公告2025年第51号所列3家美国实体暂停实施该公告"
        "规定的管控措施，暂停期限为60天，自2039年3月1日起至2039年5月31日止。", "2039年2月20日"))
    assert _acts(ann) == [("suspend", "ECL", "2039-03-01", "2039-05-31", ("MOFCOM-2025-51",))]
    assert _flagged(ann, "which end is meant")


def test_a_range_agreeing_with_its_length_either_way_of_counting_is_no_doubt() -> None:
    assert range_doubts("暂停期限为60天，自2039年3月1日起至2039年4月30日止。") == []
    assert range_doubts("为期一年，自2039年1月1日起至2039年12月31日止。") == []
    assert range_doubts("为期一年，自2039年1月1日起至2039年10月31日止。")


def test_youxiaoqi_after_the_suspension_states_its_period() -> None:
    ann = _read(_mofcom(
        8, "关于暂停对2家日本实体实施出口管制管控措施的公告",
        "根据《中华人民共和国出口管制法》有关规定，商务部决定，对商务部公告2026年第11号所列实体中的三菱造船株式会社"
        "（Mitsubishi Heavy Industries Shipbuilding Co.）和川崎重工航空宇宙系统公司（Kawasaki Heavy Industries "
        "Aerospace Systems Company）暂停实施该公告规定的管控措施，有效期六个月，自2039年4月10日起算。", "2039年4月2日"))
    assert _acts(ann) == [("suspend", "ECL", "2039-04-10", "2039-10-10", ("MOFCOM-2026-11",))]
    _quiet(ann)


def test_a_suspension_with_a_youxiaoqi_and_no_end_read_is_a_doubt() -> None:
    text = "商务部决定，对商务部公告2026年第11号所列实体暂停实施管控措施，有效期一年，自2039年4月10日起算。"
    action = Action("suspend", "ECL", (), ("MOFCOM-2026-11",), dt.date(2039, 4, 10), None, False, (), None)
    reasons = review_reasons(text, text.split("\n"), [], "MOFCOM-2039-8", "商务部", dt.date(2039, 4, 2), (action,), [])
    assert any("no end date" in r for r in reasons)


def test_a_removal_of_shangshu_gonggao_after_a_start_date_leaves_the_listing_cited_before() -> None:
    ann = _read(_mofcom(
        12, "关于将2家美国实体调出出口管制管控名单的公告",
        "商务部于2025年3月4日发布公告（商务部公告2025年第13号），将莱多斯公司等15家美国实体列入出口管制管控名单。\n\n"
        "根据《中华人民共和国出口管制法》有关规定，商务部决定自2039年6月1日起，将上述公告所列莱多斯公司（Leidos）、"
        "SourceMap公司（Sourcemap, Inc.）调出出口管制管控名单。", "2039年5月20日"))
    assert _acts(ann) == [("remove", "ECL", "2039-06-01", None, ("MOFCOM-2025-13",))]
    assert [n[1] for n in _names(ann)] == ["Leidos", "Sourcemap, Inc."]
    _quiet(ann)


def test_a_target_dated_on_a_day_the_text_states_only_as_a_start_is_a_doubt() -> None:
    leidos = Entity("莱多斯公司", "Leidos")
    action = Action("remove", "ECL", (leidos,), ("ECL@2039-06-01",), dt.date(2039, 6, 1), None, False, (), None)
    assert target_doubts("商务部决定自2039年6月1日起，将上述公告所列莱多斯公司调出。", (action,))
    assert target_doubts("对2039年6月1日公告所列莱多斯公司，商务部决定将其调出。", (action,)) == []


def _uel(number: int, body: str, day: str) -> str:
    return f"不可靠实体清单工作机制公告\n〔2039〕{number}号\n\n{body}\n\n不可靠实体清单工作机制\n{day}\n"


def test_an_english_name_wrapped_over_two_lines_keeps_its_space() -> None:
    ann = _read(_uel(
        3, "2039年5月6日起，不可靠实体清单工作机制对不可靠实体清单工作机制公告〔2025〕8号所列护盾人工智能公司"
           "（Shield AI,Inc.）和边缘自治运营公司（Edge Autonomy\nOperations LLC）恢复实施该公告规定的处理措施。",
        "2039年5月1日"))
    assert _acts(ann) == [("resume", "UEL", "2039-05-06", None, ("UEL-2025-8",))]
    assert [n[1] for n in _names(ann)] == ["Shield AI,Inc.", "Edge Autonomy Operations LLC"]
    _quiet(ann)


def test_a_name_read_that_the_text_does_not_print_is_a_doubt() -> None:
    text = ("不可靠實體清單工作機制決定，對護盾人工智能公司（Shield AI,Inc.）和邊緣自治運營公司（Edge Autonomy\n"
            "Operations LLC）恢復實施處理措施。")
    right = Action("resume", "UEL", (Entity("边缘自治运营公司", "Edge Autonomy Operations LLC"),), ("UEL-2025-8",),
                   None, None, False, (), None)
    glued = Action("resume", "UEL", (Entity("边缘自治运营公司", "Edge AutonomyOperations LLC"),), ("UEL-2025-8",),
                   None, None, False, (), None)
    assert name_doubts(text, (right,)) == []
    assert name_doubts(text, (glued,))


def test_one_qa_sentence_over_two_listings_said_with_suoshe_gives_an_action_per_list() -> None:
    ann = _read(
        "商务部新闻发言人就部分清单措施暂停安排答记者问\n来源：商务部新闻办公室　2039-07-01 19:00\n\n"
        "问：中方对有关美国实体的措施有何安排？\n"
        "答：经研究，自北京时间2039年7月3日零时起，对不可靠实体清单工作机制公告〔2025〕8号和商务部公告2025年第22号"
        "所涉美国实体，继续暂停实施相关措施，为期30天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2039-07-03", "2039-08-02", ("UEL-2025-8",)),
                          ("suspend", "ECL", "2039-07-03", "2039-08-02", ("MOFCOM-2025-22",))]
    _quiet(ann)


def test_yuyi_lieru_with_names_put_apart_by_commas_because_one_holds_a_dunhao() -> None:
    ann = _read(_uel(
        4, "经不可靠实体清单工作机制研究，工作机制决定予以列入不可靠实体清单：洛克希德·马丁公司（Lockheed Martin "
           "Corporation），波音防务、空间与安全集团（Boeing Defense, Space & Security），通用动力公司（General "
           "Dynamics）。\n\n　　本公告即日起施行。", "2039年7月8日"))
    assert _acts(ann) == [("add", "UEL", "2039-07-08", None, ())]
    assert [n[0] for n in _names(ann)] == ["洛克希德·马丁公司", "波音防务、空间与安全集团", "通用动力公司"]
    _quiet(ann)


_LAW = "依据《中华人民共和国反外国制裁法》第三条、第四条、第五条、第六条、第九条、第十五条，中方决定"


def test_groups_numbered_inline_with_yishi_and_ershi_each_take_their_measures() -> None:
    ann = _read(
        "关于对美国有关企业及其高级管理人员采取反制措施的决定\n（2039年8月1日中华人民共和国外交部令第130号公布，自公布之日起"
        "施行）\n\n" + _LAW + "采取以下反制措施：一是对先进声学概念有限责任公司（Advanced Acoustic Concepts）、VSE公司"
        "（VSE Corporation），冻结其在我国境内的动产、不动产和其他各类财产；二是对上述企业高级管理人员帕尔默·卢基"
        "（Palmer Luckey）和杰伊·霍夫利奇（Jay Hoflich），不予签发签证、不准入境。\n\n外交部\n2039年8月1日\n")
    assert _acts(ann) == [("add", "CML", "2039-08-01", None, ()), ("add", "CML", "2039-08-01", None, ())]
    assert [n[1] for n in _names(ann, 0)] == ["Advanced Acoustic Concepts", "VSE Corporation"]
    assert [n[2] for n in _names(ann, 1)] == ["person", "person"]
    _quiet(ann)


def test_names_opening_the_line_after_the_colon_are_the_object_of_yixia_liangjia() -> None:
    ann = _read(
        "中华人民共和国外交部令\n\n关于对美国先进声学概念有限责任公司等两家企业采取反制裁措施的决定\n\n第131号\n\n"
        "　　" + _LAW + "将以下两家企业列入反制裁清单，并予以相应处理：\n\n"
        "　　先进声学概念有限责任公司（Advanced Acoustic Concepts）、VSE公司（VSE Corporation）在我国境内的动产、"
        "不动产和其他各类财产予以冻结。\n\n　　本决定自2039年8月5日起施行。\n\n外交部\n2039年8月5日\n")
    assert _acts(ann) == [("add", "CML", "2039-08-05", None, ())]
    assert [n[1] for n in _names(ann)] == ["Advanced Acoustic Concepts", "VSE Corporation"]
    _quiet(ann)


def test_a_resumption_told_as_the_default_when_no_new_decision_comes_is_no_change() -> None:
    ann = _read(
        "中华人民共和国商务部令\n二○三九年第二号\n\n　　经国家反外国制裁工作协调机制批准，商务部决定："
        "自二○三九年三月一日起至二○三九年八月三十一日止，对商务部令二○二五年第5号所列UAB Urbo Bankas和"
        "AB Mano Bankas两家实体，暂停实施该令规定的反制措施。\n\n"
        "　　暂停期满后，如无新的决定，上述措施恢复执行。\n\n部长\n二○三九年二月二十日\n")
    assert _acts(ann) == [("suspend", "CML", "2039-03-01", "2039-08-31", ("MOFCOM-ORDER-2025-5",))]
    _quiet(ann)


def test_a_removal_whose_stated_start_is_no_date_starts_unknown_and_is_flagged() -> None:
    ann = _read(_uel(
        6, "不可靠实体清单工作机制决定，自2039年4月31日起，将不可靠实体清单工作机制〔2025〕6号公告所列美国因美纳公司"
           "（Illumina, Inc.）移出不可靠实体清单。", "2039年4月20日"))
    assert _acts(ann) == [("remove", "UEL", None, None, ("UEL-2025-6",))]
    assert ann["needs_review"]
