"""Why a notice lists its targets, where it says so: the ``reason`` of an FtM Sanction.

The notices give their justification in three ways, and the first one a text has wins:

1. what the targets (or their government) did, in a sentence of its own that ends in the harm it did —
   ``…公然同"台独"分裂势力勾连，…严重干涉中国内政，严重损害中国主权和领土完整。`` (MFA orders),
   ``欧盟在第18轮对俄罗斯制裁中将两家中国金融机构列入制裁名单，严重违反国际法…`` (Order 2025 No.5),
   ``上述两家实体违反正常的市场交易原则，…严重损害中国企业合法权益。`` (UEL 2025 No.4); or a ``鉴于…`` clause;
2. what they took part in, as the qualifier of the listed entities: ``决定将参与对台湾地区军售的…`` (UEL 2025
   No.1–3), ``…等参与提升日本军事实力的20家日本实体`` (2026 No.11);
3. only the purpose the issuer states: ``为维护国家安全和利益，履行防扩散等国际义务`` (most ECL notices).

The legal basis (``根据《…》``, ``依据《…》第…条``) says under which rule, not why, and is never the reason.
"""

from __future__ import annotations

import re

from policywatch.parsers.text import clean

# A conduct sentence ends in the harm it did (or in how bad it was).
_HARM = re.compile(r"(?:严重|粗暴)(?:损害|违反|违背|干涉|危害)|危害(?:中国|我国)?国家安全|损害(?:中国|我国)"
                   r"|性质和影响极其恶劣")
# Sentences that name a harm but are no justification: measures, warnings, demands.
_NOT_CONDUCT = re.compile(r"禁止|追究|敦促|将依法|不予|决定将|决定对|采取以下")
_GIVEN = re.compile(r"鉴于([^，。；：]{4,120})")
_PART_OF = re.compile(r"(参与[^，。、；：的]{2,40})的")
_PURPOSE = re.compile(r"(为维护[^。；：]*?)(?=，(?:根据|依据|决定|不可靠实体清单工作机制|经|中方|商务部)|。|：)")
_SPEAKER = re.compile(r"^(?:答|问)[：:]\s*")


def stated_reason(text: str) -> str | None:
    """The justification ``text`` states for its listing (in its own words, one string), or None if it states
    none."""
    plain = clean(text)
    conduct = [s for s in _sentences(plain) if _HARM.search(s) and not _NOT_CONDUCT.search(s)]
    if conduct:
        return "".join(conduct)
    if given := _GIVEN.search(plain):
        return given.group(1)
    if part := _PART_OF.search(plain):
        return part.group(1)
    if purpose := _PURPOSE.search(plain):
        return purpose.group(1)
    return None


def _sentences(text: str) -> list[str]:
    """Each sentence (ending in 。), from each line: a line break ends a sentence too."""
    out = []
    for line in text.split("\n"):
        for part in re.findall(r"[^。]+。?", line):
            sentence = _SPEAKER.sub("", part.strip())
            if sentence:
                out.append(sentence)
    return out
