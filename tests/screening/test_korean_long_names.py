"""Long listed names in hangul (stop 25): a brand of two words run together heard as both, the English plural's s
Korean writes after a glossary word or a heard one (스, 즈), -tion heard as the "shun" Korean writes (션), and
Sino-Korean words of a trade. Every name is a listed entity of the shared facts, every query is written here, and
none is a held-out row; unlisted firms written the same way stay unmatched."""

from __future__ import annotations

from variant_helpers import assert_review_hit, top_match

from policywatch.screening.hangul import latin_reading
from policywatch.screening.loan_sounds import Profile, SoundWords, skeleton
from policywatch.screening.matcher import Matcher

LISTED = [
    {"name_en": "Sierra Nevada Corporation", "name_zh": "内华达山脉公司", "country": "US"},
    {"name_en": "Huntington Ingalls Industries, Inc.", "name_zh": "亨廷顿·英格尔斯工业公司", "country": "US"},
    {"name_en": "Raytheon Missile Systems", "name_zh": "雷神导弹系统公司", "country": "US"},
    {"name_en": "General Dynamics Mission Systems", "name_zh": "通用动力任务系统公司", "country": "US"},
    {"name_en": "Pacific Rim Defense", "name_zh": "环太平洋防务公司", "country": "US"},
    {"name_en": "Cubic Global Defense", "name_zh": "立方全球防务公司"},
    {"name_en": "Domo Tactical Communications", "name_zh": "多莫战术通信公司", "country": "US"},
    {"name_en": "Japan Aerospace Exploration Agency", "name_zh": "日本宇宙航空研究开发机构", "country": "JP"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def _review_hit(query: str, listed: str) -> None:
    assert_review_hit(_MATCHER, query, listed, "read from Korean")


def test_plural_after_a_glossary_word() -> None:
    assert latin_reading("헌팅턴 잉걸스 인더스트리스") == "heontingteon inggeolseu industries"
    assert latin_reading("도모 택티컬 커뮤니케이션스") == "domo taektikeol communications"
    assert latin_reading("테크놀로지즈") == "technologies"
    # Inside a run a 스 is a syllable of the next word, never a plural.
    assert latin_reading("인더스트리스미스") == "industries seumiseu"
    _review_hit("헌팅턴 잉걸스 인더스트리스", "Huntington Ingalls Industries, Inc.")


def test_plural_of_a_heard_word() -> None:
    words = SoundWords({"missile", "system"})
    assert words.listed_word("misailjeu", Profile.KOREAN) == "missile"  # 미사일즈
    assert words.listed_word("misailseu", Profile.KOREAN) == "missile"
    assert words.listed_word("misail", Profile.KOREAN) == "missile"
    _review_hit("레이시온 미사일즈 시스템즈", "Raytheon Missile Systems")


def test_tion_is_heard_as_shun() -> None:
    assert skeleton("exploration", Profile.KOREAN) == skeleton("ikseupeulloreisyeon", Profile.KOREAN)  # 익스플로레이션
    assert skeleton("mission", Profile.KOREAN) == skeleton("misyeon", Profile.KOREAN)
    assert skeleton("question", Profile.KOREAN) != skeleton("kwesyeon", Profile.KOREAN)  # -stion is no "shun"
    _review_hit("재팬 에어로스페이스 익스플로레이션 에이전시", "Japan Aerospace Exploration Agency")


def test_brand_run_together_heard_as_both_words() -> None:
    # The cut where both words are heard (헌팅턴잉걸스), not the one whose shorter tail is heard alone ("else").
    words = SoundWords({"huntington", "ingall", "else"})
    assert words.reading(["heontingteoninggeolseu"], Profile.KOREAN).text == "huntington ingall"
    assert SoundWords({"sierra", "nevada"}).reading(["siereunebada"], Profile.KOREAN).text == "sierra nevada"
    _review_hit("헌팅턴잉걸스 인더스트리즈", "Huntington Ingalls Industries, Inc.")


def test_sino_korean_words_of_a_trade() -> None:
    assert latin_reading("퍼시픽 림 방위") == "peosipik rim defense"
    assert latin_reading("방위우주안보") == "defense space security"
    _review_hit("퍼시픽 림 방위", "Pacific Rim Defense")
    _review_hit("큐빅 글로벌 방위", "Cubic Global Defense")


def test_unlisted_korean_firms_stay_apart() -> None:
    for query in ("삼성 방위산업", "제너럴 일렉트릭 인포메이션", "그루먼 인더스트리스", "퍼시픽 림 에너지",
                  "레이시온 테크놀로지즈", "한화 커뮤니케이션즈"):
        assert top_match(_MATCHER, query) is None, query


def test_an_unsaid_l_is_no_sound() -> None:
    # 워커 for Walker, 홈스 for Holmes: Korean writes the word as said.
    assert skeleton("walker", Profile.KOREAN) == skeleton("wokeo", Profile.KOREAN)
    assert skeleton("holmes", Profile.KOREAN) == skeleton("homseu", Profile.KOREAN)
    # An l that starts the word is said (Almaz, 알마즈), and one before another letter (Kelvin, Tolbert).
    assert skeleton("almaz", Profile.KOREAN) != skeleton("amajeu", Profile.KOREAN)
    assert skeleton("tolbert", Profile.KOREAN) != skeleton("tobeot", Profile.KOREAN)
    assert skeleton("walker", Profile.CYRILLIC) != skeleton("voker", Profile.CYRILLIC)  # Уолкер writes it
