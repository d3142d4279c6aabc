"""A bracketed part inside a Chinese or Japanese name: its country (BAE系统公司（美国）), its English acronym or name
(通用动力信息技术（GDIT）, 莱多斯（Leidos）公司). A customer file adds it to say where or which company; it is no part
of the name in characters.

Each part is a reading of its own: the name without the brackets, and a Latin part alone (an acronym's hits stay in
the review band, as any acronym's). A country in brackets that is not the listed entity's says another company.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# One bracketed part, full or half width (NFKC makes them one, but the printed name is read here).
_BRACKET_RE = re.compile(r"\s*[（(]\s*([^（）()]+?)\s*[）)]\s*")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9 .&'-]*")


class Bracketed(NamedTuple):
    rest: str  # the name without its bracketed part
    inner: str  # the bracketed part as printed
    latin: bool  # the part is in Latin letters: an English acronym or name, read alone too


def bracketed_part(name: str) -> Bracketed | None:
    """The one bracketed part of a name in characters, and the name without it; None for any other name."""
    if "(" not in name and "（" not in name:
        return None
    parts = list(_BRACKET_RE.finditer(name))
    if len(parts) != 1:
        return None
    found = parts[0]
    rest = (name[: found.start()] + name[found.end():]).strip()
    inner = found.group(1)
    if not _CJK_RE.search(rest) or not inner:
        return None
    return Bracketed(rest, inner, bool(_LATIN_RE.fullmatch(inner)))
