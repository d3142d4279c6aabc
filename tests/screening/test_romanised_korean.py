"""Korean renderings of listed names given in Revised Romanization (stop 25): a word that is RR syllables is written
back in hangul and read as the hangul reader reads it (loanwords of a company's kind and Sino-Korean words from its
glossary, a brand by its sounds). Every name is a listed entity of the shared facts, every query is written here,
and none is a held-out row; English words with "eu" or "eo" and unlisted Korean firms stay unmatched."""

from __future__ import annotations

import pytest
from variant_helpers import assert_review_hit, top_match

from policywatch.screening.matcher import Matcher
from policywatch.screening.romanised_korean import from_romanised, may_be_romanised_korean, to_hangul

LISTED = [
    {"name_en": "Sierra Nevada Corporation", "name_zh": "内华达山脉公司", "country": "US"},
    {"name_en": "Huntington Ingalls Industries, Inc.", "name_zh": "亨廷顿·英格尔斯工业公司", "country": "US"},
    {"name_en": "Raytheon Missile Systems", "name_zh": "雷神导弹系统公司", "country": "US"},
    {"name_en": "Pacific Rim Defense", "name_zh": "环太平洋防务公司", "country": "US"},
    {"name_en": "Europa Technologies Ltd", "country": "GB"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def test_rr_words_back_in_hangul() -> None:
    assert to_hangul("siseutemjeu") == "시스템즈"
    assert to_hangul("kopeoreisyeon") == "코퍼레이션"
    assert to_hangul("junggongeop") == "중공업"  # ㅇ before a vowel stays a final
    assert to_hangul("pilli") == "필리"
    assert to_hangul("philly") is None  # ph is no RR: an English word, kept as printed
    assert from_romanised("Seoul Philly Joseonso") == ("서울 philly 조선소", frozenset({"philly"}))


@pytest.mark.parametrize("query", ["Europa Systems", "Leonardo", "Geode", "Neon Video", "Reuters"])
def test_english_eu_and_eo_are_no_tell(query: str) -> None:
    assert not may_be_romanised_korean(query) or from_romanised(query) is None


@pytest.mark.parametrize(("query", "listed"), [
    ("Siera Nebada Kopeoreisyeon", "Sierra Nevada Corporation"),
    ("Heontingteon Inggeolseu Indeoseuteurijeu", "Huntington Ingalls Industries, Inc."),
    ("Reisieon Misail Siseutemjeu", "Raytheon Missile Systems"),
    ("Peosipik Rim Dipenseu", "Pacific Rim Defense"),
])
def test_listed_name_in_rr_is_a_review_hit(query: str, listed: str) -> None:
    assert_review_hit(_MATCHER, query, listed, "read from romanised Korean")


@pytest.mark.parametrize("query", ["Samseong Jeonja", "Hyeondae Junggongeop", "Peosipik Rokeu Jeonja",
                                   "Europa Systems", "Geode Siseutemjeu", "Seoul Robotics"])
def test_unlisted_korean_and_english_names_stay_unmatched(query: str) -> None:
    assert top_match(_MATCHER, query) is None, query
