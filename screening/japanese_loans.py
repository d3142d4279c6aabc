"""Listed Latin names as Japanese writes them, by their sounds: in katakana (ロッキード・マーチン for Lockheed Martin)
or in the romaji of that katakana (Rokkīdo Māchin, Sisutemu for Systems). The words a company's name is made of are
English loanwords a glossary gives back (システムズ systems, セキュリティ security), and the Sino-Japanese words of a
trade a romaji name keeps (Kōkū Uchū, aerospace); every other word is read in Hepburn romaji (``romaji``), which
``loan_sounds`` hears as the listed word it sounds like. Sounds say less than letters: every hit is a review hit.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from policywatch.screening.normalize import LEGAL_FORMS_LATIN, LEGAL_PREFIXES_LATIN
from policywatch.screening.party_labels import read_party
from policywatch.screening.romaji import from_katakana, hepburn

# Generic words of companies' names in Hepburn romaji, long vowels written once (as ``romaji`` folds them).
GLOSSARY: dict[str, str] = {
    "shisutemu": "systems", "shisutemuzu": "systems", "indasutori": "industries", "indasutorizu": "industries",
    "indasutorisu": "industries", "difensu": "defense", "defensu": "defense", "supesu": "space",
    "sekyuriti": "security", "tekunoroji": "technology", "tekunorojizu": "technologies",
    "koporeshon": "corporation", "earosupesu": "aerospace", "kanpani": "company", "konpani": "company",
    "sabisu": "service", "sabisuzu": "services", "enjiniaringu": "engineering", "horudingusu": "holdings",
    "horudingu": "holding", "intanashonaru": "international", "nashonaru": "national", "gurupu": "group",
    "soryushon": "solutions", "soryushonzu": "solutions", "erekutoronikusu": "electronics", "maritaimu": "maritime",
    "marin": "marine", "abieshon": "aviation", "komyunikeshonzu": "communications", "netowaku": "network",
    "enerugi": "energy", "inku": "inc", "eruerushi": "llc",
    # Sino-Japanese words of a trade a romaji name keeps, which no sound of the English gives back.
    "kokuuchu": "aerospace", "uchu": "space", "jukogyo": "heavy industries", "boei": "defense",
}
# Short English words Japanese writes as a word of their own, read only so (アンド of アンドゥリル is no "and").
WHOLE_WORDS: dict[str, str] = {"ando": "and", "obu": "of", "za": "the"}
_KATAKANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9d]")
_KATAKANA_RUN_RE = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_KANJI_RE = re.compile(r"[\u3400-\u9fff]")
# Japan's legal forms, before or after the name (株式会社, (株)); 社 closes a foreign company's name (ロッキード社).
_FORMS_RE = re.compile(r"株式会社|有限会社|合同会社|\(株\)|\(有\)|(?<=[\u30a1-\u30fa\u30fc])社(?![\u3400-\u9fff])")
# A town or office after the name, past a space ("… 富岡"): no part of it.
_KANJI_TAIL_RE = re.compile(r"\s+[\u3400-\u9fff]+\s*$")
_SPLIT_RE = re.compile(r"[\s・&＆,、.]+")
_MAX_GLOSSARY = max(map(len, GLOSSARY))
# The glossary as ``romaji.hepburn`` folds a Kunrei-shiki spelling ("Difensu" → "jifensu", "Sisutemu" →
# "shisutemu"), and a long i written twice ("Kanpanii").
_FOLDED = {hepburn(word): english for word, english in GLOSSARY.items()}
# Words of a legal form ("Kabusiki Kaisya", "K.K."): kept as printed, not heard as a listed word.
_FORM_WORDS = frozenset(LEGAL_PREFIXES_LATIN | {word for form in LEGAL_FORMS_LATIN for word in form})


def _romaji_glossary(word: str) -> str | None:
    word = word.replace("ii", "i")
    return GLOSSARY.get(word) or _FOLDED.get(word)
# Marks of a romaji long vowel (ā, â): other marks are pinyin's tones or another language's letters.
_LONG_MARKS = frozenset("\u0304\u0302")
_LONG_VOWEL_RE = re.compile("[āīūēōâîûêôĀĪŪĒŌÂÎÛÊÔ]")


def has_katakana(text: str) -> bool:
    return not text.isascii() and _KATAKANA_RE.search(text) is not None


def _read_run(run: str, words: list[str], fixed: set[int]) -> None:
    """A katakana run's words: each glossary word in English (longest first from each place), the kana between
    in romaji."""
    at, pending = 0, ""
    while at < len(run):
        found = next(((end, GLOSSARY[r]) for end in range(len(run), at, -1)
                      if len(r := from_katakana(run[at:end])) <= _MAX_GLOSSARY and r in GLOSSARY), None)
        if found is None:
            pending += run[at]
            at += 1
            continue
        if pending:
            words.append(from_katakana(pending))
            pending = ""
        for english in found[1].split():
            fixed.add(len(words))
            words.append(english)
        at = found[0]
    if pending:
        romaji = from_katakana(pending)
        if romaji in WHOLE_WORDS and not words:
            fixed.add(len(words))
            romaji = WHOLE_WORDS[romaji]
        words.append(romaji)


def katakana_words(text: str) -> tuple[list[str], frozenset[int]] | None:
    """A name in katakana (full- or half-width, with Latin letters) as Latin words, and the places of those
    already English; None for a name without katakana or with kanji of its own (a Japanese name, read elsewhere)."""
    if not has_katakana(text):
        return None
    party = read_party(text)
    name = unicodedata.normalize("NFKC", party[0] if party is not None else text)
    name = _FORMS_RE.sub(" ", _KANJI_TAIL_RE.sub("", name))
    if _KANJI_RE.search(name):
        return None
    words: list[str] = []
    fixed: set[int] = set()
    for part in _SPLIT_RE.split(name):
        at = 0
        for run in _KATAKANA_RUN_RE.finditer(part):
            if run.start() > at:
                fixed.add(len(words))
                words.append(part[at:run.start()])
            run_words: list[str] = []
            run_fixed: set[int] = set()
            _read_run(run.group(0), run_words, run_fixed)
            fixed.update(len(words) + i for i in run_fixed)
            words.extend(run_words)
            at = run.end()
        if at < len(part):
            fixed.add(len(words))
            words.append(part[at:])
    words = [w for w in words if w]
    return (words, frozenset(fixed)) if words else None


def marked_romaji(text: str) -> bool:
    """Whether the name is Latin letters whose only marks are romaji's long-vowel marks (Rokkīdo), one at least."""
    if text.isascii() or _LONG_VOWEL_RE.search(text) is None:
        return False
    plain = unicodedata.normalize("NFD", text)
    return {c for c in plain if unicodedata.combining(c)} <= _LONG_MARKS and all(
        c.isascii() or unicodedata.combining(c) for c in plain)


