"""The operative-sentence grammar on wordings new to the parser (issue 16, fifth round): texts written for these
tests in the forms where the fifth blind set found misses, each in wordings of its own and its neighbours — never
copies of any held-out text. Names, numbers and items are made up. A notice read completely stays unflagged; a
notice that controls exports is never silent; a licensing notice is neither an action nor a flag."""

from __future__ import annotations

import pytest
from grammar_helpers import acts as _acts
from grammar_helpers import head as _head
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers import parse_doc_number
from policywatch.parsers.entities import prose_orgs
from policywatch.parsers.review import is_relevant

# ---------------------------------------------------------------- 1. a control of customs' own: 对X的出口实施管制

GACC_HEAD = "海关总署公告2027年第41号（关于对部分钽铌物项出口实施管制的公告）\n\n"
GACC_TAIL = "\n\n特此公告。\n\n海关总署\n2027年3月2日\n"


@pytest.mark.parametrize("sentence", [
    "根据有关法律法规，海关总署决定自2027年4月1日起，对钽铌合金粉末及其制品的出口实施管制。",
    "海关总署决定，自2027年4月1日起对钽铌合金粉末的出口实施管制。",
    "经研究，海关总署决定自2027年4月1日起，对钽铌合金粉末实施出口管控措施。",
    "海关总署决定自2027年4月1日起对钽铌合金粉末采取出口管制措施。",
])
def test_a_customs_decision_to_control_exports_is_a_control_from_its_stated_date(sentence: str) -> None:
    ann = _read(GACC_HEAD + sentence + "出口经营者应当向海关提交两用物项出口许可证。" + GACC_TAIL)
    assert ann["doc_id"] == "GACC-2027-41"
    assert _acts(ann) == [("control", "ITEM", "2027-04-01", None, ())]
    assert ann["actions"][0]["entities"] == []
    _quiet(ann)


def test_a_control_from_today_takes_the_publication_date() -> None:
    ann = _read(GACC_HEAD + "海关总署决定即日起对钽铌合金粉末的出口实施管制。" + GACC_TAIL)
    assert _acts(ann) == [("control", "ITEM", "2027-03-02", None, ())]


@pytest.mark.parametrize("issuer,sentence", [
    ("海关总署", "自2027年4月1日起，对上述物项的出口实施管制，具体办法另行公告。"),
    ("商务部", "现决定对有关高性能陶瓷材料的出口实施管制，实施时间另行通知。"),
    ("商务部 海关总署", "上述管制措施自另行公告之日起暂停实施。"),
])
def test_a_notice_that_speaks_of_controlling_exports_is_relevant_from_any_issuer(issuer: str, sentence: str) -> None:
    assert is_relevant(f"关于有关物项的公告\n\n{sentence}\n\n{issuer}\n2027年3月2日\n", "DOC-x", issuer)


@pytest.mark.parametrize("sentence", [
    "中方一贯依法依规实施出口管制，维护国际防扩散体系。",
    "有关出口管制措施不针对特定国家和地区。",
])
def test_policy_talk_about_export_control_is_not_a_control(sentence: str) -> None:
    assert not is_relevant(f"商务部新闻发言人答记者问\n\n答：{sentence}\n", "QA-2027-03-02-x", "商务部新闻发言人")


def test_a_controlling_notice_read_as_no_action_is_flagged_never_silent() -> None:
    # No decision, no start, the items deferred: nothing can be read, so a human must.
    ann = _read(GACC_HEAD + "对有关钽铌物项的出口实施管制的具体范围和办法，将另行公告。" + GACC_TAIL)
    assert ann["actions"] == []
    assert ann["needs_review"]
    assert any("no action read" in r for r in ann["review_reasons"])


# ---------------------------------------------------------------- 2. licensing administration is no action

LICENCE_TAIL = "\n\n商务部\n2027年2月10日\n"


