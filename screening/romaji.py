"""Japanese romaji in one spelling: Kunrei-shiki (ISO 3602) and Nihon-shiki write the sounds Hepburn spells shi, chi,
tsu, fu, ji, sha, cha, ja as si, ti, tu, hu, zi (di), sya, tya, zya (dya), and du for zu; any system may write a long
vowel doubled (``uu``, ``oo``), as ``ou``, with ``h`` (Hepburn's "Ohno") or with a macron or circumflex. ``hepburn``
folds a word to Hepburn with each long vowel written once ("Zyuukougyou" → "jukogyo", "Utyuu" → "uchu"): the
romaji glossary (``romanised.ROMAJI_ZH``) and a Zengin file's kana readings (``zengin``) are written so.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Kunrei-shiki and Nihon-shiki morae → Hepburn (ISO 3602 table 1 and 2); a y-mora first, then the others. Hepburn
# writes none of these letter pairs, but its shu and chu hold hu, which is fu only after no s or c.
_KUNREI: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"sy(?=[aueo])", "sh"), (r"ty(?=[aueo])", "ch"), (r"[zd]y(?=[aueo])", "j"), (r"si", "shi"), (r"ti", "chi"),
    (r"tu", "tsu"), (r"(?<![sc])hu", "fu"), (r"[zd]i", "ji"), (r"du", "zu"), (r"(?<=[kg])w(?=a)", ""),
))
# A long vowel written twice or as ou, or as oh before a consonant (passport Hepburn), once: the glossary's spelling.
LONG_VOWELS = (("ou", "o"), ("uu", "u"), ("oo", "o"), ("aa", "a"))
_OH_RE = re.compile(r"oh(?![aeiouy])")
_ROMAJI_WORD_RE = re.compile(r"[a-z]+")


def fold_long_vowels(text: str) -> str:
    """Romaji with each long vowel written once ("kenkyuusho" → "kenkyusho", "koukuu" → "koku")."""
    for long, short in LONG_VOWELS:
        while long in text:
            text = text.replace(long, short)
    return text


@lru_cache(maxsize=65_536)
def hepburn(word: str) -> str:
    """A romaji word (any case, marks or none) in Hepburn, its long vowels written once; a word with other than
    Latin letters is returned casefolded as it is."""
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    if _ROMAJI_WORD_RE.fullmatch(text) is None:
        return word.casefold()
    for pattern, spelt in _KUNREI:
        text = pattern.sub(spelt, text)
    return fold_long_vowels(_OH_RE.sub("o", text))
