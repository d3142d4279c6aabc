"""Rules of the tenth round (issue 19, held-out 10's categories, stop 19): a Latin name romanising a listed Chinese or
Japanese name another way (Wade-Giles or a Taiwan spelling, pinyin with English words, romaji); a department or
addressee after a name; initials with a site after them; a ticker with a place or an exchange; Ltd in an acronym;
another translation of one Chinese word, and America for USA; a person's given name with a letter dropped; a
branch's state left out of its Chinese name; a rendering without a Latin word's last n. Every name is a listed
entity of the shared facts, every query is written here in the form of a category, and none is a held-out row."""

from __future__ import annotations

from variant_helpers import top_match as _top

from policywatch.screening.departments import department_tail
from policywatch.screening.matcher import Matcher
from policywatch.screening.romanised import fold_syllable, word_sounds
from policywatch.screening.sites import site_after_initials, town_and_state
from policywatch.screening.tickers import ticker_with_context

TAIWAN = [
    {"name_en": "JC Technology Inc.", "name_zh": "仲硕科技股份有限公司", "country": "TW"},
    {"name_en": "Lungteh Shipbuilding Co.,Ltd", "name_zh": "龙德造船工业股份有限公司", "country": "TW"},
    {"name_en": "National Chung-Shan Institute of Science & Technology", "name_zh": "中山科学研究院",
     "country": "TW"},
    {"name_en": "GEOSAT Aerospace & Technology Inc.", "name_zh": "经纬航太科技公司", "country": "TW"},
]
JAPAN = [
    {"name_en": "Kawasaki Heavy Industries Aerospace Systems Company", "name_zh": "川崎重工航空宇宙系统公司",
     "country": "JP"},
    {"name_en": "Mitsubishi Heavy Industries Maritime Systems, Ltd.", "name_zh": "三菱重工海事系统株式会社",
     "country": "JP"},
    {"name_en": "NEC Aerospace Systems, Ltd.", "name_zh": "日本电气航空宇宙系统株式会社", "country": "JP"},
    {"name_en": "Japan Marine United Corporation", "name_zh": "日本海洋联合株式会社", "country": "JP"},
    {"name_en": "Japan Aerospace Exploration Agency", "name_zh": "日本宇宙航空研究开发机构", "country": "JP"},
    {"name_en": "Mitsubishi Heavy Industries Engine & Turbocharger, Ltd.",
     "name_zh": "三菱重工发动机与涡轮增压器株式会社", "country": "JP"},
]
US = [
    {"name_en": "Lockheed Martin Corporation", "name_zh": "洛克希德·马丁公司", "country": "US"},
    {"name_en": "Lockheed Martin Aeronautics", "name_zh": "洛克希德·马丁航空公司", "country": "US"},
    {"name_en": "Illumina, Inc.", "name_zh": "因美纳公司", "country": "US"},
    {"name_en": "Northrop Grumman Systems Corporation", "name_zh": "诺斯罗普·格鲁曼系统公司", "country": "US"},
    {"name_en": "Kratos Unmanned Aerial Systems, Inc.", "name_zh": "奎托斯无人机系统公司", "country": "US"},
    {"name_en": "Novotech, Inc.", "country": "US"},
    {"name_en": "Shield AI, Inc.", "name_zh": "护盾人工智能公司", "country": "US"},
    {"name_en": "Elbit Systems of America, LLC", "name_zh": "埃比特系统美国分公司"},
    {"name_en": "Boeing in St. Louis", "name_zh": "波音密苏里州圣路易斯市分公司", "country": "US"},
    {"name_en": "Teledyne FLIR, LLC", "name_zh": "Teledyne FLIR公司"},
]
PERSONS = [
    {"name_en": "Mitch McDonald", "name_zh": "米奇·麦克唐纳", "country": "US", "kind": "person"},
    {"name_en": "Ann Wood", "name_zh": "安·伍德", "country": "US", "kind": "person"},
    {"name_en": "Palmer Luckey", "name_zh": "帕尔默·卢基", "country": "US", "kind": "person"},
    {"name_en": "Dan Smoot", "name_zh": "丹·斯穆特", "country": "US", "kind": "person"},
    {"name_en": "John Cantillon", "name_zh": "约翰·坎蒂伦", "country": "US", "kind": "person"},
]


