"""The entities of facts.json as a screening target set, the labelled set, and its precision/recall.

Shared by the screening tests, ``make_labelled.py`` and ``benchmarks/screening.py`` (which put this folder and
``tests/``, for ``fixture_paths``, on ``sys.path``). Entities are merged across notices the way a reader would:
the same English name (after normalisation) is one company, whichever Chinese spellings the notices used
(伊比鲁斯/伊庇鲁斯).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fixture_paths import announcements_dir

HERE = Path(__file__).resolve().parent
LABELLED_CSV = HERE / "labelled.csv"
# Issue 19 rows (acronyms, Chinese variants, unlisted parents/siblings, hard negatives), written before the matcher
# changed; HELDOUT_CSV is never tuned on: it is only reported (benchmarks/screening.py).
HARD_CSV = HERE / "labelled_hard.csv"
HELDOUT_CSV = HERE / "labelled_heldout.csv"
# A second held-out set (161 rows, HELDOUT2.md), written blind before the second round of matcher changes.
HELDOUT2_CSV = HERE / "labelled_heldout2.csv"
# A third (161 rows, HELDOUT3.md), written blind before the third round; measured once, then tuned on (stop 16).
HELDOUT3_CSV = HERE / "labelled_heldout3.csv"
# A fourth (172 rows, HELDOUT4.md), written blind before the fourth round.
HELDOUT4_CSV = HERE / "labelled_heldout4.csv"
# A fifth (171 rows, HELDOUT5.md), written blind in HELDOUT2's proportions before the fifth round.
HELDOUT5_CSV = HERE / "labelled_heldout5.csv"
# A sixth (165 rows, HELDOUT6.md), written blind in HELDOUT2's proportions before the sixth round.
HELDOUT6_CSV = HERE / "labelled_heldout6.csv"
# A seventh (152 rows, HELDOUT7.md), written blind before the seventh round; tuned on in stop 18.
HELDOUT7_CSV = HERE / "labelled_heldout7.csv"
# An eighth (154 rows, HELDOUT8.md), written blind while the ninth round was under way; tuned on in stop 18.
HELDOUT8_CSV = HERE / "labelled_heldout8.csv"
# A ninth (153 rows, HELDOUT9.md), written blind while the tenth round was under way; tuned on in stop 19.
HELDOUT9_CSV = HERE / "labelled_heldout9.csv"
# A tenth (154 rows, HELDOUT10.md), written blind while the eleventh round was under way; tuned on in stop 19.
HELDOUT10_CSV = HERE / "labelled_heldout10.csv"
# An eleventh (153 rows, HELDOUT11.md), written blind while the eleventh and twelfth rounds were under way; tuned on
# in stop 19.
HELDOUT11_CSV = HERE / "labelled_heldout11.csv"
# A twelfth (150 rows, HELDOUT12.md), written blind while the twelfth and thirteenth rounds were under way.
HELDOUT12_CSV = HERE / "labelled_heldout12.csv"
# A thirteenth (150 rows, HELDOUT13.md), written blind in stop 20 while the fourteenth round was under way.
HELDOUT13_CSV = HERE / "labelled_heldout13.csv"
# A fourteenth (150 rows, HELDOUT14.md), written blind in stop 20 while the fourteenth and fifteenth rounds were under
# way.
HELDOUT14_CSV = HERE / "labelled_heldout14.csv"
# A fifteenth (150 rows, HELDOUT15.md), written blind in stop 21 while the sixteenth round was under way.
HELDOUT15_CSV = HERE / "labelled_heldout15.csv"
# A sixteenth (150 rows, HELDOUT16.md), written blind in stop 22 as payment messages, manifests and ERP exports
# carry names; tuned on in stop 22.
HELDOUT16_CSV = HERE / "labelled_heldout16.csv"
# A seventeenth (150 rows, HELDOUT17.md), written blind in stop 23 as XML payment messages, mainframe columns, email
# signatures and foreign scripts carry names.
HELDOUT17_CSV = HERE / "labelled_heldout17.csv"
# An eighteenth (150 rows, HELDOUT18.md) and a nineteenth (101 rows, HELDOUT19.md), written blind in stop 24 as bills
# of lading, letters of credit, customs declarations, identifiers beside names, OCR slips and other scripts carry names.
HELDOUT18_CSV = HERE / "labelled_heldout18.csv"
HELDOUT19_CSV = HERE / "labelled_heldout19.csv"
# A twentieth (150 rows, HELDOUT20.md), written blind in stop 25 as SWIFT and Fedwire fields, EDI segments, tickers,
# domains, trading-as and branch forms and romanisations carry names.
HELDOUT20_CSV = HERE / "labelled_heldout20.csv"


def facts_path() -> Path:
    """facts.json of the shared notice texts (``fixture_paths`` says where they are, or what to set)."""
    return announcements_dir() / "facts.json"


def load_facts(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or facts_path()).read_text(encoding="utf-8"))


@dataclass
class FactEntity:
    """One listed company or person, with every spelling the notices used."""

    key: str
    name_en: str | None
    name_zh: str | None
    country: str | None
    kind: str
    lists: set[str] = field(default_factory=set)
    doc_ids: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The name the labelled set uses to say which entity is expected."""
        return self.name_en or self.name_zh or self.key


