"""The party's name in a payment message's own markup: an ISO 20022 XML fragment or a SWIFT MT field tag.

- ISO 20022 (pacs.008, pain.001) writes a party as elements: ``<Cdtr><Nm>ACME</Nm><PstlAdr><TwnNm>SPRINGFIELD
  </TwnNm><Ctry>US</Ctry></PstlAdr></Cdtr>``. The name is the first ``<Nm>``; the postal address's elements are
  where the party is (kept as what was left out, as the address readers keep a town), the other tags nothing;
- an MT103 party field starts with its tag (``:59:``, ``:50K:``, ``:52A:`` …), then maybe ``/`` and the account, then
  the name and the address run on (``:59:/US0045821377 ACME SPRINGFIELD IL``): the tag and the account are left out
  and the rest is read as any payment line.

``read_tags`` answers a line that holds neither from two substring tests.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# The element that holds the party's name, and the postal address's elements that say where it is.
_NAME_RE = re.compile(r"<Nm>\s*([^<]*?)\s*</Nm>", re.IGNORECASE)
_PLACE_RE = re.compile(r"<(TwnNm|Ctry|CtrySubDvsn|PstCd|StrtNm|BldgNb|AdrLine|DstrctNm|TwnLctnNm)>\s*([^<]*?)\s*<",
                       re.IGNORECASE)
# MT party and bank fields: 50 (ordering customer), 52–58 (banks), 59 (beneficiary), with their letter option.
# A file that strips punctuation leaves the tag bare ("59 /ACCOUNT …"): the account's slash still says it is one.
_MT_TAG_RE = re.compile(r":(5[0-9])([A-Z]?):\s*(?:/(\S+)\s+)?(\S.*)|"
                        r"(5[0-9])([A-Z]?)\s+/(\S+)\s+(\S.*)")
_EDGE = " \t,;:-/|"


class TagParts(NamedTuple):
    """The name a tagged line holds and what it left out (the address's parts, the tag and account)."""

    name: str
    dropped: tuple[str, ...]


def _iso20022(line: str) -> TagParts | None:
    found = _NAME_RE.search(line)
    if found is None or not found.group(1).strip(_EDGE):
        return None
    where = {tag.casefold(): text for tag, text in _PLACE_RE.findall(line) if text}
    # The town then the country, as an address line writes them, so that the address readers see a place.
    dropped = [where.pop("twnnm", ""), where.pop("ctrysubdvsn", ""), where.pop("ctry", "")]
    dropped = [" ".join(p for p in dropped if p), *where.values()]
    return TagParts(found.group(1), tuple(p for p in dropped if p))


def read_tags(line: str) -> TagParts | None:
    """The party's name in an ISO 20022 fragment or after an MT field's tag (``:59:/ACCOUNT NAME …``), else None."""
    if "Nm>" in line or "NM>" in line:
        return _iso20022(line)
    if line[:1] == ":" or line[:1] == "5" and "/" in line[:5]:
        found = _MT_TAG_RE.fullmatch(line.strip())
        if found is None:
            return None
        number, option, account, rest = found.groups()[:4] if found.group(1) else found.groups()[4:]
        tag = f":{number}{option}:"
        dropped = (tag, f"/{account}") if account else (tag,)
        return TagParts(rest.strip(_EDGE), dropped)
    return None
