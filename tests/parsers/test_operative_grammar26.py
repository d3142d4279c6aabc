"""The shapes the twenty-sixth blind set showed the grammar did not read: English names listed apart from the
Chinese (英文名称对照), a clause of 2024 No.46 named by its content, periods distributed by 分别 over two lists, a
short 工作机制〔…〕号 citation, the listing cited after each name (列入依据：…), 该名单 and 其中以下, 商务部曾以…号公告,
a number printed between the signature and the date, in a closing line or in the first sentence, or bare under a
title, a border licence control, 撤销 of an item notice, 予以反制裁, a date line alone as the signature, measures
assigned by number, a transliterated name without English beside one with it, names opening a status change; the
doubts for a weekday that disagrees with its date and for a title naming another kind of change than the body; and
negatives that say the lists they name are unrelated, their signing body read. Texts written for these tests
(issue 16), never copies of any held-out text; the entities are real listed ones (shared facts), the numbers and
dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import names_zh_en as _zh_en
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def test_english_names_listed_apart_pair_by_place() -> None:
    ann = _read("商务部公告2047年第2号\n关于将两家美国实体列入出口管制管控名单的公告\n"
                "依据《中华人民共和国出口管制法》，商务部决定将附件所列2家美国实体列入出口管制管控名单。\n"
                "本公告自发布之日起施行。\n附件：出口管制管控名单（2家）\n一、埃科达因公司\n二、诺沃特公司\n"
                "英文名称对照表\n1. Echodyne\n2. Novotech, Inc.\n商务部\n2047年1月10日\n")
    assert _acts(ann) == [("add", "ECL", "2047-01-10", None, ())]
    assert _zh_en(ann) == [("埃科达因公司", "Echodyne"), ("诺沃特公司", "Novotech, Inc.")]
    _quiet(ann)


def test_english_names_listed_apart_that_do_not_pair_are_a_doubt() -> None:
    ann = _read("商务部公告2047年第3号\n关于将三家美国实体列入出口管制管控名单的公告\n"
                "依据《中华人民共和国出口管制法》，商务部决定将附件所列3家美国实体列入出口管制管控名单。\n"
                "本公告自发布之日起施行。\n附件：出口管制管控名单（3家）\n一、埃科达因公司\n"
                "二、诺沃特公司\n三、英斯图公司\n"
                "英文名称对照：\n1. Echodyne\n2. Novotech, Inc.\n商务部\n2047年1月12日\n")
    assert [zh for zh, _en in _zh_en(ann)] == ["埃科达因公司", "诺沃特公司", "英斯图公司"]
    assert _flagged(ann, "英文名称对照")


def test_a_clause_of_46_named_by_its_content() -> None:
    ann = _read("商务部公告2047年第30号\n商务部公告2024年第46号关于禁止两用物项对美国军事用户或军事用途出口的规定，"
                "自2047年12月1日起暂停实施，期限六个月。\n商务部\n2047年11月20日\n")
    assert _acts(ann) == [("suspend", "ITEM", "2047-12-01", "2048-06-01", ("MOFCOM-2024-46#1",))]
    _quiet(ann)


def test_a_clause_named_by_content_no_clause_says_is_a_doubt() -> None:
    ann = _read("商务部公告2047年第31号\n商务部公告2024年第46号中关于稀土相关物项的规定，"
                "自2047年12月1日起暂停实施，期限六个月。\n商务部\n2047年11月21日\n")
    assert _flagged(ann, "named by its content")


def test_fenbie_gives_each_list_its_own_period() -> None:
    ann = _read("商务部新闻发言人就有关措施答记者问\n问：有何安排？\n"
                "答：自2047年3月2日起，不可靠实体清单工作机制〔2025〕9号公告和商务部公告2025年第51号所涉措施暂停实施，"
                "暂停期限分别为九十日和三十日。\n来源：商务部新闻办公室　发布日期：2047年2月27日\n")
    assert _acts(ann) == [("suspend", "UEL", "2047-03-02", "2047-05-31", ("UEL-2025-9",)),
                          ("suspend", "ECL", "2047-03-02", "2047-04-01", ("MOFCOM-2025-51",))]
    assert ann["issuer"] == "商务部新闻办公室" and ann["published"] == "2047-02-27"
    _quiet(ann)


def test_the_mechanism_named_short_cites_the_uel_series_and_a_listing_cited_after_each_name() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2047〕1号\n"
                "工作机制决定，将斯凯迪奥公司（Skydio, Inc.）移出不可靠实体清单。"
                "该企业由工作机制〔2025〕8号公告列入清单。\n"
                "不可靠实体清单工作机制\n2047年2月1日\n")
    assert _acts(ann) == [("remove", "UEL", "2047-02-01", None, ("UEL-2025-8",))]
    ann = _read("商务部公告2047年第5号\n商务部决定将下列实体移出出口管制管控名单：\n"
                "1. 立方公司（Cubic Corporation）（列入依据：商务部公告2025年第21号）\n"
                "2. 莱多斯公司（Leidos）（列入依据：商务部公告2025年第13号）\n本公告自发布之日起施行。\n"
                "商务部\n2047年2月3日\n")
    assert _acts(ann) == [("remove", "ECL", "2047-02-03", None, ("MOFCOM-2025-21", "MOFCOM-2025-13"))]
    _quiet(ann)


def test_some_of_a_listing_recalled_removed_from_that_list() -> None:
    ann = _read("商务部公告2047年第8号\n商务部曾以2025年第13号公告将15家美国实体列入出口管制管控名单。"
                "商务部决定，将其中以下2家实体移出该名单：\n1. 急速飞行公司（Rapid Flight LLC）\n"
                "2. 红色六方案公司（Red Six Solutions）\n商务部\n2047年3月3日\n")
    assert _acts(ann) == [("remove", "ECL", "2047-03-03", None, ("MOFCOM-2025-13",))]
    assert _zh_en(ann) == [("急速飞行公司", "Rapid Flight LLC"), ("红色六方案公司", "Red Six Solutions")]


def test_numbers_printed_below_the_signature_in_a_closing_line_or_the_first_sentence() -> None:
    ann = _read("商务部 海关总署关于对某类物项实施出口管制的公告\n三部门现公告如下：\n"
                "一、自2047年5月1日起，对某类晶体实施出口管制。\n商务部　海关总署\n〔2047〕4号\n2047年4月2日\n")
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MOFCOM-2047-4", "商务部 海关总署", "2047-04-02")
    ann = _read("关于解除对一家企业反制措施的决定\n商务部决定：自2047年6月1日起，"
                "解除对Hanwha Philly Shipyard Inc.采取的反制措施。"
                "该企业系商务部令2025年第6号所列企业。\n部长\n2047年5月20日\n本决定以商务部令二〇四七年第二号公布。\n")
    assert ann["doc_id"] == "MOFCOM-ORDER-2047-2"
    ann = _read("关于某物项出口监管的公告\n本公告为海关总署2047年第9号公告。现将有关事项公告如下：\n"
                "一、自2047年7月1日起，出口某类基板的，出口货物发货人应当向海关提交两用物项和技术出口许可证件。\n"
                "海关总署\n2047年6月20日\n")
    assert ann["doc_id"] == "GACC-2047-9"
    assert _acts(ann) == [("control", "ITEM", "2047-07-01", None, ())]
    _quiet(ann)


def test_a_border_licence_recited_from_the_cited_notice_is_no_control_of_its_own() -> None:
    ann = _read("海关总署公告2047年第10号\n根据商务部 海关总署公告2047年第4号，自2047年5月1日起，出口某类晶体的，"
                "应当向海关提交两用物项出口许可证。\n海关总署\n2047年4月25日\n")
    assert ann["actions"] == []


def test_repeal_of_an_item_notice_and_a_bare_number_under_a_title() -> None:
    ann = _read("商务部公告2047年第12号\n商务部决定：自2047年9月1日起，撤销商务部公告2047年第4号。"
                "该公告所列物项恢复按一般货物出口。\n商务部\n2047年8月20日\n")
    assert _acts(ann) == [("terminate", "ITEM", "2047-09-01", None, ("MOFCOM-2047-4",))]
    ann = _read("不可靠实体清单工作机制关于暂停对一家企业采取处理措施的公告\n〔2047〕3号\n"
                "工作机制决定，对〔2025〕7号公告所列斯凯迪奥公司（Skydio, Inc.）暂停实施该公告"
                "规定的处理措施，期限六个月，"
                "自本公告发布之日起计算。\n不可靠实体清单工作机制\n2047年3月1日\n")
    assert ann["doc_id"] == "UEL-2047-3"
    assert _acts(ann) == [("suspend", "UEL", "2047-03-01", "2047-09-01", ("UEL-2025-7",))]
    _quiet(ann)


def test_a_title_naming_another_kind_than_the_body_is_a_doubt() -> None:
    ann = _read("不可靠实体清单工作机制关于将一家企业移出不可靠实体清单的公告\n〔2047〕4号\n"
                "工作机制决定，对〔2025〕7号公告所列斯凯迪奥公司（Skydio, Inc.）暂停实施该公告"
                "规定的处理措施，期限六个月，"
                "自本公告发布之日起计算。\n不可靠实体清单工作机制\n2047年3月8日\n")
    assert _acts(ann) == [("suspend", "UEL", "2047-03-08", "2047-09-08", ("UEL-2025-7",))]
    assert _flagged(ann, "the title names a remove")


def test_a_weekday_that_disagrees_with_its_date_is_a_doubt_and_one_that_agrees_is_not() -> None:
    text = ("商务部公告2047年第14号\n商务部决定，英斯图公司（Insitu, Inc.）"
            "适用的出口管制措施（见商务部公告2025年第22号）"
            "暂停执行，自2047年4月{day}日（星期{weekday}）起，期限一年。\n商务部\n2047年4月1日\n")
    wrong = _read(text.format(day=7, weekday="三"))  # 2047-04-07 is a Sunday
    assert _acts(wrong) == [("suspend", "ECL", "2047-04-07", "2048-04-07", ("MOFCOM-2025-22",))]
    assert _zh_en(wrong) == [("英斯图公司", "Insitu, Inc.")]
    assert _flagged(wrong, "weekday")
    right = _read(text.format(day=10, weekday="三"))  # 2047-04-10 is a Wednesday
    assert not _flagged(right, "weekday")


def test_an_order_signed_with_a_date_only_and_yuyi_fanzhicai() -> None:
    ann = _read("中华人民共和国外交部\n外交部令　第140号\n关于对两家美国企业实施反制裁的决定\n"
                "外交部决定对蓝力技术公司（Blue Force Technologies）、菱形力量公司（Rhombus Power Inc.）予以反制裁："
                "冻结上述企业在中国境内的财产。\n上述决定自即日起施行。\n二〇四七年二月三日\n")
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MFA-ORDER-140", "外交部", "2047-02-03")
    assert _acts(ann) == [("add", "CML", "2047-02-03", None, ())]
    assert _zh_en(ann) == [("蓝力技术公司", "Blue Force Technologies"), ("菱形力量公司", "Rhombus Power Inc.")]
    _quiet(ann)


def test_measures_numbered_first_then_assigned_by_number() -> None:
    ann = _read("中华人民共和国外交部令第141号\n关于对一家企业和一名高管采取反制措施的决定\n"
                "依照《中华人民共和国反外国制裁法》，外交部决定采取以下措施：\n一、冻结其在我国境内的财产；\n"
                "二、不予签发签证。\n第一项措施适用于蓝力技术公司（Blue Force Technologies）。\n"
                "第一项、第二项措施适用于安舒曼·罗伊（Anshuman Roy）。\n"
                "本决定自公布之日起施行。\n外交部\n2047年3月5日\n")
    assert _acts(ann) == [("add", "CML", "2047-03-05", None, ())] * 2
    assert _zh_en(ann, 0) == [("蓝力技术公司", "Blue Force Technologies")]
    assert _names(ann, 1) == [("安舒曼·罗伊", "Anshuman Roy", "person")]
    assert [len(a["measures"]) for a in ann["actions"]] == [1, 2]
    _quiet(ann)


def test_a_name_without_english_joined_to_one_with_it_in_prose() -> None:
    ann = _read("中华人民共和国外交部令\n第142号\n近来，美国防务界人士安·伍德和"
                "约翰·坎蒂伦（John Cantillon）多次发表错误言论。"
                "外交部依据《中华人民共和国反外国制裁法》，决定对上述二人采取以下反制措施：冻结其在中国境内的财产。\n"
                "本决定自2047年4月1日起施行。\n外交部\n2047年4月1日\n")
    assert _zh_en(ann) == [("安·伍德", None), ("约翰·坎蒂伦", "John Cantillon")]
    _quiet(ann)


def test_a_negative_saying_its_lists_are_unrelated_with_its_signing_body() -> None:
    ann = _read("某市外汇管理部门关于部分银行业务资格调整的通告\n经检查，国家外汇管理局某分局决"
                "定暂停2家银行的结售汇业务资格3个月，"
                "并将其移出便利化试点银行名单。\n本通告所涉名单与出口管制管控名单、不可靠实体清单均无关联。\n"
                "国家外汇管理局某分局\n2047年5月6日\n")
    assert ann["actions"] == [] and not ann["needs_review"]
    assert ann["issuer"] == "国家外汇管理局某分局"
