"""An English release's change of status (``Article 2 of 商务部公告2024年第46号 shall remain suspended from
2049年11月28日 until 2050年11月27日``, ``… shall be resumed from …``) → the Chinese order the grammar reads: the
clause after its notice (``…第46号第2款``), the period before the verb (``自…起至…继续暂停实施``).

Run by ``english_release`` once the numbers and dates are in Chinese; a sentence none of these phrases covers stays
English and is flagged by ``review``.
"""

from __future__ import annotations

import re

_DAY = r"\d{4}年\d{1,2}月\d{1,2}日"
# A notice number already rendered: "商务部公告2024年第46号", "不可靠实体清单工作机制公告〔2025〕3号",
# "商务部令2025年第6号".
_RENDERED = r"[\u4e00-\u9fff]{2,14}(?:公告|令)(?:\d{4}年第\d{1,4}号|〔\d{4}〕\d{1,4}号|第\d{1,4}号)"
# "Article 2 of 商务部公告2024年第46号 (on …)": the English names the clause first, the Chinese after its notice.
_ARTICLE_OF = re.compile(rf"\b(?:Article|Paragraph|Clause)\s+(?P<n>\d{{1,2}})\s+of\s+(?:the\s+)?(?P<notice>{_RENDERED})"
                         r"(?P<title>\s*\([^()\n]{1,200}\))?")
_VERBS = (
    (r"(?:remain|continue\s+to\s+be|be\s+further)\s+suspended", "继续暂停实施"),
    (r"be\s+suspended", "暂停实施"),
    (r"(?:be\s+)?resumed?", "恢复实施"),
    (r"(?:be\s+terminated|be\s+lifted|cease\s+to\s+(?:apply|be\s+implemented))", "停止实施"),
)
_VERB = "|".join(f"(?P<v{i}>{en})" for i, (en, _) in enumerate(_VERBS))
# "<notice>第2款 shall remain suspended from A until B", "the measures … shall be suspended from A until further
# notice", "… shall be resumed from A": the verb with the period after it, in a sentence whose subject is a notice,
# a clause or measures (an exhibition resumed is none).
_CHANGE = re.compile(rf"(?P<subject>(?:{_RENDERED}|\bmeasures\b)[^.;。\n]*?)"
                     rf"[ \t]*\b(?:shall|will|is\s+to|are\s+to)\s+(?:{_VERB})"
                     rf"(?:\s+(?:with\s+effect\s+)?from\s+(?P<start>{_DAY}))?"
                     rf"(?:\s+(?:until|to|through)\s+(?:(?P<end>{_DAY})|(?P<open>further\s+notice)))?"
                     r"(?P<stop>\.(?=\s|$))?", re.IGNORECASE)


def status_in_chinese(text: str) -> str:
    """``text`` with the clause citations and the status verbs of an English release in the Chinese order."""
    text = _ARTICLE_OF.sub(lambda m: f"{m.group('notice')}{m.group('title') or ''}第{m.group('n')}款", text)
    return _CHANGE.sub(_change, text)


def _change(m: re.Match[str]) -> str:
    verb = next(zh for i, (_, zh) in enumerate(_VERBS) if m.group(f"v{i}"))
    start = f"自{m.group('start')}起" if m.group("start") else ""
    # A Chinese sentence's stop: the grammar ends a clause at 。, never at a Latin full stop.
    stop = "。" if m.group("stop") else ""
    if m.group("open"):
        return f"{m.group('subject')}{start}{verb}，至另行公告时止{stop}"
    return f"{m.group('subject')}{start}{'至' + m.group('end') if m.group('end') else ''}{verb}{stop}"