@pytest.mark.parametrize("body", [
    "一、因平台维护暂停受理的两用物项出口许可申请，自2027年3月1日起恢复受理。\n"
    "二、自2027年3月1日起，取消纸质申请材料的受理。",
    "一、自2027年3月1日起，暂停受理两用物项出口通用许可的纸质申请。\n二、申请人应在线提交申请材料。",
    "一、自2027年3月1日起恢复办理两用物项出口许可证件的现场领取。",
])
def test_resuming_or_suspending_the_receipt_of_licence_applications_is_never_an_action(body: str) -> None:
    ann = _read(_head("商务部公告2027年第12号 关于优化两用物项出口许可服务的公告", "商务部公告2027年第12号",
                      "2027年2月10日") + "为方便经营者，现将有关事项公告如下：\n\n" + body
                + "\n三、本公告不涉及对不可靠实体清单和出口管制管控名单的调整。" + LICENCE_TAIL)
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]


def test_a_licensing_sentence_on_listed_entities_with_a_disclaimer_is_neither_action_nor_flag() -> None:
    ann = _read(_head("商务部公告2027年第13号 关于出口许可办理的公告", "商务部公告2027年第13号", "2027年2月10日")
                + "自2027年3月1日起，向出口管制管控名单所列实体出口的，恢复按照原有程序办理许可申请。"
                "本公告不涉及出口管制管控名单的调整。" + LICENCE_TAIL)
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]


def test_a_disclaimer_of_one_list_leaves_an_action_on_another_list() -> None:
    ann = _read(_head("商务部公告2027年第14号 关于将有关实体列入出口管制管控名单的公告", "商务部公告2027年第14号",
                      "2027年2月10日")
                + "根据有关规定，商务部决定将远帆电子公司（Yuanfan Electronics Inc.）列入出口管制管控名单。"
                "本公告不涉及对不可靠实体清单的调整。本公告自2027年2月10日起正式实施。" + LICENCE_TAIL)
    assert [a[:2] for a in _acts(ann)] == [("add", "ECL")]
    assert [n[1] for n in _names(ann)] == ["Yuanfan Electronics Inc."]


# ---------------------------------------------------------------- 3. a clause referred back to, period 自A起至B

CLAUSE_HEAD = _head("商务部公告2027年第20号 关于继续暂停实施有关条款的公告", "商务部公告2027年第20号", "2027年5月6日")
CLAUSE_TAIL = "\n\n商务部\n2027年5月6日\n"


@pytest.mark.parametrize("sentence,until", [
    ("经批准，商务部公告2025年第58号第三款的暂停实施期限届满后，自2027年5月20日起至2028年5月19日，该款继续暂停实施。",
     "2028-05-19"),
    ("商务部公告2025年第58号第三款暂停期限届满后，该款自2027年5月20日起继续暂停实施至2028年5月19日。", "2028-05-19"),
    ("对商务部公告2025年第58号第三款，自2027年5月20日起至2027年11月19日，上述条款继续暂停实施。", "2027-11-19"),
    ("商务部公告2025年第58号第三款暂停实施的期限届满后，自2027年5月20日起，该款继续暂停实施180天。", "2027-11-16"),
])
def test_a_clause_named_before_the_verb_and_referred_back_to_is_the_object(sentence: str, until: str) -> None:
    ann = _read(CLAUSE_HEAD + sentence + CLAUSE_TAIL)
    assert _acts(ann) == [("suspend", "ITEM", "2027-05-20", until, ("MOFCOM-2025-58#3",))]
    _quiet(ann)


def test_a_whole_notice_referred_back_to_by_gai_gonggao_is_the_target() -> None:
    ann = _read(CLAUSE_HEAD + "商务部 海关总署公告2025年第58号的暂停实施期限届满后，自2027年5月20日起至2028年5月19日，"
                "该公告继续暂停实施。" + CLAUSE_TAIL)
    assert _acts(ann)[0][2:] == ("2027-05-20", "2028-05-19", ("MOFCOM-2025-58",))


# ---------------------------------------------------------------- 4. news reprints: lead, page meta line

TRAD_ECL = ("商務部公告2027年第31號　將2家美國實體列入出口管制管控名單\n2027-04-03 09:20　來源：星島日報\n\n"
            "【星島日報訊】綜合報道：中國商務部於2027年4月2日發佈商務部公告2027年第31號，根據《中華人民共和國出口管制法》"
            "有關規定，決定將Northgate Sensors公司等2家美國實體列入出口管制管控名單，並採取以下措施：一、禁止向上述"
            "2家實體出口兩用物項。公告自公佈之日起正式實施。\n\n被列入名單的2家實體為：\n"
            "1. Northgate Sensors公司（Northgate Sensors, Inc.）\n2. 藍灣航電公司（Bluebay Avionics Corp.）\n\n"
            "商務部新聞發言人表示，守法經營的企業無須擔憂。\n")


