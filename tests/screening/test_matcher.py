"""The matcher on the labelled set (precision and recall ≥ 0.95) and on cases that must hold."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from make_labelled import FIELDS, build
from screening_facts import FactEntity, evaluate, facts_entities, mistakes, read_labelled

from policywatch.screening.matcher import DEFAULT_THRESHOLD, THRESHOLD_ENV, Matcher, Query, default_threshold


@pytest.fixture(scope="module")
def entities(facts: dict[str, Any]) -> list[FactEntity]:
    return facts_entities(facts)


@pytest.fixture(scope="module")
def matcher(entities: list[FactEntity]) -> Matcher:
    return Matcher(entities, threshold=DEFAULT_THRESHOLD)


def best(matcher: Matcher, name: str, name_zh: str | None = None) -> str | None:
    found = matcher.match(name, name_zh)
    return found[0].entity.label if found else None


def test_labelled_set_is_big_and_balanced() -> None:
    rows = read_labelled()
    assert len(rows) >= 300
    kinds = {r.kind_of_variant for r in rows}
    for kind in ("typo", "traditional", "chinese_only", "suffix_removed", "case_punctuation", "shares_words",
                 "generic", "unrelated"):
        assert kind in kinds
    assert sum(1 for r in rows if not r.expected_match) >= 100


def test_labelled_csv_is_what_the_script_builds() -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(build())
    from screening_facts import LABELLED_CSV

    assert LABELLED_CSV.read_text(encoding="utf-8") == buf.getvalue(), "run tests/screening/make_labelled.py"


def test_precision_and_recall_on_the_labelled_set(matcher: Matcher) -> None:
    rows = read_labelled()
    results = matcher.match_many([Query(r.query_name, r.query_name_zh or None) for r in rows])
    predictions = [found[0].entity.label if found else None for found in results]
    scores = evaluate(rows, predictions)
    wrong = "\n".join(mistakes(rows, predictions)[:20])
    assert scores.precision >= 0.95, wrong
    assert scores.recall >= 0.95, wrong


def test_every_listed_name_matches_itself(entities: list[FactEntity], matcher: Matcher) -> None:
    for entity in entities:
        for name in (entity.name_en, entity.name_zh, *entity.aliases):
            if name:
                found = matcher.match(name)
                assert found and found[0].score == 1.0 and found[0].entity is entity, name


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SKYDIO, INC", "Skydio, Inc."),
        ("Skydoi Inc", "Skydio, Inc."),
        ("斯凱迪奧公司", "Skydio, Inc."),
        ("伊庇鲁斯有限公司", "Epirus, Inc."),
        ("Iron Mountain Solutions LLC", "IronMountain Solutions"),
        ("LUCKEY, Palmer", "Palmer Luckey"),
        ("PVH Corp.", "美国PVH集团"),
        ("Lockheed Martin Aeronautics Company", "Lockheed Martin Aeronautics"),
    ],
)
def test_variants_find_their_entity(matcher: Matcher, query: str, expected: str) -> None:
    assert best(matcher, query) == expected


@pytest.mark.parametrize(
    "query",
    ["Boeing Capital Corp", "Technology Co., Ltd.", "Bank", "Defense Systems", "Sierra Nevada Brewing Co.",
     "Red Hat, Inc.", "科技有限公司", "通用电气公司", "Applied Materials, Inc."],
)
def test_shared_or_generic_words_alone_do_not_match(matcher: Matcher, query: str) -> None:
    found = matcher.match(query)
    assert [m for m in found if m.reason != "related"] == []
    # Boeing Capital is another unit of Boeing, as the listed Boeing Defense, Space & Security is: a review hit
    # labelled related, below the threshold; the others share nothing that makes them kin of a listed name.
    expected = {"related"} if query == "Boeing Capital Corp" else set()
    assert {m.reason for m in found} == expected and all(m.score < matcher.threshold for m in found)


def test_chinese_name_column_is_used(matcher: Matcher) -> None:
    # The English column names nothing listed; the Chinese one does.
    assert best(matcher, "Contoso Holdings", "斯凯迪奥公司") == "Skydio, Inc."


def test_explanation_says_which_name_matched_and_why(matcher: Matcher) -> None:
    exact = matcher.match("SKYDIO, INC")[0]
    assert exact.reason == "exact" and "inc" in exact.explanation and "Skydio" in exact.matched_name
    fuzzy = matcher.match("Skydoi Inc")[0]
    assert fuzzy.reason == "fuzzy" and "skydoi~skydio (1 edit)" in fuzzy.explanation
    assert 0 < fuzzy.score < 1
    extra = matcher.match("Leidos Holdings, Inc.")[0]
    assert "not in the listed name: holding" in extra.explanation


def test_results_are_best_first_and_one_per_entity(matcher: Matcher) -> None:
    found = matcher.match("Lockheed Martin Aeronautics Company")
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert len({id(m.entity) for m in found}) == len(found)


def test_threshold_is_configurable(entities: list[FactEntity], monkeypatch: pytest.MonkeyPatch) -> None:
    loose = Matcher(entities, threshold=0.7)
    strict = Matcher(entities, threshold=0.99)
    assert loose.match("Sierra Nevada Brewing Co.")  # 0.8: shares two of three words
    assert strict.match("Skydoi Inc") == []
    monkeypatch.setenv(THRESHOLD_ENV, "0.9")
    assert default_threshold() == 0.9
    assert Matcher([], threshold=None).threshold == 0.9
    monkeypatch.setenv(THRESHOLD_ENV, "high")
    with pytest.raises(ValueError, match=THRESHOLD_ENV):
        default_threshold()


def test_empty_entity_set_and_empty_names() -> None:
    assert Matcher([]).match("Skydio") == []
    assert Matcher([{"name_en": "Skydio Inc.", "name_zh": None}]).match("   ") == []


def test_batch_and_single_queries_agree(matcher: Matcher) -> None:
    rows = read_labelled()[:120]
    together = matcher.match_many([Query(r.query_name, r.query_name_zh or None) for r in rows])
    alone = [Matcher(matcher.entities).match(r.query_name, r.query_name_zh or None) for r in rows[:30]]
    assert [[(id(m.entity), m.score) for m in found] for found in together[:30]] == [
        [(id(m.entity), m.score) for m in found] for found in alone
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_case_spacing_and_legal_forms_never_change_an_exact_match(
    matcher: Matcher, entities: list[FactEntity], data: st.DataObject
) -> None:
    entity = data.draw(st.sampled_from([e for e in entities if e.name_en]))
    name = entity.name_en or ""
    cased = "".join(c.upper() if data.draw(st.booleans()) else c.lower() for c in name)
    suffix = data.draw(st.sampled_from(["", " Inc.", ", LLC", " Co., Ltd.", " Corporation", " GmbH", " L.L.C."]))
    spaced = data.draw(st.sampled_from(["", " ", "\u3000", "\u200b"]))
    found = matcher.match(spaced + cased + suffix + spaced)
    assert found and found[0].score == 1.0 and found[0].entity is entity


def test_blocking_answers_exactly_what_the_full_pipeline_answers(entities: list[FactEntity]) -> None:
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from huge_csv import STEMS, SUFFIXES
    from screening_facts import HARD_CSV

    rng = random.Random(3)
    listed = [n for e in entities for n in (e.name_en, e.name_zh) if n]
    names = [r.query_name for path in (None, HARD_CSV) for r in (read_labelled(path) if path else read_labelled())]
    names += [f"{rng.choice(STEMS)} {rng.choice(STEMS)} {rng.choice(SUFFIXES)}" for _ in range(300)]
    names += [f"The {n.upper()} Co., Ltd." for n in listed[:60]] + [f"{n} of America Inc" for n in listed[:60]]
    names += ["Tech Insights Inc.", "Applied Technologies Group LLC", "Group W Inc", "UAB Urbo Bankas", "VSE Corp",
              "Sky Dio Inc", "L3 Harris Technologies Ltd", "Red Cat Holdings Co Ltd", "The Cubic Corp",
              "Skydio 有限公司", "GDIT 有限公司", "Leidos 集团有限公司", "Red Cat 股份有限公司", "Acme 科技有限公司"]
    queries = [Query(n) for n in names]
    fast = Matcher(entities, threshold=DEFAULT_THRESHOLD).match_many(queries)
    slow = Matcher(entities, threshold=DEFAULT_THRESHOLD, blocking=False).match_many(queries)
    as_rows = [[(m.matched_name, round(m.score, 6), m.reason) for m in found] for found in fast]
    assert as_rows == [[(m.matched_name, round(m.score, 6), m.reason) for m in found] for found in slow]
    assert sum(1 for found in fast if found) > 400  # the comparison covers matches, not only misses


def test_blocking_answers_the_same_when_its_word_caches_are_warm(entities: list[FactEntity]) -> None:
    """The per-word and per-pair answers cached by one chunk serve the next: a name whose first word a chunk saw
    (with other words after it), a pair seen in another name, must get the full pipeline's answer."""
    listed = [n for e in entities for n in (e.name_en, e.name_zh) if n]
    latin = [n for n in listed if n.isascii()][:80]
    first_words = [n.split()[0] for n in latin if n.split()]
    names = [f"{w} Zorblax Trading Ltd" for w in first_words] + [f"{w} {w} Holdings LLC" for w in first_words]
    names += [f"{n} 有限公司" for n in latin[:40]] + [f"{n.upper()} GmbH" for n in latin[:40]]
    names += [" ".join(n.split()[1:]) + " Inc." for n in latin if len(n.split()) > 2]
    names += [f"Sunova {w}" for w in first_words] + [n.replace(" ", "", 1) for n in latin[:40]]
    queries = [Query(n) for n in names]
    fast_matcher = Matcher(entities, threshold=DEFAULT_THRESHOLD)
    fast = [found for i in range(0, len(queries), 37) for found in fast_matcher.match_many(queries[i : i + 37])]
    fast += fast_matcher.match_many(queries)  # every word and pair now cached
    slow = Matcher(entities, threshold=DEFAULT_THRESHOLD, blocking=False).match_many(queries) * 2
    as_rows = [[(m.matched_name, round(m.score, 6), m.reason, m.explanation) for m in found] for found in fast]
    assert as_rows == [[(m.matched_name, round(m.score, 6), m.reason, m.explanation) for m in found]
                       for found in slow]
    assert sum(1 for found in fast if found) > 100


def test_a_sibling_unit_with_one_word_in_place_of_another_is_not_a_match(matcher: Matcher) -> None:
    # Listed: "... Maritime Systems"; the counterparty is another unit of the same group.
    found = matcher.match("Mitsubishi Heavy Industries Machinery Systems Ltd.")
    assert all(m.score < DEFAULT_THRESHOLD for m in found)
    assert matcher.match("Mitsubishi Heavy Industries Maritime Systems")[0].score >= DEFAULT_THRESHOLD
