"""A notice's plain text → ``Announcement``: header (number, issuer, title, date), annex, then the actions."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from policywatch.parsers.action_context import Context
from policywatch.parsers.actions import read_actions
from policywatch.parsers.chrome import without_chrome
from policywatch.parsers.dates import MONTH_DAY, MONTH_OR_DAY, YEAR, find_dates, normal_ends, normal_starts, parse_date
from policywatch.parsers.defined_names import resolve_defined_names
from policywatch.parsers.english_release import english_on_controls, from_english
from policywatch.parsers.entities import ANNEX_NUMBERED, parse_annex, titled_annex
from policywatch.parsers.errors import EmptyDocumentError
from policywatch.parsers.field_block import bracketed_fields
from policywatch.parsers.name_lines import fields_on_one_line
from policywatch.parsers.news_page import lead_event
from policywatch.parsers.numbers import (
    ISSUERS,
    MASTHEAD_NO,
    NumberMatch,
    articles_as_measures,
    canonical_number,
    find_numbers,
    issuer_of,
    plain_clauses,
    qualify_repeated,
)
from policywatch.parsers.numerals import to_int
from policywatch.parsers.printed_number import printed_apart
from policywatch.parsers.review import review_reasons
from policywatch.parsers.text import clean, english_brackets, prose_punctuation, single_spaced, squash
from policywatch.parsers.traditional import to_simplified
from policywatch.parsers.types import Announcement, DocNumber
from policywatch.parsers.weekdays import WEEKDAY_WORD, weekday_on_or_before

_META = re.compile(r"【(?P<key>发布单位|发布文号|发文日期|成文日期|索引号|主题分类)】\s*(?P<value>[^【\n]*)")
_SOURCE = re.compile(r"^来源[：:]\s*(?P<who>\S+)")
_PAGE_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$")
# A page's meta line under its title, in any of the shapes sites print: "2026-11-06 08:15　来源：某报",
# "发布时间：2026-11-20 来源：某局", "公布日期：2026年11月20日", "来源：某局 日期：2026/11/20".
_DAY = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_WHEN_KEY = r"(?:发布|公布|发文|成文|更新)?(?:时间|日期)[：:]"
_PAGE_META = re.compile(
    rf"^(?=[^\n]*(?:{_DAY}|来源[：:]))(?:\s*(?:(?:{_WHEN_KEY})?\s*(?P<day>{_DAY})"
    r"|(?:信息|文章)?来源[：:]\s*(?P<who>[^\s　]+)"
    r"|(?:作者|编辑|责任编辑|浏览次数|字号)[：:]\s*\S*|[【\[]?字体[：:][^\n]*))+\s*$")
# A news reprint's lead: "【某报讯】", "据商务部网站消息", "新华社北京11月20日电". The reprint's own date is not the
# notice's; the notice's date and number are told in the lead ("…于2026年11月5日发布商务部公告2026年第66号").
# "（记者综合报导）": a Taiwan paper's byline, 报导 for 报道.
_NEWS_LEAD = re.compile(r"【[^】]{1,16}(?:讯|电)】|据[^，。]{2,24}消息|(?:记者)?综合报[道导][）)]?"
                        r"|(?:\d{1,2}月)?\d{1,2}日电")
_LEAD_ISSUED = re.compile(
    r"(?<![\d月])(?:(?P<rel>今天|今日|昨天|昨日)\s*[（(]?)?"
    # "本月3日发布": the day of the reprint's own month.
    rf"(?P<day>(?:本月\s*|(?:{YEAR}\s*年\s*)?{MONTH_OR_DAY}\s*月\s*)?{MONTH_OR_DAY}\s*日)?[）)]?\s*"
    # "工作机制周四发布公告": the weekday alone, counted back from the reprint's own date.
    rf"(?P<wd>{WEEKDAY_WORD})?\s*"
    r"(?:发布|公布|印发|发出)(?:了)?"
    r"(?P<what>[^。]{0,80})")
# "新华社北京11月20日电": the reprint's dateline, a reference for a lead that gives the day alone ("商务部20日发布").
_DATELINE = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日电")
# "2028年4月10日", or in numerals under an order's signature: "二〇二八年四月十日".
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                        r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$")
_MOFCOM_BUREAU = re.compile(r"^商务部[\u4e00-\u9fff]{2,8}?(?:局|司)$")
# A briefing's heading opening with its day: "2037年12月15日外交部发言人例行记者会".
# "外交部2043年10月12日例行记者会": the ministry may stand before the day.
_BRIEFING_DAY = re.compile(r"^(?:外交部|商务部)?(?P<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
                           r"[\u4e00-\u9fff]{0,12}?(?:发言人|记者会|新闻发布会)")
_PROMULGATION = re.compile(r"^[（(][^）)]*?令[^）)]*?公布")
# A signature line of agencies (``商务部 海关总署 国家国防科技工业局``), squashed.
_AGENCIES_LINE = re.compile(r"^(?:(?:中华人民共和国)?(?:海关总署|国家[\u4e00-\u9fff]{2,10}?(?:局|机构|委员会)|"
                            r"[\u4e00-\u9fff]{1,7}?部)[、，]?){2,6}$")
# The last of several agencies signing one a line ("商务部", "海关总署", …, "国家原子能机构").
_ONE_AGENCY = re.compile(r"^(?:中华人民共和国)?国家[\u4e00-\u9fff]{2,10}?(?:局|机构|委员会)$")
# An order signed by its minister ("部长  王文涛") above the date line.
# "部长 王某", or the office alone under an order ("商务部部长", then the date line).
# "外交部部长 王某": the office, then the name; "外交部长" alone over the date line of an older order.
_MINISTER = re.compile(r"^(?:(?:商务部|外交部|海关总署)?(?:部长|署长)[\u4e00-\u9fff]{0,4}"
                       r"|外交部长(?:[\u4e00-\u9fff]{2,4})?)$")
# "外交部发言人答记者问", "外交部2043年10月12日例行记者会": the ministry's own briefing.
_MFA_SPOKESPERSON = re.compile(r"外交部(?:新闻)?发言人|^外交部[^。，]{0,16}?(?:例行记者会|新闻发布会)")
# "不可靠实体清单工作机制办公室": the office of a working mechanism signs its own notices.
_MECHANISM_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,20}?工作机制办公室$")
_TITLE_LIKE_BAD = re.compile(r"[。，；：:]")
_DECISION_TITLE = re.compile(r"^关于.{2,80}(?:决定|公告|通知)$")

SIGNATURES = {"商务部": "商务部", "外交部": "外交部", "海关总署": "海关总署",
              "不可靠实体清单工作机制": "不可靠实体清单工作机制", "中华人民共和国商务部令": "商务部",
              "商务部海关总署": "商务部 海关总署", "商务部、海关总署": "商务部 海关总署"}
_MASTHEAD_SERIES = {
    "不可靠实体清单工作机制": "UEL", "不可靠实体清单工作机制公告": "UEL",
    "中华人民共和国商务部令": "MOFCOM-ORDER", "商务部令": "MOFCOM-ORDER",
    "中华人民共和国外交部令": "MFA-ORDER", "外交部令": "MFA-ORDER",
    "中华人民共和国商务部公告": "MOFCOM", "商务部公告": "MOFCOM", "海关总署公告": "GACC",
}


@dataclass(frozen=True, slots=True)
class PageHints:
    """What a page template knows beside the text: its title and date (meta ArticleTitle/PubDate)."""

    title: str | None = None
    published: dt.date | None = None


def parse_text(text: str, *, url: str | None = None) -> Announcement:
    """A notice's plain text → Announcement. Raises EmptyDocumentError for a text with nothing in it."""
    return build(text, url=url)


