"""The operative-sentence grammar on the shapes of the twentieth blind set, and the second reading's doubts on the
kinds of mistake it made there: a draft's provisions told by a consultation notice, a quarantine notice that says
it is no export control, 顺延 from a later start, a listing cited otherwise in a recital, items 一是/二是 whose start
and period close them, groups opening with names counted by kind, measures listed before the names, 半年 from 本决定
施行之日, 原名 in a bracket, a dotted date, a notice 失效, a masthead of agencies one a line, 以及 and 其 in items that
remove some and add others, a subsidiary named after 及其子公司, and names left out (不在本次…范围). Texts written for
these tests (issue 16), never copies of any held-out text; the entities are real listed ones (shared facts), the
items, numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names_zh_en as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.action_context import provides_rule
from policywatch.parsers.review import is_relevant


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    number_text = f"商务部公告2039年第{number}号"
    return _head(f"{number_text} {title}", number_text, day) + f"{body}\n\n商务部\n{day}\n"


def test_a_consultation_notice_telling_a_drafts_provisions_decides_nothing() -> None:
    text = ("商务部关于《两用物项出口管控名单程序规定（征求意见稿）》公开征求意见的通知\n"
            "2039-05-06 10:00　来源：商务部\n\n"
            "商务部起草了《两用物项出口管控名单程序规定（征求意见稿）》，现向社会公开征求意见。\n\n"
            "征求意见稿明确，商务部决定将有关实体移出管控名单或者暂停实施管控措施的，应当以公告形式发布。\n\n"
            "商务部\n2039年5月6日\n")
    assert not is_relevant(text, "DOC-2039-05-06-x", "商务部")
    ann = _read(text)
    assert ann["actions"] == [] and not ann["needs_review"]


def test_a_decision_resting_on_a_rule_is_not_a_rule_told() -> None:
    assert provides_rule("征求意见稿第五条规定，商务部将有关实体列入管控名单的，应当发布公告")
    assert not provides_rule("商务部根据《两用物项出口管制条例》有关规定，决定将莱多斯公司移出管控名单")
    assert not provides_rule("根据《不可靠实体清单规定》第十条规定，工作机制决定将护盾人工智能公司移出不可靠实体清单")


def test_a_customs_notice_on_quarantine_that_says_it_is_no_export_control_is_not_relevant() -> None:
    text = ("海关总署公告2039年第31号（关于恢复部分国家输华禽肉检疫准入的公告）\n\n"
            "海关总署决定，自2039年7月1日起，恢复此前暂停的禽肉输华检疫准入。相关企业须列入在华注册企业名单。\n\n"
            "本公告不涉及出口管制。\n\n海关总署\n2039年6月20日\n")
    assert not is_relevant(text, "GACC-2039-31", "海关总署")
    ann = _read(text)
    assert ann["actions"] == [] and not ann["needs_review"]


def test_shunyan_from_a_later_start_gives_the_end() -> None:
    ann = _read(_mofcom(
        9, "关于继续暂停实施商务部公告2024年第46号第一款的公告",
        "商务部公告2024年第46号第一款的暂停实施期限将于2039年6月1日届满。商务部决定，该款继续暂停实施，暂停期限自"
        "2039年6月2日起顺延六个月。", "2039年5月20日"))
    assert _acts(ann) == [("suspend", "ITEM", "2039-06-02", "2039-12-02", ("MOFCOM-2024-46#1",))]
    _quiet(ann)


_REMOVE_LEIDOS = ("根据《中华人民共和国出口管制法》有关规定，商务部决定将商务部公告2025年第13号所列莱多斯公司（Leidos）"
                  "移出出口管制管控名单。\n\n该实体系依据商务部公告2025年第{n}号列入出口管制管控名单，现已停止相关行为。")


def test_a_listing_number_differing_between_the_decision_and_the_recital_is_a_doubt() -> None:
    ann = _read(_mofcom(11, "关于将1家美国实体移出出口管制管控名单的公告", _REMOVE_LEIDOS.format(n=12), "2039年6月3日"))
    assert _acts(ann) == [("remove", "ECL", "2039-06-03", None, ("MOFCOM-2025-13",))]
    assert _flagged(ann, "which listing is changed")


def test_a_recital_citing_the_same_listing_is_no_doubt() -> None:
    _quiet(_read(_mofcom(11, "关于将1家美国实体移出出口管制管控名单的公告", _REMOVE_LEIDOS.format(n=13),
                         "2039年6月3日")))


def test_items_yishi_ershi_take_the_start_and_period_of_the_closing_sentence() -> None:
    ann = _read(
        "商务部新闻发言人就暂停实施有关清单措施答记者问\n来源：商务部新闻办公室　2039-08-01 18:00\n\n"
        "问：中方是否调整有关清单措施？\n"
        "答：经研究，中方决定采取两项措施：一是不可靠实体清单工作机制暂停实施不可靠实体清单工作机制公告〔2025〕8号所列"
        "美国企业的处理措施；二是商务部暂停实施商务部公告2025年第22号所列美国实体的管控措施。上述两项措施均自北京时间"
        "2039年8月3日0时起生效，为期60天。\n")
    assert _acts(ann) == [("suspend", "UEL", "2039-08-03", "2039-10-02", ("UEL-2025-8",)),
                          ("suspend", "ECL", "2039-08-03", "2039-10-02", ("MOFCOM-2025-22",))]
    _quiet(ann)


def _mfa_order(number: int, body: str, day: str = "2039年9月9日") -> str:
    return (f"关于对美国军工企业及其高级管理人员采取反制措施的决定\n2039-09-09 09:00\n\n"
            f"（2039年9月9日中华人民共和国外交部令第{number}号公布，自2039年9月9日起施行）\n\n{body}\n\n"
            f"本决定自2039年9月9日起施行。\n\n外交部\n{day}\n")


def test_groups_opening_with_names_counted_by_kind_give_an_action_each() -> None:
    ann = _read(_mfa_order(
        131, "依据《中华人民共和国反外国制裁法》第三条、第四条、第九条规定，中方决定采取以下反制措施：\n\n"
             "蓝力技术公司、万拓公司两家企业，冻结其在我国境内的动产、不动产和其他各类财产。\n\n"
             "安舒曼·罗伊、安·伍德两名企业高级管理人员，对其本人不予签发签证、不准入境。"))
    assert [(a["kind"], a["list"], a["effective"]) for a in ann["actions"]] == [
        ("add", "CML", "2039-09-09"), ("add", "CML", "2039-09-09")]
    assert [n[0] for n in _names(ann, 0)] == ["蓝力技术公司", "万拓公司"]
    assert [n[0] for n in _names(ann, 1)] == ["安舒曼·罗伊", "安·伍德"]
    _quiet(ann)


def test_measures_listed_before_the_names_they_apply_to() -> None:
    ann = _read("中华人民共和国外交部令\n第132号\n\n关于对美国军工企业采取反制裁措施的决定\n\n"
                "根据《中华人民共和国反外国制裁法》第四条、第五条规定，外交部决定采取以下反制裁措施：\n\n"
                "（一）冻结在我国境内的动产、不动产和其他各类财产；\n（二）禁止我国境内的组织、个人与其进行有关交易。\n\n"
                "上述措施适用于菱形力量公司、拉撒路人工智能公司。\n\n本决定自公布之日起施行。\n\n外交部长\n2039年10月8日\n")
    assert ann["published"] == "2039-10-08"
    assert _acts(ann) == [("add", "CML", "2039-10-08", None, ())]
    assert [n[0] for n in _names(ann)] == ["菱形力量公司", "拉撒路人工智能公司"]
    assert len(ann["actions"][0]["measures"]) == 2
    _quiet(ann)


def test_half_a_year_from_the_day_the_decision_applies_after_a_title_in_brackets() -> None:
    ann = _read("中华人民共和国商务部令\n二〇三九年第二号\n\n"
                "《关于暂停对红猫控股公司实施反制措施的决定》已经商务部部务会议审议通过，现予公布，自二〇三九年五月一日起施行。\n\n"
                "部长\n二〇三九年四月二十日\n\n关于暂停对红猫控股公司实施反制措施的决定\n\n"
                "根据《中华人民共和国反外国制裁法》有关规定，商务部决定，对商务部令2025年第3号《关于对两家美国企业采取反制"
                "措施的决定》所列红猫控股公司（Red Cat Holdings, Inc.），暂停实施该决定规定的反制措施，暂停期限为半年，"
                "自本决定施行之日起计算。\n")
    assert _acts(ann) == [("suspend", "CML", "2039-05-01", "2039-11-01", ("MOFCOM-ORDER-2025-3",))]
    assert _names(ann) == [("红猫控股公司", "Red Cat Holdings, Inc.")]
    _quiet(ann)


def test_names_left_out_of_a_change_that_names_none_is_a_doubt() -> None:
    ann = _read(_mofcom(
        13, "关于暂停对部分美国实体实施管控措施的公告",
        "商务部决定，对商务部公告2025年第22号所列实体，自2039年7月1日起暂停实施该公告规定的管控措施。该公告所列"
        "斯凯迪奥公司不在本次暂停范围之内。", "2039年6月25日"))
    assert _acts(ann) == [("suspend", "ECL", "2039-07-01", None, ("MOFCOM-2025-22",))]
    assert _flagged(ann, "leaves some entities")


def test_a_former_name_in_the_bracket_and_a_dotted_start() -> None:
    ann = _read(_head("不可靠实体清单工作机制关于恢复对2家美国企业实施处理措施的公告",
                      "不可靠实体清单工作机制公告〔2039〕4号", "2039年03月10日")
                + "不可靠实体清单工作机制公告〔2025〕10号所列迪德罗恩公司（Dedrone Holdings Inc.，原名某某公司）、"
                  "蒂尔无人机公司（Teal Drones, Inc.）的处理措施此前已暂停实施。工作机制决定，自2039.3.20起，恢复实施对"
                  "上述2家企业的处理措施。\n\n不可靠实体清单工作机制\n2039年3月10日\n")
    assert _acts(ann) == [("resume", "UEL", "2039-03-20", None, ("UEL-2025-10",))]
    assert _names(ann) == [("迪德罗恩公司", "Dedrone Holdings Inc."), ("蒂尔无人机公司", "Teal Drones, Inc.")]
    _quiet(ann)


def test_a_notice_declared_shixiao_from_a_date_is_a_repeal() -> None:
    ann = _read(_mofcom(
        21, "关于锑化镓晶片出口管制措施调整的公告",
        "商务部决定：商务部公告2039年第5号（关于对锑化镓晶片实施出口管制的公告）自2039年10月1日起失效。",
        "2039年9月10日"))
    assert _acts(ann) == [("terminate", "ITEM", "2039-10-01", None, ("MOFCOM-2039-5",))]
    _quiet(ann)


def test_a_masthead_of_three_agencies_one_a_line() -> None:
    ann = _read("商　　务　　部\n海 关 总 署\n国家国防科技工业局\n公　　告\n2039年第7号\n\n"
                "关于对高纯铪靶材实施出口管制的公告\n\n"
                "根据《中华人民共和国出口管制法》有关规定，经国务院批准，决定对以下物项实施出口管制：\n\n"
                "一、纯度不低于99.9%的铪靶材。\n\n本公告自2039年6月1日起正式实施。\n\n"
                "商务部　海关总署　国家国防科技工业局\n2039年5月10日\n")
    assert ann["doc_id"] == "MOFCOM-2039-7"
    assert ann["issuer"] == "商务部 海关总署 国家国防科技工业局"
    assert _acts(ann) == [("control", "ITEM", "2039-06-01", None, ())]


def test_items_removing_some_and_adding_others_by_qi_in_the_texts_order() -> None:
    ann = _read(_mofcom(
        15, "关于调整出口管制管控名单的公告",
        "商务部对出口管制管控名单作如下调整：\n\n一、商务部公告2025年第1号所列波音防务、空间与安全集团"
        "（Boeing Defense, Space & Security）以及通用动力任务系统公司（General Dynamics Mission Systems），"
        "经核查已停止相关行为，决定将其"
        "移出出口管制管控名单。\n\n二、护盾人工智能公司（Shield AI, Inc.）及浩劫人工智能公司（HavocAI）参与对台军售，"
        "决定将其列入出口管制管控名单，禁止向其出口两用物项。\n\n本公告自公布之日起实施。", "2039年4月2日"))
    assert _acts(ann) == [("remove", "ECL", "2039-04-02", None, ("MOFCOM-2025-1",)),
                          ("add", "ECL", "2039-04-02", None, ())]
    assert _names(ann, 0) == [("波音防务、空间与安全集团", "Boeing Defense, Space & Security"),
                              ("通用动力任务系统公司", "General Dynamics Mission Systems")]
    assert _names(ann, 1) == [("护盾人工智能公司", "Shield AI, Inc."), ("浩劫人工智能公司", "HavocAI")]
    _quiet(ann)


def test_a_subsidiary_named_after_jiqi_zigongsi_is_an_entity_of_its_own() -> None:
    ann = _read(_mofcom(
        17, "关于暂停对2家美国实体实施出口管制管控措施的公告",
        "通用动力公司（General Dynamics）及其子公司通用动力信息技术公司（General Dynamics Information Technology），"
        "均为商务部公告2025年第1号列入出口管制管控名单的实体。商务部决定，自即日起至2039年12月31日，暂停对上述两家实体实施该公告"
        "规定的管控措施。", "2039年8月1日"))
    assert _acts(ann) == [("suspend", "ECL", "2039-08-01", "2039-12-31", ("MOFCOM-2025-1",))]
    assert [n[1] for n in _names(ann)] == ["General Dynamics", "General Dynamics Information Technology"]
    _quiet(ann)
