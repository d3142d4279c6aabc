"""Names in Cyrillic read as Latin words: a Russian file writes a listed Latin name by its sounds (Локхид Мартин
Корпорейшн). The letters are read back in BGN/PCGN romanisation, but for х, written h, the English letter it
stands for in a loanword; the words of a company's kind, which Russian writes as loanwords or translates
(Корпорейшн, Индастриз, Корпорация), come back from a glossary in English. What the brand sounds like is left to
``loan_sounds``.

A Russian file may also give the rendering in Latin letters, romanised (LOKKHID MARTIN KORPOREISHN, as a passport
or a registry's Latin field writes Локхид Мартин Корпорейшн): ``from_romanised`` writes such a name back in Cyrillic
(BGN/PCGN, GOST 7.79 and the passport's ICAO spellings, ``_LETTERS`` read backwards), so it is read as the Cyrillic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from policywatch.screening.loan_sounds import read_words

# BGN/PCGN, е and ё after a vowel, ь or ъ and first in a word as ye/yo (``_IOTATED``).
_LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Ukrainian, Belarusian and Serbian letters a file may use for the same sounds.
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w", "ј": "j", "љ": "lj", "њ": "nj", "ђ": "dj", "ћ": "c",
    "џ": "dzh",
}
_IOTATED = {"е": "ye", "ё": "yo"}
_VOWEL_LETTERS = frozenset("аеёиоуыэюяіїєьъ")

# Russian words of a company's name and kind (as loanwords, and translated) → the English word.
GLOSSARY: dict[str, str] = {
    "корпорейшн": "corporation", "корпорэйшн": "corporation", "корпорейшен": "corporation",
    "корпорация": "corporation", "инк": "inc", "инкорпорейтед": "incorporated", "лимитед": "limited",
    "лтд": "ltd", "ллк": "llc", "элэлси": "llc", "компани": "company", "компания": "company", "ко": "co",
    "груп": "group", "групп": "group", "группа": "group", "холдингс": "holdings", "холдинг": "holding",
    "индастриз": "industries", "индастрис": "industries", "индастри": "industries", "системз": "systems",
    "системс": "systems", "системы": "systems", "текнолоджис": "technologies", "текнолоджиз": "technologies",
    "текнолоджи": "technology", "технолоджис": "technologies", "технологии": "technologies",
    "интернешнл": "international", "интернэшнл": "international", "интернешенел": "international",
    "аэроспейс": "aerospace", "аэроспэйс": "aerospace", "солюшнс": "solutions", "солюшенс": "solutions",
    "инжиниринг": "engineering", "энджиниринг": "engineering", "электроникс": "electronics",
    "лабораториз": "laboratories", "лэбс": "labs", "лабс": "labs", "энд": "and", "и": "and", "оф": "of",
    "дефенс": "defense", "дифенс": "defense", "дефенз": "defense", "энтерпрайзис": "enterprises",
    "энтерпрайзес": "enterprises", "шипбилдинг": "shipbuilding", "ооо": "", "оао": "", "пао": "", "зао": "",
    "ао": "",
}
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# Latin spellings → the Russian letter, longest first: ``_LETTERS`` read backwards (kh for х, as BGN and the
# passport write it; ``_LETTERS`` writes h); i and y after a vowel are й, and e there or first in a word э (BGN
# writes е so as ye).
_FROM_LATIN: tuple[tuple[str, str], ...] = tuple(sorted(
    {**{latin: ch for ch, latin in _LETTERS.items() if ch in _RUSSIAN and latin and ch not in "ёйыэ"},
     "kh": "х", "yo": "ё", "ye": "е", "y": "ы"}.items(), key=lambda pair: -len(pair[0])))
_ROMANISED_WORD_RE = re.compile("(?:" + "|".join(latin for latin, _ in _FROM_LATIN) + ")+")
_LATIN_VOWELS = frozenset("aeiouy")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_WORD_RE = re.compile(r"[\w']+")


def has_cyrillic(text: str) -> bool:
    # Asked of every row that is not ASCII: one regex scan, in C.
    return _CYRILLIC_RE.search(text) is not None


def romanise_word(word: str) -> str:
    """One Cyrillic word (lower case) in Latin letters ("локхид" → "lokhid")."""
    out: list[str] = []
    for i, ch in enumerate(word):
        if ch in _IOTATED and (i == 0 or word[i - 1] in _VOWEL_LETTERS):
            out.append(_IOTATED[ch])
        else:
            out.append(_LETTERS.get(ch, ch))
    return "".join(out)


def _cyrillic_of(word: str) -> str | None:
    """One Latin word (lower case) as the Russian letters a romanisation writes so ("lokkhid" → "локкхид"); None
    for a word with a letter no romanisation of Russian writes (c alone, h alone, j, q, w, x)."""
    if _ROMANISED_WORD_RE.fullmatch(word) is None:
        return None
    out: list[str] = []
    i = 0
    while i < len(word):
        after_vowel = i > 0 and word[i - 1] in _LATIN_VOWELS
        if word[i] in "iy" and after_vowel and word[i:i + 2] not in ("ya", "yu", "yo", "ye"):
            out.append("й")
            i += 1
            continue
        if word[i] == "e" and (i == 0 or after_vowel):
            out.append("э")
            i += 1
            continue
        for latin, ch in _FROM_LATIN:
            if word.startswith(latin, i):
                out.append(ch)
                i += len(latin)
                break
        else:
            return None
    return "".join(out)


@lru_cache(maxsize=1)
def _romanised_glossary() -> frozenset[str]:
    """The glossary's Russian loanwords as romanised, where no English word is spelt so (korporeishn, sistemz)."""
    out: set[str] = set()
    for russian, english in GLOSSARY.items():
        # х as kh (BGN), and й as i too (the passport's ICAO spelling: Корпорейшн is KORPOREISHN).
        for latin in {romanise_word(variant) for variant in (russian.replace("х", "кх"),
                                                               russian.replace("х", "кх").replace("й", "и"))}:
            if len(latin) >= _MIN_TELL and latin != english and _cyrillic_of(latin) is not None:
                out.add(latin)
    return frozenset(out)


