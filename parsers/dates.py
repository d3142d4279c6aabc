"""Dates and periods as notices print them, and the end of a period by PRC Civil Code art. 201/202.

A period counts from the day after its start (the start day is not counted), so a period of ``n`` days ends on
``start + n days``; a period of months or years ends on the corresponding day of the last month, or on that
month's last day when it has no such day (Feb 29 → Feb 28).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from policywatch.parsers.numerals import CN_DIGIT_CHARS, CN_NUMBER_CHARS, to_int

# A year, a month and a day as notices write them, in Arabic or Chinese numerals (2044年7月15日, 二〇四四年七月十五日).
YEAR = rf"(?:\d{{4}}|[{CN_DIGIT_CHARS}]{{4}})"
MONTH_OR_DAY = rf"(?:\d{{1,2}}|[{CN_NUMBER_CHARS}]{{1,3}})"
_CN_DATE = re.compile(
    rf"(?P<y>{YEAR})\s*年\s*(?P<m>{MONTH_OR_DAY})\s*月\s*"
    rf"(?P<d>{MONTH_OR_DAY})\s*[日号](?:\s*(?P<h>\d{{1,2}})\s*[时点](?:\s*(?P<mi>\d{{1,2}})\s*分)?)?"
)
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s+(?P<h>\d{1,2}):(?P<mi>\d{2}))?(?!\d)")
# "2040.8.15": a date written with dots, as a notice may print a start.
_DOT_DATE = re.compile(r"(?<![\d.])(?P<y>\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])")
# "4月4日" without a year, as in a Q&A citing "4月4日公告".
MONTH_DAY = re.compile(r"(?<![年\d])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
PERIOD = re.compile(rf"(?<![\d年月])(?P<n>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*(?P<unit>个月|天|日|周|年)")


# "民國136年4月12日": a Taiwan paper's date in the ROC era, whose year 1 is 1912.
_ROC_DATE = re.compile(
    rf"民[国國]\s*(?P<y>\d{{1,3}}|[{CN_NUMBER_CHARS}]{{1,6}})\s*年\s*(?P<m>{MONTH_OR_DAY})\s*月\s*(?P<d>{MONTH_OR_DAY})\s*[日号]")
_ROC_YEAR_ONE = 1911

# A release in English: "5 March 2048" (day-month-year) or "March 5, 2048" (month-day-year); "Sept." abbreviated.
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_WORD = r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)"
_EN_DMY = re.compile(rf"(?<![\w.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_WORD}\s*,?\s+(?P<y>\d{{4}})(?!\d)")
_EN_MDY = re.compile(rf"(?<![\w.]){_MONTH_WORD}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{{4}})(?!\d)")


def _month_number(word: str) -> str | None:
    """"March", "Mar." or "Sept" → "3"; None for a word that only opens like a month ("Mayor")."""
    bare = word.rstrip(".").lower()
    found = next((i for i, full in enumerate(_MONTHS, 1) if full.startswith(bare) and len(bare) >= 3), None)
    return str(found) if found else None


@dataclass(frozen=True, slots=True)
class DateMatch:
    date: dt.date
    start: int
    end: int


# Notices of this kind exist only since the PRC; a year outside this range is a misprint, not a date.
YEARS = range(1949, 2200)


def _make(y: str, m: str, d: str) -> dt.date | None:
    try:
        year = to_int(y)
        return dt.date(year, to_int(m), to_int(d)) if year in YEARS else None
    except ValueError:
        return None


def impossible_dates(text: str) -> list[str]:
    """Every date-shaped string that is no date (``2025年02月30日``, ``9999年12月31日``), as printed."""
    out: list[str] = []
    for pattern in (_CN_DATE, _ISO_DATE):
        for m in pattern.finditer(text):
            if _make(m.group("y"), m.group("m"), m.group("d")) is None:
                out.append(m.group(0))
    return out


# "2047年6月1日（二〇四七年六月一日）": a date repeated in a bracket right after it, in another writing.
_REPEATED = re.compile(rf"(?P<a>{_CN_DATE.pattern})\s*[（(]\s*(?P<b>[^（()）]{{6,24}}?)\s*[）)]")


def disagreeing_repetitions(text: str) -> list[tuple[str, str]]:
    """Each date printed twice, once in a bracket right after it, whose two writings give two days: (first,
    repetition) as printed. Which of the two the notice meant no reading can settle."""
    out: list[tuple[str, str]] = []
    for m in _REPEATED.finditer(text):
        first, second = parse_date(m.group("a")), find_dates(m.group("b"))
        if first and len(second) == 1 and second[0].start == 0 and second[0].date != first:
            out.append((m.group("a"), m.group("b")))
    return out


def find_dates(text: str) -> list[DateMatch]:
    """Every full date (with a year) in ``text``, Chinese, ISO, ROC-era or English form, in reading order."""
    out: list[DateMatch] = []
    for pattern in (_CN_DATE, _ISO_DATE, _DOT_DATE):
        for m in pattern.finditer(text):
            value = _make(m.group("y"), m.group("m"), m.group("d"))
            if value is not None:
                out.append(DateMatch(value, m.start(), m.end()))
    for pattern in (_EN_DMY, _EN_MDY):
        for m in pattern.finditer(text):
            month = _month_number(m.group("mon"))
            value = _make(m.group("y"), month, m.group("d")) if month else None
            if value is not None and not any(d.start <= m.start() < d.end for d in out):
                out.append(DateMatch(value, m.start(), m.end()))
    for m in _ROC_DATE.finditer(text):
        try:
            value = _make(str(to_int(m.group("y")) + _ROC_YEAR_ONE), m.group("m"), m.group("d"))
        except ValueError:
            value = None
        if value is not None:
            out.append(DateMatch(value, m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out


def parse_date(text: str) -> dt.date | None:
    """The first full date in ``text`` (``2025年4月4日``, ``2025年04月04日``, ``2025-04-04 12:00``…)."""
    found = find_dates(text)
    return found[0].date if found else None


def add_period(start: dt.date, n: int, unit: str) -> dt.date | None:
    """The last day covered by a period of ``n`` units starting on ``start`` (start day not counted); None when
    that day is past the calendar (a misprinted period), which the caller reports."""
    try:
        end = _add_period(start, n, unit)
    except (ValueError, OverflowError):
        return None
    return end if end.year in YEARS else None


def _add_period(start: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("天", "日"):
        return start + dt.timedelta(days=n)
    if unit == "周":
        return start + dt.timedelta(days=7 * n)
    months = n * 12 if unit == "年" else n
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def parse_period(text: str) -> tuple[int, str] | None:
    """A period at the end of a clause (``相关措施90天``, ``1年``, ``一年``) → (n, unit)."""
    if re.search(r"(?<![一二三四五六七八九十\d])半年$", text.strip(" ，。；")):
        return 6, "个月"  # "期限为半年": half a year, six months
    matches = list(PERIOD.finditer(text))
    m = matches[-1] if matches else None
    if m is None or text[m.end():].strip(" ，。；"):
        return None
    try:
        return to_int(m.group("n")), m.group("unit")
    except ValueError:
        return None


_START = re.compile(
    r"自\s*(?:北京时间\s*)?(?:(?P<today>即日|(?:本|该)?(?:公告|决定|令|通知)?(?:公布|发布|印发)之日)"
    # "自发布次日起", "自本公告公布之日的次日起": the day after publication.
    r"|(?P<next>(?:本(?:公告|决定|令|通知))?(?:公布|发布|印发)(?:之日的?)?次日)|(?P<date>[^起，。至]{6,24}?))\s*(?:起|开始)"
)
_UNTIL = re.compile(
    r"至\s*(?:北京时间\s*)?(?P<date>[^，。起]{6,24}?日)(?:\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)?(?:止)?"
)


# "从2035年4月1日起", "，2035年4月10日起，": a start worded with 从 or with no word before the date.
_BARE_START = re.compile(
    rf"(?:(?<=[，,：:；。\n])|^)(?:\s*从)?\s*(?=(?:北京时间\s*)?{YEAR}\s*年\s*{MONTH_OR_DAY}\s*月\s*{MONTH_OR_DAY}\s*日"
    r"[^，。起至]{0,8}起)",
    re.MULTILINE)


# "，恢复时间为2043年5月6日": the start stated as the time of the change, after the change.
_TIME_IS = re.compile(
    rf"(?<=[，,])\s*(?:恢复|暂停|移出|解除|取消|生效|施行|实施|执行)(?:实施|执行)?的?(?:时间|日期)(?:为|是)\s*"
    rf"(?P<d>{YEAR}\s*年[^，。；]{{2,12}}?[日号])(?=\s*[。；;，,]|$)")


# "…将于2045年11月27日届满" then "自现行暂停期届满次日起": the start told as the day after an expiry stated before.
_EXPIRES_ON = re.compile(rf"于\s*(?P<d>{YEAR}\s*年\s*{MONTH_OR_DAY}\s*月\s*{MONTH_OR_DAY}\s*日)\s*(?:届满|期满|到期)")
_DAY_AFTER_EXPIRY = re.compile(r"自(?P<what>[^，。起自]{0,12}?)(?:届满|期满|到期)(?:之日)?的?次日(?:起|开始)")


def _day_after_expiry(text: str) -> str:
    """Each start worded as the day after an expiry (``自现行暂停期届满次日起``) as ``自<that day>起``, where the text
    states the expiry's date before it; as printed where it states none."""
    def dated(m: re.Match[str]) -> str:
        stated = list(_EXPIRES_ON.finditer(text, 0, m.start()))
        day = parse_date(stated[-1].group("d")) if stated else None
        if day is None:
            return m.group(0)
        after = day + dt.timedelta(days=1)
        return f"自{after.year}年{after.month}月{after.day}日起"
    return _DAY_AFTER_EXPIRY.sub(dated, text)


