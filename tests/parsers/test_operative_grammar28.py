"""The shapes the twenty-seventh blind set showed the grammar did not read, outside tables and dates: names grouped
by country under heads that count them (日本实体2家：…；美国实体1家：…), names marked ① ② under a heading that counts
them, persons in a key-value layout (姓名：/英文名：/职务：), an order that adds and lifts (解除) at once, groups in
paragraphs stating their measures after 措施为, 该企业 pointing back sentences later, the issuer of a body no table
knows; and two doubts: a date repeated in another writing as another day, and a head and a signature naming
different bodies (never raised where they agree). Texts written for these tests (issue 16), never copies of any
held-out text; the entities are real listed ones (earlier held-out sets), the numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers import parse_text


def test_names_grouped_by_country_inline_each_with_its_country() -> None:
    text = ("商务部公告2046年第41号　关于将3家外国实体列入出口管制管控名单的公告\n"
            "商务部决定将3家外国实体列入出口管制管控名单，并采取禁止向其出口两用物项等措施。"
            "列入出口管制管控名单的实体为：日本企业两家：IHI宇航株式会社（IHI Aerospace Co., Ltd.）、"
            "日本海洋联合株式会社（Japan Marine United Corporation）；美国企业1家：英特磊公司"
            "（Intelligent Epitaxy Technology, Inc.）。\n本公告自发布之日起实施。\n商务部\n2046年8月3日\n")
    ann = _read(text)
    assert _acts(ann) == [("add", "ECL", "2046-08-03", None, ())]
    assert _names(ann) == [("IHI宇航株式会社", "IHI Aerospace Co., Ltd.", "organization"),
                           ("日本海洋联合株式会社", "Japan Marine United Corporation", "organization"),
                           ("英特磊公司", "Intelligent Epitaxy Technology, Inc.", "organization")]
    assert [e.country for e in parse_text(text).actions[0].entities] == ["JP", "JP", "US"]
    _quiet(ann)


def test_names_grouped_by_country_one_group_a_line_below_a_pointer() -> None:
    ann = _read("商务部公告2046年第42号\n商务部决定将下列实体列入出口管制管控名单：\n"
                "美国实体2家：红猫控股公司（Red Cat Holdings, Inc.）；蒂尔无人机公司（Teal Drones, Inc.）。\n"
                "日本实体1家：日本海洋联合株式会社（Japan Marine United Corporation）。\n"
                "对上述实体，禁止出口两用物项。本公告自2046年9月1日起实施。\n商务部\n2046年8月20日\n")
    assert _acts(ann) == [("add", "ECL", "2046-09-01", None, ())]
    assert [zh for zh, _en, _kind in _names(ann)] == ["红猫控股公司", "蒂尔无人机公司", "日本海洋联合株式会社"]
    _quiet(ann)


def test_a_group_whose_count_differs_from_its_names_is_a_doubt() -> None:
    ann = _read("商务部公告2046年第43号\n商务部决定将下列实体列入出口管制管控名单：\n"
                "美国实体3家：红猫控股公司（Red Cat Holdings, Inc.）；蒂尔无人机公司（Teal Drones, Inc.）。\n"
                "日本实体1家：日本海洋联合株式会社（Japan Marine United Corporation）。\n"
                "本公告自发布之日起实施。\n商务部\n2046年8月21日\n")
    assert _flagged(ann, "美国实体3家")


def test_names_marked_with_circled_numbers_under_a_counting_heading() -> None:
    ann = _read("商务部公告2046年第50号\n关于将部分实体移出出口管制管控名单的公告\n"
                "商务部于2025年2月4日以商务部公告2025年第21号将若干美国实体列入出口管制管控名单。经审查，"
                "商务部决定自2046年10月8日起将下列实体移出出口管制管控名单。\n\n移出实体（共3家）\n"
                "① 红猫控股公司（Red Cat Holdings, Inc.）\n② 蒂尔无人机公司（Teal Drones, Inc.）\n"
                "③ 文本矿公司（TextOre）\n\n商务部\n2046年10月1日\n")
    assert _acts(ann) == [("remove", "ECL", "2046-10-08", None, ("MOFCOM-2025-21",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["红猫控股公司", "蒂尔无人机公司", "文本矿公司"]
    _quiet(ann)


def test_a_counting_heading_that_differs_from_the_names_is_a_doubt() -> None:
    ann = _read("商务部公告2046年第51号\n商务部决定自2046年10月8日起将商务部公告2025年第21号所列下列实体移出"
                "出口管制管控名单。\n移出名单（共3家）\n① 红猫控股公司（Red Cat Holdings, Inc.）\n"
                "② 蒂尔无人机公司（Teal Drones, Inc.）\n商务部\n2046年10月2日\n")
    assert len(_names(ann)) == 2
    assert _flagged(ann, "共3家")


def test_persons_in_a_key_value_layout_under_item_numbers() -> None:
    ann = _read("外交部令\n第140号\n\n根据《中华人民共和国反外国制裁法》，外交部决定对下列人员采取反制措施：\n\n"
                "（一）\n姓名：帕尔默·卢基\n英文名：Palmer Luckey\n职务：美国某军工企业创始人\n\n"
                "（二）\n姓名：丹·斯穆特\n英文名：Dan Smoot\n职务：美国某军工企业首席执行官\n\n"
                "对上述人员采取的措施为：冻结其在我国境内的各类财产；禁止其入境。\n本决定自即日起施行。\n\n"
                "外交部\n2046年5月6日\n")
    assert _acts(ann) == [("add", "CML", "2046-05-06", None, ())]
    assert _names(ann) == [("帕尔默·卢基", "Palmer Luckey", "person"), ("丹·斯穆特", "Dan Smoot", "person")]
    _quiet(ann)


def test_persons_in_a_key_value_layout_in_an_annex() -> None:
    ann = _read("外交部令\n第143号\n\n根据《中华人民共和国反外国制裁法》，外交部决定对附件所列人员采取反制措施，"
                "冻结其在我国境内的各类财产。\n本决定自即日起施行。\n\n外交部\n2046年5月7日\n\n附件\n\n"
                "（一）\n姓名：帕尔默·卢基\n英文名：Palmer Luckey\n职务：美国某军工企业创始人\n\n"
                "（二）\n姓名：丹·斯穆特\n英文名：Dan Smoot\n职务：美国某军工企业首席执行官\n")
    assert _acts(ann) == [("add", "CML", "2046-05-07", None, ())]
    assert _names(ann) == [("帕尔默·卢基", "Palmer Luckey", "person"), ("丹·斯穆特", "Dan Smoot", "person")]
    _quiet(ann)


def test_an_order_that_adds_two_and_lifts_the_measures_of_an_earlier_order_on_a_third() -> None:
    ann = _read("外交部令第141号\n\n外交部关于调整反制措施的决定\n\n"
                "第一条　对高点航空技术公司（High Point Aerotechnologies）和多莫战术通信公司（Domo Tactical "
                "Communications）采取反制措施，冻结其在我国境内的各类财产。\n"
                "第二条　解除外交部令第25号对侦察艇有限责任公司（ReconCraft）采取的反制措施。\n"
                "第三条　本决定自公布之日起施行。\n\n外交部\n2046年6月9日\n")
    assert _acts(ann) == [("add", "CML", "2046-06-09", None, ()),
                          ("remove", "CML", "2046-06-09", None, ("MFA-ORDER-25",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["高点航空技术公司", "多莫战术通信公司"]
    assert _names(ann, 1) == [("侦察艇有限责任公司", "ReconCraft", "organization")]
    _quiet(ann)


def test_groups_in_paragraphs_each_stating_its_measures() -> None:
    ann = _read("外交部令\n第142号\n\n自2046年7月1日起，外交部依照反外国制裁法第四条、第五条，采取下列反制措施。\n\n"
                "对米奇·麦克唐纳（Mitch McDonald）、迈克尔·卡诺维尔（Michael J. Carnovale）两名高级管理人员，"
                "措施为：不予签发签证，不准其入境。\n\n同时，将文本矿公司（TextOre）、多莫战术通信公司（Domo "
                "Tactical Communications）列为反制对象，措施为：冻结其在我国境内的全部财产。\n\n"
                "外交部部长\n2046年6月28日\n")
    assert _acts(ann) == [("add", "CML", "2046-07-01", None, ()), ("add", "CML", "2046-07-01", None, ())]
    assert _names(ann) == [("米奇·麦克唐纳", "Mitch McDonald", "person"),
                           ("迈克尔·卡诺维尔", "Michael J. Carnovale", "person")]
    assert [zh for zh, _en, _kind in _names(ann, 1)] == ["文本矿公司", "多莫战术通信公司"]
    _quiet(ann)


def test_gai_qiye_points_back_at_the_one_entity_named_sentences_before() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2046〕4号\n\n关于暂停对监控研究公司采取处理措施的公告\n\n"
                "监控研究公司（IP Video Market Info, Inc.）是不可靠实体清单工作机制公告〔2025〕5号列入不可靠实体"
                "清单的实体之一。该企业近期提交了整改报告。\n\n经研究，工作机制决定自2046年3月1日起至2046年8月31日止，"
                "暂停对该企业实施〔2025〕5号公告规定的处理措施。\n\n不可靠实体清单工作机制\n2046年2月20日\n")
    assert _acts(ann) == [("suspend", "UEL", "2046-03-01", "2046-08-31", ("UEL-2025-5",))]
    assert _names(ann) == [("监控研究公司", "IP Video Market Info, Inc.", "organization")]
    _quiet(ann)


def test_the_issuer_of_a_body_no_table_knows_from_its_signature() -> None:
    ann = _read("深圳证券交易所关于调整融资融券标的证券名单的公告\n"
                "本所决定自2046年4月1日起将两只股票移出融资融券标的证券名单。\n深圳证券交易所\n2046年3月28日\n")
    assert ann["issuer"] == "深圳证券交易所"
    assert not ann["actions"] and not ann["needs_review"]


def test_the_issuer_of_a_body_no_table_knows_from_its_title_when_nothing_signs() -> None:
    ann = _read("中国羽毛球协会关于部分运动员注册资格处理情况的通知\n"
                "本会决定暂停两名运动员的注册资格，期限为六个月。\n2046年3月28日\n")
    assert ann["issuer"] == "中国羽毛球协会"


_TWICE = ("商务部公告2046年第60号\n商务部决定，对商务部公告2025年第21号所列红猫控股公司（Red Cat Holdings, "
          "Inc.）、蒂尔无人机公司（Teal Drones, Inc.），自2046年9月1日（{again}）起暂停实施该公告规定的管控措施，"
          "暂停期限为三个月。\n商务部\n2046年8月25日\n")


def test_a_date_repeated_as_another_day_is_a_doubt() -> None:
    ann = _read(_TWICE.format(again="二〇四六年十月一日"))
    assert _acts(ann) == [("suspend", "ECL", "2046-09-01", "2046-12-01", ("MOFCOM-2025-21",))]
    assert _flagged(ann, "二〇四六年十月一日")


def test_a_date_repeated_as_the_same_day_is_no_doubt() -> None:
    ann = _read(_TWICE.format(again="二〇四六年九月一日"))
    assert _acts(ann) == [("suspend", "ECL", "2046-09-01", "2046-12-01", ("MOFCOM-2025-21",))]
    _quiet(ann)


_SIGNED = ("不可靠实体清单工作机制\n〔2046〕6号\n\n关于将文本矿公司移出不可靠实体清单的公告\n\n"
           "依据〔2025〕5号公告列入不可靠实体清单的文本矿公司（TextOre）已纠正其行为。工作机制决定，"
           "自本公告发布之日起将其移出不可靠实体清单。\n\n{signer}\n2046年11月3日\n")


def test_a_head_and_a_signature_naming_different_bodies_are_a_doubt() -> None:
    ann = _read(_SIGNED.format(signer="海关总署"))
    assert ann["issuer"] == "不可靠实体清单工作机制"
    assert _acts(ann) == [("remove", "UEL", "2046-11-03", None, ("UEL-2025-5",))]
    assert _flagged(ann, "海关总署")


def test_a_head_and_a_signature_naming_one_body_are_no_doubt() -> None:
    ann = _read(_SIGNED.format(signer="不可靠实体清单工作机制"))
    assert _acts(ann) == [("remove", "UEL", "2046-11-03", None, ("UEL-2025-5",))]
    _quiet(ann)
