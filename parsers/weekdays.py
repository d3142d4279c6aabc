"""A weekday printed beside a date: ``自2046年6月5日（星期五）起``. When the two disagree, one of them is a misprint
and the reading cannot tell which; the date as printed is kept and a human is asked."""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.dates import find_dates

# "周四", "星期四", "礼拜天": a weekday's word and its day, as printed beside a date or alone in a news lead.
_DAY_WORD = r"(?:星期|礼拜|周)"
_DAYS = "[一二三四五六日天]"
# "（星期二）", "(周二)", " 星期日", "（礼拜天）" right after the date.
_WEEKDAY = re.compile(rf"\s*[（(]?\s*{_DAY_WORD}(?P<d>{_DAYS})")
_ISO_WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # not the locale's


def weekday_doubts(text: str) -> list[str]:
    """Each date whose printed weekday is not the weekday of that date."""
    out: list[str] = []
    for found in find_dates(text):
        m = _WEEKDAY.match(text, found.end)
        if m and found.date.isoweekday() != _ISO_WEEKDAY[m.group("d")]:
            out.append(f"the text prints {found.date.isoformat()} with the weekday 星期{m.group('d')}, but that "
                       f"day is a {_NAMES[found.date.weekday()]}: is the date or the weekday misprinted?")
    return out


# A weekday named alone, as a news lead dates an event of the past few days.
WEEKDAY_WORD = _DAY_WORD + _DAYS


def weekday_on_or_before(reference: dt.date, word: str) -> dt.date:
    """The latest day on or before ``reference`` falling on the weekday ``word`` (``周四``) names: a reprint dated
    Friday telling of 周四 means the day before."""
    back = (reference.isoweekday() - _ISO_WEEKDAY[word[-1]]) % 7
    return reference - dt.timedelta(days=back)
