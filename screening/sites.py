"""A site after an acronym ("XYZ Nagoya Works", "AB Tainan plant", "QRS Hillsboro Research Center"): a customer file
names the plant, works or centre of the unit it deals with after the unit's initials. The site's name starts with its
place (in the place table, or of a romanised Japanese or Chinese town's shape), and its last word says what it is.

Only a name that starts with initials and ends with such a word is read so, and never when the words after the
initials are the initials' own expansion ("AAC American Airlines Center" names another body in full).

Also the branch, plant, office or division a customer file writes after a company's name or acronym
("Acme, Inc. Osaka Branch", "XYZ Denver Plant", "XYZ (Denver Ops)", "Acme Corp. - Widget Division").

A branch or a plant is no company of its own: what is before it names the company, and where it is (a city, a
state) goes with the site. ``strip_site`` gives the name without them, for the matcher to read as well as the name.
"""

from __future__ import annotations

import re

from policywatch.screening.normalize import _latin_word
from policywatch.screening.places import (
    CANADIAN_PROVINCE_CODES,
    NOT_PLACE_WORDS,
    place_names,
    romanized_place,
    strip_place,
    us_state_codes,
)

# The kinds of site a unit has: the last word of a site's name.
SITE_WORDS = frozenset({"works", "plant", "center", "centre", "campus", "facility", "site", "factory", "base",
                        "shipyard", "yard", "office", "branch", "hq", "headquarters", "laboratory", "lab", "labs",
                        "complex", "depot", "hangar", "station", "annex", "mill", "foundry", "refinery", "dockyard"})
