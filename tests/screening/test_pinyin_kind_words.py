"""Listed Chinese names in pinyin with tone digits (stop 25), with a word the listed name leaves out: 国家 "national"
before it, or a word of the company's kind (科技, 工业 …) after a listed brand alone (因美纳 of 因美纳公司). Every name
is a listed entity of the shared facts, every query is written here, and none is a held-out row; another brand with
the same kind word, and another name after 国家, stay unmatched."""

from __future__ import annotations

import pytest
from variant_helpers import top_match

from policywatch.screening.matcher import Matcher

LISTED = [
    {"name_en": "Illumina, Inc.", "name_zh": "因美纳公司", "country": "US"},
    {"name_en": "Aerospace Industrial Development Corp.", "name_zh": "汉翔航空工业股份有限公司", "country": "TW"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


@pytest.mark.parametrize(("query", "listed"), [
    ("Yin1mei3na4 Ke1ji4", "Illumina, Inc."),
    ("Yinmeina Gongye Youxian Gongsi", "Illumina, Inc."),
    ("Guo2jia1 Han4xiang2 Hang2kong1 Gong1ye4", "Aerospace Industrial Development Corp."),
    ("Kuo-chia Han-hsiang Hang-k'ung Kung-yeh", "Aerospace Industrial Development Corp."),
])
def test_word_left_out_of_the_listed_name_is_a_review_hit(query: str, listed: str) -> None:
    found = [m for m in _MATCHER.match(query) if m.reason != "related"]
    assert found and found[0].entity["name_en"] == listed and found[0].score < 0.85, (query, found)
    assert "romanised" in found[0].explanation or "read word by word" in found[0].explanation


@pytest.mark.parametrize("query", ["Yin1mei3 Ke1ji4", "Mei3na4 Ke1ji4", "Guo2jia1 Han4xiang2 Zao4chuan2",
                                   "Guo2jia1 Ke1ji4"])
def test_other_names_sharing_the_word_stay_unmatched(query: str) -> None:
    assert top_match(_MATCHER, query) is None, query
