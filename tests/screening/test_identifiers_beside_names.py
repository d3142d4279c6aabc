"""A tax or registry number beside a name (EIN, VAT, DUNS, LEI) is no part of it: the name matches as written alone,
and the match says what was left out. Names of listed entities other than the held-out rows; negatives in the same
form, and words that are no labels (``TIN CAN CO``)."""

from __future__ import annotations

import pytest

from policywatch.screening.identifiers import without_identifiers
from policywatch.screening.matcher import Matcher

THRESHOLD = 0.85


def test_identifiers_are_read_apart() -> None:
    assert without_identifiers("Acme Corp. EIN 12-3456789") == ("Acme Corp.", ("EIN 12-3456789",))
    assert without_identifiers("Acme GmbH, USt-IdNr DE123456789") == ("Acme GmbH", ("USt-IdNr DE123456789",))
    assert without_identifiers("Acme LEI 5493001KJTIIGC8Y1R12") == ("Acme", ("LEI 5493001KJTIIGC8Y1R12",))
    assert without_identifiers("TIN CAN CO") is None and without_identifiers("VAT 69 Distillers") is None


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        ("Red Cat Holdings, Inc. EIN 83-2049011", "Red Cat Holdings, Inc."),
        ("Anduril Industries, Inc. (DUNS 080123456)", "Anduril Industries"),
    ],
)
def test_a_name_with_an_identifier_matches_its_listed_name(listed_matcher: Matcher, line: str, listed: str) -> None:
    found = listed_matcher.match(line)
    assert found and found[0].matched_name == listed and found[0].score >= THRESHOLD
    assert "left out" in found[0].explanation


def test_an_unlisted_name_with_an_identifier_finds_nothing(listed_matcher: Matcher) -> None:
    assert [m for m in listed_matcher.match("Andritz AG VAT ATU12345678") if m.score >= THRESHOLD] == []
