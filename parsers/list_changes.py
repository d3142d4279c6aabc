"""Additions to a list and removals from it, with the earlier listings a removal cites."""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers import registry
from policywatch.parsers.action_context import (
    _ABOVE_COUNT,
    _BACK_COUNT,
    _GENERIC_OBJECT,
    _INLINE_MEASURE,
    _INLINE_MEASURE_COLON,
    _LISTED_BY,
    _LISTING_CITED,
    _LISTS,
    _MEASURES_INTRO,
    _ONE_POINTER,
    _POINTER,
    Context,
    _check_count,
    _country,
    _entities_from,
    _stated_count,
    _trim,
    list_of,
    measures_after,
    qualify_bare,
)
from policywatch.parsers.dates import find_dates
from policywatch.parsers.entities import guess_kind, leading_country, prose_names, prose_orgs, split_inline
from policywatch.parsers.name_lines import _NAME_BRACKETED, _below_start, _listed_after_colon, _listed_later
from policywatch.parsers.numbers import NumberMatch, find_numbers
from policywatch.parsers.numerals import CN_NUMBER_CHARS, to_int
from policywatch.parsers.text import split_depth0
from policywatch.parsers.types import Action, Entity, ListName


def _add(ctx: Context, m: re.Match[str], effective: dt.date | None, country: str | None) -> Action:
    list_name = list_of(m.group("list"))
    pairs, count, deng = split_inline(m.group("seg"))
    country = country or leading_country(pairs)
    tail = ctx.body[m.end():]
    intro = _MEASURES_INTRO.match(tail)
    below = None if ctx.annex else _listed_after_colon(ctx, m.group("seg"), m.end())
    if intro and below and not tail[intro.end(): _below_start(ctx, m.end())].strip():
        # "…，并采取以下反制裁措施：" and the names first: the measures are numbered below the names.
        measures = measures_after(ctx.body, below[1])
    elif intro:
        measures = measures_after(tail, intro.end())
    else:
        inline = _INLINE_MEASURE.match(tail) or (_INLINE_MEASURE_COLON.match(tail) if below else None)
        measures = [_trim(inline.group("m"))] if inline else []
    head = ctx.body[max(ctx.body.rfind("。", 0, m.start()), ctx.body.rfind("\n", 0, m.start())) + 1: m.start()]
    named_before = prose_orgs(head) + prose_names(head) if m.group("seg").strip() == "其" and not ctx.annex else []
    if below:
        entities = [Entity(e.name_zh, e.name_en, e.country or country, e.kind) for e in below[0]]
    elif named_before:
        # "二、A（…）及B（…）参与…，决定将其列入…": 其 is who the sentence names before its 决定.
        entities = [Entity(zh, en, country or leading_country(named_before), guess_kind(zh, en, rest))
                    for zh, en, rest in named_before]
    else:
        entities = _entities_from(ctx, pairs, count, deng, country)
        later = _listed_later(ctx, tail) if not ctx.annex and count is not None and len(entities) < count else []
        if len(later) > len(entities):
            # "将X等3家实体列入…" and, paragraphs later, "被列入名单的3家实体为：" with the numbered names.
            entities = [Entity(e.name_zh, e.name_en, e.country or country, e.kind) for e in later]
    sentence_end = tail.find("\n\n")
    after = tail if sentence_end < 0 else tail[: sentence_end + 400]
    action = Action("add", list_name, tuple(entities), (), effective, None, False, tuple(measures),
                    _stated_count(ctx, count, after, listing=True))
    _check_count(ctx, action)
    return action


# "<notice A>所列X和<notice B>所列Y": the names of a listing cited before the last one, up to the next citation.
_EARLIER_PICK = re.compile(r"\s*(?:（[^（）]*）|）)?\s*(?:公告|决定|令)?所列的?(?P<obj>.+?)"
                           r"\s*(?:和|及|与|、|，|,)\s*对?\s*$")


