"""The shapes the twenty-fourth blind set showed the grammar did not read: a listing cited inverted (商务部2025年第N号
公告) with names on （1）（2） lines, English names first with the Chinese in brackets, 自发布次日起, 决定即日起将其,
停止对以下实体实施上述措施： over bare name lines, a bare number said again after its full citation, a news lead
【…电】 with 宣布暂停 and the listing told after, a clause cited as 第N项 and extended, annex lines with a ／ slash, a
start heading the measures, a manager group named inline beside the annex's companies, an office's own notice; and the
doubts for a header date against the signature's and for an entity cited to a listing that never held it. Texts
written for these tests (issue 16), never copies of any held-out text; the entities are real listed ones (shared
facts), the numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names as _names
from grammar_helpers import names_zh_en as _zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.numbers import qualify_repeated


def test_a_listing_cited_inverted_with_names_on_bracket_numbered_lines() -> None:
    ann = _read("商务部公告2046年第4号\n\n关于将两家实体移出出口管制管控名单的公告\n\n"
                "列入商务部2025年第13号公告的以下实体已向商务部提交书面说明，表示将停止相关行为：\n"
                "（1）莱多斯公司（Leidos）\n（2）监控研究公司（IP Video Market Info, Inc.）\n"
                "经审查，商务部决定，自本公告公布之日起，将上述两家实体从出口管制管控名单中移出。\n\n"
                "商务部\n2046年2月3日\n")
    assert _acts(ann) == [("remove", "ECL", "2046-02-03", None, ("MOFCOM-2025-13",))]
    assert _zh_en(ann) == [("莱多斯公司", "Leidos"), ("监控研究公司", "IP Video Market Info, Inc.")]
    _quiet(ann)


def test_english_names_first_a_granted_request_and_the_day_after_publication() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2046〕3号\n\n关于将两家企业移出不可靠实体清单的公告\n\n"
                "Red Six Solutions（红色六方案公司）与Firestorm Labs,Inc.（火风暴实验室公司），系经不可靠实体清单"
                "工作机制〔2025〕7号公告列入不可靠实体清单。两家企业已书面申请移出。\n\n"
                "工作机制经审查，决定接受上述申请，将两家企业移出不可靠实体清单。\n\n本公告自公布次日起施行。\n\n"
                "不可靠实体清单工作机制\n2046年3月9日\n")
    assert _acts(ann) == [("remove", "UEL", "2046-03-10", None, ("UEL-2025-7",))]
    assert _zh_en(ann) == [("红色六方案公司", "Red Six Solutions"), ("火风暴实验室公司", "Firestorm Labs,Inc.")]
    _quiet(ann)


_ONE_REMOVED = ("不可靠实体清单工作机制公告〔2046〕5号\n\n关于将一家企业移出不可靠实体清单的公告\n\n"
                "工作机制对依据〔2025〕{cited}号公告列入不可靠实体清单的萨罗尼克科技公司（Saronic Technologies, Inc.）"
                "的申请进行了审查。鉴于其已纠正有关行为，工作机制决定即日起将其移出不可靠实体清单。\n\n"
                "不可靠实体清单工作机制\n2046年6月1日\n")


def test_a_removal_of_qi_takes_the_one_named_before_and_starts_at_once() -> None:
    ann = _read(_ONE_REMOVED.format(cited=9))
    assert _acts(ann) == [("remove", "UEL", "2046-06-01", None, ("UEL-2025-9",))]
    assert _zh_en(ann) == [("萨罗尼克科技公司", "Saronic Technologies, Inc.")]
    _quiet(ann)


def test_an_entity_cited_to_a_listing_that_never_held_it_is_a_doubt() -> None:
    ann = _read(_ONE_REMOVED.format(cited=7))  # 萨罗尼克科技公司 was listed by 〔2025〕9号, not 7号
    assert _acts(ann) == [("remove", "UEL", "2046-06-01", None, ("UEL-2025-7",))]
    assert _flagged(ann, "is not among the entities UEL-2025-7 listed")


def test_the_page_header_date_against_the_signature_date_is_a_doubt_the_signature_taken() -> None:
    body = ("爱尔康公司（Aerkomm Inc.）系不可靠实体清单工作机制〔2025〕9号公告所列实体。商务部决定将爱尔康公司移出出口"
            "管制管控名单。\n\n本公告自公布之日起施行。\n\n商务部\n2046年4月20日\n")
    title, number = "商务部公告2046年第12号 关于移出一家实体的公告", "商务部公告2046年第12号"
    ann = _read(_head(title, number, "2046年04月13日") + body)
    assert ann["published"] == "2046-04-20"
    assert _acts(ann)[0][2] == "2046-04-20"
    assert _flagged(ann, "disagree")
    same = _read(_head(title, number, "2046年04月20日") + body)
    assert not _flagged(same, "disagree")


def test_an_offices_notice_of_its_move_decides_nothing() -> None:
    ann = _read("不可靠实体清单工作机制办公室关于调整办公地址的通知\n\n各有关方面：\n\n"
                "自2046年5月1日起，本办公室迁至新址。被列入不可靠实体清单的实体申请移出，或者就恢复实施处理措施提出意见的，请按下列办公地址联系。"
                "涉及出口管制管控名单的事项，由商务部安全与管制局办理。\n\n办公地址：北京市某区某路1号\n\n"
                "不可靠实体清单工作机制办公室\n2046年4月10日\n")
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]
    assert ann["issuer"] == "不可靠实体清单工作机制办公室"
    assert ann["published"] == "2046-04-10"


def test_stopping_the_measures_on_entities_listed_below_on_bare_lines_with_half_width_brackets() -> None:
    ann = _read("商务部公告2046年第15号\n\n关于停止对部分实体实施管控措施的公告\n\n"
                "2025年3月4日，商务部以2025年第13号公告对15家美国实体实施出口管制管控措施。"
                "商务部决定自2046年7月1日起停止对下列实体实施上述措施：\n\n"
                "SourceMap公司(Sourcemap, Inc.)\n急速飞行公司(Rapid Flight LLC)\n\n其他实体不受影响。\n\n"
                "商务部\n2046年6月20日\n")
    assert _acts(ann) == [("terminate", "ECL", "2046-07-01", None, ("MOFCOM-2025-13",))]
    assert _zh_en(ann) == [("SourceMap公司", "Sourcemap, Inc."), ("急速飞行公司", "Rapid Flight LLC")]
    _quiet(ann)


def test_stopping_the_measures_of_a_cited_notice_on_entities_numbered_below_the_colon() -> None:
    ann = _read("商务部公告2046年第16号\n\n关于停止实施部分管控措施的公告\n\n商务部决定，自2046年8月1日起，停止对下列"
                "实体实施商务部公告2025年第13号规定的管控措施：\n\n1．SourceMap公司（Sourcemap, Inc.）\n"
                "2．急速飞行公司（Rapid Flight LLC）\n\n商务部\n2046年7月20日\n")
    assert _acts(ann) == [("terminate", "ECL", "2046-08-01", None, ("MOFCOM-2025-13",))]
    assert [zh for zh, _en in _zh_en(ann)] == ["SourceMap公司", "急速飞行公司"]
    _quiet(ann)
    cut = _read("商务部公告2046年第16号\n\n关于停止实施部分管控措施的公告\n\n商务部决定，自2046年8月1日起，停止对下列"
                "实体实施商务部公告2025年第13号规定的管控措施：\n\n商务部\n2046年7月20日\n")
    assert cut["needs_review"]


def test_a_bare_number_said_again_takes_the_issuer_cited_before() -> None:
    text = ("商务部于2046年1月5日发布2046年第2号公告，对某物项实施出口管制。"
            "商务部决定，解除2046年第2号公告规定的出口管制。")
    assert qualify_repeated(text).endswith("解除商务部公告2046年第2号公告规定的出口管制。")
    assert qualify_repeated("解除2046年第2号公告规定的出口管制。") == "解除2046年第2号公告规定的出口管制。"
    ann = _read("商务部公告2046年第20号\n\n关于解除某物项出口管制的公告\n\n"
                "商务部于2046年1月5日发布2046年第2号公告（《关于对某合金实施出口管制的公告》），对相关物项实施出口管制。"
                "\n\n商务部决定，自2046年9月1日起，解除2046年第2号公告规定的出口管制。\n\n商务部\n2046年8月25日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2046-09-01", None, ("MOFCOM-2046-2",))]
    _quiet(ann)


def test_a_news_lead_announcing_a_suspension_the_listing_told_after_and_the_start_later() -> None:
    ann = _read("某某日報　2046年10月9日\n\n商務部暫停對兩家美企的管控措施\n\n"
                "【本報北京電】商務部昨日（8日）發布2046年第25號公告，宣布暫停對莱多斯公司（Leidos）及斯凯迪奥公司"
                "（Skydio, Inc.）實施出口管制管控措施，為期六個月。兩家企業均經商務部2025年第13號公告列入管控名單。\n\n"
                "公告稱，暫停自公告發布之日起計算。\n\n商務部\n2046年10月8日\n")
    assert ann["doc_id"] == "MOFCOM-2046-25"
    assert _acts(ann) == [("suspend", "ECL", "2046-10-08", "2047-04-08", ("MOFCOM-2025-13",))]
    assert _zh_en(ann) == [("莱多斯公司", "Leidos"), ("斯凯迪奥公司", "Skydio, Inc.")]
    _quiet(ann)


def test_a_clause_cited_as_an_item_and_its_suspension_extended_from_a_later_start() -> None:
    ann = _read("商务部公告2046年第30号\n\n关于延长暂停实施期限的公告\n\n"
                "商务部公告2024年第46号第二项的暂停实施期限即将到期。商务部决定，将该项的暂停实施期限延长一年，"
                "自2046年11月28日起计算。\n\n商务部\n2046年11月15日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2046-11-28", "2047-11-28", ("MOFCOM-2024-46#2",))]
    _quiet(ann)


def test_annex_lines_with_a_slash_between_the_names_and_a_start_heading_the_measures() -> None:
    ann = _read("商务部公告2046年第33号\n\n鉴于附件所列2家日本实体危害我国国家安全和利益，商务部决定将其列入出口管制"
                "管控名单。自2046年12月1日起：\n\n一、禁止向附件所列实体出口两用物项；\n二、正在开展的相关出口活动应当立即停止。"
                "\n\n附件：出口管制管控名单\n\n商务部\n2046年11月20日\n\n附件\n\n出口管制管控名单\n"
                "一、三菱造船株式会社／Mitsubishi Heavy Industries Shipbuilding Co.\n"
                "二、三菱重工海事系统株式会社/Mitsubishi Heavy Industries Maritime Systems, Ltd.\n")
    assert _acts(ann) == [("add", "ECL", "2046-12-01", None, ())]
    assert _zh_en(ann) == [("三菱造船株式会社", "Mitsubishi Heavy Industries Shipbuilding Co."),
                           ("三菱重工海事系统株式会社", "Mitsubishi Heavy Industries Maritime Systems, Ltd.")]
    _quiet(ann)


def test_managers_named_inline_beside_the_companies_of_the_annex() -> None:
    ann = _read("中华人民共和国外交部令\n第140号\n\n外交部关于对美国企业及其高级管理人员采取反制措施的决定\n\n"
                "依据《中华人民共和国反外国制裁法》，外交部决定：\n\n"
                "对附件所列企业，冻结其在我国境内的财产，禁止我国境内的组织、个人与其进行交易。\n\n"
                "对上述企业高级管理人员约翰·坎蒂伦（John Cantillon）和米奇·麦克唐纳（Mitch McDonald），不予签发签证、"
                "不准入境。\n\n本决定自2046年5月5日起施行。\n\n附件：企业名单\n\n外交部部长\n2046年5月5日\n\n附件\n企业名单\n"
                "1. 吉布斯与考克斯公司（Gibbs & Cox, Inc.）\n2. VSE公司（VSE Corporation）\n")
    assert [a[:3] for a in _acts(ann)] == [("add", "CML", "2046-05-05"), ("add", "CML", "2046-05-05")]
    assert [n[0] for n in _names(ann, 0)] == ["吉布斯与考克斯公司", "VSE公司"]
    assert _names(ann, 1) == [("约翰·坎蒂伦", "John Cantillon", "person"),
                              ("米奇·麦克唐纳", "Mitch McDonald", "person")]
    _quiet(ann)


def test_the_measures_a_notice_took_on_its_listed_entities_name_no_one() -> None:
    ann = _read("商务部新闻发言人就有关措施答记者问\n\n来源：商务部新闻办公室　2046-03-01 10:00\n\n问：请介绍情况。\n\n"
                "答：经研究，自北京时间2046年3月5日0时起，商务部公告2025年第22号对所列实体采取的措施，暂停实施30天。\n")
    assert _acts(ann) == [("suspend", "ECL", "2046-03-05", "2046-04-04", ("MOFCOM-2025-22",))]
    assert ann["actions"][0]["entities"] == []
    _quiet(ann)
