"""Short names a notice defines for a notice it cites: ``（商务部公告2048年第9号，以下简称第9号公告）`` and then
``第9号公告规定的…措施予以取消``. Each later use of the short name is that number, cited in full, so that the
grammar reads it as any citation."""

from __future__ import annotations

import re

from policywatch.parsers.numbers import NumberMatch, canonical_number, find_numbers
from policywatch.parsers.numerals import CN_NUMBER_CHARS

# "以下简称第9号公告", "以下简称“9号公告”", "下称《第9号公告》": the short name ends at the bracket, a comma or a
# closing quote.
_DEFINES = re.compile(r"(?:(?:以下|下文)简?称|简称)\s*[:：]?\s*(?P<q>[“\"「『《])?"
                      r"(?P<name>[^“”\"「」『』《》，,；;。（）()]{2,20}?)(?(q)[”\"」』》])\s*(?=[）),，；;])")
# A bracket opening right after the number (its title in 《》 may stand between): "…第9号（以下简称…）",
# "…第9号《关于…的公告》（以下简称…）".
_BRACKET_AFTER = re.compile(r"\s*(?:《[^》]{1,80}》)?\s*[（(]")
_QUOTES = "“”\"「」『』《》"
# A short name that says it is a notice: by its number (第9号公告, 46号令) or its word (原公告); a plain word
# (《规定》 for a regulation an order promulgated) is used in its every other sense too and is never rewritten.
_NAMES_A_NOTICE = re.compile(rf"[\d{CN_NUMBER_CHARS}]\s*号|^.+(?:公告|决定|令|通知)$")


def _defined_for(text: str, at: int, numbers: list[NumberMatch]) -> NumberMatch | None:
    """The number a 简称 at ``at`` names: the one in its own bracket before it, or the one the bracket follows."""
    opening = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    if opening < 0 or max(text.rfind("）", opening, at), text.rfind(")", opening, at)) >= 0:
        return None  # not inside a bracket: "简称" in prose names no citation
    inside = [f for f in numbers if opening < f.start and f.end <= at]
    if inside:
        return inside[-1]
    before = [f for f in numbers if f.end <= opening]
    if before and (after := _BRACKET_AFTER.match(text, before[-1].end)) and after.end() == opening + 1:
        return before[-1]
    return None


def resolve_defined_names(text: str) -> str:
    """``text`` with each use of a short name defined for a cited number (以下简称X) after its definition written as
    that number in full; a name defined for no number (a law's 《出口管制法》) is left as printed."""
    numbers = find_numbers(text, follow_on=False)
    defined: list[tuple[int, str, str]] = []  # (where the definition ends, the short name, the number in full)
    for m in _DEFINES.finditer(text):
        cited = _defined_for(text, m.start(), numbers)
        if cited is not None and not find_numbers(m.group("name")) and _NAMES_A_NOTICE.search(m.group("name")):
            defined.append((m.end(), m.group("name").strip(), canonical_number(cited.number)))
    for end, name, full in sorted(defined, reverse=True):
        text = text[:end] + _written_in_full(text[end:], name, full)
    return text


def _written_in_full(text: str, name: str, full: str) -> str:
    # "“第9号公告”": a quoted use is the name too; its quotes go with it.
    uses = re.compile(rf"[{_QUOTES}]?{re.escape(name)}[{_QUOTES}]?")
    return uses.sub(lambda u: full if _whole_use(u) else u.group(0), text)


def _whole_use(use: re.Match[str]) -> bool:
    """Whether a match of the short name is a use of it, not a piece of a longer number (``2048年第9号公告``)."""
    if use.group(0)[0] in _QUOTES or use.start() == 0:
        return True
    return not re.match(r"[\d年第〕\]]", use.string[use.start() - 1])
