"""Chinese names: other translations, Japanese and Taiwan forms, country prefixes, scored by characters and pinyin."""

from __future__ import annotations

from typing import Any

import pytest
from screening_facts import facts_entities

from policywatch.screening.chinese import fold, score, zh_form
from policywatch.screening.matcher import Matcher
from policywatch.screening.normalize import normalize

THRESHOLD = 0.85


@pytest.fixture(scope="module")
def matcher(facts: dict[str, Any]) -> Matcher:
    return Matcher(facts_entities(facts), threshold=THRESHOLD)


@pytest.mark.parametrize(
    ("query", "listed", "reason"),
    [
        ("洛克希德马汀公司", "Lockheed Martin Corporation", "fuzzy"),  # 汀/丁: a transliteration's other character
        ("雷多斯公司", "Leidos", "fuzzy"),  # 雷/莱
        ("伊比鲁斯有限公司", "Epirus, Inc.", "exact"),  # a spelling a notice used
        ("安杜里尔工业公司", "Anduril Industries", "fuzzy"),  # a generic word more
        ("立方科技公司", "Cubic Corporation", "fuzzy"),
        ("株式会社IHI宇航", "IHI Aerospace Co., Ltd.", "exact"),  # the legal form in front, Japanese style
        ("(株)IHI宇航", "IHI Aerospace Co., Ltd.", "exact"),
        ("三菱重工航空発動機株式会社", "Mitsubishi Heavy Industries Aero Engines, Ltd.", "exact"),  # shinjitai 発
        ("國家中山科學研究院", "National Chung-Shan Institute of Science & Technology", "fuzzy"),  # Taiwan, traditional
        ("通用動力資訊科技公司", "General Dynamics Information Technology", "fuzzy"),  # 資訊 = 信息, 科技 ~ 技术
        ("美國因美納", "Illumina, Inc.", "exact"),  # country prefix
        ("台湾国家中山科学研究院", "National Chung-Shan Institute of Science & Technology", "fuzzy"),
    ],
)
def test_other_chinese_renderings_find_the_entity(matcher: Matcher, query: str, listed: str, reason: str) -> None:
    found = matcher.match(query)
    assert found and found[0].entity.label == listed, found
    assert found[0].reason == reason and found[0].score >= THRESHOLD
    if reason == "fuzzy":
        assert "characters and pinyin" in found[0].explanation or "tokens" in found[0].explanation


def test_explanation_names_the_sounds_and_the_generic_parts(matcher: Matcher) -> None:
    hit = matcher.match("洛克希德马汀公司")[0]
    assert hit.explanation.startswith("fuzzy: '洛克希德马汀公司' ~ '洛克希德·马丁公司'")
    assert "汀~丁 (ting/ding)" in hit.explanation
    assert "generic parts weigh a quarter: 工业" in matcher.match("安杜里尔工业公司")[0].explanation


@pytest.mark.parametrize("query", ["哈德森贸易公司", "三菱日联银行", "通用原子能科技有限公司", "中国航空工业集团",
                                   "美国科技公司", "台湾中油股份有限公司"])
def test_shared_generic_parts_or_a_shared_syllable_are_not_a_match(matcher: Matcher, query: str) -> None:
    assert [m for m in matcher.match(query) if m.reason != "related"] == []


def test_a_chinese_parent_is_a_related_review_hit(matcher: Matcher) -> None:
    found = matcher.match("三菱重工業株式会社")  # the parent of the listed 三菱重工 units
    assert found and {m.reason for m in found} == {"related"}
    assert all(m.score < THRESHOLD for m in found)


def test_scoring_pieces() -> None:
    assert fold("ting") == fold("ding") and fold("lei") == fold("lai") and fold("zhang") == fold("zan")
    listed = zh_form(normalize("安杜里尔公司"))
    query = zh_form(normalize("安杜里尔工业公司"))
    assert listed is not None and query is not None and zh_form(normalize("Anduril")) is None
    found = score(query, listed)
    assert found is not None and not found.related and 0.85 < found.score < 1.0
    assert normalize("芸术公司").tokens == ("芸术",)  # 芸 is a Chinese character too: no Japanese reading applied
