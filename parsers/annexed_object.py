"""A status change whose object is the entities of this notice's own annex (对附件所列…的实体，暂停实施…)."""

from __future__ import annotations

import re

from policywatch.parsers.action_context import Context, _country, _entities_from
from policywatch.parsers.numerals import CN_NUMBER_CHARS
from policywatch.parsers.types import Entity

# "对附件所列依据<notice>列入…的实体", "附件二所列企业": the notice's own annex. "该公告附件所列", "第13号附件所列" are
# the cited notice's annex, whose names this text does not print; "附件所列物项" lists goods, not entities.
_OWN_ANNEX_OBJECT = re.compile(rf"(?<![告定令号的])附件[{CN_NUMBER_CHARS}\d]{{0,3}}所列的?(?!物项|产品|商品|货物)")


def annexed_entities(ctx: Context, rest: str, kind: str) -> list[Entity] | None:
    """The annex's names when ``rest`` (a change's object) points at this notice's annex; None when it does not.
    An annex pointed at but with no names read is a doubt, never the whole cited listing read in silence."""
    if not _OWN_ANNEX_OBJECT.search(rest):
        return None
    if any(g.entities for g in ctx.annex):
        return _entities_from(ctx, [], None, False, _country(ctx))
    ctx.warnings.append(f"{kind}: the change applies to the entities of its annex (附件所列), but no annex names were "
                        "read: the object names no one for sure")
    return []
