"""Document numbers (文号) in every printed variant → ``DocNumber`` and its ``doc_id``.

Variants (SOURCES.md §6): ``商务部公告2025年第21号``, ``商务部 海关总署公告2025年第70号`` (joint, MOFCOM series),
``不可靠实体清单工作机制公告〔2025〕7号`` with or without 公告, ``商务部令二〇二五年第6号`` (〇, ○ or 零),
``外交部令第19号``, ``海关总署公告2025年第123号``, full-width digits, and follow-on numbers that drop the series
(``2025年第55号、56号``, ``〔2025〕5号和6号``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policywatch.parsers.numerals import CN_DIGIT_CHARS, CN_NUMBER_CHARS, to_int
from policywatch.parsers.text import clean
from policywatch.parsers.types import DocNumber

_Y = rf"(?P<year>\d{{4}}|[{CN_DIGIT_CHARS}]{{4}})"
_N = rf"(?P<num>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,6}})"
_LB = r"[〔\[［(（【]"
_RB = r"[〕\]］)）】]"
_S = r"\s*"
# A co-signing agency of a joint notice: 海关总署, 国家国防科技工业局, 国家原子能机构, 工业和信息化部 …
_AGENCY = r"(?:海关总署|国家[\u4e00-\u9fff]{2,10}?(?:局|机构|委员会)|[\u4e00-\u9fff]{2,7}?部(?!令))"

# Order matters only for overlapping matches: the longest match at the earliest position wins.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("UEL", re.compile(rf"不可靠实体清单工作机制{_S}(?:公告)?{_S}{_LB}{_S}{_Y}{_S}{_RB}{_S}第?{_S}{_N}{_S}号")),
    ("UEL", re.compile(rf"不可靠实体清单工作机制{_S}公告{_S}{_Y}{_S}年{_S}第{_S}{_N}{_S}号")),
    # "商务部令2025年第6号", "商务部令〔2025〕第6号", "商务部令（2025年第6号）", "商务部令2025年6号".
    ("MOFCOM-ORDER", re.compile(
        rf"(?:中华人民共和国)?商务部令{_S}(?P<lb>{_LB})?{_S}{_Y}{_S}(?:(?:年|{_RB}){_S}第?|第){_S}{_N}{_S}号"
        rf"(?(lb){_RB}?)")),
    ("MOFCOM", re.compile(
        rf"商务部(?:{_S}[、，,和与]?{_S}{_AGENCY})*{_S}(?:联合)?公告{_S}"
        rf"(?:{_Y}{_S}年?{_S}第{_S}{_N}|{_LB}{_S}{_Y.replace('year', 'year2')}{_S}{_RB}{_S}第?{_S}"
        rf"{_N.replace('num', 'num2')}){_S}号")),
    # "商务部2026年第11号公告" (公告 after the number), "商务部发布2026年第11号公告": a number cited in prose, the
    # issuer before the verb; the day of issue may stand between them ("商务部于2026年3月4日发布…").
    # "商务部以2026年第11号公告，将…" cites it by the means; "商务部2025年21号公告" drops the 第, as the head form may.
    # "商务部曾以2025年第1号公告将…列入": the listing recalled.
    ("MOFCOM", re.compile(rf"商务部{_S}(?:(?:曾|已)?{_S}(?:于{_S}[^，。；]{{4,20}}?)?(?:以|(?:发布|公布|印发)了?){_S})?"
                          rf"{_Y}{_S}年{_S}第?{_S}{_N}{_S}号{_S}公告")),
    # "商务部曾以2025年第5号令，对…", "商务部2025年第5号令": an order cited in prose by its number, 令 after it.
    ("MOFCOM-ORDER", re.compile(rf"商务部{_S}(?:(?:曾|已)?{_S}(?:于{_S}[^，。]{{4,20}}?)?以{_S})?"
                                rf"{_Y}{_S}年{_S}第{_S}{_N}{_S}号{_S}令")),
    # "外交部令第19号", "外交部令（第19号）".
    ("MFA-ORDER", re.compile(rf"(?:中华人民共和国)?外交部令{_S}(?P<lb>{_LB})?{_S}第{_S}{_N}{_S}号(?(lb){_RB}?)")),
    # "海关总署2025年第123号公告": customs' number inverted as MOFCOM's is in prose, 公告 after it.
    ("GACC", re.compile(rf"海关总署{_S}(?:(?:于{_S}[^，。；]{{4,20}}?)?(?:以|(?:发布|公布|印发)了?){_S})?"
                        rf"{_Y}{_S}年{_S}第{_S}{_N}{_S}号{_S}公告")),
    # "海关总署公告2025年第123号", "…2025第123号", "…2025年123号" (one of 年 and 第 at least).
    ("GACC", re.compile(
        rf"海关总署{_S}公告{_S}(?:{_Y}{_S}(?:年{_S}第?|第){_S}{_N}|{_LB}{_S}{_Y.replace('year', 'year2')}{_S}{_RB}"
        rf"{_S}第?{_S}{_N.replace('num', 'num2')}){_S}号")),
)

# A bare follow-on number right after a full one: "、56号", "和6号", "、第57号".
# A follow-on may repeat the year of a bracketed series: "〔2025〕7号、〔2025〕9号".
_FOLLOW = re.compile(
    rf"\s*(?:、|，|,|和|及|与)\s*(?:商务部(?:\s*海关总署)?公告)?\s*(?:{_LB}\s*(?P<fy>\d{{4}})\s*{_RB})?\s*(?:第)?\s*{_N}\s*号")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    number: DocNumber
    start: int
    end: int
    raw: str


def _groups(m: re.Match[str]) -> tuple[str | None, str]:
    d = m.groupdict()
    year = d.get("year") or d.get("year2")
    num = d.get("num") or d.get("num2")
    assert num is not None
    return year, num


def find_numbers(text: str, *, follow_on: bool = True) -> list[NumberMatch]:
    """Every document number in ``text`` in reading order, follow-on bare numbers included."""
    found: list[NumberMatch] = []
    for series, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            year_s, num_s = _groups(m)
            try:
                year = to_int(year_s) if year_s else None
                num = to_int(num_s)
            except ValueError:
                continue
            found.append(NumberMatch(DocNumber(series, year, num), m.start(), m.end(), m.group(0)))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[NumberMatch] = []
    for f in found:
        if chosen and f.start < chosen[-1].end:
            continue
        chosen.append(f)
    if not follow_on:
        return chosen
    out: list[NumberMatch] = []
    for f in chosen:
        out.append(f)
        pos = f.end
        while True:
            follow = _FOLLOW.match(text, pos)
            if not follow or any(c.start == follow.start() for c in chosen):
                break
            # A full number of its own starts here: let the main loop take it.
            if any(c.start >= pos and c.start < follow.end() for c in chosen):
                break
            try:
                num = to_int(follow.group("num"))
                year = int(follow.group("fy")) if follow.group("fy") else f.number.year
            except ValueError:
                break
            out.append(NumberMatch(DocNumber(f.number.series, year, num), follow.start(), follow.end(),
                                   follow.group(0)))
            pos = follow.end()
    return out


# "2044年第15号公告", "2044年第15号": a number printed without its issuer.
_BARE_NUMBER = re.compile(rf"{_Y}{_S}年{_S}第{_S}{_N}{_S}号")


# The 公告 after a bare number: "暂停实施2024年第46号公告第二条".
_GONGGAO_AFTER = re.compile(r"\s*公告")
# Series whose notices are numbered 年第N号 as a bare number prints them; an order (令) or a bracketed UEL number
# never is.
_YEAR_SERIES = ("MOFCOM", "GACC")


def qualify_repeated(text: str, own: DocNumber | None = None) -> str:
    """``text`` with each number printed without its issuer (``解除2044年第15号公告规定的…``) given the issuer of the
    same number cited in full before it (``商务部于…发布2044年第15号公告``): the notice said again, shortened.
    Where none was, a bare ``…号公告`` in a notice numbered ``own`` is of its issuer's own series (a MOFCOM notice
    citing ``2024年第46号公告`` cites MOFCOM's)."""
    full = find_numbers(text, follow_on=False)
    out: list[str] = []
    pos = 0
    for m in _BARE_NUMBER.finditer(text):
        if any(f.start <= m.start() < f.end for f in full):
            continue
        year_s, num_s = _groups(m)
        try:
            key = (to_int(year_s) if year_s else None, to_int(num_s))
        except ValueError:
            continue
        earlier = [f for f in full if f.end <= m.start() and (f.number.year, f.number.number) == key]
        if earlier:
            out.append(text[pos: m.start()] + canonical_number(earlier[-1].number))
            pos = m.end()
        elif own is not None and own.series in _YEAR_SERIES and key != (own.year, own.number) \
                and (gonggao := _GONGGAO_AFTER.match(text, m.end())):
            out.append(text[pos: m.start()] + canonical_number(DocNumber(own.series, key[0], key[1])))
            pos = gonggao.end()
    return qualify_number_only("".join(out) + text[pos:])


