"""Two doubts a reading that looks complete cannot settle: a notice naming itself by another number than the one
read as its own, and a change whose whole period is over by the notice's own date. Each has a quiet twin where
nothing disagrees. Texts written for these tests (issue 16); entities real listed ones, numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import flagged as _flagged
from grammar_helpers import quiet as _quiet
from grammar_helpers import read as _read


def _suspension(until: str, foot: str = "", start: str = "2049年2月1日") -> str:
    return ("商务部公告2049年第7号\n关于暂停对红猫控股公司采取出口管制管控措施的公告\n\n"
            f"根据《中华人民共和国出口管制法》有关规定，商务部决定，自{start}起至"
            f"{until}止，暂停实施商务部公告2025年第13号对红猫控股公司（Red Cat Holdings, Inc.）"
            "采取的出口管制管控措施。\n\n"
            f"特此公告。\n\n商务部\n2049年1月20日\n{foot}")


def test_a_notice_calling_itself_by_another_number_is_flagged() -> None:
    ann = _read(_suspension("2049年8月1日", "\n（本公告为商务部公告2049年第9号）\n"))
    assert ann["doc_id"] == "MOFCOM-2049-7"
    assert _flagged(ann, "calls itself")
    _quiet(_read(_suspension("2049年8月1日", "\n（本公告为商务部公告2049年第7号）\n")))


def test_a_period_over_before_the_notice_is_dated_is_flagged() -> None:
    # Dated 2049-01-20: a suspension from March to June 2048 is over before the notice itself.
    ann = _read(_suspension("2048年6月1日", start="2048年3月1日"))
    assert _flagged(ann, "before the notice's own date")
    _quiet(_read(_suspension("2049年8月1日")))