def build(raw: str, *, url: str | None = None, hints: PageHints | None = None) -> Announcement:
    hints = hints or PageHints()
    # The hash (and a provisional doc_id) is of the text as printed, so a new way of reading it is no new revision
    # of a stored notice.
    printed = to_simplified(clean(raw))
    read = bracketed_fields(without_chrome(from_english(printed)))
    text = single_spaced(english_brackets(prose_punctuation(clean(read))))
    if not text:
        raise EmptyDocumentError("the text is empty", source=url)
    lines = text.split("\n")
    # "附件一" over the first of several annexes opens the annex part as a bare 附件 does.
    # "附：" or "附件：" alone on its line opens the annex as the bare word does.
    annex_at = next((i for i, ln in enumerate(lines) if squash(ln).rstrip("：:") in ("附件", "附")
                     or ANNEX_NUMBERED.match(squash(ln))), len(lines))
    head_lines, annex_lines = lines[:annex_at], lines[annex_at + 1:]
    titled = titled_annex(lines) if annex_at == len(lines) else None
    if titled:
        # "附件：<title>" with the items right under it, the signature after them: the title line stays in the
        # body (it announces the annex), the items are the annex.
        head_lines, annex_lines = lines[: titled[0] + 1] + lines[titled[1]:], lines[titled[0] + 1: titled[1]]
    meta = {m.group("key"): m.group("value").strip() for ln in head_lines[:12] for m in _META.finditer(ln)}
    warnings: list[str] = []

    title = _title(head_lines, hints)
    number = _number(head_lines, meta, title)
    is_qa = number is None and _is_qa(head_lines, title)
    issuer = _issuer(head_lines, number, title, text)
    published = _published(head_lines, meta, hints, is_qa, text)
    header_day, signed_day = parse_date(meta.get("发文日期") or ""), _signed_day(head_lines)
    if header_day and signed_day and header_day != signed_day and not is_qa:
        # The page's 【发文日期】 and the date under the signature disagree: the document's own date is its
        # signature's, but a slip in either moves the start of 自公布之日起 too.
        published = signed_day
        warnings.append(f"the page's 发文日期 {header_day.isoformat()} and the date under the signature "
                        f"{signed_day.isoformat()} disagree: which is the notice's date?")
    signer = _signature(head_lines)
    if number is not None and issuer and signer and " " not in issuer + signer and signer != issuer:
        # "不可靠实体清单工作机制 〔2047〕2号" over a text signed "外交部": the number's body and the signing body
        # differ, and which one issued the notice no reading can settle.
        warnings.append(f"the head names {issuer} but the signature {signer}: the issuers disagree: which body "
                        "issued the notice?")
    if number is None and not is_qa and (issuer is None or published is None) \
            and (event := lead_event(head_lines)) is not None:
        # A news page printing no signature or source: its lead tells who acted, and when.
        issuer, published = issuer or event[1], published or event[0]

    body = qualify_repeated(resolve_defined_names(articles_as_measures(plain_clauses(normal_ends(normal_starts(
        "\n".join(ln for ln in head_lines if not _META.match(ln))))))), number.number if number else None)
    annex = parse_annex(fields_on_one_line("\n".join(annex_lines)).split("\n"))
    ctx = Context(body=body, annex=annex, title=title, published=published, warnings=warnings)
    actions = read_actions(ctx)

    if number is not None:
        doc_id = number.number.doc_id
    else:
        day = published.isoformat() if published else "undated"
        key = title or printed
        short = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
        doc_id = f"{'QA' if is_qa else 'DOC'}-{day}-{short}"
        if not is_qa:
            warnings.append("no document number in the text: doc_id is provisional")
        if published is None:
            warnings.append("no publication date in the text: doc_id is provisional")

    raw_number = None
    if number is not None:
        raw_number = meta.get("发布文号") or number.raw
        if number.raw.startswith("masthead:"):
            raw_number = canonical_number(number.number)
    reasons = review_reasons(text, head_lines, annex_lines, doc_id, issuer, published, tuple(actions), warnings,
                             on_controls=english_on_controls(printed))
    return Announcement(
        doc_id=doc_id,
        number=raw_number.strip() if raw_number else None,
        issuer=issuer,
        title=title,
        published=published,
        url=url,
        actions=tuple(actions),
        text_hash=hashlib.sha256(printed.encode("utf-8")).hexdigest(),
        warnings=tuple(warnings),
        needs_review=bool(reasons),
        review_reasons=tuple(reasons),
        text=text,
    )


