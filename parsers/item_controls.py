"""Export controls on items (goods), as against measures on listed entities."""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.action_context import (
    _BRING_UNDER,
    _CONTROL_APPROVED,
    _CONTROL_BY_BODY,
    _CONTROL_DECISION,
    _CONTROL_FROM,
    _CONTROL_SENTENCE,
    _CONTROL_WORDING,
    _ITEM,
    _LICENCE,
    _LICENCE_AT_BORDER,
    _START_BEFORE,
    CONTROL_VERB,
    DISCLAIMS,
    Context,
    _trim,
    measures_after,
)
from policywatch.parsers.dates import parse_date, start_date, table_starts
from policywatch.parsers.numbers import find_numbers
from policywatch.parsers.status_targets import _series
from policywatch.parsers.types import Action

# "对已受理的出口申请，终止审查": export licence applications, which only a control on goods has; entities on a
# list are named as 实体, never licensed one application at a time.
# "该公告所列物项…恢复按一般货物出口", "无需再申领两用物项出口许可证件": the changed notice listed goods under licence.
_LICENSING = re.compile(r"出口(?:许可)?申请|许可(?:申请|决定)|所列物项|出口许可证件")


def _licensed_goods(body: str, targets: list[str]) -> bool:
    """A whole MOFCOM notice changed in a text about export licences and no entity: the notice is an item control."""
    return bool(targets) and {_series(t) for t in targets} == {"MOFCOM"} and bool(_LICENSING.search(body)) \
        and "实体" not in body


# "根据商务部 海关总署公告2026年第81号，自…起，对相关物项实施出口管制": the control of the cited notice, recited.
_RECITED_CONTROL = re.compile(
    r"(?:^|[。\n])\s*根据[^。，《]{0,30}?公告\s*\d{4}\s*年?\s*第\s*\d+\s*号[^。]*?实施出口管制")


# "本公告自2049年4月1日起执行": the customs notice's own start, in a line of its own after the recital.
_OWN_START = re.compile(r"(?:^|[\n。])\s*(?:[一二三四五六七八九十]{1,3}、\s*)?本公告自[^。，]{4,24}?起(?:正式)?"
                        r"(?:执行|实施|施行)")
# "出口上述物项的，…应当…填报出口许可证件编号": a duty the notice lays on exporters at the border.
_BORDER_DUTY = re.compile(r"出口[^。]{0,20}?(?:物项|货物|产品)的[^。]{0,60}?应当[^。]{0,60}?许可证")


def _start_of(start: str, published: dt.date | None) -> dt.date | None:
    """``自2026年12月1日起`` → that day; ``即日起`` → the day of publication."""
    return published if "即日" in start else start_date(start, published)[0]


# "为落实商务部公告2048年第9号，": the notice cited as the one this notice implements at the border, not as its ground.
_IMPLEMENTS = re.compile(r"^\s*为(?:贯彻)?(?:落实|执行|实施)[^。，]{0,40}?[，,]\s*$")


# "一、自某年某月某日起，出口上述物项的，…": the first item of the control opens with when it applies.
_OPENS_WITH_START = re.compile(r"^自[^。，]{4,24}?起[，,]")


# "《…许可证管理办法》": the title of a law or rule (a catalogue, 《…目录》, is kept).
_LAW_TITLE = re.compile(r"《[^》]{2,60}?(?:法|条例|办法|规定|细则)》")


def _first_item_start(body: str, pos: int, published: dt.date | None) -> dt.date | None:
    """The start the first item after ``公告如下：`` states at its head, else the first dated start any item states
    (``一、出口上述物项的，自A起应当…``): the control's, when no line says when the notice itself applies."""
    items = [m.group("text") for ln in body[pos:].split("\n") if (m := _ITEM.match(ln.strip()))]
    # "商务部决定：\n自A起，下列物项…": the words after the intro open with the start, numbered or not.
    start = _OPENS_WITH_START.match(body[pos:].lstrip(" \n")) or (_OPENS_WITH_START.match(items[0]) if items else None)
    if start:
        return _start_of(start.group(0), published)
    return next((day for text in items if (day := start_date(text, published)[0]) and parse_date(text)), None)


# "自2043年8月15日起，出口上述物项的，…": the start of the control decided in the sentence before.
_NEXT_START = re.compile(r"\s*(?P<start>自[^。，]{4,24}?起)[，,]\s*[^。]{0,12}?(?:上述|前述|该|所述)"
                         r"(?:物项|货物|产品|商品)")


def _start_next(body: str, pos: int, published: dt.date | None) -> dt.date | None:
    """The start the sentence after ``pos``'s opens with for the items decided there, or None."""
    end = body.find("。", pos)
    m = _NEXT_START.match(body, end + 1) if end >= 0 else None
    return _start_of(m.group("start"), published) if m else None


