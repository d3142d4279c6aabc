"""Names a vendor master cut at its field's width: "ACME ORBITAL LAUNCH SERVICES INTERNA" for "Acme Orbital Launch
Services International". Such files keep names in capitals in a fixed-width field (30, 35, 40 characters), so a
name of that length in capitals whose words start a listed name, the last maybe cut inside a word, names the listed
entity when it starts no other entity's name. A shorter name or one in mixed case is written so on purpose: it is
a short form (maybe a parent's name), which the matcher's scoring reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CUT_WIDTHS = range(30, 41)  # the field widths of vendor masters' name columns, as printed (spaces kept)
CUT_FACTOR = 0.95  # the listed name's last words are unseen: a review hit, however sure the start
_MIN_WORDS = 3  # two words cut from a longer name are a group's name more often than a unit's
# A name known to fill its field (a column the line's layout says ended it, a NACHA company name's 16 characters) was
# longer than the field: two words of it start the longer name, not a group's shorter one.
_MIN_WORDS_FILLED = 2
_WORD_RE = re.compile(r"[a-z0-9]+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(text.casefold().replace("&", " and ")))


def may_be_cut(printed: str) -> bool:
    """Whether a printed name has a cut name's shape: the field's width, capitals, Latin letters only."""
    return len(printed) in CUT_WIDTHS and printed.isascii() and printed.isupper()


class CutNames:
    """Listed Latin names by their words, to find the one a cut name starts."""

    def __init__(self) -> None:
        self._by_head: dict[tuple[str, ...], list[tuple[int, int, tuple[str, ...]]]] = {}

    def add(self, idx: int, entity: int, printed: str) -> None:
        words = _words(printed)
        if len(words) >= _MIN_WORDS:
            self._by_head.setdefault(words[:2], []).append((idx, entity, words))

    def lookup(self, printed: str, *, filled: bool = False) -> tuple[int, str] | None:
        """The listed name (its index) a cut name starts, and how, when it starts one entity's names only;
        ``filled``: the line's layout says the name fills its field."""
        words = _words(printed)
        if len(words) < (_MIN_WORDS_FILLED if filled else _MIN_WORDS):
            return None
        head, last = words[:-1], words[-1]
        found: list[tuple[int, int, tuple[str, ...]]] = []
        for idx, entity, listed in self._by_head.get(words[:2], ()):
            if (len(listed) >= len(words) and listed[: len(head)] == head and listed[len(head)].startswith(last)
                    and (len(listed) > len(words) or listed[len(head)] != last)):
                found.append((idx, entity, listed))
        entities = {entity for _, entity, _ in found}
        if len(entities) != 1:
            return None
        idx, _, listed = min(found, key=lambda f: len(f[2]))
        cut_word = listed[len(head)]
        how = (f"the first {len(printed)} characters of the listed name, as a fixed-width field cuts it"
               + (" (the line's layout says the name fills its field)" if filled else "")
               + (f" ({last!r} of {cut_word!r})" if cut_word != last else ""))
        return idx, how


def build(names: Iterable[tuple[int, int, str]]) -> CutNames:
    """The index over (listed name's index, entity, printed name) of Latin names."""
    index = CutNames()
    for idx, entity, printed in names:
        if printed.isascii():
            index.add(idx, entity, printed)
    return index
