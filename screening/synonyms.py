"""Names that say one word another way: a Chinese word of a name swapped for another translation of the same
English word (空间 or 航天 for Space, 航空 or 航天 for Aerospace), and America for USA or US ("HS美国控股" is "HS USA
Holdings": ``normalize`` reads 美国 as America, as "… of America" names are written).

A query nothing matched is read with one such word swapped at a time; a name that is then a listed name's exact key
is a review hit, since the other translation is only as good as the glossary's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policywatch.screening.translated import glossary

# Readings a glossary word has beyond those ``translated.glossary`` gives it (航天 is the Space of 航天局).
EXTRA_READINGS: dict[str, tuple[str, ...]] = {"航天": ("space",), "航太": ("space",)}
# Words that say whose body a name is, not only what it does: 国防 is a state's (国防大学 is no 防卫大学).
NEVER_SWAPPED = frozenset({"国防", "国家", "国立"})
MIN_SWAPPED = 2  # characters of a swapped word: one character is too often part of another word
MAX_SWAPS = 16
AMERICA_WORDS = frozenset({"usa", "us", "america"})


@lru_cache(maxsize=1)
def _siblings() -> dict[str, tuple[str, ...]]:
    """A Chinese word → the other words of two characters or more that translate one of its English words."""
    by_english: dict[str, set[str]] = {}
    readings: dict[str, set[str]] = {}
    for zh, alternatives in glossary().items():
        for alternative in alternatives:
            if len(alternative) == 1:
                readings.setdefault(zh, set()).add(alternative[0])
    for zh, extra in EXTRA_READINGS.items():
        readings.setdefault(zh, set()).update(extra)
    for zh in NEVER_SWAPPED:
        readings.pop(zh, None)
    for zh, english in readings.items():
        if len(zh) >= MIN_SWAPPED:
            for word in english:
                by_english.setdefault(word, set()).add(zh)
    out: dict[str, tuple[str, ...]] = {}
    for zh, english in readings.items():
        if len(zh) >= MIN_SWAPPED:
            others = {o for word in english for o in by_english.get(word, ()) if o != zh}
            if others:
                out[zh] = tuple(sorted(others))
    return out


@lru_cache(maxsize=1)
def _longest() -> int:
    return max((len(w) for w in _siblings()), default=0)


def zh_swaps(key: str) -> list[tuple[str, str, str]]:
    """The key with one word swapped for another translation of it: (new key, the word, its swap)."""
    siblings = _siblings()
    out: list[tuple[str, str, str]] = []
    for start in range(len(key)):
        for end in range(min(len(key), start + _longest()), start + MIN_SWAPPED - 1, -1):
            word = key[start:end]
            for other in siblings.get(word, ()):
                out.append((key[:start] + other + key[end:], word, other))
                if len(out) >= MAX_SWAPS:
                    return out
    return out


def america_key(tokens: tuple[str, ...]) -> str | None:
    """The name's key with USA and US read as America (None when it has none of them)."""
    if not AMERICA_WORDS.intersection(tokens):
        return None
    return "".join("america" if t in AMERICA_WORDS else t for t in tokens)


def may_swap(text: str) -> bool:
    """Whether a normalised Chinese key holds a word ``zh_swaps`` may swap (one search of all of them)."""
    return _swappable_re().search(text) is not None


@lru_cache(maxsize=1)
def _swappable_re() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, _siblings()), key=len, reverse=True)) or "(?!)")
