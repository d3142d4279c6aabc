"""Entities a notice keeps out of its own change: ``A以及该公告所列其他实体，继续执行原有管控措施，不适用本公告第一条``.
An entity read into a status change and also named as kept out of it is either changed or not: only a human can
say which, so the reading is doubted by name."""

from __future__ import annotations

import re

from policywatch.parsers.action_context import STATUS_VERB
from policywatch.parsers.types import Action

# What a clause says of those a change leaves alone: the original measures go on, this notice does not apply, they
# are not among those changed.
_KEPT_OUT = re.compile(
    r"继续(?:执行|实施|适用)原(?:有|来)?(?:的)?(?:管控|管制|处理|反制)?措施"
    r"|不适用(?:于)?本(?:公告|决定|令|通知)"
    r"|不在(?:此次|本次)?[^，。；]{0,8}?(?:之列|范围(?:之)?内)"
    r"|(?:仍|依然)(?:按|执行|适用)原(?:有|来)?(?:的)?(?:管控|管制|处理|反制)?措施")
_CHANGING = re.compile(STATUS_VERB)
_STATUS_KINDS = ("suspend", "resume", "remove", "terminate")


def _kept_out_spans(text: str) -> list[tuple[str, str]]:
    """(the words naming who is kept out, the phrase saying so) of each kept-out clause: the clauses of its sentence
    before the phrase, back to the last clause that itself changes something (``暂停对A…，其他实体不在此次暂停之列``
    keeps out only the other entities, not A)."""
    spans: list[tuple[str, str]] = []
    for sentence in re.split(r"[。\n]", text):
        for m in _KEPT_OUT.finditer(sentence):
            clauses = re.split(r"[，,；;]", sentence[: m.start()])
            subject: list[str] = []
            for clause in reversed(clauses):
                if _CHANGING.search(clause):
                    break
                subject.insert(0, clause)
            spans.append(("，".join(subject), m.group(0)))
    return spans


def kept_out_doubts(text: str, actions: tuple[Action, ...]) -> list[str]:
    """A doubt for each entity of a status change that a kept-out clause names too."""
    spans = _kept_out_spans(text)
    if not spans:
        return []
    reasons: list[str] = []
    for action in actions:
        if action.kind not in _STATUS_KINDS:
            continue
        for entity in action.entities:
            names = [n for n in (entity.name_zh, entity.name_en) if n]
            hit = next((phrase for subject, phrase in spans if any(n in subject for n in names)), None)
            if hit:
                reasons.append(f"{action.kind} {action.list or '(list unknown)'}: {names[0]!r} is read into the change "
                               f"but also named among those kept out of it ({hit}): is it changed or not?")
    return reasons
