"""Score the parser on a folder of held-out notices (texts written for the purpose, never shown to the parser
while it was built): field accuracy, entity recall, silent misses and false flags.

Run it directly (``python tests/parsers/heldout_score.py [FOLDER] [-v]``) for the figures; the default folder is
``tests/parsers/heldout/``, ``tests/parsers/heldout_blind/`` is the set written before the parser change of
issue 16's second round. ``test_heldout.py`` and ``test_heldout_floors.py`` hold the bars.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policywatch.parsers import ParseError, parse_text
from policywatch.store.record import PROVISIONAL_PREFIX as PROVISIONAL

HELDOUT = Path(__file__).parent / "heldout"
ACTION_FIELDS = ("kind", "list", "effective", "until", "targets")


@dataclass
class Score:
    fields: int = 0
    right: int = 0
    entities: int = 0
    found: int = 0
    silent: list[str] = field(default_factory=list)
    negatives_wrong: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    flagged_right: int = 0
    read_right: int = 0
    # Correctly read notices that were flagged anyway: the cost of the flag, which must stay small.
    read_right_flagged: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)

    def check(self, case: str, name: str, ok: bool, got: Any = None, want: Any = None) -> bool:
        self.fields += 1
        if ok:
            self.right += 1
        else:
            self.wrong.append(f"{case}: {name}: got {got!r}, want {want!r}")
        return ok


def _norm(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _same_entity(got: dict[str, Any], want: dict[str, Any]) -> bool:
    if want.get("name_en") and _norm(got.get("name_en")) == _norm(want["name_en"]):
        return True
    return bool(want.get("name_zh")) and _norm(got.get("name_zh")) == _norm(want["name_zh"])


def score_case(score: Score, case: str, got: dict[str, Any] | None, want: dict[str, Any]) -> None:
    before = (score.right, score.fields)
    _score_case(score, case, got, want)
    tally = score.by_category.setdefault(want.get("category", "?"), [0, 0])
    tally[0] += score.right - before[0]
    tally[1] += score.fields - before[1]


def _score_case(score: Score, case: str, got: dict[str, Any] | None, want: dict[str, Any]) -> None:
    flagged = bool(got and got.get("needs_review"))
    if got is None:
        got = {"doc_id": None, "issuer": None, "published": None, "actions": []}
    ok = True
    want_id = want["doc_id"]
    got_id = got["doc_id"] or ""
    # The facts write "" for a page that prints no number; the parser keys such a page by a provisional
    # ``DOC-<date>-<hash>`` (DESIGN §3) so it can be stored and flagged. Both say "no number".
    if got_id.startswith(PROVISIONAL):
        got_id = ""
    id_ok = got_id.startswith(want_id + "-") if want_id.startswith("QA-") else got_id == want_id
    ok &= score.check(case, "doc_id", id_ok, got_id, want_id)
    for name in ("issuer", "published"):
        ok &= score.check(case, name, got[name] == want[name], got[name], want[name])
    ok &= score.check(case, "number of actions", len(got["actions"]) == len(want["actions"]),
                      len(got["actions"]), len(want["actions"]))
    for i, wa in enumerate(want["actions"]):
        ga = got["actions"][i] if i < len(got["actions"]) else {}
        for name in ACTION_FIELDS:
            ok &= score.check(case, f"actions[{i}].{name}", ga.get(name) == wa[name], ga.get(name), wa[name])
        gents = list(ga.get("entities", []))
        for we in wa["entities"]:
            score.entities += 1
            match = next((ge for ge in gents if _same_entity(ge, we)), None)
            if match is None:
                ok = False
                score.wrong.append(f"{case}: actions[{i}] entity not found: {we['name_zh'] or we['name_en']}")
                continue
            score.found += 1
            gents.remove(match)
            for name in ("name_zh", "name_en", "kind"):
                ok &= score.check(case, f"actions[{i}].{we['name_zh'] or we['name_en']}.{name}",
                                  match.get(name) == we[name], match.get(name), we[name])
        if gents:
            ok = False
            score.wrong.append(f"{case}: actions[{i}] {len(gents)} entities too many")
    if want["relevant"]:
        if want.get("expect_review"):
            ok &= score.check(case, "needs_review", flagged, flagged, True)
        if ok and not want.get("expect_review"):
            score.read_right += 1
            score.read_right_flagged += flagged
        elif flagged:
            score.flagged_right += 1
        else:
            score.silent.append(case)
    else:
        ok &= score.check(case, "not flagged", not flagged, flagged, False)
        if got["actions"] or flagged:
            score.negatives_wrong.append(case)


def run(directory: Path = HELDOUT) -> Score:
    score = Score()
    for txt in sorted(directory.glob("*.txt")):
        want = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        try:
            got: dict[str, Any] | None = parse_text(txt.read_text(encoding="utf-8")).to_json()
        except ParseError:
            got = None
        score_case(score, txt.stem, got, want)
    return score


def report(score: Score) -> str:
    return (f"held-out: fields {score.right}/{score.fields} ({100 * score.right / score.fields:.1f}%), "
            f"entities {score.found}/{score.entities} ({100 * score.found / max(score.entities, 1):.1f}%), "
            f"relevant read right {score.read_right}, flagged {score.flagged_right}, silent {len(score.silent)}, "
            f"negatives acted on or flagged {len(score.negatives_wrong)}, "
            f"correctly read but flagged {score.read_right_flagged}/{score.read_right}")


def report_categories(score: Score) -> str:
    return "\n".join(f"  {name}: {right}/{total}" for name, (right, total) in sorted(score.by_category.items()))


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    result = run(folders[0] if folders else HELDOUT)
    if "-v" in sys.argv:
        print("\n".join(result.wrong))
        print("silent:", result.silent, "negatives wrong:", result.negatives_wrong)
        print(report_categories(result))
    print(report(result))
