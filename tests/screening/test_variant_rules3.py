"""Issue 19, third round (tuned on labelled_heldout3.csv): more word abbreviations, a typo in a common word of a
company name, other Chinese translations of one English word; on made-up names, with the neighbours the rules
must leave alone."""

from __future__ import annotations

from typing import Any

from policywatch.screening.acronyms import part_readings, readings
from policywatch.screening.chinese import dot_short_forms
from policywatch.screening.matcher import DEFAULT_THRESHOLD, Matcher
from policywatch.screening.normalize import common_word_typo, normalize

ENTITIES: list[dict[str, Any]] = [
    {"name_en": "Quorvex Advanced Photonics Laboratories", "name_zh": "夸维克斯先进光子实验室"},
    {"name_en": "Talmira Institute of Ocean Science"},
    {"name_en": "Brenholt Industries", "name_zh": "布伦霍尔特工业公司"},
    {"name_en": "Zephyrin Land Systems", "name_zh": "泽菲林陆地系统公司"},
    {"name_en": "Zephyrin Mission Systems", "name_zh": "泽菲林任务系统公司"},
    {"name_en": "Kavrel Ordnance Works", "name_zh": "卡弗雷尔军械公司"},
    {"name_en": "Dravon Pellick Corporation", "name_zh": "德拉文·佩利克公司"},
    {"name_en": "Dravon Pellick Aviation", "name_zh": "德拉文·佩利克航空公司"},
    {"name_en": "Coastal Sentinel Systems"},
    {"name_en": "Harlow/Vintner Osprey Joint Venture"},
    {"name_en": "K9Veritas Harbor Services"},
]


def _top(query: str) -> str | None:
    matcher = Matcher(ENTITIES, threshold=DEFAULT_THRESHOLD)
    found = [m for m in matcher.match(query) if m.reason != "related"]
    return str(found[0].entity["name_en"]) if found else None


def test_adv_and_inst_read_as_the_full_words() -> None:
    listed = normalize("Quorvex Advanced Photonics Laboratories")
    assert normalize("Quorvex Adv. Photonics Labs").tokens == listed.tokens
    assert normalize("Talmira Inst. of Ocean Science").tokens == normalize("Talmira Institute of Ocean Science").tokens
    assert _top("Quorvex Adv. Photonics Labs") == "Quorvex Advanced Photonics Laboratories"
    assert _top("Talmira Inst. of Ocean Science") == "Talmira Institute of Ocean Science"


def test_a_typo_in_a_long_common_word_is_that_word() -> None:
    assert common_word_typo("corpration") == "corporation"
    assert common_word_typo("industires") == "industries"  # two neighbours swapped: one edit
    assert normalize("Brenholt Industires Corpration").tokens == normalize("Brenholt Industries").tokens
    assert _top("Brenholt Industires") == "Brenholt Industries"


def test_short_known_or_distinctive_words_are_not_read_as_common_words() -> None:
    assert common_word_typo("systms") is None  # shorter than the typo length: too easily another word
    assert common_word_typo("corporation") is None  # already the word
    assert common_word_typo("brenholtz") is None  # a name, no common word one edit away
    assert _top("Brenholtz Industrial") is None


def test_other_chinese_translations_of_one_word_meet_the_listed_one() -> None:
    assert normalize("泽菲林地面系统公司").tokens == normalize("泽菲林陆地系统公司").tokens
    assert _top("泽菲林地面系统公司") == "Zephyrin Land Systems"
    assert _top("泽菲林使命系统公司") == "Zephyrin Mission Systems"
    assert _top("卡弗雷尔武器公司") == "Kavrel Ordnance Works"


def test_the_translated_word_still_tells_sibling_units_apart() -> None:
    assert _top("泽菲林使命系统公司") != "Zephyrin Land Systems"
    assert _top("泽菲林地面系统公司") != "Zephyrin Mission Systems"


def test_a_dotted_transliteration_shortens_to_the_first_character_of_each_part() -> None:
    assert dot_short_forms("德拉文·佩利克航空公司") == ["德佩航空公司"]
    assert dot_short_forms("德拉文·佩利克公司") == ["德佩公司"]
    assert dot_short_forms("卡弗雷尔军械公司") == []  # not written in parts
    assert _top("德佩公司") == "Dravon Pellick Corporation"
    assert _top("德佩航空公司") == "Dravon Pellick Aviation"


def test_the_short_form_is_shown_as_an_alias_of_the_listed_chinese_name() -> None:
    found = Matcher(ENTITIES, threshold=DEFAULT_THRESHOLD).match("德佩公司")
    assert found[0].reason == "alias" and "德拉文·佩利克公司" in found[0].explanation


def test_first_syllables_of_the_words_are_a_reading() -> None:
    assert readings("Coastal Sentinel Systems")["COASEN"] == "first syllables"
    assert "COASENSYS" not in readings("Coastal Sentinel Systems")  # longer than an acronym
    assert _top("COASEN") == "Coastal Sentinel Systems"
    assert _top("COASEX") is None


def test_jv_reads_as_joint_venture() -> None:
    assert normalize("Harlow/Vintner Osprey JV").tokens == normalize("Harlow/Vintner Osprey Joint Venture").tokens
    assert _top("Harlow Vintner Osprey JV") == "Harlow/Vintner Osprey Joint Venture"


def test_a_compound_word_with_initials_of_its_own_is_an_acronym_part() -> None:
    assert ("K9V", True, "Harbor Services") in part_readings("K9Veritas Harbor Services")
    assert _top("K9V Harbor Services") == "K9Veritas Harbor Services"
    # A plain word gives only its first letter: no one-word part reading.
    assert all(key != "C" for key, _, _ in part_readings("Coastal Sentinel Systems"))