# "…不再需要申请许可。（终止日期：2045年11月15日）": the day of the change labelled in a parenthesis after the
# sentence that decides it.
_LABELLED_DAY = re.compile(
    rf"。?\s*[（(]\s*(?:终止|暂停|恢复|移出|解除|取消|生效|施行|实施|执行)(?:日期|时间)\s*[：:]\s*"
    rf"(?P<d>{YEAR}\s*年\s*{MONTH_OR_DAY}\s*月\s*{MONTH_OR_DAY}\s*日)\s*[）)]")


def normal_starts(text: str) -> str:
    """Every start worded ``从…起``, ``<date>起``, ``…时间为<date>``, ``（终止日期：<date>）`` or as the day after a
    stated expiry as ``自…起``, the one form the grammar reads."""
    text = _LABELLED_DAY.sub(lambda m: f"，自{m.group('d')}起。", _day_after_expiry(text))
    return _TIME_IS.sub(lambda m: f"自{m.group('d')}起", _BARE_START.sub("自", text))


_FULL_DATE = rf"{YEAR}\s*年\s*{MONTH_OR_DAY}\s*月\s*{MONTH_OR_DAY}\s*[日号]"
# "截至2047年10月31日24时", "至二〇四七年十月三十一日二十四时": an end told as the last hour of its day, which is
# that day (a period closes at 24:00 of its last day, Civil Code art. 203).
_END_HOUR = re.compile(
    rf"(?:截至|截止(?:到|至)?|至)\s*(?:北京时间\s*)?(?P<d>{_FULL_DATE})"
    r"\s*(?:24|二十四)\s*[时点](?:\s*整)?(?:\s*止)?")
