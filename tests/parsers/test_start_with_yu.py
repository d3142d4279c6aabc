"""A notice whose own start is worded with 于 for 自 (``本公告于2048年9月1日起正式实施``): the start is read, and the
cross-check that every stated start is some change's start knows the wording too, so a misread is flagged. Text
written for these tests (issue 16): the gallium and germanium control is public, numbers and dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts, quiet
from grammar_helpers import read as _read

from policywatch.parsers.crosscheck import start_doubts
from policywatch.parsers.types import Action

_JOINT = (
    "商务部 海关总署公告2048年第20号 关于对锗相关物项实施出口管制的公告\n"
    "来源：安全与管制局　　发布时间：2048年7月3日\n\n"
    "根据《中华人民共和国出口管制法》有关规定，经国务院批准，对下列物项实施出口管制。现将有关事项公告如下：\n\n"
    "一、管制物项：区熔锗锭，纯度不低于99.999%。\n\n"
    "二、出口经营者出口上述物项，应当依照有关规定办理许可手续。\n\n"
    "三、本公告于2048年9月1日起正式实施。\n\n"
    "商务部　海关总署\n2048年7月3日\n")


def test_a_start_worded_with_yu_is_the_notices_start() -> None:
    ann = _read(_JOINT)
    assert acts(ann) == [("control", "ITEM", "2048-09-01", None, ())]
    quiet(ann)


def test_a_start_worded_with_yu_that_no_change_starts_on_is_doubted() -> None:
    misread = Action("control", "ITEM", (), (), dt.date(2048, 7, 3), None, False, (), None)
    assert start_doubts(_JOINT, dt.date(2048, 7, 3), (misread,))


def test_yu_of_another_subject_is_no_start() -> None:
    # "该措施于…起" recounts a measure; only the notice itself as subject states its start with 于.
    text = "本公告自2048年7月3日起施行。该措施于2048年9月1日起已经实施。"
    right = Action("control", "ITEM", (), (), dt.date(2048, 7, 3), None, False, (), None)
    assert start_doubts(text, dt.date(2048, 7, 1), (right,)) == []