def test_a_traditional_reprint_reads_the_notice_date_from_its_lead_and_the_names_listed_below() -> None:
    ann = _read(TRAD_ECL)
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MOFCOM-2027-31", "商务部", "2027-04-02")
    assert _acts(ann) == [("add", "ECL", "2027-04-02", None, ())]
    assert [n[1] for n in _names(ann)] == ["Northgate Sensors, Inc.", "Bluebay Avionics Corp."]
    assert _names(ann)[1][0] == "蓝湾航电公司"
    _quiet(ann)


def test_a_reprint_naming_the_number_only_in_its_lead_takes_that_number_and_issuer() -> None:
    ann = _read("不可靠實體清單工作機制將一家美國企業列入不可靠實體清單\n2027-06-09 07:00　來源：明報\n\n"
                "【明報訊】據商務部網站消息，不可靠實體清單工作機制6月8日發佈公告（不可靠實體清單工作機制公告〔2027〕5號），"
                "決定將銀翼無人系統公司（Silverwing Unmanned Systems）列入不可靠實體清單，禁止該企業從事與中國有關的"
                "進出口活動。公告自發佈之日起實施。\n")
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("UEL-2027-5", "不可靠实体清单工作机制", "2027-06-08")
    assert _acts(ann) == [("add", "UEL", "2027-06-08", None, ())]
    _quiet(ann)


@pytest.mark.parametrize("meta,issuer,day", [
    ("发布时间：2027-03-15 来源：安全与管制局", "安全与管制局", "2027-03-15"),
    ("来源：商务部新闻办公室 日期：2027/03/15", "商务部新闻办公室", "2027-03-15"),
    ("公布日期：2027年3月15日　来源：安全与管制局", "安全与管制局", "2027-03-15"),
    ("信息来源：安全与管制局　发布时间：2027-03-15 10:00", "安全与管制局", "2027-03-15"),
])
def test_an_unnumbered_press_release_takes_issuer_and_date_from_its_meta_line(meta: str, issuer: str,
                                                                               day: str) -> None:
    ann = _read(f"商务部举办出口管制合规宣讲会\n{meta}\n\n3月14日，有关部门在某地举办出口管制合规宣讲会，介绍了"
                "出口管制管控名单和不可靠实体清单制度，以及相关措施暂停、恢复时企业应注意的事项。\n")
    assert (ann["issuer"], ann["published"]) == (issuer, day)
    assert ann["actions"] == []
    assert not ann["needs_review"], ann["review_reasons"]


# ---------------------------------------------------------------- 5. a masthead number without 年

def _uel_masthead(number_line: str, signed: str) -> str:
    return ("不可靠实体清单工作机制关于将北岸动力公司列入不可靠实体清单的公告\n\n" + number_line
            + "\n\n不可靠实体清单工作机制决定将北岸动力公司（North Shore Power Inc.）列入不可靠实体清单，"
            "并对该企业采取以下处理措施：禁止该企业从事与中国有关的进出口活动。本公告自发布之日起实施。\n\n"
            f"不可靠实体清单工作机制\n{signed}")


@pytest.mark.parametrize("masthead", [
    "不 可 靠 实 体 清 单 工 作 机 制\n公    告\n第9号",
    "不可靠实体清单工作机制公告\n第9号",
    "不可靠实体清单工作机制公告\n第九号",
    "不可靠实体清单工作机制公告\n〔2027〕9号",
])
def test_a_masthead_number_without_a_year_takes_the_year_of_the_signature(masthead: str) -> None:
    ann = _read(_uel_masthead(masthead, "（商务部代章）\n2027年8月3日\n"))
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("UEL-2027-9", "不可靠实体清单工作机制", "2027-08-03")
    _quiet(ann)


