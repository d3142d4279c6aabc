"""The bodies that issue the notices, as the English site names them, with their Chinese names: one table for every
reader of an English release (``english_release``, ``english_countermeasures``)."""

from __future__ import annotations

import re

# Longest first, so that an alternation of them takes the whole name.
BODIES: tuple[tuple[str, str], ...] = (
    ("Unreliable Entity List Working Mechanism", "不可靠实体清单工作机制"),
    ("General Administration of Customs", "海关总署"),
    ("Ministry of Foreign Affairs", "外交部"),
    ("Ministry of Commerce", "商务部"),
    ("MOFCOM", "商务部"),
    ("GACC", "海关总署"),
    ("MFA", "外交部"),
)
BODY_ZH: dict[str, str] = dict(BODIES)


def body_pattern(*chinese: str) -> str:
    """An alternation of the English names of the bodies (of those whose Chinese name is in ``chinese``, if given)."""
    return "|".join(re.escape(en) for en, zh in BODIES if not chinese or zh in chinese)
