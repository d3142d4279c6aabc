"""A customs notice whose own number stands only in the site's plain metadata block above the title (``索 引 号：…``,
``文　　号：…``; ``parsers/field_block``), and a customs notice reciting a joint control whose border duties run from
its own stated start (``本公告自…起执行``): read as that control. Texts written for these tests (issue 16); the
gallium control is public, numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts, flagged, quiet
from grammar_helpers import read as _read

from policywatch.parsers.field_block import bracketed_fields

_BLOCK = (
    "海关总署 > 政务公开 > 政策法规 > 海关总署公告\n\n"
    "索 引 号：000014672/2048-00031　　主题分类：监管\n"
    "发文机关：海关总署　　　　成文日期：2048年06月02日\n"
    "文　　号：海关总署公告2048年第12号　　发布日期：2048年06月02日\n\n"
    "关于对镓相关物项实施出口管制有关监管事宜的公告\n\n")
_BODY = (
    "根据商务部、海关总署公告2048年第11号，自2048年7月1日起，对镓相关物项实施出口管制。现就有关事宜公告如下：\n\n"
    "一、出口上述物项的，出口经营者应当向海关提交两用物项和技术出口许可证件。\n"
    "二、海关凭许可证件办理验放手续。\n")
_OWN_START = "三、本公告自2048年7月1日起执行。\n"
_SIGNED = "\n海关总署\n2048年6月2日\n"


def test_the_number_in_the_field_block_and_the_recited_control_with_its_own_start_are_read() -> None:
    ann = _read(_BLOCK + _BODY + _OWN_START + _SIGNED)
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("GACC-2048-12", "海关总署", "2048-06-02")
    assert ann["title"] == "关于对镓相关物项实施出口管制有关监管事宜的公告"
    assert acts(ann) == [("control", "ITEM", "2048-07-01", None, ())]
    quiet(ann)


def test_a_recital_with_no_start_of_its_own_is_still_left_to_a_reader() -> None:
    ann = _read(_BLOCK + _BODY + _SIGNED)
    assert ann["doc_id"] == "GACC-2048-12"
    assert ann["actions"] == [] and flagged(ann, "no action read")


def test_a_single_labelled_line_is_no_field_block() -> None:
    text = "某公告\n文号：海关总署公告2048年第12号\n正文。\n"
    assert bracketed_fields(text) == text