_HEAD_RE = re.compile(r"([A-Z][A-Z0-9&-]{1,7})\s+(.+)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_LINKING = frozenset({"of", "and", "the", "for", "&"})
_MAX_SITE_WORDS = 4
_TOWN_RE = re.compile(r"([A-Z][A-Z0-9&-]{1,7})\s+((?:[A-Z][a-z]+\s+){1,2})([A-Z]{2})")


def site_after_initials(name: str) -> tuple[str, str] | None:
    """The initials a name starts with and the site after them (None when the name has no such shape)."""
    found = _HEAD_RE.fullmatch(name.strip()) if name.isascii() else None
    if found is None:
        return None
    head, site = found.group(1), found.group(2).strip(" ,.-")
    words = _WORD_RE.findall(site)
    if not words or len(words) > _MAX_SITE_WORDS or words[-1].casefold() not in SITE_WORDS:
        return None
    if not all(w[0].isupper() for w in words[:-1]):
        return None
    # A site is named by its place first ("Tsukuba Space Center"): a word of a trade there ("ICE Training Center")
    # names what the body does, not where its unit is.
    if not (words[0].casefold() in place_names() or romanized_place(words[0])):
        return None
    # The site word may be the expansion's last word (… Airlines Center) or a word after it (… Union Plant).
    own = [w[0].upper() for w in words if w.casefold() not in _LINKING]
    letters = head.replace("-", "").replace("&", "")
    if letters in {"".join(own), "".join(own[:-1])} or len(words) < 2:
        return None  # "Works" alone says no site; the initials' own expansion names another body
    return head, site


def town_and_state(name: str) -> tuple[str, str] | None:
    """The initials a name starts with and a town too small for any table with its US state's code after it
    ("XYZ Smallton MD"): one or two capitalised words that say nothing of a company's trade or legal form. A
    province's code is left out: AB is as often a Swedish company's legal form."""
    found = _TOWN_RE.fullmatch(name.strip()) if name.isascii() else None
    if found is None or found.group(3) not in us_state_codes() or found.group(3) in CANADIAN_PROVINCE_CODES:
        return None
    town = found.group(2).split()
    if any(w.casefold() in NOT_PLACE_WORDS or _latin_word(w.casefold()) in NOT_PLACE_WORDS for w in town):
        return None
    return found.group(1), " ".join((*town, found.group(3)))

# Words that name an establishment of a company, not the company, after a name in words: fewer than after
# initials (a "Research Center" is often a body's own name), a division and operations more.
NAME_SITE_WORDS = frozenset({"site", "plant", "ops", "operations", "office", "branch", "division", "hq",
                             "headquarters", "facility", "factory", "works", "shipyard", "yard", "campus", "depot",
                             "location"})
_MAX_NAME_SITE_WORDS = 2  # "Branch Office", "Rep Office": one kind of site after another is the most a file writes
# A tail in parentheses, or after a dash with spaces around it: "(Denver Ops)", " - Widget Division".
_PAREN_TAIL_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
_DASH_RE = re.compile(r"\s+[-–—]\s+")
_NAME_WORD_RE = re.compile(r"[\w&]+")


def _ends_in_site(text: str) -> bool:
    words = _NAME_WORD_RE.findall(text)
    return bool(words) and words[-1].casefold() in NAME_SITE_WORDS


def may_have_site(name: str) -> bool:
    """Whether the name may end with a site (``strip_site``): answered without reading places, for most names."""
    return _ends_in_site(name)


def strip_site(name: str) -> tuple[str, str]:
    """The name without the site it ends with ("Acme, Inc. Osaka Branch" → "Acme, Inc.", "Osaka Branch"), and the
    site as printed; (name, "") when it ends with none. Something of the name is always left."""
    if not _ends_in_site(name):
        return name, ""
    paren = _PAREN_TAIL_RE.search(name)
    if paren is not None and paren.start() > 0:
        # "XYZ (Denver Ops)": the parentheses hold the site, whatever else they say.
        return name[: paren.start()].strip(), paren.group(1).strip()
    dashes = list(_DASH_RE.finditer(name))
    if dashes and dashes[-1].start() > 0:
        # "Acme Corp. - Widget Division", "XYZ - Denver Tank Plant": after the dash is the site, in its own words.
        cut = dashes[-1]
        return name[: cut.start()].strip(), name[cut.end():].strip()
    words = name.split()
    site: list[str] = []
    while (len(words) > 1 and len(site) < _MAX_NAME_SITE_WORDS
           and words[-1].strip(".,;:").casefold() in NAME_SITE_WORDS):
        site.insert(0, words.pop())
    if not site:
        return name, ""
    rest, place = strip_place(" ".join(words))
    if not rest.strip(" ,.-"):
        return name, ""
    where = f"{place} {' '.join(site)}" if place else " ".join(site)
    return rest.strip(" ,-"), where.strip(" ,.")


# A name in words with where the customer deals with it after it: a town and its US state's code ("Acme Corp.,
# Denver CO", "Acme Widgets Smallton MD"), or the same in parentheses ("Acme (Denver, CO)").
_STATE_TAIL_RE = re.compile(r"[\s,(]([A-Z]{2})\)?\s*$")
_PAREN_PLACE_RE = re.compile(r"\s*\(([^()]+)\)\s*$")


def may_have_place_tail(name: str) -> bool:
    """Whether the name may end with a town and its state's code (``strip_place_tail``): answered without reading
    places, for most names."""
    found = _STATE_TAIL_RE.search(name) if name.isascii() else None
    return found is not None and found.group(1) in us_state_codes() and found.group(1) not in CANADIAN_PROVINCE_CODES


def strip_place_tail(name: str) -> tuple[str, str]:
    """The name without the town and state code it ends with ("Acme Corp., Denver CO" → "Acme Corp.", "Denver CO"),
    and the place as printed; (name, "") when it ends with none. A province's code is left out (AB, as in
    ``town_and_state``), and two words at least are left of the name or a word that is no place."""
    if not may_have_place_tail(name):
        return name, ""
    paren = _PAREN_PLACE_RE.search(name)
    if paren is not None and paren.start() > 0:
        inside, place = strip_place(f"x {paren.group(1)}", most=1)
        if inside == "x" and place:
            return name[: paren.start()].strip(" ,-"), place
        return name, ""
    # One place: the town with its state. A word before it may be a town's name too ("Lockheed Martin Orlando FL":
    # Martin is a town in Slovakia) and is the company's.
    rest, place = strip_place(name, most=1)
    rest = rest.strip(" ,-")
    if not place or not rest or " " not in place:
        return name, ""  # a state's code alone ("Acme MD") is too often a word of the name
    return rest, place
