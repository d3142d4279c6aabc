"""A release in English (the ministry's English site: ``MOFCOM Announcement No. 5 of 2048``, ``5 March 2048``,
names listed ``(a)`` ``(b)``) → the same text with its fixed formulae in the Chinese the grammar reads: the number,
the signing body, the dates, the decision to add to or remove from a list, its start, the item marks.

Every pattern of the parser is written for the Chinese notice; an English release says the same things in a few
set phrases, so rendering those phrases (as ``traditional`` renders characters) lets one grammar read both. Only a
text that is plainly English is rendered; what no phrase here covers stays English, and a release left unread is
flagged by ``review`` as before. The names stay as printed: they are the Latin names the entities are listed by.
"""

from __future__ import annotations

import re

from policywatch.parsers.dates import find_dates
from policywatch.parsers.english_bodies import BODY_ZH, body_pattern
from policywatch.parsers.english_countermeasures import countermeasures_in_chinese
from policywatch.parsers.english_status import status_in_chinese

_BODY = body_pattern()
_PRC = r"(?:\s+of\s+the\s+People's\s+Republic\s+of\s+China)?"
# "MOFCOM Announcement No. 5 of 2048", "Ministry of Commerce Order No. 1 of 2048", "Unreliable Entity List Working
# Mechanism Announcement No. 3 of 2048".
_NUMBER = re.compile(rf"\b(?P<who>{_BODY}){_PRC}\s+(?P<kind>Announcement|Order)\s+No\.\s*(?P<n>\d{{1,4}})"
                     r"\s+of\s+(?P<y>\d{4})\b")
# A body's name alone on its line: the signature above the date line, or the site's name above the title.
_BODY_LINE = re.compile(rf"^[ \t]*(?P<who>{_BODY})(?P<prc>{_PRC})[ \t]*$", re.MULTILINE)
_LISTS = (
    ("Unreliable Entity List", "不可靠实体清单"),
    ("Export Control Control List", "出口管制管控名单"),
    ("Export Control Watch List", "出口管制关注名单"),
    ("Countermeasure List", "反制清单"),
)
_LIST = "|".join(re.escape(en) for en, _ in _LISTS)
_LIST_ZH = {en.lower(): zh for en, zh in _LISTS}
# "has decided to add the following two U.S. entities to the Export Control Control List": the decision, the
# entities between its verb and the list.
_DECIDED = re.compile(rf"\b(?:has\s+|have\s+)?decided\s+to\s+(?P<verb>add|include|remove|delete)\s+"
                      rf"(?P<what>[^:;\n]{{1,200}}?)\s+(?:to|in|into|on|from)\s+the\s+(?P<list>{_LIST})", re.IGNORECASE)
_FOLLOWING = re.compile(r"^the\s+following\b", re.IGNORECASE)
_DATE_PHRASE = r"(?P<d>\d{4}年\d{1,2}月\d{1,2}日)"
# Starts, once the dates are rendered: "With effect from 5 March 2048", "shall come into force on 5 March 2048",
# "from the date of its publication".
_IN_FORCE = re.compile(rf"\b(?:shall\s+)?(?:comes?\s+into\s+(?:force|effect)|takes?\s+effect)\s+(?:on|from|as\s+of)\s+"
                       rf"{_DATE_PHRASE}", re.IGNORECASE)
_FROM_DAY = re.compile(rf"\b(?:with\s+effect\s+from|effective\s+(?:from|as\s+of)|starting\s+from)\s+{_DATE_PHRASE}",
                       re.IGNORECASE)
_FROM_PUBLICATION = re.compile(r"\b(?:with\s+effect\s+)?from\s+the\s+date\s+of\s+(?:its\s+)?(?:publication|promulgation"
                               r"|release|issuance)", re.IGNORECASE)
_THIS_NOTICE = re.compile(r"\bThis\s+(?:announcement|decision|order)\b", re.IGNORECASE)
_RELEASED = re.compile(r"^[ \t]*(?:Release\s+date|Date\s+of\s+release|Published|Date)[ \t]*:[ \t]*",
                       re.IGNORECASE | re.MULTILINE)
