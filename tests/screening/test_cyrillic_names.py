"""Listed Latin names written in Cyrillic (and in hangul) by their sounds, read back and heard as the listed words
(``cyrillic``, ``loan_sounds``). Every name is a listed entity of the shared facts, every query is written here,
and none is a held-out row; unlisted firms in Cyrillic stay unmatched."""

from __future__ import annotations

from variant_helpers import top_match

from policywatch.screening.cyrillic import latin_words, romanise_word
from policywatch.screening.loan_sounds import Profile, SoundWords, skeleton
from policywatch.screening.matcher import Matcher

LISTED = [
    {"name_en": "Gibbs & Cox, Inc.", "name_zh": "吉布斯与考克斯公司", "country": "US"},
    {"name_en": "Cubic Corporation", "name_zh": "立方公司", "country": "US"},
    {"name_en": "Leidos", "name_zh": "莱多斯公司", "country": "US"},
    {"name_en": "Skydio, Inc.", "name_zh": "斯凯迪奥公司", "country": "US"},
    {"name_en": "Exovera", "name_zh": "埃克索维拉公司", "country": "US"},
    {"name_en": "Raytheon Missile Systems", "name_zh": "雷神导弹系统公司", "country": "US"},
    {"name_en": "Sierra Nevada Corporation", "name_zh": "内华达山脉公司", "country": "US"},
    {"name_en": "Lockheed Martin Aeronautics", "name_zh": "洛克希德·马丁航空公司", "country": "US"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def test_romanised_letters() -> None:
    assert romanise_word("кубик") == "kubik"
    assert romanise_word("сьерра") == "syerra"  # е after ь is ye (BGN/PCGN)
    assert romanise_word("хадсон") == "hadson"  # х is the English h it renders
    assert latin_words("Гиббс энд Кокс, Инк.") == (["gibbs", "and", "koks", "inc"], frozenset({1, 3}))
    assert latin_words("Gibbs & Cox") is None


def test_skeletons_meet() -> None:
    assert skeleton("cubic", Profile.CYRILLIC) == skeleton("kubik", Profile.CYRILLIC) == "kbk"
    assert skeleton("exovera", Profile.CYRILLIC) == skeleton("eksovera", Profile.CYRILLIC) == "_ksvr"
    assert skeleton("sierra", Profile.KOREAN) == skeleton("siera", Profile.KOREAN)  # 시에라
    assert skeleton("nevada", Profile.KOREAN) == skeleton("nebada", Profile.KOREAN)  # Korean has no v
    words = SoundWords({"leido", "skydio"})
    assert words.listed_word("leydos", Profile.CYRILLIC) == "leido"  # Лейдос: the listed word kept singular
    assert words.listed_word("lotus", Profile.CYRILLIC) is None  # t is no d


def test_cyrillic_names_are_review_hits_that_say_why() -> None:
    for query, listed in (("Гиббс энд Кокс, Инк.", "Gibbs & Cox, Inc."), ("Кубик Корпорейшн", "Cubic Corporation"),
                          ("Лейдос", "Leidos"), ("Скайдио, Инк.", "Skydio, Inc."), ("Эксовера", "Exovera"),
                          ("Рейтеон Миссайл Системз", "Raytheon Missile Systems")):
        found = top_match(_MATCHER, query)
        assert found is not None and found[0] == listed and found[2] < 0.85, query
        assert "a Cyrillic rendering" in _MATCHER.match(query)[0].explanation


def test_korean_names_are_heard_too() -> None:
    found = top_match(_MATCHER, "시에라 네바다 코퍼레이션")
    assert found is not None and found[0] == "Sierra Nevada Corporation" and found[2] < 0.85
    assert "read from Korean" in _MATCHER.match("시에라 네바다 코퍼레이션")[0].explanation


def test_unlisted_firms_in_cyrillic_stay_apart() -> None:
    for query in ("Мартин Мариетта Материалз", "Сименс Энерджи", "Гиббс энд Браун", "Леонардо С.п.А.",
                  "Тейлор Мартин", "Кубик Арт Студио"):
        assert top_match(_MATCHER, query) is None, query
    # The parent of a listed unit, in Cyrillic, is a related hit as it is in Latin letters.
    assert top_match(_MATCHER, "Локхид Мартин Корпорейшн") is None
    assert any(m.reason == "related" for m in _MATCHER.match("Локхид Мартин Корпорейшн"))
