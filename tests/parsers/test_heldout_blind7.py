"""The parser on the seventh blind held-out set (tests/parsers/heldout_blind7/, committed at d724692 before the parser
was run on it, never edited since). Floors: the one blind run after parser5 (fields 225/265, silent 1), with the
silent notice caught by the scope doubt added afterwards, then raised to what parser6 reads (fields 307/307, entities
32/32, no negative wrong); they only stop a regression."""

from __future__ import annotations

from pathlib import Path

from heldout_score import report, run

BLIND7 = Path(__file__).parent / "heldout_blind7"


def test_seventh_blind_set_holds_the_measured_floors() -> None:
    score = run(BLIND7)
    detail = report(score) + "\n" + "\n".join(score.wrong)
    assert score.fields >= 307 and score.entities == 32, detail
    assert score.right >= 307, detail
    assert score.found >= 32, detail
    assert not score.silent, detail
    assert not score.negatives_wrong, detail
    assert score.read_right >= 19, detail
    assert score.read_right_flagged == 0, detail