def _is_header(line: str) -> bool:
    return bool(_META.match(line) or _SOURCE.match(line) or _PAGE_DATE.match(line) or _page_meta(line))


def _page_meta(line: str) -> re.Match[str] | None:
    """The page's meta line (date, source), never a signature's date line (``2026年11月20日`` alone)."""
    return None if _DATE_LINE.match(line.strip()) else _PAGE_META.match(line.strip())


def _day_of(raw: str) -> dt.date | None:
    return parse_date(re.sub(r"(?<=\d)\s*[/.]\s*(?=\d)", "-", raw))


def _lead(text: str) -> re.Match[str] | None:
    """``…于2026年11月5日发布商务部公告…`` in a news reprint's lead: the notice's own date and number."""
    lead = _NEWS_LEAD.search(text[:600])
    if not lead:
        return None
    return _LEAD_ISSUED.search(text, lead.start(), lead.start() + 400)


def _lead_number(text: str) -> NumberMatch | None:
    issued = _lead(text)
    if not issued:
        return None
    bare = _BARE_LEAD_NO.match(issued.group("what")) or _BARE_LEAD_NO_AFTER.match(issued.group("what"))
    lead = _NEWS_LEAD.search(text[:600])
    if bare and lead:
        # "商务部8月8日发布2028年第34号公告": the number without its issuer, who is the lead's subject; a notice
        # cited later in the sentence is the one it changes.
        # "商务部于11月10日发布…": the 于 before the day, and the comma after the lead, are no part of the subject.
        # "（中央社记者综合北京9日电）中国不可靠实体清单工作机制": the byline's closing bracket and the country's name
        # before the body are no part of it either.
        subject = _BYLINE_END.sub("", text[lead.end(): issued.start()].strip()).removesuffix("于").strip()
        found = find_numbers(f"{subject}公告{bare.group('no')}", follow_on=False)
        if found and found[0].end == len(subject) + 2 + len(bare.group("no")):
            return found[0]
    found = find_numbers(issued.group("what"), follow_on=False)
    return found[0] if found else None