def _earlier_listing_names(ctx: Context, text: str,
                           found: list[NumberMatch | None]) -> tuple[list[Entity], list[str]]:
    """The names after each cited number but the last (``found`` ends with None where the text itself ends after
    the last one's 所列), and the objects that name a whole listing (``实体``)."""
    earlier: list[Entity] = []
    whole: list[str] = []
    for before, after in zip(found, found[1:], strict=False):
        if before is None:
            continue
        pick = _EARLIER_PICK.match(text[before.end: after.start if after else len(text)])
        if pick and _GENERIC_OBJECT.match(pick.group("obj")):
            whole.append(pick.group("obj"))
        elif pick:
            pairs, count, deng = split_inline(pick.group("obj"))
            earlier.extend(_entities_from(ctx, pairs, count, deng, _country(ctx) or leading_country(pairs)))
    return earlier, whole


def _remove(ctx: Context, m: re.Match[str], effective: dt.date | None, country: str | None) -> Action:
    """``决定将A（…）、B（…）移出<list>（<listing notice>）``: the entities, and the notices that listed them."""
    list_name = list_of(m.group("list")) or list_of(m.group("seg")) or _list_named_before(ctx.body, m)
    seg = m.group("seg")
    cited = ""
    rel = _LISTED_BY.match(seg)
    if rel:
        cited, seg = rel.group("rel"), seg[rel.end():]
    pairs, count, deng = split_inline(seg)
    cite = (m.groupdict().get("pre") or "") + "。" + m.group("cite")
    below = None if ctx.annex else _listed_after_colon(ctx, seg, m.start("seg"))
    if below:
        entities = [Entity(e.name_zh, e.name_en, e.country or country, e.kind) for e in below[0]]
        cite = re.split(r"[：:]", cite, maxsplit=1)[0]
    elif seg.strip() == "其" and not ctx.annex:
        # "应上述3家实体申请，…决定将其移出…": 其 is every entity the recited listing named; the count the
        # sentence states before it checks them.
        recited, recited_count = _recited_names(ctx.body, list_name, m.start())
        head = ctx.body[ctx.body.rfind("。", 0, m.start()) + 1: m.start()]
        if not recited:
            # "鉴于A公司（…）已纠正其行为，…决定将其移出…": 其 is who the sentence's reason clause names.
            recited = prose_orgs(head) + prose_names(head)
        if not recited:
            # "…对依据X公告列入清单的A公司（…）提出的申请进行了审查。…决定即日起将其移出": who the body named before.
            before = ctx.body[: m.start()]
            recited = prose_orgs(before) + prose_names(before)
        entities = [Entity(zh, en, country or leading_country(recited), guess_kind(zh, en, rest))
                    for zh, en, rest in recited]
        if not entities:
            ctx.warnings.append("a removal of 其 names no one it applies to: who is removed must be checked")
        told = _BACK_COUNT.findall(ctx.body[ctx.body.rfind("列入", 0, m.start()): m.start()])
        if _ABOVE_COUNT.search(head):
            count = _stated_count(ctx, None, head)
        elif told:
            # "将A和B等10家企业列入…。该两家实体已纠正…。…决定将其移出": 其 is the two the text pointed back at since
            # the listing, not the ten it listed.
            count = to_int(told[-1])
        else:
            count = recited_count
    elif _ONE_POINTER.match(seg.strip()) and not ctx.annex:
        # "经核查，A公司（…）已配合…。商务部决定将该实体移出关注名单": the one entity the text named before.
        named = prose_orgs(ctx.body[: m.start()]) + prose_names(ctx.body[: m.start()])
        entities = [Entity(zh, en, country or leading_country(named), guess_kind(zh, en, rest))
                    for zh, en, rest in named]
        count = 1
    else:
        entities = _entities_from(ctx, pairs, count, deng, country or leading_country(pairs))
        if cited:
            # "将<notice A>所列X、<notice B>所列Y移出…": the names of the listings cited before the last one.
            qualified = qualify_bare(cited, list_name)
            entities = _earlier_listing_names(ctx, qualified, find_numbers(qualified) + [None])[0] + entities
    targets = [f.number.doc_id for f in find_numbers(qualify_bare(cited + "。" + cite, list_name))]
    if not targets and below:
        # "1. A（…）（列入依据：<notice>）": each name below cites the listing that put it on the list.
        listed = ctx.body[m.start("seg"): below[1]]
        targets = [f.number.doc_id for b in _LISTED_UNDER.finditer(listed)
                   for f in find_numbers(qualify_bare(b.group("by"), list_name))]
    if not targets:
        targets = _listing_cited(ctx.body, list_name, m.start(), ctx.title) \
            or _listing_told_after(ctx.body, list_name, m.end(), entities)
    action = Action("remove", list_name, tuple(entities), tuple(dict.fromkeys(targets)),
                    effective, None, False, (), count)
    _check_count(ctx, action)
    return action


