"""Relevance and doubt: whether a notice concerns a list or a control, and why a human must read it.

A notice is list-relevant by its issuer (the UEL working mechanism, an order of MOFCOM or MFA, the Security and
Control Bureau, a joint notice of customs on export control) or by its operative wording (a list, a
countermeasure, a decision on export control or on measures of an earlier notice). It needs review when it is
relevant and policywatch could not read it completely: no action, a stated count that differs from the entities
found, an unreadable date, an unresolved period, citation or target, a text that looks cut off, or a provisional
doc_id. A reading that looks complete is doubted where the text says more than was read: a relaxation verb
beside a new control, a period with no end, a citation no action names, a role, a comma or a 和 left inside a
name, a name split at 、. A notice read completely is not flagged: the reasons are facts about the reading, never a
default.
"""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.action_context import (
    CONTROL_WORDS_ANY,
    COUNTER_LAW,
    DISCLAIMS,
    LIST_WORDS,
    OTHER_DOMAIN,
    REPEATED,
    STATUS_VERB,
    UNRELATED_TO,
    VETOED,
    provides_rule,
    qualify_bare,
    recalled,
)
from policywatch.parsers.crosscheck import crosscheck
from policywatch.parsers.dates import disagreeing_repetitions, impossible_dates
from policywatch.parsers.entities import (
    OFFICES,
    ORG_WORDS,
    ROLE_WORDS,
    cut_last_item,
    looks_like_clause,
    strip_country_word,
    unclosed_bracket,
)
from policywatch.parsers.kept_out import kept_out_doubts
from policywatch.parsers.numbers import find_numbers
from policywatch.parsers.numerals import CN_NUMBER_CHARS
from policywatch.parsers.own_series import later_own_citations
from policywatch.parsers.traditional import to_simplified
from policywatch.parsers.types import Action, Entity

_LIST_WORDS = re.compile("|".join(word for word, _ in LIST_WORDS) + r"|反制(?:裁)?措施")
_ACTING = re.compile(r"列入|移出|暂停|停止|恢复|取消|终止|废止|采取|实施|禁止|冻结|解除|不予")
_CONTROL_WORDS = re.compile(r"出口管制|两用物项")
# The verbs of licensing administration share the list verbs (恢复受理申请, 取消纸质许可证): not a list or a control.
_ADMIN_OBJECT = r"(?!受理|办理|纸质|电子|[^。，]{0,8}申请)"
_OPERATIVE = re.compile(
    rf"(?:决定|经批准|经研究)[^。]*?(?:(?:列入|移出|移除|暂停|停止|恢复|取消|终止){_ADMIN_OBJECT}|{CONTROL_WORDS_ANY}|纳入出口管制"
    r"|纳入管制|禁止|不予许可)"
)
# A sentence that controls exports, whoever issues it: a decision or a start, then 对X(的出口)实施管制 / 实施出口管制
# / 采取管控措施; or a status verb on 管制措施. Such a notice is relevant; if no action is read from it, a human
# must read it (never silent). Policy talk without an object and a start ("中方依法依规实施出口管制", "出口管制措施
# 不针对特定国家") is not a control.
# The grammar's status verbs, or 调整 (an adjustment of 管制措施 is a change of a control too).
_ADJUSTING = rf"(?:{STATUS_VERB}|调整)"
_CONTROLLING = re.compile(
    rf"(?:决定|自[^。]{{2,30}}?起|即日起)[^。]*?对[^。]{{2,80}}?(?:{CONTROL_WORDS_ANY}|出口(?:实施|采取)(?:管制|管控))"
    rf"|{_ADJUSTING}(?:实施|执行)?[^。]{{0,20}}?管[制控]措施|管[制控]措施[^。]{{0,12}}?{_ADJUSTING}"
    r"|决定[^。]{0,12}?加强[^。]{0,40}?(?:出口管制|出口管控)"
    rf"|对[^。，]{{2,60}}?(?:{CONTROL_WORDS_ANY}|的出口(?:实施|采取)(?:管制|管控))")
