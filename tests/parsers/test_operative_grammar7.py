"""The operative-sentence grammar on wordings new to the parser (issue 16, eighth round): texts written for these
tests in the forms where the eighth blind set found misses, each in wordings of its own — never copies of any
held-out text. Names, numbers and dates are made up."""

from __future__ import annotations

from typing import Any

import pytest
from grammar_helpers import acts as _acts
from grammar_helpers import head as _head
from grammar_helpers import names_zh_en as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

UEL_NO = "不可靠实体清单工作机制公告〔2027〕6号"
UEL_TITLE = "不可靠实体清单工作机制关于对海鸥测绘公司等2家实体调整处理措施的公告"
UEL_TAIL = "\n\n不可靠实体清单工作机制\n2027年5月3日\n"
GULL = ("海鸥测绘公司", "Seagull Survey Inc.")
RIDGE = ("岭峰光学公司", "Ridgepeak Optics, LLC")
GULL_ZH = "海鸥测绘公司（Seagull Survey Inc.）"
RIDGE_ZH = "岭峰光学公司（Ridgepeak Optics, LLC）"


def _uel(body: str, title: str = UEL_TITLE) -> dict[str, Any]:
    # The masthead split over two lines, as bare UEL pages print it: its number is this notice's, never a target.
    return _read(_head(title, UEL_NO, "2027年5月3日") + "不可靠实体清单工作机制公告\n〔2027〕6号\n\n" + body
                 + UEL_TAIL)


# ---------------------------------------------------------------- 1. a removal citing the listing notice


def test_a_removal_from_the_list_a_cited_notice_attached_targets_that_notice() -> None:
    ann = _uel("2026年2月9日，工作机制发布公告（〔2026〕2号），将白鹭航电公司等6家美国实体列入不可靠实体清单。"
               f"经审查，其中的{GULL_ZH}、{RIDGE_ZH}已纠正相关行为。工作机制决定，自2027年5月15日起，"
               "将上述2家实体从〔2026〕2号公告所附不可靠实体清单中移出。上述公告所列其他实体仍在清单中。",
               "不可靠实体清单工作机制关于将海鸥测绘公司等2家实体移出不可靠实体清单的公告")
    assert _acts(ann) == [("remove", "UEL", "2027-05-15", None, ("UEL-2026-2",))]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)


def test_a_removal_from_the_control_list_a_cited_mofcom_notice_attached() -> None:
    body = (f"商务部决定，将{GULL_ZH}、{RIDGE_ZH}从商务部公告2026年第9号所列出口管制管控名单中移出。"
            "本公告自公布之日起施行。")
    ann = _read(_head("商务部关于将海鸥测绘公司等2家实体移出出口管制管控名单的公告", "商务部公告2027年第14号",
                      "2027年05月03日") + body + "\n\n商务部\n2027年5月3日\n")
    assert _acts(ann) == [("remove", "ECL", "2027-05-03", None, ("MOFCOM-2026-9",))]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)


# ---------------------------------------------------------------- 2. some named entities of a cited listing


@pytest.mark.parametrize("sentence", [
    # the listing by its date and its bracketed number, 中列明的, the verb after the names
    f"工作机制决定，自2027年5月15日起，对2026年3月3日公告（〔2026〕4号）中列明的{GULL_ZH}、{RIDGE_ZH}终止实施处理措施。",
    # the bracketed number with 公告, the verb after a comma
    f"工作机制决定，自2027年5月15日起，对〔2026〕4号公告中列明的{GULL_ZH}和{RIDGE_ZH}，停止实施处理措施。",
])
def test_a_termination_of_named_entities_of_a_listing_carries_them(sentence: str) -> None:
    ann = _uel(sentence + "该公告所列其余实体的处理措施不受影响。")
    assert _acts(ann) == [("terminate", "UEL", "2027-05-15", None, ("UEL-2026-4",))]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)


def test_a_bracketed_number_outside_a_uel_context_stays_unread() -> None:
    # 〔2026〕4号 beside no UEL wording is no UEL number: a MOFCOM notice's change cites nothing by it.
    body = "商务部决定，自2027年5月15日起，对〔2026〕4号文件所述事项停止实施有关安排。"
    ann = _read(_head("商务部关于有关安排的公告", "商务部公告2027年第15号", "2027年05月03日") + body
                + "\n\n商务部\n2027年5月3日\n")
    assert all("UEL" not in t for a in ann["actions"] for t in a["targets"])


