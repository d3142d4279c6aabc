"""Rules of the fourteenth round (issue 19, held-out 12's categories): a town and its US state's code after a name in
words; initials, maybe with a place, then the name they stand for after a dash; initials then a word of the very name
they stand for; a ticker written alone, in the stricter shape a ticker is made in; a Korean brand written in its own
characters before translated words, and a place Chinese translates (费城). Every name is a listed entity of the shared
facts, every query is written here in the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.acronyms import initials_then_name
from policywatch.screening.matcher import Matcher
from policywatch.screening.sites import strip_place_tail
from policywatch.screening.tickers import TickerIndex

LISTED = [
    {"name_en": "Skydio, Inc."},
    {"name_en": "Leidos"},
    {"name_en": "Insitu, Inc."},
    {"name_en": "Lockheed Martin Corporation"},
    {"name_en": "Lockheed Martin Aeronautics"},
    {"name_en": "Lockheed Martin Ventures"},
    {"name_en": "Teledyne Brown Engineering, Inc."},
    {"name_en": "Raytheon Missile Systems"},
    {"name_en": "Dedrone Holdings Inc."},
    {"name_en": "Domo Tactical Communications"},
    {"name_en": "Hanwha Philly Shipyard Inc."},
    {"name_en": "Hanwha Shipping LLC"},
]


def _matcher() -> Matcher:
    return Matcher(LISTED, threshold=0.85)


def test_a_town_and_its_state_after_a_name_is_no_part_of_it() -> None:
    matcher = _matcher()
    for query, listed in (("Skydio Inc. San Mateo CA", "Skydio, Inc."), ("Leidos, Reston VA", "Leidos"),
                          ("Insitu (Bingen, WA)", "Insitu, Inc."),
                          ("Lockheed Martin Fort Worth TX", "Lockheed Martin Corporation")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[2] == 1.0, query
        found = matcher.match(query)[0]
        assert "ignored" in found.explanation and found.query_name == query
    # Martin is a town too; one place is taken off the end, the town with its state, never a word of the name.
    assert strip_place_tail("Lockheed Martin Fort Worth TX") == ("Lockheed Martin", "Fort Worth TX")
    assert strip_place_tail("Skydio MD") == ("Skydio MD", "")  # a state's code alone may be a word of the name


def test_a_name_one_letter_off_with_a_town_after_it_is_no_match() -> None:
    # The name before the place is read for its exact key only: another company in that town as often as a typo.
    assert _top(_matcher(), "Skydia Inc. Austin TX") is None


def test_initials_then_the_name_they_stand_for_after_a_dash() -> None:
    matcher = _matcher()
    for query, listed in (("TBE - Teledyne Brown Engineering", "Teledyne Brown Engineering, Inc."),
                          ("RMS Huntsville - Raytheon Missile Systems", "Raytheon Missile Systems")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed, query
        assert "its initials" in matcher.match(query)[0].explanation
    assert initials_then_name("RMS - Royal Mail Services") == ("Royal Mail Services", "its initials RMS")
    assert _top(matcher, "RMS - Royal Mail Services") is None  # the name in words decides, and it is not listed
    assert initials_then_name("XYZ - Raytheon Missile Systems") is None  # not its initials


def test_initials_then_a_word_of_the_name_they_stand_for() -> None:
    matcher = _matcher()
    top = _top(matcher, "TBE Brown")
    assert top is not None and top[:2] == ("Teledyne Brown Engineering, Inc.", "acronym") and top[2] < 0.85
    assert "its own word 'Brown'" in matcher.match("TBE Brown")[0].explanation
    assert _top(matcher, "TBE Acme") is None  # another body's word
    assert _top(matcher, "TBE Logistics") is None  # a trade's word says nothing of which name


def test_a_ticker_alone_in_the_shape_a_ticker_is_made_in() -> None:
    matcher = _matcher()
    for query, listed in (("LMT", "Lockheed Martin Corporation"), ("LDS", "Leidos")):
        top = _top(matcher, query)
        assert top is not None and top[:2] == (listed, "acronym") and top[2] < 0.85, query
        assert "alone is a ticker" in matcher.match(query)[0].explanation
    # Every word gives its first letter: the parent's ticker, never its units' (Aeronautics, Ventures).
    assert [m.matched_name for m in matcher.match("LMT")] == ["Lockheed Martin Corporation"]
    assert _top(matcher, "DEH") is None  # a vowel of Dedrone: more letters of a word are its consonants
    assert _top(matcher, "DHLD") is None  # letters of Holdings, which every holding company has
    index = TickerIndex()
    index.add(0, "Insitu, Inc.")
    assert index.lookup("INST", alone=True) == [(0, "Insitu, Inc.")]  # every consonant of a one-word name
    assert index.lookup("ISTU", alone=True) == []  # its N left out: a skeleton, not the word's


def test_a_korean_brand_in_its_own_characters_before_translated_words() -> None:
    matcher = _matcher()
    top = _top(matcher, "韩华费城船坞")  # 费城 is Philadelphia, Philly to its people; 船坞 a shipyard
    assert top is not None and top[0] == "Hanwha Philly Shipyard Inc." and top[2] < 0.85
    assert "费城=philly" in matcher.match("韩华费城船坞")[0].explanation
    # One generic word after a firm's own characters sounds like a brand too often (达盛科技 is no Dasen Tech).
    assert _top(matcher, "韩华航运公司") is None