# "A（…）、B（…）两家实体适用的…措施": the names of a status change before its measures, the notice cited after.
_NAMES_BEFORE_MEASURES = re.compile(
    rf"^(?P<run>{_NAME_BRACKETED}(?:\s*[、和及与]\s*{_NAME_BRACKETED})*)\s*"
    rf"(?:(?:\d{{1,3}}|[{CN_NUMBER_CHARS}两]{{1,3}})\s*[家名个](?:实体|企业|公司|机构|单位|人员))?(?:适用|所受|受到)的")
# "（列入依据：商务部公告2025年第21号）", "（依据：…）" after a name: the listing of that name.
_LISTED_UNDER = re.compile(r"[（(](?:列入)?(?:依据|根据|公告)[：:](?P<by>[^（）()]+)[）)]")


def _list_named_before(body: str, m: re.Match[str]) -> ListName | None:
    """``…列入出口管制管控名单。…将其中以下3家实体移出该名单``: 该名单 is the list the sentence before names."""
    if not m.group("list").startswith(("该", "上述")):
        return None
    sentence_before = body.rfind("。", 0, body.rfind("。", 0, m.start())) + 1
    named = re.findall(_LISTS, body[sentence_before: m.start()])
    return list_of(named[-1]) if named else None


def _listing_cited(body: str, list_name: ListName | None, decided_at: int, title: str | None = None) -> list[str]:
    """The notice that listed the entities, cited once in the preamble of a removal (``对X公告所列部分实体…``).
    The title line is skipped: ``商务部公告…号 关于A不再列入…名单的公告`` holds the notice's own number."""
    own_title = len(title) if title and body.startswith(title) else 0
    for m in _LISTING_CITED.finditer(body, own_title):
        if m.group("list") and list_of(m.group("list")) != list_name:
            continue
        # Its own paragraph: the masthead's number is this notice's.
        cite = (m.group("cite") or m.group("into")).rsplit("\n", 1)[-1]
        # "X系工作机制1月2日公告（〔2025〕1号）列入不可靠实体清单的企业": a bare UEL number, qualified by the list.
        found = find_numbers(qualify_bare(cite, list_name))
        if found:
            return [found[-1].number.doc_id]
        dates = find_dates(cite)
        # "自A起，将上述公告所列X调出…": A is a start and 上述公告 points back; only "A公告" cites by its date.
        dated = bool(dates) and cite.endswith("公告") and not _POINTED_NOTICE.search(cite) \
            and not _START_AT.match(cite[dates[-1].end:])
        by_date = registry.cite_listing(list_name, dates[-1].date) if dated else None
        if by_date:
            return [by_date]  # "对2025年4月9日公告所列实体": the listing cited by its date alone
    return _past_listing(body, list_name, decided_at) or _listed_back(body, list_name, decided_at)


_POINTED_NOTICE = re.compile(r"(?:上述|前述|该|此)(?:公告|决定|令)$")
_START_AT = re.compile(r"\s*(?:零时|0时)?\s*(?:起|开始)")


# "…移出管控名单。上述实体系由商务部公告2028年第30号列入管控名单。": the listing told after the decision, of the
# entities it removed ("上述企业是<notice>所列企业", "…系<notice>列入" say the same).
# "两家企业均于…经<notice>列入管控名单": the same, the entities counted at the head of the sentence.
_LISTED_BACK = re.compile(rf"(?:(?:上述|以上|前述|该)[^。，]{{0,8}}?"
                          # "注：两家企业于…被列入清单": a note after the signature says the same.
                          rf"|(?:^|(?<=[。\n]))\s*(?:注[：:])?\s*(?:\d{{1,3}}|两|[一二三四五六七八九十]{{1,3}})\s*[家名])"
                          rf"(?:实体|企业|公司|机构|单位)"
                          rf"(?P<how>[^。]{{0,40}}?)(?:列入(?P<list>{_LISTS}|该?(?:清单|名单))?|所列)")


