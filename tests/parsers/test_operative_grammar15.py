"""The operative-sentence grammar on a removal whose entities are said to be of a listing cited by a bare UEL number
(X系…公告（〔2029〕4号）列入…的企业), a suspension of names picked out of a listing told before the decision, a
company named after a person (A·B公司), and a person described as an executive (高管) in prose: texts written for
these tests (issue 16, after the fifteenth and sixteenth blind sets), never copies of any held-out text. Names,
numbers and dates are made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def _uel(number: int, body: str, day: str) -> str:
    return f"不可靠实体清单工作机制公告\n〔2036〕{number}号\n\n{body}\n\n不可靠实体清单工作机制\n{day}\n"


def test_entities_said_to_be_of_a_listing_cited_by_a_bare_number_are_removed_from_that_listing() -> None:
    ann = _read(_uel(
        7, "霍华德·米勒推进公司（Howard Miller Propulsion）和霍华德·米勒资本公司（Howard Miller Capital）系不可靠实体"
           "清单工作机制2029年3月2日公告（〔2029〕4号）列入不可靠实体清单的企业。\n\n经评估，根据《不可靠实体清单规定》"
           "第十三条，工作机制决定，自2036年2月1日起，将上述两家企业从不可靠实体清单中移出。", "2036年1月25日"))
    assert _acts(ann) == [("remove", "UEL", "2036-02-01", None, ("UEL-2029-4",))]
    assert _names(ann) == [("霍华德·米勒推进公司", "Howard Miller Propulsion", "organization"),
                           ("霍华德·米勒资本公司", "Howard Miller Capital", "organization")]
    _quiet(ann)


def test_names_picked_out_of_a_listing_told_before_the_decision_are_changed_on_that_listing() -> None:
    ann = _read(_uel(
        8, "2029年5月6日，不可靠实体清单工作机制发布公告（〔2029〕7号），将青岚测绘公司（Azure Survey Inc.）、"
           "北辰雷达公司（North Star Radar LLC）等6家美国企业列入不可靠实体清单，并采取相应处理措施。\n\n"
           "根据《不可靠实体清单规定》第十四条，工作机制决定，自2036年3月1日起，暂停对前述青岚测绘公司、北辰雷达公司"
           "实施的处理措施，暂停期限90天。", "2036年2月20日"))
    assert _acts(ann) == [("suspend", "UEL", "2036-03-01", "2036-05-30", ("UEL-2029-7",))]
    assert [n[0] for n in _names(ann)] == ["青岚测绘公司", "北辰雷达公司"]
    _quiet(ann)


def test_a_person_described_as_an_executive_in_prose_is_named_without_the_office() -> None:
    ann = _read(
        "关于对两名外国企业高管采取反制措施的决定\n（2036年4月2日中华人民共和国外交部令第71号公布，自公布之日起施行）\n\n"
        "某国导弹企业高管彼得·布兰克（Peter Blank）与卡尔·温特（Carl Winter）长期参与损害中国主权的活动。依据"
        "《中华人民共和国反外国制裁法》第四条、第五条、第六条，中方决定对上述二人采取反制措施，冻结其在我国境内的"
        "动产、不动产和其他各类财产。\n\n外交部\n2036年4月2日\n")
    assert _names(ann) == [("彼得·布兰克", "Peter Blank", "person"), ("卡尔·温特", "Carl Winter", "person")]
    _quiet(ann)


def test_a_bare_uel_number_the_reading_leaves_unresolved_is_a_doubt_not_silence() -> None:
    ann = _read(_uel(
        9, "根据《不可靠实体清单规定》第十四条，工作机制决定，自2036年3月1日起，暂停对青岚测绘公司（Azure Survey Inc.）"
           "实施的处理措施，暂停期限90天。青岚测绘公司曾被〔2029〕7号公告纳入该清单。", "2036年2月20日"))
    assert ann["actions"] and not ann["actions"][0]["targets"]
    assert _flagged(ann, "〔2029〕7号")


def test_its_removal_counts_the_names_pointed_back_at_not_the_whole_listing() -> None:
    ann = _read(
        "不可靠实体清单工作机制公告〔2036〕11号\n\n"
        "一、2029年5月6日，不可靠实体清单工作机制发布公告（〔2029〕7号），将青岚测绘公司（Azure Survey Inc.）和"
        "北辰雷达公司（North Star Radar LLC）等6家美国企业列入不可靠实体清单。该两家企业已纠正其行为。\n"
        "二、依据《不可靠实体清单规定》第十三条，工作机制决定将其移出不可靠实体清单。\n三、本公告自发布之日起施行。\n\n"
        "不可靠实体清单工作机制\n2036年4月1日\n")
    assert _acts(ann) == [("remove", "UEL", "2036-04-01", None, ("UEL-2029-7",))]
    assert [n[0] for n in _names(ann)] == ["青岚测绘公司", "北辰雷达公司"]
    _quiet(ann)


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    return f"商务部公告2036年第{number}号\n{title}\n\n{body}\n\n商务部\n{day}\n"


def test_a_control_decided_after_a_colon_starts_on_the_day_it_states() -> None:
    ann = _read(_mofcom(
        50, "商务部关于对高纯某金属靶材实施出口管制的决定",
        "为维护国家安全和利益，根据《中华人民共和国出口管制法》有关规定，经国务院批准，商务部决定：自2036年8月1日起，"
        "对纯度不低于99.9%的某金属靶材（参考海关商品编号：8112000000）实施出口管制。出口经营者应当申请许可。",
        "2036年7月10日"))
    assert _acts(ann) == [("control", "ITEM", "2036-08-01", None, ())]
    _quiet(ann)


def test_no_longer_controlling_the_items_of_a_cited_notice_ends_that_control() -> None:
    ann = _read(_mofcom(
        51, "关于废止商务部公告2036年第50号的公告",
        "商务部公告2036年第50号（《商务部关于对高纯某金属靶材实施出口管制的决定》）实施以来，形势发生变化。经国务院批准，"
        "商务部决定，自2036年11月1日起，不再对该公告所列物项实施出口管制，该公告同时废止。", "2036年10月15日"))
    assert _acts(ann) == [("terminate", "ITEM", "2036-11-01", None, ("MOFCOM-2036-50",))]
    _quiet(ann)


def test_a_continuation_after_the_running_period_takes_its_length_from_the_sentence_after() -> None:
    ann = _read(_mofcom(
        52, "关于继续暂停实施商务部公告2027年第12号第三款的公告",
        "商务部公告2027年第12号第三款目前处于暂停实施状态，暂停期限至2036年6月30日。经批准，该款在上述期限届满后"
        "继续暂停实施。继续暂停的期限为六个月，自2036年7月1日起计算。", "2036年6月20日"))
    assert _acts(ann) == [("suspend", "ITEM", "2036-07-01", "2037-01-01", ("MOFCOM-2027-12#3",))]
    _quiet(ann)
