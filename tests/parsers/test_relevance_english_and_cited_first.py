"""Relevance the grammar must not miss though it reads no action: a release in English naming a list in a sentence
that decides, and a status change written with the cited listing before its verb. Each is then flagged, not silent;
the negatives sharing the words stay quiet. Texts written for these tests (issue 16); numbers and dates made up."""

from __future__ import annotations

from grammar_helpers import flagged as _flagged
from grammar_helpers import read as _read

_EN_ADD = ("MOFCOM Announcement No. 4 of 2049 on Adding One U.S. Entity to the Unreliable Entity List\n\n"
           "The working mechanism has decided to add Red Cat Holdings, Inc. to the Unreliable Entity List, with "
           "effect from 1 February 2049.\n\nMinistry of Commerce\n20 January 2049\n")
_EN_NEGATIVE = ("MOFCOM Announcement No. 5 of 2049 on the Final Ruling of the Anti-dumping Investigation\n\n"
                "The Ministry of Commerce has decided to impose anti-dumping duties on imports of the product "
                "concerned, with effect from 1 February 2049.\n\nMinistry of Commerce\n20 January 2049\n")
_QA = ("商务部新闻发言人就不可靠实体清单有关问题答记者问\n2049-01-20 10:00　来源：商务部新闻发言人\n\n"
       "问：工作机制是否调整有关措施？\n"
       "答：经研究，工作机制决定，自2049年2月1日起，对工作机制公告〔2025〕9号所列实体暂停实施相关处理措施，"
       "为期三十日。\n")
_QA_NEGATIVE = ("商务部新闻发言人就贸易统计有关问题答记者问\n2049-01-20 10:00　来源：商务部新闻发言人\n\n"
                "问：统计口径有何变化？\n答：2049年1月起，月度统计数据按新口径发布，此前口径同时停止使用。\n")


def test_an_english_release_adding_to_a_list_is_relevant_and_flagged_when_unread() -> None:
    ann = _read(_EN_ADD)
    assert ann["actions"] or _flagged(ann, "no action read")
    quiet = _read(_EN_NEGATIVE)
    assert not quiet["actions"] and not quiet["needs_review"], quiet["review_reasons"]


def test_a_status_change_of_a_cited_listing_written_before_its_verb_is_not_silent() -> None:
    ann = _read(_QA)
    assert ann["actions"] or _flagged(ann, "no action read")
    quiet = _read(_QA_NEGATIVE)
    assert not quiet["actions"] and not quiet["needs_review"], quiet["review_reasons"]
