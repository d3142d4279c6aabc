"""A Chinese name romanised as a Taiwanese register or a trade file types it: Wade-Giles with its apostrophes
(``Hang-k'ung``), pinyin with its tone marks (``Zàochuán``), its tone digits (``Zao4chuan2``, as a keyboard
without marks or a dictionary writes it) or its syllable apostrophe (``Xi'an``), and the Chinese legal form
romanised too (``Ku-fen Yu-hsien Kung-ssu``, ``Gufen Youxian Gongsi`` for 股份有限公司). A Japanese name in
Hepburn writes its long vowels with macrons or circumflexes (``Jūkō``, ``Jûkô``), which are marks the same way.

The marks are no letters: the name is screened without them. The romanised legal form says nothing of which
company it is, so the name is screened without it too, as the romanised readings (``romanised``) meet a listed
Chinese name's own words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from policywatch.screening.normalize import LEGAL_FORMS_ZH, phonetic_key, pinyin_syllables

# Apostrophes a romanisation writes between letters: Wade-Giles aspiration (k'ung, ch'uan), a pinyin syllable
# break (Pa'ermo). Typed as ' or ’ or ‘.
_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])['’‘`](?=[A-Za-z])")
_ASPIRATED_RE = re.compile(r"\b(?:ch|k|p|t|ts|tz)['’‘`][aeiou]", re.IGNORECASE)
# Pinyin's tone marks; the circumflexes are Hepburn's long vowels (as are the macrons, pinyin's first tone).
_TONE_RE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙâêîôûÂÊÎÔÛ]")
# A syllable's tone as a digit after it (neutral 5 or 0); ü typed as v or u: when the keyboard has no ü.
_TONE_DIGIT_RE = re.compile(r"[a-zA-Z:ü][0-5]")
_TONED_WORD_RE = re.compile(r"(?:[a-zü:]+[0-5]['-]?)+[a-zü:]*")
_TONED_SYLLABLE_RE = re.compile(r"([a-zü:]+)([0-5]?)")
_MIN_TONE_DIGITS = 2  # one digit after a syllable is a code's as often ("A1", "Bo3")
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


def _without_tone_digits(line: str) -> str | None:
    """The line with the tone digits after its pinyin syllables left out ("Zao4chuan2" → "Zaochuan"); None unless
    every word with a digit is pinyin syllables each with its tone (a letter and a digit alone is a code), and there
    are two tones at least."""
    out: list[str] = []
    tones = 0
    for word in line.split():
        if not any(c.isdigit() for c in word):
            out.append(word)
            continue
        core = word.strip(",.;()")
        if len(core) <= 2 or _TONED_WORD_RE.fullmatch(core.casefold()) is None:  # "A1", "E5": a code's
            return None
        for syllable, tone in _TONED_SYLLABLE_RE.findall(core.casefold().replace("'", "").replace("-", "")):
            if syllable.replace("u:", "u").replace("ü", "u").replace("v", "u") not in pinyin_syllables():
                return None
            tones += bool(tone)
        plain = re.sub("[0-5]", "", word).replace("u:", "u").replace("U:", "U")
        out.append(plain.replace("ü", "u").replace("Ü", "U"))
    return " ".join(out) if tones >= _MIN_TONE_DIGITS else None


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
    digits = _without_tone_digits(line.strip()) if _TONE_DIGIT_RE.search(line) is not None else None
    quoted = "'" in line or "’" in line or "‘" in line or "`" in line
    marked = toned or digits is not None or quoted and _ASPIRATED_RE.search(line) is not None
    if not marked and not line.rstrip().casefold().endswith(_FORM_ENDS):
        return None
    text = _strip_tones(digits if digits is not None else line.strip())
    if marked:
        text = _APOSTROPHE_RE.sub("", text)
    if not text.isascii():
        return None
    bare = _without_form(text)
    if bare is None and text == line.strip():
        return None
    return RomanisedLine(text, bare)
