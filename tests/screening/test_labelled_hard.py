"""The issue-19 rows: real listed names only, and a held-out part that shares no row with the tuned part."""

from __future__ import annotations

from screening_facts import HARD_CSV, HELDOUT_CSV, facts_entities, read_labelled


def test_hard_rows_name_listed_entities_and_held_out_part_is_apart() -> None:
    labels = {e.label for e in facts_entities()}
    hard, held = read_labelled(HARD_CSV), read_labelled(HELDOUT_CSV)
    for row in (*hard, *held):
        assert not row.expected_match or row.expected_match in labels, row
    assert not {r.query_name for r in hard} & {r.query_name for r in held}
    categories = {"acronym", "acronym_negative", "chinese_variant", "related", "hard_negative"}
    assert {r.kind_of_variant for r in hard} == categories == {r.kind_of_variant for r in held}