# ---------------------------------------------------------------- 3. suspensions of whole notices continued


JOINT_NO = "商务部 海关总署公告2027年第20号"


def _joint(body: str) -> dict[str, Any]:
    return _read(_head(f"{JOINT_NO} 关于继续暂停实施有关出口管制措施的公告", JOINT_NO, "2027年09月01日") + body
                 + "\n\n商务部 海关总署\n2027年9月1日\n")


@pytest.mark.parametrize("pointer", ["上述两份公告", "上述公告", "前述公告"])
def test_a_continuation_of_several_whole_notices_is_one_suspension(pointer: str) -> None:
    ann = _joint("商务部 海关总署公告2026年第30号、第31号、第33号目前处于暂停实施期间。"
                 f"经研究，{pointer}自2027年9月10日起继续暂停实施，至2027年12月20日止。")
    assert _acts(ann) == [("suspend", "ITEM", "2027-09-10", "2027-12-20",
                           ("MOFCOM-2026-30", "MOFCOM-2026-31", "MOFCOM-2026-33"))]
    _quiet(ann)


def test_a_clause_pointed_back_at_continues_from_a_later_start() -> None:
    ann = _read(_head("商务部公告2027年第22号 关于继续暂停实施有关条款的公告", "商务部公告2027年第22号",
                      "2027年06月20日")
                + "商务部公告2026年第40号（关于有关物项出口管制的公告）第三款正处于暂停实施期间，"
                  "暂停期限将于2027年6月30日届满。\n\n经研究决定，上述第三款在期限届满后，自2027年7月1日起继续暂停实施，"
                  "暂停期限90天。\n\n商务部\n2027年6月20日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2027-07-01", "2027-09-29", ("MOFCOM-2026-40#3",))]
    _quiet(ann)


# ---------------------------------------------------------------- 6. a Q&A across two lists


def test_a_qa_cites_one_listing_by_full_date_and_bracketed_number_and_another_by_clause() -> None:
    text = ("商务部新闻发言人就有关措施答记者问\n来源：商务部新闻办公室　2027-03-08\n"
            "问：请问对有关美国实体的措施有何安排？\n"
            "答：经双方沟通，自北京时间2027年3月9日起，不可靠实体清单工作机制2026年2月1日公告（〔2026〕3号）所列"
            "美国实体的相关处理措施，继续暂停实施90天；商务部公告2026年第12号列入出口管制管控名单的8家美国实体，"
            "其相关管控措施同样继续暂停90天。\n")
    ann = _read(text)
    assert _acts(ann) == [("suspend", "UEL", "2027-03-09", "2027-06-07", ("UEL-2026-3",)),
                          ("suspend", "ECL", "2027-03-09", "2027-06-07", ("MOFCOM-2026-12",))]
    assert _names(ann) == [] and _names(ann, 1) == []
    _quiet(ann)


# ---------------------------------------------------------------- 4. a reprint giving its own number without issuer


def test_a_reprint_lead_with_a_bare_number_gives_the_notice_its_own_number() -> None:
    text = ("商務部將兩家實體移出管控名單\n2027-04-12 　某某報\n\n"
            "【某某報訊】商務部4月11日發布2027年第18號公告稱，經審查，決定自2027年4月20日起，"
            f"將商務部公告2026年第9號列入出口管制管控名單的{GULL_ZH}、{RIDGE_ZH}移出該名單。\n")
    ann = _read(text)
    assert ann["doc_id"] == "MOFCOM-2027-18"
    assert ann["published"] == "2027-04-11"
    assert _acts(ann) == [("remove", "ECL", "2027-04-20", None, ("MOFCOM-2026-9",))]
    _quiet(ann)


def test_a_reprint_lead_with_a_full_number_still_reads_it() -> None:
    text = ("商务部将两家实体移出管控名单\n2027-04-12 　某某报\n\n"
            "【某某报讯】商务部4月11日发布商务部公告2027年第18号称，经审查，决定自2027年4月20日起，"
            f"将商务部公告2026年第9号列入出口管制管控名单的{GULL_ZH}、{RIDGE_ZH}移出该名单。\n")
    assert _read(text)["doc_id"] == "MOFCOM-2027-18"


