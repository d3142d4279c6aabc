"""A scanned invoice's OCR reads a round letter as a digit: 0 for O, 1 for l or I (``L0CKHEED``, ``I1lumina``).

A digit between capitals, in a word of capitals and nothing else but that digit, is such a slip: a code or a
model number has more digits, or its digits at one end (``L3HARRIS`` keeps its 3, ``AREA 51`` its number). The
name is screened as the scan has it and with each such digit read as its letter. A slip in a word in mixed case
(``Cyber1ux``) is the matcher's own reading of a scan's slips (``matcher.ocr_key``): a word in capitals is not
folded so, since a scan of capitals confuses 0 with O and 1 with I, not with l.

The same scan reads a capital I as a small l (``HUNTINGTON lNGALLS lNDUSTRIES lNC``): in a line whose letters are
all capitals but for small l's, each word of capitals with an l in it is read with I for its l's. A line with any
other small letter is in mixed case, and its l's are the name's own (``Anduril``, ``McLellan``).
"""

from __future__ import annotations

import re

_SLIP_WORD_RE = re.compile(r"\b[A-Z]+[01][A-Z]+(?:[01][A-Z]+)*\b")
_DIGIT_RE = re.compile(r"[01]")
_MIN_LETTERS = 3


def _letter(word: str, at: int) -> str:
    return "O" if word[at] == "0" else "I"


def _read(word: str) -> str:
    if sum(c.isalpha() for c in word) < _MIN_LETTERS:
        return word
    return _DIGIT_RE.sub(lambda m: _letter(word, m.start()), word)


def read_slips(line: str) -> str | None:
    """The line with its OCR digit slips read as letters; None when it has none."""
    if "0" not in line and "1" not in line:
        return None
    read = _SLIP_WORD_RE.sub(lambda m: _read(m.group(0)), line)
    return read if read != line else None


L_SLIPS_ROLE = "read with a scan's small l's as I"
_L_WORD_RE = re.compile(r"\b[A-Zl]*l[A-Zl]*\b")


def read_l_slips(line: str) -> str | None:
    """The line with its small l's read as I, when they are its only small letters and stand in words of capitals;
    None for any other line."""
    if "l" not in line or not line.replace("l", "").isupper():
        return None
    read = _L_WORD_RE.sub(lambda m: m.group(0).replace("l", "I") if len(m.group(0)) >= _MIN_LETTERS
                          and not m.group(0).islower() else m.group(0), line)
    return read if read != line else None
