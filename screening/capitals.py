"""A line written wholly in capitals ("XYZ SMALLTON MD", "ACME WIDGETS CORP"): its case says nothing.

A file that writes every name in capitals tells initials from words by nothing, and the readings that go by case
(initials with a site or a town after them, a name's own word in capitals, a part of a name in initials) would take
every word for initials, or none. Such a line is read as a file writing in mixed case writes it: a word of a listed
name as that word, in capitals only where a listed name writes it so ("BAE", "IHI"); initials the index holds, a code
with a digit or an ampersand, a single letter and a state's code at the end as they are; the first word, where
initials stand, in capitals unless it is a listed name's word or too long to be initials. Every other word is
written with a capital and small letters, as a town's or a person's name is. ``normalize`` casefolds, so the exact
and fuzzy readings see the same name either way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policywatch.screening.normalize import _latin_word
from policywatch.screening.places import us_state_codes

# A word of the line: letters, digits and the marks inside an acronym or a hyphenated name (GA-ASI, DS&S, S.).
_UNIT_RE = re.compile(r"[A-Z0-9][A-Z0-9&'.-]*")
_MAX_INITIALS = 8  # letters of the longest acronym the index holds (``acronyms.MAX_LEN``)
_STATE_LEN = 2


def in_capitals(line: str) -> bool:
    """Whether a Latin line has capitals and no small letter: the lines ``recased`` reads."""
    return line.isascii() and line.isupper()


def recased(line: str, *, listed_word: Callable[[str], bool], in_listed_capitals: Callable[[str], bool],
            initials: Callable[[str], bool]) -> str | None:
    """The line in mixed case, or None when it reads the same. ``listed_word`` says whether a casefolded word is a
    word of a listed name, ``in_listed_capitals`` whether a listed name writes the letters so, ``initials`` whether
    the index holds them as an acronym."""
    units = list(_UNIT_RE.finditer(line))
    letters_of = ["".join(c for c in u.group(0) if c.isalnum()) for u in units]
    # Initials written in parts ("XY ZW" for XYZW): the first words together are an acronym the index holds.
    joined = next((k for k in range(len(units), 1, -1) if initials("".join(letters_of[:k]))), 0)
    out: list[str] = []
    at = 0
    for i, found in enumerate(units):
        unit = found.group(0)
        letters = letters_of[i]
        folded = letters.casefold()
        word = _latin_word(folded)
        last = i == len(units) - 1 or all(u.group(0).isdigit() for u in units[i + 1:])
        listed = listed_word(folded) or listed_word(word)
        keep = (i < joined or sum(c.isalpha() for c in letters) <= 1 or any(c.isdigit() for c in letters) or "&" in unit
                or in_listed_capitals(letters) or initials(letters) and not listed
                or i == 0 and len(letters) <= _MAX_INITIALS and not listed
                or last and i > 0 and len(letters) == _STATE_LEN and letters in us_state_codes())
        out.append(line[at:found.start()])
        out.append(unit if keep else "-".join(part.capitalize() for part in unit.split("-")))
        at = found.end()
    out.append(line[at:])
    text = "".join(out)
    return None if text == line else text
