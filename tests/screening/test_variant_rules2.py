"""Issue 19, second round: acronyms of part of a name, readings without the country or with letters inside a word,
Chinese transliterations read on initial sounds, a dropped country prefix, katakana generic words, Latin brands with
the rest in Chinese; and the real other companies these rules must leave alone."""

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
from policywatch.screening.acronyms import AcronymIndex, part_readings, readings
from policywatch.screening.chinese import coarse, score, zh_form
from policywatch.screening.matcher import Matcher
from policywatch.screening.normalize import normalize

THRESHOLD = 0.85


@pytest.fixture(scope="module")
def matcher(facts: dict[str, Any]) -> Matcher:
    return Matcher(facts_entities(facts), threshold=THRESHOLD)


def _top(matcher: Matcher, query: str) -> tuple[str, str, float] | None:
    found = [m for m in matcher.match(query) if m.reason != "related"]
    return (found[0].entity.label, found[0].reason, found[0].score) if found else None


# -- acronyms -----------------------------------------------------------------------------------------------


def test_part_readings_split_a_name_into_initials_and_words() -> None:
    parts = part_readings("General Dynamics Land Systems")
    assert ("GD", True, "Land Systems") in parts
    assert ("LS", False, "General Dynamics") in parts
    assert all(len(key) >= 2 for key, _, _ in parts)  # a one-word part is no acronym


@pytest.mark.parametrize(("query", "listed"), [
    ("GD Land Systems", "General Dynamics Land Systems"),
    ("G.D. Land Systems", "General Dynamics Land Systems"),
    ("MHI Aero Engines", "Mitsubishi Heavy Industries Aero Engines, Ltd."),
    ("General Dynamics IT", "General Dynamics Information Technology"),
    ("Kratos UAS Inc.", "Kratos Unmanned Aerial Systems, Inc."),
    ("NEC NSS", "NEC Network and Sensor Systems, Ltd."),
])
def test_acronym_of_part_of_the_name_is_a_review_hit(matcher: Matcher, query: str, listed: str) -> None:
    hit = matcher.match(query)[0]
    assert hit.entity.label == listed and hit.reason == "acronym"
    assert hit.score < THRESHOLD  # never auto-confirmed
    assert "initials of part of the name" in hit.explanation


def test_part_acronym_needs_the_rest_of_that_name_word_for_word(matcher: Matcher) -> None:
    for query in ("GD Express", "LM Ericsson", "MHI Vestas Offshore Wind", "GA Telesis", "NEC Display"):
        assert _top(matcher, query) is None, query


def test_first_legal_form_gives_its_initial_when_more_follow() -> None:
    assert readings("Marvin Engineering Company, Inc.")["MEC"] == "with its legal form"
    assert "MECI" not in readings("Marvin Engineering Company, Inc.")


def test_readings_without_the_country_and_with_letters_inside_a_word() -> None:
    assert readings("National Defense Academy of Japan")["NDA"] == "without its country"
    assert readings("National Chung-Shan Institute of Science & Technology")["CSIST"] == "without its country"
    assert readings("High Point Aerotechnologies")["HPAT"] == "letters inside a word"
    assert "HPT" not in readings("High Point Aerotechnologies")  # a part is never dropped


def test_a_lone_listed_word_may_still_be_another_entity_acronym(matcher: Matcher) -> None:
    found = matcher.match("JMU")
    assert found[0].entity.label == "Japan Marine United Corporation" and found[0].reason == "acronym"
    # The listed unit whose name has the word stays a related review hit after it, never a match.
    assert {m.reason for m in found[1:]} <= {"related"}


def test_a_word_of_a_query_of_several_stays_a_name() -> None:
    index = AcronymIndex({"vse"})
    index.add(0, "Very Special Engines")
    assert index.query_key("VSE") == "VSE"
    assert index.query_key("VSE SE") is None


def test_real_other_companies_acronyms_stay_clean(matcher: Matcher) -> None:
    for query in ("AMD", "TSMC", "SMIC", "DXC", "CSSC", "T.M.C.", "AVAV", "TDY", "GM"):
        assert _top(matcher, query) is None, query


# -- Chinese --------------------------------------------------------------------------------------------------


def test_coarse_keeps_the_initial_sound_only() -> None:
    assert coarse("dan") == coarse("da") == coarse("te") == "d"
    assert coarse("yin") == coarse("en") == coarse("ai") == "0"
    form = zh_form(normalize("IHI原动机株式会社"))
    assert form is not None and form.coarse_keys()[0] == "ihi"  # a Latin word is compared whole