# "发布〔2036〕3号公告": the working mechanism's number, bracketed, without its issuer too.
_BARE_LEAD_NO = re.compile(r"^\s*(?:了)?(?P<no>\d{4}\s*年\s*第\s*\d{1,4}\s*号|〔\s*\d{4}\s*〕\s*第?\s*\d{1,4}\s*号)"
                           r"(?=公告)")
# "发布公告（〔2043〕3号）": the number in a bracket after the word.
# "发布公告〔2048〕2号": or right after it, unbracketed.
_BARE_LEAD_NO_AFTER = re.compile(r"^\s*(?:了)?公告\s*(?P<lb>[（(])?\s*"
                                 r"(?P<no>\d{4}\s*年\s*第\s*\d{1,4}\s*号|〔\s*\d{4}\s*〕\s*第?\s*\d{1,4}\s*号)"
                                 r"\s*(?(lb)[）)])")


_BYLINE_END = re.compile(r"^[）)\s，,]*(?:中国|我国)?")


def _paper_day(lines: list[str]) -> dt.date | None:
    """The date a newspaper prints in its page head (``某报　2045年8月4日　星期五　A12版``): the first line, or the
    second under a section line (``国际　｜　两岸``), above the headline, a short line with a full date and no
    sentence."""
    for line in [ln.strip() for ln in lines if ln.strip()][:2]:
        found = find_dates(line)
        if found and len(line) <= 60 and "。" not in line and "，" not in line:
            return found[0].date
    return None


