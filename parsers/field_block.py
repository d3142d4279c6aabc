"""A government site's metadata block over the title, printed as plain fields (``索 引 号：…　　主题分类：…``,
``发文机关：海关总署　　成文日期：…``, ``文　　号：海关总署公告2049年第5号　　发布日期：…``) → the bracketed fields
(``【发布文号】…``) the parser reads as a page's metadata, so the notice's own number is read from ``文号`` when the
title carries none, and the block is no title or body.
"""

from __future__ import annotations

import re

# The block's keys (letter-spaced with spaces or U+3000 on some sites) and the bracketed key each stands for.
_KEYS = {"索引号": "索引号", "主题分类": "主题分类", "发文机关": "发布单位", "成文日期": "成文日期", "文号": "发布文号",
         "发文字号": "发布文号", "发布日期": "发文日期"}
_SPACED = "|".join(r"[ \u3000]*".join(key) for key in sorted(_KEYS, key=len, reverse=True))
_FIELD = re.compile(rf"(?P<key>{_SPACED})[ \u3000]*[：:][ \u3000]*(?P<value>[^ \u3000\n]+)")
_FIELDS_LINE = re.compile(rf"^[ \u3000]*(?:(?:{_SPACED})[ \u3000]*[：:][ \u3000]*[^ \u3000\n]+[ \u3000]*)+$")


def bracketed_fields(text: str) -> str:
    """``text`` with the lines of a plain metadata block near its top as bracketed fields; a text whose top holds
    fewer than three such fields (a closing ``文号：`` line, a sentence) unchanged."""
    lines = text.split("\n")
    top = [i for i, ln in enumerate(lines[:15]) if _FIELDS_LINE.match(ln)]
    if sum(len(_FIELD.findall(lines[i])) for i in top) < 3:
        return text
    for i in top:
        lines[i] = "".join(f"【{_KEYS[re.sub(r'[ 　]', '', m.group('key'))]}】{m.group('value')}"
                           for m in _FIELD.finditer(lines[i]))
    return "\n".join(lines)
