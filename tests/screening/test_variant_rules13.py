"""Rules of the fifteenth round (issue 19, held-out 13's categories): Taiwan's (股)公司; a bracketed country, acronym
or English name inside a Chinese name, each a reading of its own; "X c/o Y" and "X, Department of …"; initials with
a site in words after them; a one-word name's ticker ending in its last syllable; no ticker reading of a name with a
legal form; a surname with an initial; a silent final e; initials beside shortened words. Every name is a listed
entity of the shared facts, every query is written here in the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.bracketed import bracketed_part
from policywatch.screening.departments import department_tail
from policywatch.screening.matcher import Matcher, sound_slip_key
from policywatch.screening.normalize import normalize
from policywatch.screening.persons import surname_and_initial
from policywatch.screening.site_tail import initials_then_site

LISTED = [
    {"name_en": "General Dynamics Land Systems", "name_zh": "通用动力陆地系统公司", "country": "US"},
    {"name_en": "General Dynamics Mission Systems", "name_zh": "通用动力任务系统公司", "country": "US"},
    {"name_en": "CSBC Corporation,Taiwan", "name_zh": "国际造船股份有限公司", "country": "TW"},
    {"name_en": "Skydio, Inc.", "country": "US"},
    {"name_en": "Neros Technologies", "country": "US"},
    {"name_en": "Leidos", "name_zh": "莱多斯公司", "country": "US"},
    {"name_en": "Sierra Nevada Corporation", "name_zh": "内华达山脉公司", "country": "US"},
    {"name_en": "Domo Tactical Communications"},
    {"name_en": "Blue Force Technologies"},
    {"name_en": "Cyberlux Corporation"},
    {"name_en": "Oceaneering International, Inc."},
    {"name_en": "Palmer Luckey", "kind": "person"},
    {"name_en": "Gibbs & Cox, Inc."},
    {"name_en": "Mitsubishi Heavy Industries Aero Engines, Ltd.", "name_zh": "三菱重工航空发动机株式会社"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)
_CUT = 0.85


def _found(query: str) -> tuple[str, str, float] | None:
    return _top(_MATCHER, query)


def test_taiwan_short_legal_form_is_read_as_the_full_one() -> None:
    assert normalize("國際造船(股)公司").key == normalize("国际造船股份有限公司").key
    found = _found("國際造船（股）公司")
    assert found is not None and found[0] == "国际造船股份有限公司" and found[1] == "exact"


def test_bracketed_part_of_a_chinese_name() -> None:
    part = bracketed_part("通用动力陆地系统公司（美国）")
    assert part is not None and part.rest == "通用动力陆地系统公司" and part.inner == "美国" and not part.latin
    latin = bracketed_part("斯凯迪奥（Skydio）无人机")
    assert latin is not None and latin.rest == "斯凯迪奥无人机" and latin.latin
    assert bracketed_part("Skydio (USA)") is None  # a Latin name's brackets are read elsewhere


def test_bracketed_country_must_be_the_listed_entitys() -> None:
    found = _found("通用动力陆地系统公司（美国）")
    assert found is not None and found[0] == "通用动力陆地系统公司"
    assert "美国" in _MATCHER.match("通用动力陆地系统公司（美国）")[0].explanation
    assert _found("通用动力陆地系统公司（日本）") is None  # another country: not the listed unit


def test_bracketed_acronym_or_english_name_is_a_reading_of_its_own() -> None:
    # The sounds of the name with its bracket led astray at first; the name without it is the listed one.
    found = _found("通用动力任务系统（GDMS）")
    assert found is not None and found[0] == "通用动力任务系统公司" and found[2] == 1.0
    # A Chinese rendering nothing lists, with the English name in brackets: the English name read alone.
    found = _found("斯凯迪奥（Skydio）无人机")
    assert found is not None and found[0] == "Skydio, Inc."
    assert "read on its own" in _MATCHER.match("斯凯迪奥（Skydio）无人机")[0].explanation


def test_care_of_names_the_counterparty_before_it() -> None:
    assert department_tail("Skydio, Inc. c/o Registered Agents Ltd") == ("Skydio, Inc.",
                                                                         "c/o Registered Agents Ltd")
    for query, listed in (("Skydio, Inc. c/o Registered Agents Ltd", "Skydio, Inc."),
                          ("Neros Technologies C/O Leidos", "Neros Technologies"),
                          ("Palmer Luckey care of Neros Technologies", "Palmer Luckey")):
        found = _found(query)
        assert found is not None and found[0] == listed, query
        assert "addressee, ignored" in _MATCHER.match(query)[0].explanation
    assert _found("Orbital Widgets c/o Leidos") is None  # the listed name is only the mail's holder


def test_department_named_by_its_subject() -> None:
    assert department_tail("Sierra Nevada Corporation, Department of Flight Test") == (
        "Sierra Nevada Corporation", "Department of Flight Test")
    found = _found("Sierra Nevada Corporation, Dept. of Space Systems")
    assert found is not None and found[0] == "Sierra Nevada Corporation"


def test_initials_with_a_site_in_words_after_them() -> None:
    assert initials_then_site("GDLS Corporate HQ Sterling VA") == ("GDLS", "Corporate HQ Sterling VA")
    assert initials_then_site("OII Houma Township") == ("OII", "Houma Township")
    for query, listed in (("GDLS Corporate HQ Sterling VA", "General Dynamics Land Systems"),
                          ("DTC Riverside Flight Operations", "Domo Tactical Communications"),
                          ("OII Houma Township", "Oceaneering International, Inc.")):
        found = _found(query)
        assert found is not None and found[0] == listed and found[1] == "acronym" and found[2] < _CUT, query
    # The rest of another company's name, a legal form, or the initials' own expansion: no site.
    for query in ("GDLS Nanotech", "OII Kwikform", "DTC Labs, Inc.", "DTC Delta Tango Club", "GDLS Holdings Park"):
        assert _found(query) is None, query


def test_ticker_of_one_word_ending_in_its_last_syllable() -> None:
    found = _found("CYBL Denver")
    assert found is not None and found[0] == "Cyberlux Corporation" and found[1] == "acronym" and found[2] < _CUT
    assert _found("CYBL") is None  # a ticker alone is too many strings


def test_no_ticker_reading_with_a_legal_form() -> None:
    found = _found("BFRC")
    assert found is not None and found[0] == "Blue Force Technologies" and found[1] == "acronym"
    assert _found("BFRC, Inc.") is None  # a company named BFRC


def test_surname_with_an_initial() -> None:
    assert surname_and_initial("LUCKEY, P.") == ("luckey", "p")
    assert surname_and_initial("P. Luckey") == ("luckey", "p")
    assert surname_and_initial("Ng, P.") is None  # too short a surname to say whose
    found = _found("LUCKEY, P.")
    assert found is not None and found[0] == "Palmer Luckey" and found[2] < _CUT
    assert _found("Luckey, J.") is None  # another initial: another person


def test_silent_final_e_is_one_slip() -> None:
    assert sound_slip_key("coxe") == sound_slip_key("cox")
    found = _found("Gibbs and Coxe Inc.")
    assert found is not None and found[0] == "Gibbs & Cox, Inc."


def test_initials_beside_shortened_words() -> None:
    # "MHI" may shorten nothing once "ENG" … are read; each listed word is written out once.
    found = _found("MHI AERO ENGS LTD")
    assert found is not None and found[0] == "Mitsubishi Heavy Industries Aero Engines, Ltd."
    assert found[1] == "acronym" and found[2] < _CUT


_COUNTRY_ARM = Matcher([{"name_en": "Elbit Systems of America, LLC"}, {"name_en": "Leidos"}], threshold=_CUT)


def test_short_form_keeps_the_country_of_the_groups_arm() -> None:
    found = _top(_COUNTRY_ARM, "Elbit America")
    assert found is not None and found[0] == "Elbit Systems of America, LLC" and found[2] < _CUT
    assert _top(_COUNTRY_ARM, "Elbit Systems") is None  # the group's name: its parent, not the unit


def test_chinese_rendering_of_the_arms_short_name() -> None:
    found = _top(_COUNTRY_ARM, "埃尔比特美国有限公司")
    assert found is not None and found[0] == "Elbit Systems of America, LLC" and found[2] < _CUT
    assert "left out before its country" in _COUNTRY_ARM.match("埃尔比特美国有限公司")[0].explanation
    assert _top(_COUNTRY_ARM, "埃尔比特有限公司") is None  # the brand alone is the group's
