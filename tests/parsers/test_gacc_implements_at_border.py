"""A customs notice that says it implements a cited MOFCOM notice (为落实…) and states the licence it requires at
the border from a day is an item control of its own, from that day, whatever place its own number stands in (here
only on the last line, after the signature and date). The same sentence citing the notice as its ground (根据…)
recites the cited control and stays unread (flagged). Texts written for these tests (issue 16); numbers and
dates made up."""

from __future__ import annotations

from grammar_helpers import acts, flagged, quiet
from grammar_helpers import read as _read


def _notice(opening: str) -> str:
    return ("海关总署关于对铟相关物项实施出口管制有关事项的公告\n\n"
            f"{opening}商务部公告2049年第21号，自2049年3月1日起，出口经营者出口该公告附件所列物项的，应当向海关"
            "提交商务部签发的两用物项和技术出口许可证件，海关凭许可证件办理验放手续。\n\n特此公告。\n\n"
            "海关总署\n2049年2月20日\n海关总署公告2049年第4号\n")


def test_a_customs_notice_implementing_a_cited_one_states_its_border_control() -> None:
    ann = _read(_notice("为落实"))
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("GACC-2049-4", "海关总署", "2049-02-20")
    assert acts(ann) == [("control", "ITEM", "2049-03-01", None, ())]
    quiet(ann)


def test_the_same_licence_sentence_on_a_notice_cited_as_its_ground_is_a_recital() -> None:
    ann = _read(_notice("根据"))
    assert ann["doc_id"] == "GACC-2049-4" and not ann["actions"]
    assert flagged(ann, "no action read")
