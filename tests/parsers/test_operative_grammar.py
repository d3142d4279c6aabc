"""The operative sentence as a small grammar — verb × object × list × period — on texts written for these tests
(never the held-out sets): new combinations must read without a rule of their own (issue 16 build item 2)."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import read as _read

# ---------------------------------------------------------------- the object: a relative clause is no verb

def test_listed_by_relative_clause_is_the_citation_of_a_removal() -> None:
    ann = _read("商务部公告2027年第3号\n经复核，商务部决定将商务部公告2025年第1号列入出口管制管控名单的"
                "可利尔阿莱恩公司（Clear Align LLC）移出出口管制管控名单。\n本公告自2027年1月10日起正式实施。\n"
                "商务部\n2027年1月5日\n")
    assert _acts(ann) == [("remove", "ECL", "2027-01-10", None, ("MOFCOM-2025-1",))]
    names = [(e["name_zh"], e["name_en"]) for e in ann["actions"][0]["entities"]]
    assert names == [("可利尔阿莱恩公司", "Clear Align LLC")]
    assert not ann["needs_review"], ann["review_reasons"]


def test_removal_from_a_countermeasure_list_of_latin_names_cites_the_order() -> None:
    ann = _read("【发布文号】商务部令2027年第2号\n\n经国家反外国制裁工作协调机制批准，现公布《关于将两家企业移出"
                "反制清单的"
                "决定》，自2027年2月1日起施行。\n\n中方决定将商务部令2025年第6号列入反制清单的Alpha Shipping LLC和"
                "Beta Yards Inc.两家企业移出反制清单。\n")
    assert _acts(ann) == [("remove", "CML", "2027-02-01", None, ("MOFCOM-ORDER-2025-6",))]
    assert [e["name_en"] for e in ann["actions"][0]["entities"]] == ["Alpha Shipping LLC", "Beta Yards Inc."]


# ---------------------------------------------------------------- the verb: at the start or at the end

def test_verb_after_its_object_with_a_period_across_two_lists() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-03-01 10:00\n\n商务部新闻发言人答记者问\n"
                "答：中方决定自北京时间2027年3月5日起，对不可靠实体清单工作机制公告〔2025〕2号和商务部公告2025年第35号"
                "的相关措施暂停60天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-03-05", "2027-05-04", ("UEL-2025-2",)),
                          ("suspend", "ECL", "2027-03-05", "2027-05-04", ("MOFCOM-2025-35",))]


def test_each_clause_of_one_sentence_finds_its_own_list() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-03-02 10:00\n\n商务部新闻发言人答记者问\n"
                "答：中方决定，自北京时间2027年3月6日起，停止不可靠实体清单工作机制公告〔2025〕3号相关措施，"
                "继续暂停商务部公告2025年第51号相关措施1年。\n")
    assert _acts(ann) == [("terminate", "UEL", "2027-03-06", None, ("UEL-2025-3",)),
                          ("suspend", "ECL", "2027-03-06", "2028-03-06", ("MOFCOM-2025-51",))]


def test_no_longer_applied_clauses_are_a_termination_of_each_clause() -> None:
    ann = _read("商务部公告2027年第9号\n经批准，商务部公告2024年第46号第一款和第三款自2027年4月1日起不再执行。\n"
                "商务部\n2027年3月20日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2027-04-01", None, ("MOFCOM-2024-46#1", "MOFCOM-2024-46#3"))]


def test_repeal_of_a_whole_notice_is_a_termination() -> None:
    ann = _read("商务部 海关总署公告2027年第11号\n经研究决定，废止商务部 海关总署公告2025年第58号，自2027年5月1日起，"
                "相关物项不再实施出口管制。\n商务部 海关总署\n2027年4月20日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2027-05-01", None, ("MOFCOM-2025-58",))]


# ---------------------------------------------------------------- the period and dates

def test_start_stated_in_the_decision_sentence_of_an_item_control() -> None:
    ann = _read("商务部 海关总署公告2027年第12号\n根据《中华人民共和国出口管制法》有关规定，经国务院批准，决定自"
                "2027年6月1日起"
                "对部分激光器相关物项实施出口管制。现将有关事项公告如下：\n一、未经许可，不得出口下列物项：高功率"
                "光纤激光器。\n"
                "二、出口经营者应当办理出口许可手续。\n商务部 海关总署\n2027年5月10日\n")
    assert _acts(ann) == [("control", "ITEM", "2027-06-01", None, ())]


def test_a_minister_signature_dates_the_order() -> None:
    ann = _read("中华人民共和国商务部令\n2027年第1号\n\n中方决定将某某动力公司（Example Power Inc.）列入反制清单"
                "，并采取以下"
                "反制措施：禁止我国境内的组织、个人与其进行有关交易、合作等活动。\n\n本决定自2027年1月8日起施行。\n\n"
                "部长  王文涛\n2027年1月8日\n")
    assert ann["published"] == "2027-01-08"
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- persons and groups

def test_annex_persons_described_by_office_without_gender() -> None:
    ann = _read("中华人民共和国外交部令\n第 60 号\n\n外交部决定对后附《反制清单》列明的人员采取以下反制措施：\n"
                "一、对其本人不予签发签证、不准入境（包括香港、澳门）。\n\n本决定自2027年2月2日起施行。\n\n外交部"
                "\n2027年2月2日\n\n"
                "附件\n反制清单\n1. 汤姆·科顿（Tom Cotton），美国国会参议员\n2. 约翰·穆勒纳尔（John Moolenaar），"
                "美国国会众议员\n")
    assert [(e["name_zh"], e["kind"]) for e in ann["actions"][0]["entities"]] == [
        ("汤姆·科顿", "person"), ("约翰·穆勒纳尔", "person")]


def test_decision_with_numbered_groups_and_roles_before_names() -> None:
    ann = _read("中华人民共和国外交部令\n第 61 号\n\n关于对两家企业及其高级管理人员采取反制措施的决定\n\n中方决定：\n\n"
                "一、对甲乙防务公司（Jiayi Defense Inc.），冻结在我国境内的动产、不动产和其他各类财产。\n\n"
                "二、对甲乙防务公司首席执行官约翰·多伊（John Doe），不予签发签证、不准入境（包括香港、澳门）。\n\n"
                "本决定自2027年2月3日起施行。\n\n外交部\n2027年2月3日\n")
    assert [(a["kind"], a["list"], [(e["name_zh"], e["name_en"], e["kind"]) for e in a["entities"]])
            for a in ann["actions"]] == [
        ("add", "CML", [("甲乙防务公司", "Jiayi Defense Inc.", "organization")]),
        ("add", "CML", [("约翰·多伊", "John Doe", "person")])]


# ---------------------------------------------------------------- relevance and doubt

def test_list_words_without_an_operative_verb_are_not_a_list_notice() -> None:
    ann = _read("商务部公告2027年第20号\n关于举办出口管制政策宣讲会的公告\n\n为帮助企业了解不可靠实体清单和出口管"
                "制管控名单制度，"
                "商务部将于2027年3月举办政策宣讲会。报名截止后停止受理。\n\n商务部\n2027年2月10日\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann["review_reasons"]


def test_an_annex_line_cut_inside_its_bracket_is_cut_off_and_not_an_entity() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕2号\n不可靠实体清单工作机制决定将甲公司等2家美国企业列入不可靠"
                "实体清单（见附件）。\n"
                "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2027年3月3日\n附件\n1. 甲公司（Jia Inc.）\n2."
                " 乙公司（Yi Co")
    assert [e["name_en"] for e in ann["actions"][0]["entities"]] == ["Jia Inc."]
    assert ann["needs_review"] and any("cut off" in r for r in ann["review_reasons"])


def test_resuming_the_measures_of_a_listing_notice() -> None:
    ann = _read("商务部公告2027年第30号\n经批准，自2027年6月1日起，恢复实施商务部公告2025年第22号相关措施。\n商务"
                "部\n2027年5月20日\n")
    assert _acts(ann) == [("resume", "ECL", "2027-06-01", None, ("MOFCOM-2025-22",))]


def test_removal_whose_entities_are_in_the_annex() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕5号\n不可靠实体清单工作机制决定将甲公司等2家企业移出不可靠实体"
                "清单（见附件）。\n"
                "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2027年3月3日\n附件\n1. 甲公司（Jia Inc.）\n2."
                " 乙公司（Yi Co.）\n")
    assert _acts(ann) == [("remove", "UEL", "2027-03-03", None, ())]
    assert [e["name_en"] for e in ann["actions"][0]["entities"]] == ["Jia Inc.", "Yi Co."]
    assert not ann["needs_review"], ann["review_reasons"]


def test_cancelling_measures_taken_against_named_entities() -> None:
    ann = _read("商务部令2027年第3号\n经国家反外国制裁工作协调机制批准，中方决定自2027年4月1日起，取消对Alpha Sh"
                "ipping LLC和"
                "Beta Yards Inc.两家企业采取的反制措施，并将其移出反制清单。\n商务部\n2027年3月25日\n")
    assert _acts(ann) == [("remove", "CML", "2027-04-01", None, ())]
    assert [e["name_en"] for e in ann["actions"][0]["entities"]] == ["Alpha Shipping LLC", "Beta Yards Inc."]


def test_start_between_the_decision_and_its_object() -> None:
    ann = _read("中华人民共和国外交部令\n第 70 号\n外交部决定自2027年7月1日起将外交部令第17号列入反制清单的某某（"
                "Mou Mou）"
                "移出反制清单。\n外交部\n2027年6月28日\n")
    assert _acts(ann) == [("remove", "CML", "2027-07-01", None, ("MFA-ORDER-17",))]


def test_names_joined_by_ji_after_a_bracket_are_two_names() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕7号\n不可靠实体清单工作机制决定将甲航天公司（Jia Aerospace In"
                "c.）及乙雷达公司"
                "（Yi Radar LLC）列入不可靠实体清单，并采取以下处理措施：禁止上述企业从事与中国有关的进出口活动。\n"
                "本公告自公布之日起实施。\n不可靠实体清单工作机制\n2027年4月4日\n")
    assert [e["name_en"] for e in ann["actions"][0]["entities"]] == ["Jia Aerospace Inc.", "Yi Radar LLC"]


def test_masthead_number_in_brackets() -> None:
    ann = _read("中华人民共和国外交部令\n（第48号）\n外交部决定对某某研究所（Some Institute）采取反制措施：冻结其"
                "在我国境内的动产、"
                "不动产和其他各类财产。\n本决定自2027年4月6日起施行。\n外交部\n2027年4月6日\n")
    assert ann["doc_id"] == "MFA-ORDER-48" and not ann["needs_review"], ann["review_reasons"]


def test_extending_the_suspension_period_is_a_continued_suspension() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-04-07 10:00\n\n商务部新闻发言人答记者问\n"
                "答：中方决定，自北京时间2027年4月10日起，将不可靠实体清单工作机制公告〔2025〕7号相关措施的暂停期"
                "限延长90天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-04-10", "2027-07-09", ("UEL-2025-7",))]


def test_joint_number_with_an_agency_named_with_he() -> None:
    ann = _read("商务部 海关总署 国家国防科技工业局 工业和信息化部公告2027年第5号\n根据《中华人民共和国出口管制法"
                "》有关规定，"
                "经国务院批准，决定对部分无人机发动机实施出口管制。\n本公告自2027年5月1日起正式实施。\n"
                "商务部 海关总署 国家国防科技工业局 工业和信息化部\n2027年4月8日\n")
    assert ann["doc_id"] == "MOFCOM-2027-5"
    assert ann["issuer"] == "商务部 海关总署 国家国防科技工业局 工业和信息化部"
    assert _acts(ann) == [("control", "ITEM", "2027-05-01", None, ())]


def test_traditional_reprint_of_a_qa_continuation() -> None:
    ann = _read("來源：商務部新聞辦公室 類型：原創 分類：新聞 2027-04-10 10:00\n\n商務部新聞發言人答記者問\n"
                "答：中方決定自北京時間2027年4月15日起，繼續暫停不可靠實體清單工作機制公告〔2025〕7號相關措施1年。\n")
    assert ann["issuer"] == "商务部新闻办公室"
    assert _acts(ann) == [("suspend", "UEL", "2027-04-15", "2028-04-15", ("UEL-2025-7",))]


def test_an_uncited_relaxation_is_put_before_a_human() -> None:
    ann = _read("商务部公告2027年第33号\n经批准，自2027年5月1日起，对部分石墨物项不再实施出口管制。\n商务部\n202"
                "7年4月9日\n")
    assert ann["needs_review"] and ann["review_reasons"]


def test_an_object_pointing_at_the_list_that_follows_reads_that_list() -> None:
    ann = _read("中华人民共和国外交部令\n第 72 号\n外交部决定对下列人员采取反制措施：\n"
                "（一）张某（Zhang Mou），美国某基金会主席；\n（二）李某（Li Mou），美国某智库研究员。\n"
                "冻结其在我国境内的动产、不动产和其他各类财产。\n本决定自2027年5月3日起施行。\n外交部\n2027年5月3日\n")
    assert [(e["name_zh"], e["name_en"], e["kind"]) for e in ann["actions"][0]["entities"]] == [
        ("张某", "Zhang Mou", "person"), ("李某", "Li Mou", "person")]
    assert ann["actions"][0]["measures"] == ["冻结其在我国境内的动产、不动产和其他各类财产"]


def test_a_pointer_word_is_never_an_entity() -> None:
    ann = _read("中华人民共和国外交部令\n第 75 号\n外交部决定对下列人员采取反制措施：冻结其在我国境内的动产。\n"
                "本决定自2027年5月3日起施行。\n外交部\n2027年5月3日\n")
    assert all(not a["entities"] for a in ann["actions"])
    assert ann["needs_review"], ann


def test_follow_on_numbers_that_repeat_the_bracketed_year() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-05-07 10:00\n\n商务部新闻发言人答记者问\n"
                "答：自2027年5月10日起，继续暂停不可靠实体清单工作机制公告〔2025〕7号、〔2025〕9号和商务部公告2025年第21号"
                "相关措施90天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-05-10", "2027-08-08", ("UEL-2025-7", "UEL-2025-9")),
                          ("suspend", "ECL", "2027-05-10", "2027-08-08", ("MOFCOM-2025-21",))]


def test_subject_decision_and_start_before_the_verb_lifting_measures() -> None:
    ann = _read("中华人民共和国外交部令\n第 74 号\n鉴于情况变化，外交部决定自2027年6月1日起解除对某某公司（Mou Corp.）"
                "采取的反制措施。\n外交部\n2027年5月20日\n")
    assert _acts(ann) == [("remove", "CML", "2027-06-01", None, ())]
    assert [e["name_en"] for e in ann["actions"][0]["entities"]] == ["Mou Corp."]


def test_a_suspended_trade_remedy_citing_a_mofcom_number_is_no_action() -> None:
    ann = _read("商务部公告2027年第60号\n关于暂停执行对原产于美国的进口正丙醇反倾销措施的公告\n"
                "经国务院关税税则委员会批准，自2027年6月1日起，暂停执行商务部公告2025年第10号规定的反倾销措施1年。\n"
                "商务部\n2027年5月25日\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann


def test_a_catalogue_that_supersedes_the_last_one_is_no_relaxation() -> None:
    ann = _read("商务部 海关总署公告2027年第63号\n关于公布《2027年出口许可证管理货物目录》的公告\n"
                "根据《中华人民共和国对外贸易法》，现公布《2027年出口许可证管理货物目录》，自2027年1月1日起执行。"
                "商务部 海关总署公告2025年第90号同时废止。\n商务部 海关总署\n2026年12月25日\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann
