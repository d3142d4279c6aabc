"""Initials in a trade document's party line: a label with its document before it (``B/L CONSIGNEE:``, ``L/C <no>
BENEFICIARY``, ``INVOICE TO:``, ``VENDOR``), towns and a prefecture or a postal code before a foreign country, an
address in comma-parted lines, a ``C/O`` before the address, a file's own party number in brackets, a prefecture
after a site. Listed entities of the shared facts other than the held-out rows; quiet twins: another firm's words
after the same initials, a legal form after the comma, a bracket that holds no number."""

from __future__ import annotations

import pytest

from policywatch.screening.identifiers import without_identifiers
from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher


def _acronym_of(matcher: Matcher, line: str) -> str | None:
    found = matcher.match(line)
    return found[0].entity.label if found and found[0].reason == "acronym" else None


@pytest.mark.parametrize(("line", "listed"), [
    ("B/L CONSIGNEE: BFT MOORESVILLE NC", "Blue Force Technologies"),
    ("L/C 2045LC0442 BENEFICIARY AAC LAKELAND FL", "Advanced Acoustic Concepts"),
    ("INVOICE TO: BFT MOORESVILLE NC EIN 45-2045991", "Blue Force Technologies"),
    ("INV FROM BFT, MOORESVILLE, NC 28117", "Blue Force Technologies"),
    ("SHIPPER: NDA YOKOSUKA KANAGAWA JAPAN", "National Defense Academy of Japan"),
    ("SHIPPER: NDA YOKOSUKA 239 JAPAN", "National Defense Academy of Japan"),
    ("CONSIGNEE: BFT C/O MOORESVILLE NC 28117 USA", "Blue Force Technologies"),
    ("AAC LAKELAND FLORIDA (CUSTOMER NO. 0071)", "Advanced Acoustic Concepts"),
    ("CONSIGNEE: NDA YOKOSUKA RESEARCH CENTER KANAGAWA", "National Defense Academy of Japan"),
    ("BILL TO: GD MISSION SYSTEMS (MS) SCOTTSDALE AZ", "General Dynamics Mission Systems"),
])
def test_initials_in_a_trade_documents_line_meet_the_acronym_index(listed_matcher: Matcher, line: str,
                                                                   listed: str) -> None:
    assert _acronym_of(listed_matcher, line) == listed


def test_initials_before_an_address_in_comma_parted_lines() -> None:
    found = read_line("CONSIGNEE: CSBC, XIAOGANG DIST, KAOHSIUNG CITY TW")
    assert found is not None and found.name == "CSBC" and "XIAOGANG DIST, KAOHSIUNG CITY TW" in found.dropped


def test_another_firms_word_after_the_initials_is_no_town(listed_matcher: Matcher) -> None:
    assert _acronym_of(listed_matcher, "SHIPPER: NDA LOGISTICS YOKOSUKA JAPAN") is None


def test_a_legal_form_after_the_comma_keeps_the_name_whole() -> None:
    found = read_line("CONSIGNEE: XYZ, INC., SPRINGFIELD, IL 62701")
    assert found is not None and found.name.startswith("XYZ, INC.")


def test_a_bracket_without_a_number_is_no_file_number() -> None:
    assert without_identifiers("Acme Widgets (Party Supplies)") is None
    assert without_identifiers("Acme Widgets (PARTY ID 4471)") == ("Acme Widgets", ("PARTY ID 4471",))


def test_a_bracket_that_is_no_initials_of_the_words_before_it_stays() -> None:
    found = read_line("BILL TO: ACME WIDGET WORKS (XYZ) SPRINGFIELD IL")
    assert found is not None and "(XYZ)" not in found.dropped
