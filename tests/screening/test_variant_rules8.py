"""Rules of the eighth round (issue 19, held-out 8 tuned on, stop 18): a Chinese rendering of a name listed in Latin
letters, read by consonant skeleton (a review hit), a company's initials spelt out in katakana letter names, a unit's
office word (部门, 事业部) after its Chinese name, a legal form between a company's name and its unit's, the kind of
Japanese public body before a name, and 航空 beside a Latin brand read as 航天 is. Every query is written here, in
the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.chinese import latin_skeleton, pinyin_skeleton
from policywatch.screening.matcher import Matcher
from policywatch.screening.normalize import normalize

LATIN_ONLY = [
    {"name_en": "Brandok Drones, Inc."},
    {"name_en": "Talvex Technologies"},
    {"name_en": "NimbusAI"},
    {"name_en": "Kelwha LLC"},
    {"name_en": "Kaflir Corporation"},
    {"name_en": "Dasen Technologies"},
]


def test_a_chinese_rendering_of_a_latin_name_meets_it_by_consonants() -> None:
    matcher = Matcher(LATIN_ONLY, threshold=0.85)
    for query, listed in (("布兰多克无人机公司", "Brandok Drones, Inc."),  # the generic word translated
                          ("塔尔维克斯技术公司", "Talvex Technologies"),  # x as 克斯, v as 维
                          ("尼姆巴斯AI", "NimbusAI"),  # a generic word written onto the name, apart in Chinese
                          ("凯尔華有限公司", "Kelwha LLC"),  # w as the glide of 华, traditional form
                          ("卡菲力尔公司", "Kaflir Corporation"),  # 力尔 for -lir: one l
                          ("达森科技公司", "Dasen Technologies")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "fuzzy" and top[2] < 0.85, query
        assert "Chinese rendering" in matcher.match(query)[0].explanation


def test_a_chinese_firms_own_words_or_other_generic_words_are_no_rendering() -> None:
    matcher = Matcher(LATIN_ONLY, threshold=0.85)
    assert _top(matcher, "达盛科技公司") is None  # 盛 is a word of a Chinese name, not a transliteration's
    assert _top(matcher, "布兰多克系统公司") is None  # Systems is not Drones
    assert _top(matcher, "达森仪器公司") is None  # a trade word of its own
    assert _top(matcher, "卡菲公司") is None  # too few sounds to say


def test_consonant_skeletons() -> None:
    assert latin_skeleton("palmer") == "BLM"  # a post-vocalic r is not written
    assert latin_skeleton("bricks") == "BLGS"
    assert latin_skeleton("cecil") == "SSL"  # a soft c
    assert [pinyin_skeleton(s) for s in ("bu", "lan", "zhong", "er", "yi")] == ["B", "LN", "SN", "L", ""]


def test_initials_spelt_in_katakana_letter_names_are_the_latin_initials() -> None:
    assert normalize("ケー・ディー・エックス・ディフェンスシステムズ株式会社").tokens == ("kdx", "defense", "system")
    matcher = Matcher([{"name_en": "KDX Defense Systems Co., Ltd."}], threshold=0.85)
    top = _top(matcher, "ケー・ディー・エックス・ディフェンスシステムズ株式会社")
    assert top is not None and top[0] == "KDX Defense Systems Co., Ltd." and top[2] >= 0.85
    # A katakana word that starts like a letter name, or one letter alone, is left as written.
    assert normalize("シーメンス").tokens == ("シーメンス",)
    assert normalize("アイ・ロボティクス").tokens[0] != "i"


def test_a_units_office_word_after_its_chinese_name_is_the_unit() -> None:
    matcher = Matcher([{"name_en": "Orvane Avionics", "name_zh": "奥尔万航电公司"}], threshold=0.85)
    for query in ("奥尔万航电部门", "奥尔万航电事业部"):
        top = _top(matcher, query)
        assert top is not None and top[0] == "奥尔万航电公司" and top[1] == "exact", query


def test_a_legal_form_between_a_company_and_its_units_name_is_read_without_it() -> None:
    assert normalize("北辰重工株式会社船舶系统公司").tokens == ("北辰重工船舶系统",)
    matcher = Matcher([{"name_en": "Hokushin Heavy Marine Systems", "name_zh": "北辰重工船舶系统公司"},
                       {"name_en": "Hokushin Heavy Industries", "name_zh": "北辰重工株式会社"}], threshold=0.85)
    top = _top(matcher, "北辰重工株式会社船舶系统公司")
    assert top is not None and top[0] == "北辰重工船舶系统公司" and top[2] >= 0.85
    # The parent alone keeps its own legal form and is still the parent.
    top = _top(matcher, "北辰重工株式会社")
    assert top is not None and top[0] == "北辰重工株式会社"


def test_the_kind_of_japanese_public_body_before_a_name_is_its_legal_form() -> None:
    assert normalize("独立行政法人海洋観測推進機構").tokens == ("海洋观测推进机构",)
    matcher = Matcher([{"name_en": "Ocean Observation Promotion Agency", "name_zh": "日本海洋观测推进机构"}],
                      threshold=0.85)
    for query in ("独立行政法人海洋観測推進機構", "公益財団法人海洋観測推進機構"):
        top = _top(matcher, query)
        assert top is not None and top[0] == "日本海洋观测推进机构" and top[1] == "exact", query
    assert normalize("学校法人").tokens == ("学校法人",)  # the form alone is a name as written


def test_a_latin_brand_with_either_chinese_word_for_aero_is_one_name() -> None:
    # 航空 and 航天 (Taiwan 航太) both render "Aero…" in companies' names, as in the Chinese comparison.
    assert normalize("Q7航空防务公司").tokens == normalize("Q7航太防務公司").tokens == ("q7", "aerospace", "defense")
    matcher = Matcher([{"name_en": "Q7 AeroDefense", "name_zh": "Q7航空防务公司"}], threshold=0.85)
    top = _top(matcher, "Q7航太防務公司")
    assert top is not None and top[0] == "Q7航空防务公司" and top[2] >= 0.85
