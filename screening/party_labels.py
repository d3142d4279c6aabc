"""The party labels a trade document writes before a name in Chinese, Japanese or Korean (``荷受人：``, ``託運人：``,
``수하인:``), and a place written after the name's legal form.

A bill of lading, a letter of credit or a customs declaration names each party by its role; the role and the town
after the company are no part of its name. The English labels (``SHIPPER:``, ``BENEFICIARY:``) are
``message_lines``'.
"""

from __future__ import annotations

import re

# Roles of the parties of a shipment, a credit or a declaration, as Chinese (Simplified and Traditional), Japanese
# and Korean documents print them.
_ROLES = (
    "境外收货人|境外收貨人|境内发货人|境內發貨人|境外发货人|境外發貨人|境内收货人|境內收貨人|开证申请人|開證申請人"
    "|收款人名称|收款人名稱|付款人名称|付款人名稱|收款单位|收款單位|付款单位|付款單位|收款人|付款人|汇款人|匯款人"
    "|收货人|收貨人|受货人|受貨人|发货人|發貨人|托运人|託運人|通知人|受益人|申请人|申請人|买方|買方|卖方|賣方"
    "|进口商|進口商|出口商|荷受人|荷送人|通知先|受益者|依頼人|輸出者|輸入者|買主|売主"
    "|수하인|송하인|수익자|신청인|통지처|수입자|수출자"
)
_LABEL_RE = re.compile(rf"\s*({_ROLES})\s*[：:]\s*(\S.*)")
# The end of a company's name in those scripts: a place may follow it after a space or in brackets.
_FORM_END = (r"(?:株式会社|有限公司|公司|\(股\)公司|（股）公司|集团|集團|研究院|大学校|大学|研究所|センター"
             r"|조선소|주식회사)")
_PLACE_AFTER_RE = re.compile(rf"(.+?{_FORM_END})(?:\s+(\S.*)|\s*([（(][^（()）]+[)）]))\s*")


def read_party(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(the name, what was left out: the label and a place after the name) of a line opening with a party's label
    in Chinese, Japanese or Korean; None for any other line."""
    found = _LABEL_RE.fullmatch(line) if not line.isascii() else None
    if found is None:
        return None
    label, rest = found.group(1), found.group(2).strip()
    placed = _PLACE_AFTER_RE.fullmatch(rest)
    if placed is None:
        return rest, (f"{label}：",)
    return placed.group(1), (f"{label}：", (placed.group(2) or placed.group(3)).strip())
