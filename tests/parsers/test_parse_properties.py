"""Property tests: every rendering of a document number gives one doc_id; ``until`` agrees with a separate
computation of the Civil Code rule."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from policywatch.parsers import parse_doc_number, parse_text
from policywatch.parsers.dates import add_period

_CN = "〇一二三四五六七八九"
_ZEROS = ("〇", "○", "零")


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def _cn_year(year: int, zero: str) -> str:
    return "".join(_CN[int(d)] if d != "0" else zero for d in str(year))


@st.composite
def renderings(draw: st.DrawFn) -> tuple[str, str, int | None, int]:
    series = draw(st.sampled_from(["MOFCOM", "UEL", "MOFCOM-ORDER", "MFA-ORDER", "GACC"]))
    year = draw(st.integers(2000, 2099))
    number = draw(st.integers(1, 999))
    sp = draw(st.sampled_from(["", " ", "\u3000", "\u2002"]))
    y, n = str(year), str(number)
    if draw(st.booleans()):
        y, n = _fullwidth(y), _fullwidth(n)
    if series == "MOFCOM":
        issuer = draw(st.sampled_from(["商务部", "商务部 海关总署", "商务部、海关总署"]))
        text = draw(st.sampled_from([f"{issuer}公告{y}年{sp}第{n}号", f"{issuer}公告〔{y}〕{n}号"]))
    elif series == "UEL":
        gonggao = draw(st.sampled_from(["公告", ""]))
        lb, rb = draw(st.sampled_from([("〔", "〕"), ("[", "]"), ("（", "）")]))
        text = draw(st.sampled_from([
            f"不可靠实体清单工作机制{gonggao}{lb}{y}{rb}{n}号",
            f"不可靠实体清单工作机制公告{y}年{sp}第{n}号",
        ]))
    elif series == "MOFCOM-ORDER":
        if draw(st.booleans()):
            y = _cn_year(year, draw(st.sampled_from(_ZEROS)))
        prefix = draw(st.sampled_from(["", "中华人民共和国"]))
        text = f"{prefix}商务部令{y}年{sp}第{n}号"
    elif series == "MFA-ORDER":
        prefix = draw(st.sampled_from(["", "中华人民共和国"]))
        text = f"{prefix}外交部令第{n}号"
        year_out: int | None = None
        return text, series, year_out, number
    else:
        text = f"海关总署公告{y}年{sp}第{n}号"
    context = draw(st.sampled_from(["{}", "根据{}的规定", "（{}）", "{}\n"]))
    return context.format(text), series, year, number


@settings(max_examples=150, deadline=None)
@given(renderings())
def test_every_rendering_gives_the_same_doc_id(case: tuple[str, str, int | None, int]) -> None:
    text, series, year, number = case
    parsed = parse_doc_number(text)
    assert parsed is not None, text
    expected = f"{series}-{number}" if year is None else f"{series}-{year}-{number}"
    assert parsed.doc_id == expected, text


def _reference_until(start: dt.date, n: int, unit: str) -> dt.date:
    """A second computation of the Civil Code rule: by ordinals for days, by hand for months and years."""
    if unit == "天":
        return dt.date.fromordinal(start.toordinal() + n)
    months = start.year * 12 + (start.month - 1) + (n * 12 if unit == "年" else n)
    year, month = divmod(months, 12)
    month += 1
    day = start.day
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1  # no such day in that month (Feb 29/30/31): its last day


_CN_SMALL = {1: "一", 2: "两", 3: "三", 6: "六", 10: "十", 12: "十二"}


@settings(max_examples=120, deadline=None)
@given(
    start=st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)),
    n=st.integers(1, 400),
    unit=st.sampled_from(["天", "个月", "年"]),
    chinese=st.booleans(),
)
def test_until_agrees_with_an_independent_computation(start: dt.date, n: int, unit: str, chinese: bool) -> None:
    if unit != "天":
        n = n % 12 + 1
    period = _CN_SMALL.get(n, str(n)) if chinese else str(n)
    text = (
        f"来源：商务部新闻办公室 {start.isoformat()} 10:00\n\n商务部新闻发言人就调整不可靠实体清单措施答记者问\n"
        f"答：自{start.year}年{start.month}月{start.day}日起，"
        f"继续暂停4月4日公告（不可靠实体清单工作机制公告〔2025〕7号）相关措施{period}{unit}。"
    )
    ann = parse_text(text)
    [action] = ann.actions
    assert action.until_computed
    assert action.until == _reference_until(start, n, unit) == add_period(start, n, unit)


def test_civil_code_examples_from_the_design() -> None:
    assert add_period(dt.date(2025, 5, 14), 90, "天") == dt.date(2025, 8, 12)
    assert add_period(dt.date(2025, 8, 12), 90, "天") == dt.date(2025, 11, 10)
    assert add_period(dt.date(2025, 11, 10), 1, "年") == dt.date(2026, 11, 10)
    assert add_period(dt.date(2024, 2, 29), 1, "年") == dt.date(2025, 2, 28)