# "自2047年10月15日至次年1月14日": the end's year told as the year after the start's.
_NEXT_YEAR_END = re.compile(
    rf"(?P<start>{_FULL_DATE})(?P<mid>\s*(?:零时|0时)?\s*起?\s*至\s*(?:北京时间\s*)?)次年\s*(?=\d{{1,2}}\s*月|[{CN_NUMBER_CHARS}]{{1,3}}\s*月)")
# "自2047年10月15日至2048年1月14日，暂停…": a range with no 起 after its start.
_RANGE_WITHOUT_QI = re.compile(
    rf"自\s*(?P<start>(?:北京时间\s*)?{_FULL_DATE})\s*至\s*(?P<end>(?:北京时间\s*)?{_FULL_DATE})(?!\s*[起止])")


def _next_year(m: re.Match[str]) -> str:
    start = parse_date(m.group("start"))
    return m.group(0) if start is None else f"{m.group('start')}{m.group('mid')}{start.year + 1}年"


def normal_ends(text: str) -> str:
    """Every end worded as the last hour of its day (``截至…24时``) as ``至…止``, an end in 次年 with its year, and a
    range ``自A至B`` as ``自A起至B止``: the forms the grammar reads."""
    text = _NEXT_YEAR_END.sub(_next_year, _END_HOUR.sub(lambda m: f"至{m.group('d')}止", text))
    return _RANGE_WITHOUT_QI.sub(lambda m: f"自{m.group('start')}起至{m.group('end')}止", text)


_IN_FORCE_DAY = re.compile(r"^(?:本(?:公告|决定|令|通知|规定|办法))?(?:施行|生效|实施)之日$")


def start_date(text: str, published: dt.date | None) -> tuple[dt.date | None, bool]:
    """The start a sentence states (``自…起``) → (date, found). ``自即日起``/``自公布之日起`` give ``published``."""
    m = _START.search(text)
    if not m or _IN_FORCE_DAY.match(m.group("date") or ""):
        # "自本决定施行之日起": the day the document itself applies, which the caller knows (its 自…起施行).
        return None, False
    if m.group("today"):
        return published, True
    if m.group("next"):
        return (published + dt.timedelta(days=1) if published else None), True
    return parse_date(m.group("date")), True


def until_date(text: str) -> dt.date | None:
    """An end date a sentence states (``至2026年11月27日``)."""
    m = _UNTIL.search(text)
    return parse_date(m.group("date")) if m else None


# "序号　物项名称　海关商品编号　实施日期": a table whose column gives each row's start.
_START_COLUMN = re.compile(r"(?:实施|生效|施行|执行|起始|管制)(?:日期|时间)")


def table_starts(text: str) -> list[dt.date]:
    """The starts a table prints in its date column, one per row, in order (rows are the lines after the header
    until a line without a date)."""
    lines = text.split("\n")
    starts: list[dt.date] = []
    for i, line in enumerate(lines):
        if not _START_COLUMN.search(line) or find_dates(line):
            continue
        for row in lines[i + 1:]:
            found = find_dates(row)
            if not row.strip() or not found:
                break
            starts.append(found[-1].date)
    return starts
