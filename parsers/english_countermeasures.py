"""An English release of a countermeasure decision (``Decision of the Ministry of Foreign Affairs on Taking
Countermeasures Against …``, ``(Order No. 141 of the Ministry of Foreign Affairs)``, the persons one a paragraph
as ``Name, role;``, the measures in a sentence) → the Chinese formulae the grammar reads for the same decision.

Run by ``english_release`` before its other phrases; the names stay Latin, the roles are dropped as the Chinese
reading drops them.
"""

from __future__ import annotations

import re

from policywatch.parsers.english_bodies import BODY_ZH, body_pattern

# Countermeasure decisions and orders are the MFA's and MOFCOM's.
_BODY = body_pattern("外交部", "商务部")
# "Order No. 141 of the Ministry of Foreign Affairs", "Ministry of Foreign Affairs Order No. 141": a numbered order
# with no year (the year-bearing form is ``english_release``'s).
_ORDER = re.compile(rf"\bOrder\s+No\.\s*(?P<n>\d{{1,4}})\s+of\s+the\s+(?P<who>{_BODY})(?!\s+of\s+\d)"
                    rf"|\b(?P<who2>{_BODY})\s+Order\s+No\.\s*(?P<n2>\d{{1,4}})\b(?!\s+of\s+\d)")
_TITLE = re.compile(rf"^[ \t]*Decision\s+of\s+the\s+(?P<who>{_BODY})\s+on\s+Taking\s+Countermeasures\s+Against\s+"
                    r"(?P<what>[^\n]{1,200}?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
_KINDS = {"persons": "人员", "individuals": "人员", "entities": "实体", "companies": "企业", "organizations": "组织",
          "organisations": "组织"}
# "has decided to take countermeasures against the following persons:": the decision and the kind of its objects.
_DECIDED = re.compile(r"\b(?:has\s+|have\s+)?decided\s+to\s+(?:take|adopt|impose)\s+countermeasures\s+(?:against|on)"
                      rf"\s+the\s+following\s+(?P<kind>{'|'.join(_KINDS)})", re.IGNORECASE)
_MEASURES = (
    (r"(?:Their|His|Her|Its)\s+movable\s+and\s+immovable\s+property\s+and\s+other\s+(?:assets|property)\s+"
     r"(?:within|in)\s+China\s+shall\s+be\s+frozen", "冻结其在我国境内的动产、不动产和其他各类财产"),
    (r"organi[sz]ations\s+and\s+individuals\s+(?:within|in)\s+China\s+shall\s+be\s+prohibited\s+from\s+conducting\s+"
     r"(?:relevant\s+)?transactions,?\s+(?:and\s+)?cooperation(?:\s+and\s+other\s+activities)?\s+with\s+(?:them|him|her|it)",
     "禁止我国境内的组织、个人与其进行有关交易、合作等活动"),
    (r"(?:they|he|she)\s+shall\s+not\s+be\s+issued\s+(?:a\s+)?visas?\s+or\s+(?:be\s+)?allowed\s+(?:to\s+)?entry",
     "对其本人不予签发签证、不准入境"),
)
# "Ann Wood, a senior executive of …;": a person's paragraph, the name (two to four capitalised words) before a
# role that opens in lower case.
_PERSON = re.compile(r"^(?P<pad>[ \t]*)(?P<name>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){1,3}),[ \t]+[a-z][^\n]*?[;.]"
                     r"[ \t]*$", re.MULTILINE)


def countermeasures_in_chinese(text: str) -> str:
    """``text`` with the formulae of an English countermeasure decision in Chinese; any other text unchanged."""
    text = _ORDER.sub(_order, text)
    text = _TITLE.sub(lambda m: f"关于对{m.group('what')}采取反制措施的决定", text)
    decided = _DECIDED.search(text)
    if not decided:
        return text
    kind = _KINDS[decided.group("kind").lower()]
    text = _DECIDED.sub(f"决定对下列{kind}采取反制措施", text)
    for en, zh in _MEASURES:
        text = re.sub(en, zh, text, flags=re.IGNORECASE)
    if kind != "人员":
        return text
    at = text.find(f"决定对下列{kind}")
    return text[:at] + _PERSON.sub(lambda m: f"{m.group('pad')}{m.group('name')}", text[at:])


def _order(m: re.Match[str]) -> str:
    who, n = (m.group("who"), m.group("n")) if m.group("n") else (m.group("who2"), m.group("n2"))
    return f"{BODY_ZH[who]}令第{n}号"