# "(a) Oceaneering International, Inc.": an item mark of a letter.
_LETTER_ITEM = re.compile(r"^(?P<pad>[ \t]*)[(（](?P<c>[a-z])[)）]\s*", re.MULTILINE)

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def is_english(text: str) -> bool:
    """A text in English: many Latin words and next to no Chinese characters (a Chinese notice quoting English
    names has far more characters than names)."""
    return len(_LATIN_WORD.findall(text)) >= 30 and len(_CJK.findall(text)) * 20 < len(text)


# What makes an English release one on the lists or controls, whatever it does: a list named, a countermeasure,
# export control, dual-use items.
_ON_CONTROLS = re.compile(r"Unreliable\s+Entit(?:y|ies)\s+List|Export\s+Control|Countermeasure|Dual-Use\s+Items"
                          r"|Watch\s+List|Control\s+List", re.IGNORECASE)


def english_on_controls(text: str) -> bool:
    """An English release naming a list, a countermeasure, export control or dual-use items: one that must be read
    or flagged, never passed over (its phrases may be ones no rendering here covers)."""
    return is_english(text) and bool(_ON_CONTROLS.search(text))


def from_english(text: str) -> str:
    """``text`` with the set phrases of an English release in Chinese; any other text unchanged."""
    if not is_english(text):
        return text
    text = _without_banner(_dates_in_chinese(text))
    text = countermeasures_in_chinese(text)
    text = _NUMBER.sub(_number, text)
    text = _BODY_LINE.sub(lambda m: ("中华人民共和国" if m.group("prc") else "") + BODY_ZH[m.group("who")], text)
    text = _DECIDED.sub(_decision, text)
    text = status_in_chinese(text)
    text = _IN_FORCE.sub(lambda m: f"自{m.group('d')}起施行", text)
    text = _FROM_DAY.sub(lambda m: f"自{m.group('d')}起", text)
    text = _FROM_PUBLICATION.sub("自公布之日起", text)
    text = _THIS_NOTICE.sub("本公告", text)
    text = _RELEASED.sub("发布时间：", text)
    return _LETTER_ITEM.sub(lambda m: f"{m.group('pad')}（{ord(m.group('c')) - ord('a') + 1}）", text)


# "Home > Policy Release > Announcements": the site's breadcrumb.
_BREADCRUMB = re.compile(r"^\s*Home\s*[>›»]")


def _without_banner(text: str) -> str:
    """The text without the site's name printed above the title (``Ministry of Commerce of the People's Republic
    of China`` over the breadcrumb): it is the page's, not a masthead, and a signature is printed below."""
    lines = text.split("\n")
    top = [i for i, ln in enumerate(lines) if ln.strip()][:2]
    banner = [i for i in top if (m := _BODY_LINE.match(lines[i])) and m.group("prc")]
    return "\n".join(ln for i, ln in enumerate(lines) if i not in banner)


def _dates_in_chinese(text: str) -> str:
    parts: list[str] = []
    at = 0
    for found in find_dates(text):
        if not re.search(r"[A-Za-z]", text[found.start: found.end]):
            continue
        parts += [text[at: found.start], f"{found.date.year}年{found.date.month}月{found.date.day}日"]
        at = found.end
    return "".join(parts) + text[at:]


def _number(m: re.Match[str]) -> str:
    who = BODY_ZH[m.group("who")]
    if m.group("kind") == "Order":
        return f"{who}令{m.group('y')}年第{m.group('n')}号"
    if who == "不可靠实体清单工作机制":
        return f"{who}公告〔{m.group('y')}〕{m.group('n')}号"
    return f"{who}公告{m.group('y')}年第{m.group('n')}号"


def _decision(m: re.Match[str]) -> str:
    what = _FOLLOWING.sub("下列", m.group("what").strip())
    into = "移出" if m.group("verb").lower() in ("remove", "delete") else "列入"
    return f"决定将{what}{into}{_LIST_ZH[m.group('list').lower()]}"
