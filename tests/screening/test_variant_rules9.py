"""Rules of the ninth round (issue 19, held-out 9's categories): a Chinese name that translates a Latin listed name
word for word, or renders its brand by sound and translates the rest; other Chinese words for one English word; a
dotted transliteration shortened before a unit's own words; a romanised Japanese or Chinese town after an acronym,
and a Canadian province's code; a ticker of a two-word name; a contraction of a long word; a code's letters with a
typo; y written for i; 国防 at a name's start. Every name is a listed entity of the shared facts, every query is
written here in the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.matcher import Matcher, sound_slip_key
from policywatch.screening.normalize import normalize
from policywatch.screening.places import romanized_place, strip_place
from policywatch.screening.translated import listed_words, zh_readings

# Listed entities by their English names alone: their Chinese names are not what these queries are read against.
LATIN = [
    {"name_en": "Global Dimensions LLC"},
    {"name_en": "TechInsights Inc."},
    {"name_en": "Red Six Solutions"},
    {"name_en": "Rapid Flight LLC"},
    {"name_en": "Universal Logistics Holdings, Inc."},
    {"name_en": "Hudson Technologies Co."},
    {"name_en": "DZYNE Technologies"},
    {"name_en": "Shield AI, Inc."},
    {"name_en": "Blue Force Technologies"},
    {"name_en": "Saronic Technologies, Inc."},
]


def test_a_word_for_word_translation_of_a_latin_name_is_a_review_hit() -> None:
    matcher = Matcher(LATIN, threshold=0.85)
    for query, listed in (("蓝色力量科技有限公司", "Blue Force Technologies"),  # 力量 = force, 科技 = technology
                          ("科技洞察有限公司", "TechInsights Inc."),  # one Latin word of two glossary words
                          ("红色六解决方案公司", "Red Six Solutions"),
                          ("迅速飞行公司", "Rapid Flight LLC")):  # 迅速, like 快速, is the Rapid of 急速
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "fuzzy" and top[2] < 0.85, query
        assert "word-for-word translation" in matcher.match(query)[0].explanation


def test_a_translation_with_other_words_is_no_hit() -> None:
    matcher = Matcher(LATIN, threshold=0.85)
    assert _top(matcher, "急速飞行系统公司") is None  # a generic word the listed name does not have
    assert _top(matcher, "环球物流国际") is None  # generic words alone must be the listed name's, kind words too
    assert _top(matcher, "红色方案公司") is None  # a distinctive word left out


def test_a_brand_rendered_by_sound_and_the_rest_translated() -> None:
    matcher = Matcher(LATIN, threshold=0.85)
    top = _top(matcher, "赫德森科技有限公司")  # 赫德森 sounds H-D-S-N as Hudson does, 科技 = technology
    assert top is not None and top[0] == "Hudson Technologies Co." and top[2] < 0.85
    assert "consonants HDSN" in matcher.match("赫德森科技有限公司")[0].explanation
    # A Chinese firm's own words (盛, 程) are no rendering of a foreign name, however they sound.
    assert _top(matcher, "达盛科技有限公司") is None
    assert _top(matcher, "赫德森纺织公司") is None  # the rest is no glossary word


def test_glossary_readings() -> None:
    assert listed_words(("techinsight",)) == ("technology", "insight")
    assert listed_words(("saronic", "technology")) == ("saronic", "technology")
    assert {r.words for r in zh_readings("蓝色动力")} >= {("blue", "force"), ("blue", "power")}
    assert zh_readings("华远纺织") == ()


def test_other_chinese_words_for_one_english_word() -> None:
    for other, listed in (("引擎", "发动机"), ("船用", "海洋"), ("快速", "急速"), ("迅速", "急速"), ("自主", "自治"),
                          ("洞见", "洞察")):
        assert normalize(other).key == normalize(listed).key, other


def test_a_dotted_transliteration_is_shortened_before_a_units_own_words() -> None:
    matcher = Matcher([{"name_en": "Lockheed Martin Corporation", "name_zh": "洛克希德·马丁公司"},
                       {"name_en": "Lockheed Martin Missile System Integration Lab",
                        "name_zh": "洛克希德·马丁导弹系统集成实验室"}], threshold=0.85)
    # 导弹 is no generic word, so only the parent's listed name shows where 马丁 ends.
    top = _top(matcher, "洛马导弹系统集成实验室")
    assert top is not None and top[0] == "洛马导弹系统集成实验室" and top[1] == "alias" and top[2] >= 0.85


def test_a_romanised_town_or_a_province_code_after_an_acronym_is_a_place() -> None:
    assert strip_place("AIDC Gangshan") == ("AIDC", "Gangshan")  # pinyin
    assert strip_place("JMU Tamano") == ("JMU", "Tamano")  # Hepburn
    assert strip_place("L3H Ottawa ON") == ("L3H", "Ottawa ON")  # a Canadian province's code
    assert not romanized_place("Nationwide")  # ti and wi are no Hepburn syllables
    assert not romanized_place("Systems")
    matcher = Matcher([{"name_en": "Japan Marine United Corporation"},
                       {"name_en": "Aerospace Industrial Development Corp."}], threshold=0.85)
    for query, listed in (("JMU Tamano", "Japan Marine United Corporation"),
                          ("AIDC Gangshan", "Aerospace Industrial Development Corp.")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "acronym", query


def test_a_ticker_of_a_two_word_name() -> None:
    matcher = Matcher(LATIN, threshold=0.85)
    for query, listed in (("RSIX", "Red Six Solutions"), ("BFRC", "Blue Force Technologies"),
                          ("RFLT", "Rapid Flight LLC")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "acronym", query
        assert "ticker" in matcher.match(query)[0].explanation
    assert _top(matcher, "SRNC") is None  # one distinctive word: its letters in order say too little


def test_a_contraction_of_a_long_word() -> None:
    matcher = Matcher([{"name_en": "Teledyne Brown Engineering, Inc."}], threshold=0.85)
    top = _top(matcher, "Teledyne Brown Engrng Inc")  # first and last letters kept, five left out from inside
    assert top is not None and top[0] == "Teledyne Brown Engineering, Inc." and top[2] >= 0.85


def test_a_codes_letters_may_carry_a_typo_its_number_never() -> None:
    matcher = Matcher([{"name_en": "L3Harris Maritime Services"}], threshold=0.85)
    top = _top(matcher, "L3Harrris Maritime Services")
    assert top is not None and top[0] == "L3Harris Maritime Services" and top[2] >= 0.85
    assert _top(matcher, "L5Harris Maritime Services") is None
    assert _top(matcher, "LHarris Maritime Services") is None


def test_y_between_consonants_is_i() -> None:
    assert sound_slip_key("shyn") == sound_slip_key("shin")
    assert sound_slip_key("smyth") == sound_slip_key("smith")
    assert sound_slip_key("yale") != sound_slip_key("iale")  # a y before a vowel is a consonant


def test_guofang_at_a_names_start_is_a_states_body() -> None:
    matcher = Matcher([{"name_en": "National Defense Academy of Japan", "name_zh": "防卫大学"},
                       {"name_en": "Raytheon Missiles & Defense", "name_zh": "雷神导弹与防务公司"}], threshold=0.85)
    assert _top(matcher, "国防部大学") is None  # a "National Defense" ministry's school, no Defense Academy
    # After a brand, 国防 is the company's Defense, as 防务 is.
    top = _top(matcher, "雷神导弹与国防有限公司")
    assert top is not None and top[0] == "雷神导弹与防务公司" and top[2] >= 0.85


def test_a_legal_form_of_another_country_names_another_company_of_the_group() -> None:
    matcher = Matcher([{"name_en": "Shield AI, Inc."}, {"name_en": "Rapid Flight LLC"}], threshold=0.85)
    found = matcher.match("Shield AI GmbH")  # a German company's form against the listed American-style one
    assert found and found[0].reason == "related" and "another country" in found[0].explanation
    assert _top(matcher, "Rapid Flight plc") is None
    # A form written in the same countries, or the listed name's own form beside another, is the same company.
    for query in ("Shield AI Corporation", "Shield AI, Inc. GmbH", "Rapid Flight Inc."):
        top = _top(matcher, query)
        assert top is not None and top[2] == 1.0, query