def _review_hit(matcher: Matcher, query: str, listed: str, words: str) -> None:
    top = _top(matcher, query)
    assert top is not None and top[0] == listed and top[2] < 0.85, (query, top)
    assert words in matcher.match(query)[0].explanation, query


def test_romanised_syllables_fold_across_systems() -> None:
    assert fold_syllable("chung") == fold_syllable("zhong") == fold_syllable("jong")  # Wade-Giles, pinyin, Taiwan
    assert fold_syllable("kung") == fold_syllable("gong")
    assert fold_syllable("hsin") == fold_syllable("xin") == fold_syllable("shyn")
    assert fold_syllable("teh") == fold_syllable("de")
    assert word_sounds("longde")[0] == word_sounds("lungteh")[0]
    assert word_sounds("technology") == ()  # an English word is no run of syllables


def test_a_taiwan_name_romanised_another_way_is_a_review_hit() -> None:
    matcher = Matcher(TAIWAN, threshold=0.85)
    _review_hit(matcher, "Longde Shipbuilding Co", "Lungteh Shipbuilding Co.,Ltd", "another romanisation")
    _review_hit(matcher, "Chungshuo Technology Corp", "仲硕科技股份有限公司", "read word by word")  # Wade-Giles
    _review_hit(matcher, "Zhongshuo Keji", "仲硕科技股份有限公司", "pinyin")  # all in pinyin
    _review_hit(matcher, "Zhongshan Kexue Yanjiuyuan", "中山科学研究院", "pinyin")
    _review_hit(matcher, "Longde Shipbuilding Industry", "龙德造船工业股份有限公司", "read word by word")
    _review_hit(matcher, "Jingwei Aerospace Tech", "经纬航太科技公司", "aerospace")  # pinyin brand, English rest
    # Other words, or other sounds, are no reading of the listed names.
    assert _top(matcher, "Zhongshuo Shipbuilding") is None
    assert _top(matcher, "Longhai Shipbuilding Co") is None
    assert _top(matcher, "Jingwei Textiles") is None


def test_a_japanese_name_in_romaji_is_a_review_hit() -> None:
    matcher = Matcher(JAPAN, threshold=0.85)
    _review_hit(matcher, "Kawasaki Juko Koku Uchu Shisutemu", "川崎重工航空宇宙系统公司", "romaji")
    _review_hit(matcher, "Mitsubishi Juko Kaiji Shisutemu", "三菱重工海事系统株式会社", "romaji")
    _review_hit(matcher, "Nihon Kaiyo United", "日本海洋联合株式会社", "romaji")  # romaji and English mixed
    # A group's name in romaji that no listed unit has is none of its units.
    assert _top(matcher, "Nihon Denki") is None
    assert _top(matcher, "Mitsubishi Juko Kaiun") is None