# ---------------------------------------------------------------- 5. a Q&A denying any change


@pytest.mark.parametrize("denial", [
    "目前没有调整不可靠实体清单或出口管制管控名单的安排，已有措施的暂停、恢复情况也没有变化。",
    "关于清单，商务部暂无调整出口管制关注名单的计划；相关措施的暂停、恢复均没有变化。",
])
def test_a_qa_that_denies_any_list_change_is_neither_action_nor_flag(denial: str) -> None:
    text = ("商务部新闻发言人就出口许可工作答记者问\n来源：商务部新闻办公室　2027-07-02\n\n"
            "问：请介绍上半年两用物项出口许可情况，是否会调整名单？\n\n"
            f"答：上半年共受理许可申请3100余件，批准约2900件。{denial}\n")
    ann = _read(text)
    assert ann["actions"] == []
    _quiet(ann)


def test_a_qa_that_denies_one_change_but_makes_another_is_still_read() -> None:
    text = ("商务部新闻发言人就有关措施答记者问\n来源：商务部新闻办公室　2027-07-02\n\n问：有何安排？\n\n"
            "答：目前没有调整不可靠实体清单的安排。自2027年7月3日起，商务部公告2026年第12号列入出口管制管控名单的"
            "8家美国实体，其相关管控措施继续暂停90天。\n")
    ann = _read(text)
    assert _acts(ann) == [("suspend", "ECL", "2027-07-03", "2027-10-01", ("MOFCOM-2026-12",))]


# ---------------------------------------------------------------- 6. older 反制裁 wording, persons by role


MFA_PROMULGATED = "（2027年3月2日中华人民共和国外交部令第40号公布　自公布之日起施行）\n\n"
MFA_TAIL = "\n\n本决定自公布之日起施行。\n\n外交部\n2027年3月2日\n"
MEASURES = ("（一）冻结其在中国境内的动产、不动产和其他各类财产；\n"
            "（二）禁止中国境内的组织、个人与其进行交易、合作等活动。")


def test_an_older_order_saying_shi_shi_fan_zhi_cai_with_a_colon_adds_to_the_countermeasure_list() -> None:
    text = ("外交部关于对海鸥测绘公司、岭峰光学公司实施反制裁的决定\n2027-03-02 10:00\n\n外交部令\n第40号\n\n"
            + MFA_PROMULGATED + f"近期，{GULL_ZH}、{RIDGE_ZH}参与对台军售。外交部决定对上述两家企业实施反制裁：\n\n"
            + MEASURES + MFA_TAIL)
    ann = _read(text)
    assert _acts(ann) == [("add", "CML", "2027-03-02", None, ())]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)


def test_persons_named_by_role_in_an_annexed_countermeasure_list() -> None:
    text = ("关于对2名美国企业负责人采取反制措施的决定\n2027-03-02 10:00\n\n" + MFA_PROMULGATED
            + "有关企业负责人对此负有责任。外交部决定对后附《反制清单》所列2名负责人采取以下措施：\n\n"
            + MEASURES + "\n\n附件：反制清单" + MFA_TAIL
            + "\n附件\n反制清单\n1．托马斯·韦尔（Thomas Weir），美国企业负责人\n"
              "2．琳达·霍尔（Linda Hall），美国企业负责人\n")
    ann = _read(text)
    assert _acts(ann) == [("add", "CML", "2027-03-02", None, ())]
    assert _names(ann) == [("托马斯·韦尔", "Thomas Weir"), ("琳达·霍尔", "Linda Hall")]
    assert [e["kind"] for e in ann["actions"][0]["entities"]] == ["person", "person"]
    _quiet(ann)


def test_a_uel_notice_taking_measures_worded_plainly_is_not_a_countermeasure() -> None:
    # "采取以下措施" without 反制 in the object or the title: not read as a countermeasure order.
    ann = _uel(f"工作机制决定对{GULL_ZH}采取以下措施：\n（一）禁止其从事与中国有关的进出口活动。",
               "不可靠实体清单工作机制关于对海鸥测绘公司采取处理措施的公告")
    assert all(a["list"] != "CML" for a in ann["actions"])


# ---------------------------------------------------------------- 6. annex table rows, groups of bare name lines


