"""A Korean rendering of a Latin name given in Latin letters, romanised in Revised Romanization (Rokhideu Mateun
Koporeisyeon, as a Korean registry's Latin field writes 록히드 마틴 코퍼레이션): each word that reads wholly as RR
syllables is written back in hangul (the public RR chart read backwards: a consonant before a vowel
begins a syllable, but ng, which is ㅇ), so the name is read as the hangul is
(``hangul``: glossary words in English, 조선소 shipyard, the rest by its sounds). A word that is no RR syllables
(an English word as printed, "Philly") is kept.

Only a name with a spelling English never writes is read so: RR's ㅡ after a consonant and before no vowel
("-deu", "-seu", "-jeu": English writes "eu" first or before a vowel, Europa, Reuters), or its ㅓ after a consonant
English never puts before "eo" ("seo", "jeo", "yeo": English has geo, leo, neo, deo, theo). The rest is guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FIRST = 0xAC00  # 가, the first hangul syllable

# RR's letters for each jamo, in Unicode's order (``hangul`` writes them the other way).
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i")
# Finals as RR writes them at a syllable's end, each to one jamo: t is ㅅ, as loanwords write it (엘빗, Elbit); a
# file's g, d or b before a consonant is the same sound.
_FINALS: dict[str, int] = {"k": 1, "g": 1, "n": 4, "t": 19, "d": 19, "l": 8, "m": 16, "p": 17, "b": 17, "ng": 21}
# An initial l (the ㄹ after a final ㄹ, "pilli", or a file's l for r) is ㄹ too.
_INITIAL_OF = {**{latin: i for i, latin in enumerate(_INITIALS)}, "l": 5}
_BY_LENGTH = sorted(_INITIAL_OF, key=len, reverse=True)
_MEDIALS_BY_LENGTH = sorted(range(len(_MEDIALS)), key=lambda i: -len(_MEDIALS[i]))
_FINALS_BY_LENGTH = sorted(_FINALS, key=len, reverse=True)
_VOWELS = frozenset("aeiouwy")
_TELL_RE = re.compile(r"(?<=[bcdghjkmnprst])eu(?![aeiou])|(?:^|[^tpcs])(?:[sjkbm]|ch)eo|[^aeiou]yeo")
_WORD_RE = re.compile(r"[a-z]+")
_LONGEST_WORD = 40  # letters: a longer run is no name's word


@lru_cache(maxsize=4096)
def to_hangul(word: str) -> str | None:
    """One Latin word (lower case) as the hangul syllables RR writes so ("rokhideu" → "록히드"); None for a word
    that is not wholly RR syllables."""
    if len(word) > _LONGEST_WORD:
        return None
    return _parse(word, 0)


def _parse(word: str, at: int) -> str | None:
    if at == len(word):
        return ""
    for initial in _BY_LENGTH:
        if not word.startswith(initial, at):
            continue
        after_initial = at + len(initial)
        for medial in _MEDIALS_BY_LENGTH:
            if not word.startswith(_MEDIALS[medial], after_initial):
                continue
            end = after_initial + len(_MEDIALS[medial])
            for final in (*_FINALS_BY_LENGTH, ""):
                if final and not word.startswith(final, end):
                    continue
                nxt = end + len(final)
                if final and final != "ng" and nxt < len(word) and word[nxt] in _VOWELS:
                    continue  # the consonant begins the next syllable; ㅇ never does (jung-gong-eop, 중공업)
                rest = _parse(word, nxt)
                if rest is not None:
                    code = (_INITIAL_OF[initial] * 21 + medial) * 28 + (_FINALS[final] if final else 0)
                    return chr(_FIRST + code) + rest
    return None


def may_be_romanised_korean(text: str) -> bool:
    """Whether a Latin name has a spelling only RR writes (one regex search; ``from_romanised`` tells)."""
    folded = text.casefold()
    # Every tell holds eu or eo: two substring tests answer most names before the regex with its lookarounds.
    return ("eu" in folded or "eo" in folded) and _TELL_RE.search(folded) is not None


def from_romanised(text: str) -> tuple[str, frozenset[str]] | None:
    """The name with each word that is RR syllables written in hangul, and the words kept as printed; None unless
    a word so written has a spelling only RR writes (``_TELL_RE``)."""
    out: list[str] = []
    kept: set[str] = set()
    told = False
    for word in _WORD_RE.findall(text.casefold()):
        hangul = to_hangul(word)
        if hangul is None or not hangul:
            out.append(word)
            kept.add(word)
            continue
        told = told or _TELL_RE.search(word) is not None
        out.append(hangul)
    return (" ".join(out), frozenset(kept)) if told else None
