"""The operative-sentence grammar on wordings new to the parser (issue 16, sixth round): texts written for these
tests in the forms where the sixth blind set found misses, each in wordings of its own — never copies of any
held-out text. Names, numbers and dates are made up. A status change that names some entities of a cited listing
carries those entities; one that names none concerns the whole cited notice."""

from __future__ import annotations

from typing import Any

import pytest
from grammar_helpers import acts as _acts
from grammar_helpers import head as _head
from grammar_helpers import names_zh_en as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.entities import prose_orgs

# ---------------------------------------------------------------- 1. the scope of a status change

UEL_NO = "不可靠实体清单工作机制公告〔2027〕9号"
UEL_TAIL = "\n\n不可靠实体清单工作机制\n2027年3月28日\n"
CITED = "不可靠实体清单工作机制公告〔2027〕5号"
POLARIS = ("北辰雷达公司", "Polaris Radar Inc.")
BLUEBAY = ("蓝湾动力公司", "Bluebay Power Corp.")
TWO = "北辰雷达公司（Polaris Radar Inc.）{j}蓝湾动力公司（Bluebay Power Corp.）"


def _uel(sentence: str) -> dict[str, Any]:
    return _read(_head(UEL_NO, UEL_NO, "2027年3月28日") + sentence + UEL_TAIL)


@pytest.mark.parametrize(("verb", "kind", "joiner"), [
    ("暂停", "suspend", "和"),
    ("恢复", "resume", "、"),
    ("停止", "terminate", "及"),
    ("终止", "terminate", "与"),
    ("解除", "remove", "和"),
])
def test_a_change_naming_entities_of_a_cited_listing_carries_them(verb: str, kind: str, joiner: str) -> None:
    ann = _uel(f"不可靠实体清单工作机制决定，自2027年4月1日起，{verb}对{CITED}所列{TWO.format(j=joiner)}"
               "采取的处理措施。")
    assert _acts(ann) == [(kind, "UEL", "2027-04-01", None, ("UEL-2027-5",))]
    assert _names(ann) == [POLARIS, BLUEBAY]
    _quiet(ann)


def test_a_suspension_of_named_entities_keeps_its_stated_end() -> None:
    ann = _uel(f"经审查，工作机制决定自2027年4月1日起至2027年9月30日，暂停对{CITED}所列的{TWO.format(j='和')}"
               "采取的处理措施。暂停期间，相关交易须经批准。")
    assert _acts(ann) == [("suspend", "UEL", "2027-04-01", "2027-09-30", ("UEL-2027-5",))]
    assert _names(ann) == [POLARIS, BLUEBAY]


def test_a_count_referring_back_takes_the_names_of_the_recital() -> None:
    ann = _uel(f"鉴于{TWO.format(j='、')}在暂停期间继续从事损害我国利益的活动，"
               "不可靠实体清单工作机制决定自2027年4月1日起"
               f"对上述2家实体恢复执行{CITED}规定的处理措施。")
    assert _acts(ann) == [("resume", "UEL", "2027-04-01", None, ("UEL-2027-5",))]
    assert _names(ann) == [POLARIS, BLUEBAY]


@pytest.mark.parametrize("sentence", [
    f"不可靠实体清单工作机制决定，自2027年4月1日起，暂停对{CITED}所列实体采取的处理措施。",
    f"不可靠实体清单工作机制决定，自2027年4月1日起，暂停对{CITED}所列3家实体采取的处理措施。",
    f"不可靠实体清单工作机制决定，自2027年4月1日起，暂停{CITED}相关措施。",
])
def test_a_change_naming_no_one_concerns_the_whole_cited_notice(sentence: str) -> None:
    ann = _uel(sentence)
    assert _acts(ann) == [("suspend", "UEL", "2027-04-01", None, ("UEL-2027-5",))]
    assert _names(ann) == []


def test_a_conjunction_opening_a_recital_is_not_part_of_the_first_name() -> None:
    pairs = prose_orgs("由于北辰雷达公司（Polaris Radar Inc.）、蓝湾动力公司（Bluebay Power Corp.）继续参与。")
    assert [(zh, en) for zh, en, _rest in pairs] == [POLARIS, BLUEBAY]


# ---------------------------------------------------------------- 2. termination by an order

ORDER = """关于终止对北辰集团两家子公司实施反制措施的决定
【发布单位】安全与管制局
【发布文号】商务部令2027年第4号
【发文日期】2027年5月6日

中华人民共和国商务部令

2027年第4号

经国家反外国制裁工作协调机制批准，现公布《关于终止对北辰集团两家子公司实施反制措施的决定》，自2027年5月9日起施行。

商务部
2027年5月6日

关于终止对北辰集团两家子公司实施反制措施的决定

{recital}经研究，中方决定，终止商务部令2026年第11号对Polaris Marine LLC及Polaris Yards Inc.两家公司采取的反制措施。
"""


