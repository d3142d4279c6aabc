"""Two ways a Chinese name of a listed entity is shortened in a file:

- the US state in a branch's name (波音密苏里州圣路易斯市分公司 is Boeing in St. Louis, Missouri): a file writes the
  city alone, with 市 or without, so the listed name is read without the state and without 市 after the city;
- the last nasal of a Latin word a rendering leaves out (-dyne written 达, not 丹 or 戴恩): a Latin listed name
  is also keyed by its consonants without a word's last n, for ``chinese.zh_rendering`` to meet.
"""

from __future__ import annotations

import re

from policywatch.screening.chinese import latin_renderings
from policywatch.screening.normalize import NormalName

# A state or province inside a name, after two characters of the name's own (密苏里州 in 波音密苏里州…), and 市
# after a city before more of the name.
_STATE_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{2,4}州(?=[\u4e00-\u9fff]{2})")
_CITY_RE = re.compile(r"市(?=[\u4e00-\u9fff])|市$")
_NASAL_END_RE = re.compile(r"(?<=[aeiouy])ne?$")
MIN_NASAL_WORD = 5


def without_state(key: str) -> str | None:
    """The Chinese key without a state inside it and 市 after its city (None when it has no state)."""
    if _STATE_RE.search(key) is None:
        return None
    return _CITY_RE.sub("", _STATE_RE.sub("", key, count=1))


def renderings_without_last_nasal(norm: NormalName) -> list[tuple[str, frozenset[str]]]:
    """The rendering keys of a Latin name with the last n (or ne) of its long words left out, those that differ from
    the name's own."""
    tokens = tuple(_NASAL_END_RE.sub("", t) if len(t) >= MIN_NASAL_WORD else t for t in norm.tokens)
    if tokens == norm.tokens:
        return []
    own = set(latin_renderings(norm))
    return [k for k in dict.fromkeys(latin_renderings(NormalName(norm.original, tokens, norm.dropped))) if k not in own]
