"""The operative-sentence grammar on wordings new to the parser (issue 16, tenth round): texts written for these
tests in the forms where the tenth blind set found misses, each in wordings of its own — never copies of any
held-out text. Names, numbers and dates are made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names_zh_en as _names_zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

# ---------------------------------------------------------------- 1. 自…起执行: the stated start of a control


def test_a_customs_control_from_a_later_day_executed_from_it() -> None:
    text = ("海关总署公告2031年第7号\n（关于对高纯镓锭实施出口管制的公告）\n发布时间：2031-03-02\n\n"
            "根据《中华人民共和国出口管制法》等有关规定，经商商务部，海关总署决定，对纯度大于等于99.9999%的镓锭"
            "（商品编号：8112929011）的出口实施管制，出口经营者应当凭两用物项出口许可证件向海关办理报关手续。\n\n"
            "本公告自2031年4月1日起执行。\n\n特此公告。\n\n海关总署\n2031年3月2日\n")
    ann = _read(text)
    assert _acts(ann) == [("control", "ITEM", "2031-04-01", None, ())]
    _quiet(ann)


def test_a_joint_decision_sentence_ending_with_its_start_executed_from_it() -> None:
    text = ("商务部 海关总署公告2031年第5号\n关于对碳化硼陶瓷相关物项实施出口管制的决定\n"
            "【发布单位】安全与管制局\n【发文日期】2031年02月10日\n\n"
            "根据《中华人民共和国出口管制法》有关规定，经国务院批准，商务部、海关总署决定，对碳化硼陶瓷防护板"
            "（参考海关商品编号：6909190010）实施出口管制，自2031年3月20日起执行。\n\n"
            "出口经营者出口上述物项，应当向商务部申请许可；未经许可，不得出口。\n\n商务部 海关总署\n2031年2月10日\n")
    ann = _read(text)
    assert _acts(ann) == [("control", "ITEM", "2031-03-20", None, ())]
    _quiet(ann)


# ---------------------------------------------------------------- 2. a removal of 其: every name of the recital


def _removal_of_qi(listed: str, count: str = "2") -> str:
    return ("商务部公告2031年第4号 关于将2家美国实体移出出口管制管控名单的公告\n"
            "【发布单位】安全与管制局\n【发布文号】商务部公告2031年第4号\n【发文日期】2031年05月06日\n\n"
            f"商务部于2026年3月3日发布商务部公告2026年第9号，将{listed}列入出口管制管控名单。\n\n"
            f"根据《中华人民共和国出口管制法》有关规定，应上述{count}家实体申请，经审查，商务部决定将其移出出口管制管控名单，"
            "此前对其采取的管控措施不再实施。\n\n本公告自2031年6月1日起施行。\n\n商务部\n2031年5月6日\n")


LISTED = "北岬雷达公司（North Cape Radar Inc.）、蓝湾推进系统公司（Blue Bay Propulsion LLC）"


def test_a_removal_of_qi_takes_the_names_the_recited_listing_gave() -> None:
    ann = _read(_removal_of_qi(LISTED))
    assert _acts(ann) == [("remove", "ECL", "2031-06-01", None, ("MOFCOM-2026-9",))]
    assert _names_zh_en(ann) == [("北岬雷达公司", "North Cape Radar Inc."),
                                 ("蓝湾推进系统公司", "Blue Bay Propulsion LLC")]
    _quiet(ann)


def test_a_removal_of_qi_whose_count_differs_from_the_recital_is_flagged() -> None:
    ann = _read(_removal_of_qi(LISTED, count="3"))
    assert _flagged(ann, "states 3 entities, 2 found")


def test_qi_is_never_a_name() -> None:
    # No listing recited: nothing to refer back to, so no entity is made of 其 and the notice is flagged.
    recital = f"商务部于2026年3月3日发布商务部公告2026年第9号，将{LISTED}列入出口管制管控名单。\n\n"
    text = _removal_of_qi(LISTED).replace(recital, "")
    ann = _read(text)
    assert all(e["name_zh"] != "其" for a in ann["actions"] for e in a["entities"])
    assert ann["needs_review"]


def test_a_removal_of_qi_after_a_recital_naming_one_of_several_is_flagged() -> None:
    # "将A等5家实体列入…" then "决定将其移出": 其 is five entities, one named; no count before 其 either.
    text = _removal_of_qi("北岬雷达公司（North Cape Radar Inc.）等5家实体").replace("应上述2家实体申请，", "")
    assert _flagged(_read(text), "states 5 entities, 1 found")


# ---------------------------------------------------------------- 3. a change for some named entities of a listing
# cited in the sentence before, referred to by 该公告 / 上述决定 / 上述措施


RESUME_SOME = (
    "不可靠实体清单工作机制关于恢复对银河导航公司等2家美国企业实施处理措施的公告\n"
    "【发布单位】安全与管制局\n【发布文号】不可靠实体清单工作机制〔2031〕2号\n【发文日期】2031年03月25日\n\n"
    "不可靠实体清单工作机制于2026年2月4日发布公告（不可靠实体清单工作机制〔2026〕3号），将红杉航空公司等8家"
    "美国企业列入不可靠实体清单，相关处理措施此前已暂停实施。\n\n"
    "经核实，银河导航公司（Galaxy Navigation Inc.）和雷鸣动力公司（Thunder Power Systems）在暂停期间"
    "继续向台湾地区出售武器。根据《不可靠实体清单规定》有关规定，工作机制决定，自2031年4月1日起，"
    "恢复对上述2家企业实施该公告规定的处理措施。该公告所列其他6家企业的安排不变。\n\n"
    "不可靠实体清单工作机制\n2031年3月25日\n")


def test_resuming_the_measures_for_entities_counted_back_to_the_prose() -> None:
    ann = _read(RESUME_SOME)
    assert _acts(ann) == [("resume", "UEL", "2031-04-01", None, ("UEL-2026-3",))]
    assert _names_zh_en(ann) == [("银河导航公司", "Galaxy Navigation Inc."), ("雷鸣动力公司", "Thunder Power Systems")]
    _quiet(ann)


def test_a_resumption_counted_back_to_names_the_prose_does_not_hold_is_flagged() -> None:
    # "上述3家企业" with two named in the prose, or "上述企业" with no count: never read as the whole notice quietly.
    for obj in ("上述3家企业", "上述企业"):
        ann = _read(RESUME_SOME.replace("恢复对上述2家企业", f"恢复对{obj}"))
        assert ann["needs_review"], obj


def test_ending_the_measures_for_names_of_the_decision_cited_before() -> None:
    text = ("关于停止对星河光电公司和远帆无人机公司实施反制措施的决定\n\n"
            "（2031年5月9日中华人民共和国外交部令第90号公布，自公布之日起施行）\n\n"
            "2027年3月1日，中方以中华人民共和国外交部令第31号，对15家美国军工企业和5名高级管理人员采取反制措施。\n\n"
            "鉴于有关情况发生变化，依据《中华人民共和国反外国制裁法》有关规定，中方决定停止对上述决定所列星河光电公司"
            "（Star River Optronics）、远帆无人机公司（Farsail Drones, Inc.）实施的反制措施。外交部令第31号所列"
            "其他企业和人员的反制措施继续有效。\n\n本决定自公布之日起施行。\n\n外交部\n2031年5月9日\n")
    ann = _read(text)
    assert _acts(ann) == [("terminate", "CML", "2031-05-09", None, ("MFA-ORDER-31",))]
    assert _names_zh_en(ann) == [("星河光电公司", "Star River Optronics"), ("远帆无人机公司", "Farsail Drones, Inc.")]
    _quiet(ann)


def test_suspending_the_measures_above_for_one_latin_name_of_an_order() -> None:
    text = ("中华人民共和国商务部令\n二〇三一年　第二号\n\n"
            "经国家反外国制裁工作协调机制批准，现公布《关于暂停对Nordbank Oyj实施反制措施的决定》，"
            "自二〇三一年六月一日起施行。\n\n商务部\n二〇三一年五月二十日\n\n"
            "关于暂停对Nordbank Oyj实施反制措施的决定\n\n"
            "商务部令二〇二六年第3号将欧盟Baltic Trust AS和Nordbank Oyj两家银行列入反制清单，并采取了相应反制措施。\n\n"
            "鉴于欧方已作出调整，依据《中华人民共和国反外国制裁法》有关规定，中方决定暂停对Nordbank Oyj"
            "实施上述反制措施，暂停期限六个月。对Baltic Trust AS的反制措施继续有效。\n\n"
            "本决定自二〇三一年六月一日起施行。\n")
    ann = _read(text)
    assert _acts(ann) == [("suspend", "CML", "2031-06-01", "2031-12-01", ("MOFCOM-ORDER-2026-3",))]
    assert _names_zh_en(ann) == [(None, "Nordbank Oyj")]
    _quiet(ann)


def test_suspending_what_the_notice_before_prescribed_for_two_of_its_entities() -> None:
    text = ("商务部公告2031年第11号 关于暂停对北极星光学公司等2家实体实施出口管制管控措施的公告\n"
            "【发布单位】安全与管制局\n【发布文号】商务部公告2031年第11号\n【发文日期】2031年06月20日\n\n"
            "商务部公告2026年第14号将北极星光学公司等9家美国实体列入出口管制管控名单。根据《中华人民共和国出口管制法》"
            "有关规定，经研究，该公告对北极星光学公司（Polaris Optics）和海岸线电子公司（Coastline Electronics, Inc.）"
            "规定的管控措施，自2031年7月1日起暂停实施90天。\n\n"
            "暂停期间，出口经营者向上述2家实体出口两用物项的，应当依法申请许可。该公告所列其余7家实体仍按原规定执行。\n\n"
            "商务部\n2031年6月20日\n")
    ann = _read(text)
    assert _acts(ann) == [("suspend", "ECL", "2031-07-01", "2031-09-29", ("MOFCOM-2026-14",))]
    assert _names_zh_en(ann) == [("北极星光学公司", "Polaris Optics"),
                                 ("海岸线电子公司", "Coastline Electronics, Inc.")]
    _quiet(ann)


# ---------------------------------------------------------------- 4. a Q&A across two lists, 并暂停, 自北京时间…起


QA_TWO_LISTS = (
    "商务部新闻发言人就暂停部分管控名单和不可靠实体清单措施答记者问\n"
    "来源：商务部新闻办公室 类型：原创 分类：新闻 2031-01-20 19:30\n\n"
    "问：请问中方在两份名单方面有何最新安排？\n\n"
    "答：根据双方磋商成果，中方决定暂停商务部公告2026年第8号对12家美国实体采取的相关措施，并暂停2026年3月2日公告"
    "（不可靠实体清单工作机制〔2026〕4号）相关措施，暂停期限均为60天，上述安排均自北京时间2031年2月1日起执行。"
    "暂停期间，出口经营者可依法申请向相关实体出口。\n")


def test_a_qa_suspending_an_ecl_then_a_uel_notice_reads_one_change_per_list() -> None:
    ann = _read(QA_TWO_LISTS)
    assert _acts(ann) == [("suspend", "ECL", "2031-02-01", "2031-04-02", ("MOFCOM-2026-8",)),
                          ("suspend", "UEL", "2031-02-01", "2031-04-02", ("UEL-2026-4",))]
    _quiet(ann)


def test_a_qa_denying_any_change_of_the_lists_is_no_notice_to_review() -> None:
    text = ("商务部新闻发言人就两用物项出口许可审批情况答记者问\n"
            "来源：商务部新闻办公室 类型：原创 分类：新闻 2031-04-08 16:00\n\n"
            "问：请问今年以来两用物项出口许可审批情况如何？\n\n"
            "答：今年一季度，商务部共受理两用物项出口许可申请3000余件，平均审批时间进一步缩短。\n\n"
            "关于管控名单和不可靠实体清单，中方一贯依法依规处理，目前没有新的列入、移出或暂停安排。\n")
    ann = _read(text)
    assert ann["actions"] == []
    _quiet(ann)


# ---------------------------------------------------------------- 5. annexes 附件一 / 附件二, managers first


MFA_TWO_ANNEXES = (
    "关于对美国军工企业高级管理人员及相关企业采取反制措施的决定\n\n"
    "（2031年8月3日中华人民共和国外交部令第95号公布，自2031年8月3日起施行）\n\n"
    "美方近期再次宣布对台军售。依据《中华人民共和国反外国制裁法》有关规定，中方决定对附件所列2名美国军工企业"
    "高级管理人员及1家美国军工企业采取以下反制措施：\n\n"
    "一、对附件一所列人员，不予签发签证、不准入境，禁止我国境内的组织、个人与其进行有关交易、合作等活动；\n\n"
    "二、对附件二所列企业，冻结其在我国境内的动产、不动产和其他各类财产。\n\n"
    "本决定自2031年8月3日起施行。\n\n外交部\n2031年8月3日\n\n"
    "附件一\n高级管理人员\n"
    "（一）罗伯特·凯恩（Robert Kane），美国军工企业总裁\n"
    "（二）艾米·福斯特（Amy Foster），美国军工企业首席财务官\n\n"
    "附件二\n企业\n"
    "（一）铁锚海事系统公司（Ironanchor Maritime Systems）\n"
)


def test_two_numbered_annexes_give_each_measure_its_own_annex() -> None:
    ann = _read(MFA_TWO_ANNEXES)
    assert _acts(ann) == [("add", "CML", "2031-08-03", None, ())] * 2
    assert _names_zh_en(ann, 0) == [("罗伯特·凯恩", "Robert Kane"), ("艾米·福斯特", "Amy Foster")]
    assert [e["kind"] for e in ann["actions"][0]["entities"]] == ["person", "person"]
    assert _names_zh_en(ann, 1) == [("铁锚海事系统公司", "Ironanchor Maritime Systems")]
    assert ann["actions"][1]["measures"] == ["冻结其在我国境内的动产、不动产和其他各类财产"]
    _quiet(ann)


def test_a_measure_naming_an_annex_the_text_lacks_is_flagged() -> None:
    ann = _read(MFA_TWO_ANNEXES.split("\n附件二")[0] + "\n")
    assert _flagged(ann, "no entit")


def test_a_removal_ending_the_measures_for_qi_in_a_second_clause_is_one_removal() -> None:
    # "…移出管控名单，并停止实施<notice>对其规定的管控措施": 并 opens no change of its own on 其.
    text = ("商务部公告2031年第9号 关于将1家实体移出出口管制管控名单的公告\n"
            "【发布单位】安全与管制局\n【发布文号】商务部公告2031年第9号\n【发文日期】2031年05月06日\n\n"
            "根据《中华人民共和国出口管制法》有关规定，商务部决定将北岬雷达公司（North Cape Radar Inc.）移出"
            "出口管制管控名单，并停止实施商务部公告2026年第9号对其规定的管控措施。\n\n"
            "本公告自2031年6月1日起施行。\n\n商务部\n2031年5月6日\n")
    ann = _read(text)
    assert _acts(ann) == [("remove", "ECL", "2031-06-01", None, ("MOFCOM-2026-9",))]
    _quiet(ann)
