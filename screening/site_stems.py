"""A website's or an e-mail domain's label read as a listed name written the way a domain writes it: no spaces, and
often the first words as their initials.

- ``gdmissionsystems``: the initials of a listed name's first words, then its other words whole, run together
  (General Dynamics Mission Systems). Only a label that is exactly that of one listed entity's name, with two
  initials at least and one whole word after them, is read so;
- ``acmecorp``: initials and a legal form run together (ACME + corp): the initials are the acronym path's to look up.

Both are review hits, never a match: a domain is anyone's to register. A label that splits into a listed name's
whole words is the exact key's already (``lockheedmartin``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policywatch.screening.normalize import LEGAL_FORMS_LATIN

_WORD_RE = re.compile(r"[a-z0-9]+")
_LINKING = frozenset({"of", "and", "the", "for", "by", "de", "&"})
_LEGAL_WORDS = frozenset(w for form in LEGAL_FORMS_LATIN for w in form) | {"corporation", "incorporated",
                                                                          "company", "limited"}
# Legal forms a domain writes after a company's initials ("xyzcorp", "xyzinc"), longest first.
_LEGAL_TAILS = ("corporation", "corp", "inc", "llc", "ltd", "plc", "gmbh", "co")
_INITIALS = range(2, 6)
MIN_STEM = 5  # a shorter label is initials alone: the acronym path's as it is


def _own_words(printed: str) -> list[str]:
    words = _WORD_RE.findall(printed.casefold().replace("&", " and "))
    while len(words) > 1 and words[-1] in _LEGAL_WORDS:
        words.pop()
    return words


class StemIndex:
    """Listed Latin names as a domain's label writes them with their first words' initials."""

    def __init__(self) -> None:
        self._keys: dict[str, list[tuple[int, int, str]]] = {}

    def add(self, idx: int, entity: int, printed: str) -> None:
        words = _own_words(printed)
        for k in range(2, len(words)):
            initials = "".join(w[0] for w in words[:k] if w not in _LINKING)
            if len(initials) < 2:
                continue
            rest = [w for w in words[k:] if w not in _LINKING]
            if not rest:
                continue
            key = initials + "".join(rest)
            self._keys.setdefault(key, []).append((idx, entity, f"{initials.upper()} + {' '.join(rest)}"))

    def lookup(self, label: str) -> tuple[int, str] | None:
        """The listed name (its index) a domain's label writes with initials, and how; None unless one entity's."""
        found = self._keys.get(label.casefold(), [])
        if len({entity for _, entity, _ in found}) != 1:
            return None
        idx, _, how = found[0]
        return idx, (f"the website's name {label!r} is the initials of its first words and its other words run "
                     f"together ({how})")


def initials_before_legal(label: str) -> tuple[str, str] | None:
    """(the initials in capitals, the legal form) of a domain's label written as initials and a legal form run
    together (``xyzcorp``); None for any other label."""
    folded = label.casefold()
    for tail in _LEGAL_TAILS:
        head = folded[: -len(tail)]
        if folded.endswith(tail) and len(head) in _INITIALS and head.isalpha():
            return head.upper(), tail
    return None


def build(names: Iterable[tuple[int, int, str]]) -> StemIndex:
    """The index over (listed name's index, entity, printed name) of Latin names."""
    index = StemIndex()
    for idx, entity, printed in names:
        if printed.isascii():
            index.add(idx, entity, printed)
    return index
