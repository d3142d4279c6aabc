"""Vietnamese (Hán-Việt) names of listed Taiwanese companies, head first (``han_viet``), and lines of Latin and
Chinese parts (``mixed_scripts``). Every name is a listed entity of the shared facts, every query is written here,
and none is a held-out row; unlisted firms in the same forms stay unmatched."""

from __future__ import annotations

from variant_helpers import top_match

from policywatch.screening.han_viet import fold, han_viet, has_vietnamese, query_syllables
from policywatch.screening.matcher import Matcher
from policywatch.screening.mixed_scripts import in_chinese, pinyin_initials, script_runs

LISTED = [
    {"name_en": "Jong Shyn Shipbuilding Co.,Ltd", "name_zh": "中信造船股份有限公司", "country": "TW"},
    {"name_en": "Lungteh Shipbuilding Co.,Ltd", "name_zh": "龙德造船工业股份有限公司", "country": "TW"},
    {"name_en": "JC Technology Inc.", "name_zh": "仲硕科技股份有限公司", "country": "TW"},
    {"name_en": "National Chung-Shan Institute of Science & Technology", "name_zh": "中山科学研究院",
     "country": "TW"},
    {"name_en": "GEOSAT Aerospace & Technology Inc.", "name_zh": "经纬航太科技公司", "country": "TW"},
    {"name_en": "Aerospace Industrial Development Corp.", "name_zh": "汉翔航空工业股份有限公司", "country": "TW"},
    {"name_en": "Mitsubishi Heavy Industries Maritime Systems, Ltd.", "name_zh": "三菱重工海事系统株式会社",
     "country": "JP"},
    {"name_en": "Mitsubishi Heavy Industries Shipbuilding Co.", "name_zh": "三菱造船株式会社", "country": "JP"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def test_han_viet_readings() -> None:
    assert han_viet("中信") == ("trung", "tin")
    assert fold("Đức") == "duc"
    assert has_vietnamese("Công ty Long Đức") and not has_vietnamese("Zhōngxìn")
    # The words of the company's kind are left out; native "đóng tàu" is 造船's tạo thuyền.
    assert query_syllables("Công ty TNHH Đóng tàu Long Đức") == ("tao", "thuyen", "long", "duc")


def test_vietnamese_names_are_review_hits() -> None:
    for query, listed in (("Công ty TNHH Đóng tàu Long Đức", "龙德造船工业股份有限公司"),
                          ("Công ty Cổ phần Đóng tàu Trung Tín", "中信造船股份有限公司"),
                          ("Công ty Cổ phần Khoa học Kỹ thuật Trọng Thạc", "仲硕科技股份有限公司")):
        found = top_match(_MATCHER, query)
        assert found is not None and found[0] == listed and found[2] < 0.85, query
        assert "Sino-Vietnamese (Hán-Việt) rendering" in _MATCHER.match(query)[0].explanation


def test_unlisted_vietnamese_names_stay_apart() -> None:
    # 中山大学 and a hospital named for Zhongshan share the brand and little else; Trung Tín Bank is 中信银行.
    for query in ("Đại học Trung Sơn", "Bệnh viện Trung Sơn", "Ngân hàng Trung Tín", "Công ty Cổ phần Long Đức"):
        assert top_match(_MATCHER, query) is None, query


def test_script_runs_and_initials() -> None:
    assert script_runs("ＪＷＨＴ　经纬航太") == [("JWHT", False), ("经纬航太", True)]
    assert script_runs("经纬航太") is None
    assert pinyin_initials("LDZC", "龙德造船工业") and not pinyin_initials("LDCB", "龙德造船")
    assert in_chinese([("三菱重工", True), ("Maritime Systems", False)]) == "三菱重工海事系统"
    assert in_chinese([("三菱重工", True), ("USA", False)]) is None  # a country beside the name is the file's


def test_mixed_lines() -> None:
    for query, listed in (("JWHT 经纬航太", "经纬航太科技公司"), ("LDZCGY 龙德造船工业", "龙德造船工业股份有限公司"),
                          ("GEOSAT 经纬航太科技", "经纬航太科技公司"),
                          ("三菱重工 Maritime Systems", "三菱重工海事系统株式会社")):
        found = top_match(_MATCHER, query)
        assert found is not None and found[0] == listed, query
    assert "pinyin initials" in _MATCHER.match("JWHT 经纬航太")[0].explanation


def test_mixed_lines_of_other_firms_stay_apart() -> None:
    for query in ("ZXYH 中信银行", "ABCD 中信造船", "Boeing 经纬航太", "三菱重工 Power Systems"):
        assert top_match(_MATCHER, query) is None, query


def test_a_latin_name_with_a_chinese_legal_form_is_read_by_the_plain_pass() -> None:
    # The printed-line readings skip it (a sixth of a bank file's rows): the plain pass drops the form and finds it.
    hit = top_match(_MATCHER, "GEOSAT Aerospace & Technology 股份有限公司")
    assert hit is not None and hit[0] == "GEOSAT Aerospace & Technology Inc."
    assert top_match(_MATCHER, "Nortech Sunex 有限公司") is None
