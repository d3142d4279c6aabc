"""The names a recital gives after citing an earlier measure: ``商务部曾以<order>，…，对A、B两家银行采取反制措施``.
A later ``上述两家银行`` points back at them, and at the cited order, though no 所列 links the two."""

from __future__ import annotations

import re

from policywatch.parsers.numbers import find_numbers

# "对A、B两家立陶宛银行采取反制措施", "对A和B采取了处理措施": the object of the earlier measure.
_RECITED_OBJECT = re.compile(
    r"对(?P<run>[^，。；对]{2,200}?)(?:(?:等)?(?:\d{1,4}|两|[一二三四五六七八九十]{1,3})\s*[家名][\u4e00-\u9fff]{0,8}?)?"
    r"(?:采取|实施)了?(?:反制|处理|管控)?措施")


def recited_object(referred: str) -> tuple[str, str] | None:
    """(the cited number as printed, the run of names) of a recital that cites one measure before naming its
    object; None when the sentence cites no number, or several, or names no object after it."""
    found = find_numbers(referred)
    if len(found) != 1:
        return None
    m = _RECITED_OBJECT.search(referred, found[0].end)
    if not m:
        return None
    return found[0].raw, m.group("run").strip()


def recited_target(body: str, decided_at: int, names: list[str]) -> list[str]:
    """The doc_id of the measure a recital before ``decided_at`` took against every one of ``names`` (each the
    Chinese or the English name of one entity), or [] when no single recital names them all."""
    if not names:
        return []
    for sentence in reversed(re.split(r"[。\n]", body[:decided_at])):
        recital = recited_object(sentence)
        if recital and all(name in recital[1] for name in names):
            found = find_numbers(sentence)
            return [found[0].number.doc_id]
    return []
