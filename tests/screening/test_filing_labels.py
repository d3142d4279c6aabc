"""The party labels of an export filing, a customs entry and a draft (``DECLARANT:``, ``ULTIMATE CONSIGNEE:``,
``IMPORTER OF RECORD:``, ``DRAWEE:``) are left out as a bill of lading's are: initials with a town and an
identifier after the label meet the acronym index as they do without it. Listed entities of the shared facts other
than the held-out rows; quiet twins: the word in a name without its colon, and an unlisted party."""

from __future__ import annotations

import pytest

from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher

THRESHOLD = 0.85


@pytest.mark.parametrize(("line", "bare", "listed"), [
    ("DECLARANT: BFT MOORESVILLE NC EIN 45-2045991", "BFT MOORESVILLE NC", "Blue Force Technologies"),
    ("ULTIMATE CONSIGNEE: AAC LAKELAND FL", "AAC LAKELAND FL", "Advanced Acoustic Concepts"),
])
def test_initials_after_a_filing_label_meet_the_acronym_index(listed_matcher: Matcher, line: str, bare: str,
                                                              listed: str) -> None:
    plain = [(m.entity.label, m.reason, m.score) for m in listed_matcher.match(bare)]
    labelled = [(m.entity.label, m.reason, m.score) for m in listed_matcher.match(line)]
    assert plain and plain[0][:2] == (listed, "acronym") and labelled[0] == plain[0]


def test_a_name_after_a_filing_label_matches(listed_matcher: Matcher) -> None:
    found = [m for m in listed_matcher.match("IMPORTER OF RECORD: Epirus, Inc.") if m.score >= THRESHOLD]
    assert found and found[0].entity.label == "Epirus, Inc." and "'IMPORTER OF RECORD' left out" in found[0].explanation


def test_the_word_without_its_colon_is_the_names() -> None:
    assert read_line("Drawer Systems Inc") is None


def test_an_unlisted_declarant_finds_nothing(listed_matcher: Matcher) -> None:
    assert [m for m in listed_matcher.match("DECLARANT: ANDRITZ AG GRAZ") if m.score >= THRESHOLD] == []
