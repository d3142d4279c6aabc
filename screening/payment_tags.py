"""The party's name in a payment message's own markup: an ISO 20022 XML fragment or a SWIFT MT field tag.

- ISO 20022 (pacs.008, pain.001) writes a party as elements: ``<Cdtr><Nm>ACME</Nm><PstlAdr><TwnNm>SPRINGFIELD
  </TwnNm><Ctry>US</Ctry></PstlAdr></Cdtr>``. The name is the first ``<Nm>``; the postal address's elements are
  where the party is (kept as what was left out, as the address readers keep a town), the other tags nothing;
- an MT103 party field starts with its tag (``:59:``, ``:50K:``, ``:52A:`` …), then maybe ``/`` and the account, then
  the name and the address run on (``:59:/US0045821377 ACME SPRINGFIELD IL``): the tag and the account are left out
  and the rest is read as any payment line.

- a Fedwire tag (``{4200}`` beneficiary, ``{5000}`` originator, ``{4000}``/``{4100}``/``{5100}`` banks, ``{6000}``
  information) holds its lines split by ``*``: an identifier first (an ID code's letter and an account,
  ``{4200}D0045821*ACME*1 MAIN ST*SPRINGFIELD IL*``), then the name, then the address's lines;
- an MT940/MT942 statement's ``:86:`` information in ``?NN`` subfields: ``?32`` and ``?33`` hold the other party's name
  over two 27-character subfields, cut anywhere (``ACME WIDGET CORPORATI?33ON`` or ``ACME WIDGET ?33INC``): both joins
  are screened, the one without a space first when ``?32`` is full; ``?00``–``?31`` are text, purpose, bank and account;
- an MT700 credit's field after the message type (``MT700 :59:ACME``), and an account line without its slash or on a
  line of its own before the name (``:59:0045821377 ACME``);
- a NACHA entry's company name as a bank statement prints it (``ACH CCD CO NAME:ACME WIDGETS SE``): a 16-character
  field, so a name that fills it may be cut inside its last word (``cut_names``).

``read_tags`` answers a line that holds none of these from a few substring tests.
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


# A Fedwire party or information tag; the identifier before the first "*" is an ID code's letter and an account.
_FEDWIRE_RE = re.compile(r"\s*\{(4000|4100|4200|4320|4400|5000|5100|5200|6000|6100|6200|6300|6400)\}(.*)", re.DOTALL)
_FEDWIRE_ID_RE = re.compile(r"[A-Z]?\s?[0-9A-Z/-]*\d[0-9A-Z/-]*|[A-Z]")
# A statement's subfields: ``?`` and two digits; ``?32``/``?33`` the other party's name, 27 characters each.
_SUBFIELD_RE = re.compile(r"\?(\d\d)")
_SUBFIELD_WIDTH = 27
# ING's and others' structured ``:86:`` codes: the party's name after ``/NAME/``.
_SLASH_NAME_RE = re.compile(r"/NAME/([^/]+)")
_MESSAGE_TYPE_RE = re.compile(r"\s*MT\s?\d{3}\s*[:-]?\s*(?=:)", re.IGNORECASE)
# An account line a file wrote without its slash, or on its own line: digits (maybe an IBAN's country and check first).
_BARE_ACCOUNT_RE = re.compile(r"(?:[A-Z]{2}\d{2})?\d{6,}")
# A NACHA company name field (16 characters) as a statement prints it, up to the next field's label.
_ACH_NAME_RE = re.compile(r"(?:.*?\b)?(?:ORIG\s+)?CO(?:MPANY)?\s+NAME\s*:\s*(.+?)\s*"
                          r"(?:\b(?:ORIG\s+ID|CO\s+ID|DESC\s+DATE|CO\s+ENTRY|ENTRY\s+DESCR|SEC|TRACE|EED|IND\s+ID|"
                          r"IND\s+NAME|TRN)\s*[:#].*)?", re.IGNORECASE | re.DOTALL)
ACH_NAME_WIDTH = 16
_ACH_CUT_MIN = ACH_NAME_WIDTH - 1  # a field that fills its width, maybe less its last space, may be cut


class TagParts(NamedTuple):
    """The name a tagged line holds and what it left out (the address's parts, the tag and account), other readings
    of the name (text, how the line gives it), and whether its field's width may have cut it."""

    name: str
    dropped: tuple[str, ...]
    extras: tuple[tuple[str, str], ...] = ()
    cut: bool = False


def _iso20022(line: str) -> TagParts | None:
    found = _NAME_RE.search(line)
    if found is None or not found.group(1).strip(_EDGE):
        return None
    where = {tag.casefold(): text for tag, text in _PLACE_RE.findall(line) if text}
    # The town then the country, as an address line writes them, so that the address readers see a place.
    dropped = [where.pop("twnnm", ""), where.pop("ctrysubdvsn", ""), where.pop("ctry", "")]
    dropped = [" ".join(p for p in dropped if p), *where.values()]
    return TagParts(found.group(1), tuple(p for p in dropped if p))


def _fedwire(tag: str, body: str) -> TagParts | None:
    fields = [f.strip() for f in body.replace("\n", "*").split("*")]
    dropped = [f"{{{tag}}}"]
    if fields and (not fields[0] or _FEDWIRE_ID_RE.fullmatch(fields[0])):
        if fields[0]:
            dropped.append(fields[0])
        fields = fields[1:]
    lines = [f for f in fields if f.strip(_EDGE)]
    if not lines:
        return None
    return TagParts(lines[0].strip(_EDGE), (*dropped, *lines[1:]))


def _statement_info(body: str) -> TagParts | None:
    """The other party's name in an MT940 ``:86:`` field: ``?32`` and ``?33``, or ``/NAME/``."""
    # The field's lines wrap at 65 characters wherever they fall, inside a subfield too: no line break is a space.
    body = body.replace("\r", "").replace("\n", "")
    pieces = _SUBFIELD_RE.split(body)
    subfields: dict[str, str] = {}
    for i in range(1, len(pieces) - 1, 2):
        subfields.setdefault(pieces[i], pieces[i + 1])
    first, second = subfields.get("32", ""), subfields.get("33", "")
    dropped = [":86:", *(f"?{k}{v.strip()}" for k, v in subfields.items() if k not in {"32", "33"} and v.strip())]
    if first.strip(_EDGE):
        glued, spaced = (first + second).strip(_EDGE), f"{first.strip()} {second.strip()}".strip(_EDGE)
        # A full ?32 was cut where its width ended, maybe inside a word; a shorter one ended at a word.
        inside = len(first) >= _SUBFIELD_WIDTH and not first.endswith(" ") and second[:1] not in {" ", ""}
        name, other = (glued, spaced) if inside else (spaced, glued)
        extras = ((other, "the name over ?32 and ?33 joined the other way"),) if other != name else ()
        return TagParts(name, tuple(dropped), extras)
    named = _SLASH_NAME_RE.search(body)
    if named is not None and named.group(1).strip(_EDGE):
        return TagParts(named.group(1).strip(_EDGE), (":86:",))
    return None


def _ach(line: str) -> TagParts | None:
    found = _ACH_NAME_RE.fullmatch(line)
    if found is None or not found.group(1).strip(_EDGE):
        return None
    field = found.group(1)
    label = line[: found.start(1)].strip(_EDGE)
    rest = line[found.end(1):].strip(_EDGE)
    dropped = tuple(p for p in (label, rest) if p)
    return TagParts(field.strip(_EDGE), dropped, cut=len(field.rstrip()) >= _ACH_CUT_MIN)


def _mt_field(line: str) -> TagParts | None:
    found = _MT_TAG_RE.fullmatch(" ".join(line.split()))
    if found is None:
        return None
    number, option, account, rest = found.groups()[:4] if found.group(1) else found.groups()[4:]
    tag = f":{number}{option}:"
    dropped = [tag, f"/{account}"] if account else [tag]
    head, _, tail = rest.partition(" ")
    if account is None and tail and _BARE_ACCOUNT_RE.fullmatch(head):
        dropped.append(head)  # the account's slash left out, or its line run onto the name's
        rest = tail
    return TagParts(rest.strip(_EDGE), tuple(dropped))


def may_be_tagged(line: str) -> bool:
    """Whether a line may hold one of the layouts ``read_tags`` reads (a cheap test)."""
    return ("<" in line or line[:1] in ":5{" or "NAME" in line or "Name" in line
            or line[:2] in {"MT", "mt"} and ":" in line)


def read_tags(line: str) -> TagParts | None:
    """The party's name in an ISO 20022 fragment, after an MT field's tag (``:59:/ACCOUNT NAME …``), in a Fedwire
    tag, an MT940 ``:86:`` field or a NACHA company name field, else None."""
    if "Nm>" in line or "NM>" in line:
        return _iso20022(line)
    if "{" in line[:3]:
        fedwire = _FEDWIRE_RE.fullmatch(line)
        return _fedwire(*fedwire.groups()) if fedwire is not None else None
    if line[:2] in {"MT", "mt"}:
        typed = _MESSAGE_TYPE_RE.match(line)
        if typed is None:
            return None
        inner = read_tags(line[typed.end():])
        if inner is None:
            return None
        return inner._replace(dropped=(typed.group(0).strip(_EDGE), *inner.dropped))
    if line.lstrip()[:4] == ":86:":
        return _statement_info(line.lstrip()[4:])
    if line[:1] == ":" or line[:1] == "5" and "/" in line[:5]:
        return _mt_field(line)
    if "NAME" in line.upper():
        return _ach(line) if "CO NAME" in line.upper() or "COMPANY NAME" in line.upper() else None
    return None
