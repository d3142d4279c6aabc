"""Taiwan firms in Wade-Giles with what a file writes after the name (stop 25): a town or the firm's initials after
its legal form, a town after a comma, and "Taiwan" first in its syllables (T'ai-wan). Every name is a listed entity
of the shared facts, every query is written here, and none is a held-out row; other firms written the same way stay
unmatched."""

from __future__ import annotations

from variant_helpers import top_match

from policywatch.screening.matcher import Matcher
from policywatch.screening.romanised import country_in_syllables, without_address

LISTED = [
    {"name_en": "JC Technology Inc.", "name_zh": "仲硕科技股份有限公司", "country": "TW"},
    {"name_en": "Gong Wei Co.,Ltd", "name_zh": "攻卫股份有限公司", "country": "TW"},
    {"name_en": "Jong Shyn Shipbuilding Co.,Ltd", "name_zh": "中信造船股份有限公司", "country": "TW"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def _review_hit(query: str, listed: str) -> None:
    found = top_match(_MATCHER, query)
    assert found is not None and found[0] == listed and found[2] < 0.85, (query, found)
    assert "after the name left out" in _MATCHER.match(query)[0].explanation or query.startswith("T'ai")


def test_words_before_the_address() -> None:
    assert without_address("Kung-wei Co., Kaohsiung") == [(("kung", "wei"), "kaohsiung")]
    assert without_address("Chung-shuo Ko-chi Corp (JCT)") == [(("chung", "shuo", "ko", "chi"), "jct")]
    assert without_address("Chung-shuo Ko-chi, Hsinchu") == [(("chung", "shuo", "ko", "chi"), "Hsinchu")]
    assert without_address("Co Kaohsiung Harbor") == []  # no name before the form
    assert without_address("Chung-shuo Ko-chi Co.") == []  # nothing after it
    assert country_in_syllables("tai", "wan") and not country_in_syllables("tai", "chung")


def test_town_or_initials_after_the_legal_form() -> None:
    _review_hit("Kung-wei Co., Kaohsiung", "Gong Wei Co.,Ltd")
    _review_hit("CHUNG-SHUO K'O-CHI CO SU-AO", "仲硕科技股份有限公司")
    _review_hit("Chung-shuo K'o-chi Corp (JCT)", "仲硕科技股份有限公司")


def test_town_after_a_comma() -> None:
    _review_hit("Chung-shuo K'o-chi, Hsinchu", "仲硕科技股份有限公司")


def test_taiwan_in_its_syllables_first() -> None:
    _review_hit("T'ai-wan Chung-shuo K'o-chi", "仲硕科技股份有限公司")


def test_other_firms_with_an_address_stay_apart() -> None:
    for query in ("Kung Wei Trading Co., Kaohsiung", "Chung Hsin Electric Co., Kaohsiung",
                  "Chung-shuo Trading, Hsinchu",
                  "Lung-te Trading Co. Taichung", "T'ai-wan Kung-wei Trading", "Tai-chung Chung-shuo Trading Co."):
        assert top_match(_MATCHER, query) is None, query
