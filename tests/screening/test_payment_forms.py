"""Payment and data-file layouts around a name (issue 19, held-out 17's forms): an ISO 20022 fragment, an MT field's
tag and account, a mainframe export's columns and a name cut at its column, a payment's reference, an e-mail
signature, full-width capitals with a town, a division's or an owner's note, a former name, an airline booking's
passenger, and a ticker after an exchange. Every name is a listed entity of the shared facts that no held-out 17 row
names, written here in those forms."""

from __future__ import annotations

import pytest
from screening_facts import facts_entities

from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher, Query
from policywatch.screening.payment_tags import read_tags

_MATCHER = Matcher(facts_entities(), threshold=0.85)


def _best(name: str) -> tuple[str, str] | None:
    """(the listed entity, the explanation) of the best hit that is not a related entity."""
    found = [m for m in _MATCHER.match_many([Query(name)])[0] if m.reason != "related"]
    return (found[0].entity.label, found[0].explanation) if found else None


@pytest.mark.parametrize(("line", "listed"), [
    ("<Cdtr><Nm>LEIDOS</Nm><PstlAdr><TwnNm>RESTON</TwnNm><Ctry>US</Ctry></PstlAdr></Cdtr>", "Leidos"),
    ("<DBTR><NM>BRINC DRONES INC</NM></DBTR>", "BRINC Drones, Inc."),
    (":59:/0045821234 TEAL DRONES INC SALT LAKE CITY UT", "Teal Drones, Inc."),
    (":50K:/US0045821235 RED SIX SOLUTIONS ARLINGTON VA US", "Red Six Solutions"),
    ("59 /0045821236 BLUE FORCE TECHNOLOGIES MORRISVILLE NC", "Blue Force Technologies"),
    ("INSITU INC           BINGEN        WA 00500", "Insitu, Inc."),
    ("The EPIRUS INC       TORRANCE      CA 00501", "Epirus, Inc."),
    ("BLUE FORCE TECHNOL 0045123 MORRISVILLE", "Blue Force Technologies"),
    ("PMT REF BRINC DRONES INC SEATTLE WA INV 2045-0102", "BRINC Drones, Inc."),
    ("LEIDOS RESTON VA 20190 REF 2045-0033", "Leidos"),
    ("Kind regards, Epirus, Inc. | Torrance, CA", "Epirus, Inc."),
    ("Best regards Teal Drones Inc | Salt Lake City UT", "Teal Drones, Inc."),
    ("ＬＥＩＤＯＳ　ＩＮＣ．　ＲＥＳＴＯＮ", "Leidos"),
    ("ＲＥＤ　ＳＩＸ　ＳＯＬＵＴＩＯＮＳ　ＡＲＬＩＮＧＴＯＮ", "Red Six Solutions"),
    ("Teal Drones, a Red Cat company", "Teal Drones, Inc."),
    ("Tactical Radios, a division of Domo Tactical Communications", "Domo Tactical Communications"),
    ("Aerkomm Inc. (formerly Maple Tree Kids Inc.)", "Aerkomm Inc."),
    ("CARNOVALE/MICHAEL J MR", "Michael J. Carnovale"),
    ("CANTILLON/JOHN MR", "John Cantillon"),
])
def test_a_payment_or_data_file_line_finds_its_listed_name(line: str, listed: str) -> None:
    best = _best(line)
    assert best is not None and best[0] == listed, best
    assert repr(line) in best[1]  # the reason names the line it read the name from


@pytest.mark.parametrize("line", [
    "NYSE: DTC",  # initials of a name with no legal form: no traded company's ticker
    "CARNOVALE/MARIA MS",
    "<Cdtr><Nm>Skyworks Solutions Inc</Nm><PstlAdr><TwnNm>Irvine</TwnNm></PstlAdr></Cdtr>",
    "DTC DEPOSITORY TRUST CO NEW YORK",
])
def test_other_parties_in_those_layouts_stay_apart(line: str) -> None:
    assert _best(line) is None


@pytest.mark.parametrize(("line", "listed"), [("NYSE: GD", "General Dynamics"),
                                              ("NASDAQ: ULH", "Universal Logistics Holdings, Inc.")])
def test_a_traded_companys_ticker_after_its_exchange_still_reads(line: str, listed: str) -> None:
    best = _best(line)
    assert best is not None and best[0] == listed


def test_the_layouts_say_what_they_left_out() -> None:
    xml = read_tags("<Cdtr><Nm>LEIDOS</Nm><PstlAdr><TwnNm>RESTON</TwnNm><Ctry>US</Ctry></PstlAdr></Cdtr>")
    assert xml is not None and xml.name == "LEIDOS" and xml.dropped == ("RESTON US",)
    mt = read_tags(":59:/0045821234 TEAL DRONES INC")
    assert mt is not None and mt.name == "TEAL DRONES INC" and mt.dropped == (":59:", "/0045821234")
    assert read_tags("Teal Drones, Inc.") is None
    columns = read_line("INSITU INC           BINGEN        WA 00500")
    assert columns is not None and columns.name == "INSITU INC" and columns.dropped == ("BINGEN", "WA 00500")
    cut = read_line("BLUE FORCE TECHNOL 0045123 MORRISVILLE")
    assert cut is not None and cut.name == "BLUE FORCE TECHNOL" and cut.cut
    # Doubled spaces are no columns: the name is read whole.
    doubled = read_line("BLUE  FORCE  TECHNOLOGIES")
    assert doubled is None or doubled.name == "BLUE FORCE TECHNOLOGIES"
    division = read_line("Tactical Radios, a division of Domo Tactical Communications")
    assert division is not None and division.name == "Tactical Radios"
    assert ("Domo Tactical Communications", "the company it is a division or business of") in division.extras
    booking = read_line("CANTILLON/JOHN MR")
    assert booking is not None and booking.name == "JOHN CANTILLON" and booking.dropped == ("MR",)