def test_an_annex_table_without_english_gives_its_rows() -> None:
    body = ("商务部决定将以下2家美国实体列入出口管制管控名单，禁止向其出口两用物项。本公告自公布之日起正式实施。\n\n"
            "附件：出口管制管控名单（新增）\n\n商务部\n2027年5月3日\n\n附件\n出口管制管控名单（新增）\n"
            "序号　名称\n1　海鸥测绘公司\n2　岭峰光学公司\n")
    ann = _read(_head("商务部公告2027年第16号 关于将2家美国实体列入出口管制管控名单的公告", "商务部公告2027年第16号",
                      "2027年05月03日") + body)
    assert _acts(ann) == [("add", "ECL", "2027-05-03", None, ())]
    assert _names(ann) == [("海鸥测绘公司", None), ("岭峰光学公司", None)]
    _quiet(ann)


def test_groups_pointing_at_names_on_bare_lines_below_each_read_their_own() -> None:
    text = ("关于对海鸥测绘公司及2名相关人员采取反制措施的决定\n2027-03-02 10:00\n\n" + MFA_PROMULGATED
            + "中方决定：\n\n（一）对下列企业，冻结其在我国境内的动产、不动产和其他各类财产：\n"
            + f"{GULL_ZH}\n{RIDGE_ZH}\n"
            + "（二）对下列人员，不予签发签证、不准入境：\n托马斯·韦尔（Thomas Weir）\n琳达·霍尔（Linda Hall）\n"
            + MFA_TAIL)
    ann = _read(text)
    assert _acts(ann) == [("add", "CML", "2027-03-02", None, ()), ("add", "CML", "2027-03-02", None, ())]
    assert _names(ann) == [GULL, RIDGE]
    assert _names(ann, 1) == [("托马斯·韦尔", "Thomas Weir"), ("琳达·霍尔", "Linda Hall")]
    assert [e["kind"] for e in ann["actions"][1]["entities"]] == ["person", "person"]
    _quiet(ann)


def test_persons_in_prose_joined_by_yiji_and_another_are_both_read() -> None:
    text = ("中华人民共和国商务部令\n2027年第3号\n\n"
            "《商务部关于对托马斯·韦尔等2人采取反制措施的决定》已经2027年3月1日商务部部务会议审议通过，现予公布，自公布之日起施行。\n\n"
            "部长\n2027年3月2日\n\n商务部关于对托马斯·韦尔等2人采取反制措施的决定\n\n"
            "商务部决定将美国企业负责人托马斯·韦尔（Thomas Weir）以及另一名负责人琳达·霍尔（Linda Hall）列入反制清单，"
            "并采取如下措施：禁止我国境内的组织、个人与上述人员进行有关交易、合作等活动。\n")
    ann = _read(text)
    assert _names(ann) == [("托马斯·韦尔", "Thomas Weir"), ("琳达·霍尔", "Linda Hall")]
    assert [e["kind"] for e in ann["actions"][0]["entities"]] == ["person", "person"]
    _quiet(ann)


def test_an_order_signed_with_a_date_in_numerals_is_published_that_day() -> None:
    text = ("中华人民共和国商务部令\n二〇二七年　第五号\n\n"
            "《商务部关于对海鸥测绘公司停止实施反制措施的决定》已经商务部部务会议审议通过，现予公布，"
            "自二〇二七年九月二十日起施行。\n\n部长\n二〇二七年九月十二日\n\n"
            "商务部关于对海鸥测绘公司停止实施反制措施的决定\n\n"
            f"商务部决定，对商务部令二〇二六年第3号所列{GULL_ZH}，停止实施该令规定的反制措施。\n")
    ann = _read(text)
    assert ann["doc_id"] == "MOFCOM-ORDER-2027-5"
    assert ann["published"] == "2027-09-12"


# ---------------------------------------------------------------- a start stated after the list (ninth round)


def test_a_removal_whose_start_follows_the_list_takes_that_start_not_the_published_date() -> None:
    # Found silent on the ninth blind set: the change's own start after the list, then what no longer applies.
    body = (f"经审查，相关实体已消除相关影响。商务部决定，将商务部公告2026年第9号列入出口管制管控名单的{GULL_ZH}"
            "移出出口管制管控名单，自2027年6月1日起，不再对其实施商务部公告2026年第9号规定的管控措施。")
    ann = _read(_head("商务部关于将海鸥测绘公司移出出口管制管控名单的公告", "商务部公告2027年第15号",
                      "2027年05月20日") + body + "\n\n商务部\n2027年5月20日\n")
    assert [a[:3] for a in _acts(ann)] == [("remove", "ECL", "2027-06-01")]
    _quiet(ann)


