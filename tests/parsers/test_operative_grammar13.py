"""The operative-sentence grammar on a joint masthead with its number on the next line, 不再列入 as a removal, a
change of 上述N家 entities named in the sentence before, and a decision whose measures each name a group of its annex:
texts written for these tests (issue 16, after the thirteenth blind set), never copies of any held-out text. Names,
numbers and dates are made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names as _names
from grammar_helpers import names_zh_en as _names_zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def _joint(masthead: str) -> str:
    return ("关于对某类高温合金管材实施出口管制的公告\n"
            f"{masthead}\n\n"
            "根据《中华人民共和国出口管制法》有关规定，经国务院批准，现将有关事项公告如下：\n\n"
            "一、下列物项未经许可不得出口：镍基高温合金无缝管材（参考海关商品编号：7507200000）。\n\n"
            "二、本公告自2034年2月1日起正式实施。\n\n"
            "商务部　海关总署　国家原子能机构\n2034年1月10日\n")


def test_a_joint_masthead_joined_by_dunhao_over_a_number_without_nian_is_the_mofcom_number() -> None:
    ann = _read(_joint("商务部、海关总署、国家原子能机构公告\n2034第7号"))
    assert ann["doc_id"] == "MOFCOM-2034-7"
    assert ann["issuer"] == "商务部 海关总署 国家原子能机构"
    assert _acts(ann) == [("control", "ITEM", "2034-02-01", None, ())]
    _quiet(ann)


def test_a_joint_masthead_over_a_number_with_nian_reads_the_same() -> None:
    ann = _read(_joint("商务部、海关总署、国家原子能机构公告\n2034年第7号"))
    assert (ann["doc_id"], ann["issuer"]) == ("MOFCOM-2034-7", "商务部 海关总署 国家原子能机构")


def _no_longer(decision: str) -> str:
    return (_head("商务部公告2034年第11号 关于东岭精密公司不再列入出口管制管控名单的公告",
                  "商务部公告2034年第11号", "2034年03月06日")
            + "2029年4月2日，商务部发布2029年第40号公告，将东岭精密公司（Eastridge Precision Inc.）等4家美国实体"
            f"列入出口管制管控名单。根据该实体的申请，经审查，{decision}\n\n商务部\n2034年3月6日\n")


def test_no_longer_listed_is_a_removal_of_the_listing_recited_before_it() -> None:
    ann = _read(_no_longer("商务部决定，东岭精密公司自本公告公布之日起不再列入出口管制管控名单，"
                           "对其不再实施该公告规定的管控措施。"))
    assert _acts(ann) == [("remove", "ECL", "2034-03-06", None, ("MOFCOM-2029-40",))]
    assert _names_zh_en(ann) == [("东岭精密公司", "Eastridge Precision Inc.")]
    _quiet(ann)


def test_no_longer_listed_from_a_stated_day_starts_that_day() -> None:
    ann = _read(_no_longer("商务部决定，自2034年3月20日起，东岭精密公司不再列入出口管制管控名单。"))
    assert _acts(ann) == [("remove", "ECL", "2034-03-20", None, ("MOFCOM-2029-40",))]
    assert _names_zh_en(ann) == [("东岭精密公司", "Eastridge Precision Inc.")]


def test_no_longer_listed_in_a_recital_of_an_earlier_decision_is_no_change() -> None:
    ann = _read(_head("商务部公告2034年第12号 关于恢复对东岭精密公司实施管控措施的公告",
                      "商务部公告2034年第12号", "2034年05月06日")
                + "商务部此前决定，东岭精密公司（Eastridge Precision Inc.）不再列入出口管制管控名单。"
                "鉴于该实体违反承诺，商务部决定，自2034年5月10日起，对商务部公告2029年第40号所列东岭精密公司"
                "（Eastridge Precision Inc.）恢复实施该公告规定的管控措施。\n\n商务部\n2034年5月6日\n")
    assert [a["kind"] for a in ann["actions"]] == ["resume"]


_TWO = "北港航电公司（North Harbor Avionics）、远帆材料公司（Far Sail Materials LLC）"


def _reviewed(decision: str) -> str:
    return (_head("商务部公告2034年第15号 关于暂停对北港航电公司等2家美国实体实施出口管制管控措施的公告",
                  "商务部公告2034年第15号", "2034年06月02日")
            + f"根据《中华人民共和国出口管制法》有关规定，商务部对商务部公告2029年第40号列入出口管制管控名单的{_TWO}"
            f"提交的申请进行了审查。{decision}\n\n东岭精密公司仍按该公告规定执行。\n\n商务部\n2034年6月2日\n")


def test_a_suspension_of_the_counted_entities_named_in_the_sentence_before_reads_them_and_its_citation() -> None:
    ann = _read(_reviewed("商务部决定，上述2家实体的管控措施暂停实施90天，自2034年6月10日起算。"))
    assert _acts(ann) == [("suspend", "ECL", "2034-06-10", "2034-09-08", ("MOFCOM-2029-40",))]
    assert _names_zh_en(ann) == [("北港航电公司", "North Harbor Avionics"), ("远帆材料公司", "Far Sail Materials LLC")]
    _quiet(ann)


def test_a_count_that_differs_from_the_names_before_is_not_read_as_them() -> None:
    ann = _read(_reviewed("商务部决定，上述3家实体的管控措施暂停实施90天，自2034年6月10日起算。"))
    assert all(len(a["entities"]) != 2 for a in ann["actions"]) or ann["needs_review"]
    assert ann["needs_review"]


def test_an_extension_of_the_counted_entities_of_an_earlier_decision_recited_reads_them() -> None:
    ann = _read(_head("不可靠实体清单工作机制关于延长对北港航电公司等2家美国企业暂停实施处理措施期限的公告",
                      "不可靠实体清单工作机制公告〔2034〕3号", "2034年07月20日")
                + f"不可靠实体清单工作机制此前决定暂停对2029年5月6日公告（〔2029〕6号）所列{_TWO}实施处理措施，"
                "暂停期限至2034年7月31日。"
                "经研究，工作机制决定对上述2家企业继续暂停实施处理措施，期限自2034年8月1日起至2034年10月31日止。"
                "\n\n本公告自公布之日起实施。\n\n不可靠实体清单工作机制\n2034年7月20日\n")
    assert _acts(ann) == [("suspend", "UEL", "2034-08-01", "2034-10-31", ("UEL-2029-6",))]
    assert _names_zh_en(ann) == [("北港航电公司", "North Harbor Avionics"), ("远帆材料公司", "Far Sail Materials LLC")]
    _quiet(ann)


def _groups(measures: str, annex: str) -> str:
    return ("关于对美国某无人机企业及其高级管理人员采取反制措施的决定\n"
            "（2034年8月8日中华人民共和国外交部令第95号公布，自2034年8月8日起施行）\n\n"
            f"依据《中华人民共和国反外国制裁法》有关规定，中方决定：{measures}\n\n本决定自2034年8月8日起施行。\n\n"
            f"附件：反制清单\n\n外交部\n2034年8月8日\n\n附件\n反制清单\n\n{annex}")


_ANNEX = ("一、企业\n（一）灰隼无人系统公司（Grey Falcon Unmanned Systems）\n（二）铁翼航空公司（Iron Wing Aero）\n\n"
          "二、高级管理人员\n（一）卡尔·霍尔特（Carl Holt），灰隼无人系统公司首席执行官\n"
          "（二）米娅·斯通（Mia Stone），铁翼航空公司总裁\n")
_ORGS = [("灰隼无人系统公司", "Grey Falcon Unmanned Systems", "organization"),
         ("铁翼航空公司", "Iron Wing Aero", "organization")]
_PERSONS = [("卡尔·霍尔特", "Carl Holt", "person"), ("米娅·斯通", "Mia Stone", "person")]


def test_measures_naming_each_annex_group_are_one_add_per_group() -> None:
    ann = _read(_groups("对附件所列企业，冻结其在我国境内的动产、不动产和其他各类财产，禁止我国境内的组织、"
                        "个人与其进行有关交易、合作等活动；对附件所列高级管理人员，不予签发签证、不准入境。", _ANNEX))
    assert _acts(ann) == [("add", "CML", "2034-08-08", None, ()), ("add", "CML", "2034-08-08", None, ())]
    assert _names(ann, 0) == _ORGS and _names(ann, 1) == _PERSONS
    assert ann["actions"][1]["measures"] == ["不予签发签证、不准入境"]
    _quiet(ann)


def test_the_groups_are_found_by_their_heading_not_their_order() -> None:
    ann = _read(_groups("对附件所列人员，不予签发签证、不准入境；对附件所列企业，冻结其在我国境内的动产、"
                        "不动产和其他各类财产。", _ANNEX))
    assert _names(ann, 0) == _PERSONS and _names(ann, 1) == _ORGS


def test_a_group_the_annex_does_not_have_is_a_doubt() -> None:
    ann = _read(_groups("对附件所列企业，冻结其在我国境内的动产、不动产和其他各类财产；对附件所列研究机构，"
                        "禁止我国境内的组织、个人与其进行有关交易。", _ANNEX.split("\n\n二、")[0] + "\n"))
    assert _names(ann, 0) == _ORGS
    assert _flagged(ann, "no entit")


def test_the_end_of_the_running_suspension_told_first_is_background_of_its_extension() -> None:
    ann = _read(_head("不可靠实体清单工作机制关于延长对北港航电公司等2家企业暂停实施处理措施期限的公告",
                      "不可靠实体清单工作机制公告〔2034〕5号", "2034年09月15日")
                + f"对2029年5月6日公告（〔2029〕6号）所列{_TWO}暂停实施相关处理措施的期限将于2034年9月30日届满。"
                "根据有关规定，工作机制决定，"
                "自2034年10月1日起继续暂停对上述2家企业实施相关处理措施，暂停期限延长至2035年3月31日。"
                "\n\n不可靠实体清单工作机制\n2034年9月15日\n")
    assert _acts(ann) == [("suspend", "UEL", "2034-10-01", "2035-03-31", ("UEL-2029-6",))]
    assert _names_zh_en(ann) == [("北港航电公司", "North Harbor Avionics"), ("远帆材料公司", "Far Sail Materials LLC")]
    _quiet(ann)


def test_group_measures_in_sentences_of_their_own_are_read_as_one_decision() -> None:
    ann = _read(_groups("对附件所列企业，冻结其在我国境内的动产、不动产和其他各类财产。"
                        "对附件所列高级管理人员，不予签发签证、不准入境。", _ANNEX))
    assert _names(ann, 0) == _ORGS and _names(ann, 1) == _PERSONS
    _quiet(ann)


def test_numbered_group_measures_take_the_group_their_heading_names_not_the_one_in_their_place() -> None:
    ann = _read(_groups("\n一、对附件所列高级管理人员，不予签发签证、不准入境；\n"
                        "二、对附件所列企业，冻结其在我国境内的动产、不动产和其他各类财产。", _ANNEX))
    assert _names(ann, 0) == _PERSONS and _names(ann, 1) == _ORGS


def test_a_heading_with_its_list_word_names_the_group_as_the_bare_word_does() -> None:
    annex = _ANNEX.replace("一、企业", "一、企业名单").replace("二、高级管理人员", "二、高级管理人员名单")
    ann = _read(_groups("对附件所列企业，冻结其在我国境内的动产；对附件所列企业高级管理人员，不予签发签证、"
                        "不准入境。", annex))
    assert _names(ann, 0) == _ORGS and _names(ann, 1) == _PERSONS
    _quiet(ann)


def test_jiang_before_no_longer_listed_is_no_listing_and_no_part_of_the_name() -> None:
    ann = _read(_no_longer("商务部决定，将东岭精密公司不再列入出口管制管控名单。"))
    assert _acts(ann) == [("remove", "ECL", "2034-03-06", None, ("MOFCOM-2029-40",))]
    assert _names_zh_en(ann) == [("东岭精密公司", "Eastridge Precision Inc.")]


def test_no_longer_listed_after_a_removal_in_the_same_sentence_is_that_removal() -> None:
    ann = _read(_no_longer("商务部决定，将东岭精密公司移出出口管制管控名单，"
                           "自本公告公布之日起不再列入出口管制管控名单。"))
    assert _acts(ann) == [("remove", "ECL", "2034-03-06", None, ("MOFCOM-2029-40",))]
    _quiet(ann)


def test_the_entity_counted_back_by_a_removal_is_named_without_the_jiang_of_the_listing() -> None:
    ann = _read(_no_longer("商务部决定，自2034年3月20日起，上述1家实体不再列入出口管制管控名单。"))
    assert _names_zh_en(ann) == [("东岭精密公司", "Eastridge Precision Inc.")]


def test_a_joint_masthead_of_full_state_names_is_read_without_them() -> None:
    ann = _read(_joint("中华人民共和国商务部　中华人民共和国海关总署公告\n2034年第7号"))
    assert (ann["doc_id"], ann["issuer"]) == ("MOFCOM-2034-7", "商务部 海关总署")


def test_no_longer_putting_an_entity_on_the_list_is_a_removal() -> None:
    ann = _read(_no_longer("商务部决定不再将东岭精密公司列入出口管制管控名单。"))
    assert _acts(ann) == [("remove", "ECL", "2034-03-06", None, ("MOFCOM-2029-40",))]
    assert _names_zh_en(ann) == [("东岭精密公司", "Eastridge Precision Inc.")]


def _uel(text: str) -> str:
    return (_head("不可靠实体清单工作机制关于北港航电公司等企业的公告", "不可靠实体清单工作机制公告〔2034〕8号",
                  "2034年07月20日") + text + "\n\n不可靠实体清单工作机制\n2034年7月20日\n")


def test_a_listing_recited_with_a_bare_bracketed_number_is_the_target_of_the_removal() -> None:
    ann = _read(_uel("2029年5月6日，工作机制发布公告（〔2029〕6号），将北港航电公司（North Harbor Avionics）等3家企业"
                     "列入不可靠实体清单。鉴于该企业已纠正其行为，工作机制决定，北港航电公司自2034年8月1日起不再列入"
                     "不可靠实体清单。"))
    assert _acts(ann) == [("remove", "UEL", "2034-08-01", None, ("UEL-2029-6",))]


def test_the_entities_referred_back_to_without_a_count_are_those_named_in_the_sentence_before() -> None:
    ann = _read(_uel(f"工作机制此前决定暂停对2029年5月6日公告（〔2029〕6号）所列{_TWO}实施处理措施，"
                     "暂停期限至2034年7月31日。"
                     "工作机制决定对上述企业继续暂停实施处理措施，期限自2034年8月1日起至2034年10月31日止。"))
    assert _acts(ann) == [("suspend", "UEL", "2034-08-01", "2034-10-31", ("UEL-2029-6",))]
    assert _names_zh_en(ann) == [("北港航电公司", "North Harbor Avionics"), ("远帆材料公司", "Far Sail Materials LLC")]
    _quiet(ann)


def _counter(body: str) -> str:
    return _groups("", _ANNEX).replace("中方决定：", body)


def test_numbered_measures_each_naming_a_group_by_its_heading_are_one_add_per_group() -> None:
    ann = _read(_counter("中方决定对附件所列企业和高级管理人员采取以下反制措施：\n"
                         "一、对附件所列高级管理人员不予签发签证、不准入境；\n"
                         "二、冻结附件所列企业在我国境内的动产、不动产和其他各类财产。"))
    assert _names(ann, 0) == _PERSONS and _names(ann, 1) == _ORGS
    _quiet(ann)


def test_an_annex_group_object_without_a_comma_before_its_measures_is_read_to_its_kind_word() -> None:
    ann = _read(_groups("对附件所列企业冻结其在我国境内的动产；对附件所列企业高级管理人员不予签发签证、"
                        "不准入境。", _ANNEX))
    assert _names(ann, 0) == _ORGS and _names(ann, 1) == _PERSONS
    assert ann["actions"][0]["measures"] == ["冻结其在我国境内的动产"]


def test_names_said_to_be_of_a_listing_in_the_sentence_before_are_those_counted_back() -> None:
    ann = _read(_head("商务部公告2034年第16号 关于暂停对北港航电公司等2家美国实体实施管控措施的公告",
                      "商务部公告2034年第16号", "2034年06月12日")
                + f"经查，{_TWO}系商务部公告2029年第40号列入出口管制管控名单的实体。经审查，商务部决定，"
                "上述2家实体的管控措施暂停实施90天，自2034年6月20日起算。\n\n商务部\n2034年6月12日\n")
    assert _acts(ann) == [("suspend", "ECL", "2034-06-20", "2034-09-18", ("MOFCOM-2029-40",))]
    assert _names_zh_en(ann) == [("北港航电公司", "North Harbor Avionics"), ("远帆材料公司", "Far Sail Materials LLC")]
    _quiet(ann)


def test_a_joint_masthead_of_agencies_then_gonggao_then_the_number_on_three_lines_is_one_number() -> None:
    ann = _read(_joint("商务部　海关总署　国家原子能机构\n公告\n2034年第7号"))
    assert (ann["doc_id"], ann["issuer"]) == ("MOFCOM-2034-7", "商务部 海关总署 国家原子能机构")
    _quiet(ann)


def test_an_extension_of_the_period_starts_the_day_after_the_end_the_recital_gives() -> None:
    ann = _read(_uel(f"工作机制此前决定暂停对2029年5月6日公告（〔2029〕6号）所列{_TWO}实施处理措施，"
                     "暂停期限至2034年7月31日。工作机制决定，将对上述2家企业暂停实施处理措施的期限延长至2034年10月31日。"))
    assert _acts(ann) == [("suspend", "UEL", "2034-08-01", "2034-10-31", ("UEL-2029-6",))]
    assert [n for n, _ in _names_zh_en(ann)] == ["北港航电公司", "远帆材料公司"]
    _quiet(ann)


def test_an_answer_saying_who_would_no_longer_be_listed_decides_nothing() -> None:
    ann = _read("商务部新闻发言人就有关问题答记者问\n来源：商务部新闻办公室 2034-04-02 16:00\n\n"
                "问：请介绍有关情况。\n\n答：中方一贯依法办事。有关企业纠正其行为后，将不再列入出口管制管控名单。\n")
    assert ann["actions"] == []
