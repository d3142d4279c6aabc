"""Deeply nested HTML is refused before a tree is built (issue 17 item 5): 200,000 nested <div> took more than
five minutes; now one linear pass over the tags measures the depth and the page is refused with an error naming it.
The pytest-timeout marker is the guard against a stall coming back; no assertion is made on wall time."""

from __future__ import annotations

import pytest

from policywatch.parsers import NestingTooDeepError, ParseError, parse_article
from policywatch.parsers.depth import MAX_DEPTH, nesting_depth
from policywatch.parsers.listing import parse_aqygzj_home

URL = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_0123456789abcdef0123456789abcdef.html"


def _page(inner: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"></head><body><div class="art-con art-con-bottonmLine">{inner}'
            "</div></body></html>").encode()


NOTICE = ("商务部公告2026年第160号<br>商务部决定将甲公司（Jia Inc.）列入出口管制管控名单。<br>"
          "本公告自公布之日起正式实施。<br>商务部<br>2026年12月1日")


@pytest.mark.timeout(20)
def test_200000_nested_divs_are_refused_naming_the_page() -> None:
    body = _page("<div>" * 200_000 + NOTICE + "</div>" * 200_000)
    assert len(body) > 2_200_000
    with pytest.raises(NestingTooDeepError) as err:
        parse_article(body, url=URL)
    assert URL in str(err.value) and f"more than {MAX_DEPTH} deep" in str(err.value)
    assert isinstance(err.value, ParseError)  # the parser's own error: callers report it like any unreadable page


@pytest.mark.timeout(20)
def test_a_hostile_list_page_is_refused_too() -> None:
    page = "<html><body>" + "<span>" * 100_000 + '<a href="/art/2026/art_1.html">x</a>' + "</body></html>"
    with pytest.raises(NestingTooDeepError):
        parse_aqygzj_home(page, base_url="https://aqygzj.mofcom.gov.cn/")


def test_nesting_below_the_limit_still_parses() -> None:
    ann = parse_article(_page("<div>" * 500 + NOTICE + "</div>" * 500), url=URL)
    assert ann.doc_id == "MOFCOM-2026-160" and ann.actions[0].entities[0].name_en == "Jia Inc."


def test_what_does_not_nest_is_not_counted() -> None:
    flat = ("<p>a" * 5_000 + "<br>" * 5_000 + "<img src=x>" * 5_000 + "<span/>" * 5_000 + "<li>b" * 5_000
            + "<!-- <div><div><div> -->" + "<script>" + "<div>" * 5_000 + "</script>" + "<table><tr><td>c" * 3)
    assert nesting_depth(flat) == 3  # the three tables; cells and rows close themselves


@pytest.mark.timeout(20)
def test_broken_markup_is_scanned_in_one_pass() -> None:
    # Brackets that never close and a comment that never ends: no tag to count, and no quadratic rescans.
    assert nesting_depth("<a" * 1_000_000) == 0
    assert nesting_depth("<div>" * 10 + "<!--" + "<div>" * 1_000_000) == 10