# "第35号公告" with neither issuer nor year: the notice cited in full before it, said again shortest. Not after a year,
# a bracketed series or a joiner (a follow-on number of a full one: "2025年第55号、第57号").
_NUMBER_ONLY = re.compile(rf"(?<![年〕\]］)）\d、，,和及与])第{_S}{_N}{_S}号(?={_S}公告)")


def qualify_number_only(text: str) -> str:
    """``text`` with each ``第N号公告`` given the issuer and year of the one notice numbered N it cited in full before
    (``商务部2025年第35号公告将…。…暂停…第35号公告所列措施``); left as printed where none or two such were cited."""
    full = find_numbers(text, follow_on=False)
    out: list[str] = []
    pos = 0
    for m in _NUMBER_ONLY.finditer(text):
        if any(f.start <= m.start() < f.end for f in full):
            continue
        try:
            num = to_int(m.group("num"))
        except ValueError:
            continue
        earlier = {f.number for f in full if f.end <= m.start() and f.number.number == num
                   and f.number.series in _YEAR_SERIES}
        # A year cited with no issuer ("2024年第22号公告") is one more notice numbered N.
        years = {n.year for n in earlier} | {to_int(b.group("year")) for b in _BARE_NUMBER.finditer(text, 0, m.start())
                                             if b.group("num") == m.group("num")}
        if len(earlier) == 1 and len(years) == 1:
            out.append(text[pos: m.start()] + canonical_number(earlier.pop()))
            pos = m.end()
    return "".join(out) + text[pos:]


