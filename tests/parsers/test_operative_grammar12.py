"""The operative-sentence grammar on an extension of a suspension whose expiry is told first, issuers of a press
office and of a spokesperson's briefing, and the probe round after the twelfth blind set: texts written for these
tests (issue 16), never copies of any held-out text. Names, numbers and dates are made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names as _names
from grammar_helpers import names_zh_en as _names_zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

_UEL_SIGNED = "\n\n特此公告。\n\n不可靠实体清单工作机制\n{day}\n"


def _extension(decision: str) -> str:
    return (_head("不可靠实体清单工作机制关于延长对北风雷达公司等2家企业暂停实施处理措施期限的公告",
                  "不可靠实体清单工作机制公告〔2034〕2号", "2034年03月15日")
            + "对2031年6月2日公告（〔2031〕5号）所列北风雷达公司（Northwind Radar Inc.）和银鹰动力公司"
            "（Silver Eagle Power, LLC）暂停实施有关处理措施的期限将于2034年3月31日届满。"
            f"{decision}" + _UEL_SIGNED.format(day="2034年3月15日"))


def test_an_expiry_told_before_the_extension_is_no_change_and_the_extension_takes_its_names() -> None:
    ann = _read(_extension("依据《不可靠实体清单规定》，工作机制决定，自2034年4月1日起继续暂停对上述两家企业"
                           "实施有关处理措施，暂停期限延长至2034年9月30日。"))
    assert _acts(ann) == [("suspend", "UEL", "2034-04-01", "2034-09-30", ("UEL-2031-5",))]
    assert _names_zh_en(ann) == [("北风雷达公司", "Northwind Radar Inc."),
                                 ("银鹰动力公司", "Silver Eagle Power, LLC")]
    _quiet(ann)


def test_an_extension_by_a_period_counts_from_its_own_start() -> None:
    ann = _read(_extension("工作机制决定，自2034年4月1日起，继续暂停对前述2家企业实施相关处理措施180天。"))
    assert _acts(ann) == [("suspend", "UEL", "2034-04-01", "2034-09-28", ("UEL-2031-5",))]
    assert len(_names_zh_en(ann)) == 2


def test_a_cancellation_with_its_removal_is_one_removal() -> None:
    ann = _read("中华人民共和国商务部令\n二〇三四年　第三号\n\n经国家反外国制裁工作协调机制批准，现公布《关于取消对"
                "Vesta Kredit AS和Nordvik Bank ASA所采取反制措施的决定》，自二〇三四年五月一日起施行。\n\n商务部\n"
                "二〇三四年四月二十日\n\n关于取消对Vesta Kredit AS和Nordvik Bank ASA所采取反制措施的决定\n\n"
                "二〇三二年七月九日，商务部令二〇三二年第4号将Vesta Kredit AS和Nordvik Bank ASA两家欧盟银行列入"
                "反制清单。\n\n鉴于情况变化，根据《中华人民共和国反外国制裁法》有关规定，中方决定取消对上述两家银行采"
                "取的反制措施，"
                "并将其从反制清单中移出。\n")
    assert _acts(ann) == [("remove", "CML", "2034-05-01", None, ("MOFCOM-ORDER-2032-4",))]


def test_a_press_office_of_customs_is_customs() -> None:
    ann = _read("海关总署召开新闻发布会介绍2034年一季度进出口情况\n2034-04-14 10:00　来源：海关总署新闻办公室\n\n"
                "海关总署新闻发言人介绍，一季度我国货物贸易进出口总值同比增长2.1%，两用物项出口许可证件通关便利化水平"
                "持续提升。\n")
    assert ann["issuer"] == "海关总署"
    assert ann["actions"] == []
    assert not ann["needs_review"]


def test_a_briefing_of_the_foreign_ministry_spokesperson_is_the_ministry() -> None:
    ann = _read("2034年6月3日外交部发言人主持例行记者会\n\n问：中方是否会将有关美国企业列入反制清单？\n\n"
                "答：中方将视情依法作出回应，我目前没有可以发布的信息。\n")
    assert ann["issuer"] == "外交部"
    assert ann["actions"] == []
    assert not ann["needs_review"]


def test_qi_pointing_at_the_numbered_names_below_the_colon_takes_them() -> None:
    ann = _read(_head("商务部公告2034年第19号 关于将两家外国实体列入出口管制关注名单的公告", "商务部公告2034年第19号",
                      "2034年06月05日")
                + "经核查，以下实体未能配合商务部开展最终用户和最终用途核查，商务部决定将其列入出口管制关注名单：\n\n"
                "1. 远航材料公司（Far Voyage Materials Inc.）\n2. 星河测控公司（Galaxy Measurement Co.）\n\n"
                "本公告自公布之日起实施。\n\n商务部\n2034年6月5日\n")
    assert _acts(ann) == [("add", "ECWL", "2034-06-05", None, ())]
    assert _names_zh_en(ann) == [("远航材料公司", "Far Voyage Materials Inc."),
                                 ("星河测控公司", "Galaxy Measurement Co.")]
    _quiet(ann)


def test_a_period_right_after_the_start_reads_with_the_suspension() -> None:
    ann = _read(_head("商务部公告2034年第25号 关于暂停对部分实体实施管控措施的公告", "商务部公告2034年第25号",
                      "2034年07月10日")
                + "根据《中华人民共和国出口管制法》有关规定，商务部决定，自2034年7月15日起六个月内暂停对商务部公告"
                "2034年第18号所列雷霆动力公司（Thunder Power Inc.）实施该公告规定的管控措施。"
                "\n\n商务部\n2034年7月10日\n")
    assert _acts(ann) == [("suspend", "ECL", "2034-07-15", "2035-01-15", ("MOFCOM-2034-18",))]
    assert _names_zh_en(ann) == [("雷霆动力公司", "Thunder Power Inc.")]
    _quiet(ann)


def test_an_order_signed_by_the_office_and_the_ministers_name_is_dated_by_the_line_below() -> None:
    ann = _read("中华人民共和国外交部令\n第95号\n\n《外交部关于对美国国会众议员詹姆斯·奥尔登采取反制措施的决定》"
                "已于2034年9月1日经外交部部务会议审议通过，现予公布，自公布之日起施行。\n\n外交部部长　李某某\n"
                "2034年9月2日\n\n外交部关于对美国国会众议员詹姆斯·奥尔登采取反制措施的决定\n\n"
                "美国国会众议员詹姆斯·奥尔登（James Alden）"
                "近年来在涉台问题上持续挑衅。根据《中华人民共和国反外国制裁法》有关规定，外交部决定对詹姆斯·奥尔登采取"
                "反制措施："
                "冻结其在我国境内的动产、不动产和其他各类财产；禁止其入境。\n")
    assert ann["published"] == "2034-09-02"
    assert _acts(ann) == [("add", "CML", "2034-09-02", None, ())]
    _quiet(ann)


def _mofcom(number: int, title: str, body: str, day: str = "2034年11月3日") -> str:
    return (_head(f"商务部公告2034年第{number}号 {title}", f"商务部公告2034年第{number}号", day)
            + body + f"\n\n本公告自公布之日起实施。\n\n商务部\n{day}\n")


def test_numbered_names_after_the_colon_on_one_line_are_each_a_name_without_their_number() -> None:
    ann = _read(_mofcom(50, "关于将雷鸣航天公司等3家实体列入出口管制管控名单的公告",
                        "商务部决定将以下3家美国实体列入出口管制管控名单：1.雷鸣航天公司（Thunderclap Aerospace Inc.）"
                        "；"
                        "2.白杨科技公司（White Poplar Technologies）；3.深海声学公司（Deep Sea Acoustics LLC）。"
                        "禁止向上述实体出口两用物项。"))
    assert _acts(ann) == [("add", "ECL", "2034-11-03", None, ())]
    assert [zh for zh, _ in _names_zh_en(ann)] == ["雷鸣航天公司", "白杨科技公司", "深海声学公司"]
    _quiet(ann)


def test_qizhong_picking_one_of_a_listing_is_no_part_of_the_name() -> None:
    ann = _read(_mofcom(52, "关于将部分实体移出出口管制管控名单的公告",
                        "2034年6月2日，商务部发布2034年第18号公告，将雷霆动力公司等4家美国实体列入出口管制管控名单。"
                        "经审查，商务部决定将其中北极光学公司（Arctic Optics LLC）移出管控名单。"))
    assert _acts(ann) == [("remove", "ECL", "2034-11-03", None, ("MOFCOM-2034-18",))]
    assert _names_zh_en(ann) == [("北极光学公司", "Arctic Optics LLC")]
    _quiet(ann)


def test_ending_the_measures_and_removing_qi_from_the_list_after_the_verb_is_one_removal() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2034〕10号\n\n工作机制决定，自2034年12月1日起，终止对〔2034〕5号公告所列"
                "灰狼电子公司（Grey Wolf Electronics LLC）实施处理措施，并将其移出不可靠实体清单。"
                + _UEL_SIGNED.format(day="2034年11月25日"))
    assert _acts(ann) == [("remove", "UEL", "2034-12-01", None, ("UEL-2034-5",))]
    assert _names_zh_en(ann) == [("灰狼电子公司", "Grey Wolf Electronics LLC")]
    _quiet(ann)


def test_naru_a_list_adds_to_it() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2034〕11号\n\n根据《不可靠实体清单规定》有关规定，工作机制决定将"
                "雄鹰无人系统公司（Falcon Unmanned Systems Inc.）纳入不可靠实体清单，禁止该企业从事与中国有关的进出口"
                "活动。"
                "本公告自2034年12月5日起实施。" + _UEL_SIGNED.format(day="2034年12月2日"))
    assert _acts(ann) == [("add", "UEL", "2034-12-05", None, ())]
    assert _names_zh_en(ann) == [("雄鹰无人系统公司", "Falcon Unmanned Systems Inc.")]
    _quiet(ann)


def test_a_countermeasure_from_jiri_on_persons_named_by_role_in_the_title() -> None:
    ann = _read("中华人民共和国外交部令\n第97号\n\n关于对美国前国务卿庞某某、美国国会众议员史某某采取反制措施的决定\n\n"
                "美国前国务卿庞某某、美国国会众议员史某某长期在涉华问题上散布谣言。"
                "根据《中华人民共和国反外国制裁法》有关规定，外交部决定自即日起对上述二人采取反制措施：禁止其本人及直"
                "系亲属入境。"
                "\n\n外交部\n2034年12月28日\n")
    assert _acts(ann) == [("add", "CML", "2034-12-28", None, ())]
    assert [(zh, kind) for zh, _en, kind in _names(ann)] == [("庞某某", "person"), ("史某某", "person")]
    _quiet(ann)


_DISCIPLINE = ("关于对台湾地区“台独”顽固分子及其关联企业采取惩戒措施的决定\n\n（2034年12月22日中华人民共和国外交部令第"
               "96号"
               "公布，自公布之日起施行）\n\n近年来，台湾地区某政党前负责人林某华、台湾地区某基金会董事长陈某德勾连外部"
               "势力。"
               "根据《中华人民共和国反外国制裁法》有关规定，中方决定对林某华、陈某德及其关联企业宏远投资股份有限公司"
               "采取以下措施：\n\n一、禁止上述人员及其直系亲属入境；\n二、禁止上述企业与境内组织、个人进行交易、合作。"
               "\n\n"
               "外交部\n2034年12月22日\n")


def test_measures_under_the_countermeasure_law_by_another_name_are_countermeasures_per_group() -> None:
    ann = _read(_DISCIPLINE)
    assert _acts(ann) == [("add", "CML", "2034-12-22", None, ()), ("add", "CML", "2034-12-22", None, ())]
    assert _names(ann, 0) == [("林某华", None, "person"), ("陈某德", None, "person")]
    assert _names(ann, 1) == [("宏远投资股份有限公司", None, "organization")]
    _quiet(ann)


def test_an_unnumbered_decision_under_the_countermeasure_law_is_never_silent() -> None:
    ann = _read(_DISCIPLINE.replace("（2034年12月22日中华人民共和国外交部令第96号公布，自公布之日起施行）\n\n", ""))
    assert len(ann["actions"]) == 2
    assert _flagged(ann, "provisional")


def test_whether_to_take_countermeasures_decides_nothing() -> None:
    ann = _read("外交部发言人就美方对华制裁答记者问\n来源：外交部　2035-01-05 17:00\n\n问：中方将如何回应？\n\n"
                "答：美方的做法严重违反国际法。中方将根据《中华人民共和国反外国制裁法》，决定是否对有关人员采取反制措"
                "施。\n")
    assert ann["actions"] == []
    assert not ann["needs_review"]


def test_what_a_regulation_allows_a_body_to_decide_is_no_decision() -> None:
    ann = _read("商务部有关负责人就《中华人民共和国反外国制裁法》实施条例答记者问\n来源：商务部新闻办公室　2035-01-08 "
                "16:00"
                "\n\n问：条例对反制清单作了哪些规定？\n\n答：条例明确，国务院有关部门可以决定将参与实施歧视性限制措施"
                "的个人、"
                "组织列入反制清单，并采取冻结财产等反制措施。条例还规定了暂停、变更或者取消反制措施的程序。\n")
    assert ann["actions"] == []
    assert not ann["needs_review"]


def test_a_reprint_lead_with_yu_before_the_day_gives_the_notices_number() -> None:
    ann = _read("商務部將北極光學公司移出管控名單\n2034-11-12 08:30　來源：某某日報\n\n【某某日報訊】據商務部網站消息，"
                "商務部於2034年11月10日發布2034年第52號公告，決定將北極光學公司（Arctic Optics LLC）移出出口管制管控名"
                "單"
                "（商務部公告2034年第18號）。\n")
    assert ann["doc_id"] == "MOFCOM-2034-52"
    assert ann["issuer"] == "商务部"
    assert _acts(ann) == [("remove", "ECL", "2034-11-10", None, ("MOFCOM-2034-18",))]
    _quiet(ann)


def test_entities_listed_by_a_mofcom_notice_beside_a_uel_one_are_on_the_control_list() -> None:
    ann = _read("商务部新闻发言人就调整部分清单措施答记者问\n来源：商务部新闻办公室　2035-01-28 21:00\n\n问：能否介绍"
                "有关情况？"
                "\n\n答：自北京时间2035年2月1日零时起，不可靠实体清单工作机制对2034年5月8日公告（〔2034〕5号）所列实体"
                "、"
                "商务部对商务部公告2034年第18号所列实体，暂停实施相关措施90日。\n")
    assert _acts(ann) == [("suspend", "UEL", "2035-02-01", "2035-05-02", ("UEL-2034-5",)),
                          ("suspend", "ECL", "2035-02-01", "2035-05-02", ("MOFCOM-2034-18",))]
    _quiet(ann)


def test_list_names_with_mingdan_and_qingdan_swapped_are_the_same_lists() -> None:
    uel = _read("不可靠实体清单工作机制公告\n〔2035〕2号\n\n工作机制决定将黑石导航公司（Blackstone Navigation Inc.）列"
                "入"
                "不可靠实体名单。本公告自公布之日起实施。" + _UEL_SIGNED.format(day="2035年2月5日"))
    ecl = _read(_mofcom(14, "关于将赤狐电子公司列入出口管制管控清单的公告",
                        "商务部决定将赤狐电子公司（Red Fox Electronics Inc.）列入出口管制管控清单。", "2035年2月8日"))
    cml = _read("中华人民共和国商务部令\n2035年第1号\n\n根据《中华人民共和国反外国制裁法》，商务部决定将北海造船集团"
                "（North Sea Shipbuilding Group）列入反制名单。本决定自公布之日起施行。\n\n商务部\n2035年2月10日\n")
    assert [_acts(a)[0][:2] for a in (uel, ecl, cml)] == [("add", "UEL"), ("add", "ECL"), ("add", "CML")]
    for ann in (uel, ecl, cml):
        _quiet(ann)


def test_gai_shiti_is_the_one_entity_named_before_the_decision() -> None:
    ann = _read(_mofcom(15, "关于将部分实体移出出口管制关注名单的公告",
                        "经核查，远航材料公司（Far Voyage Materials Inc.）已配合完成最终用户和最终用途核查。商务部决定"
                        "将"
                        "该实体移出关注名单。", "2035年2月12日"))
    assert _acts(ann) == [("remove", "ECWL", "2035-02-12", None, ())]
    assert _names_zh_en(ann) == [("远航材料公司", "Far Voyage Materials Inc.")]
    _quiet(ann)


def test_gai_shiti_with_two_names_before_it_is_flagged() -> None:
    ann = _read(_mofcom(15, "关于将部分实体移出出口管制关注名单的公告",
                        "经核查，远航材料公司（Far Voyage Materials Inc.）和星河测控公司（Galaxy Measurement Co.）已配"
                        "合"
                        "核查。商务部决定将该实体移出关注名单。", "2035年2月12日"))
    assert _flagged(ann, "states 1")


def test_a_listing_stated_from_its_start_without_jueding_is_read() -> None:
    ann = _read(_mofcom(20, "关于将飞鱼雷达公司等2家实体列入出口管制管控名单的公告",
                        "根据《中华人民共和国出口管制法》有关规定，自2035年3月1日起，商务部将飞鱼雷达公司（Flying Fish"
                        " Radar "
                        "Inc.）、金雕光电公司（Golden Eagle Optronics LLC）列入出口管制管控名单。", "2035年2月25日"))
    assert _acts(ann) == [("add", "ECL", "2035-03-01", None, ())]
    assert len(_names_zh_en(ann)) == 2
    _quiet(ann)


def test_xianjiang_a_listing_is_read() -> None:
    ann = _read(_mofcom(21, "关于将两家实体列入出口管制管控名单的公告",
                        "为维护国家安全和利益，现将青松航电公司（Green Pine Avionics Inc.）和紫晶半导体公司（Amethyst "
                        "Semiconductor Corp.）列入出口管制管控名单。", "2035年2月26日"))
    assert _acts(ann) == [("add", "ECL", "2035-02-26", None, ())]
    _quiet(ann)


def test_a_listing_told_as_background_in_a_qa_is_no_listing() -> None:
    ann = _read("商务部新闻发言人就出口管制有关问题答记者问\n来源：商务部新闻办公室　2035-03-01 18:00\n\n问：有关情况"
                "如何？\n\n"
                "答：自2035年3月1日起，商务部将飞鱼雷达公司（Flying Fish Radar Inc.）列入出口管制管控名单一事，"
                "已于此前公告。\n")
    assert ann["actions"] == []


def test_no_longer_taking_countermeasures_against_a_listed_entity_is_no_new_listing() -> None:
    ann = _read("中华人民共和国商务部令\n2035年第4号\n\n根据《中华人民共和国反外国制裁法》，商务部决定，自2035年3月15"
                "日起，"
                "对商务部令2035年第1号所列北海造船集团（North Sea Shipbuilding Group）不再实施反制措施。\n\n商务部\n"
                "2035年3月12日\n")
    assert _acts(ann) == [("terminate", "CML", "2035-03-15", None, ("MOFCOM-ORDER-2035-1",))]
    assert _names_zh_en(ann) == [("北海造船集团", "North Sea Shipbuilding Group")]
    _quiet(ann)


def test_a_lifting_on_gai_qiye_takes_the_one_company_named_before() -> None:
    ann = _read("关于解除对北海造船集团所采取反制措施的决定\n\n（2035年3月5日中华人民共和国外交部令第102号公布，"
                "自2035年3月10日起施行）\n\n鉴于北海造船集团（North Sea Shipbuilding Group）已停止有关行为，"
                "外交部决定解除对该企业采取的反制措施。\n")
    assert _acts(ann) == [("remove", "CML", "2035-03-10", None, ())]
    assert _names_zh_en(ann) == [("北海造船集团", "North Sea Shipbuilding Group")]
    _quiet(ann)


def test_a_table_of_bars_under_a_titled_annex_with_a_head_row_is_read() -> None:
    ann = _read(_head("商务部公告2035年第22号 关于将3家实体列入出口管制管控名单的公告", "商务部公告2035年第22号",
                      "2035年03月18日")
                + "商务部决定将附件所列2家美国实体列入出口管制管控名单。本公告自公布之日起实施。\n\n附件：出口管制管控"
                  "名单\n\n"
                "| 序号 | 中文名称 | 英文名称 |\n|---|---|---|\n| 1 | 雪豹动力公司 | Snow Leopard Power Inc. |\n"
                "| 2 | 山猫系统公司 | Lynx Systems Corp. |\n\n商务部\n2035年3月18日\n")
    assert _names_zh_en(ann) == [("雪豹动力公司", "Snow Leopard Power Inc."), ("山猫系统公司", "Lynx Systems Corp.")]
    _quiet(ann)


def test_an_english_name_first_with_the_chinese_in_its_bracket_is_read_both_ways() -> None:
    ann = _read(_mofcom(23, "关于将2家实体列入出口管制管控名单的公告",
                        "商务部决定将Hawkeye Sensors Inc.（鹰眼传感器公司）和Orion Dynamics LLC（猎户座动力公司）列入"
                        "出口管制管控名单。", "2035年3月19日"))
    assert _names_zh_en(ann) == [("鹰眼传感器公司", "Hawkeye Sensors Inc."), ("猎户座动力公司", "Orion Dynamics LLC")]
    _quiet(ann)


def test_a_start_worded_with_cong_reads_as_zi() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2035〕4号\n\n工作机制决定，从2035年4月1日起暂停对〔2034〕5号公告所列"
                "蓝脊航空公司（Blue Ridge Aeronautics Inc.）实施处理措施，为期12个月。"
                + _UEL_SIGNED.format(day="2035年3月25日"))
    assert _acts(ann) == [("suspend", "UEL", "2035-04-01", "2036-04-01", ("UEL-2034-5",))]
    assert _names_zh_en(ann) == [("蓝脊航空公司", "Blue Ridge Aeronautics Inc.")]
    _quiet(ann)


def test_a_bare_date_start_and_a_listing_cited_by_its_day_read_the_named_entity() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2035〕5号\n\n工作机制决定，2035年4月10日起，对2034年5月8日公告所列"
                "海岬防务公司（Cape Defense Corp.）暂停实施处理措施至2035年10月9日。"
                + _UEL_SIGNED.format(day="2035年4月2日"))
    assert _acts(ann) == [("suspend", "UEL", "2035-04-10", "2035-10-09", ("UEL@2034-05-08",))]
    assert _names_zh_en(ann) == [("海岬防务公司", "Cape Defense Corp.")]
    _quiet(ann)


def test_names_numbered_yi_er_below_the_colon_are_the_object() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2035〕6号\n\n工作机制决定将下列企业列入不可靠实体清单，自2035年5月1日起"
                "实施："
                "\n\n一、闪电无人机公司（Lightning Drones Inc.）\n二、重锤军工公司\n\n对上述企业采取以下处理措施："
                "禁止上述企业从事与中国有关的进出口活动。" + _UEL_SIGNED.format(day="2035年4月25日"))
    assert _acts(ann) == [("add", "UEL", "2035-05-01", None, ())]
    assert _names_zh_en(ann) == [("闪电无人机公司", "Lightning Drones Inc."), ("重锤军工公司", None)]
    _quiet(ann)


def test_xialie_shiti_of_a_cited_listing_takes_the_numbered_names_below_the_colon() -> None:
    ann = _read(_head("商务部公告2035年第30号 关于暂停部分管控措施的公告", "商务部公告2035年第30号", "2035年04月05日")
                + "商务部决定对商务部公告2034年第18号所列下列实体暂停实施管控措施，暂停期限为半年，自2035年4月8日起计"
                  "算："
                "\n\n1. 雷霆动力公司（Thunder Power Inc.）\n2. 钢翼科技公司（Steel Wing Technologies Inc.）\n\n特此公"
                "告。"
                "\n\n商务部\n2035年4月5日\n")
    assert _acts(ann) == [("suspend", "ECL", "2035-04-08", "2035-10-08", ("MOFCOM-2034-18",))]
    assert [zh for zh, _ in _names_zh_en(ann)] == ["雷霆动力公司", "钢翼科技公司"]
    _quiet(ann)


def test_bufen_shiti_of_a_cited_listing_takes_the_names_after_juti_wei() -> None:
    ann = _read("商务部新闻发言人就部分清单措施答记者问\n来源：商务部新闻办公室　2035-04-20 20:00\n\n问：请介绍有关情"
                "况。\n\n"
                "答：商务部决定，自2035年4月21日起，对商务部公告2034年第18号所列部分实体暂停实施管控措施，期限一年，"
                "具体为：北极光学公司（Arctic Optics LLC）、红岩系统公司（Red Rock Systems Corp.）。\n")
    assert _acts(ann) == [("suspend", "ECL", "2035-04-21", "2036-04-21", ("MOFCOM-2034-18",))]
    assert [zh for zh, _ in _names_zh_en(ann)] == ["北极光学公司", "红岩系统公司"]
    _quiet(ann)


def _is_quiet_negative(ann: dict[str, object]) -> bool:
    return ann["actions"] == [] and not ann["needs_review"]


def test_counts_of_entities_in_the_passive_are_no_change() -> None:
    assert _is_quiet_negative(_read(
        "出口管制工作新闻综述\n2035-05-05 09:00　来源：某某商报\n\n据统计，截至2035年4月底，共有120家外国实体被列入出"
        "口管制"
        "管控名单，35家被列入不可靠实体清单，另有12家实体已被移出关注名单。\n"))


def test_a_decision_recalled_from_months_before_a_qa_is_no_decision_of_it() -> None:
    assert _is_quiet_negative(_read(
        "外交部发言人答记者问\n来源：外交部　2035-05-08 16:00\n\n问：外交部此前宣布的反制措施执行情况如何？\n\n"
        "答：2034年9月2日，外交部决定对詹姆斯·奥尔登采取反制措施，相关措施正在依法执行。\n"))


def test_a_qa_on_a_lookup_service_for_the_lists_is_no_change() -> None:
    assert _is_quiet_negative(_read(
        "商务部安全与管制局负责人就出口管制管控名单查询系统上线答记者问\n来源：商务部新闻办公室　2035-05-10 18:00\n\n"
        "问：系统有哪些功能？\n\n答：企业可以通过系统查询有关实体，以及已移出名单、暂停实施管控措施的情况。\n"))


def test_licensing_reopened_beside_a_window_reopened_is_no_change() -> None:
    assert _is_quiet_negative(_read(_mofcom(
        40, "关于恢复办理部分两用物项出口许可的公告",
        "商务部决定自2035年5月15日起恢复办理部分两用物项出口许可申请，此前暂停的线下窗口同时恢复开放。", "2035年5月12"
        "日")))


def test_annex_items_that_label_their_fields_give_both_names() -> None:
    ann = _read(_head("商务部公告2035年第45号 关于将部分实体列入出口管制管控名单的公告", "商务部公告2035年第45号",
                      "2035年06月01日")
                + "商务部决定将附件所列2家实体列入出口管制管控名单。本公告自公布之日起实施。\n\n附件\n\n"
                "1. 中文名称：白鹭航空电子公司；英文名称：Egret Avionics Inc.；地址：美国弗吉尼亚州\n"
                "2. 中文名称：黑曜石材料公司；英文名称：Obsidian Materials LLC\n")
    assert _names_zh_en(ann) == [("白鹭航空电子公司", "Egret Avionics Inc."), ("黑曜石材料公司", "Obsidian Materials L"
                                  "LC")]
    _quiet(ann)


def test_quotes_around_a_name_are_no_part_of_it() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2035〕8号\n\n工作机制决定将“苍鹰防务公司”（Goshawk Defense Inc.）和"
                "“游隼电子公司”（Peregrine Electronics LLC）列入不可靠实体清单。本公告自公布之日起实施。"
                + _UEL_SIGNED.format(day="2035年6月3日"))
    assert _names_zh_en(ann) == [("苍鹰防务公司", "Goshawk Defense Inc."), ("游隼电子公司", "Peregrine Electronics LL"
                                  "C")]
    _quiet(ann)


def test_a_latin_name_with_its_country_in_the_bracket_is_the_english_name() -> None:
    ann = _read(_mofcom(47, "关于将部分实体列入出口管制管控名单的公告",
                        "商务部决定将以下实体列入出口管制管控名单：\n\nFalcon Works GmbH（德国）\nNordlicht Optik AG（"
                        "瑞士）\n\n"
                        "禁止出口经营者向上述实体出口两用物项。", "2035年6月10日"))
    assert _names_zh_en(ann) == [(None, "Falcon Works GmbH"), (None, "Nordlicht Optik AG")]
    _quiet(ann)


def test_yanchang_before_the_suspension_it_extends_reads_the_new_end() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2035〕12号\n\n工作机制决定延长对〔2034〕5号公告所列蓝脊航空公司（Blue R"
                "idge "
                "Aeronautics Inc.）暂停实施处理措施的期限，延长至2036年6月30日。" + _UEL_SIGNED.format(day="2035年6月2"
                "0日"))
    assert _acts(ann) == [("suspend", "UEL", "2035-06-20", "2036-06-30", ("UEL-2034-5",))]
    assert _names_zh_en(ann) == [("蓝脊航空公司", "Blue Ridge Aeronautics Inc.")]
    _quiet(ann)


def test_yanchang_by_a_period_from_an_unknown_end_is_flagged() -> None:
    ann = _read("不可靠实体清单工作机制公告\n〔2035〕12号\n\n工作机制决定延长对〔2034〕5号公告所列蓝脊航空公司（Blue R"
                "idge "
                "Aeronautics Inc.）暂停实施处理措施的期限6个月。" + _UEL_SIGNED.format(day="2035年6月20日"))
    assert ann["needs_review"]


def test_a_second_jiang_clause_of_a_decision_is_a_change_of_its_own() -> None:
    ann = _read(_mofcom(56, "关于对美国实体采取出口管制措施的公告",
                        "商务部决定将冰川雷达公司（Glacier Radar Inc.）列入出口管制管控名单，同时将峡谷动力公司（Canyo"
                        "n "
                        "Power LLC）列入出口管制关注名单。", "2035年7月18日"))
    assert [(a[0], a[1]) for a in _acts(ann)] == [("add", "ECL"), ("add", "ECWL")]
    assert _names_zh_en(ann, 0) == [("冰川雷达公司", "Glacier Radar Inc.")]
    assert _names_zh_en(ann, 1) == [("峡谷动力公司", "Canyon Power LLC")]
    _quiet(ann)


def test_a_removal_then_a_listing_in_one_sentence_give_each_its_own_entity() -> None:
    ann = _read(_mofcom(57, "关于调整出口管制管控名单的公告",
                        "商务部决定将冰川雷达公司（Glacier Radar Inc.）移出出口管制管控名单，将苔原光学公司（Tundra Op"
                        "tics "
                        "Inc.）列入出口管制管控名单。", "2035年7月20日"))
    by_kind = {a["kind"]: [e["name_zh"] for e in a["entities"]] for a in ann["actions"]}
    assert by_kind == {"add": ["苔原光学公司"], "remove": ["冰川雷达公司"]}
    _quiet(ann)


def _two_listings(first: str) -> str:
    return ("不可靠实体清单工作机制公告\n〔2035〕15号\n\n工作机制决定，对〔2034〕5号公告所列" + first + "和〔2035〕2号"
            "公告所列"
            "黑石导航公司（Blackstone Navigation Inc.）暂停实施处理措施，暂停期限为一年，自2035年8月1日起计算。"
            + _UEL_SIGNED.format(day="2035年7月25日"))


def test_names_of_each_of_two_cited_listings_are_all_read() -> None:
    ann = _read(_two_listings("海岬防务公司（Cape Defense Corp.）"))
    assert _acts(ann) == [("suspend", "UEL", "2035-08-01", "2036-08-01", ("UEL-2034-5", "UEL-2035-2"))]
    assert [zh for zh, _ in _names_zh_en(ann)] == ["海岬防务公司", "黑石导航公司"]
    _quiet(ann)


def test_a_whole_listing_beside_names_of_another_is_flagged() -> None:
    ann = _read(_two_listings("实体"))
    assert _flagged(ann, "names no one")


def _uel_change(number: int, sentence: str, day: str) -> str:
    return f"不可靠实体清单工作机制公告\n〔2035〕{number}号\n\n{sentence}" + _UEL_SIGNED.format(day=day)


def test_zhongzhi_and_zanhuan_suspend_with_their_own_period_clause() -> None:
    for verb in ("中止", "暂缓"):
        ann = _read(_uel_change(17, f"工作机制决定，自2035年8月15日起{verb}对〔2034〕5号公告所列灰狼电子公司（Grey Wol"
                                     "f "
                                    f"Electronics LLC）实施处理措施，{verb}期限为一年。", "2035年8月10日"))
        assert _acts(ann) == [("suspend", "UEL", "2035-08-15", "2036-08-15", ("UEL-2034-5",))], verb
        _quiet(ann)


def test_a_trade_remedy_suspended_with_zhongzhi_is_no_change() -> None:
    ann = _read(_head("商务部公告2035年第62号 关于中止反倾销调查的公告", "商务部公告2035年第62号", "2035年08月20日")
                .replace("安全与管制局", "贸易救济调查局")
                + "商务部决定自2035年8月21日起中止对原产于某国的进口猪肉的反倾销调查，中止期限为6个月，并暂缓实施临时"
                  "反倾销措施。"
                "\n\n商务部\n2035年8月20日\n")
    assert ann["actions"] == []
    assert not ann["needs_review"]


def test_diaochu_a_list_removes_from_it() -> None:
    ann = _read(_mofcom(60, "关于将部分实体调出出口管制管控名单的公告",
                        "经审查，商务部决定将苔原光学公司（Tundra Optics Inc.）调出出口管制管控名单（商务部公告2035年"
                        "第57号）。",
                        "2035年8月14日"))
    assert _acts(ann) == [("remove", "ECL", "2035-08-14", None, ("MOFCOM-2035-57",))]
    _quiet(ann)


def test_chexiao_countermeasures_under_a_bracketed_promulgation_line_removes_them() -> None:
    ann = _read("关于撤销对北海造船集团所采取反制措施的决定\n\n（2035年8月12日中华人民共和国外交部令第110号公布，"
                "自公布之日起施行）\n\n外交部决定撤销外交部令第102号对北海造船集团（North Sea Shipbuilding Group）采取"
                "的反制措施。\n")
    assert _acts(ann) == [("remove", "CML", "2035-08-12", None, ("MFA-ORDER-102",))]
    assert _names_zh_en(ann) == [("北海造船集团", "North Sea Shipbuilding Group")]
    _quiet(ann)


def test_gai_shiti_listed_is_the_one_entity_the_prose_names() -> None:
    ann = _read(_mofcom(70, "关于将部分实体列入出口管制管控名单的公告",
                        "近期，白鹭航空电子公司（Egret Avionics Inc.）与外国军方合作研制军用无人机。商务部决定将该实体"
                        "列入"
                        "出口管制管控名单。", "2035年9月1日"))
    assert _acts(ann) == [("add", "ECL", "2035-09-01", None, ())]
    assert _names_zh_en(ann) == [("白鹭航空电子公司", "Egret Avionics Inc.")]
    _quiet(ann)


def test_gai_shiti_listed_with_two_names_in_the_prose_is_flagged() -> None:
    ann = _read(_mofcom(70, "关于将部分实体列入出口管制管控名单的公告",
                        "近期，白鹭航空电子公司（Egret Avionics Inc.）与黑曜石材料公司（Obsidian Materials LLC）合作研"
                        "制军用"
                        "无人机。商务部决定将该实体列入出口管制管控名单。", "2035年9月1日"))
    assert ann["needs_review"]


def test_a_decision_told_in_a_journalists_question_is_no_decision() -> None:
    ann = _read("外交部发言人答记者问\n来源：外交部　2035-10-08 16:00\n\n问：据报道，中方决定对美国某军工企业采取反制"
                "措施，"
                "能否证实？\n\n答：我目前没有可以发布的信息。\n")
    assert ann["actions"] == []
    assert not ann["needs_review"]


def test_a_subsidiary_named_in_an_annex_item_is_an_entry_of_its_own() -> None:
    ann = _read(_mofcom(82, "关于将部分实体列入出口管制管控名单的公告",
                        "商务部决定将下列实体及其子公司列入出口管制管控名单：\n\n1. 北风航空集团（North Wind Aviation "
                        "Group）"
                        "及其在日本的子公司北风日本株式会社（North Wind Japan K.K.）\n2. 南星电子公司（South Star Elec"
                        "tronics "
                        "Inc.）\n", "2035年10月15日"))
    assert [zh for zh, _ in _names_zh_en(ann)] == ["北风航空集团", "北风日本株式会社", "南星电子公司"]
    _quiet(ann)


def test_customs_own_list_of_firms_it_inspects_more_is_not_the_watch_list() -> None:
    ann = _read("海关总署公告2035年第90号（关于将部分企业列入海关重点关注名单的公告）\n【发布单位】海关总署\n"
                "【发布文号】海关总署公告2035年第90号\n【发文日期】2035年10月20日\n\n海关总署决定将甲贸易有限公司、乙"
                "物流有限公司"
                "列入海关重点关注名单，对其进出口货物提高查验比例。\n\n海关总署\n2035年10月20日\n")
    assert ann["actions"] == []
    assert not ann["needs_review"]


def test_goods_put_on_a_list_of_controlled_items_are_an_item_control() -> None:
    ann = _read(_head("商务部 海关总署公告2035年第91号 关于将部分镓相关物项列入管控清单的公告",
                      "商务部 海关总署公告2035年第91号", "2035年10月22日")
                + "经国务院批准，商务部、海关总署决定将氮化镓外延片、砷化镓晶圆列入两用物项出口管控清单，对其出口实施"
                  "管制。"
                "本公告自2035年11月1日起正式实施。\n\n商务部　海关总署\n2035年10月22日\n")
    assert _acts(ann) == [("control", "ITEM", "2035-11-01", None, ())]
    _quiet(ann)


def test_a_removal_of_names_of_two_cited_listings_removes_both() -> None:
    ann = _read(_uel_change(28, "工作机制决定，自2035年11月1日起，将〔2034〕5号公告所列海岬防务公司（Cape Defense "
                                "Corp.）、〔2035〕2号公告所列黑石导航公司（Blackstone Navigation Inc.）"
                                "移出不可靠实体清单。",
                            "2035年10月28日"))
    assert _acts(ann) == [("remove", "UEL", "2035-11-01", None, ("UEL-2034-5", "UEL-2035-2"))]
    assert [zh for zh, _ in _names_zh_en(ann)] == ["海岬防务公司", "黑石导航公司"]
    _quiet(ann)


def test_a_change_of_the_rest_of_a_cited_listing_is_flagged() -> None:
    ann = _read(_mofcom(95, "关于对部分实体恢复实施管控措施的公告",
                        "商务部决定，自2035年11月5日起，对商务部公告2034年第18号所列实体中的北极光学公司（Arctic "
                        "Optics LLC）恢复实施管控措施；对该公告所列其他实体，继续暂停实施管控措施至2036年5月4日。",
                        "2035年11月2日"))
    assert _flagged(ann, "rest of a cited listing")