@pytest.mark.parametrize("recital", [
    "商务部令2026年第11号规定的反制措施，已根据商务部令2026年第15号暂停实施180天。",
    "商务部令2026年第11号规定的反制措施已依据商务部令2026年第15号暂停实施。",
    "",
])
def test_an_order_terminating_a_listing_targets_the_listing_order_from_its_start(recital: str) -> None:
    ann = _read(ORDER.format(recital=recital))
    assert _acts(ann) == [("terminate", "CML", "2027-05-09", None, ("MOFCOM-ORDER-2026-11",))]
    assert _names(ann) == [(None, "Polaris Marine LLC"), (None, "Polaris Yards Inc.")]
    _quiet(ann)


# ---------------------------------------------------------------- 3. the published date of a mirror page

MIRROR = """商务部 海关总署公告2027年第12号 关于对高纯铟相关物项实施出口管制的公告

{meta}

商务部 海关总署公告2027年第12号

根据《中华人民共和国出口管制法》有关规定，经国务院批准，决定对高纯铟相关物项实施出口管制。现将有关事项公告如下：
一、满足下列特性的物项，未经许可，不得出口：纯度不低于99.999%的铟锭。
二、本公告自2027年3月1日起正式实施。

{signers}
2027年2月10日

本站转载的内容仅供参考，以原发布单位的正式文件为准。
"""


@pytest.mark.parametrize("meta", ["发布时间：2027-02-17　　来源：安全与管制局", "2027-02-17 09:30　来源：某网站",
                                  "更新日期：2027年2月17日"])
@pytest.mark.parametrize("signers", ["商务部\n海关总署", "商务部 海关总署", "商务部\n海关总署\n国家国防科技工业局"])
def test_a_mirror_page_is_dated_by_the_notice_not_by_the_mirror(meta: str, signers: str) -> None:
    ann = _read(MIRROR.format(meta=meta, signers=signers))
    assert ann["published"] == "2027-02-10"
    assert _acts(ann) == [("control", "ITEM", "2027-03-01", None, ())]


# ---------------------------------------------------------------- 4. groups with the measure first

GROUPS = """关于对美国防务企业及其负责人采取反制措施的决定

（2027年8月3日中华人民共和国外交部令第41号公布，自2027年8月5日起施行）

依据《中华人民共和国反外国制裁法》有关规定，中方决定：

一、{first}

二、对{persons}两人及其直系亲属不予签发签证、不准入境。

外交部
2027年8月3日
"""
COMPANIES = "北辰雷达公司（Polaris Radar Inc.）、蓝湾动力公司（Bluebay Power Corp.）"


@pytest.mark.parametrize("first", [
    f"冻结{COMPANIES}在我国境内的动产、不动产和其他各类财产，禁止我国境内的组织、个人与其进行交易。",
    f"查封{COMPANIES}在中国境内的财产；禁止国内组织、个人与上述企业开展合作。",
])
@pytest.mark.parametrize("persons", ["约翰·斯通（John Stone）、玛丽·黑尔（Mary Hale）",
                                     "约翰·斯通（John Stone）和玛丽·黑尔（Mary Hale）"])
def test_groups_with_the_measure_first_are_two_adds(first: str, persons: str) -> None:
    ann = _read(GROUPS.format(first=first, persons=persons))
    assert [(a["kind"], a["list"], a["effective"]) for a in ann["actions"]] == [("add", "CML", "2027-08-05")] * 2
    assert _names(ann, 0) == [POLARIS, BLUEBAY]
    assert _names(ann, 1) == [("约翰·斯通", "John Stone"), ("玛丽·黑尔", "Mary Hale")]
    assert [e["kind"] for e in ann["actions"][1]["entities"]] == ["person", "person"]
    assert len(ann["actions"][0]["measures"]) == 2
    _quiet(ann)


# ---------------------------------------------------------------- 5. a Q&A changing two lists

QA = """来源：商务部新闻办公室 2025-12-02 20:00

商务部新闻发言人就有关清单措施暂停安排答记者问
问：有关清单措施的暂停期限将满，中方如何考虑？
答：经研究，中方决定，自2025年12月5日起，继续暂停4月4日公告（不可靠实体清单工作机制公告〔2025〕7号）相关措施90天；{second}
"""


@pytest.mark.parametrize("second", [
    "同日起，对出口管制管控名单（商务部公告2025年第21号）所列实体，继续暂停相关措施90天。",
    "同日起，对4月4日公布的出口管制管控名单所列实体，继续暂停相关措施90天。",
    "同日起，对4月4日发布的出口管制管控名单所列实体的相关措施，继续暂停90天。",
])
def test_a_qa_suspending_two_lists_reads_the_second_list_and_its_notice(second: str) -> None:
    ann = _read(QA.format(second=second))
    assert _acts(ann) == [("suspend", "UEL", "2025-12-05", "2026-03-05", ("UEL-2025-7",)),
                          ("suspend", "ECL", "2025-12-05", "2026-03-05", ("MOFCOM-2025-21",))]
    assert _names(ann, 0) == _names(ann, 1) == []
    _quiet(ann)