def _raw_entities(facts: dict[str, Any]) -> Iterable[tuple[dict[str, Any], str | None, str]]:
    for doc in facts.values():
        for action in doc.get("actions") or []:
            for entity in action.get("entities") or []:
                yield entity, action.get("list"), doc["doc_id"]
        for path, value in (doc.get("known") or {}).items():
            if path.endswith(".entities") and isinstance(value, list):
                for entity in value:
                    yield entity, "CML", doc.get("doc_id") or "MOFCOM-ORDER-2025-6"


def facts_entities(facts: dict[str, Any] | None = None) -> list[FactEntity]:
    """Every entity ever listed in facts.json, merged by normalised English (else Chinese) name."""
    from policywatch.screening.normalize import normalize

    facts = facts if facts is not None else load_facts()
    by_key: dict[str, FactEntity] = {}
    by_zh: dict[str, FactEntity] = {}
    for raw, list_name, doc_id in _raw_entities(facts):
        en, zh = raw.get("name_en"), raw.get("name_zh")
        key = normalize(en).key if en else normalize(zh).key
        found = by_key.get(key) or (by_zh.get(normalize(zh).key) if zh and not en else None)
        if found is None:
            found = by_key[key] = FactEntity(key, en, zh, raw.get("country"), raw.get("kind", "organization"))
        for name in (en, zh):
            if name and name not in (found.name_en, found.name_zh) and name not in found.aliases:
                found.aliases.append(name)
        found.name_zh = found.name_zh or zh
        found.country = found.country or raw.get("country")
        if list_name:
            found.lists.add(list_name)
        found.doc_ids.append(doc_id)
        if zh:
            by_zh.setdefault(normalize(zh).key, found)
    return list(by_key.values())


@dataclass(frozen=True)
class LabelledRow:
    query_name: str
    query_name_zh: str
    expected_match: str
    kind_of_variant: str


def read_labelled(path: Path = LABELLED_CSV) -> list[LabelledRow]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [LabelledRow(**row) for row in csv.DictReader(fh)]


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(rows: list[LabelledRow], predictions: list[str | None]) -> Scores:
    """Top-1 decision per row: the label of the best match above threshold, or None.

    A wrong entity on a positive row counts as a false positive and a false negative; any match on a negative
    row is a false positive.
    """
    tp = fp = fn = tn = 0
    for row, predicted in zip(rows, predictions, strict=True):
        if row.expected_match:
            if predicted == row.expected_match:
                tp += 1
            else:
                fn += 1
                fp += predicted is not None
        elif predicted is None:
            tn += 1
        else:
            fp += 1
    return Scores(tp, fp, fn, tn)


def by_category(rows: list[LabelledRow], predictions: list[str | None]) -> dict[str, Scores]:
    """``evaluate`` per ``kind_of_variant`` (negative-only categories have precision and recall 1.0 when clean)."""
    groups: dict[str, tuple[list[LabelledRow], list[str | None]]] = {}
    for row, predicted in zip(rows, predictions, strict=True):
        bucket = groups.setdefault(row.kind_of_variant, ([], []))
        bucket[0].append(row)
        bucket[1].append(predicted)
    return {kind: evaluate(r, p) for kind, (r, p) in sorted(groups.items())}


def mistakes(rows: list[LabelledRow], predictions: list[str | None]) -> list[str]:
    return [
        f"{row.kind_of_variant}: {row.query_name!r}/{row.query_name_zh!r} expected {row.expected_match!r} got {p!r}"
        for row, p in zip(rows, predictions, strict=True)
        if (p or "") != row.expected_match
    ]


Predictor = Callable[[list[LabelledRow]], list[str | None]]


def announcement_for(entry: dict[str, Any]) -> Any:
    """A ``policywatch.parsers.Announcement`` for a facts.json entry that has a doc_id (no parser involved)."""
    import datetime as dt

    from policywatch.parsers import Action, Announcement, Entity

    def day(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    actions = tuple(
        Action(
            kind=a["kind"], list=a["list"],
            entities=tuple(Entity(e.get("name_zh"), e.get("name_en"), e.get("country"), e.get("kind", "organization"))
                           for e in a.get("entities") or ()),
            targets=tuple(a.get("targets") or ()), effective=day(a.get("effective")), until=day(a.get("until")),
            until_computed=bool(a.get("until_computed")), measures=tuple(a.get("measures") or ()),
        )
        for a in entry["actions"]
    )
    return Announcement(doc_id=entry["doc_id"], number=entry.get("number"), issuer=entry.get("issuer"),
                        title=entry.get("title"), published=day(entry.get("published")), url=entry.get("url"),
                        actions=actions, text_hash=f"facts:{entry['doc_id']}")
