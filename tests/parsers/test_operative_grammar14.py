"""The operative-sentence grammar on a continuation told after the running suspension, a control whose first item
states its start, an earlier change told as history before the decision, objects pointing back (其, 上述N家企业)
before or after the verb, a listing cited in words alone, a removal naming again (上述A公司), a person's annex line
with an office and no English, the index of annexes under numbered groups, and two negatives (licence procedure,
visas): texts written for these tests (issue 16, after the fourteenth blind set), never copies of any held-out text.
Names, numbers and dates are made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import names_zh_en as _names_zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

_PAIR = "白鹭光电公司（Egret Photonics Inc.）和玄武推进公司（Basalt Propulsion LLC）"


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    return f"商务部公告2036年第{number}号\n{title}\n\n{body}\n\n商务部\n{day}\n"


def _uel(number: int, body: str, day: str) -> str:
    return f"不可靠实体清单工作机制公告\n〔2036〕{number}号\n\n{body}\n\n不可靠实体清单工作机制\n{day}\n"


def test_a_clause_suspended_to_a_day_and_then_continued_from_the_next_is_one_suspension() -> None:
    ann = _read(_mofcom(
        40, "关于继续暂停实施商务部公告2027年第12号第三款的公告",
        "商务部公告2027年第12号（《关于某类两用物项出口管制的公告》）第三款目前暂停实施至2036年5月31日。"
        "为此，该款继续暂停实施，期限为六个月，自2036年6月1日起计算。", "2036年5月20日"))
    assert _acts(ann) == [("suspend", "ITEM", "2036-06-01", "2036-12-01", ("MOFCOM-2027-12#3",))]
    _quiet(ann)


def test_a_continuation_with_no_start_of_its_own_starts_after_the_end_told_before() -> None:
    ann = _read(_mofcom(
        41, "关于继续暂停实施商务部公告2027年第12号第三款的公告",
        "商务部公告2027年第12号第三款暂停执行至2036年5月31日止。根据有关规定，该款继续暂停执行一年。", "2036年5月20日"))
    assert _acts(ann) == [("suspend", "ITEM", "2036-06-01", "2037-06-01", ("MOFCOM-2027-12#3",))]
    _quiet(ann)


def _continued(body: str) -> dict[str, object]:
    return _read(_mofcom(42, "关于继续暂停实施商务部公告2027年第12号有关条款的公告", body, "2036年5月20日"))


def test_the_notice_a_running_suspension_rests_on_is_no_target_of_the_continuation() -> None:
    ann = _continued("依据商务部公告2035年第9号，商务部公告2027年第12号第三款暂停实施至2036年5月31日。"
                     "经研究，该款继续暂停实施一年，自2036年6月1日起计算。")
    assert _acts(ann) == [("suspend", "ITEM", "2036-06-01", "2037-06-01", ("MOFCOM-2027-12#3",))]


def test_a_period_stated_after_the_clause_it_counts_from_ends_the_continuation() -> None:
    ann = _continued("商务部公告2027年第12号第三款暂停实施至2036年5月31日。根据有关规定，该款继续暂停实施，"
                     "期限自2036年6月1日起计算，为期六个月。")
    assert _acts(ann) == [("suspend", "ITEM", "2036-06-01", "2036-12-01", ("MOFCOM-2027-12#3",))]
    _quiet(ann)


def test_two_clauses_continued_as_shangshu_liangkuan_are_one_suspension_of_both() -> None:
    ann = _continued("商务部公告2027年第12号第二款、第三款暂停实施至2036年5月31日。根据有关规定，上述两款继续暂停实施，"
                     "期限六个月，自2036年6月1日起计算。")
    assert _acts(ann) == [("suspend", "ITEM", "2036-06-01", "2036-12-01", ("MOFCOM-2027-12#2", "MOFCOM-2027-12#3"))]
    _quiet(ann)


def test_a_customs_control_whose_first_item_opens_with_its_start_applies_from_it() -> None:
    ann = _read("海关总署公告2036年第9号\n关于对部分氮化镓外延片实施出口监管的公告\n\n"
                "经研究，海关总署决定对氮化镓外延片（海关商品编号3818009020）的出口实施管制。现公告如下：\n\n"
                "一、自2036年9月15日起，企业出口上述物项，应当向海关交验两用物项出口许可证件。\n\n"
                "二、不能交验许可证件的，海关不予验放。\n\n特此公告。\n\n海关总署\n2036年8月1日\n")
    assert _acts(ann) == [("control", "ITEM", "2036-09-15", None, ())]
    _quiet(ann)


def _customs(items: str) -> str:
    return ("海关总署公告2036年第12号\n关于对部分物项实施出口管制的公告\n\n"
            f"海关总署决定对碳化钽粉末（海关商品编号2849909000）实施出口管制。现将有关事项公告如下：\n\n{items}\n\n海关总署\n2036年8月1日\n")


def test_a_dated_start_inside_an_item_of_the_control_is_its_start() -> None:
    ann = _read(_customs("一、出口上述物项的，自2036年9月1日起应当提交出口许可证件。\n\n二、其他事项按有关规定执行。"))
    assert _acts(ann) == [("control", "ITEM", "2036-09-01", None, ())]


def test_a_time_limit_counted_from_an_undated_event_is_no_start() -> None:
    ann = _read(_customs("一、出口上述物项的，应当提交出口许可证件。\n\n二、海关自收到申报之日起3个工作日内办结。"))
    assert _acts(ann) == [("control", "ITEM", "2036-08-01", None, ())]


def _resume(history: str) -> str:
    return _uel(5, f"{history}暂停对2028年2月3日公告（不可靠实体清单工作机制公告〔2028〕4号）"
                f"所列{_PAIR}实施处理措施。\n\n"
                "上述2家企业未按承诺停止相关活动。据此，工作机制决定，自2036年7月1日起，"
                "对上述2家企业恢复执行该公告规定的处理措施。", "2036年6月20日")


def test_an_earlier_suspension_told_as_history_is_background_and_the_resumption_before_its_verb_is_read() -> None:
    ann = _read(_resume("2036年2月，根据有关企业的申请，不可靠实体清单工作机制"))
    assert _acts(ann) == [("resume", "UEL", "2036-07-01", None, ("UEL-2028-4",))]
    assert _names_zh_en(ann) == [("白鹭光电公司", "Egret Photonics Inc."), ("玄武推进公司", "Basalt Propulsion LLC")]
    _quiet(ann)


def test_a_day_or_month_of_this_year_before_the_notice_tells_history_too() -> None:
    for when in ("2月10日，", "今年2月，"):
        ann = _read(_resume(f"{when}不可靠实体清单工作机制"))
        assert [a["kind"] for a in ann["actions"]] == ["resume"], when


def test_a_day_without_its_year_on_which_a_notice_was_issued_is_no_history() -> None:
    # A reprint tells the notice it reports by its day: "6月20日，…发布公告，暂停…" is that notice's own change.
    ann = _read("某报　2036年6月21日\n\n工作机制暂停两家企业处理措施\n\n【某报讯】6月20日，不可靠实体清单工作机制发布"
                f"2036年第5号公告，自2036年7月1日起暂停对2028年2月3日公告（〔2028〕4号）所列{_PAIR}实施处理措施。\n")
    assert [a["kind"] for a in ann["actions"]] == ["suspend"]


def test_a_suspension_told_without_a_time_of_its_own_is_still_read() -> None:
    # Without the opening time nothing says the first sentence is history: both changes are read.
    ann = _read(_resume("根据有关企业的申请，不可靠实体清单工作机制"))
    assert [a["kind"] for a in ann["actions"]] == ["suspend", "resume"]


def _its(verb_clause: str, traditional: bool = False) -> str:
    body = ("2029年5月6日公告（〔2029〕3号）将Tern Labs公司（Tern Labs Inc.）和"
            "Kestrel Optics公司（Kestrel Optics, Inc.）"
            f"等外国实体列入不可靠实体清单。鉴于上述两家企业已按要求完成整改，工作机制决定自2036年3月1日起，{verb_clause}。")
    return _uel(2, body, "2036年2月20日")


def test_a_suspension_of_its_measures_takes_the_names_of_the_listing_told_before() -> None:
    ann = _read(_its("暂停对其实施该公告规定的处理措施，期限为90天"))
    assert _acts(ann) == [("suspend", "UEL", "2036-03-01", "2036-05-30", ("UEL-2029-3",))]
    assert _names_zh_en(ann) == [("Tern Labs公司", "Tern Labs Inc."), ("Kestrel Optics公司", "Kestrel Optics, Inc.")]
    _quiet(ann)


def test_the_same_suspension_in_a_traditional_reprint_reads_alike() -> None:
    text = ("大公報　2036年2月21日\n\n工作機制暫停對兩家外國企業的處理措施\n\n【大公報訊】不可靠實體清單工作機制2月20日"
            "發布2036年第2號公告稱，2029年5月6日公告（〔2029〕3號）將Tern Labs公司（Tern Labs Inc.）"
            "和Kestrel Optics公司"
            "（Kestrel Optics, Inc.）等外國實體列入不可靠實體清單。鑒於上述兩家企業已按要求完成整改，"
            "工作機制決定自2036年3月1日起，"
            "暫停對其實施該公告規定的處理措施，期限為90天。\n")
    ann = _read(text)
    assert _acts(ann) == [("suspend", "UEL", "2036-03-01", "2036-05-30", ("UEL-2029-3",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["Tern Labs公司", "Kestrel Optics公司"]


def test_a_pointer_with_zhe_or_gai_reads_as_one_with_shangshu() -> None:
    for pointer in ("这两家企业", "该2家企业"):
        ann = _read(_resume("2036年2月，不可靠实体清单工作机制").replace("对上述2家企业恢复", f"对{pointer}恢复"))
        assert _acts(ann) == [("resume", "UEL", "2036-07-01", None, ("UEL-2028-4",))], pointer
        assert [zh for zh, _en, _kind in _names(ann)] == ["白鹭光电公司", "玄武推进公司"], pointer


def test_a_decision_dated_in_an_earlier_month_is_recited_and_names_inline_are_resumed() -> None:
    ann = _read(_uel(6, "工作机制于2036年2月决定暂停对〔2028〕4号公告所列部分企业实施处理措施。"
                     "现决定，自2036年7月1日起，"
                     f"对{_PAIR}恢复实施〔2028〕4号公告规定的处理措施。", "2036年6月20日"))
    assert _acts(ann) == [("resume", "UEL", "2036-07-01", None, ("UEL-2028-4",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["白鹭光电公司", "玄武推进公司"]


def test_a_decision_dated_in_the_notices_own_month_is_its_own() -> None:
    ann = _read(_uel(6, "工作机制于2036年6月决定，自2036年7月1日起，暂停对〔2028〕4号公告所列企业实施处理措施。",
                     "2036年6月20日"))
    assert [a["kind"] for a in ann["actions"]] == ["suspend"]


def test_a_pointer_takes_the_names_after_the_word_gonggao_of_the_citation() -> None:
    ann = _read(_uel(5, f"2036年2月5日，工作机制暂停对〔2028〕4号公告所列{_PAIR}实施处理措施。"
                     "鉴于上述2家企业未履行承诺，"
                     "工作机制决定自2036年7月1日起恢复对上述2家企业实施处理措施。", "2036年6月20日"))
    assert _acts(ann) == [("resume", "UEL", "2036-07-01", None, ("UEL-2028-4",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["白鹭光电公司", "玄武推进公司"]
    _quiet(ann)


def test_the_term_of_a_pointer_extended_to_a_day_starts_after_the_term_told_before() -> None:
    ann = _read(_mofcom(45, "关于延长暂停期限的公告",
                        f"商务部公告2027年第8号所列{_PAIR}的管控措施暂停期限将于2036年6月30日届满。商务部决定，"
                        "将上述2家实体的暂停期限延长至2036年12月31日。", "2036年6月22日"))
    assert _acts(ann) == [("suspend", "ECL", "2036-07-01", "2036-12-31", ("MOFCOM-2027-8",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["白鹭光电公司", "玄武推进公司"]
    _quiet(ann)


def test_a_pointer_before_the_verb_with_a_period_after_the_measures_ends_by_it() -> None:
    ann = _read(_mofcom(46, "关于继续暂停实施管控措施的公告",
                        f"商务部此前决定暂停对商务部公告2027年第8号所列{_PAIR}实施管控措施。鉴于上述2家实体履行承诺，"
                        "商务部决定，对其继续暂停实施管控措施180天，自2036年7月1日起计算。", "2036年6月22日"))
    assert _acts(ann) == [("suspend", "ECL", "2036-07-01", "2036-12-28", ("MOFCOM-2027-8",))]
    _quiet(ann)


def test_a_pointer_before_a_cited_notice_takes_the_names_of_the_reason_clause() -> None:
    ann = _read(_uel(3, "鉴于Tern Labs公司（Tern Labs Inc.）和Kestrel Optics公司（Kestrel Optics, Inc.）已完成整改，"
                     "工作机制决定自2036年3月1日起，暂停对该两家企业实施〔2029〕3号公告规定的处理措施，期限为90天。",
                     "2036年2月20日"))
    assert _acts(ann) == [("suspend", "UEL", "2036-03-01", "2036-05-30", ("UEL-2029-3",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["Tern Labs公司", "Kestrel Optics公司"]
    _quiet(ann)


def test_a_removal_whose_listing_is_told_after_it_by_a_bare_uel_number_cites_it() -> None:
    text = ("香港某報　2036年5月3日\n\n工作機制將兩家企業移出清單\n\n【某報訊】不可靠實體清單工作機制5月2日發布"
            "2036年第4號公告，決定將Tern Labs公司（Tern Labs Inc.）和Kestrel Optics公司（Kestrel Optics, Inc.）"
            "移出不可靠實體清單。上述企業係由〔2029〕3號公告列入清單。\n")
    ann = _read(text)
    assert _acts(ann) == [("remove", "UEL", "2036-05-02", None, ("UEL-2029-3",))]


def test_a_listing_told_after_a_removal_with_suo_lie_or_a_bare_lieru_is_cited() -> None:
    ann = _read(_uel(9, f"工作机制决定，自2036年11月1日起，将{_PAIR}移出不可靠实体清单。"
                     "上述企业是2028年2月3日公告（〔2028〕4号）所列企业。", "2036年10月15日"))
    assert _acts(ann) == [("remove", "UEL", "2036-11-01", None, ("UEL-2028-4",))]
    ann = _read(_mofcom(50, "关于将2家实体移出出口管制管控名单的公告",
                        f"经审查，商务部决定将{_PAIR}移出出口管制管控名单。上述实体系商务部公告2027年第20号列入。"
                        "本公告自2036年11月1日起实施。", "2036年10月20日"))
    assert _acts(ann) == [("remove", "ECL", "2036-11-01", None, ("MOFCOM-2027-20",))]
    _quiet(ann)


def test_a_pointer_whose_count_the_names_before_do_not_meet_is_flagged() -> None:
    ann = _read(_its("暂停对其实施该公告规定的处理措施，期限为90天").replace("上述两家企业", "上述三家企业"))
    assert _flagged(ann, "states 3 entities")


def test_a_suspension_extended_for_its_entities_before_the_verb_ends_on_the_stated_day() -> None:
    ann = _read(_mofcom(
        44, "关于延长对2家实体暂停实施管控措施期限的公告",
        f"商务部此前决定暂停对商务部公告2027年第8号所列{_PAIR}实施该公告规定的管控措施，暂停期限将于2036年6月30日结束。\n\n"
        "考虑到上述两家实体持续遵守有关承诺，商务部决定，自2036年7月1日起，对其继续暂停相关管控措施，期限延至2036年12月31日。",
        "2036年6月22日"))
    assert _acts(ann) == [("suspend", "ECL", "2036-07-01", "2036-12-31", ("MOFCOM-2027-8",))]
    assert [zh for zh, _en, _kind in _names(ann)] == ["白鹭光电公司", "玄武推进公司"]
    _quiet(ann)


def test_the_running_term_told_before_a_continuation_is_no_change_of_its_own() -> None:
    ann = _read(_uel(7, f"对2028年2月3日公告（〔2028〕4号）所列{_PAIR}暂停实施相关处理措施的期限将于2036年8月31日届满。"
                     "根据有关规定，不可靠实体清单工作机制决定，自2036年9月1日起继续暂停对上述2家企业实施相关处理措施，"
                     "暂停期限延长至2037年2月28日。", "2036年8月20日"))
    assert _acts(ann) == [("suspend", "UEL", "2036-09-01", "2037-02-28", ("UEL-2028-4",))]


def test_a_suspension_of_a_listing_cited_in_words_alone_is_read_and_flagged() -> None:
    ann = _read(_uel(4, "根据有关规定，不可靠实体清单工作机制决定，自2036年4月1日起，"
                     "暂停对此前有关公告所列企业实施处理措施，"
                     "暂停期限为30天。", "2036年3月25日"))
    assert _acts(ann) == [("suspend", "UEL", "2036-04-01", "2036-05-01", ())]
    assert _flagged(ann, "unresolved")


def test_a_listing_cited_in_words_before_the_verb_is_read_and_flagged_with_the_list_of_its_measures() -> None:
    ann = _read(_uel(4, "工作机制决定，自2036年4月1日起，对此前有关公告所列实体暂停实施处理措施，期限为30天。",
                     "2036年3月25日"))
    assert _acts(ann) == [("suspend", "UEL", "2036-04-01", "2036-05-01", ())]
    assert _flagged(ann, "unresolved")
    ann = _read(_mofcom(8, "关于暂停实施有关措施的公告",
                        "商务部决定，自2036年4月1日起，暂停对此前公告所列实体实施管控措施，期限为90天。",
                        "2036年3月25日"))
    assert _acts(ann) == [("suspend", "ECL", "2036-04-01", "2036-06-30", ())]
    assert _flagged(ann, "unresolved")


def test_a_removal_naming_again_with_shangshu_keeps_the_first_name() -> None:
    ann = _read(_mofcom(
        3, "关于将白鹭光电公司等2家实体从出口管制管控名单中移出的公告",
        f"2027年6月1日，商务部以2027年第20号公告，将{_PAIR.replace('和', '、')}等9家美国实体列入出口管制管控名单。\n\n"
        "根据有关规定，商务部决定，自本公告公布之日起，将上述白鹭光电公司、玄武推进公司从出口管制管控名单中移出。",
        "2036年1月12日"))
    assert _acts(ann) == [("remove", "ECL", "2036-01-12", None, ("MOFCOM-2027-20",))]
    assert _names_zh_en(ann) == [("白鹭光电公司", "Egret Photonics Inc."), ("玄武推进公司", "Basalt Propulsion LLC")]
    _quiet(ann)


def test_a_shangshu_word_for_a_kind_of_company_is_never_a_name() -> None:
    ann = _read(_mofcom(
        5, "关于将2家实体从出口管制管控名单中移出的公告",
        "商务部决定，自本公告公布之日起，将上述台湾地区公司从出口管制管控名单中移出。", "2036年1月12日"))
    assert all(e["name_zh"] != "台湾地区公司" for a in ann["actions"] for e in a["entities"])


def _listing(last: str) -> dict[str, object]:
    return _read(_mofcom(7, "关于将3家美国实体列入出口管制管控名单的公告",
                         f"商务部决定将{_PAIR.replace('和', '、')}和{last}列入出口管制管控名单。"
                         "本公告自公布之日起实施。",
                         "2036年3月5日"))


def test_a_last_name_joined_by_he_keeps_the_dunhao_inside_it() -> None:
    ann = _listing("北岸航电、导航与控制公司（North Shore Avionics, Navigation and Control）")
    assert [zh for zh, _en, _kind in _names(ann)] == ["白鹭光电公司", "玄武推进公司", "北岸航电、导航与控制公司"]


def test_a_last_person_joined_by_he_before_another_name_is_a_name_of_its_own() -> None:
    ann = _listing("林海、罗斯·海登（Ross Hayden）")
    assert [zh for zh, _en, _kind in _names(ann)] == ["白鹭光电公司", "玄武推进公司", "林海", "罗斯·海登"]


def _persons(second: str) -> str:
    return ("关于对有关人员采取反制措施的决定\n2036-04-02 10:00\n\n（2036年4月2日中华人民共和国外交部令第95号公布，"
            "自公布之日起施行）\n\n依据《中华人民共和国反外国制裁法》有关规定，中方决定对后附《反制清单》所列2名人员采取以下"
            "反制措施：\n\n一、冻结其在我国境内的动产、不动产和其他各类财产；\n\n二、对其不予签发签证、不准入境。\n\n"
            "本决定自公布之日起施行。\n\n附件：反制清单\n外交部\n2036年4月2日\n\n附件\n反制清单\n"
            f"（一）佐野健（SANO Ken），某国防卫省前次官\n（二）{second}\n")


def _prose_persons(told: str, decided: str) -> str:
    return ("关于对有关人员采取反制措施的决定\n（2036年5月9日中华人民共和国外交部令第97号公布，自公布之日起施行）\n\n"
            f"{told}依据《中华人民共和国反外国制裁法》有关规定，中方决定{decided}采取反制措施：冻结其在我国境内的财产，"
            "对其不予签发签证、不准入境。\n\n外交部\n2036年5月9日\n")


def test_persons_told_after_their_office_without_english_are_who_a_count_points_at() -> None:
    ann = _read(_prose_persons("某国国会众议员林海和某国前防卫大臣佐野健一再窜访台湾。", "对上述二人"))
    assert _names(ann) == [("林海", None, "person"), ("佐野健", None, "person")]
    _quiet(ann)


def test_a_person_named_after_an_office_beside_a_bracketed_name_is_a_name_of_its_own() -> None:
    ann = _read(_prose_persons("", "对某国国会众议员林海、某公司董事长罗斯·海登（Ross Hayden）"))
    assert _names(ann) == [("林海", None, "person"), ("罗斯·海登", "Ross Hayden", "person")]


def test_a_last_annex_person_with_an_office_and_no_english_is_read_not_cut_off() -> None:
    ann = _read(_persons("林海，某国议会众议员"))
    assert _names(ann) == [("佐野健", "SANO Ken", "person"), ("林海", None, "person")]
    _quiet(ann)


def test_an_annex_person_with_the_office_in_brackets_or_after_a_space_is_a_person() -> None:
    for line in ("林海（某国议会众议员）", "林海 某国议会众议员", "林海，男，某国议会众议员"):
        ann = _read(_persons(line))
        assert _names(ann) == [("佐野健", "SANO Ken", "person"), ("林海", None, "person")], line
        _quiet(ann)


def test_a_last_annex_line_stopping_inside_a_name_is_still_cut_off() -> None:
    ann = _read(_persons("林海"))
    assert _flagged(ann, "cut off")


def test_the_index_of_annexes_under_the_decision_is_no_group_of_its_own() -> None:
    ann = _read("关于对有关企业及其人员采取反制措施的决定\n2036-05-08 16:00\n\n"
                "（2036年5月8日中华人民共和国外交部令第96号公布，"
                "自公布之日起施行）\n\n依据《中华人民共和国反外国制裁法》有关规定，中方决定：\n\n"
                "一、对附件一所列企业，冻结其在我国境内的动产、不动产和其他各类财产。\n\n"
                "二、对附件二所列人员，不予签发签证、不准入境。\n\n本决定自公布之日起施行。\n\n"
                "附件：一、企业名单\n　　　二、人员名单\n外交部\n2036年5月8日\n\n"
                "附件一\n企业名单\n（一）白鹭光电公司（Egret Photonics Inc.）\n\n"
                "附件二\n人员名单\n（一）罗斯·海登（Ross Hayden），白鹭光电公司总裁\n")
    assert _acts(ann) == [("add", "CML", "2036-05-08", None, ())] * 2
    assert _names(ann, 1) == [("罗斯·海登", "Ross Hayden", "person")]
    _quiet(ann)


def test_an_entity_no_longer_listed_is_no_termination_of_its_measures() -> None:
    # "不再列入<list>" is the removal; "对其不再实施…措施" its consequence, never a change of its own.
    ann = _read(_mofcom(
        6, "关于白鹭光电公司不再列入出口管制管控名单的公告",
        "2027年6月1日，商务部发布2027年第20号公告，将白鹭光电公司（Egret Photonics Inc.）等3家美国实体"
        "列入出口管制管控名单。"
        "商务部决定，自本公告发布之日起，白鹭光电公司不再列入出口管制管控名单，该公告对其规定的管控措施不再实施。",
        "2036年1月20日"))
    assert "terminate" not in [a["kind"] for a in ann["actions"]]


def test_a_notice_on_electronic_licence_applications_under_a_licensing_rule_is_no_control() -> None:
    ann = _read(_mofcom(
        30, "关于两用物项出口许可证件网上申领的公告",
        "根据《中华人民共和国出口管制法》和《两用物项和技术进出口许可证管理办法》有关规定，现就有关事宜公告如下：\n\n"
        "一、自2036年3月1日起，两用物项出口许可证件实行网上申领，商务部停止受理纸质申请。\n\n"
        "二、本公告不涉及不可靠实体清单、出口管制管控名单的调整。", "2036年2月1日"))
    assert ann["actions"] == []
    _quiet(ann)


def test_a_visa_notice_leaving_out_persons_on_the_countermeasure_list_is_not_relevant() -> None:
    ann = _read("外交部关于调整部分国家人员入境政策的公告\n2036-07-03 09:00\n\n现将有关事项公告如下：\n\n"
                "一、自2036年8月1日起，恢复对有关国家持普通护照人员的免签入境政策。\n\n"
                "二、本次调整不包括已被列入反制清单或依法限制入境的人员，对上述人员仍不予签发签证。\n\n外交部\n2036年7月3日\n")
    assert ann["actions"] == []
    _quiet(ann)