def test_an_addition_whose_start_follows_the_list_takes_that_start() -> None:
    body = (f"商务部决定，将{GULL_ZH}、{RIDGE_ZH}列入出口管制管控名单，自2027年6月10日起，禁止向其出口两用物项。")
    ann = _read(_head("商务部关于将海鸥测绘公司等2家实体列入出口管制管控名单的公告", "商务部公告2027年第16号",
                      "2027年05月20日") + body + "\n\n商务部\n2027年5月20日\n")
    assert [a[:3] for a in _acts(ann)] == [("add", "ECL", "2027-06-10")]


def test_a_clause_after_the_list_that_is_not_a_start_leaves_the_published_date() -> None:
    body = (f"商务部决定，将{GULL_ZH}列入出口管制管控名单，禁止向其出口两用物项。本公告自公布之日起实施。")
    ann = _read(_head("商务部关于将海鸥测绘公司列入出口管制管控名单的公告", "商务部公告2027年第17号",
                      "2027年05月20日") + body + "\n\n商务部\n2027年5月20日\n")
    assert [a[:3] for a in _acts(ann)] == [("add", "ECL", "2027-05-20")]


def test_a_suspension_of_named_entities_of_a_cited_listing_with_the_measures_right_after_the_verb() -> None:
    # "所列A、B实施相关处理措施": no 的 between the verb and the measures; the change is still only A's and B's.
    ann = _uel(f"工作机制决定，自2027年5月10日起，暂停对2026年2月9日公告（〔2026〕2号）所列{GULL_ZH}、{RIDGE_ZH}"
               "实施相关处理措施，暂停期限为90天。该公告所列其他实体，相关处理措施继续实施。")
    assert _acts(ann) == [("suspend", "UEL", "2027-05-10", "2027-08-08", ("UEL-2026-2",))]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)


MOF_PRIOR = ("2026年3月2日，商务部发布2026年第9号公告，将海鸥测绘公司等5家实体列入出口管制管控名单，"
             "并采取相应管控措施。\n\n")


def _mofcom(body: str, title: str = "商务部关于对部分实体停止实施出口管制管控措施的公告") -> dict[str, Any]:
    return _read(_head(title, "商务部公告2027年第18号", "2027年06月02日") + MOF_PRIOR + body
                 + "\n\n商务部\n2027年6月2日\n")


def test_a_termination_of_named_entities_of_the_listing_the_sentence_before_cites() -> None:
    # "对上述公告所列A和B停止实施该公告规定的管控措施": the listing is the notice cited in prose just before.
    ann = _mofcom(f"经审查，商务部决定，对上述公告所列{GULL_ZH}和{RIDGE_ZH}停止实施该公告规定的管控措施。"
                  "\n\n上述公告所列其他3家实体，相关管控措施不变。")
    assert _acts(ann) == [("terminate", "ECL", "2027-06-02", None, ("MOFCOM-2026-9",))]
    assert _names(ann) == [GULL, RIDGE]
    _quiet(ann)


def test_a_change_read_for_a_whole_notice_is_flagged_when_the_rest_of_the_listing_is_said_apart() -> None:
    # The entities are not named in a form the reader takes, but "其他3家实体…不变" says only some are changed.
    ann = _mofcom("经审查，商务部决定，对商务部公告2026年第9号所列部分实体停止实施该公告规定的管控措施。"
                  "\n\n该公告所列其他3家实体，相关管控措施不变。")
    assert ann["needs_review"]
    assert any("only some of them" in r for r in ann["review_reasons"])


def test_other_companies_of_trade_in_a_sentence_without_a_change_are_no_doubt() -> None:
    ann = _mofcom("经审查，商务部决定，自2027年6月2日起，停止实施商务部公告2026年第9号规定的管控措施。"
                  "\n\n此举不影响其他企业的正常经贸往来。")
    assert _acts(ann) == [("terminate", "ECL", "2027-06-02", None, ("MOFCOM-2026-9",))]
    _quiet(ann)