def _lead_day(text: str, lines: list[str]) -> dt.date | None:
    issued = _lead(text)
    if not issued or not (issued.group("day") or issued.group("rel") or issued.group("wd")):
        return None
    day = parse_date(issued.group("day") or "")
    if day:
        return day
    # "10月9日发布公告", "商务部20日发布公告": the year (and month) of the reprint's own date or dateline, the
    # latest on or before which the notice can have been issued (a notice is reprinted within days).
    page = next((d for ln in lines[:6] if (m := _page_meta(ln)) and m.group("day") and (d := _day_of(m.group("day")))),
                None) or _paper_day(lines)
    dateline = _DATELINE.search(text[:600])
    number = _lead_number(text)
    year = page.year if page else number.number.year if number and number.number.year else None
    if year is None:
        return None
    reference = page or (dt.date(year, int(dateline.group("m")), int(dateline.group("d"))) if dateline else None)
    if issued.group("wd") and not issued.group("day"):
        return weekday_on_or_before(reference, issued.group("wd")) if reference else None
    if not issued.group("day"):
        # "商务部今天发布", "昨日发布": counted from the reprint's own date.
        back = 1 if issued.group("rel") in ("昨天", "昨日") else 0
        return reference - dt.timedelta(days=back) if reference else None
    md = MONTH_DAY.search(issued.group("day"))
    month = int(md.group("m")) if md else int(dateline.group("m")) if dateline else page.month if page else None
    dm = re.search(r"(\d{1,2})\s*日$", issued.group("day"))
    if month is None or dm is None:
        return None
    try:
        found = dt.date(year, month, int(dm.group(1)))
    except ValueError:
        return None
    if reference and found > reference and not md:
        # "30日发布" read in a reprint of 2 December: the 30th of the month before.
        previous = (reference.replace(day=1) - dt.timedelta(days=1))
        try:
            found = previous.replace(day=int(dm.group(1)))
        except ValueError:
            return None
    return found


def _title_like(line: str) -> bool:
    return (
        0 < len(line) <= 120
        and not _TITLE_LIKE_BAD.search(line)
        and not _is_header(line)
        and not _DATE_LINE.match(line)
        and squash(line) not in SIGNATURES
    )


def _is_number_line(line: str) -> bool:
    found = find_numbers(line, follow_on=False)
    return bool(found) and found[0].start == 0 and found[0].end == len(line)


def _title(lines: list[str], hints: PageHints) -> str | None:
    content = [ln for ln in lines if ln and not _is_header(ln)]
    if content and _title_like(content[0]):
        first = content[0]
        if _is_number_line(first) and len(content) > 1 and _title_like(content[1]) \
                and not _is_number_line(content[1]):
            return f"{first} {content[1]}"
        return first
    for line in content:
        if _DECISION_TITLE.match(line):
            return line
    return hints.title


_BRACKETED_LINE = re.compile(r"^[（(]\s*(?P<inner>[^（()）]+?)\s*[）)]$")


def _number(lines: list[str], meta: dict[str, str], title: str | None) -> NumberMatch | None:
    if meta.get("发布文号"):
        found = find_numbers(meta["发布文号"], follow_on=False)
        if found:
            return found[0]
    if title:
        found = find_numbers(title, follow_on=False)
        if found and found[0].start == 0:
            return found[0]
        if (after := _number_after_title(title)) is not None:
            return after
    for line in [ln for ln in lines[:20] if ln][:6]:
        # A number printed on a line of its own near the top (the title on the next line, or a page title first),
        # or in a parenthesis under the title ("（商务部令2047年第1号）").
        line = _BRACKETED_LINE.sub(r"\g<inner>", line.strip())
        if _is_number_line(line):
            return find_numbers(line, follow_on=False)[0]
    for line in lines[:12]:
        if _PROMULGATION.match(line):
            found = find_numbers(line, follow_on=False)
            if found:
                return found[0]
    lead = _lead_number("\n".join(lines))
    if lead is not None:
        return lead
    filled = [ln for ln in lines[:30] if ln]
    for i, line in enumerate(filled[:15]):
        series = _MASTHEAD_SERIES.get(squash(line))
        if not series:
            continue
        for nxt in filled[i + 1: i + 3]:
            m = MASTHEAD_NO.match(squash(nxt))
            if not m:
                continue
            # An order of MFA has no year; every other series needs one. A masthead of "第6号" alone takes the
            # year of the signature's date; with no signed date the year is unknown and the doc_id provisional.
            printed_year = m.group("year") or m.group("byear")
            year = to_int(printed_year) if printed_year else None
            if series == "MFA-ORDER":
                if year is not None:
                    continue
            elif year is None:
                signed = _signed_on(lines) or (parse_date(meta["发文日期"]) if meta.get("发文日期") else None)
                if signed is None:
                    continue
                year = signed.year
            number = DocNumber(series, year, to_int(m.group("num") or m.group("bnum")))
            return NumberMatch(number, 0, 0, f"masthead:{nxt}")
    return _split_masthead(filled[:15]) or _closing_number(lines) or printed_apart(lines, title)


