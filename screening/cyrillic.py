"""Names in Cyrillic read as Latin words: a Russian file writes a listed Latin name by its sounds (Локхид Мартин
Корпорейшн). The letters are read back in BGN/PCGN romanisation, but for х, written h, the English letter it
stands for in a loanword; the words of a company's kind, which Russian writes as loanwords or translates
(Корпорейшн, Индастриз, Корпорация), come back from a glossary in English. What the brand sounds like is left to
``loan_sounds``.
"""

from __future__ import annotations

import re

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


def latin_words(text: str) -> tuple[list[str], frozenset[int]] | None:
    """The name's words in Latin letters, and the places of those already English (glossary words, and Latin
    words as printed, "RTX"), which are not read by sound; None for a name without Cyrillic."""
    if not has_cyrillic(text):
        return None
    words = (found.group(0) for found in _WORD_RE.finditer(text.casefold()))
    return read_words(words, _CYRILLIC_RE, GLOSSARY.get, romanise_word)
