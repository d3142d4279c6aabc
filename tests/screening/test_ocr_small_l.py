"""A scan's small l for a capital I in a line of capitals (``TEAL DRONES lNC``) is read as I (``ocr_digits``); a line
in mixed case keeps its l's. Listed entities of the shared facts other than the held-out rows."""

from __future__ import annotations

import pytest

from policywatch.screening.matcher import Matcher
from policywatch.screening.ocr_digits import read_l_slips

THRESHOLD = 0.85


def test_small_ls_in_capitals_are_read_as_i() -> None:
    assert read_l_slips("BLUE FORCE TECHNOLOGlES lNC") == "BLUE FORCE TECHNOLOGIES INC"
    assert read_l_slips("SHIPPER: lNTELLlGENT EPlTAXY TECHNOLOGY") == "SHIPPER: INTELLIGENT EPITAXY TECHNOLOGY"


@pytest.mark.parametrize("line", ["Blue Force Technologies", "McLELLAN AVIATION", "Intelligent Epitaxy", "ACME l"])
def test_a_line_in_mixed_case_keeps_its_ls(line: str) -> None:
    assert read_l_slips(line) is None


@pytest.mark.parametrize(("line", "listed"), [
    ("BLUE FORCE TECHNOLOGlES lNC", "Blue Force Technologies"),
    ("SlERRA TECHNlCAL SERVlCES lNC", "Sierra Technical Services, Inc."),
])
def test_a_scanned_name_matches(listed_matcher: Matcher, line: str, listed: str) -> None:
    found = [m for m in listed_matcher.match(line) if m.score >= THRESHOLD]
    assert found and found[0].entity.label == listed and "small l's as I" in found[0].explanation


def test_an_unlisted_scanned_name_finds_nothing(listed_matcher: Matcher) -> None:
    assert [m for m in listed_matcher.match("ANDRlTZ HYDRO lNC") if m.score >= THRESHOLD] == []