# "（公告编号：〔2045〕7号）", "文号：…": a number labelled as the notice's own in a closing line.
_CLOSING_LABEL = re.compile(r"^[（(]?\s*(?:公告编号|文号|编号|发文字号)\s*[：:]\s*(?P<no>[^（()）]+?)\s*[）)]?$")


def _closing_number(lines: list[str]) -> NumberMatch | None:
    """The number a notice prints only below its date: on a line of its own (``外交部令第128号``) or labelled
    (``（公告编号：〔2045〕7号）``); the other places away from the head are ``printed_number``'s. A number
    printed without its issuer takes the signature's, as the masthead form does; a line citing another notice
    (``注：…〔2025〕8号…``) is no number line."""
    filled = [ln.strip() for ln in lines if ln.strip()]
    dated = _last_date_line(filled)
    if dated is None:
        return None
    signer = squash(filled[dated - 1]).replace("中华人民共和国", "")
    for line in filled[dated + 1: dated + 4]:
        label = _CLOSING_LABEL.match(line)
        printed = squash(label.group("no") if label else line)
        if _is_number_line(printed):
            return find_numbers(printed, follow_on=False)[0]
        if label and MASTHEAD_NO.match(printed) and (signer in SIGNATURES or _AGENCIES_LINE.match(signer)):
            series = "不可靠实体清单工作机制" if signer == "不可靠实体清单工作机制" else signer
            found = find_numbers(f"{series}公告{printed}", follow_on=False)
            if found:
                return found[0]
    return None


# "海关总署关于对X实施出口管制的公告（2043年第9号）": the number bracketed after a title that opens with the issuer.
_TITLE_BRACKET_NO = re.compile(r"^(?P<who>海关总署|商务部|不可靠实体清单工作机制)关于.{2,100}?公告"
                               r"[（(](?P<no>(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*第\s*[\d〇○零一二三四五六七八九十百]{1,6}\s*号"
                               # "（〔2044〕3号）": the working mechanism's bracketed year.
                               r"|〔\s*\d{4}\s*〕\s*第?\s*\d{1,4}\s*号)[）)]$")


def _number_after_title(title: str) -> NumberMatch | None:
    m = _TITLE_BRACKET_NO.match(title.strip())
    if not m:
        return None
    found = find_numbers(f"{m.group('who')}公告{m.group('no')}", follow_on=False)
    return found[0] if found else None


def _split_masthead(lines: list[str]) -> NumberMatch | None:
    """A masthead no table knows, its number on the next line (``商务部、海关总署、国家原子能机构公告`` over
    ``2034第7号``, or the agencies one a line, ``公告`` and the number below): the lines read as one printed number,
    which names the issuers too."""
    for i in range(len(lines)):
        for size in (2, 3, 4, 5):
            head = "".join(squash(ln) for ln in lines[i: i + size - 1])
            if i + size > len(lines) or not _MASTHEAD_ISSUER_LINE.match(head):
                continue
            # "中华人民共和国商务部 中华人民共和国海关总署公告": the state's name before each agency is no part of it.
            joined = (head + squash(lines[i + size - 1])).replace("中华人民共和国", "")
            found = find_numbers(joined, follow_on=False)
            if found and found[0].start == 0 and found[0].end == len(joined):
                return found[0]
    return None


