"""The second reading's doubts on the kinds of mistake the twenty-first blind set showed: the Chinese name of one
listed entity printed with the English name of another, a period in working days, and a start printed without a
year that falls before the publication day. Texts written for these tests (issue 16), never copies of any held-out
text; the entities are real listed ones (shared facts), the numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import head as _head
from grammar_helpers import names_zh_en as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.review import is_relevant


def _uel(number: int, title: str, body: str, day: str) -> str:
    number_text = f"不可靠实体清单工作机制〔2040〕{number}号"
    return (_head(f"不可靠实体清单工作机制{title}", number_text, day)
            + f"{body}\n\n本公告自发布之日起施行。\n\n不可靠实体清单工作机制\n{day}\n")


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    number_text = f"商务部公告2040年第{number}号"
    return _head(f"{number_text} {title}", number_text, day) + f"{body}\n\n商务部\n{day}\n"


_REMOVE = ("不可靠实体清单工作机制决定，将不可靠实体清单工作机制公告〔2025〕9号所列萨罗尼克科技公司（{en}）移出不可靠"
           "实体清单。")


def test_a_chinese_name_printed_with_another_listed_entitys_english_name_is_a_doubt() -> None:
    ann = _read(_uel(2, "关于将1家美国企业移出不可靠实体清单的公告", _REMOVE.format(en="Cyberlux Corporation"),
                     "2040年4月7日"))
    assert _acts(ann) == [("remove", "UEL", "2040-04-07", None, ("UEL-2025-9",))]
    assert _flagged(ann, "which entity is meant")


def test_a_listed_entitys_own_names_in_another_printing_are_no_doubt() -> None:
    _quiet(_read(_uel(2, "关于将1家美国企业移出不可靠实体清单的公告", _REMOVE.format(en="Saronic Technologies Inc."),
                      "2040年4月7日")))


_SUSPEND = ("根据《中华人民共和国出口管制法》有关规定，商务部决定，自2040年6月10日起暂停实施商务部公告2025年第13号对"
            "莱多斯公司（Leidos）采取的出口管制措施，暂停期限为{period}。")


def test_a_period_in_working_days_is_a_doubt() -> None:
    ann = _read(_mofcom(9, "关于暂停实施对莱多斯公司出口管制措施的公告", _SUSPEND.format(period="二十个工作日"),
                        "2040年6月3日"))
    assert [a[:3] for a in _acts(ann)] == [("suspend", "ECL", "2040-06-10")]
    assert _flagged(ann, "working days")


def test_a_period_in_calendar_days_is_no_working_day_doubt() -> None:
    ann = _read(_mofcom(9, "关于暂停实施对莱多斯公司出口管制措施的公告", _SUSPEND.format(period="20天"),
                        "2040年6月3日"))
    assert not _flagged(ann, "working days")


_RESUME = ("不可靠实体清单工作机制决定，对不可靠实体清单工作机制公告〔2025〕8号所列赛博勒克斯公司"
           "（Cyberlux Corporation）自{start}起恢复实施该公告规定的处理措施。")


def test_a_start_without_a_year_before_the_publication_day_is_a_doubt() -> None:
    ann = _read(_uel(5, "关于恢复实施有关处理措施的公告", _RESUME.format(start="5月2日"), "2040年5月20日"))
    assert _flagged(ann, "without a year")


def test_a_start_without_a_year_after_the_publication_day_is_no_such_doubt() -> None:
    ann = _read(_uel(5, "关于恢复实施有关处理措施的公告", _RESUME.format(start="6月2日"), "2040年5月20日"))
    assert not _flagged(ann, "without a year")


def test_names_numbered_below_a_pointer_after_the_cited_listing_and_export_control_measures() -> None:
    body = ("根据《中华人民共和国出口管制法》有关规定，商务部决定对商务部公告2026年第11号所列下列实体暂停实施出口管制"
            "管控措施：\n\n1. 三菱造船株式会社（Mitsubishi Heavy Industries Shipbuilding Co.）\n"
            "2. 三菱重工航空发动机株式会社（Mitsubishi Heavy Industries Aero Engines, Ltd.）\n\n"
            "暂停期限为六个月，自2040年7月1日起计算。")
    ann = _read(_mofcom(12, "关于暂停实施对2家日本实体出口管制措施的公告", body, "2040年6月20日"))
    assert _acts(ann) == [("suspend", "ECL", "2040-07-01", "2041-01-01", ("MOFCOM-2026-11",))]
    assert _names(ann) == [("三菱造船株式会社", "Mitsubishi Heavy Industries Shipbuilding Co."),
                           ("三菱重工航空发动机株式会社", "Mitsubishi Heavy Industries Aero Engines, Ltd.")]
    _quiet(ann)


def test_a_spokesmans_statement_is_issued_by_the_spokesman_a_qa_by_the_office() -> None:
    body = ("\n\n6月5日，商务部新闻发言人发表谈话指出，经评估，不可靠实体清单工作机制决定自2040年6月10日起，对不可靠"
            "实体清单工作机制公告〔2025〕8号所列赛博勒克斯公司（Cyberlux Corporation）恢复实施该公告规定的处理措施。\n")
    source = "来源：商务部新闻办公室 类型：原创 分类：新闻 2040-06-05 18:00\n\n"
    said = _read(source + "商务部新闻发言人就不可靠实体清单有关措施发表谈话" + body)
    assert said["issuer"] == "商务部新闻发言人"
    assert _acts(said) == [("resume", "UEL", "2040-06-10", None, ("UEL-2025-8",))]
    assert _read(source + "商务部新闻发言人就不可靠实体清单有关措施答记者问" + body)["issuer"] == "商务部新闻办公室"


def test_a_policy_interpretation_of_the_law_explaining_the_list_procedures_decides_nothing() -> None:
    text = ("首页 > 政策解读\n政策解读：不可靠实体清单规定有关程序解读\n"
            "发布时间：2040-03-11　来源：商务部安全与管制局\n\n"
            "一、工作机制如何作出决定？\n工作机制根据调查结果，可以决定将有关外国实体列入不可靠实体清单。\n\n"
            "二、被列入清单的实体能否申请移出？\n被列入清单的外国实体可以申请移出，工作机制也可以决定暂停或者恢复实施有关"
            "措施。\n\n本解读不涉及对任何具体实体的措施调整。\n")
    ann = _read(text)
    assert ann["actions"] == [] and not ann["needs_review"]
    assert not is_relevant(text, ann["doc_id"], ann["issuer"])


_ITEM_CONTROL = ("根据《中华人民共和国出口管制法》有关规定，商务部决定，自2040年9月1日起，对氮化铝陶瓷基板（海关商品"
                 "编号：6914900090）实施出口管制，未经许可不得出口。物项的技术指标见附件。\n\n附件：{annex}")


def test_an_item_controls_annex_filed_as_a_linked_file_is_no_annex_cut_off() -> None:
    body = _ITEM_CONTROL.format(annex="氮化铝陶瓷基板技术指标.pdf")
    ann = _read(_mofcom(20, "关于对氮化铝陶瓷基板实施出口管制的公告", body, "2040年8月1日"))
    assert [a[:3] for a in _acts(ann)] == [("control", "ITEM", "2040-09-01")]
    _quiet(ann)


def test_an_item_controls_annex_announced_and_not_printed_is_cut_off() -> None:
    body = _ITEM_CONTROL.format(annex="氮化铝陶瓷基板技术指标")
    ann = _read(_mofcom(20, "关于对氮化铝陶瓷基板实施出口管制的公告", body, "2040年8月1日"))
    assert _flagged(ann, "looks cut off")


def test_a_sentence_opening_with_its_start_where_the_ministry_acts_without_jueding() -> None:
    body = ("自2040年5月20日起，商务部将波音防务、空间与安全集团（Boeing Defense, Space & Security）和应用技术集团"
            "（Applied Technologies Group）2家美国实体移出出口管制管控名单。上述实体系依据商务部公告2025年第1号列入"
            "该名单。")
    ann = _read(_mofcom(30, "关于将2家美国实体移出出口管制管控名单的公告", body, "2040年5月14日"))
    assert _acts(ann) == [("remove", "ECL", "2040-05-20", None, ("MOFCOM-2025-1",))]
    assert _names(ann) == [("波音防务、空间与安全集团", "Boeing Defense, Space & Security"),
                           ("应用技术集团", "Applied Technologies Group")]
    _quiet(ann)


def test_measures_changed_by_items_after_a_colon_more_than_read_is_a_doubt() -> None:
    text = ("来源：商务部新闻办公室 类型：原创 分类：新闻 2040-09-10 16:00\n\n"
            "商务部新闻发言人就清单措施调整答记者问\n\n问：中方有何调整？\n\n答：中方决定，自北京时间2040年9月15日起，暂停实施以下措施30天：对不可靠实体清单工作"
            "机制公告〔2025〕8号所列实体采取的处理措施；对商务部公告2025年第13号所列实体采取的出口管制措施。\n")
    ann = _read(text)
    assert ann["actions"] and _flagged(ann, "is an item lost")
