"""Initials with where the unit sits after them, in words no table holds: "XYZ Morgan Hill", "XYZ Corporate HQ
Springfield VA", "XY-Z Tall Pines Flight Operations". The town is too small for the place table and there may be no
state's code or site word to end it (``sites.town_and_state``, ``sites.site_after_initials``).

Read only so: capitalised words after initials, at most ``_MAX_WORDS``, none a legal form, and none a word of a
company's trade unless a site's word ("HQ", "Operations") says the tail is a site; never the initials' own
expansion ("NEC Northeast Conference" names another body). The initials are then looked up alone, a review hit.
"""

from __future__ import annotations

import re

from policywatch.screening.normalize import LEGAL_FORMS_LATIN, _latin_word
from policywatch.screening.places import NOT_PLACE_WORDS, us_state_codes

_HEAD_RE = re.compile(r"([A-Z][A-Z0-9&-]{1,7})\s+([A-Z][A-Za-z .,'-]*)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_MAX_WORDS = 5
_LINKING = frozenset({"of", "and", "the", "at", "de"})
# Words of where a unit sits that are no place: its headquarters, its flight line.
# Only words no company is named by ("Labs", "Center" and "Systems" are names' words as often).
_SITE_KIND = frozenset({"hq", "headquarters", "operations", "ops", "campus", "plant", "works", "facility", "site",
                        "office", "branch", "division", "shipyard", "depot", "corporate", "flight"})
# A town's own word: without a site's word, only a tail holding one is read as a town ("Morgan City"); a word alone
# after initials ("XYZ Kwikform") is as often the rest of a company's name.
_TOWN_WORDS = frozenset({"city", "town", "township", "heights", "park", "falls", "springs", "beach", "harbor",
                         "harbour", "port", "junction", "village", "hills", "valley", "lake"})
_LEGAL_WORDS = frozenset(w for form in LEGAL_FORMS_LATIN for w in form)


def _expands(letters: str, words: list[str]) -> bool:
    """Whether the initials are the tail's words' first letters: the tail is the name they stand for."""
    initials = "".join(w[0] for w in words if w.casefold() not in _LINKING).upper()
    return bool(initials) and (initials.startswith(letters) or letters.startswith(initials))


def initials_then_site(name: str) -> tuple[str, str] | None:
    """The initials a name starts with and the site in words after them; None for any other name."""
    found = _HEAD_RE.fullmatch(name.strip()) if name.isascii() else None
    if found is None:
        return None
    head, tail = found.group(1), found.group(2).strip(" ,.-")
    words = _WORD_RE.findall(tail)
    if words and words[-1] in us_state_codes():
        words = words[:-1]
    if not words or len(words) > _MAX_WORDS:
        return None
    folded = [w.casefold() for w in words]
    if any(not (w[0].isupper() or f in _LINKING) for w, f in zip(words, folded, strict=True)):
        return None
    site_word = any(f in _SITE_KIND for f in folded)
    if not site_word and not any(f in _TOWN_WORDS for f in folded[1:]) or any(f in _LEGAL_WORDS for f in folded):
        return None
    for word, fold in zip(words, folded, strict=True):
        if fold in _LINKING or fold in _SITE_KIND:
            continue
        if word.isupper() and len(word) > 1:
            return None  # more initials: a name in capitals, not a town's
        trade = fold in NOT_PLACE_WORDS or _latin_word(fold) in NOT_PLACE_WORDS
        if trade and not site_word:
            return None
    letters = head.replace("-", "").replace("&", "")
    if _expands(letters, words) or all(f in _SITE_KIND for f in folded) and len(words) < 2:
        return None
    return head, tail


# Initials with the group's name in brackets after them ("XYZ (Acme)"): the brand the initials' first letter is of.
_BRAND_NOTE_RE = re.compile(r"\s*([A-Z][A-Z0-9&-]{1,7})\s*\(\s*([A-Z][A-Za-z&' .-]*?)\s*\)\s*")


def initials_then_brand(name: str) -> tuple[str, str] | None:
    """The initials a name starts with and the words in brackets after them, when the words' first letter is the
    initials' first ("XYZ (Xenon)"): the group's name, which the listed name must start with."""
    found = _BRAND_NOTE_RE.fullmatch(name) if name.isascii() else None
    if found is None or found.group(2)[0].upper() != found.group(1)[0]:
        return None
    return found.group(1), found.group(2)
