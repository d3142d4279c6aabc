"""A release on the ministry's English site is read as the Chinese notice is: its number, signing body, dates (day-
month-year or month-day-year), the decision to add to or remove from a list, its start and the names listed
``(a)`` ``(b)`` (``parsers/english_release``). A Chinese notice quoting English words, and an English release on
no list, are left as they were. Texts written for these tests (issue 16); names from /work/shared, numbers and
dates made up."""

from __future__ import annotations

import datetime as dt

from grammar_helpers import acts, names, quiet
from grammar_helpers import read as _read

from policywatch.parsers.dates import find_dates
from policywatch.parsers.english_release import from_english

_UEL_ADD = (
    "Ministry of Commerce of the People's Republic of China\nHome > Policy Release > Announcements\n\n"
    "Unreliable Entity List Working Mechanism Announcement No. 3 of 2049 on Adding Two Entities to the "
    "Unreliable Entity List\n\nRelease date: January 20, 2049\n\n"
    "In accordance with the Provisions on the Unreliable Entity List, the working mechanism has decided to add "
    "the following two entities to the Unreliable Entity List:\n\n(a) Aerkomm Inc.\n(b) Cyberlux Corporation\n\n"
    "This announcement shall come into force on February 1, 2049.\n\n"
    "Unreliable Entity List Working Mechanism\nJanuary 20, 2049\n")
_ECL_REMOVE = (
    "MOFCOM Announcement No. 12 of 2049 on Removing One Entity from the Export Control Control List\n\n"
    "In accordance with the Export Control Law of the People's Republic of China, the Ministry of Commerce has "
    "decided to remove Alliant Techsystems Operations LLC from the Export Control Control List, with effect from "
    "10 May 2049. This announcement shall take effect from the date of its publication.\n\n"
    "Ministry of Commerce\n6 May 2049\n")
_EN_NEGATIVE = (
    "MOFCOM Announcement No. 13 of 2049 on the Final Ruling of the Anti-dumping Investigation\n\n"
    "The Ministry of Commerce has decided to impose anti-dumping duties on imports of the product concerned from "
    "the United States, with effect from 1 June 2049, for a period of five years as set out in the annex.\n\n"
    "Ministry of Commerce\n20 May 2049\n")


def test_english_dates_are_read_day_month_year_and_month_day_year() -> None:
    assert [d.date for d in find_dates("from 5 March 2049 to March 31, 2049; 2 Sept. 2049")] == [
        dt.date(2049, 3, 5), dt.date(2049, 3, 31), dt.date(2049, 9, 2)]
    # A word that opens like a month, and a day past the month's end, are no dates.
    assert find_dates("Mayor 5, 2049") == [] and find_dates("31 February 2049") == []


def test_an_english_uel_addition_is_read_whole() -> None:
    ann = _read(_UEL_ADD)
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("UEL-2049-3", "不可靠实体清单工作机制", "2049-01-20")
    assert acts(ann) == [("add", "UEL", "2049-02-01", None, ())]
    assert names(ann) == [(None, "Aerkomm Inc.", "organization"), (None, "Cyberlux Corporation", "organization")]
    quiet(ann)


def test_an_english_ecl_removal_in_one_sentence_is_read() -> None:
    ann = _read(_ECL_REMOVE)
    assert (ann["doc_id"], ann["issuer"], ann["published"]) == ("MOFCOM-2049-12", "商务部", "2049-05-06")
    assert acts(ann) == [("remove", "ECL", "2049-05-10", None, ())]
    assert names(ann) == [(None, "Alliant Techsystems Operations LLC", "organization")]


def test_an_english_release_on_no_list_and_a_chinese_text_are_left_alone() -> None:
    quiet_one = _read(_EN_NEGATIVE)
    assert quiet_one["doc_id"] == "MOFCOM-2049-13" and not quiet_one["actions"] and not quiet_one["needs_review"]
    chinese = ("商务部公告2049年第14号\n商务部决定将美国Aerkomm Inc.（has decided to add, 5 March 2049）列入出口管制"
               "管控名单。\n商务部\n2049年5月6日")
    assert from_english(chinese) == chinese