def test_a_masthead_number_without_a_year_and_no_signed_date_stays_provisional_and_flagged() -> None:
    ann = _read(_uel_masthead("不可靠实体清单工作机制公告\n第9号", "\n"))
    assert ann["doc_id"].startswith("DOC-")
    assert ann["needs_review"]
    assert any("provisional" in r for r in ann["review_reasons"])


# ---------------------------------------------------------------- 6. names after a reason clause, or referred back

ORDER_HEAD = "中华人民共和国商务部令\n2027年第4号\n\n"
ORDER_TAIL = "\n\n商务部\n2027年3月9日\n"


def test_names_after_a_reason_clause_ending_in_de_are_the_object() -> None:
    ann = _read(ORDER_HEAD + "中方决定自2027年3月10日起，将长期配合他国对中国企业实施所谓制裁的Silver Arc公司、"
                "东海战略对话会列入反制裁清单，禁止其高级管理人员入境。" + ORDER_TAIL)
    assert _acts(ann) == [("add", "CML", "2027-03-10", None, ())]
    assert [n[0] for n in _names(ann)] == ["Silver Arc公司", "东海战略对话会"]


def test_a_pointer_object_takes_the_bracketed_organisations_named_in_the_prose() -> None:
    ann = _read(ORDER_HEAD + "鉴于参与打压中国企业的Kestrel Risk公司（Kestrel Risk, LLC）和北海安全研究所"
                "（North Sea Security Institute），中方决定自2027年3月10日起将上述两家机构列入反制清单，并采取以下"
                "措施：禁止其高级管理人员入境。" + ORDER_TAIL)
    assert _names(ann) == [("Kestrel Risk公司", "Kestrel Risk, LLC", "organization"),
                           ("北海安全研究所", "North Sea Security Institute", "organization")]
    _quiet(ann)


def test_a_pointer_object_takes_the_names_of_the_decision_title() -> None:
    ann = _read(ORDER_HEAD + "现公布《关于对Lumen Grid公司、南岭政策论坛采取反制裁措施的决定》，自2027年3月10日起施行。"
                "\n\n关于对Lumen Grid公司、南岭政策论坛采取反制裁措施的决定\n\n近期，上述两家机构配合有关国家对中国企业"
                "实施所谓制裁。中方决定对上述两家机构采取以下反制裁措施：\n\n一、冻结其在中国境内的财产；\n"
                "二、禁止其高级管理人员入境。" + ORDER_TAIL)
    assert [n[0] for n in _names(ann)] == ["Lumen Grid公司", "南岭政策论坛"]
    assert _acts(ann) == [("add", "CML", "2027-03-10", None, ())]
    _quiet(ann)


def test_prose_orgs_reads_runs_of_bracketed_organisations_only() -> None:
    text = "近期，甲子公司（Jiazi Inc.）、乙丑论坛（Yichou Forum）配合有关国家。塞拉·格林（Sierra Green）表示反对。"
    assert [p[1] for p in prose_orgs(text)] == ["Jiazi Inc.", "Yichou Forum"]


# ---------------------------------------------------------------- 7. removal citing the listing order in the preamble

@pytest.mark.parametrize("listing", ["商务部令二〇二六年第九号", "商务部令2026年第9号", "商务部令二〇二六年第9号"])
def test_a_removal_cites_the_listing_order_told_after_the_preamble_says_jueding(listing: str) -> None:
    ann = _read("【发布文号】商务部令二〇二七年第五号\n\n【发文日期】2027年4月1日\n\n现公布《关于将远洋重工株式会社2家"
                "相关子公司移出反制清单的决定》，自2027年4月2日起施行。\n\n关于将远洋重工株式会社2家相关子公司移出反制"
                f"清单的决定\n\n{listing}将远洋重工株式会社4家相关子公司列入反制清单。鉴于其中2家公司已停止有关活动，"
                "中方决定将Ocean Heavy USA LLC和OH Marine Holdings Corp.两家公司移出反制清单。"
                "\n\n商务部\n2027年4月1日\n")
    assert ann["doc_id"] == "MOFCOM-ORDER-2027-5"
    assert _acts(ann) == [("remove", "CML", "2027-04-02", None, ("MOFCOM-ORDER-2026-9",))]
    assert [n[1] for n in _names(ann)] == ["Ocean Heavy USA LLC", "OH Marine Holdings Corp."]
    _quiet(ann)


