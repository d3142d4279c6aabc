"""Rules of the twenty-second round (issue 19, held-out 15's categories): a Chinese name in pinyin with its legal
form in pinyin; a reversed name with its legal form first; a near spelling that is a partnership against a listed
company; an initial and the surname of a listed person with a short given name; a name in capitals cut at a vendor
master's field width; a two-letter ticker after an exchange; initials with their group's name in brackets; a town
written with "Ft"; a name in hangul. Every name is a listed entity of the shared facts, every query is written
here in the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.cut_names import CutNames, may_be_cut
from policywatch.screening.hangul import latin_reading, romanise_syllables
from policywatch.screening.matcher import Matcher
from policywatch.screening.normalize import legal_form_last, legal_kinds_differ, normalize
from policywatch.screening.places import strip_place
from policywatch.screening.romanised import pinyin_legal_forms, spelled_with_legal_form
from policywatch.screening.site_tail import initials_then_brand

LISTED = [
    {"name_en": "Leidos", "name_zh": "莱多斯公司", "country": "US"},
    {"name_en": "General Dynamics Land Systems", "name_zh": "通用动力陆地系统公司", "country": "US"},
    {"name_en": "General Dynamics Mission Systems", "name_zh": "通用动力任务系统公司", "country": "US"},
    {"name_en": "General Dynamics", "name_zh": "通用动力公司", "country": "US"},
    {"name_en": "Global Dimensions LLC", "name_zh": "全球维度公司", "country": "US"},
    {"name_en": "Cyberlux Corporation", "name_zh": "赛博勒克斯公司", "country": "US"},
    {"name_en": "Dan Smoot", "name_zh": "丹·斯穆特", "country": "US", "kind": "person"},
    {"name_en": "National Chung-Shan Institute of Science & Technology", "name_zh": "中山科学研究院",
     "country": "TW"},
    {"name_en": "Domo Tactical Communications", "name_zh": "多莫战术通信公司"},
    {"name_en": "Hanwha Shipping Holdings LLC", "country": "US"},
    {"name_en": "Hanwha Shipping LLC", "country": "US"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)
_CUT = 0.85


def _found(query: str) -> tuple[str, str, float] | None:
    return _top(_MATCHER, query)


def test_pinyin_legal_forms_are_the_chinese_ones_romanised() -> None:
    forms = pinyin_legal_forms()
    assert "gongsi" in forms and "youxiangongsi" in forms and "gufenyouxiangongsi" in forms
    assert "laiduosiyouxiangongsi" in spelled_with_legal_form("莱多斯")
    assert spelled_with_legal_form("公司") == []  # a legal form alone is no name


def test_pinyin_brand_with_a_pinyin_legal_form_is_a_review_hit() -> None:
    found = _found("Laiduosi Youxian Gongsi")
    assert found is not None and found[0] == "莱多斯公司" and found[2] < _CUT
    assert "legal form maybe in pinyin" in _MATCHER.match("Laiduosi Youxian Gongsi")[0].explanation
    assert _found("Laiduosi") is None  # one romanised word alone is too many companies' name


def test_pinyin_of_several_words_with_a_legal_form() -> None:
    found = _found("Tongyong Dongli Ludi Xitong Youxian Gongsi")
    assert found is not None and found[0] == "通用动力陆地系统公司" and found[2] < _CUT


def test_reversed_name_puts_its_legal_form_last() -> None:
    assert legal_form_last("inc., sierra nevada") == "sierra nevada inc."
    assert legal_form_last("smith, john") == "smith, john"
    assert normalize("Corporation, Cyberlux").key == normalize("Cyberlux Corporation").key
    found = _found("Corporation, Cyberlux")
    assert found is not None and found[1] == "exact"


def test_reversed_parent_name_is_related_not_a_match() -> None:
    hits = _MATCHER.match("Corp, Hanwha")
    assert hits and hits[0].matched_name == "Hanwha Shipping LLC" and hits[0].reason == "related"
    found = _found("Inc., General Dynamics")
    assert found is not None and found[0] == "General Dynamics" and found[1] == "exact"


def test_partnership_near_spelling_of_a_company_is_no_match() -> None:
    assert legal_kinds_differ(("llp",), ("corporation",))
    assert not legal_kinds_differ(("llc",), ("inc",))
    assert not legal_kinds_differ((), ("inc",))
    assert _found("Cyberlax LLP") is None
    found = _found("Cyberlax Corp")
    assert found is not None and found[0] == "Cyberlux Corporation"


def test_initial_and_surname_of_a_person_with_a_short_given_name() -> None:
    found = _found("D. Smoot")
    assert found is not None and found[0] == "Dan Smoot" and found[2] < _CUT
    assert "initial D" in _MATCHER.match("Smoot, D.")[0].explanation
    assert _found("R. Smoot") is None


def test_capitals_cut_at_a_field_width() -> None:
    query = "NATIONAL CHUNG-SHAN INSTITUTE OF SC"
    assert may_be_cut(query) and not may_be_cut("National Chung-Shan Institute of Sc")
    assert not may_be_cut("NATIONAL CHUNG-SHAN")  # too short for a field's width
    found = _found(query)
    assert found is not None and found[0] == "National Chung-Shan Institute of Science & Technology"
    assert found[2] < _CUT
    assert "characters of the listed name" in _MATCHER.match(query)[0].explanation


def test_cut_name_starting_two_entities_names_is_none() -> None:
    index = CutNames()
    index.add(0, 0, "General Dynamics Land Systems")
    index.add(1, 1, "General Dynamics Mission Systems")
    assert index.lookup("GENERAL DYNAMICS MISSION SYS") is not None
    assert index.lookup("GENERAL DYNAMICS") is None  # fewer than three words
    index.add(2, 2, "General Dynamics Missions Group")
    assert index.lookup("GENERAL DYNAMICS MISSION") is None  # both start so


def test_two_letter_ticker_after_an_exchange_names_no_llc() -> None:
    found = _found("GD (NYSE)")
    assert found is not None and found[0] == "General Dynamics" and found[1] == "acronym"
    assert _found("NASDAQ: DT") is None  # not the initials of every word
    assert _found("GD Widgets") is None


def test_initials_with_their_group_in_brackets() -> None:
    assert initials_then_brand("GDLS (General Dynamics)") == ("GDLS", "General Dynamics")
    assert initials_then_brand("GDLS (Boeing)") is None
    found = _found("GDLS (General Dynamics)")
    assert found is not None and found[0] == "General Dynamics Land Systems" and found[1] == "acronym"


def test_town_written_with_ft() -> None:
    assert strip_place("GDLS FT LAUDERDALE FL") == ("GDLS", "FT LAUDERDALE FL")


def test_hangul_reading() -> None:
    assert romanise_syllables("한화") == "hanhwa"
    assert latin_reading("한화쉬핑홀딩스") == "hanhwa shipping holdings"
    assert latin_reading("Acme") is None


def test_hangul_name_is_a_review_hit() -> None:
    found = _found("한화쉬핑홀딩스")
    assert found is not None and found[0] == "Hanwha Shipping Holdings LLC" and found[2] < _CUT
    assert "read from Korean" in _MATCHER.match("한화쉬핑홀딩스")[0].explanation
    assert _found("삼성 에너지") is None
