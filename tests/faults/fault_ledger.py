"""What each fault case's checks found, totalled into the suite's summary line.

A module of its own (not conftest.py) so test modules can import it by a name no other folder's module shares.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Ledger:
    cases: dict[str, tuple[bool, int, int]] = field(default_factory=dict)

    def note(self, case: str, survived: bool, lost: int, duplicated: int) -> None:
        self.cases[case] = (survived, lost, duplicated)

    def line(self) -> str:
        survived = sum(ok for ok, _, _ in self.cases.values())
        lost = sum(n for _, n, _ in self.cases.values())
        duplicated = sum(n for _, _, n in self.cases.values())
        return f"faults survived: {survived}/{len(self.cases)}, alerts lost: {lost}, duplicated: {duplicated}"
