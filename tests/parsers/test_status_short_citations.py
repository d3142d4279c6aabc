"""Status changes whose target is cited short: the working mechanism named without 不可靠实体清单 before its 公告
(工作机制公告〔2025〕7号), a MOFCOM notice's bare number (2025年第58号公告) and its article (第三条), an extension of
a recited suspension, and a short name defined once (以下简称第5号公告) and used after. Texts written for these
tests (issue 16), never copies of any held-out text; the cited notices are real (shared fixtures), the numbers and
dates of the changing notices made up."""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.defined_names import resolve_defined_names
from policywatch.parsers.numbers import qualify_repeated
from policywatch.parsers.types import DocNumber

_QA = ("商务部新闻发言人就不可靠实体清单有关问题答记者问\n2046-02-26 15:30　来源：商务部新闻发言人\n\n"
       "问：请介绍有关情况。\n答：")


def _mofcom(number: int, title: str, body: str, day: str) -> str:
    return f"商务部公告2046年第{number}号\n{title}\n\n{body}\n\n特此公告。\n\n商务部\n{day}\n"


def test_the_mechanism_named_short_before_its_gonggao_cites_the_uel_notice_for_a_period_in_chinese_days() -> None:
    ann = _read(_QA + "工作机制决定，自北京时间2046年3月1日零时起，对工作机制公告〔2025〕7号所列实体暂停实施"
                "相关处理措施，为期六十日。\n")
    assert _acts(ann) == [("suspend", "UEL", "2046-03-01", "2046-04-30", ("UEL-2025-7",))]
    _quiet(ann)


def test_the_mechanism_named_in_full_or_short_after_the_number_reads_the_same_one_target() -> None:
    for cited in ("不可靠实体清单工作机制公告〔2025〕7号", "工作机制〔2025〕7号公告"):
        ann = _read(_QA + f"工作机制决定，自北京时间2046年3月1日零时起，对{cited}所列实体暂停实施相关处理措施，"
                    "为期六十日。\n")
        assert _acts(ann) == [("suspend", "UEL", "2046-03-01", "2046-04-30", ("UEL-2025-7",))]


def test_an_extension_of_a_bare_numbered_article_recited_before_starts_after_its_end() -> None:
    ann = _read(_mofcom(30, "关于延长部分两用物项出口管制措施暂停期限的公告",
                        "商务部此前公告，暂停实施2025年第58号公告第三条相关规定，暂停期限至2046年5月19日。"
                        "现决定将上述暂停实施期限延长至2047年5月19日，自2046年5月20日起计算。", "2046年5月10日"))
    assert _acts(ann) == [("suspend", "ITEM", "2046-05-20", "2047-05-19", ("MOFCOM-2025-58#3",))]
    _quiet(ann)


def test_a_recited_suspension_taken_up_by_an_extension_is_no_change_of_its_own() -> None:
    ann = _read(_mofcom(31, "关于延长暂停期限的公告",
                        "商务部公告2025年第58号第三款暂停实施至2046年5月19日。"
                        "商务部决定，将该款的暂停实施期限延长至2047年5月19日。", "2046年5月10日"))
    assert _acts(ann) == [("suspend", "ITEM", "2046-05-20", "2047-05-19", ("MOFCOM-2025-58#3",))]
    _quiet(ann)


def test_a_bare_number_is_of_the_citing_notices_own_series_only() -> None:
    text = "暂停实施2025年第58号公告第三条。本公告即2046年第30号公告。"
    assert qualify_repeated(text, DocNumber("MOFCOM", 2046, 30)) == \
        "暂停实施商务部公告2025年第58号第三条。本公告即2046年第30号公告。"
    assert qualify_repeated(text, DocNumber("GACC", 2046, 30)).startswith("暂停实施海关总署公告2025年第58号第三条")
    # A UEL notice's series is bracketed, an order's is 令: neither is what a bare 年第N号公告 cites.
    assert qualify_repeated(text, DocNumber("UEL", 2046, 3)) == text
    assert qualify_repeated(text, None) == text
    assert qualify_repeated("依据2025年第5号令", DocNumber("MOFCOM", 2046, 30)) == "依据2025年第5号令"


def test_a_short_name_defined_for_a_cited_notice_cites_it_wherever_it_is_used() -> None:
    ann = _read(_mofcom(40, "关于取消部分中重稀土相关物项出口管制措施的公告",
                        "商务部于2025年4月4日发布《关于对部分中重稀土相关物项实施出口管制的公告》（商务部公告2025年第18号，"
                        "以下简称第18号公告）。经研究，商务部决定：第18号公告规定的出口管制措施自2046年9月1日起予以取消。",
                        "2046年8月20日"))
    assert _acts(ann) == [("terminate", "ITEM", "2046-09-01", None, ("MOFCOM-2025-18",))]
    _quiet(ann)


def test_a_quoted_short_name_after_the_number_cites_it_too() -> None:
    text = "商务部公告2025年第18号（以下简称“18号公告”）……“18号公告”规定的措施予以取消"
    assert resolve_defined_names(text) == \
        "商务部公告2025年第18号（以下简称“18号公告”）……商务部公告2025年第18号规定的措施予以取消"


def test_a_short_name_of_a_law_or_inside_a_longer_number_is_left_as_printed() -> None:
    law = "根据《中华人民共和国出口管制法》（以下简称《出口管制法》）和商务部公告2025年第18号，依据《出口管制法》…"
    assert resolve_defined_names(law) == law
    longer = "商务部公告2025年第8号（以下简称8号公告）。8号公告与商务部公告2025年第18号公告"
    assert resolve_defined_names(longer) == \
        "商务部公告2025年第8号（以下简称8号公告）。商务部公告2025年第8号与商务部公告2025年第18号公告"


def test_a_plain_word_defined_as_the_short_name_of_a_regulation_is_never_rewritten() -> None:
    text = ("根据《不可靠实体清单规定》（商务部令2020年第4号，以下简称《规定》），依照《规定》第十条和有关规定，"
            "作出如下规定")
    assert resolve_defined_names(text) == text


def test_a_removal_by_a_pointer_after_the_decision_is_never_read_as_the_whole_listing_removed() -> None:
    ann = _read("不可靠实体清单工作机制公告〔2046〕2号\n\n工作机制于2025年4月9日公告（〔2025〕8号）将希尔德AI公司"
                "（Shield AI, Inc.）列入不可靠实体清单。现决定将其移出，自2046年3月5日起。\n\n"
                "不可靠实体清单工作机制\n2046年3月1日\n")
    assert not any(a["kind"] == "remove" and not a["entities"] for a in ann["actions"])
