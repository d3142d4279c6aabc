"""A Chinese name romanised as a Taiwanese register or a trade file types it: Wade-Giles with its apostrophes
(``Hang-k'ung``), pinyin with its tone marks (``Zàochuán``) or its syllable apostrophe (``Xi'an``), and the
Chinese legal form romanised too (``Ku-fen Yu-hsien Kung-ssu``, ``Gufen Youxian Gongsi`` for 股份有限公司).

The marks are no letters: the name is screened without them. The romanised legal form says nothing of which
company it is, so the name is screened without it too, as the romanised readings (``romanised``) meet a listed
Chinese name's own words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from policywatch.screening.normalize import LEGAL_FORMS_ZH, phonetic_key

# Apostrophes a romanisation writes between letters: Wade-Giles aspiration (k'ung, ch'uan), a pinyin syllable
# break (Pa'ermo). Typed as ' or ’ or ‘.
_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])['’‘`](?=[A-Za-z])")
_ASPIRATED_RE = re.compile(r"\b(?:ch|k|p|t|ts|tz)['’‘`][aeiou]", re.IGNORECASE)
_TONE_RE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]")
_SYLLABLE_SPLIT_RE = re.compile(r"[\s-]+")
# The last syllables of the legal forms: a line ending otherwise ends in none, and most do.
_FORM_ENDS = ("si", "ssu", "szu", "tuan", "she", "huo", "ye", "yeh", "men", "bu", "pu")
# Wade-Giles spellings of the syllables of Chinese legal forms, as pinyin spells them.
_WADE_GILES = {"ku": "gu", "yu": "you", "hsien": "xian", "kung": "gong", "ssu": "si", "szu": "si", "tse": "ze",
               "jen": "ren", "chi": "ji", "chu": "zhu", "shih": "shi", "yeh": "ye", "ho": "he", "kungssu": "gongsi"}


class RomanisedLine(NamedTuple):
    """The name without its marks, and the same without its romanised legal form (None: it has none)."""

    name: str
    without_form: str | None


@lru_cache(maxsize=1)
def _forms() -> frozenset[tuple[str, ...]]:
    """The Chinese legal forms as pinyin syllables (``gu fen you xian gong si``)."""
    return frozenset(tuple(phonetic_key(f).split("-")) for f in LEGAL_FORMS_ZH if phonetic_key(f).isascii())


def _syllable(word: str) -> str:
    folded = word.casefold()
    return _WADE_GILES.get(folded, folded)


def _strip_tones(text: str) -> str:
    """Tone marks off pinyin's vowels; a line with other letters than Latin ones is left as it is."""
    if text.isascii() or _TONE_RE.search(text) is None:
        return text
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain.replace("ü", "v"))


def _without_form(text: str) -> str | None:
    """The name before a romanised legal form it ends with, when a name is left."""
    words = text.split()
    for k in range(1, len(words)):  # the longest form first: 股份有限公司 before 公司
        tail = tuple(_syllable(s) for w in words[k:] for s in _SYLLABLE_SPLIT_RE.split(w) if s)
        joined = ("".join(tail),)
        if tail in _forms() or any(joined == ("".join(f),) for f in _forms()):
            head = words[:k]
            if len(head) > 1 and head[0].casefold() == "the":  # an English article is no romanised word
                head = head[1:]
            return " ".join(head)
    return None


def read_romanised(line: str) -> RomanisedLine | None:
    """The line without romanisation marks and without its romanised legal form; None for any other line."""
    toned = not line.isascii() and _TONE_RE.search(line) is not None
    quoted = "'" in line or "’" in line or "‘" in line or "`" in line
    marked = toned or quoted and _ASPIRATED_RE.search(line) is not None
    if not marked and not line.rstrip().casefold().endswith(_FORM_ENDS):
        return None
    text = _strip_tones(line.strip())
    if marked:
        text = _APOSTROPHE_RE.sub("", text)
    if not text.isascii():
        return None
    bare = _without_form(text)
    if bare is None and text == line.strip():
        return None
    return RomanisedLine(text, bare)
