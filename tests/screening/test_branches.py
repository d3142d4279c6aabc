"""A branch's words after a company's name (``, Sucursal en España``, ``Zweigniederlassung Deutschland``,
``succursale de France``, ``filiale italiana``, ``Branch Office``, ``(Singapore Branch)``) are no part of it: the name
matches as written alone and the match says what was left out. Listed entities of the shared facts other than the
held-out rows; quiet twins: names that hold the word "Branch" and an unlisted firm's branch."""

from __future__ import annotations

import pytest

from policywatch.screening.branches import without_branch
from policywatch.screening.matcher import Matcher

THRESHOLD = 0.85


@pytest.mark.parametrize(("line", "name", "branch"), [
    ("Gibbs & Cox, Inc., Sucursal en México", "Gibbs & Cox, Inc.", "Sucursal en México"),
    ("Epirus, Inc. Zweigniederlassung Deutschland", "Epirus, Inc.", "Zweigniederlassung Deutschland"),
    ("VSE Corporation, succursale de France", "VSE Corporation", "succursale de France"),
    ("Rhombus Power Inc. filiale italiana", "Rhombus Power Inc.", "filiale italiana"),
    ("Teal Drones, Inc. Branch Office", "Teal Drones, Inc.", "Branch Office"),
    ("VSE Corporation (Singapore Branch)", "VSE Corporation", "Singapore Branch"),
    ("Gibbs & Cox Inc Taiwan Branch", "Gibbs & Cox Inc", "Taiwan Branch"),
])
def test_a_branch_is_read_apart(line: str, name: str, branch: str) -> None:
    found = without_branch(line)
    assert found is not None and found[0] == name and found[1][0].startswith(branch)


@pytest.mark.parametrize("line", ["Olive Branch", "Olive Branch Holdings LLC", "Branch Messenger Inc",
                                  "Sierra Technical Services Branch"])
def test_a_name_holding_the_word_keeps_it(line: str) -> None:
    assert without_branch(line) is None


@pytest.mark.parametrize(("line", "listed"), [
    ("Gibbs & Cox, Inc., Sucursal en México", "Gibbs & Cox, Inc."),
    ("Advanced Acoustic Concepts (Singapore Branch)", "Advanced Acoustic Concepts"),
    ("Intelligent Epitaxy Technology, Inc. Zweigniederlassung Deutschland", "Intelligent Epitaxy Technology, Inc."),
])
def test_a_branch_matches_its_company(listed_matcher: Matcher, line: str, listed: str) -> None:
    found = [m for m in listed_matcher.match(line) if m.score >= THRESHOLD]
    assert found and found[0].entity.label == listed and "(a branch)' left out" in found[0].explanation


def test_an_unlisted_firms_branch_finds_nothing(listed_matcher: Matcher) -> None:
    assert [m for m in listed_matcher.match("Andritz AG, Zweigniederlassung Deutschland")
            if m.score >= THRESHOLD] == []
