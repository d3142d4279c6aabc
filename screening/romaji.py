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


# Katakana → Hepburn, the gojūon and dakuten chart; small kana (ャ, ァ, ッ) and ー are read by ``from_katakana``.
_ROMAJI = ("a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo "
           "ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po "
           "vu")
_KANA_ROMAJI = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ",
    _ROMAJI.split(), strict=True))
_SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
_SMALL_Y = {"ャ": "ya", "ュ": "yu", "ョ": "yo"}


def from_katakana(kana: str) -> str:
    """Katakana in Hepburn romaji, its long vowels written once ("ジュウコウ" → "juko")."""
    out: list[str] = []
    double = False
    for ch in kana:
        if ch == "ッ":
            double = True
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("i"):
            head = out.pop()[:-1]
            syllable = head + _SMALL_Y[ch][1:] if head in {"sh", "ch", "j"} else head + _SMALL_Y[ch]
        elif ch in _SMALL_VOWELS and out:
            # ウ before a small vowel is a w (ウィ "wi"), as a loanword writes it.
            before = out.pop()
            syllable = ("w" if before == "u" else before.rstrip("aiueo")) + _SMALL_VOWELS[ch]
        elif ch == "ー":
            continue
        else:
            syllable = _KANA_ROMAJI.get(ch, ch.casefold() if ch.isascii() else "")
        if double and syllable and syllable[0] not in "aiueon":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double = False
        out.append(syllable)
    return fold_long_vowels("".join(out))
