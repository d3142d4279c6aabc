"""Names in Arabic script read as Latin letters: an Arabic file writes a listed Latin name by its sounds (لوكهيد
مارتن for Lockheed Martin) and translates the words of its kind (بوينغ للدفاع والفضاء والأمن, "Boeing for defence,
space and security"). Arabic writes consonants and long vowels only, so a word is read as its consonant skeleton:
alif, waw and ya inside a word are the vowels a, u and i, first in a word a consonant (w, y) or a vowel; the short
vowels' marks are dropped. The words of a company's kind come back from a glossary in English, with the article
and the prefixed "and", "for", "by" taken off; what the brand sounds like is left to ``loan_sounds``, which hears
it as Arabic does (no p, no v).
"""

from __future__ import annotations

import re

from policywatch.screening.loan_sounds import read_words

_LETTERS: dict[str, str] = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "h",
    "د": "d", "ذ": "d", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a", "ء": "",
    "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "i",
}
# Inside a word, waw and ya are long vowels; first in a word, consonants.
_GLIDES = {"و": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i")}
_MARKS_RE = re.compile("[\u064b-\u065f\u0670\u0640]")  # short vowels, shadda, sukun, the dagger alif, tatweel
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_WORD_RE = re.compile(r"[\w']+")
# The prefixes an Arabic word of a name's kind carries: "and", "for", "by", each with the article or alone.
_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ل", "ب")

# Arabic words of a company's name and kind (without the article) → the English word; "" for a word the name
# leaves out (شركة, "company", before the name).
GLOSSARY: dict[str, str] = {
    "دفاع": "defense", "فضاء": "space", "امن": "security", "أمن": "security", "شركة": "", "شركه": "",
    "مؤسسة": "corporation", "كوربوريشن": "corporation", "كوربوريشين": "corporation", "انك": "inc", "إنك": "inc",
    "محدودة": "limited", "صناعات": "industries", "أنظمة": "systems", "انظمة": "systems", "نظم": "systems",
    "تكنولوجيا": "technology", "تقنيات": "technologies", "دولية": "international", "طيران": "aviation",
    "صواريخ": "missiles", "هندسة": "engineering", "مجموعة": "group", "قابضة": "holdings", "إلكترونيات":
    "electronics", "الكترونيات": "electronics", "بحرية": "marine", "و": "and",
}


def has_arabic(text: str) -> bool:
    # Asked of every row that is not ASCII: one regex scan, in C.
    return _ARABIC_RE.search(text) is not None


def romanise_word(word: str) -> str:
    """One Arabic word, its marks dropped, in Latin letters ("لوكهيد" → "lukhid")."""
    out: list[str] = []
    for i, ch in enumerate(word):
        glide = _GLIDES.get(ch)
        if glide is not None:
            out.append(glide[0] if i == 0 else glide[1])
        else:
            out.append(_LETTERS.get(ch, ch))
    return "".join(out)


def _glossary_word(word: str) -> str | None:
    if word in GLOSSARY:
        return GLOSSARY[word]
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 2 and rest in GLOSSARY:
            return GLOSSARY[rest]
    return None


def latin_words(text: str) -> tuple[list[str], frozenset[int]] | None:
    """The name's words in Latin letters, and the places of those already English (glossary words, and Latin
    words as printed), which are not read by sound; None for a name without Arabic script."""
    if not has_arabic(text):
        return None
    words = (found.group(0) for found in _WORD_RE.finditer(_MARKS_RE.sub("", text).casefold()))
    return read_words(words, _ARABIC_RE, _glossary_word, romanise_word)