@pytest.mark.parametrize("sentence,effective,until", [
    ("经批准，商务部公告2025年第58号第三款的暂停实施期限延长至2028年5月19日。", "2027-05-06", "2028-05-19"),
    ("商务部公告2025年第58号第三款暂停实施的期限，自2027年5月20日起延长一年。", "2027-05-20", "2028-05-20"),
])
def test_an_extension_of_a_clause_suspension_is_a_continued_suspension(sentence: str, effective: str,
                                                                       until: str) -> None:
    ann = _read(CLAUSE_HEAD + sentence + CLAUSE_TAIL)
    assert _acts(ann) == [("suspend", "ITEM", effective, until, ("MOFCOM-2025-58#3",))]
    _quiet(ann)


@pytest.mark.parametrize("printed", ["商务部令〔2026〕第9号", "商务部令（2026年第9号）", "商务部令2026年9号"])
def test_order_numbers_in_bracketed_or_short_forms(printed: str) -> None:
    number = parse_doc_number(f"依据{printed}列入反制清单")
    assert number is not None and number.doc_id == "MOFCOM-ORDER-2026-9"


def test_a_reprint_lead_giving_the_day_alone_takes_month_and_year_from_the_dateline() -> None:
    ann = _read("新华社北京12月2日电　商务部30日发布商务部公告2027年第44号，决定将银翼无人系统公司（Silverwing "
                "Unmanned Systems）列入出口管制管控名单。公告自发布之日起实施。\n")
    assert (ann["doc_id"], ann["published"]) == ("MOFCOM-2027-44", "2027-11-30")
    assert _acts(ann) == [("add", "ECL", "2027-11-30", None, ())]


def test_a_status_change_in_a_notice_customs_co_signs_concerns_an_item_control() -> None:
    ann = _read("商务部 海关总署公告2027第22号 关于继续暂停实施商务部公告2026年第70号的公告\n\n现将有关事项公告如下：\n"
                "商务部公告2026年第70号继续暂停实施，暂停期限至2028年1月31日。\n\n商务部 海关总署\n2027年6月1日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2027-06-01", "2028-01-31", ("MOFCOM-2026-70",))]
    _quiet(ann)


@pytest.mark.parametrize("lead,day", [
    ("【某报讯】商务部昨日（8日）发布商务部公告2027年第44号，", "2027-06-08"),
    ("【某报讯】商务部今日发布商务部公告2027年第44号，", "2027-06-09"),
    ("【某报讯】商务部于6月7日公布了商务部公告2027年第44号，", "2027-06-07"),
])
def test_a_reprint_lead_dates_the_notice_relative_to_the_reprint(lead: str, day: str) -> None:
    ann = _read("商务部将一家美国企业列入管控名单\n2027-06-09 07:00　来源：某某网\n\n" + lead
                + "决定将银翼无人系统公司（Silverwing Unmanned Systems）列入出口管制管控名单。公告自发布之日起实施。\n")
    assert (ann["doc_id"], ann["published"]) == ("MOFCOM-2027-44", day)
    _quiet(ann)


def test_a_disclaimer_of_other_lists_vetoes_nothing_and_the_notice_stays_relevant() -> None:
    ann = _read(_head("商务部公告2027年第15号 关于将有关实体列入出口管制管控名单的公告", "商务部公告2027年第15号",
                      "2027年2月10日")
                + "商务部决定将远帆电子公司（Yuanfan Electronics Inc.）列入出口管制管控名单。除上述调整外，本公告不涉及"
                "其他名单的调整。本公告自2027年2月10日起正式实施。" + LICENCE_TAIL)
    assert [a[:2] for a in _acts(ann)] == [("add", "ECL")]
    _quiet(ann)


def test_a_temporary_control_decided_by_customs_is_a_control() -> None:
    ann = _read(GACC_HEAD + "海关总署决定自2027年4月1日起，对钽铌合金粉末实施临时出口管制。" + GACC_TAIL)
    assert _acts(ann) == [("control", "ITEM", "2027-04-01", None, ())]


