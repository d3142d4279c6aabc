"""The unit an Asian ERP export writes after a Chinese or Japanese company's name, a space between them.

A Taiwanese, Chinese or Japanese vendor master files a counterparty as the company and the part of it the buyer
deals with: a department (業務部, 采购部, 経理部), an institute or works (研究所, 沃思堡厂, 岐阜工場), the head
office or a branch (玉野本社, 大阪支店), or the town of the site (… (株) 長崎). None is the company's name. Read so,
from the line's end:
- a last part that ends with such a unit's word is left out, as long as something is left;
- when what is left is still two parts and the first ends with a legal form (株式会社, (株), 公司, 研究院), the first
  alone is the company as it is registered: screened too, since the rest may be its site or its in-house company
  (川崎重工業(株) 航空宇宙システムカンパニー is the listed unit; (株) 長崎 a town).
"""

from __future__ import annotations

import re

_CJK = r"\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_SPACE_RE = re.compile(r"[ \u3000]+")
_HAS_CJK_RE = re.compile(rf"[{_CJK}]")
# A unit's last characters: a department, a section, an institute, a plant, a head office, a branch, a centre.
_UNIT_ENDS = ("部", "課", "课", "室", "所", "厂", "廠", "工場", "工厂", "本社", "支社", "支店", "分店", "営業所",
              "事業所", "分公司", "办事处", "辦事處", "センター", "中心", "工場", "製作所", "処", "处")
# The legal form or the kind of body a registered name ends with.
_REGISTERED_ENDS = ("公司", "株式会社", "(株)", "（株）", "㈱", "有限会社", "合同会社", "会社", "研究院", "集团",
                    "集團", "機構", "机构", "大学")


def _is_unit(part: str) -> bool:
    return bool(_HAS_CJK_RE.search(part)) and part.endswith(_UNIT_ENDS) and not part.endswith(_REGISTERED_ENDS)


def unit_parts(line: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """The company's part of an ERP line, the units left out, and the registered name alone when the rest may be
    the company's own (None: the line has no unit after its name)."""
    if line.isascii() or " " not in line and "\u3000" not in line or not _HAS_CJK_RE.search(line):
        return None
    parts = _SPACE_RE.split(line.strip())
    if parts[0].casefold() == "the":  # an English file's article before every name
        parts = parts[1:]
    if len(parts) < 2 or not _HAS_CJK_RE.search(parts[0]):
        return None
    dropped: list[str] = []
    while len(parts) > 1 and _is_unit(parts[-1]):
        dropped.insert(0, parts.pop())
    registered = parts[0] if len(parts) > 1 and parts[0].endswith(_REGISTERED_ENDS) else None
    if not dropped and registered is None:
        return None
    return " ".join(parts), tuple(dropped), registered
