"""Listed Latin names written in Arabic script by their sounds, read back as consonant skeletons (``arabic``,
``loan_sounds``). Every name is a listed entity of the shared facts, every query is written here, and none is a
held-out row; unlisted firms in Arabic stay unmatched."""

from __future__ import annotations

from variant_helpers import top_match

from policywatch.screening.arabic import latin_words, romanise_word
from policywatch.screening.loan_sounds import Profile, skeleton
from policywatch.screening.matcher import Matcher

LISTED = [
    {"name_en": "Leidos", "name_zh": "莱多斯公司", "country": "US"},
    {"name_en": "Skydio, Inc.", "name_zh": "斯凯迪奥公司", "country": "US"},
    {"name_en": "General Dynamics Land Systems", "name_zh": "通用动力陆地系统公司", "country": "US"},
    {"name_en": "Raytheon Missile Systems", "name_zh": "雷神导弹系统公司", "country": "US"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def test_romanised_skeleton() -> None:
    assert romanise_word("ليدوس") == "lidus"  # ya and waw inside a word are vowels
    assert romanise_word("وود") == "wud"  # waw first is a consonant
    assert skeleton("lidus", Profile.ARABIC) == "lds"
    assert skeleton("pilot", Profile.ARABIC) == skeleton("bilut", Profile.ARABIC)  # Arabic has no p
    # The article and the prefixed "and"/"for" come off a glossary word; شركة ("company") is left out.
    assert latin_words("شركة للأنظمة") is not None
    assert latin_words("Leidos") is None


def test_arabic_names_are_review_hits_that_say_why() -> None:
    for query, listed in (("ليدوس", "Leidos"), ("شركة سكايديو", "Skydio, Inc."),
                          ("جنرال داينامكس لاند سيستمز", "General Dynamics Land Systems")):
        found = top_match(_MATCHER, query)
        assert found is not None and found[0] == listed and found[2] < 0.85, query
        assert "an Arabic rendering" in _MATCHER.match(query)[0].explanation


def test_unlisted_firms_in_arabic_stay_apart() -> None:
    for query in ("سيمنز", "بوسطن داينامكس", "ليوناردو", "تاليس"):
        assert top_match(_MATCHER, query) is None, query
