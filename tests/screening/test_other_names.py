"""Other names after a party's name (``a.k.a.``, ``aka``, ``also known as``, ``d.b.a.``, ``t/a``, bracketed or run
on): each side is screened, the best hit kept, and the explanation says which side matched. Listed entities of the
shared facts other than the held-out rows; quiet twins: a word holding "aka" and an unlisted firm with another name."""

from __future__ import annotations

import pytest

from policywatch.screening.line_parts import read_line
from policywatch.screening.matcher import Matcher

THRESHOLD = 0.85


@pytest.mark.parametrize(("line", "name", "other", "role"), [
    ("Epirus, Inc. a.k.a. Epirus", "Epirus, Inc.", "Epirus", "also known as"),
    ("Rhombus Power Inc. (A.K.A. Rhombus)", "Rhombus Power Inc.", "Rhombus", "also known as"),
    ("Acme Holdings LLC also known as Teal Drones", "Acme Holdings LLC", "Teal Drones", "also known as"),
    ("Teal Drones Inc. d.b.a. Teal", "Teal Drones Inc.", "Teal", "doing business as"),
    ("Acme Widgets Ltd t/a Blue Force Technologies", "Acme Widgets Ltd", "Blue Force Technologies", "trading as"),
    ("Acme Widgets Ltd aka Blue Force", "Acme Widgets Ltd", "Blue Force", "also known as"),
])
def test_each_side_of_another_name_is_read(line: str, name: str, other: str, role: str) -> None:
    parts = read_line(line)
    assert parts is not None and parts.name == name and (other, role) in parts.extras


@pytest.mark.parametrize(("line", "listed", "side"), [
    ("Epirus, Inc. a.k.a. Epirus", "Epirus, Inc.", "the name before 'a.k.a' in"),
    ("Gibbs & Cox, Inc. (a.k.a. G&C)", "Gibbs & Cox, Inc.", "the name before 'a.k.a' in"),
    ("Acme Holdings LLC also known as Teal Drones", "Teal Drones, Inc.", "'Teal Drones', also known as in"),
    ("Northwind Marine Ltd t/a VSE Corporation", "VSE Corporation", "'VSE Corporation', trading as in"),
])
def test_the_best_side_matches_and_says_which(listed_matcher: Matcher, line: str, listed: str, side: str) -> None:
    found = [m for m in listed_matcher.match(line) if m.score >= THRESHOLD]
    assert found and found[0].entity.label == listed and found[0].query_name == line
    assert side in found[0].explanation


def test_aka_inside_a_word_is_no_other_name() -> None:
    assert read_line("Osaka Titanium Technologies Co") is None
    assert read_line("Takata Corporation") is None


def test_an_unlisted_firm_with_another_name_finds_nothing(listed_matcher: Matcher) -> None:
    assert [m for m in listed_matcher.match("Andritz AG a.k.a. Andritz Group") if m.score >= THRESHOLD] == []
