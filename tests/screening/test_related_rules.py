"""Issue 19 accuracy rules: parents, siblings and holdings of listed units are related review hits, never matches;
acronyms and Chinese renderings the matcher learnt to read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from screening_facts import facts_entities
from sqlalchemy.engine import Engine

from policywatch.cli import main
from policywatch.screening.acronyms import readings
from policywatch.screening.chinese import score, zh_form
from policywatch.screening.matcher import Match, Matcher
from policywatch.screening.normalize import GENERIC_WORDS_ZH, ZH_GENERIC_EN, normalize

THRESHOLD = 0.85


@pytest.fixture(scope="module")
def matcher(facts: dict[str, Any]) -> Matcher:
    return Matcher(facts_entities(facts), threshold=THRESHOLD)


def _only_related(found: list[Match]) -> list[Match]:
    assert found, "expected a related review hit"
    assert {m.reason for m in found} == {"related"}, [(m.reason, m.matched_name, m.score) for m in found]
    assert all(m.score < THRESHOLD for m in found)
    return found


@pytest.mark.parametrize(
    ("query", "listed", "kind"),
    [
        ("Northrop Grumman Corporation", "Northrop Grumman Systems Corporation", "parent"),  # with a legal form
        ("Mitsubishi Heavy Industries Group Co., Ltd.", "Mitsubishi Heavy Industries Shipbuilding Co.", "parent"),
        ("Teledyne, Inc.", "Teledyne FLIR, LLC", "parent"),  # the holding "X Inc." against "X FLIR"
        ("Hanwha Ocean Co., Ltd.", "Hanwha Ocean USA International LLC", "parent"),
        ("Kawasaki Heavy Industries Motors", "Kawasaki Heavy Industries Aerospace Systems Company", "sibling"),
        ("NEC Space Technologies, Ltd.", "NEC Aerospace Systems, Ltd.", "sibling"),  # "X Space" against "X Aerospace"
        ("Northrop Grumman Mission Systems", "Northrop Grumman Systems Corporation", "sibling"),  # a word put inside
    ],
)
def test_parents_and_siblings_are_related_hits_never_matches(matcher: Matcher, query: str, listed: str,
                                                              kind: str) -> None:
    found = _only_related(matcher.match(query))
    hit = next(m for m in found if m.matched_name == listed)
    assert hit.explanation.startswith(f"related ({kind}): a related entity, not the listed one: {query!r}")
    assert hit.to_json()["reason"] == "related"


def test_a_sibling_is_related_however_similar_the_names(matcher: Matcher) -> None:
    # Without the sibling rule this scored 0.947, a match on the listed unit.
    hit = next(m for m in matcher.match("Northrop Grumman Aerospace Systems"))
    assert hit.reason == "related" and "shared: northrop grumman" in hit.explanation


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Northrop Grumman Systems Corp.", "Northrop Grumman Systems Corporation"),
        ("Teledyne FLIR LLC", "Teledyne FLIR, LLC"),
        ("Hanwha Ocean USA International, L.L.C.", "Hanwha Ocean USA International LLC"),
        ("Mitsubishi Heavy Industries Shipbuilding Group", "Mitsubishi Heavy Industries Shipbuilding Co."),
    ],
)
def test_a_legal_form_or_holding_word_on_the_listed_name_itself_still_matches(matcher: Matcher, query: str,
                                                                              listed: str) -> None:
    hit = matcher.match(query)[0]
    assert hit.reason in {"exact", "fuzzy"} and hit.matched_name == listed and hit.score >= THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("三菱重工集团", "三菱重工海事系统株式会社"),  # X集团 against X…株式会社
        ("诺斯罗普·格鲁曼公司", "诺斯罗普·格鲁曼系统公司"),
        ("洛克希德·马丁太空公司", "洛克希德·马丁航空公司"),  # a sibling: 太空 in place of 航空
    ],
)
def test_chinese_parents_and_siblings_are_related(matcher: Matcher, query: str, listed: str) -> None:
    found = matcher.match(query)
    hit = next(m for m in found if m.matched_name == listed)
    assert hit.reason == "related" and hit.score < THRESHOLD


def test_a_chinese_character_in_place_of_another_is_no_typo() -> None:
    query, listed = zh_form(normalize("洛克希德·马丁太空公司")), zh_form(normalize("洛克希德·马丁航空公司"))
    assert query is not None and listed is not None
    found = score(query, listed)
    assert found is not None and found.related == "sibling" and found.score < THRESHOLD
    assert "a part in place of another" in found.why


@pytest.mark.parametrize(
    ("query", "listed", "reason"),
    [
        ("雷神飛彈系統公司", "Raytheon Missile Systems", "exact"),  # Taiwan 飛彈 = 导弹
        ("BAE系统公司", "BAE Systems, Inc.", "exact"),  # a Latin brand with a Chinese generic word
        ("吉布斯及考克斯公司", "Gibbs & Cox, Inc.", "fuzzy"),  # 及 for 与: linking characters weigh nothing
        ("洛克希德·馬丁飛彈與火控公司", "Lockheed Martin Missiles and Fire Control", "exact"),
    ],
)
def test_more_chinese_renderings_find_the_entity(matcher: Matcher, query: str, listed: str, reason: str) -> None:
    hit = matcher.match(query)[0]
    assert hit.entity.label == listed and hit.reason == reason and hit.score >= THRESHOLD


def test_only_a_latin_brand_gets_its_chinese_generic_words_in_english() -> None:
    assert normalize("BAE系统公司").tokens == ("bae", "system")
    assert normalize("IHI宇航工程株式会社").tokens == ("ihi", "aerospace", "engineering")
    assert normalize("L3哈里斯海事服务公司").tokens == ("l3", "哈里斯海事服务")  # not all generic: left as it is
    assert normalize("防务系统公司").tokens == ("防务系统",)  # no Latin brand: Chinese as it is


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("JAXA", "Japan Aerospace Exploration Agency"),  # "ex" read as X
        ("IPVM", "IP Video Market Info, Inc."),  # "Info" is generic: the distinctive words' initials
        ("HII Inc", "Huntington Ingalls Industries, Inc."),  # glued to a legal form
        ("GD-OTS", "General Dynamics Ordnance and Tactical Systems"),
        ("RM&D", "Raytheon Missiles & Defense"),
    ],
)
def test_more_acronyms_are_review_hits(matcher: Matcher, query: str, listed: str) -> None:
    hit = matcher.match(query)[0]
    assert hit.reason == "acronym" and hit.matched_name == listed and hit.score < THRESHOLD
    assert hit.explanation.startswith(f"acronym: {query!r} is the initials of {listed!r}")


def test_acronym_readings_of_inner_letters() -> None:
    assert readings("Japan Aerospace Exploration Agency")["JAXA"] == "ex read as X"
    assert readings("IP Video Market Info, Inc.")["IPVM"] == "distinctive words only"
    assert "L3HMS" in readings("L3Harris Maritime Services")


@pytest.mark.parametrize("query", ["RTX Corporation", "KPMG LLP", "ABB Ltd", "BASF SE", "NASA", "GM", "SAIC"])
def test_other_companies_acronyms_stay_clean(matcher: Matcher, query: str) -> None:
    assert [m for m in matcher.match(query) if m.reason != "related"] == []


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Lockheed Martin Space", "Lockheed Martin Corporation"),  # the listed parent's other listed units …
        ("洛克希德·马丁太空公司", "洛克希德·马丁公司"),
        ("Cubic Defense", "Cubic Corporation"),
    ],
)
def test_a_unit_added_to_a_listed_parent_is_another_unit(matcher: Matcher, query: str, listed: str) -> None:
    found = _only_related(matcher.match(query))
    hit = next(m for m in found if m.matched_name == listed)
    assert "a unit of the listed parent" in hit.explanation


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Anduril", "Anduril Industries"),  # the kind of company left out: no unit of it
        ("Huntington Ingalls", "Huntington Ingalls Industries, Inc."),
        ("Lockheed Martin Holdings", "Lockheed Martin Corporation"),  # a holding word added to the listed parent
        ("漢翔航空公司", "Aerospace Industrial Development Corp."),  # 工业 left out
        ("立方科技公司", "Cubic Corporation"),  # 科技 says what kind of company, not which unit
    ],
)
def test_the_kind_of_company_is_no_unit(matcher: Matcher, query: str, listed: str) -> None:
    hit = matcher.match(query)[0]
    assert hit.entity.label == listed and hit.reason == "fuzzy" and hit.score >= THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("雷神飛彈與防衛公司", "Raytheon Missiles & Defense"),  # 防衛 = 防务
        ("波音防衛、太空與安全集團", "Boeing Defense, Space & Security"),  # 太空 = 空间
        ("川崎重工航太系統公司", "Kawasaki Heavy Industries Aerospace Systems Company"),  # 航太 = 航天 = 航空宇宙
        ("安杜瑞尔公司", "Anduril Industries"),  # 瑞/里: r and l fold together
        ("莱道斯公司", "Leidos"),  # 道/多: uo and ao fold together
    ],
)
def test_chinese_synonyms_and_sounds(matcher: Matcher, query: str, listed: str) -> None:
    hit = matcher.match(query)[0]
    assert hit.entity.label == listed and hit.reason == "fuzzy" and hit.score >= THRESHOLD


def test_a_character_in_place_of_another_inside_the_brand_is_no_parent(matcher: Matcher) -> None:
    # 特利丹 against 特励达: each has a character of its own inside the brand, so neither a parent nor a sibling;
    # the two are transliterations of one name (same initial sounds): the listed unit itself.
    found = matcher.match("特利丹布朗工程公司")
    assert [m.reason for m in found] == ["fuzzy"]
    assert "丹≈达" in found[0].explanation


def test_every_chinese_generic_word_has_an_english_rendering() -> None:
    assert ZH_GENERIC_EN.keys() >= GENERIC_WORDS_ZH
    assert normalize("JMU防衛系統株式會社").tokens == normalize("JMU Defense Systems Co., Ltd.").tokens


def test_screen_json_says_parent_or_sibling(engine: Engine, record_notice: Callable[[str], list[int]],
                                            csv_file: Callable[..., Path]) -> None:
    record_notice("mofcom-2026-011.txt")  # the Mitsubishi Heavy Industries units, among others
    path = csv_file("id,name,name_zh,aliases,country\n"
                    "C-1,\"Mitsubishi Heavy Industries Group Co., Ltd.\",,,JP\n"
                    "C-2,Kawasaki Heavy Industries Motors,,,JP\n"
                    "C-3,\"Mitsubishi Heavy Industries Shipbuilding Co., Ltd.\",,,JP\n")
    result = CliRunner().invoke(main, ["--db", engine.url.render_as_string(hide_password=False), "screen",
                                       str(path), "--as-of", "2026-03-01", "--json"])
    assert result.exit_code == 0, result.output
    parent, sibling, unit = json.loads(result.output)
    assert parent["matches"] and {m["reason"] for m in parent["matches"]} == {"related"}
    assert all(m["explanation"].startswith("related (parent): ") for m in parent["matches"])
    assert sibling["matches"][0]["reason"] == "related"
    assert sibling["matches"][0]["explanation"].startswith("related (sibling): ")
    assert sibling["matches"][0]["matched_name"] == "Kawasaki Heavy Industries Aerospace Systems Company"
    assert unit["matches"][0]["reason"] == "exact"  # the listed unit itself, with its legal form