def may_be_romaji_loans(words: list[str]) -> bool:
    """Whether a Latin name's (casefolded) words hold a romaji loanword of the glossary."""
    return any(_is_loan(word) for word in words)


# Asked of every word of every Latin name nothing else matched; a file's words repeat (Trading, Holdings, a town),
# so each is folded once.
@lru_cache(maxsize=1 << 16)
def _is_loan(word: str) -> bool:
    return len(word) > 3 and _romaji_glossary(hepburn(word)) is not None


def romaji_words(text: str) -> tuple[list[str], frozenset[int]] | None:
    """A romaji name's words in Hepburn, each glossary word (or two Sino-Japanese words making one) in English,
    and the places of those English; None for a name with no glossary word and no long-vowel mark (no romaji
    rendering known as such)."""
    printed = [w for w in _SPLIT_RE.split(text) if w]
    marked = not text.isascii()
    if marked and not marked_romaji(text):
        return None
    folded = [hepburn(w) for w in printed]
    words: list[str] = []
    fixed: set[int] = set()
    glossed = False
    i = 0
    while i < len(folded):
        pair = folded[i] + folded[i + 1] if i + 1 < len(folded) else ""
        english = _romaji_glossary(pair) if pair else None
        step = 2 if english is not None else 1
        if english is None:
            english = _romaji_glossary(folded[i]) or (WHOLE_WORDS.get(folded[i]) if i else None)
        if english is None:
            if folded[i] in _FORM_WORDS or printed[i].casefold() in _FORM_WORDS:
                fixed.add(len(words))
            words.append(folded[i])
        else:
            glossed = True
            for word in english.split():
                fixed.add(len(words))
                words.append(word)
        i += step
    return (words, frozenset(fixed)) if glossed or marked else None
