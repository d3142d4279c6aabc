"""A notice's own number printed away from its head.

- on a line between the signature and the date (``商务部　海关总署　国家国防科技工业局`` / ``〔2046〕9号`` / the date);
- in a closing line after the signature (``本决定以商务部令二〇四六年第一号公布。``);
- in the body's first sentence (``本公告为海关总署2046年第23号公告。``);
- bare and bracketed under a title that opens with its issuer (``不可靠实体清单工作机制关于…的公告`` / ``〔2046〕2号``).

Each names its issuer beside the number, so the number reads as printed in full."""

from __future__ import annotations

import re

from policywatch.parsers.dates import YEAR
from policywatch.parsers.numbers import MASTHEAD_NO, NumberMatch, find_numbers
from policywatch.parsers.text import squash

# "本决定以商务部令二〇四六年第一号公布。", "本公告以海关总署公告2046年第3号发布".
_CLOSING = re.compile(r"^(?:本(?:决定|公告|令|规定|办法)|上述决定)(?:以|作为)(?P<no>[^。，]{4,40}?)(?:的形式)?"
                      r"(?:公布|发布)。?$")
# "本公告为海关总署2046年第23号公告。": the issuer, then the number, then 公告.
_OPENING = re.compile(r"^本(?:公告|决定)(?:为|是|系)(?P<who>[\u4e00-\u9fff]{2,30}?)\s*"
                      r"(?P<no>\d{4}\s*年\s*第\s*\d{1,4}\s*号)(?:公告)?[。，]")
# A title opening with its issuer: "不可靠实体清单工作机制关于…的公告".
_TITLE_ISSUER = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,30}?)关于")
_SIGNATURE = re.compile(r"^(?:[\u4e00-\u9fff]{2,20}[\s、，,]*){1,6}$")
_DATE_LINE = re.compile(rf"^{YEAR}\s*年")
_CLOSING_LINES = 3
_OPENING_LINES = 6


def _issued(who: str, number: str) -> NumberMatch | None:
    joined = f"{who}公告{number}"
    found = find_numbers(joined, follow_on=False)
    return found[0] if found and found[0].start == 0 and found[0].end == len(joined) else None


def printed_apart(lines: list[str], title: str | None) -> NumberMatch | None:
    """The notice's number printed in one of these places, or None."""
    filled = [ln.strip() for ln in lines if ln.strip()]
    for i in range(1, len(filled) - 1):
        # The signature, a bare number, then the date line.
        if MASTHEAD_NO.match(squash(filled[i])) and _DATE_LINE.match(filled[i + 1]) \
                and _SIGNATURE.match(filled[i - 1]) and (found := _issued(filled[i - 1], squash(filled[i]))):
            return found
    for line in filled[-_CLOSING_LINES:]:
        if (m := _CLOSING.match(line)) and (closing := find_numbers(m.group("no"), follow_on=False)):
            return closing[0]
    for line in filled[:_OPENING_LINES]:
        if (m := _OPENING.match(line)) and (found := _issued(m.group("who"), squash(m.group("no")))):
            return found
    if title and (who := _TITLE_ISSUER.match(title)):
        at = next((i for i, ln in enumerate(filled) if ln == title.strip()), None)
        if at is not None and at + 1 < len(filled) and MASTHEAD_NO.match(squash(filled[at + 1])):
            return _issued(who.group("who"), squash(filled[at + 1]))
    return None
