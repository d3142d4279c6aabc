"""Doubt and grammar on wordings new to the parser (issue 16, third round): texts written for these tests in the
categories where the third blind set found the parser silent — never copies of the held-out texts. A doubt must
flag the notice with a plain reason; a notice read completely must stay unflagged."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import read as _read

# ---------------------------------------------------------------- relevance: the negatives stay quiet

def test_licence_facilitation_news_is_not_list_relevant() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-02-03 09:00\n\n商务部就简化许可流程答问\n"
                "答：商务部决定自2027年3月1日起，恢复办理部分两用物项出口许可，取消纸质申请表，改为网上提交。"
                "我们将继续做好出口管制服务。\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann["review_reasons"]


def test_statistics_naming_the_lists_are_not_list_relevant() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-02-04 15:00\n\n例行发布会介绍许可审查情况\n"
                "发言人介绍，今年以来共审结两用物项出口许可申请9000件。截至目前，列入不可靠实体清单和出口管制管控名单"
                "的企业数量变化不大。\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann["review_reasons"]


def test_a_decision_bringing_a_technology_under_control_is_relevant() -> None:
    ann = _read("商务部公告2027年第14号\n\n商务部决定，自即日起将高纯镓提纯工艺纳入出口管制，未经许可不得出口。\n\n"
                "商务部\n2027年2月10日\n")
    assert ann["needs_review"] or _acts(ann) == [("control", "ITEM", "2027-02-10", None, ())]


# ---------------------------------------------------------------- doubts on a reading that looks complete

def test_a_stated_period_with_no_end_read_is_a_doubt() -> None:
    ann = _read("商务部 海关总署公告2027年第20号\n\n自2027年3月1日起，继续暂停实施商务部公告2025年第70号第一款，"
                "为期三个半月。\n\n商务部 海关总署\n2027年2月20日\n")
    assert ann["needs_review"] or ann["actions"][0]["until"], ann


def test_a_stop_of_a_cited_notice_is_never_silently_a_new_control() -> None:
    ann = _read("商务部公告2027年第21号\n\n现就调整部分物项出口管制有关事项公告如下：\n\n商务部公告2025年第9号（"
                "《关于对部分镓相关物项实施出口管制的公告》）第二款，自2027年3月5日起不再执行。\n\n商务部\n"
                "2027年2月25日\n")
    kinds = [a["kind"] for a in ann["actions"]]
    assert "control" not in kinds or _flagged(ann, "relaxation"), ann


def test_an_unresolved_citation_of_the_listing_notice_is_a_doubt() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕3号\n\n工作机制对3月2日公告（不可靠实体清单工作机制公告〔2026〕"
                "9号）所列实体进行了复核，决定将附件所列2家企业移出不可靠实体清单。\n本公告自公布之日起实施。\n"
                "附件：移出名单\n\n不可靠实体清单工作机制\n2027年3月1日\n\n附件\n1.甲乙电子公司（Jiayi Electronics）\n"
                "2.丙丁系统公司（Bingding Systems）\n")
    act = ann["actions"][0]
    assert act["targets"] == ["UEL-2026-9"] or _flagged(ann, "cites"), ann


def test_a_role_left_in_a_name_is_a_doubt() -> None:
    ann = _read("外交部令\n第12号\n\n根据《中华人民共和国反外国制裁法》，外交部决定对下列人员采取反制措施：\n"
                "（一）田中一郎，日本某党众议员；\n（二）山本花子，日本某协会会长。\n冻结其在我国境内的财产。\n"
                "本决定自2027年1月5日起施行。\n\n外交部部长\n2027年1月5日\n")
    names = [e["name_zh"] for a in ann["actions"] for e in a["entities"]]
    assert all("，" not in (n or "") for n in names) or _flagged(ann, "role"), ann


def test_latin_names_joined_by_he_kept_as_one_is_a_doubt() -> None:
    ann = _read("商务部令\n二〇二七年第一号\n\n中方决定将Northwind Marine Corp.和Eastgate Yards LLC列入反制清单，"
                "禁止其在中国境内从事任何活动。\n本决定自2027年1月9日起施行。\n\n商务部部长\n2027年1月9日\n")
    ents = [e["name_en"] for e in ann["actions"][0]["entities"]]
    assert ents == ["Northwind Marine Corp.", "Eastgate Yards LLC"] or _flagged(ann, "two names"), ann


def test_a_name_split_at_dunhao_into_the_stated_count_is_a_doubt() -> None:
    ann = _read("商务部公告2027年第30号\n\n商务部决定将雷霆导弹、火控与传感集团等2家美国实体列入出口管制管控名单"
                "，禁止两用物项出口。本公告自公布之日起实施。\n\n商务部\n2027年3月3日\n")
    ents = [e["name_zh"] for e in ann["actions"][0]["entities"]]
    assert "雷霆导弹" not in ents or _flagged(ann, "split"), ann


# ---------------------------------------------------------------- read right: the period in its own clause

def test_a_period_in_months_in_a_clause_of_its_own() -> None:
    ann = _read("商务部 海关总署公告2027年第40号\n\n经研究，自2027年1月15日起，继续暂停实施商务部公告2025年第70号"
                "第三款，期限4个月。\n\n商务部 海关总署\n2027年1月8日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2027-01-15", "2027-05-15", ("MOFCOM-2025-70#3",))]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: a control brought in by 纳入

def test_a_control_brought_in_from_today_by_na_ru() -> None:
    ann = _read("商务部公告2027年第41号\n\n商务部决定，即日起将高纯锗单晶生长技术纳入出口管制，未经许可不得出口。"
                "出口经营者应当依法办理许可。\n\n商务部\n2027年1月9日\n")
    assert _acts(ann) == [("control", "ITEM", "2027-01-09", None, ())]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: 从…中移除, and the citation before 所列

def test_removal_worded_from_the_list_removed_cites_the_listing_notice_of_the_preamble() -> None:
    ann = _read("商务部公告2027年第42号\n\n商务部对商务部公告2025年第33号列入出口管制管控名单的部分实体进行了复核。"
                "\n\n经复核，商务部决定自2027年2月1日起，将星河光学公司（Galaxy Optics）、远帆航电公司（Farsail "
                "Avionics）从出口管制管控名单中移除。\n\n商务部\n2027年1月20日\n")
    assert _acts(ann) == [("remove", "ECL", "2027-02-01", None, ("MOFCOM-2025-33",))]
    assert [n[1] for n in _names(ann)] == ["Galaxy Optics", "Farsail Avionics"]
    assert not ann["needs_review"], ann["review_reasons"]


def test_removal_cites_the_listing_notice_by_date_and_number_before_suo_lie() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕4号\n\n工作机制对5月6日公告（不可靠实体清单工作机制公告〔2026〕"
                "9号）所列部分企业进行了评估，决定将附件所列2家企业移出不可靠实体清单。\n本公告自公布之日起实施。\n"
                "附件：移出名单\n\n不可靠实体清单工作机制\n2027年3月1日\n\n附件\n1.甲乙电子公司（Jiayi Electronics）\n"
                "2.丙丁系统公司（Bingding Systems）\n")
    assert _acts(ann) == [("remove", "UEL", "2027-03-01", None, ("UEL-2026-9",))]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: Q&A, the object before the verb

def test_qa_object_in_its_own_clause_before_the_start_and_the_verb() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-03-01 20:00\n\n商务部新闻发言人答记者问\n\n"
                "问：有关措施即将到期，中方如何考虑？\n\n答：中方决定，对不可靠实体清单工作机制公告〔2025〕5号和"
                "商务部公告2025年第13号的相关措施，自北京时间2027年3月10日零时起，继续暂停实施30天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-03-10", "2027-04-09", ("UEL-2025-5",)),
                          ("suspend", "ECL", "2027-03-10", "2027-04-09", ("MOFCOM-2025-13",))]
    assert not ann["needs_review"], ann["review_reasons"]


def test_qa_two_periods_after_a_semicolon() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-04-01 20:00\n\n商务部新闻发言人答记者问\n\n"
                "答：中方决定自北京时间2027年4月5日起，继续暂停不可靠实体清单工作机制公告〔2025〕5号相关措施30天；"
                "同时，对商务部公告2025年第40号相关措施，继续暂停10天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-04-05", "2027-05-05", ("UEL-2025-5",)),
                          ("suspend", "ECL", "2027-04-05", "2027-04-15", ("MOFCOM-2025-40",))]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: persons by role

def test_annex_persons_with_a_role_after_a_comma() -> None:
    ann = _read("外交部令\n第31号\n\n中方决定对后附《反制清单》所列人员采取以下反制措施：\n\n一、冻结其在我国境内的"
                "财产；\n二、不准入境。\n\n本决定自2027年1月5日起施行。\n\n附件：反制清单\n\n外交部\n2027年1月5日\n\n"
                "附件\n反制清单\n\n1. 田中一郎，日本国会众议员\n2. 山本次郎（YAMAMOTO Jiro），日本某省前事务次官\n")
    assert _names(ann) == [("田中一郎", None, "person"), ("山本次郎", "YAMAMOTO Jiro", "person")]
    assert not ann["needs_review"], ann["review_reasons"]


def test_annex_persons_with_a_role_before_the_name() -> None:
    ann = _read("中华人民共和国外交部令\n第32号\n\n中方决定对后附《反制清单》所列2名美国企业高级管理人员采取反制措施："
                "不准入境。\n\n本决定自2027年2月1日起施行。\n\n外交部\n2027年2月1日\n\n附件\n反制清单\n"
                "（一）北辰雷达公司总裁兼首席执行官约翰·布朗（John Brown）\n"
                "（二）南岭导航公司董事长玛丽·怀特（Mary White）\n")
    assert _names(ann) == [("约翰·布朗", "John Brown", "person"), ("玛丽·怀特", "Mary White", "person")]
    assert not ann["needs_review"], ann["review_reasons"]


def test_group_item_with_a_role_before_the_name() -> None:
    ann = _read("关于对北辰雷达公司等美国企业及其高级管理人员采取反制措施的决定\n2027-02-02 10:00\n\n"
                "（2027年2月2日中华人民共和国外交部令第33号公布，自2027年2月2日起施行）\n\n中方决定：\n\n"
                "一、对北辰雷达公司联合创始人兼首席技术官彼得·格林（Peter Green），不准入境。\n\n"
                "二、对北辰雷达公司（Beichen Radar Inc.），冻结其在我国境内的财产。\n\n本决定自2027年2月2日起施行。\n\n"
                "外交部\n2027年2月2日\n")
    assert _names(ann, 0) == [("彼得·格林", "Peter Green", "person")]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: names joined, names holding 、

def test_latin_names_joined_by_he_after_a_full_stop() -> None:
    ann = _read("商务部令\n二〇二七年第一号\n\n中方决定将Northwind Marine Corp.和Eastgate Yards LLC列入反制清单，"
                "禁止其在中国境内从事任何活动。\n本决定自2027年1月9日起施行。\n\n商务部部长\n2027年1月9日\n")
    assert [n[1] for n in _names(ann)] == ["Northwind Marine Corp.", "Eastgate Yards LLC"]
    assert not ann["needs_review"], ann["review_reasons"]


def test_annex_in_bracketed_arabic_numbers_keeps_a_name_holding_dunhao() -> None:
    ann = _read("商务部公告2027年第50号\n\n决定将雷霆导弹、火控与传感集团等2家美国实体列入出口管制管控名单（见附件），"
                "并采取以下措施：\n\n一、禁止向上述2家美国实体出口两用物项。\n\n本公告自公布之日起正式实施。\n\n"
                "附件：出口管制管控名单\n\n商务部\n2027年3月3日\n\n附件\n出口管制管控名单\n（1）雷霆导弹、火控与传感集团\n"
                "（2）北方动力系统公司（Northern Power Systems）\n")
    assert [n[0] for n in _names(ann)] == ["雷霆导弹、火控与传感集团", "北方动力系统公司"]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: a clause that stops

def test_a_clause_of_a_cited_notice_that_stops_is_a_termination() -> None:
    ann = _read("商务部公告2027年第51号\n\n现就调整部分物项出口管制有关事项公告如下：\n\n商务部公告2025年第9号（"
                "《关于对部分镓相关物项实施出口管制的公告》）第二款，自2027年3月5日起停止实施。\n\n商务部\n"
                "2027年2月25日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2027-03-05", None, ("MOFCOM-2025-9#2",))]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: commas between 决定, the start and 对

def test_joint_control_with_commas_around_the_start() -> None:
    ann = _read("商务部、海关总署、国家能源局公告〔2027〕5号\n\n根据《中华人民共和国出口管制法》有关规定，"
                "商务部、海关总署、国家能源局决定，自2027年4月1日起，对高温气冷堆燃料元件及其制造技术实施出口管制。\n\n特此公告。\n\n"
                "商务部　海关总署　国家能源局\n2027年3月1日\n")
    assert _acts(ann) == [("control", "ITEM", "2027-04-01", None, ())]
    assert not ann["needs_review"], ann["review_reasons"]


def test_countermeasure_on_persons_by_role_with_commas_around_the_start() -> None:
    ann = _read("中华人民共和国外交部令 第40号\n\n关于对约翰·布朗、玛丽·怀特采取反制措施的决定\n\n依据《中华人民共和国"
                "反外国制裁法》有关规定，外交部决定，自2027年3月2日起，对北辰雷达公司首席执行官约翰·布朗、南岭导航公司"
                "联合创始人兼董事长玛丽·怀特二人采取反制措施：对其本人不准入境。\n\n外交部\n2027年3月1日\n")
    assert _acts(ann) == [("add", "CML", "2027-03-02", None, ())]
    assert _names(ann) == [("约翰·布朗", None, "person"), ("玛丽·怀特", None, "person")]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- read right: decision items （一）将… （二）对…

def test_decision_items_listing_companies_and_a_measure_on_a_person() -> None:
    ann = _read("【发布单位】安全与管制局\n【发布文号】商务部令2027年第3号\n【发文日期】2027年3月5日\n\n"
                "经国家反外国制裁工作协调机制批准，现公布《关于对北辰雷达公司等美国企业及高级管理人员采取反制措施的决定》，"
                "自2027年3月5日起施行。\n\n中方决定：\n\n（一）将北辰雷达公司（Beichen Radar）、南岭导航公司（Nanling "
                "Navigation）列入反制清单，禁止我国境内的组织、个人与其进行有关交易；\n\n（二）对北辰雷达公司创始人"
                "约翰·布朗（John Brown）采取不准入境的措施。\n")
    assert _acts(ann) == [("add", "CML", "2027-03-05", None, ()), ("add", "CML", "2027-03-05", None, ())]
    assert [n[1] for n in _names(ann, 0)] == ["Beichen Radar", "Nanling Navigation"]
    assert _names(ann, 1) == [("约翰·布朗", "John Brown", "person")]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- a text cut inside its last annex name

def test_annex_cut_inside_the_last_name_is_no_entity_and_is_flagged_as_cut_off() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕6号\n\n工作机制决定将北辰雷达公司等2家美国企业列入不可靠实体清单"
                "（见附件），并采取以下处理措施：\n一、禁止上述企业从事与中国有关的进出口活动。\n本公告自公布之日起实施。\n\n"
                "不可靠实体清单工作机制\n2027年3月9日\n\n附件\n1. 北辰雷达公司（Beichen Radar）\n2. 南岭导航系\n")
    assert [n[1] for n in _names(ann)] == ["Beichen Radar"]
    assert _flagged(ann, "cut off"), ann["review_reasons"]


def test_annex_without_english_names_keeps_its_last_line() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕7号\n\n工作机制决定将北辰雷达公司等2家美国企业列入不可靠实体清单"
                "（见附件）。\n本公告自公布之日起实施。\n\n不可靠实体清单工作机制\n2027年3月9日\n\n附件\n"
                "1. 北辰雷达公司\n2. 南岭导航系统公司\n")
    assert [n[0] for n in _names(ann)] == ["北辰雷达公司", "南岭导航系统公司"]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- customs implementing a control of MOFCOM

def test_customs_reciting_a_joint_control_has_no_action_of_its_own_and_is_flagged() -> None:
    ann = _read("海关总署公告2027年第12号\n\n根据商务部 海关总署公告2027年第8号，自2027年4月1日起，对相关锆合金物项实施"
                "出口管制。现将有关事项公告如下：\n\n一、出口上述物项的，应当向海关提交两用物项出口许可证。\n\n"
                "海关总署\n2027年3月20日\n")
    assert ann["actions"] == []
    assert ann["needs_review"], ann


def test_a_new_control_that_supersedes_an_older_notice_is_not_a_relaxation() -> None:
    ann = _read("商务部 海关总署公告2027年第60号\n\n根据《中华人民共和国出口管制法》有关规定，经国务院批准，"
                "决定对部分钨相关物项实施出口管制。现将有关事项公告如下：\n\n一、未经许可，不得出口下列物项：钨合金靶材。\n\n二、本公告自"
                "2027年5月1日起正式实施。商务部 海关总署公告2024年第10号同时废止。\n\n商务部 海关总署\n2027年4月20日\n")
    assert _acts(ann) == [("control", "ITEM", "2027-05-01", None, ())]
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- the same rules on other combinations

def test_qa_object_before_a_bare_stop() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-06-01 20:00\n\n商务部新闻发言人答记者问\n\n"
                "答：中方决定，对不可靠实体清单工作机制公告〔2025〕5号的相关措施，自北京时间2027年6月5日零时起，停止实施。\n")
    assert _acts(ann) == [("terminate", "UEL", "2027-06-05", None, ("UEL-2025-5",))]
    assert not ann["needs_review"], ann["review_reasons"]


def test_a_period_worded_wei_qi_in_a_clause_of_its_own() -> None:
    ann = _read("商务部公告2027年第61号\n\n自2027年6月1日起，继续暂停实施商务部公告2025年第70号第一款，为期90天。\n\n"
                "商务部\n2027年5月20日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2027-06-01", "2027-08-30", ("MOFCOM-2025-70#1",))]
    assert not ann["needs_review"], ann["review_reasons"]


def test_removal_from_the_uel_worded_cong_zhong_yi_chu() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕8号\n\n工作机制对不可靠实体清单工作机制公告〔2026〕9号所列实体进行了"
                "评估，决定将甲乙电子公司（Jiayi Electronics）从不可靠实体清单中移出。\n本公告自公布之日起实施。\n\n"
                "不可靠实体清单工作机制\n2027年6月2日\n")
    assert _acts(ann) == [("remove", "UEL", "2027-06-02", None, ("UEL-2026-9",))]
    assert [n[1] for n in _names(ann)] == ["Jiayi Electronics"]
    assert not ann["needs_review"], ann["review_reasons"]


def test_inline_person_with_two_offices_before_the_name() -> None:
    ann = _read("中华人民共和国外交部令\n第41号\n\n外交部决定对南岭导航公司总裁兼董事长玛丽·怀特（Mary White）"
                "采取反制措施，对其本人不准入境。\n\n本决定自2027年6月3日起施行。\n\n外交部\n2027年6月3日\n")
    assert _names(ann) == [("玛丽·怀特", "Mary White", "person")]
    assert not ann["needs_review"], ann["review_reasons"]


def test_latin_names_joined_by_ji() -> None:
    ann = _read("商务部令\n二〇二七年第二号\n\n中方决定将Northwind Marine Corp.及Eastgate Yards LLC列入反制清单，"
                "禁止其在中国境内从事任何活动。\n本决定自2027年6月9日起施行。\n\n商务部部长\n2027年6月9日\n")
    assert [n[1] for n in _names(ann)] == ["Northwind Marine Corp.", "Eastgate Yards LLC"]
    assert not ann["needs_review"], ann["review_reasons"]


def test_two_chinese_companies_kept_as_one_name_are_a_doubt() -> None:
    ann = _read("商务部公告2027年第62号\n\n商务部决定将北辰雷达公司和南岭导航公司列入出口管制管控名单，"
                "禁止两用物项出口。本公告自公布之日起实施。\n\n商务部\n2027年6月4日\n")
    names = [e["name_zh"] for e in ann["actions"][0]["entities"]]
    assert names == ["北辰雷达公司", "南岭导航公司"] or _flagged(ann, "two names"), ann
