"""Other romanisations of listed names, round 23: Wade-Giles k'o/ho for pinyin ke/he, an aspirated syllable cut at
its apostrophe, the pinyin of a foreign person's dotted Chinese name, and a hangul brand run together with the
next word. Every name is a listed entity of the shared
facts, every query is written here, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match

from policywatch.screening.matcher import Matcher
from policywatch.screening.romanised import fold_syllable

LISTED = [
    {"name_en": "GEOSAT Aerospace & Technology Inc.", "name_zh": "经纬航太科技公司", "country": "TW"},
    {"name_en": "JC Technology Inc.", "name_zh": "仲硕科技股份有限公司", "country": "TW"},
    {"name_en": "John Cantillon", "name_zh": "约翰·坎蒂伦", "country": "US", "kind": "person"},
    {"name_en": "Mitch McDonald", "name_zh": "米奇·麦克唐纳", "country": "US", "kind": "person"},
    {"name_en": "Hanwha Shipping Holdings LLC", "country": "US"},
    {"name_en": "Lockheed Martin Aeronautics", "name_zh": "洛克希德·马丁航空公司", "country": "US"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def test_wade_giles_guttural_o() -> None:
    assert fold_syllable("ko") == fold_syllable("ke")
    assert fold_syllable("ho") == fold_syllable("he")


def test_wade_giles_aspirated() -> None:
    for query in ("Chung-shuo K'o-chi", "Chung-shuo K o-chi"):  # 仲硕科技, the apostrophe kept or made a space
        found = top_match(_MATCHER, query)
        assert found is not None and found[0] == "仲硕科技股份有限公司" and found[2] < 0.85, query


def test_pinyin_of_a_dotted_foreign_name() -> None:
    for query, listed in (("Yuēhàn Kǎndìlún", "约翰·坎蒂伦"), ("Miqi Maiketangna", "米奇·麦克唐纳")):
        found = top_match(_MATCHER, query)
        assert found is not None and found[0] == listed and found[2] < 0.85, query
    assert top_match(_MATCHER, "Yuehan Kandi") is None


def test_hangul_words_run_together() -> None:
    found = top_match(_MATCHER, "록히드마틴 에어로노틱스")
    assert found is not None and found[0] == "Lockheed Martin Aeronautics", found
    # A Latin word printed in a hangul name is kept as printed, never heard as a listed word.
    found = top_match(_MATCHER, "한화 쉬핑 홀딩스 LLC")
    assert found is not None and found[0] == "Hanwha Shipping Holdings LLC"