_MIN_TELL = 6  # letters of a glossary word that says a name is romanised Russian ("grupp" is Swedish too)
# Letters only a romanisation of Russian writes: English spells no kh, zh or shch (pinyin's zh is read apart).
_TELL_RE = re.compile(r"kh|shch|dzh|zh")


def may_be_romanised(text: str) -> bool:
    """Whether a Latin name may be a Russian rendering romanised (one regex search; ``from_romanised`` tells)."""
    return _TELL_RE.search(text.casefold()) is not None or not _romanised_glossary().isdisjoint(
        _WORD_RE.findall(text.casefold()))


def from_romanised(text: str, *, pinyin: Callable[[str], bool] = lambda _: False) -> str | None:
    """A Latin name with its words that romanise Russian letters written back in Cyrillic; the others (an English
    word as printed) are kept. None unless a word says it is romanised Russian: kh, shch or zh in it (zh not in a
    word ``pinyin`` reads as syllables) or a glossary loanword romanised."""
    words = _WORD_RE.findall(text.casefold())
    glossary = _romanised_glossary()
    told = False
    out: list[str] = []
    for word in words:
        cyrillic = _cyrillic_of(word)
        if cyrillic is None:
            out.append(word)
            continue
        tell = _TELL_RE.search(word)
        told = told or word in glossary or tell is not None and (tell.group(0) != "zh" or not pinyin(word))
        out.append(cyrillic)
    return " ".join(out) if told else None


def latin_words(text: str) -> tuple[list[str], frozenset[int]] | None:
    """The name's words in Latin letters, and the places of those already English (glossary words, and Latin
    words as printed, "RTX"), which are not read by sound; None for a name without Cyrillic."""
    if not has_cyrillic(text):
        return None
    words = (found.group(0) for found in _WORD_RE.finditer(text.casefold()))
    return read_words(words, _CYRILLIC_RE, GLOSSARY.get, romanise_word)