_MASTHEAD_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff、，,]{4,60}公告$")


def _signed_on(lines: list[str]) -> dt.date | None:
    """The date line under the signature (the last one: an annex may print dates of its own above)."""
    for i in range(len(lines) - 1, 0, -1):
        if _DATE_LINE.match(lines[i].strip()) and _after_signature(lines, i):
            return parse_date(lines[i])
    return None


def _is_qa(lines: list[str], title: str | None) -> bool:
    if title and ("答记者问" in title or "新闻发言人" in title):
        return True
    # A page under a 来源 line is a press office's answer, unless it is a notice of its own: titled as one and
    # signed by a body above its date ("某局关于…的公告" … "某局 / 2049年10月20日").
    return any(_SOURCE.match(ln) for ln in lines[:5]) and not _signed_notice(lines, title)


# "…的公告", "…的通知": the title of a notice (a Q&A is titled 答记者问, a statement 谈话).
_NOTICE_TITLE = re.compile(r"(?:公告|通知|通告|决定)$")


def _signed_notice(lines: list[str], title: str | None) -> str | None:
    """The signing body of a text titled as a notice and signed above its date line, or None."""
    return _signing_body(lines) if title and _NOTICE_TITLE.search(title.strip()) else None


def _issuer(lines: list[str], number: NumberMatch | None, title: str | None, text: str) -> str | None:
    if number is not None:
        if number.raw.startswith("masthead:"):
            return ISSUERS.get(number.number.series, "商务部")
        return issuer_of(number)
    if title and title.startswith("商务部新闻发言人") and "谈话" in title and "答记者问" not in title:
        # A statement (谈话) is the spokesman's own word, whichever office the page names as its source; a Q&A is
        # published by the office.
        return "商务部新闻发言人"
    if (signed := _signed_notice(lines, title)) is not None:
        # A notice's own signature, not the section its page names as the source; a bureau signs for the ministry.
        return SIGNATURES.get(signed) or ("商务部" if _MOFCOM_BUREAU.match(signed) else signed)
    for line in lines[:5]:
        m = _SOURCE.match(line) or _page_meta(line)
        if m and m.group("who"):
            # Customs publishes under its press office's name; it has no series of its own: the issuer is GACC.
            return "海关总署" if m.group("who") == "海关总署新闻办公室" else m.group("who")
    if title and "答记者问" in title and (closing := _closing_source(lines)) is not None and closing.group("who"):
        return closing.group("who")  # "来源：商务部新闻办公室　发布日期：…" closing the page instead of opening it
    if title and title.startswith("商务部新闻发言人"):
        return "商务部新闻发言人"
    if title and _MFA_SPOKESPERSON.search(title):
        return "外交部"  # "2033年5月6日外交部发言人答记者问": the ministry's own regular briefing
    for line in reversed(lines):
        who = SIGNATURES.get(squash(line))
        if who:
            return who
        if _MOFCOM_BUREAU.match(squash(line)):
            return "商务部"  # "商务部安全与管制局": a bureau signs for the ministry
        if _MECHANISM_OFFICE.match(squash(line)):
            return squash(line)
    # Under the Export Control Law the export-control authority that issues such announcements is MOFCOM.
    if "出口管制法" in text and "公告如下" in text:
        return "商务部"
    return _signing_body(lines) or _titled_body(title)


def _last_date_line(filled: list[str]) -> int | None:
    """Where the last date line stands among the non-blank lines: the date under the signature (an annex may print
    dates of its own above)."""
    return next((i for i in range(len(filled) - 1, 0, -1) if _DATE_LINE.match(filled[i])), None)


def _signature(lines: list[str]) -> str | None:
    """The known body that signs on the line above the last date line (a number printed between them skipped)."""
    filled = [squash(ln).removeprefix("中华人民共和国") for ln in lines if ln.strip()]
    at = _last_date_line(filled)
    if at is None:
        return None
    above = next((ln for ln in reversed(filled[:at]) if not MASTHEAD_NO.match(ln)), "")
    return SIGNATURES.get(above)


