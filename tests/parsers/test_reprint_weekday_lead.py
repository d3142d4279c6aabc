"""A Traditional-character news reprint whose lead dates the notice by a weekday only (``工作機制週六發布公告``),
the page's date line (second line, under a section line) giving a later day with its weekday: the notice's day is
the latest such weekday on or before the page's date (``parsers/weekdays.weekday_on_or_before``). Text written for
these tests (issue 16): the listing is UEL 〔2025〕2 (/work/shared), numbers and dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts, names_zh_en, quiet
from grammar_helpers import read as _read

from policywatch.parsers.weekdays import weekday_on_or_before

_REPRINT = (
    "財經　｜　國際\n2048年3月9日 週一　更新 07:40\n\n"
    "中國將鐵山解決方案公司移出不可靠實體清單\n\n"
    "【本報訊】中國不可靠實體清單工作機制週六發布公告〔2048〕4號稱，鐵山解決方案公司（IronMountain Solutions）"
    "已依照規定提出申請並停止相關行為，工作機制決定自公告發布之日起，將該公司移出不可靠實體清單。\n\n"
    "該公司於2025年依據工作機制公告〔2025〕2號被列入清單。\n\n（責任編輯：王○○）\n")


def test_a_weekday_only_lead_is_dated_back_from_the_page_date() -> None:
    ann = _read(_REPRINT)
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("UEL-2048-4", "不可靠实体清单工作机制", "2048-03-07")
    assert acts(ann) == [("remove", "UEL", "2048-03-07", None, ("UEL-2025-2",))]
    assert names_zh_en(ann) == [("铁山解决方案公司", "IronMountain Solutions")]
    quiet(ann)


def test_the_weekday_of_the_reference_day_itself_is_that_day() -> None:
    friday = dt.date(2049, 5, 14)
    assert weekday_on_or_before(friday, "周五") == friday
    assert weekday_on_or_before(friday, "星期六") == dt.date(2049, 5, 8)
