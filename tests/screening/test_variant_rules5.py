"""Rules of the fifth round (issue 19, held-out 5 tuned on): shortened words of a listed name written out, a city
with its US state code after an acronym, "CO" for a Corporation in an acronym, an acronym part with the rest of the
name short of its generic tail, other Chinese translations of a word (风投, 光子学, 动力, 联合企业), a katakana word,
generic words of a Chinese name left in English, a Latin middle initial in a Chinese rendering of a person's name.
Every query is written here, in the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.abbreviated import WordAbbreviations, shortens
from policywatch.screening.matcher import Matcher
from policywatch.screening.normalize import normalize
from policywatch.screening.places import strip_place

ENTITIES = [
    {"name_en": "Quorvane Heavy Machinery Works"},
    {"name_en": "Tressel Missiles and Guidance"},
    {"name_en": "Pellinor Orbital Exploration Office"},
    {"name_en": "Dravik Trading"},
    {"name_en": "Harbor Simulation Co."},
    {"name_en": "Harbor Simulation Equipment"},
    {"name_en": "Tressel Harbor Works"},
    {"name_en": "Varnholt Kessler Corporation"},
    {"name_en": "Norland Brisk Aerospace Systems"},
]


def test_a_shortening_keeps_the_first_letter_and_the_order_of_the_letters() -> None:
    assert shortens("hvy", "heavy") and shortens("msls", "missiles") and shortens("gen", "general")
    assert not shortens("hvy", "heavily"[:4]) and not shortens("vhy", "heavy") and not shortens("heav", "heavy")


def test_shortened_words_of_a_listed_name_are_written_out() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    for query, listed in (("Quorvane Hvy Mach Works", "Quorvane Heavy Machinery Works"),
                          ("Tressel Msls & Guid.", "Tressel Missiles and Guidance"),
                          ("Pellinor Orbital Expl. Office", "Pellinor Orbital Exploration Office"),
                          ("Harbor Sim Equip", "Harbor Simulation Equipment")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "fuzzy" and 0.85 <= top[2] < 1.0, query
    explanation = matcher.match("Quorvane Hvy Mach Works")[0].explanation
    assert "shortened words written out (Hvy=heavy, Mach=machinery)" in explanation


def test_a_shortening_is_read_only_as_a_word_of_a_name_sharing_another_word() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    assert _top(matcher, "Hvy Mach Works") is None  # "works" alone says nothing: the listed name is not all there
    assert _top(matcher, "Dra Trading") is None  # three letters are no evidence of a distinctive word
    assert _top(matcher, "Quorvane Hvy Motors") is None  # written out, it is still another company
    assert _top(matcher, "Harbor Sim Equip")[0] == "Harbor Simulation Equipment"  # type: ignore[index]


def test_words_of_listed_names_and_known_abbreviations_are_not_read_as_shortenings() -> None:
    index = WordAbbreviations(["Harbor Simulation Equipment", "Tressel Missiles and Guidance"], distinctive=0.5)
    assert index.longer("Sim") == ("simulation",)
    assert index.longer("Harbor") == () and index.longer("Inc") == () and index.longer("Msl") == ("missiles",)
    assert index.longer("Tech") == ()  # normalize already writes it out


def test_a_city_with_its_us_state_code_after_an_acronym_is_a_place() -> None:
    assert strip_place("THW Tempe AZ") == ("THW", "Tempe AZ")
    assert strip_place("THW Kwikbolt NJ") == ("THW Kwikbolt NJ", "")  # no city before the code
    assert strip_place("THW CO") == ("THW CO", "")  # a code alone is too often another word
    matcher = Matcher(ENTITIES, threshold=0.85)
    top = _top(matcher, "THW Tempe AZ")
    assert top is not None and top[0] == "Tressel Harbor Works" and top[1] == "acronym" and top[2] < 0.85
    assert "'Tempe AZ' after it is a place" in matcher.match("THW Tempe AZ")[0].explanation


def test_co_of_a_corporation_in_an_acronym_is_a_review_hit() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    for query in ("VKCO", "VKCO Tempe AZ"):
        top = _top(matcher, query)
        assert top is not None and top[0] == "Varnholt Kessler Corporation" and top[1] == "acronym", query
        assert top[2] < 0.85, query
    assert _top(matcher, "THWCO") is None  # Tressel Harbor Works has no Corporation in its name



def test_an_acronym_part_with_the_rest_short_of_its_generic_words() -> None:
    matcher = Matcher(ENTITIES, threshold=0.85)
    for query in ("NB Aerospace", "NB Aerospace Tempe AZ", "NB Aerospace Systems"):
        top = _top(matcher, query)
        assert top is not None and top[0] == "Norland Brisk Aerospace Systems" and top[1] == "acronym", query
        assert top[2] < 0.85, query
    assert _top(matcher, "NB Systems") is None  # the generic word alone says nothing of which unit
    assert _top(matcher, "NB Orbital") is None


ZH_ENTITIES = [
    {"name_en": "Corvell Ventures", "name_zh": "科维尔风险投资公司"},
    {"name_en": "Lumiton Photonics", "name_zh": "卢米顿光子公司"},
    {"name_en": "Zephyr Power", "name_zh": "泽菲尔力量公司"},
    {"name_en": "Kestrel Joint Venture", "name_zh": "红隼合资公司"},
    {"name_en": "Orimoto Turbocharger", "name_zh": "奥里莫托涡轮增压器株式会社"},
    {"name_en": "Falcon Crest AI", "name_zh": "猎鹰峰人工智能公司"},
    {"name_en": "Marcus T. Ellery", "name_zh": "马库斯·埃勒里"},
]


def test_other_chinese_translations_of_a_word_are_the_same_name() -> None:
    matcher = Matcher(ZH_ENTITIES, threshold=0.85)
    for query, listed in (("科维尔风投公司", "科维尔风险投资公司"), ("卢米顿光子学公司", "卢米顿光子公司"),
                          ("泽菲尔动力有限公司", "泽菲尔力量公司"), ("红隼联合企业", "红隼合资公司"),
                          ("红隼合资企业", "红隼合资公司"),
                          ("奥里莫托ターボチャージャー株式会社", "奥里莫托涡轮增压器株式会社")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[2] >= 0.85, query


def test_generic_words_left_in_english_in_a_chinese_name() -> None:
    matcher = Matcher(ZH_ENTITIES, threshold=0.85)
    top = _top(matcher, "猎鹰峰AI公司")
    assert top is not None and top[0] == "猎鹰峰人工智能公司"
    assert _top(matcher, "猎鹰峰Bank") is None  # 猎鹰峰银行 is another company
    assert _top(matcher, "猎鹰峰Zentrix") is None  # a Latin word that is no generic word stays a word of its own


def test_a_middle_initial_in_a_chinese_rendering_of_a_persons_name() -> None:
    matcher = Matcher(ZH_ENTITIES, threshold=0.85)
    for query in ("马库斯·T·埃勒里", "马库斯・T.・埃勒里"):
        top = _top(matcher, query)
        assert top is not None and top[0] == "马库斯·埃勒里" and top[2] >= 0.85, query
    assert normalize("马库斯·T·埃勒里").tokens == ("马库斯埃勒里",)
    assert normalize("猎鹰峰 AI").tokens == ("猎鹰峰人工智能",)  # two letters are a word, not an initial
