"""Names in Latin letters by other romanisation systems than the ones the matcher reads first (issue 19, stop 25):
pinyin with tone digits or marks, Japanese romaji in Kunrei-shiki or Nihon-shiki or Hepburn with long-vowel marks
and Japan's legal forms in romaji, and a Russian rendering of an English name romanised back into Latin letters.
Every listed name is a listed entity of the shared facts; every query is written here, none is a held-out row, and
each rule has a quiet twin: an unlisted name of the same form that must stay unmatched."""

from __future__ import annotations

import pytest

from policywatch.screening.cyrillic import from_romanised, may_be_romanised
from policywatch.screening.matcher import Matcher, Query
from policywatch.screening.normalize import normalize
from policywatch.screening.romaji import hepburn
from policywatch.screening.romanised_lines import read_romanised

LISTED = [
    {"name_en": "Lockheed Martin Corporation", "name_zh": "洛克希德·马丁公司", "country": "US"},
    {"name_en": "General Dynamics", "name_zh": "通用动力公司", "country": "US"},
    {"name_en": "Northrop Grumman Systems Corporation", "name_zh": "诺斯罗普·格鲁曼系统公司", "country": "US"},
    {"name_en": "Jong Shyn Shipbuilding Co.,Ltd", "name_zh": "中信造船股份有限公司", "country": "TW"},
    {"name_en": "Gong Wei Co.,Ltd", "name_zh": "攻卫股份有限公司", "country": "TW"},
    {"name_en": "Mitsubishi Heavy Industries Shipbuilding Co.", "name_zh": "三菱造船株式会社", "country": "JP"},
    {"name_en": "Mitsubishi Heavy Industries Marine Machinery & Equipment Co., Ltd.",
     "name_zh": "三菱重工海洋机械株式会社", "country": "JP"},
    {"name_en": "Mitsubishi Heavy Industries Aero Engines, Ltd.", "name_zh": "三菱重工航空发动机株式会社",
     "country": "JP"},
    {"name_en": "Kawasaki Heavy Industries Aerospace Systems Company", "name_zh": "川崎重工航空宇宙系统公司",
     "country": "JP"},
    {"name_en": "Japan Aerospace Exploration Agency", "name_zh": "日本宇宙航空研究开发机构", "country": "JP"},
]
_MATCHER = Matcher(LISTED, threshold=0.85)


def _hits(name: str) -> list[tuple[str, float, str]]:
    """(listed English name, score, explanation) of every hit that is not a related entity's."""
    return [(m.entity["name_en"], m.score, m.explanation) for m in _MATCHER.match_many([Query(name)])[0]
            if m.reason != "related"]


@pytest.mark.parametrize(("line", "plain"), [
    ("Luo4ke4xi1de2 Ma3ding1 Gong1si1", "Luokexide Mading Gongsi"),
    ("Tong1 yong4 Dong4 li4", "Tong yong Dong li"),
    ("Lu:4se4 Ke1ji4", "Luse Keji"),  # ü typed u: where the keyboard has none
    ("Kawasaki Jûkô Kôkû", "Kawasaki Juko Koku"),  # Hepburn's long vowels with circumflexes
])
def test_tone_digits_and_long_vowel_marks_are_left_out(line: str, plain: str) -> None:
    read = read_romanised(line)
    assert read is not None and read.name == plain


@pytest.mark.parametrize("line", ["L3Harris Technologies", "ACT1 Federal", "A1 Bo3 Trading", "Suite 2045 Li1"])
def test_digits_of_a_code_are_no_tones(line: str) -> None:
    assert read_romanised(line) is None


@pytest.mark.parametrize(("query", "listed"), [
    ("Luo4ke4xi1de2 Ma3ding1 Gong1si1", "Lockheed Martin Corporation"),
    ("Luo4 ke4 xi1 de2 Ma3 ding1 Gong1 si1", "Lockheed Martin Corporation"),
    ("Tong1yong4 Dong4li4 Gong1si1", "General Dynamics"),
    ("Zhong1xin4 Zao4chuan2 Gu3fen4 You3xian4 Gong1si1", "Jong Shyn Shipbuilding Co.,Ltd"),
    ("Tōng yòng Dòng lì Gōng sī", "General Dynamics"),
])
def test_toned_pinyin_reads_as_plain_pinyin(query: str, listed: str) -> None:
    hits = _hits(query)
    assert hits and hits[0][0] == listed
    assert hits[0][1] < 0.85  # a review hit, as plain pinyin's is: the tones say no more than the syllables
    read = read_romanised(query)
    assert read is not None and [h[:2] for h in hits] == [h[:2] for h in _hits(read.name)]


@pytest.mark.parametrize("query", [
    "Tong1xin4 Ke1ji4 Gong1si1",  # 通信科技公司: no listed name
    "Zhong1hua2 Zao4chuan2 Gong1si1",  # 中华造船: the listed one is 中信造船
    "Luo4ke4 Gong1si1",
])
def test_toned_pinyin_of_unlisted_names_stays_unmatched(query: str) -> None:
    assert _hits(query) == []


