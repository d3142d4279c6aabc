"""Acronyms of listed names: found only for acronym-looking names, always in the review band, saying which name."""

from __future__ import annotations

from typing import Any

import pytest
from screening_facts import FactEntity, facts_entities

from policywatch.screening.acronyms import readings
from policywatch.screening.matcher import Matcher

THRESHOLD = 0.85


@pytest.fixture(scope="module")
def matcher(facts: dict[str, Any]) -> Matcher:
    entities: list[FactEntity] = facts_entities(facts)
    return Matcher(entities, threshold=THRESHOLD)


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("GDIT", "General Dynamics Information Technology"),
        ("G.D.I.T.", "General Dynamics Information Technology"),
        ("GDIT Inc.", "General Dynamics Information Technology"),
        ("LMMFC", "Lockheed Martin Missiles and Fire Control"),  # linking word left out
        ("GA-ASI", "General Atomics Aeronautical Systems, Inc."),  # with its legal form, split by a hyphen
        ("LM ATL", "Lockheed Martin Advanced Technology Laboratories"),  # two acronyms side by side
        ("AV", "Aero Vironment"),  # letters from inside a word (AeroVironment)
        ("HAI", "HavocAI"),
    ],
)
def test_acronym_is_a_review_hit_naming_the_listed_name(matcher: Matcher, query: str, listed: str) -> None:
    found = matcher.match(query)
    assert found, query
    hit = found[0]
    assert hit.reason == "acronym" and hit.matched_name == listed
    assert hit.score < THRESHOLD  # never a match on its own
    assert hit.explanation.startswith("acronym: ") and repr(listed) in hit.explanation
    assert hit.to_json()["reason"] == "acronym"


@pytest.mark.parametrize(
    "query",
    ["NASA", "IBM", "HSBC", "STS Aviation Group", "SNC-Lavalin Group Inc.", "Gdit", "CPA Global Limited"],
)
def test_caps_words_that_are_no_listed_initials_do_not_hit(matcher: Matcher, query: str) -> None:
    assert [m for m in matcher.match(query) if m.reason == "acronym"] == []


def test_a_listed_word_in_capitals_is_a_name_not_initials(matcher: Matcher) -> None:
    # IHI is how the listed IHI units are named: the parent "IHI Corporation" is related, not an acronym hit.
    found = matcher.match("IHI Corporation")
    assert found and {m.reason for m in found} == {"related"}
    assert all(m.score < THRESHOLD for m in found)
    # A name written all in capitals is words, not acronyms.
    assert matcher.match("LOCKHEED MARTIN")[0].reason == "exact"


def test_readings_of_a_listed_name() -> None:
    # "Missiles" and "Control" are generic words: the distinctive reading leaves them out.
    assert readings("Lockheed Martin Missiles and Fire Control") == {
        "LMMAFC": "all words", "LMMFC": "without linking words", "LMF": "distinctive words only"}
    assert readings("Boeing Defense, Space & Security")["BDS"] == "repeated initials once"
    assert readings("AeroVironment, Inc.")["AV"] == "all words"
    assert readings("Leidos") == {} and readings("莱多斯公司") == {}


def test_a_key_many_entities_share_hits_none() -> None:
    entities = [{"name_en": n} for n in ("Alpha Beta Co", "Able Baker Ltd", "Ace Bolt Inc")]
    assert Matcher(entities, threshold=THRESHOLD).match("AB") == []
    assert Matcher(entities[:1], threshold=THRESHOLD).match("AB")[0].reason == "acronym"


@pytest.mark.parametrize(
    "query",
    ["DTC DESERT TIMBER CO", "DTC Delta Towing CO", "GDIT GENERAL DEVICES INTERNATIONAL TRADING"],
)
def test_initials_before_their_own_words_are_that_body_s(matcher: Matcher, query: str) -> None:
    # The words after the initials are what they stand for: another body with the same initials as a listed name,
    # not a town and its state after them ("Desert Timber CO"). The initials alone, or with a town, stay a review hit.
    assert [m for m in matcher.match(query) if m.reason == "acronym"] == []
    assert matcher.match("DTC DENVER CO")[0].reason == "acronym"
    # A known town and its state are a place, though their initials are the acronym's (Alexandria, VA: AV).
    assert matcher.match("AV ALEXANDRIA VA")[0].reason == "acronym"


def test_initials_before_the_listed_name_in_words_match_that_name(matcher: Matcher) -> None:
    found = matcher.match("GDLS GENERAL DYNAMICS LAND SYSTEMS")
    assert found and found[0].matched_name == "General Dynamics Land Systems" and found[0].reason == "exact"
    assert "its initials GDLS" in found[0].explanation
