"""A scanned invoice's OCR reads a round letter as a digit: 0 for O, 1 for l or I (``L0CKHEED``, ``I1lumina``).

A digit between capitals, in a word of capitals and nothing else but that digit, is such a slip: a code or a
model number has more digits, or its digits at one end (``L3HARRIS`` keeps its 3, ``AREA 51`` its number). The
name is screened as the scan has it and with each such digit read as its letter. A slip in a word in mixed case
(``Cyber1ux``) is the matcher's own reading of a scan's slips (``matcher.ocr_key``): a word in capitals is not
folded so, since a scan of capitals confuses 0 with O and 1 with I, not with l.
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