def _control(ctx: Context, effective: dt.date | None) -> Action | None:
    body = ctx.body
    if not re.search(rf"两用物项|出口许可证管理|出口管制|{CONTROL_VERB}|出口(?:实施|采取)(?:管制|管控)", body):
        return None
    if not _CONTROL_WORDING.search(_LAW_TITLE.sub("", DISCLAIMS.sub("", body))):
        # A notice on dual-use licensing that controls nothing (受理, 纸质材料, 在线办理); the law it rests on
        # (《…许可证管理办法》) is no control of its own.
        return None
    recited = _RECITED_CONTROL.search(body)
    if recited and not re.search(rf"决定[^。]*?{CONTROL_VERB}", body):
        # Customs recites the control of the cited joint notice. Only when it decides a step of its own on it
        # ("海关总署决定将上述物项纳入…许可证管理目录") is it read as that control, from the date it states; a
        # notice that only tells exporters how to declare acts on nothing of its own (review flags it).
        recital = body[recited.start(): body.find("。", recited.end()) if "。" in body[recited.end():] else None]
        from_day, found = start_date(recital, ctx.published)
        clause = re.search(r"对[^。，]{2,80}?实施出口管制", recital)
        own = _OWN_START.search(body[recited.end():])
        if own and effective is not None and clause and _BORDER_DUTY.search(body[recited.end():]):
            # "…公告如下：一、出口上述物项的，…应当…许可证件…。三、本公告自A起执行。": the duties it sets at the
            # border, in force from its own stated start, are the control as customs applies it.
            return Action("control", "ITEM", (), (), effective, None, False, (_trim(clause.group(0)),), None)
        if not found or from_day is None or not clause or not re.search(r"决定将[^。]{2,40}?纳入", recital):
            return None
        return Action("control", "ITEM", (), (), from_day, None, False, (_trim(clause.group(0)),), None)
    decided = _CONTROL_SENTENCE.search(body)
    if effective is None and decided and decided.group("start"):
        # "决定自…起对X实施出口管制": the start is stated in the decision sentence itself.
        effective = _start_of(decided.group("start"), ctx.published)
    elif effective is None and decided \
            and (before := _START_BEFORE.search(body[body.rfind("。", 0, decided.start()) + 1: decided.start()])):
        # "自A起，商务部决定对X实施出口管制": the start put before the body that decides.
        effective = _start_of(before.group("start"), ctx.published)
    if effective is None and decided:
        effective = _start_next(body, decided.end(), ctx.published)
    measures: list[str] = []
    # "商务部决定：" over the start and the items opens them as "公告如下：" does.
    intro = re.search(r"(?:(?:公告|规定)如下|决定)[：:]", body)
    if intro:
        measures = measures_after(body, intro.end())
        if effective is None:
            effective = _first_item_start(body, intro.end(), ctx.published)
    if not measures:
        decision = _CONTROL_DECISION.search(body)
        if decision:
            measures = [_trim(decision.group("m"))]
    if not measures:
        sentence = _CONTROL_SENTENCE.search(body)
        if sentence:
            measures = [_trim(sentence.group("m"))]
            if effective is None and sentence.group("start"):
                effective = _start_of(sentence.group("start"), ctx.published)
    if not measures:
        stated = _CONTROL_FROM.search(body)
        if stated:
            measures = [_trim(stated.group("m"))]
            if effective is None:
                effective = _start_of(stated.group("start"), ctx.published)
    if not measures:
        approved = _CONTROL_APPROVED.search(body) or _CONTROL_BY_BODY.search(body)
        if approved:
            measures = [_trim(approved.group("m"))]
    if not measures:
        brought = _BRING_UNDER.search(body)
        if brought:
            measures = [_trim(brought.group("m"))]
            start = brought.group("start") or ""
            if effective is None and start:
                effective = _start_of(start, ctx.published)
    if not measures:
        licence = _LICENCE.search(body)
        if licence:
            measures = [_trim(licence.group("m"))]
    border = _LICENCE_AT_BORDER.search(body) if not measures else None
    lead_in = body[max(body.rfind("。", 0, border.start()), body.rfind("\n", 0, border.start())) + 1: border.start()] \
        if border else ""
    if border and (not find_numbers(lead_in) or _IMPLEMENTS.match(lead_in)):
        # "根据<notice>，自A起，出口X的，应当…提交许可证" recites the cited notice's control, from its start; only a
        # start of the notice's own (an item "一、自A起，…") is a control it states, or the step the notice says
        # it takes to implement the cited one ("为落实<notice>，自A起，出口X的，…").
        measures = [_trim(border.group("m"))]
        effective = effective or _start_of(border.group("start"), ctx.published)
    if not measures:
        return None
    if effective is None and len(set(column := table_starts(body))) == 1:
        # "对下表所列物项实施出口监管" and every row's 实施日期 the same day: the control starts then.
        effective = column[0]
    return Action("control", "ITEM", (), (), effective or ctx.published, None, False, tuple(measures), None)
