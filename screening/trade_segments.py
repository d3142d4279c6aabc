"""The party's name in an EDI trade message's segment: ANSI X12's ``N1`` or UN/EDIFACT's ``NAD``.

- X12 (850 orders, 810 invoices, 856 notices) names a party in ``N1*<entity code>*NAME*<id qualifier>*<id>~``
  (ST ship-to, BT bill-to, SF ship-from, SE seller, BY buyer, PR payer, PE payee, VN vendor, RI remit-to …); an
  ``N2`` after it goes on with the name, ``N3`` is the street and ``N4`` the town, state, ZIP and country. The element
  separator is the file's own (``*``, ``|``, ``^``), as is the segment's end (``~``, a new line);
- EDIFACT (ORDERS, INVOIC, DESADV) writes ``NAD+<party qualifier>+<id>:<list>:<agency>+<address>+<NAME>+<STREET>+
  <CITY>+<region>+<POSTCODE>+<COUNTRY>'`` (CN consignee, CZ consignor, SU supplier, BY buyer, DP delivery party, IV
  invoicee …). The name element's parts (``:``) go on with the name, each 35 characters, cut anywhere; ``?`` releases
  the sign after it.

The entity code, the identifier and the address are left out of the name (the address's parts as places).
"""

from __future__ import annotations

import re

from policywatch.screening.payment_tags import TagParts

_X12_N1_RE = re.compile(r"(?:^|[~\n]\s*)N1([*|^])([A-Z0-9]{2,3})\1([^~\n]*)")
_EDIFACT_NAD_RE = re.compile(r"(?:^|'\s*)NAD\+([A-Z0-9]{1,3})((?:\?.|[^'])*)")
_EDIFACT_WIDTH = 35
_EDGE = " \t,;:-/|"


def _x12(line: str) -> TagParts | None:
    found = _X12_N1_RE.search(line)
    if found is None:
        return None
    sep, role, body = found.groups()
    elements = body.split(sep)
    name = elements[0].strip(_EDGE)
    if not name:
        return None
    dropped = [f"N1{sep}{role}", *(e.strip() for e in elements[1:] if e.strip())]
    for segment in re.split(r"[~\n]", line[found.end():]):
        head, _, rest = segment.strip().partition(sep)
        if head == "N2" and rest.strip(_EDGE):
            name = f"{name} {' '.join(rest.split(sep)).strip(_EDGE)}"
        elif head in {"N3", "N4"}:
            parts = [p.strip() for p in rest.split(sep) if p.strip()]
            if parts:
                dropped.append(" ".join(parts))
        elif head:
            break
    return TagParts(name, tuple(dropped))


def _released(text: str) -> list[str]:
    """An element's parts split at ``:``, with ``?`` releasing the sign after it."""
    parts, current, i = [], "", 0
    while i < len(text):
        char = text[i]
        if char == "?" and i + 1 < len(text):
            current += text[i + 1]
            i += 2
            continue
        if char == ":":
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    parts.append(current)
    return parts


def _split_elements(body: str) -> list[str]:
    elements, current, i = [], "", 0
    while i < len(body):
        if body[i] == "?" and i + 1 < len(body):
            current += body[i: i + 2]
            i += 2
            continue
        if body[i] == "+":
            elements.append(current)
            current = ""
        else:
            current += body[i]
        i += 1
    elements.append(current)
    return elements


def _edifact(line: str) -> TagParts | None:
    found = _EDIFACT_NAD_RE.search(line)
    if found is None:
        return None
    role, body = found.groups()
    # body starts with "+": the party id, the unstructured address, the name, street, city, region, postcode, country.
    elements = _split_elements(body[1:]) if body.startswith("+") else []
    if len(elements) < 3:
        return None
    ident, unstructured, named = elements[0], elements[1], elements[2]
    name_parts = [p for p in _released(named) if p.strip()]
    if not name_parts:
        # No structured name: the unstructured block's first line is the name, the others its address.
        lines = [p.strip() for p in _released(unstructured) if p.strip()]
        if not lines:
            return None
        name_parts, address = lines[:1], lines[1:]
    else:
        address = [p.strip() for p in _released(unstructured) if p.strip()]
    extras: tuple[tuple[str, str], ...] = ()
    name = " ".join(p.strip() for p in name_parts)
    if len(name_parts) > 1 and len(name_parts[0]) >= _EDIFACT_WIDTH and not name_parts[0].endswith(" "):
        # A full first part was cut at its width, maybe inside a word: the parts joined as they run too.
        glued = "".join(name_parts).strip()
        name, extras = glued, ((name, "the name's parts joined with a space"),)
    dropped = [f"NAD+{role}"]
    if ident.strip(_EDGE):
        dropped.append(_released(ident)[0].strip())
    places = [" ".join(p.strip() for p in _released(e) if p.strip()) for e in elements[3:]]
    dropped.extend(p for p in (*address, *places) if p)
    return TagParts(name.strip(_EDGE), tuple(dropped), extras)


def may_be_segment(line: str) -> bool:
    """Whether a line may hold an X12 ``N1`` or an EDIFACT ``NAD`` segment (a cheap test)."""
    return "N1" in line or "NAD+" in line


def read_segment(line: str) -> TagParts | None:
    """The party's name in an X12 ``N1`` or EDIFACT ``NAD`` segment and what was left out; None for another line."""
    if "NAD+" in line:
        return _edifact(line)
    return _x12(line) if "N1" in line else None
