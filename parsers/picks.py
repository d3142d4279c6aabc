"""Entities of a listing picked out by their place in it: ``前述三家企业中的第一家和第三家，即A、B``."""

from __future__ import annotations

import re

from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int

_NUM = rf"(?:\d{{1,3}}|[{CN_NUMBER_CHARS}两]{{1,4}})"
_NTH = rf"第{_NUM}[家名个项]?"
# "前述三家企业中的第一家和第三家", "上述3家实体中第2家、第3家", "其中第一家": the places; "，即A、B": the names.
PICKED = (rf"(?:(?:上述|前述|以上|该)?(?P<n>{_NUM})\s*[家名个](?:[^，。；中]{{0,8}})?中|其中)的?\s*"
          rf"(?P<places>{_NTH}(?:\s*(?:和|、|及|与|以及)\s*{_NTH})*)")
PICKED_BY_PLACE = re.compile(rf"{PICKED}(?:[，,]?\s*即(?P<names>[^，。；]+))?\s*$")
_PLACE = re.compile(rf"第(?P<k>{_NUM})")


def places(picked: re.Match[str]) -> list[int]:
    """The 1-based places a pick names, in the order given."""
    return [to_int(p.group("k")) for p in _PLACE.finditer(picked.group("places"))]


def stated_total(picked: re.Match[str]) -> int | None:
    return to_int(picked.group("n")) if picked.group("n") else None