def test_a_department_or_addressee_after_a_name_is_ignored() -> None:
    assert department_tail("Shield AI, Inc. - Procurement Department") == ("Shield AI, Inc.", "Procurement Department")
    assert department_tail("Illumina, Inc., Attn: Contracts") == ("Illumina, Inc.", "Attn: Contracts")
    assert department_tail("Boeing Defense, Space & Security") is None  # the name's own commas
    matcher = Matcher(US, threshold=0.85)
    for query, listed in (("Shield AI, Inc. - Procurement Department", "Shield AI, Inc."),
                          ("Illumina Inc; Accounts Receivable", "Illumina, Inc."),
                          ("Lockheed Martin Aeronautics (Purchasing Office)", "Lockheed Martin Aeronautics")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[2] >= 0.85, query
        assert "department or addressee" in matcher.match(query)[0].explanation
    assert _top(matcher, "Shield Technologies - Accounts Payable") is None


def test_initials_with_a_site_after_them_are_read_as_the_initials() -> None:
    assert site_after_initials("JAXA Tsukuba Space Center") == ("JAXA", "Tsukuba Space Center")
    assert site_after_initials("JMU Jersey Metal Union Plant") is None  # the initials' own expansion: another body
    assert site_after_initials("JMU Japan Marine Utility Works") is None  # the expansion, then the site word
    assert site_after_initials("JMU Works") is None
    assert site_after_initials("ICE Training Center") is None  # a trade word first: what a body does, not where
    matcher = Matcher(JAPAN, threshold=0.85)
    for query, listed in (("JAXA Tsukuba Space Center", "Japan Aerospace Exploration Agency"),
                          ("JMU Ariake Shipyard", "Japan Marine United Corporation")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "acronym", query
        assert "a site of the unit" in matcher.match(query)[0].explanation
    assert town_and_state("NGSC Rolling Meadows IL") == ("NGSC", "Rolling Meadows IL")
    assert town_and_state("NGSC Systems CA") is None  # a trade word is no town
    assert town_and_state("JMU Kista AB") is None  # AB: a province, and as often a Swedish legal form
    us = Matcher(US, threshold=0.85)
    top = _top(us, "NGSC Rolling Meadows IL")
    assert top is not None and top[0] == "Northrop Grumman Systems Corporation" and top[1] == "acronym"
    top = _top(matcher, "MHIETL Sagamihara Works")  # Ltd keeps its initial, as Limited does
    assert top is not None and top[0] == "Mitsubishi Heavy Industries Engine & Turbocharger, Ltd."


def test_a_ticker_with_a_place_or_an_exchange() -> None:
    assert ticker_with_context("LMT (NYSE)") == ("LMT", "(NYSE)")
    assert ticker_with_context("LMT Defense") is None  # a word of a name, not a place
    matcher = Matcher(US, threshold=0.85)
    for query, listed in (("LMT (NYSE)", "Lockheed Martin Corporation"),  # not its units: each has words of its own
                          ("ILMN (NASDAQ)", "Illumina, Inc."),  # a one-word name's skeleton to its last consonant
                          ("ILMN Hayward CA", "Illumina, Inc.")):
        top = _top(matcher, query)
        assert top is not None and top[0] == listed and top[1] == "acronym" and top[2] < 0.85, query
        assert "ticker" in matcher.match(query)[0].explanation
    assert _top(matcher, "NOC (NYSE)") is None  # a parent's ticker is no unit's: Grumman and Systems give no letter
    assert _top(matcher, "KTOS (NASDAQ)") is None
    assert _top(matcher, "NVT Houston TX") is None  # three letters of one word are too few to say
    assert _top(matcher, "LMT Defense") is None


def test_another_translation_of_one_word_and_america_for_usa() -> None:
    matcher = Matcher(JAPAN + US, threshold=0.85)
    _review_hit(matcher, "日本航天航空研究开发机构", "日本宇宙航空研究开发机构", "another translation")  # Space
    _review_hit(matcher, "Elbit Systems USA", "Elbit Systems of America, LLC", "America")
    # 国防 says whose body it is: never swapped for 防卫 or 防务.
    assert _top(matcher, "日本国防航空宇宙系统株式会社") is None


def test_a_given_name_with_a_letter_dropped() -> None:
    matcher = Matcher(PERSONS, threshold=0.85)
    _review_hit(matcher, "Mith McDonald", "Mitch McDonald", "a letter dropped")  # four letters: no edit by length
    _review_hit(matcher, "McDonald Mtch", "Mitch McDonald", "a letter dropped")  # surname first
    assert _top(matcher, "Dn Smoot") is None  # a short given name: too many names are one letter apart
    assert _top(matcher, "Anne Wood") is None  # a longer form of a short name is another person's as often
    assert _top(matcher, "Mitch McDonnell") is None


def test_a_branch_without_its_state_and_a_rendering_without_its_last_n() -> None:
    matcher = Matcher(US, threshold=0.85)
    _review_hit(matcher, "波音圣路易斯市分公司", "波音密苏里州圣路易斯市分公司", "without its state")
    _review_hit(matcher, "波音圣路易斯分公司", "波音密苏里州圣路易斯市分公司", "without its state")
    top = _top(matcher, "特莱达菲利尔公司")
    assert top is not None and top[0] in {"Teledyne FLIR, LLC", "Teledyne FLIR公司"} and top[2] < 0.85
    assert "last n" in matcher.match("特莱达菲利尔公司")[0].explanation
    assert _top(matcher, "波音西雅图分公司") is None  # another city is another branch
