"""Relevance and doubt: whether a notice concerns a list or a control, and why a human must read it.

A notice is list-relevant by its issuer (the UEL working mechanism, an order of MOFCOM or MFA, the Security and
Control Bureau, a joint notice of customs on export control) or by its operative wording (a list, a
countermeasure, a decision on export control or on measures of an earlier notice). It needs review when it is
relevant and policywatch could not read it completely: no action, a stated count that differs from the entities
found, an unreadable date, an unresolved period, citation or target, a text that looks cut off, or a provisional
doc_id. A notice read completely is not flagged: the reasons are facts about the reading, never a default.
"""

from __future__ import annotations

import datetime as dt
import re

from policywatch.parsers.dates import impossible_dates
from policywatch.parsers.entities import unclosed_bracket
from policywatch.parsers.types import Action

_LIST_WORDS = re.compile(r"不可靠实体清单|管控名单|关注名单|反制清单|反制裁清单|反制(?:裁)?措施")
_ACTING = re.compile(r"列入|移出|暂停|停止|恢复|取消|终止|废止|采取|实施|禁止|冻结|解除|不予")
_CONTROL_WORDS = re.compile(r"出口管制|两用物项")
_OPERATIVE = re.compile(
    r"(?:决定|经批准|经研究)[^。]*?(?:列入|移出|暂停|停止|恢复|取消|终止|实施出口管制|禁止|不予许可)"
)
_CITED_NOTICE = re.compile(r"商务部[^。，]{0,40}?公告\s*\d{4}\s*年?\s*第\s*\d+\s*号")
_RELEVANT_SERIES = ("UEL-", "MOFCOM-ORDER-", "MFA-ORDER-")
_ANNEX_ANNOUNCED = re.compile(r"见附件|后附|附件[：:]|（附件）")
_CUT_MID_ITEM = re.compile(r"[、，,（(：:]$")


def is_relevant(text: str, doc_id: str, issuer: str | None) -> bool:
    if doc_id.startswith(_RELEVANT_SERIES) or "安全与管制局" in text[:400]:
        return True
    if any(_LIST_WORDS.search(s) and _ACTING.search(s) for s in re.split(r"[。\n]", text)):
        # A list named in a sentence that acts (lists, removes, suspends, takes measures): a list notice.
        # A list named only to inform (a forum on the lists, where to look them up) is not.
        return True
    if _CONTROL_WORDS.search(text) and _OPERATIVE.search(text):
        return True
    # Customs implements what MOFCOM decides: a customs notice on export control citing a MOFCOM notice.
    return bool(issuer and "海关总署" in issuer and _CONTROL_WORDS.search(text) and _CITED_NOTICE.search(text))


def review_reasons(text: str, head_lines: list[str], annex_lines: list[str], doc_id: str, issuer: str | None,
                   published: dt.date | None, actions: tuple[Action, ...], warnings: list[str]) -> list[str]:
    """Why a human must read this notice; empty when it was read completely. Adds date warnings to ``warnings``."""
    bad_dates = impossible_dates(text)
    for raw in bad_dates:
        warnings.append(f"impossible or unreadable date {raw!r}: the date is left unknown")
    # A notice with an action read is relevant by that alone (a suspension citing a notice by number).
    if not actions and not is_relevant(text, doc_id, issuer):
        return []
    reasons: list[str] = []
    if not actions:
        who = issuer or "relevant"
        reasons.append(f"a {who} notice on a list or an export control with no action read")
    reasons.extend(w for w in warnings if "states" in w and "entities" in w and "found" in w)
    reasons.extend(f"date {raw!r} cannot be read (impossible date)" for raw in bad_dates)
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
    reasons.extend(w for w in warnings if "not cited by number" in w or "period" in w or "names no one" in w)
    annexed = bool(_ANNEX_ANNOUNCED.search("\n".join(head_lines)))
    if annexed and not any(ln.strip() for ln in annex_lines) and not any(a.entities for a in actions):
        reasons.append("the text announces an annex that is not there: the text looks cut off")
    last = next((ln.strip() for ln in reversed(text.split("\n")) if ln.strip()), "")
    if _CUT_MID_ITEM.search(last) or unclosed_bracket(last):
        reasons.append(f"the text stops mid-item ({last[-20:]!r}): it looks cut off")
    if doc_id.startswith("DOC-"):
        reasons.append("no document number read: the doc_id is provisional")
    return list(dict.fromkeys(reasons))  # each reason once, in the order found
