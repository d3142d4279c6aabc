"""Notices read right stay right, or are flagged, when their wording changes in ways that keep the meaning (the
rewrites of ``metamorphic.py``): half-width brackets, dates in Chinese numerals, a page's breadcrumb and footer…"""

from __future__ import annotations

import hashlib

from grammar_helpers import acts as _acts
from grammar_helpers import head as _head
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read
from metamorphic import probe, report, tuned_folders

from policywatch.parsers import parse_text
from policywatch.parsers.chrome import without_chrome
from policywatch.parsers.numbers import find_numbers
from policywatch.parsers.text import clean, prose_punctuation, single_spaced
from policywatch.parsers.traditional import to_simplified


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
    read_saved, read_notice = parse_text(saved).to_json(), parse_text(notice).to_json()
    # The hash stays that of the text as printed (a stored notice saved again is a revision of it).
    assert read_saved.pop("text_hash") != read_notice.pop("text_hash")
    assert read_saved == read_notice


def test_a_line_of_the_notice_that_merely_mentions_the_home_page_stays() -> None:
    text = "关于网站首页改版的说明\n首页改版后，公告栏目位置不变。"
    assert without_chrome(text) == text


def test_a_number_cited_with_gonggao_after_it_is_a_mofcom_number() -> None:
    found = find_numbers("商务部决定将商务部2025年第21号公告所列的3家实体移出出口管制管控名单")
    assert [f.number.doc_id for f in found] == ["MOFCOM-2025-21"]
    assert [f.number.doc_id for f in find_numbers("依据商务部2025年第5号令")] == ["MOFCOM-ORDER-2025-5"]


def test_a_text_with_a_blank_line_after_every_line_reads_its_list_whole() -> None:
    number = "不可靠实体清单工作机制公告〔2045〕2号"
    lines = [number, "",
             "不可靠实体清单工作机制决定，将不可靠实体清单工作机制公告〔2025〕5号所列的下列企业移出不可靠实体清单：",
             "1. 文本矿公司（TextOre）", "2. ACT1联邦公司（ACT1 Federal）", "3. 埃克索维拉公司（Exovera）",
             "自本公告发布之日起施行。", "不可靠实体清单工作机制", "2045年3月3日"]
    single, doubled = "\n".join(lines), "\n\n".join(lines)
    assert single_spaced(doubled) == "\n".join(ln for ln in lines if ln)
    assert single_spaced(single) == single
    ann = _read(doubled)
    assert [e["name_en"] for a in ann["actions"] for e in a["entities"]] == ["TextOre", "ACT1 Federal", "Exovera"]
    # The text as printed keys the notice: a new way of reading it makes no new revision.
    assert ann["text_hash"] == hashlib.sha256(to_simplified(clean(doubled)).encode()).hexdigest()


def test_ascii_commas_in_chinese_prose_part_clauses_and_stay_inside_latin_names() -> None:
    assert prose_punctuation("两家企业,其财产予以冻结;禁止交易") == "两家企业，其财产予以冻结；禁止交易"
    assert prose_punctuation("Teledyne FLIR, LLC（特利丹菲力尔公司）") == "Teledyne FLIR, LLC（特利丹菲力尔公司）"
    assert prose_punctuation("予以冻结;\n（二）对") == "予以冻结;\n（二）对"  # a line's end stays as printed
