"""The grammar on the shapes the twenty-second blind set showed: names in the rows of a table (序号/中文名称/英文名称,
姓名/职务) or on bare lines below the decision, a decision split into articles (第一条/第二条), a clause cited after the
cited notice's bare title, a Q&A whose answer names the UEL's working mechanism only, an item control with the
acting body after 决定, names before the verb of a resumption, and a guideline's advice that decides nothing. Texts
written for these tests (issue 16), never copies of any held-out text; the entities are real listed ones (shared
facts), the numbers, roles, items and dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts as _acts
from grammar_helpers import head as _head
from grammar_helpers import names as _names_kind
from grammar_helpers import names_zh_en as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.coverage import count_coverage
from policywatch.parsers.crosscheck import name_doubts
from policywatch.parsers.types import Action, Entity


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    number_text = f"商务部公告2043年第{number}号"
    return _head(f"{number_text} {title}", number_text, day) + f"{body}\n\n商务部\n{day}\n"


def _mfa_order(number: int, title: str, body: str, day: str, start: str = "自公布之日起施行") -> str:
    return (f"中华人民共和国外交部令\n第{number}号\n\n《{title}》已于{day}经外交部部务会议审议通过，现予公布，{start}。"
            f"\n\n外交部部长\n{day}\n\n{title}\n\n{body}\n")


def test_names_in_the_rows_of_a_table_under_its_head_row() -> None:
    body = ("根据《中华人民共和国出口管制法》有关规定，商务部决定将商务部公告2025年第21号所列的下述2家实体移出出口管制"
            "管控名单：\n\n序号　中文名称　英文名称\n1　特科姆公司　TCOM, Limited Partnership\n"
            "2　ACT1联邦公司　ACT1 Federal\n\n本公告自发布之日起施行。")
    ann = _read(_mofcom(4, "关于将2家实体移出出口管制管控名单的公告", body, "2043年2月9日"))
    assert _acts(ann) == [("remove", "ECL", "2043-02-09", None, ("MOFCOM-2025-21",))]
    assert _names(ann) == [("特科姆公司", "TCOM, Limited Partnership"), ("ACT1联邦公司", "ACT1 Federal")]
    _quiet(ann)


def test_persons_in_a_name_and_role_table_below_the_decision() -> None:
    body = ("根据《中华人民共和国反外国制裁法》第四条、第五条，外交部决定对下列人员采取反制措施：\n\n"
            "姓名　　　　职务\n安舒曼·罗伊（Anshuman Roy）　　美国某军工企业首席技术官\n"
            "丹·斯穆特（Dan Smoot）　　美国某军工企业总裁\n\n"
            "措施如下：冻结其在我国境内的动产、不动产和其他各类财产；不予签发签证、不准入境。")
    ann = _read(_mfa_order(131, "外交部关于对美国军工企业高级管理人员采取反制措施的决定", body, "2043年3月4日"))
    assert _acts(ann) == [("add", "CML", "2043-03-04", None, ())]
    assert _names_kind(ann) == [("安舒曼·罗伊", "Anshuman Roy", "person"), ("丹·斯穆特", "Dan Smoot", "person")]
    _quiet(ann)


def test_companies_on_bare_lines_then_numbered_measures_under_a_later_start() -> None:
    body = ("依据《中华人民共和国反外国制裁法》第四条、第六条，外交部决定对以下美国企业采取反制裁措施：\n\n"
            "侦察艇有限责任公司（ReconCraft）\n高点航空技术公司（High Point Aerotechnologies）\n\n"
            "一、冻结上述企业在我国境内的动产、不动产和其他各类财产；\n二、禁止我国境内组织、个人与上述企业进行交易。")
    ann = _read(_mfa_order(132, "外交部关于对美国军工企业采取反制裁措施的决定", body, "2043年4月2日",
                           start="自2043年4月10日起施行"))
    assert _acts(ann) == [("add", "CML", "2043-04-10", None, ())]
    assert _names(ann) == [("侦察艇有限责任公司", "ReconCraft"), ("高点航空技术公司", "High Point Aerotechnologies")]
    _quiet(ann)


def test_groups_in_the_articles_of_a_decision() -> None:
    body = ("第一条　对伊庇鲁斯公司（Epirus, Inc.）、迪德罗恩公司（Dedrone Holdings Inc.），冻结其在我国境内的动产、"
            "不动产和其他各类财产。\n\n第二条　对约翰·库默（John A. Cuomo）、安·伍德（Ann Wood），"
            "不予签发签证、不准入境。\n\n第三条　本决定自公布之日起施行。")
    ann = _read(_mfa_order(133, "外交部关于对美国企业及其高级管理人员采取反制措施的决定", body, "2043年5月6日"))
    assert _acts(ann) == [("add", "CML", "2043-05-06", None, ()), ("add", "CML", "2043-05-06", None, ())]
    assert _names(ann, 0) == [("伊庇鲁斯公司", "Epirus, Inc."), ("迪德罗恩公司", "Dedrone Holdings Inc.")]
    assert _names_kind(ann, 1) == [("约翰·库默", "John A. Cuomo", "person"), ("安·伍德", "Ann Wood", "person")]
    _quiet(ann)


def test_articles_not_opening_with_an_object_are_no_groups() -> None:
    body = ("第一条　为规范两用物项出口管理，制定本办法。\n\n第二条　本办法自公布之日起施行。")
    ann = _read(_mfa_order(134, "外交部关于有关事项的决定", body, "2043年5月6日"))
    assert ann["actions"] == []


def test_a_clause_cited_after_the_bare_title_of_its_notice_with_a_stated_end() -> None:
    body = ("商务部决定，商务部公告2024年第46号《关于加强相关两用物项对美国出口管制的公告》第二款自2043年11月28日起"
            "继续暂停实施，至2044年6月30日止。")
    ann = _read(_mofcom(25, "关于继续暂停实施商务部公告2024年第46号第二款的公告", body, "2043年11月21日"))
    assert _acts(ann) == [("suspend", "ITEM", "2043-11-28", "2044-06-30", ("MOFCOM-2024-46#2",))]
    _quiet(ann)


_QA = ("商务部新闻发言人就有关清单措施答记者问\n来源：商务部新闻办公室　2043-06-02\n\n"
       "问：不可靠实体清单工作机制公告〔2025〕7号所列实体的处理措施有何安排？\n\n"
       "答：工作机制决定，自北京时间2043年6月10日起，暂停实施公告〔2025〕7号对相关实体采取的处理措施，暂停期限为90天。"
       "\n\n问：商务部公告2025年第22号所列实体呢？\n\n"
       "答：商务部决定，自北京时间2043年6月10日起，同样暂停实施商务部公告2025年第22号规定的管控措施90天。\n")


def test_a_qa_answer_naming_the_working_mechanism_only_cites_the_uel_series() -> None:
    ann = _read(_QA)
    assert _acts(ann) == [("suspend", "UEL", "2043-06-10", "2043-09-08", ("UEL-2025-7",)),
                          ("suspend", "ECL", "2043-06-10", "2043-09-08", ("MOFCOM-2025-22",))]
    _quiet(ann)


def test_more_decisions_under_cited_notices_than_changes_read_is_a_doubt() -> None:
    one = Action("suspend", "ECL", (), ("MOFCOM-2025-22",), dt.date(2043, 6, 10), dt.date(2043, 9, 8), False, (),
                 None)
    text = _QA.split("\n", 1)[1]
    assert count_coverage(text, (one,), dt.date(2043, 6, 2))
    assert not count_coverage(text, (one, one), dt.date(2043, 6, 2))


def test_an_item_control_with_the_acting_body_after_the_decision() -> None:
    body = ("根据《中华人民共和国出口管制法》有关规定，经研究决定，商务部自2043年9月1日起对纯度不低于99.99%的铌溅射靶材"
            "实施出口管制，出口经营者出口上述物项应当申请许可。")
    ann = _read(_mofcom(14, "关于对铌溅射靶材实施出口管制的公告", body, "2043年8月12日"))
    assert _acts(ann) == [("control", "ITEM", "2043-09-01", None, ())]
    _quiet(ann)


def test_names_before_the_verb_of_a_resumption_of_measures_referred_back_to() -> None:
    text = ("不可靠实体清单工作机制公告\n〔2043〕2号\n\n关于恢复对2家实体实施相关措施的公告\n\n"
            "不可靠实体清单工作机制此前暂停了对不可靠实体清单工作机制公告〔2025〕2号所列部分实体采取的处理措施。"
            "工作机制决定，自2043年7月1日起，对铁山解决方案公司（IronMountain Solutions）和阿克西恩特公司（Axient）"
            "恢复实施上述处理措施。\n\n特此公告。\n\n不可靠实体清单工作机制\n2043年6月20日\n")
    ann = _read(text)
    assert _acts(ann) == [("resume", "UEL", "2043-07-01", None, ("UEL-2025-2",))]
    assert _names(ann) == [("铁山解决方案公司", "IronMountain Solutions"), ("阿克西恩特公司", "Axient")]
    _quiet(ann)


def test_a_guidelines_advice_to_suspend_and_resume_decides_nothing() -> None:
    body = ("为指导出口经营者做好出口管制合规工作，商务部编制了《两用物项出口合规工作指南》，现予发布。\n\n"
            "指南提示出口经营者定期开展不可靠实体清单、出口管制管控名单筛查；交易对方被列入名单的，应暂停有关交易，"
            "相关措施移出后方可恢复。本公告不涉及对任何名单的调整。")
    ann = _read(_mofcom(31, "关于发布《两用物项出口合规工作指南》的公告", body, "2043年12月8日"))
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]


def test_table_rows_with_a_country_cell_after_the_english_name() -> None:
    body = ("商务部决定将商务部公告2025年第21号所列的下述2家实体移出出口管制管控名单：\n\n"
            "序号　中文名称　英文名称　国家\n1　特科姆公司　TCOM, Limited Partnership　美国\n"
            "2　文本矿公司　TextOre　美国")
    ann = _read(_mofcom(5, "关于将2家实体移出出口管制管控名单的公告", body, "2043年2月9日"))
    assert _names(ann) == [("特科姆公司", "TCOM, Limited Partnership"), ("文本矿公司", "TextOre")]
    _quiet(ann)


def test_numbered_persons_rows_with_name_english_and_office_cells() -> None:
    body = ("外交部决定对下列人员采取反制措施：\n\n序号　姓名　英文名　职务\n"
            "1　约翰·库默　John A. Cuomo　某公司首席执行官\n"
            "2　安·伍德　Ann Wood　某公司首席运营官\n\n措施如下：冻结其在我国境内的动产、不动产和其他各类财产。")
    ann = _read(_mfa_order(141, "外交部关于对美国军工企业高级管理人员采取反制措施的决定", body, "2043年3月4日"))
    assert _names_kind(ann) == [("约翰·库默", "John A. Cuomo", "person"), ("安·伍德", "Ann Wood", "person")]
    _quiet(ann)


def test_an_article_opening_with_the_measure_on_its_object() -> None:
    body = ("第一条　冻结伊庇鲁斯公司（Epirus, Inc.）、迪德罗恩公司（Dedrone Holdings Inc.）在我国境内的动产、不动产和"
            "其他各类财产。\n\n第二条　本决定自公布之日起施行。")
    ann = _read(_mfa_order(140, "外交部关于对美国企业采取反制措施的决定", body, "2043年3月4日"))
    assert _acts(ann) == [("add", "CML", "2043-03-04", None, ())]
    assert _names(ann) == [("伊庇鲁斯公司", "Epirus, Inc."), ("迪德罗恩公司", "Dedrone Holdings Inc.")]


def test_an_answer_refers_back_to_the_notice_its_question_cites() -> None:
    ann = _read("商务部新闻发言人就不可靠实体清单有关措施答记者问\n来源：商务部新闻办公室　2043-06-02\n\n"
                "问：不可靠实体清单工作机制公告〔2025〕7号所列实体的处理措施有何安排？\n\n"
                "答：经研究，工作机制决定，自北京时间2043年6月10日起，暂停实施上述公告规定的处理措施，暂停期限为60天。\n\n"
                "问：商务部公告2025年第22号所列实体呢？\n\n"
                "答：商务部决定，自北京时间2043年6月10日起，暂停实施该公告规定的管控措施60天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2043-06-10", "2043-08-09", ("UEL-2025-7",)),
                          ("suspend", "ECL", "2043-06-10", "2043-08-09", ("MOFCOM-2025-22",))]
    assert ann["actions"][1]["entities"] == []  # the names a question asks about are not the answer's
    _quiet(ann)


def test_a_traders_duty_to_suspend_a_deal_is_no_change() -> None:
    body = ("商务部编制了《出口管制内部合规工作手册》，现予发布。\n\n出口经营者发现交易对方被列入不可靠实体清单"
            "或出口管制管控名单的，应当暂停相关交易，待相关实体移出名单后方可恢复交易。本公告不涉及对任何名单的调整。")
    ann = _read(_mofcom(40, "关于发布《出口管制内部合规工作手册》的公告", body, "2043年12月8日"))
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]


def test_a_briefing_titled_by_the_ministry_then_its_day_is_the_ministrys_of_that_day() -> None:
    ann = _read("外交部2043年10月12日例行记者会\n\n问：中方是否会暂停或恢复对有关美国企业的反制措施？\n\n"
                "答：中方将视情采取必要措施。我目前没有可以发布的新的反制措施。\n")
    assert (ann["issuer"], ann["published"], ann["actions"]) == ("外交部", "2043-10-12", [])
    _quiet(ann)


def test_articles_each_naming_a_group_on_bare_lines_below() -> None:
    body = ("第一条　对下列企业，冻结其在我国境内的动产、不动产和其他各类财产：\n\n"
            "红猫控股公司（Red Cat Holdings, Inc.）\n蒂尔无人机公司（Teal Drones, Inc.）\n\n"
            "第二条　对下列人员，不予签发签证、不准入境：\n\n安·伍德（Ann Wood）\n丹·斯穆特（Dan Smoot）\n\n"
            "第三条　本决定自公布之日起施行。")
    ann = _read(_mfa_order(150, "外交部关于对美国军工企业及高级管理人员采取反制措施的决定", body, "2043年5月28日"))
    assert [a[:3] for a in _acts(ann)] == [("add", "CML", "2043-05-28")] * 2
    assert _names(ann, 0) == [("红猫控股公司", "Red Cat Holdings, Inc."), ("蒂尔无人机公司", "Teal Drones, Inc.")]
    assert _names_kind(ann, 1) == [("安·伍德", "Ann Wood", "person"), ("丹·斯穆特", "Dan Smoot", "person")]
    _quiet(ann)


def test_a_table_row_whose_chinese_name_holds_a_dunhao() -> None:
    body = ("商务部决定将商务部公告2025年第1号所列的下述2家实体移出出口管制管控名单：\n\n"
            "序号　中文名称　英文名称\n1　波音防务、空间与安全集团　Boeing Defense, Space & Security\n"
            "2　洛克希德·马丁公司　Lockheed Martin Corporation")
    ann = _read(_mofcom(6, "关于将2家实体移出出口管制管控名单的公告", body, "2043年1月21日"))
    assert _names(ann) == [("波音防务、空间与安全集团", "Boeing Defense, Space & Security"),
                           ("洛克希德·马丁公司", "Lockheed Martin Corporation")]
    _quiet(ann)


def test_a_traditional_reprint_numbering_the_notice_in_a_bracket_after_the_word() -> None:
    ann = _read("某某日報　2043年8月19日\n\n工作機制將兩家美企移出不可靠實體清單\n\n【本報訊】不可靠實體清單工作機制"
                "8月18日發布公告（〔2043〕3號），全文如下：\n\n根據《不可靠實體清單規定》第十三條，不可靠實體清單工作機制決定，將"
                "不可靠實體清單工作機制公告〔2025〕10號所列VSE公司（VSE Corporation）和Exelis公司（Exelis Inc.）移出"
                "不可靠實體清單。\n\n不可靠實體清單工作機制\n2043年8月18日\n")
    assert (ann["doc_id"], ann["published"]) == ("UEL-2043-3", "2043-08-18")
    assert _acts(ann) == [("remove", "UEL", "2043-08-18", None, ("UEL-2025-10",))]
    assert _names(ann) == [("VSE公司", "VSE Corporation"), ("Exelis公司", "Exelis Inc.")]
    _quiet(ann)


def test_an_answer_suspending_the_measures_the_asked_notice_took_on_its_entities() -> None:
    ann = _read("商务部新闻发言人就出口管制管控名单有关措施答记者问\n来源：商务部新闻办公室　2043-09-15\n\n"
                "问：商务部公告2025年第51号所列实体的管控措施有何调整？\n\n答：商务部决定，自北京时间2043年9月20日零时起，"
                "暂停实施该公告对相关实体采取的出口管制管控措施，期限为两个月。\n")
    assert _acts(ann) == [("suspend", "ECL", "2043-09-20", "2043-11-20", ("MOFCOM-2025-51",))]
    _quiet(ann)


def test_a_period_sentence_stating_its_start_before_its_length() -> None:
    body = ("商务部决定，对商务部公告2025年第13号所列莱多斯公司（Leidos）暂停实施出口管制管控措施。"
            "暂停期限自2043年5月10日起计算，为180日。")
    ann = _read(_mofcom(9, "关于暂停对1家实体实施出口管制管控措施的公告", body, "2043年5月6日"))
    assert _acts(ann) == [("suspend", "ECL", "2043-05-10", "2043-11-06", ("MOFCOM-2025-13",))]
    _quiet(ann)


def test_a_tables_columns_tell_where_a_chinese_name_without_a_company_word_ends() -> None:
    body = ("商务部决定将商务部公告2025年第21号所列的下述2家实体移出出口管制管控名单：\n\n"
            "序号　中文名称　英文名称\n1　文本矿　TextOre\n2　立方　Cubic Corporation")
    ann = _read(_mofcom(7, "关于将2家实体移出出口管制管控名单的公告", body, "2043年1月21日"))
    assert _names(ann) == [("文本矿", "TextOre"), ("立方", "Cubic Corporation")]
    _quiet(ann)


def test_a_latin_only_name_after_a_chinese_word_and_a_space_is_a_doubt() -> None:
    one = Action("remove", "ECL", (Entity(None, "TextOre", "US", "organization"),), ("MOFCOM-2025-21",),
                 dt.date(2043, 1, 21), None, False, (), None)
    assert name_doubts("1 文本矿 TextOre", (one,))
    assert not name_doubts("将欧盟 TextOre 移出", (one,))  # a qualifier before it, no name


def test_a_chinese_name_running_on_into_latin_words_is_a_doubt() -> None:
    one = Action("remove", "ECL", (Entity("文本矿 TextOre", None, "US", "organization"),), ("MOFCOM-2025-21",),
                 dt.date(2043, 1, 21), None, False, (), None)
    assert name_doubts("1 文本矿 TextOre", (one,))