def test_a_decision_to_tighten_export_control_is_relevant() -> None:
    assert is_relevant("关于有关物项的公告\n\n中方决定进一步加强有关物项对某国的出口管制。\n\n商务部\n2027年3月2日\n",
                       "DOC-x", "商务部")


def test_a_masthead_number_without_a_year_takes_the_year_of_the_meta_date_when_unsigned() -> None:
    ann = _read("【发文日期】2027年8月3日\n\n" + _uel_masthead("不可靠实体清单工作机制公告\n第9号", "\n"))
    assert ann["doc_id"] == "UEL-2027-9"


def test_a_disclaimer_vetoes_an_action_read_on_the_list_it_names_and_a_human_settles_it() -> None:
    ann = _read(_head("商务部公告2027年第16号 关于出口管制管控名单的公告", "商务部公告2027年第16号", "2027年2月10日")
                + "商务部决定将远帆电子公司（Yuanfan Electronics Inc.）列入出口管制管控名单。"
                "本公告不涉及出口管制管控名单的调整。" + LICENCE_TAIL)
    assert ann["actions"] == []
    assert ann["needs_review"]
    assert any("does not change that list" in r for r in ann["review_reasons"])


def test_a_control_stated_from_its_start_without_a_decision_is_a_control() -> None:
    ann = _read(GACC_HEAD + "为维护国家安全，自2027年4月1日起，海关对钽铌合金粉末的出口实施管制。" + GACC_TAIL)
    assert _acts(ann) == [("control", "ITEM", "2027-04-01", None, ())]
    _quiet(ann)


def test_a_question_whether_exports_will_be_controlled_is_not_relevant() -> None:
    assert not is_relevant("商务部新闻发言人答记者问\n\n问：中方是否会对有关物项实施出口管制？\n答：我们将依法处理。\n",
                           "QA-2027-03-02-x", "商务部新闻发言人")


@pytest.mark.parametrize("sentence", [
    "自2027年4月1日起，对钽铌合金粉末不再实施出口管制。",
    "海关总署决定自2027年4月1日起，对钽铌合金粉末停止实施管制。",
])
def test_ending_a_control_is_never_read_as_a_new_control_and_stays_relevant(sentence: str) -> None:
    # An uncited relaxation names no notice it ends: no action can be read, and a human must read it.
    ann = _read(GACC_HEAD + sentence + GACC_TAIL)
    assert ann["actions"] == []
    assert ann["needs_review"]


UEL_HEAD = "不可靠实体清单工作机制公告〔2027〕3号\n\n"
UEL_TAIL = "本公告自发布之日起实施。\n\n不可靠实体清单工作机制\n2027年5月6日\n"


@pytest.mark.parametrize("obj,names", [
    ("长期参与对台湾地区军售、协助他国打压中国企业的Recorded Lens公司、北湾防务公司",
     ["Recorded Lens公司", "北湾防务公司"]),
    ("参与对台湾地区军售的美国企业Recorded Lens公司（Recorded Lens, Inc.）、北湾防务公司（North Bay Defense）",
     ["Recorded Lens公司", "北湾防务公司"]),
    ("南星电子公司、参与对台湾地区军售的北湾防务公司", ["南星电子公司", "北湾防务公司"]),
])
def test_a_reason_clause_before_the_names_is_never_a_name(obj: str, names: list[str]) -> None:
    ann = _read(UEL_HEAD + f"不可靠实体清单工作机制决定将{obj}列入不可靠实体清单，禁止其从事与中国有关的进出口活动。"
                + UEL_TAIL)
    assert [n[0] for n in _names(ann)] == names
    _quiet(ann)


def test_a_clause_referred_back_to_from_the_next_sentence_is_the_object() -> None:
    ann = _read(CLAUSE_HEAD + "商务部公告2025年第58号第三款的暂停实施期限将于2027年5月19日届满。经批准，自2027年5月20日"
                "起至2028年5月19日，该款继续暂停实施。" + CLAUSE_TAIL)
    assert _acts(ann) == [("suspend", "ITEM", "2027-05-20", "2028-05-19", ("MOFCOM-2025-58#3",))]
    _quiet(ann)
