"""A page's own furniture around a notice's text — breadcrumbs, font and print buttons, share and close links —
which a saved page or a copied text carries and which is no part of the notice (its first line is no title)."""

from __future__ import annotations

import re

# Lines a page prints below or around the article, anywhere in the text.
_BOILERPLATE = re.compile(r"^\s*(?:本站转载|【打印本页】|【关闭窗口】|分享到|扫一扫|打印本页|关闭窗口)")
# Lines a page prints above the article: "首页 > 政务公开 > 通知公告", "当前位置：首页 > 公告",
# "【字体：大 中 小】 【打印】"; a breadcrumb of three or more short steps opening with the site's name
# ("海关总署 > 政务公开 > 政策法规").
_ABOVE = re.compile(r"^\s*(?:(?:当前位置|您的位置|您现在的位置|所在位置)\s*[：:]"
                    r"|(?:网站)?首页\s*[>＞»›/]|Home\s*[>＞»›]"
                    r"|[^\n>＞»›，。：:]{1,16}(?:\s*[>＞»›]\s*[^\n>＞»›，。：:]{1,16}){2,}\s*$"
                    r"|(?:【\s*(?:字[体号][：:][^】]*|打印|关闭|收藏|分享|纠错|大|中|小)\s*】\s*)+$"
                    r"|字[体号][：:]\s*[大中小](?:\s+[大中小])*\s*$)")
SSI_ERROR = "[an error occurred while processing this directive]"


def without_boilerplate(text: str) -> str:
    """``text`` without the boilerplate lines a page prints anywhere (share, print, close)."""
    return "\n".join(ln for ln in text.split("\n") if not _BOILERPLATE.match(ln) and ln.strip() != SSI_ERROR)


def without_chrome(text: str) -> str:
    """``text`` without the page's furniture: boilerplate lines anywhere, navigation and buttons above the
    first line of the notice itself."""
    lines = without_boilerplate(text).split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip() and not _ABOVE.match(ln)), len(lines))
    return "\n".join(lines[first:])
