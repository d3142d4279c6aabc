"""The operative-sentence grammar on status changes of some named entities of a cited listing, an earlier decision
recited, a listing's start joined by 并, persons named by role in prose, a repeal of an item control and a customs
control under an approval: texts written for these tests (issue 16, after the eleventh blind set), never copies of
any held-out text. Names, numbers and dates are made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names as _names
from grammar_helpers import names_zh_en as _names_zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

_SIGNED = "\n\n特此公告。\n\n商务部\n{day}\n"


def _resume(earlier: str) -> str:
    return (_head("商务部公告2033年第7号 关于恢复对北辰光学株式会社等2家日本实体实施管控措施的公告",
                  "商务部公告2033年第7号", "2033年03月02日")
            + f"{earlier}。鉴于有关实体未履行相关承诺，根据《中华人民共和国出口管制法》有关规定，"
            "商务部决定，自2033年3月10日起，恢复对该公告所列北辰光学株式会社（Hokushin Optics Co., Ltd.）、"
            "南岳精机株式会社（Nangaku Seiki Co., Ltd.）实施该公告规定的管控措施。"
            + _SIGNED.format(day="2033年3月2日"))


def test_a_resumption_of_named_entities_of_the_notice_referred_back_to_reads_only_them() -> None:
    ann = _read(_resume("商务部此前决定暂停对商务部公告2027年第15号所列部分实体实施管控措施"))
    assert _acts(ann) == [("resume", "ECL", "2033-03-10", None, ("MOFCOM-2027-15",))]
    assert _names_zh_en(ann) == [("北辰光学株式会社", "Hokushin Optics Co., Ltd."),
                                 ("南岳精机株式会社", "Nangaku Seiki Co., Ltd.")]
    _quiet(ann)


def test_an_earlier_decision_recited_with_its_subject_is_no_change_of_this_notice() -> None:
    ann = _read(_resume("工作机制先前决定暂停对商务部公告2027年第15号所列部分实体实施管控措施"))
    assert [a["kind"] for a in ann["actions"]] == ["resume"]


def _terminate(recital: str) -> str:
    return (_head("商务部公告2033年第9号 关于对蓝湾系统公司等2家美国实体停止实施管控措施的公告",
                  "商务部公告2033年第9号", "2033年04月02日")
            + f"{recital}，将红杉动力公司等4家美国实体列入出口管制管控名单。"
            "根据《中华人民共和国出口管制法》有关规定，经审查，"
            "商务部决定对上述公告所列蓝湾系统公司（Blue Bay Systems Inc.）、"
            "北极星材料公司（Polaris Materials LLC）"
            "停止实施该公告规定的管控措施。\n\n该公告所列其他2家实体，相关管控措施不变。\n\n本公告自公布之日起实施。"
            "\n\n商务部\n2033年4月2日\n")


def test_a_notice_cited_in_prose_with_its_day_of_issue_is_the_one_referred_back_to() -> None:
    ann = _read(_terminate("商务部于2027年5月6日发布2027年第20号公告"))
    assert _acts(ann) == [("terminate", "ECL", "2033-04-02", None, ("MOFCOM-2027-20",))]
    assert _names_zh_en(ann) == [("蓝湾系统公司", "Blue Bay Systems Inc."), ("北极星材料公司", "Polaris Materials LLC")]
    _quiet(ann)


def test_a_listing_start_joined_by_bing_to_its_measures_is_the_listing_start() -> None:
    ann = _read(_head("不可靠实体清单工作机制关于将北岸航电公司等2家美国企业列入不可靠实体清单的公告",
                      "不可靠实体清单工作机制〔2033〕6号", "2033年04月11日")
                + "不可靠实体清单工作机制\n公告\n2033年 第6号\n\n根据《中华人民共和国对外贸易法》等有关法律，"
                "不可靠实体清单工作机制依据《不可靠实体清单规定》有关规定，决定将北岸航电公司（North Shore Avionics）和"
                "锐矛系统公司（Sharp Spear Systems）列入不可靠实体清单，并自2033年4月20日起对上述企业采取以下处理措施："
                "\n\n一、禁止上述企业从事与中国有关的进出口活动；\n二、禁止上述企业在中国境内新增投资。\n\n"
                "不可靠实体清单工作机制\n2033年4月11日\n")
    assert _acts(ann) == [("add", "UEL", "2033-04-20", None, ())]
    assert [n for n, _, _ in _names(ann)] == ["北岸航电公司", "锐矛系统公司"]
    _quiet(ann)


def test_a_person_named_in_prose_after_a_role_keeps_a_one_character_given_name() -> None:
    ann = _read("关于对罗·贝克、莉莎·门罗采取反制措施的决定\n"
                "（2033年5月9日中华人民共和国外交部令第88号公布，自公布之日起施行）\n\n"
                "美国某军工集团高级管理人员罗·贝克（Ro Becker）和莉莎·门罗（Lisa Monroe）长期参与对台武器销售，"
                "严重损害中国主权和安全利益。依据《中华人民共和国反外国制裁法》有关规定，中方决定对上述二人采取以下反制措施："
                "冻结其在我国境内的动产、不动产和其他各类财产，禁止我国境内的组织、个人与其进行有关交易、合作等活动。"
                "\n\n外交部\n2033年5月9日\n")
    assert _acts(ann) == [("add", "CML", "2033-05-09", None, ())]
    assert _names(ann) == [("罗·贝克", "Ro Becker", "person"), ("莉莎·门罗", "Lisa Monroe", "person")]
    _quiet(ann)


def _repeal(tail: str) -> str:
    return (_head("商务部公告2033年第12号 关于停止实施商务部公告2028年第40号的公告", "商务部公告2033年第12号",
                  "2033年07月08日")
            + f"经研究决定，自2033年7月15日起，停止实施商务部公告2028年第40号。{tail}"
            + _SIGNED.format(day="2033年7月8日"))


def test_a_whole_notice_stopped_in_a_text_on_export_licences_is_an_item_control_ended() -> None:
    ann = _read(_repeal("对已经提交但尚未办结的相关出口许可申请，商务部将不再审查并通知申请人。"))
    assert _acts(ann) == [("terminate", "ITEM", "2033-07-15", None, ("MOFCOM-2028-40",))]
    _quiet(ann)


def test_a_whole_notice_stopped_in_a_text_on_entities_is_no_item_control() -> None:
    # Entities are a list's: licence wording beside them does not make the stopped notice an item control.
    ann = _read(_repeal("对已经提交的涉及相关实体的出口申请，商务部将依法审查。"))
    assert [a["list"] for a in ann["actions"]] != ["ITEM"]


def test_a_customs_control_under_an_approval_reads_without_a_decision_or_start() -> None:
    ann = _read("海关总署公告2033年第41号\n（关于对磷化铟晶片等物项实施出口管制的公告）\n发布时间：2033-08-03\n\n"
                "根据《中华人民共和国海关法》《中华人民共和国出口管制法》及相关规定，经国务院批准，对下列物项的出口实施管制："
                "磷化铟晶片（商品编号3818001900）、锑化镓衬底（商品编号3818009090）。收发货人出口上述物项，"
                "应当向海关提交两用物项出口许可证件。\n\n本公告自2033年9月1日起施行。\n\n海关总署\n2033年8月3日\n")
    assert ann["doc_id"] == "GACC-2033-41"
    assert _acts(ann) == [("control", "ITEM", "2033-09-01", None, ())]
    _quiet(ann)


def _suspend_after(recital: str) -> str:
    return (_head("不可靠实体清单工作机制公告〔2033〕9号", "不可靠实体清单工作机制〔2033〕9号", "2033年06月02日")
            + f"{recital}（不可靠实体清单工作机制公告〔2028〕3号）。根据《不可靠实体清单规定》有关规定，"
            "不可靠实体清单工作机制决定，自2033年6月10日起，暂停对该公告所列海雀动力公司（Puffin Power Inc.）"
            "实施该公告规定的处理措施，暂停期限为6个月。\n\n不可靠实体清单工作机制\n2033年6月2日\n")


def test_a_listing_the_subject_decided_earlier_is_recited_not_added_again() -> None:
    ann = _read(_suspend_after("工作机制此前决定将海雀动力公司等5家实体列入不可靠实体清单"))
    assert _acts(ann) == [("suspend", "UEL", "2033-06-10", "2033-12-10", ("UEL-2028-3",))]
    assert _names_zh_en(ann) == [("海雀动力公司", "Puffin Power Inc.")]
    _quiet(ann)


def test_an_earlier_word_in_a_clause_before_the_decision_leaves_the_listing_operative() -> None:
    # 此前 belongs to the reason clause; the decision itself is this notice's own.
    ann = _read(_head("不可靠实体清单工作机制公告〔2033〕10号", "不可靠实体清单工作机制〔2033〕10号", "2033年06月05日")
                + "鉴于海雀动力公司此前多次参与对台军售，不可靠实体清单工作机制决定将海雀动力公司（Puffin Power Inc.）"
                "列入不可靠实体清单。\n\n本公告自公布之日起实施。\n\n不可靠实体清单工作机制\n2033年6月5日\n")
    assert _acts(ann) == [("add", "UEL", "2033-06-05", None, ())]


def _groups(items: str) -> str:
    return ("关于对美国军工企业和人员采取反制措施的决定\n"
            "（2033年2月3日中华人民共和国外交部令第90号公布，自2033年2月3日起施行）\n\n近期，美方宣布对台军售。依据《中华人民共和国反外国制裁法》有关规定，中方决定采取以下反制措施：\n\n"
            f"{items}\n\n本决定自2033年2月3日起施行。\n\n外交部\n2033年2月3日\n")


def test_a_numbered_measure_pointing_at_the_companies_above_joins_their_group() -> None:
    ann = _read(_groups("（一）冻结灰隼导航公司（Grey Falcon Navigation）、深锚海事公司（Deep Anchor Marine LLC）"
                        "在我国境内的动产、不动产和其他各类财产；\n（二）禁止我国境内的组织、个人与上述企业进行有关交易；\n"
                        "（三）对哈尔·布伦特（Hal Brent）、琼·戴尔（Joan Dale）不予签发签证、不准入境。"))
    assert _acts(ann) == [("add", "CML", "2033-02-03", None, ())] * 2
    assert [n for n, _, _ in _names(ann, 0)] == ["灰隼导航公司", "深锚海事公司"]
    assert [k for _, _, k in _names(ann, 1)] == ["person", "person"]
    assert any("上述企业" in m for m in ann["actions"][0]["measures"])
    _quiet(ann)


def test_a_numbered_measure_pointing_at_persons_when_none_are_named_above_is_no_group_of_its_own() -> None:
    # No person group precedes the pointer: the item is read as before, an object of its own (a doubt when empty).
    ann = _read(_groups("（一）冻结灰隼导航公司（Grey Falcon Navigation）在我国境内的动产、不动产和其他各类财产；\n"
                        "（二）对上述人员不予签发签证、不准入境。"))
    assert [n for n, _, _ in _names(ann, 0)] == ["灰隼导航公司"]
    assert len(ann["actions"]) == 1 or ann["needs_review"]


def _qa_two(change: str) -> str:
    return ("商务部新闻发言人就有关措施答记者问\n来源：商务部新闻办公室 类型：原创 分类：新闻 2033-05-10 19:00\n\n"
            f"问：请介绍有关情况。\n\n答：中方决定，自北京时间2033年5月12日起，{change}\n")


def test_a_mofcom_notice_joined_to_a_uel_one_with_no_word_on_its_list_is_a_doubt_not_an_item_control() -> None:
    ann = _read(_qa_two("暂停实施不可靠实体清单工作机制公告〔2028〕7号和商务部公告2028年第22号相关措施，"
                        "暂停期限为一年。"))
    assert [(a["list"], tuple(a["targets"])) for a in ann["actions"]] == [("UEL", ("UEL-2028-7",)),
                                                                          (None, ("MOFCOM-2028-22",))]
    assert _flagged(ann, "unresolved")


def test_a_mofcom_notice_joined_to_a_uel_one_on_control_measures_is_the_control_list() -> None:
    ann = _read(_qa_two("暂停实施不可靠实体清单工作机制公告〔2028〕7号和商务部公告2028年第22号"
                        "规定的处理措施和管控措施，暂停期限为一年。"))
    assert [a["list"] for a in ann["actions"]] == ["UEL", "ECL"]
    _quiet(ann)


def _annex(rows: str) -> str:
    return (_head("商务部公告2033年第50号 公布将2家美国实体列入出口管制管控名单", "商务部公告2033年第50号",
                  "2033年10月09日")
            + "根据《中华人民共和国出口管制法》有关规定，"
            "决定将白鲸声学公司等2家美国实体列入出口管制管控名单（见附件），"
            "并采取以下措施：\n\n一、禁止出口经营者向上述2家实体出口两用物项。\n\n本公告自公布之日起正式实施。\n\n"
            f"附件：出口管制管控名单\n\n商务部\n2033年10月9日\n\n附件\n出口管制管控名单\n{rows}")


def test_annex_table_rows_split_by_tabs_keep_both_names() -> None:
    ann = _read(_annex("序号\t中文名称\t英文名称\n1\t白鲸声学公司\tBeluga Acoustics Inc.\n"
                       "2\t锐矛系统公司\tSharp Spear Systems\n"))
    assert _names_zh_en(ann) == [("白鲸声学公司", "Beluga Acoustics Inc."), ("锐矛系统公司", "Sharp Spear Systems")]
    _quiet(ann)


def test_annex_lines_giving_the_english_name_after_a_comma_keep_both_names() -> None:
    ann = _read(_annex("1. 白鲸声学公司，Beluga Acoustics Inc.\n2. 锐矛系统公司，Sharp Spear Systems\n"))
    assert _names_zh_en(ann) == [("白鲸声学公司", "Beluga Acoustics Inc."), ("锐矛系统公司", "Sharp Spear Systems")]


def test_a_country_before_a_latin_only_name_is_no_chinese_name() -> None:
    # One space after a word that names no company: a qualifier, as 欧盟 before a Latin-only bank name.
    ann = _read(_annex("1. 美国 Beluga Acoustics Inc.\n2. 美国 Sharp Spear Systems\n"))
    assert _names_zh_en(ann) == [(None, "Beluga Acoustics Inc."), (None, "Sharp Spear Systems")]


def test_a_person_named_by_an_office_of_the_company_before_him_is_a_name_of_his_own() -> None:
    ann = _read("关于对灰隼导航公司及其首席执行官采取反制措施的决定\n"
                "（2033年3月3日中华人民共和国外交部令第91号公布，自公布之日起施行）\n\n"
                "依据《中华人民共和国反外国制裁法》有关规定，中方决定对灰隼导航公司（Grey Falcon Navigation）"
                "及其首席执行官哈尔·布伦特（Hal Brent）采取反制措施：冻结其在我国境内的财产；禁止其入境。"
                "\n\n外交部\n2033年3月3日\n")
    assert _names(ann) == [("灰隼导航公司", "Grey Falcon Navigation", "organization"),
                           ("哈尔·布伦特", "Hal Brent", "person")]
    _quiet(ann)


def _removal_of_its(reason: str) -> str:
    return (_head("不可靠实体清单工作机制关于移出部分实体的公告", "不可靠实体清单工作机制〔2033〕12号",
                  "2033年11月02日")
            + f"鉴于{reason}已采取措施纠正其行为，不可靠实体清单工作机制决定将其移出不可靠实体清单"
            "（不可靠实体清单工作机制公告〔2028〕9号），自公布之日起生效。\n\n不可靠实体清单工作机制\n2033年11月2日\n")


def test_a_removal_of_qi_takes_the_names_of_its_reason_clause() -> None:
    ann = _read(_removal_of_its("灰隼导航公司（Grey Falcon Navigation）"))
    assert _acts(ann) == [("remove", "UEL", "2033-11-02", None, ("UEL-2028-9",))]
    assert _names_zh_en(ann) == [("灰隼导航公司", "Grey Falcon Navigation")]
    _quiet(ann)


def test_a_removal_of_qi_with_no_one_named_is_a_doubt_not_the_whole_listing() -> None:
    ann = _read(_removal_of_its("有关企业"))
    assert _flagged(ann, "names no one")


def test_a_period_written_as_zan_ting_qi_ends_the_suspension() -> None:
    ann = _read(_qa_two("暂停实施不可靠实体清单工作机制公告〔2028〕7号相关措施，暂停期为6个月。"))
    assert _acts(ann) == [("suspend", "UEL", "2033-05-12", "2033-11-12", ("UEL-2028-7",))]
    _quiet(ann)


def test_half_a_year_is_six_months() -> None:
    ann = _read(_qa_two("暂停实施不可靠实体清单工作机制公告〔2028〕7号相关措施，期限为半年。"))
    assert _acts(ann) == [("suspend", "UEL", "2033-05-12", "2033-11-12", ("UEL-2028-7",))]
    _quiet(ann)


def test_a_countermeasure_decided_under_a_law_named_between_jueding_and_dui_reads_its_object() -> None:
    ann = _read("外交部发言人宣布对美国国会众议员哈尔·布伦特采取反制措施\n来源：外交部 2033-04-02 16:00\n\n"
                "外交部发言人宣布：近日，美国国会众议员哈尔·布伦特窜访台湾。中方决定根据《中华人民共和国反外国制裁法》"
                "对哈尔·布伦特采取反制措施，禁止其入境中国（包括香港、澳门），冻结其在华财产。\n")
    assert [(a["kind"], a["list"]) for a in ann["actions"]] == [("add", "CML")]
    assert _names(ann) == [("哈尔·布伦特", None, "person")]
    # The announcement states no start: the reader is asked for it rather than given the publication day.
    assert _flagged(ann, "effective")


def test_a_continuation_with_no_start_of_its_own_starts_the_day_after_the_period_it_extends() -> None:
    ann = _read(_head("商务部公告2033年第70号 关于继续暂停实施商务部公告2028年第12号部分条款的公告",
                      "商务部公告2033年第70号", "2033年07月25日")
                + "商务部公告2028年第12号（《关于加强某类物项出口管制的公告》）第三款暂停实施的期限"
                "将于2033年7月31日届满。经研究决定，该款继续暂停实施至2034年7月31日。\n\n商务部\n2033年7月25日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2033-08-01", "2034-07-31", ("MOFCOM-2028-12#3",))]
    _quiet(ann)


def _listing(sentence: str) -> str:
    return (_head("商务部公告2033年第80号 关于将3家美国实体列入出口管制管控名单的公告", "商务部公告2033年第80号",
                  "2033年08月08日")
            + f"根据《中华人民共和国出口管制法》有关规定，{sentence}\n\n本公告自公布之日起正式实施。"
            "\n\n商务部\n2033年8月8日\n")


_THREE = ("灰隼导航公司（Grey Falcon Navigation）、深锚海事公司（Deep Anchor Marine LLC）、"
          "白鲸声学公司（Beluga Acoustics Inc.）")


def test_names_after_the_colon_of_a_pointer_on_the_same_line_are_the_listing() -> None:
    ann = _read(_listing(f"商务部决定，自2033年8月15日起，将下列3家美国实体列入出口管制管控名单：{_THREE}。"))
    assert _acts(ann) == [("add", "ECL", "2033-08-15", None, ())]
    assert [n for n, _, _ in _names(ann)] == ["灰隼导航公司", "深锚海事公司", "白鲸声学公司"]
    _quiet(ann)


def test_names_given_later_on_the_same_line_as_their_intro_complete_a_counted_listing() -> None:
    ann = _read(_listing("决定将灰隼导航公司（Grey Falcon Navigation）等3家美国实体列入出口管制管控名单。"
                         f"上述实体为：{_THREE}。"))
    assert len(_names(ann)) == 3
    _quiet(ann)


def test_names_after_a_colon_without_english_brackets_stay_a_doubt() -> None:
    ann = _read(_listing("决定将下列3家美国实体列入出口管制管控名单：灰隼导航公司、深锚海事公司、白鲸声学公司。"))
    assert ann["needs_review"]


def test_a_customs_number_without_di_and_an_order_number_in_brackets_are_numbers() -> None:
    from policywatch.parsers.numbers import find_numbers

    assert [f.number.doc_id for f in find_numbers("根据海关总署公告2033年41号和外交部令（第88号）")] == [
        "GACC-2033-41", "MFA-ORDER-88"]
    # Neither 年 nor 第: a run of digits is no number.
    assert find_numbers("海关总署公告203341号") == []


def test_a_removal_whose_listing_is_told_after_it_cites_that_listing() -> None:
    ann = _read(_head("商务部公告2033年第90号 关于将2家实体移出出口管制管控名单的公告", "商务部公告2033年第90号",
                      "2033年09月09日")
                + "根据《中华人民共和国出口管制法》有关规定，经审查，"
                "商务部决定将灰隼导航公司（Grey Falcon Navigation）、深锚海事公司（Deep Anchor Marine LLC）"
                "移出出口管制管控名单。上述实体系由商务部公告2028年第30号列入管控名单。"
                "\n\n本公告自公布之日起实施。\n\n商务部\n2033年9月9日\n")
    assert _acts(ann) == [("remove", "ECL", "2033-09-09", None, ("MOFCOM-2028-30",))]
    assert len(_names(ann)) == 2
    _quiet(ann)


def test_an_unnumbered_group_heading_with_a_colon_makes_its_names_persons() -> None:
    ann = _read("关于对美国有关企业和人员采取反制措施的决定\n"
                "（2033年6月6日中华人民共和国外交部令第95号公布，自公布之日起施行）\n\n"
                "依据《中华人民共和国反外国制裁法》有关规定，中方决定对附件所列企业和人员采取以下反制措施：\n\n"
                "一、冻结上述企业在我国境内的动产、不动产和其他各类财产；\n二、对上述人员不予签发签证、不准入境。\n\n"
                "外交部\n2033年6月6日\n\n附件\n企业：\n灰隼导航公司（Grey Falcon Navigation）\n"
                "人员：\n哈尔·布伦特（Hal Brent）\n")
    assert [(n, k) for a in ann["actions"] for n, _, k in _names(ann, ann["actions"].index(a))] == [
        ("灰隼导航公司", "organization"), ("哈尔·布伦特", "person")]


def test_a_period_written_right_after_the_start_ends_the_suspension() -> None:
    ann = _read(_head("商务部公告2033年第95号 关于暂停对1家实体实施管控措施的公告", "商务部公告2033年第95号",
                      "2033年10月10日")
                + "根据《中华人民共和国出口管制法》有关规定，商务部决定，自2033年10月15日起一年内，"
                "暂停对商务部公告2028年第30号所列灰隼导航公司（Grey Falcon Navigation）实施管控措施。"
                + _SIGNED.format(day="2033年10月10日"))
    assert _acts(ann) == [("suspend", "ECL", "2033-10-15", "2034-10-15", ("MOFCOM-2028-30",))]
    _quiet(ann)
