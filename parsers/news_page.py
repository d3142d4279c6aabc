"""A news page that prints neither number, signature nor source line: its day and its author told by the lead
sentence (``2043年10月30日，商务部对某公司作出行政处罚决定``, ``…日，某市中级人民法院对…公开宣判``)."""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.dates import parse_date

# The day, then the acting body: a court, a procuratorate, a ministry, an administration or bureau, a commission.
_LEAD_EVENT = re.compile(
    r"^(?P<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[，,]\s*"
    r"(?P<who>[\u4e00-\u9fff]{2,24}?(?:人民法院|人民检察院|部|总署|局|委员会|工作机制))"
    r"(?=对|依法|依据|根据|发布|公布|作出|宣布|召开|举行)")


def lead_event(lines: list[str]) -> tuple[dt.date, str] | None:
    """(day, body) of the first paragraph opening with a full date and the body that acts on it, or None."""
    for line in lines[:8]:
        m = _LEAD_EVENT.match(line.strip())
        if m:
            day = parse_date(m.group("d"))
            return (day, m.group("who")) if day else None
    return None
