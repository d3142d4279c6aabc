"""The parser on the blind held-out set (tests/parsers/heldout_blind/, written before the parser change of
issue 16's second round and never edited since). The floors are the figures measured after that change, not
aspirations: a change that lowers one of them is a regression on unseen wording."""

from __future__ import annotations

from pathlib import Path

from heldout_score import report, run

BLIND = Path(__file__).parent / "heldout_blind"


def test_blind_set_fields_entities_no_silent_miss_no_false_flag() -> None:
    score = run(BLIND)
    detail = report(score) + "\n" + "\n".join(score.wrong)
    assert score.fields > 550 and score.entities >= 64, detail
    # Measured 598/599; the one field short is a known error in the committed facts (see the folder's README).
    assert score.right / score.fields >= 0.995, detail
    assert score.found == score.entities, detail
    assert score.silent == [], detail
    assert score.negatives_wrong == [], detail
    assert score.read_right >= 33, detail
    assert score.read_right_flagged == 0, detail