def _titled_body(title: str | None) -> str | None:
    """``中国反兴奋剂中心关于…的通告`` with no signature: the body a title opens with, before its 关于."""
    head, said, _ = (title or "").partition("关于")
    return head.strip() if said and _BODY_SIGNATURE.match(head.strip()) else None


# "国家外汇管理局", "国家税务总局上海市税务局", "中国反兴奋剂中心", "上海证券交易所": a body of any kind signing
# above the date line, named by the word its kind of body ends with.
_BODY_SIGNATURE = re.compile(r"^[一-鿿]{2,30}?(?:局|部|署|委员会|办公室|政府|厅|机制|银行|中心|所|院|协会|联合会"
                             r"|集团|公司)$")


def _signing_body(lines: list[str]) -> str | None:
    """The body that signs on the line above the last date line, as printed."""
    filled = [squash(ln) for ln in lines if ln.strip()]
    at = _last_date_line(filled)
    if at is None or not _BODY_SIGNATURE.match(filled[at - 1]):
        return None
    return filled[at - 1]


def _published(lines: list[str], meta: dict[str, str], hints: PageHints, is_qa: bool,
               text: str) -> dt.date | None:
    if meta.get("发文日期"):
        day = parse_date(meta["发文日期"])
        if day:
            return day
    lead = _lead_day(text, lines)
    if lead:
        return lead  # a reprint: the notice's date told in the lead, not the date of the reprint
    signed = _signed_day(lines)
    if signed and not is_qa:
        return signed  # the notice's own date: a mirror's 发布时间 lags it (SOURCES §4)
    for line in lines[:6]:
        if _SOURCE.match(line) or _PAGE_DATE.match(line) or _PROMULGATION.match(line):
            day = parse_date(line)
            if day:
                return day
        meta_line = _page_meta(line)
        if meta_line and meta_line.group("day") and (day := _day_of(meta_line.group("day"))):
            return day
    if signed:
        return signed
    if (closing := _closing_source(lines)) is not None and (day := parse_date(closing.group(0))):
        return day
    filled = [ln.strip() for ln in lines if ln.strip()]
    if not is_qa and len(filled) > 1 and _DATE_LINE.match(filled[-1]):
        return parse_date(filled[-1])  # "二〇四六年一月二十七日" closing an order signed with its date alone
    if hints.published:
        return hints.published
    if lines and (briefing := _BRIEFING_DAY.match(lines[0].strip())):
        return parse_date(briefing.group("d"))  # "2037年12月15日外交部发言人例行记者会": a briefing by its day
    if is_qa:
        found = find_dates(text)
        if found:
            return found[0].date
    return None


_CLOSING_LINES = 3


def _closing_source(lines: list[str]) -> re.Match[str] | None:
    """A 来源 line among the last lines of a page: the source and its date printed below the text."""
    tail = [ln.strip() for ln in lines if ln.strip()][-_CLOSING_LINES:]
    return next((m for ln in reversed(tail) if (m := _SOURCE.match(ln))), None)


def _signed_day(lines: list[str]) -> dt.date | None:
    """The date under the signature."""
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line) and i > 0 and _after_signature(lines, i):
            return parse_date(line)
    return None


def _after_signature(lines: list[str], i: int) -> bool:
    for prev in reversed(lines[:i]):
        if not prev:
            continue
        s = squash(prev)
        if MASTHEAD_NO.match(s):
            continue  # "〔2046〕9号" printed between the signature and the date
        # "中华人民共和国外交部": the state's name before the signing body.
        return s.removeprefix("中华人民共和国") in SIGNATURES or s in ("（商务部代章）", "(商务部代章)") \
            or bool(_AGENCIES_LINE.match(s)) \
            or bool(_ONE_AGENCY.match(s)) \
            or bool(_MINISTER.match(s)) or bool(_MECHANISM_OFFICE.match(s))
    return False
