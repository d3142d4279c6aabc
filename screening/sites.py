"""A site after an acronym ("XYZ Nagoya Works", "AB Tainan plant", "QRS Foothill Research Center"): a customer file
names the plant, works or centre of the unit it deals with after the unit's initials. The site's own name is often
a town too small for any table, but its last word says what it is.

Only a name that starts with initials and ends with such a word is read so, and never when the words after the
initials are the initials' own expansion ("AAC American Airlines Center" names another body in full).
"""

from __future__ import annotations

import re

# The kinds of site a unit has: the last word of a site's name.
SITE_WORDS = frozenset({"works", "plant", "center", "centre", "campus", "facility", "site", "factory", "base",
                        "shipyard", "yard", "office", "branch", "hq", "headquarters", "laboratory", "lab", "labs",
                        "complex", "depot", "hangar", "station", "annex", "mill", "foundry", "refinery", "dockyard"})
_HEAD_RE = re.compile(r"([A-Z][A-Z0-9&-]{1,7})\s+(.+)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_LINKING = frozenset({"of", "and", "the", "for", "&"})
_MAX_SITE_WORDS = 4


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
    # The site word may be the expansion's last word (… Airlines Center) or a word after it (… Union Plant).
    own = [w[0].upper() for w in words if w.casefold() not in _LINKING]
    letters = head.replace("-", "").replace("&", "")
    if letters in {"".join(own), "".join(own[:-1])} or len(words) < 2:
        return None  # "Works" alone says no site; the initials' own expansion names another body
    return head, site
