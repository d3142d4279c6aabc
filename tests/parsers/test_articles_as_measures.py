"""A status change of a listing's entities whose measures are cited by the listing's articles
(``暂停实施该公告第一条、第二条规定的措施``, ``parsers/numbers.articles_as_measures``): the change acts on the
listing's measures for those entities. A clause of an item control (``该公告第二款``) is left as it is. Text written
for these tests (issue 16): the listing is MOFCOM 2025 No.21 (/work/shared), numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts, names_zh_en, quiet
from grammar_helpers import read as _read

from policywatch.parsers.numbers import articles_as_measures

_SUSPEND = (
    "商务部公告2048年第30号 关于对2家美国实体暂停实施出口管制措施的公告\n\n"
    "商务部公告2025年第21号将高点航空技术公司（High Point Aerotechnologies）、赛博勒克斯公司（Cyberlux Corporation）"
    "等16家美国实体列入出口管制管控名单。根据上述两家实体的申请，商务部经审查决定，自2048年9月1日起对其暂停实施"
    "该公告第一条和第二条规定的管控措施，至另行公告时止。\n\n本公告自发布之日起施行。\n\n商务部\n2048年8月20日\n")


def test_measures_cited_by_articles_are_the_listings_measures() -> None:
    ann = _read(_SUSPEND)
    assert acts(ann) == [("suspend", "ECL", "2048-09-01", None, ("MOFCOM-2025-21",))]
    assert names_zh_en(ann) == [("高点航空技术公司", "High Point Aerotechnologies"),
                                ("赛博勒克斯公司", "Cyberlux Corporation")]
    quiet(ann)


def test_a_clause_of_an_item_control_stays_a_clause() -> None:
    text = "该公告第二款暂停实施。该公告第二款规定的措施继续暂停。"
    assert articles_as_measures(text) == text
    assert articles_as_measures("暂停实施该公告第一条、第二条规定的措施") == "暂停实施该公告规定的措施"