@pytest.mark.parametrize(("word", "folded"), [
    ("Zyuukougyou", "jukogyo"), ("Utyuu", "uchu"), ("Koukuu", "koku"), ("Mitubisi", "mitsubishi"),
    ("Sisutemu", "shisutemu"), ("Kaihatu", "kaihatsu"), ("Huzitu", "fujitsu"), ("Kenkyuusyo", "kenkyusho"),
    ("Tyuubu", "chubu"), ("Syouzi", "shoji"), ("Dyuu", "ju"), ("Kwaisya", "kaisha"), ("Ohno", "ono"),
    ("Jūkō", "juko"), ("Jûkô", "juko"),
    # Hepburn as it is: its shu and chu hold no hu to read as fu, its shi no si.
    ("Shuzo", "shuzo"), ("Chuo", "chuo"), ("Mitsubishi", "mitsubishi"), ("Tsushin", "tsushin"),
])
def test_romaji_folds_to_hepburn(word: str, folded: str) -> None:
    assert hepburn(word) == folded


@pytest.mark.parametrize(("query", "listed"), [
    ("Kawasaki Zyuukou Koukuu Utyuu Sisutemu", "Kawasaki Heavy Industries Aerospace Systems Company"),
    ("Mitubisi Zyuukou Kaiyou Kikai", "Mitsubishi Heavy Industries Marine Machinery & Equipment Co., Ltd."),
    ("Mitubisi Zyuukou Koukuu Enzin Kabusiki Kaisya", "Mitsubishi Heavy Industries Aero Engines, Ltd."),
    ("Utyuu Koukuu Kenkyuu Kaihatu Kikou", "Japan Aerospace Exploration Agency"),
    ("Kawasaki Jûkô Kôkû Uchû Shisutemu", "Kawasaki Heavy Industries Aerospace Systems Company"),
    ("Kabushiki Kaisha Mitsubishi Zosen", "Mitsubishi Heavy Industries Shipbuilding Co."),
    ("Mitsubishi Zosen Kabushiki-gaisha", "Mitsubishi Heavy Industries Shipbuilding Co."),
    ("MITSUBISHI JUKO KAIYO KIKAI KABUSHIKI KAISHA", "Mitsubishi Heavy Industries Marine Machinery & Equipment "
                                                     "Co., Ltd."),
])
def test_romaji_of_other_systems_meets_the_listed_japanese_name(query: str, listed: str) -> None:
    hits = _hits(query)
    assert hits and hits[0][0] == listed and hits[0][1] < 0.85
    assert "romaji" in hits[0][2]


@pytest.mark.parametrize("query", [
    "Mitubisi Syouzi Kabusiki Kaisya",  # Mitsubishi Corporation, the trading house: not listed
    "Kawasaki Kisen Kaisha",  # "K" Line: not listed
    "Sumitomo Zyuukikai Kougyou",  # Sumitomo Heavy Industries: not listed
    "Kabushiki Kaisha Toshiba",
    "Mitsubishi Jukogyo Kabushiki Kaisha",  # the parent alone is none of the listed units
])
def test_romaji_of_unlisted_japanese_names_stays_unmatched(query: str) -> None:
    assert _hits(query) == []


def test_japanese_legal_forms_in_romaji_are_left_out() -> None:
    for name in ("Mitsubishi Zosen Kabushiki Kaisha", "Mitsubishi Zosen Kabusiki Kaisya", "Mitsubishi Zosen K.K.",
                 "Kabushiki Kaisha Mitsubishi Zosen", "Mitsubishi Zosen Co., Ltd."):
        assert normalize(name).tokens == ("mitsubishi", "zosen")
    assert normalize("Kaisha").tokens == ("kaisha",)  # never the whole name


def test_a_romanised_russian_rendering_is_read_as_its_cyrillic() -> None:
    assert from_romanised("LOKKHID MARTIN KORPOREISHN") == "локхид мартин корпорейшн"
    assert from_romanised("DZHENERAL DAINEMIKS") == "дженерал дайнемикс"
    # An English word as printed stays so; without a word of romanised Russian there is nothing to read.
    assert from_romanised("Lokkhid Martin Corporation") == "локхид мартин corporation"
    assert from_romanised("Lockheed Martin") is None and from_romanised("Martin Dental") is None
    # Pinyin's zh is no Russian ж.
    assert from_romanised("Zhong Wei", pinyin=lambda w: w == "zhong") is None
    assert may_be_romanised("NORTROP GRUMMAN SISTEMS") and not may_be_romanised("Northrop Grumman Systems")


@pytest.mark.parametrize(("query", "listed"), [
    ("LOKKHID MARTIN KORPOREISHN", "Lockheed Martin Corporation"),
    ("DZHENERAL DAINEMIKS", "General Dynamics"),
    ("Nortrop Grumman Sistemz Korporeishn", "Northrop Grumman Systems Corporation"),
    ("Lokkhid Martin Korporeyshn", "Lockheed Martin Corporation"),  # BGN's y for й
])
def test_russian_renderings_in_latin_letters_meet_the_listed_name(query: str, listed: str) -> None:
    hits = _hits(query)
    assert hits and hits[0][0] == listed and hits[0][1] < 0.85
    assert "romanised Russian" in hits[0][2]


@pytest.mark.parametrize("query", [
    "KHIMPROM KORPOREISHN",  # a Russian company's own name: no listed one
    "DZHENERAL ELEKTRIK",  # General Electric: not listed
    "Zhong Wei Trading",  # pinyin, not Russian: Gong Wei is another company
    "Kharkov Trading",
])
def test_romanised_russian_of_unlisted_names_stays_unmatched(query: str) -> None:
    assert _hits(query) == []
