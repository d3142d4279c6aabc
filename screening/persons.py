"""A listed person's given name with one letter dropped ("Gerld Smith" for Gerald Smith), the surname the same: the
commonest slip of a hand typing a name, which the edits allowed by length miss when the given name is short.

Only a letter dropped, from a given name of five letters or more: a longer form of a short name ("Anne" for Ann) is
another person's name as often as a slip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_GIVEN = 5
MIN_SURNAME = 4
# A surname with the given name's initial, either side ("Doe, J.", "J. Doe", "DOE J"): how lists and filings write a
# person. The initial is too little to say who: a review hit for each listed person of that surname and initial.
_SURNAME_INITIAL_RE = re.compile(r"\s*(?:([A-Za-z][A-Za-z'-]+)\s*,?\s+([A-Za-z])\.?"
                                 r"|([A-Za-z])(?:\.\s*|\s+)([A-Za-z][A-Za-z'-]+))\s*")


def surname_and_initial(name: str) -> tuple[str, str] | None:
    """(surname, initial) casefolded, for a name written as a surname and one initial; None for any other name."""
    found = _SURNAME_INITIAL_RE.fullmatch(name) if name.isascii() else None
    if found is None:
        return None
    surname, initial = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    return (surname.casefold(), initial.casefold()) if len(surname) >= MIN_SURNAME else None


@dataclass(frozen=True)
class PersonHit:
    idx: int
    given: str  # the listed given name
    typed: str  # the query's


def _dropped_one(typed: str, listed: str) -> bool:
    return len(typed) + 1 == len(listed) and any(listed[:i] + listed[i + 1:] == typed for i in range(len(listed)))


class PersonIndex:
    """Listed persons' two-word Latin names by each word, for ``lookup``."""

    def __init__(self) -> None:
        self._by_word: dict[str, list[tuple[int, str]]] = {}
        # Either word → the other, whatever its length: an initial stands for a short given name as for a long one.
        self._by_surname: dict[str, list[tuple[int, str]]] = {}

    def add(self, idx: int, tokens: tuple[str, ...]) -> None:
        if len(tokens) != 2 or not all(t.isalpha() and t.isascii() for t in tokens):
            return
        for i, word in enumerate(tokens):
            other = tokens[1 - i]
            if len(word) >= MIN_SURNAME:
                self._by_surname.setdefault(word, []).append((idx, other))
                if len(other) >= MIN_GIVEN:
                    self._by_word.setdefault(word, []).append((idx, other))

    def may_hold(self, words: list[str]) -> bool:
        """Whether two words as printed may be a listed person's, one of them as listed: asked before normalising."""
        return len(words) == 2 and any(w.casefold() in self._by_surname for w in words)

    def initial_lookup(self, name: str) -> list[PersonHit]:
        """Listed persons a surname and an initial may write (``surname_and_initial``)."""
        found = surname_and_initial(name)
        if found is None:
            return []
        surname, initial = found
        return [PersonHit(idx, given, initial) for idx, given in self._by_surname.get(surname, ())
                if given[0] == initial]

    def lookup(self, tokens: tuple[str, ...]) -> list[PersonHit]:
        if len(tokens) != 2 or not self._by_word:
            return []
        hits: list[PersonHit] = []
        for i, word in enumerate(tokens):
            typed = tokens[1 - i]
            hits.extend(PersonHit(idx, given, typed) for idx, given in self._by_word.get(word, ())
                        if _dropped_one(typed, given))
        return hits
