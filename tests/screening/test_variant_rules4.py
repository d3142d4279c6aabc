"""Rules of the fourth round (issue 19, held-out 4 tuned on): acronyms with a place after them, initials mixed with
words of the name, acronym aliases kept in review, other transliterations by sound, other translations of a word.
Every query is written here, in the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.matcher import Matcher

ENTITIES = [
    {"name_en": "Quorvane Missile Sensors", "name_zh": "阔尔万导弹传感器公司"},
    {"name_en": "Tressel Harbor Works"},
    {"name_en": "Pellinor Defense, Space & Survey"},
    {"name_en": "Vantrix Orbital Laboratories"},
    {"name_en": "Zorvik Mobility Corporation", "given_aliases": [("ZVK", "stock exchange ticker")]},
    {"name_en": "Aldemaro Engineering", "name_zh": "阿尔德马罗工程公司"},
    {"name_en": "Harbor Simulation Co.", "name_zh": "港湾模拟公司"},
]


def test_an_acronym_with_a_city_or_country_after_it_is_a_review_hit() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    for query in ("QMS Denver", "QMS Osaka, Japan", "THW Rotterdam"):
        top = _top(matcher, query)
        assert top is not None and top[1] == "acronym" and top[2] < 0.85, query
    assert "is a place" in matcher.match("QMS Denver")[0].explanation
    assert _top(matcher, "QMS Kwikbolt") is None  # a word that is no place: another company's name


def test_initials_mixed_with_words_of_the_name() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    for query, listed in (("Pellinor PDS", "Pellinor Defense, Space & Survey"),
                          ("Pellinor DS&S", "Pellinor Defense, Space & Survey"),
                          ("VO Labs", "Vantrix Orbital Laboratories")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "acronym" and top[2] < 0.85, query
    # A word after initials that already hold it is that company's own name, not the listed one.
    assert _top(matcher, "THW Works Inc.") is None


def test_a_ticker_alias_finds_the_entity_but_never_confirms_it() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    top = _top(matcher, "ZVK")
    assert top is not None and top[1] == "alias" and top[2] < 0.85
    assert "the alias is an acronym" in matcher.match("ZVK")[0].explanation
    assert _top(matcher, "ZVK Seattle") is not None
    assert _top(Matcher([{"name_en": "Zorvik Mobility Corporation"}], threshold=0.85), "ZVK") is None


def test_another_transliteration_by_sound_is_a_review_hit() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    top = _top(matcher, "阿尔德玛罗工程公司")  # 玛 for 马: the same syllable
    assert top is not None and top[0] == "阿尔德马罗工程公司"
    top = _top(matcher, "阿德马洛工程公司")  # a syllable left out, another for the same sound
    assert top is not None and top[1] == "fuzzy" and top[2] < 0.85
    assert "sounds alike" in matcher.match("阿德马洛工程公司")[0].explanation
    assert _top(matcher, "巴德马洛工程公司") is None  # another first sound: another name
    assert _top(matcher, "阿德马洛贸易公司") is None  # another trade


def test_another_translation_of_a_word_of_the_name() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    top = _top(matcher, "港湾仿真公司")  # 仿真 and 模拟 both render Simulation
    assert top is not None and top[0] == "港湾模拟公司" and top[2] >= 0.85


def test_word_abbreviations_with_a_dot() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    top = _top(matcher, "Aldemaro Eng. Dev.")
    assert top is None or top[0] == "Aldemaro Engineering"
    top = _top(Matcher([{"name_en": "Corvell Research Development"}], threshold=0.85), "Corvell Research Dev.")
    assert top is not None and top[2] >= 0.85
