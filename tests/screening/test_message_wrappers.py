"""Counterparties inside structured payment and trade messages (issue 19): a Fedwire tag, an X12 ``N1`` or EDIFACT
``NAD`` segment, an MT940 ``:86:`` field's ``?32``/``?33``, an MT700 field, a NACHA company name cut at its 16
characters, an ISIN before the name, a website's name written with initials, and a ticker with its venue's suffix.
Each listed name is a real entity of the shared facts written in the form; each negative is an unlisted name in the
same wrapper. Identifiers and accounts are invented."""

from __future__ import annotations

import pytest
from screening_facts import facts_entities

from policywatch.screening.identifiers import isin_valid, without_identifiers
from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher, Query
from policywatch.screening.payment_tags import read_tags
from policywatch.screening.trade_segments import read_segment

_THRESHOLD = 0.85
_MATCHER = Matcher(facts_entities(), threshold=_THRESHOLD)


def _best(name: str) -> tuple[str, float, str] | None:
    """(the listed entity, the score, the explanation) of the best hit that is not a related entity."""
    found = [m for m in _MATCHER.match_many([Query(name)])[0] if m.reason != "related"]
    return (found[0].entity.label, found[0].score, found[0].explanation) if found else None


@pytest.mark.parametrize(("line", "listed"), [
    ("{4200}D0045821370*TELEDYNE BROWN ENGINEERING INC*300 SPARKMAN DR*HUNTSVILLE AL 35805*",
     "Teledyne Brown Engineering, Inc."),
    ("{5000}D987654321*EPIRUS INC*TORRANCE CA*", "Epirus, Inc."),
    ("{6000}SHIELD AI INC*INVOICE 2045-0102*", "Shield AI, Inc."),
    ("N1*ST*SHIELD AI INC*92*0012345~N3*600 W BROADWAY~N4*SAN DIEGO*CA*92101~", "Shield AI, Inc."),
    ("N1*PE*OCEANEERING INTERNATIONAL INC*91*V2045~", "Oceaneering International, Inc."),
    ("NAD+SU+0012345::92++TEAL DRONES INC+1 MAIN ST+SALT LAKE CITY++84101+US'", "Teal Drones, Inc."),
    ("NAD+CN+++SHIELD AI:INC+600 W BROADWAY+SAN DIEGO++92101+US'", "Shield AI, Inc."),
    ("NAD+SU+++MITSUBISHI HEAVY INDUSTRIES MARITIM:E SYSTEMS LTD+1 WADASAKI+KOBE++6528585+JP'",
     "Mitsubishi Heavy Industries Maritime Systems, Ltd."),
    (":86:166?00GUTSCHRIFT?20INV 2045-0102?30DEUTDEFFXXX?31DE44500105175407324931?32OCEANEERING INTERNATIONAL I"
     "?33NC", "Oceaneering International, Inc."),
    (":86:166?00SEPA-UEBERWEISUNG?20RE 2045-17?32SARONIC TECHNOLOGIES ?33INC", "Saronic Technologies, Inc."),
    ("MT700 :59:RED CAT HOLDINGS INC SAN JUAN PR", "Red Cat Holdings, Inc."),
    (":59:0045821370 EPIRUS INC TORRANCE CA", "Epirus, Inc."),
    (":50K:/0045821370\nTEAL DRONES INC\nSALT LAKE CITY UT", "Teal Drones, Inc."),
    ("US0045821370 TELEDYNE BROWN ENGINEERING INC", "Teledyne Brown Engineering, Inc."),
    ("Oceaneering International, Inc. ISIN JP3900002043", "Oceaneering International, Inc."),
    ("ACH PPD CO NAME:MARVIN ENGINEERI", "Marvin Engineering Company, Inc."),
])
def test_a_wrapped_name_written_in_full_matches(line: str, listed: str) -> None:
    best = _best(line)
    assert best is not None and best[0] == listed and best[1] >= _THRESHOLD, best
    assert repr(line) in best[2]  # the reason names the line the name was read from


@pytest.mark.parametrize("line", [
    "{4200}D0045821370*ACME WIDGETS INC*1 MAIN ST*SPRINGFIELD IL*",
    "N1*VN*TELEDYNE ENERGY SYSTEMS INC*92*0012345~",
    "NAD+BY+++SHIELD SECURITY INC+1 MAIN ST+SPRINGFIELD++62701+US'",
    ":86:166?00GUTSCHRIFT?32ACME WIDGET CORPORATI?33ON",
    "MT700 :50:ACME WIDGETS INC SPRINGFIELD IL",
    "ACH CCD CO NAME:ACME WIDGETS INC",
    "ACH CCD CO NAME:OCEANEERING SUPP",
    "US0045821371 TELEDYNE ENERGY SYSTEMS",  # a wrong check digit, and an unlisted Teledyne unit
])
def test_an_unlisted_name_in_the_same_wrapper_is_no_hit(line: str) -> None:
    assert _best(line) is None