def parse_doc_number(text: str) -> DocNumber | None:
    """The first document number printed in ``text``, in any variant; None when there is none."""
    found = find_numbers(clean(text), follow_on=False)
    return found[0].number if found else None


def canonical_number(number: DocNumber) -> str:
    """How the issuer prints a number, used when a page shows only the masthead form (``2025年 第7号``)."""
    if number.series == "UEL":
        return f"不可靠实体清单工作机制公告〔{number.year}〕{number.number}号"
    if number.series == "MOFCOM-ORDER":
        return f"商务部令{number.year}年第{number.number}号"
    if number.series == "MFA-ORDER":
        return f"中华人民共和国外交部令第{number.number}号"
    if number.series == "GACC":
        return f"海关总署公告{number.year}年第{number.number}号"
    return f"商务部公告{number.year}年第{number.number}号"


ISSUERS: dict[str, str] = {
    "UEL": "不可靠实体清单工作机制",
    "MOFCOM": "商务部",
    "MOFCOM-ORDER": "商务部",
    "MFA-ORDER": "外交部",
    "GACC": "海关总署",
}


_AGENCY_RE = re.compile(_AGENCY)


def issuer_of(match: NumberMatch) -> str:
    """The issuer a number names; a joint notice names every agency, MOFCOM first (``商务部 海关总署``)."""
    if match.number.series == "MOFCOM":
        head = match.raw.split("公告", 1)[0].removeprefix("商务部")
        return " ".join(["商务部", *_AGENCY_RE.findall(head)])
    return ISSUERS[match.number.series]


# "2025年第7号", "第6号", "〔2025〕7号" under a masthead.
MASTHEAD_NO = re.compile(
    rf"^[（(〔]?(?:(?P<year>\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年)?\s*第\s*(?P<num>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,6}})\s*号[）)〕]?$"
    rf"|^[〔\[［(（]\s*(?P<byear>\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*[〕\]］)）]\s*第?\s*(?P<bnum>\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,6}})\s*号$"
)


# A clause of a notice is cited as its 款, 项 or 条 ("2024年第46号公告第二条" means its item 二、 as 第二款 does).
CLAUSE_UNIT = r"(?:款|项|条)"
# "…第46号第二款" (or 第二项), "…第46号（《关于…的公告》）第二款", "…第46号《关于…的公告》第 二 款": a clause of
# the notice just cited; its title, bare or bracketed (full- or half-width, as pages print it), may stand between.
CITED_CLAUSE = re.compile(rf"\s*(?:[（(][^（）()]*(?:《[^》]*》[^（）()]*)*[）)]|《[^》]{{1,80}}》)?\s*"
                          rf"第\s*(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}})\s*{CLAUSE_UNIT}")


# "第（二）项", "第(2)款": the clause's numeral bracketed inside 第…项.
_BRACKETED_CLAUSE = re.compile(rf"第\s*[（(]\s*(?P<n>[{CN_NUMBER_CHARS}\d]{{1,3}})\s*[）)]\s*(?P<unit>{CLAUSE_UNIT})")


def plain_clauses(text: str) -> str:
    """Every clause cited with a bracketed numeral (``第（二）项``) as ``第二项``, the form ``CITED_CLAUSE`` reads."""
    return _BRACKETED_CLAUSE.sub(lambda m: f"第{m.group('n')}{m.group('unit')}", text)


# "该公告第一条、第二条规定的措施": the measures a listing's articles prescribe for its entities, cited by article.
_ARTICLE = rf"第[{CN_NUMBER_CHARS}\d]{{1,3}}条"
_ARTICLES_MEASURES = re.compile(rf"(?P<back>(?:该|上述|前述)(?:公告|决定|令))(?:{_ARTICLE}(?:[、和及与]{_ARTICLE})*)"
                                r"(?P<tail>(?:所)?规定的(?:相关|有关)?(?:(?:出口管制)?(?:处理|反制|管控))?措施)")


def articles_as_measures(text: str) -> str:
    """The measures of a cited notice named by its articles (``该公告第一条、第二条规定的措施``) as the notice's
    measures (``该公告规定的措施``): they are what a status change of its entities acts on, not clauses of an item
    control (those are cited as 款 and suspended by themselves, ``该公告第二款暂停实施``)."""
    return _ARTICLES_MEASURES.sub(lambda m: m.group("back") + m.group("tail"), text)
