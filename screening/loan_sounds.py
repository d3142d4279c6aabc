"""Listed Latin names written in another script by their sounds (Cyrillic Локхид, Arabic لوكهيد, Korean 록히드 for
Lockheed): once that script is read back letter for letter (``cyrillic``, ``arabic``, ``hangul``) a brand comes back
spelt as that script hears it ("lokkhid"), too far from the English spelling for edits. Both are folded to a
consonant skeleton (``skeleton``): vowels dropped (a transcription changes them most), the letters one sound is
spelt with merged (ck/k/c, ph/f, th/t, dzh/j/g …), doubled letters once. A read word whose skeleton is a
listed word's is read as that word; the reading is then screened as a Latin name. Each script hears some English
sounds its own way (``Profile``): Arabic has no p or v, Korean no f, v or th and one letter for l and r.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from rapidfuzz.distance import Levenshtein

_VOWELS = frozenset("aeiouy")
_MIN_CONSONANTS = 2  # "Lk" (Лаки for Luckey) and longer: one consonant is too many words' skeleton


class Profile(Enum):
    CYRILLIC = "cyrillic"
    ARABIC = "arabic"
    KOREAN = "korean"
    JAPANESE = "japanese"


# One sound's spellings → one letter, longest first; C stands for ch, X for sh.
# (The readers write a Cyrillic х or an Arabic ه/خ as h, so kh is no digraph: "Lockheed" is c, k, h.)
_DIGRAPHS = (("ck", "k"), ("sch", "X"), ("tch", "C"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("ph", "f"),
             ("th", "t"), ("gh", "g"), ("sh", "X"), ("ch", "C"), ("qu", "kv"), ("x", "ks"))
_SOFT_C_RE = re.compile(r"c(?=[eiy])")
# English says -tion as "shun": another script writes that sound (Корпорейшн, 인포메이션 for Information).
_TION_RE = re.compile(r"(?<!s)tion")
# Letters each script writes with one of its own (after ``_DIGRAPHS``), per profile.
_FOLDS: dict[Profile, dict[str, str]] = {
    Profile.CYRILLIC: {"c": "k", "q": "k", "w": "v", "j": "g", "z": "s"},
    Profile.ARABIC: {"c": "k", "q": "k", "w": "f", "v": "f", "j": "g", "z": "s", "p": "b", "C": "X"},
    Profile.KOREAN: {"c": "k", "q": "k", "w": "b", "v": "b", "f": "b", "p": "b", "j": "g", "z": "g", "l": "r",
                     "X": "s", "C": "g"},
    # Japanese writes English ti as チ "chi" (マーチン, Martin), soft g and j as ジ or ゼ, l as r, sh as シ "shi".
    Profile.JAPANESE: {"c": "k", "q": "k", "v": "b", "j": "g", "z": "g", "l": "r", "X": "s", "C": "t"},
}
_MIN_PART = 4  # letters of each word a run-together one is split into
# Arabic writes no short vowel, so two consonants are more words' skeleton still: three at least.
_MIN_CONSONANTS_OF = {Profile.ARABIC: 3}
# The plural's s in each script's skeleton: Korean writes it 즈 after a voiced sound (미사일즈, Missiles), read "jeu".
_PLURAL_OF: dict[Profile, tuple[str, ...]] = {Profile.CYRILLIC: ("s",), Profile.ARABIC: ("s",),
                                              Profile.KOREAN: ("s", "g"), Profile.JAPANESE: ("s", "g")}
# Korean hears an English r after a vowel as nothing (마틴 for Martin) and th as s (레이시온 for Raytheon).
_KOREAN_SILENT_R_RE = re.compile(r"(?<=[aeiouy])r(?![aeiouy])")
# …and writes as said an l English leaves unsaid before m or k (파머 for Palmer, 워커 for Walker, 포크 for Polk).
_KOREAN_SILENT_L_RE = re.compile(r"(?<=[^aeiou][ao])l(?=[mk])")
# Japanese hears both, and no h after another consonant (ロッキード for Lockheed).
_JAPANESE_SILENT_H_RE = re.compile(r"(?<=[bdfgjklmnqrvwxz])h")


def skeleton(word: str, profile: Profile) -> str:
    """A Latin word's consonants as ``profile``'s script hears them ("lockheed" → "lkhd"); an initial vowel is
    kept as "_" ("illumina" → "_lmn"). "" for a word with no letters."""
    text = "".join(ch for ch in word.casefold() if "a" <= ch <= "z")
    if not text:
        return ""
    if "tion" in text:
        text = _TION_RE.sub("shon", text)
    if profile is Profile.JAPANESE and "h" in text:
        text = _JAPANESE_SILENT_H_RE.sub("", text)
    if profile is Profile.KOREAN or profile is Profile.JAPANESE:
        text = text.replace("th", "s")
        text = _KOREAN_SILENT_R_RE.sub("", text)
        if "l" in text:
            text = _KOREAN_SILENT_L_RE.sub("", text)
    for spelt, sound in _DIGRAPHS:
        if spelt in text:
            text = text.replace(spelt, sound)
    text = _SOFT_C_RE.sub("s", text)
    folds = _FOLDS[profile]
    out: list[str] = ["_"] if text[0] in _VOWELS else []
    for i, ch in enumerate(text):
        if ch in _VOWELS:
            continue
        if ch == "h" and (i + 1 >= len(text) or text[i + 1] not in _VOWELS):
            continue  # an h that is no sound of its own ("John", "Shah")
        if ch == "w" and i and text[i - 1] in _VOWELS and (i + 1 >= len(text) or text[i + 1] not in _VOWELS):
            continue  # a w that ends a vowel ("Dow", "Crowley")
        letter = folds.get(ch, ch)
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)


def _consonants(key: str) -> int:
    return len(key) - key.startswith("_")


@dataclass(frozen=True)
class SoundReading:
    text: str  # the reading, each word that sounds like a listed word written as that word
    heard: tuple[tuple[str, str], ...]  # (word as read, the listed word it sounds like)


class SoundWords:
    """The words of the listed Latin names by skeleton, per script: a word read back from another script is read
    as the listed word it sounds like."""

    def __init__(self, words: set[str]) -> None:
        self._words = frozenset(words)
        self._by_key: dict[Profile, dict[str, list[str]]] = {p: {} for p in Profile}
        for word in sorted(words):
            if not word.isascii() or not word.isalpha():
                continue
            for profile, table in self._by_key.items():
                key = skeleton(word, profile)
                least = _MIN_CONSONANTS_OF.get(profile, _MIN_CONSONANTS)
                if _consonants(key) >= least:
                    table.setdefault(key, []).append(word)
                # Listed words are kept singular (``normalize``); another script keeps the plural's s (Системз for
                # Systems), or the name's own s (Leidos, kept as "leido").
                if key and not key.endswith("s") and _consonants(key) + 1 >= least:
                    for plural in _PLURAL_OF[profile]:
                        table.setdefault(key + plural, []).append(word)

    def listed_word(self, word: str, profile: Profile) -> str | None:
        """The listed word that ``word`` (read back from ``profile``'s script) sounds like, the nearest in letters
        where several do; None where none does."""
        if word in self._words:
            return None
        key = skeleton(word, profile)
        if _consonants(key) < _MIN_CONSONANTS_OF.get(profile, _MIN_CONSONANTS):
            return None
        found = self._by_key[profile].get(key)
        if not found:
            return None
        # A word before an acronym of its sounds (Lockheed before LKD): a script writes an acronym's letters' names.
        return min(found, key=lambda listed: (_VOWELS.isdisjoint(listed), Levenshtein.distance(listed, word.casefold()),
                                              listed))

    def reading(self, words: list[str], profile: Profile, fixed: frozenset[int] = frozenset()) -> SoundReading:
        """The words read back from a script, each (but those at ``fixed`` places: glossary words already
        English) that sounds like a listed word written as it."""
        out: list[str] = []
        heard: list[tuple[str, str]] = []
        for i, word in enumerate(words):
            listed = None if i in fixed else self.listed_word(word, profile)
            if listed is not None and listed != word.casefold():
                heard.append((word, listed))
                out.append(listed)
            elif i not in fixed and word not in self._words and (split := self._split(word, profile)) is not None:
                heard.append((word, " ".join(split)))
                out.extend(split)
            else:
                out.append(word)
        return SoundReading(" ".join(out), tuple(heard))

    def _split(self, word: str, profile: Profile) -> tuple[str, str] | None:
        """A word that is two run together, as a script without spaces writes a brand and a place (한화필리 for
        Hanwha Philly): the second a listed word or heard as one (the nearest in letters where several cuts are),
        the first heard too, else left as read for the fuzzy match."""
        best: tuple[bool, int, str, str] | None = None
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            second = tail if tail in self._words else self.listed_word(tail, profile)
            if second is None:
                continue
            first = head if head in self._words else self.listed_word(head, profile)
            # A cut whose both words are heard before one whose first is not (노스롭그루먼: Northrop Grumman, not
            # a shorter tail heard as another word); then the nearest in letters.
            distance = Levenshtein.distance(second, tail) + (Levenshtein.distance(first, head) if first else 0)
            candidate = (first is None, distance, first or head, second)
            if best is None or candidate[:2] < best[:2]:
                best = candidate
        return None if best is None else (best[2], best[3])


def read_words(words: Iterable[str], in_script: re.Pattern[str], glossary: Callable[[str], str | None],
               romanise: Callable[[str], str]) -> tuple[list[str], frozenset[int]] | None:
    """A name's words in Latin letters, and the places of those already English, which are not read by sound: a
    Latin word as printed ("RTX"), a glossary word in its English (an empty one, a particle, is left out); any other
    word of the script romanised. One reading for every script a table romanises (Cyrillic, Arabic)."""
    out: list[str] = []
    fixed: set[int] = set()
    for word in words:
        if not in_script.search(word):
            fixed.add(len(out))
            out.append(word)
            continue
        english = glossary(word)
        if english is not None:
            if english:
                fixed.add(len(out))
                out.append(english)
            continue
        out.append(romanise(word))
    return (out, frozenset(fixed)) if out else None