def _listed_back(body: str, list_name: ListName | None, decided_at: int) -> list[str]:
    for m in _LISTED_BACK.finditer(body, decided_at):
        # "上述企业系由〔2029〕3号公告列入清单": a bare bracketed number on the UEL is that series'.
        found = find_numbers(qualify_bare(m.group("how"), list_name))
        if found and list_of(m.group("list") or "") in (list_name, None):
            return [found[-1].number.doc_id]
    return []


# "2025年9月25日，工作机制发布公告（…〔2025〕9号），将X等实体列入不可靠实体清单。": the listing a removal undoes,
# told as a past event before the decision.
_PAST_LISTING = re.compile(rf"(?P<before>[^。]*?)列入(?P<list>{_LISTS})(?!的)(?P<after>\s*[（(][^（()）。]*[）)])?")


def _past_listing(body: str, list_name: ListName | None, decided_at: int) -> list[str]:
    """The listing told before the removal's own decision sentence (at ``decided_at``): an order's preamble
    ("现公布《关于…的决定》") says 决定 before the listing it undoes is told, so the first 决定 is no bound."""
    for m in _PAST_LISTING.finditer(body[:decided_at]):
        if list_of(m.group("list")) != list_name:
            continue
        before = m.group("before").rsplit("\n", 1)[-1]  # the paragraph of the sentence, not the masthead's number
        # "…列入管控名单（商务部公告2025年第13号）": the number may follow in brackets.
        # "…发布公告（〔2025〕9号），将X列入不可靠实体清单": a bare UEL number, qualified by the list.
        found = find_numbers(qualify_bare(before, list_name)) or find_numbers(m.group("after") or "")
        if found:
            return [found[-1].number.doc_id]
        dates = find_dates(before)
        # "…发布公告，将X列入…" or "商务部于2025年1月2日将X列入…": the listing of that day on that list.
        if dates and ("公告" in before or re.search(r"于\s*\d{4}\s*年", before)):
            cited = registry.cite_listing(list_name, dates[-1].date)
            return [cited] if cited else []
    return []


def _listing_told_after(body: str, list_name: ListName | None, decided_at: int, removed: list[Entity]) -> list[str]:
    """The listing told after the removal, of an entity it removes: a news lead tells the removal first, then
    "工作机制依据公告〔2025〕3号将A公司列入不可靠实体清单". Only a listing naming one removed is theirs."""
    names = [n for e in removed for n in (e.name_zh, e.name_en) if n]
    for m in _PAST_LISTING.finditer(body, decided_at):
        before = m.group("before").rsplit("\n", 1)[-1]
        if list_of(m.group("list")) != list_name or "将" not in before:
            continue
        cite, _, listed = before.rpartition("将")
        found = find_numbers(qualify_bare(cite, list_name))
        if found and any(n in listed for n in names):
            return [found[-1].number.doc_id]
    return []


def _recited_names(body: str, list_name: ListName | None,
                   decided_at: int) -> tuple[list[tuple[str | None, str | None, str]], int | None]:
    """The names of the listing told before the decision (``…发布公告…，将A（…）、B（…）列入<list>``) and the
    count it states (``A等11家``), or ([], None)."""
    for m in _PAST_LISTING.finditer(body[:decided_at]):
        before = m.group("before")
        line = before.rsplit("\n", 1)[-1].rstrip()
        if list_of(m.group("list")) != list_name:
            continue
        if "将" not in line and line.endswith("被"):
            # "依据<notice>，A（…）、B（…）被列入<list>": the listing told in the passive, the names its subject (a
            # title above, "关于将2家实体移出…", holds a 将 of its own).
            named = split_depth0(line[:-1], "，,；")[-1]
        elif "将" in before:
            named = before.rsplit("将", 1)[-1]
        else:
            continue
        pairs, count, _deng = split_inline(named)
        return ([], count) if any(zh and _POINTER.match(zh) for zh, _en, _rest in pairs) else (pairs, count)
    return [], None
