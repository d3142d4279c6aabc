"""Notices read right stay right, or are flagged, when their wording changes in ways that keep the meaning (the
rewrites of ``metamorphic.py``): half-width brackets, dates in Chinese numerals, a page's breadcrumb and footer…"""

from __future__ import annotations

from grammar_helpers import acts as _acts
from grammar_helpers import head as _head
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read
from metamorphic import probe, report, tuned_folders

from policywatch.parsers import parse_text
from policywatch.parsers.chrome import without_chrome


def test_no_rewrite_of_a_notice_read_right_goes_silent() -> None:
    tallies = probe(tuned_folders())
    detail = report(tallies, verbose=True)
    assert all(t.changed for t in tallies.values()), detail
    assert not [case for t in tallies.values() for case in t.silent], detail
    # The flag stays honest: a rewrite that keeps the meaning flags few of the notices it touches.
    assert all(t.flagged * 20 <= t.changed for t in tallies.values()), detail


def _clause_notice(bracket_open: str, bracket_close: str) -> str:
    number = "商务部公告2045年第8号"
    body = (f"商务部公告2024年第46号{bracket_open}《关于加强相关两用物项对美国出口管制的公告》{bracket_close}第二款"
            "暂停实施的期限即将届满。经研究，自2045年11月28日起，继续暂停实施该款规定，期限为一年。\n")
    day = "2045年11月20日"
    return _head(f"{number} 关于继续暂停实施有关条款的公告", number, day) + body + f"\n商务部\n{day}\n"


def test_a_clause_after_the_cited_title_in_half_width_brackets_is_the_target() -> None:
    for opening, closing in (("（", "）"), ("(", ")")):
        ann = _read(_clause_notice(opening, closing))
        assert _acts(ann) == [("suspend", "ITEM", "2045-11-28", "2046-11-28", ("MOFCOM-2024-46#2",))]
        _quiet(ann)


def test_a_bare_start_in_chinese_numerals_is_the_start() -> None:
    number = "海关总署公告2045年第3号"
    body = ("根据《中华人民共和国出口管制法》，经国务院批准，商务部、海关总署决定对钐钴永磁体实施出口管制。"
            "二〇四五年三月一日起，出口经营者出口上述物项，应当向海关交验两用物项出口许可证。\n")
    ann = _read(_head(f"{number} 关于对钐钴永磁体实施出口管制的公告", number, "2045年2月10日") + body
                + "\n海关总署\n2045年2月10日\n")
    assert [(a["kind"], a["effective"]) for a in ann["actions"]] == [("control", "2045-03-01")]


def test_a_saved_pages_breadcrumb_and_buttons_are_no_part_of_the_notice() -> None:
    notice = _clause_notice("（", "）")
    saved = ("首页 > 新闻发布 > 公告\n当前位置：首页 > 公告\n【字体：大 中 小】 【打印】\n\n" + notice
             + "\n【打印本页】 【关闭窗口】\n扫一扫在手机打开当前页\n")
    assert without_chrome(saved).strip() == notice.strip()
    assert parse_text(saved).to_json() == parse_text(notice).to_json()


def test_a_line_of_the_notice_that_merely_mentions_the_home_page_stays() -> None:
    text = "关于网站首页改版的说明\n首页改版后，公告栏目位置不变。"
    assert without_chrome(text) == text
