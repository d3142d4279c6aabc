"""A name as a Japanese bank-transfer (Zengin) file writes it: half-width katakana, capitals and a few signs only.

The format has no small kana and no long-vowel mark, and shortens the legal form to one kana in brackets:
- ``ｶ)`` before a name or ``(ｶ`` after it is 株式会社 (``ﾕ`` 有限会社, ``ﾄﾞ`` 合同会社), where the registered
  name has it;
- small kana are written large: ``ｼﾞﾕｳ`` for ジュウ, ``ﾈﾂﾄ`` for ネット, ``ﾃﾞｲ`` for ディ; a hyphen is the long vowel;
- a person is written surname, a space, given name, in their reading.

``read_zengin`` gives the name in full-width katakana with its legal form, small kana put back where Japanese
phonology puts them (ャュョ after an i-kana; ッ before a voiceless consonant), and as extras the same with the
loanword readings too (ッ before any consonant, ェ ィ ォ after the kana that take them in loanwords) and the name in
romaji, by the words of the romaji glossary where it is made of them: a listed Japanese name in kanji is met by its
reading (``romanised.ROMAJI_ZH``), one in katakana by its loanwords (``translated``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from policywatch.screening.romaji import from_katakana as _romaji
from policywatch.screening.romanised import ROMAJI_ZH

_HALF_KANA_RE = re.compile(r"[\uff66-\uff9d]")
_FORMS = {"ｶ": "株式会社", "ﾕ": "有限会社", "ﾄﾞ": "合同会社"}
_FORM = r"(ｶ|ﾕ|ﾄﾞ)"
_FORM_BEFORE_RE = re.compile(rf"^\s*{_FORM}\)\s*")
_FORM_AFTER_RE = re.compile(rf"\s*\({_FORM}\)?\s*$")
_LONG_RE = re.compile(r"(?<=[\u30a1-\u30fa])-")
_YOUON_RE = re.compile(r"(?<=[キシチニヒミリギジビピ])([ヤユヨ])")
_SMALL = str.maketrans("ヤユヨアイウエオツ", "ャュョァィゥェォッ")
_SOKUON_RE = re.compile(r"ツ(?=[カキクケコサシスセソタチツテトパピプペポ])")
_LOAN_SOKUON_RE = re.compile(r"ツ(?=[カ-ド])")  # a loanword doubles a voiced consonant too (ベッド, バッグ)
_LOAN_VOWEL_RE = re.compile(r"(?<=[シジチ])エ|(?<=[テデ])イ|(?<=フ)[アイエオ]|(?<=ヴ)[アイエオ]")
_MAX_WORD = max(len(w) for w in ROMAJI_ZH)


class ZenginName(NamedTuple):
    """The name in full-width katakana, and its other readings (text, how the line calls it)."""

    name: str
    extras: tuple[tuple[str, str], ...]


@lru_cache(maxsize=4096)
def _glossary_words(romaji: str) -> tuple[str, ...] | None:
    """The romaji as the glossary's words, when it is made of nothing else (fewest words)."""
    best: list[tuple[str, ...] | None] = [None] * (len(romaji) + 1)
    best[0] = ()
    for end in range(1, len(romaji) + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            before = best[start]
            if before is not None and romaji[start:end] in ROMAJI_ZH and (
                    best[end] is None or len(before) + 1 < len(best[end] or ())):
                best[end] = (*before, romaji[start:end])
    return best[-1]


def _brand_in_kanji(kana: str) -> str | None:
    """The name with the kana its first word is written in as that word's kanji ("フジツウ…" → "富士通…"), when the
    romaji glossary knows the word and loanwords follow it (they are read by ``translated``)."""
    for end in range(len(kana) - 1, 1, -1):
        words = ROMAJI_ZH.get(_romaji(kana[:end]))
        if words is not None:
            return words[0] + kana[end:]
    return None


def _romaji_name(kana: str) -> str | None:
    """The name in romaji by the glossary's words; a person's (two or three words, as a KYC file spaces them) as
    read; None when a word of a company's name is no glossary word (a loanword's romaji meets no listed name)."""
    words: list[str] = []
    person = 2 <= len(kana.split()) <= 3
    for part in kana.split():
        for run in re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]+", part):
            if run.isascii():
                words.append(run)
                continue
            romaji = _romaji(run)
            found = _glossary_words(romaji)
            if found is None and not person:
                return None
            words.extend(w.capitalize() for w in (found or (romaji,)))
    return " ".join(w for w in words if w)


def read_zengin(line: str) -> ZenginName | None:
    """A Zengin name's readings; None when the line holds no half-width katakana."""
    if _HALF_KANA_RE.search(line) is None:
        return None
    text, before, after = line.strip(), "", ""
    found = _FORM_BEFORE_RE.match(text)
    if found is not None:
        before, text = _FORMS[found.group(1)], text[found.end():]
    found = _FORM_AFTER_RE.search(text)
    if found is not None and found.start() > 0:
        after, text = _FORMS[found.group(1)], text[: found.start()]
    kana = _LONG_RE.sub("ー", unicodedata.normalize("NFKC", text))
    kana = _YOUON_RE.sub(lambda m: m.group(1).translate(_SMALL), kana)
    plain = _SOKUON_RE.sub("ッ", kana)
    loan = _LOAN_VOWEL_RE.sub(lambda m: m.group(0).translate(_SMALL), _LOAN_SOKUON_RE.sub("ッ", kana))
    extras: list[tuple[str, str]] = []
    if loan != plain:
        extras.append((f"{before}{loan}{after}", "its kana read as loanwords"))
    branded = _brand_in_kanji(loan)
    if branded is not None:
        extras.append((f"{before}{branded}{after}", "its brand's kana written in kanji"))
    romaji = _romaji_name(plain)
    if romaji:
        extras.append((romaji, "its kana reading in romaji"))
    return ZenginName(f"{before}{plain}{after}", tuple(extras))