def test_the_address_lines_and_identifiers_are_left_out_as_places() -> None:
    fed = read_tags("{4200}D0045821370*TELEDYNE BROWN ENGINEERING INC*300 SPARKMAN DR*HUNTSVILLE AL 35805*")
    assert fed is not None and fed.name == "TELEDYNE BROWN ENGINEERING INC"
    assert fed.dropped == ("{4200}", "D0045821370", "300 SPARKMAN DR", "HUNTSVILLE AL 35805")
    x12 = read_segment("N1*ST*SHIELD AI INC*92*0012345~N3*600 W BROADWAY~N4*SAN DIEGO*CA*92101~")
    assert x12 is not None and x12.name == "SHIELD AI INC"
    assert x12.dropped == ("N1*ST", "92", "0012345", "600 W BROADWAY", "SAN DIEGO CA 92101")
    released = read_segment("NAD+BY+++GIBBS ?+ COX INC+1 MAIN ST+ARLINGTON++22202+US'")
    assert released is not None and released.name == "GIBBS + COX INC"


def test_a_name_over_two_subfields_is_joined_both_ways() -> None:
    mid_word = read_tags(":86:166?32OCEANEERING INTERNATIONAL I?33NC")
    assert mid_word is not None and mid_word.name == "OCEANEERING INTERNATIONAL INC"
    assert mid_word.extras == (("OCEANEERING INTERNATIONAL I NC", "the name over ?32 and ?33 joined the other way"),)
    word_end = read_tags(":86:166?32SARONIC TECHNOLOGIES ?33INC")
    assert word_end is not None and word_end.name == "SARONIC TECHNOLOGIES INC"


@pytest.mark.parametrize(("line", "listed"), [
    ("ACH CCD CO NAME:TELEDYNE BROWN E", "Teledyne Brown Engineering, Inc."),
    ("ORIG CO NAME:SIERRA TECHNICAL ORIG ID:0045821370 DESC DATE:450101", "Sierra Technical Services, Inc."),
    ("gdlandsystems.com", "General Dynamics Land Systems"),
    ("accounts@gdlandsystems.com", "General Dynamics Land Systems"),
    ("www.tbeinc.com", "Teledyne Brown Engineering, Inc."),
    ("VSEC.OQ", "VSE Corporation"),
    ("OII.N", "Oceaneering International, Inc."),
    ("LDOS.N", "Leidos"),
])
def test_a_cut_name_a_site_with_initials_or_a_suffixed_ticker_is_a_review_hit(line: str, listed: str) -> None:
    best = _best(line)
    assert best is not None and best[0] == listed and best[1] < _THRESHOLD, best


@pytest.mark.parametrize("line", [
    "gdlandscaping.com",  # initials and words of no listed name
    "acmecorp.com",
    "tbeindustries.com",
    "VSEC.TO",  # a Canadian venue: no US company's ticker
    "ZZZZ.N",
    "1234.T",
    "HANWHA OCEAN",  # two words of a longer name, with no field that says they were cut
])
def test_other_sites_and_tickers_are_nothing(line: str) -> None:
    assert _best(line) is None


def test_the_isin_check_digit_keeps_words_and_other_codes_apart() -> None:
    assert isin_valid("US0045821370") and not isin_valid("US0045821371")
    assert without_identifiers("US0045821370 TELEDYNE BROWN ENGINEERING INC") == (
        "TELEDYNE BROWN ENGINEERING INC", ("ISIN US0045821370",))
    assert without_identifiers("US0045821371 TELEDYNE BROWN ENGINEERING INC") is None
    assert read_line("INTERNATIONA1 WIDGETS") is None


@pytest.mark.parametrize(("line", "name"), [
    ("www.red-six-solutions.com", "red six solutions"),  # a hyphen parts the website name's words
    ("ap@mail.epirus.com", "epirus"),  # the label before the public suffix, not a mail host's
    ("sales@shieldai.com.au", "shieldai"),  # a country's second level is the suffix's
    ("www.dzyne.aero", "dzyne"),
])
def test_a_website_or_mail_address_is_read_as_the_label_before_its_suffix(line: str, name: str) -> None:
    parts = read_line(line)
    assert parts is not None and parts.name == name


def test_a_statement_line_wrapped_inside_a_subfield_is_read_as_one() -> None:
    wrapped = read_tags(":86:166?00GUTSCHRIFT?20INV 2045-0102?32OCEANEERING INTERNATI\nONAL INC")
    assert wrapped is not None and wrapped.name == "OCEANEERING INTERNATIONAL INC"