@pytest.mark.parametrize(("query", "listed"), [
    ("特利丹布朗工程公司", "特励达·布朗工程公司"),
    ("埃科戴恩公司", "埃科达因公司"),
])
def test_other_transliteration_is_read_on_initial_sounds(query: str, listed: str) -> None:
    found = score(zh_form(normalize(query)), zh_form(normalize(listed)))  # type: ignore[arg-type]
    assert found is not None and found.score >= THRESHOLD and found.related == ""
    assert "same initial" in found.why


def test_initial_sounds_never_make_a_short_name_or_a_generic_word() -> None:
    # Two distinctive syllables are too few for the loose reading: 利发 is no 立方 (Cubic).
    assert score(zh_form(normalize("利发公司")), zh_form(normalize("立方公司"))) is None  # type: ignore[arg-type]
    # Another company sharing a sound or two: nothing, or a related hit at most.
    for query, listed in (("斯凯奇公司", "斯凯迪奥公司"), ("哈德逊湾公司", "哈德森技术公司"),
                          ("克拉克斯公司", "奎托斯无人机系统公司")):
        found = score(zh_form(normalize(query)), zh_form(normalize(listed)))  # type: ignore[arg-type]
        assert found is None or found.score < THRESHOLD or found.related, query


def test_dropped_country_prefix_meets_the_country_word_after_the_brand(matcher: Matcher) -> None:
    assert _top(matcher, "美国埃尔比特系统公司")[:2] == ("Elbit Systems of America, LLC", "fuzzy")  # type: ignore[index]


def test_katakana_generic_words_read_as_their_chinese(matcher: Matcher) -> None:
    assert normalize("ジャパン マリンユナイテッド株式会社").key == normalize("日本海洋联合株式会社").key
    assert _top(matcher, "日本電気航空宇宙システム株式会社")[0] == "NEC Aerospace Systems, Ltd."  # type: ignore[index]
    assert _top(matcher, "富士通ディフェンス＆ナショナルセキュリティ株式会社")[0] == (  # type: ignore[index]
        "Fujitsu Defense & National Security, Ltd.")


def test_chinese_synonym_of_system(matcher: Matcher) -> None:
    assert _top(matcher, "雷神导弹体系公司")[0] == "Raytheon Missile Systems"  # type: ignore[index]


@pytest.mark.parametrize(("query", "listed"), [
    ("Kratos无人机系统公司", "Kratos Unmanned Aerial Systems, Inc."),
    ("Teledyne布朗工程公司", "Teledyne Brown Engineering, Inc."),
    ("Anduril科技公司", "Anduril Industries"),
])
def test_latin_brand_with_the_rest_in_chinese(matcher: Matcher, query: str, listed: str) -> None:
    hit = matcher.match(query)[0]
    assert hit.entity.label == listed and hit.reason == "fuzzy" and hit.score >= THRESHOLD
    assert "Latin brand" in hit.explanation


def test_latin_brand_with_a_generic_rest_is_not_a_unit_with_more_of_its_own(matcher: Matcher) -> None:
    assert _top(matcher, "Teledyne工程公司") is None
    assert _top(matcher, "Kratos科技公司") is None


def test_place_after_a_comma_is_no_part_of_the_listed_name(matcher: Matcher) -> None:
    assert _top(matcher, "CSBC")[:2] == ("CSBC Corporation,Taiwan", "exact")  # type: ignore[index]


def test_hard_negatives_in_chinese_stay_apart(matcher: Matcher) -> None:
    for query in ("斯凯奇公司", "哈德逊湾公司", "埃克森美孚公司", "中山大学", "通用电气公司", "莱茵金属公司",
                  "雷诺公司", "赛门铁克公司", "洛克达因公司", "泰雷兹公司", "特斯拉公司"):
        assert _top(matcher, query) is None, query


def test_screen_json_says_why_for_the_new_rules(engine: Engine, record_notice: Callable[[str], list[int]],
                                                csv_file: Callable[..., Path]) -> None:
    record_notice("mofcom-2026-011.txt")  # the Mitsubishi Heavy Industries units, among others
    path = csv_file("id,name,name_zh,aliases,country\n"
                    "C-1,MHI Aero Engines,,,JP\n"
                    "C-2,三菱重工マリンマシナリ株式会社,,,JP\n")
    result = CliRunner().invoke(main, ["--db", engine.url.render_as_string(hide_password=False), "screen",
                                       str(path), "--as-of", "2026-03-01", "--json"])
    assert result.exit_code == 0, result.output
    acronym, katakana = json.loads(result.output)
    first = acronym["matches"][0]
    assert first["reason"] == "acronym" and first["matched_name"] == "Mitsubishi Heavy Industries Aero Engines, Ltd."
    assert "initials of part of the name, the rest in words: 'Aero Engines'" in first["explanation"]
    hit = katakana["matches"][0]
    assert hit["matched_name"] == "三菱重工海洋机械株式会社" and hit["reason"] in {"exact", "fuzzy"}