# "决定对X采取以下措施": a decision taking measures against someone.
_DECIDES_MEASURES = re.compile(r"决定[^。]*?(?:采取|实施)[^。]{0,20}?措施")
# Policy talk or a question about controls, not a control: "中方一贯依法对…实施出口管制", "是否会对…实施管制？".
_POLICY_TALK = re.compile(r"一贯|依法依规|始终|是否|如何|怎么看|？|\?|不针对")
# "列入管控名单和不可靠实体清单的实体总数": the lists named in a relative clause, no listing done by the sentence.
# "共有120家实体被列入管控名单", "已被移出关注名单": a state told in the passive, no change made by the sentence.
_LISTED_RELATIVE = re.compile(r"列入(?:[^。，；]{0,30}?(?:清单|名单))+的"
                              r"|被(?:列入|移出|移除)[^。，；]{0,30}?(?:清单|名单)"
                              # "海关重点关注名单": customs' own list of firms it inspects more, not the watch list.
                              r"|重点关注(?:名单|清单)"
                              # "核查管控名单的列入和移出情况": the changes named as things to look up, none made.
                              r"|(?:清单|名单)的?(?:列入|移出|调整)(?:[和、及与或](?:列入|移出|调整))?(?:情况|信息|动态)")
_CITED_NOTICE = re.compile(r"商务部[^。，]{0,40}?公告\s*\d{4}\s*年?\s*第\s*\d+\s*号")
_RELEVANT_SERIES = ("UEL-", "MOFCOM-ORDER-", "MFA-ORDER-")
_ANNEX_ANNOUNCED = re.compile(r"见附件|后附|附件[：:]|（附件）")
# "附件：统计口径说明", "附件：…物项清单（略）": an annex that describes, or one the printer leaves out on purpose,
# is no list of names cut off.
_ANNEX_NOT_A_LIST = re.compile(r"附件[：:][^\n]*?(?:说明|口径|指南|样表|格式|（略）|\(略\))\s*$", re.MULTILINE)
# "附件：某物项技术参数.pdf": an annex published as a file beside the page, not printed in it.
_ANNEX_FILE = re.compile(r"附件\d*[：:][^\n]*?\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)\s*$", re.MULTILINE | re.IGNORECASE)
_CUT_MID_ITEM = re.compile(r"[、，,（(：:]$")


# The subject of a notice on licensing or statistics (its title): the bureau issues these too, and they name the
# lists and the list verbs (取消/恢复受理) without changing a list or a control.
# An event told as news (举办, 召开, 宣讲会, 座谈会) is no decision either, whatever list it describes.
# A guideline published or a draft law put to consultation talks about the lists and what they do, deciding nothing;
# so does a 政策解读 explaining a law.
_ADMIN_SUBJECT = re.compile(r"统计|便利|许可申请|通用许可|受理|办理|许可证件|咨询|培训|宣介|宣讲|论坛|说明会"
                            r"|研讨|座谈|讲座|举办|召开|指南|指引|征求意见|修正草案|草案|条例|实施细则|查询|解读"
                            # An office's move: where to write, no change of a list.
                            r"|办公地址|联系方式")
