"""The operative-sentence grammar on wordings new to the parser (issue 16, fourth round): texts written for these
tests in the forms where the fourth blind set found misses — never copies of any held-out text. Names are made up.
A notice read completely stays unflagged; a doubt flags it with a plain reason; a measure is never a name."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.entities import looks_like_clause, split_object
from policywatch.parsers.traditional import to_simplified

# ---------------------------------------------------------------- 1. removal: 决定，将X（…）和Y（…）移出

def test_removal_inline_names_joined_by_he_after_a_comma_cites_the_listing_by_number() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕6号\n\n2026年5月8日，不可靠实体清单工作机制发布公告（不可靠实体清单"
                "工作机制公告〔2026〕4号），将青岚航电公司等实体列入不可靠实体清单。经企业申请和评估，工作机制决定，将青岚"
                "航电公司（Qinglan Avionics Inc.）和北辰测绘公司（Beichen Survey LLC）移出不可靠实体清单，对其采取的"
                "措施同时停止执行。\n\n不可靠实体清单工作机制\n2027年2月3日\n")
    assert _acts(ann) == [("remove", "UEL", "2027-02-03", None, ("UEL-2026-4",))]
    assert _names(ann) == [("青岚航电公司", "Qinglan Avionics Inc.", "organization"),
                           ("北辰测绘公司", "Beichen Survey LLC", "organization")]
    _quiet(ann)


def test_removal_joined_by_yiji_cites_the_listing_by_date_alone() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕7号\n\n工作机制于2025年9月25日发布公告，将远岫海事公司等实体列入"
                "不可靠实体清单。工作机制现决定，将远岫海事公司（Yuanxiu Marine）以及松涛动力公司（Songtao Power）"
                "移出不可靠实体清单。\n\n不可靠实体清单工作机制\n2027年2月4日\n")
    assert _acts(ann) == [("remove", "UEL", "2027-02-04", None, ("UEL-2025-9",))]
    assert [n[1] for n in _names(ann)] == ["Yuanxiu Marine", "Songtao Power"]
    _quiet(ann)


def test_removal_cites_the_listing_by_its_date_before_suo_lie_never_the_own_masthead_number() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕9号\n\n工作机制对2025年4月9日公告所列实体进行了评估。工作机制"
                "现决定，将甲乙科技公司（Jiayi Tech）及丙丁系统公司（Bingding Systems）移出不可靠实体清单。\n\n"
                "不可靠实体清单工作机制\n2027年2月4日\n")
    assert _acts(ann) == [("remove", "UEL", "2027-02-04", None, ("UEL-2025-8",))]
    _quiet(ann)


def test_removal_with_the_listing_notice_before_suo_lie_inside_the_object() -> None:
    ann = _read("商务部公告2027年第40号\n\n经复核，商务部决定将商务部公告2025年第13号所列甲公司（A Corp.）、乙公司"
                "（B Inc.）移出出口管制管控名单。本公告自公布之日起实施。\n\n商务部\n2027年3月3日\n")
    assert _acts(ann) == [("remove", "ECL", "2027-03-03", None, ("MOFCOM-2025-13",))]
    assert [n[0] for n in _names(ann)] == ["甲公司", "乙公司"]
    _quiet(ann)


def test_removal_with_the_listing_number_in_brackets_after_the_past_listing() -> None:
    ann = _read("商务部公告2027年第41号\n\n2025年3月4日，商务部将甲公司等15家实体列入出口管制管控名单（商务部公告"
                "2025年第13号）。经复核，商务部决定，将甲公司（A Corp.）移出出口管制管控名单。本公告自公布之日起实施。"
                "\n\n商务部\n2027年3月3日\n")
    assert _acts(ann) == [("remove", "ECL", "2027-03-03", None, ("MOFCOM-2025-13",))]
    _quiet(ann)


# ---------------------------------------------------------------- 2. numbered lines after the colon of a long sentence

def test_removal_names_on_numbered_lines_after_a_long_sentence_ending_in_a_colon() -> None:
    ann = _read("商务部公告2027年第15号\n\n商务部对商务部公告2026年第9号所列实体进行了复核，决定自2027年3月1日起，"
                "将下列2家实体移出出口管制管控名单，该公告对其采取的管控措施不再适用：\n1. 云帆光电公司（Yunfan "
                "Photonics）\n2. 岩松材料公司（Yansong Materials Inc.）\n\n商务部\n2027年2月20日\n")
    assert _acts(ann) == [("remove", "ECL", "2027-03-01", None, ("MOFCOM-2026-9",))]
    assert [n[0] for n in _names(ann)] == ["云帆光电公司", "岩松材料公司"]
    _quiet(ann)


def test_listing_names_on_cn_numbered_lines_after_the_measure_and_colon() -> None:
    ann = _read("商务部令\n2027年第2号\n\n现公布《关于将海澜公司等2家企业列入反制裁清单的决定》，自公布之日起施行。\n\n"
                "依据《中华人民共和国反外国制裁法》，中方决定将下列企业列入反制裁清单，禁止与其开展任何合作：\n"
                "（一）海澜公司（Hailan Corp.）\n（二）溪谷机器人公司（Creek Robotics）\n\n部长 李某某\n"
                "2027年1月12日\n")
    assert _acts(ann) == [("add", "CML", "2027-01-12", None, ())]
    assert [n[1] for n in _names(ann)] == ["Hailan Corp.", "Creek Robotics"]
    assert ann["actions"][0]["measures"] == ["禁止与其开展任何合作"]
    _quiet(ann)


# ---------------------------------------------------------------- 3. persons named inline in prose

def test_persons_by_role_inline_joined_by_yiji_with_a_comma_after_the_decision() -> None:
    ann = _read("关于对杰克·霍顿等2人采取反制措施的决定\n2027-01-20 10:00\n\n（2027年1月20日中华人民共和国外交部令第"
                "30号公布，自2027年1月20日起施行）\n\n中方决定，对某无人机公司创始人杰克·霍顿（Jack Horton）以及某防务"
                "公司高级副总裁丽莎·门罗（Lisa Monroe）采取如下反制措施：冻结二人在我国境内的财产；对二人不予签发签证。"
                "\n\n外交部\n2027年1月20日\n")
    assert _acts(ann) == [("add", "CML", "2027-01-20", None, ())]
    assert _names(ann) == [("杰克·霍顿", "Jack Horton", "person"), ("丽莎·门罗", "Lisa Monroe", "person")]
    _quiet(ann)


# ---------------------------------------------------------------- 4. company and manager groups: a measure is no name

def test_groups_with_measures_run_on_after_the_names_give_no_junk_entities() -> None:
    ann = _read("关于对美国2家企业及1名高级管理人员采取反制措施的决定\n2027-02-01 09:00\n\n（2027年2月1日中华人民共和国"
                "外交部令第31号公布，自2027年2月1日起施行）\n\n中方决定：\n\n一、对远波雷达公司（Farwave Radar）、灰隼"
                "系统公司（Greyfalcon Systems）冻结在我国境内的财产；禁止我国境内的组织、个人与其进行交易、合作等活动。"
                "\n\n二、对灰隼系统公司首席执行官马克·斯通（Mark Stone）不予签发签证、不准入境；禁止我国境内的组织、"
                "个人与其本人进行交易。\n\n外交部\n2027年2月1日\n")
    assert [a["kind"] for a in ann["actions"]] == ["add", "add"]
    assert _names(ann, 0) == [("远波雷达公司", "Farwave Radar", "organization"),
                              ("灰隼系统公司", "Greyfalcon Systems", "organization")]
    assert _names(ann, 1) == [("马克·斯通", "Mark Stone", "person")]
    assert ann["actions"][1]["measures"][0].startswith("不予签发签证")
    _quiet(ann)


def test_a_decision_with_the_object_and_its_measures_in_one_run_and_no_cai_qu() -> None:
    ann = _read("关于对美国1家企业采取反制措施的决定\n2027-02-02 09:00\n\n（2027年2月2日中华人民共和国外交部令第34号"
                "公布，自2027年2月2日起施行）\n\n中方决定，对北极星声呐公司（Polaris Sonar）冻结在我国境内的财产；"
                "禁止我国境内的组织、个人与其进行交易。\n\n外交部\n2027年2月2日\n")
    assert _acts(ann) == [("add", "CML", "2027-02-02", None, ())]
    assert _names(ann) == [("北极星声呐公司", "Polaris Sonar", "organization")]
    assert ann["actions"][0]["measures"] == ["冻结在我国境内的财产", "禁止我国境内的组织、个人与其进行交易"]
    _quiet(ann)


def test_the_object_ends_at_the_first_measure_verb_outside_brackets() -> None:
    obj, measures = split_object("甲公司（A Corp.）、乙公司（B Ltd.）冻结在我国境内的财产；禁止与其交易")
    assert obj == "甲公司（A Corp.）、乙公司（B Ltd.）" and measures.startswith("冻结")
    assert split_object("丙公司（C Inc.）") == ("丙公司（C Inc.）", "")


def test_a_measure_or_a_sentence_never_looks_like_a_name() -> None:
    for junk in ("个人与其进行有关交易、合作等活动。", "不准入境", "组织、个人与其本人进行交易", "某" * 41,
                 "商务部公告2025年第13号所列甲公司"):
        assert looks_like_clause(junk), junk
    for name in ("洛克希德·马丁公司", "甲防务、空间与安全集团", "Raytheon; Lockheed JV", None):
        assert not looks_like_clause(name), name


def test_junk_that_still_reaches_an_annex_is_dropped_and_flagged() -> None:
    ann = _read("商务部公告2027年第16号\n\n商务部决定将附件所列实体列入出口管制管控名单。本公告自公布之日起实施。\n\n"
                "商务部\n2027年2月2日\n\n附件\n1. 北岸电子公司（North Shore Electronics）\n"
                "2. 禁止我国境内的组织、个人与其进行交易。\n3. 南港光学公司（Southport Optics）\n")
    assert [e["name_zh"] for e in ann["actions"][0]["entities"]] == ["北岸电子公司", "南港光学公司"]
    assert ann["needs_review"] and any("reads as a measure" in r for r in ann["review_reasons"])


# ---------------------------------------------------------------- 5. Q&A: subjects before the verbs, one shared period

def test_qa_two_bodies_continue_two_suspensions_with_one_shared_period_in_days() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-04-01 19:00\n\n商务部新闻发言人答记者问\n"
                "问：有关措施的暂停期即将届满，有何安排？\n答：经研究，自北京时间2027年4月3日0时起，不可靠实体清单"
                "工作机制继续暂停不可靠实体清单工作机制公告〔2025〕8号相关措施，商务部继续暂停商务部公告2025年第22号"
                "相关措施，暂停期限均为90天。\n")
    # 90 days counted from the day after the start (DESIGN §5: start + n days).
    assert _acts(ann) == [("suspend", "UEL", "2027-04-03", "2027-07-02", ("UEL-2025-8",)),
                          ("suspend", "ECL", "2027-04-03", "2027-07-02", ("MOFCOM-2025-22",))]
    _quiet(ann)


def test_qa_two_bodies_acting_together_split_into_one_suspension_per_list() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-04-01 19:00\n\n商务部新闻发言人答记者问\n答：经研究"
                "，自北京时间2027年4月3日起，不可靠实体清单工作机制和商务部将分别继续暂停不可靠实体清单工作机制公告"
                "〔2025〕8号和商务部公告2025年第22号相关措施，期限均为90天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-04-03", "2027-07-02", ("UEL-2025-8",)),
                          ("suspend", "ECL", "2027-04-03", "2027-07-02", ("MOFCOM-2025-22",))]
    _quiet(ann)


def test_the_masthead_number_above_a_clause_continuation_is_never_a_target() -> None:
    ann = _read("商务部 海关总署公告2027年第42号\n商务部 海关总署公告2026年第41号第二款，自2027年5月10日起继续暂停"
                "实施，至2027年11月9日止。\n\n商务部 海关总署\n2027年4月2日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2027-05-10", "2027-11-09", ("MOFCOM-2026-41#2",))]
    _quiet(ann)


# ---------------------------------------------------------------- 6. repeal of the export-control measures of a notice

def test_repeal_of_the_export_control_measures_a_notice_prescribed_is_an_item_control() -> None:
    ann = _read("商务部公告2027年第17号\n\n根据《中华人民共和国出口管制法》，商务部决定：商务部公告2026年第33号自2027年"
                "3月1日起停止执行，该公告规定的出口管制措施不再实施。\n\n商务部\n2027年2月22日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2027-03-01", None, ("MOFCOM-2026-33",))]
    _quiet(ann)


def test_a_repeal_whose_list_cannot_be_known_stays_flagged() -> None:
    ann = _read("商务部公告2027年第18号\n\n商务部决定：商务部公告2026年第34号自2027年3月1日起废止。\n\n商务部\n"
                "2027年2月23日\n")
    assert ann["actions"] and ann["actions"][0]["list"] is None
    assert ann["needs_review"] and any("unresolved" in r for r in ann["review_reasons"])


# ---------------------------------------------------------------- 7. negatives: neither an action nor a flag

def test_a_licence_notice_that_disclaims_any_list_change_is_quiet() -> None:
    ann = _read("商务部公告2027年第19号 关于优化两用物项出口许可办理的公告\n【发布单位】安全与管制局\n\n"
                "商务部决定自2027年3月1日起取消部分证明材料，恢复受理邮寄申请。本公告不涉及不可靠实体清单和出口管制"
                "管控名单的调整。\n\n商务部\n2027年2月24日\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann["review_reasons"]


def test_a_statistics_notice_naming_the_lists_with_a_description_annex_is_quiet() -> None:
    ann = _read("商务部公告2027年第20号 关于公布2026年两用物项出口许可统计数据的公告\n【发布单位】安全与管制局\n\n"
                "现将2026年两用物项出口许可统计数据公布如下：共受理申请5000件。涉及出口管制管控名单所列实体的申请"
                "依法审查。数据说明见附件。\n\n附件：数据口径说明\n\n商务部\n2027年1月30日\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann["review_reasons"]


def test_a_statistics_notice_telling_past_listings_is_quiet() -> None:
    ann = _read("商务部公告2027年第31号 关于公布2026年出口管制统计情况的公告\n\n现将有关统计情况公布如下：2026年，工作"
                "机制共将12家外国实体列入不可靠实体清单，商务部将20家实体列入出口管制管控名单。\n\n商务部\n2027年1月3日\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann["review_reasons"]


def test_a_relevant_notice_with_no_action_read_stays_flagged() -> None:
    ann = _read("商务部公告2027年第21号\n【发布单位】安全与管制局\n\n商务部将适时调整出口管制管控名单，另行公告。\n\n"
                "商务部\n2027年1月31日\n")
    assert ann["actions"] == [] and ann["needs_review"]


def test_an_item_control_whose_annex_is_left_out_on_purpose_is_not_cut_off() -> None:
    ann = _read("商务部公告2027年第22号\n\n商务部决定对高纯铟靶材相关物项实施出口管制。具体物项见附件。\n\n"
                "本公告自2027年4月1日起正式实施。\n\n附件：实施出口管制的铟相关物项清单（略）\n\n商务部\n2027年3月1日\n")
    assert _acts(ann) == [("control", "ITEM", "2027-04-01", None, ())]
    _quiet(ann)


# ---------------------------------------------------------------- 8. GACC implements a joint control

def test_gacc_deciding_its_own_step_on_a_joint_control_reads_the_control_from_its_date() -> None:
    ann = _read("海关总署公告2027年第12号（关于对部分激光器相关物项实施出口管制的公告）\n\n根据商务部 海关总署公告"
                "2027年第5号，自2027年3月15日起，对高功率光纤激光器实施出口管制，海关总署决定将上述物项纳入《两用物项和技术"
                "进出口许可证管理目录》。\n\n海关总署\n2027年3月10日\n")
    assert ann["doc_id"] == "GACC-2027-12"
    assert _acts(ann) == [("control", "ITEM", "2027-03-15", None, ())]
    _quiet(ann)


def test_gacc_only_telling_exporters_how_to_declare_is_flagged_not_acted_on() -> None:
    ann = _read("海关总署公告2027年第13号\n\n根据商务部 海关总署公告2027年第5号，自2027年3月15日起，对相关物项实施出口"
                "管制。出口经营者应当向海关提交许可证。\n\n海关总署\n2027年3月10日\n")
    assert ann["actions"] == [] and ann["needs_review"]


# ---------------------------------------------------------------- 9. traditional-character reprints

def test_traditional_reprint_of_a_removal_reads_simplified_names() -> None:
    ann = _read("不可靠實體清單工作機制公告〔2027〕8號\n\n2026年6月2日，工作機制發佈公告（不可靠實體清單工作機制公告"
                "〔2026〕5號），將藍海導航公司等實體列入不可靠實體清單。工作機制現決定，將藍海導航公司（Bluesea "
                "Navigation）和東嶺電子公司（Dongling Electronics）移出不可靠實體清單。本公告自發佈之日起施行。\n\n"
                "不可靠實體清單工作機制\n2027年2月5日\n")
    assert _acts(ann) == [("remove", "UEL", "2027-02-05", None, ("UEL-2026-5",))]
    _quiet(ann)
    assert [n[0] for n in _names(ann)] == ["蓝海导航公司", "东岭电子公司"]


def test_traditional_reprint_of_a_countermeasure_reads_simplified_names() -> None:
    ann = _read("關於對美國2家軍工企業採取反制措施的決定\n2027-02-06 10:00\n\n（2027年2月6日中華人民共和國外交部令第"
                "32號公佈，自2027年2月6日起施行）\n\n中方決定，對雷鳴飛彈公司（Thunder Missiles）、鋼鐵衛士系統公司"
                "（Steel Guard Systems）採取反制措施：凍結其在我國境內的財產。\n\n外交部\n2027年2月6日\n")
    assert _acts(ann) == [("add", "CML", "2027-02-06", None, ())]
    assert [n[0] for n in _names(ann)] == ["雷鸣飞弹公司", "钢铁卫士系统公司"]
    _quiet(ann)


def test_traditional_names_convert_character_by_character() -> None:
    got = to_simplified("不可靠實體清單工作機制決定將鋼鐵衛士系統公司移出")
    assert got == "不可靠实体清单工作机制决定将钢铁卫士系统公司移出"


# ---------------------------------------------------------------- the other issue-16 categories, once each

def test_joint_number_of_three_agencies_and_a_later_start() -> None:
    ann = _read("商务部 海关总署 国家国防科技工业局公告2027年第23号\n\n商务部、海关总署、国家国防科技工业局决定，"
                "自2027年5月1日起，对特种碳纤维预浸料实施出口管制。\n\n商务部 海关总署 国家国防科技工业局\n"
                "2027年4月1日\n")
    assert ann["doc_id"] == "MOFCOM-2027-23"
    assert _acts(ann) == [("control", "ITEM", "2027-05-01", None, ())]
    _quiet(ann)


def test_number_without_nian_and_a_clause_continued_from_a_later_start() -> None:
    ann = _read("商务部 海关总署公告2027第24号\n\n自2027年5月10日起，继续暂停实施商务部 海关总署公告2026年第41号"
                "第二款，期限6个月。\n\n商务部 海关总署\n2027年4月2日\n")
    assert ann["doc_id"] == "MOFCOM-2027-24"
    assert _acts(ann) == [("suspend", "ITEM", "2027-05-10", "2027-11-10", ("MOFCOM-2026-41#2",))]
    _quiet(ann)


def test_order_in_chinese_numerals_with_latin_only_names() -> None:
    ann = _read("商务部令\n二〇二七年第三号\n\n中方决定将Northpeak Capital LLC和Ironbay Holdings Ltd.列入反制清单，"
                "禁止其在中国境内投资。\n本决定自2027年1月15日起施行。\n\n商务部部长\n2027年1月15日\n")
    assert ann["doc_id"] == "MOFCOM-ORDER-2027-3"
    assert [n[1] for n in _names(ann)] == ["Northpeak Capital LLC", "Ironbay Holdings Ltd."]
    _quiet(ann)


def test_annex_numbered_yi_with_lines_without_english_and_a_dunhao_inside_a_name() -> None:
    ann = _read("商务部公告2027年第25号\n\n商务部决定将附件所列3家实体列入出口管制管控名单。本公告自公布之日起实施。"
                "\n\n商务部\n2027年4月3日\n\n附件\n一、星岚防务、空间与安全集团（Xinglan Defense, Space & Security）\n"
                "二、白桦精密机械公司\n三、远山通信公司\n")
    assert [n[0] for n in _names(ann)] == ["星岚防务、空间与安全集团", "白桦精密机械公司", "远山通信公司"]
    _quiet(ann)


def test_persons_by_role_without_nan_on_annex_lines() -> None:
    ann = _read("外交部令\n第33号\n\n外交部决定对附件所列人员采取反制措施，冻结其在我国境内的财产。\n本决定自2027年"
                "2月10日起施行。\n\n外交部部长\n2027年2月10日\n\n附件\n1. 某国议会议员约翰·里德（John Reed）\n"
                "2. 某基金会主席安娜·凯恩（Anna Kane）\n")
    assert _names(ann) == [("约翰·里德", "John Reed", "person"), ("安娜·凯恩", "Anna Kane", "person")]
    _quiet(ann)


def test_a_mixed_annex_whose_last_line_has_no_english_but_a_complete_name_is_not_cut_off() -> None:
    ann = _read("商務部公告2027年第50號\n\n商務部決定將附件所列2家實體列入出口管制管控名單，禁止向其出口兩用物項。"
                "本公告自公佈之日起實施。\n\n商務部\n2027年3月3日\n\n附件\n一、藍鯨聲學公司（Bluewhale Acoustics）\n"
                "二、鷹眼偵察系統公司\n")
    assert _names(ann) == [("蓝鲸声学公司", "Bluewhale Acoustics", "organization"),
                           ("鹰眼侦察系统公司", None, "organization")]
    _quiet(ann)


def test_measures_numbered_with_bracketed_numerals_are_one_measure_each() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕11号\n\n工作机制决定，将甲防务公司（A Defense）、乙航空公司"
                "（B Aviation）列入不可靠实体清单，并采取以下措施：\n（一）禁止其从事与中国有关的进出口活动；\n"
                "（二）禁止其在中国境内新增投资。\n本公告自公布之日起实施。\n\n不可靠实体清单工作机制\n2027年3月3日\n")
    assert ann["actions"][0]["measures"] == ["禁止其从事与中国有关的进出口活动", "禁止其在中国境内新增投资"]
    assert [n[1] for n in _names(ann)] == ["A Defense", "B Aviation"]
    _quiet(ann)


def test_gacc_numbers_in_brackets_read_like_the_year_form() -> None:
    ann = _read("海关总署公告〔2027〕14号\n\n根据商务部 海关总署公告2027年第6号，自2027年4月1日起，对高纯氟化氢实施出口"
                "管制，海关总署决定将上述物项纳入《两用物项和技术进出口许可证管理目录》。\n\n海关总署\n2027年3月20日\n")
    assert ann["doc_id"] == "GACC-2027-14"
    assert _acts(ann) == [("control", "ITEM", "2027-04-01", None, ())]
    _quiet(ann)


def test_a_relaxation_worded_like_a_measure_run_is_never_read_as_a_new_listing() -> None:
    ann = _read("外交部令\n第42号\n\n外交部决定，对甲公司（A Corp.）解除反制措施，不再禁止与其交易。本决定自2027年3月"
                "1日起施行。\n\n外交部\n2027年3月1日\n")
    assert all(a["kind"] != "add" for a in ann["actions"]) and ann["needs_review"], ann


def test_removal_over_an_annex_without_english_cites_a_past_listing_told_by_date() -> None:
    ann = _read("商务部公告2027年第60号\n\n商务部于2025年1月2日将部分美国实体列入出口管制管控名单。经复核，商务部决定将"
                "附件所列2家实体移出出口管制管控名单。本公告自公布之日起实施。\n\n附件：移出名单\n\n商务部\n2027年5月1日"
                "\n\n附件\n1. 甲光学公司\n2. 乙材料公司\n")
    assert _acts(ann) == [("remove", "ECL", "2027-05-01", None, ("MOFCOM-2025-1",))]
    assert [n[0] for n in _names(ann)] == ["甲光学公司", "乙材料公司"]
    _quiet(ann)


def test_a_qa_suspending_the_measures_of_a_notice_cited_by_an_ambiguous_date_is_flagged_not_silent() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2026-11-05 20:00\n\n商务部新闻发言人答记者问\n"
                "答：自2026年11月10日起，继续暂停实施4月4日公告有关措施一年。\n")
    assert ann["needs_review"] and any("cites" in r or "unresolved" in r for r in ann["review_reasons"])


def test_qa_two_suspensions_each_with_its_own_period_after_a_semicolon() -> None:
    ann = _read("来源：商务部新闻办公室 类型：原创 分类：新闻 2027-05-01 20:00\n\n商务部新闻发言人答记者问\n答："
                "自2027年5月10日起，不可靠实体清单工作机制将继续暂停不可靠实体清单工作机制公告〔2025〕7号相关措施，"
                "暂停期限为一年；"
                "商务部将继续暂停商务部公告2025年第21号相关措施，暂停期限为90天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2027-05-10", "2028-05-10", ("UEL-2025-7",)),
                          ("suspend", "ECL", "2027-05-10", "2027-08-08", ("MOFCOM-2025-21",))]
    _quiet(ann)


def test_a_general_licence_notice_naming_a_list_in_an_exception_is_quiet() -> None:
    ann = _read("商务部公告2027年第74号 关于两用物项出口通用许可的公告\n【发布单位】安全与管制局\n\n商务部决定，对符合"
                "条件的出口经营者恢复受理通用许可申请，列入出口管制管控名单的进口商和最终用户除外。\n\n商务部\n2027年5月6日\n")
    assert ann["actions"] == [] and not ann["needs_review"], ann["review_reasons"]


def test_a_licence_titled_notice_that_decides_a_licence_control_stays_relevant() -> None:
    ann = _read("商务部公告2027年第75号 关于通用许可物项的公告\n【发布单位】安全与管制局\n\n商务部决定对部分物项"
                "实施出口许可证管理，具体范围另行公布。\n\n商务部\n2027年5月6日\n")
    assert ann["actions"] or ann["needs_review"], ann


def test_the_in_force_sentence_after_a_list_of_persons_is_not_a_measure() -> None:
    ann = _read("外交部令\n第49号\n\n外交部决定对下列人员采取反制措施：\n1. 约翰·多伊（John Doe），某国前国防部"
                "副部长；\n2. 简·多伊（Jane Doe），某智库高级研究员。\n本决定自2027年5月10日起施行。\n\n外交部\n"
                "2027年5月10日\n")
    assert _names(ann) == [("约翰·多伊", "John Doe", "person"), ("简·多伊", "Jane Doe", "person")]
    assert ann["actions"][0]["measures"] == []
    _quiet(ann)


def test_removal_after_a_colon_and_three_names_joined_by_dunhao_and_yiji() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2027〕20号\n\n经评估，工作机制决定：将甲公司（A Corp.）、乙公司"
                "（B Inc.）以及丙公司（C LLC）移出不可靠实体清单。\n\n不可靠实体清单工作机制\n2027年6月1日\n")
    assert _acts(ann) == [("remove", "UEL", "2027-06-01", None, ())]
    assert [n[1] for n in _names(ann)] == ["A Corp.", "B Inc.", "C LLC"]
    _quiet(ann)


def test_gacc_bringing_items_into_the_licence_catalogue_from_a_date_is_a_control() -> None:
    ann = _read("海关总署公告2027年第30号\n\n根据商务部公告2027年第91号，海关总署决定自2027年8月1日起将无人机用高能量"
                "密度电池纳入《两用物项和技术进出口许可证管理目录》，对其实施出口管制。\n\n海关总署\n2027年7月3日\n")
    assert _acts(ann) == [("control", "ITEM", "2027-08-01", None, ())]
    _quiet(ann)
