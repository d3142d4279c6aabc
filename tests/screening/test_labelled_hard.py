"""The issue-19 rows: real listed names only, and a held-out part that shares no row with the tuned part."""

from __future__ import annotations

from screening_facts import HARD_CSV, HELDOUT_CSV, facts_entities, read_labelled

from policywatch.screening.matcher import Matcher


def test_hard_rows_name_listed_entities_and_held_out_part_is_apart() -> None:
    labels = {e.label for e in facts_entities()}
    hard, held = read_labelled(HARD_CSV), read_labelled(HELDOUT_CSV)
    for row in (*hard, *held):
        assert not row.expected_match or row.expected_match in labels, row
    assert not {r.query_name for r in hard} & {r.query_name for r in held}
    categories = {"acronym", "acronym_negative", "chinese_variant", "related", "hard_negative"}
    assert {r.kind_of_variant for r in hard} == categories == {r.kind_of_variant for r in held}


def test_parent_of_a_listed_unit_is_a_related_hit_below_the_threshold_not_a_match() -> None:
    matcher = Matcher(facts_entities(), threshold=0.85)
    found = matcher.match("Mitsubishi Heavy Industries, Ltd.")
    assert found and all(m.reason == "related" for m in found)
    assert all(m.score < 0.85 for m in found)
    assert "related entity, not the listed one" in found[0].explanation
    assert found[0].to_json()["reason"] == "related"
    # The listed unit itself still matches as before.
    unit = matcher.match("Mitsubishi Heavy Industries Shipbuilding Co., Ltd.")
    assert unit[0].reason == "exact" and unit[0].matched_name == "Mitsubishi Heavy Industries Shipbuilding Co."