# A page's meta line above its title ("来源：某司 类型：原创 2026-12-03"): not the title.
_META_LINE = re.compile(r"^(?:来源|发布时间|发布日期|时间|日期)[：:]|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
# A verb that changes a list or a control, outside licensing administration.
_LIST_VERB = re.compile(
    rf"(?:列入|移出|移除|暂停|停止|恢复|取消|终止|废止|解除){_ADMIN_OBJECT}|{CONTROL_WORDS_ANY}|出口(?:实施|采取)(?:管制|管控)"
    r"|纳入(?:出口)?管制"
    r"|实施[^。，]{0,6}?许可证管理")


# A status verb on the measures of a cited notice (by number or by date): a list or control notice even when it
# names no list. Trade remedies, tariffs and inspection share the verbs and are not.
_STATUS_OF_CITED = re.compile(
    r"(?:暂停|停止|恢复|终止|废止|解除)[^。]{0,40}?(?:公告|〔\d{4}〕\d+号|第\d+号)[^。，]{0,16}?(?:相关|有关|规定的)?措施"
    r"|(?:公告|〔\d{4}〕\d+号|第\d+号)[^。，]{0,16}?(?:相关|有关)措施[^。]{0,20}?(?:暂停|停止|恢复|终止|废止|解除)"
    # "…第46号第二项的暂停实施期限即将届满": a clause of a cited notice, suspended.
    # "第46号第（二）项，自A起至B止继续暂停实施": the clause bracketed, its period between it and the verb.
    rf"|第\d+号\s*第[（(]?[{CN_NUMBER_CHARS}\d]{{1,3}}[）)]?[款项条][^。]{{0,48}}?(?:暂停|停止|恢复|终止|废止|解除)"
    # "对工作机制公告〔2025〕8号所列实体暂停实施相关处理措施": the cited listing's entities, then the verb.
    r"|(?:公告|〔\d{4}〕\d+号|第\d+号)[^。，]{0,16}?(?:暂停|停止|恢复|终止|解除)[^。，]{0,12}?措施")

# A release in English ("…has decided to add the following two U.S. entities to the Export Control Control List"):
# a list named in a sentence that decides, adds, removes or suspends.
_EN_LIST = re.compile(r"Unreliable Entit(?:y|ies) List|Export Control (?:Control|Watch) List|Countermeasure List"
                      r"|countermeasures?|export controls?", re.IGNORECASE)
_EN_ACTING = re.compile(r"\b(?:decided?|decision|add(?:s|ed|ing)?|remov(?:e|es|ed|ing)|suspend(?:s|ed|ing)?"
                        r"|resum(?:e|es|ed|ing)|lift(?:s|ed|ing)?|impos(?:e|es|ed|ing)|terminat(?:e|es|ed|ing))\b",
                        re.IGNORECASE)


# "目前没有调整…清单的安排", "暂停、恢复情况也没有变化": a clause saying that nothing changes, naming the lists and
# the verbs it denies.
# "目前没有新的列入、移出或暂停安排": the verbs denied may stand before the word for the plan.
_DENIAL = re.compile(r"(?:没有|并无|暂无|尚无)[^。，；]{0,60}?(?:安排|计划|考虑|变化|调整)$")


# "是否采取反制措施、采取何种措施，中方将视情作出决定", "决定是否对有关人员采取反制措施": a clause on whether to act
# decides nothing; nor does one on what a body may do under a law ("有关部门可以决定将…列入反制清单").
_WHETHER = re.compile(r"是否|可以|有权|可依法|得依法")


# "本通知不包括已被列入某清单的人员": a clause on what the notice leaves out names a list it does not act on.
_LEAVES_OUT = re.compile(r"^[^，。；]{0,12}?不(?:涉及|包括|适用于)")


# "本通告所涉名单与出口管制管控名单、不可靠实体清单均无关联": the lists named only to say they are not concerned.
_UNRELATED = re.compile(rf"与[^，。；]{{2,60}}?{UNRELATED_TO}")


def _without_denials(sentence: str) -> str:
    return "，".join(c for c in re.split(r"[，,；;]", sentence)
                    if not _DENIAL.search(c.strip()) and not _WHETHER.search(c.strip())
                    and not _LEAVES_OUT.match(c.strip()) and not _UNRELATED.search(c.strip()))


# "决定…，出口时须向海关提交两用物项和技术出口许可证件": a decision requiring a dual-use export licence is a control
# by whatever verb it says it (管制, 管控, 监管, or one not known yet).
_LICENCE_REQUIRED = re.compile(r"决定[^。]*?(?:须|需|应当|必须|凭)[^。]{0,30}?两用物项[^。]{0,12}?出口许可证")


# A journalist's question ("问：中方是否会将…列入反制清单？") is not the agency's word: only its answer can act.
_QUESTION = re.compile(r"^\s*(?:问|记者问)\s*[：:]")


def is_relevant(text: str, doc_id: str, issuer: str | None, published: dt.date | None = None) -> bool:
    if doc_id.startswith(_RELEVANT_SERIES):
        return True
    sentences = re.split(r"[。\n]", text)
    # The lists named in a relative clause ("列入…名单的实体总数") are taken out: they inform, they do not act; so
    # is a decision recalled from long before the text's date ("2034年9月2日，外交部决定…").
    acting = [_LISTED_RELATIVE.sub("", _without_denials(s)) for s in sentences
              if not _QUESTION.match(s) and not recalled(s, published) and not provides_rule(s)]
    if DISCLAIMS.search(text) or _administrative(text, acting):
        return False
    if "安全与管制局" in text[:400]:
        return True
    if any(_LIST_WORDS.search(s) and _ACTING.search(s) for s in acting):
        # A list named in a sentence that acts (lists, removes, suspends, takes measures): a list notice.
        # A list named only to inform (a forum on the lists, where to look them up) is not.
        return True
    # "本公告不涉及出口管制": the control words in a clause that leaves them out make no control notice.
    if _CONTROL_WORDS.search("。".join(acting)) and _OPERATIVE.search(text):
        return True
    if any(COUNTER_LAW in s and _DECIDES_MEASURES.search(s) and not _POLICY_TALK.search(s) for s in acting):
        return True  # "根据《反外国制裁法》，中方决定对X采取以下惩戒措施": a countermeasure by another name
    if any(_CONTROLLING.search(s) and not OTHER_DOMAIN.search(s) and not _POLICY_TALK.search(s) for s in sentences):
        return True
    if any(_LICENCE_REQUIRED.search(s) and not OTHER_DOMAIN.search(s) and not _POLICY_TALK.search(s)
           for s in acting):
        return True  # a decision that exports need a dual-use licence controls them, whatever its verb
    if any(_STATUS_OF_CITED.search(s) and not OTHER_DOMAIN.search(s) for s in sentences):
        return True  # "继续暂停实施4月4日公告有关措施一年": a status change of a cited notice's measures
    if any(_EN_LIST.search(s) and _EN_ACTING.search(s) for s in re.split(r"(?<=[.;:])\s+(?=[A-Z(])|\n", text)
           if s.isascii()):
        return True
    # Customs implements what MOFCOM decides: a customs notice on export control citing a MOFCOM notice.
    return bool(issuer and "海关总署" in issuer and _CONTROL_WORDS.search(text) and _CITED_NOTICE.search(text))


def _administrative(text: str, acting: list[str]) -> bool:
    """A notice whose title is about licensing or statistics and none of whose sentences (``acting``: relative
    clauses taken out) decides a change of a list or a control (a statistic may say how many entities were 列入 a
    list: a past fact, not a decision)."""
    title = next((ln for ln in text.split("\n") if ln.strip() and not _META_LINE.match(ln.strip())), "")
    if not _ADMIN_SUBJECT.search(title):
        return False
    # The verb and what it changes in one clause: "决定恢复办理两用物项出口许可申请，此前暂停的线下窗口同时恢复开放"
    # changes no list or control in any clause.
    return not any("决定" in s and any(_LIST_VERB.search(c) and (_LIST_WORDS.search(c) or _CONTROL_WORDS.search(c))
                                       for c in re.split(r"[，,；;]", s))
                   for s in acting)


def review_reasons(text: str, head_lines: list[str], annex_lines: list[str], doc_id: str, issuer: str | None,
                   published: dt.date | None, actions: tuple[Action, ...], warnings: list[str], *,
                   on_controls: bool = False) -> list[str]:
    """Why a human must read this notice; empty when it was read completely. Adds date warnings to ``warnings``.
    ``on_controls``: the text is known to be on the lists or controls (an English release naming them)."""
    bad_dates = impossible_dates(text)
    for raw in bad_dates:
        warnings.append(f"impossible or unreadable date {raw!r}: the date is left unknown")
    # A notice with an action read is relevant by that alone (a suspension citing a notice by number).
    vetoed = [w for w in warnings if w.endswith(VETOED)]
    if not actions and not vetoed and not on_controls and not is_relevant(text, doc_id, issuer, published):
        return []
    reasons: list[str] = []
    if not actions:
        who = issuer or "relevant"
        reasons.append(f"a {who} notice on a list or an export control with no action read")
    reasons.extend(vetoed)
    reasons.extend(w for w in warnings if "states" in w and "entities" in w and "found" in w)
    reasons.extend(f"date {raw!r} cannot be read (impossible date)" for raw in bad_dates)
    reasons.extend(f"the date {first!r} is repeated as {again!r}, which is another day: which one is meant?"
                   for first, again in disagreeing_repetitions(text))
    if published is None:
        reasons.append("no publication date read: in force only from when it was recorded")
    for action in actions:
        label = f"{action.kind} {action.list or '(list unknown)'}"
        if action.list is None:
            reasons.append(f"{label}: the list or control it concerns is unresolved")
        if action.kind in ("suspend", "resume", "terminate", "remove") and not action.targets and not action.entities:
            reasons.append(f"{label}: the notice or entities it applies to are unresolved")
        if action.kind in ("add", "amend") and not action.entities:
            reasons.append(f"{label}: no entity read")
        if action.effective is None:
            reasons.append(f"{label}: no effective date read")
        elif action.until is not None and action.until < action.effective:
            # "自2047年9月1日起至2047年2月28日止": a slip of the year or the month, which no reading can settle.
            reasons.append(f"{label}: its end {action.until.isoformat()} lies before its start "
                           f"{action.effective.isoformat()}: is a date misprinted?")
        elif action.until is not None and published is not None and action.until < published:
            # A change whose whole period is over when the notice is dated decides nothing: a year is misprinted.
            reasons.append(f"{label}: its end {action.until.isoformat()} lies before the notice's own date "
                           f"{published.isoformat()}: is a date misprinted?")
    reasons.extend(w for w in warnings if "not cited by number" in w or "period" in w or "names no one" in w
                   or "reads as a measure" in w or "disagree" in w or REPEATED in w)
    reasons.extend(_doubts(text, doc_id, actions))
    reasons.extend(later_own_citations(doc_id, actions))
    reasons.extend(crosscheck(text, published, actions, doc_id))
    annexed = bool(_ANNEX_ANNOUNCED.search("\n".join(head_lines))) and not _ANNEX_NOT_A_LIST.search(
        "\n".join(head_lines))
    # An item control's annex filed as a linked file holds the items' parameters, which no field of the reading is
    # taken from: its absence cuts nothing off. An annex of names as a file still leaves the names unread.
    filed = bool(actions) and all(a.list == "ITEM" for a in actions) and bool(_ANNEX_FILE.search(text))
    if annexed and not filed and not any(ln.strip() for ln in annex_lines) and not any(a.entities for a in actions):
        reasons.append("the text announces an annex that is not there: the text looks cut off")
    last = next((ln.strip() for ln in reversed(text.split("\n")) if ln.strip()), "")
    if _CUT_MID_ITEM.search(last) or unclosed_bracket(last) or cut_last_item(annex_lines):
        reasons.append(f"the text stops mid-item ({last[-20:]!r}): it looks cut off")
    reasons.extend(_other_own_numbers(text, doc_id))
    if doc_id.startswith("DOC-"):
        reasons.append("no document number read: the doc_id is provisional")
    return list(dict.fromkeys(reasons))  # each reason once, in the order found


# "…第10号同时废止" is superseded by this notice's own control, not relaxed: no doubt.
_RELAX = re.compile(r"停止(?:实施|执行)|不再(?:实施|执行|适用)|(?<!同时)废止|取消|解除|移出|移除")
_PERIOD_STATED = re.compile(
    rf"(?:(?:期限|为期|暂停期|有效期)(?:均|皆|都|各)?[为是]?|延长|顺延|暂停(?:实施|执行)?)\s*"
    rf"(?:(?:\d{{1,4}}|[{CN_NUMBER_CHARS}]{{1,4}})\s*[个半]{{0,3}}(?:个月|天|日|周|年|月)(?![\d月])|半年)"
)
_DATE_NOTICE = re.compile(r"(?<![年\d])\d{1,2}\s*月\s*\d{1,2}\s*日(?:发布的|的)?公告")
_LATIN_JOINED = re.compile(r"[A-Za-z.)）]\s*(?:和|及|与)\s*[A-Za-z]")
_ORG_JOINED = re.compile(r"(?:公司|集团|株式会社|实验室|研究所|大学)(?:和|及|与)[\u4e00-\u9fff]{2,}")
# A role or description left before a transliterated name ("会成员迈克尔·…") is as much a doubt as an office is.
_ROLE_IN_NAME = re.compile(rf"[，,]|^兼|(?:{OFFICES})(?:$|兼)|(?:{ROLE_WORDS}|的)[\u4e00-\u9fff]{{0,8}}·")


# "（本公告为商务部公告2048年第24号，共1页）", "本决定文号：…": the notice naming its own number.
_SELF_NUMBER = re.compile(r"本(?:公告|决定|令|通知)(?:的)?(?:为|系|即|编号|文号)(?:为|是)?[：:]?\s*")


def _other_own_numbers(text: str, doc_id: str) -> list[str]:
    """A notice that names itself by a number other than the one read as its own: which is its number?"""
    own = doc_id.split("#", 1)[0]
    for said in _SELF_NUMBER.finditer(text):
        found = find_numbers(text[said.end():said.end() + 40])
        if found and found[0].start == 0 and found[0].number.doc_id.split("#", 1)[0] != own:
            return [f"the notice calls itself {found[0].raw}, but its number was read as {own}: which is it?"]
    return []


def _recited(text: str, at: int) -> bool:
    """"…已依据<order>暂停实施一年": a period of a change made before, not of this notice's."""
    clause = re.split(r"[，,。；\n]", text[:at])[-1]
    return clause.startswith("已") or "已依据" in clause or "已根据" in clause


def _doubts(text: str, doc_id: str, actions: tuple[Action, ...]) -> list[str]:
    """Doubts about a reading that looks complete: each names what in the text the reading does not account for."""
    reasons: list[str] = []
    sentences = [s for s in re.split(r"[。\n]", text) if s.strip()]
    for sentence in sentences:
        rest_of = _REST_OF_LISTING.search(sentence)
        after = sentence[rest_of.end():] if rest_of else ""
        if rest_of and _STATUS_VERB.search(after) and not _DISCLAIMER.search(after):
            # "对该公告所列其他实体，继续暂停…": the listing less the names changed elsewhere, which no action
            # can say.
            reasons.append(f"a clause changes the rest of a cited listing ({rest_of.group(0)[:20]}): which entities is "
                           "not read")
            break
    # "（〔2025〕1号）" in a UEL notice is a citation too, though it names no issuer.
    cited = [f for f in find_numbers(qualify_bare(text, "UEL" if doc_id.startswith("UEL-") else None))
             if f.number.doc_id != doc_id]
    if any(a.kind == "control" for a in actions):
        for sentence in sentences:
            relax = _RELAX.search(sentence)
            if relax and any(f.number.doc_id != doc_id for f in find_numbers(sentence)):
                reasons.append(f"a new control was read, but the text says {relax.group(0)} of a cited notice: "
                               "a relaxation or repeal?")
                break
    period = next((p for p in _PERIOD_STATED.finditer(text) if not _recited(text, p.start())), None)
    # Every suspension ends when a period is stated: one without an end beside one with it missed its period.
    if period and actions and (not any(a.until for a in actions)
                               or any(a.kind == "suspend" and not a.until for a in actions)):
        reasons.append(f"the text states a period ({period.group(0)}) but no end date was read")
    status = [a for a in actions if a.kind in ("remove", "suspend", "resume", "terminate")]
    if status and not any(a.targets for a in status):
        date_cite = _DATE_NOTICE.search(text)
        if cited or date_cite:
            what = cited[0].raw if cited else date_cite.group(0)  # type: ignore[union-attr]
            reasons.append(f"the text cites {what} but no action names the notice it changes")
    if any(not a.entities for a in status):
        for sentence in sentences:
            # "所列其他18家实体，相关措施不变": the rest of a listing, said apart from the change, singles out too; a
            # sentence without a change must name the listing (所列, 名单), or "其他企业" of any trade would count.
            changes = _STATUS_VERB.search(sentence)
            subset = (_SUBSET.search(sentence) if changes or _OF_LISTING.search(sentence) else None) or (
                changes and _NAMED_IN_STATUS.search(sentence))
            if subset:
                reasons.append(f"a change read as applying to a whole cited notice, but the text names or singles out "
                               f"entities ({subset.group(0)[:30]!r}): does it change only some of them?")
                break
    own = doc_id.split("#", 1)[0]
    if any(t.split("#", 1)[0] == own for a in actions for t in a.targets):
        reasons.append(f"the number read as this notice's own ({own}) is the number of the notice it changes: "
                       "its own number was not read")
    if status:
        acted = {a.list for a in actions}
        for clause in re.split(r"[。；;\n]", text):
            if not _STATUS_VERB.search(clause) or _DISCLAIMER.search(clause):
                continue
            missed = next((w for w, name in LIST_WORDS if w in clause and name not in acted), None)
            if missed:
                reasons.append(f"a clause changes measures of the {missed} too, but no action on it was read")
                break
    for action in actions:
        reasons.extend(_entity_doubts(text, action))
    reasons.extend(kept_out_doubts(text, actions))
    return reasons


# "该公告所列其他实体", "所列其余2家企业": the rest of a listing, apart from names the text changes otherwise.
_REST_OF_LISTING = re.compile(r"所列(?:的)?(?:实体中的?)?(?:其他|其余)[^，。；]{0,6}?(?:实体|企业|单位|机构)")
# "不涉及…调整", "不变", "继续按原规定执行", "不在本次暂停范围内": a clause that says a list is left as it is.
_DISCLAIMER = re.compile(r"不涉及|不变|原规定|继续(?:执行|实施)(?:原|相关|管控)|不在[^，。；]{0,12}?(?:范围|之列)")


# A status change that singles out some entities of a listing: reading it as the whole notice would change the status
# of entities the notice leaves alone, the costliest silent error there is.
_STATUS_VERB = re.compile(STATUS_VERB)
_SUBSET = re.compile(
    r"所列(?:实体|企业|公司)?中的|(?:其他|其余)(?:\d{1,4}|[一二三四五六七八九十两]{1,3})?\s*[家名个]?(?:实体|企业|公司|机构)"
    r"|除[^，。；]{1,40}(?:以外|之外|外)"
)
_OF_LISTING = re.compile(r"所列|名单|清单")
_NAMED_IN_STATUS = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,}(?:公司|集团|株式会社|机构|大学|学院|研究所|研究院|实验室|中心|银行)\s*[（(][A-Za-z][^）)]{2,}[）)]"
)


