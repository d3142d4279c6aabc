"""Sites: the branch, plant, office or division a customer file writes after a company's name or acronym
("Acme, Inc. Osaka Branch", "XYZ Denver Plant", "XYZ (Denver Ops)", "Acme Corp. - Widget Division").

A branch or a plant is no company of its own: what is before it names the company, and where it is (a city, a
state) goes with the site. ``strip_site`` gives the name without them, for the matcher to read as well as the name.
"""

from __future__ import annotations

import re

from policywatch.screening.places import strip_place

# Words that name an establishment of a company, not the company: a name ends in them only when a site follows it.
SITE_WORDS = frozenset({"site", "plant", "ops", "operations", "office", "branch", "division", "hq", "headquarters",
                        "facility", "factory", "works", "shipyard", "yard", "campus", "depot", "location"})
_MAX_SITE_WORDS = 2  # "Branch Office", "Rep Office": one kind of site after another is the most a file writes
# A tail in parentheses, or after a dash with spaces around it: "(Denver Ops)", " - Widget Division".
_PAREN_TAIL_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
_DASH_RE = re.compile(r"\s+[-–—]\s+")
_WORD_RE = re.compile(r"[\w&]+")


def _ends_in_site(text: str) -> bool:
    words = _WORD_RE.findall(text)
    return bool(words) and words[-1].casefold() in SITE_WORDS


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
    while len(words) > 1 and len(site) < _MAX_SITE_WORDS and words[-1].strip(".,;:").casefold() in SITE_WORDS:
        site.insert(0, words.pop())
    if not site:
        return name, ""
    rest, place = strip_place(" ".join(words))
    if not rest.strip(" ,.-"):
        return name, ""
    where = f"{place} {' '.join(site)}" if place else " ".join(site)
    return rest.strip(" ,-"), where.strip(" ,.")
