"""Listed Latin names as Japanese writes them by their sounds (stop 25): katakana, full- or half-width, with ・ and
ー, and the romaji of such katakana (Hepburn with a long vowel's mark, or Kunrei-shiki), read through a glossary of
generic loanwords and heard word by word as the listed names' words (``loan_sounds``). Every name is a listed entity
of the shared facts, every query is written here, and none is a held-out row; unlisted Japanese firms written with
the same loanwords stay unmatched."""

from __future__ import annotations

from variant_helpers import assert_review_hit, top_match

from policywatch.screening.japanese_loans import katakana_words, marked_romaji, romaji_words
from policywatch.screening.loan_sounds import Profile, SoundWords, skeleton
from policywatch.screening.matcher import Matcher
from policywatch.screening.romaji import from_katakana

LISTED = [
    {"name_en": "Sierra Nevada Corporation", "name_zh": "内华达山脉公司", "country": "US"},
    {"name_en": "Raytheon Missile Systems", "name_zh": "雷神导弹系统公司", "country": "US"},
    {"name_en": "Pacific Rim Defense", "name_zh": "环太平洋防务公司", "country": "US"},
    {"name_en": "Cubic Global Defense", "name_zh": "立方全球防务公司"},
    {"name_en": "Mitsubishi Heavy Industries Maritime Systems, Ltd.", "name_zh": "三菱重工マリタイムシステムズ株式会社",
     "country": "JP"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def _review_hit(query: str, listed: str) -> None:
    assert_review_hit(_MATCHER, query, listed, "read from Japanese")


def test_katakana_in_hepburn() -> None:
    assert from_katakana("シエラ") == "shiera"
    assert from_katakana("キュービック") == "kyubikku"
    assert from_katakana("ウィンドウ") == "windo"  # ウ before a small vowel is a w; ou a long o
    assert from_katakana("ジュウコウ") == "juko"  # a Zengin reading, as before


def test_japanese_hears_english_sounds() -> None:
    # No l (r), no v (b), chi for ti, no h after another consonant, an r after a vowel unsaid.
    assert skeleton("global", Profile.JAPANESE) == skeleton("gurobaru", Profile.JAPANESE)
    assert skeleton("nevada", Profile.JAPANESE) == skeleton("nebada", Profile.JAPANESE)
    assert skeleton("raytheon", Profile.JAPANESE) == skeleton("reiseon", Profile.JAPANESE)
    assert skeleton("carter", Profile.JAPANESE) == skeleton("kachi", Profile.JAPANESE)  # カーチ
    assert skeleton("redhill", Profile.JAPANESE) == skeleton("reddoiru", Profile.JAPANESE)  # no h after d
    assert skeleton("redhill", Profile.KOREAN) != skeleton("reddoiru", Profile.KOREAN)  # Korean writes the h


def test_a_word_before_an_acronym_of_its_sounds() -> None:
    # A script renders an acronym by its letters' names, never as a word: the word of the same skeleton is heard.
    assert SoundWords({"nbd", "nevada"}).listed_word("nebada", Profile.JAPANESE) == "nevada"


def test_katakana_names_read_as_latin_words() -> None:
    assert katakana_words("シエラ・ネバダ・コーポレーション") == (["shiera", "nebada", "corporation"], frozenset({2}))
    # Half-width katakana and full-width Latin fold to their ordinary width; a legal form and a place go.
    assert katakana_words("ｼｴﾗ･ﾈﾊﾞﾀﾞ社") == (["shiera", "nebada"], frozenset())
    assert katakana_words("荷受人：株式会社ＳＮＣシステムズ 東京") == (["SNC", "systems"], frozenset({0, 1}))
    # A name with kanji of its own is a Japanese name, read elsewhere.
    assert katakana_words("三菱重工マリタイムシステムズ(株) 玉野") is None
    _review_hit("シエラ・ネバダ・コーポレーション", "Sierra Nevada Corporation")
    _review_hit("ｼｴﾗ･ﾈﾊﾞﾀﾞ社", "Sierra Nevada Corporation")
    _review_hit("レイセオン・ミサイル・システムズ", "Raytheon Missile Systems")
    _review_hit("キュービック・グローバル・ディフェンス株式会社", "Cubic Global Defense")


def test_romaji_of_loanwords() -> None:
    assert romaji_words("Paishifikku Rimu Difensu") == (["paishifikku", "rimu", "defense"], frozenset({2}))
    assert romaji_words("Reiseon Misairu Sisutemuzu K.K.") == (
        ["reiseon", "misairu", "systems", "k", "k"], frozenset({2, 3, 4}))
    assert romaji_words("Raytheon Missile Systems") is None  # no romaji loanword: no reading
    assert marked_romaji("Kyūbikku Gurōbaru") and not marked_romaji("Guójì Zàochuán")  # pinyin's tones
    _review_hit("Paishifikku Rimu Difensu", "Pacific Rim Defense")
    _review_hit("Reiseon Misairu Sisutemuzu K.K.", "Raytheon Missile Systems")
    _review_hit("Kyūbikku Gurōbaru Difensu", "Cubic Global Defense")
    _review_hit("Shiera Nebada Kōporēshon", "Sierra Nevada Corporation")


def test_unlisted_japanese_firms_stay_apart() -> None:
    for query in ("トヨタ・システムズ", "ソニー・セキュリティ", "ミツイ・ディフェンス", "Mitsui Shisutemu",
                  "Toyota Sekyuriti Sābisu", "ホンダ・エアロスペース", "シエラ・エナジー", "Kubota Difensu"):
        assert top_match(_MATCHER, query) is None, query
    # A listed Japanese firm's name in kanji keeps its own match.
    found = top_match(_MATCHER, "三菱重工マリタイムシステムズ株式会社")
    assert found == ("三菱重工マリタイムシステムズ株式会社", "exact", 1.0)
