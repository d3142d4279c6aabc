"""The operative-sentence grammar on the shapes of the sixteenth and seventeenth blind sets: a recital going on with
此后/其后, entities of a cited listing picked by their place (第二家和第三家), and the second reading's doubts on a
whole listing and part of it changed by one notice. Texts written for these tests (issue 16), never copies of any
held-out text; the entities are real listed ones (shared facts), the numbers and dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts as _acts
from grammar_helpers import flagged as _flagged
from grammar_helpers import names as _names
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read

from policywatch.parsers.crosscheck import crosscheck
from policywatch.parsers.types import Action, Entity


def _uel(number: int, body: str, day: str) -> str:
    return f"不可靠实体清单工作机制公告\n〔2038〕{number}号\n\n{body}\n\n不可靠实体清单工作机制\n{day}\n"


_RECITAL = ("2025年4月9日，不可靠实体清单工作机制发布公告（〔2025〕7号），将斯凯迪奥公司（Skydio Inc.）、"
            "BRINC无人机公司（BRINC Drones,Inc.）和红色六方案公司（Red Six Solutions）列入不可靠实体清单。"
            "其后，工作机制暂停对该三家企业实施处理措施。")


def test_a_recital_going_on_with_qihou_is_history_and_a_pick_by_place_names_those_places() -> None:
    ann = _read(_uel(4, _RECITAL + "\n\n依据《不可靠实体清单规定》第十一条，工作机制决定，上述3家企业中的第二家、第三家"
                                   "自2038年3月2日起恢复实施该公告规定的处理措施。", "2038年2月26日"))
    assert _acts(ann) == [("resume", "UEL", "2038-03-02", None, ("UEL-2025-7",))]
    assert _names(ann) == [("BRINC无人机公司", "BRINC Drones,Inc.", "organization"),
                           ("红色六方案公司", "Red Six Solutions", "organization")]
    _quiet(ann)


def test_a_pick_by_place_whose_names_after_ji_agree_is_read_quietly() -> None:
    ann = _read(_uel(5, _RECITAL + "\n\n工作机制决定，前述三家企业中的第一家和第二家，即斯凯迪奥公司、BRINC无人机公司，"
                                   "自2038年3月2日起恢复实施该公告规定的处理措施。", "2038年2月26日"))
    assert [n[0] for n in _names(ann)] == ["斯凯迪奥公司", "BRINC无人机公司"]
    _quiet(ann)


def test_a_pick_by_place_whose_names_after_ji_disagree_is_a_doubt() -> None:
    ann = _read(_uel(6, _RECITAL + "\n\n工作机制决定，前述三家企业中的第一家和第二家，即斯凯迪奥公司、红色六方案公司，"
                                   "自2038年3月2日起恢复实施该公告规定的处理措施。", "2038年2月26日"))
    assert _flagged(ann, "place")


_DAY = dt.date(2038, 3, 2)


def test_the_second_reading_doubts_a_whole_listing_and_part_of_it_changed_by_one_notice() -> None:
    skydio = Entity("斯凯迪奥公司", "Skydio Inc.", None, "organization")
    part = Action("suspend", "UEL", (skydio,), ("UEL-2025-7",), _DAY, None, False, (), None)
    whole = Action("resume", "UEL", (), ("UEL-2025-7",), _DAY, None, False, (), None)
    assert any("as a whole" in r for r in crosscheck("工作机制决定恢复。", None, (whole, part)))
    assert not any("as a whole" in r for r in crosscheck("工作机制决定恢复。", None, (whole,)))


def test_the_second_reading_doubts_a_pick_of_some_read_as_the_whole_listing() -> None:
    whole = Action("resume", "UEL", (), ("UEL-2025-7",), _DAY, None, False, (), None)
    text = "工作机制决定，上述3家企业中的第二家和第三家恢复实施处理措施。"
    assert any("picks some" in r for r in crosscheck(text, None, (whole,)))
    assert not crosscheck("工作机制决定，恢复实施该公告规定的处理措施。", None, (whole,))
