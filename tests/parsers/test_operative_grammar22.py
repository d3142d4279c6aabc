"""The shapes the twenty-third blind set showed the grammar did not read: an order numbered in Chinese numerals that
lifts the measures of an order recited in prose, a clause cited after the cited notice's title, numbered measures
below one verb and period, a table of objects and measures, a change whose start is stated as its time, a number
bracketed after the title, a start in the sentence after an item control, the lead of a news page, names inline after
a countermeasure's colon, an annex item's English on its own line, and a citation of a later number of the notice's
own series. Texts written for these tests (issue 16), never copies of any held-out text; the entities are real
listed ones (shared facts), the numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import names_zh_en as _zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def test_an_order_in_chinese_numerals_lifting_the_measures_of_an_order_recited_in_prose() -> None:
    ann = _read("商务部令\n〔二〇四四〕第三号\n\n《商务部关于解除对两家银行反制措施的决定》已经审议通过，现予公布。\n\n"
                "部长\n二〇四四年六月二日\n\n商务部关于解除对两家银行反制措施的决定\n\n"
                "商务部曾以2025年第5号令，依据《中华人民共和国反外国制裁法》，对AB Mano Bankas、UAB Urbo Bankas"
                "两家银行采取反制措施。现商务部决定，自二〇四四年七月一日起，解除对上述两家银行采取的反制措施。\n")
    assert ann["doc_id"] == "MOFCOM-ORDER-2044-3"
    assert ann["published"] == "2044-06-02"
    assert _acts(ann) == [("remove", "CML", "2044-07-01", None, ("MOFCOM-ORDER-2025-5",))]
    assert _zh_en(ann) == [(None, "AB Mano Bankas"), (None, "UAB Urbo Bankas")]
    _quiet(ann)


def test_a_clause_cited_after_the_cited_notices_title_and_a_period_in_chinese_months() -> None:
    ann = _read("商务部公告2044年第9号\n\n关于继续暂停实施商务部公告2024年第46号第二款的公告\n\n"
                "商务部决定：商务部公告2024年第46号《关于加强相关两用物项对美国出口管制的公告》第二款，"
                "自2044年3月10日起继续暂停实施，暂停期限二十四个月。\n\n商务部\n2044年3月1日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2044-03-10", "2046-03-10", ("MOFCOM-2024-46#2",))]
    _quiet(ann)


def test_numbered_measures_of_two_lists_below_one_verb_and_period() -> None:
    ann = _read("商务部新闻发言人就暂停有关措施答记者问\n\n来源：商务部新闻办公室　发布时间：2044-04-02\n\n"
                "问：请介绍有关情况。\n\n答：经研究，有关部门决定，自北京时间2044年4月10日12时起，暂停实施以下措施"
                "九十天：\n（一）不可靠实体清单工作机制〔2025〕2号公告对有关实体采取的处理措施；\n"
                "（二）商务部公告2025年第22号对有关实体采取的管控措施。\n")
    assert _acts(ann) == [("suspend", "UEL", "2044-04-10", "2044-07-09", ("UEL-2025-2",)),
                          ("suspend", "ECL", "2044-04-10", "2044-07-09", ("MOFCOM-2025-22",))]


def test_a_table_of_objects_and_measures_gives_one_action_per_group() -> None:
    ann = _read("中华人民共和国外交部令\n第131号\n\n外交部关于对美国有关企业和人员采取反制措施的决定\n\n"
                "依据《中华人民共和国反外国制裁法》，外交部决定对下表所列企业和人员采取相应反制措施。"
                "各项措施自本决定公布之日起执行。\n\n对象类别　名称　措施\n"
                "企业　吉布斯与考克斯公司（Gibbs & Cox, Inc.）　冻结在中国境内的财产；禁止交易、合作\n"
                "企业　诺斯罗普·格鲁曼系统公司（Northrop Grumman Systems Corporation）　"
                "冻结在中国境内的财产；禁止交易、合作\n"
                "高级管理人员　帕尔默·卢基（Palmer Luckey）　不予签发签证、禁止入境\n\n外交部部长\n2044年5月6日\n")
    assert [a[:3] for a in _acts(ann)] == [("add", "CML", "2044-05-06"), ("add", "CML", "2044-05-06")]
    assert _names(ann, 0) == [("吉布斯与考克斯公司", "Gibbs & Cox, Inc.", "organization"),
                              ("诺斯罗普·格鲁曼系统公司", "Northrop Grumman Systems Corporation", "organization")]
    assert _names(ann, 1) == [("帕尔默·卢基", "Palmer Luckey", "person")]
    assert ann["actions"][1]["measures"] == ["不予签发签证、禁止入境"]
    _quiet(ann)


def test_a_resumption_of_the_measures_of_the_notice_cited_before_from_its_stated_time() -> None:
    ann = _read("商务部公告2044年第12号\n\n关于对2家实体恢复实施管控措施的公告\n\n"
                "商务部此前已暂停对商务部公告2025年第1号所列部分实体实施管控措施。商务部决定，对通用动力公司"
                "（General Dynamics）、波音防务、空间与安全集团（Boeing Defense, Space & Security）恢复实施该公告所列"
                "管控措施，恢复时间为2044年6月15日。\n\n商务部\n2044年6月1日\n")
    assert _acts(ann) == [("resume", "ECL", "2044-06-15", None, ("MOFCOM-2025-1",))]
    assert _zh_en(ann) == [("通用动力公司", "General Dynamics"),
                           ("波音防务、空间与安全集团", "Boeing Defense, Space & Security")]
    _quiet(ann)


def test_a_number_bracketed_after_the_title_and_the_start_in_the_next_sentence() -> None:
    ann = _read("海关总署关于对某合金实施出口管制的公告（2044年第15号）\n\n"
                "根据《中华人民共和国出口管制法》，海关总署会同商务部决定，对某合金棒材（海关商品编号8101.9910.30）"
                "实施出口管制。自2044年9月1日起，出口上述物项的，应向海关提交两用物项出口许可证。\n\n"
                "海关总署\n2044年8月20日\n")
    assert ann["doc_id"] == "GACC-2044-15"
    assert _acts(ann) == [("control", "ITEM", "2044-09-01", None, ())]
    _quiet(ann)


def test_a_news_page_is_dated_and_issued_by_its_lead_and_a_penalty_is_no_list_measure() -> None:
    ann = _read("商务部查处一起违规出口案件\n\n2044年2月3日，商务部对某科技有限公司违反出口管制规定的行为作出行政"
                "处罚决定，暂停其申请出口许可三个月。\n\n商务部提醒经营者定期核查管控名单的列入和移出情况。"
                "此次处罚不涉及对任何境外实体的清单措施。\n")
    assert (ann["issuer"], ann["published"], ann["actions"]) == ("商务部", "2044-02-03", [])
    _quiet(ann)


def test_names_inline_after_a_countermeasures_colon_and_measures_under_their_own_heading() -> None:
    ann = _read("中华人民共和国外交部令\n\n第 １３５ 号\n\n外交部关于对美国军工企业实施反制裁的决定\n\n"
                "外交部依据《中华人民共和国反外国制裁法》，决定对下列企业实施反制裁：埃科达因公司（Echodyne）；"
                "埃克索维拉公司（Exovera）。\n\n反制裁措施为：\n1. 冻结上述企业在中国境内的财产；\n"
                "2. 禁止中国境内的组织、个人与上述企业进行交易。\n\n本决定自公布之日起施行。\n\n"
                "外交部部长\n2044年3月3日\n")
    assert ann["doc_id"] == "MFA-ORDER-135"
    assert _acts(ann) == [("add", "CML", "2044-03-03", None, ())]
    assert _zh_en(ann) == [("埃科达因公司", "Echodyne"), ("埃克索维拉公司", "Exovera")]
    assert ann["actions"][0]["measures"] == ["冻结上述企业在中国境内的财产",
                                             "禁止中国境内的组织、个人与上述企业进行交易"]
    _quiet(ann)


def test_an_annex_items_english_on_a_line_of_its_own() -> None:
    ann = _read("商务部公告2044年第4号\n\n关于将2家实体列入出口管制管控名单的公告\n\n"
                "根据《中华人民共和国出口管制法》，商务部决定将附件所列2家实体列入出口管制管控名单。\n\n"
                "本公告自公布之日起施行。\n\n附件：出口管制管控名单\n\n一、汉翔航空工业股份有限公司\n"
                "英文名称：Aerospace Industrial Development Corp.\n地址：台湾地区台中市\n\n二、经纬航太科技公司\n"
                "英文名称：GEOSAT Aerospace & Technology Inc.\n\n商务部\n2044年2月2日\n")
    assert _zh_en(ann) == [("汉翔航空工业股份有限公司", "Aerospace Industrial Development Corp."),
                           ("经纬航太科技公司", "GEOSAT Aerospace & Technology Inc.")]
    _quiet(ann)


def _uel_removal(own: int, cited: str) -> str:
    return (f"不可靠实体清单工作机制公告\n〔2044〕{own}号\n\n关于将萨罗尼克科技公司移出不可靠实体清单的公告\n\n"
            f"经工作机制复核，决定将依据{cited}公告列入不可靠实体清单的萨罗尼克科技公司"
            "（Saronic Technologies, Inc.）移出不可靠实体清单。\n\n本公告自发布之日起施行。\n\n"
            "不可靠实体清单工作机制\n2044年5月5日\n")


def test_a_citation_of_a_later_number_of_the_notices_own_series_is_a_doubt() -> None:
    ann = _read(_uel_removal(2, "〔2044〕6号"))
    assert _acts(ann) == [("remove", "UEL", "2044-05-05", None, ("UEL-2044-6",))]
    assert _flagged(ann, "later number of the notice's own series")


def test_a_citation_of_an_earlier_number_is_no_doubt() -> None:
    _quiet(_read(_uel_removal(2, "〔2025〕9号")))


def test_a_numbered_table_under_a_plain_countermeasure_decision() -> None:
    ann = _read("中华人民共和国外交部令\n第140号\n\n外交部关于对有关企业和人员采取反制措施的决定\n\n"
                "依据《中华人民共和国反外国制裁法》，外交部决定对下表所列企业和人员采取反制措施。本决定自公布之日起"
                "施行。\n\n序号　对象类别　名称　措施\n1　企业　埃科达因公司（Echodyne）　冻结财产\n"
                "2　人员　帕尔默·卢基（Palmer Luckey）　不予签发签证\n\n外交部部长\n2044年5月6日\n")
    assert [_names(ann, i) for i in range(len(ann["actions"]))] == [
        [("埃科达因公司", "Echodyne", "organization")], [("帕尔默·卢基", "Palmer Luckey", "person")]]
    _quiet(ann)


def test_numbered_measures_below_a_verb_whose_period_follows_a_comma() -> None:
    ann = _read("商务部新闻发言人答记者问\n\n来源：商务部新闻办公室　发布时间：2044-04-02\n\n"
                "答：有关部门决定，自2044年4月10日起，暂停实施以下措施，期限为一百天：\n"
                "（一）不可靠实体清单工作机制〔2025〕2号公告对有关实体采取的处理措施；\n"
                "（二）商务部公告2025年第22号对有关实体采取的管控措施。\n")
    assert [a[:4] for a in _acts(ann)] == [("suspend", "UEL", "2044-04-10", "2044-07-19"),
                                           ("suspend", "ECL", "2044-04-10", "2044-07-19")]


def test_a_penalty_report_naming_the_lists_to_look_up_is_no_list_notice() -> None:
    _quiet(_read("商务部查处一起违规出口案件\n\n2044年2月3日，商务部对某科技有限公司违反出口管制规定的行为作出行政处罚"
                 "决定，暂停其申请出口许可三个月。\n\n商务部提醒经营者定期核查管控名单、不可靠实体清单的列入和移出情况。\n"))


def test_a_lifting_naming_again_the_entities_of_an_order_recited_before() -> None:
    ann = _read("中华人民共和国外交部令\n第150号\n\n外交部关于解除对有关企业反制措施的决定\n\n"
                "外交部曾以外交部令第19号对吉布斯与考克斯公司（Gibbs & Cox, Inc.）等企业采取反制措施。鉴于情况变化，"
                "外交部决定，自2044年7月1日起，解除对吉布斯与考克斯公司采取的反制措施。\n\n外交部部长\n2044年6月1日\n")
    assert _acts(ann) == [("remove", "CML", "2044-07-01", None, ("MFA-ORDER-19",))]
    _quiet(ann)


def test_a_working_mechanism_number_bracketed_after_the_title() -> None:
    ann = _read("不可靠实体清单工作机制关于将萨罗尼克科技公司移出不可靠实体清单的公告（〔2044〕3号）\n\n"
                "经复核，工作机制决定将不可靠实体清单工作机制公告〔2025〕9号所列萨罗尼克科技公司"
                "（Saronic Technologies, Inc.）移出不可靠实体清单。\n\n不可靠实体清单工作机制\n2044年5月5日\n")
    assert ann["doc_id"] == "UEL-2044-3"
    assert _acts(ann) == [("remove", "UEL", "2044-05-05", None, ("UEL-2025-9",))]


def test_measures_below_numbered_in_arabic_digits() -> None:
    ann = _read("商务部新闻发言人答记者问\n\n来源：商务部新闻办公室　发布时间：2044-04-02\n\n"
                "答：有关部门决定，自2044年4月10日起，暂停实施以下措施90天：\n"
                "1. 不可靠实体清单工作机制〔2025〕2号公告对有关实体采取的处理措施；\n"
                "2. 商务部公告2025年第22号对有关实体采取的管控措施。\n")
    assert [a[4] for a in _acts(ann)] == [("UEL-2025-2",), ("MOFCOM-2025-22",)]