# ---------------------------------------------------------------- 6. a relaxation from this notice's own day

RELAX = """商务部 海关总署公告2027年第30号

经批准，商务部、海关总署决定，商务部 海关总署公告2026年第40号规定的出口管制措施，{start}停止执行。

商务部　海关总署
2027年4月2日
"""


@pytest.mark.parametrize("start", ["自本公告发布之日起", "自本公告公布之日起", "自发布之日起", "自即日起"])
def test_a_relaxation_from_the_notices_own_day_starts_on_its_date(start: str) -> None:
    ann = _read(RELAX.format(start=start))
    assert ann["published"] == "2027-04-02"
    assert _acts(ann) == [("terminate", "ITEM", "2027-04-02", None, ("MOFCOM-2026-40",))]


RESUME = """商务部公告2027第15号 关于对北辰雷达公司、蓝湾动力公司恢复执行出口管制管控名单措施的公告
【发布单位】安全与管制局
【发布文号】商务部公告2027第15号
【发文日期】2027年6月1日

商务部公告2026年第50号所列实体的相关措施目前处于暂停期间。{recital}商务部决定自即日起对上述两家实体恢复执行商务部公告2026年第50号规定的措施。

商务部
2027年6月1日
"""


@pytest.mark.parametrize("recital", [
    "鉴于北辰雷达公司（Polaris Radar Inc.）、蓝湾动力公司（Bluebay Power Corp.）在暂停期间继续违反承诺，",
    "由于北辰雷达公司（Polaris Radar Inc.）和蓝湾动力公司（Bluebay Power Corp.）未履行承诺，依据有关规定，",
])
def test_a_resumption_numbered_without_nian_names_the_entities_referred_back(recital: str) -> None:
    ann = _read(RESUME.format(recital=recital))
    assert ann["doc_id"] == "MOFCOM-2027-15"
    assert _acts(ann) == [("resume", "ECL", "2027-06-01", None, ("MOFCOM-2026-50",))]
    assert _names(ann) == [POLARIS, BLUEBAY]
    _quiet(ann)


# ---------------------------------------------------------------- 7. talk about the lists is no decision

GUIDE = """商务部公告2027年第20号 关于印发《两用物项出口经营者合规指引》的公告
【发布单位】安全与管制局
【发布文号】商务部公告2027年第20号
【发文日期】2027年5月10日

为帮助经营者建立出口管制内部合规制度，商务部编制了《两用物项出口经营者合规指引》，现予印发。
指引提示经营者核查交易对象是否被列入不可靠实体清单或出口管制管控名单；对已列入的，应当暂停交易、停止发货并报告。
本公告自发布之日起实施。

附件：两用物项出口经营者合规指引

商务部
2027年5月10日
"""
DRAFT = """来源：条约法律司 类型：原创 2027-05-12 10:00

商务部就《两用物项出口管制条例（修订草案征求意见稿）》公开征求意见

商务部起草了《两用物项出口管制条例（修订草案征求意见稿）》，自2027年5月12日起公开征求意见。
征求意见稿拟明确管控名单、关注名单的列入、移出程序，并规定暂停、恢复和终止有关措施的条件。
"""


@pytest.mark.parametrize("text", [GUIDE, DRAFT])
def test_a_guideline_or_a_draft_for_consultation_is_neither_an_action_nor_a_flag(text: str) -> None:
    ann = _read(text)
    assert ann["actions"] == []
    _quiet(ann)


def test_a_decision_under_a_guideline_title_is_still_read() -> None:
    text = GUIDE.replace("本公告自发布之日起实施。",
                         f"同时，商务部决定，将{TWO.format(j='、')}列入出口管制管控名单。\n本公告自发布之日起实施。")
    ann = _read(text)
    assert [(a["kind"], a["list"]) for a in ann["actions"]] == [("add", "ECL")]


# ---------------------------------------------------------------- 1 (again). an exception is no scope


@pytest.mark.parametrize("obj", ["除北辰雷达公司（Polaris Radar Inc.）以外的实体",
                                 "除北辰雷达公司（Polaris Radar Inc.）外其他实体"])
def test_a_change_excepting_an_entity_is_flagged_never_scoped_to_it(obj: str) -> None:
    ann = _uel(f"不可靠实体清单工作机制决定，自2027年4月1日起，暂停对{CITED}所列{obj}采取的处理措施。")
    assert _names(ann) == []
    assert ann["needs_review"]
