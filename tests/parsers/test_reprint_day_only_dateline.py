"""A news agency's reprint whose dateline gives the day only (``北京14日電``), whose lead tells the notice's number
after 公告 without its issuer (``工作機制今日發布公告〔2049〕4號``) and the removal first, the listing it undoes told
after it (``工作機制依據公告〔2025〕7號將A列入…``): number, issuer, day and target are read, in traditional
characters as in simplified ones. A listing told after the removal of an entity it does not remove is no target.
Texts written for these tests (issue 16); the entities are UEL-2025-7's, numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import acts, names_zh_en, quiet
from grammar_helpers import read as _read

from policywatch.parsers.traditional import to_simplified


def _reprint(listed: str) -> str:
    return ("2049/03/14 10:05\n（中央社記者綜合北京14日電）中國不可靠實體清單工作機制今日發布公告〔2049〕4號，宣布將"
            "斯凱迪奧公司（Skydio Inc.）移出不可靠實體清單。\n\n"
            f"公告指出，工作機制依據公告〔2025〕7號將{listed}列入不可靠實體清單。經審查，該企業已採取措施糾正相關行為，"
            "工作機制決定自公告發布之日起將其移出清單。\n（編輯：王○○）\n")


def test_a_day_only_dateline_reprint_is_read_in_either_script() -> None:
    for text in (_reprint("斯凱迪奧公司"), to_simplified(_reprint("斯凱迪奧公司"))):
        ann = _read(text)
        assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("UEL-2049-4", "不可靠实体清单工作机制",
                                                                   "2049-03-14")
        assert acts(ann) == [("remove", "UEL", "2049-03-14", None, ("UEL-2025-7",))]
        assert names_zh_en(ann) == [("斯凯迪奥公司", "Skydio Inc.")]
        quiet(ann)


def test_a_listing_told_after_of_an_entity_not_removed_is_no_target() -> None:
    ann = _read(_reprint("紅色六方案公司"))
    assert ann["doc_id"] == "UEL-2049-4"
    assert [a["targets"] for a in ann["actions"]] == [[]] and ann["needs_review"]
