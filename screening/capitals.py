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

from policywatch.screening.normalize import LEGAL_FORMS_LATIN, _latin_word
from policywatch.screening.places import us_state_codes

# A word of the line: letters, digits and the marks inside an acronym or a hyphenated name (GA-ASI, DS&S, S.).
_UNIT_RE = re.compile(r"[A-Z0-9][A-Z0-9&'.-]*")
_MARKS = str.maketrans("", "", "&'.-")
_MAX_INITIALS = 8  # letters of the longest acronym the index holds (``acronyms.MAX_LEN``)
_STATE_LEN = 2
_LEGAL_WORDS = frozenset(w for form in LEGAL_FORMS_LATIN for w in form)
_MAX_PART, _MAX_PARTS = 4, 3  # initials in parts: "GA ASI", "KHI ASC"


def in_capitals(line: str) -> bool:
    """Whether a Latin line has capitals and no small letter: the lines ``recased`` reads."""
    return line.isascii() and line.isupper()


def recased(line: str, *, listed_word: Callable[[str], bool], in_listed_capitals: Callable[[str], bool],
            initials: Callable[[str], bool]) -> str | None:
    """The line in mixed case, or None when no reading would read it otherwise: it holds no initials the index holds
    (or a listed name writes in capitals, or with an ampersand), and no state's code after a town. ``listed_word``
    says whether a casefolded word is a word of a listed name, ``in_listed_capitals`` whether a listed name writes
    the letters so, ``initials`` whether the index holds them as an acronym or a ticker."""
    units = list(_UNIT_RE.finditer(line))
    letters_of = [u.group(0).translate(_MARKS) for u in units]
    # Initials written in parts ("XY ZW" for XYZW): the first words together are an acronym the index holds.
    short = 0
    while short < len(units) and len(letters_of[short]) <= _MAX_PART:
        short += 1
    joined = next((k for k in range(min(short, _MAX_PARTS), 1, -1)
                   if len("".join(letters_of[:k])) <= _MAX_INITIALS and initials("".join(letters_of[:k]))), 0)
    # Most lines in capitals hold no word a reading goes by: answered by lookups alone, before any word is recased.
    # A legal form in capitals ("LLC") is the form, whoever writes it.
    if not (joined or "&" in line or any(in_listed_capitals(x) or initials(x) for x in letters_of
                                         if len(x) <= _MAX_INITIALS and x.casefold() not in _LEGAL_WORDS)
            or len(units) > 1 and letters_of[-1] in us_state_codes()):
        return None
    out: list[str] = []
    at = 0
    told = joined > 0  # whether a word a reading goes by is in the line (speed: most lines in capitals have none)
    for i, found in enumerate(units):
        unit = found.group(0)
        letters = letters_of[i]
        folded = letters.casefold()
        word = _latin_word(folded)
        last = i == len(units) - 1 or all(u.group(0).isdigit() for u in units[i + 1:])
        listed = listed_word(folded) or listed_word(word)
        known = ("&" in unit or in_listed_capitals(letters) or initials(letters) and not listed
                 or last and i > 0 and len(letters) == _STATE_LEN and letters in us_state_codes())
        told = told or known
        keep = (known or i < joined or sum(c.isalpha() for c in letters) <= 1 or any(c.isdigit() for c in letters)
                or i == 0 and len(letters) <= _MAX_INITIALS and not listed)
        out.append(line[at:found.start()])
        out.append(unit if keep else "-".join(part.capitalize() for part in unit.split("-")))
        at = found.end()
    out.append(line[at:])
    text = "".join(out)
    return None if text == line or not told else text