def _entity_doubts(text: str, action: Action) -> list[str]:
    reasons: list[str] = []
    label = f"{action.kind} {action.list or '(list unknown)'}"
    for entity in action.entities:
        zh = entity.name_zh or ""
        en = entity.name_en or ""
        if looks_like_clause(zh) or looks_like_clause(en):
            reasons.append(f"{label}: {(zh or en)[:30]!r} reads as a measure or a sentence, not a name")
        if zh and _ROLE_IN_NAME.search(zh):
            reasons.append(f"{label}: the name {zh!r} holds a role or a comma: is the person's name read right?")
        if entity.kind == "organization" and "·" in zh and not ORG_WORDS.search(to_simplified(zh) + " " + en):
            # "帕尔默·卢基": a transliterated personal name, no word of an organisation in either name.
            reasons.append(f"{label}: {zh!r} is read as an organization but reads as a person's name")
        if strip_country_word(zh, en) != zh:
            reasons.append(f"{label}: {zh!r} opens with a country word its English name {en!r} does not carry: "
                           "is it part of the name?")
        if _LATIN_JOINED.search(zh + " " + en) or "和" in en or _ORG_JOINED.search(zh):
            reasons.append(f"{label}: {zh or en!r} looks like two names joined by 和/及/与")
    for first, second in zip(action.entities, action.entities[1:], strict=False):
        if _split_pair(text, first, second):
            reasons.append(f"{label}: {first.name_zh!r} and {second.name_zh!r} may be one name split at 、")
    return reasons


def _split_pair(text: str, first: Entity, second: Entity) -> bool:
    """``波音防务、空间与安全集团``: a part with no word of an organisation or a person before one with such a word,
    neither with an English name, printed side by side — a group named after its divisions, split in two."""
    a, b = first.name_zh, second.name_zh
    if not a or not b or first.name_en or second.name_en:
        return False
    if ORG_WORDS.search(a) or "·" in a or not ORG_WORDS.search(b):
        return False
    return f"{a}、{b}" in text
